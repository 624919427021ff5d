import type { MonitoringRow, RencanaAksiBoard } from '../../../../shared/activities.ts'

/** What the atasan narrows the list to by tapping a summary tile. */
export type RowFilter = 'all' | 'notLogged' | 'late' | 'pending'

/**
 * The order of the live list: whoever has not logged on the day comes first (that is who the
 * atasan may need to call), then those with the most work waiting for verification, then by
 * name so the list does not jump around between refreshes.
 */
export function sortMonitoringRows(rows: readonly MonitoringRow[]): MonitoringRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.loggedOnDate) - Number(b.loggedOnDate) ||
      b.pendingVerification - a.pendingVerification ||
      a.pegawai.name.localeCompare(b.pegawai.name, 'id'),
  )
}

export function filterMonitoringRows(
  rows: readonly MonitoringRow[],
  filter: RowFilter,
): MonitoringRow[] {
  switch (filter) {
    case 'all':
      return [...rows]
    case 'notLogged':
      return rows.filter((r) => !r.loggedOnDate)
    case 'late':
      return rows.filter((r) => r.lateInPeriod > 0)
    case 'pending':
      return rows.filter((r) => r.pendingVerification > 0)
  }
}

/** Minutes as "6 j 30 m" / "6 h 30 m" (the unit letters come from the caller's language). */
export function formatMinutes(minutes: number, units: { h: string; m: string }): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} ${units.m}`
  return m === 0 ? `${h} ${units.h}` : `${h} ${units.h} ${m} ${units.m}`
}

export type BoardRhk = RencanaAksiBoard['rhk'][number]

/**
 * How far an RHK is against its rencana aksi targets of the period, 0–100, or null when it
 * has no target to measure against. Rencana aksi of one RHK may count different things
 * (dokumen, kegiatan, laporan), so sums are compared only when every one uses the same satuan;
 * otherwise each rencana aksi counts equally, capped at its own 100 %.
 */
export function rhkPercent(rhk: Pick<BoardRhk, 'rencanaAksi'>): number | null {
  const ras = rhk.rencanaAksi.filter((ra) => ra.targetValue > 0)
  if (ras.length === 0) return null
  const units = new Set(ras.map((ra) => ra.targetUnit.trim().toLowerCase()))
  if (units.size === 1) {
    const target = ras.reduce((s, ra) => s + ra.targetValue, 0)
    const done = ras.reduce((s, ra) => s + ra.realisasi, 0)
    return Math.min(100, Math.round((done / target) * 100))
  }
  const share = ras.reduce((s, ra) => s + Math.min(1, ra.realisasi / ra.targetValue), 0)
  return Math.round((share / ras.length) * 100)
}

/** A rencana aksi's realisasi against its target, 0–100 (over-achievement shows as 100). */
export function raPercent(ra: { realisasi: number; targetValue: number }): number {
  if (ra.targetValue <= 0) return ra.realisasi > 0 ? 100 : 0
  return Math.min(100, Math.round((ra.realisasi / ra.targetValue) * 100))
}

/** Mime types the page can show itself; other evidence files are downloaded. */
export function isShowableImage(mimeType: string | null): boolean {
  return (
    mimeType === 'image/jpeg' ||
    mimeType === 'image/png' ||
    mimeType === 'image/webp' ||
    mimeType === 'image/gif'
  )
}
