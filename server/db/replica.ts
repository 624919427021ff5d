import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Db } from './client.ts'
import * as schema from './schema.ts'

/**
 * Reads from a PostgreSQL streaming replica, with the primary as the fallback (issue 7,
 * decision 0015). `createReadDb` returns an ordinary drizzle `Db` (the reports read model takes
 * it as `readDb` and cannot tell the difference) whose pool sends every query to the replica
 * while the replica answers, and to the primary when it cannot be reached:
 * - a connection-class failure (refused, reset, timed out, "the database system is starting up",
 *   administrator shutdown, SQLSTATE class 08…) switches reads to the primary; the failed query
 *   is retried there at once, so the caller sees an answer, not the outage;
 * - while switched, a probe (`select 1` on the replica every `recheckMs`) runs in the background;
 *   the first success switches reads back to the replica;
 * - a query cancelled by a conflict with recovery (a replica-only error) is retried on the
 *   primary without switching;
 * - any other error (a bad query, a constraint) is the caller's and is thrown as is;
 * - each switch is logged once (warn when leaving the replica, info when returning).
 * Only reads may go through it: a query is retried on the primary after a connection failure,
 * which is safe for a read and not for a write. A transaction keeps the connection it started on.
 */
export type ReadDbLog = {
  info(msg: string): void
  warn(obj: object, msg: string): void
}

export type ReadDbOptions = {
  /** Pool size of the replica connections (DATABASE_POOL_MAX). */
  poolMax?: number
  /** How long a connection attempt to the replica may take before reads fall back (ms). */
  connectTimeoutMs?: number
  /** How often the replica is probed while reads go to the primary (ms). */
  recheckMs?: number
  /** application_name of the replica connections (visible in pg_stat_activity there). */
  applicationName?: string
  log?: ReadDbLog
}

export type ReadTarget = 'replica' | 'primary'

/** Node socket errors that mean "this server cannot be reached". */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])

/** SQLSTATEs that mean the server (not the query) is unavailable. */
const SERVER_DOWN_STATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now ("the database system is starting up")
  '53300', // too_many_connections
  '58P01', // undefined_file: the data directory vanished
  '3D000', // invalid_catalog_name: the database does not exist there (yet)
])

/** Messages of node-postgres itself (no code) for a connection that failed or was lost. */
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection closed',
]

/** Whether an error says the replica cannot serve at all (as opposed to this one query failing). */
export function isConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  const code = (e as { code?: unknown }).code
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SERVER_DOWN_STATES.has(code)) return true
    if (code.startsWith('08')) return true // connection_exception class
  }
  if (CONNECTION_MESSAGES.some((m) => e.message.includes(m))) return true
  // AggregateError of every address tried (localhost → ::1 and 127.0.0.1).
  if (e instanceof AggregateError) return e.errors.some(isConnectionError)
  return false
}

/** A query the replica cancelled because it conflicted with WAL replay: worth asking the primary. */
function isRecoveryConflict(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e as { code?: unknown }).code === '40001' &&
    e.message.includes('conflict with recovery')
  )
}

type QueryArgs = unknown[]
type RawQuery = (...args: QueryArgs) => Promise<unknown>

/**
 * The pool behind a readDb: a pg.Pool (so drizzle's node-postgres driver, queries and
 * transactions, works unchanged) that owns a pool of replica connections and hands each query
 * or connection to it, or to the primary's pool while the replica is down. Its own pg.Pool
 * machinery is never used.
 */
export class ReplicaPool extends pg.Pool {
  private target: ReadTarget = 'replica'
  private probe: NodeJS.Timeout | null = null
  private closed = false
  private readonly replica: pg.Pool
  private readonly primary: pg.Pool
  private readonly recheckMs: number
  private readonly switchLog: ReadDbLog | undefined

  constructor(primary: pg.Pool, replicaConfig: pg.PoolConfig, opts: ReadDbOptions) {
    super({ max: 1 })
    this.primary = primary
    this.replica = new pg.Pool(replicaConfig)
    this.recheckMs = opts.recheckMs ?? 5000
    this.switchLog = opts.log
    // An idle replica connection dropping (the replica stopped) must not crash the process;
    // it also tells us early that the replica is gone.
    this.replica.on('error', (err) => {
      if (isConnectionError(err)) this.switchToPrimary(err)
    })
  }

  /** Where reads go right now. */
  get readTarget(): ReadTarget {
    return this.target
  }

  private switchToPrimary(err: unknown) {
    if (this.target === 'primary' || this.closed) return
    this.target = 'primary'
    this.switchLog?.warn(
      { err },
      `read replica unreachable; reads go to the primary, rechecking every ${this.recheckMs} ms`,
    )
    this.scheduleProbe()
  }

  private scheduleProbe() {
    if (this.probe || this.closed) return
    this.probe = setTimeout(() => {
      this.probe = null
      void this.runProbe()
    }, this.recheckMs)
    // A pending probe never keeps the process alive.
    this.probe.unref()
  }

  private async runProbe() {
    if (this.closed || this.target === 'replica') return
    try {
      await this.replica.query('select 1')
      if (this.closed) return
      this.target = 'replica'
      this.switchLog?.info('read replica reachable again; reads go to the replica')
    } catch {
      this.scheduleProbe()
    }
  }

  // pg.Pool#query and #connect have promise and callback overloads; each is implemented here
  // with one signature (drizzle uses the promise forms).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last: unknown = args[args.length - 1]
    if (typeof last !== 'function') return this.routedQuery(args)
    const callback = last as (err: Error | null, result?: unknown) => void
    this.routedQuery(args.slice(0, -1)).then(
      (r) => callback(null, r),
      (e: unknown) => callback(e as Error),
    )
    return undefined
  }

  private async routedQuery(args: QueryArgs): Promise<unknown> {
    const onPrimary = () => (this.primary.query as RawQuery).apply(this.primary, args)
    if (this.target === 'primary') return onPrimary()
    try {
      return await (this.replica.query as RawQuery).apply(this.replica, args)
    } catch (e) {
      if (isConnectionError(e)) {
        this.switchToPrimary(e)
        return onPrimary()
      }
      if (isRecoveryConflict(e)) return onPrimary()
      throw e
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override connect(...args: any[]): any {
    const callback = args[0] as
      | ((err: Error | undefined, client?: pg.PoolClient, done?: (e?: Error) => void) => void)
      | undefined
    const connecting = this.routedConnect()
    if (typeof callback !== 'function') return connecting
    connecting.then(
      (client) => callback(undefined, client, (e?: Error) => client.release(e)),
      (e: unknown) => callback(e as Error),
    )
    return undefined
  }

  private async routedConnect(): Promise<pg.PoolClient> {
    if (this.target === 'primary') return this.primary.connect()
    try {
      return await this.replica.connect()
    } catch (e) {
      if (!isConnectionError(e)) throw e
      this.switchToPrimary(e)
      return this.primary.connect()
    }
  }

  /** Closes the replica connections (the primary's pool belongs to its owner). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override end(...args: any[]): any {
    this.closed = true
    if (this.probe) clearTimeout(this.probe)
    this.probe = null
    const ending = Promise.all([this.replica.end(), super.end()]).then(() => undefined)
    const callback = args[0] as (() => void) | undefined
    if (typeof callback !== 'function') return ending
    void ending.then(callback, callback)
    return undefined
  }
}

/**
 * The `readDb` of the app: reads on the replica at `replicaUrl`, falling back to `primary`.
 * Close it with closeDb (it closes the replica pool only; close the primary separately).
 */
export function createReadDb(primary: Db, replicaUrl: string, opts: ReadDbOptions = {}): Db {
  const pool = new ReplicaPool(
    primary.$client,
    {
      connectionString: replicaUrl,
      max: opts.poolMax ?? 10,
      application_name: opts.applicationName ?? 'kinerja-replica',
      // Without a timeout an unreachable replica host would hold every report until TCP gives up.
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 3000,
    },
    opts,
  )
  return drizzle(pool, { schema })
}

/** Where a readDb sends reads now ('primary' for a plain Db: it has no replica). */
export function readTarget(db: Db): ReadTarget {
  return db.$client instanceof ReplicaPool ? db.$client.readTarget : 'primary'
}
