import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema, idSchema } from '../../../shared/common.ts'
import {
  coachingListSchema,
  coachingPlanInputSchema,
  coachingPlanSchema,
  coachingPlanUpdateSchema,
  coachingQuerySchema,
  recommendationListSchema,
  recommendationQuerySchema,
} from '../../../shared/followup.ts'
import { followupConflictHandler } from './tpp.errors.ts'
import type { RecommendationsService } from './recommendations.service.ts'

const errors = {
  400: errorEnvelopeSchema,
  401: errorEnvelopeSchema,
  403: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
}

/**
 * /api/followup/recommendations and /api/followup/coaching: reward and coaching
 * recommendations from the predikat history (admin: the instansi; leaders: their units; others
 * 403) and the coaching plans (written by the admin or the person's atasan; read by whoever
 * may see the person, others 404). A stale `version` answers 409 with `current`.
 */
export function recommendationsRoutes(service: RecommendationsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup']
    app.setErrorHandler(followupConflictHandler)

    app.get(
      '/recommendations',
      {
        schema: {
          tags,
          summary: 'Reward and coaching recommendations of a year (admin; leaders: their units)',
          description:
            'From the final periodic predikat of the year and the year before, newest first (shared/rules/recommendations.ts). A coaching item carries the open (else the latest) coaching plan. `unitId` = that unit and all below; outside the viewer’s scope → 404.',
          querystring: recommendationQuerySchema,
          response: { 200: recommendationListSchema, ...errors },
        },
      },
      async (req) => service.recommendations(req.requireActor(), req.query),
    )
    app.get(
      '/coaching',
      {
        schema: {
          tags,
          summary:
            'A person’s coaching plans, the open one first, then newest (whoever may see the person)',
          querystring: coachingQuerySchema,
          response: { 200: coachingListSchema, ...errors },
        },
      },
      async (req) => service.listCoaching(req.requireActor(), req.query.pegawaiId),
    )
    app.post(
      '/coaching',
      {
        schema: {
          tags,
          summary: 'Write a coaching plan (admin or the person’s atasan; audited)',
          description:
            'One open plan per person (409 OPEN_PLAN_EXISTS); the follow-up date may not lie before today.',
          body: coachingPlanInputSchema,
          response: { 201: coachingPlanSchema, ...errors, 409: errorEnvelopeSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createCoaching(req.requireActor(), req.body)),
    )
    app.put(
      '/coaching/:id',
      {
        schema: {
          tags,
          summary: 'Update a coaching plan or close it with an outcome (audited; version → 409)',
          description:
            'status selesai needs an outcome; a closed plan answers 409 PLAN_CLOSED; a stale version 409 VERSION_CONFLICT with the current plan.',
          params: z.object({ id: idSchema }),
          body: coachingPlanUpdateSchema,
          response: {
            200: coachingPlanSchema,
            ...errors,
            409: z.union([
              errorEnvelopeSchema.extend({ current: coachingPlanSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateCoaching(req.requireActor(), req.params.id, req.body),
    )
  }
}
