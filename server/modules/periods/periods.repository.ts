import { and, asc, between, count, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import type { PeriodKind } from '../../../shared/periods.ts'
import { holidays, performanceYears, periods, workCalendars } from './periods.tables.ts'

export type YearRow = typeof performanceYears.$inferSelect
export type PeriodRow = typeof periods.$inferSelect
export type CalendarRow = typeof workCalendars.$inferSelect
export type HolidayRow = typeof holidays.$inferSelect

// ---------- years ----------
export async function findYear(db: Executor, instansiId: string, year: number) {
  const [row] = await db
    .select()
    .from(performanceYears)
    .where(and(eq(performanceYears.instansiId, instansiId), eq(performanceYears.year, year)))
  return row
}

/**
 * The year row locked for the rest of the transaction: writes to one year's periods,
 * calendar and holidays run one after another, so checks such as "no overlap" hold.
 */
export async function lockYear(db: Executor, instansiId: string, year: number) {
  const [row] = await db
    .select()
    .from(performanceYears)
    .where(and(eq(performanceYears.instansiId, instansiId), eq(performanceYears.year, year)))
    .for('update')
  return row
}

/** Years set up, newest first, with how many periods and holidays each has. */
export async function listYears(db: Executor, instansiId: string) {
  const periodCounts = db
    .select({ year: periods.year, n: count().as('period_n') })
    .from(periods)
    .where(eq(periods.instansiId, instansiId))
    .groupBy(periods.year)
    .as('period_counts')
  const holidayYear = sql<number>`extract(year FROM ${holidays.date})::int`
  const holidayCounts = db
    .select({ year: holidayYear.as('holiday_year'), n: count().as('holiday_n') })
    .from(holidays)
    .where(eq(holidays.instansiId, instansiId))
    .groupBy(holidayYear)
    .as('holiday_counts')
  return db
    .select({
      y: performanceYears,
      periodCount: sql<number>`coalesce(${periodCounts.n}, 0)::int`,
      holidayCount: sql<number>`coalesce(${holidayCounts.n}, 0)::int`,
    })
    .from(performanceYears)
    .leftJoin(periodCounts, eq(periodCounts.year, performanceYears.year))
    .leftJoin(holidayCounts, eq(holidayCounts.year, performanceYears.year))
    .where(eq(performanceYears.instansiId, instansiId))
    .orderBy(sql`${performanceYears.year} DESC`)
}

export async function insertYear(db: Executor, values: typeof performanceYears.$inferInsert) {
  const [row] = await db.insert(performanceYears).values(values).returning()
  return row as YearRow
}

export async function updateYear(
  db: Executor,
  id: string,
  patch: Partial<Pick<YearRow, 'assessmentFrequency' | 'skpStart' | 'skpEnd'>>,
) {
  const [row] = await db
    .update(performanceYears)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(performanceYears.id, id))
    .returning()
  return row as YearRow
}

// ---------- periods ----------
const KIND_ORDER = sql`CASE ${periods.kind} WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 2 WHEN 'semester' THEN 3 ELSE 4 END`

/** A year's periods: periodic ones in order, then the annual one. */
export async function listPeriods(db: Executor, instansiId: string, year: number) {
  return db
    .select()
    .from(periods)
    .where(and(eq(periods.instansiId, instansiId), eq(periods.year, year)))
    .orderBy(KIND_ORDER, asc(periods.seq))
}

export async function findPeriod(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.instansiId, instansiId), eq(periods.id, id)))
  return row
}

export async function insertPeriods(db: Executor, rows: (typeof periods.$inferInsert)[]) {
  if (rows.length === 0) return []
  return db.insert(periods).values(rows).returning()
}

export async function deletePeriods(
  db: Executor,
  instansiId: string,
  year: number,
  kinds: readonly PeriodKind[],
) {
  if (kinds.length === 0) return []
  return db
    .delete(periods)
    .where(
      and(
        eq(periods.instansiId, instansiId),
        eq(periods.year, year),
        inArray(periods.kind, [...kinds]),
      ),
    )
    .returning()
}

export async function updatePeriod(
  db: Executor,
  id: string,
  patch: Partial<Pick<PeriodRow, 'name' | 'startDate' | 'endDate' | 'deadline'>>,
) {
  const [row] = await db
    .update(periods)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(periods.id, id))
    .returning()
  return row as PeriodRow
}

/** Periods of one kind and year that share at least one day with [start, end], except one. */
export async function findOverlapping(
  db: Executor,
  p: {
    instansiId: string
    year: number
    kind: PeriodKind
    start: string
    end: string
    exceptId: string
  },
) {
  return db
    .select()
    .from(periods)
    .where(
      and(
        eq(periods.instansiId, p.instansiId),
        eq(periods.year, p.year),
        eq(periods.kind, p.kind),
        ne(periods.id, p.exceptId),
        lte(periods.startDate, p.end),
        gte(periods.endDate, p.start),
      ),
    )
    .orderBy(asc(periods.startDate))
}

/** The period of a kind that contains a day. */
export async function findPeriodContaining(
  db: Executor,
  instansiId: string,
  kind: PeriodKind,
  day: string,
) {
  const [row] = await db
    .select()
    .from(periods)
    .where(
      and(
        eq(periods.instansiId, instansiId),
        eq(periods.kind, kind),
        lte(periods.startDate, day),
        gte(periods.endDate, day),
      ),
    )
    .orderBy(asc(periods.startDate))
    .limit(1)
  return row
}

/** The nearest deadline on or after a day (periodic before annual on the same day). */
export async function findNextDeadline(db: Executor, instansiId: string, day: string) {
  const [row] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.instansiId, instansiId), gte(periods.deadline, day)))
    .orderBy(asc(periods.deadline), KIND_ORDER, asc(periods.startDate))
    .limit(1)
  return row
}

// ---------- calendar ----------
export async function findCalendar(db: Executor, instansiId: string, year: number) {
  const [row] = await db
    .select()
    .from(workCalendars)
    .where(and(eq(workCalendars.instansiId, instansiId), eq(workCalendars.year, year)))
  return row
}

export async function insertCalendar(db: Executor, values: typeof workCalendars.$inferInsert) {
  const [row] = await db.insert(workCalendars).values(values).returning()
  return row as CalendarRow
}

export async function updateCalendar(db: Executor, id: string, workingWeekdays: number[]) {
  const [row] = await db
    .update(workCalendars)
    .set({ workingWeekdays, updatedAt: new Date() })
    .where(eq(workCalendars.id, id))
    .returning()
  return row as CalendarRow
}

/**
 * The working weekdays of some years and the days off of [from, to], in one statement (the
 * working calendars of daily progress: lateness, the pegawai's calendar), and optionally the
 * dates of one period (recording an entry checks its rencana aksi's period). Holidays by date,
 * then name.
 */
export async function findCalendarsWithHolidays(
  db: Executor,
  instansiId: string,
  years: readonly number[],
  from: string,
  to: string,
  periodId: string | null = null,
) {
  const r = await db.execute<{
    calendars: { year: number; workingWeekdays: number[] }[]
    holidays: { date: string; name: string }[]
    period: { id: string; name: string; startDate: string; endDate: string } | null
  }>(sql`select
      (select json_build_object('id', p.id, 'name', p.name, 'startDate', p.start_date,
          'endDate', p.end_date)
        from ${periods} p where p.instansi_id = ${instansiId} and p.id = ${periodId}::uuid) as period,
      coalesce((select json_agg(json_build_object('year', c.year, 'workingWeekdays', c.working_weekdays))
        from ${workCalendars} c
        where c.instansi_id = ${instansiId} and c.year = any(${sql.param([...years])}::int[])), '[]') as calendars,
      coalesce((select json_agg(json_build_object('date', h.date, 'name', h.name) order by h.date, h.name)
        from ${holidays} h
        where h.instansi_id = ${instansiId} and h.date between ${from} and ${to}), '[]') as holidays`)
  const row = r.rows[0]
  return {
    calendars: row?.calendars ?? [],
    holidays: row?.holidays ?? [],
    period: row?.period ?? null,
  }
}

// ---------- holidays ----------
/** Holidays between two days (both included), by date then name. */
export async function listHolidays(db: Executor, instansiId: string, from: string, to: string) {
  return db
    .select()
    .from(holidays)
    .where(and(eq(holidays.instansiId, instansiId), between(holidays.date, from, to)))
    .orderBy(asc(holidays.date), asc(holidays.name))
}

/** Inserts holidays, skipping any with the same date and name; returns the ones added. */
export async function insertHolidays(db: Executor, rows: (typeof holidays.$inferInsert)[]) {
  if (rows.length === 0) return []
  return db
    .insert(holidays)
    .values(rows)
    .onConflictDoNothing({ target: [holidays.instansiId, holidays.date, holidays.name] })
    .returning()
}

export async function deleteHoliday(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .delete(holidays)
    .where(and(eq(holidays.instansiId, instansiId), eq(holidays.id, id)))
    .returning()
  return row
}
