import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DistributionView } from '../../../shared/assessments.ts'
import {
  REPORT_KEYS,
  type Dashboard,
  type Report,
  type ReportPeople,
  type ReportScope,
} from '../../../shared/reports.ts'
import { PREDIKAT } from '../../../shared/rules/predikat.ts'
import { DEMO_PASSWORD, type DemoSummary } from '../../db/seed/demo.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * The reports on the demo (BKPSDM Gianyar, today 27 November 2026 = the test clock): the study's
 * Tables 2, 3 and 6 exactly, and every report checked against a count written independently
 * (plain SQL over the tables, or another module's API).
 */

const TODAY = '2026-11-27'
const ROOT_UNIT = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar'
/** Table 6 of the study, "Jumlah ASN" per unit. */
const TABLE_6: Record<string, number> = {
  [ROOT_UNIT]: 1,
  Sekretariat: 1,
  'Sub Bagian Keuangan dan Perencanaan': 10,
  'Sub Bagian Kepegawaian dan Umum': 19,
  'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai': 14,
  'Bidang Pendidikan, Pelatihan dan Informasi Pegawai': 14,
  'Bidang Mutasi dan Kedudukan Hukum': 18,
}
const FORMASI = 'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai'

// The demo is seeded once per run and shared (server/test/test-db.ts).
const t = await setupTestApp({ demoToday: TODAY })
let summary: DemoSummary
let admin: Session
let kabid: Session
let kepala: Session
let pelaksana: Session
let instansiId: string

const rowsOf = async <T>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as T[]

async function get<T>(session: Session | null, url: string, status = 200): Promise<T> {
  const res = await t.as(session, { method: 'GET', url })
  expect(res.statusCode, `${url}: ${res.body.slice(0, 500)}`).toBe(status)
  return res.json<T>()
}
const report = (session: Session, key: string, query: string) =>
  get<Report>(session, `/api/reports/${key}?${query}`)
const byLabel = (r: Report) => Object.fromEntries(r.rows.map((row) => [row.label, row.cells]))
const unitIdOf = async (name: string) =>
  (
    await rowsOf<{ id: string }>(
      sql`SELECT id FROM units WHERE instansi_id = ${instansiId} AND name = ${name}`,
    )
  )[0]!.id

beforeAll(async () => {
  summary = t.demo!
  instansiId = summary.instansiId
  const login = (role: string) => {
    const account = summary.accounts.find((a) => a.role === role)
    if (!account) throw new Error(`no demo account ${role}`)
    return t.login(account.login, DEMO_PASSWORD)
  }
  admin = await login('Admin instansi')
  kabid = await login('Kepala Bidang')
  kepala = await login('Kepala Badan (atasan tertinggi)')
  pelaksana = await login('Pelaksana')
}, 240_000)

describe('Table 2: periodic completion', () => {
  it('reproduces 2024 (32 of 32 each quarter) and 2025 (77 of 77)', async () => {
    for (const [year, n] of [
      [2024, 32],
      [2025, 77],
    ] as const) {
      const r = await report(admin, 'periodic-completion', `year=${year}`)
      expect(r.rows.map((row) => row.label)).toEqual(
        ['I', 'II', 'III', 'IV'].map((q) => `Triwulan ${q} ${year}`),
      )
      for (const row of r.rows)
        expect(row.cells).toMatchObject({
          employees: n,
          completed: n,
          notCompleted: 0,
          percentCompleted: 100,
        })
      expect(r.totals).toMatchObject({ employees: 4 * n, completed: 4 * n })
      expect(r.exclusions).toEqual([])
      expect(r.notes.length).toBeGreaterThan(2)
    }
  })

  it('matches plain SQL counts of SKPs and submitted assessments for every year', async () => {
    for (const year of [2024, 2025, 2026]) {
      const r = await report(admin, 'periodic-completion', `year=${year}`)
      const periods = await rowsOf<{ id: string; start_date: string; end_date: string }>(
        sql`SELECT id, start_date, end_date FROM periods
            WHERE instansi_id = ${instansiId} AND year = ${year} AND kind <> 'annual'`,
      )
      expect(r.rows).toHaveLength(periods.length)
      for (const p of periods) {
        const [skp] = await rowsOf<{ n: number }>(
          sql`SELECT count(DISTINCT pegawai_id)::int AS n FROM skp
              WHERE instansi_id = ${instansiId} AND year = ${year}
                AND start_date <= ${p.end_date} AND end_date >= ${p.start_date}`,
        )
        const [done] = await rowsOf<{ n: number; on_time: number; late: number }>(
          sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT late)::int AS on_time,
                count(*) FILTER (WHERE late)::int AS late
              FROM assessments WHERE period_id = ${p.id} AND submitted_at IS NOT NULL`,
        )
        const row = r.rows.find((x) => x.key === p.id)!
        expect(row.cells).toMatchObject({
          employees: skp!.n,
          completed: done!.n,
          onTime: done!.on_time,
          late: done!.late,
          notCompleted: skp!.n - done!.n,
        })
      }
    }
  })

  it('drills down to the same names as the assessments of the period', async () => {
    const r = await report(admin, 'periodic-completion', 'year=2024')
    const q1 = r.rows[0]!
    const people = await get<ReportPeople>(
      admin,
      `/api/reports/periodic-completion/people?year=2024&rowKey=${q1.key}&column=completed`,
    )
    const names = await rowsOf<{ nip: string }>(
      sql`SELECT pegawai_nip AS nip FROM assessments
          WHERE period_id = ${q1.key} AND submitted_at IS NOT NULL`,
    )
    expect(people.items.map((p) => p.nip).sort()).toEqual(names.map((n) => n.nip).sort())
    expect(people.title).toContain('Triwulan I 2024')
    expect(people.items[0]!.detail).toMatch(/^Diajukan \d+ \w+ 2024, tepat waktu$/)
    // Nobody behind "late" in a quarter everyone finished on time.
    const late = await get<ReportPeople>(
      admin,
      `/api/reports/periodic-completion/people?year=2024&rowKey=${q1.key}&column=late`,
    )
    expect(late.items).toEqual([])
  })
})

describe('Table 3: annual completion', () => {
  it('reproduces 2024 (32, 25 on time, 7 late) and 2025 (77 of 77 on time)', async () => {
    const r = await report(admin, 'annual-completion', 'year=2025')
    expect(r.rows.map((row) => row.label)).toEqual(['Tahunan 2024', 'Tahunan 2025'])
    expect(byLabel(r)).toEqual({
      'Tahunan 2024': {
        employees: 32,
        onTime: 25,
        lateCompleted: 7,
        notCompleted: 0,
        percentOnTime: 78.1,
      },
      'Tahunan 2025': {
        employees: 77,
        onTime: 77,
        lateCompleted: 0,
        notCompleted: 0,
        percentOnTime: 100,
      },
    })
    expect(r.columns.map((c) => c.label)).toEqual([
      'Jumlah pegawai',
      'Selesai tepat waktu',
      'Selesai setelah batas (perpanjangan)',
      'Belum selesai',
      'Persentase ketepatan waktu',
    ])
  })

  it('matches the annual assessments counted in SQL, and lists the seven late ones', async () => {
    const counts = await rowsOf<{ year: number; on_time: number; late: number }>(
      sql`SELECT year, count(*) FILTER (WHERE submitted_at IS NOT NULL AND NOT late)::int AS on_time,
            count(*) FILTER (WHERE submitted_at IS NOT NULL AND late)::int AS late
          FROM assessments WHERE instansi_id = ${instansiId} AND annual GROUP BY year ORDER BY year`,
    )
    const r = await report(admin, 'annual-completion', 'year=2025')
    for (const c of counts.filter((x) => x.year <= 2025)) {
      expect(byLabel(r)[`Tahunan ${c.year}`]).toMatchObject({
        onTime: c.on_time,
        lateCompleted: c.late,
      })
    }
    const row2024 = r.rows.find((x) => x.label === 'Tahunan 2024')!
    const late = await get<ReportPeople>(
      admin,
      `/api/reports/annual-completion/people?year=2025&rowKey=${row2024.key}&column=lateCompleted`,
    )
    expect(late.items).toHaveLength(7)
    for (const p of late.items) expect(p.detail).toMatch(/2025, terlambat \(perpanjangan\)$/)
    // 2024 alone: the year before has no annual period.
    const only = await report(admin, 'annual-completion', 'year=2024')
    expect(only.rows.map((x) => x.label)).toEqual(['Tahunan 2024'])
  })
})

describe('Table 6: adoption', () => {
  it('reproduces the units and their ASN, everyone has used the system (2025 and today)', async () => {
    for (const year of [2025, 2026]) {
      const r = await report(admin, 'adoption', `year=${year}`)
      const cells = byLabel(r)
      expect(Object.keys(cells).sort()).toEqual(Object.keys(TABLE_6).sort())
      for (const [unit, asn] of Object.entries(TABLE_6))
        expect(cells[unit], unit).toEqual({ asn, used: asn, notUsed: 0, percentUsed: 100 })
      expect(r.totals).toEqual({ asn: 77, used: 77, notUsed: 0, percentUsed: 100 })
      // Tree order: the OPD first, every unit after its parent.
      expect(r.rows[0]!.label).toBe(ROOT_UNIT)
      expect(r.rows.findIndex((x) => x.label === 'Sekretariat')).toBeLessThan(
        r.rows.findIndex((x) => x.label === 'Sub Bagian Keuangan dan Perencanaan'),
      )
    }
  })

  it('counts each unit’s own members as the org module lists them', async () => {
    const { items: units } = await get<{ items: { id: string; employeeCount: number }[] }>(
      admin,
      '/api/org/units',
    )
    const r = await report(admin, 'adoption', 'year=2026')
    expect(units).toHaveLength(7)
    for (const u of units)
      expect(r.rows.find((x) => x.key === u.id)?.cells.asn).toBe(u.employeeCount)
  })
})

describe('SKP status per unit', () => {
  it('matches SKP rows counted per pegawai unit in SQL', async () => {
    const r = await report(admin, 'skp-status', 'year=2026')
    const counts = await rowsOf<{ unit_id: string; status: string | null; n: number }>(
      sql`SELECT pg.unit_id, s.status::text AS status, count(*)::int AS n
          FROM pegawai pg
          LEFT JOIN skp s ON s.pegawai_id = pg.id AND s.year = 2026 AND s.status <> 'ditutup'
          WHERE pg.instansi_id = ${instansiId} AND pg.active
          GROUP BY 1, 2`,
    )
    for (const row of r.rows) {
      const mine = counts.filter((c) => c.unit_id === row.key)
      const n = (s: string | null) => mine.find((c) => c.status === s)?.n ?? 0
      expect(row.cells, row.label).toEqual({
        employees: mine.reduce((a, c) => a + c.n, 0),
        draft: n('draft'),
        diajukan: n('diajukan'),
        dikembalikan: n('dikembalikan'),
        disetujui: n('disetujui'),
        missing: n(null),
      })
    }
    expect(r.totals?.employees).toBe(77)
    const approved = await rowsOf<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM skp WHERE instansi_id = ${instansiId} AND year = 2026 AND status = 'disetujui'`,
    )
    expect(r.totals?.disetujui).toBe(approved[0]!.n)
    expect(r.columns.find((c) => c.key === 'diajukan')?.label).toBe('Diajukan')
  })
})

describe('daily-progress discipline', () => {
  it('counts entries, late entries and working days without an entry per person', async () => {
    // Paged (default 50 rows); one page of 200 holds everyone.
    const r = await report(admin, 'progress-discipline', 'year=2026&pageSize=200')
    expect(r.rows).toHaveLength(77)
    expect(r.total).toBe(77)
    const entries = await rowsOf<{ pegawai_id: string; n: number; late: number; days: string[] }>(
      sql`SELECT pegawai_id, count(*)::int AS n, count(*) FILTER (WHERE late)::int AS late,
            array_agg(DISTINCT date::text) AS days
          FROM daily_progress WHERE instansi_id = ${instansiId}
            AND date BETWEEN '2026-01-01' AND ${TODAY}
          GROUP BY pegawai_id`,
    )
    // The working calendar through the periods API: weekdays and holidays of 2026.
    const year = await get<{
      calendar: { workingWeekdays: number[] }
      holidays: { date: string }[]
    }>(admin, '/api/periods/years/2026')
    const off = new Set(year.holidays.map((h) => h.date))
    const starts = await rowsOf<{ pegawai_id: string; start: string }>(
      sql`SELECT pegawai_id, min(start_date)::text AS start FROM position_history
          WHERE instansi_id = ${instansiId} GROUP BY pegawai_id`,
    )
    const workingDays: string[] = []
    for (let d = new Date('2026-01-01T00:00:00Z'); d < new Date(`${TODAY}T00:00:00Z`);) {
      const day = d.toISOString().slice(0, 10)
      const iso = ((d.getUTCDay() + 6) % 7) + 1
      if (year.calendar.workingWeekdays.includes(iso) && !off.has(day)) workingDays.push(day)
      d = new Date(d.getTime() + 86_400_000)
    }
    let sumEntries = 0
    for (const row of r.rows) {
      const e = entries.find((x) => x.pegawai_id === row.key)
      const start = starts.find((s) => s.pegawai_id === row.key)!.start
      const mine = workingDays.filter((d) => d >= start)
      const logged = new Set(e?.days ?? [])
      expect(row.cells, row.label).toMatchObject({
        entries: e?.n ?? 0,
        lateEntries: e?.late ?? 0,
        workingDaysWithoutEntry: mine.filter((d) => !logged.has(d)).length,
      })
      sumEntries += e?.n ?? 0
    }
    expect(r.totals?.entries).toBe(sumEntries)
    expect(sumEntries).toBeGreaterThan(0)
    expect(r.rows.some((row) => Number(row.cells.lateEntries) > 0)).toBe(true)
    // Not drillable: a column asked for is refused.
    const res = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/progress-discipline/people?year=2026&rowKey=${r.rows[0]!.key}&column=entries`,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(res.json().error.fields.column).toBeTruthy()
  })
})

describe('predikat distribution', () => {
  it('agrees with the penetapan view of every group (rating module) for Triwulan IV 2025', async () => {
    const scope = await get<ReportScope>(admin, '/api/reports/scope')
    const q4 = scope.periods.find((p) => p.name === 'Triwulan IV 2025')!
    const r = await report(admin, 'predikat-distribution', `year=2025&periodId=${q4.id}`)
    expect(r.period).toEqual({ id: q4.id, name: 'Triwulan IV 2025' })
    expect(r.rows.length).toBeGreaterThan(0)
    let total = 0
    for (const row of r.rows) {
      const view = await get<DistributionView>(
        admin,
        `/api/assessments/distribution?periodId=${q4.id}&unitId=${row.key}`,
      )
      for (const p of PREDIKAT) expect(row.cells[p], `${row.label} ${p}`).toBe(view.counts[p])
      expect(row.cells.total).toBe(view.total)
      expect(row.cells.pending).toBe(0)
      expect(view.check?.withinPattern).toBe(true)
      expect(row.cells.pattern).toBe('Sesuai pola')
      total += view.total
    }
    expect(total).toBe(77)
    expect(r.notes.join(' ')).toContain('paling banyak 70%')
    // Drill: the Baik of the first group are the group's people with Baik.
    const first = r.rows.find((x) => Number(x.cells.baik) > 0)!
    const people = await get<ReportPeople>(
      admin,
      `/api/reports/predikat-distribution/people?year=2025&periodId=${q4.id}&rowKey=${first.key}&column=baik`,
    )
    const view = await get<DistributionView>(
      admin,
      `/api/assessments/distribution?periodId=${q4.id}&unitId=${first.key}`,
    )
    expect(people.items.map((p) => p.pegawaiId).sort()).toEqual(
      view.people
        .filter((p) => p.predikat === 'baik')
        .map((p) => p.pegawaiId)
        .sort(),
    )
  })
})

describe('predikat distribution by default', () => {
  it('shows the latest period with final results, every assessment of it in some group', async () => {
    const r = await report(admin, 'predikat-distribution', 'year=2026')
    expect(r.period?.name).toBe('Triwulan III 2026')
    const [n] = await rowsOf<{ n: number; final: number }>(
      sql`SELECT count(*)::int AS n,
            count(*) FILTER (WHERE a.status IN ('finalised', 'objected', 'decided'))::int AS final
          FROM assessments a WHERE a.period_id = ${r.period!.id}`,
    )
    expect(r.totals?.total).toBe(n!.n)
    expect(r.totals?.total).toBe(74) // the approved SKPs of 2026
    const rated = PREDIKAT.reduce((a, p) => a + Number(r.totals?.[p]), 0)
    expect(rated).toBe(n!.final)
    expect(r.rows.every((row) => row.cells.pattern === 'Sesuai pola')).toBe(true)
    // A leader sees the group of their own unit only.
    const mine = await report(kabid, 'predikat-distribution', 'year=2026')
    expect(mine.rows.map((row) => row.label)).toEqual([FORMASI])
  })
})

describe('unlinked activities', () => {
  it('matches entries without an RHK counted per unit in SQL', async () => {
    const r = await report(admin, 'unlinked-activities', 'year=2026')
    const counts = await rowsOf<{ unit_id: string; n: number; unlinked: number }>(
      sql`SELECT pg.unit_id, count(*)::int AS n, count(*) FILTER (WHERE d.rhk_id IS NULL)::int AS unlinked
          FROM daily_progress d JOIN pegawai pg ON pg.id = d.pegawai_id
          WHERE d.instansi_id = ${instansiId} AND d.date BETWEEN '2026-01-01' AND ${TODAY}
          GROUP BY pg.unit_id`,
    )
    for (const row of r.rows) {
      const c = counts.find((x) => x.unit_id === row.key)
      expect(row.cells.entries, row.label).toBe(c?.n ?? 0)
      expect(row.cells.unlinked, row.label).toBe(c?.unlinked ?? 0)
    }
    const totalUnlinked = counts.reduce((a, c) => a + c.unlinked, 0)
    expect(totalUnlinked).toBeGreaterThan(0)
    expect(r.totals?.unlinked).toBe(totalUnlinked)
    const row = r.rows.find((x) => Number(x.cells.unlinked) > 0)!
    const people = await get<ReportPeople>(
      admin,
      `/api/reports/unlinked-activities/people?year=2026&rowKey=${row.key}&column=unlinked`,
    )
    const perPerson = await rowsOf<{ nip: string; n: number }>(
      sql`SELECT pg.nip, count(*)::int AS n FROM daily_progress d JOIN pegawai pg ON pg.id = d.pegawai_id
          WHERE pg.unit_id = ${row.key} AND d.rhk_id IS NULL AND d.date BETWEEN '2026-01-01' AND ${TODAY}
          GROUP BY pg.nip`,
    )
    expect(people.items.map((p) => p.nip).sort()).toEqual(perPerson.map((p) => p.nip).sort())
    for (const p of people.items) {
      const n = perPerson.find((x) => x.nip === p.nip)!.n
      expect(p.detail).toMatch(new RegExp(`^${n} dari \\d+ kegiatan tanpa RHK$`))
    }
  })
})

describe('dashboards', () => {
  it('gives the admin the whole instansi with the current quarter and open tickets', async () => {
    const d = await get<Dashboard>(admin, '/api/reports/dashboard')
    expect(d.scope).toBe('instansi')
    expect(d.year).toBe(2026)
    expect(d.years).toEqual([2024, 2025, 2026])
    expect(d.currentPeriod).toMatchObject({ name: 'Triwulan IV 2026', annual: false })
    expect(d.headcount).toBe(77)
    expect(d.units).toHaveLength(7)
    const skp = await report(admin, 'skp-status', 'year=2026')
    expect(d.skp).toEqual({
      draft: skp.totals?.draft,
      submitted: skp.totals?.diajukan,
      returned: skp.totals?.dikembalikan,
      approved: skp.totals?.disetujui,
      missing: skp.totals?.missing,
    })
    const periodic = await report(admin, 'periodic-completion', 'year=2026')
    const q4 = periodic.rows.find((x) => x.label === 'Triwulan IV 2026')!
    expect(d.completion).toEqual({
      employees: q4.cells.employees,
      completed: q4.cells.completed,
      onTime: q4.cells.onTime,
      late: q4.cells.late,
    })
    const [tickets] = await rowsOf<{ n: number }>(
      sql`SELECT CASE WHEN to_regclass('helpdesk_tickets') IS NULL THEN 0 ELSE
            (SELECT count(*)::int FROM helpdesk_tickets WHERE instansi_id = ${instansiId} AND status::text <> 'selesai') END AS n`,
    )
    expect(d.openTickets).toBe(tickets!.n)
    const [last30] = await rowsOf<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM daily_progress
          WHERE instansi_id = ${instansiId} AND date BETWEEN (${TODAY}::date - 29) AND ${TODAY}`,
    )
    expect(d.units.reduce((a, u) => a + u.progressEntries30d, 0)).toBe(last30!.n)
    expect(d.predikat.periodName).toBe('Triwulan III 2026')
    const final = await rowsOf<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM assessments a JOIN periods p ON p.id = a.period_id
          WHERE p.name = 'Triwulan III 2026' AND a.instansi_id = ${instansiId}
            AND a.status IN ('finalised', 'objected', 'decided')`,
    )
    expect(Object.values(d.predikat.counts).reduce((a, b) => a + b, 0)).toBe(final[0]!.n)
    const d2025 = await get<Dashboard>(admin, '/api/reports/dashboard?year=2025')
    expect(d2025.currentPeriod?.name).toBe('Triwulan IV 2025')
    expect(d2025.completion).toMatchObject({ employees: 77, completed: 77, onTime: 77 })
  })

  it('gives a Kepala Bidang their bidang only, with no ticket count', async () => {
    const d = await get<Dashboard>(kabid, '/api/reports/dashboard')
    expect(d.scope).toBe('units')
    expect(d.units.map((u) => u.unitName)).toEqual([FORMASI])
    expect(d.headcount).toBe(14)
    expect(d.openTickets).toBeNull()
  })
})

describe('scope and permissions', () => {
  it('lists units, years and periods for the admin and the leaders', async () => {
    const all = await get<ReportScope>(admin, '/api/reports/scope')
    expect(all.scope).toBe('instansi')
    expect(all.units).toHaveLength(7)
    expect(all.units[0]).toMatchObject({ name: ROOT_UNIT, depth: 0, parentId: null })
    expect(all.years).toEqual([2024, 2025, 2026])
    expect(all.periods.filter((p) => p.year === 2025).map((p) => p.name)).toEqual(
      expect.arrayContaining(['Triwulan I 2025', 'Triwulan IV 2025']),
    )
    expect(all.periods.filter((p) => p.annual)).toHaveLength(3)
    const mine = await get<ReportScope>(kabid, '/api/reports/scope')
    expect(mine).toMatchObject({ scope: 'units', units: [{ name: FORMASI, depth: 0 }] })
    const top = await get<ReportScope>(kepala, '/api/reports/scope')
    expect(top.scope).toBe('units')
    expect(top.units).toHaveLength(7)
  })

  it('shows a Kepala Bidang only their bidang; another unit is 404, also for exports', async () => {
    const r = await report(kabid, 'adoption', 'year=2026')
    expect(r.rows.map((x) => [x.label, x.cells.asn])).toEqual([[FORMASI, 14]])
    const t2 = await report(kabid, 'periodic-completion', 'year=2025')
    const formasiId = await unitIdOf(FORMASI)
    const [own] = await rowsOf<{ n: number }>(
      sql`SELECT count(DISTINCT pegawai_id)::int AS n FROM skp WHERE year = 2025 AND unit_id = ${formasiId}`,
    )
    for (const row of t2.rows) expect(row.cells.employees).toBe(own!.n)
    const mutasi = await unitIdOf('Bidang Mutasi dan Kedudukan Hukum')
    for (const url of [
      `/api/reports/adoption?year=2026&unitId=${mutasi}`,
      `/api/reports/adoption/people?year=2026&unitId=${mutasi}&rowKey=${mutasi}&column=asn`,
      `/api/reports/adoption/export.xlsx?year=2026&unitId=${mutasi}`,
    ]) {
      const res = await t.as(kabid, { method: 'GET', url })
      expect(res.statusCode, url).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    // The admin may filter on it.
    const filtered = await report(admin, 'adoption', `year=2026&unitId=${mutasi}`)
    expect(filtered.rows.map((x) => x.cells.asn)).toEqual([18])
    expect(filtered.unit).toMatchObject({ id: mutasi })
    // A row outside the kabid's rows is not drillable either.
    const res = await t.as(kabid, {
      method: 'GET',
      url: `/api/reports/adoption/people?year=2026&rowKey=${mutasi}&column=asn`,
    })
    expect(res.statusCode).toBe(404)
  })

  it('refuses a pelaksana (403) on every report route, and anonymous (401)', async () => {
    const urls = [
      '/api/reports/scope',
      '/api/reports/dashboard',
      ...REPORT_KEYS.map((k) => `/api/reports/${k}?year=2026`),
      '/api/reports/adoption/people?year=2026&rowKey=x&column=asn',
      '/api/reports/periodic-completion/export.pdf?year=2026',
    ]
    for (const url of urls) {
      const res = await t.as(pelaksana, { method: 'GET', url })
      expect(res.statusCode, url).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_LEADER' })
      const anon = await t.as(null, { method: 'GET', url })
      expect(anon.statusCode, url).toBe(401)
    }
  })

  it('answers bad input with 400 and the fields', async () => {
    const cases: [string, string][] = [
      ['/api/reports/periodic-completion?year=abc', 'year'],
      ['/api/reports/periodic-completion', 'year'],
      ['/api/reports/adoption?year=2026&unitId=nope', 'unitId'],
      ['/api/reports/adoption/people?year=2026&rowKey=x&column=bogus', 'column'],
      ['/api/reports/adoption/people?year=2026&column=asn', 'rowKey'],
    ]
    for (const [url, field] of cases) {
      const res = await t.as(admin, { method: 'GET', url })
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error.code).toBe('VALIDATION_FAILED')
      expect(Object.keys(res.json().error.fields ?? {}), url).toContain(field)
    }
    for (const url of [
      '/api/reports/no-such-report?year=2026',
      '/api/reports/no-such-report/export.xlsx?year=2026',
      '/api/reports/adoption/export.docx?year=2026',
    ]) {
      const res = await t.as(admin, { method: 'GET', url })
      expect(res.statusCode, url).toBe(400)
      expect(res.json().error.code).toBe('VALIDATION_FAILED')
    }
    // A period of another year.
    const scope = await get<ReportScope>(admin, '/api/reports/scope')
    const other = scope.periods.find((p) => p.year === 2024)!
    const res = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/periodic-completion?year=2025&periodId=${other.id}`,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields.periodId).toContain('2025')
    // An unknown row.
    const row = await t.as(admin, {
      method: 'GET',
      url: `/api/reports/adoption/people?year=2026&rowKey=00000000-0000-4000-8000-000000000000&column=asn`,
    })
    expect(row.statusCode).toBe(404)
  })

  it('renders every report for the admin and a leader without errors', async () => {
    for (const key of REPORT_KEYS) {
      for (const session of [admin, kabid, kepala]) {
        const r = await report(session, key, 'year=2026')
        expect(r.key).toBe(key)
        expect(r.subtitle).toContain('Tahun 2026')
        for (const row of r.rows)
          for (const c of r.columns) expect(row.cells, `${key} ${c.key}`).toHaveProperty(c.key)
      }
    }
  })
})

describe('exports', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-reports-'))

  it('exports Table 2 as XLSX that reads back with the same numbers', async () => {
    const res = await t.as(admin, {
      method: 'GET',
      url: '/api/reports/periodic-completion/export.xlsx?year=2025',
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="laporan-periodic-completion-2025.xlsx"',
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    const values: unknown[][] = []
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    expect(values[0]![0]).toBe('Rekap penilaian periodik')
    expect(values[1]![0]).toBe('Pemerintah Kabupaten Gianyar')
    const header = values.findIndex((v) => v[0] === 'Periode')
    expect(values[header]).toEqual([
      'Periode',
      'Jumlah pegawai',
      'Laporan terselesaikan',
      'Tepat waktu',
      'Terlambat (perpanjangan)',
      'Belum selesai',
      'Persentase selesai',
    ])
    expect(values[header + 1]).toEqual(['Triwulan I 2025', 77, 77, 77, 0, 0, 100])
    expect(values[header + 4]![0]).toBe('Triwulan IV 2025')
    expect(values[header + 5]).toEqual(['Jumlah', 308, 308, 308, 0, 0, 100])
    expect(values.some((v) => v[0] === 'Catatan')).toBe(true)
  })

  it('exports Table 3 as CSV and Table 6 as PDF (A4 landscape, instansi name)', async () => {
    const csv = await t.as(admin, {
      method: 'GET',
      url: '/api/reports/annual-completion/export.csv?year=2025',
    })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toContain('laporan-annual-completion-2025.csv')
    const lines: string[][] = parse(csv.rawPayload, { bom: true, relax_column_count: true })
    expect(lines[0]).toEqual(['Rekap penilaian tahunan'])
    expect(lines).toContainEqual(['Tahunan 2024', '32', '25', '7', '0', '78.1'])
    expect(lines).toContainEqual(['Tahunan 2025', '77', '77', '0', '0', '100'])

    const pdf = await t.as(admin, {
      method: 'GET',
      url: '/api/reports/adoption/export.pdf?year=2026',
    })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.headers['content-disposition']).toContain('laporan-adoption-2026.pdf')
    const file = path.join(tmp, 'adoption.pdf')
    fs.writeFileSync(file, pdf.rawPayload)
    const info = execFileSync('pdfinfo', [file]).toString()
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain('PEMERINTAH KABUPATEN GIANYAR')
    expect(text).toContain('PENGGUNAAN APLIKASI PER UNIT KERJA')
    expect(text).toMatch(/Sub Bagian Kepegawaian dan Umum\s+19\s+19\s+0\s+100%/)
    expect(text).toMatch(/Jumlah\s+77\s+77\s+0\s+100%/)
  })

  it('exports every report in every format for a leader', async () => {
    for (const key of REPORT_KEYS)
      for (const format of ['xlsx', 'csv', 'pdf']) {
        const res = await t.as(kabid, {
          method: 'GET',
          url: `/api/reports/${key}/export.${format}?year=2026`,
        })
        expect(res.statusCode, `${key}.${format}`).toBe(200)
        expect(res.rawPayload.length).toBeGreaterThan(100)
      }
  })
})
