import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { evidenceFiles, multipart } from '../../test/activities-factories.ts'
import { documentedRoutes, ERROR_CODE_FOR } from '../../test/permission-matrix.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { helpdeskKit, HELPDESK, ticketBody } from './helpdesk-test-kit.ts'

/**
 * Who may do what on /api/helpdesk (quality.md "Authorisation"; the rule for a ticket is
 * `ticketActions` in shared/helpdesk.ts, the roles are helpdesk.policy.ts). The ticket under
 * test is staff1's ("reporter"); "colleague" is another pegawai of the instansi, "pic" its PIC
 * helpdesk, "admin" its admin; "otherAdmin"/"otherPic" belong to another instansi; the super
 * admin has no instansi. Decisions:
 * - a ticket (and its files) is seen by its reporter and the PIC side of its instansi; anyone
 *   else 404, never a hint that it exists;
 * - reply, attach and close/reopen: reporter and PIC side; take/assign: the PIC side (the
 *   reporter 403); rating: the reporter (the PIC side 403);
 * - the queue, staff list, settings and stats: the PIC side (pegawai 403); the settings are
 *   changed by the admin only (PIC 403);
 * - the FAQ: every member reads; the PIC side writes (pegawai 403 on a published entry, 404 on
 *   a draft or another instansi's);
 * - onboarding: every signed-in account, their own.
 *
 * To extend: add a row with the expected status for every role.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-helpdesk-perm-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const h = helpdeskKit(t)

const ROLES = [
  'anonymous',
  'reporter',
  'colleague',
  'pic',
  'admin',
  'otherAdmin',
  'otherPic',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const o = await t.f.office()
const pic = await t.f.pegawai(o.instansi.id, o.units.root.id, { roles: ['pic_helpdesk'] })
const other = await t.f.office()
const otherPic = await t.f.pegawai(other.instansi.id, other.units.root.id, {
  roles: ['pic_helpdesk'],
})
const superAdmin = await t.f.account(null, ['super_admin'])

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  reporter: o.staff1,
  colleague: o.staff2,
  pic,
  admin: o.admin,
  otherAdmin: other.admin,
  otherPic,
  superAdmin,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : h.session(who[role])

const none: Expect = {
  anonymous: 401,
  reporter: 404,
  colleague: 404,
  pic: 404,
  admin: 404,
  otherAdmin: 404,
  otherPic: 404,
  superAdmin: 404,
}
/** Every member of an instansi (each in their own); the super admin has none (404). */
const MEMBERS = (status: number): Expect => ({
  ...none,
  reporter: status,
  colleague: status,
  pic: status,
  admin: status,
  otherAdmin: status,
  otherPic: status,
})
/** The reporter's ticket: `reporter` for them, `staff` for the PIC side; everyone else 404. */
const ON_TICKET = (reporter: number, staff: number): Expect => ({
  ...none,
  reporter,
  pic: staff,
  admin: staff,
})
/** PIC-side pages: each PIC side in their own instansi; pegawai 403. */
const PIC_SIDE = (status: number): Expect => ({
  ...MEMBERS(403),
  pic: status,
  admin: status,
  otherAdmin: status,
  otherPic: status,
})

const freshTicket = () => h.open(o.staff1)
const publishedFaq = async () =>
  h.ok<{ id: string; version: number }>(
    await h.post(pic, '/faq', {
      question: 'Bagaimana cara masuk?',
      answer: 'Dengan NIP dan kata sandi.',
      category: 'akun',
      published: true,
      sortOrder: 1,
    }),
    201,
  )
const faqBody = {
  question: 'Bagaimana cara masuk?',
  answer: 'Dengan NIP dan kata sandi.',
  category: 'akun',
  published: true,
  sortOrder: 1,
}

type Request = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  payload?: object | Buffer
  headers?: Record<string, string>
}
type Row = { name: string; expect: Expect; request: (actor: Session | null) => Promise<Request> }

const ROWS: Row[] = [
  {
    name: 'POST /tickets',
    expect: MEMBERS(201),
    request: async () => ({ method: 'POST', url: '/tickets', payload: ticketBody() }),
  },
  {
    name: 'GET /tickets',
    expect: MEMBERS(200),
    request: async () => ({ method: 'GET', url: '/tickets' }),
  },
  {
    name: 'GET /tickets?scope=queue',
    expect: PIC_SIDE(200),
    request: async () => ({ method: 'GET', url: '/tickets?scope=queue' }),
  },
  {
    name: 'GET /tickets/:id',
    expect: ON_TICKET(200, 200),
    request: async () => ({ method: 'GET', url: `/tickets/${(await freshTicket()).id}` }),
  },
  {
    name: 'POST /tickets/:id/messages',
    expect: ON_TICKET(200, 200),
    request: async () => ({
      method: 'POST',
      url: `/tickets/${(await freshTicket()).id}/messages`,
      payload: { body: 'Mohon dibantu' },
    }),
  },
  {
    name: 'POST /tickets/:id/status',
    // The reporter closes, the PIC side finishes: both → selesai.
    expect: ON_TICKET(200, 200),
    request: async () => {
      const ticket = await freshTicket()
      return {
        method: 'POST',
        url: `/tickets/${ticket.id}/status`,
        payload: { status: 'selesai', version: ticket.version },
      }
    },
  },
  {
    name: 'POST /tickets/:id/assign',
    expect: ON_TICKET(403, 200),
    request: async () => ({
      method: 'POST',
      url: `/tickets/${(await freshTicket()).id}/assign`,
      payload: {},
    }),
  },
  {
    name: 'POST /tickets/:id/rating',
    expect: ON_TICKET(200, 403),
    request: async () => {
      const ticket = await freshTicket()
      await h.status(o.staff1, ticket, 'selesai')
      return { method: 'POST', url: `/tickets/${ticket.id}/rating`, payload: { satisfaction: 4 } }
    },
  },
  {
    name: 'POST /tickets/:id/attachments',
    expect: ON_TICKET(201, 201),
    request: async () => {
      const body = multipart([{ name: 'file', data: evidenceFiles.png(), filename: 'layar.png' }])
      return {
        method: 'POST',
        url: `/tickets/${(await freshTicket()).id}/attachments`,
        payload: body.payload,
        headers: body.headers,
      }
    },
  },
  {
    name: 'GET /attachments/:id/file',
    expect: ON_TICKET(200, 200),
    request: async () => {
      const ticket = await freshTicket()
      const res = await h.upload(o.staff1, ticket.id, {
        data: evidenceFiles.png(),
        filename: 'layar.png',
      })
      expect(res.statusCode, res.body).toBe(201)
      return { method: 'GET', url: `/attachments/${res.json().id}/file` }
    },
  },
  {
    name: 'GET /staff',
    expect: PIC_SIDE(200),
    request: async () => ({ method: 'GET', url: '/staff' }),
  },
  {
    name: 'GET /settings',
    expect: PIC_SIDE(200),
    request: async () => ({ method: 'GET', url: '/settings' }),
  },
  {
    name: 'PUT /settings',
    expect: { ...PIC_SIDE(403), admin: 200, otherAdmin: 200 },
    request: async () => ({
      method: 'PUT',
      url: '/settings',
      payload: { firstResponseHours: 8, resolutionHours: 72 },
    }),
  },
  {
    name: 'GET /stats',
    expect: PIC_SIDE(200),
    request: async () => ({ method: 'GET', url: '/stats' }),
  },
  {
    name: 'GET /faq',
    expect: MEMBERS(200),
    request: async () => ({ method: 'GET', url: '/faq' }),
  },
  {
    name: 'POST /faq',
    expect: PIC_SIDE(201),
    request: async () => ({ method: 'POST', url: '/faq', payload: faqBody }),
  },
  {
    name: 'PUT /faq/:id',
    // A published entry of the first instansi: pegawai see it (403); other instansi do not (404).
    expect: { ...PIC_SIDE(403), pic: 200, admin: 200, otherAdmin: 404, otherPic: 404 },
    request: async () => {
      const faq = await publishedFaq()
      return { method: 'PUT', url: `/faq/${faq.id}`, payload: { ...faqBody, version: faq.version } }
    },
  },
  {
    name: 'DELETE /faq/:id',
    expect: { ...PIC_SIDE(403), pic: 200, admin: 200, otherAdmin: 404, otherPic: 404 },
    request: async () => ({ method: 'DELETE', url: `/faq/${(await publishedFaq()).id}` }),
  },
  {
    name: 'GET /onboarding',
    expect: { ...MEMBERS(200), superAdmin: 200 },
    request: async () => ({ method: 'GET', url: '/onboarding' }),
  },
  {
    name: 'POST /onboarding',
    expect: { ...MEMBERS(200), superAdmin: 200 },
    request: async () => ({ method: 'POST', url: '/onboarding', payload: { done: true } }),
  },
]

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const actor = await sessionOf(role)
    const req = await row.request(actor)
    const res = await t.as(actor, { ...req, url: `${HELPDESK}${req.url}` })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(ERROR_CODE_FOR[status])
  })

  it('has a row for every helpdesk route (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const registered = (await documentedRoutes(t, (p) => p.startsWith(HELPDESK), HELPDESK)).map(
      normalise,
    )
    expect(registered.length).toBe(19)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })

  it('rejects state-changing requests without the CSRF token', async () => {
    const s = await h.session(o.staff1)
    const res = await t.app.inject({
      method: 'POST',
      url: `${HELPDESK}/tickets`,
      headers: { cookie: s.cookie },
      payload: ticketBody(),
    })
    expect(res.statusCode).toBe(403)
  })
})

/** `/tickets/{id}/status`, `/tickets/:id/status` → one shape; a query string is dropped. */
function normalise(route: string) {
  return route.replace(/\?.*$/, '').replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}
