import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  appEnv,
  createExternalDatabase,
  embeddedUrl,
  login,
  startApp,
  stopApp,
  stopEmbeddedLeftover,
  withClient,
  type AppProcess,
} from './lib/crash-app.ts'
import { checkAfterCrashes } from './lib/crash-check.ts'
import { mulberry32 } from '../server/lib/prng.ts'
import { newLoadState, runWorker, sha256 } from './lib/crash-load.ts'

/**
 * Crash safety (issue 7): under a write load of several use cases, the app process is killed
 * with SIGKILL at random moments, several times, and restarted on the same data. Afterwards every
 * acknowledged write is present with its content and nothing is half-written (see
 * lib/crash-check.ts). Both deployments: an external PostgreSQL (DATABASE_URL) and the embedded
 * one (DATA_DIR), where the restarted app must also stop the orphaned postgres of the killed one
 * and come back on its own data. Bounded: KILLS kills, each 2–6 s after the app is back, then a
 * last one. Measured on a 2-core machine under heavy load (load average ~20): 2.6 min external,
 * 4.7 min embedded — almost all of it app restarts (tsx start-up), not the load.
 */
const KILLS = 5
const WORKERS = 6
const seed = Date.now() % 1_000_000
const random = mulberry32(seed)

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-crash-'))
// As root the embedded postgres runs as the postgres user, which must traverse to DATA_DIR.
fs.chmodSync(tmpRoot, 0o711)
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined)
  fs.rmSync(tmpRoot, { recursive: true, force: true })
})

/** The last `n` days up to today in the demo instansi's zone (Asia/Makassar). */
function recentDays(n: number): string[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' })
  return Array.from({ length: n }, (_, i) => fmt.format(new Date(Date.now() - i * 86_400_000)))
}

type Mode = {
  name: string
  port: number
  prepare(dataDir: string): Promise<{ env: Record<string, string>; dbUrl: () => string }>
}

const modes: Mode[] = [
  {
    name: 'external PostgreSQL (DATABASE_URL)',
    port: 3600,
    async prepare() {
      const db = await createExternalDatabase('crash_external')
      cleanups.push(db.drop)
      return { env: { DATABASE_URL: db.url, DEMO_SEED: 'true' }, dbUrl: () => db.url }
    },
  },
  {
    name: 'embedded PostgreSQL (DATA_DIR)',
    port: 3601,
    async prepare(dataDir) {
      cleanups.push(() => stopEmbeddedLeftover(dataDir))
      return { env: {}, dbUrl: () => embeddedUrl(dataDir) }
    },
  },
]

describe.each(modes)('kill -9 under a write load: $name', (mode) => {
  it('keeps every acknowledged write and half-writes nothing', async () => {
    const began = Date.now()
    const dataDir = path.join(tmpRoot, String(mode.port))
    const uploadDir = path.join(dataDir, 'uploads')
    const prepared = await mode.prepare(dataDir)
    const env = appEnv({ ...prepared.env, DATA_DIR: dataDir, PORT: String(mode.port) })
    let app: AppProcess = await startApp(env)
    cleanups.push(() => stopApp(app, 'SIGKILL'))
    const firstStartMs = app.startMs

    // Pegawai of the demo, one per worker.
    const usernames = await withClient(prepared.dbUrl(), async (c) => {
      const { rows } = await c.query<{ username: string }>(
        `select username from user_accounts where pegawai_id is not null and roles = '{}'
          order by username limit $1`,
        [WORKERS],
      )
      return rows.map((r) => r.username)
    })
    expect(usernames).toHaveLength(WORKERS)
    const sessions = await Promise.all(usernames.map((u) => login(app.url, u, 'Gianyar2026!')))

    const state = newLoadState()
    let up: Promise<string> = Promise.resolve(app.url)
    let stop = false
    const control = { baseUrl: () => up, stopped: () => stop }
    const days = recentDays(20)
    const workers = sessions.map((s, i) =>
      runWorker(i, s, days, state, control, mulberry32(seed + i + 1)),
    )

    const restarts: number[] = []
    const ackedAtKill: number[] = []
    for (let k = 0; k < KILLS; k++) {
      await new Promise((r) => setTimeout(r, 2000 + random() * 4000))
      let release!: (url: string) => void
      up = new Promise((r) => (release = r))
      ackedAtKill.push(state.stats.acknowledged)
      await stopApp(app, 'SIGKILL')
      app = await startApp(env)
      restarts.push(app.startMs)
      // The app serves after each restart: health and a signed-in read.
      const health = await fetch(`${app.url}/api/health`)
      expect(health.status).toBe(200)
      const me = await fetch(`${app.url}/api/auth/me`, { headers: { cookie: sessions[0]!.cookie } })
      expect(me.status).toBe(200)
      release(app.url)
    }
    await new Promise((r) => setTimeout(r, 2000))
    stop = true
    await Promise.all(workers)

    // A last kill with whatever was in flight, then a clean start on the same data.
    await stopApp(app, 'SIGKILL')
    app = await startApp(env)
    restarts.push(app.startMs)

    const check = await withClient(prepared.dbUrl(), (c) => checkAfterCrashes(c, uploadDir, state))

    // Through the API too: each acknowledged entry as its owner sees it, each acknowledged file.
    let apiChecked = 0
    for (const e of state.entries.filter((x) => x.id && !x.unansweredEdit)) {
      const res = await fetch(`${app.url}/api/activities/progress/${e.id}`, {
        headers: { cookie: sessions[e.worker]!.cookie },
      })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { description: string; version: number }
      expect(body).toMatchObject({ description: e.description, version: e.version })
      apiChecked++
    }
    for (const ev of state.evidence.filter((x) => x.id)) {
      const res = await fetch(`${app.url}/api/activities/evidence/${ev.id}/file`, {
        headers: { cookie: sessions[ev.worker]!.cookie },
      })
      expect(res.status).toBe(200)
      expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(ev.sha256)
      apiChecked++
    }
    await stopApp(app, 'SIGTERM')

    const summary = {
      mode: mode.name,
      seed,
      kills: KILLS + 1,
      firstStartMs,
      restartMs: restarts,
      ...state.stats,
      ackedAtKill,
      ...check,
      problems: check.problems.length,
      apiChecked,
      totalMs: Date.now() - began,
    }
    console.log(JSON.stringify(summary))
    expect(state.errors).toEqual([])
    expect(check.problems).toEqual([])
    // The load really ran across the kills and some requests really were cut off.
    expect(state.stats.acked.create).toBeGreaterThan(20)
    expect(state.stats.acked.edit).toBeGreaterThan(5)
    expect(state.stats.acked.evidence).toBeGreaterThan(5)
    expect(state.stats.unanswered).toBeGreaterThan(0)
    for (let k = 1; k < ackedAtKill.length; k++)
      expect(ackedAtKill[k]).toBeGreaterThan(ackedAtKill[k - 1] as number)
  }, 900_000)
})
