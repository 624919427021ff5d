import { describe, expect, it } from 'vitest'
import type { AssessmentDetail, Extension, MyAssessments } from '../../../shared/assessments.ts'
import {
  ASSESSMENTS,
  assessmentKit,
  atTime,
  forceAssessment,
  type AssessmentOffice,
} from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * The batas pengisian (decision 0010 "Deadline"): submissions are accepted from the start of
 * the period until the end of the effective deadline — the later of the period's deadline and
 * any extension for the person, their unit or an ancestor unit — as local days of the
 * instansi (Asia/Makassar, WITA = UTC+8). After the period's own deadline a submission is
 * marked late for good. The test clock is Friday 27 Nov 2026 10:00 WITA.
 */
const t = await setupTestApp()
const a = assessmentKit(t)

/** The next calendar day. */
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
/** 23:30 WITA of a local day, and 00:10 WITA of the day after it (UTC instants). */
const lateEvening = (day: string) => `${day}T15:30:00Z`
const justAfterMidnight = (day: string) => `${day}T16:10:00Z`

type Res = { statusCode: number; body: string; json<T = unknown>(): T }
function expectReason(res: Res, status: number, reason: string) {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.json<{ error: { reason: string } }>().error.reason).toBe(reason)
}

/**
 * Requests at another time sign in at that time (a session from "now" has expired by then).
 */
async function fresh(who: TestPerson, method: 'GET' | 'POST', url: string, payload?: object) {
  const session = await t.login(who.username)
  return t.as(session, { method, url, ...(payload ? { payload } : {}) })
}
const freshRead = async (who: TestPerson, id: string) => {
  const res = await fresh(who, 'GET', `${ASSESSMENTS}/${id}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<AssessmentDetail>()
}
const freshMine = async (who: TestPerson) => {
  const res = await fresh(who, 'GET', `${ASSESSMENTS}/mine?year=2026`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<MyAssessments>()
}
const freshSubmit = (who: TestPerson, d: { id: string; version: number }) =>
  fresh(who, 'POST', `${ASSESSMENTS}/${d.id}/submit`, { version: d.version })

async function filled(who: TestPerson, period: { id: string; year: number }) {
  return a.fill(who, await a.open(who, period))
}
const submit = (who: TestPerson, d: AssessmentDetail) =>
  a.call(who, 'POST', `${ASSESSMENTS}/${d.id}/submit`, { version: d.version })

async function extend(s: AssessmentOffice, body: Record<string, unknown>) {
  const res = await a.call(s.o.admin, 'POST', `${ASSESSMENTS}/extensions`, {
    reason: 'Gangguan listrik berhari-hari',
    ...body,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Extension>()
}

describe('the batas pengisian of a period (local days, WITA)', () => {
  it('accepts a submission at 23:30 on the deadline day, on time, and refuses it at 00:10 the day after', async () => {
    const s = await a.setupAssessmentOffice()
    const deadline = s.periods.q4.deadline
    expect(deadline > '2026-12-31').toBe(true)
    const mine = await filled(s.o.staff1, s.periods.q4)
    const theirs = await filled(s.o.staff2, s.periods.q4)
    await atTime(t, lateEvening(deadline), async () => {
      const d = await freshRead(s.o.staff1, mine.id)
      expect(d.actions).toEqual(['submit'])
      const res = await freshSubmit(s.o.staff1, d)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status: 'submitted', late: false })
    })
    await atTime(t, justAfterMidnight(deadline), async () => {
      const d = await freshRead(s.o.staff2, theirs.id)
      expect(d.actions).toEqual([])
      const item = (await freshMine(s.o.staff2)).items.find((i) => i.period.id === s.periods.q4.id)!
      expect(item.open).toBe(false)
      expectReason(await freshSubmit(s.o.staff2, d), 409, 'DEADLINE_PASSED')
    })
    expect((await a.read(s.o.staff2, theirs.id)).status).toBe('draft')
  })

  it('refuses a submission before the period starts (23:30 on the eve), accepts it at 00:10 on day one', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await filled(s.o.staff1, s.periods.q4)
    await atTime(t, lateEvening('2026-09-30'), async () => {
      expect((await freshRead(s.o.staff1, d.id)).actions).toEqual([])
      const item = (await freshMine(s.o.staff1)).items.find((i) => i.period.id === s.periods.q4.id)!
      expect(item.open).toBe(false)
      expectReason(await freshSubmit(s.o.staff1, d), 409, 'PERIOD_NOT_STARTED')
    })
    await atTime(t, justAfterMidnight('2026-09-30'), async () => {
      const res = await freshSubmit(s.o.staff1, d)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ late: false, submittedAt: '2026-09-30T16:10:00.000Z' })
    })
  })

  it('applies the same rules to the annual period', async () => {
    const s = await a.setupAssessmentOffice()
    const deadline = s.periods.annual.deadline
    const mine = await filled(s.o.staff1, s.periods.annual)
    const theirs = await filled(s.o.staff2, s.periods.annual)
    await atTime(t, justAfterMidnight(deadline), async () => {
      expectReason(await freshSubmit(s.o.staff2, theirs), 409, 'DEADLINE_PASSED')
    })
    await atTime(t, lateEvening(deadline), async () => {
      expect((await freshSubmit(s.o.staff1, mine)).statusCode).toBe(200)
    })
  })
})

describe('extensions', () => {
  it('let a person submit after the period’s deadline, marked late for good', async () => {
    const s = await a.setupAssessmentOffice()
    const q3 = s.periods.q3
    const d = await filled(s.o.staff1, q3)
    expect(d).toMatchObject({ effectiveDeadline: q3.deadline, extendedUntil: null, actions: [] })
    expectReason(await submit(s.o.staff1, d), 409, 'DEADLINE_PASSED')
    await extend(s, { periodId: q3.id, pegawaiId: s.o.staff1.pegawaiId, until: '2026-11-30' })
    const extended = await a.read(s.o.staff1, d.id)
    expect(extended).toMatchObject({
      effectiveDeadline: '2026-11-30',
      extendedUntil: '2026-11-30',
      actions: ['submit'],
    })
    const item = (await a.mine(s.o.staff1)).items.find((i) => i.period.id === q3.id)!
    expect(item.open).toBe(true)
    expect(item.assessment?.extendedUntil).toBe('2026-11-30')
    const res = await submit(s.o.staff1, extended)
    expect(res.statusCode, res.body).toBe(200)
    const late = res.json<AssessmentDetail>()
    expect(late).toMatchObject({ status: 'submitted', late: true })
    // A colleague without an extension is still refused.
    expectReason(await submit(s.o.staff2, await filled(s.o.staff2, q3)), 409, 'DEADLINE_PASSED')
    // Reopened by an admin, resubmitted: still late.
    const reopened = await forceAssessment(t.db, late.id, { status: 'reopened' })
    const again = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${late.id}/submit`, {
      version: reopened.version,
    })
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json()).toMatchObject({ status: 'submitted', late: true })
  })

  it('ends at the end of the extension’s local day (23:30 accepted, 00:10 refused)', async () => {
    const s = await a.setupAssessmentOffice()
    const q3 = s.periods.q3
    await extend(s, { periodId: q3.id, unitId: s.o.units.sub.id, until: '2026-11-28' })
    const mine = await filled(s.o.staff1, q3)
    const theirs = await filled(s.o.staff2, q3)
    await atTime(t, lateEvening('2026-11-28'), async () => {
      const res = await freshSubmit(s.o.staff1, mine)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ late: true })
    })
    await atTime(t, justAfterMidnight('2026-11-28'), async () => {
      expectReason(await freshSubmit(s.o.staff2, theirs), 409, 'DEADLINE_PASSED')
    })
  })

  it('for a unit cover its sub-units; the latest applicable extension wins; others are not covered', async () => {
    const s = await a.setupAssessmentOffice()
    const q3 = s.periods.q3
    const d = await a.open(s.o.staff2, q3)
    // Another bidang: not staff2's.
    await extend(s, { periodId: q3.id, unitId: s.o.units.bidangB.id, until: '2026-12-20' })
    // Another period: not this one.
    await extend(s, {
      periodId: s.periods.q2.id,
      pegawaiId: s.o.staff2.pegawaiId,
      until: '2026-12-21',
    })
    // Someone else.
    await extend(s, { periodId: q3.id, pegawaiId: s.o.staff1.pegawaiId, until: '2026-12-22' })
    expect(await a.read(s.o.staff2, d.id)).toMatchObject({
      effectiveDeadline: q3.deadline,
      extendedUntil: null,
    })
    // An extension to the deadline day itself changes nothing (here for the root unit).
    await extend(s, { periodId: q3.id, unitId: s.o.units.root.id, until: q3.deadline })
    expect((await a.read(s.o.staff2, d.id)).extendedUntil).toBeNull()
    // Bidang A, the parent of Sub Bidang A1, and staff2 personally: the later one counts.
    await extend(s, { periodId: q3.id, unitId: s.o.units.bidang.id, until: '2026-12-01' })
    const personal = await extend(s, {
      periodId: q3.id,
      pegawaiId: s.o.staff2.pegawaiId,
      until: '2026-11-29',
    })
    expect(await a.read(s.o.staff2, d.id)).toMatchObject({
      effectiveDeadline: '2026-12-01',
      extendedUntil: '2026-12-01',
    })
    // The assessor's list of the same person shows the same deadline.
    expect((await a.read(s.o.kasub, d.id)).effectiveDeadline).toBe('2026-12-01')
    const del = await a.call(s.o.admin, 'DELETE', `${ASSESSMENTS}/extensions/${personal.id}`)
    expect(del.statusCode).toBe(200)
    expect((await a.read(s.o.staff2, d.id)).effectiveDeadline).toBe('2026-12-01')
  })

  it('do not hold back a reopened assessment, whose late mark stays as it was', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.submitted(s.o.staff1, s.periods.q4)
    const deadline = s.periods.q4.deadline
    const reopened = await forceAssessment(t.db, d.id, { status: 'reopened' })
    await atTime(t, justAfterMidnight(nextDay(deadline)), async () => {
      expect((await freshRead(s.o.staff1, d.id)).actions).toEqual(['submit'])
      const res = await fresh(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/submit`, {
        version: reopened.version,
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ status: 'submitted', late: false })
    })
  })
})
