import { afterEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../../lib/events.ts'
import type { Session } from '../../test/test-app.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { createAccountsPort } from '../auth/auth.service.ts'
import { rhk, skp } from '../skp/skp.tables.ts'
import { registerNotificationListeners } from './notifications.listeners.ts'
import { createNotificationsService } from './notifications.service.ts'

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
 * Listeners on a bus of our own, over the test database: the same service and account lookup
 * the app wires, so what an event leaves behind is read back through the HTTP API.
 */
function listenerHarness() {
  const events = createEventBus((name, e) => {
    throw new Error(`listener for ${name} failed: ${String(e)}`)
  })
  const service = createNotificationsService({ db: t.db, clock: t.clock })
  const accounts = createAccountsPort({ clock: t.clock })
  registerNotificationListeners(events, service, {
    findAccountIdByPegawai: (id) => accounts.findAccountIdByPegawai(t.db, id),
  })
  return { events, service }
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
      ids: { first: first.id, second: second.id, third: third.id, others: others.id },
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
