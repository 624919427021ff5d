import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import type { PgTransaction } from 'drizzle-orm/pg-core'
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import { AsyncLocalStorage } from 'node:async_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { Config } from '../config.ts'
import * as schema from './schema.ts'

export type Db = NodePgDatabase<typeof schema> & { $client: pg.Pool }
export type Tx = PgTransaction<
  NodePgQueryResultHKT,
  typeof schema,
  ExtractTablesWithRelations<typeof schema>
>
/** What repositories take first: the database or a transaction. */
export type Executor = Db | Tx

export const MIGRATIONS_FOLDER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'migrations',
)

// Dates stay YYYY-MM-DD strings (type 1082), never shifted through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)
// bigint counts (count(*)) come back as numbers; our counts never approach 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

/** The pool's settings (server/config.ts: DATABASE_POOL_MAX, DATABASE_POOL_TIMEOUT_MS, …). */
export type PoolSettings = {
  max?: number
  /**
   * How long a request may wait for a free connection before it fails (with
   * POOL_TIMEOUT_MESSAGE, answered 503 by the error handler); 0 = wait forever.
   */
  connectionTimeoutMillis?: number
  /** How long an unused connection stays open before the pool closes it. */
  idleTimeoutMillis?: number
  /** The nested-acquire check (below); default off. */
  nestedAcquireCheck?: NestedAcquireCheck
}

/** The pool settings of the configuration. */
export function poolSettings(config: Config): PoolSettings {
  return {
    max: config.poolMax,
    connectionTimeoutMillis: config.poolTimeoutMs,
    idleTimeoutMillis: config.poolIdleMs,
    nestedAcquireCheck: config.dbNestedAcquireCheck,
  }
}

/** node-postgres' error when no connection became free within connectionTimeoutMillis. */
export const POOL_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect'

export function createDb(connectionString: string, pool: number | PoolSettings = 10): Db {
  const settings = typeof pool === 'number' ? { max: pool } : pool
  const pgPool = new pg.Pool({
    connectionString,
    max: settings.max ?? 10,
    connectionTimeoutMillis: settings.connectionTimeoutMillis ?? 0,
    idleTimeoutMillis: settings.idleTimeoutMillis ?? 10_000,
    application_name: 'kinerja',
  })
  // An idle client losing its connection must not crash the process.
  pgPool.on('error', () => undefined)
  const db = drizzle(pgPool, { schema })
  checkNestedAcquire(db, settings.nestedAcquireCheck ?? 'off')
  return db
}

/**
 * The nested-acquire check (DB_NESTED_ACQUIRE_CHECK, on in tests, decision 0024). A use case
 * that holds a pooled connection in `db.transaction(...)` and, inside it, asks the same pool for
 * another one (a read through `db` instead of `tx`, another service's transaction) stalls the app
 * once as many such requests run as the pool has connections: each holds one and waits forever
 * for a second. The check marks the async context of every `db.transaction` callback
 * (AsyncLocalStorage); a `pool.connect()` — which `pool.query()` and a nested `db.transaction`
 * also go through — in that context, other than the transaction's own, is a violation: `warn`
 * prints it with its call site, `throw` also fails the query. Work started inside the callback
 * that runs after the transaction ended (events after commit, background promises) is fine.
 */
export type NestedAcquireCheck = 'off' | 'warn' | 'throw'

type TxScope = { ownAcquired: boolean; open: boolean; site: string }
const txScope = new AsyncLocalStorage<TxScope>()
const checked = new WeakSet<pg.Pool>()
const violations: string[] = []

export class NestedAcquireError extends Error {
  constructor(detail: string) {
    super(
      `a pooled connection was asked for inside db.transaction(...); use tx, or read before/after the transaction. ${detail}`,
    )
    this.name = 'NestedAcquireError'
  }
}

/** Violations seen by the check in this process (for tests). */
export function nestedAcquireViolations(): readonly string[] {
  return violations
}

/** The frames of our own code (not node_modules, not this file) where this is called from. */
function callSite(): string {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 40
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  return stack
    .split('\n')
    .slice(1)
    .filter((l) => !/node_modules|node:|\/db\/client\.ts|<anonymous>/.test(l))
    .slice(0, 4)
    .map((l) => l.trim().replace(/^at /, ''))
    .join(' < ')
}

/** Installs the nested-acquire check on `db` (once; `off` does nothing). */
export function checkNestedAcquire(db: Db, mode: NestedAcquireCheck): void {
  const pool = db.$client
  if (mode === 'off' || checked.has(pool)) return
  checked.add(pool)
  // drizzle runs its queries as thenables, which cut async stack traces: the query's own call
  // site is often lost, so a violation names the transaction's call site and the statement.
  let statement = ''
  const violation = (scope: TxScope): NestedAcquireError => {
    const here = callSite()
    const err = new NestedAcquireError(
      `Transaction opened at ${scope.site}; ${statement ? `statement: ${statement.slice(0, 160)}` : 'a connect() or nested db.transaction'}${here ? `; at ${here}` : ''}`,
    )
    violations.push(err.message)
    process.emitWarning(err.message, { type: 'NestedAcquireWarning' })
    return err
  }
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown
  type Patchable = {
    connect: (...args: unknown[]) => unknown
    query: (...args: unknown[]) => unknown
  }
  const patched = pool as unknown as Patchable
  patched.connect = (...args: unknown[]): unknown => {
    const scope = txScope.getStore()
    if (scope?.open) {
      if (!scope.ownAcquired) {
        scope.ownAcquired = true
        const acquiring = connect(...args)
        if (acquiring instanceof Promise) return acquiring.then(watchClient(scope))
        return acquiring
      } else {
        const err = violation(scope)
        if (mode === 'throw') {
          const callback = args[0]
          if (typeof callback !== 'function') return Promise.reject(err)
          process.nextTick(() => (callback as (e: Error) => void)(err))
          return undefined
        }
      }
    }
    return connect(...args)
  }
  // Two statements at once on the transaction's one connection (Promise.all over tx): pg queues
  // the second and warns "client.query() when the client is already executing a query" (an error
  // in pg 9). Not a stall, so only reported (with the transaction's call site and the statement).
  const watched = new WeakSet<pg.PoolClient>()
  const watchClient =
    (scope: TxScope) =>
    (client: pg.PoolClient): pg.PoolClient => {
      if (watched.has(client)) return client
      watched.add(client)
      const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown
      const state = client as unknown as { _queryQueue?: unknown[]; _activeQuery?: unknown }
      ;(client as unknown as Patchable).query = (...args: unknown[]): unknown => {
        if (state._activeQuery || (state._queryQueue?.length ?? 0) > 0) {
          const q = args[0] as string | { text?: string } | undefined
          const text = ((typeof q === 'string' ? q : q?.text) ?? '').slice(0, 160)
          const message = `concurrent statements on one transaction's connection (Promise.all over tx?); transaction opened at ${txScope.getStore()?.site ?? scope.site}; statement: ${text}`
          violations.push(message)
          process.emitWarning(message, { type: 'NestedAcquireWarning' })
        }
        return clientQuery(...args)
      }
      return client
    }
  // pool.query() calls connect() synchronously: remember its statement for the message.
  patched.query = (...args: unknown[]): unknown => {
    const q = args[0] as string | { text?: string } | undefined
    statement = (typeof q === 'string' ? q : q?.text) ?? ''
    try {
      return query(...args)
    } finally {
      statement = ''
    }
  }
  const transaction = db.transaction.bind(db)
  db.transaction = ((...args: Parameters<Db['transaction']>) => {
    // A transaction opened inside another one asks for a second connection: its own connect is
    // then the violation.
    const outer = txScope.getStore()
    const scope: TxScope = { ownAcquired: outer?.open === true, open: true, site: callSite() }
    return txScope.run(scope, async () => {
      try {
        return await transaction(...args)
      } finally {
        scope.open = false
      }
    })
  }) as Db['transaction']
}

/** Whether an executor is a transaction (one connection) rather than the pool. */
export function isTransaction(ex: Executor): boolean {
  return 'rollback' in ex
}

/**
 * Runs independent queries at once on the pool, one after the other on a transaction: its one
 * connection runs one statement at a time anyway, and pg warns about (pg 9 refuses) a query
 * sent while another is still running on the same client.
 */
export async function allOn<const Q extends readonly (() => PromiseLike<unknown>)[]>(
  ex: Executor,
  queries: Q,
): Promise<{ -readonly [K in keyof Q]: Awaited<ReturnType<Q[K]>> }> {
  type R = { -readonly [K in keyof Q]: Awaited<ReturnType<Q[K]>> }
  if (!isTransaction(ex)) return (await Promise.all(queries.map((q) => q()))) as R
  const out: unknown[] = []
  for (const q of queries) out.push(await q())
  return out as R
}

/** Any fixed number: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_202_611

/**
 * Applies the migrations. Several app processes may start at once on one database (scale-out):
 * a session-level advisory lock, held on a connection of its own, makes them migrate one after
 * the other — the first applies, the others find nothing left to do.
 */
export async function migrateDb(db: Db): Promise<void> {
  const lock = await db.$client.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    lock.release()
  }
}

export async function closeDb(db: Db): Promise<void> {
  await db.$client.end()
}
