import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema } from '../../../shared/common.ts'
import {
  exportQuerySchema,
  IMPORT_KINDS,
  IMPORT_MODES,
  importOptionsSchema,
  importResultSchema,
  importRowsInvalidSchema,
  rejectedFileIdSchema,
  type ImportKind,
} from '../../../shared/org-import.ts'
import { validationFailed } from '../../lib/errors.ts'
import type { Download, ImportUpload, OrgImportService } from './org-import.service.ts'

/** Reads the multipart body: one file in field `file`, plus the text fields `mode` and `dryRun`. */
async function readUpload(req: FastifyRequest): Promise<ImportUpload> {
  if (!req.isMultipart()) {
    throw validationFailed(
      { file: 'Kirim berkas sebagai multipart/form-data di field "file"' },
      'MULTIPART_REQUIRED',
    )
  }
  const fields: Record<string, string> = {}
  let file: { fileName: string; data: Buffer } | null = null
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      // Over the 10 MiB limit toBuffer() throws FST_REQ_FILE_TOO_LARGE: the error handler answers 413.
      const data = await part.toBuffer()
      if (part.fieldname === 'file') file = { fileName: part.filename || 'impor', data }
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value
    }
  }
  if (!file) throw validationFailed({ file: 'Pilih berkas XLSX atau CSV' }, 'IMPORT_FILE_MISSING')
  const options = importOptionsSchema.safeParse(fields)
  if (!options.success) {
    throw validationFailed(
      Object.fromEntries(options.error.issues.map((i) => [String(i.path[0] ?? 'body'), i.message])),
    )
  }
  return { ...file, ...options.data }
}

/** RFC 6266: a plain ASCII name plus the UTF-8 form; our names are already [A-Za-z0-9._-]. */
function sendDownload(reply: FastifyReply, d: Download) {
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

const fileResponse = (description: string) => ({
  description,
  content: {
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.any() },
    'text/csv': { schema: z.any() },
  },
})

/**
 * Documents the multipart form in OpenAPI. The multipart parser leaves req.body null (the handler
 * streams the parts), so the schema is nullish and validation never rejects on it.
 */
const uploadForm = z
  .object({
    file: z
      .string()
      .meta({ format: 'binary' })
      .describe('XLSX workbook or CSV (UTF-8; comma or semicolon)'),
    mode: z.enum(IMPORT_MODES).optional().describe('all (default) or valid-only'),
    dryRun: z
      .enum(['true', 'false'])
      .optional()
      .describe('true: validate and report, write nothing'),
  })
  .nullish()

const IMPORT_DOC: Record<ImportKind, string> = {
  units:
    'Columns: kode_unit, nama_unit, kode_unit_induk. Rows upsert by kode_unit within the instansi; the parent may appear later in the file or already exist.',
  pegawai:
    'Columns: nip, nama, gelar_depan, gelar_belakang, status (PNS/PPPK/CPNS), golongan, kode_unit (or nama_unit), jabatan, jenis_jabatan, kepala_unit (ya/tidak), email, telepon, aktif (ya/tidak). Rows upsert by NIP; a jabatan is found by (unit, name) or created with jenis_jabatan. New pegawai get a sign-in account (login = NIP).',
}

export function orgImportRoutes(service: OrgImportService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['org']

    for (const kind of IMPORT_KINDS) {
      app.post(
        `/import/${kind}`,
        {
          schema: {
            tags,
            summary: `Import ${kind} from CSV or XLSX (admin)`,
            description: `multipart/form-data: field \`file\` (XLSX, or CSV in UTF-8 with comma or semicolon; at most 10 MiB and 20,000 rows), \`mode\` = all (default: nothing is written when any row is invalid) | valid-only (valid rows are written, rejected rows are kept as a CSV), \`dryRun\` = true|false (validate and report only; always 200). ${IMPORT_DOC[kind]} Row errors carry the spreadsheet row number (header = row 1). An \`all\` import with invalid rows answers 400 with reason IMPORT_ROWS_INVALID and the row errors; a file that is neither XLSX nor UTF-8 CSV answers 400 UNSUPPORTED_FILE; over 10 MiB answers 413.`,
            consumes: ['multipart/form-data'],
            body: uploadForm,
            response: {
              200: importResultSchema,
              400: z.union([importRowsInvalidSchema, errorEnvelopeSchema]),
            },
          },
        },
        async (req, reply) => {
          const outcome = await service.importFile(req.requireActor(), kind, () => readUpload(req))
          if (!outcome.ok) return reply.code(400).send(outcome.failure)
          return outcome.result
        },
      )
    }

    app.get(
      '/import/rejected/:id',
      {
        schema: {
          tags,
          summary:
            'Rejected rows of a valid-only import as CSV (original columns + error); admins of the importing instansi',
          params: z.object({ id: rejectedFileIdSchema }),
          response: {
            200: { description: 'CSV file', content: { 'text/csv': { schema: z.any() } } },
          },
        },
      },
      async (req, reply) =>
        sendDownload(reply, await service.rejectedFile(req.requireActor(), req.params.id)),
    )

    app.get(
      '/export/pegawai',
      {
        schema: {
          tags,
          summary:
            'All pegawai in the import columns, as XLSX or CSV (admin); a valid import template',
          querystring: exportQuerySchema,
          response: { 200: fileResponse('XLSX or CSV file') },
        },
      },
      async (req, reply) =>
        sendDownload(reply, await service.exportPegawai(req.requireActor(), req.query)),
    )

    app.get(
      '/export/units',
      {
        schema: {
          tags,
          summary: 'Active units in the import columns, parents first, as XLSX or CSV (admin)',
          querystring: exportQuerySchema,
          response: { 200: fileResponse('XLSX or CSV file') },
        },
      },
      async (req, reply) =>
        sendDownload(reply, await service.exportUnits(req.requireActor(), req.query)),
    )
  }
}
