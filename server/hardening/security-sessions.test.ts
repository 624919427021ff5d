import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD } from '../test/factories.ts'
import { setupTestApp, type Session, type TestApp } from '../test/test-app.ts'

/**
 * Security checks of issue #7 on sessions, sign-in and responses (decision 0018): session
 * fixation, revocation, login lockout and rate limit, security headers, cookie flags. CSRF on
 * every state-changing route is swept elsewhere.
 */
const t = await setupTestApp()
const COOKIE = 'kinerja_session'

type Res = Awaited<ReturnType<TestApp['app']['inject']>>
const login = (app: TestApp['app'], username: string, extra: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
    headers: extra,
  })
const tokenOf = (res: Res) => res.cookies.find((c) => c.name === COOKIE)?.value ?? ''
const me = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${COOKIE}=${token}` } })
const sessionFrom = (res: Res, username: string): Session => ({
  cookie: `${COOKIE}=${tokenOf(res)}`,
  csrfToken: res.json<{ csrfToken: string }>().csrfToken,
  username,
})

describe('session fixation', () => {
  it('a token set before sign-in is never honoured, and sign-in issues a fresh one', async () => {
    const o = await t.f.office()
    const planted = randomBytes(32).toString('base64url')
    expect((await me(planted)).statusCode).toBe(401)
    const res = await login(t.app, o.staff1.username, { cookie: `${COOKIE}=${planted}` })
    expect(res.statusCode).toBe(200)
    const issued = tokenOf(res)
    expect(issued).not.toBe(planted)
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/) // 32 random bytes
    // The planted value did not become a session, the issued one is.
    expect((await me(planted)).statusCode).toBe(401)
    expect((await me(issued)).statusCode).toBe(200)
  })

  it('signing in again (even with a live session) changes the token; only its hash is stored', async () => {
    const o = await t.f.office()
    const first = tokenOf(await login(t.app, o.staff1.username))
    const second = tokenOf(await login(t.app, o.staff1.username, { cookie: `${COOKIE}=${first}` }))
    expect(second).not.toBe(first)
    const rows = (
      await t.db.execute(
        sql`SELECT s.* FROM sessions s JOIN user_accounts u ON u.id = s.user_id
            WHERE u.username = ${o.staff1.username}`,
      )
    ).rows
    const stored = JSON.stringify(rows)
    expect(stored).not.toContain(first)
    expect(stored).not.toContain(second)
    expect(stored).toContain(createHash('sha256').update(second).digest('hex'))
  })

  it('a session of one person never carries over to another person signing in', async () => {
    const o = await t.f.office()
    const staff = tokenOf(await login(t.app, o.staff1.username))
    const res = await login(t.app, o.staff2.username, { cookie: `${COOKIE}=${staff}` })
    expect(tokenOf(res)).not.toBe(staff)
    const who = await me(tokenOf(res))
    expect(who.json<{ username: string }>().username).toBe(o.staff2.username)
    expect((await me(staff)).json<{ username: string }>().username).toBe(o.staff1.username)
  })
})

describe('revocation: the old token gets 401 at once', () => {
  it('after sign-out', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    expect((await t.as(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200)
    const after = await t.as(s, { method: 'GET', url: '/api/auth/me' })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('UNAUTHENTICATED')
  })

  it('after a password change: every other session of the person ends, this one stays', async () => {
    const o = await t.f.office()
    const here = await t.login(o.staff1.username)
    const elsewhere = await t.login(o.staff1.username)
    const colleague = await t.login(o.staff2.username)
    const res = await t.as(here, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'SandiBaru-2026!' },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect((await t.as(elsewhere, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
    expect((await t.as(here, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200)
    expect((await t.as(colleague, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200)
  })

  it('after an admin resets the password', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, {
      method: 'POST',
      url: `/api/users/${o.staff1.userId}/reset-password`,
    })
    expect(res.statusCode, res.body).toBe(200)
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
  })

  it('after the account is deactivated', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, {
      method: 'PATCH',
      url: `/api/users/${o.staff1.userId}`,
      payload: { active: false },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
  })

  it('after the employee (pegawai record) is deactivated, also for writes', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, {
      method: 'PATCH',
      url: `/api/org/pegawai/${o.staff1.pegawaiId}`,
      payload: { active: false },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
    const write = await t.as(s, { method: 'POST', url: '/api/auth/logout' })
    expect(write.statusCode).toBe(401)
    // And the person cannot simply sign in again.
    const again = await login(t.app, o.staff1.username)
    expect(again.statusCode).toBe(401)
    expect(again.json().error.reason).toBe('ACCOUNT_INACTIVE')
  })

  it('a session past its lifetime is refused even though the cookie is still sent', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const before = t.clock.now().toISOString()
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.sessionTtlHours * 3600 + 1) * 1000))
    try {
      expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
    } finally {
      t.clock.set(before)
    }
  })
})

describe('login lockout and rate limit', () => {
  const attempt = (app: TestApp['app'], username: string, password: string, ip = '10.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    })

  it('locks the account after LOGIN_MAX_FAILURES failures from any address; unlocks after the window (test clock)', async () => {
    const o = await t.f.office()
    const max = t.config.loginMaxFailures
    const reasons: string[] = []
    // The failures come from different addresses: the lock is per account, not per client.
    for (let i = 0; i < max; i++)
      reasons.push(
        (await attempt(t.app, o.staff1.username, 'salah-terus', `10.0.1.${i + 1}`)).json().error
          .reason,
      )
    expect(reasons.slice(0, max - 1).every((r) => r === 'INVALID_CREDENTIALS')).toBe(true)
    expect(reasons[max - 1]).toBe('ACCOUNT_LOCKED')
    // Locked: the right password is refused too, until the lock time has passed.
    const start = t.clock.now().getTime()
    try {
      const locked = await attempt(t.app, o.staff1.username, TEST_PASSWORD)
      expect(locked.statusCode).toBe(401)
      expect(locked.json().error.reason).toBe('ACCOUNT_LOCKED')
      t.clock.set(new Date(start + (t.config.loginLockMinutes * 60 - 5) * 1000))
      expect((await attempt(t.app, o.staff1.username, TEST_PASSWORD)).json().error.reason).toBe(
        'ACCOUNT_LOCKED',
      )
      t.clock.set(new Date(start + (t.config.loginLockMinutes * 60 + 1) * 1000))
      const open = await attempt(t.app, o.staff1.username, TEST_PASSWORD)
      expect(open.statusCode, open.body).toBe(200)
      // A success resets the count: one new failure does not lock again.
      expect((await attempt(t.app, o.staff1.username, 'salah')).json().error.reason).toBe(
        'INVALID_CREDENTIALS',
      )
      expect((await attempt(t.app, o.staff1.username, TEST_PASSWORD)).statusCode).toBe(200)
    } finally {
      t.clock.set(new Date(start))
    }
  })

  it('a locked account does not lock its colleagues', async () => {
    const o = await t.f.office()
    for (let i = 0; i < t.config.loginMaxFailures; i++)
      await attempt(t.app, o.staff1.username, 'salah-terus')
    expect((await attempt(t.app, o.staff2.username, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('rate-limits sign-in attempts per client address (429 RATE_LIMITED), other addresses unaffected', async () => {
    const strict = await setupTestApp({ env: { LOGIN_RATE_PER_MINUTE: '3' } })
    const codes: number[] = []
    for (let i = 0; i < 4; i++)
      codes.push((await attempt(strict.app, 'x', 'y', '10.9.9.9')).statusCode)
    expect(codes).toEqual([401, 401, 401, 429])
    const limited = await attempt(strict.app, 'x', 'y', '10.9.9.9')
    expect(limited.json().error.code).toBe('RATE_LIMITED')
    expect(limited.json().error.reason).toBe('LOGIN_RATE_LIMITED')
    expect((await attempt(strict.app, 'x', 'y', '10.9.9.10')).statusCode).toBe(401)
  })
})

// An app with a (tiny) built web app, for the headers of pages and assets.
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-web-'))
fs.mkdirSync(path.join(webDist, 'assets'))
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Kinerja</title>')
fs.writeFileSync(path.join(webDist, 'assets', 'app-1234.js'), 'console.log(1)')
afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }))
const web = await setupTestApp({ env: { WEB_DIST: webDist } })

describe('security headers', () => {
  const expectHeaders = (res: Res) => {
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'self'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(res.headers['x-powered-by']).toBeUndefined()
  }

  it.each([
    ['an API answer', 'GET', '/api/health', false],
    ['a signed-in API answer', 'GET', '/api/auth/me', true],
    ['a 401', 'GET', '/api/org/units', false],
    ['a 404 of the API', 'GET', '/api/nope', false],
    ['a validation error', 'POST', '/api/auth/login', false],
    ['the web app', 'GET', '/', false],
    ['a client-side route of the web app', 'GET', '/skp/123', false],
    ['a hashed asset', 'GET', '/assets/app-1234.js', false],
    ['a file download', 'GET', '/api/org/export/units?format=csv', true],
  ] as const)('are on %s', async (_what, method, url, signedIn) => {
    const o = await web.f.office()
    const who = signedIn
      ? await web.login(url.includes('/me') ? o.staff1.username : o.admin.username)
      : null
    const res = await web.as(who, {
      method,
      url,
      ...(method === 'POST' ? { payload: {} } : {}),
    })
    expect(res.statusCode).toBeLessThan(500)
    expectHeaders(res)
  })

  it('HSTS: sent over HTTPS (COOKIE_SECURE=true, or auto behind a trusted proxy saying https), never over plain HTTP', async () => {
    const hsts = (res: Res) => res.headers['strict-transport-security']
    expect(hsts(await web.app.inject({ method: 'GET', url: '/api/health' }))).toBeUndefined()
    // A client cannot turn HSTS on by claiming https when the proxy is not trusted.
    expect(
      hsts(
        await web.app.inject({
          method: 'GET',
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'https' },
        }),
      ),
    ).toBeUndefined()
    const always = await setupTestApp({ env: { COOKIE_SECURE: 'true' } })
    expect(hsts(await always.app.inject({ method: 'GET', url: '/api/health' }))).toMatch(
      /max-age=31536000/,
    )
    const proxied = await setupTestApp({ env: { TRUST_PROXY: 'true' } })
    expect(
      hsts(
        await proxied.app.inject({
          method: 'GET',
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'https' },
        }),
      ),
    ).toMatch(/max-age=31536000/)
    expect(hsts(await proxied.app.inject({ method: 'GET', url: '/api/health' }))).toBeUndefined()
  })
})

describe('cookie flags', () => {
  const flags = (res: Res) => res.cookies.find((c) => c.name === COOKIE)
  it('plain HTTP: HttpOnly, SameSite=Lax, Path=/, a Max-Age of the session lifetime, not Secure', async () => {
    const o = await t.f.office()
    const c = flags(await login(t.app, o.staff1.username))
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(c?.secure).toBeFalsy()
    expect(c?.maxAge).toBe(t.config.sessionTtlHours * 3600)
    expect(c?.domain).toBeUndefined()
  })

  it('a spoofed X-Forwarded-Proto from an untrusted client does not make it Secure; a trusted proxy does', async () => {
    const o = await t.f.office()
    expect(
      flags(await login(t.app, o.staff1.username, { 'x-forwarded-proto': 'https' }))?.secure,
    ).toBeFalsy()
    const proxied = await setupTestApp({ env: { TRUST_PROXY: 'true' } })
    const p = await proxied.f.office()
    const c = flags(await login(proxied.app, p.staff1.username, { 'x-forwarded-proto': 'https' }))
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: true })
  })

  it('COOKIE_SECURE=true: always Secure', async () => {
    const https = await setupTestApp({ env: { COOKIE_SECURE: 'true' } })
    const o = await https.f.office()
    expect(flags(await login(https.app, o.staff1.username))).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      secure: true,
    })
  })

  it('sign-out clears the cookie with the same path', async () => {
    const o = await t.f.office()
    const res = await login(t.app, o.staff1.username)
    const s = sessionFrom(res, o.staff1.username)
    const out = await t.as(s, { method: 'POST', url: '/api/auth/logout' })
    const cleared = flags(out)
    expect(cleared?.value).toBe('')
    expect(cleared?.path).toBe('/')
    expect(
      (cleared?.expires?.getTime() ?? Number.MAX_SAFE_INTEGER) <= Date.now() ||
        cleared?.maxAge === 0,
    ).toBe(true)
  })
})
