// Submit daily progress (signed in, CSRF, validated, lateness, flags, audit) vs a bare Fastify
// route doing one INSERT into the same table. Goal: ≥ 50 % of the baseline's requests/s at
// 50 connections, p99 ≤ 50 ms. The entries written are deleted afterwards.
import { randomUUID } from 'node:crypto'
import { runLoad } from '../lib/load.ts'
import { drain, jsonHeaders, signIn } from '../lib/processes.ts'
import type { Row } from '../lib/report.ts'
import { BENCH_PASSWORD } from '../generate.ts'
import type { BenchContext } from './context.ts'

/**
 * Leaves the data set as generated: removes the entries the bench wrote (the report aggregates
 * follow through their triggers) and their audit rows. Also cleans up after an interrupted run.
 */
export async function removeBenchEntries(ctx: BenchContext, since: Date) {
  await ctx.client.query(
    `DELETE FROM daily_progress WHERE instansi_id = $1 AND pegawai_id = ANY($2::uuid[])
       AND date = $3 AND description LIKE '%bench nomor %'`,
    [ctx.instansiId, ctx.users.map((u) => u.pegawaiId), ctx.lastWorkday],
  )
  await ctx.client.query(
    `DELETE FROM audit_log WHERE instansi_id = $1 AND at >= $2 AND entity = 'daily_progress'`,
    [ctx.instansiId, since],
  )
}

export async function submitScenario(ctx: BenchContext, log: (s: string) => void): Promise<Row[]> {
  const { opts, app, baseline, users } = ctx
  const startedAt = new Date()
  log(`  signing in ${users.length} pegawai…`)
  const sessions = await signIn(
    app.url,
    users.map((u) => u.nip),
    BENCH_PASSWORD,
  )
  let i = 0
  const body = (u: (typeof users)[number]) => {
    const n = ++ctx.seq.n
    return JSON.stringify({
      clientId: randomUUID(),
      date: ctx.lastWorkday,
      startTime: '13:00',
      endTime: '14:30',
      description: `Menyusun laporan pelayanan harian untuk bench nomor ${n}`,
      rhkId: u.rhkId,
      rencanaAksiId: u.rencanaAksiId,
      realisasi: 1,
      satuan: 'dokumen',
    })
  }
  // Each request: the next person (round robin), their own session and RHK.
  const appSpec = {
    method: 'POST' as const,
    path: '/api/activities/progress',
    headers: () => jsonHeaders(sessions[i % sessions.length]!),
    body: () => body(users[i++ % users.length]!),
  }
  let j = 0
  const baseSpec = {
    method: 'POST' as const,
    path: '/insert',
    headers: () => ({ 'content-type': 'application/json' }),
    body: () => {
      const u = users[j++ % users.length]!
      return JSON.stringify({
        instansiId: ctx.instansiId,
        pegawaiId: u.pegawaiId,
        userId: u.userId,
        date: ctx.lastWorkday,
        description: `Baseline bench nomor ${++ctx.seq.n}`,
      })
    },
  }
  const c = opts.connections
  // Warm-up of both (JIT, pools, caches), then the measured runs.
  await runLoad({ baseUrl: baseline.url, specs: [baseSpec], connections: c, duration: 2 })
  await runLoad({ baseUrl: app.url, specs: [appSpec], connections: c, duration: 2 })
  const base = await runLoad({
    baseUrl: baseline.url,
    specs: [baseSpec],
    connections: c,
    duration: opts.duration,
    pid: baseline.pid,
  })
  const load = await runLoad({
    baseUrl: app.url,
    specs: [appSpec],
    connections: c,
    duration: opts.duration,
    pid: app.pid,
  })
  const ratio = load.rps / base.rps
  await drain(app.url)
  await removeBenchEntries(ctx, startedAt)
  const ok = load.errors + load.non2xx === 0 && load.requests > 0
  return [
    {
      scenario: `submit daily progress (${c} conn.)`,
      target: 'p99 ≤ 50 ms; ≥ 50 % of baseline req/s',
      measured: `p99 ${load.p99} ms; ${(ratio * 100).toFixed(0)} % (${load.rps.toFixed(0)} vs ${base.rps.toFixed(0)} req/s)`,
      pass: ok && load.p99 <= 50 && ratio >= 0.5,
      load,
      baseline: base,
      ratio,
      note: ok ? undefined : `${load.errors} errors, ${load.non2xx} non-2xx`,
    },
  ]
}
