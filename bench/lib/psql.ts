// Dev helper: `node --import tsx bench/lib/psql.ts --profile small -- "SQL"` runs SQL on the bench database.
import pg from 'pg'
import { openCluster } from './cluster.ts'
import { parseOptions, say } from './options.ts'

const sep = process.argv.indexOf('--')
const opts = parseOptions(process.argv.slice(2, sep < 0 ? undefined : sep))
const statements = sep < 0 ? [] : process.argv.slice(sep + 1)
const cluster = await openCluster({
  database: opts.database,
  databaseUrl: opts.databaseUrl,
  dir: opts.dir,
  port: opts.pgPort,
  log: say,
})
const client = new pg.Client({ connectionString: cluster.url })
await client.connect()
try {
  for (const s of statements) {
    const started = performance.now()
    const r = await client.query(s)
    for (const row of r.rows)
      say(
        Object.values(row as Record<string, unknown>)
          .map(String)
          .join(' | '),
      )
    say(`-- ${r.rowCount ?? 0} rows, ${(performance.now() - started).toFixed(0)} ms`)
  }
} finally {
  await client.end()
  await cluster.stop()
}
