import { describe, expect, it } from 'vitest'
import { diffDocuments, showValue } from './json-diff.ts'

describe('diffDocuments', () => {
  it('marks each field as changed, added, removed or same', () => {
    const rows = diffDocuments(
      { name: 'Sekretariat', code: 'SEKR', active: true },
      { name: 'Sekretariat Daerah', active: true, parentId: 'p1' },
    )
    expect(rows).toEqual([
      { key: 'active', before: true, after: true, kind: 'same' },
      { key: 'code', before: 'SEKR', after: undefined, kind: 'removed' },
      { key: 'name', before: 'Sekretariat', after: 'Sekretariat Daerah', kind: 'changed' },
      { key: 'parentId', before: undefined, after: 'p1', kind: 'added' },
    ])
  })

  it('compares nested objects by dotted path', () => {
    expect(
      diffDocuments({ head: { id: 'a', name: 'A' } }, { head: { id: 'b', name: 'A' } }),
    ).toEqual([
      { key: 'head.id', before: 'a', after: 'b', kind: 'changed' },
      { key: 'head.name', before: 'A', after: 'A', kind: 'same' },
    ])
  })

  it('treats a created record (no before) as all fields added, a deleted one as all removed', () => {
    expect(diffDocuments(null, { a: 1 })).toEqual([
      { key: 'a', before: undefined, after: 1, kind: 'added' },
    ])
    expect(diffDocuments({ a: 1 }, null)).toEqual([
      { key: 'a', before: 1, after: undefined, kind: 'removed' },
    ])
  })

  it('compares arrays and scalars as whole values', () => {
    expect(
      diffDocuments({ roles: ['pegawai'] }, { roles: ['pegawai', 'admin_instansi'] })[0]?.kind,
    ).toBe('changed')
    expect(diffDocuments('x', 'x')).toEqual([
      { key: '(nilai)', before: 'x', after: 'x', kind: 'same' },
    ])
  })
})

describe('showValue', () => {
  it('shows missing and null as a dash, strings as they are, the rest as JSON', () => {
    expect([
      showValue(undefined),
      showValue(null),
      showValue('teks'),
      showValue(3),
      showValue({ a: true }),
    ]).toEqual(['—', '—', 'teks', '3', '{"a":true}'])
  })
})
