import { sql } from 'drizzle-orm'
import net from 'node:net'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase } from '../test/test-db.ts'
import { closeDb, type Db } from './client.ts'
import { createReadDb, isConnectionError, readTarget } from './replica.ts'

const database = await createTestDatabase()
afterAll(() => database.drop())

/**
 * The "replica" of these tests is the test database reached through a TCP proxy that the test
 * can take down (refusing connections and cutting the open ones) or turn into a black hole
 * (accepting connections and never answering). Which server answered a query is told by
 * application_name: the replica pool's connections are `kinerja-replica`, the primary's `kinerja`.
 */
class Proxy {
  private server: net.Server | null = null
  private sockets = new Set<net.Socket>()
  mode: 'forward' | 'blackhole' = 'forward'

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }) {
    const probe = net.createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const port = (probe.address() as net.AddressInfo).port
    await new Promise<void>((r) => probe.close(() => r()))
    const proxy = new Proxy(port, target)
    await proxy.up()
    return proxy
  }

  async up() {
    this.server = net.createServer((client) => {
      this.sockets.add(client)
      client.on('close', () => this.sockets.delete(client))
      client.on('error', () => undefined)
      if (this.mode === 'blackhole') return
      const upstream = net.connect(this.target.port, this.target.host)
      this.sockets.add(upstream)
      upstream.on('close', () => this.sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r))
  }

  /** Stops listening and cuts every open connection (the replica went away). */
  async down() {
    const server = this.server
    this.server = null
    for (const s of this.sockets) s.destroy()
    this.sockets.clear()
    if (server) await new Promise<void>((r) => server.close(() => r()))
  }
}

const primaryUrl = new URL(database.url)
const proxy = await Proxy.start({ host: primaryUrl.hostname, port: Number(primaryUrl.port) })
afterAll(() => proxy.down())
const replicaUrl = new URL(database.url)
replicaUrl.host = `127.0.0.1:${proxy.port}`

const log = { info: vi.fn<(msg: string) => void>(), warn: vi.fn<(o: object, m: string) => void>() }
let readDb: Db

beforeEach(async () => {
  proxy.mode = 'forward'
  await proxy.down()
  await proxy.up()
  log.info.mockClear()
  log.warn.mockClear()
  readDb = createReadDb(database.db, replicaUrl.toString(), {
    poolMax: 3,
    recheckMs: 50,
    connectTimeoutMs: 500,
    log,
  })
})
afterEach(() => closeDb(readDb))

/** Which pool ran the query. */
async function answeredBy(db: Db): Promise<string> {
  const r = await db.execute<{ app: string }>(
    sql`select current_setting('application_name') as app`,
  )
  return r.rows[0]!.app
}

describe('createReadDb', () => {
  it('reads from the replica while it answers, through drizzle queries and transactions', async () => {
    expect(await answeredBy(readDb)).toBe('kinerja-replica')
    const inTx = await readDb.transaction(async (tx) => {
      const r = await tx.execute<{ app: string }>(
        sql`select current_setting('application_name') as app`,
      )
      return r.rows[0]!.app
    })
    expect(inTx).toBe('kinerja-replica')
    expect(readTarget(readDb)).toBe('replica')
    expect(readTarget(database.db)).toBe('primary')
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('falls back to the primary when the replica goes away, and returns when it is back', async () => {
    expect(await answeredBy(readDb)).toBe('kinerja-replica')
    await proxy.down()
    // The query that meets the outage is answered by the primary, not failed.
    expect(await answeredBy(readDb)).toBe('kinerja')
    expect(readTarget(readDb)).toBe('primary')
    expect(await answeredBy(readDb)).toBe('kinerja')
    // Transactions start on the primary too.
    expect(
      await readDb.transaction(async (tx) => {
        const r = await tx.execute<{ app: string }>(
          sql`select current_setting('application_name') as app`,
        )
        return r.rows[0]!.app
      }),
    ).toBe('kinerja')
    expect(log.warn).toHaveBeenCalledTimes(1)
    expect(log.warn.mock.calls[0]![1]).toContain('reads go to the primary')

    await proxy.up()
    await vi.waitFor(() => expect(readTarget(readDb)).toBe('replica'), { timeout: 5000 })
    expect(await answeredBy(readDb)).toBe('kinerja-replica')
    expect(log.info).toHaveBeenCalledWith('read replica reachable again; reads go to the replica')
    expect(log.warn).toHaveBeenCalledTimes(1)
  })

  it('falls back when the replica is down from the start', async () => {
    await proxy.down()
    const rows = await readDb.execute<{ n: number }>(sql`select 41 + 1 as n`)
    expect(rows.rows).toEqual([{ n: 42 }])
    expect(readTarget(readDb)).toBe('primary')
  })

  it('falls back when connecting to the replica times out (a host that never answers)', async () => {
    proxy.mode = 'blackhole'
    expect(await answeredBy(readDb)).toBe('kinerja')
    expect(readTarget(readDb)).toBe('primary')
    // Still a black hole: the probe keeps failing and reads stay on the primary.
    await new Promise((r) => setTimeout(r, 200))
    expect(readTarget(readDb)).toBe('primary')
    proxy.mode = 'forward'
    await vi.waitFor(() => expect(readTarget(readDb)).toBe('replica'), { timeout: 5000 })
  })

  it('passes the errors of a query through without switching', async () => {
    await expect(readDb.execute(sql`select * from no_such_table`)).rejects.toMatchObject({
      cause: { code: '42P01' },
    })
    await expect(readDb.execute(sql`select 1 / 0`)).rejects.toMatchObject({
      cause: { code: '22012' },
    })
    expect(readTarget(readDb)).toBe('replica')
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('supports the callback forms of pg.Pool', async () => {
    const pool = readDb.$client
    const viaCallback = await new Promise<unknown>((resolve, reject) => {
      pool.query('select 7 as n', (err: Error | undefined, res: { rows: unknown[] }) =>
        err ? reject(err) : resolve(res.rows),
      )
    })
    expect(viaCallback).toEqual([{ n: 7 }])
    const client = await pool.connect()
    try {
      expect((await client.query('select 8 as n')).rows).toEqual([{ n: 8 }])
    } finally {
      client.release()
    }
  })
})

describe('isConnectionError', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })
  it('tells a server that cannot serve from a query that failed', () => {
    expect(isConnectionError(withCode('ECONNREFUSED'))).toBe(true)
    expect(isConnectionError(withCode('57P03', 'the database system is starting up'))).toBe(true)
    expect(isConnectionError(withCode('57P01'))).toBe(true)
    expect(isConnectionError(withCode('08006'))).toBe(true)
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isConnectionError(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true)
    expect(isConnectionError(withCode('42P01'))).toBe(false)
    expect(isConnectionError(withCode('23505'))).toBe(false)
    expect(isConnectionError('ECONNREFUSED')).toBe(false)
  })
})
