/**
 * The angka kredit ledger's rules over plain data (no database): which final annual result
 * makes which line, and the promotion hints. The service and the demo seed share them, so the
 * demo holds exactly what "Buat dari penilaian" would write.
 */
import type { AkEntry, AkSettings, PromotionHint } from '../../../shared/followup.ts'
import type { JabatanJenis } from '../../../shared/org.ts'
import {
  angkaKredit,
  DEFAULT_AK_FOR_NEXT_JENJANG,
  DEFAULT_AK_KOEFISIEN,
  DEFAULT_AK_SHARE,
  JF_JENJANG_LABEL,
  jenjangOfJenis,
  monthsCovered,
  NEXT_JENJANG,
  roundAk,
  type JfJenjang,
} from '../../../shared/rules/angka-kredit.ts'
import {
  ASSESSMENT_STATUS_LABEL,
  isResultVisibleToOwner,
  type AssessmentStatus,
} from '../../../shared/rules/assessment-workflow.ts'
import { PREDIKAT_LABEL, type Predikat } from '../../../shared/rules/predikat.ts'
import { atLeastBaik } from '../../../shared/rules/recommendations.ts'
import { JABATAN_JENIS_LABEL } from '../../../shared/org.ts'

/** The three tables of the settings (what a ledger line and a hint read). */
export type AkTables = Pick<AkSettings, 'sharePercent' | 'koefisien' | 'akForNextJenjang'>

export const DEFAULT_AK_TABLES: AkTables = {
  sharePercent: { ...DEFAULT_AK_SHARE },
  koefisien: { ...DEFAULT_AK_KOEFISIEN },
  akForNextJenjang: { ...DEFAULT_AK_FOR_NEXT_JENJANG },
}

/** AK numbers the way Indonesian documents write them: 18,75. */
export const formatAk = (n: number) =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n)

export type AkLinePlan =
  | {
      kind: 'line'
      jenjang: JfJenjang
      predikat: Predikat
      months: number
      sharePercent: number
      koefisien: number
      ak: number
    }
  | { kind: 'skip'; reason: string }

/**
 * The ledger line of one annual assessment: JF only (jenjang from the snapshotted jabatan
 * jenis), final with a predikat, months = monthsCovered of the year's SKP; the share and
 * koefisien of the tables in force are snapshotted on the line.
 */
export function planAkLine(
  a: {
    year: number
    status: AssessmentStatus
    predikat: Predikat | null
    jabatanJenis: JabatanJenis
  },
  skp: { startDate: string; endDate: string } | undefined,
  tables: AkTables,
): AkLinePlan {
  const jenjang = jenjangOfJenis(a.jabatanJenis)
  if (!jenjang)
    return {
      kind: 'skip',
      reason: `Bukan jabatan fungsional (${JABATAN_JENIS_LABEL[a.jabatanJenis] ?? a.jabatanJenis})`,
    }
  if (!isResultVisibleToOwner(a.status))
    return {
      kind: 'skip',
      reason: `Penilaian tahunan ${a.year} belum final (status: ${ASSESSMENT_STATUS_LABEL[a.status]})`,
    }
  if (!a.predikat)
    return { kind: 'skip', reason: `Penilaian tahunan ${a.year} belum memiliki predikat` }
  if (!skp) return { kind: 'skip', reason: `SKP tahun ${a.year} tidak ditemukan` }
  const months = monthsCovered(skp.startDate, skp.endDate)
  if (months < 1)
    return {
      kind: 'skip',
      reason: `Masa SKP ${skp.startDate} s.d. ${skp.endDate} kurang dari satu bulan penuh`,
    }
  const sharePercent = tables.sharePercent[a.predikat]
  const koefisien = tables.koefisien[jenjang]
  return {
    kind: 'line',
    jenjang,
    predikat: a.predikat,
    months,
    sharePercent,
    koefisien,
    ak: angkaKredit(sharePercent, koefisien, months),
  }
}

/** The sum of lines, rounded to two decimals. */
export const sumAk = (entries: readonly Pick<AkEntry, 'ak'>[]) =>
  roundAk(entries.reduce((s, e) => s + e.ak, 0))

export type AnnualResult = { year: number; predikat: Predikat | null }

/**
 * Promotion hints (hints only, decision 0011): kenaikan pangkat needs at least Baik in each of
 * the last two final annual results; kenaikan jenjang needs at least Baik in the last one and
 * the cumulative AK of the current jenjang (its ledger lines) at the table's need. `upToYear`
 * reads the history as it stood at the end of that year.
 */
export function promotionHint(input: {
  annual: readonly AnnualResult[]
  jenjang: JfJenjang | null
  entries: readonly Pick<AkEntry, 'year' | 'jenjang' | 'ak'>[]
  tables: AkTables
  upToYear?: number | undefined
}): PromotionHint {
  const upTo = input.upToYear ?? Number.POSITIVE_INFINITY
  const finals = input.annual
    .filter((a): a is { year: number; predikat: Predikat } => !!a.predikat && a.year <= upTo)
    .sort((a, b) => b.year - a.year)
  const said = (a: { year: number; predikat: Predikat }) =>
    `${a.year}: ${PREDIKAT_LABEL[a.predikat]}`

  const [last, previous] = finals
  let pangkat: PromotionHint['pangkat']
  if (!last)
    pangkat = {
      eligible: false,
      reason:
        'Belum ada hasil penilaian kinerja tahunan yang final; kenaikan pangkat memerlukan predikat minimal Baik pada dua tahun terakhir.',
    }
  else if (!previous)
    pangkat = {
      eligible: false,
      reason: `Baru ada satu hasil penilaian tahunan yang final (${said(last)}); kenaikan pangkat memerlukan predikat minimal Baik pada dua tahun terakhir.`,
    }
  else {
    const below = [previous, last].filter((a) => !atLeastBaik(a.predikat))
    pangkat = below.length
      ? {
          eligible: false,
          reason: `Predikat di bawah Baik pada ${below.map(said).join(' dan ')}; kenaikan pangkat memerlukan predikat minimal Baik pada dua tahun terakhir (${previous.year} dan ${last.year}).`,
        }
      : {
          eligible: true,
          reason: `Predikat minimal Baik pada dua tahun terakhir (${said(previous)}; ${said(last)}).`,
        }
  }

  if (!input.jenjang) return { pangkat, jenjang: null }
  const jenjang = input.jenjang
  const label = JF_JENJANG_LABEL[jenjang]
  const akTotal = sumAk(input.entries.filter((e) => e.jenjang === jenjang && e.year <= upTo))
  const next = NEXT_JENJANG[jenjang]
  const akNeeded = next ? input.tables.akForNextJenjang[jenjang] : null
  if (!next || akNeeded === null)
    return {
      pangkat,
      jenjang: {
        eligible: false,
        reason: `${label} adalah jenjang tertinggi pada kategorinya; tidak ada kenaikan jenjang. AK kumulatif ${formatAk(akTotal)}.`,
        next: null,
        akNeeded: null,
        akTotal,
      },
    }
  const nextLabel = JF_JENJANG_LABEL[next]
  const akWords = `AK kumulatif jenjang ${label} ${formatAk(akTotal)} (diperlukan ${formatAk(akNeeded)} untuk ${nextLabel})`
  const akOk = akTotal >= akNeeded
  const problems: string[] = []
  if (!last) problems.push('belum ada hasil penilaian tahunan yang final')
  else if (!atLeastBaik(last.predikat)) problems.push(`predikat ${said(last)} (perlu minimal Baik)`)
  if (!akOk) problems.push(`kurang ${formatAk(roundAk(akNeeded - akTotal))} AK`)
  const reason =
    problems.length === 0 && last
      ? `Memenuhi: predikat ${said(last)} dan ${akWords}.`
      : `Belum memenuhi: ${problems.join('; ')}. ${akWords}.`
  return {
    pangkat,
    jenjang: { eligible: problems.length === 0, reason, next, akNeeded, akTotal },
  }
}
