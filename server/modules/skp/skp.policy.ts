import {
  isSkpEditable,
  SKP_TRANSITIONS,
  type SkpAction,
  type SkpActorRole,
  type SkpStatus,
} from '../../../shared/rules/skp-workflow.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'

type SkpRef = { instansiId: string; pegawaiId: string; atasanPegawaiId: string | null }

/** The admin of the SKP's instansi (a super admin works inside an instansi like any admin). */
export const isSkpAdmin = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId &&
  (hasRole(actor, 'admin_instansi') || hasRole(actor, 'super_admin'))

export const isOwner = (actor: Actor, s: SkpRef) =>
  actor.instansiId === s.instansiId && !!actor.pegawaiId && actor.pegawaiId === s.pegawaiId

/** The snapshotted pejabat penilai themselves (not someone acting for them). */
export const isSnapshotAtasan = (actor: Actor, s: SkpRef) =>
  actor.instansiId === s.instansiId &&
  !!actor.pegawaiId &&
  !!s.atasanPegawaiId &&
  actor.pegawaiId === s.atasanPegawaiId

/**
 * The roles of the workflow table (shared/rules/skp-workflow.ts) an actor holds on an SKP.
 * An admin of the instansi may act for the atasan (absent, or no atasan in the system for a
 * top JPT) — every such act is audited with `actingFor` — but never on their own SKP.
 */
export function skpRolesOf(actor: Actor, s: SkpRef): SkpActorRole[] {
  const roles: SkpActorRole[] = []
  const admin = isSkpAdmin(actor, s.instansiId)
  if (isOwner(actor, s)) roles.push('owner')
  if (isSnapshotAtasan(actor, s) || (admin && !isOwner(actor, s))) roles.push('atasan')
  if (admin) roles.push('admin')
  return roles
}

/**
 * An SKP is visible to its owner, its snapshotted atasan, anyone above the owner in today's
 * atasan chain (`subordinateIds`, from the org scope) and the instansi's admins. Everyone else
 * gets 404.
 */
export const canSeeSkp = (
  actor: Actor,
  s: SkpRef,
  subordinateIds: ReadonlySet<string> | undefined,
) =>
  skpRolesOf(actor, s).length > 0 ||
  (actor.instansiId === s.instansiId && !!subordinateIds?.has(s.pegawaiId))

/** Whether the roles include one the workflow table names for this action. */
export const mayTake = (roles: readonly SkpActorRole[], action: SkpAction) =>
  SKP_TRANSITIONS[action].by.some((r) => roles.includes(r))

/** The owner edits RHK and lampiran while the SKP is a draft or was returned. */
export const canEditContent = (roles: readonly SkpActorRole[], status: SkpStatus) =>
  roles.includes('owner') && isSkpEditable(status)

/** The atasan writes ekspektasi khusus until the SKP is approved (then a revision reopens it). */
export const canEditEkspektasi = (roles: readonly SkpActorRole[], status: SkpStatus) =>
  roles.includes('atasan') && status !== 'disetujui' && status !== 'ditutup'

/** Revision history: owner, atasan and admins (supervisors higher up read the current SKP only). */
export const canReadRevisions = (roles: readonly SkpActorRole[]) => roles.length > 0

/** Dialog kinerja is between the pegawai and the atasan; admins read it, nobody else. */
export const canReadDialog = (roles: readonly SkpActorRole[]) => roles.length > 0
export const canWriteDialog = (actor: Actor, s: SkpRef) =>
  isOwner(actor, s) || isSnapshotAtasan(actor, s)

/** The head of the unit (definitive, PLT or PLH) or an admin records its Perjanjian Kinerja. */
export const canEditPk = (actor: Actor, instansiId: string, unitHeadIds: readonly string[]) =>
  isSkpAdmin(actor, instansiId) ||
  (actor.instansiId === instansiId && !!actor.pegawaiId && unitHeadIds.includes(actor.pegawaiId))
