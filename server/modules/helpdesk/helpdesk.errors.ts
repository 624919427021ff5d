import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, conflict } from '../../lib/errors.ts'

/**
 * A 409 of /api/helpdesk that carries the current record next to the envelope (a stale
 * `version` of a ticket, a FAQ entry or the settings).
 */
export class HelpdeskConflictError extends AppError {
  constructor(
    reason: string,
    message: string,
    readonly current: unknown,
  ) {
    super('CONFLICT', message, reason)
  }
}

/** 409 VERSION_CONFLICT with `current`. */
export const versionConflict = (
  current: unknown,
  message = 'Data ini sudah diubah di tempat lain. Periksa versi terbaru lalu ulangi perubahan Anda.',
) => new HelpdeskConflictError('VERSION_CONFLICT', message, current)

/** 409 TICKET_DONE: the ticket is selesai (reopen it first). */
export const ticketDone = () =>
  conflict('TICKET_DONE', 'Tiket sudah selesai. Buka kembali tiket bila masalahnya belum teratasi.')

/** The error handler of the /api/helpdesk plugin: `{ error, current }` for version conflicts. */
export function helpdeskErrorHandler(
  error: FastifyError,
  _req: FastifyRequest,
  reply: FastifyReply,
) {
  if (!(error instanceof HelpdeskConflictError)) throw error
  return reply.code(409).send({
    error: { code: error.code, message: error.message, reason: error.reason },
    current: error.current,
  })
}
