import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The child app reads its configuration from its environment, like `npm start` does.
// eslint-disable-next-line no-restricted-syntax
const parentEnv = process.env

/**
 * The promise of `npm start` on a bare machine: embedded PostgreSQL, demo seeded, and after
 * `kill -9` of the app the next start recovers by itself without losing acknowledged writes.
 * This drives the real entry point as a child process.
 */
const root = path.resolve(import.meta.dirname, '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-recovery-'))
const children: ChildProcess[] = []

function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...parentEnv,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${out}`)), 90_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /Kinerja is running: (http:\/\/[^/\s]+)\//.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1] as string, output: () => out })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code}:\n${out}`))
    })
  })
}

async function loginAdmin(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Gianyar2026!' }),
  })
  expect(res.status).toBe(200)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken }
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  // Stop any postgres left by the killed process, then remove the data directory.
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid')
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
    try {
      process.kill(pid, 'SIGQUIT')
    } catch {
      /* already gone */
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('npm start on the embedded PostgreSQL', () => {
  it('seeds the demo, refuses a second process, and recovers after kill -9 without losing a write', async () => {
    const first = await start()
    expect(first.output()).toContain('Demo accounts:')
    expect(first.output()).toMatch(/admin\s+\|\s+Gianyar2026!/)

    // A second process on the same DATA_DIR is refused with a clear message.
    const second = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...parentEnv, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '' },
    })
    let secondOut = ''
    second.stderr.on('data', (d: Buffer) => (secondOut += d.toString()))
    const code = await new Promise<number | null>((r) => second.on('exit', r))
    expect(code).toBe(2)
    expect(secondOut).toContain('already using')

    // An acknowledged write…
    const s = await loginAdmin(first.url)
    const created = await fetch(`${first.url}/api/org/units`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: s.cookie,
        'x-csrf-token': s.csrfToken,
      },
      body: JSON.stringify({ name: 'Unit Uji Pemulihan' }),
    })
    expect(created.status).toBe(201)

    // …survives kill -9 of the app; the orphaned postgres is detected at the next start.
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.on('exit', r))
    const again = await start()
    expect(again.output()).toContain('orphaned embedded PostgreSQL')
    const s2 = await loginAdmin(again.url)
    const units = await fetch(`${again.url}/api/org/units`, { headers: { cookie: s2.cookie } })
    const body = (await units.json()) as { items: { name: string }[] }
    expect(body.items.map((u) => u.name)).toContain('Unit Uji Pemulihan')
    again.child.kill('SIGTERM')
    await new Promise((r) => again.child.on('exit', r))
  }, 240_000)
})
