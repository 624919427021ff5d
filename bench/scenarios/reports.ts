// Each report of the reports module (and the dashboard) for the whole instansi, as its admin.
// Goal: p95 ≤ 500 ms. Reports are opened by a few people at a time, so the load is 2 connections.
import { REPORT_KEYS } from '../../shared/reports.ts'
import { runLoad } from '../lib/load.ts'
import { signIn } from '../lib/processes.ts'
import type { Row } from '../lib/report.ts'
import { BENCH_ADMIN, BENCH_PASSWORD } from '../generate.ts'
import type { BenchContext } from './context.ts'

export async function reportScenarios(ctx: BenchContext, log: (s: string) => void): Promise<Row[]> {
  const { opts, app } = ctx
  const [admin] = await signIn(app.url, [BENCH_ADMIN], BENCH_PASSWORD)
  const headers = () => ({ cookie: admin!.cookie })
  const paths: [string, string][] = [
    ['dashboard', `/api/reports/dashboard`],
    ...REPORT_KEYS.map((k): [string, string] => [k, `/api/reports/${k}?year=${ctx.year}`]),
  ]
  const rows: Row[] = []
  const duration = Math.max(3, Math.round(opts.duration / 2))
  for (const [name, path] of paths) {
    const first = performance.now()
    const probe = await fetch(`${app.url}${path}`, { headers: headers() })
    const firstMs = performance.now() - first
    await probe.arrayBuffer()
    if (!probe.ok) log(`  report ${name}: ${probe.status}`)
    // A few requests, two at a time (bounded by count, not time: a slow report still gets
    // its percentiles).
    const load = await runLoad({
      baseUrl: app.url,
      specs: [{ path, headers }],
      connections: 2,
      duration: Math.max(duration, 120),
      amount: 6,
      pid: app.pid,
    })
    const ok = probe.ok && load.errors + load.non2xx === 0 && load.requests > 0
    rows.push({
      scenario: `report ${name} (whole instansi, 2 conn.)`,
      target: 'p95 ≤ 500 ms',
      measured: `p95 ${load.p95} ms (first call ${firstMs.toFixed(0)} ms)`,
      pass: ok && load.p95 <= 500,
      load,
      note: ok
        ? undefined
        : `status ${probe.status}; ${load.errors} errors, ${load.non2xx} non-2xx`,
    })
  }
  return rows
}
