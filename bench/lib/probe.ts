// Why a scenario costs what it costs: the app built in-process on the bench database with a pool
// that records every statement and its time, so one request of each scenario can be broken down
// (statements per request, the slowest ones). Same technique as the query-count tests.
import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { buildApp } from '../../server/app.ts'
import { loadConfig } from '../../server/config.ts'
import { closeDb, createDb } from '../../server/db/client.ts'

export type Probe = {
  label: string
  status: number
  ms: number
  statements: number
  statementMs: number
  slowest: { ms: number; sql: string }[]
}

export async function probeRequests(opts: {
  databaseUrl: string
  requests: {
    label: string
    username: string
    password: string
    method: 'GET' | 'POST'
    url: string
    body?: () => unknown
  }[]
}): Promise<Probe[]> {
  const db = createDb(opts.databaseUrl, 10)
  const log: { ms: number; sql: string }[] = []
  let recording = false
  const wrapped = new WeakSet<pg.PoolClient>()
  db.$client.on('acquire', (client) => {
    if (wrapped.has(client)) return
    wrapped.add(client)
    const original = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>
    ;(client as { query: unknown }).query = (...args: unknown[]) => {
      const q = args[0]
      const sql = typeof q === 'string' ? q : ((q as { text?: string }).text ?? '?')
      const started = performance.now()
      const done = () => {
        if (recording) log.push({ ms: performance.now() - started, sql })
      }
      const last = args.at(-1)
      if (typeof last === 'function') {
        // pg-pool's pool.query passes a callback.
        const cb = last as (...a: unknown[]) => unknown
        args[args.length - 1] = (...a: unknown[]) => {
          done()
          return cb(...a)
        }
        return original(...args)
      }
      const result = original(...args)
      if (result instanceof Promise) void result.finally(done).catch(() => undefined)
      return result
    }
  })
  const app = await buildApp({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
      LOGIN_RATE_PER_MINUTE: '10000',
    }),
    db,
  })
  const out: Probe[] = []
  try {
    for (const r of opts.requests) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: r.username, password: r.password },
      })
      const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? ''
      const csrf = login.json<{ csrfToken: string }>().csrfToken
      const send = () =>
        app.inject({
          method: r.method,
          url: r.url,
          headers: { cookie, 'x-csrf-token': csrf },
          ...(r.body ? { payload: r.body() as Record<string, unknown> } : {}),
        })
      await send() // warm: caches (org structure, session touch) in their steady state
      log.length = 0
      recording = true
      const started = performance.now()
      const res = await send()
      const ms = performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, 20))
      recording = false
      const statements = [...log]
      out.push({
        label: r.label,
        status: res.statusCode,
        ms: Math.round(ms),
        statements: statements.length,
        statementMs: Math.round(statements.reduce((a, s) => a + s.ms, 0)),
        slowest: statements
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((s) => ({
            ms: Math.round(s.ms * 10) / 10,
            sql: s.sql.replace(/\s+/g, ' ').slice(0, 220),
          })),
      })
    }
  } finally {
    await app.close()
    await closeDb(db)
  }
  return out
}

export const newClientId = () => randomUUID()
