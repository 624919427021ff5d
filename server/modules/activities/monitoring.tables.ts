import { date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core'

/**
 * Per person and month, the counts of the atasan's monitoring view that report_progress_months
 * (entries, late entries; reports module) does not hold (decision 0026): entries already
 * verified (pending = entries − reviewed), entries with stored flags, and entries without stored
 * flags whose normalised text is on at least two entries of the instansi (the candidates of the
 * `duplicate` flag; the view checks the instansi's duplicateMinCount only for the person-months
 * that have any). Kept exact in the writer's transaction by statement triggers on daily_progress
 * (fragment 30-monitoring.sql of migration 0010); a row whose counts are all 0 is deleted, so
 * the table equals monitoring_months_recount(). No foreign keys: a projection.
 */
export const monitoringMonths = pgTable(
  'monitoring_months',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    /** Entries whose verification_status is not 'pending'. */
    reviewed: integer('reviewed').notNull(),
    /** Entries with stored flags (cardinality(flags) > 0). */
    flagged: integer('flagged').notNull(),
    /** Entries without stored flags whose text_hash has n >= 2 in progress_text_counts. */
    duplicates: integer('duplicates').notNull(),
  },
  // No CHECK (counts >= 0): an upsert checks the row it would insert (the negative delta)
  // before it finds the conflicting row; the tests compare the table with the recount instead.
  (t) => [
    primaryKey({ name: 'monitoring_months_pkey', columns: [t.instansiId, t.pegawaiId, t.month] }),
  ],
)
