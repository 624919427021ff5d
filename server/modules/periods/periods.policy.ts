import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdminOf } from '../../lib/actor.ts'

/** The admin instansi sets up years, periods, calendar and holidays of their instansi; super admin any. */
export const canManagePeriods = (actor: Actor, instansiId: string) => isAdminOf(actor, instansiId)

/** Every member of an instansi reads its periods and calendar (deadlines are not secret). */
export const canReadPeriods = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId || hasRole(actor, 'super_admin')
