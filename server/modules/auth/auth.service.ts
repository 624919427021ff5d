import { createHash } from 'node:crypto'
import type { LoginInput, Me, ChangePasswordInput, User } from '../../../shared/auth.ts'
import { normaliseNip } from '../../../shared/rules/nip.ts'
import type { Role } from '../../../shared/org.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Config } from '../../config.ts'
import type { Db, Executor } from '../../db/client.ts'
import {
  AppError,
  forbidden,
  notFound,
  unauthenticated,
  validationFailed,
} from '../../lib/errors.ts'
import type { AuditService } from '../audit/audit.service.ts'
import * as repo from './auth.repository.ts'
import { canGrantRoles, canManageAccount, canManageAccounts } from './auth.policy.ts'
import {
  dummyVerify,
  hashPassword,
  oneTimePassword,
  randomToken,
  verifyPassword,
} from './password.ts'

/** What auth needs to know about the organisation (provided by the org service). */
export type OrgFacts = {
  isPegawaiActive(pegawaiId: string): Promise<boolean>
  directSubordinateCount(instansiId: string, pegawaiId: string): Promise<number>
  instansiInfo(instansiId: string): Promise<{ name: string; timeZone: string } | null>
}

type Deps = {
  db: Db
  clock: Clock
  config: Pick<Config, 'sessionTtlHours' | 'loginMaxFailures' | 'loginLockMinutes'>
  audit: AuditService
  org: OrgFacts
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** People paste NIPs with spaces ("19860926 201505 1 001"); a NIP-looking login is normalised. */
const normaliseLogin = (username: string) => {
  const compact = normaliseNip(username)
  return /^\d{18}$/.test(compact) ? compact : username.trim()
}

const toActor = (
  a: Pick<
    repo.UserAccountRow,
    'id' | 'username' | 'displayName' | 'instansiId' | 'pegawaiId' | 'roles'
  >,
  sessionId: string,
  ip: string | null,
  timeZone?: string,
): Actor => ({
  userId: a.id,
  username: a.username,
  displayName: a.displayName,
  instansiId: a.instansiId,
  pegawaiId: a.pegawaiId,
  roles: [...(a.pegawaiId ? (['pegawai'] as Role[]) : []), ...(a.roles as Role[])],
  sessionId,
  ip,
  ...(timeZone ? { timeZone } : {}),
})

const toUser = (a: repo.UserAccountRow): User => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  roles: [...(a.pegawaiId ? (['pegawai'] as Role[]) : []), ...(a.roles as Role[])],
  active: a.active,
  pegawaiId: a.pegawaiId,
  mustChangePassword: a.mustChangePassword,
  lockedUntil: a.lockedUntil?.toISOString() ?? null,
  lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
})

export function createAuthService({ db, clock, config, audit, org }: Deps) {
  const invalid = () =>
    new AppError(
      'UNAUTHENTICATED',
      'NIP/nama pengguna atau kata sandi salah',
      'INVALID_CREDENTIALS',
    )

  async function startSession(
    tx: Executor,
    account: repo.UserAccountRow,
    ip: string | null,
    userAgent: string | null,
  ) {
    const token = randomToken()
    const csrfToken = randomToken(18)
    const now = clock.now()
    const sessionId = crypto.randomUUID()
    await repo.insertSession(tx, {
      id: sessionId,
      tokenHash: sha256(token),
      csrfToken,
      userId: account.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + config.sessionTtlHours * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    })
    return { token, csrfToken, sessionId }
  }

  const service = {
    /**
     * Signs in with NIP (or username) and password. Repeated failures lock the account for
     * a while; inactive accounts and inactive employees cannot sign in. Every attempt is audited.
     */
    async login(input: LoginInput, ctx: { ip: string | null; userAgent: string | null }) {
      const username = normaliseLogin(input.username)
      const account = await repo.findAccountByUsername(db, username)
      const anon = { action: 'auth.login_failed', entity: 'user_account' }
      if (!account) {
        await dummyVerify(input.password)
        await audit.record(db, null, {
          ...anon,
          entityId: null,
          after: { username, reason: 'UNKNOWN_USER', ip: ctx.ip },
          instansiId: null,
        })
        throw invalid()
      }
      const now = clock.now()
      const asActor = toActor(account, 'login', ctx.ip)
      if (account.lockedUntil && account.lockedUntil > now) {
        await audit.record(db, asActor, {
          ...anon,
          entityId: account.id,
          after: { reason: 'LOCKED' },
        })
        const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000)
        throw new AppError(
          'UNAUTHENTICATED',
          `Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam ${minutes} menit atau hubungi admin.`,
          'ACCOUNT_LOCKED',
        )
      }
      if (!(await verifyPassword(account.passwordHash, input.password))) {
        const failures = account.failedAttempts + 1
        const lock = failures >= config.loginMaxFailures
        await db.transaction(async (tx) => {
          await repo.updateAccount(tx, account.id, {
            failedAttempts: lock ? 0 : failures,
            lockedUntil: lock
              ? new Date(now.getTime() + config.loginLockMinutes * 60_000)
              : account.lockedUntil,
          })
          await audit.record(tx, asActor, {
            action: lock ? 'auth.locked' : 'auth.login_failed',
            entity: 'user_account',
            entityId: account.id,
            after: { reason: 'WRONG_PASSWORD', failures },
          })
        })
        if (lock) {
          throw new AppError(
            'UNAUTHENTICATED',
            `Akun dikunci ${config.loginLockMinutes} menit karena ${config.loginMaxFailures} kali salah kata sandi.`,
            'ACCOUNT_LOCKED',
          )
        }
        throw invalid()
      }
      // The password is right: only now do we say that the account is inactive.
      const pegawaiActive = account.pegawaiId ? await org.isPegawaiActive(account.pegawaiId) : true
      if (!account.active || !pegawaiActive) {
        await audit.record(db, asActor, {
          ...anon,
          entityId: account.id,
          after: { reason: 'INACTIVE' },
        })
        throw new AppError(
          'UNAUTHENTICATED',
          'Akun tidak aktif. Hubungi admin kepegawaian.',
          'ACCOUNT_INACTIVE',
        )
      }
      const session = await db.transaction(async (tx) => {
        await repo.updateAccount(tx, account.id, {
          failedAttempts: 0,
          lockedUntil: null,
          lastLoginAt: now,
        })
        const s = await startSession(tx, account, ctx.ip, ctx.userAgent)
        await audit.record(tx, toActor(account, s.sessionId, ctx.ip), {
          action: 'auth.login',
          entity: 'user_account',
          entityId: account.id,
        })
        return s
      })
      const actor = toActor(account, session.sessionId, ctx.ip)
      return {
        token: session.token,
        csrfToken: session.csrfToken,
        user: await service.me(actor, session.csrfToken),
      }
    },

    /** Resolves a session cookie to the actor; expired, revoked or inactive → null. */
    async resolveSession(token: string, ip: string | null) {
      const now = clock.now()
      const row = await repo.findLiveSession(db, sha256(token), now)
      if (!row || !row.account.active) return null
      // Touch at most once a minute so that reads stay reads.
      if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000)
        await repo.touchSession(db, row.session.id, now)
      return {
        actor: toActor(row.account, row.session.id, ip, row.timeZone ?? undefined),
        csrfToken: row.session.csrfToken,
      }
    },

    /** Ends the current session. */
    async logout(actor: Actor) {
      await db.transaction(async (tx) => {
        await repo.revokeSession(tx, actor.sessionId, clock.now())
        await audit.record(tx, actor, {
          action: 'auth.logout',
          entity: 'user_account',
          entityId: actor.userId,
        })
      })
    },

    /** The signed-in person with roles and organisational scope (atasan powers come from the org). */
    async me(actor: Actor, csrfToken: string): Promise<Me> {
      const account = await repo.findAccount(db, actor.userId)
      if (!account) throw unauthenticated()
      const inst = account.instansiId ? await org.instansiInfo(account.instansiId) : undefined
      const subordinateCount =
        account.pegawaiId && account.instansiId
          ? await org.directSubordinateCount(account.instansiId, account.pegawaiId)
          : 0
      return {
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        roles: toActor(account, actor.sessionId, actor.ip).roles as Me['roles'],
        instansiId: account.instansiId,
        instansiName: inst?.name ?? null,
        instansiTimeZone: inst?.timeZone ?? null,
        pegawaiId: account.pegawaiId,
        mustChangePassword: account.mustChangePassword,
        csrfToken,
        isAtasan: subordinateCount > 0,
        subordinateCount,
      }
    },

    /** Anyone changes their own password; other sessions of the account are signed out. */
    async changePassword(actor: Actor, input: ChangePasswordInput) {
      const account = await repo.findAccount(db, actor.userId)
      if (!account) throw unauthenticated()
      if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
        throw validationFailed({ currentPassword: 'Kata sandi saat ini salah' }, 'WRONG_PASSWORD')
      }
      const passwordHash = await hashPassword(input.newPassword)
      const now = clock.now()
      await db.transaction(async (tx) => {
        await repo.updateAccount(tx, account.id, {
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: now,
        })
        await repo.revokeSessionsOfUser(tx, account.id, now, actor.sessionId)
        await audit.record(tx, actor, {
          action: 'auth.password_changed',
          entity: 'user_account',
          entityId: account.id,
        })
      })
    },

    /** An admin resets a password to a one-time password that must be changed at next sign-in. */
    async resetPassword(actor: Actor, userId: string) {
      const account = await repo.findAccount(db, userId)
      if (!account || !canManageAccount(actor, account)) throw notFound('Pengguna')
      const temporaryPassword = oneTimePassword()
      const passwordHash = await hashPassword(temporaryPassword)
      const now = clock.now()
      await db.transaction(async (tx) => {
        await repo.updateAccount(tx, account.id, {
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
        })
        await repo.revokeSessionsOfUser(tx, account.id, now)
        await audit.record(tx, actor, {
          action: 'user.password_reset',
          entity: 'user_account',
          entityId: account.id,
          instansiId: account.instansiId,
        })
      })
      return { temporaryPassword }
    },

    /** Admins list the accounts of their instansi. */
    async listUsers(actor: Actor, q: { q?: string; page: number; pageSize: number }) {
      if (!canManageAccounts(actor)) throw notFound('Halaman')
      const { rows, total } = await repo.listAccounts(db, {
        instansiId: hasRole(actor, 'super_admin') ? null : actor.instansiId,
        ...q,
      })
      return { items: rows.map(toUser), total, page: q.page, pageSize: q.pageSize }
    },

    /** Admins grant roles and (de)activate accounts; deactivation signs the person out. */
    async updateUser(actor: Actor, userId: string, patch: { roles?: Role[]; active?: boolean }) {
      const account = await repo.findAccount(db, userId)
      if (!account || !canManageAccount(actor, account)) throw notFound('Pengguna')
      if (patch.roles && !canGrantRoles(actor, patch.roles)) {
        throw forbidden(
          'Hanya super admin yang dapat memberi peran super admin',
          'ROLE_NOT_GRANTABLE',
        )
      }
      if (
        account.id === actor.userId &&
        (patch.active === false ||
          (patch.roles && !patch.roles.some((r) => actor.roles.includes(r) && r !== 'pegawai')))
      ) {
        throw forbidden(
          'Anda tidak dapat menonaktifkan atau mencabut peran admin akun sendiri',
          'SELF_LOCKOUT',
        )
      }
      const roles = patch.roles
        ? [...new Set(patch.roles.filter((r) => r !== 'pegawai'))]
        : account.roles
      if (!account.instansiId && !roles.includes('super_admin')) {
        throw validationFailed({ roles: 'Akun tanpa instansi harus super admin' }, 'ROLE_REQUIRED')
      }
      const now = clock.now()
      const updated = await db.transaction(async (tx) => {
        const row = await repo.updateAccount(tx, account.id, {
          roles,
          ...(patch.active === undefined ? {} : { active: patch.active }),
        })
        if (patch.active === false) await repo.revokeSessionsOfUser(tx, account.id, now)
        await audit.record(tx, actor, {
          action: 'user.updated',
          entity: 'user_account',
          entityId: account.id,
          instansiId: account.instansiId,
          before: { roles: account.roles, active: account.active },
          after: { roles, active: patch.active ?? account.active },
        })
        return row as repo.UserAccountRow
      })
      return toUser(updated)
    },
  }
  return service
}
export type AuthService = ReturnType<typeof createAuthService>

/**
 * The org module creates and deactivates accounts with employees, in its own transaction.
 * Kept apart from the auth service so that org does not depend on auth.
 */
export function createAccountsPort({ clock }: { clock: Clock }) {
  return {
    /**
     * New employees get accounts (login = NIP) with an unusable password until an admin
     * issues a one-time password. Bulk, so that an import of thousands stays one statement.
     */
    async createForPegawai(
      tx: Executor,
      people: readonly { id: string; instansiId: string; nip: string; displayName: string }[],
    ) {
      await repo.insertAccountsForPegawai(
        tx,
        people.map((p) => ({
          instansiId: p.instansiId,
          pegawaiId: p.id,
          username: p.nip,
          displayName: p.displayName,
          // Not an argon2 hash, so no password matches it (like '!' in /etc/shadow).
          passwordHash: `!unset:${randomToken(8)}`,
        })),
      )
    },
    /** The account that signs in as this employee (for notifications addressed to a pegawai). */
    async findAccountIdByPegawai(db: Executor, pegawaiId: string): Promise<string | null> {
      return repo.findAccountIdByPegawai(db, pegawaiId)
    },
    /** Active accounts of many employees at once: pegawai id → account id. */
    async activeAccountsOf(db: Executor, pegawaiIds: readonly string[]) {
      const rows = await repo.listActiveAccountsOfPegawai(db, [...new Set(pegawaiIds)])
      return new Map(rows.flatMap((r) => (r.pegawaiId ? [[r.pegawaiId, r.id] as const] : [])))
    },
    /** The employee behind each account: account id → pegawai id (for email addresses). */
    async pegawaiOfAccounts(db: Executor, userIds: readonly string[]) {
      const rows = await repo.listPegawaiOfAccounts(db, [...new Set(userIds)])
      return new Map(rows.flatMap((r) => (r.pegawaiId ? [[r.id, r.pegawaiId] as const] : [])))
    },
    /**
     * Who answers helpdesk tickets in an instansi: active accounts with role pic_helpdesk or
     * admin_instansi, oldest account first.
     */
    async helpdeskStaffOf(db: Executor, instansiId: string): Promise<StaffAccount[]> {
      const rows = await repo.listActiveAccountsWithRoles(db, instansiId, [
        'pic_helpdesk',
        'admin_instansi',
      ])
      return rows.map((r) => ({ ...r, roles: r.roles as Role[] }))
    },
    /** Keeps account display names in step and signs out deactivated employees. */
    async syncPegawai(
      tx: Executor,
      people: readonly { id: string; displayName: string; active: boolean }[],
    ) {
      await repo.updateDisplayNamesForPegawai(
        tx,
        people.map((p) => ({ pegawaiId: p.id, displayName: p.displayName })),
      )
      await repo.revokeSessionsOfPegawai(
        tx,
        people.filter((p) => !p.active).map((p) => p.id),
        clock.now(),
      )
    },
  }
}
export type AccountsPort = ReturnType<typeof createAccountsPort>

/** An account on the answering side of an instansi's helpdesk. */
export type StaffAccount = {
  userId: string
  displayName: string
  roles: Role[]
  createdAt: Date
}
