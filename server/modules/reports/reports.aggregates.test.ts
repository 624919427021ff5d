import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Progress } from '../../../shared/activities.ts'
import type { Report } from '../../../shared/reports.ts'
import { ACTIVITIES, logProgress } from '../../test/activities-factories.ts'
import { setupAssessmentOffice } from '../../test/assessment-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { compareReportAggregates, rebuildReportAggregates } from './reports.aggregates.ts'
import * as q from './reports.queries.ts'
import { mulberry32 } from '../../lib/prng.ts'

/**
 * The report aggregates of daily progress (decision 0013) stay equal to a live recount through
 * any sequence of creates, edits, moves (across days, months — and so partitions — and people)
 * and deletes, also concurrent ones on the same day; the reports read them and never scan
 * daily_progress.
 */
const t = await setupTestApp()
const k = skpKit(t)
const s = await setupAssessmentOffice(t, { kit: k })
const { o } = s
const instansiId = o.instansi.id
const staff = [
  { session: await k.session(o.staff1), person: o.staff1, rhk: s.skp1.rhk.map((r) => r.id) },
  { session: await k.session(o.staff2), person: o.staff2, rhk: s.skp2.rhk.map((r) => r.id) },
]

// Days around month ends (Sep → Oct → Nov 2026, up to the test clock's 27 Nov), weekends too.
const DAYS = [
  '2026-09-29',
  '2026-09-30',
  '2026-10-01',
  '2026-10-02',
  '2026-10-15',
  '2026-10-30',
  '2026-10-31',
  '2026-11-01',
  '2026-11-02',
  '2026-11-26',
  '2026-11-27',
]

async function expectExact(step: string) {
  const { drift, live } = await compareReportAggregates(t.db, instansiId)
  expect(drift, `after ${step}`).toEqual([])
  return live
}

async function patch(session: Session, entry: Progress, body: Record<string, unknown>) {
  const res = await t.as(session, {
    method: 'PATCH',
    url: `${ACTIVITIES}/progress/${entry.id}`,
    payload: { version: entry.version, ...body },
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Progress>()
}

async function remove(session: Session, entry: Progress) {
  const res = await t.as(session, { method: 'DELETE', url: `${ACTIVITIES}/progress/${entry.id}` })
  expect(res.statusCode, res.body).toBe(200)
}

const report = async (key: string, query: string) => {
  const res = await t.as(s.admin, { method: 'GET', url: `/api/reports/${key}?${query}` })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Report>()
}

describe('report aggregates of daily progress', () => {
  it('equal a live recount after a random sequence of creates, edits, moves and deletes', async () => {
    const rnd = mulberry32(20261127)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
    const entries: { who: (typeof staff)[number]; entry: Progress }[] = []
    const hour = () => 7 + Math.floor(rnd() * 8)
    for (let step = 1; step <= 70; step++) {
      const op = entries.length < 4 ? 0 : rnd()
      if (op < 0.45) {
        const who = pick(staff)
        const start = hour()
        const entry = await logProgress(t, who.session, {
          date: pick(DAYS),
          startTime: `${String(start).padStart(2, '0')}:00`,
          endTime: `${String(start + 1).padStart(2, '0')}:00`,
          rhkId: rnd() < 0.3 ? null : pick(who.rhk),
        })
        entries.push({ who, entry })
      } else if (op < 0.75) {
        const e = pick(entries)
        const body: Record<string, unknown> =
          rnd() < 0.6 ? { date: pick(DAYS) } : { rhkId: rnd() < 0.5 ? null : pick(e.who.rhk) }
        e.entry = await patch(e.who.session, e.entry, body)
      } else {
        const i = Math.floor(rnd() * entries.length)
        const [e] = entries.splice(i, 1)
        await remove(e!.who.session, e!.entry)
      }
      if (step % 10 === 0) await expectExact(`step ${step}`)
    }
    const live = await expectExact('the sequence')
    expect(live.length).toBeGreaterThan(2)
    expect(live.some((r) => r.late_entries > 0)).toBe(true)
    expect(live.some((r) => r.unlinked > 0)).toBe(true)
  })

  it('follow writes the API does not make: another person, lateness, many rows at once', async () => {
    const [a, b] = staff
    await logProgress(t, a!.session, { date: '2026-10-30' })
    await logProgress(t, a!.session, { date: '2026-11-02', rhkId: a!.rhk[0] })
    await t.db.execute(sql`
      UPDATE daily_progress SET pegawai_id = ${b!.person.pegawaiId}
      WHERE pegawai_id = ${a!.person.pegawaiId} AND date = '2026-10-30'`)
    await expectExact('moving entries to another person')
    await t.db.execute(
      sql`UPDATE daily_progress SET late = NOT late WHERE instansi_id = ${instansiId}`,
    )
    await expectExact('flipping lateness of every entry in one statement')
    await t.db.execute(sql`
      UPDATE daily_progress SET date = date - 1 WHERE instansi_id = ${instansiId}
        AND extract(day FROM date) = 1`)
    await expectExact('moving first-of-month entries into the previous month')
    await t.db.execute(sql`
      UPDATE daily_progress SET rhk_id = NULL
      WHERE instansi_id = ${instansiId} AND rhk_id IS NOT NULL AND date >= '2026-11-01'`)
    await expectExact('unlinking entries')
    await t.db.execute(sql`DELETE FROM daily_progress WHERE pegawai_id = ${b!.person.pegawaiId}`)
    await expectExact('deleting all entries of a person')
  })

  it('stay exact under concurrent writes of the same person and day', async () => {
    const [a] = staff
    const day = '2026-11-26'
    const made = await Promise.all(
      Array.from({ length: 6 }, () => logProgress(t, a!.session, { date: day })),
    )
    await expectExact('concurrent creates')
    await Promise.all(made.slice(0, 3).map((e) => remove(a!.session, e)))
    await expectExact('concurrent deletes')
    await Promise.all([
      ...made.slice(3).map((e) => remove(a!.session, e)),
      logProgress(t, a!.session, { date: day }),
    ])
    const live = await expectExact('concurrent deletes and a create on the same day')
    const nov = live.find((r) => r.pegawai_id === a!.person.pegawaiId && r.month === '2026-11-01')
    expect((nov?.day_bits ?? 0) & (1 << 25)).not.toBe(0)
  })

  it('are rebuilt set-based to the same numbers, and the reports do not change', async () => {
    await logProgress(t, staff[0]!.session, { date: '2026-10-01' })
    const queries = ['year=2026', `year=2026&periodId=${s.periods.q4.id}`]
    const before = await Promise.all(
      queries.flatMap((qs) => [
        report('unlinked-activities', qs),
        report('progress-discipline', qs),
      ]),
    )
    await t.db.execute(sql`UPDATE report_progress_months SET entries = entries + 5, day_bits = 0`)
    await t.db.execute(sql`DELETE FROM report_progress_days`)
    await t.db.execute(
      sql`UPDATE report_progress_years SET unlinked = unlinked + 1, day_bits[11] = 0`,
    )
    await t.db.execute(sql`
      INSERT INTO report_progress_years
        (instansi_id, pegawai_id, year, entries, late_entries, unlinked, day_bits)
      VALUES (${instansiId}, ${staff[1]!.person.pegawaiId}, 2019, 1, 0, 0,
        array_fill(0, ARRAY[12]))`)
    const broken = (await compareReportAggregates(t.db, instansiId)).drift
    expect(broken.some((d) => d.key.endsWith('/Y2019'))).toBe(true)
    expect(broken.some((d) => d.key.endsWith('/Y2026'))).toBe(true)
    await rebuildReportAggregates(t.db, instansiId)
    await expectExact('the rebuild of one instansi')
    await rebuildReportAggregates(t.db)
    await expectExact('the rebuild of all')
    const after = await Promise.all(
      queries.flatMap((qs) => [
        report('unlinked-activities', qs),
        report('progress-discipline', qs),
      ]),
    )
    const strip = (r: Report) => ({ ...r, generatedAt: null })
    expect(after.map(strip)).toEqual(before.map(strip))
  })

  it('keep the year rows exact through a year move (Dec 31 → Jan 1) and back', async () => {
    const [a] = staff
    const who = a!.person.pegawaiId
    const entry = await logProgress(t, a!.session, { date: '2026-01-01' })
    await expectExact('an entry on Jan 1')
    let moved = entry
    const res = await t.as(a!.session, {
      method: 'PATCH',
      url: `${ACTIVITIES}/progress/${entry.id}`,
      payload: { version: entry.version, date: '2025-12-31' },
    })
    if (res.statusCode === 200) moved = res.json<Progress>()
    else
      await t.db.execute(sql`UPDATE daily_progress SET date = '2025-12-31' WHERE id = ${entry.id}`)
    const years = async () =>
      (
        (
          await t.db.execute(sql`
            SELECT year, entries, day_bits FROM report_progress_years
            WHERE pegawai_id = ${who} AND year IN (2025, 2026) ORDER BY year`)
        ).rows as { year: number; entries: number; day_bits: number[] }[]
      ).map((r) => ({ ...r, dec: r.day_bits[11], jan: r.day_bits[0] }))
    await expectExact('the move to Dec 31 of the year before')
    const y2025 = (await years()).find((r) => r.year === 2025)
    expect(y2025).toMatchObject({ entries: 1, dec: 1 << 30, jan: 0 })
    if (res.statusCode === 200) {
      moved = await patch(a!.session, moved, { date: '2026-01-01' })
      await remove(a!.session, moved)
    } else {
      await t.db.execute(sql`UPDATE daily_progress SET date = '2026-01-01' WHERE id = ${entry.id}`)
      await t.db.execute(sql`DELETE FROM daily_progress WHERE id = ${entry.id}`)
    }
    await expectExact('the move back and the delete')
    expect((await years()).map((r) => r.year)).not.toContain(2025)
  })

  it('give the reports the same numbers from year rows as from month rows', async () => {
    // Entries outside any report range the API allows (after today, other years) by SQL.
    const [a, b] = staff
    await logProgress(t, a!.session, { date: '2026-02-03' })
    await logProgress(t, b!.session, { date: '2026-06-30', rhkId: b!.rhk[0] })
    await logProgress(t, b!.session, { date: '2026-11-27' })
    await t.db.execute(sql`
      INSERT INTO daily_progress
      SELECT (jsonb_populate_record(dp, jsonb_build_object('id', gen_random_uuid(),
        'client_id', gen_random_uuid(), 'date', x.d, 'late', NOT dp.late, 'rhk_id', NULL))).*
      FROM daily_progress dp, unnest(ARRAY['2026-12-01', '2026-11-28', '2027-01-02',
        '2025-12-31']::date[]) AS x(d)
      WHERE dp.instansi_id = ${instansiId} AND dp.date = '2026-11-27'`)
    await expectExact('entries after today and in other years')
    const wd = (from: string, to: string) => {
      const days: string[] = []
      for (let d = new Date(`${from}T00:00Z`); d <= new Date(`${to}T00:00Z`);) {
        if (d.getUTCDay() % 6 !== 0) days.push(d.toISOString().slice(0, 10))
        d = new Date(d.getTime() + 86_400_000)
      }
      return days
    }
    const ranges = [
      ['2026-01-01', '2026-11-27'],
      ['2026-01-01', '2026-12-31'],
      ['2026-02-01', '2026-11-30'],
      ['2026-02-10', '2026-11-26'],
      ['2025-12-15', '2026-11-27'],
      ['2025-01-01', '2027-12-31'],
      ['2026-11-01', '2026-11-27'],
    ]
    let yearReads = 0
    for (const [from, to] of ranges) {
      for (const workingDays of [[], wd(from!, to!)]) {
        const range = { from: from!, to: to!, workingDays }
        const read = async (min?: number) =>
          (await t.db.execute(q.progressByPersonSql(instansiId, range, min))).rows
        const months = await read(13)
        expect(months.length, `${from}..${to}`).toBeGreaterThan(0)
        expect(await read(1), `${from}..${to} from year rows`).toEqual(months)
        expect(await read(), `${from}..${to} as the reports read it`).toEqual(months)
      }
      if (q.progressPlan(q.monthSlices(from!, to!)).year.years.length) yearReads++
    }
    expect(yearReads).toBeGreaterThanOrEqual(4)
  })

  it('are what the reports read: no plan scans daily_progress', async () => {
    const plan = async (query: ReturnType<typeof sql>) =>
      ((await t.db.execute(sql`EXPLAIN ${query}`)).rows as { 'QUERY PLAN': string }[])
        .map((r) => r['QUERY PLAN'])
        .join('\n')
    const base = { instansiId, day: '2026-11-27', activeOnly: true, unitIds: null }
    const plans = [
      await plan(q.progressCountsSql({ ...base, from: '2026-10-29', to: '2026-11-27' })),
      await plan(
        q.disciplinePeopleSql({
          ...base,
          from: '2026-01-01',
          to: '2026-11-27',
          workingDays: ['2026-11-25', '2026-11-26'],
        }),
      ),
      await plan(q.adoptionCountsSql({ ...base, year: 2026 })),
    ]
    for (const p of plans) {
      expect(p).not.toMatch(/daily_progress/)
      expect(p).toMatch(/report_progress_months/)
    }
    expect(plans[0]).toMatch(/report_progress_days/)
  })
})

describe('monthSlices', () => {
  it('splits a range into whole months and the covered days of partial ones', () => {
    const sl = q.monthSlices('2026-10-29', '2026-12-31', ['2026-10-30', '2026-11-02', '2026-12-31'])
    expect(sl.months).toEqual(['2026-10-01', '2026-11-01', '2026-12-01'])
    expect(sl.full).toEqual([false, true, true])
    expect(sl.masks).toEqual([1 << 29, 1 << 1, 1 << 30])
    expect([sl.partMonths, sl.partFrom, sl.partTo]).toEqual([['2026-10-01'], [29], [31]])
    expect(q.monthSlices('2026-02-01', '2026-02-28').full).toEqual([true])
    expect(q.monthSlices('2024-02-01', '2024-02-28').partTo).toEqual([28])
    expect(q.monthSlices('2026-03-02', '2026-03-01').months).toEqual([])
  })
})
