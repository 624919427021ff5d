import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { logProgress } from '../../test/activities-factories.ts'
import { setupAssessmentOffice } from '../../test/assessment-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { statementRecorder } from '../../test/statements.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { mulberry32 } from '../../lib/prng.ts'
import * as q from './reports.queries.ts'

/**
 * The read paths of decision 0025 give what a recount from the base tables gives: the per-person
 * daily-progress counts from year rows (read alone for people without entries outside the range),
 * month rows of partial months (running totals only for people with entries on both sides), the
 * dashboard's one-pass per-unit figures, and the pages of progress-discipline cut without sorting
 * everyone.
 */
const t = await setupTestApp()
const k = skpKit(t)
const s = await setupAssessmentOffice(t, { kit: k })
const { o } = s
const instansiId = o.instansi.id
const staff = [await k.session(o.staff1), await k.session(o.staff2)]
// More people with the same names in several units (ties by name go by NIP, then id).
const extra = [
  await t.f.pegawai(instansiId, o.units.bidangB.id, { name: 'Staf Dua' }),
  await t.f.pegawai(instansiId, o.units.root.id, { name: 'Staf Dua' }),
  await t.f.pegawai(instansiId, o.units.sub.id, { name: 'Ani' }),
  await t.f.pegawai(instansiId, o.units.bidang.id, { name: 'Zaki' }),
]

const DAYS = [
  '2026-01-02',
  '2026-01-31',
  '2026-02-27',
  '2026-06-30',
  '2026-10-01',
  '2026-10-29',
  '2026-10-30',
  '2026-10-31',
  '2026-11-01',
  '2026-11-02',
  '2026-11-26',
  '2026-11-27',
]

async function seed() {
  const rnd = mulberry32(20261128)
  for (let i = 0; i < 24; i++) {
    const session = staff[i % 2]!
    const h = 7 + (i % 9)
    await logProgress(t, session, {
      date: DAYS[Math.floor(rnd() * DAYS.length)]!,
      startTime: `${String(h).padStart(2, '0')}:00`,
      endTime: `${String(h + 1).padStart(2, '0')}:00`,
    })
  }
  // Entries the API refuses (after today, other years) and entries of the extra people, by SQL:
  // copies of staff entries with another date / person, lateness and link flipped for some.
  const copy = (pegawaiId: string, dates: string[]) =>
    t.db.execute(sql`
      INSERT INTO daily_progress
      SELECT (jsonb_populate_record(dp, jsonb_build_object('id', gen_random_uuid(),
        'client_id', gen_random_uuid(), 'pegawai_id', ${pegawaiId}::uuid, 'date', x.d,
        'late', (extract(day FROM x.d)::int % 2 = 0), 'rhk_id',
        CASE WHEN extract(day FROM x.d)::int % 3 = 0 THEN NULL ELSE dp.rhk_id END))).*
      FROM daily_progress dp, unnest(${sql.param(dates)}::date[]) AS x(d)
      WHERE dp.id = (SELECT id FROM daily_progress WHERE instansi_id = ${instansiId}
        AND pegawai_id = ${o.staff1.pegawaiId} LIMIT 1)`)
  await copy(o.staff1.pegawaiId, ['2026-11-28', '2026-12-01', '2027-01-02'])
  await copy(o.staff2.pegawaiId, ['2025-12-31', '2026-11-30'])
  await copy(extra[0]!.pegawaiId, ['2026-10-30', '2026-10-31', '2026-11-02', '2026-11-03'])
  await copy(extra[1]!.pegawaiId, ['2026-03-02', '2026-11-27'])
  await copy(extra[2]!.pegawaiId, ['2026-10-02', '2026-10-30'])
}
await seed()

/** Records the SQL statements of one request (from the session lookup to the answer). */
const record = statementRecorder(t.db.$client)

const workingDays = (from: string, to: string) => {
  const days: string[] = []
  for (let d = new Date(`${from}T00:00Z`); d <= new Date(`${to}T00:00Z`);) {
    if (d.getUTCDay() % 6 !== 0) days.push(d.toISOString().slice(0, 10))
    d = new Date(d.getTime() + 86_400_000)
  }
  return days
}

/** The per-person counts of a range straight from daily_progress. */
async function recount(from: string, to: string, wd: readonly string[]) {
  return (
    await t.db.execute(sql`
      SELECT pegawai_id, count(*)::int AS entries,
        count(*) FILTER (WHERE late)::int AS late_entries,
        count(*) FILTER (WHERE rhk_id IS NULL)::int AS unlinked,
        count(DISTINCT date) FILTER (WHERE date = ANY(${sql.param([...wd])}::date[]))::int AS days_with_entry
      FROM daily_progress
      WHERE instansi_id = ${instansiId} AND date BETWEEN ${from}::date AND ${to}::date
      GROUP BY pegawai_id
      ORDER BY pegawai_id`)
  ).rows
}

describe('report reads (decision 0025)', () => {
  it('count daily progress per person as a recount from daily_progress does', async () => {
    const ranges = [
      ['2026-01-01', '2026-11-27'],
      ['2026-01-01', '2026-11-28'],
      ['2026-01-01', '2026-12-31'],
      ['2026-02-01', '2026-11-30'],
      ['2026-02-10', '2026-11-26'],
      ['2026-01-31', '2026-10-30'],
      ['2025-12-15', '2026-11-27'],
      ['2025-01-01', '2027-12-31'],
      ['2026-10-29', '2026-11-27'],
      ['2026-10-30', '2026-11-02'],
      ['2026-10-31', '2026-10-31'],
      ['2026-11-01', '2026-11-27'],
      ['2026-11-02', '2026-11-26'],
      ['2026-07-01', '2026-09-30'],
      ['2026-03-02', '2026-03-01'],
    ]
    let compared = 0
    for (const [from, to] of ranges) {
      for (const wd of [[], workingDays(from!, to!)]) {
        const expected = await recount(from!, to!, wd)
        for (const min of [1, 7, 13]) {
          const got = (
            await t.db.execute(
              q.progressByPersonSql(instansiId, { from: from!, to: to!, workingDays: wd }, min),
            )
          ).rows
          expect(got, `${from}..${to} (${wd.length} working days, year from ${min})`).toEqual(
            expected,
          )
          compared += expected.length
        }
      }
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('give the dashboard the same per-unit figures in one pass as the two reports', async () => {
    const base = { instansiId, day: '2026-11-27', activeOnly: true, unitIds: null }
    for (const [from, to] of [
      ['2026-10-29', '2026-11-27'],
      ['2026-10-30', '2026-11-28'],
      ['2026-01-01', '2026-11-27'],
    ]) {
      for (const unitIds of [null, [o.units.sub.id, o.units.bidangB.id]]) {
        const p = { ...base, unitIds, year: 2026, from: from!, to: to! }
        const combined = await q.dashboardCounts(t.db, p)
        const byUnit = <T extends { unit_id: string }>(xs: T[]) =>
          [...xs].sort((a, b) => a.unit_id.localeCompare(b.unit_id))
        const skpKeys = [
          'unit_id',
          'employees',
          'draft',
          'diajukan',
          'dikembalikan',
          'disetujui',
          'missing',
          'excluded',
        ] as const
        expect(
          byUnit(combined).map((r) => Object.fromEntries(skpKeys.map((k) => [k, r[k]]))),
        ).toEqual(byUnit(await q.skpStatusCounts(t.db, p)))
        const progress = byUnit(await q.progressCounts(t.db, p))
        expect(progress.length).toBeGreaterThan(0)
        expect(
          byUnit(combined.filter((r) => r.progress_people > 0)).map((r) => ({
            unit_id: r.unit_id,
            entries: r.entries,
            late_entries: r.late_entries,
          })),
        ).toEqual(
          progress.map((r) => ({
            unit_id: r.unit_id,
            entries: r.entries,
            late_entries: r.late_entries,
          })),
        )
      }
    }
  })

  it('cut progress-discipline pages as slices of the whole sorted list', async () => {
    const units = (
      await t.db.execute(sql`SELECT id FROM units WHERE instansi_id = ${instansiId} ORDER BY name`)
    ).rows.map((r) => (r as { id: string }).id)
    const wd = workingDays('2026-01-01', '2026-11-26')
    const base = {
      instansiId,
      day: '2026-11-27',
      activeOnly: true,
      unitIds: null,
      from: '2026-01-01',
      to: '2026-11-27',
      workingDays: wd,
    }
    // Zaki took his (only) position in June: working days count from then. Ani held an earlier,
    // ended position in another unit: her working days count from that one.
    const [, , ani, zaki] = extra
    await t.db.execute(sql`UPDATE position_history SET start_date = '2026-06-01'
      WHERE pegawai_id = ${zaki!.pegawaiId}`)
    await t.db.execute(sql`
      INSERT INTO position_history (instansi_id, pegawai_id, unit_id, jabatan_id, start_date, end_date)
      SELECT instansi_id, pegawai_id, ${o.units.bidangB.id}, jabatan_id, '2024-01-01', '2024-12-31'
      FROM position_history WHERE pegawai_id = ${ani!.pegawaiId}`)
    const full = await q.disciplinePeople(t.db, { ...base, unitOrder: units, page: null })
    const wdOf = (id: string) => full.rows.find((r) => r.pegawai_id === id)?.working_days
    expect(wdOf(zaki!.pegawaiId)).toBe(wd.filter((d) => d >= '2026-06-01').length)
    expect(wdOf(ani!.pegawaiId)).toBe(wd.length)
    // Tree-like order, reversed, and a partial order (units left out sort as the first one).
    for (const unitOrder of [units, [...units].reverse(), units.slice(1, 3)]) {
      const all = await q.disciplinePeople(t.db, { ...base, unitOrder, page: null })
      expect(all.total).toBeGreaterThanOrEqual(9)
      expect(all.rows).toHaveLength(all.total)
      for (const limit of [1, 2, 3, 4, 50]) {
        for (let offset = 0; offset <= all.total + 1; offset += limit) {
          const page = await q.disciplinePeople(t.db, {
            ...base,
            unitOrder,
            page: { limit, offset },
          })
          expect(page.rows, `limit ${limit} offset ${offset}`).toEqual(
            all.rows.slice(offset, offset + limit),
          )
          expect({ ...page, rows: [] }).toEqual({ ...all, rows: [] })
        }
      }
    }
  })

  it('answer the dashboard and each report in a bounded number of statements', async () => {
    const counts: Record<string, number> = {}
    for (const path of [
      'dashboard?year=2026',
      ...[
        'periodic-completion',
        'annual-completion',
        'adoption',
        'skp-status',
        'progress-discipline',
        'predikat-distribution',
        'unlinked-activities',
      ].map((k) => `${k}?year=2026`),
    ]) {
      const { result, statements } = await record(() =>
        t.as(s.admin, { method: 'GET', url: `/api/reports/${path}` }),
      )
      expect(result.statusCode, result.body).toBe(200)
      counts[path.split('?')[0]!] = statements.length
    }
    // Before decision 0025 (bench probe, national set): dashboard 33, periodic-completion 16,
    // annual-completion 17, adoption 11, skp-status 11, progress-discipline 17,
    // predikat-distribution 20, unlinked-activities 16.
    // At most (the session lookup and the periods module's reads are counted too).
    const bounds: Record<string, number> = {
      dashboard: 21,
      'periodic-completion': 12,
      'annual-completion': 13,
      adoption: 7,
      'skp-status': 7,
      'progress-discipline': 13,
      'predikat-distribution': 16,
      'unlinked-activities': 12,
    }
    for (const [key, n] of Object.entries(bounds)) expect(counts[key], key).toBeLessThanOrEqual(n)
  })
})
