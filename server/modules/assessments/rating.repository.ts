/**
 * Persistence of the assessor's side (rating.service.ts): lists for the pejabat penilai and the
 * atasan pejabat penilai, aggregate counts for the distribution, umpan balik, keberatan
 * decisions and the predikat kinerja organisasi. Executor first; no authorisation here.
 */
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { AssessmentStatus } from '../../../shared/rules/assessment-workflow.ts'
import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { Predikat, Rating } from '../../../shared/rules/predikat.ts'
import type { Executor } from '../../db/client.ts'
import {
  assessmentFeedback,
  assessmentObjections,
  assessments,
  orgPredikat,
} from './assessments.tables.ts'

export type OrgPredikatRow = typeof orgPredikat.$inferSelect
export type OrgPredikatInsert = typeof orgPredikat.$inferInsert
export type ObjectionRow = typeof assessmentObjections.$inferSelect

/** Statuses after finalising: locked for the atasan. */
export const FINAL_STATUSES = [
  'finalised',
  'objected',
  'decided',
] as const satisfies readonly AssessmentStatus[]

/** "Me, and (for an admin) the rows nobody holds": the column equals me or is null. */
function mineOrUnassigned(
  column: typeof assessments.assessorPegawaiId | typeof assessments.reviewerPegawaiId,
  pegawaiId: string | null,
  includeUnassigned: boolean,
): SQL {
  const parts: SQL[] = []
  if (pegawaiId) parts.push(eq(column, pegawaiId))
  if (includeUnassigned) parts.push(isNull(column))
  return parts.length ? (or(...parts) as SQL) : sql`false`
}

// ---------- lists ----------
/** Assessments of a period whose pejabat penilai is the person (and, for an admin, nobody). */
export async function listForAssessor(
  db: Executor,
  instansiId: string,
  periodId: string,
  who: { pegawaiId: string | null; includeUnassigned: boolean },
) {
  return db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        mineOrUnassigned(assessments.assessorPegawaiId, who.pegawaiId, who.includeUnassigned),
      ),
    )
    .orderBy(asc(assessments.unitName), asc(assessments.pegawaiName), asc(assessments.id))
}

/** Keberatan of a period the person decides (filed or decided); an admin's: no reviewer. */
export async function listForReviewer(
  db: Executor,
  instansiId: string,
  periodId: string,
  who: { pegawaiId: string | null; includeUnassigned: boolean },
) {
  return db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        inArray(assessments.status, ['objected', 'decided']),
        mineOrUnassigned(assessments.reviewerPegawaiId, who.pegawaiId, who.includeUnassigned),
      ),
    )
    .orderBy(asc(assessments.status), asc(assessments.pegawaiName), asc(assessments.id))
}

/** The period's assessments counted per unit, status and predikat (one aggregate statement). */
export async function countByUnit(db: Executor, instansiId: string, periodId: string) {
  return db
    .select({
      unitId: assessments.unitId,
      status: assessments.status,
      predikat: assessments.predikat,
      n: sql<number>`count(*)::int`,
    })
    .from(assessments)
    .where(and(eq(assessments.instansiId, instansiId), eq(assessments.periodId, periodId)))
    .groupBy(assessments.unitId, assessments.status, assessments.predikat)
}

/** Units in which the person assesses someone this period (to know which groups they may open). */
export async function unitsAssessedBy(
  db: Executor,
  instansiId: string,
  periodId: string,
  assessorPegawaiId: string,
) {
  const rows = await db
    .selectDistinct({ unitId: assessments.unitId })
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        eq(assessments.assessorPegawaiId, assessorPegawaiId),
      ),
    )
  return rows.map((r) => r.unitId)
}

/** Everyone of a period in some units (the drill-down of distribution groups). */
export async function listPeopleInUnits(
  db: Executor,
  instansiId: string,
  periodId: string,
  unitIds: readonly string[],
) {
  if (unitIds.length === 0) return []
  return db
    .select({
      id: assessments.id,
      instansiId: assessments.instansiId,
      pegawaiId: assessments.pegawaiId,
      pegawaiName: assessments.pegawaiName,
      pegawaiNip: assessments.pegawaiNip,
      jabatanName: assessments.jabatanName,
      unitId: assessments.unitId,
      unitName: assessments.unitName,
      status: assessments.status,
      predikat: assessments.predikat,
      assessorPegawaiId: assessments.assessorPegawaiId,
      reviewerPegawaiId: assessments.reviewerPegawaiId,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        inArray(assessments.unitId, [...unitIds]),
      ),
    )
    .orderBy(asc(assessments.pegawaiName), asc(assessments.id))
}

/** Several assessments locked in id order (a bulk action never deadlocks with another). */
export async function lockAssessments(db: Executor, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return []
  return db
    .select()
    .from(assessments)
    .where(and(eq(assessments.instansiId, instansiId), inArray(assessments.id, [...ids])))
    .orderBy(asc(assessments.id))
    .for('update')
}

/** The same patch on many locked rows, each version bumped (bulk finalise). */
export async function updateAssessments(
  db: Executor,
  ids: readonly string[],
  patch: Partial<typeof assessments.$inferInsert>,
) {
  if (ids.length === 0) return []
  return db
    .update(assessments)
    .set({ ...patch, version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
    .where(inArray(assessments.id, [...ids]))
    .returning()
}

/**
 * Rated but not final assessments of the heads of a unit in a period, locked: their rating
 * hasil kerja follows the unit's predikat kinerja organisasi.
 */
export async function lockHeadAssessmentsToRecompute(
  db: Executor,
  instansiId: string,
  periodId: string,
  unitId: string,
) {
  return db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        eq(assessments.headsUnitId, unitId),
        sql`${assessments.status} NOT IN ('finalised', 'objected', 'decided')`,
        sql`${assessments.ratingPerilaku} IS NOT NULL`,
      ),
    )
    .orderBy(asc(assessments.id))
    .for('update')
}

/** One recomputed rating of a unit head (version bumped). */
export async function setRatings(
  db: Executor,
  id: string,
  r: { ratingHasil: Rating; ratingPerilaku: Rating; predikat: Predikat },
) {
  const [row] = await db
    .update(assessments)
    .set({
      ...r,
      ratingHasilSource: 'org_predikat',
      version: sql`${assessments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(assessments.id, id))
    .returning()
  if (!row) throw new Error(`assessment ${id} vanished inside its transaction`)
  return row
}

// ---------- umpan balik ----------
export type FeedbackUpsert = {
  rhkId: string | null
  coreValue: CoreValue | null
  rating: Rating | null
  body: string | null
}

/** Writes the umpan balik topics given (insert or update in one statement). */
export async function upsertFeedback(
  db: Executor,
  instansiId: string,
  assessmentId: string,
  byUserId: string,
  items: readonly FeedbackUpsert[],
) {
  if (items.length === 0) return
  await db
    .insert(assessmentFeedback)
    .values(items.map((i) => ({ ...i, instansiId, assessmentId, byUserId })))
    .onConflictDoUpdate({
      target: [
        assessmentFeedback.assessmentId,
        assessmentFeedback.rhkId,
        assessmentFeedback.coreValue,
      ],
      set: {
        rating: sql`excluded.rating`,
        body: sql`excluded.body`,
        byUserId: sql`excluded.by_user_id`,
        updatedAt: sql`now()`,
      },
    })
}

/** Removes umpan balik topics (a cleared RHK or value). */
export async function deleteFeedback(
  db: Executor,
  assessmentId: string,
  topics: { rhkIds: readonly string[]; coreValues: readonly CoreValue[] },
) {
  const parts: SQL[] = []
  if (topics.rhkIds.length) parts.push(inArray(assessmentFeedback.rhkId, [...topics.rhkIds]))
  if (topics.coreValues.length)
    parts.push(inArray(assessmentFeedback.coreValue, [...topics.coreValues]))
  if (parts.length === 0) return
  await db
    .delete(assessmentFeedback)
    .where(and(eq(assessmentFeedback.assessmentId, assessmentId), or(...parts)))
}

// ---------- keberatan ----------
/** The latest keberatan of an assessment, locked. */
export async function lockLatestObjection(db: Executor, assessmentId: string) {
  const [row] = await db
    .select()
    .from(assessmentObjections)
    .where(eq(assessmentObjections.assessmentId, assessmentId))
    .orderBy(desc(assessmentObjections.filedAt), desc(assessmentObjections.id))
    .limit(1)
    .for('update')
  return row
}

export async function updateObjection(
  db: Executor,
  id: string,
  patch: Partial<typeof assessmentObjections.$inferInsert>,
) {
  const [row] = await db
    .update(assessmentObjections)
    .set(patch)
    .where(eq(assessmentObjections.id, id))
    .returning()
  return row
}

// ---------- predikat kinerja organisasi ----------
export async function findOrgPredikat(
  db: Executor,
  instansiId: string,
  unitId: string,
  periodId: string,
) {
  const [row] = await db
    .select()
    .from(orgPredikat)
    .where(
      and(
        eq(orgPredikat.instansiId, instansiId),
        eq(orgPredikat.unitId, unitId),
        eq(orgPredikat.periodId, periodId),
      ),
    )
  return row
}

export async function lockOrgPredikat(
  db: Executor,
  instansiId: string,
  unitId: string,
  periodId: string,
) {
  const [row] = await db
    .select()
    .from(orgPredikat)
    .where(
      and(
        eq(orgPredikat.instansiId, instansiId),
        eq(orgPredikat.unitId, unitId),
        eq(orgPredikat.periodId, periodId),
      ),
    )
    .for('update')
  return row
}

/** Inserts the first value of a unit and period; undefined when someone else was first. */
export async function insertOrgPredikat(db: Executor, values: OrgPredikatInsert) {
  const [row] = await db
    .insert(orgPredikat)
    .values(values)
    .onConflictDoNothing({ target: [orgPredikat.unitId, orgPredikat.periodId] })
    .returning()
  return row
}

export async function updateOrgPredikat(
  db: Executor,
  id: string,
  patch: Partial<Omit<OrgPredikatInsert, 'id' | 'instansiId' | 'version'>>,
) {
  const [row] = await db
    .update(orgPredikat)
    .set({ ...patch, version: sql`${orgPredikat.version} + 1`, updatedAt: sql`now()` })
    .where(eq(orgPredikat.id, id))
    .returning()
  if (!row) throw new Error(`org predikat ${id} vanished inside its transaction`)
  return row
}
