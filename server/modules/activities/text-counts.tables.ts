import { sql } from 'drizzle-orm'
import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'

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
  (t) => [
    primaryKey({ name: 'progress_text_counts_pkey', columns: [t.instansiId, t.textHash] }),
    /**
     * The texts that can be duplicates at all (duplicateMinCount is at least 2): most texts are
     * used once, so the duplicate check reads a small index. Queries repeat `n >= 2` literally
     * so that the planner may use it.
     */
    index('progress_text_counts_dup_idx')
      .on(t.instansiId, t.textHash)
      .where(sql`${t.n} >= 2`),
  ],
)
