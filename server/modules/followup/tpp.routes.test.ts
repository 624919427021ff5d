import { parse } from 'csv-parse/sync'
import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { TppCalculation, TppSettings } from '../../../shared/followup.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { pegawai } from '../org/org.tables.ts'
import { setupYear } from '../../test/activities-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { followupOffice } from './tpp.fixtures.ts'
import { TPP_EXAMPLE_WARNING } from './tpp.export.ts'

/**
 * /api/followup/tpp: settings (lazy defaults, save, version conflict, audit), the calculation
 * (every number worked out by hand below) and the payroll exports read back.
 */
const t = await setupTestApp()
const f = await followupOffice(t)
const { a, s, o } = f
const admin = s.admin
const TPP = '/api/followup/tpp'

const get = <T>(url: string) =>
  t.as(admin, { method: 'GET', url }).then((r) => {
    expect(r.statusCode, r.body).toBe(200)
    return r.json<T>()
  })

// Results: Triwulan III — staff1 Sangat Baik, staff2 Butuh Perbaikan (under keberatan: still
// final); Triwulan II — staff1 Baik with a snapshotted jabatan Fungsional Terampil (the
// snapshot decides the basis), staff2 only rated (not final); annual — staff1 Baik.
await f.final(o.staff1, s.periods.q3, 'sangat_baik')
await f.final(o.staff2, s.periods.q3, 'butuh_perbaikan', { status: 'objected' })
await f.final(o.staff1, s.periods.q2, 'baik', { jabatanJenis: 'fungsional_terampil' })
await f.final(o.staff2, s.periods.q2, 'baik', { status: 'rated', finalisedAt: null })
await f.final(o.staff1, s.periods.annual, 'baik')

/** The table of the tests: made-up Rupiah amounts that exercise rounding down. */
const SETTINGS = {
  performanceSharePercent: 60,
  percentByPredikat: {
    sangat_baik: 120,
    baik: 100,
    butuh_perbaikan: 80,
    kurang: 60,
    sangat_kurang: 40,
  },
  basisByJenis: {
    jpt_utama: 0,
    jpt_madya: 0,
    jpt_pratama: 15_000_000,
    administrator: 7_250_000,
    pengawas: 5_500_000,
    pelaksana: 3_000_000,
    fungsional_ahli_pertama: 4_150_003,
    fungsional_ahli_muda: 0,
    fungsional_ahli_madya: 0,
    fungsional_ahli_utama: 0,
    fungsional_pemula: 0,
    fungsional_terampil: 3_600_001,
    fungsional_mahir: 0,
    fungsional_penyelia: 0,
  },
  note: 'Perbup Gianyar tentang TPP (uji)',
}

describe('settings', () => {
  it('are created with neutral defaults on first read: an example with basis 0', async () => {
    const got = await get<TppSettings>(`${TPP}/settings`)
    expect(got).toMatchObject({ isExample: true, version: 0, updatedAt: null, note: null })
    expect(Object.values(got.basisByJenis).every((v) => v === 0)).toBe(true)
    expect(Object.keys(got.basisByJenis)).toHaveLength(14)
    expect(got.performanceSharePercent).toBe(60)
    // Reading again changes nothing.
    expect(await get<TppSettings>(`${TPP}/settings`)).toEqual(got)
  })

  it('with the defaults nothing is paid, but the rows are there', async () => {
    const calc = await get<TppCalculation>(`${TPP}?periodId=${s.periods.q3.id}`)
    expect(calc.isExample).toBe(true)
    expect(calc.rows.length).toBe(4)
    expect(calc.totalPaid).toBe(0)
  })

  it('saving stores the table, is no longer an example, bumps the version and is audited', async () => {
    const res = await t.as(admin, {
      method: 'PUT',
      url: `${TPP}/settings`,
      payload: { ...SETTINGS, version: 0 },
    })
    expect(res.statusCode, res.body).toBe(200)
    const saved = res.json<TppSettings>()
    expect(saved).toMatchObject({ ...SETTINGS, isExample: false, version: 1 })
    expect(saved.updatedAt).toBe('2026-11-27T02:00:00.000Z')
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.instansiId, o.instansi.id), eq(auditLog.action, 'tpp_settings.updated')),
      )
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ entity: 'tpp_settings', entityId: o.instansi.id })
    expect((audits[0]!.before as TppSettings).isExample).toBe(true)
    expect((audits[0]!.after as TppSettings).basisByJenis.pelaksana).toBe(3_000_000)
  })

  it('a stale version answers 409 VERSION_CONFLICT with the current settings', async () => {
    const res = await t.as(admin, {
      method: 'PUT',
      url: `${TPP}/settings`,
      payload: { ...SETTINGS, performanceSharePercent: 50, version: 0 },
    })
    expect(res.statusCode).toBe(409)
    const body = res.json()
    expect(body.error).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' })
    expect(body.current).toMatchObject({ version: 1, performanceSharePercent: 60 })
  })

  it.each([
    ['a negative share', { performanceSharePercent: -1 }, 'performanceSharePercent'],
    [
      'a percent above 1000',
      { percentByPredikat: { ...SETTINGS.percentByPredikat, baik: 1001 } },
      'percentByPredikat.baik',
    ],
    [
      'a basis with cents',
      { basisByJenis: { ...SETTINGS.basisByJenis, pelaksana: 10.5 } },
      'basisByJenis.pelaksana',
    ],
    ['a missing jabatan jenis', { basisByJenis: { pelaksana: 1 } }, 'basisByJenis.jpt_utama'],
    ['no version', { version: undefined }, 'version'],
  ])('bad input (%s) → 400 with the field', async (_name, patch, field) => {
    const res = await t.as(admin, {
      method: 'PUT',
      url: `${TPP}/settings`,
      payload: { ...SETTINGS, version: 1, ...patch },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })
})

describe('calculation', () => {
  it('Triwulan III, checked by hand', async () => {
    const calc = await get<TppCalculation>(`${TPP}?periodId=${s.periods.q3.id}`)
    expect(calc.period).toEqual({
      id: s.periods.q3.id,
      name: s.periods.q3.name,
      startDate: '2026-07-01',
      endDate: '2026-09-30',
    })
    expect(calc.isExample).toBe(false)
    const by = new Map(calc.rows.map((r) => [r.pegawaiId, r]))
    // Everyone with an SKP overlapping the period (kabid and kasub: draft SKPs, no assessment).
    expect([...by.keys()].sort()).toEqual(
      [o.kabid.pegawaiId, o.kasub.pegawaiId, o.staff1.pegawaiId, o.staff2.pegawaiId].sort(),
    )
    // staff1, Pelaksana, Sangat Baik: 3,000,000 × 60 % = 1,800,000; × 120 % = 2,160,000 a
    // month; × 3 months = 6,480,000.
    expect(by.get(o.staff1.pegawaiId)).toMatchObject({
      jabatanJenis: 'pelaksana',
      predikat: 'sangat_baik',
      basis: 3_000_000,
      performancePart: 1_800_000,
      percent: 120,
      paidPerMonth: 2_160_000,
      months: 3,
      paidTotal: 6_480_000,
      note: null,
    })
    // staff2, Ahli Pertama, Butuh Perbaikan (keberatan pending, still final):
    // 4,150,003 × 60 % = 2,490,001.8 → 2,490,001; × 80 % = 1,992,000.8 → 1,992,000; × 3.
    expect(by.get(o.staff2.pegawaiId)).toMatchObject({
      jabatanJenis: 'fungsional_ahli_pertama',
      predikat: 'butuh_perbaikan',
      basis: 4_150_003,
      performancePart: 2_490_001,
      percent: 80,
      paidPerMonth: 1_992_000,
      months: 3,
      paidTotal: 5_976_000,
    })
    // kasub, Pengawas, no assessment: the part is shown, nothing paid, with the reason.
    expect(by.get(o.kasub.pegawaiId)).toMatchObject({
      jabatanJenis: 'pengawas',
      predikat: null,
      basis: 5_500_000,
      performancePart: 3_300_000,
      percent: null,
      paidPerMonth: 0,
      paidTotal: 0,
      note: 'Belum ada predikat final',
    })
    expect(by.get(o.kabid.pegawaiId)).toMatchObject({ basis: 7_250_000, paidTotal: 0 })
    expect(calc.totalPaid).toBe(6_480_000 + 5_976_000)
    // Sorted by unit, then name.
    expect(calc.rows.map((r) => r.unitName)).toEqual(
      [...calc.rows.map((r) => r.unitName)].sort((x, y) => x.localeCompare(y, 'id')),
    )
  })

  it('Triwulan II: the assessment’s snapshotted jabatan decides the basis; a rated result is not final', async () => {
    const calc = await get<TppCalculation>(`${TPP}?periodId=${s.periods.q2.id}`)
    const by = new Map(calc.rows.map((r) => [r.pegawaiId, r]))
    // 3,600,001 × 60 % = 2,160,000.6 → 2,160,000; Baik 100 %; × 3 = 6,480,000.
    expect(by.get(o.staff1.pegawaiId)).toMatchObject({
      jabatanJenis: 'fungsional_terampil',
      basis: 3_600_001,
      performancePart: 2_160_000,
      percent: 100,
      paidPerMonth: 2_160_000,
      paidTotal: 6_480_000,
    })
    expect(by.get(o.staff2.pegawaiId)).toMatchObject({
      predikat: null,
      percent: null,
      paidTotal: 0,
      note: 'Belum ada predikat final',
    })
  })

  it('the annual period counts its whole months (12)', async () => {
    const calc = await get<TppCalculation>(`${TPP}?periodId=${s.periods.annual.id}`)
    // 1,800,000 × 100 % × 12 = 21,600,000.
    expect(calc.rows.find((r) => r.pegawaiId === o.staff1.pegawaiId)).toMatchObject({
      months: 12,
      paidPerMonth: 1_800_000,
      paidTotal: 21_600_000,
    })
  })

  it('unitId narrows to that unit and every unit below', async () => {
    const sub = await get<TppCalculation>(
      `${TPP}?periodId=${s.periods.q3.id}&unitId=${o.units.sub.id}`,
    )
    expect(sub.rows.map((r) => r.pegawaiId).sort()).toEqual(
      [o.kasub.pegawaiId, o.staff1.pegawaiId, o.staff2.pegawaiId].sort(),
    )
    const bidang = await get<TppCalculation>(
      `${TPP}?periodId=${s.periods.q3.id}&unitId=${o.units.bidang.id}`,
    )
    expect(bidang.rows).toHaveLength(4)
    const b = await get<TppCalculation>(
      `${TPP}?periodId=${s.periods.q3.id}&unitId=${o.units.bidangB.id}`,
    )
    expect(b).toMatchObject({ rows: [], totalPaid: 0 })
  })

  it('an unknown period or unit → 404; another instansi’s unit → 404', async () => {
    const missing = '00000000-0000-4000-8000-000000000000'
    for (const url of [
      `${TPP}?periodId=${missing}`,
      `${TPP}?periodId=${s.periods.q3.id}&unitId=${missing}`,
      `${TPP}?periodId=${s.periods.q3.id}&unitId=${f.other.units.sub.id}`,
      `${TPP}/export.xlsx?periodId=${missing}`,
    ]) {
      const res = await t.as(admin, { method: 'GET', url })
      expect(res.statusCode, url).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
  })

  it.each([
    [TPP, 'periodId'],
    [`${TPP}?periodId=abc`, 'periodId'],
    [`${TPP}?periodId=${'0'.repeat(8)}&unitId=x`, 'periodId'],
    [`${TPP}/export.pdf?periodId=00000000-0000-4000-8000-000000000000`, 'format'],
  ])('bad query %s → 400 naming %s', async (url, field) => {
    const res = await t.as(admin, { method: 'GET', url })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })
})

describe('exports for payroll', () => {
  it('XLSX: NIP as text, Rupiah as numbers, formula-injection safe, total', async () => {
    await t.db
      .update(pegawai)
      .set({ name: '=HYPERLINK("http://evil.example","klik")' })
      .where(eq(pegawai.id, o.staff1.pegawaiId))
    const res = await t.as(admin, {
      method: 'GET',
      url: `${TPP}/export.xlsx?periodId=${s.periods.q3.id}`,
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="tpp-kinerja-.+\.xlsx"/,
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('TPP')!
    const rows: ExcelJS.Row[] = []
    sheet.eachRow((r) => rows.push(r))
    const texts = rows.map((r) => r.getCell(1).text)
    expect(texts[0]).toMatch(/TAMBAHAN PENGHASILAN PEGAWAI/)
    expect(texts.some((x) => x.includes(s.periods.q3.name))).toBe(true)
    // Saved by the admin: no example warning.
    expect(texts).not.toContain(TPP_EXAMPLE_WARNING)
    const headerIndex = rows.findIndex((r) => r.getCell(1).value === 'No')
    expect(rows[headerIndex]!.getCell(2).value).toBe('NIP')
    const data = rows.slice(headerIndex + 1, headerIndex + 5)
    const nipOf = new Map(
      (
        await t.db
          .select({ id: pegawai.id, nip: pegawai.nip })
          .from(pegawai)
          .where(eq(pegawai.instansiId, o.instansi.id))
      ).map((p) => [p.nip, p.id]),
    )
    const staff1Row = data.find((r) => nipOf.get(r.getCell(2).text) === o.staff1.pegawaiId)!
    expect(staff1Row).toBeTruthy()
    // NIP: an 18-digit string, never a number.
    expect(typeof staff1Row.getCell(2).value).toBe('string')
    expect(staff1Row.getCell(2).text).toMatch(/^\d{18}$/)
    // The name is text starting with an apostrophe, not a formula.
    expect(staff1Row.getCell(3).value).toBe('\'=HYPERLINK("http://evil.example","klik")')
    expect(staff1Row.getCell(3).formula).toBeUndefined()
    // Amounts are numbers.
    expect(staff1Row.getCell(8).value).toBe(3_000_000)
    expect(staff1Row.getCell(9).value).toBe(1_800_000)
    expect(staff1Row.getCell(10).value).toBe(120)
    expect(staff1Row.getCell(11).value).toBe(2_160_000)
    expect(staff1Row.getCell(12).value).toBe(3)
    expect(staff1Row.getCell(13).value).toBe(6_480_000)
    const total = rows.find((r) => r.getCell(3).value === 'JUMLAH')!
    expect(total.getCell(13).value).toBe(12_456_000)
  })

  it('CSV: header, one line per person, plain numbers, formula-injection safe', async () => {
    const res = await t.as(admin, {
      method: 'GET',
      url: `${TPP}/export.csv?periodId=${s.periods.q3.id}&unitId=${o.units.sub.id}`,
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    const records: string[][] = parse(res.rawPayload, { bom: true, relax_column_count: true })
    expect(records[0]![0]).toBe('No')
    expect(records[0]).toContain('Total Dibayar (Rp)')
    expect(records).toHaveLength(1 + 3)
    const staff1 = records.find((r) => r[2]?.includes('HYPERLINK'))!
    expect(staff1[2]).toBe('\'=HYPERLINK("http://evil.example","klik")')
    expect(staff1[1]).toMatch(/^\d{18}$/)
    expect(staff1.slice(7, 13)).toEqual(['3000000', '1800000', '120', '2160000', '3', '6480000'])
    const kasub = records.find((r) => r[6] === '')!
    expect(kasub.at(-1)).toBe('Belum ada predikat final')
  })

  it('files made from example settings carry the warning in their header', async () => {
    // Another instansi: untouched (example) defaults; its own period is needed.
    const otherAdmin = await a.session(f.other.admin)
    const periods = (await setupYear(t, otherAdmin, { frequency: 'quarterly' })) as { id: string }[]
    const xlsx = await t.as(otherAdmin, {
      method: 'GET',
      url: `${TPP}/export.xlsx?periodId=${periods[0]!.id}`,
    })
    expect(xlsx.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const first: string[] = []
    wb.getWorksheet('TPP')!.eachRow((r) => first.push(r.getCell(1).text))
    expect(first.slice(0, 6)).toContain(TPP_EXAMPLE_WARNING)
    const csv = await t.as(otherAdmin, {
      method: 'GET',
      url: `${TPP}/export.csv?periodId=${periods[0]!.id}`,
    })
    const records: string[][] = parse(csv.rawPayload, { bom: true, relax_column_count: true })
    expect(records[0]).toEqual([TPP_EXAMPLE_WARNING])
    expect(records[1]![0]).toBe('No')
  })
})
