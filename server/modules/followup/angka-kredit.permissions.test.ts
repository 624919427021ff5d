import { describe, expect, it } from 'vitest'
import type { AkSettings } from '../../../shared/followup.ts'
import { documentedRoutes, ERROR_CODE_FOR } from '../../test/permission-matrix.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { setupFollowupOffice } from './angka-kredit.test-fixtures.ts'

/**
 * Who may do what on /api/followup/angka-kredit and /api/followup/siasn (decision 0011
 * "Scope"; the policy is followup.policy.ts). The person under test is staff2 (JF in Sub
 * Bidang A1). Decisions:
 * - the AK tables: every member reads; only the admin writes (others 403);
 * - the JF list: admin (instansi) and leaders (heads of a unit today: their units and below);
 *   anyone else 403; a unit outside the leader's scope 404;
 * - a ledger and its PAK PDF: admin, leaders whose scope holds the person, the person; anyone
 *   else 404 (never a hint that it exists);
 * - generate, manual lines and the SIASN export: the admin only (others 403; another
 *   instansi's admin does not find this instansi's people or lines: 404).
 *
 * To extend: add a row with the expected status for every role.
 */
const t = await setupTestApp()
const f = await setupFollowupOffice(t)
const other = await t.f.office()

const ROLES = [
  'anonymous',
  'self',
  'colleague',
  'leaderIn',
  'leaderOut',
  'pic',
  'admin',
  'otherAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  self: f.o.staff2,
  colleague: f.o.staff1,
  leaderIn: f.o.kabid,
  leaderOut: f.kabidC,
  pic: f.pic,
  admin: f.o.admin,
  otherAdmin: other.admin,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : f.a.session(who[role])

const everyone = (status: number): Expect => ({
  anonymous: 401,
  self: status,
  colleague: status,
  leaderIn: status,
  leaderOut: status,
  pic: status,
  admin: status,
  otherAdmin: status,
})
const ADMIN_ONLY = (ok: number, otherAdmin: number): Expect => ({
  ...everyone(403),
  admin: ok,
  otherAdmin,
})
const LEDGER: Expect = {
  anonymous: 401,
  self: 200,
  colleague: 404,
  leaderIn: 200,
  leaderOut: 404,
  pic: 404,
  admin: 200,
  otherAdmin: 404,
}

const staff2 = f.o.staff2.pegawaiId
/** A fresh manual line of staff2 (by the admin) for each delete request. */
async function manualLine(): Promise<string> {
  const res = await t.as(await f.a.session(f.o.admin), {
    method: 'POST',
    url: `/api/followup/angka-kredit/pegawai/${staff2}/entries`,
    payload: { year: 2023, jenjang: 'ahli_pertama', ak: 10, note: 'AK awal (konversi)' },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}

type Request = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: object }
type Row = { name: string; expect: Expect; request: (actor: Session | null) => Promise<Request> }

const AK = '/api/followup/angka-kredit'
const SIASN = '/api/followup/siasn'
const ROWS: Row[] = [
  {
    name: `GET ${AK}/settings`,
    expect: everyone(200),
    request: async () => ({ method: 'GET', url: `${AK}/settings` }),
  },
  {
    name: `PUT ${AK}/settings`,
    // Another instansi's admin saves their own tables.
    expect: ADMIN_ONLY(200, 200),
    request: async (actor) => {
      if (!actor) return { method: 'PUT', url: `${AK}/settings`, payload: { version: 0 } }
      const current = (
        await t.as(actor, { method: 'GET', url: `${AK}/settings` })
      ).json<AkSettings>()
      const { sharePercent, koefisien, akForNextJenjang, version } = current
      return {
        method: 'PUT',
        url: `${AK}/settings`,
        payload: { sharePercent, koefisien, akForNextJenjang, version },
      }
    },
  },
  {
    name: `GET ${AK}`,
    // Leaders get their own units (possibly none of the JF); the other admin their instansi.
    expect: {
      ...everyone(403),
      anonymous: 401,
      leaderIn: 200,
      leaderOut: 200,
      admin: 200,
      otherAdmin: 200,
    },
    request: async () => ({ method: 'GET', url: `${AK}?year=2026` }),
  },
  {
    name: `GET ${AK} (unitId)`,
    expect: {
      ...everyone(403),
      anonymous: 401,
      leaderIn: 200,
      leaderOut: 404,
      admin: 200,
      otherAdmin: 404,
    },
    request: async () => ({ method: 'GET', url: `${AK}?year=2026&unitId=${f.o.units.sub.id}` }),
  },
  {
    name: `GET ${AK}/pegawai/:pegawaiId`,
    expect: LEDGER,
    request: async () => ({ method: 'GET', url: `${AK}/pegawai/${staff2}` }),
  },
  {
    name: `GET ${AK}/pegawai/:pegawaiId/pak.pdf`,
    expect: LEDGER,
    request: async () => ({ method: 'GET', url: `${AK}/pegawai/${staff2}/pak.pdf` }),
  },
  {
    name: `POST ${AK}/generate`,
    expect: ADMIN_ONLY(200, 200),
    request: async () => ({ method: 'POST', url: `${AK}/generate`, payload: { year: 2026 } }),
  },
  {
    name: `POST ${AK}/pegawai/:pegawaiId/entries`,
    expect: ADMIN_ONLY(201, 404),
    request: async () => ({
      method: 'POST',
      url: `${AK}/pegawai/${staff2}/entries`,
      payload: { year: 2023, jenjang: 'ahli_pertama', ak: 5, note: 'Konversi AK lama' },
    }),
  },
  {
    name: `DELETE ${AK}/entries/:id`,
    expect: ADMIN_ONLY(200, 404),
    request: async () => ({ method: 'DELETE', url: `${AK}/entries/${await manualLine()}` }),
  },
  {
    name: `GET ${SIASN}`,
    expect: ADMIN_ONLY(200, 200),
    request: async () => ({ method: 'GET', url: `${SIASN}?year=2026` }),
  },
  {
    name: `GET ${SIASN}/export.:format`,
    expect: ADMIN_ONLY(200, 200),
    request: async () => ({ method: 'GET', url: `${SIASN}/export.csv?year=2026` }),
  },
  {
    name: `GET ${SIASN}/export.:format (xlsx)`,
    expect: ADMIN_ONLY(200, 200),
    request: async () => ({ method: 'GET', url: `${SIASN}/export.xlsx?year=2026` }),
  },
]

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const actor = await sessionOf(role)
    const req = await row.request(actor)
    const res = await t.as(actor, req)
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(ERROR_CODE_FOR[status])
  })

  it('has a row for every angka kredit and SIASN route (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const registered = (
      await documentedRoutes(t, (p) => p.startsWith(AK) || p.startsWith(SIASN))
    ).map(normalise)
    expect(registered.length).toBeGreaterThanOrEqual(10)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

/** `/pegawai/{pegawaiId}`, `/pegawai/:pegawaiId`, trailing `/`, `(note)` → one shape. */
function normalise(route: string) {
  return route
    .replace(/ \(.*\)$/, '')
    .replace(/\/(:[^/.]+|\{[^}]+\})/g, '/:id')
    .replace(/\.(:[^/]+|\{[^}]+\})/g, '.:id')
    .replace(/\/$/, '')
}
