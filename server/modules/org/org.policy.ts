import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'

/** Admin instansi keeps the organisation of their own instansi; super admin any. */
export const canManageOrg = (actor: Actor, instansiId: string) =>
  hasRole(actor, 'super_admin') ||
  (hasRole(actor, 'admin_instansi') && actor.instansiId === instansiId)

/** Members of an instansi see its unit tree and jabatan list (they are not secret). */
export const canReadOrgStructure = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId || hasRole(actor, 'super_admin')

/**
 * A pegawai record is visible to its owner, to anyone above them in the atasan chain,
 * and to admins of the instansi.
 */
export const canSeePegawai = (
  actor: Actor,
  target: { id: string; instansiId: string },
  subordinateIds: ReadonlySet<string>,
) =>
  canManageOrg(actor, target.instansiId) ||
  (actor.instansiId === target.instansiId &&
    (actor.pegawaiId === target.id || subordinateIds.has(target.id)))
