/**
 * Ratings and predikat of PermenPAN-RB 6/2022 (design/domain.md "Assessment"; research §5.2–5.4).
 * Pure: the API derives and stores the predikat with these functions and the UI shows the same
 * result while the atasan chooses; the predikat is never accepted from a client.
 */
export const RATINGS = ['di_atas', 'sesuai', 'di_bawah'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABEL: Record<Rating, string> = {
  di_atas: 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  di_bawah: 'Di Bawah Ekspektasi',
}

/** Employee predikat, ordered from high to low. */
export const PREDIKAT = [
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const
export type Predikat = (typeof PREDIKAT)[number]
export const PREDIKAT_LABEL: Record<Predikat, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
}

/** Predikat kinerja organisasi of a unit per period (SE MenPAN-RB 3/2023). */
export const ORG_PREDIKAT = [
  'istimewa',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const
export type OrgPredikat = (typeof ORG_PREDIKAT)[number]
export const ORG_PREDIKAT_LABEL: Record<OrgPredikat, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
}

/**
 * The kuadran kinerja: rows = rating hasil kerja, columns = rating perilaku kerja.
 * Perilaku below expectation is punished even with good results (Kurang/Misconduct).
 */
export const QUADRANT: Record<Rating, Record<Rating, Predikat>> = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
}

export function predikatOf(hasil: Rating, perilaku: Rating): Predikat {
  return QUADRANT[hasil][perilaku]
}

/**
 * For an employee who heads a unit, the unit's predikat kinerja organisasi is their rating
 * hasil kerja (decision in domain.md: Istimewa → Di Atas, Baik → Sesuai, others → Di Bawah).
 */
export function ratingHasilForUnitHead(org: OrgPredikat): Rating {
  if (org === 'istimewa') return 'di_atas'
  if (org === 'baik') return 'sesuai'
  return 'di_bawah'
}

/** The regulation's guidance, shown next to the choice (research §5.2). */
export const RATING_HASIL_GUIDANCE: Record<Rating, string> = {
  di_atas:
    'Seluruh atau sebagian besar hasil kerja melebihi ekspektasi dan tidak ada hasil kerja utama yang di bawah ekspektasi.',
  sesuai:
    'Seluruh atau sebagian besar hasil kerja sesuai ekspektasi; hanya sebagian kecil hasil kerja utama di bawah ekspektasi.',
  di_bawah: 'Seluruh atau sebagian besar hasil kerja di bawah ekspektasi.',
}
export const RATING_PERILAKU_GUIDANCE: Record<Rating, string> = {
  di_atas:
    'Perilaku kerja melebihi ekspektasi pada nilai-nilai BerAKHLAK dan ekspektasi khusus pimpinan.',
  sesuai:
    'Perilaku kerja sesuai ekspektasi pada nilai-nilai BerAKHLAK dan ekspektasi khusus pimpinan.',
  di_bawah:
    'Perilaku kerja di bawah ekspektasi pada nilai-nilai BerAKHLAK atau ekspektasi khusus pimpinan.',
}

/**
 * A suggestion (never binding) for the rating hasil kerja from the atasan's judgement of each
 * RHK, following the guidance: Di Atas when most results are above and no utama result is
 * below; Di Bawah when most are below; otherwise Sesuai. Null when no RHK was judged.
 */
export function suggestRatingHasil(
  items: readonly { jenis: 'utama' | 'tambahan'; rating: Rating | null }[],
): Rating | null {
  const judged = items.filter(
    (i): i is { jenis: 'utama' | 'tambahan'; rating: Rating } => !!i.rating,
  )
  if (judged.length === 0) return null
  const n = judged.length
  const above = judged.filter((i) => i.rating === 'di_atas').length
  const below = judged.filter((i) => i.rating === 'di_bawah').length
  const utamaBelow = judged.some((i) => i.jenis === 'utama' && i.rating === 'di_bawah')
  if (below * 2 > n) return 'di_bawah'
  if (above * 2 > n && !utamaBelow) return 'di_atas'
  return 'sesuai'
}
