import { describe, expect, it } from 'vitest'
import { setupTestApp } from '../../test/test-app.ts'
import { TEST_PASSWORD } from '../../test/factories.ts'

const t = await setupTestApp()

describe('sign-in', () => {
  it('signs in with NIP and password, then /me returns the actor with roles and scope', async () => {
    const o = await t.f.office()
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.kabid.username, password: TEST_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'kinerja_session')
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe('Lax')
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `kinerja_session=${cookie?.value}` },
    })
    expect(me.statusCode).toBe(200)
    const body = me.json()
    expect(body.roles).toEqual(['pegawai'])
    expect(body.pegawaiId).toBe(o.kabid.pegawaiId)
    expect(body.isAtasan).toBe(true)
    expect(body.subordinateCount).toBe(1) // the Kasubbid; staff report to the Kasubbid
  })

  it('accepts a NIP typed with spaces', async () => {
    const o = await t.f.office()
    const n = o.staff1.username
    const grouped = `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: grouped, password: TEST_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
  })

  it('rejects a wrong password and an unknown user with the same 401', async () => {
    const o = await t.f.office()
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff1.username, password: 'salah123' },
    })
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'salah123' },
    })
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401)
      expect(r.json().error.reason).toBe('INVALID_CREDENTIALS')
    }
  })

  it('answers 400 with field errors for an empty body', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: {} })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(res.json().error.fields)).toEqual(
      expect.arrayContaining(['username', 'password']),
    )
  })

  it('answers 400 (not 500) for malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('locks the account after repeated failures, even for the right password', async () => {
    const o = await t.f.office()
    for (let i = 0; i < t.config.loginMaxFailures - 1; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: o.staff2.username, password: 'salah' },
      })
      expect(r.json().error.reason).toBe('INVALID_CREDENTIALS')
    }
    const last = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff2.username, password: 'salah' },
    })
    expect(last.statusCode).toBe(401)
    expect(last.json().error.reason).toBe('ACCOUNT_LOCKED')
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff2.username, password: TEST_PASSWORD },
    })
    expect(right.json().error.reason).toBe('ACCOUNT_LOCKED')
    // After the lock time the right password works again.
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.loginLockMinutes + 1) * 60_000))
    const later = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff2.username, password: TEST_PASSWORD },
    })
    expect(later.statusCode).toBe(200)
  })

  it('refuses inactive employees', async () => {
    const inst = await t.f.instansi()
    const unit = await t.f.unit(inst.id)
    const p = await t.f.pegawai(inst.id, unit.id, { active: false })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: p.username, password: TEST_PASSWORD },
    })
    expect(res.statusCode).toBe(401)
    expect(res.json().error.reason).toBe('ACCOUNT_INACTIVE')
  })

  it('rate-limits login attempts per client', async () => {
    const strict = await setupTestApp({ env: { LOGIN_RATE_PER_MINUTE: '3' } })
    const codes: number[] = []
    for (let i = 0; i < 4; i++) {
      const r = await strict.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'x', password: 'y' },
      })
      codes.push(r.statusCode)
    }
    expect(codes).toEqual([401, 401, 401, 429])
  })
})

describe('sessions', () => {
  it('signs out and the cookie stops working', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    expect((await t.as(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200)
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
  })

  it('expires sessions after the configured time', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.sessionTtlHours + 1) * 3600_000))
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401)
  })

  it('requires the CSRF token on state-changing requests', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.reason).toBe('CSRF_MISMATCH')
  })

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' })
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('UNAUTHENTICATED')
  })
})

describe('passwords', () => {
  it('changes the own password; the old one stops working', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const res = await t.as(s, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'BaruSekali99' },
    })
    expect(res.statusCode).toBe(200)
    await t.login(o.staff1.username, 'BaruSekali99')
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff1.username, password: TEST_PASSWORD },
    })
    expect(old.statusCode).toBe(401)
  })

  it('rejects a weak new password and a wrong current password with field errors', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const weak = await t.as(s, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().error.fields.newPassword).toBeTruthy()
    const wrong = await t.as(s, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: 'bukan', newPassword: 'BaruSekali99' },
    })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.fields.currentPassword).toBeTruthy()
  })

  it('admin resets a password to a one-time password that must be changed', async () => {
    const o = await t.f.office()
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, {
      method: 'POST',
      url: `/api/users/${o.staff1.userId}/reset-password`,
    })
    expect(res.statusCode).toBe(200)
    const { temporaryPassword } = res.json()
    const s = await t.login(o.staff1.username, temporaryPassword)
    const me = await t.as(s, { method: 'GET', url: '/api/auth/me' })
    expect(me.json().mustChangePassword).toBe(true)
    await t.as(s, {
      method: 'POST',
      url: '/api/auth/change-password',
      payload: { currentPassword: temporaryPassword, newPassword: 'SudahGanti42' },
    })
    expect((await t.as(s, { method: 'GET', url: '/api/auth/me' })).json().mustChangePassword).toBe(
      false,
    )
  })

  it('an admin of another instansi cannot reset (404), a pegawai cannot (404)', async () => {
    const o = await t.f.office()
    const other = await t.f.office()
    const otherAdmin = await t.login(other.admin.username)
    expect(
      (
        await t.as(otherAdmin, {
          method: 'POST',
          url: `/api/users/${o.staff1.userId}/reset-password`,
        })
      ).statusCode,
    ).toBe(404)
    const staff = await t.login(o.staff2.username)
    expect(
      (await t.as(staff, { method: 'POST', url: `/api/users/${o.staff1.userId}/reset-password` }))
        .statusCode,
    ).toBe(404)
  })
})

describe('audit of sign-in events', () => {
  it('records login, failure and logout, visible to the admin', async () => {
    const o = await t.f.office()
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff1.username, password: 'salah' },
    })
    const s = await t.login(o.staff1.username)
    await t.as(s, { method: 'POST', url: '/api/auth/logout' })
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, { method: 'GET', url: `/api/audit?entityId=${o.staff1.userId}` })
    expect(res.statusCode).toBe(200)
    const actions = res.json().items.map((i: { action: string }) => i.action)
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login_failed', 'auth.login', 'auth.logout']),
    )
  })
})
