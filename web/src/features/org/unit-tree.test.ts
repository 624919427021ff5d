import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../../shared/org.ts'
import { buildUnitTree, descendantIds, flattenTree, unitOptions } from './unit-tree.ts'

const instansiId = '00000000-0000-4000-8000-000000000000'
const unit = (id: string, parentId: string | null, name: string, active = true): Unit => ({
  id,
  instansiId,
  parentId,
  name,
  code: null,
  active,
  headPegawaiId: null,
  headName: null,
  employeeCount: 0,
})

// Kepala Badan → Sekretariat → two sub-bagian, plus a Bidang beside Sekretariat.
const units = [
  unit('sub-b', 'sekr', 'Sub Bagian Keuangan'),
  unit('bidang', 'badan', 'Bidang Mutasi'),
  unit('sekr', 'badan', 'Sekretariat'),
  unit('badan', null, 'BKPSDM'),
  unit('sub-a', 'sekr', 'Sub Bagian Kepegawaian'),
  unit('old', 'badan', 'Bidang Lama', false),
]

describe('buildUnitTree', () => {
  it('nests children under their parent, active first then by name, with depth and path', () => {
    const flat = flattenTree(buildUnitTree(units))
    expect(flat.map((n) => [n.id, n.depth])).toEqual([
      ['badan', 0],
      ['bidang', 1],
      ['sekr', 1],
      ['sub-a', 2],
      ['sub-b', 2],
      ['old', 1],
    ])
    expect(flat.find((n) => n.id === 'sub-b')?.path).toEqual([
      'BKPSDM',
      'Sekretariat',
      'Sub Bagian Keuangan',
    ])
  })

  it('shows a unit whose parent is missing at the top instead of losing it', () => {
    const roots = buildUnitTree([unit('orphan', 'gone', 'Yatim'), unit('a', null, 'A')])
    expect(roots.map((n) => n.id).sort()).toEqual(['a', 'orphan'])
  })

  it('survives a parent cycle without looping and still shows both units', () => {
    const flat = flattenTree(buildUnitTree([unit('x', 'y', 'X'), unit('y', 'x', 'Y')]))
    expect(flat.map((n) => n.id).sort()).toEqual(['x', 'y'])
  })
})

describe('descendantIds and unitOptions', () => {
  const tree = buildUnitTree(units)
  const sekr = flattenTree(tree).find((n) => n.id === 'sekr')!

  it('a unit cannot move under itself or its sub-units', () => {
    expect([...descendantIds(sekr)].sort()).toEqual(['sekr', 'sub-a', 'sub-b'])
    const options = unitOptions(units, { exclude: descendantIds(sekr) }).map((o) => o.value)
    expect(options).toEqual(['badan', 'bidang'])
  })

  it('hides inactive units unless asked, and labels options with their parents', () => {
    expect(unitOptions(units).some((o) => o.value === 'old')).toBe(false)
    expect(unitOptions(units, { includeInactive: true }).some((o) => o.value === 'old')).toBe(true)
    expect(unitOptions(units).find((o) => o.value === 'sub-a')).toEqual({
      value: 'sub-a',
      label: 'Sub Bagian Kepegawaian',
      parents: 'BKPSDM › Sekretariat',
    })
  })
})
