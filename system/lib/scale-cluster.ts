import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * PostgreSQL 15 clusters of our own for the scale-out system tests: a primary made by initdb
 * (so we control wal_level, pg_hba and shared_preload_libraries) and streaming replicas made by
 * pg_basebackup -R. PostgreSQL refuses to run as root, so as root every server program runs as
 * the `postgres` OS user (runuser) on directories that user owns. Connections are TCP on
 * 127.0.0.1 with trust authentication: test clusters only, never a pattern for production.
 */
export const PG_BIN = '/usr/lib/postgresql/15/bin'

const isRoot = process.getuid?.() === 0

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
  return { uid, gid }
}

/** Runs a PostgreSQL program (as the postgres user when we are root). */
function pgRun(program: string, args: string[], timeoutMs = 60_000): string {
  const bin = path.join(PG_BIN, program)
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, stdio: 'pipe' })
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string }
    throw new Error(
      `${program} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`,
      { cause: e },
    )
  }
}

/** A temp directory the postgres user can use (owned by it when we are root). */
export function makeBaseDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  if (isRoot) {
    const { uid, gid } = postgresIds()
    fs.chownSync(dir, uid, gid)
  }
  fs.chmodSync(dir, 0o755)
  return dir
}

export type Cluster = {
  name: string
  port: number
  dataDir: string
  /** A connection URL as the superuser `postgres` (trust on 127.0.0.1). */
  url(database?: string): string
  start(): void
  /** pg_ctl stop -m fast (committed data kept; connections are cut). */
  stop(): void
  isRunning(): boolean
  /** One query as the superuser; returns the rows. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    params?: unknown[],
    database?: string,
  ): Promise<R[]>
  log(): string
}

function cluster(name: string, dataDir: string, port: number): Cluster {
  const logFile = path.join(path.dirname(dataDir), `${name}.log`)
  const self: Cluster = {
    name,
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      pgRun('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'])
    },
    stop() {
      pgRun('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop'])
    },
    isRunning() {
      try {
        pgRun('pg_ctl', ['-D', dataDir, 'status'])
        return true
      } catch {
        return false
      }
    },
    async query<R extends pg.QueryResultRow>(text: string, params?: unknown[], database?: string) {
      const client = new pg.Client({ connectionString: self.url(database) })
      await client.connect()
      try {
        return (await client.query<R>(text, params)).rows
      } finally {
        await client.end()
      }
    },
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  }
  return self
}

/** Lines appended to postgresql.conf of every cluster made here. */
function baseSettings(port: number, socketDir: string): string {
  return [
    '',
    '# kinerja system test',
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${socketDir}'`,
    'max_connections = 100',
    'shared_buffers = 32MB',
    // Test data only: a crash of the machine may lose it, and the tests run faster.
    'fsync = off',
    'synchronous_commit = off',
    'full_page_writes = off',
    "wal_level = 'replica'",
    'max_wal_senders = 5',
    'hot_standby = on',
    "shared_preload_libraries = 'pg_stat_statements'",
    'pg_stat_statements.track = top',
    '',
  ].join('\n')
}

/** A new primary cluster in `baseDir/<name>` on `port` (initdb, trust on 127.0.0.1), started. */
export function initPrimary(baseDir: string, name: string, port: number): Cluster {
  const dataDir = path.join(baseDir, name)
  pgRun('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  fs.appendFileSync(path.join(dataDir, 'postgresql.conf'), baseSettings(port, baseDir))
  const c = cluster(name, dataDir, port)
  c.start()
  return c
}

/**
 * A streaming replica of `primary` in `baseDir/<name>` on `port`: pg_basebackup -R (writes
 * standby.signal and primary_conninfo), its own port, started. Reads only (hot standby).
 */
export function initReplica(primary: Cluster, baseDir: string, name: string, port: number) {
  const dataDir = path.join(baseDir, name)
  pgRun('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
    '--no-sync',
  ])
  // The copied postgresql.conf names the primary's port: a later line wins.
  fs.appendFileSync(path.join(dataDir, 'postgresql.conf'), `\nport = ${port}\n`)
  const c = cluster(name, dataDir, port)
  c.start()
  return c
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function waitForReplay(primary: Cluster, replica: Cluster, timeoutMs = 30_000) {
  const [current] = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
  const lsn = current!.lsn
  const until = Date.now() + timeoutMs
  for (;;) {
    const [row] = await replica.query<{ behind: boolean }>(
      'SELECT coalesce(pg_last_wal_replay_lsn() < $1::pg_lsn, true) AS behind',
      [lsn],
    )
    if (row && !row.behind) return
    if (Date.now() > until) throw new Error(`replica ${replica.name} did not replay up to ${lsn}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Stops every running cluster given and removes the base directory. */
export function destroyClusters(baseDir: string, clusters: Cluster[]) {
  for (const c of clusters) {
    try {
      if (c.isRunning()) c.stop()
    } catch {
      // Already gone: nothing to stop.
    }
  }
  fs.rmSync(baseDir, { recursive: true, force: true })
}
