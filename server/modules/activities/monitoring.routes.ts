import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  bulkVerifyInputSchema,
  bulkVerifyResultSchema,
  monitoringQuerySchema,
  monitoringSchema,
  verificationHistorySchema,
  verifyInputSchema,
  verifyResultSchema,
} from '../../../shared/activities.ts'
import { idSchema } from '../../../shared/common.ts'
import type { MonitoringService } from './monitoring.service.ts'

/**
 * The atasan's side of daily progress under /api/activities: the monitoring view and
 * verification of entries. A record the actor may not see answers 404; one they see but may
 * not verify, 403.
 */
export function monitoringRoutes(monitoring: MonitoringService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['activities']
    const params = z.object({ id: idSchema })

    app.get(
      '/monitoring',
      {
        schema: {
          tags,
          summary:
            'The atasan’s live view: who of their subordinates logged on a day, late, pending and flagged entries, stale RHK',
          querystring: monitoringQuerySchema,
          response: { 200: monitoringSchema },
        },
      },
      async (req) => monitoring.monitoring(req.requireActor(), req.query),
    )
    app.post(
      '/progress/verify-bulk',
      {
        schema: {
          tags,
          summary:
            'Verify up to 200 entries with one verdict; entries the actor may not verify are skipped with a reason',
          body: bulkVerifyInputSchema,
          response: { 200: bulkVerifyResultSchema },
        },
      },
      async (req) => monitoring.verifyBulk(req.requireActor(), req.body),
    )
    app.post(
      '/progress/:id/verify',
      {
        schema: {
          tags,
          summary:
            'Verify one entry (sesuai, or perlu perbaikan with a note): the atasan or an admin acting for them',
          params,
          body: verifyInputSchema,
          response: { 200: verifyResultSchema },
        },
      },
      async (req) => monitoring.verify(req.requireActor(), req.params.id, req.body),
    )
    app.get(
      '/progress/:id/verifications',
      {
        schema: {
          tags,
          summary: 'Every verdict given on an entry, newest first',
          params,
          response: { 200: verificationHistorySchema },
        },
      },
      async (req) => monitoring.verificationHistory(req.requireActor(), req.params.id),
    )
  }
}
