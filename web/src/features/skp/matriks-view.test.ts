import { describe, expect, it } from 'vitest'
import type { Matriks } from '../../../../shared/skp.ts'
import { matriksRows, subordinatesWithoutLinks } from './matriks-view.ts'

const sub = (id: string, name: string) => ({
  pegawaiId: id,
  name,
  jabatanName: 'Analis',
  skpId: null,
  skpStatus: null,
})

const m: Matriks = {
  skpId: 'skp',
  year: 2026,
  leaderRhk: [
    { id: 'L1', jenis: 'utama', text: 'Laporan kepegawaian' },
    { id: 'L2', jenis: 'utama', text: 'Layanan mutasi' },
  ],
  subordinates: [sub('A', 'Ayu'), sub('B', 'Bagus'), sub('C', 'Citra')],
  cells: {
    L1: { A: [{ id: 'a1', text: 'Rekap absensi' }], B: [], C: [{ id: 'c1', text: 'Arsip' }] },
  },
  uncoveredRhkIds: ['L2'],
}

describe('matriksRows', () => {
  it('lists per leader RHK the subordinates who intervene it, in column order', () => {
    const rows = matriksRows(m)
    expect(
      rows.map((r) => [r.rhk.id, r.covered, r.entries.map((e) => e.subordinate.name)]),
    ).toEqual([
      ['L1', true, ['Ayu', 'Citra']],
      ['L2', false, []],
    ])
  })
  it('marks a row uncovered when its cells are empty even if the list misses it', () => {
    const rows = matriksRows({ ...m, uncoveredRhkIds: [] })
    expect(rows[1]?.covered).toBe(false)
  })
})

describe('subordinatesWithoutLinks', () => {
  it('finds subordinates none of whose RHK intervene the leader', () => {
    expect(subordinatesWithoutLinks(m).map((s) => s.name)).toEqual(['Bagus'])
  })
})
