import type pg from 'pg'
import { describe, expect, it } from 'vitest'
import type { Monitoring } from '../../../shared/activities.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * The monitoring view's statements per request after decision 0026: session, the org
 * structure's version check, one context statement (time zone, settings, period), the working
 * calendar, the people's cards, the period counts (aggregates) and the stale-RHK check. The
 * count is the same for 3 and 30 subordinates, and no statement reads the SKP's indikator or
 * the whole instansi row. Counted as monitoring.queries.test.ts does (every pooled client's
 * `query`).
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
      const q = args[0] as string | { text?: string }
      statements.push(typeof q === 'string' ? q : (q.text ?? '?'))
    }
    return original(...args)
  }
})

async function count(who: { username: string }, url: string) {
  const session = await k.session(who)
  expect((await t.as(session, { method: 'GET', url })).statusCode).toBe(200)
  statements.length = 0
  recording = true
  const res = await t.as(session, { method: 'GET', url })
  recording = false
  expect(res.statusCode, res.body).toBe(200)
  return { n: statements.length, statements: [...statements], body: res.json<Monitoring>() }
}

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
    await fx.progress(inst.id, p, { ...base, date: '2026-11-20', verificationStatus: 'sesuai' })
    await fx.progress(inst.id, p, { ...base, date: '2026-11-19', flags: ['vague'] })
    await fx.progress(inst.id, p, { date: '2026-11-18', description: 'Piket layanan harian' })
    staff.push(p)
  }
  return { head, staff }
}

describe('statements per monitoring request (decision 0026)', () => {
  it('seven, for 3 and for 30 subordinates, direct or the whole chain', async () => {
    const small = await team(3)
    const large = await team(30)
    for (const scope of ['direct', 'all']) {
      const url = `/api/activities/monitoring?scope=${scope}`
      const a = await count(small.head, url)
      const b = await count(large.head, url)
      expect(b.body.rows).toHaveLength(30)
      expect(
        b.body.rows.every(
          (r) => r.entriesInPeriod === 4 && r.pendingVerification === 3 && r.flaggedInPeriod === 2,
        ),
      ).toBe(true)
      expect(b.n, b.statements.join('\n')).toBe(a.n)
      expect(a.n, a.statements.join('\n')).toBeLessThanOrEqual(7)
      expect(a.statements.some((s) => /\bindikator\b/.test(s))).toBe(false)
      // The instansi's time zone comes with the context statement, not as a whole row again.
      expect(
        a.statements.some((s) => s.startsWith('select "id", "code", "name", "time_zone"')),
      ).toBe(false)
    }
  })
})
