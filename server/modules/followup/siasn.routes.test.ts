import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SiasnExport } from '../../../shared/followup.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import {
  final,
  patchAssessment,
  setupFollowupOffice,
  type FollowupOffice,
} from './angka-kredit.test-fixtures.ts'
import { SIASN_COLUMNS } from './siasn.service.ts'

/**
 * /api/followup/siasn: final results only (finalised, objected, decided), per employee per
 * period with the annual predikat, as JSON and as CSV/XLSX read back (NIP as text, formulas
 * escaped). Permissions per role are in angka-kredit.permissions.test.ts.
 */
const t = await setupTestApp()
const SIASN = '/api/followup/siasn'
let f: FollowupOffice
let admin: Session

const get = (url: string) => t.as(admin, { method: 'GET', url })

beforeAll(async () => {
  f = await setupFollowupOffice(t)
  admin = f.s.admin
  // A keberatan decided (staff1's annual) still counts as final; Triwulan II of staff2 is not final.
  await patchAssessment(t, f.ids.annual1, { status: 'decided' })
  await f.a.open(f.o.staff2, f.s.periods.q2)
}, 120_000)

describe('GET /api/followup/siasn', () => {
  it('lists final results per employee per period, periodic first, with the annual predikat', async () => {
    const res = await get(`${SIASN}?year=2026`)
    expect(res.statusCode, res.body).toBe(200)
    const data = res.json<SiasnExport>()
    expect(data.year).toBe(2026)
    expect(data.generatedAt).toBe('2026-11-27T02:00:00.000Z')
    expect(data.rows.map((r) => [r.nama, r.periode, r.jenisPeriode])).toEqual([
      ['Staf Dua', f.s.periods.q1.name, 'periodik'],
      ['Staf Dua', f.s.periods.annual.name, 'tahunan'],
      ['Staf Satu', f.s.periods.annual.name, 'tahunan'],
    ])
    const [q1, annual] = data.rows
    expect(q1).toMatchObject({
      nip: f.o.staff2.username,
      tahun: 2026,
      periodeMulai: '2026-01-01',
      periodeSelesai: '2026-03-31',
      ratingHasilKerja: 'sesuai',
      ratingPerilakuKerja: 'di_atas',
      predikat: 'baik',
      ratingHasilKerjaLabel: 'Sesuai Ekspektasi',
      ratingPerilakuKerjaLabel: 'Di Atas Ekspektasi',
      predikatLabel: 'Baik',
      predikatTahunan: 'sangat_baik',
    })
    expect(annual).toMatchObject({ predikat: 'sangat_baik', predikatTahunan: 'sangat_baik' })
    // The pejabat penilai is the snapshotted assessor (the kasub).
    expect(q1?.nipPejabatPenilai).toBe(f.o.kasub.username)
    // Nothing of another year, nothing not final (Triwulan II, jfB's annual draft).
    const data2025 = (await get(`${SIASN}?year=2025`)).json<SiasnExport>()
    expect(data2025.rows.map((r) => [r.nama, r.jenisPeriode, r.predikat])).toEqual([
      ['Staf Dua', 'tahunan', 'baik'],
    ])
  })

  it('filters one period and still carries the annual predikat', async () => {
    const res = await get(`${SIASN}?year=2026&periodId=${f.s.periods.q1.id}`)
    expect(res.statusCode, res.body).toBe(200)
    const rows = res.json<SiasnExport>().rows
    expect(rows.map((r) => [r.nama, r.periode, r.predikatTahunan])).toEqual([
      ['Staf Dua', f.s.periods.q1.name, 'sangat_baik'],
    ])
  })

  it('leaves the annual predikat empty until the annual result is final', async () => {
    await patchAssessment(t, f.ids.annual2, { status: 'rated' })
    try {
      const rows = (await get(`${SIASN}?year=2026`)).json<SiasnExport>().rows
      expect(rows.find((r) => r.nama === 'Staf Dua')).toMatchObject({
        jenisPeriode: 'periodik',
        predikatTahunan: null,
      })
      expect(rows.filter((r) => r.nama === 'Staf Dua')).toHaveLength(1)
    } finally {
      await final(t, f.ids.annual2, 'di_atas', 'di_atas')
    }
  })

  it('answers 400 for a bad year or period, 404 for an unknown period', async () => {
    for (const q of ['', '?year=x', '?year=1999', '?year=2026&periodId=abc']) {
      const res = await get(`${SIASN}${q}`)
      expect(res.statusCode, q).toBe(400)
      expect(res.json().error.code).toBe('VALIDATION_FAILED')
    }
    expect((await get(`${SIASN}?year=x`)).json().error.fields).toHaveProperty('year')
    const otherYear = await get(`${SIASN}?year=2025&periodId=${f.s.periods.q1.id}`)
    expect(otherYear.statusCode).toBe(400)
    expect(otherYear.json().error).toMatchObject({ reason: 'PERIOD_NOT_IN_YEAR' })
    expect(otherYear.json().error.fields).toHaveProperty('periodId')
    const unknown = await get(`${SIASN}?year=2026&periodId=${crypto.randomUUID()}`)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('NOT_FOUND')
    const format = await get(`${SIASN}/export.pdf?year=2026`)
    expect(format.statusCode).toBe(400)
    expect(format.json().error.fields).toHaveProperty('format')
  })
})

describe('CSV and XLSX', () => {
  const evil = '=HYPERLINK("http://evil.example","klik")'
  beforeAll(async () => {
    await patchAssessment(t, f.ids.q1Staff2, { pegawaiName: evil })
  })

  it('CSV: SIASN column titles, text NIP, formulas escaped', async () => {
    const res = await get(`${SIASN}/export.csv?year=2026`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe('attachment; filename="siasn-kinerja-2026.csv"')
    const records: string[][] = parse(res.rawPayload.toString('utf8'), { bom: true })
    expect(records[0]).toEqual([...SIASN_COLUMNS])
    expect(records).toHaveLength(4)
    const q1 = records.find((r) => r[3] === f.s.periods.q1.name)!
    expect(q1[0]).toBe(f.o.staff2.username)
    expect(q1[0]).toMatch(/^\d{18}$/)
    expect(q1[1]).toBe(`'${evil}`)
    expect(q1.slice(2)).toEqual([
      '2026',
      f.s.periods.q1.name,
      'Periodik',
      '2026-01-01',
      '2026-03-31',
      'Sesuai Ekspektasi',
      'Di Atas Ekspektasi',
      'Baik',
      'Sangat Baik',
      f.o.kasub.username,
    ])
  })

  it('XLSX: the same rows, every cell text (18-digit NIP kept), formulas escaped', async () => {
    const res = await get(`${SIASN}/export.xlsx?year=2026&periodId=${f.s.periods.q1.id}`)
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200)
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="siasn-kinerja-2026-[a-z0-9-]+\.xlsx"$/,
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...SIASN_COLUMNS])
    expect(sheet.rowCount).toBe(2)
    const nip = sheet.getRow(2).getCell(1)
    expect(nip.type).toBe(ExcelJS.ValueType.String)
    expect(nip.value).toBe(f.o.staff2.username)
    const name = sheet.getRow(2).getCell(2)
    expect(name.type).toBe(ExcelJS.ValueType.String)
    expect(name.value).toBe(`'${evil}`)
    expect(sheet.getRow(2).getCell(11).value).toBe('Sangat Baik')
  })
})
