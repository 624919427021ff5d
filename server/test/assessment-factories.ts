import { eq } from 'drizzle-orm'
import { expect } from 'vitest'
import type { AssessmentDetail, MyAssessments } from '../../shared/assessments.ts'
import type { Period } from '../../shared/periods.ts'
import type { Skp } from '../../shared/skp.ts'
import { assessments } from '../modules/assessments/assessments.tables.ts'
import { multipart, setupYear } from './activities-factories.ts'
import type { Factories, TestPerson } from './factories.ts'
import { indikator, skpKit, type SkpKit } from './skp-factories.ts'
import type { Session, TestApp } from './test-app.ts'

/**
 * Helpers for assessment tests over the real API (every helper asserts its status, so a broken
 * precondition fails where it happens). The office is `t.f.office()` with a 2026 year of
 * quarterly periods and approved SKPs for the staff of Sub Bidang A1:
 *
 *   kepala (above everyone) → kabid (reviewer of the staff) → kasub (assessor) → staff1, staff2
 *
 * The test clock is Friday 27 Nov 2026 10:00 WITA: Triwulan IV is running (its batas pengisian
 * is in January 2027), Triwulan III is closed.
 */

export const ASSESSMENTS = '/api/assessments'

type T = Pick<TestApp, 'as' | 'login' | 'f'>
type Who = TestPerson | { username: string }
type Office = Awaited<ReturnType<Factories['office']>>

export type AssessmentOffice = {
  o: Office
  admin: Session
  /** The 2026 periods by name: q1…q4 and annual. */
  periods: { q1: Period; q2: Period; q3: Period; q4: Period; annual: Period; all: Period[] }
  kabidSkp: Skp
  kasubSkp: Skp
  /** staff1's approved SKP (assessor: kasub). */
  skp1: Skp
  /** staff2's approved SKP (a colleague of staff1 with the same assessor). */
  skp2: Skp
}

/** An RHK text list of `n` items for staff SKPs. */
export const rhkTexts = (n: number, who = 'staf') =>
  Array.from({ length: n }, (_, i) => `Tersusunnya laporan ${who} nomor ${i + 1}`)

/**
 * The office, its quarterly 2026 periods and approved SKPs for staff1 and staff2 (each `rhk`
 * RHK with one indicator "12 Laporan", intervening kasub's first RHK). kabid and kasub have
 * draft SKPs with RHK (enough to be intervened).
 */
export async function setupAssessmentOffice(
  t: T,
  opts: { rhk?: number; kit?: SkpKit } = {},
): Promise<AssessmentOffice> {
  const k = opts.kit ?? skpKit(t)
  const o = await t.f.office()
  const admin = await k.session(o.admin)
  const all = (await setupYear(t, admin, { frequency: 'quarterly' })) as Period[]
  const byKind = (kind: string, seq: number) => {
    const p = all.find((x) => x.kind === kind && x.seq === seq)
    if (!p) throw new Error(`no ${kind} ${seq} period`)
    return p
  }
  const kabidSkp = await k.skpWith(o.kabid, ['Terselenggaranya pembinaan bidang A'])
  const kasubSkp = await k.skpWith(o.kasub, ['Terselenggaranya layanan sub bidang A1'], {
    intervene: [[kabidSkp.rhk[0]!.id]],
  })
  const n = opts.rhk ?? 2
  const staffSkp = (who: TestPerson) =>
    k.skpWith(who, rhkTexts(n), {
      intervene: Array.from({ length: n }, () => [kasubSkp.rhk[0]!.id]),
      approveBy: o.kasub,
    })
  const skp1 = await staffSkp(o.staff1)
  const skp2 = await staffSkp(o.staff2)
  return {
    o,
    admin,
    periods: {
      q1: byKind('quarterly', 1),
      q2: byKind('quarterly', 2),
      q3: byKind('quarterly', 3),
      q4: byKind('quarterly', 4),
      annual: byKind('annual', 1),
      all,
    },
    kabidSkp,
    kasubSkp,
    skp1,
    skp2,
  }
}

/** GET /api/assessments/mine (expects 200). */
export async function myAssessments(t: T, session: Session, year?: number): Promise<MyAssessments> {
  const res = await t.as(session, {
    method: 'GET',
    url: `${ASSESSMENTS}/mine${year ? `?year=${year}` : ''}`,
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<MyAssessments>()
}

/** GET /api/assessments/:id (expects 200). */
export async function readAssessment(
  t: T,
  session: Session,
  id: string,
): Promise<AssessmentDetail> {
  const res = await t.as(session, { method: 'GET', url: `${ASSESSMENTS}/${id}` })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<AssessmentDetail>()
}

/** The pegawai's assessment of a period, created through GET /mine, read through GET /:id. */
export async function openAssessment(
  t: T,
  session: Session,
  period: { id: string; year: number },
): Promise<AssessmentDetail> {
  const mine = await myAssessments(t, session, period.year)
  const item = mine.items.find((i) => i.period.id === period.id)
  expect(item?.assessment, `no assessment for ${period.id}: ${item?.missingReason}`).toBeTruthy()
  return readAssessment(t, session, item!.assessment!.id)
}

/**
 * Saves a realisasi for every indikator (expects 200): `value(ind)` defaults to the pre-fill
 * when there is one (no reason needed), else the target; every item gets a short text.
 */
export async function fillRealisasi(
  t: T,
  session: Session,
  detail: AssessmentDetail,
  value: (ind: AssessmentDetail['rhk'][number]['indikator'][number]) => number | null = (ind) =>
    ind.suggestion?.value ?? ind.targetValue ?? 1,
): Promise<AssessmentDetail> {
  const items = detail.rhk.flatMap((r) =>
    r.indikator.map((ind) => {
      const v = value(ind)
      const suggested = ind.suggestion?.value ?? null
      return {
        indikatorId: ind.id,
        value: v,
        text: `Realisasi ${ind.text}`,
        editReason:
          suggested !== null && v !== suggested ? 'Disesuaikan dengan dokumen yang sah' : null,
      }
    }),
  )
  const res = await t.as(session, {
    method: 'PUT',
    url: `${ASSESSMENTS}/${detail.id}/realisasi`,
    payload: { version: detail.version, items },
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<AssessmentDetail>()
}

/** POST /:id/submit with the detail's version (expects 200 and status submitted). */
export async function submitAssessment(
  t: T,
  session: Session,
  detail: AssessmentDetail,
): Promise<AssessmentDetail> {
  const res = await t.as(session, {
    method: 'POST',
    url: `${ASSESSMENTS}/${detail.id}/submit`,
    payload: { version: detail.version },
  })
  expect(res.statusCode, res.body).toBe(200)
  const after = res.json<AssessmentDetail>()
  expect(after.status).toBe('submitted')
  return after
}

/** Opens, fills and submits the pegawai's assessment of a period in one go. */
export async function submittedAssessment(
  t: T,
  session: Session,
  period: { id: string; year: number },
): Promise<AssessmentDetail> {
  const opened = await openAssessment(t, session, period)
  const filled = await fillRealisasi(t, session, opened)
  return submitAssessment(t, session, filled)
}

/** Uploads an evidence file for an RHK; returns the raw response. */
export async function uploadAssessmentEvidence(
  t: T,
  session: Session,
  assessmentId: string,
  rhkId: string | null,
  file: { data: Buffer; filename: string; contentType?: string },
) {
  const body = multipart([
    ...(rhkId ? [{ name: 'rhkId', data: rhkId }] : []),
    { name: 'file', ...file },
  ])
  return t.as(session, {
    method: 'POST',
    url: `${ASSESSMENTS}/${assessmentId}/evidence`,
    payload: body.payload,
    headers: body.headers,
  })
}

/**
 * Runs `fn` with the app clock at `iso`, then puts it back. Sessions expire: a request at a
 * later time needs a session signed in at that time (`t.login` inside `fn`).
 */
export async function atTime<R>(
  t: Pick<TestApp, 'clock'>,
  iso: string,
  fn: () => Promise<R>,
): Promise<R> {
  const before = t.clock.now().toISOString()
  t.clock.set(iso)
  try {
    return await fn()
  } finally {
    t.clock.set(before)
  }
}

/** The helpers above bound to one test app (and one session cache). */
export function assessmentKit(t: T) {
  const k = skpKit(t)
  return {
    k,
    session: (who: Who) => k.session(who),
    setupAssessmentOffice: (opts: { rhk?: number } = {}) =>
      setupAssessmentOffice(t, { ...opts, kit: k }),
    async mine(who: Who, year?: number) {
      return myAssessments(t, await k.session(who), year)
    },
    async read(who: Who, id: string) {
      return readAssessment(t, await k.session(who), id)
    },
    async open(who: Who, period: { id: string; year: number }) {
      return openAssessment(t, await k.session(who), period)
    },
    async fill(who: Who, detail: AssessmentDetail, value?: Parameters<typeof fillRealisasi>[3]) {
      return fillRealisasi(t, await k.session(who), detail, value)
    },
    async submit(who: Who, detail: AssessmentDetail) {
      return submitAssessment(t, await k.session(who), detail)
    },
    async submitted(who: Who, period: { id: string; year: number }) {
      return submittedAssessment(t, await k.session(who), period)
    },
    /** A raw request as `who` (null = anonymous). */
    async call(
      who: Who | null,
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: string,
      payload?: unknown,
    ) {
      return t.as(who ? await k.session(who) : null, {
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as object }),
      })
    },
  }
}
export type AssessmentKit = ReturnType<typeof assessmentKit>

/** An indikator body with another target unit (for SKPs written in tests). */
export const indikatorIn = (targetUnit: string, targetValue = 12) =>
  indikator({ targetUnit, targetValue })

/**
 * Puts an assessment straight into a state (ratings, final, …) for tests of what follows; the
 * workflow that leads there is tested on its own. Returns the row (with its version).
 */
export async function forceAssessment(
  db: TestApp['db'],
  id: string,
  patch: Partial<typeof assessments.$inferInsert>,
) {
  const [row] = await db.update(assessments).set(patch).where(eq(assessments.id, id)).returning()
  if (!row) throw new Error(`no assessment ${id}`)
  return row
}

/** A final result (Baik), finalised at `finalisedAt`, not acknowledged. */
export const finalState = (finalisedAt = new Date('2026-11-25T02:00:00Z')) => ({
  status: 'finalised' as const,
  submittedAt: new Date('2026-10-05T02:00:00Z'),
  ratingHasil: 'sesuai' as const,
  ratingPerilaku: 'di_atas' as const,
  predikat: 'baik' as const,
  ratingHasilSource: 'atasan' as const,
  ratedAt: new Date('2026-11-20T02:00:00Z'),
  finalisedAt,
  acknowledgedAt: null,
})
