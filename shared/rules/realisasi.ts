/**
 * The pre-filled realisasi of an indikator (decision 0010 "Realisasi"): the sum of the period's
 * daily-progress realisasi under the RHK whose satuan matches the indikator's target unit
 * (case- and space-insensitive), null when none matches, plus a text summarising the entries
 * and rencana aksi. Pure: the API stores the suggestion next to what the pegawai saves and the
 * UI shows the same numbers.
 */

export type SatuanTotal = { satuan: string; realisasi: number; entries: number }
export type ProgressSummaryInput = {
  entries: number
  bySatuan: readonly SatuanTotal[]
  rencanaAksi: readonly { targetValue: number | null; realisasi: number }[]
}
export type RealisasiSuggestion = { value: number | null; satuan: string | null; text: string }

/** "Dokumen", " dokumen ", "DOKU MEN" are one satuan. */
export const normalizeSatuan = (satuan: string) => satuan.toLowerCase().replace(/\s+/g, '')

/** A rencana aksi is achieved when its realisasi reaches the target (any realisasi without one). */
export const isRencanaAksiAchieved = (ra: { targetValue: number | null; realisasi: number }) =>
  ra.targetValue === null ? ra.realisasi > 0 : ra.realisasi >= ra.targetValue

/** "12 kegiatan, 34 Dokumen, 2 Laporan; rencana aksi: 3 dari 4 tercapai". */
export function progressSummaryText(p: ProgressSummaryInput): string {
  const parts: string[] = []
  if (p.entries === 0) parts.push('Belum ada progres harian pada periode ini')
  else
    parts.push(
      [`${p.entries} kegiatan`, ...p.bySatuan.map((s) => `${s.realisasi} ${s.satuan}`)].join(', '),
    )
  if (p.rencanaAksi.length > 0) {
    const achieved = p.rencanaAksi.filter(isRencanaAksiAchieved).length
    parts.push(`rencana aksi: ${achieved} dari ${p.rencanaAksi.length} tercapai`)
  }
  return parts.join('; ')
}

/** The suggestion for one indikator from its RHK's progress in the period. */
export function suggestRealisasi(
  targetUnit: string | null,
  progress: ProgressSummaryInput,
): RealisasiSuggestion {
  const text = progressSummaryText(progress)
  const unit = targetUnit ? normalizeSatuan(targetUnit) : ''
  const matching = unit ? progress.bySatuan.filter((s) => normalizeSatuan(s.satuan) === unit) : []
  if (matching.length === 0) return { value: null, satuan: null, text }
  return {
    value: matching.reduce((sum, s) => sum + s.realisasi, 0),
    satuan: targetUnit,
    text,
  }
}

/**
 * Whether a saved value needs an edit reason: there was a pre-filled value and the pegawai
 * states a different one (or none). Without a pre-fill nothing was changed, so no reason.
 */
export function editReasonRequired(value: number | null, suggested: number | null): boolean {
  if (suggested === null) return false
  return value === null || Math.abs(value - suggested) > 1e-9
}
