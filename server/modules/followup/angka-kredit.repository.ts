/** Persistence of the angka kredit settings and ledger. Executor first; no authorisation here. */
import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { DEFAULT_AK_TABLES } from './angka-kredit.ledger.ts'
import { akEntries, akSettings } from './angka-kredit.tables.ts'

export type AkSettingsRow = typeof akSettings.$inferSelect
export type AkEntryRow = typeof akEntries.$inferSelect
export type AkEntryInsert = typeof akEntries.$inferInsert

export async function findSettings(db: Executor, instansiId: string) {
  const [row] = await db.select().from(akSettings).where(eq(akSettings.instansiId, instansiId))
  return row
}

/** The settings row, created with the defaults when missing, locked until the transaction ends. */
export async function lockSettings(db: Executor, instansiId: string): Promise<AkSettingsRow> {
  await db
    .insert(akSettings)
    .values({ instansiId, ...DEFAULT_AK_TABLES, version: 0 })
    .onConflictDoNothing({ target: akSettings.instansiId })
  const [row] = await db
    .select()
    .from(akSettings)
    .where(eq(akSettings.instansiId, instansiId))
    .for('update')
  if (!row) throw new Error(`ak_settings of ${instansiId} vanished`)
  return row
}

export async function updateSettings(
  db: Executor,
  instansiId: string,
  patch: Pick<AkSettingsRow, 'sharePercent' | 'koefisien' | 'akForNextJenjang' | 'version'>,
) {
  const [row] = await db
    .update(akSettings)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(akSettings.instansiId, instansiId))
    .returning()
  if (!row) throw new Error(`ak_settings of ${instansiId} vanished`)
  return row
}

/** Ledger lines of an instansi, by person and year (optionally up to a year), oldest first. */
export async function listEntries(
  db: Executor,
  instansiId: string,
  q: { pegawaiIds?: readonly string[]; upToYear?: number; years?: readonly number[] } = {},
) {
  if (q.pegawaiIds && q.pegawaiIds.length === 0) return []
  const where: SQL[] = [eq(akEntries.instansiId, instansiId)]
  if (q.pegawaiIds) where.push(inArray(akEntries.pegawaiId, [...new Set(q.pegawaiIds)]))
  if (q.upToYear !== undefined) where.push(lte(akEntries.year, q.upToYear))
  if (q.years) where.push(inArray(akEntries.year, [...new Set(q.years)]))
  return db
    .select()
    .from(akEntries)
    .where(and(...where))
    .orderBy(
      asc(akEntries.pegawaiId),
      asc(akEntries.year),
      asc(akEntries.source),
      asc(akEntries.createdAt),
    )
}

export async function findEntry(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(akEntries)
    .where(and(eq(akEntries.instansiId, instansiId), eq(akEntries.id, id)))
    .for('update')
  return row
}

/** The lines generated from these assessments, locked (regeneration compares and updates them). */
export async function entriesOfAssessments(
  db: Executor,
  instansiId: string,
  assessmentIds: readonly string[],
) {
  if (assessmentIds.length === 0) return []
  return db
    .select()
    .from(akEntries)
    .where(
      and(
        eq(akEntries.instansiId, instansiId),
        inArray(akEntries.assessmentId, [...new Set(assessmentIds)]),
      ),
    )
    .for('update')
}

/** Inserts lines; a line for an assessment that already has one is left out (idempotent). */
export async function insertEntries(db: Executor, rows: readonly AkEntryInsert[]) {
  if (rows.length === 0) return []
  return db
    .insert(akEntries)
    .values([...rows])
    .onConflictDoNothing({ target: akEntries.assessmentId })
    .returning()
}

export async function insertEntry(db: Executor, row: AkEntryInsert) {
  const [created] = await db.insert(akEntries).values(row).returning()
  if (!created) throw new Error('ak entry not inserted')
  return created
}

export async function updateEntry(
  db: Executor,
  id: string,
  patch: Partial<Omit<AkEntryInsert, 'id' | 'instansiId' | 'pegawaiId'>>,
) {
  const [row] = await db
    .update(akEntries)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(akEntries.id, id))
    .returning()
  if (!row) throw new Error(`ak entry ${id} vanished`)
  return row
}

export async function deleteEntry(db: Executor, id: string) {
  await db.delete(akEntries).where(eq(akEntries.id, id))
}
