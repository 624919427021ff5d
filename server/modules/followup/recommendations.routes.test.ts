import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { CoachingList, CoachingPlan, RecommendationList } from '../../../shared/followup.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { setupYear } from '../../test/activities-factories.ts'
import { forceAssessment } from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { followupOffice } from './tpp.fixtures.ts'

/**
 * /api/followup/recommendations and /api/followup/coaching. The predikat history (final,
 * periodic; 2025 Triwulan IV and 2026):
 * - staff1: Sangat Baik in Triwulan IV 2025 and Triwulan I 2026 → reward across the year
 *   boundary; a final annual Kurang is ignored (periodic only).
 * - staff2: Baik in Triwulan II, Butuh Perbaikan in Triwulan III 2026 → coaching.
 * Leaders: kepala (everything), kabid (Bidang A), kasub (Sub Bidang A1; staff's atasan),
 * headB (Bidang B: nobody with results).
 */
const t = await setupTestApp()
const f = await followupOffice(t)
const { a, s, o } = f
const REC = '/api/followup/recommendations'
const COACH = '/api/followup/coaching'
const missing = '00000000-0000-4000-8000-000000000000'

const y2025 = await setupYear(t, s.admin, { year: 2025, frequency: 'quarterly' })
const q4of2025 = y2025.find((p) => p.kind === 'quarterly' && p.seq === 4)!
// staff1's first 2026 assessment becomes the 2025 Triwulan IV result; then a fresh Triwulan I.
const moved = await f.final(o.staff1, s.periods.q1, 'sangat_baik')
await forceAssessment(t.db, moved.id, { periodId: q4of2025.id, year: 2025 })
await f.final(o.staff1, s.periods.q1, 'sangat_baik')
await f.final(o.staff1, s.periods.annual, 'kurang')
await f.final(o.staff2, s.periods.q2, 'baik')
await f.final(o.staff2, s.periods.q3, 'butuh_perbaikan')

const call = (
  who: TestPerson | { username: string } | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) => a.call(who, method, url, payload)
const list = async (who: { username: string }, query = 'year=2026') => {
  const res = await call(who, 'GET', `${REC}?${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<RecommendationList>()
}
const auditsOf = (action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.instansiId, o.instansi.id), eq(auditLog.action, action)))

describe('recommendations', () => {
  it('admin: coaching first, then reward, each explained with its history newest first', async () => {
    const r = await list(o.admin)
    expect(r.year).toBe(2026)
    expect(r.items.map((i) => [i.pegawaiId, i.kind])).toEqual([
      [o.staff2.pegawaiId, 'coaching'],
      [o.staff1.pegawaiId, 'reward'],
    ])
    const [coaching, reward] = r.items
    expect(coaching).toMatchObject({
      name: 'Staf Dua',
      unitName: 'Sub Bidang A1',
      reason: `Predikat Butuh Perbaikan pada ${s.periods.q3.name}`,
      history: [
        { periodName: s.periods.q3.name, predikat: 'butuh_perbaikan' },
        { periodName: s.periods.q2.name, predikat: 'baik' },
      ],
      coachingPlan: null,
      canCoach: true,
    })
    expect(coaching!.nip).toMatch(/^\d{18}$/)
    expect(reward).toMatchObject({
      name: 'Staf Satu',
      reason: `Sangat Baik dua kali berturut-turut (Triwulan IV 2025 dan ${s.periods.q1.name})`,
      history: [
        { periodName: s.periods.q1.name, predikat: 'sangat_baik' },
        { periodName: 'Triwulan IV 2025', predikat: 'sangat_baik' },
      ],
      coachingPlan: null,
      canCoach: false,
    })
  })

  it('reads the year and the year before only', async () => {
    // 2025 (and 2024): staff1's single Sangat Baik is no pattern yet.
    expect((await list(o.admin, 'year=2025')).items).toEqual([])
    // 2027 (and 2026): staff1's 2025 result drops out; staff2's coaching stays.
    expect((await list(o.admin, 'year=2027')).items.map((i) => i.kind)).toEqual(['coaching'])
  })

  it('leaders see their units; canCoach only for the person’s atasan', async () => {
    for (const leader of [o.kepala, o.kabid, o.kasub]) {
      const r = await list(leader)
      expect(
        r.items.map((i) => i.pegawaiId),
        leader.name,
      ).toEqual([o.staff2.pegawaiId, o.staff1.pegawaiId])
      expect(r.items[0]!.canCoach, leader.name).toBe(leader === o.kasub)
    }
    expect((await list(f.headB)).items).toEqual([])
  })

  it('unitId narrows to the unit and below, inside the scope only', async () => {
    expect((await list(o.kabid, `year=2026&unitId=${o.units.sub.id}`)).items).toHaveLength(2)
    expect((await list(o.admin, `year=2026&unitId=${o.units.bidangB.id}`)).items).toEqual([])
    expect((await list(f.headB, `year=2026&unitId=${o.units.bidangB.id}`)).items).toEqual([])
    for (const [who, unitId] of [
      [o.kabid, o.units.bidangB.id],
      [f.headB, o.units.sub.id],
      [o.kasub, o.units.bidang.id],
      [o.admin, missing],
      [o.admin, f.other.units.sub.id],
    ] as const) {
      const res = await call(who, 'GET', `${REC}?year=2026&unitId=${unitId}`)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
  })

  it('anyone else → 403 NOT_LEADER; anonymous → 401', async () => {
    for (const who of [o.staff1, o.staff2, o.staffB, f.pic]) {
      const res = await call(who, 'GET', `${REC}?year=2026`)
      expect(res.statusCode).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEADER' })
    }
    expect((await call(null, 'GET', `${REC}?year=2026`)).statusCode).toBe(401)
  })

  it.each([
    ['', 'year'],
    ['year=abc', 'year'],
    ['year=1999', 'year'],
    ['year=2026&unitId=nope', 'unitId'],
  ])('bad query "%s" → 400 naming %s', async (query, field) => {
    const res = await call(o.admin, 'GET', `${REC}?${query}`)
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })
})

describe('coaching plans', () => {
  const body = {
    pegawaiId: o.staff2.pegawaiId,
    plan: 'Pendampingan penyusunan laporan mingguan bersama Kasubbid',
    followUpDate: '2027-01-15',
  }
  let plan: CoachingPlan

  it('the atasan writes one (201, audited); it shows on the recommendation', async () => {
    const res = await call(o.kasub, 'POST', COACH, body)
    expect(res.statusCode, res.body).toBe(201)
    plan = res.json<CoachingPlan>()
    expect(plan).toMatchObject({
      pegawaiId: o.staff2.pegawaiId,
      plan: body.plan,
      followUpDate: '2027-01-15',
      status: 'direncanakan',
      outcome: null,
      createdByName: 'Kasubbid A1',
      createdAt: '2026-11-27T02:00:00.000Z',
      version: 0,
    })
    expect(await auditsOf('coaching_plan.created')).toHaveLength(1)
    const r = await list(o.admin)
    expect(r.items[0]!.coachingPlan).toEqual(plan)
  })

  it('a second open plan → 409 OPEN_PLAN_EXISTS', async () => {
    const res = await call(o.admin, 'POST', COACH, body)
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_PLAN_EXISTS' })
  })

  it('who may write: atasan and admin; supervisors and the person 403; others 404; anonymous 401', async () => {
    const other = { ...body, pegawaiId: o.staff1.pegawaiId }
    for (const who of [o.kabid, o.kepala, o.staff1]) {
      const res = await call(who, 'POST', COACH, other)
      expect(res.statusCode, who.name).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATASAN' })
    }
    for (const who of [o.staff2, o.staffB, f.headB, f.pic, f.other.admin]) {
      const res = await call(who, 'POST', COACH, other)
      expect(res.statusCode, JSON.stringify(who)).toBe(404)
    }
    expect((await call(null, 'POST', COACH, other)).statusCode).toBe(401)
    // The admin may write one for the top of the tree (nobody else can).
    const top = await call(o.admin, 'POST', COACH, { ...body, pegawaiId: o.kepala.pegawaiId })
    expect(top.statusCode, top.body).toBe(201)
  })

  it.each([
    ['a day before today', { followUpDate: '2026-11-26' }, 'followUpDate'],
    ['an impossible date', { followUpDate: '2027-02-30' }, 'followUpDate'],
    ['a wrong date format', { followUpDate: '15-01-2027' }, 'followUpDate'],
    ['a plan too short', { plan: 'Bina' }, 'plan'],
    ['a bad pegawaiId', { pegawaiId: 'x' }, 'pegawaiId'],
  ])('bad input (%s) → 400 with the field', async (_name, patch, field) => {
    const res = await call(o.admin, 'POST', COACH, {
      ...body,
      pegawaiId: o.staff1.pegawaiId,
      ...patch,
    })
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })

  it('an unknown pegawai → 404', async () => {
    const res = await call(o.admin, 'POST', COACH, { ...body, pegawaiId: missing })
    expect(res.statusCode).toBe(404)
  })

  it('today is a valid follow-up date', async () => {
    const res = await call(o.kasub, 'POST', COACH, {
      ...body,
      pegawaiId: o.staff1.pegawaiId,
      followUpDate: '2026-11-27',
    })
    expect(res.statusCode, res.body).toBe(201)
  })

  it('who may read: whoever may see the person; canManage for atasan and admin', async () => {
    for (const [who, manage] of [
      [o.kasub, true],
      [o.admin, true],
      [o.kabid, false],
      [o.kepala, false],
      [o.staff2, false],
    ] as const) {
      const res = await call(who, 'GET', `${COACH}?pegawaiId=${o.staff2.pegawaiId}`)
      expect(res.statusCode).toBe(200)
      const got = res.json<CoachingList>()
      expect(got).toMatchObject({ pegawaiId: o.staff2.pegawaiId, canManage: manage })
      expect(got.items.map((p) => p.id)).toEqual([plan.id])
    }
    for (const who of [o.staff1, o.staffB, f.headB, f.pic, f.other.admin]) {
      const res = await call(who, 'GET', `${COACH}?pegawaiId=${o.staff2.pegawaiId}`)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    expect((await call(null, 'GET', `${COACH}?pegawaiId=${o.staff2.pegawaiId}`)).statusCode).toBe(
      401,
    )
    for (const q of ['', 'pegawaiId=x']) {
      const res = await call(o.admin, 'GET', `${COACH}?${q}`)
      expect(res.statusCode).toBe(400)
      expect(Object.keys(res.json().error.fields)).toContain('pegawaiId')
    }
    expect((await call(o.admin, 'GET', `${COACH}?pegawaiId=${missing}`)).statusCode).toBe(404)
  })

  it('update: the atasan changes it (version bumps, audited); stale → 409 with current', async () => {
    const res = await call(o.kasub, 'PUT', `${COACH}/${plan.id}`, {
      followUpDate: '2027-02-01',
      outcome: 'Sudah dua kali pendampingan',
      version: 0,
    })
    expect(res.statusCode, res.body).toBe(200)
    plan = res.json<CoachingPlan>()
    expect(plan).toMatchObject({
      followUpDate: '2027-02-01',
      outcome: 'Sudah dua kali pendampingan',
      status: 'direncanakan',
      version: 1,
    })
    const stale = await call(o.admin, 'PUT', `${COACH}/${plan.id}`, { plan: body.plan, version: 0 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' })
    expect(stale.json().current).toMatchObject({ id: plan.id, version: 1 })
    expect(await auditsOf('coaching_plan.updated')).toHaveLength(1)
  })

  it('update permissions: supervisors and the person 403; others 404; anonymous 401', async () => {
    const patch = { plan: body.plan, version: 1 }
    for (const who of [o.kabid, o.kepala, o.staff2]) {
      const res = await call(who, 'PUT', `${COACH}/${plan.id}`, patch)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.reason).toBe('NOT_ATASAN')
    }
    for (const who of [o.staff1, f.headB, f.pic, f.other.admin]) {
      const res = await call(who, 'PUT', `${COACH}/${plan.id}`, patch)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    expect((await call(null, 'PUT', `${COACH}/${plan.id}`, patch)).statusCode).toBe(401)
    expect((await call(o.admin, 'PUT', `${COACH}/${missing}`, patch)).statusCode).toBe(404)
  })

  it.each([
    ['closing without an outcome', { status: 'selesai', outcome: '' }, 'outcome'],
    ['a follow-up date in the past', { followUpDate: '2026-01-01' }, 'followUpDate'],
    ['an unknown status', { status: 'batal' }, 'status'],
    ['no version', { version: undefined }, 'version'],
    ['a short plan', { plan: 'x' }, 'plan'],
  ])('bad update (%s) → 400 with the field', async (_name, patch, field) => {
    const res = await call(o.kasub, 'PUT', `${COACH}/${plan.id}`, { version: 1, ...patch })
    expect(res.statusCode, res.body).toBe(400)
    expect(Object.keys(res.json().error.fields)).toContain(field)
  })

  it('a bad id → 400', async () => {
    const res = await call(o.kasub, 'PUT', `${COACH}/nope`, { version: 1 })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().error.fields)).toContain('id')
  })

  it('closing with an outcome; a closed plan answers 409 PLAN_CLOSED; a new one may follow', async () => {
    const res = await call(o.kasub, 'PUT', `${COACH}/${plan.id}`, {
      status: 'selesai',
      outcome: 'Laporan mingguan kini tepat waktu',
      version: 1,
    })
    expect(res.statusCode, res.body).toBe(200)
    const closed = res.json<CoachingPlan>()
    expect(closed).toMatchObject({
      status: 'selesai',
      outcome: 'Laporan mingguan kini tepat waktu',
      version: 2,
    })
    expect(await auditsOf('coaching_plan.closed')).toHaveLength(1)
    const again = await call(o.kasub, 'PUT', `${COACH}/${plan.id}`, { plan: body.plan, version: 2 })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.reason).toBe('PLAN_CLOSED')
    // The closed plan is the latest until a new one is written; then the open one shows.
    expect((await list(o.admin)).items[0]!.coachingPlan).toEqual(closed)
    const next = await call(o.kasub, 'POST', COACH, { ...body, followUpDate: '2027-03-01' })
    expect(next.statusCode).toBe(201)
    const r = await list(o.admin)
    expect(r.items[0]!.coachingPlan?.id).toBe(next.json<CoachingPlan>().id)
    const history = await call(o.staff2, 'GET', `${COACH}?pegawaiId=${o.staff2.pegawaiId}`)
    expect(history.json<CoachingList>().items.map((p) => p.status)).toEqual([
      'direncanakan',
      'selesai',
    ])
  })
})
