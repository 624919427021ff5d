/**
 * Core persistence of assessments, shared by the pegawai side (assessments.service.ts) and the
 * assessor side (rating.service.ts). Executor first; no authorisation here.
 */
import { and, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { assessments, assessmentSettings } from './assessments.tables.ts'

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
