import type { ErrorCode } from '../../shared/common.ts'

/** The one error class. `code` maps to HTTP; `reason` carries the domain detail. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan`)
export const forbidden = (
  message = 'Anda tidak berwenang melakukan tindakan ini',
  reason?: string,
) => new AppError('FORBIDDEN', message, reason)
export const conflict = (reason: string, message: string) =>
  new AppError('CONFLICT', message, reason)
export const unauthenticated = (message = 'Silakan masuk terlebih dahulu', reason?: string) =>
  new AppError('UNAUTHENTICATED', message, reason)
export const validationFailed = (
  fields: Record<string, string>,
  reason?: string,
  message?: string,
) =>
  new AppError(
    'VALIDATION_FAILED',
    message ?? 'Data tidak valid. Periksa isian yang ditandai.',
    reason,
    fields,
  )
