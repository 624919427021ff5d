import { and, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { talentPotensi } from './tpp.tables.ts'

export type TalentPotensiRow = typeof talentPotensi.$inferSelect
export type TalentPotensiInsert = typeof talentPotensi.$inferInsert

/** The potensi entered for a year (optionally of some people only). */
export async function listPotensi(
  db: Executor,
  instansiId: string,
  year: number,
  pegawaiIds?: readonly string[],
): Promise<TalentPotensiRow[]> {
  if (pegawaiIds && pegawaiIds.length === 0) return []
  return db
    .select()
    .from(talentPotensi)
    .where(
      and(
        eq(talentPotensi.instansiId, instansiId),
        eq(talentPotensi.year, year),
        pegawaiIds ? inArray(talentPotensi.pegawaiId, [...pegawaiIds]) : undefined,
      ),
    )
}

/** The person's row of a year, locked until the transaction ends. */
export async function lockPotensi(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  year: number,
) {
  const [row] = await db
    .select()
    .from(talentPotensi)
    .where(
      and(
        eq(talentPotensi.instansiId, instansiId),
        eq(talentPotensi.pegawaiId, pegawaiId),
        eq(talentPotensi.year, year),
      ),
    )
    .for('update')
  return row
}

/** Inserts or replaces the person's potensi of a year. */
export async function upsertPotensi(db: Executor, values: TalentPotensiInsert) {
  const [row] = await db
    .insert(talentPotensi)
    .values(values)
    .onConflictDoUpdate({
      target: [talentPotensi.pegawaiId, talentPotensi.year],
      set: {
        potensi: values.potensi,
        note: values.note ?? null,
        setByUserId: values.setByUserId,
        updatedAt: values.updatedAt,
      },
    })
    .returning()
  if (!row) throw new Error('upserting a talent potensi returned no row')
  return row
}
