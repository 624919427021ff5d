// `npm run bench -- [--profile small|national] [--duration S] [--only submit,reads,…]`:
// the scale benchmarks of issue 7 on a generated instansi (bench/generate.ts; generated or
// completed first when needed). Each scenario runs beside its baseline in the same run on the
// same database and reports the ratio, requests/s, p50/p95/p99 and the peak RSS of the app
// process (a child: `node --import tsx server/main.ts`). Loopback only, bounded in time.
// Prints a table (target, measured, pass/miss) and writes JSON under bench/results/.
import path from 'node:path'
import pg from 'pg'
import { generate } from './generate.ts'
import { openCluster } from './lib/cluster.ts'
import { memoryOf } from './lib/load.ts'
import { parseOptions, say } from './lib/options.ts'
import { drain, startApp, startBaseline } from './lib/processes.ts'
import { machine, printTable, writeResults, type Row } from './lib/report.ts'
import { loadUsers, type BenchContext } from './scenarios/context.ts'
import { embeddedScenarios } from './scenarios/embedded.ts'
import { importScenario } from './scenarios/import.ts'
import { readScenarios } from './scenarios/reads.ts'
import { reportScenarios } from './scenarios/reports.ts'
import { submitScenario } from './scenarios/submit.ts'

const SCENARIOS = {
  submit: submitScenario,
  reads: readScenarios,
  reports: reportScenarios,
  import: importScenario,
  embedded: embeddedScenarios,
} as const
type ScenarioName = keyof typeof SCENARIOS

async function main() {
  const opts = parseOptions()
  const chosen = (opts.only ?? Object.keys(SCENARIOS)) as ScenarioName[]
  for (const name of chosen)
    if (!(name in SCENARIOS))
      throw new Error(`unknown scenario ${name}; one of ${Object.keys(SCENARIOS).join(', ')}`)
  const startedAt = new Date()
  const cluster = await openCluster({
    database: opts.database,
    databaseUrl: opts.databaseUrl,
    dir: opts.dir,
    port: opts.pgPort,
    log: say,
  })
  const info = machine(cluster.version)
  say(
    `Kinerja bench — ${opts.employees.toLocaleString('en')} employees (${opts.profile}), ${opts.connections} connections, ${opts.duration} s per run; ${info.cpus} × ${info.cpuModel}, ${info.ramGiB} GiB, Node ${info.node}, PostgreSQL ${info.postgres}; load average ${info.loadAverageAtStart.join(' ')}`,
  )
  const client = new pg.Client({ connectionString: cluster.url })
  const rows: Row[] = []
  let app: BenchContext['app'] | null = null
  let baseline: BenchContext['baseline'] | null = null
  try {
    const instansiId = await generate(opts, cluster)
    await client.connect()
    const meta = new Map(
      (
        await client.query<{ key: string; value: string }>('SELECT key, value FROM bench.meta')
      ).rows.map((r) => [r.key, r.value]),
    )
    const today = meta.get('today')!
    const day = await client.query<{ d: string; mon: string; sun: string }>(
      `SELECT d::text AS d, (d - (extract(isodow FROM d)::int - 1))::text AS mon,
         (d + (7 - extract(isodow FROM d)::int))::text AS sun
       FROM bench.workdays WHERE d < $1 ORDER BY d DESC LIMIT 1`,
      [today],
    )
    const lastWorkday = day.rows[0]!.d
    const atasan = await client.query<{ nip: string }>(
      `SELECT nip FROM bench.people WHERE is_head AND unit_code = 'U1.1.1'`,
    )
    const profileDir = path.join(import.meta.dirname, 'results', 'profiles')
    app = await startApp({
      databaseUrl: cluster.url,
      port: opts.port,
      nodeArgs: opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    })
    baseline = await startBaseline({ databaseUrl: cluster.url, port: opts.port + 1, poolMax: 10 })
    const ctx: BenchContext = {
      opts,
      cluster,
      client,
      instansiId,
      year: Number(today.slice(0, 4)),
      today,
      lastWorkday,
      week: { from: day.rows[0]!.mon, to: day.rows[0]!.sun },
      users: await loadUsers(client, 200, lastWorkday),
      atasanNip: atasan.rows[0]!.nip,
      app,
      baseline,
      seq: { n: Date.now() % 1_000_000_000 },
    }
    for (const name of chosen) {
      if (name === 'embedded') {
        // Last, alone: the app and baseline on the bench database are stopped first.
        await app?.stop()
        await baseline?.stop()
        app = null
        baseline = null
      }
      say(`\n${name}…`)
      const started = performance.now()
      try {
        const got = await SCENARIOS[name](ctx, (line) => say(line))
        rows.push(...got)
        for (const r of got) say(`  ${r.scenario}: ${r.measured} — ${r.pass ? 'pass' : 'MISS'}`)
      } catch (e) {
        say(`  ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
        rows.push({
          scenario: name,
          target: '-',
          measured: `failed: ${e instanceof Error ? e.message.split('\n')[0]! : String(e)}`,
          pass: false,
        })
      }
      if (app) await drain(app.url)
      say(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
    if (app)
      say(
        `\napp process peak RSS over the run (VmHWM): ${Math.round(memoryOf(app.pid)?.hwm ?? 0)} MiB`,
      )
  } finally {
    await app?.stop()
    await baseline?.stop()
    await client.end().catch(() => undefined)
    await cluster.stop()
  }
  printTable(rows, say)
  const { refreshLoad, ...machineInfo } = info
  const file = writeResults({
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    profile: opts.profile,
    employees: opts.employees,
    connections: opts.connections,
    durationSeconds: opts.duration,
    machine: { ...machineInfo, loadAverageAtEnd: refreshLoad() },
    rows,
  })
  say(`\nwritten ${file}`)
  if (rows.some((r) => !r.pass)) process.exitCode = 1
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
