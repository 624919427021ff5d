import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { User } from '../../../../shared/auth.ts'
import type { GRANTABLE_ROLES } from '../../../../shared/org.ts'
import { api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

/** A sign-in account as the admin sees it (contract in shared/auth.ts). */
export type UserAccount = User

/** Roles an admin grants; "pegawai" follows from the link to an employee record. */
export type GrantableRole = (typeof GRANTABLE_ROLES)[number]

const usersKey = ['users'] as const

export function useUsers(filters: { q?: string | undefined; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: ({ signal }) => api.get<Page<UserAccount>>('/users', filters, signal),
    placeholderData: keepPreviousData,
  })
}

export function useUpdateUser() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; roles?: GrantableRole[]; active?: boolean }) =>
      api.patch<UserAccount>(`/users/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useResetPassword() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ temporaryPassword: string }>(`/users/${id}/reset-password`),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  })
}
