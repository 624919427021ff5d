import pg from 'pg'
import { drizzle } from 'drizzle-orm/node-postgres'
import { sql } from 'drizzle-orm'
import * as q from './reports.queries.ts'
const pool = new pg.Pool({ connectionString: 'postgres://kinerja_bench:kinerja_bench@127.0.0.1:5470/bench_e100000' })
const db = drizzle(pool)
const inst = ((await db.execute(sql`SELECT instansi_id FROM report_progress_years LIMIT 1`)).rows[0] as any).instansi_id
const wd: string[] = []
for (let d = new Date('2026-01-01T00:00Z'); d <= new Date('2026-11-27T00:00Z'); d = new Date(d.getTime() + 864e5))
  if (d.getUTCDay() % 6 !== 0) wd.push(d.toISOString().slice(0, 10))
for (const [label, w] of [['no wd', []], ['wd', wd]] as const)
  for (const min of [13, undefined]) {
    const query = q.progressByPersonSql(inst, { from: '2026-01-01', to: '2026-11-27', workingDays: w }, min)
    await db.execute(sql`SET jit = off`); await db.execute(sql`SET work_mem = '64MB'`)
    const t0 = Date.now(); const r = (await db.execute(query)).rows; const t1 = Date.now()
    const ex = (await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)).rows.map((x: any) => x['QUERY PLAN'])
    console.log(label, min ?? 'default', 'rows', r.length, 'ms', t1 - t0, ex.at(-1))
    if (process.env.PLAN) console.log(ex.join('\n'))
  }
await pool.end()
