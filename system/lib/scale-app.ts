import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * App processes for the scale-out system tests: `node --import tsx server/main.ts` as a child,
 * configured only through its environment (like a real deployment), ready when GET /api/health
 * answers 200. Its output is kept for assertions about what it logged.
 */
export const root = path.resolve(import.meta.dirname, '..', '..')

// The child reads its configuration from its environment, like `npm start` does.
const parentEnv = process.env

export type AppProcess = {
  port: number
  url: string
  child: ChildProcess
  output(): string
  /** SIGTERM (graceful: jobs, HTTP, pools), SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>
}

export async function waitForHealth(url: string, timeoutMs: number, exited?: () => boolean) {
  const until = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < until) {
    if (exited?.()) throw new Error(`the process behind ${url} exited`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.status === 200) return
      last = `${res.status} ${await res.text()}`
    } catch (e) {
      last = e instanceof Error ? e.message : String(e)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url}/api/health not healthy within ${timeoutMs} ms (last: ${last})`)
}

/** Starts one app process on `port` and waits until it is healthy. */
export async function startApp(
  port: number,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<AppProcess> {
  // A process left on the port (an earlier run that failed half-way) would answer the health
  // check in this one's place: refuse to start instead.
  const taken = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`port ${port} is already in use: stop the process listening there`)
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...parentEnv,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      WEB_DIST: '/nonexistent',
      DEMO_SEED: 'false',
      LOGIN_RATE_PER_MINUTE: '10000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  let exited = false
  const exit = new Promise<void>((r) =>
    child.on('exit', () => {
      exited = true
      r()
    }),
  )
  const url = `http://127.0.0.1:${port}`
  const app: AppProcess = {
    port,
    url,
    child,
    output: () => out,
    async stop(ms = 20_000) {
      if (exited) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), ms)
      await exit
      clearTimeout(timer)
    },
  }
  try {
    await waitForHealth(url, timeoutMs, () => exited)
  } catch (e) {
    await app.stop(1000)
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- app output ---\n${out}`, {
      cause: e,
    })
  }
  return app
}

/** A signed-in session over HTTP: the cookie and the CSRF token of POST /api/auth/login. */
export type HttpSession = { cookie: string; csrf: string }

export async function login(baseUrl: string, username: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ')
  const body = (await res.json()) as { csrfToken: string }
  const session: HttpSession = { cookie, csrf: body.csrfToken }
  return { session, res }
}

/** A request as `session` (the CSRF header on state-changing methods unless `csrf: false`). */
export function request(
  baseUrl: string,
  session: HttpSession | null,
  method: string,
  url: string,
  opts: { json?: unknown; body?: Buffer; headers?: Record<string, string>; csrf?: boolean } = {},
) {
  const headers: Record<string, string> = { ...opts.headers }
  if (session) headers.cookie = session.cookie
  if (session && opts.csrf !== false && !['GET', 'HEAD'].includes(method))
    headers['x-csrf-token'] = session.csrf
  let body: BodyInit | undefined
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(opts.json)
  } else if (opts.body) {
    body = new Uint8Array(opts.body)
  }
  return fetch(`${baseUrl}${url}`, { method, headers, body })
}
