import type pg from 'pg'
import { describe, expect, it } from 'vitest'
import type { Monitoring } from '../../../shared/activities.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
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
const statements: string[] = []
let recording = false
const wrapped = new WeakSet<pg.PoolClient>()
pool.on('acquire', (client) => {
  if (wrapped.has(client)) return
  wrapped.add(client)
  const original = client.query.bind(client) as (...args: unknown[]) => unknown
  ;(client as { query: unknown }).query = (...args: unknown[]) => {
    if (recording) {
      const q = args[0]
      statements.push(typeof q === 'string' ? q : ((q as { text?: string }).text ?? '?'))
    }
    return original(...args)
  }
})

async function count(who: { username: string }, url: string) {
  const session = await k.session(who)
  // Warm up: the org structure cache and the session are then in their steady state.
  expect((await t.as(session, { method: 'GET', url })).statusCode).toBe(200)
  statements.length = 0
  recording = true
  const res = await t.as(session, { method: 'GET', url })
  recording = false
  expect(res.statusCode, res.body).toBe(200)
  return { n: statements.length, statements: [...statements], body: res.json<Monitoring>() }
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
    await fx.progress(inst.id, p, { ...base, date: '2026-11-20', late: true })
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
      expect(b.n, b.statements.join('\n')).toBe(a.n)
      // A fixed handful: session, org, periods, settings, SKP work plans and the aggregates.
      expect(a.n).toBeLessThanOrEqual(20)
    }
  })
})
