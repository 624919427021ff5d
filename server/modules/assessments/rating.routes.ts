import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  assessmentConflictSchema,
  assessmentDetailSchema,
  bawahanListSchema,
  bawahanQuerySchema,
  decideInputSchema,
  distributionQuerySchema,
  distributionViewSchema,
  feedbackInputSchema,
  finaliseBulkInputSchema,
  finaliseBulkResultSchema,
  finaliseInputSchema,
  orgPredikatInputSchema,
  orgPredikatItemSchema,
  orgPredikatListSchema,
  orgPredikatQuerySchema,
  rateInputSchema,
  reopenInputSchema,
  unitFinaliseInputSchema,
  unitReopenInputSchema,
} from '../../../shared/assessments.ts'
import { errorEnvelopeSchema, idSchema } from '../../../shared/common.ts'
import { assessmentErrorHandler } from './assessments.errors.ts'
import type { RatingService } from './rating.service.ts'

const conflicts = z.union([assessmentConflictSchema, errorEnvelopeSchema])
const detailResponses = { 200: assessmentDetailSchema, 409: conflicts }
const unitResponses = {
  200: orgPredikatItemSchema,
  409: z.union([
    errorEnvelopeSchema.extend({ current: orgPredikatItemSchema }),
    errorEnvelopeSchema.extend({ distribution: distributionViewSchema }),
    errorEnvelopeSchema,
  ]),
}

/**
 * The assessor's side of /api/assessments: the pejabat penilai's list, umpan balik, ratings,
 * finalising (single and bulk, with the distribution rule), keberatan decisions, reopening,
 * the distribution of a unit, and the predikat kinerja organisasi with the unit's penetapan.
 * A record the actor may not see answers 404; one they see but may not act on, 403 (reasons
 * NOT_ASSESSOR, NOT_REVIEWER, NOT_UNIT_LEADER). 409 answers carry `current` for a stale version
 * and `distribution` for DISTRIBUTION_OUTSIDE_PATTERN / DISTRIBUTION_BLOCKED.
 */
export function ratingRoutes(rating: RatingService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assessments']
    const params = z.object({ id: idSchema })

    app.setErrorHandler(assessmentErrorHandler)

    app.get(
      '/bawahan',
      {
        schema: {
          tags,
          summary:
            'Assessments of a period I rate (direct) or whose keberatan I decide (review), the subordinates without one, and the distributions',
          querystring: bawahanQuerySchema,
          response: { 200: bawahanListSchema },
        },
      },
      async (req) => rating.bawahan(req.requireActor(), req.query),
    )
    app.get(
      '/distribution',
      {
        schema: {
          tags,
          summary:
            'A unit’s distribution of predikat in a period against the pattern of its predikat kinerja organisasi',
          querystring: distributionQuerySchema,
          response: { 200: distributionViewSchema },
        },
      },
      async (req) => rating.distribution(req.requireActor(), req.query),
    )
    app.post(
      '/finalise-bulk',
      {
        schema: {
          tags,
          summary:
            'Finalise many rated assessments (pejabat penilai); per-item problems are skipped, the distribution is checked per group',
          body: finaliseBulkInputSchema,
          response: { 200: finaliseBulkResultSchema, 409: conflicts },
        },
      },
      async (req) => rating.finaliseBulk(req.requireActor(), req.body),
    )

    // ---------- predikat kinerja organisasi ----------
    app.get(
      '/org-predikat',
      {
        schema: {
          tags,
          summary:
            'Units whose predikat kinerja organisasi I set (leader one level up; admin: every unit) or read (my own), with their distributions',
          querystring: orgPredikatQuerySchema,
          response: { 200: orgPredikatListSchema },
        },
      },
      async (req) => rating.listOrgPredikat(req.requireActor(), req.query),
    )
    app.put(
      '/org-predikat',
      {
        schema: {
          tags,
          summary:
            'Set a unit’s predikat kinerja organisasi for a period (unit heads’ rating hasil kerja follows it)',
          body: orgPredikatInputSchema,
          response: unitResponses,
        },
      },
      async (req) => rating.setOrgPredikat(req.requireActor(), req.body),
    )
    app.post(
      '/org-predikat/finalise',
      {
        schema: {
          tags,
          summary:
            'Penetapan of a unit: every assessment in it final and the distribution rule; the predikat is locked afterwards',
          body: unitFinaliseInputSchema,
          response: unitResponses,
        },
      },
      async (req) => rating.finaliseUnit(req.requireActor(), req.body),
    )
    app.post(
      '/org-predikat/reopen',
      {
        schema: {
          tags,
          summary: 'Reopen a unit’s penetapan with a reason (admin instansi)',
          body: unitReopenInputSchema,
          response: unitResponses,
        },
      },
      async (req) => rating.reopenUnit(req.requireActor(), req.body),
    )

    // ---------- one assessment ----------
    app.put(
      '/:id/feedback',
      {
        schema: {
          tags,
          summary:
            'Umpan balik of the pejabat penilai per RHK (with an optional judgement) and per BerAKHLAK value; null clears',
          params,
          body: feedbackInputSchema,
          response: detailResponses,
        },
      },
      async (req) => rating.saveFeedback(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/rate',
      {
        schema: {
          tags,
          summary:
            'Rating hasil kerja and perilaku (pejabat penilai); the predikat is derived. A unit head’s rating hasil comes from the unit’s predikat',
          params,
          body: rateInputSchema,
          response: detailResponses,
        },
      },
      async (req) => rating.rate(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/finalise',
      {
        schema: {
          tags,
          summary:
            'Finalise a rated assessment (pejabat penilai); outside the distribution pattern needs a justification (or is blocked)',
          params,
          body: finaliseInputSchema,
          response: detailResponses,
        },
      },
      async (req) => rating.finalise(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/objection/decide',
      {
        schema: {
          tags,
          summary:
            'Decide a keberatan (atasan pejabat penilai): ditolak keeps the ratings, dikabulkan takes new ones',
          params,
          body: decideInputSchema,
          response: detailResponses,
        },
      },
      async (req) => rating.decide(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/reopen',
      {
        schema: {
          tags,
          summary: 'Reopen a final assessment with a reason (admin instansi)',
          params,
          body: reopenInputSchema,
          response: detailResponses,
        },
      },
      async (req) => rating.reopen(req.requireActor(), req.params.id, req.body),
    )
  }
}
