import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { MAX_EVIDENCE_BYTES } from '../../../shared/activities.ts'
import {
  assessmentConflictSchema,
  assessmentDetailSchema,
  assessmentEvidenceSchema,
  assessmentSettingsSchema,
  evidenceLinkInputSchema,
  evidencePickInputSchema,
  extensionInputSchema,
  extensionListSchema,
  extensionSchema,
  extensionsQuerySchema,
  myAssessmentsQuerySchema,
  myAssessmentsSchema,
  objectionInputSchema,
  realisasiInputSchema,
  versionInputSchema,
} from '../../../shared/assessments.ts'
import { errorEnvelopeSchema, idSchema, okSchema } from '../../../shared/common.ts'
import { validationFailed } from '../../lib/errors.ts'
import { readStagedUpload, sendAttachment } from '../../lib/uploads.ts'
import { displayFileName } from '../activities/activities.presenter.ts'
import { assessmentErrorHandler } from './assessments.errors.ts'
import type {
  AssessmentStager,
  AssessmentUpload,
  AssessmentsService,
} from './assessments.service.ts'

/**
 * Reads an evidence upload: the file (field `file`) is streamed straight into the file store;
 * the field `rhkId` may come before or after it (checked by the service once the file is staged).
 */
async function readUpload(req: FastifyRequest, stage: AssessmentStager): Promise<AssessmentUpload> {
  const { staged, filename, fields } = await readStagedUpload(req, stage, {
    maxBytes: MAX_EVIDENCE_BYTES,
    missing: 'Pilih berkas bukti',
  })
  const raw = fields.rhkId?.trim()
  const rhkId = raw ? idSchema.safeParse(raw) : null
  if (rhkId && !rhkId.success) {
    await staged.discard()
    throw validationFailed({ rhkId: 'rhkId harus berupa UUID' })
  }
  return { staged, fileName: displayFileName(filename), rhkId: rhkId?.data ?? null }
}

const detailResponses = {
  200: assessmentDetailSchema,
  409: z.union([assessmentConflictSchema, errorEnvelopeSchema]),
}

/**
 * The pegawai's side of /api/assessments: my periods, one assessment, realisasi, evidence,
 * submit, acknowledge, keberatan, and the admin's settings and extensions. A record the actor
 * may not see answers 404; one they see but may not act on, 403. A stale `version` answers 409
 * `{ error: { reason: VERSION_CONFLICT }, current }`; a wrong status 409 INVALID_TRANSITION.
 */
export function assessmentsRoutes(service: AssessmentsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assessments']
    const params = z.object({ id: idSchema })

    app.setErrorHandler(assessmentErrorHandler)

    app.get(
      '/mine',
      {
        schema: {
          tags,
          summary:
            'The actor’s periods of a year (periodic and annual) with their assessment, or why there is none',
          querystring: myAssessmentsQuerySchema,
          response: { 200: myAssessmentsSchema },
        },
      },
      async (req) => service.mine(req.requireActor(), req.query),
    )

    // ---------- settings & extensions (before /:id so the words are never read as ids) ----------
    app.get(
      '/settings',
      {
        schema: {
          tags,
          summary: 'The instansi’s assessment settings (distribution enforcement, keberatan days)',
          response: { 200: assessmentSettingsSchema },
        },
      },
      async (req) => service.getSettings(req.requireActor()),
    )
    app.put(
      '/settings',
      {
        schema: {
          tags,
          summary: 'Change the assessment settings (admin instansi; audited; stale version → 409)',
          body: assessmentSettingsSchema,
          response: {
            200: assessmentSettingsSchema,
            409: z.union([
              errorEnvelopeSchema.extend({ current: assessmentSettingsSchema }),
              errorEnvelopeSchema,
            ]),
          },
        },
      },
      async (req) => service.updateSettings(req.requireActor(), req.body),
    )
    app.get(
      '/extensions',
      {
        schema: {
          tags,
          summary: 'Extensions of a period’s batas pengisian (admin instansi)',
          querystring: extensionsQuerySchema,
          response: { 200: extensionListSchema },
        },
      },
      async (req) => service.listExtensions(req.requireActor(), req.query.periodId),
    )
    app.post(
      '/extensions',
      {
        schema: {
          tags,
          summary:
            'Extend a period’s batas pengisian for one pegawai or one unit and its sub-units (admin; audited)',
          body: extensionInputSchema,
          response: { 201: extensionSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createExtension(req.requireActor(), req.body)),
    )
    app.delete(
      '/extensions/:id',
      {
        schema: {
          tags,
          summary: 'Remove an extension (admin; audited)',
          params,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteExtension(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )

    // ---------- evidence download ----------
    app.get(
      '/evidence/:evidenceId/file',
      {
        schema: {
          tags,
          summary:
            'Download an evidence file (whoever may read the assessment; everyone else 404). Always an attachment.',
          params: z.object({ evidenceId: idSchema }),
          response: {
            200: {
              description: 'The file',
              content: { 'application/octet-stream': { schema: z.any() } },
            },
          },
        },
      },
      async (req, reply) =>
        sendAttachment(
          reply,
          await service.evidenceFile(req.requireActor(), req.params.evidenceId),
        ),
    )

    // ---------- one assessment ----------
    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary:
            'One assessment: targets, realisasi with pre-fill, evidence, progress of the period, feedback, ratings (hidden from the pegawai until final), actions',
          params,
          response: { 200: assessmentDetailSchema },
        },
      },
      async (req) => service.getDetail(req.requireActor(), req.params.id),
    )
    app.put(
      '/:id/realisasi',
      {
        schema: {
          tags,
          summary:
            'State realisasi per indikator (the pegawai, before submitting). A value different from the pre-fill needs `editReason` (400 EDIT_REASON_REQUIRED); an item with neither value nor text clears it.',
          params,
          body: realisasiInputSchema,
          response: detailResponses,
        },
      },
      async (req) => service.saveRealisasi(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/:id/submit',
      {
        schema: {
          tags,
          summary:
            'Submit realisasi to the pejabat penilai: from the period start until the effective deadline (409 PERIOD_NOT_STARTED / DEADLINE_PASSED); every indikator filled (400 REALISASI_INCOMPLETE)',
          params,
          body: versionInputSchema,
          response: detailResponses,
        },
      },
      async (req) => service.submit(req.requireActor(), req.params.id, req.body.version),
    )
    app.post(
      '/:id/acknowledge',
      {
        schema: {
          tags,
          summary: 'Accept the final result (the pegawai); no keberatan afterwards',
          params,
          body: versionInputSchema,
          response: detailResponses,
        },
      },
      async (req) => service.acknowledge(req.requireActor(), req.params.id, req.body.version),
    )
    app.post(
      '/:id/objection',
      {
        schema: {
          tags,
          summary:
            'File a keberatan on the final result within the window (409 OBJECTION_WINDOW_CLOSED, ALREADY_ACKNOWLEDGED)',
          params,
          body: objectionInputSchema,
          response: detailResponses,
        },
      },
      async (req) => service.object(req.requireActor(), req.params.id, req.body),
    )

    // ---------- evidence ----------
    app.post(
      '/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Upload an evidence file for an RHK (the pegawai, while editable)',
          description: `multipart/form-data: \`rhkId\` and \`file\` (photo JPG/PNG/WebP/HEIC, PDF or an office document; the type is read from the content; at most ${MAX_EVIDENCE_BYTES / (1024 * 1024)} MiB, else 413).`,
          consumes: ['multipart/form-data'],
          params,
          body: z
            .object({
              rhkId: idSchema.describe('The RHK the file supports'),
              file: z.string().meta({ format: 'binary' }).describe('The evidence file'),
            })
            .nullish(),
          response: { 201: assessmentEvidenceSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(
            await service.addEvidenceFile(req.requireActor(), req.params.id, (stage) =>
              readUpload(req, stage),
            ),
          ),
    )
    app.post(
      '/:id/evidence/link',
      {
        schema: {
          tags,
          summary: 'Add a link as evidence of an RHK (the pegawai, while editable)',
          params,
          body: evidenceLinkInputSchema,
          response: { 201: assessmentEvidenceSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await service.addEvidenceLink(req.requireActor(), req.params.id, req.body)),
    )
    app.post(
      '/:id/evidence/pick',
      {
        schema: {
          tags,
          summary:
            'Pick evidence of the pegawai’s own daily progress of the period (a file is copied); 201, or 200 with the stored item when picked before',
          params,
          body: evidencePickInputSchema,
          response: { 200: assessmentEvidenceSchema, 201: assessmentEvidenceSchema },
        },
      },
      async (req, reply) => {
        const { evidence, created } = await service.pickEvidence(
          req.requireActor(),
          req.params.id,
          req.body,
        )
        return reply.code(created ? 201 : 200).send(evidence)
      },
    )
    app.delete(
      '/:id/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Remove an evidence item (the pegawai, while editable)',
          params: z.object({ id: idSchema, evidenceId: idSchema }),
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteEvidence(req.requireActor(), req.params.id, req.params.evidenceId)
        return { ok: true as const }
      },
    )
  }
}
