import { sql } from 'drizzle-orm'
import type { Db, Executor, Tx } from '../../db/client.ts'

/**
 * Monthly partitions of daily_progress (decision 0014). The table is PARTITION BY RANGE (date)
 * with one partition per calendar month (`daily_progress_y2026m11`) and a DEFAULT partition that
 * takes any day no month partition covers, so that no write is ever refused. This maintenance
 * creates the partitions of a range of months; it is idempotent and safe to run from several
 * processes at once (an advisory lock serialises it). When the DEFAULT partition already holds
 * rows of a month being created, they are moved into the new partition in the same transaction,
 * keeping their evidence and verifications (see moveOutOfDefault).
 */
export const PROGRESS_TABLE = 'daily_progress'
export const DEFAULT_PARTITION = 'daily_progress_default'
/** The foreign keys that reference daily_progress (id, date). */
const REFERENCING = [
  { table: 'progress_evidence', constraint: 'progress_evidence_progress_fk' },
  { table: 'progress_verifications', constraint: 'progress_verifications_progress_fk' },
] as const

const MONTH = /^(\d{4})-(\d{2})-01$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The first day (YYYY-MM-01) of the month of a day (YYYY-MM-DD). */
export function monthOf(day: string): string {
  if (!DAY.test(day)) throw new Error(`not a day: ${day}`)
  return `${day.slice(0, 7)}-01`
}

/** The first day of the month `n` months after the month of `month` (n may be negative). */
export function addMonths(month: string, n: number): string {
  const m = MONTH.exec(monthOf(month))
  if (!m) throw new Error(`not a month: ${month}`)
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + n
  const y = Math.floor(index / 12)
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** Every month from the month of `from` to the month of `to`, inclusive (first days). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) out.push(m)
  return out
}

/** daily_progress_y2026m11 for 2026-11-01. */
export function partitionName(month: string): string {
  const m = MONTH.exec(monthOf(month))
  if (!m) throw new Error(`not a month: ${month}`)
  return `${PROGRESS_TABLE}_y${m[1]}m${m[2]}`
}

export type PartitionInfo = { name: string; from: string | null; to: string | null }

/** The partitions of daily_progress with their bounds (null bounds: the DEFAULT partition). */
export async function listProgressPartitions(db: Executor): Promise<PartitionInfo[]> {
  const r = await db.execute<{ name: string; bound: string }>(sql`
    SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = ${PROGRESS_TABLE}::regclass
    ORDER BY c.relname`)
  return r.rows.map((row) => {
    const b = /FROM \('([\d-]+)'\) TO \('([\d-]+)'\)/.exec(row.bound)
    return { name: row.name, from: b?.[1] ?? null, to: b?.[2] ?? null }
  })
}

export type EnsureResult = {
  /** Partitions created by this run. */
  created: string[]
  /** Rows moved out of the DEFAULT partition into a partition created by this run. */
  moved: { partition: string; rows: number }[]
}

/**
 * Creates the month partitions of [from, to] that do not exist yet. Idempotent: a second run
 * creates nothing. Each month is created in its own short transaction holding an exclusive lock
 * on daily_progress (lock_timeout 5 s, so that a long query makes the run fail and retry instead
 * of queueing every request behind it).
 */
export async function ensureProgressPartitions(
  db: Executor,
  range: { from: string; to: string },
): Promise<EnsureResult> {
  const result: EnsureResult = { created: [], moved: [] }
  const wanted = monthsBetween(range.from, range.to)
  const existing = new Set((await listProgressPartitions(db)).map((p) => p.name))
  const missing = wanted.filter((m) => !existing.has(partitionName(m)))
  for (const month of missing) {
    const name = partitionName(month)
    const next = addMonths(month, 1)
    const moved = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL lock_timeout = '5s'`)
      await tx.execute(
        sql`SELECT pg_advisory_xact_lock(hashtextextended('daily_progress:partitions', 0))`,
      )
      const again = await tx.execute(sql`SELECT to_regclass(${name}) IS NOT NULL AS present`)
      if ((again.rows[0] as { present: boolean }).present) return null
      // Locks the parent and every partition: no write can reach DEFAULT between the count
      // and the creation. Held for milliseconds when DEFAULT has no row of the month.
      await tx.execute(sql`LOCK TABLE ${sql.identifier(PROGRESS_TABLE)} IN ACCESS EXCLUSIVE MODE`)
      const inDefault = await tx.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(DEFAULT_PARTITION)}
            WHERE date >= ${month}::date AND date < ${next}::date`,
      )
      const n = inDefault.rows[0]?.n ?? 0
      if (n === 0) {
        await tx.execute(createPartition(name, month, next))
        return 0
      }
      return moveOutOfDefault(tx, name, month, next)
    })
    if (moved === null) continue
    result.created.push(name)
    if (moved > 0) result.moved.push({ partition: name, rows: moved })
  }
  await validateForeignKeys(db)
  return result
}

function createPartition(name: string, month: string, next: string) {
  return sql`CREATE TABLE ${sql.identifier(name)} PARTITION OF ${sql.identifier(PROGRESS_TABLE)}
    FOR VALUES FROM (${sql.raw(`'${month}'`)}) TO (${sql.raw(`'${next}'`)})`
}

/**
 * PostgreSQL refuses to create a partition while DEFAULT holds rows of its range. The rows are
 * moved through the parent (DELETE, then INSERT once the partition exists), so that row
 * triggers on daily_progress see a delete and an insert of the same row and stay balanced.
 * The composite foreign keys of evidence and verifications would cascade the DELETE, so they
 * are dropped for the move and added back NOT VALID (every referenced (id, date) is back by
 * then) and validated after the commit without blocking writes. All in one transaction: a
 * failure leaves everything as it was.
 */
async function moveOutOfDefault(tx: Tx, name: string, month: string, next: string) {
  for (const r of REFERENCING)
    await tx.execute(sql`LOCK TABLE ${sql.identifier(r.table)} IN ACCESS EXCLUSIVE MODE`)
  await tx.execute(sql`CREATE TEMP TABLE daily_progress_moving ON COMMIT DROP AS
    SELECT * FROM ${sql.identifier(DEFAULT_PARTITION)}
    WHERE date >= ${month}::date AND date < ${next}::date`)
  for (const r of REFERENCING)
    await tx.execute(
      sql`ALTER TABLE ${sql.identifier(r.table)} DROP CONSTRAINT ${sql.identifier(r.constraint)}`,
    )
  await tx.execute(sql`DELETE FROM ${sql.identifier(PROGRESS_TABLE)}
    WHERE date >= ${month}::date AND date < ${next}::date`)
  await tx.execute(createPartition(name, month, next))
  const inserted = await tx.execute(
    sql`INSERT INTO ${sql.identifier(PROGRESS_TABLE)} SELECT * FROM daily_progress_moving`,
  )
  for (const r of REFERENCING)
    await tx.execute(sql`ALTER TABLE ${sql.identifier(r.table)}
      ADD CONSTRAINT ${sql.identifier(r.constraint)} FOREIGN KEY (progress_id, progress_date)
      REFERENCES ${sql.identifier(PROGRESS_TABLE)} (id, date)
      ON DELETE CASCADE ON UPDATE CASCADE NOT VALID`)
  return inserted.rowCount ?? 0
}

/** Validates the referencing foreign keys left NOT VALID by a move (also after a crash). */
async function validateForeignKeys(db: Executor) {
  for (const r of REFERENCING) {
    const c = await db.execute<{ valid: boolean }>(sql`
      SELECT convalidated AS valid FROM pg_constraint
      WHERE conname = ${r.constraint} AND conrelid = ${r.table}::regclass`)
    if (c.rows[0] && !c.rows[0].valid)
      await db.execute(
        sql`ALTER TABLE ${sql.identifier(r.table)} VALIDATE CONSTRAINT ${sql.identifier(r.constraint)}`,
      )
  }
}

/**
 * The job (progress.partitions): the month of `today`, the `monthsAhead` following ones, and
 * every month that has rows in DEFAULT (a back-dated entry or import of a month older than the
 * partitions), whose rows move into their new partition. Entries cannot be dated in the future,
 * so new entries do not land in DEFAULT while the job runs.
 */
export async function maintainProgressPartitions(
  db: Db,
  opts: { today: string; monthsAhead: number },
): Promise<EnsureResult> {
  const from = monthOf(opts.today)
  const result = await ensureProgressPartitions(db, {
    from,
    to: addMonths(from, opts.monthsAhead),
  })
  const stray = await db.execute<{ month: string }>(sql`
    SELECT DISTINCT to_char(date, 'YYYY-MM-01') AS month
    FROM ${sql.identifier(DEFAULT_PARTITION)} ORDER BY 1`)
  for (const { month } of stray.rows) {
    const r = await ensureProgressPartitions(db, { from: month, to: month })
    result.created.push(...r.created)
    result.moved.push(...r.moved)
  }
  return result
}
