// Report aggregates (issue 7, decision 0013): projections of daily_progress kept exact by row
// triggers in the writer's transaction (migration 0008, fragment 20-report-aggregates.sql) and
// rebuilt set-based by rebuildReportAggregates (reports.aggregates.ts). Only the reports read them.
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  uuid,
} from 'drizzle-orm/pg-core'

/**
 * One row per person and month with at least one daily-progress entry: the month's counts and
 * which days of the month have an entry (bit d-1 for day d). Narrow on purpose: a year of a
 * 100 000-person instansi is ~1.2 M rows that a report sums instead of ~25 M entries.
 * No foreign keys: a projection, rebuilt from daily_progress; deleted when its count reaches 0.
 */
export const reportProgressMonths = pgTable(
  'report_progress_months',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    entries: integer('entries').notNull(),
    lateEntries: integer('late_entries').notNull(),
    /** Entries without an RHK. */
    unlinked: integer('unlinked').notNull(),
    /** Bit d-1 set when day d of the month has at least one entry. */
    dayBits: integer('day_bits').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.pegawaiId, t.month] }),
    index('report_progress_months_month_idx').on(t.instansiId, t.month),
    check('report_progress_months_first_day', sql`extract(day FROM ${t.month}) = 1`),
  ],
)

/**
 * The same person-months with running totals per day of the month (element d = entries dated on
 * days 1..d; 31 elements, days past the month's end repeat the total), for ranges that start or
 * end inside a month (the running year up to today, the dashboard's last 30 days): a partial
 * month is one subtraction per person instead of a scan of its entries.
 */
export const reportProgressDays = pgTable(
  'report_progress_days',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    entries: integer('entries').array().notNull(),
    lateEntries: integer('late_entries').array().notNull(),
    unlinked: integer('unlinked').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.month, t.pegawaiId] }),
    check(
      'report_progress_days_31',
      sql`cardinality(${t.entries}) = 31 AND cardinality(${t.lateEntries}) = 31 AND cardinality(${t.unlinked}) = 31`,
    ),
  ],
)

/**
 * The same people per year (decision 0022): the year's counts and each month's day bits
 * (element k = report_progress_months.day_bits of month k, 0 without a row), kept exact by the
 * same row trigger (fragment 50-report-years.sql). A report over most of a year reads one row
 * per person here instead of one per month (~100 000 rows instead of ~1.1 M); the months of the
 * year outside its range are subtracted (decision 0022), so the sums are those of the months.
 */
export const reportProgressYears = pgTable(
  'report_progress_years',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    year: integer('year').notNull(),
    entries: integer('entries').notNull(),
    lateEntries: integer('late_entries').notNull(),
    unlinked: integer('unlinked').notNull(),
    /** 12 elements: the day bits of each month of the year. */
    dayBits: integer('day_bits').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.instansiId, t.year, t.pegawaiId] }),
    check('report_progress_years_12', sql`cardinality(${t.dayBits}) = 12`),
  ],
)

/**
 * The population of the completion reports (decision 0022): one row per period and person with
 * an SKP of the period's year overlapping it (the SKP chosen as decision 0011 says: the one
 * covering the period's end first, then an open one, then the latest), its unit, whether the
 * person is excluded at the period's end and whether the period's assessment was submitted (and
 * late). A pure function of skp, periods, assessments and pegawai_exclusions (no "today" in it),
 * kept exact by statement triggers on those four tables (fragment 30-reports.sql) that recompute
 * the touched people; rebuilt set-based by report_completion_rebuild. No foreign keys: a
 * projection. A report over four quarters of 100 000 people reads this index only.
 */
export const reportCompletion = pgTable(
  'report_completion',
  {
    instansiId: uuid('instansi_id').notNull(),
    periodId: uuid('period_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    excluded: boolean('excluded').notNull(),
    submitted: boolean('submitted').notNull(),
    late: boolean('late').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.pegawaiId] }),
    index('report_completion_pegawai_idx').on(t.pegawaiId),
    // + report_completion_counts_idx (instansi_id, period_id, unit_id) INCLUDE (excluded,
    // submitted, late) in 30-reports.sql (drizzle has no INCLUDE): the counts are index-only.
  ],
)
