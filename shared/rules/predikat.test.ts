import { describe, expect, it } from 'vitest'
import {
  ORG_PREDIKAT,
  ORG_PREDIKAT_LABEL,
  PREDIKAT,
  PREDIKAT_LABEL,
  RATING_HASIL_GUIDANCE,
  RATING_LABEL,
  RATING_PERILAKU_GUIDANCE,
  RATINGS,
  predikatOf,
  ratingHasilForUnitHead,
  suggestRatingHasil,
  type OrgPredikat,
  type Predikat,
  type Rating,
} from './predikat.ts'

// Expected values are the kuadran kinerja of PermenPAN-RB 6/2022 as written in domain.md
// "Assessment" (rows = rating hasil kerja, columns = rating perilaku kerja), not read off the code.

describe('predikatOf: the nine cells of the kuadran kinerja', () => {
  const cells: [hasil: Rating, perilaku: Rating, predikat: Predikat][] = [
    ['di_atas', 'di_atas', 'sangat_baik'],
    ['di_atas', 'sesuai', 'baik'],
    ['di_atas', 'di_bawah', 'kurang'],
    ['sesuai', 'di_atas', 'baik'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di_bawah', 'kurang'],
    ['di_bawah', 'di_atas', 'butuh_perbaikan'],
    ['di_bawah', 'sesuai', 'butuh_perbaikan'],
    ['di_bawah', 'di_bawah', 'sangat_kurang'],
  ]

  it.each(cells)('hasil %s × perilaku %s → %s', (hasil, perilaku, predikat) => {
    expect(predikatOf(hasil, perilaku)).toBe(predikat)
  })

  it('the table above covers every pair of ratings exactly once', () => {
    const pairs = new Set(cells.map(([h, p]) => `${h}/${p}`))
    expect(pairs.size).toBe(9)
    for (const h of RATINGS) for (const p of RATINGS) expect(pairs.has(`${h}/${p}`)).toBe(true)
  })

  it('reaches every predikat; Sangat Baik and Sangat Kurang only on the diagonal corners', () => {
    const results = RATINGS.flatMap((h) => RATINGS.map((p) => predikatOf(h, p)))
    expect(new Set(results)).toEqual(new Set(PREDIKAT))
    expect(results.filter((r) => r === 'sangat_baik')).toHaveLength(1)
    expect(results.filter((r) => r === 'sangat_kurang')).toHaveLength(1)
  })

  it('punishes perilaku below expectation even with good results', () => {
    expect(predikatOf('di_atas', 'di_bawah')).toBe('kurang')
    expect(PREDIKAT_LABEL[predikatOf('di_atas', 'di_bawah')]).toBe('Kurang/Misconduct')
  })
})

describe('ratingHasilForUnitHead: organisational predikat → rating hasil kerja of the head', () => {
  const table: [OrgPredikat, Rating][] = [
    ['istimewa', 'di_atas'],
    ['baik', 'sesuai'],
    ['butuh_perbaikan', 'di_bawah'],
    ['kurang', 'di_bawah'],
    ['sangat_kurang', 'di_bawah'],
  ]
  it.each(table)('%s → %s', (org, rating) => {
    expect(ratingHasilForUnitHead(org)).toBe(rating)
  })
  it('covers all five organisational predikat', () => {
    expect(table.map(([o]) => o)).toEqual([...ORG_PREDIKAT])
  })
})

describe('suggestRatingHasil (from the atasan’s judgement per RHK)', () => {
  type Item = { jenis: 'utama' | 'tambahan'; rating: Rating | null }
  const u = (rating: Rating | null): Item => ({ jenis: 'utama', rating })
  const t = (rating: Rating | null): Item => ({ jenis: 'tambahan', rating })

  it.each<[string, Item[], Rating | null]>([
    ['no RHK', [], null],
    ['nothing judged yet', [u(null), t(null)], null],
    ['everything above', [u('di_atas'), u('di_atas'), t('di_atas')], 'di_atas'],
    ['most above, a tambahan below', [u('di_atas'), u('di_atas'), t('di_bawah')], 'di_atas'],
    ['most above, but an utama below', [u('di_atas'), u('di_atas'), u('di_bawah')], 'sesuai'],
    ['half above is not "most"', [u('di_atas'), u('sesuai')], 'sesuai'],
    ['everything as expected', [u('sesuai'), u('sesuai'), t('sesuai')], 'sesuai'],
    ['a small part below', [u('sesuai'), u('sesuai'), u('di_bawah')], 'sesuai'],
    ['half below is not "most"', [u('di_bawah'), u('sesuai')], 'sesuai'],
    ['most below', [u('di_bawah'), u('di_bawah'), u('di_atas')], 'di_bawah'],
    ['most below, tambahan included', [u('sesuai'), t('di_bawah'), t('di_bawah')], 'di_bawah'],
    ['a single utama above', [u('di_atas')], 'di_atas'],
    ['a single utama below', [u('di_bawah')], 'di_bawah'],
    ['unjudged RHK are left out', [u(null), u(null), u('di_atas')], 'di_atas'],
  ])('%s', (_name, items, expected) => {
    expect(suggestRatingHasil(items)).toBe(expected)
  })
})

describe('labels and guidance', () => {
  it('has a label for every rating, predikat and organisational predikat', () => {
    expect(RATINGS.map((r) => RATING_LABEL[r])).toEqual([
      'Di Atas Ekspektasi',
      'Sesuai Ekspektasi',
      'Di Bawah Ekspektasi',
    ])
    expect(PREDIKAT.map((p) => PREDIKAT_LABEL[p])).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ])
    expect(ORG_PREDIKAT.map((p) => ORG_PREDIKAT_LABEL[p])).toEqual([
      'Istimewa',
      'Baik',
      'Butuh Perbaikan',
      'Kurang',
      'Sangat Kurang',
    ])
  })
  it('shows guidance for every rating of both dimensions', () => {
    for (const r of RATINGS) {
      expect(RATING_HASIL_GUIDANCE[r].length).toBeGreaterThan(20)
      expect(RATING_PERILAKU_GUIDANCE[r].length).toBeGreaterThan(20)
    }
  })
})
