import { and, asc, desc, eq, inArray, lte, max, sql, type SQL } from 'drizzle-orm'
import type { Verdict } from '../../../shared/activities.ts'
import type { Executor } from '../../db/client.ts'
import { activitySettings, dailyProgress, progressVerifications } from './activities.tables.ts'

export type ProgressRef = {
  id: string
  instansiId: string
  pegawaiId: string
  skpId: string | null
  date: string
  verificationStatus: (typeof dailyProgress.$inferSelect)['verificationStatus']
  version: number
}

const refColumns = {
  id: dailyProgress.id,
  instansiId: dailyProgress.instansiId,
  pegawaiId: dailyProgress.pegawaiId,
  skpId: dailyProgress.skpId,
  date: dailyProgress.date,
  verificationStatus: dailyProgress.verificationStatus,
  version: dailyProgress.version,
}

/** The instansi's stage-2 settings row (absent until an admin saves them). */
export async function findSettings(db: Executor, instansiId: string) {
  const [row] = await db
    .select()
    .from(activitySettings)
    .where(eq(activitySettings.instansiId, instansiId))
  return row
}

// ---------- monitoring aggregates: one query each, whatever the number of people ----------

/** Minutes of an entry from its `HH:MM` start and end (end is after start, a CHECK holds it). */
const minutesOf = sql`((split_part(${dailyProgress.endTime}, ':', 1)::int * 60 + split_part(${dailyProgress.endTime}, ':', 2)::int) - (split_part(${dailyProgress.startTime}, ':', 1)::int * 60 + split_part(${dailyProgress.startTime}, ':', 2)::int))`

export type ActivityCounts = {
  pegawaiId: string
  entriesOnDate: number
  minutesOnDate: number
  entriesInPeriod: number
  lateInPeriod: number
  pendingInPeriod: number
  flaggedInPeriod: number
}

/**
 * Per person: entries and minutes on `date`, and within `period` the entries, late ones, those
 * waiting for verification and flagged ones. Flagged = stored flags, or the same normalised
 * text on at least `duplicateMinCount` entries of the instansi (the `duplicate` flag is derived
 * from text_hash at read time because it depends on colleagues).
 */
export async function countActivity(
  db: Executor,
  f: {
    instansiId: string
    pegawaiIds: readonly string[]
    date: string
    period: { from: string; to: string } | null
    duplicateMinCount: number
  },
): Promise<ActivityCounts[]> {
  if (f.pegawaiIds.length === 0) return []
  const ids = [...f.pegawaiIds]
  const onDate = sql`${dailyProgress.date} = ${f.date}`
  const inPeriod: SQL = f.period
    ? sql`${dailyProgress.date} between ${f.period.from} and ${f.period.to}`
    : sql`false`
  // Hashes of texts these people used in the period that reach the duplicate threshold
  // across the whole instansi (index daily_progress_text_hash_idx).
  const duplicateHashes = f.period
    ? sql`select d.text_hash from daily_progress d
          where d.instansi_id = ${f.instansiId}
            and d.text_hash in (
              select m.text_hash from daily_progress m
              where m.instansi_id = ${f.instansiId}
                and m.pegawai_id in ${ids}
                and m.date between ${f.period.from} and ${f.period.to})
          group by d.text_hash
          having count(*) >= ${f.duplicateMinCount}`
    : sql`select null::text where false`
  const n = (cond: SQL) => sql<number>`count(*) filter (where ${cond})`.mapWith(Number)
  return db
    .select({
      pegawaiId: dailyProgress.pegawaiId,
      entriesOnDate: n(onDate),
      minutesOnDate: sql<number>`coalesce(sum(${minutesOf}) filter (where ${onDate}), 0)`.mapWith(
        Number,
      ),
      entriesInPeriod: n(inPeriod),
      lateInPeriod: n(sql`${inPeriod} and ${dailyProgress.late}`),
      pendingInPeriod: n(sql`${inPeriod} and ${dailyProgress.verificationStatus} = 'pending'`),
      flaggedInPeriod: n(
        sql`${inPeriod} and (cardinality(${dailyProgress.flags}) > 0 or ${dailyProgress.textHash} in (${duplicateHashes}))`,
      ),
    })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, f.instansiId),
        inArray(dailyProgress.pegawaiId, ids),
        sql`(${onDate} or ${inPeriod})`,
      ),
    )
    .groupBy(dailyProgress.pegawaiId)
}

/** The latest entry day up to `upTo` per value of an indexed id column of daily_progress. */
function latestDatePer(
  db: Executor,
  column: typeof dailyProgress.pegawaiId | typeof dailyProgress.rhkId,
  instansiId: string,
  ids: readonly string[],
  upTo: string,
) {
  return db
    .select({ id: column, last: max(dailyProgress.date) })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, instansiId),
        inArray(column, [...ids]),
        lte(dailyProgress.date, upTo),
      ),
    )
    .groupBy(column)
}

/** Each person's latest entry day up to `upTo` (index daily_progress_pegawai_date_idx). */
export async function lastEntryDates(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
  upTo: string,
) {
  if (pegawaiIds.length === 0) return []
  const rows = await latestDatePer(db, dailyProgress.pegawaiId, instansiId, pegawaiIds, upTo)
  // pegawai_id is not null: every group has one.
  return rows.map((r) => ({ pegawaiId: r.id as string, last: r.last }))
}

/** The latest activity day up to `upTo` of each RHK (index daily_progress_rhk_idx). */
export async function lastActivityPerRhk(
  db: Executor,
  instansiId: string,
  rhkIds: readonly string[],
  upTo: string,
) {
  if (rhkIds.length === 0) return []
  const rows = await latestDatePer(db, dailyProgress.rhkId, instansiId, rhkIds, upTo)
  return rows.map((r) => ({ rhkId: r.id, last: r.last }))
}

// ---------- verification ----------

export async function findProgressRef(
  db: Executor,
  instansiId: string,
  id: string,
): Promise<ProgressRef | undefined> {
  const [row] = await db
    .select(refColumns)
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), eq(dailyProgress.id, id)))
  return row
}

function selectRefs(db: Executor, instansiId: string, ids: readonly string[]) {
  return db
    .select(refColumns)
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), inArray(dailyProgress.id, [...ids])))
}

/** The entries, unlocked (to decide who may act on them before a transaction). */
export async function findProgressRefs(
  db: Executor,
  instansiId: string,
  ids: readonly string[],
): Promise<ProgressRef[]> {
  if (ids.length === 0) return []
  return selectRefs(db, instansiId, ids)
}

/** The entries, locked until the transaction ends (in id order, so concurrent bulks cannot deadlock). */
export async function lockProgressRefs(
  db: Executor,
  instansiId: string,
  ids: readonly string[],
): Promise<ProgressRef[]> {
  if (ids.length === 0) return []
  return selectRefs(db, instansiId, ids).orderBy(asc(dailyProgress.id)).for('update')
}

export async function insertVerifications(
  db: Executor,
  rows: readonly (typeof progressVerifications.$inferInsert)[],
) {
  if (rows.length === 0) return []
  return db
    .insert(progressVerifications)
    .values([...rows])
    .returning()
}

/** Mirrors the latest verdict on the entries and bumps their version (one statement). */
export async function markVerified(
  db: Executor,
  ids: readonly string[],
  verdict: Verdict,
  at: Date,
) {
  if (ids.length === 0) return []
  return db
    .update(dailyProgress)
    .set({
      verificationStatus: verdict,
      verifiedAt: at,
      version: sql`${dailyProgress.version} + 1`,
      updatedAt: at,
    })
    .where(inArray(dailyProgress.id, [...ids]))
    .returning({ id: dailyProgress.id, version: dailyProgress.version })
}

/** Every verdict on an entry, newest first. */
export async function listVerifications(db: Executor, progressId: string) {
  return db
    .select()
    .from(progressVerifications)
    .where(eq(progressVerifications.progressId, progressId))
    .orderBy(desc(progressVerifications.at))
}
