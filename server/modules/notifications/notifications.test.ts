import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, eq, inArray } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { createEventBus } from '../../lib/events.ts'
import type { Jobs } from '../../lib/jobs.ts'
import { createMailer, type Mailer, type MailMessage } from '../../lib/mailer.ts'
import type { Session } from '../../test/test-app.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { createAuditService } from '../audit/audit.service.ts'
import { createAccountsPort } from '../auth/auth.service.ts'
import { createOrgService } from '../org/org.service.ts'
import { pegawai } from '../org/org.tables.ts'
import { rhk, skp } from '../skp/skp.tables.ts'
import { registerNotificationListeners } from './notifications.listeners.ts'
import {
  createNotificationsService,
  type NewNotification,
  type OnceNotification,
} from './notifications.service.ts'
import { notifications, outboxEmail, reminderLog } from './notifications.tables.ts'

const START = '2026-11-27T02:00:00Z'
const t = await setupTestApp({ now: START })
afterEach(() => t.clock.set(START))

type Item = {
  id: string
  kind: string
  title: string
  body: string
  link: string | null
  createdAt: string
  readAt: string | null
}

const get = (s: Session | null, url: string) => t.as(s, { method: 'GET', url })
const post = (s: Session | null, url: string, payload: object = {}) =>
  t.as(s, { method: 'POST', url, payload })

async function inbox(s: Session, query = '') {
  const res = await get(s, `/api/notifications${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ items: Item[]; total: number; page: number; pageSize: number }>()
}
async function unread(s: Session) {
  const res = await get(s, '/api/notifications/unread-count')
  expect(res.statusCode).toBe(200)
  return res.json<{ count: number }>().count
}

/**
 * Listeners on a bus of our own, over the test database: the same service, account lookup and
 * email addresses the app wires, so what an event leaves behind is read back through the API.
 */
function listenerHarness(opts: { mailer?: Mailer; onEmailQueued?: () => void } = {}) {
  const events = createEventBus((name, e) => {
    throw new Error(`listener for ${name} failed: ${String(e)}`)
  })
  const service = notificationsService(opts)
  const accounts = createAccountsPort({ clock: t.clock })
  registerNotificationListeners(events, service, {
    findAccountIdByPegawai: (id) => accounts.findAccountIdByPegawai(t.db, id),
  })
  return { events, service }
}

/** The notifications service as app.ts wires it (emails from the pegawai behind each account). */
function notificationsService(opts: { mailer?: Mailer; onEmailQueued?: () => void } = {}) {
  const accounts = createAccountsPort({ clock: t.clock })
  const org = createOrgService({
    db: t.db,
    clock: t.clock,
    audit: createAuditService({ db: t.db }),
    accounts,
    events: createEventBus(),
  })
  return createNotificationsService({
    db: t.db,
    clock: t.clock,
    publicUrl: 'https://kinerja.example.go.id',
    ...opts,
    emailsOfAccounts: async (userIds) => {
      const pegawaiOf = await accounts.pegawaiOfAccounts(t.db, userIds)
      const emails = await org.emailsOf([...pegawaiOf.values()])
      return new Map(
        [...pegawaiOf].flatMap(([u, p]) => (emails.has(p) ? [[u, emails.get(p)!] as const] : [])),
      )
    },
  })
}

async function setEmail(pegawaiId: string, email: string | null) {
  await t.db.update(pegawai).set({ email }).where(eq(pegawai.id, pegawaiId))
}

async function outboxOf(userIds: string[]) {
  return t.db.select().from(outboxEmail).where(inArray(outboxEmail.userId, userIds))
}

async function inboxRowsOf(userIds: string[], kind?: string) {
  const rows = await t.db
    .select()
    .from(notifications)
    .where(
      kind
        ? and(inArray(notifications.userId, userIds), eq(notifications.kind, kind))
        : inArray(notifications.userId, userIds),
    )
  return rows
}

describe('notification listeners', () => {
  it('tells the atasan of a submission, the owner of a return and of an approval', async () => {
    const o = await t.f.office()
    const skpId = crypto.randomUUID()
    const { events } = listenerHarness()
    const base = { instansiId: o.instansi.id, skpId, year: 2026, pegawaiId: o.staff1.pegawaiId }

    await events.emit('skp.submitted', {
      ...base,
      atasanPegawaiId: o.kasub.pegawaiId,
      pegawaiName: o.staff1.name,
    })
    const atasan = await t.login(o.kasub.username)
    const owner = await t.login(o.staff1.username)
    const toAtasan = (await inbox(atasan)).items
    expect(toAtasan).toHaveLength(1)
    expect(toAtasan[0]).toMatchObject({
      kind: 'skp.submitted',
      title: `${o.staff1.name} mengajukan SKP 2026 untuk disetujui`,
      link: `/skp/${skpId}`,
      readAt: null,
    })
    expect(await unread(owner)).toBe(0)

    t.clock.set('2026-11-27T03:00:00Z')
    await events.emit('skp.returned', {
      ...base,
      atasanName: o.kasub.name,
      reason: 'Target indikator kedua belum terukur',
    })
    t.clock.set('2026-11-27T04:00:00Z')
    await events.emit('skp.approved', { ...base, atasanName: o.kasub.name })

    const toOwner = (await inbox(owner)).items
    // Newest first.
    expect(toOwner.map((n) => n.kind)).toEqual(['skp.approved', 'skp.returned'])
    expect(toOwner[1]?.title).toBe(`SKP 2026 Anda dikembalikan oleh ${o.kasub.name}`)
    expect(toOwner[1]?.body).toContain('Target indikator kedua belum terukur')
    expect(toOwner[0]?.title).toBe(`SKP 2026 Anda disetujui oleh ${o.kasub.name}`)
    expect(toOwner.every((n) => n.link === `/skp/${skpId}`)).toBe(true)
    expect(await unread(owner)).toBe(2)
    // The atasan got nothing from the return or the approval.
    expect(await unread(atasan)).toBe(1)
  })

  it('skips a submission without an atasan and a person without an account', async () => {
    const o = await t.f.office()
    const { events } = listenerHarness()
    await events.emit('skp.submitted', {
      instansiId: o.instansi.id,
      skpId: crypto.randomUUID(),
      year: 2026,
      pegawaiId: o.kepala.pegawaiId,
      atasanPegawaiId: null,
      pegawaiName: o.kepala.name,
    })
    await events.emit('skp.approved', {
      instansiId: o.instansi.id,
      skpId: crypto.randomUUID(),
      year: 2026,
      pegawaiId: crypto.randomUUID(),
      atasanName: 'Siapa pun',
    })
    for (const p of [o.kepala, o.kabid, o.kasub]) {
      expect(await unread(await t.login(p.username))).toBe(0)
    }
  })

  it('is wired into the app: approving an SKP through the API notifies its owner', async () => {
    const o = await t.f.office()
    const [row] = await t.db
      .insert(skp)
      .values({
        instansiId: o.instansi.id,
        pegawaiId: o.staff1.pegawaiId,
        year: 2026,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        pendekatan: 'kuantitatif',
        variant: 'ja_jf',
        status: 'diajukan',
        submittedAt: new Date('2026-11-20T02:00:00Z'),
        pegawaiName: o.staff1.name,
        pegawaiNip: o.staff1.username,
        pegawaiGolongan: 'III/a',
        unitId: o.staff1.unitId,
        unitName: o.units.sub.name,
        jabatanId: o.staff1.jabatanId,
        jabatanName: 'Pelaksana',
        jabatanJenis: 'pelaksana',
        atasanPegawaiId: o.kasub.pegawaiId,
        atasanName: o.kasub.name,
        atasanNip: o.kasub.username,
        atasanGolongan: 'III/a',
        atasanJabatanName: 'Kepala Sub Bidang',
        atasanJabatanJenis: 'pengawas',
        atasanUnitName: o.units.sub.name,
      })
      .returning()
    const skpId = (row as { id: string; version: number }).id
    await t.db.insert(rhk).values({
      instansiId: o.instansi.id,
      skpId,
      jenis: 'utama',
      seq: 1,
      text: 'Berkas terverifikasi',
    })
    const atasan = await t.login(o.kasub.username)
    const res = await post(atasan, `/api/skp/${skpId}/approve`, {
      version: (row as { version: number }).version,
    })
    expect(res.statusCode, res.body).toBe(200)
    const items = (await inbox(await t.login(o.staff1.username))).items
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      kind: 'skp.approved',
      title: `SKP 2026 Anda disetujui oleh ${o.kasub.name}`,
      link: `/skp/${skpId}`,
    })
  })
})

describe('notifications API', () => {
  /** Three notifications for staff1 (an hour apart) and one for staff2. */
  async function seeded() {
    const o = await t.f.office()
    const { service } = listenerHarness()
    const make = async (userId: string, title: string, at: string) => {
      t.clock.set(at)
      return service.notify({
        instansiId: o.instansi.id,
        userId,
        kind: 'skp.approved',
        title,
        body: 'Isi',
        link: '/skp/x',
      })
    }
    const first = await make(o.staff1.userId, 'Pertama', '2026-11-27T01:00:00Z')
    const second = await make(o.staff1.userId, 'Kedua', '2026-11-27T02:00:00Z')
    const third = await make(o.staff1.userId, 'Ketiga', '2026-11-27T03:00:00Z')
    const others = await make(o.staff2.userId, 'Milik orang lain', '2026-11-27T03:00:00Z')
    t.clock.set('2026-11-27T05:00:00Z')
    return {
      o,
      ids: { first: first!.id, second: second!.id, third: third!.id, others: others!.id },
      owner: await t.login(o.staff1.username),
      colleague: await t.login(o.staff2.username),
    }
  }

  it('needs a session', async () => {
    for (const url of ['/api/notifications', '/api/notifications/unread-count']) {
      const res = await get(null, url)
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('UNAUTHENTICATED')
    }
    const res = await post(null, '/api/notifications/read-all')
    expect(res.statusCode).toBe(401)
  })

  it('lists only the signed-in person’s notifications, newest first, paged', async () => {
    const { owner, colleague } = await seeded()
    const all = await inbox(owner)
    expect(all.total).toBe(3)
    expect(all.items.map((n) => n.title)).toEqual(['Ketiga', 'Kedua', 'Pertama'])
    const page2 = await inbox(owner, '?page=2&pageSize=2')
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(page2.items.map((n) => n.title)).toEqual(['Pertama'])
    expect((await inbox(colleague)).items.map((n) => n.title)).toEqual(['Milik orang lain'])
  })

  it('marks one read; someone else’s answers 404 and stays unread', async () => {
    const { ids, owner, colleague } = await seeded()
    expect(await unread(owner)).toBe(3)

    const res = await post(owner, `/api/notifications/${ids.second}/read`)
    expect(res.statusCode).toBe(200)
    expect(res.json<Item>()).toMatchObject({ id: ids.second, readAt: '2026-11-27T05:00:00.000Z' })
    expect(await unread(owner)).toBe(2)
    const unreadOnly = await inbox(owner, '?unreadOnly=true')
    expect(unreadOnly.items.map((n) => n.title)).toEqual(['Ketiga', 'Pertama'])
    expect((await inbox(owner, '?unreadOnly')).total).toBe(2)

    // Reading again keeps the first read time.
    t.clock.set('2026-11-27T05:30:00Z')
    const again = await post(owner, `/api/notifications/${ids.second}/read`)
    expect(again.json<Item>().readAt).toBe('2026-11-27T05:00:00.000Z')

    const theft = await post(owner, `/api/notifications/${ids.others}/read`)
    expect(theft.statusCode).toBe(404)
    expect(theft.json().error.code).toBe('NOT_FOUND')
    expect(await unread(colleague)).toBe(1)

    const unknown = await post(owner, `/api/notifications/${crypto.randomUUID()}/read`)
    expect(unknown.statusCode).toBe(404)
    const bad = await post(owner, '/api/notifications/bukan-id/read')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('marks all own notifications read and leaves others’ alone', async () => {
    const { ids, owner, colleague } = await seeded()
    await post(owner, `/api/notifications/${ids.first}/read`)
    const res = await post(owner, '/api/notifications/read-all')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ updated: 2 })
    expect(await unread(owner)).toBe(0)
    expect((await inbox(owner, '?unreadOnly=true')).total).toBe(0)
    expect((await inbox(owner)).items.every((n) => n.readAt !== null)).toBe(true)
    expect(await unread(colleague)).toBe(1)
  })

  it('rejects a bad query with field errors', async () => {
    const { owner } = await seeded()
    const res = await get(owner, '/api/notifications?unreadOnly=maybe&pageSize=500')
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(body.error.fields)).toEqual(
      expect.arrayContaining(['unreadOnly', 'pageSize']),
    )
  })
})

describe('listeners for daily progress and umpan balik', () => {
  it('tells the pegawai of a verification, with the note when it needs work', async () => {
    const o = await t.f.office()
    const { events } = listenerHarness()
    const base = {
      instansiId: o.instansi.id,
      pegawaiId: o.staff1.pegawaiId,
      atasanName: 'Kasubbid A1',
    }
    await events.emit('progress.verified', {
      ...base,
      verdict: 'sesuai',
      note: null,
      count: 3,
      firstDate: '2026-11-23',
      progressIds: [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()],
    })
    t.clock.set('2026-11-27T03:00:00Z')
    await events.emit('progress.verified', {
      ...base,
      verdict: 'perlu_perbaikan',
      note: 'Lampirkan foto kegiatan.',
      count: 1,
      firstDate: '2026-11-25',
      progressIds: [crypto.randomUUID()],
    })
    const items = (await inbox(await t.login(o.staff1.username))).items
    expect(items.map((n) => n.kind)).toEqual(['progress.verified', 'progress.verified'])
    expect(items[1]).toMatchObject({
      title: '3 kegiatan Anda diverifikasi sesuai oleh Kasubbid A1',
      link: '/progres-harian?tanggal=2026-11-23',
    })
    expect(items[0]).toMatchObject({
      title: '1 kegiatan Anda diverifikasi perlu perbaikan oleh Kasubbid A1',
      link: '/progres-harian?tanggal=2026-11-25',
    })
    expect(items[0]?.body).toContain('Perlu perbaikan: Lampirkan foto kegiatan')
    expect(await unread(await t.login(o.kasub.username))).toBe(0)
  })

  it('tells the other party of an umpan balik message', async () => {
    const o = await t.f.office()
    const { events } = listenerHarness()
    const skpId = crypto.randomUUID()
    const threadId = crypto.randomUUID()
    const base = { instansiId: o.instansi.id, threadId, skpId, topicLabel: 'RHK 1' }
    await events.emit('feedback.posted', {
      ...base,
      toPegawaiId: o.staff1.pegawaiId,
      authorName: 'Kasubbid A1',
      authorRole: 'atasan',
      excerpt: 'Pertahankan ketepatan waktunya.',
    })
    await events.emit('feedback.posted', {
      ...base,
      toPegawaiId: o.kasub.pegawaiId,
      authorName: 'Staf Satu',
      authorRole: 'pegawai',
      excerpt: 'Baik, terima kasih.',
    })
    const toStaff = (await inbox(await t.login(o.staff1.username))).items
    expect(toStaff).toHaveLength(1)
    expect(toStaff[0]).toMatchObject({
      kind: 'feedback.posted',
      title: 'Kasubbid A1 memberi umpan balik tentang RHK 1',
      body: 'Pertahankan ketepatan waktunya.',
      link: `/skp/${skpId}#umpan-balik`,
    })
    const toAtasan = (await inbox(await t.login(o.kasub.username))).items
    expect(toAtasan.map((n) => n.title)).toEqual(['Staf Satu membalas umpan balik tentang RHK 1'])
  })
})

describe('listeners for penilaian kinerja', () => {
  it('tells each party of its step, with links to the right screen and the keberatan deadline', async () => {
    const o = await t.f.office()
    const { events } = listenerHarness()
    const assessmentId = crypto.randomUUID()
    const base = { instansiId: o.instansi.id, assessmentId, periodName: 'Triwulan III' }
    const staff = await t.login(o.staff1.username)
    const kasub = await t.login(o.kasub.username)
    const kabid = await t.login(o.kabid.username)

    await events.emit('assessment.submitted', {
      ...base,
      pegawaiName: o.staff1.name,
      assessorPegawaiId: o.kasub.pegawaiId,
      late: true,
    })
    const submitted = (await inbox(kasub)).items
    expect(submitted).toHaveLength(1)
    expect(submitted[0]).toMatchObject({
      kind: 'assessment.submitted',
      title: 'Staf Satu mengajukan realisasi Triwulan III untuk dinilai',
      link: `/penilaian/bawahan/${assessmentId}`,
    })
    expect(submitted[0]?.body).toContain('setelah batas pengisian')

    t.clock.set('2026-11-27T03:00:00Z')
    await events.emit('assessment.finalised', {
      ...base,
      pegawaiId: o.staff1.pegawaiId,
      predikat: 'sangat_baik',
      assessorName: o.kasub.name,
      objectionOpenUntil: '2026-12-11',
    })
    const finalised = (await inbox(staff)).items
    expect(finalised[0]).toMatchObject({
      kind: 'assessment.finalised',
      title: 'Penilaian Triwulan III Anda sudah final: Sangat Baik',
      link: `/penilaian/${assessmentId}`,
    })
    expect(finalised[0]?.body).toContain('11 Desember 2026')
    expect(finalised[0]?.body).toContain(o.kasub.name)

    await events.emit('assessment.objected', {
      ...base,
      pegawaiName: o.staff1.name,
      reviewerPegawaiId: o.kabid.pegawaiId,
    })
    expect((await inbox(kabid)).items[0]).toMatchObject({
      kind: 'assessment.objected',
      title: 'Staf Satu mengajukan keberatan atas penilaian Triwulan III',
      link: `/penilaian/bawahan/${assessmentId}`,
    })

    t.clock.set('2026-11-27T04:00:00Z')
    await events.emit('assessment.decided', {
      ...base,
      pegawaiId: o.staff1.pegawaiId,
      decision: 'dikabulkan',
      predikat: 'baik',
      deciderName: o.kabid.name,
    })
    const decided = (await inbox(staff)).items[0]
    expect(decided).toMatchObject({
      kind: 'assessment.decided',
      title: `Keberatan Anda atas penilaian Triwulan III dikabulkan oleh ${o.kabid.name}`,
      link: `/penilaian/${assessmentId}`,
    })
    expect(decided?.body).toContain('Baik')

    t.clock.set('2026-11-27T05:00:00Z')
    await events.emit('assessment.reopened', {
      ...base,
      pegawaiId: o.staff1.pegawaiId,
      assessorPegawaiId: o.kasub.pegawaiId,
      reason: 'Salah input rating hasil kerja.',
    })
    const toOwner = (await inbox(staff)).items[0]
    expect(toOwner).toMatchObject({
      kind: 'assessment.reopened',
      link: `/penilaian/${assessmentId}`,
    })
    expect(toOwner?.body).toContain('Alasan: Salah input rating hasil kerja.')
    const toAssessor = (await inbox(kasub)).items[0]
    expect(toAssessor).toMatchObject({
      kind: 'assessment.reopened',
      link: `/penilaian/bawahan/${assessmentId}`,
    })
    expect(await unread(staff)).toBe(3)
    expect(await unread(kasub)).toBe(2)
    expect(await unread(kabid)).toBe(1)
  })

  it('a decision that keeps the predikat says so; nobody is told when there is no assessor or reviewer', async () => {
    const o = await t.f.office()
    const { events } = listenerHarness()
    const base = {
      instansiId: o.instansi.id,
      assessmentId: crypto.randomUUID(),
      periodName: 'Tahunan 2026',
    }
    await events.emit('assessment.decided', {
      ...base,
      pegawaiId: o.kasub.pegawaiId,
      decision: 'ditolak',
      predikat: 'butuh_perbaikan',
      deciderName: o.kepala.name,
    })
    const toKasub = (await inbox(await t.login(o.kasub.username))).items
    expect(toKasub[0]?.title).toBe(
      `Keberatan Anda atas penilaian Tahunan 2026 ditolak oleh ${o.kepala.name}`,
    )
    expect(toKasub[0]?.body).toContain('Predikat tetap Butuh Perbaikan')

    await events.emit('assessment.submitted', {
      ...base,
      pegawaiName: o.kepala.name,
      assessorPegawaiId: null,
      late: false,
    })
    await events.emit('assessment.objected', {
      ...base,
      pegawaiName: o.kepala.name,
      reviewerPegawaiId: null,
    })
    await events.emit('assessment.reopened', {
      ...base,
      pegawaiId: o.kepala.pegawaiId,
      assessorPegawaiId: null,
      reason: 'Perbaikan data',
    })
    expect((await inbox(await t.login(o.kepala.username))).items.map((n) => n.kind)).toEqual([
      'assessment.reopened',
    ])
    for (const p of [o.kabid, o.staff1]) expect(await unread(await t.login(p.username))).toBe(0)
  })
})

type Categories = Record<string, { inApp: boolean; email: boolean }>
const DEFAULTS: Categories = {
  skp: { inApp: true, email: true },
  verification: { inApp: true, email: true },
  feedback: { inApp: true, email: true },
  reminder_no_entry: { inApp: true, email: false },
  reminder_deadline: { inApp: true, email: true },
  reminder_waiting: { inApp: true, email: true },
  assessment: { inApp: true, email: true },
  helpdesk: { inApp: true, email: true },
}
const put = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'PUT', url, payload })

describe('notification preferences API', () => {
  it('needs a session', async () => {
    const res = await get(null, '/api/notifications/preferences')
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('UNAUTHENTICATED')
    const write = await put(null, '/api/notifications/preferences', { categories: DEFAULTS })
    expect(write.statusCode).toBe(401)
    expect(write.json().error.code).toBe('UNAUTHENTICATED')
  })

  it('answers the defaults and the pegawai’s email until saved; saves only one’s own', async () => {
    const o = await t.f.office()
    await setEmail(o.staff1.pegawaiId, 'staf.satu@gianyar.go.id')
    const staff = await t.login(o.staff1.username)
    const colleague = await t.login(o.staff2.username)

    const first = await get(staff, '/api/notifications/preferences')
    expect(first.statusCode).toBe(200)
    expect(first.json()).toEqual({ categories: DEFAULTS, email: 'staf.satu@gianyar.go.id' })

    const mine = { ...DEFAULTS, reminder_no_entry: { inApp: false, email: true } }
    const saved = await put(staff, '/api/notifications/preferences', { categories: mine })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json()).toEqual({ categories: mine, email: 'staf.satu@gianyar.go.id' })
    expect((await get(staff, '/api/notifications/preferences')).json().categories).toEqual(mine)

    // A colleague without an email address still has the defaults.
    const theirs = await get(colleague, '/api/notifications/preferences')
    expect(theirs.json()).toEqual({ categories: DEFAULTS, email: null })
  })

  it('works for an account without a pegawai (email null)', async () => {
    const o = await t.f.office()
    const admin = await t.login(o.admin.username)
    const res = await get(admin, '/api/notifications/preferences')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ categories: DEFAULTS, email: null })
    const saved = await put(admin, '/api/notifications/preferences', {
      categories: { ...DEFAULTS, skp: { inApp: true, email: false } },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().categories.skp).toEqual({ inApp: true, email: false })
  })

  it('rejects bad input with field errors and keeps the stored choice', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const cases: { body: unknown; field: string }[] = [
      { body: {}, field: 'categories' },
      {
        body: { categories: { ...DEFAULTS, skp: { inApp: 'ya', email: true } } },
        field: 'categories.skp.inApp',
      },
      { body: { categories: { skp: { inApp: true, email: true } } }, field: 'categories.feedback' },
    ]
    for (const c of cases) {
      const res = await put(staff, '/api/notifications/preferences', c.body as object)
      expect(res.statusCode, res.body).toBe(400)
      const { error } = res.json()
      expect(error.code).toBe('VALIDATION_FAILED')
      expect(Object.keys(error.fields ?? {}), JSON.stringify(error.fields)).toContain(c.field)
    }
    const notJson = await t.as(staff, {
      method: 'PUT',
      url: '/api/notifications/preferences',
      headers: { 'content-type': 'application/json' },
      payload: '{"categories":',
    })
    expect(notJson.statusCode).toBe(400)
    expect((await get(staff, '/api/notifications/preferences')).json().categories).toEqual(DEFAULTS)
  })
})

describe('notify honours preferences', () => {
  const approved = (o: { instansi: { id: string } }, userId: string): NewNotification => ({
    instansiId: o.instansi.id,
    userId,
    kind: 'skp.approved',
    title: 'SKP 2026 Anda disetujui',
    body: 'SKP sudah berlaku.',
    link: '/skp/abc',
  })

  it('writes the inbox row and, with an address, the outbox email in one go', async () => {
    const o = await t.f.office()
    await setEmail(o.staff1.pegawaiId, 'staf.satu@gianyar.go.id')
    const queued: number[] = []
    const service = notificationsService({ onEmailQueued: () => queued.push(1) })

    const withEmail = await service.notify(approved(o, o.staff1.userId))
    expect(withEmail?.kind).toBe('skp.approved')
    const [mail, ...more] = await outboxOf([o.staff1.userId])
    expect(more).toHaveLength(0)
    expect(mail).toMatchObject({
      toAddress: 'staf.satu@gianyar.go.id',
      subject: 'SKP 2026 Anda disetujui',
      status: 'pending',
      attempts: 0,
      instansiId: o.instansi.id,
    })
    expect(mail?.textBody).toContain('SKP sudah berlaku.')
    expect(mail?.textBody).toContain('https://kinerja.example.go.id/skp/abc')
    expect(queued).toHaveLength(1)

    // No address on the pegawai record: inbox only, nothing queued.
    await service.notify(approved(o, o.staff2.userId))
    expect(await outboxOf([o.staff2.userId])).toHaveLength(0)
    expect(await inboxRowsOf([o.staff2.userId])).toHaveLength(1)
    expect(queued).toHaveLength(1)
  })

  it('skips the channels a person switched off, per category', async () => {
    const o = await t.f.office()
    await setEmail(o.staff1.pegawaiId, 'staf.satu@gianyar.go.id')
    const staff = await t.login(o.staff1.username)
    const res = await put(staff, '/api/notifications/preferences', {
      categories: {
        ...DEFAULTS,
        skp: { inApp: false, email: true },
        feedback: { inApp: false, email: false },
      },
    })
    expect(res.statusCode).toBe(200)
    const service = notificationsService()

    // In-app off, email on: only the email.
    expect(await service.notify(approved(o, o.staff1.userId))).toBeNull()
    expect(await inboxRowsOf([o.staff1.userId])).toHaveLength(0)
    expect(await outboxOf([o.staff1.userId])).toHaveLength(1)

    // Everything off for feedback: nothing at all.
    await service.notify({ ...approved(o, o.staff1.userId), kind: 'feedback.posted' })
    expect(await inboxRowsOf([o.staff1.userId])).toHaveLength(0)
    expect(await outboxOf([o.staff1.userId])).toHaveLength(1)

    // Verification keeps the defaults: inbox and email.
    await service.notify({ ...approved(o, o.staff1.userId), kind: 'progress.verified' })
    expect(await inboxRowsOf([o.staff1.userId], 'progress.verified')).toHaveLength(1)
    expect(await outboxOf([o.staff1.userId])).toHaveLength(2)
  })

  it('applies to the SKP listeners too', async () => {
    const o = await t.f.office()
    const owner = await t.login(o.staff1.username)
    await put(owner, '/api/notifications/preferences', {
      categories: { ...DEFAULTS, skp: { inApp: false, email: false } },
    })
    const { events } = listenerHarness()
    await events.emit('skp.approved', {
      instansiId: o.instansi.id,
      skpId: crypto.randomUUID(),
      year: 2026,
      pegawaiId: o.staff1.pegawaiId,
      atasanName: o.kasub.name,
    })
    expect(await unread(owner)).toBe(0)
  })
})

describe('notifyOnce', () => {
  const reminder = (instansiId: string, userId: string, key = '2026-11-27'): OnceNotification => ({
    instansiId,
    userId,
    kind: 'reminder.no_entry',
    title: 'Anda belum mengisi progres harian hari ini',
    body: 'Catat kegiatan Anda.',
    link: '/progres-harian',
    dedupe: { kind: 'reminder.no_entry', key },
  })

  it('delivers each (user, kind, key) once, also when two runs race', async () => {
    const o = await t.f.office()
    const service = notificationsService()
    const other = notificationsService()
    const batch = [o.staff1, o.staff2, o.kasub].map((p) => reminder(o.instansi.id, p.userId))
    const [a, b] = await Promise.all([service.notifyOnce(batch), other.notifyOnce(batch)])
    expect(a + b).toBe(3)
    expect(await service.notifyOnce(batch)).toBe(0)
    const ids = [o.staff1.userId, o.staff2.userId, o.kasub.userId]
    expect(await inboxRowsOf(ids, 'reminder.no_entry')).toHaveLength(3)
    expect(
      await t.db.select().from(reminderLog).where(inArray(reminderLog.userId, ids)),
    ).toHaveLength(3)

    // Another key (the next day) is another reminder.
    expect(await service.notifyOnce(reminder(o.instansi.id, o.staff1.userId, '2026-11-30'))).toBe(1)
  })

  it('sends nothing and logs nothing to someone who switched the category off', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    await put(staff, '/api/notifications/preferences', {
      categories: { ...DEFAULTS, reminder_no_entry: { inApp: false, email: false } },
    })
    const service = notificationsService()
    expect(await service.notifyOnce(reminder(o.instansi.id, o.staff1.userId))).toBe(0)
    expect(await inboxRowsOf([o.staff1.userId])).toHaveLength(0)
    expect(
      await t.db.select().from(reminderLog).where(eq(reminderLog.userId, o.staff1.userId)),
    ).toHaveLength(0)
  })
})

describe('email outbox', () => {
  const tmpDirs: string[] = []
  afterEach(() => {
    for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
  })
  const mailDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-mail-'))
    tmpDirs.push(d)
    return d
  }

  /** Starts from an empty outbox: these tests count what a flush sends. */
  async function emptyOutbox() {
    await t.db.delete(outboxEmail)
  }

  async function queueEmails(n: number) {
    await emptyOutbox()
    const o = await t.f.office()
    await setEmail(o.staff1.pegawaiId, 'staf.satu@gianyar.go.id')
    const service = notificationsService()
    for (let i = 1; i <= n; i++) {
      await service.notify({
        instansiId: o.instansi.id,
        userId: o.staff1.userId,
        kind: 'skp.approved',
        title: `Pesan ${i}`,
        body: `Isi pesan ${i}`,
        link: null,
      })
    }
    return o
  }

  it('writes each email as an .eml file in MAIL_DIR and marks it sent', async () => {
    const o = await queueEmails(2)
    const dir = path.join(mailDir(), 'mail')
    const service = notificationsService({
      mailer: createMailer({ from: 'Kinerja <no-reply@kinerja.local>', dir }),
    })
    expect(await service.flushOutbox(10)).toEqual({ sent: 2, retried: 0, failed: 0 })
    const files = fs.readdirSync(dir).sort()
    expect(files).toHaveLength(2)
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true)
    const text = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n')
    expect(text).toContain('To: staf.satu@gianyar.go.id')
    expect(text).toContain('From: Kinerja <no-reply@kinerja.local>')
    expect(text).toContain('Subject: Pesan 1')
    expect(text).toContain('Isi pesan 2')
    const rows = await outboxOf([o.staff1.userId])
    expect(rows.map((r) => [r.status, r.attempts, r.sentAt?.toISOString()])).toEqual([
      ['sent', 1, START.replace('Z', '.000Z')],
      ['sent', 1, START.replace('Z', '.000Z')],
    ])
    // Nothing left: a second flush sends nothing.
    expect(await service.flushOutbox(10)).toEqual({ sent: 0, retried: 0, failed: 0 })
    expect(fs.readdirSync(dir)).toHaveLength(2)
  })

  it('retries a failing transport after 1, 5, 30 and 120 minutes, then marks it failed', async () => {
    const o = await queueEmails(1)
    let calls = 0
    const broken: Mailer = {
      target: 'smtp://mail.invalid',
      send: async () => {
        calls++
        throw new Error('421 server sibuk')
      },
      close: () => undefined,
    }
    const service = notificationsService({ mailer: broken })
    const row = async () => (await outboxOf([o.staff1.userId]))[0]!
    let at = new Date(START).getTime()

    for (const [attempt, wait] of [
      [1, 1],
      [2, 5],
      [3, 30],
      [4, 120],
    ] as const) {
      expect(await service.flushOutbox(10)).toEqual({ sent: 0, retried: 1, failed: 0 })
      const r = await row()
      expect(r).toMatchObject({
        status: 'pending',
        attempts: attempt,
        lastError: '421 server sibuk',
      })
      expect(r.nextAttemptAt.getTime() - at).toBe(wait * 60_000)
      // Not due yet: a flush a minute early leaves it alone.
      t.clock.set(new Date(at + wait * 60_000 - 1000))
      expect(await service.flushOutbox(10)).toEqual({ sent: 0, retried: 0, failed: 0 })
      at += wait * 60_000
      t.clock.set(new Date(at))
    }
    expect(await service.flushOutbox(10)).toEqual({ sent: 0, retried: 0, failed: 1 })
    expect(await row()).toMatchObject({
      status: 'failed',
      attempts: 5,
      lastError: '421 server sibuk',
    })
    expect(calls).toBe(5)

    // A failed email is never tried again.
    t.clock.set(new Date(at + 24 * 3600_000))
    expect(await service.flushOutbox(10)).toEqual({ sent: 0, retried: 0, failed: 0 })
    expect(calls).toBe(5)
  })

  it('two concurrent flushes never send one email twice', async () => {
    await queueEmails(8)
    const sent: MailMessage[] = []
    const slow: Mailer = {
      target: 'memory',
      send: async (m) => {
        await new Promise((r) => setTimeout(r, 15))
        sent.push(m)
        return { messageId: crypto.randomUUID() }
      },
      close: () => undefined,
    }
    const a = notificationsService({ mailer: slow })
    const b = notificationsService({ mailer: slow })
    const [ra, rb] = await Promise.all([a.flushOutbox(20), b.flushOutbox(20)])
    expect(ra.sent + rb.sent).toBe(8)
    expect(sent).toHaveLength(8)
    expect(new Set(sent.map((m) => m.subject)).size).toBe(8)
    const rows = await t.db.select().from(outboxEmail)
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true)
  })

  it('respects the limit of one flush', async () => {
    await queueEmails(3)
    const sent: MailMessage[] = []
    const memory: Mailer = {
      target: 'memory',
      send: async (m) => {
        sent.push(m)
        return { messageId: 'x' }
      },
      close: () => undefined,
    }
    const service = notificationsService({ mailer: memory })
    expect(await service.flushOutbox(2)).toEqual({ sent: 2, retried: 0, failed: 0 })
    expect(await service.flushOutbox(2)).toEqual({ sent: 1, retried: 0, failed: 0 })
    expect(sent.map((m) => m.subject).sort()).toEqual(['Pesan 1', 'Pesan 2', 'Pesan 3'])
  })
})

describe('app wiring of jobs and mail', () => {
  it('registers both job handlers, asks for a flush after an email is queued, and the flush writes the .eml', async () => {
    await t.db.delete(outboxEmail)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-mail-'))
    const handlers = new Map<string, () => Promise<void>>()
    const triggered: string[] = []
    const jobs: Jobs = {
      handle: (name, run) => handlers.set(name, run),
      start: async () => undefined,
      trigger: (name) => triggered.push(name),
      stop: async () => undefined,
    }
    const events = createEventBus((name, e) => {
      throw new Error(`listener for ${name} failed: ${String(e)}`)
    })
    const app = await buildApp({
      config: loadConfig({
        LOG_LEVEL: 'silent',
        DATA_DIR: '/nonexistent-test-data',
        WEB_DIST: '/nonexistent-web',
        MAIL_DIR: dir,
        MAIL_FROM: 'Kinerja Gianyar <kinerja@gianyarkab.go.id>',
      }),
      db: t.db,
      clock: t.clock,
      events,
      jobs,
    })
    try {
      expect([...handlers.keys()].sort()).toEqual([
        'mail.flush',
        'progress.partitions',
        'reminders.tick',
      ])
      const o = await t.f.office()
      await setEmail(o.staff1.pegawaiId, 'staf.satu@gianyar.go.id')
      await events.emit('skp.approved', {
        instansiId: o.instansi.id,
        skpId: crypto.randomUUID(),
        year: 2026,
        pegawaiId: o.staff1.pegawaiId,
        atasanName: o.kasub.name,
      })
      expect(triggered).toEqual(['mail.flush'])
      await handlers.get('mail.flush')!()
      const files = fs.readdirSync(dir)
      expect(files).toHaveLength(1)
      const eml = fs.readFileSync(path.join(dir, files[0]!), 'utf8')
      expect(eml).toContain('From: Kinerja Gianyar <kinerja@gianyarkab.go.id>')
      expect(eml).toContain('To: staf.satu@gianyar.go.id')
      expect((await outboxOf([o.staff1.userId]))[0]?.status).toBe('sent')
      // 10:00 WITA: before any reminder hour, the tick runs and sends nothing to this office.
      await handlers.get('reminders.tick')!()
      expect(await inboxRowsOf([o.staff2.userId])).toHaveLength(0)
    } finally {
      await app.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
