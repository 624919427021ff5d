/**
 * Core persistence of assessments, shared by the pegawai side (assessments.service.ts) and the
 * assessor side (rating.service.ts). Executor first; no authorisation here.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import {
  assessmentEvidence,
  assessmentExtensions,
  assessmentFeedback,
  assessmentObjections,
  assessmentRealisasi,
  assessments,
  assessmentSettings,
  orgPredikat,
} from './assessments.tables.ts'

export type AssessmentRow = typeof assessments.$inferSelect
export type AssessmentInsert = typeof assessments.$inferInsert
export type AssessmentSettingsRow = typeof assessmentSettings.$inferSelect

export async function findAssessment(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.instansiId, instansiId), eq(assessments.id, id)))
  return row
}

/** The row, locked until the transaction ends: transitions assert status and version on it. */
export async function lockAssessment(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.instansiId, instansiId), eq(assessments.id, id)))
    .for('update')
  return row
}

/** Writes a patch and bumps the version (call on a locked row whose version was checked). */
export async function updateAssessment(
  db: Executor,
  id: string,
  patch: Partial<Omit<AssessmentInsert, 'id' | 'instansiId' | 'version'>>,
) {
  const [row] = await db
    .update(assessments)
    .set({ ...patch, version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
    .where(eq(assessments.id, id))
    .returning()
  if (!row) throw new Error(`assessment ${id} vanished inside its transaction`)
  return row
}

/** Creates the missing assessments of a period (idempotent: one per pegawai per period). */
export async function insertAssessmentsIfMissing(db: Executor, rows: AssessmentInsert[]) {
  if (rows.length === 0) return 0
  let inserted = 0
  for (let i = 0; i < rows.length; i += 500) {
    const r = await db
      .insert(assessments)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: [assessments.periodId, assessments.pegawaiId] })
      .returning({ id: assessments.id })
    inserted += r.length
  }
  return inserted
}

export async function countAssessmentsOfPeriod(db: Executor, instansiId: string, periodId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessments)
    .where(and(eq(assessments.instansiId, instansiId), eq(assessments.periodId, periodId)))
  return row?.n ?? 0
}

export async function findSettings(db: Executor, instansiId: string) {
  const [row] = await db
    .select()
    .from(assessmentSettings)
    .where(eq(assessmentSettings.instansiId, instansiId))
  return row
}

// ---------- assessments (pegawai side) ----------
/** Which of these people already have an assessment in the period (all of the period when omitted). */
export async function assessedPegawaiIds(
  db: Executor,
  instansiId: string,
  periodId: string,
  pegawaiIds?: readonly string[],
) {
  if (pegawaiIds && pegawaiIds.length === 0) return new Set<string>()
  const rows = await db
    .select({ pegawaiId: assessments.pegawaiId })
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.periodId, periodId),
        pegawaiIds ? inArray(assessments.pegawaiId, [...pegawaiIds]) : undefined,
      ),
    )
  return new Set(rows.map((r) => r.pegawaiId))
}

/** A person's assessments of some periods. */
export async function listAssessmentsOfPegawai(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  periodIds: readonly string[],
) {
  if (periodIds.length === 0) return []
  return db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, instansiId),
        eq(assessments.pegawaiId, pegawaiId),
        inArray(assessments.periodId, [...periodIds]),
      ),
    )
}

// ---------- realisasi ----------
export type RealisasiRow = typeof assessmentRealisasi.$inferSelect
export type RealisasiInsert = typeof assessmentRealisasi.$inferInsert

export async function listRealisasi(db: Executor, assessmentId: string) {
  return db
    .select()
    .from(assessmentRealisasi)
    .where(eq(assessmentRealisasi.assessmentId, assessmentId))
}

/** Writes realisasi rows (one per indikator), replacing what was stated before. */
export async function upsertRealisasi(db: Executor, rows: readonly RealisasiInsert[]) {
  if (rows.length === 0) return
  await db
    .insert(assessmentRealisasi)
    .values([...rows])
    .onConflictDoUpdate({
      target: [assessmentRealisasi.assessmentId, assessmentRealisasi.indikatorId],
      set: {
        value: sql`excluded.value`,
        text: sql`excluded.text`,
        suggestedValue: sql`excluded.suggested_value`,
        editReason: sql`excluded.edit_reason`,
        rhkId: sql`excluded.rhk_id`,
        updatedAt: sql`now()`,
      },
    })
}

export async function deleteRealisasi(
  db: Executor,
  assessmentId: string,
  indikatorIds: readonly string[],
) {
  if (indikatorIds.length === 0) return
  await db
    .delete(assessmentRealisasi)
    .where(
      and(
        eq(assessmentRealisasi.assessmentId, assessmentId),
        inArray(assessmentRealisasi.indikatorId, [...indikatorIds]),
      ),
    )
}

// ---------- evidence ----------
export type AssessmentEvidenceRow = typeof assessmentEvidence.$inferSelect
export type AssessmentEvidenceInsert = typeof assessmentEvidence.$inferInsert

export async function listEvidence(db: Executor, assessmentId: string) {
  return db
    .select()
    .from(assessmentEvidence)
    .where(eq(assessmentEvidence.assessmentId, assessmentId))
    .orderBy(asc(assessmentEvidence.createdAt), asc(assessmentEvidence.id))
}

export async function findEvidence(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessmentEvidence)
    .where(and(eq(assessmentEvidence.instansiId, instansiId), eq(assessmentEvidence.id, id)))
  return row
}

/** The evidence already picked from one daily-progress evidence under an RHK (a repeated pick). */
export async function findPickedEvidence(
  db: Executor,
  assessmentId: string,
  rhkId: string,
  progressEvidenceId: string,
) {
  const [row] = await db
    .select()
    .from(assessmentEvidence)
    .where(
      and(
        eq(assessmentEvidence.assessmentId, assessmentId),
        eq(assessmentEvidence.rhkId, rhkId),
        eq(assessmentEvidence.progressEvidenceId, progressEvidenceId),
      ),
    )
  return row
}

export async function countEvidenceOfRhk(db: Executor, assessmentId: string, rhkId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(assessmentEvidence)
    .where(
      and(eq(assessmentEvidence.assessmentId, assessmentId), eq(assessmentEvidence.rhkId, rhkId)),
    )
  return row?.n ?? 0
}

export async function insertEvidence(db: Executor, values: AssessmentEvidenceInsert) {
  const [row] = await db.insert(assessmentEvidence).values(values).returning()
  if (!row) throw new Error('assessment evidence not inserted')
  return row
}

export async function deleteEvidence(db: Executor, id: string) {
  await db.delete(assessmentEvidence).where(eq(assessmentEvidence.id, id))
}

/**
 * Serialises everything that places or removes one stored file of the assessments' store: an
 * upload holds it from before the rename until its row commits; a cleanup while it counts.
 */
export async function lockFileKey(db: Executor, key: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`assessment-evidence:${key}`}, 0))`,
  )
}

export async function countFileKeyRefs(db: Executor, key: string) {
  const [row] = await db
    .select({ n: count() })
    .from(assessmentEvidence)
    .where(eq(assessmentEvidence.fileKey, key))
  return row?.n ?? 0
}

// ---------- feedback and keberatan (written by the assessor side; read here) ----------
export type AssessmentFeedbackRow = typeof assessmentFeedback.$inferSelect
export type ObjectionRow = typeof assessmentObjections.$inferSelect

export async function listFeedback(db: Executor, assessmentId: string) {
  return db
    .select()
    .from(assessmentFeedback)
    .where(eq(assessmentFeedback.assessmentId, assessmentId))
}

export async function latestObjection(db: Executor, assessmentId: string) {
  const [row] = await db
    .select()
    .from(assessmentObjections)
    .where(eq(assessmentObjections.assessmentId, assessmentId))
    .orderBy(desc(assessmentObjections.filedAt), desc(assessmentObjections.id))
    .limit(1)
  return row
}

export async function insertObjection(
  db: Executor,
  values: typeof assessmentObjections.$inferInsert,
) {
  const [row] = await db.insert(assessmentObjections).values(values).returning()
  if (!row) throw new Error('objection not inserted')
  return row
}

// ---------- organisational predikat (read) ----------
export type OrgPredikatRow = typeof orgPredikat.$inferSelect

/** Every unit's predikat kinerja organisasi of a period. */
export async function listOrgPredikat(db: Executor, instansiId: string, periodId: string) {
  return db
    .select()
    .from(orgPredikat)
    .where(and(eq(orgPredikat.instansiId, instansiId), eq(orgPredikat.periodId, periodId)))
}

// ---------- settings ----------
/** The instansi's settings row, created with the defaults when missing, locked for the transaction. */
export async function lockSettings(db: Executor, instansiId: string) {
  await db.insert(assessmentSettings).values({ instansiId }).onConflictDoNothing()
  const [row] = await db
    .select()
    .from(assessmentSettings)
    .where(eq(assessmentSettings.instansiId, instansiId))
    .for('update')
  if (!row) throw new Error('assessment settings row missing')
  return row
}

export async function updateSettings(
  db: Executor,
  instansiId: string,
  patch: Partial<Omit<typeof assessmentSettings.$inferInsert, 'instansiId'>>,
) {
  const [row] = await db
    .update(assessmentSettings)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(assessmentSettings.instansiId, instansiId))
    .returning()
  if (!row) throw new Error('assessment settings row missing')
  return row
}

// ---------- extensions ----------
export type ExtensionRow = typeof assessmentExtensions.$inferSelect

/** Extensions of some periods, oldest first. */
export async function listExtensions(
  db: Executor,
  instansiId: string,
  periodIds: readonly string[],
) {
  if (periodIds.length === 0) return []
  return db
    .select()
    .from(assessmentExtensions)
    .where(
      and(
        eq(assessmentExtensions.instansiId, instansiId),
        inArray(assessmentExtensions.periodId, [...periodIds]),
      ),
    )
    .orderBy(asc(assessmentExtensions.createdAt), asc(assessmentExtensions.id))
}

export async function findExtension(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessmentExtensions)
    .where(and(eq(assessmentExtensions.instansiId, instansiId), eq(assessmentExtensions.id, id)))
  return row
}

export async function insertExtension(
  db: Executor,
  values: typeof assessmentExtensions.$inferInsert,
) {
  const [row] = await db.insert(assessmentExtensions).values(values).returning()
  if (!row) throw new Error('extension not inserted')
  return row
}

export async function deleteExtension(db: Executor, id: string) {
  await db.delete(assessmentExtensions).where(eq(assessmentExtensions.id, id))
}
