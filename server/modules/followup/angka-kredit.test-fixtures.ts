import { eq } from 'drizzle-orm'
import { expect } from 'vitest'
import type { JabatanJenis } from '../../../shared/org.ts'
import type { Rating } from '../../../shared/rules/predikat.ts'
import { setupYear } from '../../test/activities-factories.ts'
import { assessmentKit, forceAssessment } from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import type { TestApp } from '../../test/test-app.ts'
import { assessments } from '../assessments/assessments.tables.ts'
import { skp } from '../skp/skp.tables.ts'

/**
 * The office of the follow-up tests (the assessments office of server/test plus a few people):
 *
 *   Badan (kepala) ─ Bidang A (kabid) ─ Sub Bidang A1 (kasub): staff1 (pelaksana),
 *                                                              staff2 (JF Ahli Pertama)
 *                  ─ Bidang B (no head): staffB (pelaksana), jfB (JF Ahli Muda)
 *                  ─ Bidang C (kabidC, a leader elsewhere): pic (PIC helpdesk)
 *
 * 2026 (quarterly + annual): staff1's annual final Baik, staff2's annual final Sangat Baik and
 * Triwulan I final Baik, jfB's annual still draft. 2025: staff2's SKP from 1 July (6 months),
 * annual final Baik.
 */
export async function setupFollowupOffice(t: TestApp) {
  const a = assessmentKit(t)
  const s = await a.setupAssessmentOffice()
  const { o } = s
  const inst = o.instansi.id
  const jfB = await t.f.pegawai(inst, o.units.bidangB.id, {
    name: 'Analis Bidang B',
    jenis: 'fungsional_ahli_muda',
  })
  await approvedSkp(t, s.skp1.id, jfB, 2026, { jabatanJenis: 'fungsional_ahli_muda' })
  const unitC = await t.f.unit(inst, 'Bidang C', o.units.root.id)
  const kabidC = await t.f.pegawai(inst, unitC.id, {
    head: true,
    jenis: 'administrator',
    name: 'Kabid C',
  })
  const pic = await t.f.pegawai(inst, unitC.id, { name: 'PIC Helpdesk', roles: ['pic_helpdesk'] })

  const annual1 = await a.open(o.staff1, s.periods.annual)
  await final(t, annual1.id, 'sesuai', 'sesuai')
  const annual2 = await a.open(o.staff2, s.periods.annual)
  await final(t, annual2.id, 'di_atas', 'di_atas')
  const q1Staff2 = await a.open(o.staff2, s.periods.q1)
  await final(t, q1Staff2.id, 'sesuai', 'di_atas')
  const annualB = await a.open(jfB, s.periods.annual)

  const periods2025 = await setupYear(t, s.admin, { year: 2025, frequency: 'quarterly' })
  await approvedSkp(t, s.skp2.id, o.staff2, 2025, { startDate: '2025-07-01' })
  const annual2025Period = periods2025.find((p) => p.kind === 'annual')!
  const annual2025 = await a.open(o.staff2, { id: annual2025Period.id, year: 2025 })
  await final(t, annual2025.id, 'sesuai', 'sesuai')

  return {
    a,
    s,
    o,
    jfB,
    unitC,
    kabidC,
    pic,
    periods2025,
    ids: { annual1: annual1.id, annual2: annual2.id, q1Staff2: q1Staff2.id, annualB: annualB.id },
    annual2025: annual2025.id,
  }
}
export type FollowupOffice = Awaited<ReturnType<typeof setupFollowupOffice>>

/** Forces an assessment final with these ratings (predikat by the kuadran). */
export async function final(t: TestApp, id: string, hasil: Rating, perilaku: Rating) {
  const predikat =
    hasil === 'di_atas' && perilaku === 'di_atas'
      ? ('sangat_baik' as const)
      : perilaku === 'di_bawah'
        ? ('kurang' as const)
        : hasil === 'di_bawah'
          ? ('butuh_perbaikan' as const)
          : ('baik' as const)
  return forceAssessment(t.db, id, {
    status: 'finalised',
    submittedAt: new Date('2026-10-05T02:00:00Z'),
    ratingHasil: hasil,
    ratingPerilaku: perilaku,
    predikat,
    ratingHasilSource: 'atasan',
    ratedAt: new Date('2026-11-20T02:00:00Z'),
    finalisedAt: new Date('2026-11-25T02:00:00Z'),
  })
}

/**
 * An approved SKP of `year` for a person, copied from an existing SKP row (the workflow that
 * leads there is tested in the skp module).
 */
export async function approvedSkp(
  t: TestApp,
  fromSkpId: string,
  who: TestPerson,
  year: number,
  opts: { startDate?: string; jabatanJenis?: JabatanJenis } = {},
) {
  const [source] = await t.db.select().from(skp).where(eq(skp.id, fromSkpId))
  expect(source).toBeTruthy()
  // A new row: id and timestamps from their defaults.
  const rest = { ...source!, id: undefined, createdAt: undefined, updatedAt: undefined }
  const [row] = await t.db
    .insert(skp)
    .values({
      ...rest,
      pegawaiId: who.pegawaiId,
      pegawaiName: who.name,
      unitId: who.unitId,
      jabatanId: who.jabatanId,
      jabatanJenis: opts.jabatanJenis ?? rest.jabatanJenis,
      year,
      startDate: opts.startDate ?? `${year}-01-01`,
      endDate: `${year}-12-31`,
      status: 'disetujui',
    })
    .returning()
  return row!
}

/** Sets an assessment's snapshot fields directly (e.g. a name that looks like a formula). */
export async function patchAssessment(
  t: TestApp,
  id: string,
  patch: Partial<typeof assessments.$inferInsert>,
) {
  await t.db.update(assessments).set(patch).where(eq(assessments.id, id))
}
