import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema } from '../../../shared/common.ts'
import { siasnExportSchema, siasnQuerySchema } from '../../../shared/followup.ts'
import { CSV_CONTENT_TYPE } from '../../lib/csv.ts'
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import type { SiasnService } from './siasn.service.ts'

const errors = {
  400: errorEnvelopeSchema,
  401: errorEnvelopeSchema,
  403: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
}

/**
 * /api/followup/siasn (admin instansi): final results of a year per employee per period —
 * periodic and annual — as JSON for integrators and as CSV/XLSX to upload to SIASN.
 */
export function siasnRoutes(service: SiasnService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup']
    app.get(
      '/',
      {
        schema: {
          tags,
          summary:
            'Final results of a year (optionally one period) per employee per period with the annual predikat, for SIASN integrators (admin)',
          querystring: siasnQuerySchema,
          response: { 200: siasnExportSchema, ...errors },
        },
      },
      async (req) => service.export(req.requireActor(), req.query),
    )
    app.get(
      '/export.:format',
      {
        schema: {
          tags,
          summary:
            'The same rows as CSV (UTF-8 with BOM) or XLSX (NIP as text), escaped against formula injection (admin)',
          params: z.object({ format: z.enum(['csv', 'xlsx'], 'Format harus csv atau xlsx') }),
          querystring: siasnQuerySchema,
          response: {
            200: {
              description: 'CSV or XLSX file',
              content: {
                [CSV_CONTENT_TYPE]: { schema: z.any() },
                [XLSX_CONTENT_TYPE]: { schema: z.any() },
              },
            },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const file = await service.exportFile(req.requireActor(), req.query, req.params.format)
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(file.data)
      },
    )
  }
}
