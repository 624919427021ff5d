import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ALIGNMENT_SETTINGS,
  flagEntries,
  isStaleRhk,
  isVague,
  normalizeDescription,
  overlappingIds,
  type FlagInput,
  type TimedEntry,
} from './alignment.ts'

describe('normalizeDescription', () => {
  it.each([
    ['Menyusun  Laporan Bulanan.', 'menyusun laporan bulanan'],
    ['  rapat-koordinasi; (bidang A) ', 'rapat koordinasi bidang a'],
    ['Lain-lain', 'lain lain'],
    ['MENYUSUN laporan', 'menyusun laporan'],
    // Compatibility forms fold to plain letters, then to lower case (ℌ → H → h).
    ['Ｍｅｎｙｕｓｕｎ ℌasil', 'menyusun hasil'],
    ['ﬁnalisasi anggaran', 'finalisasi anggaran'],
    ['Rapat 2 jam', 'rapat 2 jam'],
    ['!!!', ''],
  ])('%j → %j', (input, out) => {
    expect(normalizeDescription(input)).toBe(out)
  })

  it('two ways of typing the same text normalise to one', () => {
    expect(normalizeDescription('Menyusun laporan kegiatan')).toBe(
      normalizeDescription('menyusun LAPORAN, kegiatan!'),
    )
  })
})

describe('isVague', () => {
  it.each([
    ['rapat', 0, true],
    ['Rapat.', 0, true],
    ['Koordinasi', 0, true],
    ['Melaksanakan tugas', 0, true],
    ['apel pagi', 0, true],
    ['Lain-lain', 0, true],
    // Fewer than three words.
    ['Menyusun laporan', 0, true],
    // Shorter than the instansi minimum (20 by default).
    ['Rapat di aula', 20, true],
    ['Menyusun laporan realisasi anggaran triwulan III', 20, false],
    ['Menyusun laporan realisasi', 0, false],
    // Exactly the minimum is enough.
    ['abcde fghij klmnopqrs', 21, false],
    ['abcde fghij klmnopqr', 21, true],
  ])('%j (min %i) → %s', (text, min, vague) => {
    expect(isVague(text, min)).toBe(vague)
  })
})

describe('overlappingIds', () => {
  const e = (id: string, date: string, startTime: string, endTime: string): TimedEntry => ({
    id,
    date,
    startTime,
    endTime,
  })

  it.each<[string, TimedEntry[], string[]]>([
    ['none', [e('a', 'd1', '08:00', '09:00'), e('b', 'd1', '09:00', '10:00')], []],
    [
      'one inside another',
      [e('a', 'd1', '08:00', '12:00'), e('b', 'd1', '09:00', '10:00')],
      ['a', 'b'],
    ],
    ['partial', [e('a', 'd1', '08:00', '09:30'), e('b', 'd1', '09:00', '10:00')], ['a', 'b']],
    [
      'same hours on different days',
      [e('a', 'd1', '08:00', '09:00'), e('b', 'd2', '08:00', '09:00')],
      [],
    ],
    [
      'a long entry overlapping a later one after a short one',
      [
        e('a', 'd1', '08:00', '12:00'),
        e('b', 'd1', '08:30', '09:00'),
        e('c', 'd1', '11:00', '13:00'),
      ],
      ['a', 'b', 'c'],
    ],
    [
      'order of input does not matter',
      [
        e('c', 'd1', '10:00', '11:00'),
        e('b', 'd1', '09:00', '10:30'),
        e('a', 'd1', '07:00', '08:00'),
      ],
      ['b', 'c'],
    ],
  ])('%s', (_name, entries, ids) => {
    expect([...overlappingIds(entries)].sort()).toEqual(ids)
  })
})

describe('flagEntries', () => {
  const base: FlagInput = {
    id: 'x',
    date: '2026-11-27',
    startTime: '08:00',
    endTime: '10:00',
    description: 'Menyusun laporan realisasi anggaran triwulan III',
    rhkId: 'rhk-1',
    sameTextCount: 1,
  }
  const flagsOf = (over: Partial<FlagInput>, settings = DEFAULT_ALIGNMENT_SETTINGS) =>
    flagEntries([{ ...base, ...over }], settings).get(over.id ?? 'x')

  it.each<[string, Partial<FlagInput>, string[]]>([
    ['a good entry', {}, []],
    ['not linked to an RHK', { rhkId: null }, ['unlinked']],
    ['vague', { description: 'Rapat' }, ['vague']],
    ['the same text 3 times (default minimum)', { sameTextCount: 3 }, ['duplicate']],
    ['the same text twice is fine', { sameTextCount: 2 }, []],
    ['10 hours exactly is fine', { startTime: '07:00', endTime: '17:00' }, []],
    ['over 10 hours', { startTime: '07:00', endTime: '17:01' }, ['too_long']],
    [
      'everything at once, in the fixed order',
      { rhkId: null, description: 'dll', sameTextCount: 9, startTime: '06:00', endTime: '20:00' },
      ['unlinked', 'vague', 'duplicate', 'too_long'],
    ],
  ])('%s → %j', (_name, over, flags) => {
    expect(flagsOf(over)).toEqual(flags)
  })

  it('uses the instansi thresholds', () => {
    const strict = { ...DEFAULT_ALIGNMENT_SETTINGS, maxEntryHours: 1, duplicateMinCount: 2 }
    expect(flagsOf({ sameTextCount: 2 }, strict)).toEqual(['duplicate', 'too_long'])
    const lenient = { ...DEFAULT_ALIGNMENT_SETTINGS, minDescriptionChars: 0 }
    expect(flagsOf({ description: 'Ketik surat tugas' }, lenient)).toEqual([])
    expect(flagsOf({ description: 'Ketik surat tugas' })).toEqual(['vague'])
  })

  it('flags overlap on both entries of a day', () => {
    const flags = flagEntries([
      { ...base, id: 'a', startTime: '08:00', endTime: '10:00' },
      { ...base, id: 'b', startTime: '09:00', endTime: '11:00' },
      { ...base, id: 'c', startTime: '11:00', endTime: '12:00' },
    ])
    expect(flags.get('a')).toEqual(['overlap'])
    expect(flags.get('b')).toEqual(['overlap'])
    expect(flags.get('c')).toEqual([])
  })
})

describe('isStaleRhk', () => {
  // Today Friday 27 Nov 2026; 3 weeks back is Friday 6 Nov 2026.
  const TODAY = '2026-11-27'
  it.each<[string, string | null, string, number, boolean]>([
    ['never any activity since January', null, '2026-01-01', 3, true],
    ['activity exactly 3 weeks ago', '2026-11-06', '2026-01-01', 3, false],
    ['activity one day before the window', '2026-11-05', '2026-01-01', 3, true],
    ['activity yesterday', '2026-11-26', '2026-01-01', 3, false],
    ['an RHK (or period) that started 2 weeks ago', null, '2026-11-13', 3, false],
    ['started exactly 3 weeks ago, no activity', null, '2026-11-06', 3, true],
    ['a longer window (8 weeks) keeps it fresh', '2026-10-15', '2026-01-01', 8, false],
    ['a 1-week window', '2026-11-19', '2026-01-01', 1, true],
  ])('%s → %s', (_name, last, since, weeks, stale) => {
    expect(isStaleRhk(last, since, TODAY, weeks)).toBe(stale)
  })
})
