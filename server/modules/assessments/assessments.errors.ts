import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { AssessmentDetail, DistributionView } from '../../../shared/assessments.ts'
import { AppError, conflict } from '../../lib/errors.ts'

/**
 * A 409 of /api/assessments that carries more than the envelope: the current record of a stale
 * `version` (`current`: the assessment detail, or the settings) and, for the distribution
 * checks, the group's distribution. Anywhere else it renders as the plain error envelope.
 */
export class AssessmentConflictError extends AppError {
  constructor(
    reason: string,
    message: string,
    readonly extra: {
      current?: AssessmentDetail | Record<string, unknown>
      distribution?: DistributionView
    } = {},
  ) {
    super('CONFLICT', message, reason)
  }
}

export const VERSION_CONFLICT_MESSAGE =
  'Penilaian ini sudah diubah di tempat lain. Periksa versi terbaru lalu ulangi perubahan Anda.'

/** 409 VERSION_CONFLICT with the current record next to the envelope. */
export const versionConflict = (
  current: AssessmentDetail | Record<string, unknown>,
  message = VERSION_CONFLICT_MESSAGE,
) => new AssessmentConflictError('VERSION_CONFLICT', message, { current })

/** 409 INVALID_TRANSITION: the assessment is not in a status that allows the action. */
export const invalidTransition = (message: string) => conflict('INVALID_TRANSITION', message)

/**
 * The error handler every /api/assessments plugin registers (encapsulated to its routes):
 * AssessmentConflictError answers 409 `{ error, current?, distribution? }`; every other error
 * goes on to the app's handler.
 */
export function assessmentErrorHandler(
  error: FastifyError,
  _req: FastifyRequest,
  reply: FastifyReply,
) {
  if (!(error instanceof AssessmentConflictError)) throw error
  return reply.code(409).send({
    error: { code: error.code, message: error.message, reason: error.reason },
    ...error.extra,
  })
}
