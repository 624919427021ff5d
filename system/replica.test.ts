import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeDb, createDb, migrateDb } from '../server/db/client.ts'
import { factories, TEST_PASSWORD } from '../server/test/factories.ts'
import { login, request, startApp, type AppProcess, type HttpSession } from './lib/scale-app.ts'
import {
  destroyClusters,
  initPrimary,
  initReplica,
  makeBaseDir,
  waitForReplay,
  type Cluster,
} from './lib/scale-cluster.ts'

/**
 * Read replica (issue 7): with DATABASE_REPLICA_URL the reports read from a PostgreSQL
 * streaming replica; when the replica is down they read from the primary, and return to the
 * replica once it is back. Our own primary (initdb, pg_stat_statements preloaded) on 5441, a
 * replica made with pg_basebackup -R on 5442, one app process on 3502.
 *
 * Where a report's queries ran is read from pg_stat_statements on each server: the replica is a
 * physical copy, so the same statement has the same queryid on both. The statements the report
 * ran on the replica are the report's reads (nothing else queries the app database there).
 */
const PRIMARY_PORT = 5441
const REPLICA_PORT = 5442
const APP_PORT = 3502
const DATABASE = 'scale_replica'

let base = ''
let primary: Cluster | null = null
let replica: Cluster | null = null
let app: AppProcess | null = null
let admin: HttpSession
const timings: Record<string, number> = {}
const began = Date.now()

beforeAll(async () => {
  let t = Date.now()
  base = makeBaseDir('kinerja-scale-replica-')
  primary = initPrimary(base, 'primary', PRIMARY_PORT)
  await primary.query(`CREATE DATABASE ${DATABASE}`)
  await primary.query('CREATE EXTENSION pg_stat_statements', [], DATABASE)
  const db = createDb(primary.url(DATABASE), 2)
  try {
    await migrateDb(db)
    const o = await factories(db).office()
    timings.primaryReady = Date.now() - t
    t = Date.now()
    replica = initReplica(primary, base, 'replica', REPLICA_PORT)
    await waitForReplay(primary, replica)
    timings.replicaReady = Date.now() - t
    t = Date.now()
    app = await startApp(APP_PORT, {
      DATA_DIR: path.join(base, 'app'),
      DATABASE_URL: primary.url(DATABASE),
      DATABASE_REPLICA_URL: replica.url(DATABASE),
      JOBS: 'off',
    })
    timings.appReady = Date.now() - t
    admin = (await login(app.url, o.admin.username, TEST_PASSWORD)).session
  } finally {
    await closeDb(db)
  }
})

afterAll(async () => {
  await app?.stop()
  destroyClusters(
    base,
    [replica, primary].filter((c): c is Cluster => c !== null),
  )
  console.log(`replica system test: ${JSON.stringify({ ...timings, totalMs: Date.now() - began })}`)
})

/** Calls so far, on one server, of the statements `ids` (the report's reads). */
async function callsOf(c: Cluster, ids: readonly string[]): Promise<number> {
  const [row] = await c.query<{ calls: number | null }>(
    `SELECT sum(calls)::int AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND queryid::text = ANY($2)`,
    [DATABASE, ids],
    DATABASE,
  )
  return row?.calls ?? 0
}

/** The statements run on the replica's copy of the app database (the probe's `select 1` aside). */
async function statementsOnReplica(): Promise<string[]> {
  const rows = await replica!.query<{ id: string }>(
    `SELECT queryid::text AS id FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)
        AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'select $1'
        AND query NOT ILIKE 'select 1'`,
    [DATABASE],
    DATABASE,
  )
  return rows.map((r) => r.id)
}

const dashboard = () => request(app!.url, admin, 'GET', '/api/reports/dashboard')
/** The dashboard without its generation time, to compare answers from either server. */
const content = async (res: Response) => {
  const body = (await res.json()) as Record<string, unknown>
  delete body.generatedAt
  return body
}

describe('reports on a streaming replica', () => {
  let reportIds: string[] = []
  let firstBody: unknown

  it('reads the reports from the replica while it runs', async () => {
    const first = await dashboard()
    expect(first.status).toBe(200)
    firstBody = await content(first)
    reportIds = await statementsOnReplica()
    expect(reportIds.length).toBeGreaterThan(0)

    const [onPrimary, onReplica] = [
      await callsOf(primary!, reportIds),
      await callsOf(replica!, reportIds),
    ]
    const again = await dashboard()
    expect(again.status).toBe(200)
    expect(await callsOf(replica!, reportIds)).toBeGreaterThan(onReplica)
    // None of the report's reads ran on the primary.
    expect(await callsOf(primary!, reportIds)).toBe(onPrimary)
    // The app's read pool is connected to the replica under its own name.
    const conns = await replica!.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kinerja-replica'`,
    )
    expect(conns[0]!.n).toBeGreaterThan(0)
    // The replica is a standby that streams from the primary.
    const streaming = await primary!.query<{ state: string }>(
      'SELECT state FROM pg_stat_replication',
    )
    expect(streaming.map((s) => s.state)).toEqual(['streaming'])
  })

  it('falls back to the primary when the replica is down', async () => {
    const t = Date.now()
    replica!.stop()
    const onPrimary = await callsOf(primary!, reportIds)
    const res = await dashboard()
    expect(res.status).toBe(200)
    expect(await content(res)).toEqual(firstBody)
    expect(await callsOf(primary!, reportIds)).toBeGreaterThan(onPrimary)
    const again = await dashboard()
    expect(again.status).toBe(200)
    expect(app!.output()).toContain('read replica unreachable; reads go to the primary')
    timings.fallbackMs = Date.now() - t
  })

  it('returns to the replica once it is back', async () => {
    const t = Date.now()
    replica!.start()
    await waitForReplay(primary!, replica!)
    // The app probes the replica every 5 s while it reads from the primary.
    const until = Date.now() + 30_000
    for (;;) {
      const before = await callsOf(replica!, reportIds)
      const res = await dashboard()
      expect(res.status).toBe(200)
      if ((await callsOf(replica!, reportIds)) > before) break
      if (Date.now() > until) throw new Error('reads did not return to the replica within 30 s')
      await new Promise((r) => setTimeout(r, 500))
    }
    timings.recoveryMs = Date.now() - t
    expect(app!.output()).toContain('read replica reachable again; reads go to the replica')
    const onPrimary = await callsOf(primary!, reportIds)
    const res = await dashboard()
    expect(res.status).toBe(200)
    expect(await content(res)).toEqual(firstBody)
    expect(await callsOf(primary!, reportIds)).toBe(onPrimary)
  })
})
