import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod'
import type { ErrorEnvelope } from '../../shared/common.ts'
import { POOL_TIMEOUT_MESSAGE } from '../db/client.ts'
import { AppError, HTTP_STATUS } from '../lib/errors.ts'

type PgError = { code?: string; constraint?: string; detail?: string }

/**
 * No pooled connection became free within DATABASE_POOL_TIMEOUT_MS (node-postgres' own error,
 * possibly wrapped by drizzle): the server is overloaded, not broken — a 503 the client may retry.
 */
function isPoolTimeout(err: unknown): boolean {
  for (
    let e: unknown = err, depth = 0;
    e && depth < 3;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    if (e instanceof Error && e.message === POOL_TIMEOUT_MESSAGE) return true
  }
  return false
}

/** drizzle wraps driver errors: the PostgreSQL error (with its SQLSTATE code) is the cause. */
function pgErrorOf(err: unknown): PgError | null {
  for (
    let e: unknown = err, depth = 0;
    e && depth < 3;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as PgError).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e
  }
  return null
}

/**
 * A broken multipart body (no boundary, cut short): the parser (busboy) throws plain Errors,
 * known only by their text. The client's fault, so a 400 rather than a 500.
 */
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Unexpected end of multipart data|\w+ terminated early due to unexpected end of multipart data)$/

/** Database errors that mean "your input conflicts with stored data", never a 500. */
function fromPostgres(err: PgError): AppError | null {
  switch (err.code ?? '') {
    case '23505':
      return new AppError(
        'CONFLICT',
        'Data yang sama sudah ada',
        `DUPLICATE:${err.constraint ?? ''}`,
      )
    case '23503':
      return new AppError(
        'CONFLICT',
        'Data masih dirujuk atau rujukannya tidak ada',
        `REFERENCE:${err.constraint ?? ''}`,
      )
    case '23514':
      return new AppError(
        'VALIDATION_FAILED',
        'Data melanggar aturan',
        `CHECK:${err.constraint ?? ''}`,
      )
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_FAILED', 'Format data tidak valid', 'INVALID_FORMAT')
    // A NUL character (PostgreSQL text cannot hold it) or one the encoding cannot represent.
    case '22021':
    case '22P05':
      return new AppError(
        'VALIDATION_FAILED',
        'Teks berisi karakter yang tidak diizinkan',
        'INVALID_CHARACTER',
      )
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', 'Data sedang diubah orang lain; coba lagi', 'RETRY')
    default:
      return null
  }
}

export function toEnvelope(err: AppError): ErrorEnvelope {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.reason ? { reason: err.reason } : {}),
      ...(err.fields ? { fields: err.fields } : {}),
    },
  }
}

/**
 * Errors Fastify answers before routing (a path parameter over maxParamLength, a malformed
 * percent-encoding): the same envelope, without echoing the URL back. Passed to Fastify as
 * `frameworkErrors`.
 */
export function frameworkErrors(error: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  const appError = new AppError('VALIDATION_FAILED', 'Alamat tidak valid', error.code)
  void reply.status(HTTP_STATUS[appError.code]).send(toEnvelope(appError))
}

/** One envelope for every error; unexpected errors are logged and their text hidden. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & PgError, req, reply) => {
    let appError: AppError
    if (error instanceof AppError) {
      appError = error
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {}
      for (const issue of error.validation) {
        const where =
          issue.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
          error.validationContext ||
          'body'
        fields[where] ??= issue.message ?? 'Tidak valid'
      }
      appError = new AppError(
        'VALIDATION_FAILED',
        'Data tidak valid. Periksa isian yang ditandai.',
        undefined,
        fields,
      )
    } else if (isResponseSerializationError(error)) {
      req.log.error(
        { err: error, issues: error.cause.issues },
        'response does not match its schema',
      )
      appError = new AppError('INTERNAL', 'Terjadi kesalahan pada server')
    } else if (pgErrorOf(error) && fromPostgres(pgErrorOf(error) as PgError)) {
      appError = fromPostgres(pgErrorOf(error) as PgError) as AppError
      req.log.warn({ err: error }, 'database rejected a write')
    } else if (isPoolTimeout(error)) {
      appError = new AppError(
        'UNAVAILABLE',
        'Server sedang sibuk; coba lagi sebentar lagi',
        'DB_BUSY',
      )
      req.log.warn({ err: error }, 'no database connection became free in time')
      void reply.header('retry-after', '5')
    } else if (!error.statusCode && MALFORMED_MULTIPART.test(error.message)) {
      appError = new AppError(
        'VALIDATION_FAILED',
        'Permintaan tidak dapat dibaca',
        'MALFORMED_MULTIPART',
        { file: 'Kirim berkas sebagai multipart/form-data yang utuh di field "file"' },
      )
    } else if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      appError = new AppError('PAYLOAD_TOO_LARGE', 'Berkas atau data terlalu besar')
    } else if (error.statusCode === 429) {
      appError = new AppError('RATE_LIMITED', 'Terlalu banyak permintaan; coba lagi sebentar lagi')
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, wrong content type, missing multipart boundary…
      appError = new AppError(
        error.statusCode === 401
          ? 'UNAUTHENTICATED'
          : error.statusCode === 404
            ? 'NOT_FOUND'
            : 'VALIDATION_FAILED',
        error.statusCode === 415 ? 'Jenis konten tidak didukung' : 'Permintaan tidak dapat dibaca',
        error.code,
      )
    } else {
      req.log.error({ err: error }, 'unexpected error')
      appError = new AppError('INTERNAL', 'Terjadi kesalahan pada server')
    }
    void reply.status(HTTP_STATUS[appError.code]).send(toEnvelope(appError))
  })
}
