import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  ASSESSMENT_FREQUENCIES,
  HOLIDAY_KINDS,
  MAX_YEAR,
  MIN_YEAR,
  PERIOD_KINDS,
} from '../../../shared/periods.ts'
import { id, timestamps } from '../../db/columns.ts'
import { instansi } from '../org/org.tables.ts'

export const assessmentFrequency = pgEnum('assessment_frequency', ASSESSMENT_FREQUENCIES)
export const periodKind = pgEnum('period_kind', PERIOD_KINDS)
export const holidayKind = pgEnum('holiday_kind', HOLIDAY_KINDS)

/** One performance year of an instansi: its SKP period and how often it assesses. */
export const performanceYears = pgTable(
  'performance_years',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    assessmentFrequency: assessmentFrequency('assessment_frequency').notNull(),
    /** The SKP period, normally 1 January – 31 December. */
    skpStart: date('skp_start', { mode: 'string' }).notNull(),
    skpEnd: date('skp_end', { mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [
    // A constraint (not only an index) so periods and calendars can reference (instansi, year).
    unique('performance_years_instansi_year_unique').on(t.instansiId, t.year),
    check(
      'performance_years_year_range',
      sql`${t.year} BETWEEN ${sql.raw(String(MIN_YEAR))} AND ${sql.raw(String(MAX_YEAR))}`,
    ),
    check(
      'performance_years_skp_in_year',
      sql`${t.skpStart} <= ${t.skpEnd} AND extract(year FROM ${t.skpStart}) = ${t.year} AND extract(year FROM ${t.skpEnd}) = ${t.year}`,
    ),
  ],
)

/** Assessment periods (periodic ones plus the annual "Final") with their batas pengisian. */
export const periods = pgTable(
  'periods',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    kind: periodKind('kind').notNull(),
    seq: smallint('seq').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** Batas pengisian: the end of this day in the instansi time zone. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      name: 'periods_year_fk',
      columns: [t.instansiId, t.year],
      foreignColumns: [performanceYears.instansiId, performanceYears.year],
    }),
    uniqueIndex('periods_instansi_year_kind_seq_unique').on(t.instansiId, t.year, t.kind, t.seq),
    // "Which period contains this day" and "the next deadline" (GET /current, later modules).
    index('periods_instansi_kind_start_idx').on(t.instansiId, t.kind, t.startDate),
    index('periods_instansi_deadline_idx').on(t.instansiId, t.deadline),
    check('periods_dates', sql`${t.startDate} <= ${t.endDate} AND ${t.endDate} <= ${t.deadline}`),
    check(
      'periods_seq_range',
      sql`(${t.kind} = 'monthly' AND ${t.seq} BETWEEN 1 AND 12)
        OR (${t.kind} = 'quarterly' AND ${t.seq} BETWEEN 1 AND 4)
        OR (${t.kind} = 'semester' AND ${t.seq} BETWEEN 1 AND 2)
        OR (${t.kind} = 'annual' AND ${t.seq} = 1)`,
    ),
    check('periods_name_length', sql`char_length(${t.name}) BETWEEN 1 AND 100`),
  ],
)

/** The working week of an instansi for a year (ISO weekdays, 1 = Monday … 7 = Sunday). */
export const workCalendars = pgTable(
  'work_calendars',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: integer('year').notNull(),
    workingWeekdays: smallint('working_weekdays')
      .array()
      .notNull()
      .default(sql`'{1,2,3,4,5}'::smallint[]`),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      name: 'work_calendars_year_fk',
      columns: [t.instansiId, t.year],
      foreignColumns: [performanceYears.instansiId, performanceYears.year],
    }),
    uniqueIndex('work_calendars_instansi_year_unique').on(t.instansiId, t.year),
    check(
      'work_calendars_weekdays',
      sql`cardinality(${t.workingWeekdays}) BETWEEN 1 AND 7 AND ${t.workingWeekdays} <@ '{1,2,3,4,5,6,7}'::smallint[]`,
    ),
  ],
)

/** Days off: national holidays, cuti bersama and local holidays (e.g. Galungan in Bali). */
export const holidays = pgTable(
  'holidays',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    kind: holidayKind('kind').notNull(),
    ...timestamps,
  },
  (t) => [
    // Leads with (instansi, date): also serves range queries for a year.
    uniqueIndex('holidays_instansi_date_name_unique').on(t.instansiId, t.date, t.name),
    check('holidays_name_length', sql`char_length(${t.name}) BETWEEN 1 AND 200`),
  ],
)
