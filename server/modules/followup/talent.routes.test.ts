import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Talent, TalentItem } from '../../../shared/followup.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { followupOffice } from './tpp.fixtures.ts'

/**
 * /api/followup/talent: kinerja = the year's final annual predikat, else the newest final
 * periodic one; potensi entered by the admin; the box from shared/rules/talent.ts.
 * - staff1: annual Baik (final) and Triwulan III Sangat Baik → Baik (the annual wins).
 * - staff2: Triwulan II Sangat Baik, Triwulan III Butuh Perbaikan, annual only rated (not
 *   final) → Butuh Perbaikan (the newest final periodic).
 */
const t = await setupTestApp()
const f = await followupOffice(t)
const { a, s, o } = f
const TALENT = '/api/followup/talent'
const missing = '00000000-0000-4000-8000-000000000000'

await f.final(o.staff1, s.periods.annual, 'baik')
await f.final(o.staff1, s.periods.q3, 'sangat_baik')
await f.final(o.staff2, s.periods.q2, 'sangat_baik')
await f.final(o.staff2, s.periods.q3, 'butuh_perbaikan')
await f.final(o.staff2, s.periods.annual, 'sangat_baik', { status: 'rated', finalisedAt: null })

const talent = async (year = 2026) => {
  const res = await a.call(o.admin, 'GET', `${TALENT}?year=${year}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Talent>()
}
const setPotensi = async (pegawaiId: string, potensi: string, note?: string) => {
  const res = await a.call(o.admin, 'PUT', `${TALENT}/potensi`, {
    pegawaiId,
    year: 2026,
    potensi,
    ...(note === undefined ? {} : { note }),
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<TalentItem>()
}

describe('talent 9-box', () => {
  it('lists everyone with a final predikat of the year; no potensi → no box', async () => {
    const got = await talent()
    expect(got.year).toBe(2026)
    const by = new Map(got.items.map((i) => [i.pegawaiId, i]))
    expect([...by.keys()].sort()).toEqual([o.staff1.pegawaiId, o.staff2.pegawaiId].sort())
    expect(by.get(o.staff1.pegawaiId)).toMatchObject({
      name: 'Staf Satu',
      unitName: 'Sub Bidang A1',
      predikat: 'baik',
      potensi: null,
      box: null,
    })
    expect(by.get(o.staff1.pegawaiId)!.nip).toMatch(/^\d{18}$/)
    expect(by.get(o.staff2.pegawaiId)).toMatchObject({ predikat: 'butuh_perbaikan', box: null })
  })

  it('the admin enters potensi (audited); the box follows kinerja × potensi', async () => {
    expect(await setPotensi(o.staff1.pegawaiId, 'tinggi', 'Asesmen kompetensi 2026')).toMatchObject(
      {
        pegawaiId: o.staff1.pegawaiId,
        predikat: 'baik',
        potensi: 'tinggi',
        box: 7,
      },
    )
    // Changing it replaces the year's value.
    expect(await setPotensi(o.staff1.pegawaiId, 'sedang')).toMatchObject({
      potensi: 'sedang',
      box: 5,
    })
    expect(await setPotensi(o.staff2.pegawaiId, 'rendah')).toMatchObject({ box: 1 })
    // Someone without a result of the year: listed with potensi, no box.
    expect(await setPotensi(o.staffB.pegawaiId, 'tinggi')).toMatchObject({
      predikat: null,
      potensi: 'tinggi',
      box: null,
    })
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.instansiId, o.instansi.id), eq(auditLog.action, 'talent_potensi.updated')),
      )
      .orderBy(auditLog.id)
    expect(audits).toHaveLength(4)
    expect(audits[0]).toMatchObject({ entity: 'talent_potensi', before: null })
    expect(audits[0]!.after).toMatchObject({ potensi: 'tinggi', note: 'Asesmen kompetensi 2026' })
    expect(audits[1]).toMatchObject({ before: { potensi: 'tinggi' }, after: { potensi: 'sedang' } })
  })

  it('sorts by box, highest first; people without a box last', async () => {
    const got = await talent()
    expect(got.items.map((i) => [i.pegawaiId, i.box])).toEqual([
      [o.staff1.pegawaiId, 5],
      [o.staff2.pegawaiId, 1],
      [o.staffB.pegawaiId, null],
    ])
  })

  it('potensi belongs to its year', async () => {
    expect((await talent(2025)).items).toEqual([])
  })

  it('admin only: others 403 NOT_ADMIN, anonymous 401; another instansi sees its own', async () => {
    for (const who of [o.kepala, o.kabid, o.staff1, f.pic]) {
      for (const [method, url, payload] of [
        ['GET', `${TALENT}?year=2026`, undefined],
        [
          'PUT',
          `${TALENT}/potensi`,
          { pegawaiId: o.staff2.pegawaiId, year: 2026, potensi: 'tinggi' },
        ],
      ] as const) {
        const res = await a.call(who, method, url, payload)
        expect(res.statusCode, `${who.name} ${method}`).toBe(403)
        expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' })
      }
    }
    expect((await a.call(null, 'GET', `${TALENT}?year=2026`)).statusCode).toBe(401)
    expect(
      (
        await a.call(null, 'PUT', `${TALENT}/potensi`, {
          pegawaiId: o.staff2.pegawaiId,
          year: 2026,
          potensi: 'tinggi',
        })
      ).statusCode,
    ).toBe(401)
    const other = await a.call(f.other.admin, 'GET', `${TALENT}?year=2026`)
    expect(other.json<Talent>().items).toEqual([])
    const foreign = await a.call(f.other.admin, 'PUT', `${TALENT}/potensi`, {
      pegawaiId: o.staff2.pegawaiId,
      year: 2026,
      potensi: 'tinggi',
    })
    expect(foreign.statusCode).toBe(404)
  })

  it('an unknown pegawai → 404', async () => {
    const res = await a.call(o.admin, 'PUT', `${TALENT}/potensi`, {
      pegawaiId: missing,
      year: 2026,
      potensi: 'tinggi',
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
  })

  it.each([
    ['an unknown potensi', { potensi: 'luar_biasa' }, 'potensi'],
    ['no potensi', { potensi: undefined }, 'potensi'],
    ['a bad pegawaiId', { pegawaiId: 'x' }, 'pegawaiId'],
    ['a year out of range', { year: 1999 }, 'year'],
    ['a year as text', { year: '2026' }, 'year'],
  ])('bad input (%s) → 400 with the field', async (_name, patch, field) => {
    const res = await a.call(o.admin, 'PUT', `${TALENT}/potensi`, {
      pegawaiId: o.staff1.pegawaiId,
      year: 2026,
      potensi: 'tinggi',
      ...patch,
    })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })

  it.each(['', 'year=abc', 'year=2101'])('bad query "%s" → 400 naming year', async (q) => {
    const res = await a.call(o.admin, 'GET', `${TALENT}?${q}`)
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().error.fields)).toContain('year')
  })
})
