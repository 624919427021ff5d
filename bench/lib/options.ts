// Command-line options shared by `npm run bench:generate` and `npm run bench`.
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

export const PROFILES = { small: 1_000, national: 100_000 } as const
export type ProfileName = keyof typeof PROFILES

export type BenchOptions = {
  profile: ProfileName | 'custom'
  employees: number
  /** The database on the server: one per size, so both profiles can live side by side. */
  database: string
  databaseUrl: string | undefined
  /** The bench's own PostgreSQL cluster (when no --database-url). */
  dir: string
  pgPort: number
  /** Seconds of load per scenario (and per baseline). */
  duration: number
  connections: number
  /** First port for the app and baseline processes (the bench uses port … port+9). */
  port: number
  only: string[] | null
  /** The generated year's "today": entries exist for the days before it (default: today in WIB). */
  today: string | undefined
  importRows: number
  /** Write a V8 CPU profile of the app process to bench/results/profiles/. */
  cpuProf: boolean
}

export const USAGE = `Options:
  --profile small|national   1 000 or 100 000 employees (default national)
  --employees N              any other size
  --database-url URL         a PostgreSQL server to use (a superuser role: bulk loading sets
                             session_replication_role); default: the bench's own cluster
  --dir DIR                  the bench cluster's directory (default ${path.join(os.tmpdir(), 'kinerja-bench')})
  --pg-port N                its port (default 5470)
  --duration S               seconds per scenario and per baseline (default 10)
  --connections N            concurrent connections (default 50)
  --port N                   first port for the app and the baselines (default 3700)
  --only a,b                 only these scenarios (submit, reads, reports, import, embedded)
  --today YYYY-MM-DD         the generated data's today (default: today in Asia/Jakarta)
  --import-rows N            rows of the XLSX import scenario (default 10000)
  --cpu-prof                 V8 CPU profile of the app process (bench/results/profiles/)`

export function parseOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string' },
      employees: { type: 'string' },
      'database-url': { type: 'string' },
      dir: { type: 'string' },
      'pg-port': { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      port: { type: 'string' },
      only: { type: 'string' },
      today: { type: 'string' },
      'import-rows': { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  const num = (v: string | undefined, fallback: number, name: string) => {
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`)
    return n
  }
  const profileName = values.profile ?? 'national'
  if (!(profileName in PROFILES)) throw new Error(`--profile must be small or national\n${USAGE}`)
  const profile = profileName as ProfileName
  const employees = Math.round(num(values.employees, PROFILES[profile], 'employees'))
  if (employees < 400) throw new Error('--employees must be at least 400 (one team of 250 + heads)')
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new Error('--today must be YYYY-MM-DD')
  return {
    profile: values.employees ? 'custom' : profile,
    employees,
    database: `bench_e${employees}`,
    databaseUrl: values['database-url'] ?? process.env.BENCH_DATABASE_URL,
    dir: path.resolve(values.dir ?? path.join(os.tmpdir(), 'kinerja-bench')),
    pgPort: num(values['pg-port'], 5470, 'pg-port'),
    duration: num(values.duration, 10, 'duration'),
    connections: Math.round(num(values.connections, 50, 'connections')),
    port: Math.round(num(values.port, 3700, 'port')),
    only: values.only ? values.only.split(',').map((s) => s.trim()) : null,
    today: values.today,
    importRows: Math.round(num(values['import-rows'], 10_000, 'import-rows')),
    cpuProf: values['cpu-prof'] ?? false,
  }
}

export const say = (line: string) => process.stdout.write(`${line}\n`)

/** Runs `fn`, printing its wall time. */
export async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await fn()
  say(`  ${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`)
  return result
}
