import type { AtasanIndex } from '../../../shared/rules/atasan.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'

type Target = { instansiId: string; pegawaiId: string }

/** The admin of the instansi (a super admin works inside an instansi like any admin). */
export const isActivitiesAdmin = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId &&
  (hasRole(actor, 'admin_instansi') || hasRole(actor, 'super_admin'))

/** Whether `upper` is above `pegawaiId` in today's atasan chain (direct or indirect). */
export function isAbove(index: AtasanIndex, upper: string, pegawaiId: string): boolean {
  const seen = new Set<string>()
  for (let at = index.atasanOf(pegawaiId); at && !seen.has(at); at = index.atasanOf(at)) {
    if (at === upper) return true
    seen.add(at)
  }
  return false
}

export type ReadAccess = 'owner' | 'supervisor' | 'admin'

/**
 * Daily progress, rencana aksi, evidence and feedback of a person are visible to the person,
 * to everyone above them in today's atasan chain, and to the instansi's admins. Everyone else
 * gets 404 (never a hint that the record exists).
 */
export function readAccess(actor: Actor, t: Target, index: AtasanIndex): ReadAccess | null {
  if (actor.instansiId !== t.instansiId) return null
  if (actor.pegawaiId === t.pegawaiId) return 'owner'
  if (actor.pegawaiId && isAbove(index, actor.pegawaiId, t.pegawaiId)) return 'supervisor'
  if (isActivitiesAdmin(actor, t.instansiId)) return 'admin'
  return null
}

export type AtasanAccess = 'atasan' | 'admin'

/**
 * Who verifies entries and writes umpan balik: the direct atasan (today's, PLT/PLH and admin
 * overrides included) or the SKP's snapshotted pejabat penilai; an admin may act for them
 * (audited with actingFor). Never on one's own entries.
 */
export function atasanAccess(
  actor: Actor,
  t: Target,
  index: AtasanIndex,
  snapshotAtasanId: string | null,
): AtasanAccess | null {
  if (actor.instansiId !== t.instansiId || actor.pegawaiId === t.pegawaiId) return null
  if (
    actor.pegawaiId &&
    (index.atasanOf(t.pegawaiId) === actor.pegawaiId || snapshotAtasanId === actor.pegawaiId)
  )
    return 'atasan'
  if (isActivitiesAdmin(actor, t.instansiId)) return 'admin'
  return null
}
