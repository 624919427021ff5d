import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD } from '../../test/factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'

const t = await setupTestApp()

type UserView = {
  id: string
  username: string
  displayName: string
  roles: string[]
  active: boolean
  pegawaiId: string | null
}

const get = (s: Session, url: string) => t.as(s, { method: 'GET', url })
const patchUser = (s: Session, userId: string, payload: unknown) =>
  t.as(s, { method: 'PATCH', url: `/api/users/${userId}`, payload: payload as object })

async function setup() {
  const o = await t.f.office()
  const admin = await t.login(o.admin.username)
  return { o, admin }
}

async function userById(admin: Session, id: string): Promise<UserView | undefined> {
  const items: UserView[] = (await get(admin, '/api/users?pageSize=200')).json().items
  return items.find((u) => u.id === id)
}

describe('list users', () => {
  it('the admin lists the accounts of their instansi: employees (login = NIP, role pegawai) and admin accounts', async () => {
    const { o, admin } = await setup()
    const res = await get(admin, '/api/users?pageSize=200')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    const byId = new Map<string, UserView>(body.items.map((u: UserView) => [u.id, u]))
    // 6 employees + 1 admin account in the office.
    expect(body.total).toBe(7)
    expect(byId.get(o.staff1.userId)).toMatchObject({
      username: o.staff1.username,
      displayName: 'Staf Satu',
      roles: ['pegawai'],
      active: true,
      pegawaiId: o.staff1.pegawaiId,
    })
    expect(byId.get(o.admin.userId)).toMatchObject({
      username: o.admin.username,
      roles: ['admin_instansi'],
      pegawaiId: null,
    })
    // Never the password hash.
    expect(res.body).not.toMatch(/argon2|passwordHash/)
  })

  it('searches by name or username and pages', async () => {
    const { o, admin } = await setup()
    const byName = (await get(admin, '/api/users?q=staf%20dua')).json()
    expect(byName.items.map((u: UserView) => u.id)).toEqual([o.staff2.userId])
    const byNip = (await get(admin, `/api/users?q=${o.kabid.username}`)).json()
    expect(byNip.items.map((u: UserView) => u.id)).toEqual([o.kabid.userId])
    const page = (await get(admin, '/api/users?pageSize=3&page=3')).json()
    expect(page).toMatchObject({ total: 7, page: 3, pageSize: 3 })
    expect(page.items).toHaveLength(1)
  })

  it.each([
    ['a pegawai', 'staff1'],
    ['an atasan', 'kasub'],
    ['the kepala', 'kepala'],
  ] as const)('%s cannot list users (404)', async (_who, key) => {
    const { o } = await setup()
    const s = await t.login(o[key].username)
    const res = await get(s, '/api/users')
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
  })

  it('refuses a wrong page size (400)', async () => {
    const { admin } = await setup()
    const res = await get(admin, '/api/users?pageSize=0')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields.pageSize).toBeTruthy()
  })
})

describe('grant roles', () => {
  it('the admin grants pic_helpdesk; the person has the role at their next request; audited with before/after', async () => {
    const { o, admin } = await setup()
    const staff = await t.login(o.staff2.username)
    const res = await patchUser(admin, o.staff2.userId, { roles: ['pic_helpdesk'] })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      id: o.staff2.userId,
      roles: ['pegawai', 'pic_helpdesk'],
      active: true,
    })

    const me = await get(staff, '/api/auth/me')
    expect(me.json().roles).toEqual(['pegawai', 'pic_helpdesk'])

    const audit = (
      await get(admin, `/api/audit?entityId=${o.staff2.userId}&action=user.updated`)
    ).json().items
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      entity: 'user_account',
      before: { roles: [], active: true },
      after: { roles: ['pic_helpdesk'], active: true },
    })
  })

  it('withdraws a role by sending the remaining roles', async () => {
    const { o, admin } = await setup()
    expect(
      (await patchUser(admin, o.staff2.userId, { roles: ['pic_helpdesk', 'admin_instansi'] }))
        .statusCode,
    ).toBe(200)
    const res = await patchUser(admin, o.staff2.userId, { roles: ['admin_instansi'] })
    expect(res.statusCode).toBe(200)
    expect(res.json().roles).toEqual(['pegawai', 'admin_instansi'])
    // Duplicates collapse.
    expect(
      (await patchUser(admin, o.staff2.userId, { roles: ['pic_helpdesk', 'pic_helpdesk'] })).json()
        .roles,
    ).toEqual(['pegawai', 'pic_helpdesk'])
  })

  it('a granted admin_instansi can administer the instansi', async () => {
    const { o, admin } = await setup()
    expect((await patchUser(admin, o.kabid.userId, { roles: ['admin_instansi'] })).statusCode).toBe(
      200,
    )
    const kabid = await t.login(o.kabid.username)
    expect((await get(kabid, '/api/users')).statusCode).toBe(200)
  })

  it('an admin_instansi cannot grant super_admin (403 ROLE_NOT_GRANTABLE); nothing changes', async () => {
    const { o, admin } = await setup()
    const res = await patchUser(admin, o.staff2.userId, { roles: ['super_admin'] })
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_GRANTABLE' })
    expect((await userById(admin, o.staff2.userId))?.roles).toEqual(['pegawai'])
    // Not to themselves either.
    const self = await patchUser(admin, o.admin.userId, {
      roles: ['admin_instansi', 'super_admin'],
    })
    expect(self.statusCode).toBe(403)
    expect(self.json().error.reason).toBe('ROLE_NOT_GRANTABLE')
    expect(
      (await get(admin, `/api/audit?entityId=${o.staff2.userId}&action=user.updated`)).json().items,
    ).toEqual([])
  })

  it('a super admin can grant super_admin', async () => {
    const { o } = await setup()
    const root = await t.f.account(null, ['super_admin'])
    const s = await t.login(root.username)
    const res = await patchUser(s, o.admin.userId, { roles: ['admin_instansi', 'super_admin'] })
    expect(res.statusCode).toBe(200)
    expect(res.json().roles).toEqual(['admin_instansi', 'super_admin'])
  })

  it('an admin_instansi cannot touch a super admin’s account in their instansi (404)', async () => {
    const { o, admin } = await setup()
    const sa = await t.f.account(o.instansi.id, ['super_admin'])
    expect((await patchUser(admin, sa.userId, { active: false })).statusCode).toBe(404)
    expect(
      (await t.as(admin, { method: 'POST', url: `/api/users/${sa.userId}/reset-password` }))
        .statusCode,
    ).toBe(404)
  })

  it.each([
    ['an unknown role', { roles: ['raja'] }, 'roles.0'],
    ['the implicit pegawai role', { roles: ['pegawai'] }, 'roles.0'],
    ['roles that are not a list', { roles: 'pic_helpdesk' }, 'roles'],
    [
      'more than three roles',
      { roles: ['pic_helpdesk', 'admin_instansi', 'pic_helpdesk', 'admin_instansi'] },
      'roles',
    ],
    ['active that is not a boolean', { active: 'ya' }, 'active'],
  ])('refuses %s (400 with the field)', async (_what, body, field) => {
    const { o, admin } = await setup()
    const res = await patchUser(admin, o.staff2.userId, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(res.json().error.fields[field], JSON.stringify(res.json().error.fields)).toBeTruthy()
    expect((await userById(admin, o.staff2.userId))?.roles).toEqual(['pegawai'])
  })

  it('answers 400 for a user id that is not a uuid and 404 for an unknown one', async () => {
    const { admin } = await setup()
    const bad = await patchUser(admin, 'abc', { active: true })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields.userId).toBeTruthy()
    expect((await patchUser(admin, randomUUID(), { active: true })).statusCode).toBe(404)
  })
})

describe('self-lockout', () => {
  it('an admin cannot deactivate their own account (403 SELF_LOCKOUT) and stays signed in', async () => {
    const { o, admin } = await setup()
    const res = await patchUser(admin, o.admin.userId, { active: false })
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_LOCKOUT' })
    expect((await get(admin, '/api/auth/me')).statusCode).toBe(200)
    expect((await userById(admin, o.admin.userId))?.active).toBe(true)
  })

  it('an admin cannot drop their own admin role (403 SELF_LOCKOUT), but may add a role to themselves', async () => {
    const { o, admin } = await setup()
    for (const roles of [[], ['pic_helpdesk']]) {
      const res = await patchUser(admin, o.admin.userId, { roles })
      expect(res.statusCode, JSON.stringify(roles)).toBe(403)
      expect(res.json().error.reason).toBe('SELF_LOCKOUT')
    }
    const add = await patchUser(admin, o.admin.userId, {
      roles: ['admin_instansi', 'pic_helpdesk'],
    })
    expect(add.statusCode).toBe(200)
    expect(add.json().roles).toEqual(['admin_instansi', 'pic_helpdesk'])
  })
})

describe('deactivation', () => {
  it('deactivating an account revokes all its sessions and refuses sign-in; reactivating lets the person back in', async () => {
    const { o, admin } = await setup()
    const first = await t.login(o.staff1.username)
    const second = await t.login(o.staff1.username)
    const res = await patchUser(admin, o.staff1.userId, { active: false })
    expect(res.statusCode).toBe(200)
    expect(res.json().active).toBe(false)

    for (const s of [first, second]) expect((await get(s, '/api/auth/me')).statusCode).toBe(401)
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff1.username, password: TEST_PASSWORD },
    })
    expect(login.statusCode).toBe(401)
    expect(login.json().error.reason).toBe('ACCOUNT_INACTIVE')

    const audit = (
      await get(admin, `/api/audit?entityId=${o.staff1.userId}&action=user.updated`)
    ).json().items
    expect(audit[0]).toMatchObject({ before: { active: true }, after: { active: false } })

    expect((await patchUser(admin, o.staff1.userId, { active: true })).statusCode).toBe(200)
    expect((await t.login(o.staff1.username)).cookie).toMatch(/^kinerja_session=.+/)
  })

  it('other accounts keep their sessions', async () => {
    const { o, admin } = await setup()
    const colleague = await t.login(o.staff2.username)
    expect((await patchUser(admin, o.staff1.userId, { active: false })).statusCode).toBe(200)
    expect((await get(colleague, '/api/auth/me')).statusCode).toBe(200)
  })
})

describe('other instansi and other roles', () => {
  it('the admin of another instansi cannot see or change this instansi’s accounts', async () => {
    const { o } = await setup()
    const other = await setup()
    const list: UserView[] = (await get(other.admin, '/api/users?pageSize=200')).json().items
    expect(list.map((u) => u.id)).not.toContain(o.staff1.userId)
    const res = await patchUser(other.admin, o.staff1.userId, { active: false })
    expect(res.statusCode).toBe(404)
    const staff = await t.login(o.staff1.username)
    expect((await get(staff, '/api/auth/me')).statusCode).toBe(200)
  })

  it('a pic_helpdesk cannot manage accounts (404)', async () => {
    const { o } = await setup()
    const pic = await t.f.pegawai(o.instansi.id, o.units.bidangB.id, { roles: ['pic_helpdesk'] })
    const s = await t.login(pic.username)
    expect((await get(s, '/api/users')).statusCode).toBe(404)
    expect((await patchUser(s, o.staff1.userId, { roles: ['pic_helpdesk'] })).statusCode).toBe(404)
    expect((await patchUser(s, pic.userId, { roles: ['admin_instansi'] })).statusCode).toBe(404)
  })

  it('the super admin lists accounts across instansi', async () => {
    const a = await setup()
    const b = await setup()
    const root = await t.f.account(null, ['super_admin'])
    const s = await t.login(root.username)
    const ids = new Set<string>()
    for (const q of [a.o.staff1.username, b.o.staff1.username]) {
      for (const u of (await get(s, `/api/users?q=${q}`)).json().items as UserView[]) ids.add(u.id)
    }
    expect(ids).toEqual(new Set([a.o.staff1.userId, b.o.staff1.userId]))
  })
})
