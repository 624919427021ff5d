import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNull,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm'
import type { TicketCategory, TicketStatus } from '../../../shared/helpdesk.ts'
import type { Executor } from '../../db/client.ts'
import {
  guideProgress,
  helpdeskAttachments,
  helpdeskFaq,
  helpdeskMessages,
  helpdeskSettings,
  helpdeskTicketCounters,
  helpdeskTickets,
} from './helpdesk.tables.ts'

export type TicketRow = typeof helpdeskTickets.$inferSelect
export type TicketInsert = typeof helpdeskTickets.$inferInsert
export type MessageRow = typeof helpdeskMessages.$inferSelect
export type AttachmentRow = typeof helpdeskAttachments.$inferSelect
export type FaqRow = typeof helpdeskFaq.$inferSelect
export type SettingsRow = typeof helpdeskSettings.$inferSelect

// ---------- tickets ----------
/**
 * The next number of an instansi's year. The upsert locks the counter row until the caller's
 * transaction ends, so concurrent tickets of the same instansi and year queue up here: numbers
 * never repeat and the routing that follows sees the tickets committed before it.
 */
export async function nextTicketSeq(tx: Executor, instansiId: string, year: number) {
  const [row] = await tx
    .insert(helpdeskTicketCounters)
    .values({ instansiId, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [helpdeskTicketCounters.instansiId, helpdeskTicketCounters.year],
      set: { lastSeq: sql`${helpdeskTicketCounters.lastSeq} + 1` },
    })
    .returning({ seq: helpdeskTicketCounters.lastSeq })
  if (!row) throw new Error('helpdesk counter upsert returned no row')
  return row.seq
}

/** Open (not selesai) tickets per assignee among these accounts. */
export async function openTicketCounts(
  ex: Executor,
  instansiId: string,
  userIds: readonly string[],
): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map()
  const rows = await ex
    .select({ userId: helpdeskTickets.assigneeUserId, n: count() })
    .from(helpdeskTickets)
    .where(
      and(
        eq(helpdeskTickets.instansiId, instansiId),
        inArray(helpdeskTickets.assigneeUserId, [...userIds]),
        ne(helpdeskTickets.status, 'selesai'),
      ),
    )
    .groupBy(helpdeskTickets.assigneeUserId)
  return new Map(rows.flatMap((r) => (r.userId ? [[r.userId, r.n] as const] : [])))
}

export async function insertTicket(tx: Executor, values: TicketInsert) {
  const [row] = await tx.insert(helpdeskTickets).values(values).returning()
  if (!row) throw new Error('ticket insert returned no row')
  return row
}

export async function findTicket(ex: Executor, instansiId: string, id: string) {
  const [row] = await ex
    .select()
    .from(helpdeskTickets)
    .where(and(eq(helpdeskTickets.instansiId, instansiId), eq(helpdeskTickets.id, id)))
  return row
}

export async function lockTicket(tx: Executor, instansiId: string, id: string) {
  const [row] = await tx
    .select()
    .from(helpdeskTickets)
    .where(and(eq(helpdeskTickets.instansiId, instansiId), eq(helpdeskTickets.id, id)))
    .for('update')
  return row
}

export async function updateTicket(
  tx: Executor,
  id: string,
  patch: Partial<Omit<TicketInsert, 'id' | 'instansiId'>>,
) {
  const [row] = await tx
    .update(helpdeskTickets)
    .set(patch)
    .where(eq(helpdeskTickets.id, id))
    .returning()
  if (!row) throw new Error('ticket update returned no row')
  return row
}

/** Remembers that one side opened the ticket (no version bump: nothing the others edit). */
export async function markSeen(ex: Executor, id: string, side: 'reporter' | 'staff', at: Date) {
  await ex
    .update(helpdeskTickets)
    .set(side === 'reporter' ? { reporterSeenAt: at } : { staffSeenAt: at })
    .where(eq(helpdeskTickets.id, id))
}

export type TicketListFilter = {
  instansiId: string
  /** mine: the reporter's own tickets, newest activity first. */
  reporterUserId?: string
  /** queue: an assignee, or null = unassigned; undefined = everyone's. */
  assigneeUserId?: string | null
  status?: TicketStatus
  q?: string
  order: 'mine' | 'queue'
  page: number
  pageSize: number
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export async function listTickets(ex: Executor, f: TicketListFilter) {
  const where: SQL[] = [eq(helpdeskTickets.instansiId, f.instansiId)]
  if (f.reporterUserId) where.push(eq(helpdeskTickets.reporterUserId, f.reporterUserId))
  if (f.assigneeUserId === null) where.push(isNull(helpdeskTickets.assigneeUserId))
  else if (f.assigneeUserId) where.push(eq(helpdeskTickets.assigneeUserId, f.assigneeUserId))
  if (f.status) where.push(eq(helpdeskTickets.status, f.status))
  if (f.q) {
    const q = `%${likeEscape(f.q)}%`
    where.push(
      or(
        ilike(helpdeskTickets.number, q),
        ilike(helpdeskTickets.subject, q),
        ilike(helpdeskTickets.reporterName, q),
      ) as SQL,
    )
  }
  const cond = and(...where)
  // The queue: open tickets first, oldest first (first come, first served); finished ones after,
  // most recently finished first. My tickets: latest activity first.
  const order =
    f.order === 'queue'
      ? [
          sql`(${helpdeskTickets.status} = 'selesai')`,
          sql`case when ${helpdeskTickets.status} = 'selesai' then null else ${helpdeskTickets.createdAt} end asc`,
          desc(helpdeskTickets.resolvedAt),
          asc(helpdeskTickets.id),
        ]
      : [desc(helpdeskTickets.updatedAt), asc(helpdeskTickets.id)]
  const [rows, [total]] = await Promise.all([
    ex
      .select()
      .from(helpdeskTickets)
      .where(cond)
      .orderBy(...order)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    ex.select({ n: count() }).from(helpdeskTickets).where(cond),
  ])
  return { rows, total: total?.n ?? 0 }
}

// ---------- messages ----------
export async function insertMessage(tx: Executor, values: typeof helpdeskMessages.$inferInsert) {
  const [row] = await tx.insert(helpdeskMessages).values(values).returning()
  if (!row) throw new Error('message insert returned no row')
  return row
}

export async function listMessages(ex: Executor, ticketId: string) {
  return ex
    .select()
    .from(helpdeskMessages)
    .where(eq(helpdeskMessages.ticketId, ticketId))
    .orderBy(asc(helpdeskMessages.seq))
}

// ---------- attachments ----------
export async function insertAttachment(
  tx: Executor,
  values: typeof helpdeskAttachments.$inferInsert,
) {
  const [row] = await tx.insert(helpdeskAttachments).values(values).returning()
  if (!row) throw new Error('attachment insert returned no row')
  return row
}

export async function listAttachments(ex: Executor, ticketId: string) {
  return ex
    .select()
    .from(helpdeskAttachments)
    .where(eq(helpdeskAttachments.ticketId, ticketId))
    .orderBy(asc(helpdeskAttachments.seq))
}

export async function countAttachments(ex: Executor, ticketId: string) {
  const [row] = await ex
    .select({ n: count() })
    .from(helpdeskAttachments)
    .where(eq(helpdeskAttachments.ticketId, ticketId))
  return row?.n ?? 0
}

export async function findAttachment(ex: Executor, instansiId: string, id: string) {
  const [row] = await ex
    .select()
    .from(helpdeskAttachments)
    .where(and(eq(helpdeskAttachments.instansiId, instansiId), eq(helpdeskAttachments.id, id)))
  return row
}

/** Serialises writers of one file key (an upload and a removal of the same content). */
export async function lockFileKey(tx: Executor, key: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`helpdesk-file:${key}`}, 0))`,
  )
}

export async function countFileKeyRefs(ex: Executor, key: string) {
  const [row] = await ex
    .select({ n: count() })
    .from(helpdeskAttachments)
    .where(eq(helpdeskAttachments.fileKey, key))
  return row?.n ?? 0
}

// ---------- stats (aggregate SQL) ----------
export type StatsRow = {
  total: number
  baru: number
  diproses: number
  menunggu_pengguna: number
  selesai: number
  frMedian: number | null
  frAverage: number | null
  resMedian: number | null
  resAverage: number | null
  frDecided: number
  frMet: number
  resDecided: number
  resMet: number
  satAverage: number | null
  satCount: number
}

/**
 * Tickets created in [from, to): counts by status, minutes to the first response and to
 * selesai (median and mean), SLA met among the tickets whose SLA is decided by `now` (answered
 * or resolved, or past due), and satisfaction. One statement over the (instansi, created_at)
 * index; a second one for the categories.
 */
export async function ticketStats(
  ex: Executor,
  instansiId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<{ row: StatsRow; byCategory: Map<TicketCategory, number> }> {
  const t = helpdeskTickets
  const inRange = and(
    eq(t.instansiId, instansiId),
    sql`${t.createdAt} >= ${from.toISOString()}::timestamptz`,
    sql`${t.createdAt} < ${to.toISOString()}::timestamptz`,
  )
  const nowSql = sql`${now.toISOString()}::timestamptz`
  const frMinutes = sql`extract(epoch from (${t.firstResponseAt} - ${t.createdAt})) / 60.0`
  const resMinutes = sql`extract(epoch from (${t.resolvedAt} - ${t.createdAt})) / 60.0`
  const [row] = await ex
    .select({
      total: sql<number>`count(*)::int`,
      baru: sql<number>`count(*) filter (where ${t.status} = 'baru')::int`,
      diproses: sql<number>`count(*) filter (where ${t.status} = 'diproses')::int`,
      menunggu_pengguna: sql<number>`count(*) filter (where ${t.status} = 'menunggu_pengguna')::int`,
      selesai: sql<number>`count(*) filter (where ${t.status} = 'selesai')::int`,
      frMedian: sql<
        number | null
      >`(percentile_cont(0.5) within group (order by ${frMinutes}) filter (where ${t.firstResponseAt} is not null))::float8`,
      frAverage: sql<
        number | null
      >`(avg(${frMinutes}) filter (where ${t.firstResponseAt} is not null))::float8`,
      resMedian: sql<
        number | null
      >`(percentile_cont(0.5) within group (order by ${resMinutes}) filter (where ${t.resolvedAt} is not null))::float8`,
      resAverage: sql<
        number | null
      >`(avg(${resMinutes}) filter (where ${t.resolvedAt} is not null))::float8`,
      frDecided: sql<number>`count(*) filter (where ${t.firstResponseAt} is not null or ${t.firstResponseDueAt} < ${nowSql})::int`,
      frMet: sql<number>`count(*) filter (where ${t.firstResponseAt} <= ${t.firstResponseDueAt})::int`,
      resDecided: sql<number>`count(*) filter (where ${t.resolvedAt} is not null or ${t.resolutionDueAt} < ${nowSql})::int`,
      resMet: sql<number>`count(*) filter (where ${t.resolvedAt} <= ${t.resolutionDueAt})::int`,
      satAverage: sql<number | null>`(avg(${t.satisfaction}))::float8`,
      satCount: sql<number>`count(${t.satisfaction})::int`,
    })
    .from(t)
    .where(inRange)
  const cats = await ex
    .select({ category: t.category, n: count() })
    .from(t)
    .where(inRange)
    .groupBy(t.category)
  if (!row) throw new Error('stats query returned no row')
  return { row, byCategory: new Map(cats.map((c) => [c.category, c.n])) }
}

// ---------- FAQ ----------
export async function listFaq(
  ex: Executor,
  instansiId: string,
  f: { publishedOnly: boolean; q?: string },
) {
  const where: SQL[] = [eq(helpdeskFaq.instansiId, instansiId)]
  if (f.publishedOnly) where.push(eq(helpdeskFaq.published, true))
  if (f.q) {
    const q = `%${likeEscape(f.q)}%`
    where.push(or(ilike(helpdeskFaq.question, q), ilike(helpdeskFaq.answer, q)) as SQL)
  }
  return ex
    .select()
    .from(helpdeskFaq)
    .where(and(...where))
    .orderBy(asc(helpdeskFaq.sortOrder), asc(helpdeskFaq.createdAt), asc(helpdeskFaq.id))
}

export async function findFaq(ex: Executor, instansiId: string, id: string) {
  const [row] = await ex
    .select()
    .from(helpdeskFaq)
    .where(and(eq(helpdeskFaq.instansiId, instansiId), eq(helpdeskFaq.id, id)))
  return row
}

export async function lockFaq(tx: Executor, instansiId: string, id: string) {
  const [row] = await tx
    .select()
    .from(helpdeskFaq)
    .where(and(eq(helpdeskFaq.instansiId, instansiId), eq(helpdeskFaq.id, id)))
    .for('update')
  return row
}

export async function insertFaq(tx: Executor, values: typeof helpdeskFaq.$inferInsert) {
  const [row] = await tx.insert(helpdeskFaq).values(values).returning()
  if (!row) throw new Error('faq insert returned no row')
  return row
}

export async function updateFaq(
  tx: Executor,
  id: string,
  patch: Partial<Omit<typeof helpdeskFaq.$inferInsert, 'id' | 'instansiId'>>,
) {
  const [row] = await tx.update(helpdeskFaq).set(patch).where(eq(helpdeskFaq.id, id)).returning()
  if (!row) throw new Error('faq update returned no row')
  return row
}

export async function deleteFaq(tx: Executor, id: string) {
  await tx.delete(helpdeskFaq).where(eq(helpdeskFaq.id, id))
}

// ---------- settings ----------
export async function findSettings(ex: Executor, instansiId: string) {
  const [row] = await ex
    .select()
    .from(helpdeskSettings)
    .where(eq(helpdeskSettings.instansiId, instansiId))
  return row
}

export async function lockSettings(tx: Executor, instansiId: string) {
  await tx.insert(helpdeskSettings).values({ instansiId }).onConflictDoNothing()
  const [row] = await tx
    .select()
    .from(helpdeskSettings)
    .where(eq(helpdeskSettings.instansiId, instansiId))
    .for('update')
  if (!row) throw new Error('helpdesk settings row missing')
  return row
}

export async function updateSettings(
  tx: Executor,
  instansiId: string,
  patch: Partial<Omit<typeof helpdeskSettings.$inferInsert, 'instansiId'>>,
) {
  const [row] = await tx
    .update(helpdeskSettings)
    .set(patch)
    .where(eq(helpdeskSettings.instansiId, instansiId))
    .returning()
  if (!row) throw new Error('helpdesk settings row missing')
  return row
}

// ---------- onboarding ----------
export async function findGuideProgress(ex: Executor, userId: string) {
  const [row] = await ex.select().from(guideProgress).where(eq(guideProgress.userId, userId))
  return row
}

export async function upsertGuideProgress(
  tx: Executor,
  values: {
    userId: string
    instansiId: string | null
    tourDone: boolean
    completedAt: Date | null
    at: Date
  },
) {
  const [row] = await tx
    .insert(guideProgress)
    .values({
      userId: values.userId,
      instansiId: values.instansiId,
      tourDone: values.tourDone,
      completedAt: values.completedAt,
      createdAt: values.at,
      updatedAt: values.at,
    })
    .onConflictDoUpdate({
      target: guideProgress.userId,
      set: { tourDone: values.tourDone, completedAt: values.completedAt, updatedAt: values.at },
    })
    .returning()
  if (!row) throw new Error('guide progress upsert returned no row')
  return row
}
