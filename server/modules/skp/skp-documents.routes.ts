import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema, idSchema } from '../../../shared/common.ts'
import type { Skp } from '../../../shared/skp.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { PDF_CONTENT_TYPE } from '../../lib/pdf.ts'
import { XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import {
  renderSkpPdf,
  renderSkpXlsx,
  skpDocumentFileName,
  type SkpDocumentContext,
} from './skp-documents.ts'

export type SkpDocumentDeps = {
  /** The SKP service's read: authorises (404 when the actor may not see it). */
  skp: { getSkp(actor: Actor, skpId: string): Promise<Skp> }
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

/** Printable SKP: the official PDF layout and an XLSX with the same sections. */
export function skpDocumentRoutes(deps: SkpDocumentDeps): FastifyPluginAsyncZod {
  async function load(actor: Actor, skpId: string) {
    const skp = await deps.skp.getSkp(actor, skpId)
    const inst = actor.instansiId ? await deps.instansiInfo(actor.instansiId) : null
    const timeZone = inst?.timeZone ?? DEFAULT_TIME_ZONE
    const ctx: SkpDocumentContext = {
      instansiName: inst?.name ?? '',
      timeZone,
      today: dayIn(deps.clock.now(), timeZone),
    }
    return { skp, ctx }
  }
  const params = z.object({ id: idSchema })
  const errors = { 401: errorEnvelopeSchema, 404: errorEnvelopeSchema }

  return async (app) => {
    const tags = ['skp']
    app.get(
      '/:id/pdf',
      {
        schema: {
          tags,
          summary: 'The SKP as a PDF in the official layout (whoever may see the SKP)',
          description:
            'A4 with header, identities of pegawai and pejabat penilai, the RHK table, perilaku kerja, lampiran and signature block. Marked DRAF until approved.',
          params,
          response: {
            200: {
              description: 'PDF file',
              content: { [PDF_CONTENT_TYPE]: { schema: z.any() } },
            },
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const { skp, ctx } = await load(req.requireActor(), req.params.id)
        const pdf = await renderSkpPdf(skp, ctx)
        return sendFile(reply, PDF_CONTENT_TYPE, skpDocumentFileName(skp, 'pdf'), pdf)
      },
    )
    app.get(
      '/:id/xlsx',
      {
        schema: {
          tags,
          summary: 'The SKP as an Excel workbook (whoever may see the SKP)',
          description: 'One sheet "SKP" with the sections of the printed SKP as rows.',
          params,
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
        const { skp, ctx } = await load(req.requireActor(), req.params.id)
        const xlsx = await renderSkpXlsx(skp, ctx)
        return sendFile(reply, XLSX_CONTENT_TYPE, skpDocumentFileName(skp, 'xlsx'), xlsx)
      },
    )
  }
}
