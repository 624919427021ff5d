import type { Period } from '../../../shared/periods.ts'
import type { Predikat, Rating } from '../../../shared/rules/predikat.ts'
import {
  assessmentKit,
  finalState,
  forceAssessment,
  type AssessmentKit,
} from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import type { TestApp } from '../../test/test-app.ts'

/** Ratings that give each predikat on the kuadran kinerja (shared/rules/predikat.ts). */
export const RATINGS_OF: Record<Predikat, { ratingHasil: Rating; ratingPerilaku: Rating }> = {
  sangat_baik: { ratingHasil: 'di_atas', ratingPerilaku: 'di_atas' },
  baik: { ratingHasil: 'sesuai', ratingPerilaku: 'sesuai' },
  butuh_perbaikan: { ratingHasil: 'di_bawah', ratingPerilaku: 'sesuai' },
  kurang: { ratingHasil: 'sesuai', ratingPerilaku: 'di_bawah' },
  sangat_kurang: { ratingHasil: 'di_bawah', ratingPerilaku: 'di_bawah' },
}

/**
 * Test fixture of the follow-up TPP/recommendation/talent tests: the assessment office of
 * server/test/assessment-factories.ts (2026 quarterly periods; staff1 and staff2 with approved
 * SKPs, assessor kasub; kabid and kasub with draft SKPs) plus a head of Bidang B (a leader
 * outside Bidang A) and a PIC helpdesk in Bidang B.
 *
 *   kepala (root) → kabid (Bidang A) → kasub (Sub Bidang A1) → staff1, staff2
 *                 → headB (Bidang B) → staffB, pic
 */
export async function followupOffice(t: TestApp) {
  const a: AssessmentKit = assessmentKit(t)
  const s = await a.setupAssessmentOffice()
  const { o } = s
  const headB = await t.f.pegawai(o.instansi.id, o.units.bidangB.id, {
    head: true,
    jenis: 'administrator',
    name: 'Kabid B',
  })
  const pic = await t.f.pegawai(o.instansi.id, o.units.bidangB.id, {
    name: 'PIC Helpdesk',
    roles: ['pic_helpdesk'],
  })
  const other = await t.f.office()

  /** The person's assessment of a period, made final with a predikat (and any other patch). */
  async function final(
    who: TestPerson,
    period: Period,
    predikat: Predikat,
    patch: Parameters<typeof forceAssessment>[2] = {},
  ) {
    const detail = await a.open(who, period)
    return forceAssessment(t.db, detail.id, {
      ...finalState(),
      ...RATINGS_OF[predikat],
      predikat,
      ...patch,
    })
  }

  return { a, s, o, headB, pic, other, final }
}
export type FollowupOffice = Awaited<ReturnType<typeof followupOffice>>
