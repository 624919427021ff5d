import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'

/**
 * How many daily_progress entries of an instansi carry one normalised text (text_hash): the
 * `duplicate` flag ("the same text on at least duplicateMinCount entries of the instansi, any
 * day") is one primary-key lookup instead of a count over every monthly partition. Kept exact in
 * the writer's transaction by statement triggers on daily_progress (migration 0009, fragment
 * 40-text-counts.sql; decision 0021); a row whose count reaches 0 is deleted, so the table is
 * exactly `select instansi_id, text_hash, count(*) from daily_progress group by 1, 2`.
 */
export const progressTextCounts = pgTable(
  'progress_text_counts',
  {
    instansiId: uuid('instansi_id').notNull(),
    textHash: text('text_hash').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'progress_text_counts_pkey', columns: [t.instansiId, t.textHash] })],
)
