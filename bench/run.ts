// `npm run bench -- [--profile small|national] [--duration S] [--only submit,reads,…]`:
// the scale benchmarks of issue 7 on a generated instansi (bench/generate.ts; generated or
// completed first when needed). Each scenario runs beside its baseline in the same run on the
// same database and reports the ratio, requests/s, p50/p95/p99 and the peak RSS of the app
// process (a child: `node --import tsx server/main.ts`). Loopback only, bounded in time.
// Prints a table (target, measured, pass/miss) and writes JSON under bench/results/.
import path from 'node:path'
import pg from 'pg'
import { REPORT_KEYS } from '../shared/reports.ts'
import { BENCH_ADMIN, BENCH_PASSWORD, generate } from './generate.ts'
import { openCluster } from './lib/cluster.ts'
import { memoryOf } from './lib/load.ts'
import { newClientId, probeRequests, type Probe } from './lib/probe.ts'
import { parseOptions, say } from './lib/options.ts'
import { drain, startApp, startBaseline } from './lib/processes.ts'
import { machine, printTable, writeResults, type Row } from './lib/report.ts'
import { loadUsers, type BenchContext } from './scenarios/context.ts'
import { embeddedScenarios } from './scenarios/embedded.ts'
import { importScenario } from './scenarios/import.ts'
import { readScenarios } from './scenarios/reads.ts'
import { reportScenarios } from './scenarios/reports.ts'
import { removeBenchEntries, submitScenario } from './scenarios/submit.ts'

/** One request of each scenario through an in-process app that records its SQL statements. */
async function runProbes(ctx: BenchContext): Promise<Probe[]> {
  say('\nprobe: statements per request (one warm request each)…')
  const u = ctx.users[0]!
  const { from, to } = ctx.week
  const probes = await probeRequests({
    databaseUrl: ctx.cluster.url,
    requests: [
      {
        label: 'submit daily progress',
        username: u.nip,
        password: BENCH_PASSWORD,
        method: 'POST',
        url: '/api/activities/progress',
        body: () => ({
          clientId: newClientId(),
          date: ctx.lastWorkday,
          startTime: '13:00',
          endTime: '14:30',
          description: `Menyusun laporan pelayanan harian untuk bench nomor ${++ctx.seq.n}`,
          rhkId: u.rhkId,
          rencanaAksiId: u.rencanaAksiId,
          realisasi: 1,
          satuan: 'dokumen',
        }),
      },
      {
        label: 'monitoring (big team)',
        username: ctx.atasanNip,
        password: BENCH_PASSWORD,
        method: 'GET',
        url: `/api/activities/monitoring?date=${ctx.lastWorkday}&scope=direct`,
      },
      {
        label: 'daily page: calendar',
        username: u.nip,
        password: BENCH_PASSWORD,
        method: 'GET',
        url: `/api/activities/calendar?from=${from}&to=${to}`,
      },
      {
        label: 'daily page: entries',
        username: u.nip,
        password: BENCH_PASSWORD,
        method: 'GET',
        url: `/api/activities/progress?from=${from}&to=${to}&page=1&pageSize=200`,
      },
      ...['dashboard', ...REPORT_KEYS].map((k) => ({
        label: `report ${k}`,
        username: BENCH_ADMIN,
        password: BENCH_PASSWORD,
        method: 'GET' as const,
        url: k === 'dashboard' ? '/api/reports/dashboard' : `/api/reports/${k}?year=${ctx.year}`,
      })),
    ],
  })
  await removeBenchEntries(ctx, new Date(Date.now() - 60_000))
  for (const p of probes) {
    say(
      `  ${p.label.padEnd(34)} ${String(p.status).padStart(3)} ${String(p.ms).padStart(6)} ms  ${String(p.statements).padStart(3)} statements (${p.statementMs} ms in SQL)`,
    )
    for (const sl of p.slowest.slice(0, 3))
      say(`      ${String(sl.ms).padStart(7)} ms  ${sl.sql.slice(0, 150)}`)
  }
  return probes
}

const SCENARIOS = {
  submit: submitScenario,
  reads: readScenarios,
  reports: reportScenarios,
  import: importScenario,
  embedded: embeddedScenarios,
  /** Statements per request (not a load; runs unless --only leaves it out). */
  probe: async () => [] as Row[],
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
  let probes: Probe[] = []
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
    for (const name of chosen.filter((n) => n !== 'probe')) {
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
    if (!opts.only || opts.only.includes('probe')) probes = await runProbes(ctx)
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
    probes,
  })
  say(`\nwritten ${file}`)
  if (rows.some((r) => !r.pass)) process.exitCode = 1
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
