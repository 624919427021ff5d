import type { Readable } from 'node:stream'
import type { z } from 'zod'
import {
  DEFAULT_HELPDESK_SETTINGS,
  HELPDESK_ATTACHMENT_MIME_TYPES,
  MAX_HELPDESK_ATTACHMENT_BYTES,
  MAX_HELPDESK_ATTACHMENTS,
  reporterTicketLink,
  staffTicketLink,
  statusChangeActions,
  TICKET_CATEGORIES,
  TICKET_CATEGORY_LABEL,
  TICKET_STATUS_LABEL,
  TICKET_STATUSES,
  ticketActions,
  type Faq,
  type faqInputSchema,
  type faqListQuerySchema,
  type faqUpdateSchema,
  type HelpdeskSettings,
  type HelpdeskStaff,
  type HelpdeskStats,
  type helpdeskStatsQuerySchema,
  type TicketAction,
  type ticketAssignSchema,
  type TicketContext,
  type TicketCreate,
  type TicketDetail,
  type ticketListQuerySchema,
  type ticketRatingSchema,
  type ticketReplySchema,
  type TicketStatus,
  type ticketStatusSchema,
  type TicketViewer,
} from '../../../shared/helpdesk.ts'
import { isRealDate } from '../../../shared/rules/date.ts'
import { SKP_STATUS_LABEL } from '../../../shared/rules/skp-workflow.ts'
import { addDays, endOfDayIso } from '../../../shared/rules/working-days.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { EventBus } from '../../lib/events.ts'
import type { FileStore, StagedFile } from '../../lib/file-store.ts'
import type { Db, Executor } from '../../db/client.ts'
import { contentDisposition, downloadFileName } from '../activities/activities.presenter.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import type { AccountsPort, StaffAccount } from '../auth/auth.service.ts'
import { ticketDone, versionConflict } from './helpdesk.errors.ts'
import { isHelpdeskAdmin, isHelpdeskStaff, staffRole, ticketViewer } from './helpdesk.policy.ts'
import {
  presentAttachment,
  presentDetail,
  presentFaq,
  presentSummary,
} from './helpdesk.presenter.ts'
import * as repo from './helpdesk.repository.ts'

export type HelpdeskDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  events: EventBus
  org: Pick<OrgService, 'instansiInfo' | 'pegawaiCards'>
  skp: Pick<SkpService, 'workPlansOn'>
  periods: Pick<PeriodsService, 'periodContaining'>
  /** Who answers tickets (PIC helpdesk and admins of an instansi). */
  staff: Pick<AccountsPort, 'helpdeskStaffOf'>
  /** The helpdesk's own file store (UPLOAD_DIR/helpdesk). */
  fileStore: FileStore
}

/** How an upload's bytes reach the file store (the route hands over the multipart stream). */
export type HelpdeskStager = (source: Readable, truncated: () => boolean) => Promise<StagedFile>
export type HelpdeskUpload = { staged: StagedFile; fileName: string }
export type HelpdeskDownload = {
  stream: Readable
  size: number
  mimeType: string
  contentDisposition: string
}

export const HELPDESK_ATTACHMENT_TYPE_MESSAGE =
  'Jenis berkas tidak didukung. Lampirkan tangkapan layar (PNG, JPG, WebP) atau PDF. Jenis berkas dikenali dari isinya, bukan dari namanya.'

const NOT_STAFF = 'Hanya PIC helpdesk atau admin instansi yang dapat melakukan ini'
const HOUR_MS = 3_600_000

/** Thrown inside a transaction when the row's version is stale; answered with the current detail. */
class StaleVersion extends Error {}

type Side = 'reporter' | 'staff'
type Outcome = { row: repo.TicketRow; emit?: () => Promise<void> }

export function createHelpdeskService(deps: HelpdeskDeps) {
  const { db, clock, audit, events, org, skp, periods, staff, fileStore } = deps

  // ---------- context ----------
  function requireInstansi(actor: Actor, what = 'Tiket'): string {
    if (!actor.instansiId) throw notFound(what)
    return actor.instansiId
  }

  function requireStaff(actor: Actor): string {
    const instansiId = requireInstansi(actor, 'Halaman')
    if (!isHelpdeskStaff(actor, instansiId)) throw forbidden(NOT_STAFF, 'NOT_STAFF')
    return instansiId
  }

  async function zoneOf(instansiId: string) {
    const timeZone = (await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta'
    return { timeZone, today: dayIn(clock.now(), timeZone) }
  }

  function presentSettings(row: repo.SettingsRow | undefined): HelpdeskSettings {
    if (!row) return { ...DEFAULT_HELPDESK_SETTINGS, version: 0 }
    return {
      firstResponseHours: row.firstResponseHours,
      resolutionHours: row.resolutionHours,
      version: row.version,
    }
  }

  /** Whether a viewer could ever take an action (some status): else the role is wrong (403). */
  const couldEver = (viewer: TicketViewer, action: TicketAction) =>
    TICKET_STATUSES.some((status) =>
      ticketActions({ status, assigneeUserId: null, satisfaction: null }, viewer).includes(action),
    )

  /** The ticket if the actor may see it (reporter, PIC side of its instansi); else 404. */
  async function readable(actor: Actor, id: string) {
    const instansiId = requireInstansi(actor)
    const row = await repo.findTicket(db, instansiId, id)
    if (!row) throw notFound('Tiket')
    const viewer = ticketViewer(actor, row)
    if (!viewer.isReporter && !viewer.isStaff) throw notFound('Tiket')
    return { instansiId, row, viewer }
  }

  const sideOf = (viewer: TicketViewer): Side => (viewer.isReporter ? 'reporter' : 'staff')

  /** Accounts to tell about something the reporter did: the assignee, else the whole PIC side. */
  async function staffRecipients(row: repo.TicketRow, actorUserId: string): Promise<string[]> {
    const ids = row.assigneeUserId
      ? [row.assigneeUserId]
      : (await staff.helpdeskStaffOf(db, row.instansiId)).map((s) => s.userId)
    return [...new Set(ids)].filter((id) => id !== actorUserId)
  }

  const reporterRecipients = (row: repo.TicketRow, actorUserId: string) =>
    row.reporterUserId === actorUserId ? [] : [row.reporterUserId]

  async function detailOf(
    row: repo.TicketRow,
    viewer: TicketViewer,
    markSeen: boolean,
  ): Promise<TicketDetail> {
    const now = clock.now()
    const [messages, attachments] = await Promise.all([
      repo.listMessages(db, row.id),
      repo.listAttachments(db, row.id),
    ])
    if (markSeen) {
      const side = sideOf(viewer)
      await repo.markSeen(db, row.id, side, now)
      row = side === 'reporter' ? { ...row, reporterSeenAt: now } : { ...row, staffSeenAt: now }
    }
    return presentDetail(row, messages, attachments, viewer, now)
  }

  /**
   * One change of a ticket in one transaction: visible (404) → the role may ever do it (403)
   * → lock → version (409 VERSION_CONFLICT with the current detail) → `apply` (state checks,
   * 409) → after commit the event; answers the detail as the actor now sees it.
   */
  async function mutate(
    actor: Actor,
    id: string,
    opts: { version?: number; role?: (viewer: TicketViewer) => void },
    apply: (tx: Executor, row: repo.TicketRow, viewer: TicketViewer) => Promise<Outcome>,
  ): Promise<TicketDetail> {
    const { instansiId, viewer } = await readable(actor, id)
    opts.role?.(viewer)
    let outcome: Outcome
    try {
      outcome = await db.transaction(async (tx) => {
        const row = await repo.lockTicket(tx, instansiId, id)
        if (!row) throw notFound('Tiket')
        if (opts.version !== undefined && row.version !== opts.version) throw new StaleVersion()
        return apply(tx, row, viewer)
      })
    } catch (e) {
      if (e instanceof StaleVersion) {
        // The 409 shows the current ticket without marking it seen: a refused change writes nothing.
        const current = await readable(actor, id)
        throw versionConflict(await detailOf(current.row, current.viewer, false))
      }
      throw e
    }
    await outcome.emit?.()
    return detailOf(outcome.row, viewer, true)
  }

  /** The fields every change of a ticket writes: version, time and whose move it was. */
  function touch(row: repo.TicketRow, side: Side, now: Date) {
    return {
      version: row.version + 1,
      updatedAt: now,
      ...(side === 'reporter'
        ? { reporterActivityAt: now, reporterSeenAt: now }
        : { staffActivityAt: now, staffSeenAt: now }),
    }
  }

  /** A status line in the conversation ("Status: Selesai — oleh …"). */
  async function systemLine(tx: Executor, row: repo.TicketRow, body: string, at: Date) {
    await repo.insertMessage(tx, {
      instansiId: row.instansiId,
      ticketId: row.id,
      authorUserId: null,
      authorName: 'Sistem',
      authorRole: 'sistem',
      body,
      createdAt: at,
    })
  }

  /** The server's part of the context: unit, jabatan, current SKP and period of the reporter. */
  async function serverContext(
    actor: Actor,
    instansiId: string,
    today: string,
  ): Promise<Omit<TicketContext, 'path' | 'userAgent' | 'viewport' | 'online'>> {
    const pegawaiId = actor.pegawaiId
    const [cards, plans, period] = await Promise.all([
      pegawaiId ? org.pegawaiCards(instansiId, [pegawaiId]) : Promise.resolve(null),
      pegawaiId ? skp.workPlansOn(instansiId, [pegawaiId], today) : Promise.resolve(null),
      periods.periodContaining(instansiId, today),
    ])
    const card = pegawaiId ? cards?.get(pegawaiId) : undefined
    const plan = pegawaiId ? plans?.get(pegawaiId) : undefined
    return {
      unitName: card?.unitName ?? null,
      jabatanName: card?.jabatanName ?? null,
      skpId: plan?.id ?? null,
      skpLabel: plan ? `SKP ${plan.year} (${SKP_STATUS_LABEL[plan.status]})` : null,
      periodId: period?.id ?? null,
      periodName: period?.name ?? null,
    }
  }

  /** The PIC with the fewest open tickets (ties: the oldest account); none → unassigned. */
  async function route(
    tx: Executor,
    instansiId: string,
    people: readonly StaffAccount[],
    reporterUserId: string,
  ): Promise<StaffAccount | null> {
    const pics = people.filter((s) => s.roles.includes('pic_helpdesk'))
    // A PIC who reports a problem is not their own helper, unless nobody else is there.
    const candidates = pics.some((p) => p.userId !== reporterUserId)
      ? pics.filter((p) => p.userId !== reporterUserId)
      : pics
    if (candidates.length === 0) return null
    const open = await repo.openTicketCounts(
      tx,
      instansiId,
      candidates.map((c) => c.userId),
    )
    // `people` comes oldest account first; a stable sort keeps that order among equals.
    return [...candidates].sort((a, b) => (open.get(a.userId) ?? 0) - (open.get(b.userId) ?? 0))[0]!
  }

  // ---------- files ----------
  function stager(): HelpdeskStager {
    return (source, truncated) =>
      fileStore.stage(source, {
        maxBytes: MAX_HELPDESK_ATTACHMENT_BYTES,
        allowedTypes: HELPDESK_ATTACHMENT_MIME_TYPES,
        typeMessage: HELPDESK_ATTACHMENT_TYPE_MESSAGE,
        truncated,
      })
  }

  /**
   * Removes a stored file no attachment references (after a failed commit). Content-addressed:
   * the same bytes may belong to another attachment, which keeps them.
   */
  async function releaseFile(key: string) {
    try {
      await db.transaction(async (tx) => {
        await repo.lockFileKey(tx, key)
        if ((await repo.countFileKeyRefs(tx, key)) === 0) await fileStore.remove(key)
      })
    } catch {
      // The bytes stay on disk unreferenced (a later upload of the same content reuses them).
    }
  }

  const service = {
    // ---------- tickets ----------
    /**
     * A signed-in member opens a ticket. The client's context is kept and the server adds the
     * person's unit, jabatan, current SKP and period; the ticket goes to the PIC with the
     * fewest open tickets (none → unassigned, the admins' queue), the SLA due times are fixed
     * from the settings, and the assignee (else the whole PIC side) is told.
     */
    async createTicket(actor: Actor, input: TicketCreate): Promise<TicketDetail> {
      const instansiId = requireInstansi(actor, 'Instansi')
      const { today } = await zoneOf(instansiId)
      const [context, people, settings] = await Promise.all([
        serverContext(actor, instansiId, today),
        staff.helpdeskStaffOf(db, instansiId),
        repo.findSettings(db, instansiId).then(presentSettings),
      ])
      const now = clock.now()
      const year = Number(today.slice(0, 4))
      const row = await db.transaction(async (tx) => {
        const seq = await repo.nextTicketSeq(tx, instansiId, year)
        const assignee = await route(tx, instansiId, people, actor.userId)
        const inserted = await repo.insertTicket(tx, {
          instansiId,
          number: `HD-${year}-${String(seq).padStart(4, '0')}`,
          year,
          seq,
          status: 'baru',
          category: input.category,
          subject: input.subject,
          description: input.description,
          reporterUserId: actor.userId,
          reporterPegawaiId: actor.pegawaiId,
          reporterName: actor.displayName,
          context: { ...input.context, ...context },
          assigneeUserId: assignee?.userId ?? null,
          assigneeName: assignee?.displayName ?? null,
          firstResponseDueAt: new Date(now.getTime() + settings.firstResponseHours * HOUR_MS),
          resolutionDueAt: new Date(now.getTime() + settings.resolutionHours * HOUR_MS),
          reporterActivityAt: now,
          reporterSeenAt: now,
          createdAt: now,
          updatedAt: now,
        })
        await audit.record(tx, actor, {
          action: 'helpdesk.ticket_created',
          entity: 'helpdesk_ticket',
          entityId: inserted.id,
          after: inserted,
        })
        return inserted
      })
      const recipients = row.assigneeUserId ? [row.assigneeUserId] : people.map((p) => p.userId)
      await events.emit('helpdesk.created', {
        instansiId,
        ticketId: row.id,
        number: row.number,
        subject: row.subject,
        reporterName: row.reporterName,
        recipientUserIds: [...new Set(recipients)].filter((id) => id !== actor.userId),
      })
      return detailOf(row, ticketViewer(actor, row), false)
    },

    /** My tickets, or (PIC side) the instansi's queue, filtered by status, text and assignee. */
    async listTickets(actor: Actor, q: z.output<typeof ticketListQuerySchema>) {
      const instansiId = requireInstansi(actor)
      const queue = q.scope === 'queue'
      if (queue && !isHelpdeskStaff(actor, instansiId))
        throw forbidden('Antrean tiket hanya untuk PIC helpdesk dan admin', 'NOT_STAFF')
      const { rows, total } = await repo.listTickets(db, {
        instansiId,
        reporterUserId: queue ? undefined : actor.userId,
        assigneeUserId: !queue
          ? undefined
          : q.assignee === 'me'
            ? actor.userId
            : q.assignee === 'unassigned'
              ? null
              : undefined,
        status: q.status,
        q: q.q || undefined,
        order: queue ? 'queue' : 'mine',
        page: q.page,
        pageSize: q.pageSize,
      })
      const now = clock.now()
      return {
        items: rows.map((r) => presentSummary(r, ticketViewer(actor, r), now)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      }
    },

    /** One ticket for the reporter and the PIC side (others 404); opening it marks it seen. */
    async getTicket(actor: Actor, id: string): Promise<TicketDetail> {
      const { row, viewer } = await readable(actor, id)
      return detailOf(row, viewer, true)
    },

    /**
     * A reply. The PIC side: the first one sets the first response time, it takes an
     * unassigned ticket, and the status becomes `status` (default diproses). The reporter:
     * a reply to "menunggu pengguna" moves it back to diproses. Not on a selesai ticket (409).
     */
    async reply(
      actor: Actor,
      id: string,
      input: z.output<typeof ticketReplySchema>,
    ): Promise<TicketDetail> {
      return mutate(
        actor,
        id,
        {
          role: (viewer) => {
            if (input.status && !viewer.isStaff)
              throw forbidden('Hanya PIC helpdesk yang dapat mengubah status', 'NOT_STAFF')
          },
        },
        async (tx, row, viewer) => {
          if (!ticketActions(row, viewer).includes('reply')) throw ticketDone()
          const now = clock.now()
          const asReporter = viewer.isReporter
          const side: Side = asReporter ? 'reporter' : 'staff'
          const status: TicketStatus = asReporter
            ? row.status === 'menunggu_pengguna'
              ? 'diproses'
              : row.status
            : (input.status ?? 'diproses')
          await repo.insertMessage(tx, {
            instansiId: row.instansiId,
            ticketId: row.id,
            authorUserId: actor.userId,
            authorName: actor.displayName,
            authorRole: asReporter ? 'pelapor' : staffRole(actor),
            body: input.body,
            createdAt: now,
          })
          const takes = !asReporter && !row.assigneeUserId
          const updated = await repo.updateTicket(tx, row.id, {
            ...touch(row, side, now),
            status,
            resolvedAt: status === 'selesai' ? now : null,
            ...(!asReporter && !row.firstResponseAt ? { firstResponseAt: now } : {}),
            ...(takes ? { assigneeUserId: actor.userId, assigneeName: actor.displayName } : {}),
          })
          if (status !== row.status)
            await systemLine(
              tx,
              row,
              `Status: ${TICKET_STATUS_LABEL[status]} (oleh ${actor.displayName})`,
              now,
            )
          await audit.record(tx, actor, {
            action: 'helpdesk.replied',
            entity: 'helpdesk_ticket',
            entityId: row.id,
            before: { status: row.status, assigneeUserId: row.assigneeUserId },
            after: {
              status,
              assigneeUserId: updated.assigneeUserId,
              body: input.body,
              firstResponseAt: updated.firstResponseAt,
            },
          })
          return {
            row: updated,
            emit: async () => {
              const excerpt = input.body.length > 140 ? `${input.body.slice(0, 137)}…` : input.body
              await events.emit('helpdesk.replied', {
                instansiId: row.instansiId,
                ticketId: row.id,
                number: row.number,
                subject: row.subject,
                authorName: actor.displayName,
                excerpt,
                recipientUserIds: asReporter
                  ? await staffRecipients(updated, actor.userId)
                  : reporterRecipients(row, actor.userId),
                link: asReporter ? staffTicketLink(row.id) : reporterTicketLink(row.id),
              })
            },
          }
        },
      )
    },

    /**
     * A status change with the version the client saw. The PIC side: diproses, menunggu
     * pengguna or selesai (from selesai it reopens); the reporter: selesai (close) or, from
     * selesai, diproses (reopen). `selesai` sets the resolved time, leaving it clears it.
     */
    async setStatus(
      actor: Actor,
      id: string,
      input: z.output<typeof ticketStatusSchema>,
    ): Promise<TicketDetail> {
      if (input.status === 'baru')
        throw validationFailed(
          { status: 'Pilih Diproses, Menunggu pengguna atau Selesai' },
          'INVALID_STATUS',
        )
      return mutate(
        actor,
        id,
        {
          version: input.version,
          role: (viewer) => {
            const ok = (['close', 'reopen', 'set_status'] as const).some(
              (a) =>
                couldEver(viewer, a) &&
                TICKET_STATUSES.some((from) => statusChangeActions(from, input.status).includes(a)),
            )
            if (!ok) throw forbidden(NOT_STAFF, 'NOT_STAFF')
          },
        },
        async (tx, row, viewer) => {
          const allowed = ticketActions(row, viewer)
          const needed = statusChangeActions(row.status, input.status)
          const via = needed.find((a) => allowed.includes(a))
          if (!via)
            throw conflict(
              'INVALID_TRANSITION',
              row.status === input.status
                ? `Tiket sudah berstatus ${TICKET_STATUS_LABEL[row.status]}`
                : `Status tiket tidak dapat diubah dari ${TICKET_STATUS_LABEL[row.status]} ke ${TICKET_STATUS_LABEL[input.status]}`,
            )
          const now = clock.now()
          const byReporter = via === 'close' || via === 'reopen'
          const side: Side = byReporter ? 'reporter' : 'staff'
          const updated = await repo.updateTicket(tx, row.id, {
            ...touch(row, side, now),
            status: input.status,
            resolvedAt: input.status === 'selesai' ? now : null,
          })
          const what =
            via === 'close'
              ? 'ditutup oleh pelapor'
              : via === 'reopen'
                ? 'dibuka kembali oleh pelapor'
                : `oleh ${actor.displayName}`
          await systemLine(tx, row, `Status: ${TICKET_STATUS_LABEL[input.status]} (${what})`, now)
          await audit.record(tx, actor, {
            action: 'helpdesk.status_changed',
            entity: 'helpdesk_ticket',
            entityId: row.id,
            before: { status: row.status, resolvedAt: row.resolvedAt, version: row.version },
            after: { status: updated.status, resolvedAt: updated.resolvedAt, via },
          })
          return {
            row: updated,
            emit: async () => {
              await events.emit('helpdesk.status', {
                instansiId: row.instansiId,
                ticketId: row.id,
                number: row.number,
                subject: row.subject,
                status: input.status,
                byName: actor.displayName,
                recipientUserIds: byReporter
                  ? await staffRecipients(updated, actor.userId)
                  : reporterRecipients(row, actor.userId),
                link: byReporter ? staffTicketLink(row.id) : reporterTicketLink(row.id),
              })
            },
          }
        },
      )
    },

    /**
     * The PIC side assigns: no `userId` = take it (a new ticket becomes diproses and the
     * reporter is told), `null` = back to the queue, an id = a PIC or admin of the instansi.
     */
    async assign(
      actor: Actor,
      id: string,
      input: z.output<typeof ticketAssignSchema>,
    ): Promise<TicketDetail> {
      const { instansiId } = await readable(actor, id)
      let target: StaffAccount | null = null
      const take = input.userId === undefined
      if (take) {
        target = {
          userId: actor.userId,
          displayName: actor.displayName,
          roles: [...actor.roles],
          createdAt: new Date(0),
        }
      } else if (input.userId !== null) {
        if (isHelpdeskStaff(actor, instansiId)) {
          const people = await staff.helpdeskStaffOf(db, instansiId)
          target = people.find((p) => p.userId === input.userId) ?? null
          if (!target)
            throw validationFailed(
              { userId: 'Pilih PIC helpdesk atau admin instansi ini' },
              'NOT_HELPDESK_STAFF',
            )
        }
      }
      return mutate(
        actor,
        id,
        {
          role: (viewer) => {
            if (!couldEver(viewer, 'take')) throw forbidden(NOT_STAFF, 'NOT_STAFF')
          },
        },
        async (tx, row, viewer) => {
          // `take` is offered while not selesai and not already the viewer's (then: no change).
          if (!ticketActions(row, viewer).includes('take')) {
            if (row.status === 'selesai') throw ticketDone()
            if (take) return { row }
          }
          const now = clock.now()
          const toUserId = target?.userId ?? null
          if (toUserId === row.assigneeUserId) return { row }
          const startWork = take && row.status === 'baru'
          const updated = await repo.updateTicket(tx, row.id, {
            ...touch(row, 'staff', now),
            assigneeUserId: toUserId,
            assigneeName: target?.displayName ?? null,
            ...(startWork ? { status: 'diproses' as const } : {}),
          })
          await systemLine(
            tx,
            row,
            target
              ? `Ditangani oleh ${target.displayName}${startWork ? '; status: Diproses' : ''}`
              : `Dikembalikan ke antrean oleh ${actor.displayName}`,
            now,
          )
          await audit.record(tx, actor, {
            action: 'helpdesk.assigned',
            entity: 'helpdesk_ticket',
            entityId: row.id,
            before: { assigneeUserId: row.assigneeUserId, status: row.status },
            after: { assigneeUserId: updated.assigneeUserId, status: updated.status },
          })
          return {
            row: updated,
            emit: startWork
              ? async () => {
                  await events.emit('helpdesk.status', {
                    instansiId: row.instansiId,
                    ticketId: row.id,
                    number: row.number,
                    subject: row.subject,
                    status: 'diproses',
                    byName: actor.displayName,
                    recipientUserIds: reporterRecipients(row, actor.userId),
                    link: reporterTicketLink(row.id),
                  })
                }
              : undefined,
          }
        },
      )
    },

    /** The reporter rates a selesai ticket once (1–5, optional comment). */
    async rate(
      actor: Actor,
      id: string,
      input: z.output<typeof ticketRatingSchema>,
    ): Promise<TicketDetail> {
      return mutate(
        actor,
        id,
        {
          role: (viewer) => {
            if (!couldEver(viewer, 'rate'))
              throw forbidden('Hanya pelapor yang dapat memberi penilaian', 'NOT_REPORTER')
          },
        },
        async (tx, row, viewer) => {
          if (!ticketActions(row, viewer).includes('rate'))
            throw row.satisfaction != null
              ? conflict('ALREADY_RATED', 'Tiket ini sudah Anda beri penilaian')
              : conflict(
                  'TICKET_NOT_DONE',
                  'Penilaian kepuasan dapat diberikan setelah tiket selesai',
                )
          const now = clock.now()
          const updated = await repo.updateTicket(tx, row.id, {
            ...touch(row, 'reporter', now),
            satisfaction: input.satisfaction,
            satisfactionComment: input.comment || null,
            ratedAt: now,
          })
          await audit.record(tx, actor, {
            action: 'helpdesk.rated',
            entity: 'helpdesk_ticket',
            entityId: row.id,
            after: { satisfaction: updated.satisfaction, comment: updated.satisfactionComment },
          })
          return { row: updated }
        },
      )
    },

    // ---------- attachments ----------
    /**
     * A screenshot or PDF on a ticket (whoever may reply, while not selesai). Visibility and
     * state are checked before a byte is stored; the type comes from the content (400), the
     * size is limited (413); a rejected upload leaves no file and no row.
     */
    async addAttachment(
      actor: Actor,
      id: string,
      read: (stage: HelpdeskStager) => Promise<HelpdeskUpload>,
    ) {
      const { instansiId, row, viewer } = await readable(actor, id)
      if (!ticketActions(row, viewer).includes('reply')) throw ticketDone()
      const upload = await read(stager())
      const { staged } = upload
      let placed = false
      try {
        const inserted = await db.transaction(async (tx) => {
          await repo.lockFileKey(tx, staged.key)
          const current = await repo.lockTicket(tx, instansiId, id)
          if (!current) throw notFound('Tiket')
          if (!ticketActions(current, viewer).includes('reply')) throw ticketDone()
          if ((await repo.countAttachments(tx, id)) >= MAX_HELPDESK_ATTACHMENTS)
            throw conflict(
              'ATTACHMENT_LIMIT',
              `Satu tiket paling banyak memiliki ${MAX_HELPDESK_ATTACHMENTS} lampiran`,
            )
          const now = clock.now()
          const att = await repo.insertAttachment(tx, {
            instansiId,
            ticketId: id,
            uploadedByUserId: actor.userId,
            fileKey: staged.key,
            fileName: upload.fileName,
            mimeType: staged.mimeType,
            size: staged.size,
            createdAt: now,
          })
          await repo.updateTicket(tx, id, {
            updatedAt: now,
            ...(viewer.isReporter ? { reporterActivityAt: now } : { staffActivityAt: now }),
          })
          await audit.record(tx, actor, {
            action: 'helpdesk.attachment_added',
            entity: 'helpdesk_ticket',
            entityId: id,
            after: att,
          })
          await staged.commit()
          placed = true
          return att
        })
        return presentAttachment(inserted)
      } catch (e) {
        if (placed) await releaseFile(staged.key)
        else await staged.discard()
        throw e
      }
    },

    /** The bytes of an attachment for whoever may see its ticket; everyone else 404. */
    async attachmentFile(actor: Actor, attachmentId: string): Promise<HelpdeskDownload> {
      const instansiId = requireInstansi(actor, 'Berkas')
      const att = await repo.findAttachment(db, instansiId, attachmentId)
      if (!att) throw notFound('Berkas')
      const row = await repo.findTicket(db, instansiId, att.ticketId)
      const viewer = row ? ticketViewer(actor, row) : null
      if (!viewer || (!viewer.isReporter && !viewer.isStaff)) throw notFound('Berkas')
      const file = await fileStore.open(att.fileKey)
      if (!file) throw notFound('Berkas')
      return {
        stream: file.stream,
        size: file.size,
        mimeType: att.mimeType,
        contentDisposition: contentDisposition(downloadFileName(att.fileName, att.mimeType)),
      }
    },

    /** Who tickets can be assigned to (PIC first, then admins), with their open tickets. */
    async listStaff(actor: Actor): Promise<{ items: HelpdeskStaff[] }> {
      const instansiId = requireStaff(actor)
      const people = await staff.helpdeskStaffOf(db, instansiId)
      const open = await repo.openTicketCounts(
        db,
        instansiId,
        people.map((p) => p.userId),
      )
      const items = people.map((p): HelpdeskStaff => ({
        userId: p.userId,
        name: p.displayName,
        role: p.roles.includes('pic_helpdesk') ? 'pic' : 'admin',
        openTickets: open.get(p.userId) ?? 0,
      }))
      return {
        items: [...items].sort((a, b) => Number(a.role !== 'pic') - Number(b.role !== 'pic')),
      }
    },

    // ---------- settings ----------
    /** The SLA settings (defaults, version 0, until an admin saves); the PIC side reads them. */
    async getSettings(actor: Actor): Promise<HelpdeskSettings> {
      const instansiId = requireStaff(actor)
      return presentSettings(await repo.findSettings(db, instansiId))
    },

    /** The admin changes the SLA (audited; a stale version → 409 with the current settings). */
    async updateSettings(actor: Actor, input: HelpdeskSettings): Promise<HelpdeskSettings> {
      const instansiId = requireInstansi(actor, 'Halaman')
      if (!isHelpdeskAdmin(actor, instansiId))
        throw forbidden('Hanya admin instansi yang dapat mengubah pengaturan helpdesk', 'NOT_ADMIN')
      const row = await db.transaction(async (tx) => {
        const before = await repo.lockSettings(tx, instansiId)
        if (input.version !== undefined && input.version !== before.version)
          throw versionConflict(presentSettings(before))
        const after = await repo.updateSettings(tx, instansiId, {
          firstResponseHours: input.firstResponseHours,
          resolutionHours: input.resolutionHours,
          version: before.version + 1,
          updatedAt: clock.now(),
        })
        await audit.record(tx, actor, {
          action: 'helpdesk.settings_updated',
          entity: 'helpdesk_settings',
          entityId: instansiId,
          before,
          after,
        })
        return after
      })
      return presentSettings(row)
    },

    // ---------- stats ----------
    /**
     * Tickets created between `from` and `to` (days in the instansi's time zone; default the
     * last 30 days): by status and category, response and resolution times, SLA met, and
     * satisfaction. The PIC side only.
     */
    async stats(
      actor: Actor,
      q: z.output<typeof helpdeskStatsQuerySchema>,
    ): Promise<HelpdeskStats> {
      const instansiId = requireStaff(actor)
      const { timeZone, today } = await zoneOf(instansiId)
      const to = q.to ?? today
      const from = q.from ?? addDays(to, -29)
      const fields: Record<string, string> = {}
      if (!isRealDate(from)) fields.from = 'Tanggal tidak ada di kalender'
      if (!isRealDate(to)) fields.to = 'Tanggal tidak ada di kalender'
      if (!fields.from && !fields.to && from > to)
        fields.to = 'Tanggal akhir tidak boleh sebelum tanggal awal'
      if (Object.keys(fields).length) throw validationFailed(fields, 'INVALID_RANGE')
      const start = new Date(new Date(endOfDayIso(addDays(from, -1), timeZone)).getTime() + 1)
      const end = new Date(new Date(endOfDayIso(to, timeZone)).getTime() + 1)
      const { row, byCategory } = await repo.ticketStats(db, instansiId, start, end, clock.now())
      const round1 = (v: number | null) => (v == null ? null : Math.round(v * 10) / 10)
      const percent = (met: number, of: number) => (of === 0 ? null : round1((met * 100) / of))
      return {
        from,
        to,
        total: row.total,
        byStatus: {
          baru: row.baru,
          diproses: row.diproses,
          menunggu_pengguna: row.menunggu_pengguna,
          selesai: row.selesai,
        },
        byCategory: TICKET_CATEGORIES.map((category) => ({
          category,
          label: TICKET_CATEGORY_LABEL[category],
          count: byCategory.get(category) ?? 0,
        })),
        firstResponseMinutes: { median: round1(row.frMedian), average: round1(row.frAverage) },
        resolutionMinutes: { median: round1(row.resMedian), average: round1(row.resAverage) },
        slaFirstResponseMetPercent: percent(row.frMet, row.frDecided),
        slaResolutionMetPercent: percent(row.resMet, row.resDecided),
        satisfactionAverage: row.satAverage == null ? null : Math.round(row.satAverage * 100) / 100,
        satisfactionCount: row.satCount,
      }
    },

    // ---------- FAQ ----------
    /** Everyone reads the published entries; the PIC side reads all (drafts too). */
    async listFaq(actor: Actor, q: z.output<typeof faqListQuerySchema>): Promise<{ items: Faq[] }> {
      const instansiId = requireInstansi(actor, 'FAQ')
      const rows = await repo.listFaq(db, instansiId, {
        publishedOnly: !isHelpdeskStaff(actor, instansiId),
        q: q.q || undefined,
      })
      return { items: rows.map(presentFaq) }
    },

    async createFaq(actor: Actor, input: z.output<typeof faqInputSchema>): Promise<Faq> {
      const instansiId = requireStaff(actor)
      const now = clock.now()
      const row = await db.transaction(async (tx) => {
        const inserted = await repo.insertFaq(tx, {
          instansiId,
          ...input,
          createdByUserId: actor.userId,
          updatedByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await audit.record(tx, actor, {
          action: 'helpdesk.faq_created',
          entity: 'helpdesk_faq',
          entityId: inserted.id,
          after: inserted,
        })
        return inserted
      })
      return presentFaq(row)
    },

    async updateFaq(
      actor: Actor,
      id: string,
      input: z.output<typeof faqUpdateSchema>,
    ): Promise<Faq> {
      const instansiId = await faqWriter(actor, id)
      const row = await db.transaction(async (tx) => {
        const before = await repo.lockFaq(tx, instansiId, id)
        if (!before) throw notFound('FAQ')
        if (before.version !== input.version) throw versionConflict(presentFaq(before))
        const after = await repo.updateFaq(tx, id, {
          question: input.question,
          answer: input.answer,
          category: input.category,
          published: input.published,
          sortOrder: input.sortOrder,
          version: before.version + 1,
          updatedByUserId: actor.userId,
          updatedAt: clock.now(),
        })
        await audit.record(tx, actor, {
          action: 'helpdesk.faq_updated',
          entity: 'helpdesk_faq',
          entityId: id,
          before,
          after,
        })
        return after
      })
      return presentFaq(row)
    },

    async deleteFaq(actor: Actor, id: string): Promise<void> {
      const instansiId = await faqWriter(actor, id)
      await db.transaction(async (tx) => {
        const before = await repo.lockFaq(tx, instansiId, id)
        if (!before) throw notFound('FAQ')
        await repo.deleteFaq(tx, id)
        await audit.record(tx, actor, {
          action: 'helpdesk.faq_deleted',
          entity: 'helpdesk_faq',
          entityId: id,
          before,
        })
      })
    },

    // ---------- onboarding ----------
    /** The signed-in person's first-login tour state. */
    async getOnboarding(actor: Actor) {
      const row = await repo.findGuideProgress(db, actor.userId)
      return {
        tourDone: row?.tourDone ?? false,
        completedAt: row?.completedAt?.toISOString() ?? null,
      }
    },

    /** Marks the tour done (or not, to see it again). */
    async setOnboarding(actor: Actor, done: boolean) {
      const now = clock.now()
      const row = await db.transaction(async (tx) => {
        const before = await repo.findGuideProgress(tx, actor.userId)
        const after = await repo.upsertGuideProgress(tx, {
          userId: actor.userId,
          instansiId: actor.instansiId,
          tourDone: done,
          completedAt: done ? (before?.tourDone ? before.completedAt : now) : null,
          at: now,
        })
        await audit.record(tx, actor, {
          action: 'helpdesk.onboarding_updated',
          entity: 'guide_progress',
          entityId: actor.userId,
          before: before ? { tourDone: before.tourDone } : null,
          after: { tourDone: after.tourDone },
        })
        return after
      })
      return { tourDone: row.tourDone, completedAt: row.completedAt?.toISOString() ?? null }
    },
  }

  /** A FAQ entry the actor may change: unseen (a draft for a pegawai) → 404, seen → 403. */
  async function faqWriter(actor: Actor, id: string): Promise<string> {
    const instansiId = requireInstansi(actor, 'FAQ')
    const row = await repo.findFaq(db, instansiId, id)
    const isStaff = isHelpdeskStaff(actor, instansiId)
    if (!row || (!row.published && !isStaff)) throw notFound('FAQ')
    if (!isStaff)
      throw forbidden('Hanya PIC helpdesk atau admin yang dapat mengubah FAQ', 'NOT_STAFF')
    return instansiId
  }

  return service
}

export type HelpdeskService = ReturnType<typeof createHelpdeskService>
