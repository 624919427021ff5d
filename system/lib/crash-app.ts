import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

/**
 * The app as a real child process (`node --import tsx server/main.ts`), for the crash and the
 * backup system tests: start it, wait for its banner, kill it with any signal, and reach its
 * database directly (the embedded one through `DATA_DIR/pg/postmaster.pid`).
 */
export const root = path.resolve(import.meta.dirname, '..', '..')

/** The machine's PostgreSQL 15 (CI role kinerja_ci, CREATEDB). */
export const EXTERNAL_PG = 'postgres://kinerja_ci:kinerja_ci@127.0.0.1:5432'

// The child app reads its configuration from its environment, like `npm start` does.
const parentEnv = process.env

export type AppProcess = {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<number | null>
  /** Milliseconds from spawn to the "Kinerja is running" banner. */
  startMs: number
}

/** Environment of a test app: quiet, no web build, generous login limits. */
export function appEnv(over: Record<string, string>): Record<string, string | undefined> {
  return {
    ...parentEnv,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DATABASE_URL: '',
    LOGIN_RATE_PER_MINUTE: '10000',
    LOGIN_MAX_FAILURES: '100',
    DATABASE_POOL_MAX: '20',
    ...over,
  }
}

/** Starts the app and resolves once it prints its banner (rejects on exit or after `timeoutMs`). */
export function startApp(
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<AppProcess> {
  const began = Date.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the app did not start within ${timeoutMs} ms:\n${out}`))
    }, timeoutMs)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /Kinerja is running: (http:\/\/[^/\s]+)\//.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({
          child,
          url: m[1] as string,
          output: () => out,
          exited,
          startMs: Date.now() - began,
        })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`the app exited with ${code} before it was running:\n${out}`))
    })
  })
}

/** Sends `signal` and waits for the process to be gone. */
export async function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill(signal)
  await app.exited
}

/** The URL of the embedded PostgreSQL of a running (or orphaned) app on `dataDir`. */
export function embeddedUrl(dataDir: string): string {
  const pid = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')
  const port = Number(pid[3])
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim()
  return `postgres://kinerja:${password}@127.0.0.1:${port}/kinerja`
}

/** SIGQUIT to a postmaster still running in `dataDir` (test cleanup); waits until it is gone. */
export async function stopEmbeddedLeftover(dataDir: string) {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid) return
  try {
    process.kill(pid, 'SIGQUIT')
  } catch {
    return
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Creates an empty database on the machine's PostgreSQL; returns its URL and a dropper. */
export async function createExternalDatabase(name: string) {
  const admin = new pg.Client({ connectionString: `${EXTERNAL_PG}/postgres` })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return {
    url: `${EXTERNAL_PG}/${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: `${EXTERNAL_PG}/postgres` })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** Runs `fn` with a direct connection to `url`. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

export type Session = { cookie: string; csrfToken: string }

/** Signs in through the API. */
export async function login(url: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken }
}

/** Headers of a signed-in request (cookie + CSRF token). */
export const authHeaders = (s: Session, extra: Record<string, string> = {}) => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrfToken,
  ...extra,
})
