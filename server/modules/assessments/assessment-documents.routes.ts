import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  distributionQuerySchema,
  type AssessmentDetail,
  type AssessmentPeriod,
  type DistributionView,
} from '../../../shared/assessments.ts'
import { errorEnvelopeSchema, idSchema } from '../../../shared/common.ts'
import { isResultVisibleToOwner } from '../../../shared/rules/assessment-workflow.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { PDF_CONTENT_TYPE } from '../../lib/pdf.ts'
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import {
  evaluationFileName,
  penetapanFileName,
  renderEvaluationPdf,
  renderPenetapanPdf,
  renderPenetapanXlsx,
  type AssessmentDocumentContext,
} from './assessment-documents.ts'

export type AssessmentDocumentDeps = {
  /** The pegawai side's read: authorises (404 for an assessment the actor may not see). */
  assessments: { getDetail(actor: Actor, id: string): Promise<AssessmentDetail> }
  /** The atasan side's distribution of a group: authorises (404 for a viewer who may not see it). */
  rating: {
    distribution(actor: Actor, q: { periodId: string; unitId: string }): Promise<DistributionView>
  }
  /** A period of the instansi by id (periods service), or null. */
  periodById(instansiId: string, periodId: string): Promise<AssessmentPeriod | null>
  /** Name and time zone of the actor's instansi (org service). */
  instansiInfo(instansiId: string): Promise<{ name: string; timeZone: string } | null>
  clock: Clock
}

const DEFAULT_TIME_ZONE = 'Asia/Jakarta'

function sendFile(reply: FastifyReply, contentType: string, fileName: string, data: Buffer) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(data)
}

/**
 * The documents of penilaian kinerja: the Dokumen Evaluasi Kinerja Pegawai (PDF) and the
 * unit's Format Penetapan Predikat Kinerja (PDF, XLSX). Visibility is the services': whoever
 * may open the assessment gets its document (the owner sees ratings only once final), whoever
 * may open a unit's distribution gets its penetapan.
 */
export function assessmentDocumentRoutes(deps: AssessmentDocumentDeps): FastifyPluginAsyncZod {
  async function contextOf(actor: Actor): Promise<AssessmentDocumentContext> {
    const inst = actor.instansiId ? await deps.instansiInfo(actor.instansiId) : null
    const timeZone = inst?.timeZone ?? DEFAULT_TIME_ZONE
    return { instansiName: inst?.name ?? '', timeZone, today: dayIn(deps.clock.now(), timeZone) }
  }

  /**
   * The group the assessment counts in, for the pattern's limits. Not for the owner before the
   * result is final, and null when the viewer may not open the group (a pegawai never may).
   */
  async function groupOf(actor: Actor, a: AssessmentDetail): Promise<DistributionView | null> {
    if (!a.orgPredikat) return null
    if (a.roles.includes('owner') && !isResultVisibleToOwner(a.status)) return null
    try {
      return await deps.rating.distribution(actor, {
        periodId: a.period.id,
        unitId: a.orgPredikat.unitId,
      })
    } catch (e) {
      if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return null
      throw e
    }
  }

  async function penetapanOf(actor: Actor, q: z.output<typeof distributionQuerySchema>) {
    const view = await deps.rating.distribution(actor, q)
    const period = actor.instansiId ? await deps.periodById(actor.instansiId, q.periodId) : null
    if (!period) throw notFound('Periode')
    return { view, period, ctx: await contextOf(actor) }
  }

  const errors = { 401: errorEnvelopeSchema, 404: errorEnvelopeSchema }
  const pdfResponse = {
    200: { description: 'PDF file', content: { [PDF_CONTENT_TYPE]: { schema: z.any() } } },
    ...errors,
  }

  return async (app) => {
    const tags = ['assessments']
    app.get(
      '/:id/document.pdf',
      {
        schema: {
          tags,
          summary: 'The Dokumen Evaluasi Kinerja Pegawai as a PDF (whoever may see the assessment)',
          description:
            'A4 landscape in the official layout: identities, capaian kinerja organisasi, pola distribusi, hasil kerja with realisasi, evidence and umpan balik, ratings, perilaku kerja, predikat and signatures (annual: also the atasan pejabat penilai). The owner sees ratings and predikat only once final ("—" before); marked DRAF until final.',
          params: z.object({ id: idSchema }),
          response: pdfResponse,
        },
      },
      async (req, reply) => {
        const actor = req.requireActor()
        const detail = await deps.assessments.getDetail(actor, req.params.id)
        const [group, ctx] = await Promise.all([groupOf(actor, detail), contextOf(actor)])
        const pdf = await renderEvaluationPdf(detail, group, ctx)
        return sendFile(reply, PDF_CONTENT_TYPE, evaluationFileName(detail), pdf)
      },
    )
    app.get(
      '/org-predikat/document.pdf',
      {
        schema: {
          tags,
          summary:
            'The Format Penetapan Predikat Kinerja of a unit and period as a PDF (whoever may see its distribution)',
          description:
            'Capaian kinerja organisasi, the pola distribusi with each rule met or not, counts and shares per predikat, the employees with their predikat, the justification and the signature. Marked DRAF until the unit’s penetapan.',
          querystring: distributionQuerySchema,
          response: pdfResponse,
        },
      },
      async (req, reply) => {
        const { view, period, ctx } = await penetapanOf(req.requireActor(), req.query)
        const pdf = await renderPenetapanPdf(view, period, ctx)
        return sendFile(
          reply,
          PDF_CONTENT_TYPE,
          penetapanFileName({ name: view.unitName }, period, 'pdf'),
          pdf,
        )
      },
    )
    app.get(
      '/org-predikat/document.xlsx',
      {
        schema: {
          tags,
          summary:
            'The Format Penetapan Predikat Kinerja of a unit and period as an Excel workbook',
          description: 'One sheet "Penetapan" with the sections of the PDF as rows.',
          querystring: distributionQuerySchema,
          response: {
            200: {
              description: 'XLSX file',
              content: { [XLSX_CONTENT_TYPE]: { schema: z.any() } },
            },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const { view, period, ctx } = await penetapanOf(req.requireActor(), req.query)
        const xlsx = await renderPenetapanXlsx(view, period, ctx)
        return sendFile(
          reply,
          XLSX_CONTENT_TYPE,
          penetapanFileName({ name: view.unitName }, period, 'xlsx'),
          xlsx,
        )
      },
    )
  }
}
