import { and, eq, gt, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { sessions, userAccounts } from './auth.tables.ts'

export type UserAccountRow = typeof userAccounts.$inferSelect

export async function findAccountByUsername(db: Executor, username: string) {
  const [row] = await db
    .select()
    .from(userAccounts)
    .where(sql`lower(${userAccounts.username}) = lower(${username})`)
    .limit(1)
  return row
}

export async function findAccount(db: Executor, id: string) {
  const [row] = await db.select().from(userAccounts).where(eq(userAccounts.id, id)).limit(1)
  return row
}

/** The sign-in account of an employee, if any (one per pegawai). */
export async function findAccountIdByPegawai(db: Executor, pegawaiId: string) {
  const [row] = await db
    .select({ id: userAccounts.id })
    .from(userAccounts)
    .where(eq(userAccounts.pegawaiId, pegawaiId))
    .limit(1)
  return row?.id ?? null
}

/** Active sign-in accounts of these employees, batched (reminders address many at once). */
export async function listActiveAccountsOfPegawai(db: Executor, pegawaiIds: readonly string[]) {
  if (pegawaiIds.length === 0) return []
  return db
    .select({ id: userAccounts.id, pegawaiId: userAccounts.pegawaiId })
    .from(userAccounts)
    .where(and(inArray(userAccounts.pegawaiId, [...pegawaiIds]), eq(userAccounts.active, true)))
}

/** The employee each of these accounts signs in as (accounts without one are left out). */
export async function listPegawaiOfAccounts(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return []
  return db
    .select({ id: userAccounts.id, pegawaiId: userAccounts.pegawaiId })
    .from(userAccounts)
    .where(and(inArray(userAccounts.id, [...userIds]), isNotNull(userAccounts.pegawaiId)))
}

/** Active accounts of an instansi holding any of these roles, oldest first (e.g. helpdesk staff). */
export async function listActiveAccountsWithRoles(
  db: Executor,
  instansiId: string,
  roles: readonly string[],
) {
  return db
    .select({
      userId: userAccounts.id,
      displayName: userAccounts.displayName,
      roles: userAccounts.roles,
      createdAt: userAccounts.createdAt,
    })
    .from(userAccounts)
    .where(
      and(
        eq(userAccounts.instansiId, instansiId),
        eq(userAccounts.active, true),
        or(...roles.map((r) => sql`${r} = any(${userAccounts.roles})`)),
      ),
    )
    .orderBy(userAccounts.createdAt, userAccounts.id)
}

export async function updateAccount(
  db: Executor,
  id: string,
  patch: Partial<typeof userAccounts.$inferInsert>,
) {
  const [row] = await db
    .update(userAccounts)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(userAccounts.id, id))
    .returning()
  return row
}

export async function insertAccount(db: Executor, values: typeof userAccounts.$inferInsert) {
  const [row] = await db.insert(userAccounts).values(values).returning()
  return row as UserAccountRow
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values)
}

function liveSessionQuery(db: Executor) {
  return (
    db
      .select({
        session: {
          id: sessions.id,
          csrfToken: sessions.csrfToken,
          lastSeenAt: sessions.lastSeenAt,
        },
        account: {
          id: userAccounts.id,
          username: userAccounts.username,
          displayName: userAccounts.displayName,
          instansiId: userAccounts.instansiId,
          pegawaiId: userAccounts.pegawaiId,
          roles: userAccounts.roles,
          active: userAccounts.active,
        },
        // The org module's instansi row, read here so that no request reads it again for its zone.
        timeZone: sql<
          string | null
        >`(select i.time_zone from instansi i where i.id = ${userAccounts.instansiId})`,
      })
      .from(sessions)
      .innerJoin(userAccounts, eq(userAccounts.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        ),
      )
      .limit(1)
      // A named statement: built once per executor, parsed and planned once per connection.
      .prepare('auth_find_live_session')
  )
}
const liveSessionQueries = new WeakMap<Executor, ReturnType<typeof liveSessionQuery>>()

/**
 * A live session with what the actor needs of its account and the time zone of the account's
 * instansi (null without one): the one statement every signed-in request runs. Read from the
 * database every time (revocation is immediate on every process); only the statement's text
 * and plan are kept.
 */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  let query = liveSessionQueries.get(db)
  if (!query) {
    query = liveSessionQuery(db)
    liveSessionQueries.set(db, query)
  }
  const [row] = await query.execute({ tokenHash, now: now.toISOString() })
  return row
}

export async function touchSession(db: Executor, id: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id))
}

export async function revokeSession(db: Executor, id: string, now: Date) {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id))
}

export async function revokeSessionsOfUser(
  db: Executor,
  userId: string,
  now: Date,
  exceptSessionId?: string,
) {
  const cond = exceptSessionId
    ? and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        sql`${sessions.id} <> ${exceptSessionId}`,
      )
    : and(eq(sessions.userId, userId), isNull(sessions.revokedAt))
  await db.update(sessions).set({ revokedAt: now }).where(cond)
}

export async function listAccounts(
  db: Executor,
  f: { instansiId: string | null; q?: string; page: number; pageSize: number },
) {
  const where: SQL[] = []
  if (f.instansiId) where.push(eq(userAccounts.instansiId, f.instansiId))
  if (f.q) {
    const q = `%${f.q}%`
    where.push(or(ilike(userAccounts.username, q), ilike(userAccounts.displayName, q)) as SQL)
  }
  const cond = where.length ? and(...where) : undefined
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(userAccounts)
      .where(cond)
      .orderBy(userAccounts.displayName)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(userAccounts)
      .where(cond),
  ])
  return { rows, total: count?.n ?? 0 }
}

/** Accounts for many new employees in one statement; existing ones are left alone. */
export async function insertAccountsForPegawai(
  db: Executor,
  rows: readonly {
    instansiId: string
    pegawaiId: string
    username: string
    displayName: string
    passwordHash: string
  }[],
) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(userAccounts)
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, mustChangePassword: true })))
      .onConflictDoNothing({ target: userAccounts.pegawaiId })
  }
}

/** Keeps the display names of many employees' accounts in step, in one statement. */
export async function updateDisplayNamesForPegawai(
  db: Executor,
  rows: readonly { pegawaiId: string; displayName: string }[],
) {
  if (rows.length === 0) return
  await db.execute(sql`update ${userAccounts} set display_name = v.display_name, updated_at = now()
    from unnest(${sql.param(rows.map((r) => r.pegawaiId))}::uuid[], ${sql.param(rows.map((r) => r.displayName))}::text[]) as v(pegawai_id, display_name)
    where ${userAccounts.pegawaiId} = v.pegawai_id and ${userAccounts.displayName} is distinct from v.display_name`)
}

/** Signs out every session of these employees' accounts. */
export async function revokeSessionsOfPegawai(
  db: Executor,
  pegawaiIds: readonly string[],
  now: Date,
) {
  if (pegawaiIds.length === 0) return
  await db.execute(sql`update ${sessions} set revoked_at = ${now} where revoked_at is null and user_id in
    (select id from ${userAccounts} where pegawai_id = any(${sql.param([...pegawaiIds])}::uuid[]))`)
}
