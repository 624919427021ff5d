import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  activitySettingsInputSchema,
  activitySettingsSchema,
  calendarQuerySchema,
  evidenceSchema,
  MAX_EVIDENCE_BYTES,
  PROGRESS_IMPORT_COLUMNS,
  progressCalendarSchema,
  progressImportResultSchema,
  progressInputSchema,
  progressListQuerySchema,
  progressPageSchema,
  progressPatchSchema,
  progressSchema,
  rencanaAksiBoardSchema,
  rencanaAksiInputSchema,
  rencanaAksiPatchSchema,
  rencanaAksiQuerySchema,
  rencanaAksiSchema,
  templateInputSchema,
  templateSchema,
  templatesSchema,
} from '../../../shared/activities.ts'
import { errorEnvelopeSchema, idSchema, okSchema } from '../../../shared/common.ts'
import { validationFailed } from '../../lib/errors.ts'
import { multipartRequired, readStagedUpload, sendAttachment } from '../../lib/uploads.ts'
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import {
  MAX_PROGRESS_IMPORT_BYTES,
  MAX_PROGRESS_IMPORT_ROWS,
  type ImportDownload,
  type ImportUpload,
} from './activities-import.ts'
import { displayFileName } from './activities.presenter.ts'
import {
  ActivitiesVersionConflict,
  type ActivitiesService,
  type EvidenceStager,
  type EvidenceUpload,
} from './activities.service.ts'

/**
 * Reads an evidence upload: the file (field `file`) is streamed straight into the file store;
 * the optional field `clientId` (offline queue) may come before or after it.
 */
async function readEvidence(req: FastifyRequest, stage: EvidenceStager): Promise<EvidenceUpload> {
  const { staged, filename, fields } = await readStagedUpload(req, stage, {
    maxBytes: MAX_EVIDENCE_BYTES,
    missing: 'Pilih berkas bukti',
  })
  const clientId = fields.clientId ? idSchema.safeParse(fields.clientId.trim()) : null
  if (clientId && !clientId.success) {
    await staged.discard()
    throw validationFailed({ clientId: 'clientId harus berupa UUID' })
  }
  return { staged, fileName: displayFileName(filename), clientId: clientId?.data ?? null }
}

async function readImport(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) throw multipartRequired()
  let upload: ImportUpload | null = null
  for await (const part of req.parts({ limits: { fileSize: MAX_PROGRESS_IMPORT_BYTES } })) {
    if (part.type !== 'file') continue
    // Over the limit toBuffer() throws FST_REQ_FILE_TOO_LARGE: the error handler answers 413.
    const data = await part.toBuffer()
    if (part.fieldname === 'file' && !upload)
      upload = { fileName: displayFileName(part.filename), data }
  }
  if (!upload) throw validationFailed({ file: 'Pilih berkas XLSX' }, 'IMPORT_FILE_MISSING')
  return upload
}

function sendDownload(reply: FastifyReply, d: ImportDownload) {
  const ascii = d.fileName.replace(/[^A-Za-z0-9._-]/g, '_')
  return reply
    .header('content-type', d.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(d.data)
}

/** Documents a multipart form; the parser leaves req.body empty, so validation never rejects it. */
const fileForm = (description: string, extra: Record<string, z.ZodType> = {}) =>
  z
    .object({ file: z.string().meta({ format: 'binary' }).describe(description), ...extra })
    .nullish()

const binary = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: z.any() }])),
})

const boolQuery = z.enum(['true', 'false']).default('false')

/**
 * Pegawai side of /api/activities: rencana aksi, daily progress with evidence, week calendar,
 * templates, XLSX import and the instansi's settings. A record the actor may not see answers
 * 404; one they see but may not change, 403. A stale `version` answers 409
 * `{ error: { code: CONFLICT, reason: VERSION_CONFLICT }, current }`.
 */
export function activitiesRoutes(service: ActivitiesService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['activities']
    const params = z.object({ id: idSchema })

    app.setErrorHandler((error: FastifyError, _req, reply) => {
      if (!(error instanceof ActivitiesVersionConflict)) throw error
      const current: unknown = error.current
      return reply.code(409).send({
        error: { code: error.code, message: error.message, reason: error.reason },
        current,
      })
    })

    // ---------- rencana aksi ----------
    app.get(
      '/rencana-aksi',
      {
        schema: {
          tags,
          summary:
            'RHK of a person’s SKP for a period with their rencana aksi, realisasi, last activity and staleness (owner, supervisors, admin)',
          querystring: rencanaAksiQuerySchema,
          response: { 200: rencanaAksiBoardSchema },
        },
      },
      async (req) => service.rencanaAksiBoard(req.requireActor(), req.query),
    )
    app.post(
      '/rencana-aksi',
      {
        schema: {
          tags,
          summary: 'Add a rencana aksi under one of the actor’s RHK for a periodic period',
          body: rencanaAksiInputSchema,
          response: { 201: rencanaAksiSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createRencanaAksi(req.requireActor(), req.body)),
    )
    app.patch(
      '/rencana-aksi/:id',
      {
        schema: {
          tags,
          summary: 'Edit a rencana aksi (its owner)',
          params,
          body: rencanaAksiPatchSchema,
          response: { 200: rencanaAksiSchema },
        },
      },
      async (req) => service.updateRencanaAksi(req.requireActor(), req.params.id, req.body),
    )
    app.delete(
      '/rencana-aksi/:id',
      {
        schema: {
          tags,
          summary: 'Delete a rencana aksi no daily progress uses (409 RENCANA_AKSI_IN_USE)',
          params,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteRencanaAksi(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )

    // ---------- daily progress ----------
    app.get(
      '/progress',
      {
        schema: {
          tags,
          summary:
            'Daily progress of a person (default: the actor), newest day first, paginated and filtered',
          querystring: progressListQuerySchema,
          response: { 200: progressPageSchema },
        },
      },
      async (req) => service.listProgress(req.requireActor(), req.query),
    )
    app.get(
      '/progress/import/template',
      {
        schema: {
          tags,
          summary:
            'The XLSX import template; its second sheet explains the columns and lists the actor’s RHK numbers',
          response: { 200: binary('XLSX workbook', [XLSX_CONTENT_TYPE]) },
        },
      },
      async (req, reply) => sendDownload(reply, await service.importTemplate(req.requireActor())),
    )
    app.post(
      '/progress/import',
      {
        schema: {
          tags,
          summary: 'Import the actor’s daily progress from XLSX',
          description: `multipart/form-data, field \`file\`: XLSX (or UTF-8 CSV), at most ${MAX_PROGRESS_IMPORT_ROWS} rows and ${MAX_PROGRESS_IMPORT_BYTES / (1024 * 1024)} MiB. Columns: ${PROGRESS_IMPORT_COLUMNS.join(', ')}. \`rhk_no\` is the RHK's number in the person's SKP of the entry's year (1, 2 … utama; T1, T2 … tambahan); \`tautan_bukti\` holds links separated by semicolons. Every row is validated first; errors carry the spreadsheet row (header = row 1) and column. \`dryRun=true\` writes nothing and \`created\` counts what would be created; otherwise nothing is written when any row is invalid unless \`validOnly=true\`. Rows of a file imported before are skipped (the client id derives from the file and row). Lateness is judged at import time.`,
          consumes: ['multipart/form-data'],
          querystring: z.object({ dryRun: boolQuery, validOnly: boolQuery }),
          body: fileForm('XLSX workbook'),
          response: { 200: progressImportResultSchema },
        },
      },
      async (req) =>
        service.importProgress(
          req.requireActor(),
          { dryRun: req.query.dryRun === 'true', validOnly: req.query.validOnly === 'true' },
          () => readImport(req),
        ),
    )
    app.get(
      '/progress/:id',
      {
        schema: {
          tags,
          summary: 'One daily progress entry',
          params,
          response: { 200: progressSchema },
        },
      },
      async (req) => service.getProgress(req.requireActor(), req.params.id),
    )
    app.post(
      '/progress',
      {
        schema: {
          tags,
          summary:
            'Record an activity of the actor (idempotent by clientId: 201 first time, 200 with the stored entry on a retry)',
          body: progressInputSchema,
          response: { 200: progressSchema, 201: progressSchema },
        },
      },
      async (req, reply) => {
        const { entry, created } = await service.createProgress(req.requireActor(), req.body)
        return reply.code(created ? 201 : 200).send(entry)
      },
    )
    app.patch(
      '/progress/:id',
      {
        schema: {
          tags,
          summary:
            'Edit an entry (its owner; not once verified sesuai). `links` replaces the link evidence.',
          params,
          body: progressPatchSchema,
          response: {
            200: progressSchema,
            409: z.union([
              errorEnvelopeSchema.extend({ current: progressSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateProgress(req.requireActor(), req.params.id, req.body),
    )
    app.delete(
      '/progress/:id',
      {
        schema: {
          tags,
          summary: 'Delete an entry (its owner; not once verified sesuai)',
          params,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteProgress(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )

    // ---------- evidence ----------
    app.post(
      '/progress/:id/evidence',
      {
        schema: {
          tags,
          summary:
            'Attach an evidence file (idempotent by clientId: 201 first time, 200 on a retry)',
          description: `multipart/form-data: \`file\` (photo JPG/PNG/WebP/HEIC, PDF or an office document; the type is read from the content; at most ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MiB, else 413) and optional \`clientId\` (UUID from the device).`,
          consumes: ['multipart/form-data'],
          params,
          body: fileForm('The evidence file', {
            clientId: idSchema.optional().describe('Idempotency key from the device'),
          }),
          response: { 200: evidenceSchema, 201: evidenceSchema },
        },
      },
      async (req, reply) => {
        const { evidence, created } = await service.addEvidence(
          req.requireActor(),
          req.params.id,
          (stage) => readEvidence(req, stage),
        )
        return reply.code(created ? 201 : 200).send(evidence)
      },
    )
    app.delete(
      '/progress/:id/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Remove an evidence item of an entry (its owner)',
          params: z.object({ id: idSchema, evidenceId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteEvidence(req.requireActor(), req.params.id, req.params.evidenceId)
        return { ok: true as const }
      },
    )
    app.get(
      '/evidence/:evidenceId/file',
      {
        schema: {
          tags,
          summary:
            'Download an evidence file (whoever may see the entry; everyone else 404). Always an attachment.',
          params: z.object({ evidenceId: idSchema }),
          response: { 200: binary('The file', ['application/octet-stream']) },
        },
      },
      async (req, reply) =>
        sendAttachment(
          reply,
          await service.evidenceFile(req.requireActor(), req.params.evidenceId),
        ),
    )

    // ---------- calendar ----------
    app.get(
      '/calendar',
      {
        schema: {
          tags,
          summary:
            'Days of a range (≤ 62) with working day/holiday, entries, minutes and late entries; today and today’s deadline',
          querystring: calendarQuerySchema,
          response: { 200: progressCalendarSchema },
        },
      },
      async (req) => service.calendar(req.requireActor(), req.query),
    )

    // ---------- templates ----------
    app.get(
      '/templates',
      {
        schema: {
          tags,
          summary: 'The actor’s saved templates and most frequent descriptions (last 60 days)',
          response: { 200: templatesSchema },
        },
      },
      async (req) => service.templates(req.requireActor()),
    )
    app.post(
      '/templates',
      {
        schema: {
          tags,
          summary: 'Save a quick-entry template (at most 50 per person)',
          body: templateInputSchema,
          response: { 201: templateSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createTemplate(req.requireActor(), req.body)),
    )
    app.delete(
      '/templates/:id',
      {
        schema: {
          tags,
          summary: 'Delete one of the actor’s templates',
          params,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteTemplate(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )

    // ---------- settings ----------
    app.get(
      '/settings',
      {
        schema: {
          tags,
          summary: 'The instansi’s lateness rule, reminder hour and alignment thresholds',
          response: { 200: activitySettingsSchema },
        },
      },
      async (req) => service.getSettings(req.requireActor()),
    )
    app.put(
      '/settings',
      {
        schema: {
          tags,
          summary: 'Change the settings (admin instansi; audited; stale version → 409)',
          body: activitySettingsInputSchema,
          response: {
            200: activitySettingsSchema,
            409: z.union([
              errorEnvelopeSchema.extend({ current: activitySettingsSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateSettings(req.requireActor(), req.body),
    )
  }
}
