// Embedded mode, as a user runs it: `npm start` (embedded PostgreSQL in DATA_DIR, migrations,
// demo seed on first start) until the first healthy answer — on a fresh DATA_DIR and again on
// the existing one — then 50 demo users logging daily progress on that embedded PostgreSQL,
// beside a bare INSERT route on the same embedded database. Goals: start ≤ 10 s, p99 ≤ 50 ms.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { DEMO_PASSWORD } from '../../server/db/seed/demo.ts'
import { memoryOf, runLoad, watchMemory } from '../lib/load.ts'
import {
  jsonHeaders,
  ROOT,
  signIn,
  startBaseline,
  stopChild,
  waitForHealth,
} from '../lib/processes.ts'
import type { Row } from '../lib/report.ts'
import type { BenchContext } from './context.ts'

/** The node process serving `npm start` (a descendant of npm whose command line runs start.ts). */
function serverPid(rootPid: number): number | null {
  const parent = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parent.set(Number(entry), ppid)
    } catch {
      /* gone */
    }
  }
  const isDescendant = (pid: number) => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === rootPid) return true
    return false
  }
  for (const pid of parent.keys()) {
    if (!isDescendant(pid)) continue
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (path.basename(argv[0] ?? '') === 'node' && argv.includes('server/start.ts')) return pid
    } catch {
      /* gone */
    }
  }
  return null
}

async function npmStart(dataDir: string, port: number) {
  const started = performance.now()
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOGIN_RATE_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, child, 300_000, () => out)
  const seconds = (performance.now() - started) / 1000
  const pid = serverPid(child.pid!)
  return {
    seconds,
    pid,
    built: out.includes('Building the web app'),
    stop: async () => {
      // npm does not always pass SIGTERM on: stop the server itself, then wait for npm.
      if (pid) process.kill(pid, 'SIGTERM')
      await stopChild(child, 60_000)
      // The server (and its embedded PostgreSQL) must be gone before the next start.
      for (let i = 0; pid && i < 600; i++) {
        if (!fs.existsSync(`/proc/${pid}`)) break
        await new Promise((r) => setTimeout(r, 100))
      }
    },
  }
}

function embeddedUrl(dataDir: string): string {
  const port = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim()
  return `postgres://kinerja:${password}@127.0.0.1:${port}/kinerja`
}

export async function embeddedScenarios(
  ctx: BenchContext,
  log: (s: string) => void,
): Promise<Row[]> {
  const { opts } = ctx
  const port = opts.port + 5
  const dataDir = fs.mkdtempSync(path.join(opts.dir, 'embedded-'))
  const rows: Row[] = []
  try {
    const fresh = await npmStart(dataDir, port)
    const freshRss = fresh.pid ? memoryOf(fresh.pid)?.hwm : null
    await fresh.stop()
    log(
      `  npm start, fresh DATA_DIR: ${fresh.seconds.toFixed(1)} s${fresh.built ? ' (built the web app first)' : ''}`,
    )
    rows.push({
      scenario: 'embedded: npm start → healthy, fresh DATA_DIR',
      target: '≤ 10 s',
      measured: `${fresh.seconds.toFixed(1)} s (initdb, migrations, demo seed)${fresh.built ? ' incl. web build' : ''}`,
      pass: fresh.seconds <= 10,
      seconds: fresh.seconds,
      peakRssMiB: freshRss ? Math.round(freshRss) : null,
    })
    const again = await npmStart(dataDir, port)
    log(`  npm start, existing DATA_DIR: ${again.seconds.toFixed(1)} s`)
    rows.push({
      scenario: 'embedded: npm start → healthy, existing DATA_DIR',
      target: '≤ 10 s',
      measured: `${again.seconds.toFixed(1)} s`,
      pass: again.seconds <= 10,
      seconds: again.seconds,
      peakRssMiB: again.pid ? Math.round(memoryOf(again.pid)?.hwm ?? 0) : null,
    })
    try {
      const url = embeddedUrl(dataDir)
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      const people = await client.query<{
        nip: string
        pegawai_id: string
        user_id: string
        instansi_id: string
        rhk_id: string | null
      }>(
        `SELECT ua.username AS nip, p.id AS pegawai_id, ua.id AS user_id, p.instansi_id,
           (SELECT r.id FROM skp s JOIN rhk r ON r.skp_id = s.id
            WHERE s.pegawai_id = p.id AND s.year = $1 AND s.status <> 'ditutup' AND r.jenis = 'utama'
            ORDER BY r.seq LIMIT 1) AS rhk_id
         FROM user_accounts ua JOIN pegawai p ON p.id = ua.pegawai_id
         WHERE ua.active AND p.active ORDER BY ua.username LIMIT 50`,
        [ctx.year],
      )
      // The users log yesterday; the bare INSERT writes the day before. On one day it would
      // leave ~200 rows per user (1 500 req/s × 7 s over 50 users, 9 × the national set's
      // 658 × 7 over 200) in the day each submit reads and flags: the app was measured on the
      // baseline's rows, slower the faster the baseline ran (decision 0028).
      const { d: day, b: baseDay } = (
        await client.query<{ d: string; b: string }>(
          `SELECT (current_date - 1)::text AS d, (current_date - 2)::text AS b`,
        )
      ).rows[0]!
      const base = `http://127.0.0.1:${port}`
      const sessions = await signIn(
        base,
        people.rows.map((p) => p.nip),
        DEMO_PASSWORD,
      )
      let i = 0
      const spec = {
        method: 'POST' as const,
        path: '/api/activities/progress',
        headers: () => jsonHeaders(sessions[i % sessions.length]!),
        body: () => {
          const p = people.rows[i++ % people.rows.length]!
          return JSON.stringify({
            clientId: randomUUID(),
            date: day,
            startTime: '13:00',
            endTime: '14:00',
            description: `Mengolah data layanan untuk bench nomor ${++ctx.seq.n}`,
            rhkId: p.rhk_id,
            realisasi: 1,
            satuan: 'dokumen',
          })
        },
      }
      const baseline = await startBaseline({ databaseUrl: url, port: port + 1, poolMax: 10 })
      try {
        let j = 0
        const baseSpec = {
          method: 'POST' as const,
          path: '/insert',
          headers: () => ({ 'content-type': 'application/json' }),
          body: () => {
            const p = people.rows[j++ % people.rows.length]!
            return JSON.stringify({
              instansiId: p.instansi_id,
              pegawaiId: p.pegawai_id,
              userId: p.user_id,
              date: baseDay,
              description: `Baseline bench nomor ${++ctx.seq.n}`,
            })
          },
        }
        await runLoad({ baseUrl: baseline.url, specs: [baseSpec], connections: 50, duration: 2 })
        await runLoad({ baseUrl: base, specs: [spec], connections: 50, duration: 2 })
        const b = await runLoad({
          baseUrl: baseline.url,
          specs: [baseSpec],
          connections: 50,
          duration: opts.duration,
          pid: baseline.pid,
        })
        const stop = watchMemory(again.pid)
        const load = await runLoad({
          baseUrl: base,
          specs: [spec],
          connections: 50,
          duration: opts.duration,
        })
        const peak = stop()
        const ok = load.errors + load.non2xx === 0
        const ratio = load.rps / b.rps
        rows.push({
          scenario: `embedded: ${sessions.length} users logging progress (50 conn.)`,
          target: 'p99 ≤ 50 ms',
          measured: `p99 ${load.p99} ms; ${(ratio * 100).toFixed(0)} % of bare INSERT (${load.rps.toFixed(0)} vs ${b.rps.toFixed(0)} req/s)`,
          pass: ok && load.p99 <= 50,
          load: { ...load, peakRssMiB: peak },
          baseline: b,
          ratio,
          note: ok ? undefined : `${load.errors} errors, ${load.non2xx} non-2xx`,
        })
      } finally {
        await baseline.stop()
        await client.end()
      }
    } finally {
      await again.stop()
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return rows
}
