import type { AtasanIndex } from '../../../shared/rules/atasan.ts'
import type { AssessmentActorRole } from '../../../shared/rules/assessment-workflow.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'
import { isAbove } from '../activities/activities.policy.ts'

type AssessmentRef = {
  instansiId: string
  pegawaiId: string
  assessorPegawaiId: string | null
  reviewerPegawaiId: string | null
}

/** The admin of the instansi (a super admin works inside an instansi like any admin). */
export const isAssessmentAdmin = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId &&
  (hasRole(actor, 'admin_instansi') || hasRole(actor, 'super_admin'))

/**
 * The roles of the workflow table (shared/rules/assessment-workflow.ts) an actor holds on an
 * assessment. Only the snapshotted pejabat penilai is `assessor` — an admin becomes assessor
 * only when nobody in the system assesses the person (top of the tree), and `reviewer` when
 * there is no atasan pejabat penilai. Nobody assesses themselves.
 */
export function assessmentRoles(actor: Actor, a: AssessmentRef): AssessmentActorRole[] {
  if (actor.instansiId !== a.instansiId) return []
  const roles: AssessmentActorRole[] = []
  const me = actor.pegawaiId
  const admin = isAssessmentAdmin(actor, a.instansiId)
  if (me && me === a.pegawaiId) roles.push('owner')
  if (me !== a.pegawaiId) {
    if ((me && me === a.assessorPegawaiId) || (admin && !a.assessorPegawaiId))
      roles.push('assessor')
    if ((me && me === a.reviewerPegawaiId) || (admin && !a.reviewerPegawaiId))
      roles.push('reviewer')
  }
  if (admin) roles.push('admin')
  return roles
}

/**
 * Who may read an assessment: anyone with a role on it, and supervisors above the pegawai in
 * today's atasan chain (read only). Everyone else gets 404. A pegawai never sees a colleague's.
 */
export function canReadAssessment(
  actor: Actor,
  a: AssessmentRef,
  index: AtasanIndex,
): { roles: AssessmentActorRole[]; supervisor: boolean } | null {
  const roles = assessmentRoles(actor, a)
  if (roles.length) return { roles, supervisor: false }
  if (actor.instansiId !== a.instansiId || !actor.pegawaiId) return null
  if (isAbove(index, actor.pegawaiId, a.pegawaiId)) return { roles, supervisor: true }
  return null
}

/**
 * The leader one level up of a unit sets its predikat kinerja organisasi: a head (definitive
 * or acting) of the parent unit. A top unit has no leader in the system: an admin records it.
 */
export function canSetOrgPredikat(
  actor: Actor,
  instansiId: string,
  unit: { id: string; parentId: string | null },
  index: AtasanIndex,
): boolean {
  if (actor.instansiId !== instansiId) return false
  if (!unit.parentId) return isAssessmentAdmin(actor, instansiId)
  return !!actor.pegawaiId && index.headsOf(unit.parentId).includes(actor.pegawaiId)
}
