import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'
import type { AtasanIndex } from '../../../shared/rules/atasan.ts'

/**
 * Who may do what in tindak lanjut (decision 0011 "Leader scope"): the admin of the instansi
 * (a super admin working inside an instansi counts) sees the whole instansi; a leader — a
 * pegawai who heads a unit today, definitive or PLT/PLH — sees the units they head and every
 * unit below; anyone else sees no lists (403) but may read their own AK ledger.
 */
export const isFollowupAdmin = (actor: Actor): boolean =>
  actor.instansiId !== null && (hasRole(actor, 'admin_instansi') || hasRole(actor, 'super_admin'))

/** The read port of the org service the follow-up modules need (OrgService satisfies it). */
export type FollowupOrgPort = {
  atasanIndex(instansiId: string, day?: string): Promise<AtasanIndex>
  unitsOf(
    instansiId: string,
  ): Promise<{ id: string; parentId: string | null; name: string; active: boolean }[]>
}

/**
 * The follow-up scope of an actor: `all` for the admin, the unit ids of a leader (the units
 * they head and all below), or null (neither: 403 on lists).
 */
export type FollowupScope =
  | { readonly kind: 'all'; readonly instansiId: string }
  | { readonly kind: 'units'; readonly instansiId: string; readonly unitIds: ReadonlySet<string> }

/** The units a pegawai heads today (definitive or acting) and every unit below; empty = not a leader. */
export async function leaderUnitIds(
  org: FollowupOrgPort,
  instansiId: string,
  pegawaiId: string,
): Promise<Set<string>> {
  const [units, index] = await Promise.all([org.unitsOf(instansiId), org.atasanIndex(instansiId)])
  const children = new Map<string, string[]>()
  for (const u of units) {
    if (!u.parentId) continue
    const list = children.get(u.parentId) ?? []
    list.push(u.id)
    children.set(u.parentId, list)
  }
  const out = new Set<string>()
  const queue = units.filter((u) => index.headsOf(u.id).includes(pegawaiId)).map((u) => u.id)
  while (queue.length > 0) {
    const id = queue.shift() as string
    if (out.has(id)) continue
    out.add(id)
    queue.push(...(children.get(id) ?? []))
  }
  return out
}

/** The actor's follow-up scope, or null when they are neither admin nor leader. */
export async function followupScopeOf(
  org: FollowupOrgPort,
  actor: Actor,
): Promise<FollowupScope | null> {
  if (!actor.instansiId) return null
  if (isFollowupAdmin(actor)) return { kind: 'all', instansiId: actor.instansiId }
  if (!actor.pegawaiId) return null
  const unitIds = await leaderUnitIds(org, actor.instansiId, actor.pegawaiId)
  if (unitIds.size === 0) return null
  return { kind: 'units', instansiId: actor.instansiId, unitIds }
}

/** Whether a unit lies in the scope. */
export const unitInScope = (scope: FollowupScope, unitId: string): boolean =>
  scope.kind === 'all' || scope.unitIds.has(unitId)
