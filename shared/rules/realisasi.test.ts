import { describe, expect, it } from 'vitest'
import {
  editReasonRequired,
  isRencanaAksiAchieved,
  normalizeSatuan,
  progressSummaryText,
  suggestRealisasi,
  type ProgressSummaryInput,
} from './realisasi.ts'

const progress = (over: Partial<ProgressSummaryInput> = {}): ProgressSummaryInput => ({
  entries: 0,
  bySatuan: [],
  rencanaAksi: [],
  ...over,
})

describe('normalizeSatuan', () => {
  it.each([
    ['Laporan', 'laporan'],
    [' laporan ', 'laporan'],
    ['LAPORAN', 'laporan'],
    ['Surat Keputusan', 'suratkeputusan'],
    ['surat  keputusan', 'suratkeputusan'],
    ['Surat\tKeputusan', 'suratkeputusan'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeSatuan(raw)).toBe(expected)
  })
})

describe('suggestRealisasi', () => {
  const bySatuan = [
    { satuan: 'Dokumen', realisasi: 34, entries: 10 },
    { satuan: 'Laporan', realisasi: 2, entries: 2 },
  ]
  it.each<[string, string | null, ProgressSummaryInput['bySatuan'], number | null]>([
    ['the matching satuan only', 'Dokumen', bySatuan, 34],
    ['case-insensitive', 'dokumen', bySatuan, 34],
    ['space-insensitive', ' Doku men ', bySatuan, 34],
    ['another satuan of the same RHK', 'LAPORAN', bySatuan, 2],
    ['no entry in that satuan', 'Kegiatan', bySatuan, null],
    ['an indikator without a unit (kualitatif)', null, bySatuan, null],
    ['an empty unit', '', bySatuan, null],
    ['no entries at all', 'Dokumen', [], null],
    [
      'two spellings of one satuan are summed',
      'Surat Keputusan',
      [
        { satuan: 'Surat Keputusan', realisasi: 3, entries: 3 },
        { satuan: 'surat keputusan', realisasi: 4, entries: 1 },
      ],
      7,
    ],
    [
      'zero realisasi is still a match',
      'Dokumen',
      [{ satuan: 'Dokumen', realisasi: 0, entries: 2 }],
      0,
    ],
  ])('%s', (_name, unit, rows, value) => {
    const s = suggestRealisasi(unit, progress({ entries: 12, bySatuan: rows }))
    expect(s.value).toBe(value)
    expect(s.satuan).toBe(value === null ? null : unit)
  })

  it('carries the summary text whatever the match', () => {
    const p = progress({ entries: 12, bySatuan })
    expect(suggestRealisasi('Kegiatan', p).text).toBe(progressSummaryText(p))
    expect(suggestRealisasi('Dokumen', p).text).toBe('12 kegiatan, 34 Dokumen, 2 Laporan')
  })
})

describe('progressSummaryText', () => {
  it.each<[string, ProgressSummaryInput, string]>([
    ['nothing recorded', progress(), 'Belum ada progres harian pada periode ini'],
    [
      'entries in one satuan',
      progress({ entries: 3, bySatuan: [{ satuan: 'Laporan', realisasi: 5, entries: 3 }] }),
      '3 kegiatan, 5 Laporan',
    ],
    [
      'entries and rencana aksi (achieved when realisasi reaches the target)',
      progress({
        entries: 12,
        bySatuan: [{ satuan: 'dokumen', realisasi: 34, entries: 12 }],
        rencanaAksi: [
          { targetValue: 3, realisasi: 3 },
          { targetValue: 3, realisasi: 5 },
          { targetValue: 3, realisasi: 2 },
          { targetValue: 10, realisasi: 10 },
        ],
      }),
      '12 kegiatan, 34 dokumen; rencana aksi: 3 dari 4 tercapai',
    ],
    [
      'rencana aksi without entries',
      progress({ rencanaAksi: [{ targetValue: 2, realisasi: 0 }] }),
      'Belum ada progres harian pada periode ini; rencana aksi: 0 dari 1 tercapai',
    ],
  ])('%s', (_name, p, text) => {
    expect(progressSummaryText(p)).toBe(text)
  })
})

describe('isRencanaAksiAchieved', () => {
  it.each<[number | null, number, boolean]>([
    [3, 2, false],
    [3, 3, true],
    [3, 4, true],
    [0, 0, true],
    [null, 0, false],
    [null, 1, true],
  ])('target %j, realisasi %j → %j', (targetValue, realisasi, achieved) => {
    expect(isRencanaAksiAchieved({ targetValue, realisasi })).toBe(achieved)
  })
})

describe('editReasonRequired', () => {
  it.each<[number | null, number | null, boolean]>([
    // No pre-fill: whatever is stated was not changed from anything.
    [12, null, false],
    [null, null, false],
    [0, null, false],
    // The pre-fill kept.
    [12, 12, false],
    [0, 0, false],
    [12.0, 12, false],
    // A different value, or none, instead of the pre-fill.
    [13, 12, true],
    [11.5, 12, true],
    [0, 12, true],
    [12, 0, true],
    [null, 12, true],
    [null, 0, true],
  ])('value %j with pre-fill %j → %j', (value, suggested, required) => {
    expect(editReasonRequired(value, suggested)).toBe(required)
  })
})
