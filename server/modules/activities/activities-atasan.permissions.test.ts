import { describe, expect, it } from 'vitest'
import type { Skp } from '../../../shared/skp.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * Who may do what on the atasan side of activities: monitoring, verification and umpan balik
 * (quality.md "A test matrix tries every role against every endpoint"). The entry or SKP under
 * test belongs to a staff member of Sub Bidang A1 ("owner"; atasan: the kasub, also the SKP's
 * snapshotted pejabat penilai). The PLT row is about its own target: staff B of Bidang B, whose
 * SKP was made while the bidang had no head (snapshot: the kepala) and who now reports to the
 * PLT head of Bidang B. Decisions:
 * - not visible → 404: a colleague, the PIC (helpdesk, not an admin), another instansi's admin
 *   and a super admin outside the instansi;
 * - visible but not allowed → 403: the owner may not verify or open feedback on their own SKP;
 *   supervisors higher up (the kabid) read everything but neither verify nor write;
 * - an admin of the instansi acts for the atasan (verify, feedback), audited with actingFor;
 * - monitoring is the atasan's own view: 404 for anyone without subordinates, admins included.
 */
const t = await setupTestApp()
const k = skpKit(t)
const fx = atasanFixtures(t)

const ROLES = [
  'anonymous',
  'owner',
  'atasan',
  'plt',
  'supervisor',
  'colleague',
  'admin',
  'pic',
  'otherAdmin',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const o = await t.f.office()
const other = await t.f.office()
const owner = await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Pemilik Kegiatan' })
const ownerSkp = await k.skpWith(owner, ['Menyusun laporan kepegawaian'])
// Bidang B has no head: staff B's SKP snapshots the kepala; then a PLT is appointed.
const pltSkp = await k.skpWith(o.staffB, ['Mengelola data aset'])
const plt = await t.f.pegawai(o.instansi.id, o.units.bidang.id, { name: 'Plt Kabid B' })
const acting = await k.post(o.admin, '/api/org/acting', {
  pegawaiId: plt.pegawaiId,
  unitId: o.units.bidangB.id,
  kind: 'plt',
  startDate: '2026-11-01',
})
expect(acting.statusCode, acting.body).toBe(201)
const pic = await t.f.account(o.instansi.id, ['pic_helpdesk'])
const superAdmin = await t.f.account(null, ['super_admin'])

type Target = { owner: TestPerson; skp: Skp }
const mainTarget: Target = { owner, skp: ownerSkp }
const pltTarget: Target = { owner: o.staffB, skp: pltSkp }

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  owner,
  atasan: o.kasub,
  plt,
  supervisor: o.kabid,
  colleague: o.staff2,
  admin: o.admin,
  pic,
  otherAdmin: other.admin,
  superAdmin,
}
const targetFor = (role: Role) => (role === 'plt' ? pltTarget : mainTarget)

type Request = { method: 'GET' | 'POST'; url: string; payload?: unknown }
type Row = {
  name: string
  expect: Expect
  request: (target: Target) => Promise<Request>
  /** Extra checks on a 2xx answer, per role. */
  check?: (role: Role, body: unknown) => void
}

const NOBODY: Expect = {
  anonymous: 401,
  owner: 404,
  atasan: 404,
  plt: 404,
  supervisor: 404,
  colleague: 404,
  admin: 404,
  pic: 404,
  otherAdmin: 404,
  superAdmin: 404,
}
/** Everyone who sees the owner's records; the rest 404. */
const READERS: Expect = {
  ...NOBODY,
  owner: 200,
  atasan: 200,
  plt: 200,
  supervisor: 200,
  admin: 200,
}
/** The atasan side writes; other readers 403. */
const ATASAN_SIDE = (ok: number): Expect => ({
  ...NOBODY,
  owner: 403,
  supervisor: 403,
  atasan: ok,
  plt: ok,
  admin: ok,
})

const entry = (target: Target) =>
  fx.progress(o.instansi.id, target.owner, {
    skpId: target.skp.id,
    rhkId: target.skp.rhk[0]!.id,
  })

const ROWS: Row[] = [
  {
    name: 'GET /api/activities/monitoring',
    expect: { ...NOBODY, atasan: 200, plt: 200, supervisor: 200 },
    request: async () => ({ method: 'GET', url: '/api/activities/monitoring' }),
  },
  {
    name: 'POST /api/activities/progress/:id/verify',
    expect: ATASAN_SIDE(200),
    request: async (target) => ({
      method: 'POST',
      url: `/api/activities/progress/${(await entry(target)).id}/verify`,
      payload: { verdict: 'sesuai' },
    }),
  },
  {
    name: 'POST /api/activities/progress/verify-bulk',
    // Per-entry outcome: the call succeeds for every signed-in user; `updated` says who may.
    expect: {
      ...NOBODY,
      owner: 200,
      atasan: 200,
      plt: 200,
      supervisor: 200,
      colleague: 200,
      admin: 200,
      pic: 200,
      otherAdmin: 200,
      superAdmin: 200,
    },
    request: async (target) => ({
      method: 'POST',
      url: '/api/activities/progress/verify-bulk',
      payload: { ids: [(await entry(target)).id], verdict: 'sesuai' },
    }),
    check: (role, body) => {
      const may = role === 'atasan' || role === 'plt' || role === 'admin'
      const b = body as { updated: number; skipped: { reason: string }[] }
      expect(b.updated, role).toBe(may ? 1 : 0)
      if (!may) {
        const seen = role === 'owner' || role === 'supervisor'
        expect(b.skipped[0]!.reason === 'Tidak ditemukan', role).toBe(!seen)
      }
    },
  },
  {
    name: 'GET /api/activities/progress/:id/verifications',
    expect: READERS,
    request: async (target) => ({
      method: 'GET',
      url: `/api/activities/progress/${(await entry(target)).id}/verifications`,
    }),
  },
  {
    name: 'GET /api/activities/feedback',
    expect: READERS,
    request: async (target) => ({
      method: 'GET',
      url: `/api/activities/feedback?skpId=${target.skp.id}`,
    }),
    check: (role, body) =>
      expect((body as { canStart: boolean }).canStart, role).toBe(
        role === 'atasan' || role === 'plt' || role === 'admin',
      ),
  },
  {
    name: 'POST /api/activities/feedback',
    expect: ATASAN_SIDE(201),
    request: async (target) => ({
      method: 'POST',
      url: '/api/activities/feedback',
      payload: {
        skpId: target.skp.id,
        topicKind: 'rhk',
        rhkId: target.skp.rhk[0]!.id,
        body: 'Pertahankan ketepatan waktu laporan',
      },
    }),
  },
  {
    name: 'POST /api/activities/feedback/:id/messages',
    expect: { ...ATASAN_SIDE(201), owner: 201 },
    request: async (target) => {
      const started = await k.post(o.admin, '/api/activities/feedback', {
        skpId: target.skp.id,
        topicKind: 'perilaku',
        coreValue: 'kompeten',
        body: 'Ikuti pelatihan pengelolaan arsip',
      })
      expect(started.statusCode, started.body).toBe(201)
      return {
        method: 'POST',
        url: `/api/activities/feedback/${started.json().id}/messages`,
        payload: { body: 'Baik, terima kasih' },
      }
    },
  },
]

const CODE_FOR: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

const sessionFor = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : k.session(who[role])

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const req = await row.request(targetFor(role))
    const res = await t.as(await sessionFor(role), {
      method: req.method,
      url: req.url,
      ...(req.payload === undefined ? {} : { payload: req.payload as object }),
    })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
    else row.check?.(role, res.json())
  })

  it('has a row for every route of the atasan side (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const mine =
      /^\/api\/activities\/(monitoring|feedback|progress\/verify-bulk|progress\/\{id\}\/(verify|verifications))/
    const registered = Object.entries(doc.paths)
      .filter(([path]) => mine.test(path))
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => m !== 'head')
          .map((m) => normalise(`${m.toUpperCase()} ${path}`)),
      )
    expect(registered).toHaveLength(7)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

/** `/x/{threadId}/y` and `/x/:id/y` → one shape. */
function normalise(route: string) {
  return route.replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}

describe('an admin acting for the atasan', () => {
  it('is audited with actingFor: the SKP’s snapshotted atasan, else today’s', async () => {
    // Staff B's SKP names the kepala (no head of Bidang B when it was made), though the PLT
    // is staff B's atasan today.
    const e = await entry(pltTarget)
    expect(
      (await k.post(o.admin, `/api/activities/progress/${e.id}/verify`, { verdict: 'sesuai' }))
        .statusCode,
    ).toBe(200)
    const verified = (
      await k.get(o.admin, `/api/audit?action=progress.verified&entityId=${e.id}`)
    ).json().items
    expect(verified[0].after).toMatchObject({
      actingFor: 'Kepala Badan',
      actingForPegawaiId: o.kepala.pegawaiId,
    })

    // An entry outside any SKP: the admin acts for today's atasan.
    const loose = await fx.progress(o.instansi.id, o.staffB)
    await k.post(o.admin, `/api/activities/progress/${loose.id}/verify`, { verdict: 'sesuai' })
    const looseAudit = (
      await k.get(o.admin, `/api/audit?action=progress.verified&entityId=${loose.id}`)
    ).json().items
    expect(looseAudit[0].after).toMatchObject({
      actingFor: 'Plt Kabid B',
      actingForPegawaiId: plt.pegawaiId,
    })

    // The atasan themselves is never recorded as acting for anyone.
    const own = await entry(mainTarget)
    await k.post(o.kasub, `/api/activities/progress/${own.id}/verify`, { verdict: 'sesuai' })
    const plain = (
      await k.get(o.admin, `/api/audit?action=progress.verified&entityId=${own.id}`)
    ).json().items
    expect(plain[0].after.actingFor).toBeUndefined()
  })

  it('the PLT verifies and writes as atasan without acting for anyone', async () => {
    const e = await entry(pltTarget)
    const res = await k.post(plt, `/api/activities/progress/${e.id}/verify`, { verdict: 'sesuai' })
    expect(res.json().verification.byName).toBe('Plt Kabid B')
    const audit = (
      await k.get(o.admin, `/api/audit?action=progress.verified&entityId=${e.id}`)
    ).json().items
    expect(audit[0].after.actingFor).toBeUndefined()
    // The snapshotted kepala (still above staff B) may verify too.
    const kepala = await k.post(o.kepala, `/api/activities/progress/${e.id}/verify`, {
      verdict: 'sesuai',
    })
    expect(kepala.statusCode, kepala.body).toBe(200)
  })
})
