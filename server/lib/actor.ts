import type { Role } from '../../shared/org.ts'

/** Who is acting: resolved once per request from the session. */
export type Actor = {
  userId: string
  username: string
  displayName: string
  instansiId: string | null
  pegawaiId: string | null
  roles: readonly Role[]
  sessionId: string
  ip: string | null
  /**
   * The time zone of the actor's instansi, read with the session (same statement, so as fresh
   * as reading it again); absent for actors not resolved from a session.
   */
  timeZone?: string
}

/** Background jobs and the CLI act as the system. */
export const systemActor = (instansiId: string | null): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'Sistem',
  instansiId,
  pegawaiId: null,
  roles: ['super_admin'],
  sessionId: 'system',
  ip: null,
})

export const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role)
export const isAdminOf = (actor: Actor, instansiId: string) =>
  hasRole(actor, 'super_admin') ||
  (hasRole(actor, 'admin_instansi') && actor.instansiId === instansiId)
