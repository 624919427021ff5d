import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Faq, HelpdeskStats, TicketDetail, TicketList } from '../../../shared/helpdesk.ts'
import { TICKET_CATEGORIES } from '../../../shared/helpdesk.ts'
import {
  helpdeskFaq,
  helpdeskMessages,
  helpdeskTickets,
} from '../../modules/helpdesk/helpdesk.tables.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { DEMO_PASSWORD, type DemoSummary } from './demo.ts'

// ---------- expectations, from the brief (not from the seed's data) ----------
/** The test clock of server/test/test-app.ts: Friday 2026-11-27, 10:00 WITA. */
const TODAY = '2026-11-27'
const TODAY_START = new Date(`${TODAY}T00:00:00+08:00`).getTime()
const PELAKSANA_NIP = '199006092014081003'
const PIC_NIP = '199012052017051011'
/** The study's kendala every FAQ entry answers (one or more words each must appear). */
const TOPICS: [string, RegExp][] = [
  ['sign-in with NIP', /NIP/],
  ['forgotten password', /lupa kata sandi/i],
  ['RHK and indikator', /RHK[\s\S]*indikator/],
  ['daily progress offline/late', /offline[\s\S]*terlambat|terlambat[\s\S]*offline/i],
  ['evidence', /bukti dukung/i],
  [
    'realisasi and its deadline',
    /realisasi[\s\S]*batas pengisian|batas pengisian[\s\S]*realisasi/i,
  ],
  ['keberatan', /keberatan/i],
  ['new atasan / PLT', /PLT/],
]

// The demo is seeded once per run and shared (server/test/test-db.ts).
const t = await setupTestApp({ demoToday: TODAY })
const API = '/api/helpdesk'

describe('seedDemo: the helpdesk', () => {
  let summary: DemoSummary
  let pelaksana: Session
  let pic: Session
  let admin: Session
  let faq: Faq[]
  let mine: TicketList

  beforeAll(async () => {
    summary = t.demo!
    pelaksana = await t.login(PELAKSANA_NIP, DEMO_PASSWORD)
    pic = await t.login(PIC_NIP, DEMO_PASSWORD)
    admin = await t.login('admin', DEMO_PASSWORD)
    faq = (await t.as(pelaksana, { method: 'GET', url: `${API}/faq` })).json<{ items: Faq[] }>()
      .items
    mine = (await t.as(pelaksana, { method: 'GET', url: `${API}/tickets` })).json<TicketList>()
  }, 180_000)

  it('has the demo accounts the brief names as Pelaksana and PIC', () => {
    expect(summary.accounts.find((a) => a.role === 'Pelaksana')?.login).toBe(PELAKSANA_NIP)
    expect(summary.accounts.find((a) => a.role === 'PIC Helpdesk')?.login).toBe(PIC_NIP)
  })

  it('publishes about eight FAQ entries, one per kendala of the study, in a fixed order', async () => {
    expect(faq.length).toBeGreaterThanOrEqual(8)
    expect(faq.every((f) => f.published)).toBe(true)
    expect(new Set(faq.map((f) => f.sortOrder)).size).toBe(faq.length)
    for (const f of faq) {
      expect(TICKET_CATEGORIES).toContain(f.category)
      expect(f.question.length).toBeGreaterThan(10)
      expect(f.answer.length).toBeGreaterThan(100)
    }
    for (const [topic, re] of TOPICS)
      expect(
        faq.some((f) => re.test(`${f.question} ${f.answer}`)),
        `no FAQ entry on ${topic}`,
      ).toBe(true)
    // Every row belongs to the demo instansi.
    const rows = await t.db.select().from(helpdeskFaq)
    expect(rows.every((r) => r.instansiId === summary.instansiId)).toBe(true)
  })

  it('gives the Pelaksana one open ticket, assigned to the PIC, diproses with one PIC reply', async () => {
    const open = mine.items.filter((i) => i.status !== 'selesai')
    expect(open).toHaveLength(1)
    const ticket = (
      await t.as(pelaksana, { method: 'GET', url: `${API}/tickets/${open[0]!.id}` })
    ).json<TicketDetail>()
    expect(ticket.status).toBe('diproses')
    const picMe = (await t.as(pic, { method: 'GET', url: '/api/auth/me' })).json()
    expect(picMe.roles).toContain('pic_helpdesk')
    expect(ticket.assigneeUserId).toBe(picMe.id)
    const reporterMe = (await t.as(pelaksana, { method: 'GET', url: '/api/auth/me' })).json()
    expect(ticket.reporterUserId).toBe(reporterMe.id)
    const picMessages = ticket.messages.filter((m) => m.authorRole === 'pic')
    expect(picMessages).toHaveLength(1)
    expect(picMessages[0]!.authorName).toBe(ticket.assigneeName)
    expect(Date.parse(ticket.createdAt)).toBeLessThan(TODAY_START)
    expect(ticket.sla.firstResponseAt).not.toBeNull()
    expect(Date.parse(ticket.sla.firstResponseAt!)).toBeGreaterThan(Date.parse(ticket.createdAt))
    expect(ticket.sla.firstResponseState).toBe('met')
    expect(ticket.sla.resolutionState).toBe('running')
    expect(ticket.context.unitName).not.toBeNull()
    expect(ticket.context.skpId).not.toBeNull()
    expect(ticket.context.periodId).not.toBeNull()
    expect(ticket.actions).toEqual(['reply', 'close'])
    // The PIC finds it in the queue, assigned to them.
    const queue = (
      await t.as(pic, { method: 'GET', url: `${API}/tickets?scope=queue&assignee=me` })
    ).json<TicketList>()
    expect(queue.items.map((i) => i.id)).toContain(ticket.id)
    const picView = (
      await t.as(pic, { method: 'GET', url: `${API}/tickets/${ticket.id}` })
    ).json<TicketDetail>()
    expect(picView.actions).toEqual(['reply', 'set_status'])
  })

  it('has one finished ticket with a satisfaction rating, from before today', async () => {
    const done = mine.items.filter((i) => i.status === 'selesai')
    expect(done).toHaveLength(1)
    expect(done[0]!.satisfaction).toBeGreaterThanOrEqual(1)
    expect(Date.parse(done[0]!.createdAt)).toBeLessThan(TODAY_START)
    expect(Date.parse(done[0]!.sla.resolvedAt!)).toBeLessThan(TODAY_START)
    const rows = await t.db
      .select()
      .from(helpdeskTickets)
      .where(eq(helpdeskTickets.instansiId, summary.instansiId))
    expect(rows).toHaveLength(2)
    for (const r of rows) {
      expect(r.number).toMatch(/^HD-\d{4}-\d{4}$/)
      const messages = await t.db
        .select()
        .from(helpdeskMessages)
        .where(eq(helpdeskMessages.ticketId, r.id))
      expect(messages.every((m) => m.createdAt.getTime() < TODAY_START)).toBe(true)
      expect(messages.every((m) => m.createdAt >= r.createdAt)).toBe(true)
    }
  })

  it('numbers the next ticket after the seeded ones and routes it to the PIC', async () => {
    const res = await t.as(pelaksana, {
      method: 'POST',
      url: `${API}/tickets`,
      payload: {
        category: 'aplikasi',
        subject: 'Halaman penilaian lambat dibuka',
        description: 'Halaman penilaian butuh lebih dari satu menit untuk terbuka di kantor.',
        context: { path: '/penilaian', userAgent: null, viewport: '1366x768', online: true },
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const created = res.json<TicketDetail>()
    const numbers = mine.items.map((i) => i.number).sort()
    const last = numbers.at(-1)!
    expect(created.number).toBe(`HD-2026-${String(Number(last.slice(-4)) + 1).padStart(4, '0')}`)
    const open = mine.items.find((i) => i.status !== 'selesai')!
    expect(created.assigneeUserId).toBe(open.assigneeUserId)
  })

  it('shows the PIC and the admin the stats of the demo', async () => {
    for (const who of [pic, admin]) {
      const res = await t.as(who, { method: 'GET', url: `${API}/stats` })
      expect(res.statusCode, res.body).toBe(200)
      const stats = res.json<HelpdeskStats>()
      expect(stats.total).toBeGreaterThanOrEqual(2)
      expect(stats.byStatus.selesai).toBe(1)
      expect(stats.satisfactionCount).toBe(1)
      expect(stats.firstResponseMinutes.median).not.toBeNull()
    }
  })
})
