import { eq } from 'drizzle-orm'
import type { InjectOptions } from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { fixedClock } from '../../lib/clock.ts'
import { createEventBus, type DomainEventName, type EventBus } from '../../lib/events.ts'
import { factories, TEST_PASSWORD } from '../../test/factories.ts'
import { rhk, skpKit } from '../../test/skp-factories.ts'
import { createTestDatabase } from '../../test/test-db.ts'
import type { Session } from '../../test/test-app.ts'
import { skp as skpTable } from './skp.tables.ts'

/**
 * Events leave the SKP service only after the transaction commits (style.md 9): a listener
 * reading the database from another connection already sees the new status, and a refused
 * action emits nothing. The app is built here with a recording bus (AppDeps.events).
 */
const database = await createTestDatabase()
const clock = fixedClock('2026-11-27T02:00:00Z')
const inner = createEventBus()
const seen: { name: DomainEventName; payload: unknown; statusInDb: string | null }[] = []
const bus: EventBus = {
  on: (name, listener) => inner.on(name, listener),
  async emit(name, payload) {
    // What a listener on another connection sees at the moment of the event.
    const skpId = (payload as { skpId?: string }).skpId
    const [row] = skpId
      ? await database.db.select().from(skpTable).where(eq(skpTable.id, skpId))
      : []
    seen.push({ name, payload, statusInDb: row?.status ?? null })
    await inner.emit(name, payload)
  },
}
const config = loadConfig({
  LOG_LEVEL: 'silent',
  DATA_DIR: '/nonexistent-test-data',
  WEB_DIST: '/nonexistent-web',
  LOGIN_RATE_PER_MINUTE: '1000',
})
const app = await buildApp({ config, db: database.db, clock, events: bus })
await app.ready()
afterAll(async () => {
  await app.close()
  await database.drop()
})

// The part of setupTestApp the SKP kit needs, over this app.
const t = {
  f: factories(database.db),
  async login(username: string): Promise<Session> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
    })
    const cookie = res.cookies.find((c) => c.name === 'kinerja_session')
    return {
      cookie: `kinerja_session=${cookie?.value ?? ''}`,
      csrfToken: res.json<{ csrfToken: string }>().csrfToken,
      username,
    }
  },
  as(session: Session | null, opts: InjectOptions) {
    const headers = { ...(opts.headers ?? {}) } as Record<string, string>
    if (session) {
      headers.cookie = session.cookie
      headers['x-csrf-token'] = session.csrfToken
    }
    return app.inject({ ...opts, headers })
  },
}
const k = skpKit(t)

describe('domain events', () => {
  it('skp.submitted, skp.returned and skp.approved carry the SKP and fire after commit', async () => {
    const o = await t.f.office()
    const kasub = await k.skpWith(o.kasub, ['RHK kasub'])
    let skp = await k.skpWith(o.staff1, ['Laporan'], { intervene: [[kasub.rhk[0]!.id]] })
    seen.length = 0
    skp = await k.submit(o.staff1, skp)
    const returned = await k.post(o.kasub, `/api/skp/${skp.id}/return`, {
      version: skp.version,
      reason: 'Lengkapi indikator',
    })
    skp = returned.json()
    skp = await k.write(o.staff1, skp, [
      { ...rhk('Laporan lengkap', [kasub.rhk[0]!.id]), id: skp.rhk[0]!.id },
    ])
    skp = await k.submit(o.staff1, skp)
    await k.approve(o.kasub, skp)
    expect(seen.map((e) => [e.name, e.statusInDb])).toEqual([
      ['skp.submitted', 'diajukan'],
      ['skp.returned', 'dikembalikan'],
      ['skp.submitted', 'diajukan'],
      ['skp.approved', 'disetujui'],
    ])
    expect(seen[0]!.payload).toEqual({
      instansiId: o.instansi.id,
      skpId: skp.id,
      year: skp.year,
      pegawaiId: o.staff1.pegawaiId,
      atasanPegawaiId: o.kasub.pegawaiId,
      pegawaiName: 'Staf Satu',
    })
    expect(seen[1]!.payload).toMatchObject({
      atasanName: 'Kasubbid A1',
      reason: 'Lengkapi indikator',
    })
    expect(seen[3]!.payload).toMatchObject({
      skpId: skp.id,
      pegawaiId: o.staff1.pegawaiId,
      atasanName: 'Kasubbid A1',
    })
  })

  it('a refused or conflicting action emits nothing', async () => {
    const o = await t.f.office()
    let skp = await k.create(o.staff1)
    skp = await k.write(o.staff1, skp, [rhk('Laporan')])
    seen.length = 0
    expect(
      (await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: skp.version })).statusCode,
    ).toBe(400)
    expect(
      (await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: skp.version + 1 }))
        .statusCode,
    ).toBe(409)
    expect(seen).toEqual([])
  })

  it('pegawai.moved is emitted by org after the mutasi commits, and the SKP listener closes the SKP', async () => {
    const o = await t.f.office()
    const skp = await k.create(o.staff1)
    seen.length = 0
    const res = await k.call(o.admin, 'PATCH' as 'PUT', `/api/org/pegawai/${o.staff1.pegawaiId}`, {
      jabatanId: o.staff2.jabatanId,
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(seen.map((e) => e.name)).toEqual(['pegawai.moved'])
    expect(seen[0]!.payload).toMatchObject({
      instansiId: o.instansi.id,
      pegawaiId: o.staff1.pegawaiId,
      day: '2026-11-27',
    })
    expect((await k.read(o.staff1, skp.id)).status).toBe('ditutup')
  })
})
