import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type { Me as MeContract } from '../../../../shared/auth.ts'
import { ApiError, api, setCsrfToken } from '../../lib/api-client.ts'
import { forgetSession, rememberSession, rememberedSession } from './session-copy.ts'

/**
 * The signed-in user as `GET /api/auth/me` returns it (contract in shared/auth.ts). `offline`
 * marks the copy kept on this device (session-copy.ts), used while /auth/me cannot be reached:
 * the app opens and queues daily progress, and asks the server again once it can. Its
 * `csrfToken` is empty: nothing is sent without a connection anyway.
 */
export type Me = MeContract & { offline?: true }

export const meQueryKey = ['auth', 'me'] as const

/**
 * The session, or null when nobody is signed in (401 is an answer here, not an error). Without
 * a connection (no answer at all) the last session kept on this device stands in for it.
 */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      const me = await api.get<MeContract>('/auth/me', undefined, signal)
      setCsrfToken(me.csrfToken)
      rememberSession(me)
      return me
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setCsrfToken(null)
        forgetSession()
        return null
      }
      if (e instanceof ApiError && e.code === 'NETWORK_ERROR') {
        const kept = rememberedSession()
        if (kept) return { ...kept, csrfToken: '', offline: true }
      }
      throw e
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
})

/**
 * Asks the server for the session now (when the connection is back). Calls while one is under
 * way share it. A 401 ends the session as usual; no answer keeps the device's copy.
 */
export async function refreshSession(queryClient: QueryClient): Promise<Me | null> {
  try {
    return await queryClient.query({ ...meQueryOptions, staleTime: 0 })
  } catch {
    // The server answered with an error (e.g. 503): what the cache holds stays.
    return queryClient.getQueryData<Me | null>(meQueryKey) ?? null
  }
}

export function useMe() {
  return useQuery(meQueryOptions)
}

/**
 * The signed-in user inside the authenticated layout, which renders nothing until the
 * session is known; outside it this throws on purpose.
 */
export function useSessionUser(): Me {
  const { data } = useQuery(meQueryOptions)
  if (!data) throw new Error('useSessionUser used outside the signed-in layout')
  return data
}

export function isAdmin(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('admin_instansi') || me.roles.includes('super_admin')
}

export function isHelpdesk(me: Pick<Me, 'roles'>): boolean {
  return me.roles.includes('pic_helpdesk')
}

/** Employee features need an employee record behind the account. */
export function isPegawai(me: Pick<Me, 'roles' | 'pegawaiId'>): boolean {
  return me.pegawaiId !== null || me.roles.includes('pegawai')
}

type LoginResponse = { user: Omit<Me, 'csrfToken'>; csrfToken: string }

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<LoginResponse>('/auth/login', input),
    onSuccess: (res) => {
      setCsrfToken(res.csrfToken)
      // Whatever another account left in the cache must not leak into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] })
      const me: Me = { ...res.user, csrfToken: res.csrfToken }
      rememberSession(me)
      queryClient.setQueryData<Me | null>(meQueryKey, me)
    },
  })
}

/**
 * Set while the person signs out on purpose, so the shell sends them to /masuk without a
 * "come back here" redirect (that is only for sessions that expired under them).
 */
let signingOut = false
export function consumeSigningOut(): boolean {
  const was = signingOut
  signingOut = false
  return was
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onMutate: () => {
      signingOut = true
    },
    onSettled: () => {
      setCsrfToken(null)
      forgetSession()
      queryClient.clear()
      queryClient.setQueryData<Me | null>(meQueryKey, null)
    },
  })
}

export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<{ ok: true }>('/auth/change-password', input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey })
    },
  })
}
