import { and, asc, eq, sql } from 'drizzle-orm'
import type { Role } from '../../../shared/org.ts'
import type { Executor } from '../../db/client.ts'
import { userAccounts } from '../auth/auth.tables.ts'

/** An account on the PIC side of an instansi's helpdesk. */
export type StaffAccount = {
  userId: string
  displayName: string
  roles: Role[]
  createdAt: Date
}

/**
 * The helpdesk's one read of the accounts: who answers tickets in an instansi (active accounts
 * with role pic_helpdesk or admin_instansi), oldest account first. A port with the shape the
 * auth module's AccountsPort would offer (`helpdeskStaffOf(db, instansiId)`); it lives here
 * until auth exposes it, and is the only place the helpdesk touches another module's table.
 */
export function createHelpdeskStaffPort() {
  return {
    async helpdeskStaffOf(db: Executor, instansiId: string): Promise<StaffAccount[]> {
      const rows = await db
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
            sql`${userAccounts.roles} && array['pic_helpdesk','admin_instansi']::text[]`,
          ),
        )
        .orderBy(asc(userAccounts.createdAt), asc(userAccounts.id))
      return rows.map((r) => ({ ...r, roles: r.roles as Role[] }))
    },
  }
}
export type HelpdeskStaffPort = ReturnType<typeof createHelpdeskStaffPort>
