import type { z } from 'zod'
import type {
  FeedbackInput,
  FeedbackList,
  feedbackQuerySchema,
  feedbackReplySchema,
  FeedbackThread,
} from '../../../shared/activities.ts'
import { BERAKHLAK } from '../../../shared/rules/berakhlak.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { EventBus } from '../../lib/events.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { SkpService, WorkPlan } from '../skp/skp.service.ts'
import { atasanAccess, readAccess } from './activities.policy.ts'
import * as repo from './feedback.repository.ts'

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'atasanIndex' | 'pegawaiCards'>
  skp: Pick<SkpService, 'workPlansByIds'>
  events: EventBus
}

type AuthorRole = 'atasan' | 'pegawai'

export const EXCERPT_MAX = 140
/** When an admin acts for an atasan who is not in the system (e.g. the top JPT's). */
const ATASAN_OUTSIDE = 'Pejabat penilai di luar sistem'

/** One line of at most 140 characters for notifications. */
export function excerptOf(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim()
  return line.length <= EXCERPT_MAX ? line : `${line.slice(0, EXCERPT_MAX - 1).trimEnd()}…`
}

/** "RHK 2: Menyusun laporan…" or the BerAKHLAK value's name. */
function topicLabelOf(t: Pick<repo.ThreadRow, 'rhkId' | 'coreValue'>, plan: WorkPlan): string {
  if (t.coreValue) return BERAKHLAK[t.coreValue].label
  const r = plan.rhk.find((x) => x.id === t.rhkId)
  if (!r) return 'RHK'
  // Numbered by position within its jenis, as the SKP shows it (seq may start at 0 or 1).
  const same = plan.rhk.filter((x) => x.jenis === r.jenis).sort((a, b) => a.seq - b.seq)
  const n = same.findIndex((x) => x.id === r.id) + 1
  return `${r.jenis === 'tambahan' ? 'RHK tambahan' : 'RHK'} ${n}: ${r.text}`
}

export function createFeedbackService({ db, clock, audit, org, skp, events }: Deps) {
  async function planOf(instansiId: string, skpId: string): Promise<WorkPlan | undefined> {
    const plans = await skp.workPlansByIds(instansiId, [skpId])
    return [...plans.values()].find((p) => p.id === skpId)
  }

  /**
   * The actor's part in an SKP's umpan balik: the owner (pegawai side), the atasan side
   * (today's direct atasan incl. PLT/PLH, the snapshotted pejabat penilai, or an admin acting
   * for them), a reader (supervisors higher up), or nothing (404).
   */
  async function partOf(actor: Actor, plan: WorkPlan, instansiId: string) {
    const index = await org.atasanIndex(instansiId)
    const target = { instansiId, pegawaiId: plan.pegawaiId }
    const atasan = atasanAccess(actor, target, index, plan.atasanPegawaiId)
    const read = readAccess(actor, target, index)
    const role: AuthorRole | null = read === 'owner' ? 'pegawai' : atasan ? 'atasan' : null
    return { index, atasan, role, visible: !!(read ?? atasan) }
  }

  async function present(
    ex: Executor,
    actor: Actor,
    threads: readonly repo.ThreadRow[],
    plan: WorkPlan,
  ): Promise<FeedbackThread[]> {
    const messages = await repo.listMessages(
      ex,
      threads.map((t) => t.id),
    )
    return threads.map((t) => ({
      id: t.id,
      skpId: t.skpId,
      pegawaiId: t.pegawaiId,
      topicKind: t.topicKind,
      rhkId: t.rhkId,
      coreValue: t.coreValue,
      topicLabel: topicLabelOf(t, plan),
      lastMessageAt: t.lastMessageAt.toISOString(),
      messages: messages
        .filter((m) => m.threadId === t.id)
        .map((m) => ({
          id: m.id,
          authorName: m.authorName,
          authorRole: m.authorRole,
          mine: m.authorUserId === actor.userId,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
        })),
    }))
  }

  /** Who the admin acts for: the snapshotted pejabat penilai, else today's atasan. */
  async function actingForOf(instansiId: string, plan: WorkPlan, todaysAtasan: string | null) {
    const id = plan.atasanPegawaiId ?? todaysAtasan
    const name = id ? (await org.pegawaiCards(instansiId, [id])).get(id)?.fullName : undefined
    return { actingFor: name ?? ATASAN_OUTSIDE, actingForPegawaiId: id }
  }

  /** Writes one message (and the thread's last_message_at) with its audit row. */
  async function post(
    tx: Executor,
    actor: Actor,
    thread: repo.ThreadRow,
    role: AuthorRole,
    body: string,
    acting: { actingFor: string; actingForPegawaiId: string | null } | null,
  ) {
    const at = clock.now()
    const message = await repo.insertMessage(tx, {
      instansiId: thread.instansiId,
      threadId: thread.id,
      authorUserId: actor.userId,
      authorName: actor.displayName,
      authorRole: role,
      body,
      createdAt: at,
    })
    await repo.touchThread(tx, thread.id, at)
    await audit.record(tx, actor, {
      action: 'feedback.posted',
      entity: 'feedback_thread',
      entityId: thread.id,
      after: {
        messageId: message.id,
        skpId: thread.skpId,
        pegawaiId: thread.pegawaiId,
        topicKind: thread.topicKind,
        rhkId: thread.rhkId,
        coreValue: thread.coreValue,
        authorRole: role,
        ...(acting ?? {}),
      },
    })
  }

  /** After commit: the other party hears of the message (pegawai ↔ atasan). */
  async function announce(
    actor: Actor,
    thread: repo.ThreadRow,
    plan: WorkPlan,
    role: AuthorRole,
    body: string,
    todaysAtasan: string | null,
  ) {
    const to = role === 'atasan' ? thread.pegawaiId : (plan.atasanPegawaiId ?? todaysAtasan)
    if (!to || to === actor.pegawaiId) return
    await events.emit('feedback.posted', {
      instansiId: thread.instansiId,
      threadId: thread.id,
      skpId: thread.skpId,
      toPegawaiId: to,
      authorName: actor.displayName,
      authorRole: role,
      topicLabel: topicLabelOf(thread, plan),
      excerpt: excerptOf(body),
    })
  }

  async function threadView(actor: Actor, instansiId: string, id: string, plan: WorkPlan) {
    const row = await repo.findThread(db, instansiId, id)
    if (!row) throw notFound('Umpan balik')
    return (await present(db, actor, [row], plan))[0]!
  }

  const service = {
    /**
     * The umpan balik threads of an SKP with their messages: the owner, the atasan side,
     * supervisors above the owner and admins read them; everyone else gets 404.
     */
    async list(actor: Actor, q: z.output<typeof feedbackQuerySchema>): Promise<FeedbackList> {
      const instansiId = actor.instansiId
      if (!instansiId) throw notFound('SKP')
      const plan = await planOf(instansiId, q.skpId)
      if (!plan) throw notFound('SKP')
      const part = await partOf(actor, plan, instansiId)
      if (!part.visible) throw notFound('SKP')
      const threads = await repo.listThreads(db, instansiId, plan.id)
      return {
        skpId: plan.id,
        canStart: !!part.atasan,
        threads: await present(db, actor, threads, plan),
      }
    },

    /**
     * The atasan (or an admin acting for them, audited) writes umpan balik on an RHK of the SKP
     * or a BerAKHLAK value, at any time. The first message opens the topic's thread; later ones
     * are appended to it. The pegawai is told after commit.
     */
    async start(actor: Actor, input: FeedbackInput): Promise<FeedbackThread> {
      const instansiId = actor.instansiId
      if (!instansiId) throw notFound('SKP')
      const plan = await planOf(instansiId, input.skpId)
      if (!plan) throw notFound('SKP')
      const part = await partOf(actor, plan, instansiId)
      if (!part.visible) throw notFound('SKP')
      if (!part.atasan)
        throw forbidden(
          'Hanya atasan langsung pegawai ini (atau admin instansi atas namanya) yang dapat menulis umpan balik',
          'NOT_ATASAN',
        )
      const topic: repo.Topic =
        input.topicKind === 'rhk'
          ? { skpId: plan.id, topicKind: 'rhk', rhkId: input.rhkId ?? null, coreValue: null }
          : {
              skpId: plan.id,
              topicKind: 'perilaku',
              rhkId: null,
              coreValue: input.coreValue ?? null,
            }
      if (topic.rhkId && !plan.rhk.some((r) => r.id === topic.rhkId))
        throw validationFailed({ rhkId: 'RHK ini tidak ada di SKP tersebut' }, 'RHK_NOT_IN_SKP')
      const todaysAtasan = part.index.atasanOf(plan.pegawaiId)
      const acting =
        part.atasan === 'admin' ? await actingForOf(instansiId, plan, todaysAtasan) : null
      const thread = await db.transaction(async (tx) => {
        const found =
          (await repo.lockThreadByTopic(tx, topic)) ??
          (await repo.insertThreadIfAbsent(tx, {
            instansiId,
            ...topic,
            pegawaiId: plan.pegawaiId,
            createdByUserId: actor.userId,
            lastMessageAt: clock.now(),
            createdAt: clock.now(),
          })) ??
          // Opened by a concurrent first message that has committed meanwhile.
          (await repo.lockThreadByTopic(tx, topic))
        if (!found) throw notFound('Umpan balik')
        await post(tx, actor, found, 'atasan', input.body, acting)
        return found
      })
      await announce(actor, thread, plan, 'atasan', input.body, todaysAtasan)
      return threadView(actor, instansiId, thread.id, plan)
    },

    /**
     * A reply in a thread: the SKP's owner (as pegawai) or the atasan side (as atasan).
     * Supervisors higher up read but do not write (403); everyone else gets 404.
     */
    async reply(
      actor: Actor,
      threadId: string,
      input: z.output<typeof feedbackReplySchema>,
    ): Promise<FeedbackThread> {
      const instansiId = actor.instansiId
      if (!instansiId) throw notFound('Umpan balik')
      const existing = await repo.findThread(db, instansiId, threadId)
      const plan = existing ? await planOf(instansiId, existing.skpId) : undefined
      if (!existing || !plan) throw notFound('Umpan balik')
      const part = await partOf(actor, plan, instansiId)
      if (!part.visible) throw notFound('Umpan balik')
      if (!part.role)
        throw forbidden(
          'Hanya pegawai pemilik SKP dan atasan langsungnya yang dapat membalas umpan balik ini',
          'NOT_A_PARTY',
        )
      const role = part.role
      const todaysAtasan = part.index.atasanOf(plan.pegawaiId)
      const acting =
        role === 'atasan' && part.atasan === 'admin'
          ? await actingForOf(instansiId, plan, todaysAtasan)
          : null
      const thread = await db.transaction(async (tx) => {
        const locked = await repo.lockThread(tx, existing.id)
        if (!locked) throw notFound('Umpan balik')
        await post(tx, actor, locked, role, input.body, acting)
        return locked
      })
      await announce(actor, thread, plan, role, input.body, todaysAtasan)
      return threadView(actor, instansiId, thread.id, plan)
    },
  }
  return service
}

export type FeedbackService = ReturnType<typeof createFeedbackService>
