import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm'
import type { JabatanJenis } from '../../../shared/org.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import type { TalentLevel } from '../../../shared/rules/talent.ts'
import { addDays } from '../../../shared/rules/working-days.ts'
import { assessments } from '../../modules/assessments/assessments.tables.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { coachingPlans, talentPotensi, tppSettings } from '../../modules/followup/tpp.tables.ts'
import { periods } from '../../modules/periods/periods.tables.ts'
import type { Db } from '../client.ts'

/**
 * The demo's TPP, talent and coaching (issue 6, decision 0011):
 * - TPP settings: an EXAMPLE table (is_example true, with a note saying so) — realistic monthly
 *   bases per jabatan jenis in Rupiah, 60 % paid for performance, 120/100/80/60/40 % per
 *   predikat. No national table exists: the admin must replace it with their Perbup's values.
 * - Talent potensi of 2025 for DEMO_POTENSI_COUNT people with a final annual 2025 result,
 *   spread over the units and the three levels (the 9-box has something to show).
 * - One coaching plan, written by the pejabat penilai, for the person whose newest final
 *   periodic 2026 predikat is below Baik (none → no plan).
 * Deterministic: people are picked in NIP order.
 */

export const DEMO_TPP_NOTE = 'Contoh — sesuaikan dengan Peraturan Bupati tentang TPP'
export const DEMO_TPP_SHARE = 60
export const DEMO_TPP_PERCENT: Record<Predikat, number> = {
  sangat_baik: 120,
  baik: 100,
  butuh_perbaikan: 80,
  kurang: 60,
  sangat_kurang: 40,
}
/** Monthly TPP basis per jabatan jenis (Rupiah): an illustration at the scale of a kabupaten. */
export const DEMO_TPP_BASIS: Record<JabatanJenis, number> = {
  jpt_utama: 30_000_000,
  jpt_madya: 22_500_000,
  jpt_pratama: 15_000_000,
  administrator: 8_500_000,
  pengawas: 5_750_000,
  pelaksana: 3_250_000,
  fungsional_ahli_utama: 12_000_000,
  fungsional_ahli_madya: 8_000_000,
  fungsional_ahli_muda: 6_000_000,
  fungsional_ahli_pertama: 4_500_000,
  fungsional_pemula: 3_000_000,
  fungsional_terampil: 3_500_000,
  fungsional_mahir: 3_900_000,
  fungsional_penyelia: 4_300_000,
}

export const DEMO_POTENSI_YEAR = 2025
export const DEMO_POTENSI_COUNT = 20
/** Potensi in turn: mostly sedang, a few tinggi and rendah (as a talent review usually finds). */
const POTENSI_CYCLE: readonly TalentLevel[] = ['sedang', 'tinggi', 'sedang', 'rendah', 'sedang']
const POTENSI_NOTES: Record<TalentLevel, string> = {
  tinggi: 'Hasil asesmen kompetensi 2025: siap dikembangkan ke jabatan lebih tinggi',
  sedang: 'Hasil asesmen kompetensi 2025: sesuai kebutuhan jabatan saat ini',
  rendah: 'Hasil asesmen kompetensi 2025: perlu pengembangan kompetensi teknis',
}
const BELOW_BAIK: readonly Predikat[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang']
export const DEMO_COACHING_PLAN =
  'Pendampingan mingguan oleh atasan langsung untuk menyusun rencana aksi yang terukur, pemeriksaan bersama capaian setiap akhir bulan, dan pelatihan penulisan laporan kegiatan.'

const FINAL = ['finalised', 'objected', 'decided'] as const

export type DemoFollowupTppSummary = {
  potensi: number
  coachingPlanFor: string | null
}

export async function seedDemoFollowupTpp(
  db: Db,
  opts: { instansiId: string; today: string },
): Promise<DemoFollowupTppSummary> {
  const { instansiId, today } = opts
  return db.transaction(async (tx) => {
    const [admin] = await tx
      .select({ id: userAccounts.id })
      .from(userAccounts)
      .where(
        and(
          eq(userAccounts.instansiId, instansiId),
          sql`${userAccounts.roles} @> ARRAY['admin_instansi']::text[]`,
        ),
      )
      .orderBy(asc(userAccounts.createdAt))
      .limit(1)
    if (!admin) throw new Error('seedDemoFollowupTpp: the demo admin account is missing')

    await tx.insert(tppSettings).values({
      instansiId,
      isExample: true,
      performanceSharePercent: DEMO_TPP_SHARE,
      percentByPredikat: DEMO_TPP_PERCENT,
      basisByJenis: DEMO_TPP_BASIS,
      note: DEMO_TPP_NOTE,
    })

    // ---------- potensi 2025: every k-th person with a final annual result, in NIP order ----
    const annual = await tx
      .select({
        pegawaiId: assessments.pegawaiId,
        unitId: assessments.unitId,
        nip: assessments.pegawaiNip,
      })
      .from(assessments)
      .where(
        and(
          eq(assessments.instansiId, instansiId),
          eq(assessments.year, DEMO_POTENSI_YEAR),
          eq(assessments.annual, true),
          inArray(assessments.status, [...FINAL]),
          isNotNull(assessments.predikat),
        ),
      )
      .orderBy(asc(assessments.pegawaiNip))
    const step = Math.max(1, Math.floor(annual.length / DEMO_POTENSI_COUNT))
    const picked = annual.filter((_, i) => i % step === 0).slice(0, DEMO_POTENSI_COUNT)
    if (picked.length > 0)
      await tx.insert(talentPotensi).values(
        picked.map((p, i) => {
          const potensi = POTENSI_CYCLE[i % POTENSI_CYCLE.length] as TalentLevel
          return {
            instansiId,
            pegawaiId: p.pegawaiId,
            year: DEMO_POTENSI_YEAR,
            potensi,
            note: POTENSI_NOTES[potensi],
            setByUserId: admin.id,
          }
        }),
      )

    // ---------- one coaching plan: newest final periodic 2026 predikat below Baik ----------
    const year = Number(today.slice(0, 4))
    const results = await tx
      .select({
        pegawaiId: assessments.pegawaiId,
        nip: assessments.pegawaiNip,
        predikat: assessments.predikat,
        assessorPegawaiId: assessments.assessorPegawaiId,
        assessorName: assessments.assessorName,
        finalisedAt: assessments.finalisedAt,
        endDate: periods.endDate,
      })
      .from(assessments)
      .innerJoin(periods, eq(periods.id, assessments.periodId))
      .where(
        and(
          eq(assessments.instansiId, instansiId),
          eq(assessments.year, year),
          eq(assessments.annual, false),
          inArray(assessments.status, [...FINAL]),
          isNotNull(assessments.predikat),
        ),
      )
    const newest = new Map<string, (typeof results)[number]>()
    for (const r of results) {
      const had = newest.get(r.pegawaiId)
      if (!had || r.endDate > had.endDate) newest.set(r.pegawaiId, r)
    }
    const candidate = [...newest.values()]
      .filter((r) => r.predikat && BELOW_BAIK.includes(r.predikat))
      .sort((x, y) => y.endDate.localeCompare(x.endDate) || x.nip.localeCompare(y.nip))[0]
    if (!candidate) return { potensi: picked.length, coachingPlanFor: null }

    // Written by the pejabat penilai (their account) a few days after the result was final.
    const [assessorAccount] = candidate.assessorPegawaiId
      ? await tx
          .select({ id: userAccounts.id, displayName: userAccounts.displayName })
          .from(userAccounts)
          .where(eq(userAccounts.pegawaiId, candidate.assessorPegawaiId))
      : []
    const todayStart = new Date(`${today}T01:00:00.000Z`)
    const finalised = candidate.finalisedAt ?? todayStart
    const written = new Date(Math.min(finalised.getTime() + 3 * 86_400_000, todayStart.getTime()))
    await tx.insert(coachingPlans).values({
      instansiId,
      pegawaiId: candidate.pegawaiId,
      plan: DEMO_COACHING_PLAN,
      followUpDate: addDays(today, 21),
      createdByUserId: assessorAccount?.id ?? admin.id,
      createdByName: assessorAccount?.displayName ?? candidate.assessorName ?? 'Admin BKPSDM',
      createdAt: written,
      updatedAt: written,
    })
    return { potensi: picked.length, coachingPlanFor: candidate.pegawaiId }
  })
}
