import { describe, expect, it } from 'vitest'
import type { Monitoring } from '../../../shared/activities.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { statementRecorder } from '../../test/statements.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * "A test counts queries per request for the monitoring view (no N+1)" (issue #4). Every SQL
 * statement of the app goes through a pooled client's `query`; the pool's `acquire` event lets
 * the test wrap each client once, so the count covers the whole request through the real app
 * (session, org, periods, skp and activities), whatever module issues it.
 */
const t = await setupTestApp()
const k = skpKit(t)
const fx = atasanFixtures(t)

const pool = t.db.$client
const record = statementRecorder(pool)

async function count(who: { username: string }, url: string) {
  const session = await k.session(who)
  // Warm up: the org structure cache and the session are then in their steady state.
  expect((await t.as(session, { method: 'GET', url })).statusCode).toBe(200)
  const {
    result: res,
    statements,
    calls,
  } = await record(() => t.as(session, { method: 'GET', url }))
  expect(res.statusCode, res.body).toBe(200)
  return { n: statements.length, statements, recorded: calls, body: res.json<Monitoring>() }
}

/**
 * A head of a unit with `size` staff, each with an SKP of two RHK and entries today, earlier
 * in the period (one late, one flagged, one duplicate text) and before it.
 */
async function team(size: number) {
  const inst = await t.f.instansi()
  const admin = await t.f.account(inst.id)
  await fx.setUpYear(admin)
  const unit = await t.f.unit(inst.id, `Bidang ${size}`)
  const head = await t.f.pegawai(inst.id, unit.id, { head: true, name: 'Kepala Bidang' })
  const staff: TestPerson[] = []
  for (let i = 0; i < size; i++) {
    const p = await t.f.pegawai(inst.id, unit.id, { name: `Staf ${String(i).padStart(2, '0')}` })
    const skp = await k.skpWith(p, ['Menyusun laporan', 'Mengelola arsip'])
    const base = { skpId: skp.id, rhkId: skp.rhk[0]!.id }
    await fx.progress(inst.id, p, base)
    await fx.progress(inst.id, p, {
      ...base,
      date: '2026-11-20',
      late: true,
      verificationStatus: 'sesuai',
    })
    await fx.progress(inst.id, p, { ...base, date: '2026-11-19', flags: ['vague'] })
    await fx.progress(inst.id, p, { date: '2026-11-18', description: 'Piket layanan harian' })
    await fx.progress(inst.id, p, { ...base, date: '2026-10-05' })
    staff.push(p)
  }
  return { head, staff }
}

describe('queries per monitoring request', () => {
  it('do not grow with the number of subordinates (3 vs 30)', async () => {
    const small = await team(3)
    const large = await team(30)
    for (const scope of ['direct', 'all']) {
      const url = `/api/activities/monitoring?scope=${scope}`
      const a = await count(small.head, url)
      const b = await count(large.head, url)
      // The views are real: every subordinate has a full row.
      expect(a.body.rows).toHaveLength(3)
      expect(b.body.rows).toHaveLength(30)
      expect(b.body.rows.every((r) => r.entriesOnDate === 1 && r.lateInPeriod === 1)).toBe(true)
      expect(b.body.rows.every((r) => r.flaggedInPeriod === 2 && r.staleRhk === 1)).toBe(true)
      expect(b.body.rows.every((r) => r.entriesInPeriod === 4 && r.pendingVerification === 3)).toBe(
        true,
      )
      expect(b.n, b.statements.join('\n')).toBe(a.n)
      // A fixed handful (decision 0026): session, org, the context (time zone, settings and
      // period in one statement), the period counts, the stale RHK — no SKP work plans with
      // their indikator, no instansi row again.
      expect(a.n, a.statements.join('\n')).toBeLessThanOrEqual(7)
      expect(a.statements.some((s) => /\bindikator\b/.test(s))).toBe(false)
      expect(
        a.statements.some((s) => s.startsWith('select "id", "code", "name", "time_zone"')),
      ).toBe(false)
    }
  })
})

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Index Cond'?: string
  Filter?: string
  Plans?: PlanNode[]
}

/** Every scan of `relation` in a plan. */
function relationScans(node: PlanNode, relation: string): PlanNode[] {
  const here = node['Relation Name'] === relation ? [node] : []
  return [...here, ...(node.Plans ?? []).flatMap((p) => relationScans(p, relation))]
}

/** Every scan of a daily_progress partition in a plan, with whether a Limit node is above it. */
function partitionScans(
  node: PlanNode,
  underLimit = false,
): { node: PlanNode; limited: boolean }[] {
  const limited = underLimit || node['Node Type'] === 'Limit'
  const here = node['Relation Name']?.startsWith('daily_progress') ? [{ node, limited }] : []
  return [...here, ...(node.Plans ?? []).flatMap((p) => partitionScans(p, limited))]
}

describe('the monitoring view reads only what it shows', () => {
  it('scans daily_progress only in the period and stale window (pruned partitions); the duplicate check reads the counter table by key', async () => {
    const { head } = await team(3)
    const { recorded, body } = await count(head, '/api/activities/monitoring?date=2026-11-27')
    expect(body.period).toMatchObject({ startDate: '2026-11-01', endDate: '2026-11-30' })
    const onProgress = recorded.filter((s) => /\bdaily_progress\b/.test(s.text))
    // The period's counts (with the duplicate check) and the stale-RHK window; the last entry
    // day comes from report_progress_months.
    expect(onProgress).toHaveLength(2)
    expect(recorded.some((s) => s.text.includes('report_progress_months'))).toBe(true)
    const scans = []
    const plans = new Map<(typeof onProgress)[number], PlanNode>()
    // The test's tables hold a handful of rows, where a sequential scan is as good as any: the
    // plans are asked with it discouraged, so that they show the access path the query allows.
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      await client.query('SET LOCAL enable_seqscan = off')
      for (const s of onProgress) {
        const res = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${s.text}`,
          s.values,
        )
        plans.set(s, res.rows[0]!['QUERY PLAN'][0].Plan)
        scans.push(...partitionScans(res.rows[0]!['QUERY PLAN'][0].Plan))
      }
    } finally {
      await client.query('ROLLBACK')
      client.release()
    }
    expect(scans.length).toBeGreaterThan(0)
    // November only: the monthly partition of the period and of the window (6–27 Nov). No
    // statement counts a text's entries in daily_progress any more.
    expect(new Set(scans.map((s) => s.node['Relation Name']))).toEqual(
      new Set(['daily_progress_y2026m11']),
    )
    expect(scans.some((s) => /text_hash/.test(s.node['Index Cond'] ?? ''))).toBe(false)
    // "Same text on N entries of the instansi" (any day) reads the counter table (exact count
    // per instansi and text) by key: its partial index of the texts used at least twice.
    const counts = onProgress.flatMap((s) => relationScans(plans.get(s)!, 'progress_text_counts'))
    expect(counts.length).toBeGreaterThan(0)
    for (const c of counts) {
      expect(['progress_text_counts_dup_idx', 'progress_text_counts_pkey']).toContain(
        c['Index Name'],
      )
      expect(c['Index Cond']).toMatch(/instansi_id = /)
    }
  })
})
