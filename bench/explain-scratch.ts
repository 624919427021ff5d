import pg from 'pg'
import { openCluster } from './lib/cluster.ts'
import { parseOptions, say } from './lib/options.ts'
import { PROGRESS_MONTH_SQL } from './generate.ts'
const opts = parseOptions(['--profile', 'small'])
const cluster = await openCluster({ database: opts.database, dir: opts.dir, port: opts.pgPort, log: say, databaseUrl: undefined })
const c = new pg.Client({ connectionString: cluster.url })
await c.connect()
const inst = (await c.query(`select value from bench.meta where key='instansi_id'`)).rows[0].value
await c.query('BEGIN'); await c.query('SET LOCAL session_replication_role = replica')
await c.query(`DELETE FROM daily_progress WHERE date >= '2026-11-01'`)
const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + PROGRESS_MONTH_SQL, [inst, '2026-11-28', '2026-11-01', '2026-12-01', 2026])
for (const row of r.rows) say(row['QUERY PLAN'])
const sel = PROGRESS_MONTH_SQL.replace(/^INSERT INTO daily_progress \([^)]*\)/, 'CREATE TEMP TABLE tt AS ')
let t = performance.now(); await c.query(sel, [inst, '2026-11-28', '2026-11-01', '2026-12-01', 2026]); say(`select into temp: ${(performance.now()-t).toFixed(0)} ms`)
await c.query('ROLLBACK')
await c.end(); await cluster.stop()
