// The processes under load run as children so that their memory is their own: the app
// (`node --import tsx server/main.ts`, as deployed) and the bare baseline server.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')

export type Child = {
  url: string
  pid: number
  process: ChildProcess
  output(): string
  stop(): Promise<void>
}

export async function waitForHealth(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before answering:\n${output()}`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) })
      if (res.ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no healthy answer from ${url} within ${timeoutMs} ms:\n${output()}`)
}

function startChild(
  command: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => out }
}

export async function stopChild(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  await exited
  clearTimeout(timer)
}

/** The app against `databaseUrl` on `port`: no jobs, no demo seed, no web build, quiet log. */
export async function startApp(opts: {
  databaseUrl: string
  port: number
  env?: Record<string, string>
  /** e.g. --cpu-prof --cpu-prof-dir=… (bench --cpu-prof). */
  nodeArgs?: string[]
}): Promise<Child> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-app-'))
  const args = [...(opts.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts']
  const { child, output } = startChild(process.execPath, args, {
    DATABASE_URL: opts.databaseUrl,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    JOBS: 'off',
    DEMO_SEED: 'false',
    LOG_LEVEL: 'warn',
    WEB_DIST: path.join(dataDir, 'no-web'),
    LOGIN_RATE_PER_MINUTE: '10000',
    ...opts.env,
  })
  const url = `http://127.0.0.1:${opts.port}`
  await waitForHealth(`${url}/api/health`, child, 120_000, output)
  return {
    url,
    pid: child.pid!,
    process: child,
    output,
    stop: async () => {
      await stopChild(child)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** The bare baseline (bench/baseline-server.ts): Fastify + pg, one statement per request. */
export async function startBaseline(opts: {
  databaseUrl: string
  port: number
  poolMax: number
}): Promise<Child> {
  const { child, output } = startChild(
    process.execPath,
    ['--import', 'tsx', 'bench/baseline-server.ts'],
    {
      BASELINE_DATABASE_URL: opts.databaseUrl,
      BASELINE_PORT: String(opts.port),
      BASELINE_POOL_MAX: String(opts.poolMax),
    },
  )
  const url = `http://127.0.0.1:${opts.port}`
  await waitForHealth(`${url}/ready`, child, 60_000, output)
  return { url, pid: child.pid!, process: child, output, stop: () => stopChild(child) }
}

/**
 * Waits until the app has worked off requests the load generator gave up on (autocannon stops
 * at the deadline; the server still finishes what it received): a health check answering fast.
 */
export async function drain(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const started = performance.now()
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) })
    } catch {
      /* busy */
    }
    if (performance.now() - started < 50) return
    await new Promise((r) => setTimeout(r, 250))
  }
}

export type Session = { cookie: string; csrf: string; pegawaiId: string | null }

/** Signs in through the real login route (argon2 verify), `parallel` at a time. */
export async function signIn(
  url: string,
  usernames: readonly string[],
  password: string,
  parallel = 4,
): Promise<Session[]> {
  const out: Session[] = new Array<Session>(usernames.length)
  let next = 0
  const worker = async () => {
    while (next < usernames.length) {
      const i = next++
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: usernames[i], password }),
      })
      if (!res.ok)
        throw new Error(`login of ${usernames[i]} failed: ${res.status} ${await res.text()}`)
      const body = (await res.json()) as { csrfToken: string; user?: { pegawaiId?: string | null } }
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      out[i] = { cookie, csrf: body.csrfToken, pegawaiId: body.user?.pegawaiId ?? null }
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, usernames.length) }, worker))
  return out
}

export const jsonHeaders = (s: Session) => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrf,
  'content-type': 'application/json',
})
