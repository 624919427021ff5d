import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { ASSESSMENTS, assessmentKit } from '../../test/assessment-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { assessmentObjections, assessments, orgPredikat } from './assessments.tables.ts'

/**
 * Who may do what on the assessor's side of /api/assessments (quality.md "Authorisation"; the
 * policy is assessments.policy.ts). The assessment under test is staff1's ("owner") of
 * Triwulan IV 2026 in Sub Bidang A1: the kasub is the snapshotted pejabat penilai
 * ("assessor"), the kabid the atasan pejabat penilai ("reviewer") and a head of Bidang A, the
 * kepala is above everyone ("supervisor"). A PLH of Bidang A is the other leader one level up
 * of the sub bidang ("leader": sets its predikat kinerja organisasi, no role on the assessment);
 * the head of Bidang C rates people elsewhere ("otherAtasan"). Decisions:
 * - acting on an assessment: only the role the workflow table names (assessor: feedback, rate,
 *   finalise; reviewer: decide; admin: reopen); those who may read it get 403, everyone else 404;
 * - lists (bawahan, org-predikat) answer every member with their own share (possibly empty);
 * - a unit's distribution: admin, heads of the unit or any unit above, and the pejabat penilai
 *   of someone counted in it; everyone else 404;
 * - the predikat kinerja organisasi and the penetapan: the leader one level up (403
 *   NOT_UNIT_LEADER otherwise); reopening a penetapan: the admin (403 otherwise);
 * - another instansi's admin finds nothing (404).
 *
 * To extend: add a row with the expected status for every role.
 */
const t = await setupTestApp()
const a = assessmentKit(t)

const ROLES = [
  'anonymous',
  'owner',
  'assessor',
  'reviewer',
  'supervisor',
  'leader',
  'otherAtasan',
  'colleague',
  'admin',
  'otherAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const s = await a.setupAssessmentOffice()
const { o } = s
const q4 = s.periods.q4
const other = await t.f.office()
const sub = o.units.sub.id

// The PLH of Bidang A (a second head of the unit above the sub bidang).
const plh = await t.f.pegawai(o.instansi.id, o.units.root.id, { name: 'Plh Kabid A' })
{
  const res = await t.as(s.admin, {
    method: 'POST',
    url: '/api/org/acting',
    payload: {
      pegawaiId: plh.pegawaiId,
      unitId: o.units.bidang.id,
      kind: 'plh',
      startDate: '2026-01-01',
    },
  })
  expect(res.statusCode, res.body).toBe(201)
}
// The head of Bidang C with a staff member of their own.
const bidangC = await t.f.unit(o.instansi.id, 'Bidang C', o.units.root.id)
const kabidC = await t.f.pegawai(o.instansi.id, bidangC.id, { head: true, name: 'Kabid C' })
await t.f.pegawai(o.instansi.id, bidangC.id, { name: 'Staf C' })

const mine = await a.submitted(o.staff1, q4)
const colleagues = await a.submitted(o.staff2, q4)
const id = mine.id

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  owner: o.staff1,
  assessor: o.kasub,
  reviewer: o.kabid,
  supervisor: o.kepala,
  leader: plh,
  otherAtasan: kabidC,
  colleague: o.staff2,
  admin: o.admin,
  otherAdmin: other.admin,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : a.session(who[role])

const none: Expect = {
  anonymous: 401,
  owner: 404,
  assessor: 404,
  reviewer: 404,
  supervisor: 404,
  leader: 404,
  otherAtasan: 404,
  colleague: 404,
  admin: 404,
  otherAdmin: 404,
}
/** On staff1's assessment: `role` acts, other readers 403, everyone else 404. */
const actsOn = (role: Role): Expect => ({
  ...none,
  owner: 403,
  assessor: 403,
  reviewer: 403,
  supervisor: 403,
  admin: 403,
  [role]: 200,
})
/** Every member of the instansi gets `status`; another instansi's admin does not find the period. */
const MEMBERS = (status: number): Expect => ({
  ...none,
  owner: status,
  assessor: status,
  reviewer: status,
  supervisor: status,
  leader: status,
  otherAtasan: status,
  colleague: status,
  admin: status,
})
const LEADERS = { ...MEMBERS(403), leader: 200, reviewer: 200 }

// ---------- state set straight in the tables (the workflow is tested in rating.routes.test.ts) ----------
async function force(assessmentId: string, patch: Partial<typeof assessments.$inferInsert>) {
  const [row] = await t.db
    .update(assessments)
    .set(patch)
    .where(eq(assessments.id, assessmentId))
    .returning()
  return row!.version
}
const RATED = {
  ratingHasil: 'sesuai',
  ratingPerilaku: 'sesuai',
  predikat: 'baik',
  ratingHasilSource: 'atasan',
  ratedAt: new Date('2026-11-26T02:00:00Z'),
} as const
const submitted = () =>
  force(id, {
    status: 'submitted',
    ratingHasil: null,
    ratingPerilaku: null,
    predikat: null,
    ratingHasilSource: null,
    finalisedAt: null,
  })
const rated = () => force(id, { status: 'rated', ...RATED, finalisedAt: null })
const finalised = (assessmentId = id, predikat: 'baik' | 'butuh_perbaikan' = 'baik') =>
  force(assessmentId, {
    status: 'finalised',
    ...RATED,
    ...(predikat === 'baik' ? {} : { ratingHasil: 'di_bawah', predikat }),
    finalisedAt: new Date('2026-11-26T03:00:00Z'),
    acknowledgedAt: null,
  })
async function objected() {
  await t.db.delete(assessmentObjections).where(eq(assessmentObjections.assessmentId, id))
  await t.db.insert(assessmentObjections).values({
    instansiId: o.instansi.id,
    assessmentId: id,
    reason: 'Hasil kerja saya melebihi target triwulan ini.',
    filedAt: new Date('2026-11-26T04:00:00Z'),
    filedByUserId: crypto.randomUUID(),
  })
  return force(id, { status: 'objected', ...RATED, finalisedAt: new Date('2026-11-26T03:00:00Z') })
}
/** The sub bidang's predikat (Baik), finalised or not; staff1 and staff2 final within the pattern. */
async function unitState(finalisedAt: Date | null) {
  await finalised(id, 'baik')
  await finalised(colleagues.id, 'butuh_perbaikan')
  const values = {
    instansiId: o.instansi.id,
    unitId: sub,
    periodId: q4.id,
    value: 'baik' as const,
    setByUserId: crypto.randomUUID(),
    setByName: 'Kabid A',
    finalisedAt,
  }
  const [row] = await t.db
    .insert(orgPredikat)
    .values(values)
    .onConflictDoUpdate({ target: [orgPredikat.unitId, orgPredikat.periodId], set: values })
    .returning()
  return row!
}
async function noOrgPredikat() {
  await t.db
    .delete(orgPredikat)
    .where(and(eq(orgPredikat.unitId, sub), eq(orgPredikat.periodId, q4.id)))
}

type Request = { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object }
type Row = { name: string; expect: Expect; request: () => Promise<Request> }

const ROWS: Row[] = [
  {
    name: 'GET /bawahan',
    expect: MEMBERS(200),
    request: async () => ({ method: 'GET', url: `/bawahan?periodId=${q4.id}` }),
  },
  {
    name: 'GET /distribution',
    expect: { ...none, assessor: 200, reviewer: 200, supervisor: 200, leader: 200, admin: 200 },
    request: async () => ({ method: 'GET', url: `/distribution?periodId=${q4.id}&unitId=${sub}` }),
  },
  {
    name: 'PUT /:id/feedback',
    expect: actsOn('assessor'),
    request: async () => ({
      method: 'PUT',
      url: `/${id}/feedback`,
      payload: {
        version: await submitted(),
        rhk: [{ rhkId: mine.rhk[0]!.id, rating: 'sesuai', body: 'Tepat waktu.' }],
      },
    }),
  },
  {
    name: 'POST /:id/rate',
    expect: actsOn('assessor'),
    request: async () => ({
      method: 'POST',
      url: `/${id}/rate`,
      payload: { version: await submitted(), ratingHasil: 'sesuai', ratingPerilaku: 'sesuai' },
    }),
  },
  {
    name: 'POST /:id/finalise',
    expect: actsOn('assessor'),
    request: async () => {
      await noOrgPredikat()
      await unitState(null)
      await force(colleagues.id, { status: 'rated', finalisedAt: null })
      return { method: 'POST', url: `/${id}/finalise`, payload: { version: await rated() } }
    },
  },
  {
    name: 'POST /finalise-bulk',
    // Not the pejabat penilai: 200 with every item skipped (checked below).
    expect: MEMBERS(200),
    request: async () => {
      await noOrgPredikat()
      await unitState(null)
      await force(colleagues.id, { status: 'rated', finalisedAt: null })
      return {
        method: 'POST',
        url: '/finalise-bulk',
        payload: { periodId: q4.id, items: [{ id, version: await rated() }] },
      }
    },
  },
  {
    name: 'POST /:id/objection/decide',
    expect: actsOn('reviewer'),
    request: async () => ({
      method: 'POST',
      url: `/${id}/objection/decide`,
      payload: {
        version: await objected(),
        decision: 'ditolak',
        note: 'Realisasi sesuai target, bukan melebihi.',
      },
    }),
  },
  {
    name: 'POST /:id/reopen',
    expect: actsOn('admin'),
    request: async () => ({
      method: 'POST',
      url: `/${id}/reopen`,
      payload: { version: await finalised(), reason: 'Salah input rating hasil kerja' },
    }),
  },
  {
    name: 'GET /org-predikat',
    expect: MEMBERS(200),
    request: async () => ({ method: 'GET', url: `/org-predikat?periodId=${q4.id}` }),
  },
  {
    name: 'PUT /org-predikat',
    expect: LEADERS,
    request: async () => {
      await noOrgPredikat()
      return {
        method: 'PUT',
        url: '/org-predikat',
        payload: { unitId: sub, periodId: q4.id, value: 'baik', note: null },
      }
    },
  },
  {
    name: 'POST /org-predikat/finalise',
    expect: LEADERS,
    request: async () => {
      await unitState(null)
      return {
        method: 'POST',
        url: '/org-predikat/finalise',
        payload: { unitId: sub, periodId: q4.id },
      }
    },
  },
  {
    name: 'POST /org-predikat/reopen',
    expect: { ...MEMBERS(403), admin: 200 },
    request: async () => {
      await unitState(new Date('2026-11-26T05:00:00Z'))
      return {
        method: 'POST',
        url: '/org-predikat/reopen',
        payload: { unitId: sub, periodId: q4.id, reason: 'Koreksi capaian IKU bidang' },
      }
    },
  },
]

const CODE_FOR: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}
/** Routes owned by the pegawai side and the documents (their own matrices cover them). */
const ELSEWHERE = /document\.(pdf|xlsx)$/
const MINE =
  /\/(bawahan|distribution|org-predikat|finalise-bulk)(\/|$)|\/(feedback|rate|finalise|decide|reopen)$/

describe('role × endpoint matrix (assessor side)', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )
  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const actor = await sessionOf(role)
    const req = await row.request()
    const res = await t.as(actor, { ...req, url: `${ASSESSMENTS}${req.url}` })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
    if (
      status === 403 &&
      row.name.includes('org-predikat') &&
      row.name !== 'POST /org-predikat/reopen'
    )
      expect(res.json().error.reason).toBe('NOT_UNIT_LEADER')
    if (
      status === 403 &&
      ['PUT /:id/feedback', 'POST /:id/rate', 'POST /:id/finalise'].includes(row.name)
    )
      expect(res.json().error.reason).toBe('NOT_ASSESSOR')
    if (status === 403 && row.name === 'POST /:id/objection/decide')
      expect(res.json().error.reason).toBe('NOT_REVIEWER')
    if (row.name === 'POST /finalise-bulk' && status === 200)
      expect(res.json().finalised).toEqual(role === 'assessor' ? [id] : [])
  })

  it('has a row for every assessor-side route (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered: string[] = []
    for (const [p, ops] of Object.entries(doc.paths)) {
      if (!p.startsWith(ASSESSMENTS) || !MINE.test(p) || ELSEWHERE.test(p)) continue
      for (const method of Object.keys(ops))
        if (method !== 'head')
          registered.push(normalise(`${method.toUpperCase()} ${p.slice(ASSESSMENTS.length)}`))
    }
    expect(registered).toHaveLength(ROWS.length)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

describe('what each one sees in the lists', () => {
  it('the pejabat penilai alone lists staff1’s assessment; nobody else sees a predikat of it', async () => {
    await rated()
    for (const role of ROLES.filter((r) => r !== 'anonymous' && r !== 'otherAdmin')) {
      const res = await t.as(await sessionOf(role), {
        method: 'GET',
        url: `${ASSESSMENTS}/bawahan?periodId=${q4.id}`,
      })
      const body = res.json<{
        items: { id: string }[]
        distributions: { people: { assessmentId: string; predikat: string | null }[] }[]
      }>()
      expect(
        body.items.some((i) => i.id === id),
        role,
      ).toBe(role === 'assessor')
      const seen = body.distributions.flatMap((d) => d.people).filter((p) => p.assessmentId === id)
      expect(seen.length > 0, role).toBe(role === 'assessor')
    }
  })

  it('the distribution’s people: everyone for the unit’s leaders and the admin', async () => {
    await rated()
    const people = async (role: Role) => {
      const res = await t.as(await sessionOf(role), {
        method: 'GET',
        url: `${ASSESSMENTS}/distribution?periodId=${q4.id}&unitId=${sub}`,
      })
      expect(res.statusCode, res.body).toBe(200)
      return res
        .json<{ people: { name: string; predikat: string | null }[] }>()
        .people.map((p) => p.name)
        .sort()
    }
    // The PLH is not above these people in the atasan chain, but leads the unit above.
    for (const role of ['assessor', 'reviewer', 'supervisor', 'leader', 'admin'] as const)
      expect(await people(role), role).toEqual(['Staf Dua', 'Staf Satu'])
  })
})

/** `/{id}/rate`, `/:id/rate` → one shape. */
function normalise(route: string) {
  return route.replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}
