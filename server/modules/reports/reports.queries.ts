import { sql, type SQL } from 'drizzle-orm'
import type { ExclusionReason } from '../../../shared/org.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import type { SkpStatus } from '../../../shared/rules/skp-workflow.ts'
import type { Executor } from '../../db/client.ts'

/**
 * The read model of the reports (decision 0011): aggregate SQL over the other modules' tables,
 * one statement per figure, GROUP BY unit (or period), never a query per employee. Indexes used:
 * skp (instansi_id, year, status) and (instansi_id, pegawai_id, year); assessments
 * (period_id, pegawai_id) unique and (instansi_id, period_id, status); position_history
 * (instansi_id, pegawai_id, start_date); pegawai_exclusions (instansi_id, pegawai_id);
 * org_predikat (instansi_id, period_id). Daily progress is never scanned: its counts come from the
 * aggregates report_progress_months / report_progress_days kept by triggers (decision 0013), so a
 * report over a national instansi sums ~100 000 rows per month instead of its ~2 M entries.
 *
 * Two populations:
 * - compliance (periods): everyone with an SKP of the year overlapping the period, in the unit
 *   of that SKP (the one covering the period's end first, then an open one, then the latest);
 * - people on a day (adoption, SKP status, daily progress): everyone whose position on that day
 *   is in the unit (position_history), active when the day is today.
 * Both minus exclusions (pensiun, mutasi keluar, cuti besar…) covering the period's end / the day.
 */

/** `null` = the whole instansi; otherwise only these units. */
export type UnitFilter = readonly string[] | null

const FINAL = sql.raw(`('finalised', 'objected', 'decided')`)

function unitIn(column: string, unitIds: UnitFilter): SQL {
  return unitIds ? sql`AND ${sql.raw(column)} = ANY(${sql.param([...unitIds])}::uuid[])` : sql``
}

/**
 * Each report query runs in its own short read transaction with memory for its hashes and sorts
 * of ~100 000 people (the 4 MB default spills them to disk) and without JIT (its compile time,
 * ~100 ms, exceeds what it saves on these plans). SET LOCAL: the pooled connection keeps its
 * defaults afterwards.
 */
const REPORT_WORK_MEM = '64MB'

async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('work_mem', ${REPORT_WORK_MEM}, true), set_config('jit', 'off', true)`,
    )
    return (await tx.execute(query)).rows as T[]
  })
}

/**
 * A small query (a few hundred rows, estimated far below jit_above_cost, no big hash or sort):
 * one statement, without the transaction and settings of `rows`.
 */
async function plain<T>(db: Executor, query: SQL): Promise<T[]> {
  return (await db.execute(query)).rows as T[]
}

type Person = {
  pegawai_id: string
  unit_id: string
  unit_name: string
  name: string
  gelar_depan: string | null
  gelar_belakang: string | null
  nip: string
  jabatan_name: string
}

export type ExclusionRow = {
  pegawai_id: string
  name: string
  gelar_depan: string | null
  gelar_belakang: string | null
  nip: string
  unit_name: string
  reason: ExclusionReason
  start_date: string
  end_date: string | null
  note: string | null
}

// ---------------------------------------------------------------- compliance (periods)

/**
 * The completion population comes from report_completion (decision 0022): one row per period and
 * person, with the unit of the chosen SKP, whether the person is excluded at the period's end and
 * whether the assessment was submitted (late or not), kept exact by triggers. Counting four
 * quarters of a national instansi is an index-only scan of report_completion_counts_idx.
 */
function periodsIn(instansiId: string, periodIds: readonly string[]): SQL {
  return sql`rc.instansi_id = ${instansiId} AND rc.period_id = ANY(${sql.param([...periodIds])}::uuid[])`
}

export type CompletionCountRow = {
  period_id: string
  unit_id: string
  employees: number
  completed: number
  on_time: number
  late: number
  excluded: number
}

/** Per period and unit: population, completed (submitted), on time, late, excluded. */
export function completionCounts(
  db: Executor,
  p: { instansiId: string; periodIds: readonly string[]; unitIds: UnitFilter },
) {
  if (p.periodIds.length === 0) return Promise.resolve([] as CompletionCountRow[])
  return rows<CompletionCountRow>(db, completionCountsSql(p))
}

export function completionCountsSql(p: {
  instansiId: string
  periodIds: readonly string[]
  unitIds: UnitFilter
}): SQL {
  return sql`SELECT rc.period_id, rc.unit_id,
      count(*) FILTER (WHERE NOT rc.excluded)::int AS employees,
      count(*) FILTER (WHERE NOT rc.excluded AND rc.submitted)::int AS completed,
      count(*) FILTER (WHERE NOT rc.excluded AND rc.submitted AND NOT rc.late)::int AS on_time,
      count(*) FILTER (WHERE NOT rc.excluded AND rc.submitted AND rc.late)::int AS late,
      count(*) FILTER (WHERE rc.excluded)::int AS excluded
    FROM report_completion rc
    WHERE ${periodsIn(p.instansiId, p.periodIds)} ${unitIn('rc.unit_id', p.unitIds)}
    GROUP BY rc.period_id, rc.unit_id`
}

export type CompletionPersonRow = Person & {
  period_id: string
  skp_status: SkpStatus
  assessment_status: string | null
  late: boolean | null
  submitted_day: string | null
}

/** The counted people of some periods with their assessment (for the names behind a cell). */
export function completionPeople(
  db: Executor,
  p: { instansiId: string; periodIds: readonly string[]; unitIds: UnitFilter; timeZone: string },
) {
  if (p.periodIds.length === 0) return Promise.resolve([] as CompletionPersonRow[])
  return rows<CompletionPersonRow>(
    db,
    sql`SELECT rc.period_id, rc.pegawai_id, rc.unit_id, u.name AS unit_name, pg.name,
      pg.gelar_depan, pg.gelar_belakang, pg.nip, s.jabatan_name, s.status AS skp_status,
      a.status::text AS assessment_status, a.late,
      to_char(a.submitted_at AT TIME ZONE ${p.timeZone}, 'YYYY-MM-DD') AS submitted_day
    FROM report_completion rc
    JOIN skp s ON s.id = rc.skp_id
    JOIN pegawai pg ON pg.id = rc.pegawai_id
    JOIN units u ON u.id = rc.unit_id
    LEFT JOIN assessments a ON a.period_id = rc.period_id AND a.pegawai_id = rc.pegawai_id
    WHERE ${periodsIn(p.instansiId, p.periodIds)} AND NOT rc.excluded
      ${unitIn('rc.unit_id', p.unitIds)}
    ORDER BY pg.name, pg.nip`,
  )
}

/** Who of the periods' population is excluded, once per person and reason. */
export function completionExclusions(
  db: Executor,
  p: { instansiId: string; periodIds: readonly string[]; unitIds: UnitFilter },
) {
  if (p.periodIds.length === 0) return Promise.resolve([] as ExclusionRow[])
  return plain<ExclusionRow>(db, completionExclusionsSql(p))
}

export function completionExclusionsSql(p: {
  instansiId: string
  periodIds: readonly string[]
  unitIds: UnitFilter
}): SQL {
  return sql`
    WITH ex AS (
      SELECT DISTINCT ON (rc.period_id, rc.pegawai_id)
        rc.pegawai_id, rc.unit_id, e.reason, e.start_date, e.end_date, e.note
      FROM report_completion rc
      JOIN periods per ON per.id = rc.period_id
      JOIN pegawai_exclusions e ON e.instansi_id = ${p.instansiId} AND e.pegawai_id = rc.pegawai_id
        AND e.start_date <= per.end_date AND (e.end_date IS NULL OR e.end_date >= per.end_date)
      WHERE ${periodsIn(p.instansiId, p.periodIds)} AND rc.excluded
        ${unitIn('rc.unit_id', p.unitIds)}
      ORDER BY rc.period_id, rc.pegawai_id, e.start_date DESC
    )
    SELECT DISTINCT ON (pg.name, ex.pegawai_id, ex.reason, ex.start_date)
      ex.pegawai_id, pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip, u.name AS unit_name,
      ex.reason, ex.start_date, ex.end_date, ex.note
    FROM ex
    JOIN pegawai pg ON pg.id = ex.pegawai_id
    JOIN units u ON u.id = ex.unit_id
    ORDER BY pg.name, ex.pegawai_id, ex.reason, ex.start_date`
}

/**
 * The live definition of report_completion (what the triggers maintain), for checks: the
 * population of each period (everyone with an SKP of the year overlapping it, in the unit of the
 * SKP covering the period's end first, then an open one, then the latest), excluded at the
 * period's end or not, with the period's assessment.
 */
export function completionLiveSql(instansiId: string): SQL {
  return sql`
    SELECT pop.instansi_id, pop.period_id, pop.pegawai_id, pop.unit_id, pop.skp_id,
      EXISTS (SELECT 1 FROM pegawai_exclusions e
        WHERE e.instansi_id = pop.instansi_id AND e.pegawai_id = pop.pegawai_id
          AND e.start_date <= pop.end_date AND (e.end_date IS NULL OR e.end_date >= pop.end_date)
      ) AS excluded,
      a.submitted_at IS NOT NULL AS submitted, coalesce(a.late, false) AS late
    FROM (
      SELECT DISTINCT ON (per.id, s.pegawai_id)
        s.instansi_id, per.id AS period_id, per.end_date, s.pegawai_id, s.unit_id, s.id AS skp_id
      FROM periods per
      JOIN skp s ON s.instansi_id = per.instansi_id AND s.year = per.year
        AND s.start_date <= per.end_date AND s.end_date >= per.start_date
      WHERE per.instansi_id = ${instansiId}
      ORDER BY per.id, s.pegawai_id, (s.end_date >= per.end_date) DESC,
        (s.status <> 'ditutup') DESC, s.start_date DESC, s.created_at DESC
    ) pop
    LEFT JOIN assessments a ON a.period_id = pop.period_id AND a.pegawai_id = pop.pegawai_id`
}

// ---------------------------------------------------------------- daily-progress aggregates

/**
 * The months of [from, to] (YYYY-MM-DD, inclusive): each month with whether the range covers it
 * whole, and the days it covers when it does not; `masks` = the given working days of each month
 * as day bits (bit d-1 = day d).
 */
export function monthSlices(from: string, to: string, workingDays: readonly string[] = []) {
  const s = {
    months: [] as string[],
    full: [] as boolean[],
    masks: [] as number[],
    partMonths: [] as string[],
    partFrom: [] as number[],
    partTo: [] as number[],
  }
  if (to < from) return s
  const wd = workingDays.filter((d) => d >= from && d <= to)
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}-01`
    if (month > to) break
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
    const a = from.slice(0, 7) === month.slice(0, 7) ? Number(from.slice(8, 10)) : 1
    const b = to.slice(0, 7) === month.slice(0, 7) ? Number(to.slice(8, 10)) : last
    const full = a === 1 && b === last
    let mask = 0
    for (const d of wd)
      if (d.slice(0, 7) === month.slice(0, 7)) mask |= 1 << (Number(d.slice(8, 10)) - 1)
    s.months.push(month)
    s.full.push(full)
    s.masks.push(mask)
    if (!full) {
      s.partMonths.push(month)
      s.partFrom.push(a)
      s.partTo.push(b)
    }
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return s
}

/**
 * A year read from report_progress_years instead of its month rows when the range covers at
 * least this many of its months (the months of the year outside the range are then subtracted:
 * reading them costs what reading the covered ones would).
 */
export const YEAR_ROW_MIN_MONTHS = 7

/**
 * Where progressByPerson reads each part of the slices from (all sums exact, decisions 0022,
 * 0025):
 * - `month`: month rows, counts times `weight` (1 whole month in the range, 0 a month of `days`
 *   read for its day bits only), days with an entry = the bits of `mask`;
 * - `days`: the month the range starts in when it starts after its first day and a..b include a
 *   weekday: the difference of report_progress_days' running totals, read for everyone (nearly
 *   everyone has entries before a and on a..b);
 * - `part`: the other partial months (days a..b) from their month rows: nothing when the month's
 *   day bits show no entry on a..b, the whole month when they show none outside a..b (nearly
 *   everyone in the month the range ends in, today), else the running totals of the others;
 * - `year`: most of a year from its year row, one per year: `outside` = per month (12) the day
 *   bits outside the range (-1 = the whole month), `masks` = the working days of each month in
 *   the range. A person whose year bits show no entry outside the range is read from the year
 *   row alone; for the others (entries after today, which the API refuses but SQL or a restore
 *   may hold) the entries of `months` (the year's months outside the range) and of the days of
 *   `sub` (partial months, outside a..b) are subtracted.
 */
export function progressPlan(
  s: ReturnType<typeof monthSlices>,
  yearMinMonths: number = YEAR_ROW_MIN_MONTHS,
) {
  type YearPart = {
    year: number
    masks: number[]
    outside: number[]
    months: string[]
    sub: { months: string[]; from: number[]; to: number[] }
  }
  const plan = {
    month: { months: [] as string[], weights: [] as number[], masks: [] as number[] },
    days: { months: [] as string[], from: [] as number[], to: [] as number[] },
    part: {
      months: [] as string[],
      from: [] as number[],
      to: [] as number[],
      inside: [] as number[],
      masks: [] as number[],
    },
    year: { years: [] as number[], parts: [] as YearPart[] },
  }
  const byYear = new Map<number, number[]>()
  s.months.forEach((month, i) => {
    const y = Number(month.slice(0, 4))
    byYear.set(y, [...(byYear.get(y) ?? []), i])
  })
  for (const [y, idx] of byYear) {
    if (idx.length >= yearMinMonths) {
      const part: YearPart = {
        year: y,
        masks: Array.from({ length: 12 }, () => 0),
        outside: Array.from({ length: 12 }, () => -1),
        months: [],
        sub: { months: [], from: [], to: [] },
      }
      for (const i of idx) {
        const month = s.months[i]!
        const k = Number(month.slice(5, 7))
        part.masks[k - 1] = s.masks[i]!
        part.outside[k - 1] = 0
        if (!s.full[i]) {
          const j = s.partMonths.indexOf(month)
          const [a, b] = [s.partFrom[j]!, s.partTo[j]!]
          part.outside[k - 1] = ~daysMask(a, b)
          part.sub.months.push(month)
          part.sub.from.push(a)
          part.sub.to.push(b)
        }
      }
      part.outside.forEach((o, k) => {
        if (o === -1) part.months.push(`${y}-${String(k + 1).padStart(2, '0')}-01`)
      })
      plan.year.years.push(y)
      plan.year.parts.push(part)
      continue
    }
    for (const i of idx) {
      const month = s.months[i]!
      if (s.full[i]) {
        plan.month.months.push(month)
        plan.month.weights.push(1)
        plan.month.masks.push(s.masks[i]!)
        continue
      }
      const j = s.partMonths.indexOf(month)
      const [a, b] = [s.partFrom[j]!, s.partTo[j]!]
      if (a > 1 && weekdayIn(month, a, b)) {
        // The month the range starts in, on a weekday: most people have entries before day a
        // and on a..b, so the running totals of everyone are read in one pass. (Only a plan
        // choice: the `part` path below is exact for any a..b, cheaper when few have entries on
        // a..b — a range starting on a weekend's last days of a month.)
        plan.days.months.push(month)
        plan.days.from.push(a)
        plan.days.to.push(b)
        if (s.masks[i] !== 0) {
          plan.month.months.push(month)
          plan.month.weights.push(0)
          plan.month.masks.push(s.masks[i]!)
        }
      } else {
        plan.part.months.push(month)
        plan.part.from.push(a)
        plan.part.to.push(b)
        plan.part.inside.push(daysMask(a, b))
        plan.part.masks.push(s.masks[i]!)
      }
    }
  }
  return plan
}

/** Whether days a..b of a month (YYYY-MM-01) include a Monday–Friday. */
function weekdayIn(month: string, a: number, b: number): boolean {
  for (let d = a; d <= b; d++) {
    const w = new Date(`${month.slice(0, 8)}${String(d).padStart(2, '0')}T00:00:00Z`).getUTCDay()
    if (w >= 1 && w <= 5) return true
  }
  return false
}

/** Day bits of days a..b (bit d-1 = day d) as a 32-bit integer. */
function daysMask(a: number, b: number): number {
  return (2 ** b - 2 ** (a - 1)) | 0
}

/** An int literal (day bits are 32-bit integers; -1 = every bit). */
const int = (n: number) => sql.raw(`(${n | 0})::int`)

/**
 * One year read from its year row: per person the year's counts, minus — only for people whose
 * year bits show an entry outside the range — the entries of the year outside the range, read by
 * primary key (a scalar subquery under CASE runs only when its branch is taken).
 */
function yearPart(instansiId: string, p: ReturnType<typeof progressPlan>['year']['parts'][number]) {
  const outsideBits = p.outside.flatMap((o, k) =>
    o === 0 ? [] : [sql`(y.day_bits[${sql.raw(String(k + 1))}] & ${int(o)}) <> 0`],
  )
  const days = p.masks.flatMap((m, k) =>
    m === 0 ? [] : [sql`bit_count((y.day_bits[${sql.raw(String(k + 1))}] & ${int(m)})::bit(32))`],
  )
  const branches: SQL[] = []
  if (p.months.length > 0)
    branches.push(sql`SELECT m.entries AS e, m.late_entries AS l, m.unlinked AS u
        FROM unnest(${sql.param(p.months)}::date[]) AS s(month)
        JOIN report_progress_months m ON m.instansi_id = ${instansiId}
          AND m.pegawai_id = y.pegawai_id AND m.month = s.month`)
  if (p.sub.months.length > 0)
    branches.push(sql`SELECT coalesce(d.entries[s.a - 1], 0) + d.entries[31] - d.entries[s.b],
          coalesce(d.late_entries[s.a - 1], 0) + d.late_entries[31] - d.late_entries[s.b],
          coalesce(d.unlinked[s.a - 1], 0) + d.unlinked[31] - d.unlinked[s.b]
        FROM unnest(${sql.param(p.sub.months)}::date[], ${sql.param(p.sub.from)}::int[],
          ${sql.param(p.sub.to)}::int[]) AS s(month, a, b)
        JOIN report_progress_days d ON d.instansi_id = ${instansiId} AND d.month = s.month
          AND d.pegawai_id = y.pegawai_id`)
  const v =
    outsideBits.length > 0 && branches.length > 0
      ? sql`CASE WHEN ${sql.join(outsideBits, sql` OR `)} THEN (
          SELECT ARRAY[coalesce(sum(z.e), 0), coalesce(sum(z.l), 0), coalesce(sum(z.u), 0)]::int[]
          FROM (${sql.join(branches, sql` UNION ALL `)}) z(e, l, u)
        ) ELSE '{0,0,0}'::int[] END`
      : sql`'{0,0,0}'::int[]`
  return sql`SELECT y.pegawai_id, y.entries - y.v[1] AS entries,
      y.late_entries - y.v[2] AS late_entries, y.unlinked - y.v[3] AS unlinked,
      ${days.length > 0 ? sql.join(days, sql` + `) : sql`0`} AS days
    FROM (
      SELECT y.pegawai_id, y.entries, y.late_entries, y.unlinked, y.day_bits, ${v} AS v
      FROM report_progress_years y
      WHERE y.instansi_id = ${instansiId} AND y.year = ${p.year}
      OFFSET 0
    ) y`
}

/**
 * dp: each person's daily-progress counts over the slices, from the aggregates (decisions 0013,
 * 0022, 0025): most of a year from its year row (nearly everyone: that row alone), whole months
 * from report_progress_months, partial months from their month rows and, for those with entries
 * both inside and outside the covered days, report_progress_days' running totals; days with an
 * entry among the working days from the months' (or the year's) day bits. Only people with at
 * least one entry in the range. A range inside one year read from its year row (the running
 * year) is that year's rows alone: no union, no aggregation.
 */
function progressByPerson(
  instansiId: string,
  s: ReturnType<typeof monthSlices>,
  yearMinMonths?: number,
): SQL {
  const p = progressPlan(s, yearMinMonths)
  const years = p.year.parts.map((y) => yearPart(instansiId, y))
  if (
    years.length === 1 &&
    p.month.months.length === 0 &&
    p.days.months.length === 0 &&
    p.part.months.length === 0
  ) {
    return sql`dp AS (
      SELECT x.pegawai_id, x.entries::int AS entries, x.late_entries::int AS late_entries,
        x.unlinked::int AS unlinked, x.days::int AS days_with_entry
      FROM (${years[0]!}) x
      WHERE x.entries > 0
    )`
  }
  // Days with an entry only when working days were given (else 0: no bit counts per row).
  const bits = (masks: number[], bitsAndMask: string) =>
    masks.some((m) => m !== 0) ? sql.raw(`bit_count((${bitsAndMask})::bit(32))`) : sql`0`
  const branches: SQL[] = [...years]
  if (p.month.months.length > 0)
    branches.push(sql`SELECT m.pegawai_id, m.entries * s.w, m.late_entries * s.w,
          m.unlinked * s.w,
          ${bits(p.month.masks, 'm.day_bits & s.mask')}
        FROM unnest(${sql.param(p.month.months)}::date[], ${sql.param(p.month.weights)}::int[],
          ${sql.param(p.month.masks)}::int[]) AS s(month, w, mask)
        JOIN report_progress_months m ON m.instansi_id = ${instansiId} AND m.month = s.month`)
  if (p.days.months.length > 0)
    branches.push(sql`SELECT d.pegawai_id, d.entries[s.b] - coalesce(d.entries[s.a - 1], 0),
          d.late_entries[s.b] - coalesce(d.late_entries[s.a - 1], 0),
          d.unlinked[s.b] - coalesce(d.unlinked[s.a - 1], 0), 0
        FROM unnest(${sql.param(p.days.months)}::date[], ${sql.param(p.days.from)}::int[],
          ${sql.param(p.days.to)}::int[]) AS s(month, a, b)
        JOIN report_progress_days d ON d.instansi_id = ${instansiId} AND d.month = s.month`)
  if (p.part.months.length > 0)
    branches.push(sql`SELECT z.pegawai_id, z.v[1], z.v[2], z.v[3],
          ${bits(p.part.masks, 'z.day_bits & z.mask')}
        FROM (
          SELECT m.pegawai_id, m.day_bits, s.mask,
            CASE WHEN (m.day_bits & s.inside) = 0 THEN '{0,0,0}'::int[]
              WHEN (m.day_bits & ~s.inside) = 0
                THEN ARRAY[m.entries, m.late_entries, m.unlinked]
              ELSE (SELECT ARRAY[d.entries[s.b] - coalesce(d.entries[s.a - 1], 0),
                  d.late_entries[s.b] - coalesce(d.late_entries[s.a - 1], 0),
                  d.unlinked[s.b] - coalesce(d.unlinked[s.a - 1], 0)]
                FROM report_progress_days d
                WHERE d.instansi_id = ${instansiId} AND d.month = s.month
                  AND d.pegawai_id = m.pegawai_id)
            END AS v
          FROM unnest(${sql.param(p.part.months)}::date[], ${sql.param(p.part.from)}::int[],
            ${sql.param(p.part.to)}::int[], ${sql.param(p.part.inside)}::int[],
            ${sql.param(p.part.masks)}::int[]) AS s(month, a, b, inside, mask)
          JOIN report_progress_months m ON m.instansi_id = ${instansiId} AND m.month = s.month
          OFFSET 0
        ) z`)
  if (branches.length === 0)
    return sql`dp AS (
      SELECT NULL::uuid AS pegawai_id, 0 AS entries, 0 AS late_entries, 0 AS unlinked,
        0 AS days_with_entry
      WHERE false
    )`
  return sql`dp AS MATERIALIZED (
      SELECT x.pegawai_id, sum(x.entries)::int AS entries, sum(x.late_entries)::int AS late_entries,
        sum(x.unlinked)::int AS unlinked, sum(x.days)::int AS days_with_entry
      FROM (${sql.join(branches, sql` UNION ALL `)}) x(pegawai_id, entries, late_entries, unlinked, days)
      GROUP BY x.pegawai_id
      HAVING sum(x.entries) > 0
    )`
}

/** dp alone, for checks: the year rows used from `yearMinMonths` covered months of a year. */
export function progressByPersonSql(
  instansiId: string,
  range: { from: string; to: string; workingDays?: readonly string[] },
  yearMinMonths?: number,
): SQL {
  const s = monthSlices(range.from, range.to, range.workingDays)
  return sql`WITH ${progressByPerson(instansiId, s, yearMinMonths)}
    SELECT * FROM dp ORDER BY pegawai_id`
}

// ---------------------------------------------------------------- people on a day

/**
 * pos: everyone's position on `day` (active pegawai only when `activeOnly`); ex: exclusions
 * covering the day. The DISTINCT ON reads position_history_report_day_idx in its order (no sort),
 * and the inactive people (a handful) are an anti-join on pegawai_inactive_idx (decision 0022).
 */
function onDayBase(
  instansiId: string,
  day: string,
  activeOnly: boolean,
  opts: { firstStart?: boolean } = {},
): SQL {
  // firstStart: also each person's first start_date in the instansi (any position, also ended
  // ones), as a window over the same ordered index scan instead of a second scan and hash.
  const source = opts.firstStart
    ? sql`(
          SELECT ph.pegawai_id, ph.unit_id, ph.jabatan_id, ph.start_date, ph.end_date,
            ph.created_at, min(ph.start_date) OVER (PARTITION BY ph.pegawai_id
              ORDER BY ph.start_date DESC, ph.created_at DESC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_start
          FROM position_history ph
          WHERE ph.instansi_id = ${instansiId}
        ) ph`
    : sql`position_history ph`
  const where = opts.firstStart ? sql`true` : sql`ph.instansi_id = ${instansiId}`
  return sql`
    WITH pos AS (
      SELECT p.*
      FROM (
        SELECT DISTINCT ON (ph.pegawai_id) ph.pegawai_id, ph.unit_id, ph.jabatan_id
          ${opts.firstStart ? sql`, ph.first_start` : sql``}
        FROM ${source}
        WHERE ${where} AND ph.start_date <= ${day}
          AND (ph.end_date IS NULL OR ph.end_date >= ${day})
        ORDER BY ph.pegawai_id, ph.start_date DESC, ph.created_at DESC
      ) p
      ${activeOnly ? sql`WHERE NOT EXISTS (SELECT 1 FROM pegawai pg WHERE pg.id = p.pegawai_id AND NOT pg.active)` : sql``}
    ),
    ex AS (
      SELECT DISTINCT ON (e.pegawai_id) e.pegawai_id, e.reason, e.start_date, e.end_date, e.note
      FROM pegawai_exclusions e
      WHERE e.instansi_id = ${instansiId} AND e.start_date <= ${day}
        AND (e.end_date IS NULL OR e.end_date >= ${day})
      ORDER BY e.pegawai_id, e.start_date DESC
    )`
}

type OnDay = { instansiId: string; day: string; activeOnly: boolean; unitIds: UnitFilter }

/**
 * Exclusions of the people on a day: the exclusions first (a few hundred), then each one's
 * position on the day by index (the same choice as pos), not the whole population.
 */
export function onDayExclusions(db: Executor, p: OnDay) {
  return plain<ExclusionRow>(db, onDayExclusionsSql(p))
}

export function onDayExclusionsSql(p: OnDay): SQL {
  return sql`
    WITH ex AS (
      SELECT DISTINCT ON (e.pegawai_id) e.pegawai_id, e.reason, e.start_date, e.end_date, e.note
      FROM pegawai_exclusions e
      WHERE e.instansi_id = ${p.instansiId} AND e.start_date <= ${p.day}
        AND (e.end_date IS NULL OR e.end_date >= ${p.day})
      ORDER BY e.pegawai_id, e.start_date DESC
    )
    SELECT ex.pegawai_id, pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip, u.name AS unit_name,
      ex.reason, ex.start_date, ex.end_date, ex.note
    FROM ex
    JOIN pegawai pg ON pg.id = ex.pegawai_id ${p.activeOnly ? sql`AND pg.active` : sql``}
    CROSS JOIN LATERAL (
      SELECT ph.unit_id FROM position_history ph
      WHERE ph.instansi_id = ${p.instansiId} AND ph.pegawai_id = ex.pegawai_id
        AND ph.start_date <= ${p.day} AND (ph.end_date IS NULL OR ph.end_date >= ${p.day})
      ORDER BY ph.start_date DESC, ph.created_at DESC
      LIMIT 1
    ) pos
    JOIN units u ON u.id = pos.unit_id
    WHERE true ${unitIn('pos.unit_id', p.unitIds)}
    ORDER BY pg.name, pg.nip`
}

/**
 * "Has used the system" signals of each person (Table 6, decision 0011), as a LATERAL on pos (not
 * a second CTE over pos: that would materialise and sort the population twice).
 */
function usageOf(instansiId: string, year: number, day: string): SQL {
  const upTo = { month: `${day.slice(0, 8)}01`, mask: 2 ** Number(day.slice(8, 10)) - 1 }
  return sql`CROSS JOIN LATERAL (
      SELECT
        EXISTS (SELECT 1 FROM user_accounts ua
          WHERE ua.pegawai_id = pos.pegawai_id AND ua.last_login_at IS NOT NULL) AS has_login,
        EXISTS (SELECT 1 FROM skp s
          WHERE s.instansi_id = ${instansiId} AND s.pegawai_id = pos.pegawai_id
            AND s.year <= ${year}) AS has_skp,
        EXISTS (SELECT 1 FROM report_progress_months m
          WHERE m.instansi_id = ${instansiId} AND m.pegawai_id = pos.pegawai_id
            AND m.month <= ${upTo.month}::date
            AND (m.month < ${upTo.month}::date OR m.day_bits & ${upTo.mask}::int <> 0)) AS has_progress,
        EXISTS (SELECT 1 FROM assessments a
          WHERE a.instansi_id = ${instansiId} AND a.pegawai_id = pos.pegawai_id
            AND a.year <= ${year} AND a.submitted_at IS NOT NULL) AS has_assessment
    ) usage`
}

export type AdoptionCountRow = { unit_id: string; asn: number; used: number }

/** Table 6 per unit (own members): ASN counted and those who have used the system. */
export function adoptionCounts(db: Executor, p: OnDay & { year: number }) {
  return rows<AdoptionCountRow>(db, adoptionCountsSql(p))
}

/**
 * The counts take "has an SKP up to the year" (nearly everyone) from one ordered pass over the
 * SKP index joined in pegawai order, instead of an index probe per person; the other signals are
 * probed only for the few without one (OR stops at the first true operand).
 */
export function adoptionCountsSql(p: OnDay & { year: number }): SQL {
  const used = sql.raw(
    '(with_skp.pegawai_id IS NOT NULL OR usage.has_progress OR usage.has_assessment OR usage.has_login)',
  )
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)},
    with_skp AS (
      SELECT DISTINCT s.pegawai_id FROM skp s
      WHERE s.instansi_id = ${p.instansiId} AND s.year <= ${p.year}
    )
    SELECT pos.unit_id,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL)::int AS asn,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL AND ${used})::int AS used
    FROM pos
    LEFT JOIN with_skp ON with_skp.pegawai_id = pos.pegawai_id
    ${usageOf(p.instansiId, p.year, p.day)}
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE true ${unitIn('pos.unit_id', p.unitIds)}
    GROUP BY pos.unit_id`
}

export type AdoptionPersonRow = Person & {
  has_login: boolean
  has_skp: boolean
  has_progress: boolean
  has_assessment: boolean
}

export function adoptionPeople(db: Executor, p: OnDay & { year: number }) {
  return rows<AdoptionPersonRow>(
    db,
    sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}
    SELECT pos.pegawai_id, pos.unit_id, u.name AS unit_name, pg.name, pg.gelar_depan,
      pg.gelar_belakang, pg.nip, j.name AS jabatan_name, usage.has_login, usage.has_skp,
      usage.has_progress, usage.has_assessment
    FROM pos
    ${usageOf(p.instansiId, p.year, p.day)}
    JOIN pegawai pg ON pg.id = pos.pegawai_id
    JOIN jabatan j ON j.id = pos.jabatan_id
    JOIN units u ON u.id = pos.unit_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    ORDER BY pg.name, pg.nip`,
  )
}

/** The open (not closed) SKP of the year of each person. */
function skpOfCte(instansiId: string, year: number): SQL {
  return sql`,
    skp_of AS (
      SELECT DISTINCT ON (s.pegawai_id) s.pegawai_id, s.status
      FROM skp s
      WHERE s.instansi_id = ${instansiId} AND s.year = ${year} AND s.status <> 'ditutup'
      ORDER BY s.pegawai_id, s.end_date DESC, s.created_at DESC
    )`
}

export type SkpStatusCountRow = {
  unit_id: string
  employees: number
  draft: number
  diajukan: number
  dikembalikan: number
  disetujui: number
  missing: number
  excluded: number
}

/** SKP status of the year per unit (own members on the day). */
export function skpStatusCounts(db: Executor, p: OnDay & { year: number }) {
  return rows<SkpStatusCountRow>(db, skpStatusCountsSql(p))
}

/** The SKP status columns of SkpStatusCountRow over pos, skp_of and ex. */
function skpStatusColumns(): SQL {
  const n = (status: string) =>
    sql`count(*) FILTER (WHERE ex.pegawai_id IS NULL AND skp_of.status = ${status})::int`
  return sql`count(*) FILTER (WHERE ex.pegawai_id IS NULL)::int AS employees,
      ${n('draft')} AS draft,
      ${n('diajukan')} AS diajukan,
      ${n('dikembalikan')} AS dikembalikan,
      ${n('disetujui')} AS disetujui,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL AND skp_of.pegawai_id IS NULL)::int AS missing,
      count(*) FILTER (WHERE ex.pegawai_id IS NOT NULL)::int AS excluded`
}

export function skpStatusCountsSql(p: OnDay & { year: number }): SQL {
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}${skpOfCte(p.instansiId, p.year)}
    SELECT pos.unit_id, ${skpStatusColumns()}
    FROM pos
    LEFT JOIN skp_of ON skp_of.pegawai_id = pos.pegawai_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE true ${unitIn('pos.unit_id', p.unitIds)}
    GROUP BY pos.unit_id`
}

export type DashboardUnitRow = SkpStatusCountRow & {
  /** People of the unit (not excluded) with daily progress in the range. */
  progress_people: number
  entries: number
  late_entries: number
}

/**
 * The dashboard's per-unit figures of the people on one day in one pass over the population:
 * SKP status of the year (as skpStatusCounts) and daily-progress entries over [from, to] (as
 * progressCounts: units with progress_people > 0).
 */
export function dashboardCounts(
  db: Executor,
  p: OnDay & { year: number; from: string; to: string },
) {
  return rows<DashboardUnitRow>(db, dashboardCountsSql(p))
}

export function dashboardCountsSql(p: OnDay & { year: number; from: string; to: string }): SQL {
  const mine = sql.raw('ex.pegawai_id IS NULL AND dp.pegawai_id IS NOT NULL')
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}${skpOfCte(p.instansiId, p.year)},
    ${progressByPerson(p.instansiId, monthSlices(p.from, p.to))}
    SELECT pos.unit_id, ${skpStatusColumns()},
      count(*) FILTER (WHERE ${mine})::int AS progress_people,
      coalesce(sum(dp.entries) FILTER (WHERE ${mine}), 0)::int AS entries,
      coalesce(sum(dp.late_entries) FILTER (WHERE ${mine}), 0)::int AS late_entries
    FROM pos
    LEFT JOIN skp_of ON skp_of.pegawai_id = pos.pegawai_id
    LEFT JOIN dp ON dp.pegawai_id = pos.pegawai_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE true ${unitIn('pos.unit_id', p.unitIds)}
    GROUP BY pos.unit_id`
}

export type SkpStatusPersonRow = Person & { skp_status: SkpStatus | null }

export function skpStatusPeople(db: Executor, p: OnDay & { year: number }) {
  return rows<SkpStatusPersonRow>(
    db,
    sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}${skpOfCte(p.instansiId, p.year)}
    SELECT pos.pegawai_id, pos.unit_id, u.name AS unit_name, pg.name, pg.gelar_depan,
      pg.gelar_belakang, pg.nip, j.name AS jabatan_name, skp_of.status AS skp_status
    FROM pos
    JOIN pegawai pg ON pg.id = pos.pegawai_id
    JOIN jabatan j ON j.id = pos.jabatan_id
    JOIN units u ON u.id = pos.unit_id
    LEFT JOIN skp_of ON skp_of.pegawai_id = pos.pegawai_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    ORDER BY pg.name, pg.nip`,
  )
}

/**
 * How many of the (sorted) working days fall on or after pos.first_start: all of them for
 * nearly everyone (in post before the range), counted only for those who started inside it.
 */
function workingDaysSince(workingDays: readonly string[]): SQL {
  const first = workingDays[0]
  if (!first) return sql`0`
  return sql`(CASE WHEN pos.first_start <= ${first}::date THEN ${workingDays.length}::int
      ELSE (SELECT count(*) FROM unnest(${sql.param([...workingDays])}::date[]) w
        WHERE w >= pos.first_start)::int END)`
}

export type DisciplinePersonRow = Person & {
  entries: number
  late_entries: number
  working_days: number
  days_with_entry: number
}

/** The people of one page (or all) and the totals over the whole population. */
export type DisciplineResult = {
  total: number
  entries: number
  late_entries: number
  without_entry: number
  rows: DisciplinePersonRow[]
}

type DisciplineParams = OnDay & {
  from: string
  to: string
  workingDays: readonly string[]
  /** Unit ids in display (tree) order: rows sort by it, then name, NIP. */
  unitOrder?: readonly string[]
  /** null/absent = every row (exports). */
  page?: { limit: number; offset: number } | null
}

/**
 * Daily-progress discipline per person over [from, to]: entries, late entries, and of the
 * given working days (from the periods module's calendar, up to yesterday) those since the
 * person's first position in the instansi, and those with at least one entry. One statement:
 * the population is built once (MATERIALIZED), its totals counted over everyone, and only the
 * page's people (top-N by unit order, name, NIP) get their jabatan and unit names.
 */
export async function disciplinePeople(db: Executor, p: DisciplineParams) {
  const [r] = await rows<{
    total: number
    entries: string
    late_entries: string
    without_entry: string
    rows: DisciplinePersonRow[]
  }>(db, disciplinePeopleSql(p))
  return {
    total: r?.total ?? 0,
    entries: Number(r?.entries ?? 0),
    late_entries: Number(r?.late_entries ?? 0),
    without_entry: Number(r?.without_entry ?? 0),
    rows: r?.rows ?? [],
  } satisfies DisciplineResult
}

/**
 * One page of people in (unit order, name, NIP, id) order without sorting everyone by name: the
 * people are counted per unit order (rows sort by it first), the unit orders whose rows overlap
 * the page are kept (a unit has a few dozen people), and only their people get their names and
 * are sorted; the offset is taken from the rows of the unit orders before them.
 */
function pageOf(order: ReturnType<typeof sql.param>, page: { limit: number; offset: number }): SQL {
  return sql`per_unit AS (
      SELECT pu.unit_id, coalesce(uo.n, 1) AS unit_order, pu.n
      FROM (SELECT unit_id, count(*) AS n FROM people GROUP BY unit_id) pu
      LEFT JOIN unnest(${order}::uuid[]) WITH ORDINALITY AS uo(id, n) ON uo.id = pu.unit_id
    ),
    span AS (
      SELECT c.unit_order, c.upto - c.n AS before
      FROM (
        SELECT unit_order, sum(n) AS n, sum(sum(n)) OVER (ORDER BY unit_order) AS upto
        FROM per_unit GROUP BY unit_order
      ) c
      WHERE c.upto > ${page.offset} AND c.upto - c.n < ${page.offset + page.limit}
    ),
    span_people AS MATERIALIZED (
      SELECT pe.*, u.unit_order
      FROM per_unit u
      JOIN span ON span.unit_order = u.unit_order
      JOIN people pe ON pe.unit_id = u.unit_id
    ),
    page AS (
      SELECT pe.*, pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip
      FROM span_people pe
      CROSS JOIN LATERAL (
        SELECT pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip FROM pegawai pg
        WHERE pg.id = pe.pegawai_id OFFSET 0
      ) pg
      ORDER BY pe.unit_order, pg.name, pg.nip, pe.pegawai_id
      LIMIT ${page.limit} OFFSET (SELECT ${page.offset} - min(before) FROM span)
    )`
}

export function disciplinePeopleSql(p: DisciplineParams): SQL {
  const order = sql.param([...(p.unitOrder ?? [])])
  const sortKey = sql.raw('r.unit_order, r.name, r.nip, r.pegawai_id')
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly, { firstStart: true })},
    ${progressByPerson(p.instansiId, monthSlices(p.from, p.to, p.workingDays))},
    people AS MATERIALIZED (
      SELECT pos.pegawai_id, pos.unit_id, pos.jabatan_id,
        coalesce(dp.entries, 0) AS entries, coalesce(dp.late_entries, 0) AS late_entries,
        ${workingDaysSince(p.workingDays)} AS working_days,
        coalesce(dp.days_with_entry, 0) AS days_with_entry
      FROM pos
      LEFT JOIN dp ON dp.pegawai_id = pos.pegawai_id
      LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
      WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    ),
    ${
      p.page
        ? pageOf(order, p.page)
        : sql`page AS (
      SELECT pe.*, pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip,
        coalesce(uo.n, 1) AS unit_order
      FROM people pe
      JOIN pegawai pg ON pg.id = pe.pegawai_id
      LEFT JOIN unnest(${order}::uuid[]) WITH ORDINALITY AS uo(id, n) ON uo.id = pe.unit_id
    )`
    }
    SELECT t.total, t.entries, t.late_entries, t.without_entry,
      (SELECT coalesce(json_agg(json_build_object(
          'pegawai_id', r.pegawai_id, 'unit_id', r.unit_id, 'unit_name', u.name,
          'name', r.name, 'gelar_depan', r.gelar_depan, 'gelar_belakang', r.gelar_belakang,
          'nip', r.nip, 'jabatan_name', j.name, 'entries', r.entries,
          'late_entries', r.late_entries, 'working_days', r.working_days,
          'days_with_entry', r.days_with_entry) ORDER BY ${sortKey}), '[]'::json)
        FROM page r
        JOIN jabatan j ON j.id = r.jabatan_id
        JOIN units u ON u.id = r.unit_id) AS rows
    FROM (
      SELECT count(*)::int AS total, coalesce(sum(entries), 0)::bigint AS entries,
        coalesce(sum(late_entries), 0)::bigint AS late_entries,
        coalesce(sum(greatest(0, working_days - days_with_entry)), 0)::bigint AS without_entry
      FROM people
    ) t`
}

export type ProgressCountRow = {
  unit_id: string
  entries: number
  late_entries: number
  unlinked: number
}

/**
 * Daily-progress entries per unit of their authors' position (excluded people left out). The
 * entries are aggregated per person once (MATERIALIZED: a plan must never rescan them per person).
 */
export function progressCounts(db: Executor, p: OnDay & { from: string; to: string }) {
  return rows<ProgressCountRow>(db, progressCountsSql(p))
}

export function progressCountsSql(p: OnDay & { from: string; to: string }): SQL {
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)},
    ${progressByPerson(p.instansiId, monthSlices(p.from, p.to))}
    SELECT pos.unit_id, sum(dp.entries)::int AS entries,
      sum(dp.late_entries)::int AS late_entries, sum(dp.unlinked)::int AS unlinked
    FROM pos
    JOIN dp ON dp.pegawai_id = pos.pegawai_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    GROUP BY pos.unit_id`
}

export type ProgressPersonRow = Person & { entries: number; unlinked: number }

export function progressPeople(db: Executor, p: OnDay & { from: string; to: string }) {
  return rows<ProgressPersonRow>(
    db,
    sql`${onDayBase(p.instansiId, p.day, p.activeOnly)},
    ${progressByPerson(p.instansiId, monthSlices(p.from, p.to))}
    SELECT pos.pegawai_id, pos.unit_id, u.name AS unit_name, pg.name, pg.gelar_depan,
      pg.gelar_belakang, pg.nip, j.name AS jabatan_name, dp.entries, dp.unlinked
    FROM pos
    JOIN dp ON dp.pegawai_id = pos.pegawai_id
    JOIN pegawai pg ON pg.id = pos.pegawai_id
    JOIN jabatan j ON j.id = pos.jabatan_id
    JOIN units u ON u.id = pos.unit_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    ORDER BY pg.name, pg.nip`,
  )
}

// ---------------------------------------------------------------- predikat

export type OrgPredikatRow = { unit_id: string; value: string }

export function orgPredikatOf(db: Executor, instansiId: string, periodId: string) {
  return plain<OrgPredikatRow>(
    db,
    sql`SELECT unit_id, value::text AS value FROM org_predikat
        WHERE instansi_id = ${instansiId} AND period_id = ${periodId}`,
  )
}

export type PredikatCountRow = { unit_id: string; predikat: Predikat | null; n: number }

/**
 * Assessments of a period per unit (of the assessment's snapshot) and final predikat (null =
 * not final yet): the group totals count everyone to be assessed, as the penetapan does.
 */
export function predikatCounts(db: Executor, instansiId: string, periodId: string) {
  return rows<PredikatCountRow>(
    db,
    sql`SELECT unit_id,
          CASE WHEN status IN ${FINAL} THEN predikat END AS predikat, count(*)::int AS n
        FROM assessments
        WHERE instansi_id = ${instansiId} AND period_id = ${periodId}
        GROUP BY 1, 2`,
  )
}

export type PredikatPersonRow = Person & { predikat: Predikat | null }

export function predikatPeople(
  db: Executor,
  p: { instansiId: string; periodId: string; unitIds: readonly string[] },
) {
  return rows<PredikatPersonRow>(
    db,
    sql`SELECT a.pegawai_id, a.unit_id, a.unit_name, pg.name, pg.gelar_depan, pg.gelar_belakang,
          a.pegawai_nip AS nip, a.jabatan_name,
          CASE WHEN a.status IN ${FINAL} THEN a.predikat END AS predikat
        FROM assessments a
        JOIN pegawai pg ON pg.id = a.pegawai_id
        WHERE a.instansi_id = ${p.instansiId} AND a.period_id = ${p.periodId}
          ${unitIn('a.unit_id', p.unitIds)}
        ORDER BY pg.name, a.pegawai_nip`,
  )
}

export type FinalPredikatRow = { period_id: string; predikat: Predikat; n: number }

/**
 * The last of the given periods (in the given order) that has a final predikat in the filter, and
 * its final predikat counts (`counts`; else one row with its id and n = 0). Each period is an index
 * probe for one final result; only the chosen period is counted.
 */
export function latestFinalPredikat(
  db: Executor,
  p: { instansiId: string; periodIds: readonly string[]; unitIds: UnitFilter; counts: boolean },
) {
  if (p.periodIds.length === 0) return Promise.resolve([] as FinalPredikatRow[])
  const final = (a: string) =>
    sql`${sql.raw(a)}.instansi_id = ${p.instansiId} AND ${sql.raw(a)}.status IN ${FINAL}
      AND ${sql.raw(a)}.predikat IS NOT NULL ${unitIn(`${a}.unit_id`, p.unitIds)}`
  return rows<FinalPredikatRow>(
    db,
    sql`WITH chosen AS (
        SELECT o.id FROM unnest(${sql.param([...p.periodIds])}::uuid[]) WITH ORDINALITY AS o(id, n)
        WHERE EXISTS (SELECT 1 FROM assessments a WHERE a.period_id = o.id AND ${final('a')})
        ORDER BY o.n DESC
        LIMIT 1
      )
      ${
        p.counts
          ? sql`SELECT b.period_id, b.predikat, count(*)::int AS n
              FROM chosen JOIN assessments b ON b.period_id = chosen.id AND ${final('b')}
              GROUP BY b.period_id, b.predikat`
          : sql`SELECT chosen.id AS period_id, NULL AS predikat, 0 AS n FROM chosen`
      }`,
  )
}

// ---------------------------------------------------------------- helpdesk

/** Helpdesk tickets not yet done (one small indexed count: no transaction, no settings). */
export async function openTicketCount(db: Executor, instansiId: string): Promise<number> {
  const [row] = (
    await db.execute(sql`SELECT count(*)::int AS n FROM helpdesk_tickets
        WHERE instansi_id = ${instansiId} AND status::text <> 'selesai'`)
  ).rows as { n: number }[]
  return row?.n ?? 0
}

// ---------------------------------------------------------------- scope

export type InstansiUnits = {
  name: string
  timeZone: string
  units: { id: string; parentId: string | null; name: string; active: boolean; createdAt: Date }[]
}

/**
 * The instansi (name, time zone) and its unit tree (by name) in one statement, without the
 * member counts of the org module's unit list (the reports do not show them). null = no such
 * instansi.
 */
export async function instansiUnits(
  db: Executor,
  instansiId: string,
): Promise<InstansiUnits | null> {
  const res = await db.execute(sql`
    SELECT i.name AS instansi_name, i.time_zone, u.id, u.parent_id, u.name, u.active, u.created_at
    FROM instansi i
    LEFT JOIN units u ON u.instansi_id = i.id
    WHERE i.id = ${instansiId}
    ORDER BY u.name`)
  const list = res.rows as {
    instansi_name: string
    time_zone: string
    id: string | null
    parent_id: string | null
    name: string
    active: boolean
    created_at: string | Date
  }[]
  const [first] = list
  if (!first) return null
  return {
    name: first.instansi_name,
    timeZone: first.time_zone,
    units: list.flatMap((r) =>
      r.id
        ? [
            {
              id: r.id,
              parentId: r.parent_id,
              name: r.name,
              active: r.active,
              createdAt: new Date(r.created_at),
            },
          ]
        : [],
    ),
  }
}
