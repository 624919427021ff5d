import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { tppSettings } from './tpp.tables.ts'

export type TppSettingsRow = typeof tppSettings.$inferSelect
export type TppSettingsInsert = typeof tppSettings.$inferInsert

/** The instansi's settings, created with `defaults` on first use (concurrent firsts are safe). */
export async function ensureSettings(
  db: Executor,
  defaults: TppSettingsInsert,
): Promise<TppSettingsRow> {
  await db.insert(tppSettings).values(defaults).onConflictDoNothing()
  const [row] = await db
    .select()
    .from(tppSettings)
    .where(eq(tppSettings.instansiId, defaults.instansiId))
  if (!row) throw new Error('tpp settings row missing')
  return row
}

/** The row locked until the transaction ends (created first when missing). */
export async function lockSettings(
  db: Executor,
  defaults: TppSettingsInsert,
): Promise<TppSettingsRow> {
  await db.insert(tppSettings).values(defaults).onConflictDoNothing()
  const [row] = await db
    .select()
    .from(tppSettings)
    .where(eq(tppSettings.instansiId, defaults.instansiId))
    .for('update')
  if (!row) throw new Error('tpp settings row missing')
  return row
}

export async function updateSettings(
  db: Executor,
  instansiId: string,
  patch: Partial<Omit<TppSettingsInsert, 'instansiId'>>,
): Promise<TppSettingsRow> {
  const [row] = await db
    .update(tppSettings)
    .set(patch)
    .where(eq(tppSettings.instansiId, instansiId))
    .returning()
  if (!row) throw new Error('tpp settings row missing')
  return row
}
