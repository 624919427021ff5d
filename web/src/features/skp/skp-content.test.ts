import { describe, expect, it } from 'vitest'
import {
  cleanLampiran,
  contentFromSkp,
  fieldErrorsByRhk,
  moveRhk,
  removeRhk,
  rhkAt,
  sameLampiran,
  upsertRhk,
} from './skp-content.ts'
import { rhk, skp, uuid } from './test-fixtures.ts'

describe('contentFromSkp', () => {
  it('keeps the document order and turns interventions into ids', () => {
    const doc = skp({ rhk: [rhk(2), rhk(1, { jenis: 'tambahan' })] })
    const c = contentFromSkp(doc)
    expect(c.rhk.map((r) => r.id)).toEqual([uuid(1), uuid(2)])
    expect(c.rhk[0]?.interventionRhkIds).toEqual([uuid(901)])
    expect(c.rhk[0]?.indikator[0]).toEqual({
      id: uuid(101),
      aspek: 'kuantitas',
      text: 'Jumlah laporan',
      targetValue: 12,
      targetUnit: 'Laporan',
      targetText: null,
    })
    expect(c.lampiran.dukunganSumberDaya).toEqual(['Komputer'])
    // A copy: editing it leaves the cached document alone.
    c.lampiran.dukunganSumberDaya.push('x')
    expect(doc.lampiran.dukunganSumberDaya).toEqual(['Komputer'])
  })
})

describe('upsertRhk', () => {
  const base = contentFromSkp(skp())
  it('replaces an RHK in place by id', () => {
    const edited = { ...base.rhk[0]!, text: 'Baru' }
    const next = upsertRhk(base, edited)
    expect(next.rhk.map((r) => r.text)).toEqual(['Baru', 'RHK 2'])
  })
  it('appends a new RHK', () => {
    const fresh = { ...base.rhk[0]! }
    delete fresh.id
    expect(upsertRhk(base, fresh).rhk).toHaveLength(3)
  })
  it('saves an RHK deleted elsewhere meanwhile as a new one (without its stale id)', () => {
    const next = upsertRhk(base, { ...base.rhk[0]!, id: uuid(77) })
    expect(next.rhk).toHaveLength(3)
    expect(next.rhk[2]?.id).toBeUndefined()
  })
})

describe('removeRhk and moveRhk', () => {
  const content = contentFromSkp(
    skp({ rhk: [rhk(1), rhk(2, { jenis: 'tambahan' }), rhk(3), rhk(4)] }),
  )
  it('removes by id', () => {
    expect(removeRhk(content, uuid(2)).rhk.map((r) => r.id)).toEqual([uuid(1), uuid(3), uuid(4)])
  })
  it('moves among RHK of the same jenis, skipping the others', () => {
    expect(moveRhk(content, uuid(3), -1)?.rhk.map((r) => r.id)).toEqual([
      uuid(3),
      uuid(2),
      uuid(1),
      uuid(4),
    ])
    expect(moveRhk(content, uuid(3), 1)?.rhk.map((r) => r.id)).toEqual([
      uuid(1),
      uuid(2),
      uuid(4),
      uuid(3),
    ])
  })
  it('returns null at the edge of its group or for an unknown id', () => {
    expect(moveRhk(content, uuid(1), -1)).toBeNull()
    expect(moveRhk(content, uuid(2), 1)).toBeNull()
    expect(moveRhk(content, uuid(99), 1)).toBeNull()
  })
})

describe('lampiran', () => {
  it('drops empty lines and trims', () => {
    expect(
      cleanLampiran({
        dukunganSumberDaya: ['  Komputer ', '', '   '],
        skemaPertanggungjawaban: ['Laporan bulanan'],
        konsekuensi: [],
      }),
    ).toEqual({
      dukunganSumberDaya: ['Komputer'],
      skemaPertanggungjawaban: ['Laporan bulanan'],
      konsekuensi: [],
    })
  })
  it('compares as saved (an empty new line is not a change)', () => {
    const a = { dukunganSumberDaya: ['A'], skemaPertanggungjawaban: [], konsekuensi: [] }
    expect(sameLampiran(a, { ...a, dukunganSumberDaya: ['A', ''] })).toBe(true)
    expect(sameLampiran(a, { ...a, konsekuensi: ['B'] })).toBe(false)
  })
})

describe('fieldErrorsByRhk', () => {
  it('groups server field errors by RHK position', () => {
    const { byRhk, other } = fieldErrorsByRhk({
      'rhk.0.text': 'Rencana hasil kerja minimal 3 huruf',
      'rhk.2.indikator.0.targetValue': 'Target harus angka',
      'rhk.2.interventionRhkIds': 'RHK atasan tidak valid',
      'lampiran.konsekuensi.0': 'Terlalu panjang',
    })
    expect(byRhk.get(0)).toEqual(['Rencana hasil kerja minimal 3 huruf'])
    expect(byRhk.get(2)).toHaveLength(2)
    expect(other).toEqual(['Terlalu panjang'])
  })
})

describe('rhkAt', () => {
  it('names the RHK at a document position as the screen numbers it', () => {
    const doc = skp({ rhk: [rhk(1), rhk(2, { jenis: 'tambahan' }), rhk(3)] })
    expect(rhkAt(doc, 2)).toEqual({ id: uuid(3), jenis: 'utama', number: 2 })
    expect(rhkAt(doc, 1)).toEqual({ id: uuid(2), jenis: 'tambahan', number: 1 })
    expect(rhkAt(doc, 5)).toBeNull()
  })
})
