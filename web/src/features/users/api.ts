import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Role } from '../../../../shared/org.ts'
import { api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

/** A sign-in account as the admin sees it. */
export type UserAccount = {
  id: string
  username: string
  displayName: string
  roles: Role[]
  active: boolean
  pegawaiId: string | null
  mustChangePassword: boolean
  lockedUntil: string | null
  lastLoginAt: string | null
}

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
    mutationFn: ({ id, ...input }: { id: string; roles?: Role[]; active?: boolean }) =>
      api.patch<UserAccount>(`/users/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  })
}

export function useResetPassword() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.post<{ temporaryPassword: string }>(`/users/${id}/reset-password`),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  })
}
