import { describe, expect, it } from 'vitest'
import { VERIFICATION_LABEL } from '../../../../shared/activities.ts'
import type { MonitoringRow } from '../../../../shared/activities.ts'
import { ALIGNMENT_FLAG_LABEL } from '../../../../shared/rules/alignment.ts'
import { en } from '../../locales/en.ts'
import { id } from '../../locales/id.ts'
import {
  filterMonitoringRows,
  formatMinutes,
  isShowableImage,
  raPercent,
  rhkPercent,
  sortMonitoringRows,
} from './monitoring-view.ts'

const row = (name: string, over: Partial<MonitoringRow> = {}): MonitoringRow => ({
  pegawai: { id: name, name, nip: '199006092014081003', jabatanName: null, unitName: null },
  entriesOnDate: 0,
  minutesOnDate: 0,
  loggedOnDate: false,
  lastEntryDate: null,
  entriesInPeriod: 0,
  lateInPeriod: 0,
  pendingVerification: 0,
  flaggedInPeriod: 0,
  staleRhk: 0,
  ...over,
})

const ra = (realisasi: number, targetValue: number, targetUnit = 'dokumen') => ({
  id: `${realisasi}-${targetValue}-${targetUnit}`,
  rhkId: 'r',
  periodId: 'p',
  seq: 1,
  description: 'Menyusun laporan',
  targetValue,
  targetUnit,
  realisasi,
  entryCount: 1,
})

describe('sortMonitoringRows', () => {
  it('puts who has not logged first, then most waiting verification, then by name', () => {
    const sorted = sortMonitoringRows([
      row('Wayan', { loggedOnDate: true, pendingVerification: 1 }),
      row('Made', { loggedOnDate: true, pendingVerification: 5 }),
      row('Ketut'),
      row('Ayu', { loggedOnDate: true, pendingVerification: 1 }),
      row('Bagus'),
    ])
    expect(sorted.map((r) => r.pegawai.name)).toEqual(['Bagus', 'Ketut', 'Made', 'Ayu', 'Wayan'])
  })
})

describe('filterMonitoringRows', () => {
  const rows = [
    row('a', { loggedOnDate: true, lateInPeriod: 2 }),
    row('b', { pendingVerification: 3 }),
    row('c', { loggedOnDate: true }),
  ]
  it.each([
    ['all', ['a', 'b', 'c']],
    ['notLogged', ['b']],
    ['late', ['a']],
    ['pending', ['b']],
  ] as const)('%s', (filter, names) => {
    expect(filterMonitoringRows(rows, filter).map((r) => r.pegawai.name)).toEqual(names)
  })
})

describe('formatMinutes', () => {
  const units = { h: 'j', m: 'm' }
  it.each([
    [0, '0 m'],
    [45, '45 m'],
    [60, '1 j'],
    [390, '6 j 30 m'],
  ])('%i → %s', (minutes, text) => expect(formatMinutes(minutes, units)).toBe(text))
})

describe('rhkPercent', () => {
  it('is null without any target', () => {
    expect(rhkPercent({ rencanaAksi: [] })).toBeNull()
    expect(rhkPercent({ rencanaAksi: [ra(3, 0)] })).toBeNull()
  })
  it('sums realisasi against targets when all count the same satuan', () => {
    expect(rhkPercent({ rencanaAksi: [ra(3, 10), ra(2, 10, 'Dokumen ')] })).toBe(25)
  })
  it('averages capped shares when the satuan differ', () => {
    // 20/10 counts as 100 %, 1/4 as 25 % → 62.5 → 63.
    expect(rhkPercent({ rencanaAksi: [ra(20, 10), ra(1, 4, 'laporan')] })).toBe(63)
  })
  it('never goes above 100', () => {
    expect(rhkPercent({ rencanaAksi: [ra(30, 10)] })).toBe(100)
    expect(raPercent({ realisasi: 30, targetValue: 10 })).toBe(100)
    expect(raPercent({ realisasi: 0, targetValue: 0 })).toBe(0)
  })
})

describe('isShowableImage', () => {
  it('shows browser images in the page and downloads the rest (HEIC, PDF)', () => {
    expect(isShowableImage('image/jpeg')).toBe(true)
    expect(isShowableImage('image/webp')).toBe(true)
    expect(isShowableImage('image/heic')).toBe(false)
    expect(isShowableImage('application/pdf')).toBe(false)
    expect(isShowableImage(null)).toBe(false)
  })
})

describe('labels', () => {
  it('the Indonesian flag and verification words are the contract’s own', () => {
    expect(id.monitoring.flags).toEqual(ALIGNMENT_FLAG_LABEL)
    expect(id.monitoring.verification).toEqual(VERIFICATION_LABEL)
  })
  it('every flag and verification state has an English word too', () => {
    expect(Object.keys(en.monitoring.flags).sort()).toEqual(
      Object.keys(ALIGNMENT_FLAG_LABEL).sort(),
    )
    expect(Object.keys(en.monitoring.verification).sort()).toEqual(
      Object.keys(VERIFICATION_LABEL).sort(),
    )
  })
})
