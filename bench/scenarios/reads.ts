// Reads at 50 connections vs a bare route doing one indexed SELECT: the atasan's monitoring view
// of ~250 direct subordinates and the pegawai's daily page (the two API calls the page makes:
// the week calendar and the week's entries). Goal: p95 ≤ 100 ms and ≥ 30 % of the baseline.
import { runLoad, type LoadResult } from '../lib/load.ts'
import { signIn, type Session } from '../lib/processes.ts'
import type { Row } from '../lib/report.ts'
import { BENCH_PASSWORD } from '../generate.ts'
import type { BenchContext } from './context.ts'

const cookie = (s: Session) => () => ({ cookie: s.cookie })

function row(name: string, load: LoadResult, base: LoadResult): Row {
  const ratio = load.rps / base.rps
  const ok = load.errors + load.non2xx === 0 && load.requests > 0
  return {
    scenario: name,
    target: 'p95 ≤ 100 ms; ≥ 30 % of baseline req/s',
    measured: `p95 ${load.p95} ms; ${(ratio * 100).toFixed(0)} % (${load.rps.toFixed(0)} vs ${base.rps.toFixed(0)} req/s)`,
    pass: ok && load.p95 <= 100 && ratio >= 0.3,
    load,
    baseline: base,
    ratio,
    note: ok
      ? undefined
      : load.requests === 0
        ? 'no response completed within the run'
        : `${load.errors} errors, ${load.non2xx} non-2xx`,
  }
}

export async function readScenarios(ctx: BenchContext, log: (s: string) => void): Promise<Row[]> {
  const { opts, app, baseline, users } = ctx
  const c = opts.connections
  let k = 0
  const baseSpec = {
    path: () => {
      const u = users[k++ % users.length]!
      return `/select?instansiId=${ctx.instansiId}&pegawaiId=${u.pegawaiId}&date=${ctx.lastWorkday}`
    },
  }
  await runLoad({ baseUrl: baseline.url, specs: [baseSpec], connections: c, duration: 2 })
  const base = await runLoad({
    baseUrl: baseline.url,
    specs: [baseSpec],
    connections: c,
    duration: opts.duration,
    pid: baseline.pid,
  })
  const rows: Row[] = []

  // The atasan of the big team: the monitoring page (it polls every 30 s while open).
  const [atasan] = await signIn(app.url, [ctx.atasanNip], BENCH_PASSWORD)
  const monitoring = {
    path: `/api/activities/monitoring?date=${ctx.lastWorkday}&scope=direct`,
    headers: cookie(atasan!),
  }
  const probe = await fetch(`${app.url}${monitoring.path}`, { headers: { cookie: atasan!.cookie } })
  const body = (await probe.json()) as { totals?: { subordinates?: number } }
  const team = body.totals?.subordinates ?? '?'
  log(`  monitoring: ${probe.status}, ${team} subordinates`)
  await runLoad({ baseUrl: app.url, specs: [monitoring], connections: c, duration: 2 })
  const mon = await runLoad({
    baseUrl: app.url,
    specs: [monitoring],
    connections: c,
    duration: opts.duration,
    pid: app.pid,
  })
  rows.push(row(`monitoring, ${team} direct subordinates (${c} conn.)`, mon, base))

  // The pegawai's daily page: each view asks for the week calendar and the week's entries.
  const sessions = await signIn(
    app.url,
    users.slice(0, 100).map((u) => u.nip),
    BENCH_PASSWORD,
  )
  let i = 0
  const { from, to } = ctx.week
  const page = [
    {
      path: `/api/activities/calendar?from=${from}&to=${to}`,
      headers: () => ({ cookie: sessions[i % sessions.length]!.cookie }),
    },
    {
      path: `/api/activities/progress?from=${from}&to=${to}&page=1&pageSize=200`,
      headers: () => ({ cookie: sessions[i++ % sessions.length]!.cookie }),
    },
  ]
  await runLoad({ baseUrl: app.url, specs: page, connections: c, duration: 2 })
  const daily = await runLoad({
    baseUrl: app.url,
    specs: page,
    connections: c,
    duration: opts.duration,
    pid: app.pid,
  })
  rows.push(row(`daily page: week calendar + entries (${c} conn.)`, daily, base))
  return rows
}
