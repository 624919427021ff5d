import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { completionLiveSql } from './reports.queries.ts'

/**
 * Recomputes the report aggregates (report_progress_months / report_progress_days, decision 0013,
 * and report_progress_years, decision 0022: report_rebuild_progress does all three) from
 * daily_progress, set-based, for one instansi or all of them. Triggers keep them exact on
 * every write; this is for data loaded with triggers off (the bench generator, a restore with
 * session_replication_role = replica) and for repair. Writers wait while it runs (it locks the
 * aggregate tables) and are counted afterwards, so it is safe on a live database.
 */
export async function rebuildReportAggregates(db: Executor, instansiId?: string): Promise<void> {
  await db.execute(sql`SELECT report_rebuild_progress(${instansiId ?? null}::uuid)`)
  // The completion population (decision 0022), for the same reasons.
  await db.execute(sql`SELECT report_completion_rebuild(${instansiId ?? null}::uuid, NULL)`)
}

export type ProgressMonthRow = {
  instansi_id: string
  pegawai_id: string
  month: string
  entries: number
  late_entries: number
  unlinked: number
  day_bits: number
}

export type ProgressDaysRow = {
  instansi_id: string
  pegawai_id: string
  month: string
  entries: number[]
  late_entries: number[]
  unlinked: number[]
}

/**
 * What the aggregates would hold if recomputed now, next to what they hold (both sorted), for
 * checks: `drift` lists the person-months and person-years (keys ending in `Y<year>`) where they
 * differ (empty when exact).
 */
export async function compareReportAggregates(db: Executor, instansiId?: string) {
  const where = instansiId ? sql`WHERE instansi_id = ${instansiId}` : sql``
  const live = (
    await db.execute(sql`
      WITH per_day AS (
        SELECT instansi_id, pegawai_id, date_trunc('month', date)::date AS month,
          extract(day FROM date)::integer AS d, count(*) AS n,
          count(*) FILTER (WHERE late) AS l, count(*) FILTER (WHERE rhk_id IS NULL) AS u
        FROM daily_progress ${where}
        GROUP BY 1, 2, 3, 4
      )
      SELECT instansi_id, pegawai_id, month::text AS month, sum(n)::int AS entries,
        sum(l)::int AS late_entries, sum(u)::int AS unlinked,
        bit_or(1 << (d - 1)) AS day_bits,
        report_running_totals(array_agg(d ORDER BY d), array_agg(n ORDER BY d)) AS c_entries,
        report_running_totals(array_agg(d ORDER BY d), array_agg(l ORDER BY d)) AS c_late,
        report_running_totals(array_agg(d ORDER BY d), array_agg(u ORDER BY d)) AS c_unlinked
      FROM per_day GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
  ).rows as (ProgressMonthRow & { c_entries: number[]; c_late: number[]; c_unlinked: number[] })[]
  const stored = (
    await db.execute(sql`
      SELECT coalesce(m.instansi_id, d.instansi_id) AS instansi_id,
        coalesce(m.pegawai_id, d.pegawai_id) AS pegawai_id,
        coalesce(m.month, d.month)::text AS month, m.entries, m.late_entries, m.unlinked,
        m.day_bits, d.entries AS c_entries, d.late_entries AS c_late, d.unlinked AS c_unlinked
      FROM (SELECT * FROM report_progress_months ${where}) m
      FULL JOIN (SELECT * FROM report_progress_days ${where}) d
        ON d.instansi_id = m.instansi_id AND d.pegawai_id = m.pegawai_id AND d.month = m.month
      ORDER BY 1, 2, 3`)
  ).rows as typeof live
  // The year rows (decision 0022): the year's counts and each month's day bits.
  const liveYears = (
    await db.execute(sql`
      SELECT instansi_id, pegawai_id, 'Y' || y AS month, count(*)::int AS entries,
        (count(*) FILTER (WHERE late))::int AS late_entries,
        (count(*) FILTER (WHERE rhk_id IS NULL))::int AS unlinked,
        ARRAY(SELECT coalesce(bit_or(1 << (extract(day FROM d2.date)::int - 1)), 0)
          FROM generate_series(1, 12) k
          LEFT JOIN daily_progress d2 ON d2.instansi_id = x.instansi_id
            AND d2.pegawai_id = x.pegawai_id AND d2.date >= make_date(x.y, k, 1)
            AND d2.date < make_date(x.y, k, 1) + interval '1 month'
          GROUP BY k ORDER BY k) AS day_bits
      FROM (SELECT *, extract(year FROM date)::int AS y FROM daily_progress ${where}) x
      GROUP BY 1, 2, x.y ORDER BY 1, 2, 3`)
  ).rows as (Omit<ProgressMonthRow, 'day_bits'> & { day_bits: number[] })[]
  const storedYears = (
    await db.execute(sql`
      SELECT instansi_id, pegawai_id, 'Y' || year AS month, entries, late_entries, unlinked,
        day_bits
      FROM report_progress_years ${where} ORDER BY 1, 2, 3`)
  ).rows as typeof liveYears
  const key = (r: { instansi_id: string; pegawai_id: string; month: string }) =>
    `${r.instansi_id}/${r.pegawai_id}/${r.month}`
  const liveBy = new Map([...live, ...liveYears].map((r) => [key(r), JSON.stringify(r)]))
  const storedBy = new Map([...stored, ...storedYears].map((r) => [key(r), JSON.stringify(r)]))
  const drift = [...new Set([...liveBy.keys(), ...storedBy.keys()])]
    .filter((k) => liveBy.get(k) !== storedBy.get(k))
    .map((k) => ({ key: k, live: liveBy.get(k) ?? null, stored: storedBy.get(k) ?? null }))
  return { live, stored, liveYears, storedYears, drift }
}

export type CompletionRow = {
  instansi_id: string
  period_id: string
  pegawai_id: string
  unit_id: string
  skp_id: string
  excluded: boolean
  submitted: boolean
  late: boolean
}

/**
 * report_completion (decision 0022) next to its live definition for one instansi: `drift` lists
 * the (period, person) rows where they differ (empty when exact).
 */
export async function compareCompletion(db: Executor, instansiId: string) {
  const order = sql.raw('ORDER BY period_id, pegawai_id')
  const live = (await db.execute(sql`SELECT * FROM (${completionLiveSql(instansiId)}) x ${order}`))
    .rows as CompletionRow[]
  const stored = (
    await db.execute(sql`
      SELECT instansi_id, period_id, pegawai_id, unit_id, skp_id, excluded, submitted, late
      FROM report_completion WHERE instansi_id = ${instansiId} ${order}`)
  ).rows as CompletionRow[]
  const key = (r: CompletionRow) => `${r.period_id}/${r.pegawai_id}`
  const liveBy = new Map(live.map((r) => [key(r), JSON.stringify(r)]))
  const storedBy = new Map(stored.map((r) => [key(r), JSON.stringify(r)]))
  const drift = [...new Set([...liveBy.keys(), ...storedBy.keys()])]
    .filter((k) => liveBy.get(k) !== storedBy.get(k))
    .map((k) => ({ key: k, live: liveBy.get(k) ?? null, stored: storedBy.get(k) ?? null }))
  return { live, stored, drift }
}
