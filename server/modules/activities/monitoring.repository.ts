import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Verdict } from '../../../shared/activities.ts'
import type { Executor } from '../../db/client.ts'
import { activitySettings, dailyProgress, progressVerifications } from './activities.tables.ts'
import { progressTextCounts } from './text-counts.tables.ts'

export type ProgressRef = {
  id: string
  instansiId: string
  pegawaiId: string
  skpId: string | null
  date: string
  verificationStatus: (typeof dailyProgress.$inferSelect)['verificationStatus']
  version: number
}

const refColumns = {
  id: dailyProgress.id,
  instansiId: dailyProgress.instansiId,
  pegawaiId: dailyProgress.pegawaiId,
  skpId: dailyProgress.skpId,
  date: dailyProgress.date,
  verificationStatus: dailyProgress.verificationStatus,
  version: dailyProgress.version,
}

/** The instansi's stage-2 settings row (absent until an admin saves them). */
export async function findSettings(db: Executor, instansiId: string) {
  const [row] = await db
    .select()
    .from(activitySettings)
    .where(eq(activitySettings.instansiId, instansiId))
  return row
}

// ---------- monitoring aggregates: one query each, whatever the number of people ----------
// Every scan is bounded: entries by the period (the partition key `date`, so only the period's
// monthly partitions are read, through daily_progress_pegawai_date_idx), duplicate texts by the
// counter table progress_text_counts (decision 0021), RHK activity by the stale window, the last
// entry day by the per-month aggregate report_progress_months (kept exact by triggers, migration
// 0008; read as raw SQL because it belongs to the reports module).

/** Minutes of an entry from its `HH:MM` start and end (end is after start, a CHECK holds it). */
const minutesOf = sql`((split_part(e.end_time, ':', 1)::int * 60 + split_part(e.end_time, ':', 2)::int) - (split_part(e.start_time, ':', 1)::int * 60 + split_part(e.start_time, ':', 2)::int))`

export type ActivityCounts = {
  pegawaiId: string
  entriesOnDate: number
  minutesOnDate: number
  entriesInPeriod: number
  lateInPeriod: number
  pendingInPeriod: number
  flaggedInPeriod: number
}

/**
 * Per person: entries and minutes on `date`, and within `period` (which contains `date`) the
 * entries, late ones, those waiting for verification and flagged ones. Flagged = stored flags,
 * or the same normalised text on at least `duplicateMinCount` entries of the instansi, any day
 * (the `duplicate` flag of the daily page, derived from text_hash at read time because it
 * depends on colleagues). One statement: the people's entries of the period are read once
 * (CTE); each distinct text of an entry without stored flags is then looked up in
 * progress_text_counts (the exact entry count per instansi and text, kept by triggers on
 * daily_progress, migration 0009, decision 0021) through its partial index of the texts used
 * at least twice (`n >= 2` is repeated literally for the planner; duplicateMinCount is at least
 * 2): no count over every monthly partition.
 */
export async function countActivity(
  db: Executor,
  f: {
    instansiId: string
    pegawaiIds: readonly string[]
    date: string
    period: { from: string; to: string } | null
    duplicateMinCount: number
  },
): Promise<ActivityCounts[]> {
  if (f.pegawaiIds.length === 0) return []
  const ids = sql.param([...f.pegawaiIds])
  // Without a period only the day itself is read; the period counts are then 0.
  const from = f.period?.from ?? f.date
  const to = f.period?.to ?? f.date
  const inPeriod = f.period ? sql`true` : sql`false`
  const min = f.duplicateMinCount
  const result = await db.execute<{
    pegawai_id: string
    entries_on_date: number
    minutes_on_date: number
    entries_in_period: number
    late_in_period: number
    pending_in_period: number
    flagged_in_period: number
  }>(sql`
    with e as materialized (
      select pegawai_id, date, start_time, end_time, late, verification_status, flags, text_hash
      from daily_progress
      where instansi_id = ${f.instansiId}
        and pegawai_id = any(${ids}::uuid[])
        and date between ${from}::date and ${to}::date
    ),
    dup as (
      select c.text_hash
      from (select distinct text_hash from e where ${inPeriod} and cardinality(flags) = 0) h
      join ${progressTextCounts} c
        on c.instansi_id = ${f.instansiId} and c.text_hash = h.text_hash
      where c.n >= ${min} and c.n >= 2
    )
    select e.pegawai_id,
      count(*) filter (where e.date = ${f.date}::date) as entries_on_date,
      coalesce(sum(${minutesOf}) filter (where e.date = ${f.date}::date), 0) as minutes_on_date,
      count(*) filter (where ${inPeriod}) as entries_in_period,
      count(*) filter (where ${inPeriod} and e.late) as late_in_period,
      count(*) filter (where ${inPeriod} and e.verification_status = 'pending') as pending_in_period,
      count(*) filter (where ${inPeriod} and (cardinality(e.flags) > 0
        or e.text_hash in (select text_hash from dup))) as flagged_in_period
    from e
    group by e.pegawai_id`)
  // bigint counts and sums arrive as numbers (server/db/client.ts sets the INT8 parser).
  return result.rows.map((r) => ({
    pegawaiId: r.pegawai_id,
    entriesOnDate: r.entries_on_date,
    minutesOnDate: r.minutes_on_date,
    entriesInPeriod: r.entries_in_period,
    lateInPeriod: r.late_in_period,
    pendingInPeriod: r.pending_in_period,
    flaggedInPeriod: r.flagged_in_period,
  }))
}

/**
 * Each person's latest entry day up to `upTo`, from report_progress_months (one row per person
 * and month with a bit per day that has an entry): one backward index probe per person on its
 * primary key (instansi_id, pegawai_id, month) instead of a max(date) over every partition.
 * People without any entry up to `upTo` are left out.
 */
export async function lastEntryDates(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
  upTo: string,
): Promise<{ pegawaiId: string; last: string }[]> {
  if (pegawaiIds.length === 0) return []
  const month = `${upTo.slice(0, 7)}-01`
  // Days 1..d of the month of `upTo` (bit k = day k + 1); at most 2^31 - 1, an int.
  const mask = 2 ** Number(upTo.slice(8, 10)) - 1
  const bits = sql`(m.day_bits & case when m.month = ${month}::date then ${mask}::int else -1 end)`
  const result = await db.execute<{ pegawai_id: string; last: string | null }>(sql`
    select p.id as pegawai_id,
      (select m.month + (32 - position('1' in ${bits}::bit(32)::text))
       from report_progress_months m
       where m.instansi_id = ${instansiId} and m.pegawai_id = p.id
         and m.month <= ${month}::date and ${bits} <> 0
       order by m.month desc
       limit 1) as last
    from unnest(${sql.param([...new Set(pegawaiIds)])}::uuid[]) as p(id)`)
  return result.rows.flatMap((r) => (r.last ? [{ pegawaiId: r.pegawai_id, last: r.last }] : []))
}

/**
 * The RHK (of `rhkIds`) with at least one activity between `from` and `to` (the stale-RHK
 * window): one probe per RHK on daily_progress_rhk_idx (rhk_id, date), only in the window's
 * partitions.
 */
export async function rhkActiveBetween(
  db: Executor,
  instansiId: string,
  rhkIds: readonly string[],
  window: { from: string; to: string },
): Promise<Set<string>> {
  if (rhkIds.length === 0) return new Set()
  const result = await db.execute<{ id: string }>(sql`
    select r.id from unnest(${sql.param([...new Set(rhkIds)])}::uuid[]) as r(id)
    where exists (
      select 1 from daily_progress d
      where d.rhk_id = r.id and d.date between ${window.from}::date and ${window.to}::date
        and d.instansi_id = ${instansiId})`)
  return new Set(result.rows.map((r) => r.id))
}

// ---------- verification ----------

export async function findProgressRef(
  db: Executor,
  instansiId: string,
  id: string,
): Promise<ProgressRef | undefined> {
  const [row] = await db
    .select(refColumns)
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), eq(dailyProgress.id, id)))
  return row
}

function selectRefs(db: Executor, instansiId: string, ids: readonly string[]) {
  return db
    .select(refColumns)
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), inArray(dailyProgress.id, [...ids])))
}

/** The entries, unlocked (to decide who may act on them before a transaction). */
export async function findProgressRefs(
  db: Executor,
  instansiId: string,
  ids: readonly string[],
): Promise<ProgressRef[]> {
  if (ids.length === 0) return []
  return selectRefs(db, instansiId, ids)
}

/** The entries, locked until the transaction ends (in id order, so concurrent bulks cannot deadlock). */
export async function lockProgressRefs(
  db: Executor,
  instansiId: string,
  ids: readonly string[],
): Promise<ProgressRef[]> {
  if (ids.length === 0) return []
  return selectRefs(db, instansiId, ids).orderBy(asc(dailyProgress.id)).for('update')
}

export async function insertVerifications(
  db: Executor,
  rows: readonly (typeof progressVerifications.$inferInsert)[],
) {
  if (rows.length === 0) return []
  return db
    .insert(progressVerifications)
    .values([...rows])
    .returning()
}

/** Mirrors the latest verdict on the entries and bumps their version (one statement). */
export async function markVerified(
  db: Executor,
  ids: readonly string[],
  verdict: Verdict,
  at: Date,
) {
  if (ids.length === 0) return []
  return db
    .update(dailyProgress)
    .set({
      verificationStatus: verdict,
      verifiedAt: at,
      version: sql`${dailyProgress.version} + 1`,
      updatedAt: at,
    })
    .where(inArray(dailyProgress.id, [...ids]))
    .returning({ id: dailyProgress.id, version: dailyProgress.version })
}

/** Every verdict on an entry, newest first. */
export async function listVerifications(db: Executor, progressId: string) {
  return db
    .select()
    .from(progressVerifications)
    .where(eq(progressVerifications.progressId, progressId))
    .orderBy(desc(progressVerifications.at))
}
