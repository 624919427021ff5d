import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { coachingPlans } from './tpp.tables.ts'

export type CoachingPlanRow = typeof coachingPlans.$inferSelect
export type CoachingPlanInsert = typeof coachingPlans.$inferInsert

/** The coaching plans of some people: the open one first, then newest first. */
export async function listPlans(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
): Promise<CoachingPlanRow[]> {
  if (pegawaiIds.length === 0) return []
  return db
    .select()
    .from(coachingPlans)
    .where(
      and(
        eq(coachingPlans.instansiId, instansiId),
        inArray(coachingPlans.pegawaiId, [...new Set(pegawaiIds)]),
      ),
    )
    .orderBy(
      sql`${coachingPlans.status} = 'direncanakan' DESC`,
      desc(coachingPlans.createdAt),
      desc(coachingPlans.id),
    )
}

export async function findPlan(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(coachingPlans)
    .where(and(eq(coachingPlans.instansiId, instansiId), eq(coachingPlans.id, id)))
  return row
}

/** The row, locked until the transaction ends. */
export async function lockPlan(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(coachingPlans)
    .where(and(eq(coachingPlans.instansiId, instansiId), eq(coachingPlans.id, id)))
    .for('update')
  return row
}

/** The person's open plan (at most one: coaching_plans_one_open). */
export async function findOpenPlan(db: Executor, instansiId: string, pegawaiId: string) {
  const [row] = await db
    .select()
    .from(coachingPlans)
    .where(
      and(
        eq(coachingPlans.instansiId, instansiId),
        eq(coachingPlans.pegawaiId, pegawaiId),
        eq(coachingPlans.status, 'direncanakan'),
      ),
    )
  return row
}

export async function insertPlan(db: Executor, values: CoachingPlanInsert) {
  const [row] = await db.insert(coachingPlans).values(values).returning()
  if (!row) throw new Error('inserting a coaching plan returned no row')
  return row
}

/** Writes a patch (call on a locked row whose version was checked). */
export async function updatePlan(
  db: Executor,
  id: string,
  patch: Partial<Omit<CoachingPlanInsert, 'id' | 'instansiId' | 'pegawaiId'>>,
) {
  const [row] = await db
    .update(coachingPlans)
    .set(patch)
    .where(eq(coachingPlans.id, id))
    .returning()
  if (!row) throw new Error('coaching plan row missing')
  return row
}
