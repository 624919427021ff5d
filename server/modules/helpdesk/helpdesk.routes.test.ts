import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { and, eq, like } from 'drizzle-orm'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { TicketDetail, TicketList } from '../../../shared/helpdesk.ts'
import { evidenceFiles, setupYear } from '../../test/activities-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { helpdeskKit, ticketBody } from './helpdesk-test-kit.ts'
import { helpdeskTickets } from './helpdesk.tables.ts'

/**
 * /api/helpdesk tickets through the real app: creation with the server's context, numbering
 * and routing (decision 0011 "Helpdesk"), lists, replies, status changes, assignment, rating,
 * the whole life cycle, the notifications each step leaves and the audit trail.
 */
const START = '2026-11-27T02:00:00Z' // Friday 10:00 WITA
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-helpdesk-'))
const t = await setupTestApp({ now: START, env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
afterEach(() => t.clock.set(START))
const h = helpdeskKit(t)

type Inbox = {
  items: { kind: string; title: string; body: string; link: string | null; createdAt: string }[]
}
/** The person's helpdesk notifications, oldest first (what each said and where it leads). */
async function inbox(who: { username: string }) {
  const res = await t.as(await h.session(who), {
    method: 'GET',
    url: '/api/notifications?pageSize=100',
  })
  expect(res.statusCode, res.body).toBe(200)
  return res
    .json<Inbox>()
    .items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.kind.localeCompare(b.kind))
    .map(({ kind, title, body, link }) => ({ kind, title, body, link }))
}
const aboutTicket = async (who: { username: string }, number: string) =>
  (await inbox(who)).filter((n) => n.title.includes(number))

/** An office with one PIC helpdesk (a pegawai with the role). */
async function officeWithPic(picCount = 1) {
  const o = await t.f.office()
  const pics = []
  for (let i = 0; i < picCount; i++)
    pics.push(
      await t.f.pegawai(o.instansi.id, o.units.root.id, {
        roles: ['pic_helpdesk'],
        name: `PIC Helpdesk ${i + 1}`,
      }),
    )
  return { o, pic: pics[0]!, pics }
}

describe('POST /tickets', () => {
  it('opens a ticket with the server’s context, routes it to the PIC and fixes the SLA', async () => {
    const { o, pic } = await officeWithPic()
    const admin = await t.login(o.admin.username)
    const periods = await setupYear(t, admin)
    const s = skpKit(t)
    const skp = await s.create(o.staff1)

    const res = await h.post(o.staff1, '/tickets', ticketBody())
    expect(res.statusCode, res.body).toBe(201)
    const ticket = res.json<TicketDetail>()
    expect(ticket.number).toBe('HD-2026-0001')
    expect(ticket.status).toBe('baru')
    expect(ticket.category).toBe('progres_harian')
    expect(ticket.reporterName).toBe('Staf Satu')
    expect(ticket.reporterUserId).toBe(o.staff1.userId)
    expect(ticket.reporterPegawaiId).toBe(o.staff1.pegawaiId)
    expect(ticket.reporterUnitName).toBe('Sub Bidang A1')
    expect(ticket.assigneeUserId).toBe(pic.userId)
    expect(ticket.assigneeName).toBe('PIC Helpdesk 1')
    const november = periods.find((p) => p.startDate <= '2026-11-27' && p.endDate >= '2026-11-27')
    expect(ticket.context).toEqual({
      path: '/progres-harian',
      userAgent: 'Mozilla/5.0 (Linux; Android 13) Chrome/120',
      viewport: '360x740',
      online: true,
      unitName: 'Sub Bidang A1',
      jabatanName: expect.any(String),
      skpId: skp.id,
      skpLabel: 'SKP 2026 (Draf)',
      periodId: november!.id,
      periodName: expect.any(String),
    })
    expect(ticket.createdAt).toBe(new Date(START).toISOString())
    expect(ticket.sla).toEqual({
      firstResponseDueAt: '2026-11-27T10:00:00.000Z', // 8 hours
      resolutionDueAt: '2026-11-30T02:00:00.000Z', // 72 calendar hours (over the weekend)
      firstResponseAt: null,
      resolvedAt: null,
      firstResponseState: 'running',
      resolutionState: 'running',
    })
    expect(ticket.messages).toEqual([])
    expect(ticket.attachments).toEqual([])
    expect(ticket.version).toBe(0)
    expect(ticket.actions).toEqual(['reply', 'close'])
    expect(ticket.waitingForViewer).toBe(false)

    // The PIC (assignee) may reply and change the status; the admin may also take it.
    expect((await h.read(pic, ticket.id)).actions).toEqual(['reply', 'set_status'])
    expect((await h.read(o.admin, ticket.id)).actions).toEqual(['reply', 'take', 'set_status'])
  })

  it('gives accounts without a pegawai (admin) an empty context and nulls where nothing applies', async () => {
    const { o } = await officeWithPic()
    const ticket = await h.open(o.admin, {
      context: { path: null, userAgent: null, viewport: null, online: null },
    })
    expect(ticket.reporterPegawaiId).toBeNull()
    expect(ticket.context).toEqual({
      path: null,
      userAgent: null,
      viewport: null,
      online: null,
      unitName: null,
      jabatanName: null,
      skpId: null,
      skpLabel: null,
      periodId: null,
      periodName: null,
    })
  })

  it('refuses bad input with 400 and a message per field, writing nothing', async () => {
    const { o } = await officeWithPic()
    const res = await h.post(o.staff1, '/tickets', {
      category: 'listrik',
      subject: 'x',
      description: 'pendek',
      context: { path: 'x'.repeat(301), userAgent: null, viewport: null, online: null },
    })
    expect(res.statusCode).toBe(400)
    const { error } = res.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields.category).toBe('Pilih kategori masalah')
    expect(error.fields.subject).toBe('Tulis judul singkat (minimal 5 karakter)')
    expect(error.fields.description).toMatch(/minimal 10 karakter/)
    expect(Object.keys(error.fields)).toContain('context.path')
    const missing = await h.post(o.staff1, '/tickets', { category: 'akun' })
    expect(missing.statusCode).toBe(400)
    expect(Object.keys(missing.json().error.fields)).toEqual(
      expect.arrayContaining(['subject', 'description', 'context']),
    )
    const rows = await t.db
      .select()
      .from(helpdeskTickets)
      .where(eq(helpdeskTickets.instansiId, o.instansi.id))
    expect(rows).toHaveLength(0)
  })

  it('numbers tickets per instansi and year, without gaps or repeats under concurrency', async () => {
    const { o } = await officeWithPic(2)
    const other = await officeWithPic()
    const people = [o.staff1, o.staff2, o.kasub, o.kabid, o.kepala, o.staffB]
    await Promise.all(people.map((p) => h.session(p)))
    const created = await Promise.all(people.map((p) => h.open(p)))
    expect(created.map((c) => c.number).sort()).toEqual([
      'HD-2026-0001',
      'HD-2026-0002',
      'HD-2026-0003',
      'HD-2026-0004',
      'HD-2026-0005',
      'HD-2026-0006',
    ])
    // Routing is serialised with the numbering: the two PIC get three tickets each.
    const perPic = new Map<string, number>()
    for (const c of created) perPic.set(c.assigneeUserId!, (perPic.get(c.assigneeUserId!) ?? 0) + 1)
    expect([...perPic.values()]).toEqual([3, 3])
    // Another instansi counts on its own.
    expect((await h.open(other.o.staff1)).number).toBe('HD-2026-0001')
    // A new year (in WITA) starts again at 0001: 31 Dec 16:30 UTC is 1 Jan 00:30 WITA.
    // (Sessions expire with the moved clock: sign in again.)
    t.clock.set('2026-12-31T16:30:00Z')
    h.forget()
    expect((await h.open(o.staff1)).number).toBe('HD-2027-0001')
    t.clock.set('2026-12-31T15:30:00Z')
    h.forget()
    expect((await h.open(o.staff1)).number).toBe('HD-2026-0007')
    h.forget()
  })

  it('routes to the PIC with the fewest open tickets, ties to the oldest account', async () => {
    const { o, pics } = await officeWithPic(2)
    const [pic1, pic2] = pics as [(typeof pics)[0], (typeof pics)[0]]
    const first = await h.open(o.staff1)
    expect(first.assigneeUserId).toBe(pic1.userId) // tie: the older account
    const second = await h.open(o.staff2)
    expect(second.assigneeUserId).toBe(pic2.userId)
    // pic1 finishes theirs: they now have fewer open tickets than pic2.
    await h.status(pic1, await h.read(pic1, first.id), 'selesai')
    expect((await h.open(o.kasub)).assigneeUserId).toBe(pic1.userId)
    // One open ticket each: the tie goes to the older account again.
    expect((await h.open(o.kabid)).assigneeUserId).toBe(pic1.userId)
    expect((await h.open(o.kepala)).assigneeUserId).toBe(pic2.userId)
    // A PIC who reports a problem is routed to another PIC, even one with more open tickets.
    expect((await h.open(pic2)).assigneeUserId).toBe(pic1.userId)
  })

  it('leaves a ticket unassigned when the instansi has no PIC; the admins are told', async () => {
    const o = await t.f.office()
    const admin2 = await t.f.account(o.instansi.id)
    const ticket = await h.open(o.staff1)
    expect(ticket.assigneeUserId).toBeNull()
    for (const admin of [o.admin, admin2]) {
      const mine = await aboutTicket(admin, ticket.number)
      expect(mine).toEqual([
        {
          kind: 'helpdesk.created',
          title: `Tiket baru ${ticket.number} dari Staf Satu`,
          body: 'Progres harian tidak tersimpan. Buka tiket, baca konteksnya, lalu balas pelapor.',
          link: `/helpdesk/tiket/${ticket.id}`,
        },
      ])
    }
    // The admin sees it in the queue, unassigned.
    const queue = h.ok<TicketList>(await h.get(o.admin, '/tickets?scope=queue&assignee=unassigned'))
    expect(queue.items.map((i) => i.id)).toEqual([ticket.id])
  })
})

describe('GET /tickets', () => {
  it('lists my own tickets, and the queue for the PIC side with filters and pages', async () => {
    const { o, pic } = await officeWithPic()
    const a = await h.open(o.staff1, { subject: 'Tidak bisa masuk dengan NIP' })
    t.clock.set('2026-11-27T03:00:00Z')
    const b = await h.open(o.staff2, { subject: 'Bukti dukung gagal diunggah' })
    t.clock.set('2026-11-27T04:00:00Z')
    const c = await h.open(o.staff1, { subject: 'Realisasi tidak bisa diajukan' })
    t.clock.set('2026-11-27T04:10:00Z')
    await h.reply(pic, c.id, 'Sedang kami periksa, mohon tunggu.')

    const mine = h.ok<TicketList>(await h.get(o.staff1, '/tickets'))
    expect(mine.total).toBe(2)
    expect(mine.items.map((i) => i.id)).toEqual([c.id, a.id]) // latest activity first
    expect(mine.items[0]!.waitingForViewer).toBe(true) // the PIC answered, not yet opened
    await h.read(o.staff1, c.id)
    const after = h.ok<TicketList>(await h.get(o.staff1, '/tickets?scope=mine'))
    expect(after.items[0]!.waitingForViewer).toBe(false)

    const queue = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue'))
    expect(queue.items.map((i) => i.id)).toEqual([a.id, b.id, c.id]) // open ones, oldest first
    expect(queue.items.map((i) => i.waitingForViewer)).toEqual([true, true, false])
    const byStatus = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&status=diproses'))
    expect(byStatus.items.map((i) => i.id)).toEqual([c.id])
    const byText = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&q=bukti%20dukung'))
    expect(byText.items.map((i) => i.id)).toEqual([b.id])
    const byNumber = h.ok<TicketList>(await h.get(pic, `/tickets?scope=queue&q=${a.number}`))
    expect(byNumber.items.map((i) => i.id)).toEqual([a.id])
    const byReporter = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&q=staf%20dua'))
    expect(byReporter.items.map((i) => i.id)).toEqual([b.id])
    const wildcard = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&q=%25'))
    expect(wildcard.total).toBe(0) // % is searched literally
    const page2 = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&page=2&pageSize=2'))
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(page2.items.map((i) => i.id)).toEqual([c.id])
    const assignedToMe = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue&assignee=me'))
    expect(assignedToMe.total).toBe(3)
    const adminMine = h.ok<TicketList>(await h.get(o.admin, '/tickets?scope=queue&assignee=me'))
    expect(adminMine.total).toBe(0)
    // Finished tickets go after the open ones.
    await h.status(pic, await h.read(pic, a.id), 'selesai')
    const reordered = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue'))
    expect(reordered.items.map((i) => i.id)).toEqual([b.id, c.id, a.id])
  })

  it('answers 403 NOT_STAFF for a pegawai’s queue and 400 for bad filters', async () => {
    const { o } = await officeWithPic()
    const res = await h.get(o.staff1, '/tickets?scope=queue')
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' })
    const bad = await h.get(o.staff1, '/tickets?scope=all&status=tutup&page=0')
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['page', 'scope', 'status'])
  })
})

describe('GET /tickets/:id', () => {
  it('shows a ticket to its reporter and the PIC side only', async () => {
    const { o, pic } = await officeWithPic()
    const other = await officeWithPic()
    const ticket = await h.open(o.staff1)
    for (const who of [o.staff1, pic, o.admin])
      expect((await h.read(who, ticket.id)).id).toBe(ticket.id)
    for (const who of [o.staff2, o.kasub, other.o.admin, other.pic]) {
      const res = await h.get(who, `/tickets/${ticket.id}`)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    const bad = await h.get(o.staff1, '/tickets/bukan-uuid')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toHaveProperty('id')
  })
})

describe('replies', () => {
  it('records the first response once, takes an unassigned ticket and sets the status', async () => {
    const o = await t.f.office() // no PIC: the admin answers
    const ticket = await h.open(o.staff1)
    t.clock.set('2026-11-27T03:30:00Z')
    const replied = await h.reply(o.admin, ticket.id, 'Coba muat ulang halaman, lalu simpan lagi.')
    expect(replied.status).toBe('diproses')
    expect(replied.assigneeUserId).toBe(o.admin.userId)
    expect(replied.sla.firstResponseAt).toBe('2026-11-27T03:30:00.000Z')
    expect(replied.messages.map((m) => [m.authorRole, m.body])).toEqual([
      ['admin', 'Coba muat ulang halaman, lalu simpan lagi.'],
      ['sistem', expect.stringMatching(/^Status: Diproses/)],
    ])
    t.clock.set('2026-11-27T05:00:00Z')
    const again = await h.reply(o.admin, ticket.id, 'Apakah sudah berhasil?', 'menunggu_pengguna')
    expect(again.status).toBe('menunggu_pengguna')
    expect(again.sla.firstResponseAt).toBe('2026-11-27T03:30:00.000Z')
    expect(again.version).toBe(2)
  })

  it('moves menunggu pengguna back to diproses on the reporter’s reply; other statuses stay', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    const first = await h.reply(o.staff1, ticket.id, 'Tambahan: terjadi sejak kemarin sore.')
    expect(first.status).toBe('baru')
    expect(first.sla.firstResponseAt).toBeNull() // the reporter's own reply is no response
    await h.reply(pic, ticket.id, 'Browser apa yang dipakai?', 'menunggu_pengguna')
    const back = await h.reply(o.staff1, ticket.id, 'Chrome di Android.')
    expect(back.status).toBe('diproses')
    expect(back.messages.at(-2)).toMatchObject({
      authorRole: 'pelapor',
      body: 'Chrome di Android.',
    })
  })

  it('refuses a status from the reporter (403), any reply on a selesai ticket (409) and bad bodies (400)', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    const withStatus = await h.post(o.staff1, `/tickets/${ticket.id}/messages`, {
      body: 'Sudah selesai',
      status: 'selesai',
    })
    expect(withStatus.statusCode).toBe(403)
    expect(withStatus.json().error.reason).toBe('NOT_STAFF')
    const empty = await h.post(o.staff1, `/tickets/${ticket.id}/messages`, { body: ' ' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.fields.body).toBe('Tulis balasan')
    const badStatus = await h.post(pic, `/tickets/${ticket.id}/messages`, {
      body: 'Oke',
      status: 'baru',
    })
    expect(badStatus.statusCode).toBe(400)
    expect(badStatus.json().error.fields).toHaveProperty('status')
    await h.reply(pic, ticket.id, 'Sudah kami perbaiki.', 'selesai')
    for (const who of [o.staff1, pic]) {
      const res = await h.post(who, `/tickets/${ticket.id}/messages`, { body: 'Satu lagi' })
      expect(res.statusCode).toBe(409)
      expect(res.json().error.reason).toBe('TICKET_DONE')
    }
    const stranger = await h.post(o.staff2, `/tickets/${ticket.id}/messages`, { body: 'Halo' })
    expect(stranger.statusCode).toBe(404)
  })
})

describe('status changes', () => {
  it('answers a stale version with 409 VERSION_CONFLICT and the current ticket', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    await h.reply(pic, ticket.id, 'Sedang dicek.') // version 1
    const res = await h.post(pic, `/tickets/${ticket.id}/status`, {
      status: 'selesai',
      version: 0,
    })
    expect(res.statusCode).toBe(409)
    const body = res.json()
    expect(body.error).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' })
    expect(body.current).toMatchObject({ id: ticket.id, version: 1, status: 'diproses' })
    expect((await h.read(pic, ticket.id)).status).toBe('diproses')
  })

  it('checks who may set which status and from where', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    const post = (who: { username: string }, status: string, version: number) =>
      h.post(who, `/tickets/${ticket.id}/status`, { status, version })

    const toBaru = await post(pic, 'baru', 0)
    expect(toBaru.statusCode).toBe(400)
    expect(toBaru.json().error).toMatchObject({ reason: 'INVALID_STATUS' })
    expect(toBaru.json().error.fields).toHaveProperty('status')
    const reporterWaits = await post(o.staff1, 'menunggu_pengguna', 0)
    expect(reporterWaits.statusCode).toBe(403)
    expect(reporterWaits.json().error.reason).toBe('NOT_STAFF')
    const reopenOpen = await post(o.staff1, 'diproses', 0)
    expect(reopenOpen.statusCode).toBe(409)
    expect(reopenOpen.json().error.reason).toBe('INVALID_TRANSITION')
    const same = await post(pic, 'baru', 0)
    expect(same.statusCode).toBe(400)
    const missingVersion = await h.post(pic, `/tickets/${ticket.id}/status`, { status: 'selesai' })
    expect(missingVersion.statusCode).toBe(400)
    expect(missingVersion.json().error.fields).toHaveProperty('version')

    const processing = await h.status(pic, ticket, 'diproses')
    const again = await post(pic, 'diproses', processing.version)
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({
      reason: 'INVALID_TRANSITION',
      message: 'Tiket sudah berstatus Diproses',
    })
    // The PIC side may reopen a selesai ticket too.
    const done = await h.status(pic, processing, 'selesai')
    expect(done.sla.resolvedAt).toBe(new Date(START).toISOString())
    const reopened = await h.status(pic, done, 'menunggu_pengguna')
    expect(reopened.status).toBe('menunggu_pengguna')
    expect(reopened.sla.resolvedAt).toBeNull()
    const stranger = await post(o.staff2, 'selesai', reopened.version)
    expect(stranger.statusCode).toBe(404)
  })
})

describe('assignment', () => {
  it('takes, hands over to another PIC or an admin, and puts back in the queue', async () => {
    const { o, pics } = await officeWithPic(2)
    const [pic1, pic2] = pics as [(typeof pics)[0], (typeof pics)[0]]
    const ticket = await h.open(o.staff1)
    expect(ticket.assigneeUserId).toBe(pic1.userId)
    const staff = h.ok<{ items: { userId: string; role: string; openTickets: number }[] }>(
      await h.get(pic1, '/staff'),
    )
    expect(staff.items).toEqual([
      { userId: pic1.userId, name: 'PIC Helpdesk 1', role: 'pic', openTickets: 1 },
      { userId: pic2.userId, name: 'PIC Helpdesk 2', role: 'pic', openTickets: 0 },
      {
        userId: o.admin.userId,
        name: expect.stringMatching(/^Admin /),
        role: 'admin',
        openTickets: 0,
      },
    ])

    const taken = await h.take(pic2, ticket.id)
    expect(taken.assigneeUserId).toBe(pic2.userId)
    expect(taken.status).toBe('diproses') // taking a new ticket starts the work
    expect(taken.actions).toEqual(['reply', 'set_status'])
    expect(taken.messages.at(-1)).toMatchObject({
      authorRole: 'sistem',
      body: 'Ditangani oleh PIC Helpdesk 2; status: Diproses',
    })
    const again = await h.take(pic2, ticket.id) // already theirs: nothing changes
    expect(again.version).toBe(taken.version)

    const toAdmin = h.ok(
      await h.post(pic2, `/tickets/${ticket.id}/assign`, { userId: o.admin.userId }),
    )
    expect(toAdmin).toMatchObject({ assigneeUserId: o.admin.userId, status: 'diproses' })
    const queued = h.ok(await h.post(o.admin, `/tickets/${ticket.id}/assign`, { userId: null }))
    expect(queued.assigneeUserId).toBeNull()
    expect(queued.messages.at(-1)!.body).toMatch(/^Dikembalikan ke antrean oleh Admin/)

    const notStaff = await h.post(pic1, `/tickets/${ticket.id}/assign`, {
      userId: o.staff2.userId,
    })
    expect(notStaff.statusCode).toBe(400)
    expect(notStaff.json().error).toMatchObject({ reason: 'NOT_HELPDESK_STAFF' })
    expect(notStaff.json().error.fields.userId).toBe('Pilih PIC helpdesk atau admin instansi ini')
    const byReporter = await h.post(o.staff1, `/tickets/${ticket.id}/assign`, {})
    expect(byReporter.statusCode).toBe(403)
    expect(byReporter.json().error.reason).toBe('NOT_STAFF')
    const byStranger = await h.post(o.staff2, `/tickets/${ticket.id}/assign`, {})
    expect(byStranger.statusCode).toBe(404)
    const badId = await h.post(pic1, `/tickets/${ticket.id}/assign`, { userId: 'x' })
    expect(badId.statusCode).toBe(400)

    await h.status(pic1, await h.read(pic1, ticket.id), 'selesai')
    const done = await h.post(pic1, `/tickets/${ticket.id}/assign`, {})
    expect(done.statusCode).toBe(409)
    expect(done.json().error.reason).toBe('TICKET_DONE')
  })
})

describe('rating', () => {
  it('lets the reporter rate once, only when selesai', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    const early = await h.post(o.staff1, `/tickets/${ticket.id}/rating`, { satisfaction: 5 })
    expect(early.statusCode).toBe(409)
    expect(early.json().error).toMatchObject({ code: 'CONFLICT', reason: 'TICKET_NOT_DONE' })
    await h.reply(pic, ticket.id, 'Sudah kami perbaiki.', 'selesai')
    const byPic = await h.post(pic, `/tickets/${ticket.id}/rating`, { satisfaction: 5 })
    expect(byPic.statusCode).toBe(403)
    expect(byPic.json().error.reason).toBe('NOT_REPORTER')
    const byStranger = await h.post(o.staff2, `/tickets/${ticket.id}/rating`, { satisfaction: 5 })
    expect(byStranger.statusCode).toBe(404)
    for (const satisfaction of [0, 6, 3.5]) {
      const bad = await h.post(o.staff1, `/tickets/${ticket.id}/rating`, { satisfaction })
      expect(bad.statusCode).toBe(400)
      expect(bad.json().error.fields).toHaveProperty('satisfaction')
    }
    const rated = h.ok(
      await h.post(o.staff1, `/tickets/${ticket.id}/rating`, {
        satisfaction: 4,
        comment: 'Cepat ditangani',
      }),
    )
    expect(rated).toMatchObject({ satisfaction: 4, satisfactionComment: 'Cepat ditangani' })
    expect(rated.actions).toEqual(['reopen'])
    const twice = await h.post(o.staff1, `/tickets/${ticket.id}/rating`, { satisfaction: 5 })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().error.reason).toBe('ALREADY_RATED')
  })
})

describe('the life cycle', () => {
  it('pegawai opens with a screenshot → PIC takes, asks → pegawai answers → PIC finishes → pegawai rates; reopen', async () => {
    const { o, pics } = await officeWithPic(2)
    const [pic1, pic2] = pics as [(typeof pics)[0], (typeof pics)[0]]
    // 1. The pegawai opens a ticket and attaches a screenshot.
    const opened = await h.open(o.staff1, {
      category: 'skp',
      subject: 'Tombol ajukan SKP tidak aktif',
    })
    expect(opened.assigneeUserId).toBe(pic1.userId)
    const shot = await h.upload(o.staff1, opened.id, {
      data: evidenceFiles.png(),
      filename: 'layar.png',
    })
    expect(shot.statusCode, shot.body).toBe(201)
    // pic1 hears of the new ticket; pic2 does not.
    expect(await aboutTicket(pic1, opened.number)).toEqual([
      expect.objectContaining({ kind: 'helpdesk.created', link: `/helpdesk/tiket/${opened.id}` }),
    ])
    expect(await aboutTicket(pic2, opened.number)).toEqual([])

    // 2. pic2 takes it and asks for more information.
    t.clock.set('2026-11-27T02:20:00Z')
    await h.take(pic2, opened.id)
    t.clock.set('2026-11-27T02:30:00Z')
    const asked = await h.reply(
      pic2,
      opened.id,
      'Apakah semua RHK sudah memiliki indikator? Mohon kirim tangkapan layar bagian RHK.',
      'menunggu_pengguna',
    )
    expect(asked.status).toBe('menunggu_pengguna')
    expect(asked.sla.firstResponseAt).toBe('2026-11-27T02:30:00.000Z')
    expect(asked.sla.firstResponseState).toBe('met')
    const reporterView = await h.read(o.staff1, opened.id)
    expect(reporterView.actions).toEqual(['reply', 'close'])
    expect(reporterView.attachments).toHaveLength(1)

    // 3. The pegawai answers: back to diproses; pic2 (the assignee) is told.
    t.clock.set('2026-11-27T03:00:00Z')
    const answered = await h.reply(o.staff1, opened.id, 'Satu RHK belum ada indikatornya.')
    expect(answered.status).toBe('diproses')
    expect(await aboutTicket(pic2, opened.number)).toEqual([
      {
        kind: 'helpdesk.replied',
        title: `Staf Satu membalas tiket ${opened.number}`,
        body: 'Satu RHK belum ada indikatornya.',
        link: `/helpdesk/tiket/${opened.id}`,
      },
    ])

    // 4. The PIC finishes it.
    t.clock.set('2026-11-27T04:00:00Z')
    const done = await h.status(pic2, await h.read(pic2, opened.id), 'selesai')
    expect(done.status).toBe('selesai')
    expect(done.sla.resolvedAt).toBe('2026-11-27T04:00:00.000Z')
    expect(done.sla.resolutionState).toBe('met')
    expect(done.actions).toEqual(['set_status'])

    // 5. The pegawai rates it.
    const view = await h.read(o.staff1, opened.id)
    expect(view.actions).toEqual(['reopen', 'rate'])
    const rated = h.ok(
      await h.post(o.staff1, `/tickets/${opened.id}/rating`, { satisfaction: 5, comment: null }),
    )
    expect(rated.satisfaction).toBe(5)

    // 6. … and reopens it later: diproses again, resolved time cleared, the PIC is told.
    t.clock.set('2026-11-28T01:00:00Z')
    h.forget() // the sessions of yesterday have expired
    const reopened = await h.status(o.staff1, rated, 'diproses')
    expect(reopened).toMatchObject({ status: 'diproses', satisfaction: 5 })
    expect(reopened.sla.resolvedAt).toBeNull()
    expect(reopened.actions).toEqual(['reply', 'close'])
    expect(reopened.messages.at(-1)!.body).toBe('Status: Diproses (dibuka kembali oleh pelapor)')

    // What the reporter was told, in order: taken (diproses), the question, selesai.
    const reporterNews = await aboutTicket(o.staff1, opened.number)
    expect(reporterNews.map((n) => [n.kind, n.link])).toEqual([
      ['helpdesk.status', `/bantuan/tiket/${opened.id}`],
      ['helpdesk.replied', `/bantuan/tiket/${opened.id}`],
      ['helpdesk.status', `/bantuan/tiket/${opened.id}`],
    ])
    expect(reporterNews[2]!.title).toBe(`Tiket ${opened.number}: Selesai (oleh PIC Helpdesk 2)`)
    expect(reporterNews[1]!.body).toMatch(/^Apakah semua RHK/)
    const picNews = (await aboutTicket(pic2, opened.number)).map((n) => n.kind)
    expect(picNews).toEqual(['helpdesk.replied', 'helpdesk.status'])
    // Nobody else heard anything about it.
    for (const who of [o.staff2, o.kasub, o.admin])
      expect(await aboutTicket(who, opened.number)).toEqual([])

    // The conversation as both sides read it.
    expect(reopened.messages.map((m) => m.authorRole)).toEqual([
      'sistem', // taken
      'pic',
      'sistem', // menunggu pengguna
      'pelapor',
      'sistem', // diproses
      'sistem', // selesai
      'sistem', // reopened
    ])

    // Every change is in the audit log.
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, opened.id), like(auditLog.action, 'helpdesk.%')))
      .orderBy(auditLog.id)
    expect(audit.map((a) => a.action)).toEqual([
      'helpdesk.ticket_created',
      'helpdesk.attachment_added',
      'helpdesk.assigned',
      'helpdesk.replied',
      'helpdesk.replied',
      'helpdesk.status_changed',
      'helpdesk.rated',
      'helpdesk.status_changed',
    ])
  })

  it('lets the reporter close their own ticket; the assignee is told', async () => {
    const { o, pic } = await officeWithPic()
    const ticket = await h.open(o.staff1)
    const closed = await h.status(o.staff1, ticket, 'selesai')
    expect(closed.status).toBe('selesai')
    expect(closed.messages.at(-1)!.body).toBe('Status: Selesai (ditutup oleh pelapor)')
    expect((await aboutTicket(pic, ticket.number)).map((n) => [n.kind, n.link])).toEqual([
      ['helpdesk.created', `/helpdesk/tiket/${ticket.id}`],
      ['helpdesk.status', `/helpdesk/tiket/${ticket.id}`],
    ])
    expect(await aboutTicket(o.staff1, ticket.number)).toEqual([])
  })
})
