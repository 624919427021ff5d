import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import type { Dashboard, Report, ReportPeople, ReportScope } from '../../../shared/reports.ts'
import { logProgress } from '../../test/activities-factories.ts'
import { setupAssessmentOffice } from '../../test/assessment-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * /api/reports on a small factory office (kepala → kabid → kasub → staff1, staff2; bidang B
 * without a head) with the 2026 quarterly periods and approved SKPs for the two staff:
 * exclusions, leader scope incl. PLT, and exports that are safe against formula injection.
 * The demo numbers (Tables 2, 3 and 6) are in reports.demo.test.ts.
 */
const t = await setupTestApp()
const k = skpKit(t)
const s = await setupAssessmentOffice(t, { kit: k })
const { o } = s
const admin = s.admin
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-reports-f-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

// A unit and people whose names would run as formulas in a spreadsheet.
const EVIL_UNIT = '=HYPERLINK("http://contoh.invalid","klik")'
const EVIL_PERSON = '@SUM(1+1)'
const evilUnit = await t.f.unit(o.instansi.id, EVIL_UNIT, o.units.bidangB.id)
const evilPerson = await t.f.pegawai(o.instansi.id, evilUnit.id, { name: EVIL_PERSON })
const plainPerson = await t.f.pegawai(o.instansi.id, evilUnit.id, { name: '-Pegawai Minus' })
// Outsiders: another instansi's office (its admin) and an account without an instansi.
const other = await t.f.office()
const noInstansi = await t.f.account(null, ['super_admin'])

const rowsOf = async <T>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as T[]

async function get<T>(session: Session | null, url: string, status = 200): Promise<T> {
  const res = await t.as(session, { method: 'GET', url })
  expect(res.statusCode, `${url}: ${res.body.slice(0, 400)}`).toBe(status)
  return res.json<T>()
}
const report = (session: Session, key: string, query = 'year=2026') =>
  get<Report>(session, `/api/reports/${key}?${query}`)
const cellsOf = (r: Report, key: string) => r.rows.find((x) => x.key === key)?.cells

async function exclude(pegawaiId: string, body: Record<string, unknown>) {
  const res = await t.as(admin, {
    method: 'POST',
    url: `/api/org/pegawai/${pegawaiId}/exclusions`,
    payload: body,
  })
  expect(res.statusCode, res.body).toBe(201)
}

describe('population and exclusions', () => {
  it('counts the SKP holders per quarter, matching SQL', async () => {
    const r = await report(admin, 'periodic-completion')
    expect(r.rows.map((x) => x.label)).toEqual(
      ['I', 'II', 'III', 'IV'].map((q) => `Triwulan ${q} 2026`),
    )
    const [n] = await rowsOf<{ n: number }>(
      sql`SELECT count(DISTINCT pegawai_id)::int AS n FROM skp WHERE instansi_id = ${o.instansi.id} AND year = 2026`,
    )
    expect(n!.n).toBe(4) // kabid, kasub (drafts), staff1, staff2 (approved)
    for (const row of r.rows)
      expect(row.cells).toMatchObject({ employees: 4, completed: 0, notCompleted: 4 })
    const people = await get<ReportPeople>(
      admin,
      `/api/reports/periodic-completion/people?year=2026&rowKey=${r.rows[0]!.key}&column=notCompleted`,
    )
    expect(people.items.map((p) => p.name).sort()).toEqual(
      ['Kabid A', 'Kasubbid A1', 'Staf Dua', 'Staf Satu'].sort(),
    )
    const kabid = people.items.find((p) => p.name === 'Kabid A')!
    expect(kabid.detail).toBe('Belum ada penilaian (SKP draf)')
    const staff = people.items.find((p) => p.name === 'Staf Satu')!
    expect(staff.detail).toBe('Belum ada penilaian (SKP disetujui)')
  })

  it('leaves an excluded person out of the counts from the period their exclusion covers, with the reason', async () => {
    const before = await report(admin, 'periodic-completion')
    const skpBefore = await report(admin, 'skp-status')
    await exclude(o.staff2.pegawaiId, {
      reason: 'cuti_besar',
      startDate: '2026-07-01',
      note: 'SK cuti besar 3 bulan',
    })
    const after = await report(admin, 'periodic-completion')
    const byLabel = (r: Report, l: string) => r.rows.find((x) => x.label === l)!.cells
    // Triwulan II ends 30 June: staff2 still counted; Triwulan III and IV end inside the leave.
    expect(byLabel(after, 'Triwulan II 2026').employees).toBe(
      byLabel(before, 'Triwulan II 2026').employees,
    )
    for (const q of ['Triwulan III 2026', 'Triwulan IV 2026'])
      expect(byLabel(after, q).employees).toBe(Number(byLabel(before, q).employees) - 1)
    expect(after.exclusions).toEqual([
      expect.objectContaining({
        pegawaiId: o.staff2.pegawaiId,
        name: 'Staf Dua',
        unitName: 'Sub Bidang A1',
        reason: 'cuti_besar',
        reasonLabel: 'Cuti besar',
        startDate: '2026-07-01',
        endDate: null,
        note: 'SK cuti besar 3 bulan',
      }),
    ])
    const q3 = after.rows.find((x) => x.label === 'Triwulan III 2026')!
    const people = await get<ReportPeople>(
      admin,
      `/api/reports/periodic-completion/people?year=2026&rowKey=${q3.key}&column=employees`,
    )
    expect(people.items.map((p) => p.pegawaiId)).not.toContain(o.staff2.pegawaiId)
    expect(people.items).toHaveLength(3)

    // Today (27 November) too: SKP status and adoption leave staff2 out and say why.
    const skpAfter = await report(admin, 'skp-status')
    expect(cellsOf(skpAfter, o.units.sub.id)!.employees).toBe(
      Number(cellsOf(skpBefore, o.units.sub.id)!.employees) - 1,
    )
    expect(cellsOf(skpAfter, o.units.sub.id)!.disetujui).toBe(
      Number(cellsOf(skpBefore, o.units.sub.id)!.disetujui) - 1,
    )
    expect(skpAfter.exclusions.map((e) => e.pegawaiId)).toContain(o.staff2.pegawaiId)
    const adoption = await report(admin, 'adoption')
    expect(adoption.exclusions.find((e) => e.pegawaiId === o.staff2.pegawaiId)?.reasonLabel).toBe(
      'Cuti besar',
    )
    // An exclusion that ended before the period does not remove anyone.
    await exclude(o.staff1.pegawaiId, {
      reason: 'hukuman_disiplin',
      startDate: '2025-02-01',
      endDate: '2025-12-31',
    })
    const later = await report(admin, 'periodic-completion')
    expect(later.rows.map((x) => x.cells.employees)).toEqual(
      after.rows.map((x) => x.cells.employees),
    )
  })

  it('counts own members per unit in adoption, SKP status and daily progress against SQL', async () => {
    const staff1 = await k.session(o.staff1)
    await logProgress(t, staff1, {})
    await logProgress(t, staff1, { date: '2026-11-26' })
    const adoption = await report(admin, 'adoption')
    const perUnit = await rowsOf<{ unit_id: string; n: number }>(
      sql`SELECT unit_id, count(*)::int AS n FROM pegawai pg
          WHERE instansi_id = ${o.instansi.id} AND active
            AND NOT EXISTS (SELECT 1 FROM pegawai_exclusions e WHERE e.pegawai_id = pg.id
              AND e.start_date <= '2026-11-27' AND (e.end_date IS NULL OR e.end_date >= '2026-11-27'))
          GROUP BY unit_id`,
    )
    for (const u of perUnit) expect(cellsOf(adoption, u.unit_id)?.asn).toBe(u.n)
    // Nobody in the new unit has signed in or entered anything.
    expect(cellsOf(adoption, evilUnit.id)).toEqual({
      asn: 2,
      used: 0,
      notUsed: 2,
      percentUsed: 0,
    })
    const notUsed = await get<ReportPeople>(
      admin,
      `/api/reports/adoption/people?year=2026&rowKey=${evilUnit.id}&column=notUsed`,
    )
    expect(notUsed.items.map((p) => p.pegawaiId).sort()).toEqual(
      [plainPerson.pegawaiId, evilPerson.pegawaiId].sort(),
    )
    expect(notUsed.items[0]!.detail).toBe('Belum pernah masuk dan belum memiliki data')
    const used = await get<ReportPeople>(
      admin,
      `/api/reports/adoption/people?year=2026&rowKey=${o.units.sub.id}&column=used`,
    )
    expect(used.items.find((p) => p.pegawaiId === o.staff1.pegawaiId)?.detail).toBe(
      'Pernah masuk, memiliki SKP, mencatat progres harian',
    )

    const unlinked = await report(admin, 'unlinked-activities')
    expect(cellsOf(unlinked, o.units.sub.id)).toEqual({
      entries: 2,
      unlinked: 2,
      percentUnlinked: 100,
    })
    const discipline = await report(
      admin,
      'progress-discipline',
      `year=2026&periodId=${s.periods.q4.id}`,
    )
    const me = discipline.rows.find((x) => x.key === o.staff1.pegawaiId)!
    expect(me.cells).toMatchObject({ unit: 'Sub Bidang A1', entries: 2 })
    // Q4 from 1 October to yesterday: weekdays minus the holidays of the year (SQL), minus the
    // one day with an entry (26 November; today is not over yet).
    const [wd] = await rowsOf<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM generate_series('2026-10-01'::date, '2026-11-26'::date, '1 day') d
          WHERE extract(isodow FROM d) < 6 AND NOT EXISTS (
            SELECT 1 FROM holidays h WHERE h.instansi_id = ${o.instansi.id} AND h.date = d::date)`,
    )
    expect(me.cells.workingDaysWithoutEntry).toBe(wd!.n - 1)
  })
})

describe('leader scope', () => {
  it('gives each head their units and below; others 403', async () => {
    const scopeOf = async (who: { username: string }) =>
      get<ReportScope>(await k.session(who), '/api/reports/scope')
    expect((await scopeOf(o.kabid)).units.map((u) => [u.name, u.depth])).toEqual([
      ['Bidang A', 0],
      ['Sub Bidang A1', 1],
    ])
    expect((await scopeOf(o.kasub)).units.map((u) => u.name)).toEqual(['Sub Bidang A1'])
    const top = await scopeOf(o.kepala)
    expect(top.scope).toBe('units')
    expect(top.units.map((u) => u.name)).toEqual([
      'Badan',
      'Bidang A',
      'Sub Bidang A1',
      'Bidang B',
      EVIL_UNIT,
    ])
    expect(top.years).toEqual([2026])
    expect(top.periods).toHaveLength(5)
    for (const who of [o.staff1, o.staffB]) {
      const res = await t.as(await k.session(who), { method: 'GET', url: '/api/reports/scope' })
      expect(res.statusCode).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_LEADER' })
    }
    // Another instansi's admin never sees this office's units.
    const otherAdmin = await k.session(other.admin)
    const res = await t.as(otherAdmin, {
      method: 'GET',
      url: `/api/reports/adoption?year=2026&unitId=${o.units.sub.id}`,
    })
    expect(res.statusCode).toBe(404)
  })

  it('limits a Kepala Sub Bidang’s numbers to their unit; units above are 404', async () => {
    const kasub = await k.session(o.kasub)
    const r = await report(kasub, 'periodic-completion')
    for (const row of r.rows.slice(0, 2)) expect(row.cells.employees).toBe(3) // kasub, staff1, staff2
    const d = await get<Dashboard>(kasub, '/api/reports/dashboard')
    expect(d).toMatchObject({ scope: 'units', openTickets: null })
    expect(d.units.map((u) => u.unitName)).toEqual(['Sub Bidang A1'])
    for (const url of [
      `/api/reports/skp-status?year=2026&unitId=${o.units.bidang.id}`,
      `/api/reports/skp-status/export.csv?year=2026&unitId=${o.units.bidang.id}`,
    ]) {
      const res = await t.as(kasub, { method: 'GET', url })
      expect(res.statusCode, url).toBe(404)
    }
    const admins = await get<Dashboard>(admin, '/api/reports/dashboard')
    expect(admins.scope).toBe('instansi')
    expect(typeof admins.openTickets).toBe('number')
  })

  it('makes a PLT a leader of the unit they act for', async () => {
    const staff1 = await k.session(o.staff1)
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/org/acting',
      payload: {
        pegawaiId: o.staff1.pegawaiId,
        unitId: o.units.bidangB.id,
        kind: 'plt',
        startDate: '2026-11-01',
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const scope = await get<ReportScope>(staff1, '/api/reports/scope')
    expect(scope.units.map((u) => u.name)).toEqual(['Bidang B', EVIL_UNIT])
    const adoption = await report(staff1, 'adoption')
    expect(adoption.rows.map((x) => x.label)).toEqual(['Bidang B', EVIL_UNIT])
    const outside = await t.as(staff1, {
      method: 'GET',
      url: `/api/reports/adoption/export.pdf?year=2026&unitId=${o.units.sub.id}`,
    })
    expect(outside.statusCode).toBe(404)
  })
})

describe('exports are safe against formula injection', () => {
  it('escapes a unit name and a person name that start with = @ - in CSV and XLSX', async () => {
    await exclude(evilPerson.pegawaiId, { reason: 'hukuman_disiplin', startDate: '2026-01-01' })
    const r = await report(admin, 'adoption', `year=2026&unitId=${o.units.bidangB.id}`)
    expect(r.rows.map((x) => x.label)).toEqual(['Bidang B', EVIL_UNIT])
    expect(r.exclusions.map((e) => e.name)).toEqual([EVIL_PERSON])

    const csv = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/adoption/export.csv?year=2026&unitId=${o.units.bidangB.id}`,
    })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="laporan-adoption-2026-bidang-b.csv"',
    )
    expect(csv.headers['x-content-type-options']).toBe('nosniff')
    const lines: string[][] = parse(csv.rawPayload, { bom: true, relax_column_count: true })
    expect(lines).toContainEqual([`'${EVIL_UNIT}`, '1', '0', '1', '0'])
    expect(lines.some((l) => l[0] === `'${EVIL_PERSON}` && l[3] === 'Hukuman disiplin')).toBe(true)
    for (const l of lines) for (const cell of l) expect(cell).not.toMatch(/^[=@+]/)

    const xlsx = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/adoption/export.xlsx?year=2026&unitId=${o.units.bidangB.id}`,
    })
    expect(xlsx.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const texts: unknown[] = []
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
        texts.push(cell.value)
      }),
    )
    expect(texts).toContain(`'${EVIL_UNIT}`)
    expect(texts).toContain(`'${EVIL_PERSON}`)
    expect(texts).not.toContain(EVIL_UNIT)

    const pdf = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/adoption/export.pdf?year=2026&unitId=${o.units.bidangB.id}`,
    })
    expect(pdf.statusCode).toBe(200)
    const file = path.join(tmp, 'adoption.pdf')
    fs.writeFileSync(file, pdf.rawPayload)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain(o.instansi.name.toUpperCase())
    expect(text).toContain('Hukuman disiplin')
    expect(text).toContain('Pegawai yang dikecualikan')
  })
})

/**
 * Who may call what (decision 0011): admin instansi everything in their instansi; a leader their
 * units and below (a unit outside → 404); a pegawai who heads nothing 403; another instansi's
 * admin finds none of this office's units or rows (404); an account without an instansi 404.
 */
describe('permission matrix', () => {
  const ROLES = [
    'anonymous',
    'pegawai',
    'kasub',
    'kabid',
    'kepala',
    'admin',
    'otherAdmin',
    'noInstansi',
  ] as const
  type Role = (typeof ROLES)[number]
  const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
    pegawai: o.staff2,
    kasub: o.kasub,
    kabid: o.kabid,
    kepala: o.kepala,
    admin: o.admin,
    otherAdmin: other.admin,
    noInstansi,
  }
  const sub = o.units.sub.id
  const bidang = o.units.bidang.id
  const open = { anonymous: 401, pegawai: 403, noInstansi: 404 }
  const all = { ...open, kasub: 200, kabid: 200, kepala: 200, admin: 200, otherAdmin: 200 }
  /** A filter on Bidang A: the kasub sits below it, the other admin does not have it. */
  const bidangOnly = { ...all, kasub: 404, otherAdmin: 404 }
  const subRow = { ...all, otherAdmin: 404 }
  const ROWS: { name: string; url: string; expect: Record<Role, number> }[] = [
    { name: 'GET /api/reports/scope', url: '/api/reports/scope', expect: all },
    { name: 'GET /api/reports/dashboard', url: '/api/reports/dashboard?year=2026', expect: all },
    { name: 'GET /api/reports/:key', url: '/api/reports/skp-status?year=2026', expect: all },
    {
      name: 'GET /api/reports/:key (unit filter)',
      url: `/api/reports/skp-status?year=2026&unitId=${bidang}`,
      expect: bidangOnly,
    },
    {
      name: 'GET /api/reports/:key/people',
      url: `/api/reports/adoption/people?year=2026&rowKey=${sub}&column=asn`,
      expect: subRow,
    },
    {
      name: 'GET /api/reports/:key/export.:format',
      url: '/api/reports/periodic-completion/export.xlsx?year=2026',
      expect: all,
    },
    {
      name: 'GET /api/reports/:key/export.:format (unit filter)',
      url: `/api/reports/periodic-completion/export.csv?year=2026&unitId=${bidang}`,
      expect: bidangOnly,
    },
  ]
  const CODE: Record<number, string> = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
  }

  it.each(ROWS.flatMap((r) => ROLES.map((role) => [r.name, role, r] as const)))(
    '%s as %s',
    async (_name, role, row) => {
      const session = role === 'anonymous' ? null : await k.session(who[role])
      const res = await t.as(session, { method: 'GET', url: row.url })
      expect(res.statusCode, res.body.slice(0, 300)).toBe(row.expect[role])
      if (row.expect[role] >= 400) expect(res.json().error.code).toBe(CODE[row.expect[role]])
    },
  )

  it('has a row for every reports route (from the OpenAPI document)', async () => {
    const normalise = (p: string) => p.replace(/ \(.*\)$/, '').replace(/\{([^}]+)\}/g, ':$1')
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/reports'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${normalise(p)}`))
    expect(registered).toHaveLength(5)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})
