import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'
import type { UserAccountRow } from './auth.repository.ts'

/** Admins manage the accounts of their own instansi; super admins manage all. */
export const canManageAccount = (
  actor: Actor,
  account: Pick<UserAccountRow, 'instansiId' | 'roles'>,
) => {
  if (hasRole(actor, 'super_admin')) return true
  if (!hasRole(actor, 'admin_instansi')) return false
  if (account.instansiId !== actor.instansiId) return false
  // An instansi admin cannot touch a super admin's account.
  return !account.roles.includes('super_admin')
}

export const canManageAccounts = (actor: Actor) =>
  hasRole(actor, 'super_admin') || hasRole(actor, 'admin_instansi')

/** Only a super admin hands out the super admin role. */
export const canGrantRoles = (actor: Actor, roles: readonly string[]) =>
  hasRole(actor, 'super_admin') || !roles.includes('super_admin')
