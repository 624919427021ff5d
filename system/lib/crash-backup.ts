import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { root } from './crash-app.ts'

/** Runs `npm run cli -- …` as the operator would; resolves with its exit code and output. */
export function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  const began = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...argv], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (err += d.toString()))
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err, ms: Date.now() - began })),
  )
}

/**
 * Row count and md5 of every table's rows (ordered by their text), computed independently of
 * the backup code's own checksums: what "identical data" means in the backup test.
 */
export async function tableDigests(c: pg.Client): Promise<Record<string, string>> {
  await c.query(`set timezone = 'UTC'`)
  const { rows: tables } = await c.query<{ schema: string; name: string }>(`
    select n.nspname as schema, c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg_toast%'
     order by 1, 2`)
  const out: Record<string, string> = {}
  for (const t of tables) {
    const rel = `${c.escapeIdentifier(t.schema)}.${c.escapeIdentifier(t.name)}`
    const { rows } = await c.query<{ n: string; md5: string }>(
      `select count(*)::text as n,
              md5(coalesce(string_agg(r::text, E'\\n' order by r::text collate "C"), '')) as md5
         from ${rel} as r`,
    )
    out[`${t.schema}.${t.name}`] = `${rows[0]?.n} rows, md5 ${rows[0]?.md5}`
  }
  return out
}

/** sha256 of every file under `dir` (relative paths), temp files of unfinished uploads excepted. */
export function fileDigests(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    const abs = path.join(dir, rel)
    if (!fs.existsSync(abs)) return
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (e.name !== 'tmp') walk(r)
      } else
        out[r] = createHash('sha256')
          .update(fs.readFileSync(path.join(dir, r)))
          .digest('hex')
    }
  }
  walk('')
  return out
}
