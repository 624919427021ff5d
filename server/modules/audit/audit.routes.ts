import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { auditEntrySchema, auditQuerySchema } from '../../../shared/audit.ts'
import { pageSchema } from '../../../shared/common.ts'
import type { AuditService } from './audit.service.ts'

export function auditRoutes(audit: AuditService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['audit'],
          summary: 'Audit log of admin changes, imports and sign-in events (admins)',
          querystring: auditQuerySchema,
          response: { 200: pageSchema(auditEntrySchema) },
        },
      },
      async (req) => audit.list(req.requireActor(), req.query),
    )
  }
}
