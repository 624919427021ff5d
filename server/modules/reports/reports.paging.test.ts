import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Report, ReportScope } from '../../../shared/reports.ts'
import { logProgress } from '../../test/activities-factories.ts'
import { setupAssessmentOffice } from '../../test/assessment-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * progress-discipline (one row per person) is paged in SQL: page/pageSize like every list, the
 * default order (unit tree order, then name, NIP) over all pages, the totals over everyone, and
 * the exports still hold every row. The factory office plus 52 people in Bidang B and 3 more in
 * Sub Bidang A1, so the whole instansi is more than the default page of 50.
 */
const t = await setupTestApp()
const k = skpKit(t)
const s = await setupAssessmentOffice(t, { kit: k })
const { o } = s
const admin = s.admin
for (let n = 1; n <= 52; n++)
  await t.f.pegawai(o.instansi.id, o.units.bidangB.id, {
    name: `Pegawai B ${String(n).padStart(2, '0')}`,
  })
for (const name of ['Zaenal Sub', 'Ayu Sub', 'Made Sub'])
  await t.f.pegawai(o.instansi.id, o.units.sub.id, { name })

const staff1 = await k.session(o.staff1)
const staff2 = await k.session(o.staff2)
await logProgress(t, staff1, { date: '2026-11-26' })
await logProgress(t, staff1, { date: '2026-11-25' })
await logProgress(t, staff2, { date: '2026-11-26' })

async function get<T>(session: Session | null, url: string, status = 200): Promise<T> {
  const res = await t.as(session, { method: 'GET', url })
  expect(res.statusCode, `${url}: ${res.body.slice(0, 400)}`).toBe(status)
  return res.json<T>()
}
const discipline = (session: Session, query: string) =>
  get<Report>(session, `/api/reports/progress-discipline?year=2026&${query}`)

/** Every page of the report, in order. */
async function allPages(session: Session, query: string, pageSize: number) {
  const first = await discipline(session, `${query}&page=1&pageSize=${pageSize}`)
  const pages = [first]
  for (let p = 2; p <= Math.ceil(first.total / pageSize); p++)
    pages.push(await discipline(session, `${query}&page=${p}&pageSize=${pageSize}`))
  return pages
}

const sumOf = (rows: Report['rows'], key: string) =>
  rows.reduce((n, r) => n + Number(r.cells[key] ?? 0), 0)

describe('progress-discipline paging', () => {
  it('pages with the list defaults (50) and keeps the totals over everyone', async () => {
    const r = await discipline(admin, '')
    expect(r.page).toBe(1)
    expect(r.pageSize).toBe(50)
    expect(r.rows).toHaveLength(50)
    expect(r.total).toBeGreaterThanOrEqual(6 + 52 + 3)

    const all = await discipline(admin, 'pageSize=200')
    expect(all.rows).toHaveLength(all.total)
    expect(all.total).toBe(r.total)
    expect(r.rows).toEqual(all.rows.slice(0, 50))
    // The totals are the sums over every person, the same on every page.
    for (const key of ['entries', 'lateEntries', 'workingDaysWithoutEntry'])
      expect(r.totals?.[key], key).toBe(sumOf(all.rows, key))
    expect(r.totals?.entries).toBe(3)
    expect(all.totals).toEqual(r.totals)
    expect(all.exclusions).toEqual(r.exclusions)
  })

  it('gives page 1 and 2 their rows, in the default order over all pages', async () => {
    const all = await discipline(admin, 'pageSize=200')
    const pages = await allPages(admin, '', 7)
    expect(pages.length).toBe(Math.ceil(all.total / 7))
    expect(pages[0]!.rows.map((x) => x.key)).toEqual(all.rows.slice(0, 7).map((x) => x.key))
    expect(pages[1]!.page).toBe(2)
    expect(pages[1]!.rows.map((x) => x.key)).toEqual(all.rows.slice(7, 14).map((x) => x.key))
    expect(pages.flatMap((p) => p.rows)).toEqual(all.rows)
    for (const p of pages) {
      expect(p.total).toBe(all.total)
      expect(p.totals).toEqual(all.totals)
    }
    // Default order: the units in tree order (as /scope lists them), then by name.
    const scope = await get<ReportScope>(admin, '/api/reports/scope')
    const rank = new Map(scope.units.map((u, n) => [u.id, n]))
    const ranks = all.rows.map((x) => rank.get(x.unitId!)!)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    const sub = all.rows.filter((x) => x.unitId === o.units.sub.id).map((x) => x.label)
    expect(sub).toEqual(expect.arrayContaining(['Ayu Sub', 'Made Sub', 'Zaenal Sub']))
    expect(sub.indexOf('Ayu Sub')).toBeLessThan(sub.indexOf('Made Sub'))
    expect(sub.indexOf('Made Sub')).toBeLessThan(sub.indexOf('Zaenal Sub'))
    const b = all.rows.filter((x) => x.unitId === o.units.bidangB.id).map((x) => x.label)
    expect(b.slice(0, 3)).toEqual(['Pegawai B 01', 'Pegawai B 02', 'Pegawai B 03'])
    // A page past the end: no rows, the same total and totals.
    const past = await discipline(admin, `page=${pages.length + 1}&pageSize=7`)
    expect(past.rows).toEqual([])
    expect(past.total).toBe(all.total)
    expect(past.totals).toEqual(all.totals)
  })

  it('answers 400 with the field for a bad page or pageSize', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=abc', 'page'],
      ['page=1.5', 'page'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=201', 'pageSize'],
      ['pageSize=x', 'pageSize'],
    ] as const) {
      const res = await t.as(admin, {
        method: 'GET',
        url: `/api/reports/progress-discipline?year=2026&${query}`,
      })
      expect(res.statusCode, query).toBe(400)
      expect(res.json().error, query).toMatchObject({ code: 'VALIDATION_FAILED' })
      expect(res.json().error.fields?.[field], query).toBeTruthy()
    }
  })

  it('keeps the scope rules: a Kepala Bidang pages through their units only; a pelaksana 403', async () => {
    const kabid = await k.session(o.kabid)
    const all = await discipline(kabid, 'pageSize=200')
    const mine = new Set([o.units.bidang.id, o.units.sub.id])
    expect(all.rows.every((x) => mine.has(x.unitId!))).toBe(true)
    expect(all.total).toBe(4 + 3) // kabid, kasub, staff1, staff2 and the three added
    const pages = await allPages(kabid, '', 3)
    expect(pages.flatMap((p) => p.rows)).toEqual(all.rows)
    expect(pages[0]!.totals?.entries).toBe(3)
    await get(kabid, `/api/reports/progress-discipline?year=2026&unitId=${o.units.bidangB.id}`, 404)
    await get(staff1, '/api/reports/progress-discipline?year=2026&page=2', 403)
    // A unit filter pages that unit's people only.
    const b = await discipline(admin, `unitId=${o.units.bidangB.id}&pageSize=10&page=6`)
    expect(b.total).toBe(53) // staff B and the 52 added
    expect(b.rows.map((x) => x.label)).toEqual([
      'Pegawai B 51',
      'Pegawai B 52',
      'Staf B (bidang tanpa kepala)',
    ])
  })

  it('exports every row, whatever page the screen shows', async () => {
    const all = await discipline(admin, 'pageSize=200')
    expect(all.total).toBeGreaterThan(50)
    for (const query of ['', '&page=2&pageSize=5']) {
      const res = await t.as(admin, {
        method: 'GET',
        url: `/api/reports/progress-discipline/export.csv?year=2026${query}`,
      })
      expect(res.statusCode).toBe(200)
      const lines: string[][] = parse(res.rawPayload, { bom: true, relax_column_count: true })
      const header = lines.findIndex((l) => l[0] === 'Pegawai')
      const total = lines.findIndex((l) => l[0] === 'Jumlah' || l[0] === 'Total')
      expect(header).toBeGreaterThan(0)
      const body = lines.slice(header + 1, total)
      expect(body.map((l) => l[0])).toEqual(all.rows.map((x) => x.label))
      expect(lines[total]!.slice(2).map(Number)).toEqual([
        all.totals?.entries,
        all.totals?.lateEntries,
        all.totals?.workingDaysWithoutEntry,
      ])
    }
  })
})
