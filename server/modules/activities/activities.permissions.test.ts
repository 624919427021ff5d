import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ACTIVITIES,
  addRencanaAksi,
  attachEvidence,
  evidenceFiles,
  logProgress,
  multipart,
  progressBody,
  setupYear,
} from '../../test/activities-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

/**
 * Who may do what on the pegawai side of /api/activities (quality.md "Authorisation"; the
 * policy is activities.policy.ts). The records under test belong to staff1 of Sub Bidang A1
 * ("owner"): the kasub is the direct atasan, the kabid the atasan's atasan, the kepala above
 * both. Decisions:
 * - reading a person's plans, entries, calendar and evidence: the person, everyone above them
 *   and the instansi's admins; anyone else 404 (never a hint that the record exists);
 * - writing them: the owner only; those who may read get 403, everyone else 404;
 * - one's own entries, templates and imports need a pegawai record: accounts without one
 *   (admin, PIC, super admin) get 404, like POST /api/skp;
 * - settings: every member reads; only the admin writes (others 403).
 *
 * To extend: add a row with the expected status for every role.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-perm-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const k = skpKit(t)

const ROLES = [
  'anonymous',
  'owner',
  'atasan',
  'atasanAtasan',
  'kepala',
  'colleague',
  'outsider',
  'admin',
  'pic',
  'otherAdmin',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const o = await t.f.office()
const other = await t.f.office()
const pic = await t.f.account(o.instansi.id, ['pic_helpdesk'])
const superAdmin = await t.f.account(null, ['super_admin'])
const periods = await setupYear(t, await k.session(o.admin))
const nov = periods.find((p) => p.kind === 'monthly' && p.seq === 11)!
const skp = await k.skpWith(o.staff1, ['Menyusun laporan keuangan'])
const rhkId = skp.rhk[0]!.id
const ownerSession = await k.session(o.staff1)

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  owner: o.staff1,
  atasan: o.kasub,
  atasanAtasan: o.kabid,
  kepala: o.kepala,
  colleague: o.staff2,
  outsider: o.staffB,
  admin: o.admin,
  pic,
  otherAdmin: other.admin,
  superAdmin,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : k.session(who[role])

const none: Expect = {
  anonymous: 401,
  owner: 404,
  atasan: 404,
  atasanAtasan: 404,
  kepala: 404,
  colleague: 404,
  outsider: 404,
  admin: 404,
  pic: 404,
  otherAdmin: 404,
  superAdmin: 404,
}
/** The owner's records: readers get `read`, the owner `own`; everyone else 404. */
const onOwners = (own: number, read: number): Expect => ({
  ...none,
  owner: own,
  atasan: read,
  atasanAtasan: read,
  kepala: read,
  admin: read,
})
const READ = onOwners(200, 200)
const WRITE = (status = 200) => onOwners(status, 403)
/** Things of one's own, for everyone with a pegawai record. */
const OWN = (status: number): Expect => ({
  ...none,
  owner: status,
  atasan: status,
  atasanAtasan: status,
  kepala: status,
  colleague: status,
  outsider: status,
})

type Request = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  url: string
  payload?: object
  headers?: Record<string, string>
}
type Row = { name: string; expect: Expect; request: (actor: Session | null) => Promise<Request> }

const entry = () => logProgress(t, ownerSession, { rhkId })
const ra = () => addRencanaAksi(t, ownerSession, { rhkId, periodId: nov.id })
const owner = o.staff1.pegawaiId

const ROWS: Row[] = [
  {
    name: 'GET /rencana-aksi',
    expect: READ,
    request: async () => ({
      method: 'GET',
      url: `/rencana-aksi?periodId=${nov.id}&pegawaiId=${owner}`,
    }),
  },
  {
    name: 'POST /rencana-aksi',
    // The owner's RHK: readers 403; the colleague cannot name it (400 RHK_NOT_YOURS, a field error).
    expect: { ...onOwners(201, 403), colleague: 400, outsider: 400 },
    request: async () => ({
      method: 'POST',
      url: '/rencana-aksi',
      payload: {
        rhkId,
        periodId: nov.id,
        description: 'Menyusun draf laporan',
        targetValue: 1,
        targetUnit: 'Dokumen',
      },
    }),
  },
  {
    name: 'PATCH /rencana-aksi/:id',
    expect: WRITE(),
    request: async () => ({
      method: 'PATCH',
      url: `/rencana-aksi/${(await ra()).id}`,
      payload: { targetValue: 2 },
    }),
  },
  {
    name: 'DELETE /rencana-aksi/:id',
    expect: WRITE(),
    request: async () => ({ method: 'DELETE', url: `/rencana-aksi/${(await ra()).id}` }),
  },
  {
    name: 'GET /progress',
    expect: READ,
    request: async () => ({ method: 'GET', url: `/progress?pegawaiId=${owner}` }),
  },
  {
    name: 'GET /progress/:id',
    expect: READ,
    request: async () => ({ method: 'GET', url: `/progress/${(await entry()).id}` }),
  },
  {
    name: 'POST /progress',
    expect: OWN(201),
    request: async () => ({ method: 'POST', url: '/progress', payload: progressBody() }),
  },
  {
    name: 'PATCH /progress/:id',
    expect: WRITE(),
    request: async () => ({
      method: 'PATCH',
      url: `/progress/${(await entry()).id}`,
      payload: { version: 0, realisasi: 2 },
    }),
  },
  {
    name: 'DELETE /progress/:id',
    expect: WRITE(),
    request: async () => ({ method: 'DELETE', url: `/progress/${(await entry()).id}` }),
  },
  {
    name: 'POST /progress/:id/evidence',
    expect: WRITE(201),
    request: async () => {
      const body = multipart([
        {
          name: 'file',
          data: evidenceFiles.png(),
          filename: 'bukti.png',
          contentType: 'image/png',
        },
      ])
      return {
        method: 'POST',
        url: `/progress/${(await entry()).id}/evidence`,
        payload: body.payload,
        headers: body.headers,
      }
    },
  },
  {
    name: 'DELETE /progress/:id/evidence/:evidenceId',
    expect: WRITE(),
    request: async () => {
      const e = await entry()
      const ev = await attachEvidence(t, ownerSession, e.id)
      return { method: 'DELETE', url: `/progress/${e.id}/evidence/${ev.id}` }
    },
  },
  {
    name: 'GET /evidence/:evidenceId/file',
    expect: READ,
    request: async () => {
      const ev = await attachEvidence(t, ownerSession, (await entry()).id)
      return { method: 'GET', url: `/evidence/${ev.id}/file` }
    },
  },
  {
    name: 'GET /calendar',
    expect: READ,
    request: async () => ({
      method: 'GET',
      url: `/calendar?from=2026-11-23&to=2026-11-29&pegawaiId=${owner}`,
    }),
  },
  {
    name: 'GET /templates',
    expect: OWN(200),
    request: async () => ({ method: 'GET', url: '/templates' }),
  },
  {
    name: 'POST /templates',
    expect: OWN(201),
    request: async () => ({
      method: 'POST',
      url: '/templates',
      payload: { name: 'Apel', description: 'Mengikuti apel pagi' },
    }),
  },
  {
    name: 'DELETE /templates/:id',
    // Templates are private: nobody but the owner even sees them.
    expect: { ...none, owner: 200 },
    request: async () => {
      const res = await t.as(ownerSession, {
        method: 'POST',
        url: `${ACTIVITIES}/templates`,
        payload: { name: 'Apel', description: 'Mengikuti apel pagi' },
      })
      return { method: 'DELETE', url: `/templates/${res.json().id}` }
    },
  },
  {
    name: 'GET /progress/import/template',
    expect: OWN(200),
    request: async () => ({ method: 'GET', url: '/progress/import/template' }),
  },
  {
    name: 'POST /progress/import',
    expect: OWN(200),
    request: async () => {
      const csv =
        'tanggal,jam_mulai,jam_selesai,uraian,realisasi,satuan\n2026-11-26,08:00,09:00,Menyusun laporan harian bidang,1,Laporan\n'
      const body = multipart([
        { name: 'file', data: csv, filename: 'impor.csv', contentType: 'text/csv' },
      ])
      return {
        method: 'POST',
        url: '/progress/import?dryRun=true',
        payload: body.payload,
        headers: body.headers,
      }
    },
  },
  {
    name: 'GET /settings',
    // Every member (the other admin reads their own instansi's).
    expect: { ...OWN(200), admin: 200, pic: 200, otherAdmin: 200 },
    request: async () => ({ method: 'GET', url: '/settings' }),
  },
  {
    name: 'PUT /settings',
    expect: { ...OWN(403), admin: 200, pic: 403, otherAdmin: 200 },
    request: async (actor) => {
      const current = actor
        ? (await t.as(actor, { method: 'GET', url: `${ACTIVITIES}/settings` })).json()
        : {}
      return {
        method: 'PUT',
        url: '/settings',
        payload: {
          lateWorkingDays: 1,
          reminderHour: 16,
          deadlineReminderDays: 3,
          minDescriptionChars: 20,
          maxEntryHours: 10,
          staleRhkWeeks: 3,
          duplicateMinCount: 3,
          version: current.version ?? 0,
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

/** Routes the atasan side owns (monitoring, verification, umpan balik): tested in their files. */
const ATASAN_SIDE = /\/(monitoring|feedback|verify|verify-bulk|verifications)(\/|$)|\/feedback/

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const actor = await sessionOf(role)
    const req = await row.request(actor)
    const res = await t.as(actor, { ...req, url: `${ACTIVITIES}${req.url}` })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
  })

  it('has a row for every pegawai-side route (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered: string[] = []
    for (const [p, ops] of Object.entries(doc.paths)) {
      if (!p.startsWith(ACTIVITIES) || ATASAN_SIDE.test(p)) continue
      for (const method of Object.keys(ops))
        if (method !== 'head')
          registered.push(normalise(`${method.toUpperCase()} ${p.slice(ACTIVITIES.length)}`))
    }
    expect(registered.length).toBeGreaterThanOrEqual(20)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

/** `/progress/{id}`, `/progress/:id` → one shape. */
function normalise(route: string) {
  return route.replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}
