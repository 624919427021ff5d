import { parse } from 'csv-parse/sync'
import { eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { jabatan, pegawai, units } from '../modules/org/org.tables.ts'
import { indikator, rhk } from '../modules/skp/skp.tables.ts'
import { logProgress, multipart } from '../test/activities-factories.ts'
import { assessmentKit, finalState, forceAssessment } from '../test/assessment-factories.ts'
import { setupTestApp, type Session } from '../test/test-app.ts'

/**
 * Formula injection in every export (issue #7, quality.md "PDF/XLSX cells are escaped"): values
 * that a spreadsheet would run (`=cmd|' /C calc'!A0`, `+`, `-`, `@`, tab- and CR-prefixed) are
 * put into every field that ends up in a CSV/XLSX file — unit, jabatan and pegawai names, RHK
 * and indikator texts, the names snapshotted on assessments, a rejected import row — then every
 * CSV/XLSX route of the OpenAPI document is downloaded and read back (csv-parse, exceljs): each
 * cell holding a payload starts with the escaping apostrophe, and no XLSX cell is a formula.
 * A new file route fails the sweep until it is listed here.
 */
const t = await setupTestApp()
const a = assessmentKit(t)
const s = await a.setupAssessmentOffice()
const { o } = s

const CALC = `cmd|' /C calc'!A0`
const PAYLOADS = [
  `=${CALC} EVIL0`,
  `+${CALC} EVIL1`,
  `-${CALC} EVIL2`,
  `@SUM(1+1)*${CALC} EVIL3`,
  `\t=${CALC} EVIL4`,
  `\r=${CALC} EVIL5`,
]
const FORMULA_START = /^[=+\-@\t\r]/

// ---------- the payloads in every field that reaches an export ----------
await t.db.update(units).set({ name: PAYLOADS[0] }).where(eq(units.id, o.units.root.id))
await t.db.update(units).set({ name: PAYLOADS[1] }).where(eq(units.id, o.units.bidang.id))
await t.db
  .update(units)
  .set({ name: PAYLOADS[2], code: PAYLOADS[3] })
  .where(eq(units.id, o.units.sub.id))
await t.db.update(units).set({ name: PAYLOADS[5] }).where(eq(units.id, o.units.bidangB.id))
const people = [o.kepala, o.kabid, o.kasub, o.staff1, o.staff2, o.staffB]
for (const [i, p] of people.entries()) {
  await t.db
    .update(pegawai)
    .set({ name: PAYLOADS[i % PAYLOADS.length]!, gelarDepan: null, gelarBelakang: null })
    .where(eq(pegawai.id, p.pegawaiId))
  await t.db
    .update(jabatan)
    .set({ name: PAYLOADS[(i + 1) % PAYLOADS.length]! })
    .where(eq(jabatan.id, p.jabatanId))
}
for (const skp of [s.skp1, s.skp2, s.kasubSkp]) {
  for (const [i, r] of skp.rhk.entries()) {
    await t.db
      .update(rhk)
      .set({ text: PAYLOADS[(i + 2) % PAYLOADS.length]! })
      .where(eq(rhk.id, r.id))
    await t.db
      .update(indikator)
      .set({ text: PAYLOADS[(i + 3) % PAYLOADS.length]! })
      .where(eq(indikator.rhkId, r.id))
  }
}
// Final assessments (q4 and annual) whose snapshots carry the payloads, for SIASN, TPP, reports.
for (const [i, who] of [o.staff1, o.staff2].entries()) {
  for (const period of [s.periods.q4, s.periods.annual]) {
    const detail = await a.open(who, period)
    await forceAssessment(t.db, detail.id, {
      ...finalState(),
      pegawaiName: PAYLOADS[(i * 2) % PAYLOADS.length]!,
      unitName: PAYLOADS[(i * 2 + 1) % PAYLOADS.length]!,
      jabatanName: PAYLOADS[(i + 4) % PAYLOADS.length]!,
      justification: PAYLOADS[3]!,
    })
  }
}
await t.db.execute(
  sql`UPDATE assessments SET assessor_name = ${PAYLOADS[4]} WHERE instansi_id = ${o.instansi.id}`,
)

const admin = s.admin
const staff = await a.session(o.staff1)
// An activity without RHK, for the unlinked-activities report.
await logProgress(t, staff, { date: '2026-11-26' })

// A rejected import row: the payloads come back in the rejected-rows CSV.
const importCsv = [
  'nip,nama,status,unit,jabatan',
  `${PAYLOADS[0]},${JSON.stringify(PAYLOADS[1])},PNS,${JSON.stringify(PAYLOADS[4])},x`,
  `bukan-nip,"${PAYLOADS[3]}",PNS,"${PAYLOADS[2]}",y`,
].join('\n')
const imp = multipart([
  { name: 'mode', data: 'valid-only' },
  { name: 'file', data: Buffer.from(importCsv), filename: 'pegawai.csv', contentType: 'text/csv' },
])
const imported = await t.as(admin, {
  method: 'POST',
  url: '/api/org/import/pegawai',
  payload: imp.payload,
  headers: imp.headers,
})
const rejectedFileId = imported.json<{ rejectedFileId: string | null }>().rejectedFileId

type Download = { op: string; url: string; as: Session; payloads: boolean }
const year = 2026
const q4 = s.periods.q4.id
const DOWNLOADS: Download[] = [
  {
    op: 'GET /api/org/export/pegawai',
    url: '/api/org/export/pegawai?format=csv',
    as: admin,
    payloads: true,
  },
  {
    op: 'GET /api/org/export/pegawai',
    url: '/api/org/export/pegawai?format=xlsx',
    as: admin,
    payloads: true,
  },
  {
    op: 'GET /api/org/export/units',
    url: '/api/org/export/units?format=csv',
    as: admin,
    payloads: true,
  },
  {
    op: 'GET /api/org/export/units',
    url: '/api/org/export/units?format=xlsx',
    as: admin,
    payloads: true,
  },
  {
    op: 'GET /api/org/import/rejected/{id}',
    url: `/api/org/import/rejected/${rejectedFileId}`,
    as: admin,
    payloads: true,
  },
  { op: 'GET /api/skp/{id}/xlsx', url: `/api/skp/${s.skp1.id}/xlsx`, as: staff, payloads: true },
  {
    op: 'GET /api/activities/progress/import/template',
    url: '/api/activities/progress/import/template',
    as: staff,
    payloads: true,
  },
  {
    op: 'GET /api/assessments/org-predikat/document.xlsx',
    url: `/api/assessments/org-predikat/document.xlsx?periodId=${q4}&unitId=${o.units.root.id}`,
    as: admin,
    payloads: true,
  },
  ...(['csv', 'xlsx'] as const).flatMap((f) => [
    {
      op: 'GET /api/followup/siasn/export.{format}',
      url: `/api/followup/siasn/export.${f}?year=${year}`,
      as: admin,
      payloads: true,
    },
    {
      op: 'GET /api/followup/tpp/export.{format}',
      url: `/api/followup/tpp/export.${f}?periodId=${q4}`,
      as: admin,
      payloads: true,
    },
  ]),
  // Rows per unit or person carry the payloads; the completion reports have one row per period
  // (no typed text), and the predikat distribution groups by organisation predikat.
  ...Object.entries({
    'periodic-completion': false,
    'annual-completion': false,
    adoption: true,
    'skp-status': true,
    'progress-discipline': true,
    'predikat-distribution': false,
    'unlinked-activities': true,
  }).flatMap(([key, payloads]) =>
    (['csv', 'xlsx'] as const).map((f) => ({
      op: 'GET /api/reports/{key}/export.{format}',
      url: `/api/reports/${key}/export.${f}?year=${year}&periodId=${q4}`,
      as: admin,
      payloads,
    })),
  ),
]
/** File routes that are not spreadsheets (no formula can run in them) or serve uploaded files. */
const NOT_SPREADSHEETS = new Set([
  'GET /api/skp/{id}/pdf',
  'GET /api/assessments/{id}/document.pdf',
  'GET /api/assessments/org-predikat/document.pdf',
  'GET /api/followup/angka-kredit/pegawai/{pegawaiId}/pak.pdf',
  // Evidence and attachments are returned as the uploaded bytes, as attachments (not opened inline).
  'GET /api/activities/evidence/{evidenceId}/file',
  'GET /api/assessments/evidence/{evidenceId}/file',
  'GET /api/helpdesk/attachments/{id}/file',
])

/** Every cell of a CSV or XLSX answer, with the XLSX formula cells counted. */
async function cellsOf(res: Awaited<ReturnType<typeof t.app.inject>>) {
  const type = String(res.headers['content-type'])
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const cells: string[] = []
    let formulas = 0
    wb.eachSheet((ws) =>
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula || c.formula) formulas++
          cells.push(typeof c.value === 'string' ? c.value : c.text)
        }),
      ),
    )
    return { cells, formulas }
  }
  expect(type).toMatch(/text\/csv/)
  const text = res.rawPayload.toString('utf8').replace(/^\uFEFF/, '')
  const delimiter =
    text.split('\n')[0]!.includes(';') && !text.split('\n')[0]!.includes(',') ? ';' : ','
  const rows: string[][] = parse(text, { delimiter, relax_column_count: true, bom: true })
  return { cells: rows.flat(), formulas: 0 }
}

describe('formula injection in every CSV/XLSX export', () => {
  it('every file route of the OpenAPI document is swept or listed as not a spreadsheet', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>>
    }>()
    const fileOps: string[] = []
    for (const [p, ops] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(ops)) {
        const types = Object.keys(op.responses?.['200']?.content ?? {})
        if (m !== 'head' && types.some((c) => !c.startsWith('application/json')))
          fileOps.push(`${m.toUpperCase()} ${p}`)
      }
    expect(fileOps.length).toBeGreaterThan(10)
    const swept = new Set(DOWNLOADS.map((d) => d.op))
    const unclassified = fileOps.filter((op) => !swept.has(op) && !NOT_SPREADSHEETS.has(op))
    expect(
      unclassified,
      'a file route neither swept for formulas nor listed as not a spreadsheet',
    ).toEqual([])
  })

  it.each(DOWNLOADS.map((d) => [d.url, d] as const))('%s', async (_url, d) => {
    const res = await t.as(d.as, { method: 'GET', url: d.url })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    const { cells, formulas } = await cellsOf(res)
    expect(formulas, 'XLSX formula cells').toBe(0)
    const withPayload = cells.filter((c) => /EVIL\d/.test(c))
    if (d.payloads) expect(withPayload.length, 'no payload reached this export').toBeGreaterThan(0)
    const unsafe = withPayload.filter((c) => FORMULA_START.test(c))
    expect(unsafe, 'cells a spreadsheet would run').toEqual([])
    // The escaping keeps the value itself: the apostrophe is the only change (exceljs reads a
    // stored CR back as LF).
    for (const c of withPayload.filter((x) => x.startsWith("'")))
      expect(c.slice(1), c).toMatch(/^[=+\-@\t\r\n]/)
  })
})
