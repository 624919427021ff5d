import { describe, expect, it } from 'vitest'
import { PREDIKAT, type Predikat } from './predikat.ts'
import {
  kinerjaLevel,
  TALENT_BOX,
  TALENT_BOX_LABEL,
  TALENT_LEVELS,
  talentBox,
  type TalentLevel,
} from './talent.ts'

// Expected boxes written from the 9-box of the national talent-management guidance
// (PermenPAN-RB 3/2020), not read off the code: rows kinerja (rendah → tinggi), columns
// potensi (rendah → tinggi):
//
//              potensi rendah  sedang  tinggi
//   kinerja tinggi       6       8       9
//   kinerja sedang       3       5       7
//   kinerja rendah       1       2       4

describe('kinerja level of a predikat', () => {
  it.each<[Predikat, TalentLevel]>([
    ['sangat_baik', 'tinggi'],
    ['baik', 'sedang'],
    ['butuh_perbaikan', 'rendah'],
    ['kurang', 'rendah'],
    ['sangat_kurang', 'rendah'],
  ])('%s → %s', (predikat, level) => {
    expect(kinerjaLevel(predikat)).toBe(level)
  })
})

describe('talentBox: every predikat × potensi', () => {
  const expected: Record<Predikat, Record<TalentLevel, number>> = {
    sangat_baik: { rendah: 6, sedang: 8, tinggi: 9 },
    baik: { rendah: 3, sedang: 5, tinggi: 7 },
    butuh_perbaikan: { rendah: 1, sedang: 2, tinggi: 4 },
    kurang: { rendah: 1, sedang: 2, tinggi: 4 },
    sangat_kurang: { rendah: 1, sedang: 2, tinggi: 4 },
  }
  const cases = PREDIKAT.flatMap((p) => TALENT_LEVELS.map((t) => [p, t, expected[p][t]] as const))
  it('covers 15 cases', () => {
    expect(cases).toHaveLength(15)
  })
  it.each(cases)('%s × potensi %s → box %i', (predikat, potensi, box) => {
    expect(talentBox(predikat, potensi)).toBe(box)
  })
})

describe('the box table', () => {
  it('uses each of the nine boxes exactly once', () => {
    const boxes = TALENT_LEVELS.flatMap((k) => TALENT_LEVELS.map((p) => TALENT_BOX[k][p]))
    expect([...boxes].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
  it('rises with kinerja and with potensi', () => {
    for (const k of TALENT_LEVELS)
      for (let i = 1; i < TALENT_LEVELS.length; i++) {
        const lower = TALENT_LEVELS[i - 1]!
        const higher = TALENT_LEVELS[i]!
        expect(TALENT_BOX[k][higher]).toBeGreaterThan(TALENT_BOX[k][lower])
        expect(TALENT_BOX[higher][k]).toBeGreaterThan(TALENT_BOX[lower][k])
      }
  })
  it('labels every box in words matching its row and column', () => {
    for (let box = 1; box <= 9; box++) expect(TALENT_BOX_LABEL[box]).toBeTruthy()
    expect(TALENT_BOX_LABEL[9]).toBe('Kinerja di atas ekspektasi dan potensi tinggi')
    expect(TALENT_BOX_LABEL[1]).toBe('Kinerja di bawah ekspektasi dan potensi rendah')
    expect(TALENT_BOX_LABEL[TALENT_BOX.sedang.tinggi]).toMatch(/sesuai ekspektasi.*tinggi/)
    expect(TALENT_BOX_LABEL[TALENT_BOX.tinggi.rendah]).toMatch(/di atas ekspektasi.*rendah/)
    expect(TALENT_BOX_LABEL[TALENT_BOX.rendah.tinggi]).toMatch(/di bawah ekspektasi.*tinggi/)
  })
})
