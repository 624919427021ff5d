import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema, idSchema, okSchema } from '../../../shared/common.ts'
import {
  faqInputSchema,
  faqListQuerySchema,
  faqListSchema,
  faqSchema,
  faqUpdateSchema,
  helpdeskSettingsSchema,
  helpdeskStaffListSchema,
  helpdeskStatsQuerySchema,
  helpdeskStatsSchema,
  MAX_HELPDESK_ATTACHMENT_BYTES,
  onboardingSchema,
  onboardingUpdateSchema,
  ticketAssignSchema,
  ticketAttachmentSchema,
  ticketCreateSchema,
  ticketDetailSchema,
  ticketListQuerySchema,
  ticketListSchema,
  ticketRatingSchema,
  ticketReplySchema,
  ticketStatusSchema,
} from '../../../shared/helpdesk.ts'
import { readStagedUpload, sendAttachment } from '../../lib/uploads.ts'
import { displayFileName } from '../activities/activities.presenter.ts'
import { helpdeskErrorHandler } from './helpdesk.errors.ts'
import type { HelpdeskService, HelpdeskStager, HelpdeskUpload } from './helpdesk.service.ts'

/** Reads a screenshot upload: the file (field `file`) is streamed straight into the file store. */
async function readUpload(req: FastifyRequest, stage: HelpdeskStager): Promise<HelpdeskUpload> {
  const { staged, filename } = await readStagedUpload(req, stage, {
    maxBytes: MAX_HELPDESK_ATTACHMENT_BYTES,
    missing: 'Pilih tangkapan layar atau PDF',
  })
  return { staged, fileName: displayFileName(filename) }
}

const conflictWith = (current: z.ZodType) =>
  z.union([errorEnvelopeSchema.extend({ current }), errorEnvelopeSchema])

/**
 * /api/helpdesk: tickets (create, mine/queue, detail with `actions`, reply, status, assign,
 * rating, screenshots), the PIC side's staff list, SLA settings and stats, the FAQ and the
 * signed-in person's onboarding state. A ticket the actor may not see answers 404; one they
 * see but may not act on, 403; a state that forbids the action, 409 (reasons in the summaries);
 * a stale `version` 409 `{ error: { reason: VERSION_CONFLICT }, current }`.
 */
export function helpdeskRoutes(service: HelpdeskService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['helpdesk']
    const params = z.object({ id: idSchema })
    app.setErrorHandler(helpdeskErrorHandler)

    // ---------- tickets ----------
    app.post(
      '/tickets',
      {
        schema: {
          tags,
          summary:
            'Open a ticket (any member). The server adds unit, jabatan, current SKP and period to the context, routes it to the PIC with the fewest open tickets and tells them. Attach a screenshot after with /tickets/:id/attachments.',
          body: ticketCreateSchema,
          response: { 201: ticketDetailSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createTicket(req.requireActor(), req.body)),
    )
    app.get(
      '/tickets',
      {
        schema: {
          tags,
          summary:
            'My tickets (scope=mine), or the instansi’s queue (scope=queue: PIC and admin, else 403 NOT_STAFF), by status, text (number, subject, reporter) and assignee',
          querystring: ticketListQuerySchema,
          response: { 200: ticketListSchema },
        },
      },
      async (req) => service.listTickets(req.requireActor(), req.query),
    )
    app.get(
      '/tickets/:id',
      {
        schema: {
          tags,
          summary:
            'One ticket with messages, attachments, SLA and the viewer’s `actions` (reporter, PIC and admin of the instansi; others 404). Opening it marks it seen.',
          params,
          response: { 200: ticketDetailSchema },
        },
      },
      async (req) => service.getTicket(req.requireActor(), req.params.id),
    )
    app.post(
      '/tickets/:id/messages',
      {
        schema: {
          tags,
          summary:
            'Reply (reporter or PIC side; 409 TICKET_DONE on a selesai ticket). A PIC reply sets the first response, takes an unassigned ticket and sets `status` (default diproses; `status` from a reporter → 403 NOT_STAFF); a reporter reply to menunggu pengguna moves it to diproses.',
          params,
          body: ticketReplySchema,
          response: { 200: ticketDetailSchema },
        },
      },
      async (req) => service.reply(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/tickets/:id/status',
      {
        schema: {
          tags,
          summary:
            'Change the status with the version seen: PIC side diproses|menunggu_pengguna|selesai, reporter selesai (close) or diproses from selesai (reopen); others 403 NOT_STAFF; baru → 400 INVALID_STATUS; not possible now → 409 INVALID_TRANSITION; stale version → 409 VERSION_CONFLICT with `current`',
          params,
          body: ticketStatusSchema,
          response: { 200: ticketDetailSchema, 409: conflictWith(ticketDetailSchema) },
        },
      },
      async (req) => service.setStatus(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/tickets/:id/assign',
      {
        schema: {
          tags,
          summary:
            'PIC side (else 403 NOT_STAFF): no userId = take it (a new ticket becomes diproses), null = back to the queue, an id = a PIC/admin of the instansi (else 400 NOT_HELPDESK_STAFF); 409 TICKET_DONE on a selesai ticket',
          params,
          body: ticketAssignSchema,
          response: { 200: ticketDetailSchema },
        },
      },
      async (req) => service.assign(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/tickets/:id/rating',
      {
        schema: {
          tags,
          summary:
            'The reporter rates 1–5 (else 403 NOT_REPORTER), only when selesai (409 TICKET_NOT_DONE) and once (409 ALREADY_RATED)',
          params,
          body: ticketRatingSchema,
          response: { 200: ticketDetailSchema },
        },
      },
      async (req) => service.rate(req.requireActor(), req.params.id, req.body),
    )
    app.post(
      '/tickets/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Attach a screenshot or PDF (whoever may reply; 409 TICKET_DONE when selesai)',
          description: `multipart/form-data: \`file\` (PNG, JPEG, WebP or PDF, recognised by content, else 400 FILE_TYPE_NOT_ALLOWED; at most ${MAX_HELPDESK_ATTACHMENT_BYTES / (1024 * 1024)} MB, else 413 FILE_TOO_LARGE; at most 10 per ticket, else 409 ATTACHMENT_LIMIT).`,
          consumes: ['multipart/form-data'],
          params,
          body: z
            .object({ file: z.string().meta({ format: 'binary' }).describe('The screenshot') })
            .nullish(),
          response: { 201: ticketAttachmentSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(
            await service.addAttachment(req.requireActor(), req.params.id, (stage) =>
              readUpload(req, stage),
            ),
          ),
    )
    app.get(
      '/attachments/:id/file',
      {
        schema: {
          tags,
          summary:
            'Download an attachment (whoever may see the ticket; everyone else 404). Always an attachment, nosniff.',
          params,
          response: {
            200: {
              description: 'The file',
              content: { 'application/octet-stream': { schema: z.any() } },
            },
          },
        },
      },
      async (req, reply) =>
        sendAttachment(reply, await service.attachmentFile(req.requireActor(), req.params.id)),
    )

    // ---------- PIC side ----------
    app.get(
      '/staff',
      {
        schema: {
          tags,
          summary: 'Who tickets can be assigned to, with their open tickets (PIC side, else 403)',
          response: { 200: helpdeskStaffListSchema },
        },
      },
      async (req) => service.listStaff(req.requireActor()),
    )
    app.get(
      '/settings',
      {
        schema: {
          tags,
          summary: 'SLA settings in calendar hours (PIC side, else 403)',
          response: { 200: helpdeskSettingsSchema },
        },
      },
      async (req) => service.getSettings(req.requireActor()),
    )
    app.put(
      '/settings',
      {
        schema: {
          tags,
          summary:
            'Change the SLA (admin instansi, else 403 NOT_ADMIN; audited; applies to new tickets; stale version → 409 with `current`)',
          body: helpdeskSettingsSchema,
          response: { 200: helpdeskSettingsSchema, 409: conflictWith(helpdeskSettingsSchema) },
        },
      },
      async (req) => service.updateSettings(req.requireActor(), req.body),
    )
    app.get(
      '/stats',
      {
        schema: {
          tags,
          summary:
            'Tickets created from–to (local days; default the last 30 days): by status and category, first response and resolution minutes, SLA met %, satisfaction (PIC side, else 403)',
          querystring: helpdeskStatsQuerySchema,
          response: { 200: helpdeskStatsSchema },
        },
      },
      async (req) => service.stats(req.requireActor(), req.query),
    )

    // ---------- FAQ ----------
    app.get(
      '/faq',
      {
        schema: {
          tags,
          summary: 'The FAQ: every member reads published entries, the PIC side all of them',
          querystring: faqListQuerySchema,
          response: { 200: faqListSchema },
        },
      },
      async (req) => service.listFaq(req.requireActor(), req.query),
    )
    app.post(
      '/faq',
      {
        schema: {
          tags,
          summary: 'Add a FAQ entry (PIC side, else 403; audited)',
          body: faqInputSchema,
          response: { 201: faqSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await service.createFaq(req.requireActor(), req.body)),
    )
    app.put(
      '/faq/:id',
      {
        schema: {
          tags,
          summary:
            'Change a FAQ entry with the version seen (PIC side, else 403; stale → 409 VERSION_CONFLICT with `current`)',
          params,
          body: faqUpdateSchema,
          response: { 200: faqSchema, 409: conflictWith(faqSchema) },
        },
      },
      async (req) => service.updateFaq(req.requireActor(), req.params.id, req.body),
    )
    app.delete(
      '/faq/:id',
      {
        schema: {
          tags,
          summary: 'Remove a FAQ entry (PIC side, else 403; audited)',
          params,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await service.deleteFaq(req.requireActor(), req.params.id)
        return { ok: true as const }
      },
    )

    // ---------- onboarding ----------
    app.get(
      '/onboarding',
      {
        schema: {
          tags,
          summary: 'The signed-in person’s first-login tour state',
          response: { 200: onboardingSchema },
        },
      },
      async (req) => service.getOnboarding(req.requireActor()),
    )
    app.post(
      '/onboarding',
      {
        schema: {
          tags,
          summary: 'Mark the tour done (or not, to see it again)',
          body: onboardingUpdateSchema,
          response: { 200: onboardingSchema },
        },
      },
      async (req) => service.setOnboarding(req.requireActor(), req.body.done),
    )
  }
}
