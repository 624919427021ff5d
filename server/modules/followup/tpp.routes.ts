import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema } from '../../../shared/common.ts'
import {
  tppCalculationSchema,
  tppQuerySchema,
  tppSettingsSchema,
  tppSettingsUpdateSchema,
} from '../../../shared/followup.ts'
import { CSV_CONTENT_TYPE } from '../../lib/csv.ts'
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import { followupConflictHandler } from './tpp.errors.ts'
import { TPP_EXPORT_FORMATS } from './tpp.export.ts'
import type { TppService } from './tpp.service.ts'

const errors = {
  400: errorEnvelopeSchema,
  401: errorEnvelopeSchema,
  403: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
}

/**
 * /api/followup/tpp: the instansi's TPP settings and the performance component per person of
 * a period, with its payroll export. Admin instansi only (others 403); a stale `version`
 * answers 409 `{ error: { reason: VERSION_CONFLICT }, current }`.
 */
export function tppRoutes(service: TppService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup']
    app.setErrorHandler(followupConflictHandler)

    app.get(
      '/tpp/settings',
      {
        schema: {
          tags,
          summary: 'The TPP settings (admin; created with neutral defaults on first read)',
          description:
            'Basis per jabatan jenis (Rupiah per month), the performance share and the percent per predikat. `isExample` stays true (demo example or untouched defaults) until an admin saves.',
          response: { 200: tppSettingsSchema, ...errors },
        },
      },
      async (req) => service.getSettings(req.requireActor()),
    )
    app.put(
      '/tpp/settings',
      {
        schema: {
          tags,
          summary: 'Save the TPP settings (admin; audited; stale version → 409)',
          body: tppSettingsUpdateSchema,
          response: {
            200: tppSettingsSchema,
            ...errors,
            409: z.union([
              errorEnvelopeSchema.extend({ current: tppSettingsSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateSettings(req.requireActor(), req.body),
    )
    app.get(
      '/tpp',
      {
        schema: {
          tags,
          summary: 'The TPP performance component per person of a period (admin)',
          description:
            'Everyone with an SKP overlapping the period or an assessment in it. paidPerMonth = floor(basis × share % × percent of the final predikat); paidTotal = paidPerMonth × whole months of the period; no final predikat → 0 with a note. `unitId` = that unit and all below.',
          querystring: tppQuerySchema,
          response: { 200: tppCalculationSchema, ...errors },
        },
      },
      async (req) => service.calculate(req.requireActor(), req.query),
    )
    app.get(
      '/tpp/export.:format',
      {
        schema: {
          tags,
          summary: 'The TPP calculation of a period as XLSX or CSV for payroll (admin)',
          description:
            'NIP as text, Rupiah as numbers, every text cell escaped against formula injection; a file made from the example settings carries the warning in its header.',
          params: z.object({ format: z.enum(TPP_EXPORT_FORMATS) }),
          querystring: tppQuerySchema,
          response: {
            200: {
              description: 'XLSX or CSV file',
              content: {
                [XLSX_CONTENT_TYPE]: { schema: z.any() },
                [CSV_CONTENT_TYPE]: { schema: z.any() },
              },
            },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const { format } = req.params
        const file = await service.exportCalculation(req.requireActor(), req.query, format)
        return reply
          .header('content-type', format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(file.data)
      },
    )
  }
}
