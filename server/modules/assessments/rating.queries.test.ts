import { describe, expect, it } from 'vitest'
import type { BawahanList } from '../../../shared/assessments.ts'
import { ASSESSMENTS, assessmentKit } from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { statementRecorder } from '../../test/statements.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * "GET /bawahan issues the same number of statements for 3 or 30 subordinates" (no N+1): every
 * SQL statement of the app goes through a pooled client's `query`; the pool's `acquire` event
 * lets the test wrap each client once, so the count covers the whole request through the real
 * app (session, org, periods, skp and assessments), whatever module issues it.
 */
const t = await setupTestApp()
const a = assessmentKit(t)

const record = statementRecorder(t.db.$client)

async function count(who: TestPerson, url: string) {
  const session = await a.session(who)
  // Warm up: assessments created, the org structure cache and the session in their steady state.
  expect((await t.as(session, { method: 'GET', url })).statusCode).toBe(200)
  const { result: res, statements } = await record(() => t.as(session, { method: 'GET', url }))
  expect(res.statusCode, res.body).toBe(200)
  return { n: statements.length, statements, body: res.json<BawahanList>() }
}

/**
 * A head of a unit with `size` staff, each with an approved SKP; two of them submitted (one
 * rated), one more with a draft SKP (missing), and the unit's predikat kinerja organisasi set
 * by the admin (a top unit).
 */
async function team(size: number) {
  const inst = await t.f.instansi()
  const adminAccount = await t.f.account(inst.id)
  const admin = await a.session(adminAccount)
  const year = await t.as(admin, {
    method: 'POST',
    url: '/api/periods/years',
    payload: {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
      loadLocalHolidays: null,
    },
  })
  expect(year.statusCode, year.body).toBe(201)
  const q4 = year
    .json<{ periods: { id: string; kind: string; seq: number; year: number }[] }>()
    .periods.find((p) => p.kind === 'quarterly' && p.seq === 4)!
  const unit = await t.f.unit(inst.id, `Bidang ${size}`)
  const head = await t.f.pegawai(inst.id, unit.id, { head: true, name: 'Kepala Bidang' })
  const headSkp = await a.k.skpWith(head, ['Terselenggaranya pelayanan bidang'])
  for (let i = 0; i < size; i++) {
    const p = await t.f.pegawai(inst.id, unit.id, { name: `Staf ${String(i).padStart(2, '0')}` })
    await a.k.skpWith(p, ['Tersusunnya laporan', 'Terkelolanya arsip'], {
      intervene: [[headSkp.rhk[0]!.id], [headSkp.rhk[0]!.id]],
      approveBy: head,
    })
    if (i < 2) {
      const d = await a.submitted(p, q4)
      if (i === 0) {
        const res = await a.call(head, 'POST', `${ASSESSMENTS}/${d.id}/rate`, {
          version: d.version,
          ratingHasil: 'sesuai',
          ratingPerilaku: 'sesuai',
        })
        expect(res.statusCode, res.body).toBe(200)
      }
    }
  }
  const drafty = await t.f.pegawai(inst.id, unit.id, { name: 'Staf Draf' })
  await a.k.skpWith(drafty, ['Tersusunnya laporan'], { intervene: [[headSkp.rhk[0]!.id]] })
  const org = await t.as(admin, {
    method: 'PUT',
    url: `${ASSESSMENTS}/org-predikat`,
    payload: { unitId: unit.id, periodId: q4.id, value: 'baik', note: null },
  })
  expect(org.statusCode, org.body).toBe(200)
  return { head, q4, size }
}

describe('queries per GET /bawahan', () => {
  it('do not grow with the number of subordinates (3 vs 30)', async () => {
    const small = await team(3)
    const large = await team(30)
    const a3 = await count(small.head, `${ASSESSMENTS}/bawahan?periodId=${small.q4.id}`)
    const a30 = await count(large.head, `${ASSESSMENTS}/bawahan?periodId=${large.q4.id}`)
    expect(a3.body.items).toHaveLength(3)
    expect(a30.body.items).toHaveLength(30)
    for (const r of [a3, a30]) {
      expect(r.body.missing.map((m) => m.name)).toEqual(['Staf Draf'])
      expect(r.body.distributions).toHaveLength(1)
      expect(r.body.distributions[0]).toMatchObject({ check: { orgPredikat: 'baik', rated: 1 } })
    }
    expect(a30.body.distributions[0]!.people).toHaveLength(30)
    expect(a30.n, a30.statements.join('\n')).toBe(a3.n)
    // A fixed, small number (29 when written): session, org cache check, period, SKPs, the
    // lists, the summaries' context and the distribution's aggregate.
    expect(a3.n).toBeLessThanOrEqual(35)
  })
})
