import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import type { PgTransaction } from 'drizzle-orm/pg-core'
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres'
import type { ExtractTablesWithRelations } from 'drizzle-orm'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
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

export function createDb(connectionString: string, poolMax = 10): Db {
  const pool = new pg.Pool({ connectionString, max: poolMax, application_name: 'kinerja' })
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined)
  return drizzle(pool, { schema })
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
