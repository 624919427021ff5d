import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { TppSettings } from '../../../shared/followup.ts'
import { documentedRoutes } from '../../test/permission-matrix.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { followupOffice } from './tpp.fixtures.ts'
import { coachingPlans } from './tpp.tables.ts'

/**
 * Who may do what on /api/followup/{tpp, recommendations, coaching, talent} (decision 0011
 * "Leader scope"; followup.policy.ts). The person under test is staff2 (Butuh Perbaikan in
 * Triwulan III 2026, so a coaching recommendation); kasub is their atasan today.
 * - TPP and talent: the admin of the instansi only; everyone else 403; another instansi's
 *   admin does not find the period or the person (404) but reads their own settings/list.
 * - recommendations: the admin and leaders (their units; a unit outside → 404); others 403.
 * - coaching plans: written by the admin or the person's atasan (supervisors above and the
 *   person 403); read by whoever may see the person; anyone else 404.
 * To extend: add a row with the expected status for every role.
 */
const t = await setupTestApp()
const f = await followupOffice(t)
const { a, s, o } = f
const superAdmin = await t.f.account(null, ['super_admin'])
await f.final(o.staff2, s.periods.q3, 'butuh_perbaikan')

const ROLES = [
  'anonymous',
  'admin',
  'otherAdmin',
  'superAdmin',
  'leaderAbove',
  'atasan',
  'leaderOutside',
  'person',
  'colleague',
  'pic',
] as const
type Role = (typeof ROLES)[number]
const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  admin: o.admin,
  otherAdmin: f.other.admin,
  superAdmin,
  leaderAbove: o.kabid,
  atasan: o.kasub,
  leaderOutside: f.headB,
  person: o.staff2,
  colleague: o.staff1,
  pic: f.pic,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : a.session(who[role])

type Row = {
  name: string
  method: 'GET' | 'POST' | 'PUT'
  url: string | (() => Promise<string>)
  payload?: () => Promise<unknown>
  /** Runs before every call (state the call needs, e.g. no open plan). */
  before?: () => Promise<void>
  expect: Record<Role, number>
}

const adminOnly = (ok: number, otherAdmin: number): Record<Role, number> => ({
  anonymous: 401,
  admin: ok,
  otherAdmin,
  superAdmin: 403,
  leaderAbove: 403,
  atasan: 403,
  leaderOutside: 403,
  person: 403,
  colleague: 403,
  pic: 403,
})
const coachingWrite = (ok: number): Record<Role, number> => ({
  anonymous: 401,
  admin: ok,
  otherAdmin: 404,
  superAdmin: 404,
  leaderAbove: 403,
  atasan: ok,
  leaderOutside: 404,
  person: 403,
  colleague: 404,
  pic: 404,
})

const q3 = s.periods.q3.id
const clearPlans = async () => {
  await t.db.delete(coachingPlans).where(eq(coachingPlans.pegawaiId, o.staff2.pegawaiId))
}
const freshPlan = async () => {
  await clearPlans()
  const [row] = await t.db
    .insert(coachingPlans)
    .values({
      instansiId: o.instansi.id,
      pegawaiId: o.staff2.pegawaiId,
      plan: 'Pendampingan penyusunan laporan',
      followUpDate: '2027-01-15',
      createdByUserId: o.admin.userId,
      createdByName: 'Admin',
    })
    .returning()
  return row!.id
}
let planId = ''

const ROWS: Row[] = [
  { name: 'GET /tpp/settings', method: 'GET', url: '/tpp/settings', expect: adminOnly(200, 200) },
  {
    name: 'PUT /tpp/settings',
    method: 'PUT',
    url: '/tpp/settings',
    // Our instansi's current version: the admin saves (200); another instansi's admin reaches
    // their own settings, still at version 0, so our version is stale there (409).
    payload: async () => {
      const res = await t.as(s.admin, { method: 'GET', url: '/api/followup/tpp/settings' })
      const current = res.json<TppSettings>()
      return {
        performanceSharePercent: current.performanceSharePercent,
        percentByPredikat: current.percentByPredikat,
        basisByJenis: current.basisByJenis,
        note: current.note,
        version: current.version,
      }
    },
    expect: adminOnly(200, 409),
  },
  { name: 'GET /tpp', method: 'GET', url: `/tpp?periodId=${q3}`, expect: adminOnly(200, 404) },
  {
    name: 'GET /tpp/export.:format',
    method: 'GET',
    url: `/tpp/export.xlsx?periodId=${q3}`,
    expect: adminOnly(200, 404),
  },
  {
    name: 'GET /tpp/export.:format (csv)',
    method: 'GET',
    url: `/tpp/export.csv?periodId=${q3}`,
    expect: adminOnly(200, 404),
  },
  {
    name: 'GET /recommendations',
    method: 'GET',
    url: '/recommendations?year=2026',
    expect: {
      anonymous: 401,
      admin: 200,
      otherAdmin: 200,
      superAdmin: 403,
      leaderAbove: 200,
      atasan: 200,
      leaderOutside: 200,
      person: 403,
      colleague: 403,
      pic: 403,
    },
  },
  {
    name: 'GET /recommendations (unitId)',
    method: 'GET',
    url: `/recommendations?year=2026&unitId=${o.units.sub.id}`,
    expect: {
      anonymous: 401,
      admin: 200,
      otherAdmin: 404,
      superAdmin: 403,
      leaderAbove: 200,
      atasan: 200,
      leaderOutside: 404,
      person: 403,
      colleague: 403,
      pic: 403,
    },
  },
  {
    name: 'GET /coaching',
    method: 'GET',
    url: `/coaching?pegawaiId=${o.staff2.pegawaiId}`,
    expect: {
      anonymous: 401,
      admin: 200,
      otherAdmin: 404,
      superAdmin: 404,
      leaderAbove: 200,
      atasan: 200,
      leaderOutside: 404,
      person: 200,
      colleague: 404,
      pic: 404,
    },
  },
  {
    name: 'POST /coaching',
    method: 'POST',
    url: '/coaching',
    before: clearPlans,
    payload: async () => ({
      pegawaiId: o.staff2.pegawaiId,
      plan: 'Pendampingan penyusunan laporan mingguan',
      followUpDate: '2027-01-15',
    }),
    expect: coachingWrite(201),
  },
  {
    name: 'PUT /coaching/:id',
    method: 'PUT',
    url: async () => `/coaching/${planId}`,
    before: async () => {
      planId = await freshPlan()
    },
    payload: async () => ({ status: 'selesai', outcome: 'Sudah membaik', version: 0 }),
    expect: coachingWrite(200),
  },
  { name: 'GET /talent', method: 'GET', url: '/talent?year=2026', expect: adminOnly(200, 200) },
  {
    name: 'PUT /talent/potensi',
    method: 'PUT',
    url: '/talent/potensi',
    payload: async () => ({ pegawaiId: o.staff2.pegawaiId, year: 2026, potensi: 'sedang' }),
    expect: adminOnly(200, 404),
  },
]

describe('permission matrix', () => {
  for (const row of ROWS)
    for (const role of ROLES)
      it(`${row.name} as ${role} → ${row.expect[role]}`, async () => {
        await row.before?.()
        const url = typeof row.url === 'string' ? row.url : await row.url()
        const payload = row.payload ? await row.payload() : undefined
        const res = await t.as(await sessionOf(role), {
          method: row.method,
          url: `/api/followup${url}`,
          ...(payload === undefined ? {} : { payload: payload as object }),
        })
        expect(res.statusCode, res.body.slice(0, 300)).toBe(row.expect[role])
        const code = {
          401: 'UNAUTHENTICATED',
          403: 'FORBIDDEN',
          404: 'NOT_FOUND',
          409: 'CONFLICT',
        }[res.statusCode]
        if (code) expect(res.json().error.code).toBe(code)
      })

  it('has a row for every route of this helper (from the OpenAPI document)', async () => {
    const normalise = (r: string) => r.replace(/\{(\w+)\}/g, ':$1').replace(/ \(.*\)$/, '')
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const mine = /^\/api\/followup\/(tpp|recommendations|coaching|talent)(\/|$)/
    const registered = (await documentedRoutes(t, (p) => mine.test(p), '/api/followup')).map(
      normalise,
    )
    expect(registered.length).toBe(10)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})
