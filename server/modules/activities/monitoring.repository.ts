import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Verdict } from '../../../shared/activities.ts'
import type { Executor } from '../../db/client.ts'
import { activitySettings, dailyProgress, progressVerifications } from './activities.tables.ts'
import { monitoringMonths } from './monitoring.tables.ts'
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

export type ViewContext = {
  timeZone: string
  /** The instansi's day at `now` (in its time zone), as PostgreSQL computes it. */
  today: string
  staleRhkWeeks: number
  duplicateMinCount: number
  /** The period of the year's assessment frequency containing the viewed day, or null. */
  period: { id: string; name: string; startDate: string; endDate: string } | null
}

/**
 * What the view needs of the instansi before anything else, in one statement (decision 0026):
 * its time zone (and so today), the two thresholds of its stage-2 settings (defaults until an
 * admin saves them), and the period containing the viewed day (`date`, else today) as the
 * periods module's periodContaining chooses it: the year's assessment frequency, the earliest
 * period of that kind containing the day. The other modules' tables (instansi, performance_years,
 * periods) are read as raw SQL. Undefined for an unknown instansi.
 */
export async function viewContext(
  db: Executor,
  f: {
    instansiId: string
    now: Date
    date: string | undefined
    defaults: { staleRhkWeeks: number; duplicateMinCount: number }
  },
): Promise<ViewContext | undefined> {
  const result = await db.execute<{
    time_zone: string
    today: string
    stale_rhk_weeks: number
    duplicate_min_count: number
    period_id: string | null
    period_name: string | null
    start_date: string | null
    end_date: string | null
  }>(sql`
    with i as (
      select i.id, i.time_zone, (${f.now.toISOString()}::timestamptz at time zone i.time_zone)::date as today
      from instansi i where i.id = ${f.instansiId}
    ),
    d as (select i.*, coalesce(${f.date ?? null}::date, i.today) as day from i)
    select d.time_zone, d.today::text as today,
      coalesce(s.stale_rhk_weeks, ${f.defaults.staleRhkWeeks}::int) as stale_rhk_weeks,
      coalesce(s.duplicate_min_count, ${f.defaults.duplicateMinCount}::int) as duplicate_min_count,
      p.id as period_id, p.name as period_name, p.start_date::text as start_date,
      p.end_date::text as end_date
    from d
    left join ${activitySettings} s on s.instansi_id = d.id
    left join performance_years y
      on y.instansi_id = d.id and y.year = extract(year from d.day)::int
    left join lateral (
      select p.id, p.name, p.start_date, p.end_date
      from periods p
      where p.instansi_id = d.id and p.kind::text = y.assessment_frequency::text
        and p.start_date <= d.day and p.end_date >= d.day
      order by p.start_date
      limit 1
    ) p on true`)
  const row = result.rows[0]
  if (!row) return undefined
  return {
    timeZone: row.time_zone,
    today: row.today,
    staleRhkWeeks: row.stale_rhk_weeks,
    duplicateMinCount: row.duplicate_min_count,
    period:
      row.period_id && row.period_name && row.start_date && row.end_date
        ? {
            id: row.period_id,
            name: row.period_name,
            startDate: row.start_date,
            endDate: row.end_date,
          }
        : null,
  }
}

// ---------- monitoring aggregates: one statement, whatever the number of people ----------
// Whole months of the period come from per-person-month aggregates kept exact by triggers on
// daily_progress: report_progress_months (entries, late entries, day bits; reports module,
// migration 0008, read as raw SQL) and monitoring_months (verified, stored flags, duplicate-text
// candidates; decision 0026). Only the days of the period outside whole months (a period that
// does not start or end on a month boundary) and the viewed day itself read daily_progress, by
// (instansi_id, pegawai_id, date) in their own partitions.

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
  /** Latest day with an entry up to `date` (any year), or null. */
  lastEntryDate: string | null
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
const day = (s: string) => new Date(`${s}T00:00:00Z`)
/** First day of the month of `s`, shifted by `k` months. */
const monthStart = (s: string, k = 0) => {
  const d = day(s)
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1)))
}
const addDay = (s: string, k: number) => iso(new Date(day(s).getTime() + k * 86_400_000))

/**
 * A period split into its whole months (`from`..`to` as first days of months, or null) and the
 * day ranges outside them (0–2; the whole period when it holds no whole month).
 */
export function splitPeriod(period: { from: string; to: string }): {
  months: { from: string; to: string } | null
  ranges: { from: string; to: string }[]
} {
  const first = period.from.endsWith('-01') ? monthStart(period.from) : monthStart(period.from, 1)
  // The month after the last whole one: the month of the day after `to`, if that is a 1st.
  const next = addDay(period.to, 1)
  const end = next.endsWith('-01') ? next : monthStart(period.to)
  if (first >= end) return { months: null, ranges: [{ ...period }] }
  const ranges: { from: string; to: string }[] = []
  if (period.from < first) ranges.push({ from: period.from, to: addDay(first, -1) })
  if (end <= period.to) ranges.push({ from: end, to: period.to })
  return { months: { from: first, to: monthStart(end, -1) }, ranges }
}

/**
 * Per person: entries and minutes on `date`, the latest entry day up to `date`, and within
 * `period` (which contains `date`) the entries, late ones, those waiting for verification and
 * flagged ones. Flagged = stored flags, or the same normalised text on at least
 * `duplicateMinCount` entries of the instansi, any day (the `duplicate` flag of the daily page).
 *
 * One statement. Whole months: entries and late from report_progress_months, verified and
 * stored-flag counts from monitoring_months; duplicates from monitoring_months.duplicates (entries
 * without stored flags whose text is on ≥ 2 entries): with a threshold of 2 that is the count,
 * otherwise only the person-months with candidates read their entries (by person and month in
 * the period's partitions) and look each text up in progress_text_counts by key. Days outside
 * whole months are counted from their entries as before (decision 0021). The last entry day:
 * one backward probe per person on report_progress_months' primary key (its day bits).
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
  const ids = sql.param([...new Set(f.pegawaiIds)])
  const inst = f.instansiId
  const min = f.duplicateMinCount
  const split = f.period ? splitPeriod(f.period) : { months: null, ranges: [] }
  // Last entry day: days 1..d of the month of `date` (bit k = day k + 1); at most 2^31 - 1.
  const month = monthStart(f.date)
  const mask = 2 ** Number(f.date.slice(8, 10)) - 1
  const bits = sql`(m.day_bits & case when m.month = ${month}::date then ${mask}::int else -1 end)`

  const zero = sql`select null::uuid as pegawai_id, 0::bigint as entries, 0::bigint as late,
    0::bigint as pending, 0::bigint as flagged where false`
  const whole = split.months
    ? sql`
      select m.pegawai_id, sum(m.entries) as entries, sum(m.late_entries) as late,
        sum(m.entries) as pending, 0::bigint as flagged
      from report_progress_months m
      where m.instansi_id = ${inst} and m.pegawai_id = any(${ids}::uuid[])
        and m.month between ${split.months.from}::date and ${split.months.to}::date
      group by 1
      union all
      select mm.pegawai_id, 0, 0, -sum(mm.reviewed), sum(mm.flagged) + sum(
        case when mm.duplicates = 0 then 0
          when ${min}::int <= 2 then mm.duplicates
          else (
            select count(*)
            from (
              select d.text_hash from daily_progress d
              where d.instansi_id = ${inst} and d.pegawai_id = mm.pegawai_id
                and d.date >= mm.month and d.date < (mm.month + interval '1 month')::date
                and d.date between ${split.months.from}::date
                  and (${split.months.to}::date + interval '1 month' - interval '1 day')::date
                and cardinality(d.flags) = 0
              offset 0
            ) e
            where (select c.n from ${progressTextCounts} c
                   where c.instansi_id = ${inst} and c.text_hash = e.text_hash) >= ${min})
        end)
      from ${monitoringMonths} mm
      where mm.instansi_id = ${inst} and mm.pegawai_id = any(${ids}::uuid[])
        and mm.month between ${split.months.from}::date and ${split.months.to}::date
      group by 1`
    : zero
  // Days of the period outside whole months: their entries, as decision 0021 counted them.
  const partial =
    split.ranges.length > 0
      ? sql`
      with e as materialized (
        ${sql.join(
          split.ranges.map(
            (r) => sql`
          select pegawai_id, late, verification_status, flags, text_hash
          from daily_progress
          where instansi_id = ${inst} and pegawai_id = any(${ids}::uuid[])
            and date between ${r.from}::date and ${r.to}::date`,
          ),
          sql` union all `,
        )}
      ),
      dup as (
        select c.text_hash
        from (select distinct text_hash from e where cardinality(flags) = 0) h
        join ${progressTextCounts} c on c.instansi_id = ${inst} and c.text_hash = h.text_hash
        where c.n >= ${min} and c.n >= 2
      )
      select e.pegawai_id, count(*) as entries, count(*) filter (where e.late) as late,
        count(*) filter (where e.verification_status = 'pending') as pending,
        count(*) filter (where cardinality(e.flags) > 0
          or e.text_hash in (select text_hash from dup)) as flagged
      from e group by 1`
      : zero

  const result = await db.execute<{
    pegawai_id: string
    entries_on_date: number
    minutes_on_date: number
    entries_in_period: number
    late_in_period: number
    pending_in_period: number
    flagged_in_period: number
    last: string | null
  }>(sql`
    with on_day as (
      select e.pegawai_id, count(*) as n, sum(${minutesOf}) as minutes
      from daily_progress e
      where e.instansi_id = ${inst} and e.pegawai_id = any(${ids}::uuid[])
        and e.date = ${f.date}::date
      group by 1
    ),
    period as (
      select pegawai_id, sum(entries) as entries, sum(late) as late, sum(pending) as pending,
        sum(flagged) as flagged
      from (${whole} union all (${partial})) x
      group by 1
    )
    select p.id as pegawai_id,
      coalesce(o.n, 0)::int as entries_on_date,
      coalesce(o.minutes, 0)::int as minutes_on_date,
      coalesce(q.entries, 0)::int as entries_in_period,
      coalesce(q.late, 0)::int as late_in_period,
      coalesce(q.pending, 0)::int as pending_in_period,
      coalesce(q.flagged, 0)::int as flagged_in_period,
      (select m.month + (32 - position('1' in ${bits}::bit(32)::text))
       from report_progress_months m
       where m.instansi_id = ${inst} and m.pegawai_id = p.id
         and m.month <= ${month}::date and ${bits} <> 0
       order by m.month desc
       limit 1) as last
    from unnest(${ids}::uuid[]) as p(id)
    left join on_day o on o.pegawai_id = p.id
    left join period q on q.pegawai_id = p.id`)
  // Cast to int in SQL (sums of bigint are numeric, which pg returns as strings).
  return result.rows.map((r) => ({
    pegawaiId: r.pegawai_id,
    entriesOnDate: r.entries_on_date,
    minutesOnDate: r.minutes_on_date,
    entriesInPeriod: r.entries_in_period,
    lateInPeriod: r.late_in_period,
    pendingInPeriod: r.pending_in_period,
    flaggedInPeriod: r.flagged_in_period,
    lastEntryDate: r.last,
  }))
}

/**
 * Per person, the stale RHK of their SKP in force on `date` (decision 0026): the SKP is the one
 * the skp module's workPlansOn picks (same year, covering `date` first, then not closed, then
 * the latest start; only counted when it covers `date`), read as raw SQL with its RHK; an RHK is
 * stale when the SKP started on or before the window's start and the RHK has no activity
 * between `window.from` and `window.to` (isStaleRhk: an SKP that started inside the window has
 * none). The activity check is one probe per RHK on daily_progress_rhk_idx (rhk_id, date), only
 * in the window's partitions. People without stale RHK are left out.
 */
export async function staleRhkCounts(
  db: Executor,
  f: {
    instansiId: string
    pegawaiIds: readonly string[]
    date: string
    window: { from: string; to: string }
  },
): Promise<Map<string, number>> {
  if (f.pegawaiIds.length === 0) return new Map()
  const inst = f.instansiId
  const result = await db.execute<{ pegawai_id: string; stale: number }>(sql`
    select s.pegawai_id, count(*)::int as stale
    from (
      select distinct on (k.pegawai_id) k.id, k.pegawai_id, k.start_date, k.end_date
      from skp k
      where k.instansi_id = ${inst} and k.pegawai_id = any(${sql.param([...new Set(f.pegawaiIds)])}::uuid[])
        and k.year = ${Number(f.date.slice(0, 4))}::int
      order by k.pegawai_id, (k.start_date <= ${f.date}::date and k.end_date >= ${f.date}::date) desc,
        (k.status <> 'ditutup') desc, k.start_date desc
    ) s
    join rhk r on r.instansi_id = ${inst} and r.skp_id = s.id
    where s.start_date <= ${f.date}::date and s.end_date >= ${f.date}::date
      and s.start_date <= ${f.window.from}::date
      and not exists (
        select 1 from daily_progress d
        where d.rhk_id = r.id and d.date between ${f.window.from}::date and ${f.window.to}::date
          and d.instansi_id = ${inst})
    group by 1`)
  return new Map(result.rows.map((r) => [r.pegawai_id, r.stale]))
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
