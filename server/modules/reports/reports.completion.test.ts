import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Report } from '../../../shared/reports.ts'
import { setupAssessmentOffice } from '../../test/assessment-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { compareCompletion, rebuildReportAggregates } from './reports.aggregates.ts'
import * as q from './reports.queries.ts'
import { mulberry32 } from '../../lib/prng.ts'

/**
 * report_completion (decision 0022), the population of the completion reports, stays equal to
 * its live definition through any sequence of writes to skp, assessments, pegawai_exclusions and
 * periods — single rows and whole statements, also concurrent ones — and the reports read it.
 * The writes are plain SQL: the triggers guard the table whatever module writes.
 */
const t = await setupTestApp()
const k = skpKit(t)
const s = await setupAssessmentOffice(t, { kit: k })
const { o } = s
const instansiId = o.instansi.id
const people = [o.staff1, o.staff2, o.kasub, o.kabid]
const units = [...new Set(people.map((p) => p.unitId))]
const periods = s.periods.all

// Days around the quarter ends of 2026, where "covers the period's end" flips.
const DAYS = [
  '2026-01-01',
  '2026-03-30',
  '2026-03-31',
  '2026-04-01',
  '2026-06-30',
  '2026-07-01',
  '2026-09-29',
  '2026-09-30',
  '2026-10-01',
  '2026-12-30',
  '2026-12-31',
]

async function expectExact(step: string) {
  const { drift, live } = await compareCompletion(t.db, instansiId)
  expect(drift, `after ${step}`).toEqual([])
  return live
}

const one = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.db.execute(query)).rows as T[])[0]!

/** An assessment row for a person's SKP and a period (the columns the table requires). */
const insertAssessment = (skpId: string, periodId: string) =>
  t.db.execute(sql`
    INSERT INTO assessments (instansi_id, period_id, year, annual, skp_id, pegawai_id,
      pegawai_name, pegawai_nip, jabatan_name, jabatan_jenis, unit_id, unit_name)
    SELECT s.instansi_id, p.id, p.year, p.kind = 'annual', s.id, s.pegawai_id, s.pegawai_name,
      s.pegawai_nip, s.jabatan_name, s.jabatan_jenis, s.unit_id, s.unit_name
    FROM skp s, periods p WHERE s.id = ${skpId} AND p.id = ${periodId}
    ON CONFLICT DO NOTHING`)

/** A closed extra SKP of a person (a mutation's old SKP), with the given dates. */
const insertClosedSkp = (pegawaiId: string, from: string, to: string, unitId: string) =>
  t.db.execute(sql`
    INSERT INTO skp (instansi_id, pegawai_id, year, start_date, end_date, pendekatan, variant,
      status, pegawai_name, pegawai_nip, unit_id, unit_name, jabatan_id, jabatan_name,
      jabatan_jenis)
    SELECT instansi_id, pegawai_id, year, ${from}, ${to}, pendekatan, variant, 'ditutup',
      pegawai_name, pegawai_nip, ${unitId}, unit_name, jabatan_id, jabatan_name, jabatan_jenis
    FROM skp WHERE pegawai_id = ${pegawaiId} AND year = 2026 ORDER BY created_at LIMIT 1`)

const report = async (key: string, query: string) => {
  const res = await t.as(s.admin, { method: 'GET', url: `/api/reports/${key}?${query}` })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Report>()
}

describe('report_completion', () => {
  it('is filled for the office: every period of everyone with an SKP', async () => {
    const live = await expectExact('the setup')
    expect(live.length).toBeGreaterThanOrEqual(periods.length * 2)
  })

  it('equals a live recount after a random sequence of writes to its four sources', async () => {
    const rnd = mulberry32(20261128)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!
    const span = () => [pick(DAYS), pick(DAYS)].sort() as [string, string]
    for (let step = 1; step <= 60; step++) {
      const who = pick(people)
      const op = rnd()
      if (op < 0.15) {
        const [from, to] = span()
        await t.db.execute(sql`
          INSERT INTO pegawai_exclusions (instansi_id, pegawai_id, reason, start_date, end_date)
          VALUES (${instansiId}, ${who.pegawaiId}, 'cuti_besar', ${from},
            ${rnd() < 0.3 ? null : to})`)
      } else if (op < 0.25) {
        await t.db.execute(sql`
          UPDATE pegawai_exclusions SET start_date = ${pick(DAYS)}, end_date = NULL
          WHERE id = (SELECT id FROM pegawai_exclusions WHERE instansi_id = ${instansiId}
            ORDER BY created_at, id LIMIT 1 OFFSET ${Math.floor(rnd() * 3)})`)
      } else if (op < 0.32) {
        await t.db.execute(sql`
          DELETE FROM pegawai_exclusions WHERE pegawai_id = ${who.pegawaiId}`)
      } else if (op < 0.45) {
        const [from, to] = span()
        await t.db.execute(sql`
          UPDATE skp SET start_date = ${from}, end_date = ${to}, unit_id = ${pick(units)}
          WHERE pegawai_id = ${who.pegawaiId} AND year = 2026
            AND id = (SELECT id FROM skp WHERE pegawai_id = ${who.pegawaiId} AND year = 2026
              ORDER BY random() LIMIT 1)`)
      } else if (op < 0.52) {
        const [from, to] = span()
        await insertClosedSkp(who.pegawaiId, from, to, pick(units))
      } else if (op < 0.57) {
        await t.db.execute(sql`
          DELETE FROM skp WHERE pegawai_id = ${who.pegawaiId} AND status = 'ditutup'
            AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.skp_id = skp.id)`)
      } else if (op < 0.72) {
        const skp = await one<{ id: string }>(sql`
          SELECT id FROM skp WHERE pegawai_id = ${who.pegawaiId} AND status <> 'ditutup'
            AND year = 2026`)
        await insertAssessment(skp.id, pick(periods).id)
      } else if (op < 0.87) {
        await t.db.execute(sql`
          UPDATE assessments SET submitted_at = CASE WHEN submitted_at IS NULL THEN now() END,
            late = ${rnd() < 0.5}
          WHERE pegawai_id = ${who.pegawaiId} AND period_id = ${pick(periods).id}`)
      } else if (op < 0.92) {
        // Changes that must not move anything (another column) — and whole-table statements.
        await t.db.execute(sql`UPDATE assessments SET version = version + 1
          WHERE instansi_id = ${instansiId}`)
        await t.db.execute(sql`UPDATE skp SET version = version + 1
          WHERE instansi_id = ${instansiId}`)
      } else if (op < 0.96) {
        await t.db.execute(sql`
          UPDATE assessments SET late = NOT late WHERE instansi_id = ${instansiId}`)
      } else {
        const p = pick(periods.filter((x) => x.kind !== 'annual'))
        const shift = rnd() < 0.5 ? -1 : 1
        await t.db.execute(sql`
          UPDATE periods SET end_date = end_date + ${shift}::int WHERE id = ${p.id}`)
        await expectExact(`step ${step} (period moved)`)
        await t.db.execute(sql`
          UPDATE periods SET end_date = end_date - ${shift}::int WHERE id = ${p.id}`)
      }
      if (step % 6 === 0) await expectExact(`step ${step}`)
    }
    const live = await expectExact('the sequence')
    expect(live.some((r) => r.excluded)).toBe(true)
    expect(live.some((r) => r.submitted)).toBe(true)
  })

  it('stays exact under concurrent writes of the same person', async () => {
    const who = o.staff1
    const skp = await one<{ id: string }>(sql`
      SELECT id FROM skp WHERE pegawai_id = ${who.pegawaiId} AND status <> 'ditutup'`)
    for (const p of periods) await insertAssessment(skp.id, p.id)
    // Each transaction writes, then waits, so both are open at once.
    const slow = (query: ReturnType<typeof sql>) =>
      t.db.transaction(async (tx) => {
        await tx.execute(query)
        await tx.execute(sql`SELECT pg_sleep(0.2)`)
      })
    await Promise.all([
      slow(sql`UPDATE assessments SET submitted_at = now(), late = true
        WHERE pegawai_id = ${who.pegawaiId}`),
      slow(sql`INSERT INTO pegawai_exclusions (instansi_id, pegawai_id, reason, start_date)
        VALUES (${instansiId}, ${who.pegawaiId}, 'pensiun', '2026-09-30')`),
      slow(sql`UPDATE skp SET unit_id = ${o.staff2.unitId} WHERE id = ${skp.id}`),
    ])
    const live = await expectExact('concurrent writes')
    const mine = live.filter((r) => r.pegawai_id === who.pegawaiId)
    expect(mine.some((r) => r.excluded && r.submitted && r.late)).toBe(true)
  })

  it('is rebuilt set-based to the same rows, and the reports do not change', async () => {
    const queries = ['year=2026', `year=2026&periodId=${s.periods.q4.id}`]
    const keys = ['periodic-completion', 'annual-completion']
    const before = await Promise.all(queries.flatMap((qs) => keys.map((k) => report(k, qs))))
    await t.db.execute(sql`UPDATE report_completion SET submitted = NOT submitted`)
    await t.db.execute(sql`DELETE FROM report_completion WHERE excluded`)
    expect((await compareCompletion(t.db, instansiId)).drift).not.toEqual([])
    await rebuildReportAggregates(t.db, instansiId)
    await expectExact('the rebuild of one instansi')
    await rebuildReportAggregates(t.db)
    await expectExact('the rebuild of all')
    const after = await Promise.all(queries.flatMap((qs) => keys.map((k) => report(k, qs))))
    const strip = (r: Report) => ({ ...r, generatedAt: null })
    expect(after.map(strip)).toEqual(before.map(strip))
  })

  it('is what the completion counts read: no plan touches skp or assessments', async () => {
    const plan = async (query: ReturnType<typeof sql>) =>
      ((await t.db.execute(sql`EXPLAIN ${query}`)).rows as { 'QUERY PLAN': string }[])
        .map((r) => r['QUERY PLAN'])
        .join('\n')
    const p = { instansiId, periodIds: periods.map((x) => x.id), unitIds: null }
    for (const text of [
      await plan(q.completionCountsSql(p)),
      await plan(q.completionExclusionsSql(p)),
    ]) {
      expect(text).toMatch(/report_completion/)
      expect(text).not.toMatch(/\bskp\b|assessments/)
    }
  })
})
