import { describe, expect, it } from 'vitest'
import type { Skp } from '../../../shared/skp.ts'
import type { TestPerson } from '../../test/factories.ts'
import { rhk, skpKit, YEAR } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * Who may do what with an SKP (issue #3 "What must be true"; quality.md "Authorisation").
 * The SKP under test belongs to a fresh staff member of Sub Bidang A1 ("owner"), so its
 * snapshotted atasan is the kasub. Decisions:
 * - not visible → 404 (never reveals existence): a colleague, someone in another bidang, the
 *   admin of another instansi, a super admin without instansi;
 * - visible but not allowed → 403 FORBIDDEN: supervisors higher up (kabid, kepala) see the SKP of
 *   everyone below them but only the snapshotted atasan approves; the owner cannot approve;
 * - an admin of the instansi sees every SKP, may act for the atasan (approve, return, ekspektasi:
 *   audited) and closes SKPs, but never edits the owner's content or writes in their dialog.
 *
 * To extend: add a row to ROWS with the expected status for every role.
 */
const t = await setupTestApp({ now: '2026-11-27T02:00:00Z' })
const k = skpKit(t)

const ROLES = [
  'anonymous',
  'owner',
  'atasan',
  'supervisor',
  'kepala',
  'colleague',
  'outsider',
  'admin',
  'otherAdmin',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const o = await t.f.office()
const other = await t.f.office()
const superAdmin = await t.f.account(null, ['super_admin'])
// The kasub's 2026 SKP has RHK for the owners to intervene.
const kasubSkp = await k.skpWith(o.kasub, ['Layanan administrasi kepegawaian'])
const kasubRhk = kasubSkp.rhk[0]!.id

const fixed: Record<Exclude<Role, 'owner' | 'anonymous'>, { username: string }> = {
  atasan: o.kasub,
  supervisor: o.kabid,
  kepala: o.kepala,
  colleague: o.staff2,
  outsider: o.staffB,
  admin: o.admin,
  otherAdmin: other.admin,
  superAdmin,
}

type State = 'draft' | 'filled' | 'diajukan' | 'disetujui'
/** A new staff member of Sub Bidang A1 (atasan: the kasub) with an SKP in the given state. */
async function ownerWith(state: State): Promise<{ owner: TestPerson; skp: Skp }> {
  const owner = await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Pemilik SKP' })
  let skp = await k.create(owner)
  if (state === 'draft') return { owner, skp }
  skp = await k.write(owner, skp, [rhk('Menyusun laporan kepegawaian', [kasubRhk])])
  if (state === 'filled') return { owner, skp }
  skp = await k.submit(owner, skp)
  if (state === 'diajukan') return { owner, skp }
  return { owner, skp: await k.approve(o.kasub, skp) }
}

type Request = { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }
type Row = {
  name: string
  expect: Expect
  /** Builds the target (a fresh owner and SKP when the row needs one) and the request. */
  request: () => Promise<{ owner?: TestPerson; req: Request }>
}

const base: Expect = {
  anonymous: 401,
  owner: 404,
  atasan: 404,
  supervisor: 404,
  kepala: 404,
  colleague: 404,
  outsider: 404,
  admin: 404,
  otherAdmin: 404,
  superAdmin: 404,
}
/** Expectations on one SKP: everyone not listed and able to see it gets 403; the rest 404. */
const ON_SKP = (allowed: Partial<Record<Role, number>>): Expect => ({
  ...base,
  owner: 403,
  atasan: 403,
  supervisor: 403,
  kepala: 403,
  admin: 403,
  ...allowed,
})
const VIEWERS = ON_SKP({ owner: 200, atasan: 200, supervisor: 200, kepala: 200, admin: 200 })
/** Any member of this instansi; the other admin and the super admin are outside it. */
const MEMBERS: Expect = {
  ...base,
  owner: 200,
  atasan: 200,
  supervisor: 200,
  kepala: 200,
  colleague: 200,
  outsider: 200,
  admin: 200,
}

const onSkp = (state: State, req: (skp: Skp) => Request) => async () => {
  const { owner, skp } = await ownerWith(state)
  return { owner, req: req(skp) }
}

const ROWS: Row[] = [
  {
    name: 'POST /api/skp (own SKP for 2027)',
    // Everyone with a pegawai record creates their own; accounts without one have no SKP.
    expect: {
      ...MEMBERS,
      owner: 201,
      atasan: 201,
      supervisor: 201,
      kepala: 201,
      colleague: 201,
      outsider: 201,
      admin: 404,
    },
    request: async () => ({
      owner: await t.f.pegawai(o.instansi.id, o.units.sub.id),
      req: { method: 'POST', url: '/api/skp', payload: { year: 2027, pendekatan: 'kuantitatif' } },
    }),
  },
  {
    name: 'GET /api/skp (mine)',
    expect: { ...MEMBERS, otherAdmin: 200 },
    request: async () => ({ req: { method: 'GET', url: '/api/skp' } }),
  },
  {
    name: 'GET /api/skp?scope=all',
    expect: { ...base, owner: 404, admin: 200, otherAdmin: 200 },
    request: async () => ({ req: { method: 'GET', url: '/api/skp?scope=all' } }),
  },
  {
    name: 'GET /api/skp/:id',
    expect: VIEWERS,
    request: onSkp('draft', (s) => ({ method: 'GET', url: `/api/skp/${s.id}` })),
  },
  {
    name: 'PUT /api/skp/:id',
    expect: ON_SKP({ owner: 200 }),
    request: onSkp('draft', (s) => ({
      method: 'PUT',
      url: `/api/skp/${s.id}`,
      payload: { version: s.version, rhk: [rhk('Menyusun laporan', [kasubRhk])] },
    })),
  },
  {
    name: 'POST /api/skp/:id/submit',
    expect: ON_SKP({ owner: 200 }),
    request: onSkp('filled', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/submit`,
      payload: { version: s.version },
    })),
  },
  {
    name: 'POST /api/skp/:id/approve',
    expect: ON_SKP({ atasan: 200, admin: 200 }),
    request: onSkp('diajukan', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/approve`,
      payload: { version: s.version },
    })),
  },
  {
    name: 'POST /api/skp/:id/return',
    expect: ON_SKP({ atasan: 200, admin: 200 }),
    request: onSkp('diajukan', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/return`,
      payload: { version: s.version, reason: 'Perbaiki indikatornya' },
    })),
  },
  {
    name: 'POST /api/skp/:id/revise',
    expect: ON_SKP({ owner: 200 }),
    request: onSkp('disetujui', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/revise`,
      payload: { version: s.version },
    })),
  },
  {
    name: 'POST /api/skp/:id/close',
    expect: ON_SKP({ admin: 200 }),
    request: onSkp('draft', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/close`,
      payload: { version: s.version, reason: 'Mutasi keluar instansi' },
    })),
  },
  {
    name: 'PUT /api/skp/:id/ekspektasi',
    expect: ON_SKP({ atasan: 200, admin: 200 }),
    request: onSkp('diajukan', (s) => ({
      method: 'PUT',
      url: `/api/skp/${s.id}/ekspektasi`,
      payload: {
        version: s.version,
        items: [{ coreValue: 'kolaboratif', ekspektasiKhusus: 'Aktif di tim lintas bidang' }],
      },
    })),
  },
  {
    name: 'GET /api/skp/:id/revisions',
    expect: ON_SKP({ owner: 200, atasan: 200, admin: 200 }),
    request: onSkp('disetujui', (s) => ({ method: 'GET', url: `/api/skp/${s.id}/revisions` })),
  },
  {
    name: 'GET /api/skp/:id/atasan-rhk',
    expect: VIEWERS,
    request: onSkp('draft', (s) => ({ method: 'GET', url: `/api/skp/${s.id}/atasan-rhk` })),
  },
  {
    name: 'GET /api/skp/:id/dialog',
    expect: ON_SKP({ owner: 200, atasan: 200, admin: 200 }),
    request: onSkp('draft', (s) => ({ method: 'GET', url: `/api/skp/${s.id}/dialog` })),
  },
  {
    name: 'POST /api/skp/:id/dialog',
    expect: ON_SKP({ owner: 201, atasan: 201 }),
    request: onSkp('draft', (s) => ({
      method: 'POST',
      url: `/api/skp/${s.id}/dialog`,
      payload: { text: 'Catatan dialog' },
    })),
  },
  {
    name: 'POST /api/skp/bulk-approve',
    // Per-item results: the call itself succeeds for every signed-in member (the items say who may).
    expect: { ...MEMBERS, otherAdmin: 200, superAdmin: 200 },
    request: onSkp('diajukan', (s) => ({
      method: 'POST',
      url: '/api/skp/bulk-approve',
      payload: { items: [{ id: s.id, version: s.version }] },
    })),
  },
  {
    name: 'GET /api/skp/matriks?pegawaiId=:kasub',
    expect: { ...base, atasan: 200, supervisor: 200, kepala: 200, admin: 200 },
    request: async () => ({
      req: { method: 'GET', url: `/api/skp/matriks?pegawaiId=${o.kasub.pegawaiId}` },
    }),
  },
  {
    name: 'GET /api/skp/tree?unitId=:root',
    expect: MEMBERS,
    request: async () => ({
      req: { method: 'GET', url: `/api/skp/tree?unitId=${o.units.root.id}` },
    }),
  },
  {
    name: 'GET /api/skp/pk?unitId=:root',
    expect: MEMBERS,
    request: async () => ({
      req: { method: 'GET', url: `/api/skp/pk?unitId=${o.units.root.id}&year=${YEAR}` },
    }),
  },
  {
    name: 'PUT /api/skp/pk/:root/:year',
    expect: {
      ...MEMBERS,
      owner: 403,
      atasan: 403,
      supervisor: 403,
      colleague: 403,
      outsider: 403,
      kepala: 200,
      admin: 200,
    },
    request: async () => {
      const current = (
        await k.get(o.admin, `/api/skp/pk?unitId=${o.units.root.id}&year=${YEAR}`)
      ).json()
      return {
        req: {
          method: 'PUT',
          url: `/api/skp/pk/${o.units.root.id}/${YEAR}`,
          payload: {
            version: current.version,
            targets: [
              {
                sasaranStrategis: 'Kualitas SDM aparatur',
                indikator: 'Indeks profesionalitas ASN',
                targetValue: 80,
                targetUnit: 'Indeks',
              },
            ],
          },
        },
      }
    },
  },
]

const CODE_FOR: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

async function sessionFor(role: Role, owner: TestPerson | undefined): Promise<Session | null> {
  if (role === 'anonymous') return null
  // Rows without an SKP of their own: the "owner" is any staff member of Sub Bidang A1.
  if (role === 'owner')
    return k.session(owner ?? (await t.f.pegawai(o.instansi.id, o.units.sub.id)))
  return k.session(fixed[role])
}

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const { owner, req } = await row.request()
    const res = await t.as(await sessionFor(role, owner), {
      method: req.method,
      url: req.url,
      ...(req.payload === undefined ? {} : { payload: req.payload as object }),
    })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
  })

  it('has a row for every SKP route (from the OpenAPI document)', async () => {
    const covered = new Set(
      ROWS.map((r) => `${r.name.split(' ')[0]} ${normalise(r.name.split(' ')[1] ?? '')}`),
    )
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      // The PDF/XLSX downloads belong to skp-documents and are tested there.
      if (!path.startsWith('/api/skp') || /\/(pdf|xlsx)$/.test(path)) continue
      for (const method of Object.keys(ops))
        if (method !== 'head') registered.push(`${method.toUpperCase()} ${normalise(path)}`)
    }
    expect(registered.length).toBeGreaterThanOrEqual(19)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

/** `/api/skp/{id}/dialog`, `/api/skp/:id/dialog` and `/api/skp/?scope=all` → one shape. */
function normalise(path: string) {
  return path
    .replace(/\?.*$/, '')
    .replace(/\/$/, '')
    .replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}

describe('what each role finds in the lists', () => {
  it('a pegawai lists only their own SKP; the atasan their bawahan; the other instansi’s admin none of these', async () => {
    const { owner, skp } = await ownerWith('diajukan')
    const ids = async (who: { username: string }, q: string) =>
      ((await k.get(who, `/api/skp?${q}&pageSize=200`)).json().items as { id: string }[]).map(
        (s) => s.id,
      )
    expect(await ids(owner, 'scope=mine')).toEqual([skp.id])
    expect(await ids(owner, 'scope=bawahan')).toEqual([])
    expect(await ids(o.kasub, 'scope=bawahan')).toContain(skp.id)
    expect(await ids(o.staff2, 'scope=mine')).not.toContain(skp.id)
    expect(await ids(o.kabid, 'scope=bawahan')).not.toContain(skp.id)
    expect(await ids(o.admin, 'scope=all')).toContain(skp.id)
    expect(await ids(other.admin, 'scope=all')).not.toContain(skp.id)
  })

  it('what a viewer may do comes from the shared workflow table', async () => {
    const { owner, skp } = await ownerWith('diajukan')
    const actions = async (who: { username: string }) => (await k.read(who, skp.id)).actions
    expect(await actions(owner)).toEqual([])
    expect(await actions(o.kasub)).toEqual(['approve', 'return'])
    expect(await actions(o.kabid)).toEqual([])
    expect(await actions(o.admin)).toEqual(['approve', 'return', 'close'])
  })
})
