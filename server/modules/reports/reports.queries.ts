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
  return rows<ExclusionRow>(db, completionExclusionsSql(p))
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
 * Where progressByPerson reads each part of the slices from (all sums exact, decision 0022):
 * - `month`: month rows, counts times `weight` (1 whole month in the range, 0 partial month read
 *   for its day bits only, -1 month of a year read from its year row but outside the range),
 *   days with an entry = the bits of `mask`;
 * - `part`: running totals of partial months, days a..b, minus the whole month when `sub` (the
 *   month is inside a year read from its year row);
 * - `year`: year rows, days with an entry = the bits of each month's mask (12 per year, 0 for the
 *   months outside the range).
 */
export function progressPlan(
  s: ReturnType<typeof monthSlices>,
  yearMinMonths: number = YEAR_ROW_MIN_MONTHS,
) {
  const plan = {
    month: { months: [] as string[], weights: [] as number[], masks: [] as number[] },
    part: {
      months: [] as string[],
      from: [] as number[],
      to: [] as number[],
      sub: [] as boolean[],
    },
    year: { years: [] as number[], masks: [] as number[] },
  }
  const byYear = new Map<number, number[]>()
  s.months.forEach((month, i) => {
    const y = Number(month.slice(0, 4))
    byYear.set(y, [...(byYear.get(y) ?? []), i])
  })
  for (const [y, idx] of byYear) {
    const asYear = idx.length >= yearMinMonths
    if (asYear) {
      const masks = Array.from({ length: 12 }, () => 0)
      const covered = new Set<number>()
      for (const i of idx) {
        const k = Number(s.months[i]!.slice(5, 7))
        covered.add(k)
        masks[k - 1] = s.masks[i]!
      }
      plan.year.years.push(y)
      plan.year.masks.push(...masks)
      for (let k = 1; k <= 12; k++) {
        if (covered.has(k)) continue
        plan.month.months.push(`${y}-${String(k).padStart(2, '0')}-01`)
        plan.month.weights.push(-1)
        plan.month.masks.push(0)
      }
    }
    for (const i of idx) {
      const month = s.months[i]!
      if (!asYear && (s.full[i] || s.masks[i] !== 0)) {
        plan.month.months.push(month)
        plan.month.weights.push(s.full[i] ? 1 : 0)
        plan.month.masks.push(s.masks[i]!)
      }
      if (!s.full[i]) {
        const j = s.partMonths.indexOf(month)
        plan.part.months.push(month)
        plan.part.from.push(s.partFrom[j]!)
        plan.part.to.push(s.partTo[j]!)
        plan.part.sub.push(asYear)
      }
    }
  }
  return plan
}

/**
 * dp: each person's daily-progress counts over the slices, from the aggregates (decisions 0013,
 * 0022): whole months from report_progress_months, or most of a year from report_progress_years
 * minus its months outside the range; the covered days of partial months as a difference of
 * report_progress_days' running totals; days with an entry among the working days from the
 * months' (or the year's) day bits. Only people with at least one entry in the range.
 */
function progressByPerson(
  instansiId: string,
  s: ReturnType<typeof monthSlices>,
  yearMinMonths?: number,
): SQL {
  const p = progressPlan(s, yearMinMonths)
  const yearDays = p.year.masks.some((m) => m !== 0)
    ? sql.raw(
        Array.from(
          { length: 12 },
          (_, k) => `bit_count((y.day_bits[${k + 1}] & f.m[s.o + ${k + 1}])::bit(32))`,
        ).join(' + '),
      )
    : sql.raw('0')
  const yearOffsets = p.year.years.map((_, i) => i * 12)
  return sql`dp AS MATERIALIZED (
      SELECT x.pegawai_id, sum(x.entries)::int AS entries, sum(x.late_entries)::int AS late_entries,
        sum(x.unlinked)::int AS unlinked, sum(x.days)::int AS days_with_entry
      FROM (
        SELECT m.pegawai_id, m.entries * s.w AS entries, m.late_entries * s.w AS late_entries,
          m.unlinked * s.w AS unlinked, bit_count((m.day_bits & s.mask)::bit(32)) AS days
        FROM unnest(${sql.param(p.month.months)}::date[], ${sql.param(p.month.weights)}::int[],
          ${sql.param(p.month.masks)}::int[]) AS s(month, w, mask)
        JOIN report_progress_months m ON m.instansi_id = ${instansiId} AND m.month = s.month
        UNION ALL
        SELECT d.pegawai_id,
          d.entries[s.b] - coalesce(d.entries[s.a - 1], 0)
            - CASE WHEN s.sub THEN d.entries[31] ELSE 0 END,
          d.late_entries[s.b] - coalesce(d.late_entries[s.a - 1], 0)
            - CASE WHEN s.sub THEN d.late_entries[31] ELSE 0 END,
          d.unlinked[s.b] - coalesce(d.unlinked[s.a - 1], 0)
            - CASE WHEN s.sub THEN d.unlinked[31] ELSE 0 END,
          0
        FROM unnest(${sql.param(p.part.months)}::date[], ${sql.param(p.part.from)}::int[],
          ${sql.param(p.part.to)}::int[], ${sql.param(p.part.sub)}::boolean[]) AS s(month, a, b, sub)
        JOIN report_progress_days d ON d.instansi_id = ${instansiId} AND d.month = s.month
        UNION ALL
        SELECT y.pegawai_id, y.entries, y.late_entries, y.unlinked, ${yearDays}
        FROM unnest(${sql.param(p.year.years)}::int[], ${sql.param(yearOffsets)}::int[]) AS s(year, o)
        CROSS JOIN (SELECT ${sql.param(p.year.masks)}::int[] AS m) f
        JOIN report_progress_years y ON y.instansi_id = ${instansiId} AND y.year = s.year
      ) x
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
function onDayBase(instansiId: string, day: string, activeOnly: boolean): SQL {
  return sql`
    WITH pos AS (
      SELECT p.pegawai_id, p.unit_id, p.jabatan_id
      FROM (
        SELECT DISTINCT ON (ph.pegawai_id) ph.pegawai_id, ph.unit_id, ph.jabatan_id
        FROM position_history ph
        WHERE ph.instansi_id = ${instansiId} AND ph.start_date <= ${day}
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
  return rows<ExclusionRow>(db, onDayExclusionsSql(p))
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
// Most likely first: the lateral is pulled up and OR stops at the first true probe (nearly
// everyone has an SKP: one index-only probe per person instead of four).
const USED = sql.raw(
  '(usage.has_skp OR usage.has_progress OR usage.has_assessment OR usage.has_login)',
)

export type AdoptionCountRow = { unit_id: string; asn: number; used: number }

/** Table 6 per unit (own members): ASN counted and those who have used the system. */
export function adoptionCounts(db: Executor, p: OnDay & { year: number }) {
  return rows<AdoptionCountRow>(db, adoptionCountsSql(p))
}

export function adoptionCountsSql(p: OnDay & { year: number }): SQL {
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}
    SELECT pos.unit_id,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL)::int AS asn,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL AND ${USED})::int AS used
    FROM pos
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
  const n = (status: string) =>
    sql`count(*) FILTER (WHERE ex.pegawai_id IS NULL AND skp_of.status = ${status})::int`
  return rows<SkpStatusCountRow>(
    db,
    sql`${onDayBase(p.instansiId, p.day, p.activeOnly)}${skpOfCte(p.instansiId, p.year)}
    SELECT pos.unit_id,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL)::int AS employees,
      ${n('draft')} AS draft,
      ${n('diajukan')} AS diajukan,
      ${n('dikembalikan')} AS dikembalikan,
      ${n('disetujui')} AS disetujui,
      count(*) FILTER (WHERE ex.pegawai_id IS NULL AND skp_of.pegawai_id IS NULL)::int AS missing,
      count(*) FILTER (WHERE ex.pegawai_id IS NOT NULL)::int AS excluded
    FROM pos
    LEFT JOIN skp_of ON skp_of.pegawai_id = pos.pegawai_id
    LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
    WHERE true ${unitIn('pos.unit_id', p.unitIds)}
    GROUP BY pos.unit_id`,
  )
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
 * How many of the (sorted) working days fall on or after first_pos.start_date: all of them for
 * nearly everyone (in post before the range), counted only for those who started inside it.
 */
function workingDaysSince(workingDays: readonly string[]): SQL {
  const first = workingDays[0]
  if (!first) return sql`0`
  return sql`(CASE WHEN first_pos.start_date <= ${first}::date THEN ${workingDays.length}::int
      ELSE (SELECT count(*) FROM unnest(${sql.param([...workingDays])}::date[]) w
        WHERE w >= first_pos.start_date)::int END)`
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

export function disciplinePeopleSql(p: DisciplineParams): SQL {
  const order = sql.param([...(p.unitOrder ?? [])])
  const limit = p.page ? sql`LIMIT ${p.page.limit} OFFSET ${p.page.offset}` : sql``
  const sortKey = sql.raw('r.unit_order, r.name, r.nip, r.pegawai_id')
  return sql`${onDayBase(p.instansiId, p.day, p.activeOnly)},
    first_pos AS (
      SELECT ph.pegawai_id, min(ph.start_date) AS start_date
      FROM position_history ph WHERE ph.instansi_id = ${p.instansiId}
      GROUP BY ph.pegawai_id
    ),
    ${progressByPerson(p.instansiId, monthSlices(p.from, p.to, p.workingDays))},
    people AS MATERIALIZED (
      SELECT pos.pegawai_id, pos.unit_id, pos.jabatan_id,
        coalesce(dp.entries, 0) AS entries, coalesce(dp.late_entries, 0) AS late_entries,
        ${workingDaysSince(p.workingDays)} AS working_days,
        coalesce(dp.days_with_entry, 0) AS days_with_entry
      FROM pos
      JOIN first_pos ON first_pos.pegawai_id = pos.pegawai_id
      LEFT JOIN dp ON dp.pegawai_id = pos.pegawai_id
      LEFT JOIN ex ON ex.pegawai_id = pos.pegawai_id
      WHERE ex.pegawai_id IS NULL ${unitIn('pos.unit_id', p.unitIds)}
    ),
    page AS (
      SELECT pe.*, pg.name, pg.gelar_depan, pg.gelar_belakang, pg.nip,
        coalesce(uo.n, 1) AS unit_order
      FROM people pe
      JOIN pegawai pg ON pg.id = pe.pegawai_id
      LEFT JOIN unnest(${order}::uuid[]) WITH ORDINALITY AS uo(id, n) ON uo.id = pe.unit_id
      ORDER BY unit_order, pg.name, pg.nip, pe.pegawai_id
      ${limit}
    )
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
  return rows<OrgPredikatRow>(
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

/** Final predikat counts per period (of the given ones) for a dashboard. */
export function finalPredikatByPeriod(
  db: Executor,
  p: { instansiId: string; periodIds: readonly string[]; unitIds: UnitFilter },
) {
  if (p.periodIds.length === 0)
    return Promise.resolve([] as { period_id: string; predikat: Predikat; n: number }[])
  return rows<{ period_id: string; predikat: Predikat; n: number }>(
    db,
    sql`SELECT period_id, predikat, count(*)::int AS n
        FROM assessments
        WHERE instansi_id = ${p.instansiId}
          AND period_id = ANY(${sql.param([...p.periodIds])}::uuid[])
          AND status IN ${FINAL} AND predikat IS NOT NULL
          ${unitIn('unit_id', p.unitIds)}
        GROUP BY period_id, predikat`,
  )
}

// ---------------------------------------------------------------- helpdesk

/**
 * Helpdesk tickets not yet done. Read through to_regclass so the dashboard works on a database
 * where the helpdesk tables are not there (yet).
 */
export async function openTicketCount(db: Executor, instansiId: string): Promise<number> {
  const [reg] = await rows<{ ok: boolean }>(
    db,
    sql`SELECT to_regclass('helpdesk_tickets') IS NOT NULL AS ok`,
  )
  if (!reg?.ok) return 0
  const [row] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM helpdesk_tickets
        WHERE instansi_id = ${instansiId} AND status::text <> 'selesai'`,
  )
  return row?.n ?? 0
}
