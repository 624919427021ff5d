import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { errorEnvelopeSchema } from '../../../shared/common.ts'
import {
  potensiInputSchema,
  talentItemSchema,
  talentQuerySchema,
  talentSchema,
} from '../../../shared/followup.ts'
import type { TalentService } from './talent.service.ts'

const errors = {
  400: errorEnvelopeSchema,
  401: errorEnvelopeSchema,
  403: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
}

/** /api/followup/talent: the talent 9-box of a year and the potensi entered by the admin. */
export function talentRoutes(service: TalentService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup']
    app.get(
      '/talent',
      {
        schema: {
          tags,
          summary: 'The talent 9-box of a year (admin)',
          description:
            'Kinerja = the year’s final annual predikat, else the newest final periodic one; potensi as entered; box 1–9 when both are known (shared/rules/talent.ts).',
          querystring: talentQuerySchema,
          response: { 200: talentSchema, ...errors },
        },
      },
      async (req) => service.talent(req.requireActor(), req.query.year),
    )
    app.put(
      '/talent/potensi',
      {
        schema: {
          tags,
          summary: 'Enter a person’s potensi of a year (admin; audited)',
          body: potensiInputSchema,
          response: { 200: talentItemSchema, ...errors },
        },
      },
      async (req) => service.setPotensi(req.requireActor(), req.body),
    )
  }
}
