import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { Skp } from '../../shared/skp.ts'
import { rhk, skpKit } from '../test/skp-factories.ts'
import { setupTestApp } from '../test/test-app.ts'
import { createTestDatabase } from '../test/test-db.ts'
import { loadConfig } from '../config.ts'
import {
  closeDb,
  createDb,
  NestedAcquireError,
  nestedAcquireViolations,
  poolSettings,
} from './client.ts'

const database = await createTestDatabase()
afterAll(() => database.drop())

describe('the nested-acquire check (DB_NESTED_ACQUIRE_CHECK)', () => {
  const db = createDb(database.url, { max: 2, nestedAcquireCheck: 'throw' })
  afterAll(() => closeDb(db))

  it('lets queries through tx, before and after a transaction', async () => {
    await db.execute(sql`select 1`)
    const r = await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`)
      await tx.transaction(async (sp) => sp.execute(sql`select 2`))
      return 'ok'
    })
    expect(r).toBe('ok')
    await db.execute(sql`select 1`)
  })

  it('refuses a read through db inside db.transaction', async () => {
    const before = nestedAcquireViolations().length
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`)
        await db.execute(sql`select 1`)
      }),
    ).rejects.toMatchObject({ cause: expect.any(NestedAcquireError) })
    expect(nestedAcquireViolations().length).toBe(before + 1)
    expect(nestedAcquireViolations().at(-1)).toMatch(
      /opened at .*pool\.test\.ts.*statement: select 1/,
    )
  })

  it('refuses a transaction opened inside another one', async () => {
    await expect(
      db.transaction(async () => db.transaction(async (tx2) => tx2.execute(sql`select 1`))),
    ).rejects.toThrow(NestedAcquireError)
  })

  it('allows work started in a transaction that runs after it ended', async () => {
    let later: Promise<unknown> = Promise.resolve()
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`)
      later = gate.then(() => db.execute(sql`select 1`))
    })
    release()
    await expect(later).resolves.toBeTruthy()
  })
})

describe('concurrent statements on one transaction', () => {
  const db = createDb(database.url, { max: 2, nestedAcquireCheck: 'warn' })
  afterAll(() => closeDb(db))

  it('are reported (pg queues them and warns)', async () => {
    const before = nestedAcquireViolations().length
    await db.transaction(async (tx) => {
      await Promise.all([tx.execute(sql`select 1`), tx.execute(sql`select 2`)])
    })
    expect(nestedAcquireViolations().slice(before).join('\n')).toMatch(
      /concurrent statements on one transaction's connection.*pool\.test\.ts.*select 2/,
    )
  })
})

/**
 * The stall of issue 7: with as many concurrent requests as pool connections, each holding one
 * in a transaction and asking the pool for a second, every request waited forever. Editing an
 * SKP with a "penugasan dari" looked the team lead up through the pool inside the transaction
 * (skp.service validateContent → org.getPegawaiUnchecked). 30 of them at once on a pool of 3
 * connections all complete now; the check is off here, so a regression would show as 503s
 * (DATABASE_POOL_TIMEOUT_MS) rather than be refused by the check.
 */
describe('30 concurrent SKP edits on a pool of 3 connections', async () => {
  const t = await setupTestApp({
    pool: { max: 3, connectionTimeoutMillis: 8_000 },
    env: { DB_NESTED_ACQUIRE_CHECK: 'off' },
  })
  const k = skpKit(t)

  it('all complete (none waits for a second connection while holding one)', async () => {
    const o = await t.f.office()
    const owners = []
    for (let i = 0; i < 30; i++)
      owners.push(await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: `Staf ${i}` }))
    const skps: Skp[] = []
    for (const who of owners) skps.push(await k.create(who))
    await Promise.all(owners.map((who) => k.session(who)))
    const results = await Promise.all(
      owners.map((who, i) =>
        k.put(who, `/api/skp/${skps[i]!.id}`, {
          version: skps[i]!.version,
          rhk: [rhk(`Anggota tim ${i}`, [], { penugasanDariPegawaiId: o.staffB.pegawaiId })],
        }),
      ),
    )
    expect(results.map((r) => r.statusCode)).toEqual(owners.map(() => 200))
  })
})

describe('a request that gets no connection in time', async () => {
  const t = await setupTestApp({ pool: { max: 2, connectionTimeoutMillis: 200 } })

  it('is answered 503 UNAVAILABLE (DB_BUSY), not left hanging', async () => {
    const o = await t.f.office()
    const session = await t.login(o.staff1.username)
    const held = [await t.db.$client.connect(), await t.db.$client.connect()]
    try {
      const res = await t.as(session, { method: 'GET', url: '/api/skp' })
      expect(res.statusCode).toBe(503)
      expect(res.headers['retry-after']).toBe('5')
      expect(res.json()).toMatchObject({ error: { code: 'UNAVAILABLE', reason: 'DB_BUSY' } })
    } finally {
      for (const c of held) c.release()
    }
    const after = await t.as(session, { method: 'GET', url: '/api/skp' })
    expect(after.statusCode).toBe(200)
  })
})

describe('pool settings', () => {
  it('wait 10 s for a connection and leave the check off unless configured', () => {
    expect(poolSettings(loadConfig({}))).toEqual({
      max: 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      nestedAcquireCheck: 'off',
    })
    const set = loadConfig({
      DATABASE_POOL_MAX: '4',
      DATABASE_POOL_TIMEOUT_MS: '0',
      DATABASE_POOL_IDLE_MS: '5000',
      DB_NESTED_ACQUIRE_CHECK: 'warn',
    })
    expect(poolSettings(set)).toEqual({
      max: 4,
      connectionTimeoutMillis: 0,
      idleTimeoutMillis: 5000,
      nestedAcquireCheck: 'warn',
    })
    expect(() => loadConfig({ DB_NESTED_ACQUIRE_CHECK: 'yes' })).toThrow(/DB_NESTED_ACQUIRE_CHECK/)
  })
})
