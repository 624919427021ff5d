import { describe, expect, it } from 'vitest'
import { JABATAN_JENIS } from '../org.ts'
import {
  angkaKredit,
  DEFAULT_AK_FOR_NEXT_JENJANG,
  DEFAULT_AK_KOEFISIEN,
  DEFAULT_AK_SHARE,
  JF_JENJANG,
  JF_JENJANG_LABEL,
  jenjangOfJenis,
  monthsCovered,
  NEXT_JENJANG,
  roundAk,
  type JfJenjang,
} from './angka-kredit.ts'
import { PREDIKAT } from './predikat.ts'

// Expected values are written from design/domain.md "Follow-up" (PermenPAN-RB 1/2023), not
// read off the code: shares 150/100/75/50/25 %, koefisien per jenjang per year, × months/12,
// rounded to two decimals, halves up.

describe('the default tables are domain.md’s', () => {
  it('shares per predikat', () => {
    expect(DEFAULT_AK_SHARE).toEqual({
      sangat_baik: 150,
      baik: 100,
      butuh_perbaikan: 75,
      kurang: 50,
      sangat_kurang: 25,
    })
  })

  it('koefisien per jenjang', () => {
    expect(DEFAULT_AK_KOEFISIEN).toEqual({
      pemula: 3.75,
      terampil: 5,
      mahir: 12.5,
      penyelia: 25,
      ahli_pertama: 12.5,
      ahli_muda: 25,
      ahli_madya: 37.5,
      ahli_utama: 50,
    })
  })

  it('every jenjang has a label, a next step and an AK need (none at the top)', () => {
    for (const j of JF_JENJANG) {
      expect(JF_JENJANG_LABEL[j]).toBeTruthy()
      expect(NEXT_JENJANG[j] === null).toBe(DEFAULT_AK_FOR_NEXT_JENJANG[j] === null)
    }
    expect(NEXT_JENJANG.ahli_pertama).toBe('ahli_muda')
    expect(NEXT_JENJANG.penyelia).toBeNull()
    expect(NEXT_JENJANG.ahli_utama).toBeNull()
  })
})

describe('angkaKredit: the worked checks of domain.md', () => {
  it('Ahli Pertama, Sangat Baik, 12 months → 18.75', () => {
    expect(angkaKredit(DEFAULT_AK_SHARE.sangat_baik, DEFAULT_AK_KOEFISIEN.ahli_pertama, 12)).toBe(
      18.75,
    )
  })

  it('Ahli Pertama, Baik, 2 months → 2.08', () => {
    expect(angkaKredit(DEFAULT_AK_SHARE.baik, DEFAULT_AK_KOEFISIEN.ahli_pertama, 2)).toBe(2.08)
  })
})

describe('angkaKredit: every jenjang × predikat for a whole year', () => {
  // [sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang], computed by hand.
  const YEAR: Record<JfJenjang, [number, number, number, number, number]> = {
    pemula: [5.63, 3.75, 2.81, 1.88, 0.94], // 5.625, 3.75, 2.8125, 1.875, 0.9375
    terampil: [7.5, 5, 3.75, 2.5, 1.25],
    mahir: [18.75, 12.5, 9.38, 6.25, 3.13], // 9.375, 3.125 round half up
    penyelia: [37.5, 25, 18.75, 12.5, 6.25],
    ahli_pertama: [18.75, 12.5, 9.38, 6.25, 3.13],
    ahli_muda: [37.5, 25, 18.75, 12.5, 6.25],
    ahli_madya: [56.25, 37.5, 28.13, 18.75, 9.38], // 28.125
    ahli_utama: [75, 50, 37.5, 25, 12.5],
  }
  const cases = JF_JENJANG.flatMap((jenjang) =>
    PREDIKAT.map((predikat, i) => ({ jenjang, predikat, ak: YEAR[jenjang][i]! })),
  )
  it.each(cases)('$jenjang × $predikat → $ak', ({ jenjang, predikat, ak }) => {
    expect(angkaKredit(DEFAULT_AK_SHARE[predikat], DEFAULT_AK_KOEFISIEN[jenjang], 12)).toBe(ak)
  })
})

describe('angkaKredit: months pro-rate', () => {
  it.each([
    // [share, koefisien, months, expected]
    [100, 25, 6, 12.5],
    [75, 37.5, 7, 16.41], // 16.40625
    [150, 5, 1, 0.63], // 0.625
    [50, 12.5, 11, 5.73], // 5.729…
    [25, 3.75, 1, 0.08], // 0.078125
  ])('%d%% × %d × %d/12 → %d', (share, koefisien, months, expected) => {
    expect(angkaKredit(share, koefisien, months)).toBe(expected)
  })

  it('uses an admin’s edited tables as given', () => {
    expect(angkaKredit(120, 10, 12)).toBe(12)
    expect(angkaKredit(0, 12.5, 12)).toBe(0)
  })

  it.each([0, 13, 1.5, -1, Number.NaN])('refuses %d months', (months) => {
    expect(() => angkaKredit(100, 12.5, months)).toThrow(RangeError)
  })
})

describe('roundAk', () => {
  it.each([
    [2.083333, 2.08],
    [1.005, 1.01], // binary 1.00499…: the epsilon keeps the half up
    [18.745, 18.75],
    [0.125, 0.13],
    [12, 12],
    [-2.5, -2.5],
  ])('%d → %d', (value, expected) => {
    expect(roundAk(value)).toBe(expected)
  })
})

describe('jenjangOfJenis', () => {
  it('gives the jenjang of every fungsional_* and null for every other jenis', () => {
    for (const jenis of JABATAN_JENIS) {
      const j = jenjangOfJenis(jenis)
      if (jenis.startsWith('fungsional_')) expect(JF_JENJANG).toContain(j)
      else expect(j).toBeNull()
    }
    expect(jenjangOfJenis('fungsional_ahli_muda')).toBe('ahli_muda')
    expect(jenjangOfJenis('fungsional_pemula')).toBe('pemula')
    expect(jenjangOfJenis('pelaksana')).toBeNull()
    expect(jenjangOfJenis('pengawas')).toBeNull()
  })
})

describe('monthsCovered: a month counts when at least 15 of its days are in the range', () => {
  it.each([
    ['2024-01-01', '2024-12-31', 12, 'the whole year'],
    ['2024-01-02', '2024-12-31', 12, 'the demo TMT on 2 January'],
    ['2025-07-01', '2025-12-31', 6, 'from July'],
    ['2025-01-01', '2025-06-30', 6, 'until June'],
    ['2025-03-17', '2025-12-31', 10, 'March 17–31 is 15 days: March counts'],
    ['2025-03-18', '2025-12-31', 9, 'March 18–31 is 14 days: March does not'],
    ['2025-04-16', '2025-12-31', 9, 'April 16–30 is 15 days: April counts'],
    ['2025-04-17', '2025-12-31', 8, 'April 17–30 is 14 days'],
    ['2025-02-14', '2025-12-31', 11, 'February 14–28 is 15 days'],
    ['2025-02-15', '2025-12-31', 10, 'February 15–28 is 14 days'],
    ['2025-01-01', '2025-06-15', 6, 'ending on the 15th counts'],
    ['2025-01-01', '2025-06-14', 5, 'ending on the 14th does not'],
    ['2025-02-01', '2025-02-28', 1, 'one whole February'],
    ['2024-02-01', '2024-02-29', 1, 'a leap February'],
    ['2025-05-01', '2025-05-15', 1, 'fifteen days of one month'],
    ['2025-05-10', '2025-05-23', 0, 'fourteen days of one month'],
    ['2025-05-20', '2025-05-31', 0, 'the end of one month'],
    ['2025-12-31', '2025-12-31', 0, 'one day'],
    ['2025-03-20', '2025-04-10', 0, 'twelve and ten days of two months'],
    ['2025-03-10', '2025-04-20', 2, '22 and 20 days'],
  ])('%s … %s → %d (%s)', (start, end, months) => {
    expect(monthsCovered(start, end)).toBe(months)
  })

  it('refuses a range across years or backwards', () => {
    expect(() => monthsCovered('2024-12-01', '2025-01-31')).toThrow(RangeError)
    expect(() => monthsCovered('2025-06-01', '2025-05-31')).toThrow(RangeError)
  })
})
