import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client.ts'

/**
 * Detects writes precisely and cheaply in a test database: an AFTER … FOR EACH ROW trigger on
 * every table (and a statement trigger for TRUNCATE) appends to `fuzz.write_log` in the same
 * transaction. A rolled-back transaction leaves no log row, a committed write always does, and
 * other databases on the same server (CI runs test files in parallel on one PostgreSQL) do not
 * count — unlike the cluster-wide transaction id. Only for a throwaway test database.
 */
export async function installWriteLog(db: Db): Promise<number> {
  await db.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS fuzz`))
  await db.execute(
    sql.raw(`CREATE TABLE IF NOT EXISTS fuzz.write_log (
      id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`),
  )
  await db.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION fuzz.log_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO fuzz.write_log (tbl, op) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP);
        RETURN NULL;
      END $$`),
  )
  const tables = (
    await db.execute(
      sql.raw(`SELECT format('%I.%I', n.nspname, c.relname) AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'fuzz')
          AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`),
    )
  ).rows as { name: string }[]
  for (const { name } of tables) {
    await db.execute(
      sql.raw(`CREATE OR REPLACE TRIGGER fuzz_write_row AFTER INSERT OR UPDATE OR DELETE ON ${name}
        FOR EACH ROW EXECUTE FUNCTION fuzz.log_write()`),
    )
    await db.execute(
      sql.raw(`CREATE OR REPLACE TRIGGER fuzz_write_truncate AFTER TRUNCATE ON ${name}
        FOR EACH STATEMENT EXECUTE FUNCTION fuzz.log_write()`),
    )
  }
  return tables.length
}

/** The last id in the log (start of a window). */
export async function writeLogMark(db: Db): Promise<number> {
  const rows = (
    await db.execute(sql.raw(`SELECT coalesce(max(id), 0)::int8 AS id FROM fuzz.write_log`))
  ).rows as { id: string }[]
  return Number(rows[0]?.id ?? 0)
}

/** Committed writes logged after `mark`: `table:OP` with counts, and the new mark. */
export async function writesSince(
  db: Db,
  mark: number,
): Promise<{ mark: number; writes: Record<string, number> }> {
  const rows = (
    await db.execute(
      sql`SELECT tbl || ':' || op AS what, count(*)::int AS n, max(id)::int8 AS last
          FROM fuzz.write_log WHERE id > ${mark} GROUP BY 1`,
    )
  ).rows as { what: string; n: number; last: string }[]
  const writes: Record<string, number> = {}
  let next = mark
  for (const r of rows) {
    writes[r.what] = r.n
    next = Math.max(next, Number(r.last))
  }
  return { mark: next, writes }
}

/** Every file under `root` (relative path → size); an absent root is empty. */
export function listFiles(root: string): Map<string, number> {
  const out = new Map<string, number>()
  const walk = (dir: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else out.set(path.relative(root, p), fs.statSync(p).size)
    }
  }
  walk(root)
  return out
}

/** What changed between two listings: added, removed or resized files. */
export function fileChanges(before: Map<string, number>, after: Map<string, number>): string[] {
  const changes: string[] = []
  for (const [p, size] of after) {
    if (!before.has(p)) changes.push(`+${p}`)
    else if (before.get(p) !== size) changes.push(`~${p}`)
  }
  for (const p of before.keys()) if (!after.has(p)) changes.push(`-${p}`)
  return changes
}
