import i18next from 'i18next'
import { ApiError } from './api-client.ts'

/**
 * The text to show for a failed request. Server messages are specific (and already in
 * Indonesian), so they win; transport failures and internal errors get our own words.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NETWORK_ERROR':
        return i18next.t('errors.network')
      case 'INTERNAL':
      case 'UNKNOWN':
        return i18next.t('errors.internal')
      case 'RATE_LIMITED':
      case 'UNAVAILABLE':
        return error.message || i18next.t('errors.rateLimited')
      case 'FORBIDDEN':
        return error.message || i18next.t('errors.forbidden')
      case 'NOT_FOUND':
        return error.message || i18next.t('errors.notFound')
      case 'UNAUTHENTICATED':
        return i18next.t('errors.unauthenticated')
      case 'VALIDATION_FAILED':
      case 'CONFLICT':
      case 'PAYLOAD_TOO_LARGE':
        return error.message
    }
  }
  return i18next.t('errors.internal')
}
