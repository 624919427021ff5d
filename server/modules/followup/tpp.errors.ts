import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../lib/errors.ts'

/**
 * 409 VERSION_CONFLICT of the follow-up TPP routes (settings, coaching plans): the record was
 * changed elsewhere; the answer carries the current record next to the envelope.
 */
export class FollowupVersionConflict<T> extends AppError {
  constructor(
    readonly current: T,
    message = 'Data ini sudah diubah di tempat lain. Periksa versi terbaru lalu ulangi perubahan Anda.',
  ) {
    super('CONFLICT', message, 'VERSION_CONFLICT')
  }
}

/**
 * The error handler the TPP, recommendation and talent route plugins register (encapsulated to
 * their routes): a version conflict answers 409 `{ error, current }`; everything else goes on
 * to the app's handler.
 */
export function followupConflictHandler(
  error: FastifyError,
  _req: FastifyRequest,
  reply: FastifyReply,
) {
  if (!(error instanceof FollowupVersionConflict)) throw error
  const current: unknown = error.current
  return reply.code(409).send({
    error: { code: error.code, message: error.message, reason: error.reason },
    current,
  })
}
