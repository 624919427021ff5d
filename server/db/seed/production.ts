import { eq, sql } from 'drizzle-orm'
import { insertAudit } from '../../modules/audit/audit.repository.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { hashPassword, oneTimePassword } from '../../modules/auth/password.ts'
import { instansi } from '../../modules/org/org.tables.ts'
import type { Db } from '../client.ts'

export type ProductionAdminInput = {
  instansiName: string
  instansiCode: string
  /** IANA zone of the instansi: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). */
  timeZone: string
  username: string
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * First start on a real database (DATABASE_URL): one instansi and one admin_instansi account,
 * never the demo people (demo-data.md). The password is random and must be changed at the
 * first sign-in; it is returned once so the operator can read it, and never stored in clear.
 */
export async function seedProductionAdmin(db: Db, input: ProductionAdminInput): Promise<string> {
  const instansiName = input.instansiName.trim()
  const instansiCode = input.instansiCode.trim().toUpperCase()
  const username = input.username.trim()
  if (instansiName.length < 2) throw new Error('The instansi name must have at least 2 characters')
  if (!/^[A-Z0-9_-]{2,40}$/.test(instansiCode)) {
    throw new Error('The instansi code must be 2–40 letters, digits, "-" or "_"')
  }
  if (!isValidTimeZone(input.timeZone)) throw new Error(`Unknown time zone ${input.timeZone}`)
  // Employees sign in with an 18-digit NIP; an admin username must never look like one.
  if (!/^[A-Za-z][A-Za-z0-9._-]{2,63}$/.test(username)) {
    throw new Error(
      'The username must start with a letter and have 3–64 letters, digits, ".", "_" or "-"',
    )
  }

  const password = oneTimePassword()
  const passwordHash = await hashPassword(password)

  await db.transaction(async (tx) => {
    const sameCode = await tx
      .select({ id: instansi.id })
      .from(instansi)
      .where(eq(instansi.code, instansiCode))
    if (sameCode.length > 0) throw new Error(`An instansi with code ${instansiCode} already exists`)
    const sameUser = await tx
      .select({ id: userAccounts.id })
      .from(userAccounts)
      .where(sql`lower(${userAccounts.username}) = lower(${username})`)
    if (sameUser.length > 0) throw new Error(`The username ${username} is already taken`)

    const [inst] = await tx
      .insert(instansi)
      .values({ code: instansiCode, name: instansiName, timeZone: input.timeZone })
      .returning({ id: instansi.id })
    if (!inst) throw new Error('Inserting the instansi returned no row')
    const [account] = await tx
      .insert(userAccounts)
      .values({
        instansiId: inst.id,
        username,
        displayName: `Admin ${instansiName}`,
        passwordHash,
        roles: ['admin_instansi'],
        mustChangePassword: true,
      })
      .returning({ id: userAccounts.id })
    if (!account) throw new Error('Inserting the admin account returned no row')
    await insertAudit(tx, {
      instansiId: inst.id,
      actorUserId: null,
      actorLabel: 'system',
      action: 'seed.production_admin',
      entity: 'user_account',
      entityId: account.id,
      after: { username, roles: ['admin_instansi'], instansiCode },
    })
  })
  return password
}
