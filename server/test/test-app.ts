import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll } from 'vitest'
import { buildApp } from '../app.ts'
import { loadConfig } from '../config.ts'
import { checkNestedAcquire, type PoolSettings } from '../db/client.ts'
import { fixedClock } from '../lib/clock.ts'
import type { EventBus } from '../lib/events.ts'
import { factories, TEST_PASSWORD } from './factories.ts'
import { createDemoTestDatabase, createTestDatabase } from './test-db.ts'

export type Session = { cookie: string; csrfToken: string; username: string }

/**
 * The real app on a real database for one test file. Call at the top of the file:
 * `const t = await setupTestApp()`; everything is torn down after the file. `events` replaces
 * the app's event bus (e.g. one that records what is emitted).
 */
export async function setupTestApp(
  opts: {
    now?: string
    env?: Record<string, string>
    events?: EventBus
    /** Start from the Gianyar demo seeded for this day (shared, cloned per file). */
    demoToday?: string
    /** The database pool (default 5 connections, server/test/test-db.ts). */
    pool?: PoolSettings
  } = {},
) {
  const database = opts.demoToday
    ? await createDemoTestDatabase(opts.demoToday)
    : { ...(await createTestDatabase(opts.pool)), summary: null }
  const clock = fixedClock(opts.now ?? '2026-11-27T02:00:00Z')
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent-test-data',
    WEB_DIST: '/nonexistent-web',
    LOGIN_RATE_PER_MINUTE: '1000',
    // A use case asking the pool for a second connection inside db.transaction fails its test
    // (a stall under load otherwise; server/db/client.ts, decision 0024).
    DB_NESTED_ACQUIRE_CHECK: 'throw',
    ...opts.env,
  })
  checkNestedAcquire(database.db, config.dbNestedAcquireCheck)
  const app: FastifyInstance = await buildApp({
    config,
    db: database.db,
    clock,
    events: opts.events,
  })
  await app.ready()
  afterAll(async () => {
    await app.close()
    await database.drop()
  })

  async function login(username: string, password = TEST_PASSWORD): Promise<Session> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    })
    if (res.statusCode !== 200)
      throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.find((c) => c.name === 'kinerja_session')
    return {
      cookie: `kinerja_session=${cookie?.value ?? ''}`,
      csrfToken: res.json<{ csrfToken: string }>().csrfToken,
      username,
    }
  }

  /** Injects as a signed-in session, with the CSRF header the web app sends. */
  function as(session: Session | null, opts: InjectOptions) {
    const headers = { ...(opts.headers ?? {}) } as Record<string, string>
    if (session) {
      headers.cookie = session.cookie
      headers['x-csrf-token'] = session.csrfToken
    }
    return app.inject({ ...opts, headers })
  }

  const demo = database.summary
  return { app, db: database.db, clock, config, f: factories(database.db), login, as, demo }
}
export type TestApp = Awaited<ReturnType<typeof setupTestApp>>
