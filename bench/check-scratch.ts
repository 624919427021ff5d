import pg from 'pg'
import { openCluster } from './lib/cluster.ts'
import { parseOptions, say } from './lib/options.ts'
import { textHashOf } from '../server/modules/activities/activities.service.ts'
const opts = parseOptions(['--profile', 'small'])
const cluster = await openCluster({
  database: opts.database,
  dir: opts.dir,
  port: opts.pgPort,
  log: say,
  databaseUrl: undefined,
})
const c = new pg.Client({ connectionString: cluster.url })
await c.connect()
const r = await c.query(
  `(select description, text_hash, flags, late, synced_late, recorded_at, deadline_at, start_time, end_time from daily_progress where date='2026-11-20' limit 4) union all (select description, text_hash, flags, late, synced_late, recorded_at, deadline_at, start_time, end_time from daily_progress where 'vague' = any(flags) limit 2)`,
)
for (const row of r.rows)
  say(
    `${textHashOf(row.description) === row.text_hash ? 'OK ' : 'BAD'} ${row.description} | ${row.flags} late=${row.late} ${row.recorded_at.toISOString()} dl=${row.deadline_at.toISOString()} ${row.start_time}-${row.end_time}`,
  )
const s = await c.query(
  `select count(*) filter (where late) late, count(*) filter (where synced_late) sl, count(*) filter (where rhk_id is null) unl, count(*) n, count(distinct pegawai_id) p from daily_progress`,
)
say(JSON.stringify(s.rows[0]))
const t = await c.query(
  `select p.nip, count(*) from skp s join pegawai p on p.id = s.atasan_pegawai_id group by 1 order by 2 desc limit 3`,
)
say(JSON.stringify(t.rows))
await c.end()
await cluster.stop()
