import { describe, expect, it } from 'vitest'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * Who may do what with periods (quality.md "Authorisation"): anonymous callers get 401; every
 * member of the instansi reads its years, periods, calendar and the current period; writes are
 * for the admin instansi (or a super admin who works in the instansi) and answer 404 to
 * everyone else, including the admin of another instansi, who cannot reach this instansi's
 * years, periods or holidays. A super admin without an instansi has nothing to work on: 404.
 *
 * To extend: add a row to ROWS with the expected status for every role.
 */
const t = await setupTestApp()

const ROLES = [
  'anonymous',
  'pegawai',
  'atasan',
  'admin',
  'otherAdmin',
  'superAdminHere',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const o = await t.f.office()
const other = await t.f.office()
const superAdminHere = await t.f.account(o.instansi.id, ['super_admin'])
const superAdmin = await t.f.account(null, ['super_admin'])

const sessions: Record<Role, Session | null> = {
  anonymous: null,
  pegawai: await t.login(o.staff1.username),
  atasan: await t.login(o.kasub.username),
  admin: await t.login(o.admin.username),
  otherAdmin: await t.login(other.admin.username),
  superAdminHere: await t.login(superAdminHere.username),
  superAdmin: await t.login(superAdmin.username),
}

// The world: 2026 is set up in this instansi only.
const setUp = await t.as(sessions.admin, {
  method: 'POST',
  url: '/api/periods/years',
  payload: { year: 2026, assessmentFrequency: 'quarterly', loadNationalHolidays: true },
})
if (setUp.statusCode !== 201) throw new Error(`setup: ${setUp.statusCode} ${setUp.body}`)
const year2026 = setUp.json<{ periods: { id: string; kind: string }[] }>()
const q1 = year2026.periods.find((p) => p.kind === 'quarterly')?.id ?? ''

/** Every member reads; the other admin reads their own (empty) instansi. */
const MEMBERS: Expect = {
  anonymous: 401,
  pegawai: 200,
  atasan: 200,
  admin: 200,
  otherAdmin: 200,
  superAdminHere: 200,
  superAdmin: 404,
}
/** A record of this instansi: the other admin's instansi has no such year. */
const MEMBERS_THIS: Expect = { ...MEMBERS, otherAdmin: 404 }
/** Writes on this instansi's records. */
const ADMIN_ONLY = (ok: number): Expect => ({
  anonymous: 401,
  pegawai: 404,
  atasan: 404,
  admin: ok,
  otherAdmin: 404,
  superAdminHere: ok,
  superAdmin: 404,
})

type Request = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  url: string
  payload?: object
}
type Row = { name: string; expect: Expect; request: (role: Role) => Promise<Request> | Request }

/** A fresh holiday for a delete row, made by the admin so every role has a target. */
let holidayN = 0
async function adminAddsHoliday(): Promise<string> {
  holidayN++
  const res = await t.as(sessions.admin, {
    method: 'POST',
    url: '/api/periods/years/2026/holidays',
    payload: { date: '2026-02-02', name: `Libur uji ${holidayN}`, kind: 'local' },
  })
  if (res.statusCode !== 201) throw new Error(`prepare holiday: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>().id
}

/** Distinct years per role so creates never collide (only admins get that far). */
const YEAR_FOR: Record<Role, number> = {
  anonymous: 2040,
  pegawai: 2041,
  atasan: 2042,
  admin: 2043,
  otherAdmin: 2044,
  superAdminHere: 2045,
  superAdmin: 2046,
}

const ROWS: Row[] = [
  {
    name: 'GET /api/periods/current',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/periods/current' }),
  },
  {
    name: 'GET /api/periods/years',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/periods/years' }),
  },
  {
    name: 'GET /api/periods/years/2026',
    expect: MEMBERS_THIS,
    request: () => ({ method: 'GET', url: '/api/periods/years/2026' }),
  },
  {
    // The other admin sets up a year in their own instansi: allowed, and no leak.
    name: 'POST /api/periods/years',
    expect: { ...ADMIN_ONLY(201), otherAdmin: 201 },
    request: (role) => ({
      method: 'POST',
      url: '/api/periods/years',
      payload: {
        year: YEAR_FOR[role],
        assessmentFrequency: 'semester',
        loadNationalHolidays: false,
      },
    }),
  },
  {
    name: 'PATCH /api/periods/years/2026',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: '/api/periods/years/2026',
      payload: { assessmentFrequency: 'quarterly' },
    }),
  },
  {
    name: 'PATCH /api/periods/periods/:id',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: `/api/periods/periods/${q1}`,
      payload: { name: 'Triwulan I 2026' },
    }),
  },
  {
    name: 'PUT /api/periods/years/2026/calendar',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PUT',
      url: '/api/periods/years/2026/calendar',
      payload: { workingWeekdays: [1, 2, 3, 4, 5] },
    }),
  },
  {
    name: 'POST /api/periods/years/2026/holidays',
    expect: ADMIN_ONLY(201),
    request: (role) => ({
      method: 'POST',
      url: '/api/periods/years/2026/holidays',
      payload: { date: '2026-02-03', name: `Hari jadi (${role})`, kind: 'local' },
    }),
  },
  {
    name: 'POST /api/periods/years/2026/holidays/load-defaults',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'POST',
      url: '/api/periods/years/2026/holidays/load-defaults',
      payload: { national: true, local: null },
    }),
  },
  {
    name: 'DELETE /api/periods/holidays/:id',
    expect: ADMIN_ONLY(200),
    request: async () => ({
      method: 'DELETE',
      url: `/api/periods/holidays/${await adminAddsHoliday()}`,
    }),
  },
  {
    name: 'GET /api/org/instansi',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/org/instansi' }),
  },
  {
    // The instansi is the actor's own: the other admin edits theirs (200), never this one.
    name: 'PATCH /api/org/instansi',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => ({
      method: 'PATCH',
      url: '/api/org/instansi',
      payload: { timeZone: 'Asia/Makassar' },
    }),
  },
]

const CODE_FOR: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

describe('periods: role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const req = await row.request(role)
    const res = await t.as(sessions[role], req)
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
  })
})

describe('periods: tenant isolation', () => {
  it('the other admin’s writes never touch this instansi', async () => {
    const mine = await t.as(sessions.admin, { method: 'GET', url: '/api/periods/years' })
    const years = mine.json().items.map((y: { year: number }) => y.year)
    expect(years).toContain(2026)
    expect(years).not.toContain(YEAR_FOR.otherAdmin)
    const theirs = await t.as(sessions.otherAdmin, { method: 'GET', url: '/api/periods/years' })
    expect(theirs.json().items.map((y: { year: number }) => y.year)).toEqual([YEAR_FOR.otherAdmin])
  })

  it('a pegawai reads the year with its periods, calendar and holidays', async () => {
    const res = await t.as(sessions.pegawai, { method: 'GET', url: '/api/periods/years/2026' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.periods.length).toBe(5)
    expect(body.holidays.length).toBeGreaterThan(0)
    expect(body.calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5])
  })

  it('a state-changing request without the CSRF token is refused (403)', async () => {
    const s = sessions.admin as Session
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/periods/years/2026/calendar',
      headers: { cookie: s.cookie },
      payload: { workingWeekdays: [1, 2, 3, 4, 5] },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_MISMATCH' })
  })
})
