import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, setCsrfToken } from '../lib/api-client.ts'
import { meQueryKey } from '../features/auth/api.ts'
import type { Me } from '../features/auth/api.ts'
import { forgetSession } from '../features/auth/session-copy.ts'

/**
 * A 401 from any request means the session ended (expired, revoked, signed out in another
 * tab): forget the user, and the signed-in layout sends the person to /masuk.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          error instanceof ApiError && error.status > 0 && error.status < 500
            ? false
            : failureCount < 2,
      },
    },
  })

  function onSessionError(error: unknown) {
    // A stale CSRF token (session rotated in another tab): fetch the current one so the
    // person's retry works.
    if (error instanceof ApiError && error.reason === 'CSRF_MISMATCH') {
      void queryClient.invalidateQueries({ queryKey: meQueryKey })
      return
    }
    if (
      error instanceof ApiError &&
      error.status === 401 &&
      error.reason !== 'INVALID_CREDENTIALS'
    ) {
      const current = queryClient.getQueryData<Me | null>(meQueryKey)
      // The copy kept for offline starts goes with the session.
      forgetSession()
      if (current) {
        setCsrfToken(null)
        queryClient.setQueryData<Me | null>(meQueryKey, null)
      }
    }
  }

  return queryClient
}
