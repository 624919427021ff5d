import { describe, expect, it } from 'vitest'
import { makeNip } from '../../test/factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * Who may do what (quality.md "Authorisation"): anonymous callers get 401; a record the actor
 * may not see answers 404, never 403 (the only 403 is a missing CSRF token); admin-only writes
 * answer 404 to everyone else; a pegawai sees themselves and everyone below them in the atasan
 * chain; the admin of another instansi cannot reach this instansi's records.
 *
 * To extend: add a row to ROWS with the expected status for every role.
 */
const t = await setupTestApp()

const ROLES = [
  'anonymous',
  'pegawai',
  'atasan',
  'kepala',
  'admin',
  'otherAdmin',
  'helpdesk',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

// ---- the world: one office under test, one other instansi, a helpdesk PIC and a super admin
const o = await t.f.office()
// The PIC sits in Bidang B (no head), so the kepala is their atasan.
const helpdesk = await t.f.pegawai(o.instansi.id, o.units.bidangB.id, {
  roles: ['pic_helpdesk'],
  name: 'PIC Helpdesk',
})
const other = await t.f.office()
const superAdmin = await t.f.account(null, ['super_admin'])

const sessions: Record<Role, Session | null> = {
  anonymous: null,
  pegawai: await t.login(o.staff1.username),
  atasan: await t.login(o.kasub.username),
  kepala: await t.login(o.kepala.username),
  admin: await t.login(o.admin.username),
  otherAdmin: await t.login(other.admin.username),
  helpdesk: await t.login(helpdesk.username),
  superAdmin: await t.login(superAdmin.username),
}

// ---- expectation shorthands
/** Reads open to every member of the instansi (the unit tree and jabatan are not secret). */
const MEMBERS: Expect = {
  anonymous: 401,
  pegawai: 200,
  atasan: 200,
  kepala: 200,
  admin: 200,
  otherAdmin: 200,
  helpdesk: 200,
  superAdmin: 404,
}
// The other admin gets 200 on list routes because they list their OWN instansi (checked below);
// the super admin has no instansi, and org routes work inside the actor's instansi, so 404.
/** Any signed-in account. */
const SIGNED_IN: Expect = {
  anonymous: 401,
  pegawai: 200,
  atasan: 200,
  kepala: 200,
  admin: 200,
  otherAdmin: 200,
  helpdesk: 200,
  superAdmin: 200,
}
/** Writes only the admin of this instansi may do. */
const ADMIN_ONLY = (ok: number): Expect => ({
  anonymous: 401,
  pegawai: 404,
  atasan: 404,
  kepala: 404,
  admin: ok,
  otherAdmin: 404,
  helpdesk: 404,
  superAdmin: 404,
})
/**
 * Admin-only creates that name this instansi's records in the body: for the other admin these
 * ids do not exist (their instansi has no such unit/jabatan/pegawai), which is a field error
 * (400), exactly as for a random id — it reveals nothing.
 */
const ADMIN_CREATE_WITH_REFS: Expect = { ...ADMIN_ONLY(201), otherAdmin: 400 }
/** Account and audit administration: admins of an instansi (their own) and the super admin. */
const ACCOUNT_ADMINS: Expect = {
  anonymous: 401,
  pegawai: 404,
  atasan: 404,
  kepala: 404,
  admin: 200,
  otherAdmin: 200,
  helpdesk: 404,
  superAdmin: 200,
}
/** One account of this instansi: its admin and the super admin. */
const THIS_ACCOUNT: Expect = { ...ACCOUNT_ADMINS, otherAdmin: 404 }
/** A pegawai record: visible to `who` and the admin; 404 for everyone else. */
const SEEN_BY = (...who: Role[]): Expect => {
  const e: Expect = {
    anonymous: 401,
    pegawai: 404,
    atasan: 404,
    kepala: 404,
    admin: 200,
    otherAdmin: 404,
    helpdesk: 404,
    superAdmin: 404,
  }
  for (const r of who) e[r] = 200
  return e
}

// ---- the rows
type Request = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  payload?: Record<string, unknown> | string
  headers?: Record<string, string>
}
type Row = { name: string; expect: Expect; request: () => Promise<Request> | Request }

const pid = {
  staff1: o.staff1.pegawaiId,
  staff2: o.staff2.pegawaiId,
  kasub: o.kasub.pegawaiId,
  kabid: o.kabid.pegawaiId,
  kepala: o.kepala.pegawaiId,
  staffB: o.staffB.pegawaiId,
  helpdesk: helpdesk.pegawaiId,
}

/** Creates something for a delete row to delete (as the admin, so every role has a target). */
async function adminCreates(url: string, payload: Record<string, unknown>): Promise<string> {
  const res = await t.as(sessions.admin, { method: 'POST', url, payload })
  if (res.statusCode !== 201) throw new Error(`prepare ${url}: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>().id
}

/** A dry-run import (validates, writes nothing) of a one-row CSV, as multipart/form-data. */
function dryRunImport(kind: 'units' | 'pegawai'): Request {
  const boundary = 'kinerja-matrix-boundary'
  const csv =
    kind === 'units'
      ? 'kode_unit,nama_unit,kode_unit_induk\r\nUX1,Unit Impor,\r\n'
      : `nip,nama,status,jabatan,nama_unit\r\n${makeNip()},Pegawai Impor,PNS,Staf,Sub Bidang A1\r\n`
  const payload =
    `--${boundary}\r\nContent-Disposition: form-data; name="dryRun"\r\n\r\ntrue\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n` +
    `--${boundary}--\r\n`
  return {
    method: 'POST',
    url: `/api/org/import/${kind}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

const newPegawaiBody = () => ({
  nip: makeNip(),
  name: 'Pegawai Baru',
  status: 'PNS',
  unitId: o.units.sub.id,
  jabatanId: o.staff1.jabatanId,
})
// Dates in 2027 keep the hierarchy of today unchanged, so rows do not disturb each other.
const FUTURE = { startDate: '2027-03-01', endDate: '2027-03-31' }

const ROWS: Row[] = [
  // unit tree
  {
    name: 'GET /api/org/units',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/org/units' }),
  },
  {
    name: 'POST /api/org/units',
    expect: ADMIN_CREATE_WITH_REFS,
    request: () => ({
      method: 'POST',
      url: '/api/org/units',
      payload: { name: 'Bidang Baru', parentId: o.units.root.id },
    }),
  },
  {
    name: 'PATCH /api/org/units/:id',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: `/api/org/units/${o.units.bidangB.id}`,
      payload: { name: 'Bidang B' },
    }),
  },
  // jabatan
  {
    name: 'GET /api/org/jabatan',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: `/api/org/jabatan?unitId=${o.units.sub.id}` }),
  },
  {
    name: 'POST /api/org/jabatan',
    expect: ADMIN_CREATE_WITH_REFS,
    request: () => ({
      method: 'POST',
      url: '/api/org/jabatan',
      payload: { name: 'Jabatan Baru', jenis: 'pelaksana', unitId: o.units.sub.id },
    }),
  },
  {
    name: 'PATCH /api/org/jabatan/:id',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: `/api/org/jabatan/${o.staff1.jabatanId}`,
      payload: { jenis: 'pelaksana' },
    }),
  },
  // PLT/PLH
  {
    name: 'GET /api/org/acting',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/org/acting' }),
  },
  {
    name: 'POST /api/org/acting',
    expect: ADMIN_CREATE_WITH_REFS,
    request: () => ({
      method: 'POST',
      url: '/api/org/acting',
      payload: { pegawaiId: pid.kabid, unitId: o.units.bidangB.id, kind: 'plt', ...FUTURE },
    }),
  },
  {
    name: 'DELETE /api/org/acting/:id',
    expect: ADMIN_ONLY(200),
    request: async () => ({
      method: 'DELETE',
      url: `/api/org/acting/${await adminCreates('/api/org/acting', { pegawaiId: pid.kabid, unitId: o.units.bidangB.id, kind: 'plh', ...FUTURE })}`,
    }),
  },
  // pegawai
  {
    name: 'GET /api/org/pegawai (scoped list)',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/org/pegawai' }),
  },
  {
    name: 'POST /api/org/pegawai',
    expect: ADMIN_CREATE_WITH_REFS,
    request: () => ({ method: 'POST', url: '/api/org/pegawai', payload: newPegawaiBody() }),
  },
  {
    name: 'GET /api/org/pegawai/:staff1 (self of the pegawai)',
    expect: SEEN_BY('pegawai', 'atasan', 'kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staff1}` }),
  },
  {
    name: 'GET /api/org/pegawai/:staff2 (colleague of the pegawai)',
    expect: SEEN_BY('atasan', 'kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staff2}` }),
  },
  {
    name: 'GET /api/org/pegawai/:kasub (the atasan themselves)',
    expect: SEEN_BY('atasan', 'kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.kasub}` }),
  },
  {
    name: 'GET /api/org/pegawai/:kabid (above the atasan)',
    expect: SEEN_BY('kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.kabid}` }),
  },
  {
    name: 'GET /api/org/pegawai/:kepala (the top)',
    expect: SEEN_BY('kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.kepala}` }),
  },
  {
    name: 'GET /api/org/pegawai/:staffB (another bidang, same instansi)',
    expect: SEEN_BY('kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staffB}` }),
  },
  {
    name: 'GET /api/org/pegawai/:helpdesk (the PIC themselves)',
    expect: SEEN_BY('kepala', 'helpdesk'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.helpdesk}` }),
  },
  {
    name: 'GET /api/org/pegawai/:id of the other instansi',
    expect: {
      anonymous: 401,
      pegawai: 404,
      atasan: 404,
      kepala: 404,
      admin: 404,
      otherAdmin: 200,
      helpdesk: 404,
      superAdmin: 404,
    },
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${other.staff1.pegawaiId}` }),
  },
  {
    name: 'PATCH /api/org/pegawai/:staff1 (the pegawai edits themselves)',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: `/api/org/pegawai/${pid.staff1}`,
      payload: { phone: '081234567890' },
    }),
  },
  {
    name: 'PATCH /api/org/pegawai/:staff2 (the atasan edits a subordinate)',
    expect: ADMIN_ONLY(200),
    request: () => ({
      method: 'PATCH',
      url: `/api/org/pegawai/${pid.staff2}`,
      payload: { phone: '081234567891' },
    }),
  },
  // exclusions
  {
    name: 'GET /api/org/pegawai/:staff1/exclusions',
    expect: SEEN_BY('pegawai', 'atasan', 'kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staff1}/exclusions` }),
  },
  {
    name: 'GET /api/org/pegawai/:staffB/exclusions',
    expect: SEEN_BY('kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staffB}/exclusions` }),
  },
  {
    name: 'POST /api/org/pegawai/:id/exclusions',
    expect: ADMIN_ONLY(201),
    request: () => ({
      method: 'POST',
      url: `/api/org/pegawai/${pid.staff2}/exclusions`,
      payload: { reason: 'cuti_besar', ...FUTURE },
    }),
  },
  {
    name: 'DELETE /api/org/pegawai/:id/exclusions/:id',
    expect: ADMIN_ONLY(200),
    request: async () => {
      const id = await adminCreates(`/api/org/pegawai/${pid.staff2}/exclusions`, {
        reason: 'cuti_besar',
        ...FUTURE,
      })
      return { method: 'DELETE', url: `/api/org/pegawai/${pid.staff2}/exclusions/${id}` }
    },
  },
  // atasan overrides
  {
    name: 'GET /api/org/pegawai/:staff1/atasan-overrides',
    expect: SEEN_BY('pegawai', 'atasan', 'kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.staff1}/atasan-overrides` }),
  },
  {
    name: 'GET /api/org/pegawai/:kabid/atasan-overrides',
    expect: SEEN_BY('kepala'),
    request: () => ({ method: 'GET', url: `/api/org/pegawai/${pid.kabid}/atasan-overrides` }),
  },
  {
    name: 'POST /api/org/pegawai/:id/atasan-overrides',
    expect: ADMIN_ONLY(201),
    request: () => ({
      method: 'POST',
      url: `/api/org/pegawai/${pid.staff2}/atasan-overrides`,
      payload: { atasanId: pid.kabid, ...FUTURE },
    }),
  },
  {
    name: 'DELETE /api/org/pegawai/:id/atasan-overrides/:id',
    expect: ADMIN_ONLY(200),
    request: async () => {
      const id = await adminCreates(`/api/org/pegawai/${pid.staff2}/atasan-overrides`, {
        atasanId: pid.kabid,
        ...FUTURE,
      })
      return { method: 'DELETE', url: `/api/org/pegawai/${pid.staff2}/atasan-overrides/${id}` }
    },
  },
  // import and export (always inside the actor's own instansi, so the other admin works on theirs)
  {
    name: 'POST /api/org/import/units (dry run)',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => dryRunImport('units'),
  },
  {
    name: 'POST /api/org/import/pegawai (dry run)',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => dryRunImport('pegawai'),
  },
  {
    name: 'GET /api/org/export/units',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => ({ method: 'GET', url: '/api/org/export/units?format=csv' }),
  },
  {
    name: 'GET /api/org/export/pegawai',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => ({ method: 'GET', url: '/api/org/export/pegawai?format=csv' }),
  },
  // A rejected-rows file nobody made: 404 for everyone signed in (the file store is not reachable by guessing).
  {
    name: 'GET /api/org/import/rejected/:id',
    expect: { ...ADMIN_ONLY(404), admin: 404 },
    request: () => ({ method: 'GET', url: `/api/org/import/rejected/${'ab'.repeat(16)}` }),
  },
  // the instansi itself (the other admin reads and edits their own, never this one)
  {
    name: 'GET /api/org/instansi',
    expect: MEMBERS,
    request: () => ({ method: 'GET', url: '/api/org/instansi' }),
  },
  {
    name: 'PATCH /api/org/instansi',
    expect: { ...ADMIN_ONLY(200), otherAdmin: 200 },
    request: () => ({
      method: 'PATCH',
      url: '/api/org/instansi',
      payload: { timeZone: 'Asia/Makassar' },
    }),
  },
  // me
  {
    name: 'GET /api/org/me/profile',
    expect: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/org/me/profile' }),
  },
  {
    name: 'GET /api/org/me/subordinates',
    expect: SIGNED_IN,
    request: () => ({ method: 'GET', url: '/api/org/me/subordinates' }),
  },
  // users
  {
    name: 'GET /api/users',
    expect: ACCOUNT_ADMINS,
    request: () => ({ method: 'GET', url: '/api/users' }),
  },
  {
    name: 'PATCH /api/users/:id',
    expect: THIS_ACCOUNT,
    request: () => ({
      method: 'PATCH',
      url: `/api/users/${o.staff2.userId}`,
      payload: { active: true },
    }),
  },
  {
    name: 'POST /api/users/:id/reset-password',
    expect: THIS_ACCOUNT,
    request: () => ({ method: 'POST', url: `/api/users/${o.staff2.userId}/reset-password` }),
  },
  // audit
  {
    name: 'GET /api/audit',
    expect: ACCOUNT_ADMINS,
    request: () => ({ method: 'GET', url: '/api/audit' }),
  },
]

const CODE_FOR: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const req = await row.request()
    const res = await t.as(sessions[role], req)
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
  })

  it('has a row for every route of the org, users and audit modules (from the OpenAPI document)', async () => {
    const covered = new Set(
      ROWS.map((r) => `${r.name.split(' ')[0]} ${normalise(r.name.split(' ')[1] ?? '')}`),
    )
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!/^\/api\/(org|users|audit)/.test(path)) continue
      for (const method of Object.keys(ops))
        if (method !== 'head') registered.push(`${method.toUpperCase()} ${normalise(path)}`)
    }
    expect(registered.length).toBeGreaterThan(20)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

/** `/api/org/pegawai/{pegawaiId}/exclusions/{exclusionId}` and `/api/org/pegawai/:staff1/exclusions/:id` → one shape. */
function normalise(path: string) {
  return path
    .replace(/\?.*$/, '')
    .replace(/\/$/, '')
    .replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}

describe('CSRF: the one 403', () => {
  const writes = ROWS.filter((r) => r.name.split(' ')[0] !== 'GET')

  it.each(writes.map((row) => ({ endpoint: row.name, row })))(
    '$endpoint without the CSRF token → 403 CSRF_MISMATCH, even for the admin',
    async ({ row }) => {
      const req = await row.request()
      const res = await t.app.inject({
        ...req,
        headers: { ...(req.headers ?? {}), cookie: (sessions.admin as Session).cookie },
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_MISMATCH' })
    },
  )

  it('a refused write changes nothing', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/org/units/${o.units.sub.id}`,
      payload: { name: 'Dibajak' },
      headers: { cookie: (sessions.admin as Session).cookie },
    })
    expect(res.statusCode).toBe(403)
    const units = (await t.as(sessions.admin, { method: 'GET', url: '/api/org/units' })).json()
      .items
    expect(units.find((u: { id: string }) => u.id === o.units.sub.id).name).toBe('Sub Bidang A1')
  })
})

describe('anonymous callers', () => {
  it.each(ROWS.map((row) => ({ endpoint: row.name, row })))(
    '$endpoint with a malformed body or id → still 401, never a field error',
    async ({ row }) => {
      const req = await row.request()
      const url = req.url.replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        'not-a-uuid',
      )
      const res = await t.app.inject({
        method: req.method,
        url,
        ...(req.method === 'GET' || req.method === 'DELETE' ? {} : { payload: { junk: true } }),
      })
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('UNAUTHENTICATED')
      expect(res.json().error.fields).toBeUndefined()
    },
  )
})

// A fresh office for the list checks, so the writes of the matrix do not change the expected sets.
const p = await t.f.office()
const pic = await t.f.pegawai(p.instansi.id, p.units.bidangB.id, { roles: ['pic_helpdesk'] })
const everyone = [p.kepala, p.kabid, p.kasub, p.staff1, p.staff2, p.staffB, pic].map(
  (x) => x.pegawaiId,
)

describe('lists are confined to what the actor may see', () => {
  it.each([
    ['pegawai (staff1): only themselves', () => p.staff1.username, [p.staff1.pegawaiId]],
    [
      'atasan (kasub): themselves and their staff',
      () => p.kasub.username,
      [p.kasub.pegawaiId, p.staff1.pegawaiId, p.staff2.pegawaiId],
    ],
    [
      'kabid: themselves and everyone below',
      () => p.kabid.username,
      [p.kabid.pegawaiId, p.kasub.pegawaiId, p.staff1.pegawaiId, p.staff2.pegawaiId],
    ],
    ['kepala: the whole office', () => p.kepala.username, everyone],
    ['pic_helpdesk: only themselves', () => pic.username, [pic.pegawaiId]],
    ['admin: the whole instansi', () => p.admin.username, everyone],
  ])('GET /api/org/pegawai as %s', async (_who, username, expected) => {
    const s = await t.login(username())
    const res = await t.as(s, { method: 'GET', url: '/api/org/pegawai?pageSize=200' })
    expect(res.statusCode).toBe(200)
    expect(
      res
        .json()
        .items.map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([...expected].sort())
    expect(res.json().total).toBe(expected.length)
  })

  it('a search cannot reach outside the scope', async () => {
    const s = await t.login(p.staff1.username)
    const res = await t.as(s, { method: 'GET', url: `/api/org/pegawai?q=${p.staff2.username}` })
    expect(res.json()).toMatchObject({ items: [], total: 0 })
  })

  it.each([
    ['/api/org/units', () => Object.values(p.units).map((u) => u.id)],
    ['/api/org/jabatan', () => [p.staff1.jabatanId, p.kasub.jabatanId]],
    ['/api/org/pegawai?pageSize=200', () => everyone],
    ['/api/users?pageSize=200', () => [p.staff1.userId, p.admin.userId]],
  ])('the other instansi’s admin sees none of this instansi in %s', async (url, ids) => {
    const otherAdmin = await t.login(other.admin.username)
    const res = await t.as(otherAdmin, { method: 'GET', url })
    expect(res.statusCode).toBe(200)
    const seen = res.json().items.map((x: { id: string }) => x.id)
    expect(seen.length).toBeGreaterThan(0)
    for (const id of ids()) expect(seen).not.toContain(id)
  })

  it('the other instansi’s admin reads none of this instansi’s audit entries', async () => {
    const admin = await t.login(p.admin.username)
    expect(
      (
        await t.as(admin, {
          method: 'PATCH',
          url: `/api/org/pegawai/${p.staff1.pegawaiId}`,
          payload: { phone: '081111111111' },
        })
      ).statusCode,
    ).toBe(200)
    const mine = (
      await t.as(admin, { method: 'GET', url: `/api/audit?entityId=${p.staff1.pegawaiId}` })
    ).json().items
    expect(mine.length).toBeGreaterThan(0)
    const otherAdmin = await t.login(other.admin.username)
    const theirs = await t.as(otherAdmin, {
      method: 'GET',
      url: `/api/audit?entityId=${p.staff1.pegawaiId}`,
    })
    expect(theirs.statusCode).toBe(200)
    expect(theirs.json().items).toEqual([])
  })

  it('the super admin reads the audit of every instansi', async () => {
    const s = await t.login(superAdmin.username)
    const res = await t.as(s, { method: 'GET', url: `/api/audit?entityId=${p.staff1.pegawaiId}` })
    expect(res.statusCode).toBe(200)
    expect(res.json().items.length).toBeGreaterThan(0)
  })
})
