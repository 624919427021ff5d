import { ApiError } from '../../lib/api-client.ts'

/**
 * A stale write: the server answers 409 `{ error: { code: 'CONFLICT', reason:
 * 'VERSION_CONFLICT' }, current }` with the document as it is now, so the person can load
 * it instead of overwriting someone else's change.
 */
export function isVersionConflict(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    (error.reason === 'VERSION_CONFLICT' || currentOf(error.body) !== null)
  )
}

function currentOf(body: unknown): Record<string, unknown> | null {
  if (typeof body !== 'object' || body === null || !('current' in body)) return null
  const current = body.current
  if (typeof current !== 'object' || current === null) return null
  const doc = current as Record<string, unknown>
  return typeof doc.version === 'number' ? doc : null
}

/** The current document sent with a version conflict, or null when none came with it. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isVersionConflict(error)) return null
  return currentOf(error.body) as T | null
}
