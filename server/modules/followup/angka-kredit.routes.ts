import type { FastifyError } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema, idSchema, okSchema } from '../../../shared/common.ts'
import {
  akEntrySchema,
  akGenerateResultSchema,
  akGenerateSchema,
  akLedgerSchema,
  akListQuerySchema,
  akListSchema,
  akManualEntryInputSchema,
  akSettingsSchema,
  akSettingsUpdateSchema,
} from '../../../shared/followup.ts'
import { PDF_CONTENT_TYPE } from '../../lib/pdf.ts'
import { pakFileName, renderPakPdf } from './angka-kredit.documents.ts'
import { AkVersionConflict, type AngkaKreditService } from './angka-kredit.service.ts'

const errors = {
  400: errorEnvelopeSchema,
  401: errorEnvelopeSchema,
  403: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
}

/**
 * /api/followup/angka-kredit: the instansi's AK tables, the JF list of a year, a person's
 * ledger and PAK-style PDF, generation from final annual results and manual lines. Admin: all;
 * leaders (heads of a unit today): the list and ledgers of their units; a pegawai: their own
 * ledger. Someone's ledger the actor may not see answers 404; an admin action, 403. A stale
 * settings `version` answers 409 `{ error: { reason: VERSION_CONFLICT }, current }`.
 */
export function angkaKreditRoutes(service: AngkaKreditService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['followup']
    const pegawaiParams = z.object({ pegawaiId: idSchema })

    app.setErrorHandler((error: FastifyError, _req, reply) => {
      if (!(error instanceof AkVersionConflict)) throw error
      return reply.code(409).send({
        error: { code: error.code, message: error.message, reason: error.reason },
        current: error.current,
      })
    })

    app.get(
      '/settings',
      {
        schema: {
          tags,
          summary:
            'The instansi’s angka kredit tables: share % per predikat, koefisien per jenjang, AK for the next jenjang (every member)',
          response: { 200: akSettingsSchema, 401: errorEnvelopeSchema, 404: errorEnvelopeSchema },
        },
      },
      async (req) => service.getSettings(req.requireActor()),
    )
    app.put(
      '/settings',
      {
        schema: {
          tags,
          summary: 'Change the angka kredit tables (admin instansi; audited; stale version → 409)',
          body: akSettingsUpdateSchema,
          response: {
            200: akSettingsSchema,
            ...errors,
            409: z.union([
              errorEnvelopeSchema.extend({ current: akSettingsSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateSettings(req.requireActor(), req.body),
    )
    app.get(
      '/',
      {
        schema: {
          tags,
          summary:
            'JF people of a year with their AK of the year, cumulative AK and promotion hints (admin: instansi; leaders: their units; others 403)',
          querystring: akListQuerySchema,
          response: { 200: akListSchema, ...errors },
        },
      },
      async (req) => service.list(req.requireActor(), req.query),
    )
    app.get(
      '/pegawai/:pegawaiId',
      {
        schema: {
          tags,
          summary:
            'A person’s angka kredit ledger across years with annual predikat and promotion hints (admin, leaders in scope, the person; else 404)',
          params: pegawaiParams,
          response: { 200: akLedgerSchema, ...errors },
        },
      },
      async (req) => service.ledger(req.requireActor(), req.params.pegawaiId),
    )
    app.get(
      '/pegawai/:pegawaiId/pak.pdf',
      {
        schema: {
          tags,
          summary:
            'The PAK-style "Penetapan Angka Kredit" document of a person as a PDF (same readers as the ledger)',
          params: pegawaiParams,
          response: {
            200: { description: 'PDF file', content: { [PDF_CONTENT_TYPE]: { schema: z.any() } } },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const { ledger, ctx } = await service.pak(req.requireActor(), req.params.pegawaiId)
        const pdf = await renderPakPdf(ledger, ctx)
        return reply
          .header('content-type', PDF_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="${pakFileName(ledger)}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(pdf)
      },
    )
    app.post(
      '/generate',
      {
        schema: {
          tags,
          summary:
            'Ledger lines of a year from the final annual results of JF people (admin; idempotent; audited)',
          body: akGenerateSchema,
          response: { 200: akGenerateResultSchema, ...errors },
        },
      },
      async (req) => service.generate(req.requireActor(), req.body.year),
    )
    app.post(
      '/pegawai/:pegawaiId/entries',
      {
        schema: {
          tags,
          summary: 'Add a manual ledger line (AK awal, konversi) to a person (admin; audited)',
          params: pegawaiParams,
          body: akManualEntryInputSchema,
          response: { 201: akEntrySchema, ...errors },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await service.addManualEntry(req.requireActor(), req.params.pegawaiId, req.body)),
    )
    app.delete(
      '/entries/:id',
      {
        schema: {
          tags,
          summary:
            'Delete a manual ledger line (admin; audited); lines from assessments → 409 AK_ENTRY_NOT_MANUAL',
          params: z.object({ id: idSchema }),
          response: { 200: okSchema, ...errors, 409: errorEnvelopeSchema },
        },
      },
      async (req) => {
        await service.deleteEntry(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )
  }
}
