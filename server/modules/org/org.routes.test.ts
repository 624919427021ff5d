import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { makeNip, TEST_PASSWORD } from '../../test/factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { pegawai as pegawaiTable, positionHistory } from './org.tables.ts'

const START = '2026-11-27T02:00:00Z' // 10:00 WITA on Friday 27 Nov 2026 (the instansi is in Asia/Makassar)
const TODAY = '2026-11-27'
const t = await setupTestApp({ now: START })
afterEach(() => t.clock.set(START))

type AuditItem = {
  action: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
  actorLabel: string
}

const get = (s: Session | null, url: string) => t.as(s, { method: 'GET', url })
const post = (s: Session | null, url: string, payload?: unknown) =>
  t.as(s, { method: 'POST', url, payload: payload as object })
const patch = (s: Session | null, url: string, payload: unknown) =>
  t.as(s, { method: 'PATCH', url, payload: payload as object })
const del = (s: Session | null, url: string) => t.as(s, { method: 'DELETE', url })

/** A fresh office and its admin's session. */
async function setup() {
  const o = await t.f.office()
  const admin = await t.login(o.admin.username)
  return { o, admin }
}

/** The audit entries of one record (newest first), as the admin sees them. */
async function auditOf(admin: Session, entityId: string, action?: string): Promise<AuditItem[]> {
  const res = await get(
    admin,
    `/api/audit?entityId=${entityId}&pageSize=200${action ? `&action=${action}` : ''}`,
  )
  expect(res.statusCode).toBe(200)
  return res.json().items
}

async function onlyAudit(admin: Session, entityId: string, action: string): Promise<AuditItem> {
  const items = (await auditOf(admin, entityId)).filter((i) => i.action === action)
  expect(items, `one ${action} entry for ${entityId}`).toHaveLength(1)
  return items[0] as AuditItem
}

async function countPegawai(instansiId: string) {
  return (
    await t.db
      .select({ id: pegawaiTable.id })
      .from(pegawaiTable)
      .where(eq(pegawaiTable.instansiId, instansiId))
  ).length
}

async function createJabatan(admin: Session, body: Record<string, unknown>) {
  const res = await post(admin, '/api/org/jabatan', {
    jenis: 'pelaksana',
    name: `Jabatan ${randomUUID().slice(0, 6)}`,
    ...body,
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string; unitId: string | null; headsUnit: boolean }>()
}

function expectFieldError(
  res: { statusCode: number; json(): unknown },
  field: string,
  message?: RegExp,
) {
  expect(res.statusCode).toBe(400)
  const body = res.json() as { error: { code: string; fields?: Record<string, string> } }
  expect(body.error.code).toBe('VALIDATION_FAILED')
  expect(
    body.error.fields?.[field],
    `fields.${field} in ${JSON.stringify(body.error.fields)}`,
  ).toBeTruthy()
  if (message) expect(body.error.fields?.[field]).toMatch(message)
}

// ---------------------------------------------------------------------------------------------
describe('units', () => {
  it('lists the unit tree with heads and headcounts to any member of the instansi', async () => {
    const { o } = await setup()
    const staff = await t.login(o.staff1.username)
    const res = await get(staff, '/api/org/units')
    expect(res.statusCode).toBe(200)
    const byId = new Map(res.json().items.map((u: { id: string }) => [u.id, u]))
    expect(byId.size).toBe(4)
    expect(byId.get(o.units.root.id)).toMatchObject({
      parentId: null,
      headPegawaiId: o.kepala.pegawaiId,
      headName: 'Kepala Badan',
      employeeCount: 1,
      active: true,
    })
    expect(byId.get(o.units.bidang.id)).toMatchObject({
      parentId: o.units.root.id,
      headPegawaiId: o.kabid.pegawaiId,
      employeeCount: 1,
    })
    expect(byId.get(o.units.sub.id)).toMatchObject({
      parentId: o.units.bidang.id,
      headPegawaiId: o.kasub.pegawaiId,
      employeeCount: 3,
    })
    expect(byId.get(o.units.bidangB.id)).toMatchObject({
      parentId: o.units.root.id,
      headPegawaiId: null,
      headName: null,
      employeeCount: 1,
    })
  })

  it('admin creates a unit under a parent; the change is audited', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, '/api/org/units', {
      name: '  Bidang C  ',
      code: 'BC',
      parentId: o.units.root.id,
    })
    expect(res.statusCode).toBe(201)
    const unit = res.json()
    expect(unit).toMatchObject({
      name: 'Bidang C',
      code: 'BC',
      parentId: o.units.root.id,
      instansiId: o.instansi.id,
      active: true,
      headPegawaiId: null,
      employeeCount: 0,
    })
    const units = (await get(admin, '/api/org/units')).json().items
    expect(units.map((u: { id: string }) => u.id)).toContain(unit.id)
    const entry = await onlyAudit(admin, unit.id, 'unit.created')
    expect(entry.entity).toBe('unit')
    expect(entry.after).toMatchObject({ name: 'Bidang C', parentId: o.units.root.id })
    expect(entry.actorLabel).toContain(o.admin.username)
  })

  it('admin creates a new root unit when no parent is given', async () => {
    const { admin } = await setup()
    const res = await post(admin, '/api/org/units', { name: 'Dinas Baru' })
    expect(res.statusCode).toBe(201)
    expect(res.json().parentId).toBeNull()
  })

  it.each([
    ['no name', {}, 'name'],
    ['a one-letter name', { name: 'A' }, 'name'],
    ['a 201-letter name', { name: 'x'.repeat(201) }, 'name'],
    ['a parent id that is not a uuid', { name: 'Bidang X', parentId: 'bidang-a' }, 'parentId'],
    ['a parent that does not exist', { name: 'Bidang X', parentId: randomUUID() }, 'parentId'],
    ['a code over 40 characters', { name: 'Bidang X', code: 'C'.repeat(41) }, 'code'],
  ])('refuses a new unit with %s (400, fields.%s)', async (_what, body, field) => {
    const { admin } = await setup()
    const res = await post(admin, '/api/org/units', body)
    expectFieldError(res, field)
    expect((await get(admin, '/api/org/units')).json().items).toHaveLength(4)
  })

  it('refuses a new unit under an inactive parent', async () => {
    const { admin } = await setup()
    const old = (await post(admin, '/api/org/units', { name: 'Unit Lama' })).json()
    expect((await patch(admin, `/api/org/units/${old.id}`, { active: false })).statusCode).toBe(200)
    expectFieldError(
      await post(admin, '/api/org/units', { name: 'Anak', parentId: old.id }),
      'parentId',
      /nonaktif/,
    )
  })

  it('admin renames a unit; audit keeps before and after', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/units/${o.units.bidang.id}`, {
      name: 'Bidang Anggaran',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      id: o.units.bidang.id,
      name: 'Bidang Anggaran',
      parentId: o.units.root.id,
      headPegawaiId: o.kabid.pegawaiId,
    })
    const entry = await onlyAudit(admin, o.units.bidang.id, 'unit.updated')
    expect(entry.before).toMatchObject({ name: 'Bidang A' })
    expect(entry.after).toMatchObject({ name: 'Bidang Anggaran' })
  })

  it('admin moves a unit under another parent; the atasan of its head follows the move', async () => {
    const { o, admin } = await setup()
    // Sub Bidang A1 moves from Bidang A to Bidang B (vacant): its head now reports to the kepala.
    const res = await patch(admin, `/api/org/units/${o.units.sub.id}`, {
      parentId: o.units.bidangB.id,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().parentId).toBe(o.units.bidangB.id)
    expect((await get(admin, `/api/org/pegawai/${o.kasub.pegawaiId}`)).json().atasanId).toBe(
      o.kepala.pegawaiId,
    )
    const entry = await onlyAudit(admin, o.units.sub.id, 'unit.updated')
    expect(entry.before).toMatchObject({ parentId: o.units.bidang.id })
    expect(entry.after).toMatchObject({ parentId: o.units.bidangB.id })
  })

  it.each([
    ['itself', 'bidang'],
    ['its child', 'sub'],
  ] as const)(
    'refuses to move a unit under %s (400 UNIT_CYCLE) and leaves the tree as it was',
    async (_what, target) => {
      const { o, admin } = await setup()
      const res = await patch(admin, `/api/org/units/${o.units.bidang.id}`, {
        parentId: o.units[target].id,
      })
      expectFieldError(res, 'parentId')
      expect(res.json().error.reason).toBe('UNIT_CYCLE')
      const bidang = (await get(admin, '/api/org/units'))
        .json()
        .items.find((u: { id: string }) => u.id === o.units.bidang.id)
      expect(bidang.parentId).toBe(o.units.root.id)
      expect(await auditOf(admin, o.units.bidang.id, 'unit.updated')).toHaveLength(0)
    },
  )

  it('refuses to move the root under its grandchild (400 UNIT_CYCLE)', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/units/${o.units.root.id}`, {
      parentId: o.units.sub.id,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.reason).toBe('UNIT_CYCLE')
  })

  it('refuses a move under an unknown parent (400) and answers 404 for an unknown unit', async () => {
    const { o, admin } = await setup()
    expectFieldError(
      await patch(admin, `/api/org/units/${o.units.sub.id}`, { parentId: randomUUID() }),
      'parentId',
    )
    const missing = await patch(admin, `/api/org/units/${randomUUID()}`, { name: 'Tidak Ada' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('NOT_FOUND')
    expectFieldError(
      await patch(admin, '/api/org/units/not-a-uuid', { name: 'Tidak Ada' }),
      'unitId',
    )
  })

  it('refuses to deactivate a unit with active pegawai (409 UNIT_IN_USE); works once it is empty', async () => {
    const { o, admin } = await setup()
    const busy = await patch(admin, `/api/org/units/${o.units.bidangB.id}`, { active: false })
    expect(busy.statusCode).toBe(409)
    expect(busy.json().error).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE' })
    let bidangB = (await get(admin, '/api/org/units'))
      .json()
      .items.find((u: { id: string }) => u.id === o.units.bidangB.id)
    expect(bidangB.active).toBe(true)

    // Its only pegawai leaves (deactivated): the unit is empty and can be deactivated.
    expect(
      (await patch(admin, `/api/org/pegawai/${o.staffB.pegawaiId}`, { active: false })).statusCode,
    ).toBe(200)
    const ok = await patch(admin, `/api/org/units/${o.units.bidangB.id}`, { active: false })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ active: false, employeeCount: 0 })
    bidangB = (await get(admin, '/api/org/units'))
      .json()
      .items.find((u: { id: string }) => u.id === o.units.bidangB.id)
    expect(bidangB.active).toBe(false)
    const entry = await onlyAudit(admin, o.units.bidangB.id, 'unit.updated')
    expect(entry.before).toMatchObject({ active: true })
    expect(entry.after).toMatchObject({ active: false })
  })

  it('refuses to deactivate a unit with active sub-units (409 UNIT_IN_USE)', async () => {
    const { admin } = await setup()
    const parent = (await post(admin, '/api/org/units', { name: 'Induk Kosong' })).json()
    const child = (
      await post(admin, '/api/org/units', { name: 'Anak Kosong', parentId: parent.id })
    ).json()
    const busy = await patch(admin, `/api/org/units/${parent.id}`, { active: false })
    expect(busy.statusCode).toBe(409)
    expect(busy.json().error.reason).toBe('UNIT_IN_USE')
    expect((await patch(admin, `/api/org/units/${child.id}`, { active: false })).statusCode).toBe(
      200,
    )
    expect((await patch(admin, `/api/org/units/${parent.id}`, { active: false })).statusCode).toBe(
      200,
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('jabatan', () => {
  it('admin adds a jabatan to a unit; listing by unit includes it and the instansi-wide ones', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, '/api/org/jabatan', {
      name: 'Analis Kebijakan Ahli Muda',
      jenis: 'fungsional_ahli_muda',
      unitId: o.units.sub.id,
    })
    expect(res.statusCode).toBe(201)
    const jab = res.json()
    expect(jab).toMatchObject({
      name: 'Analis Kebijakan Ahli Muda',
      jenis: 'fungsional_ahli_muda',
      unitId: o.units.sub.id,
      headsUnit: false,
      active: true,
      instansiId: o.instansi.id,
    })
    const wide = (
      await post(admin, '/api/org/jabatan', {
        name: 'Pranata Komputer',
        jenis: 'fungsional_terampil',
      })
    ).json()
    expect(wide.unitId).toBeNull()
    const other = (
      await post(admin, '/api/org/jabatan', {
        name: 'Pengelola Keuangan',
        jenis: 'pelaksana',
        unitId: o.units.bidangB.id,
      })
    ).json()

    const list = await get(admin, `/api/org/jabatan?unitId=${o.units.sub.id}`)
    expect(list.statusCode).toBe(200)
    const ids = list.json().items.map((j: { id: string }) => j.id)
    expect(ids).toEqual(
      expect.arrayContaining([jab.id, wide.id, o.kasub.jabatanId, o.staff1.jabatanId]),
    )
    expect(ids).not.toContain(other.id)

    const entry = await onlyAudit(admin, jab.id, 'jabatan.created')
    expect(entry.after).toMatchObject({
      name: 'Analis Kebijakan Ahli Muda',
      unitId: o.units.sub.id,
    })
  })

  it.each([
    [
      'a head-of-unit jabatan without a unit',
      { name: 'Kepala Sesuatu', jenis: 'administrator', headsUnit: true },
      'unitId',
    ],
    ['an unknown jenis', { name: 'Staf', jenis: 'raja' }, 'jenis'],
    ['no jenis', { name: 'Staf' }, 'jenis'],
    ['an unknown unit', { name: 'Staf', jenis: 'pelaksana', unitId: randomUUID() }, 'unitId'],
    ['a one-letter name', { name: 'S', jenis: 'pelaksana' }, 'name'],
  ])('refuses %s (400, fields.%s)', async (_what, body, field) => {
    const { admin } = await setup()
    expectFieldError(await post(admin, '/api/org/jabatan', body), field)
    expect((await get(admin, '/api/audit?entity=jabatan')).json().items).toEqual([])
    // Only the jabatan of the office's six people exist (the factory makes one each).
    expect((await get(admin, '/api/org/jabatan')).json().items).toHaveLength(6)
  })

  it('admin renames and deactivates a jabatan; audit keeps before and after', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/jabatan/${o.staff1.jabatanId}`, {
      name: 'Pengadministrasi Umum',
      active: false,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      id: o.staff1.jabatanId,
      name: 'Pengadministrasi Umum',
      active: false,
      unitId: o.units.sub.id,
    })
    const entry = await onlyAudit(admin, o.staff1.jabatanId, 'jabatan.updated')
    expect(entry.before).toMatchObject({ active: true })
    expect(entry.after).toMatchObject({ name: 'Pengadministrasi Umum', active: false })
  })

  it('refuses to make a unit-less jabatan head a unit (400) and answers 404 for an unknown jabatan', async () => {
    const { admin } = await setup()
    const wide = await createJabatan(admin, { name: 'Staf Ahli' })
    expectFieldError(
      await patch(admin, `/api/org/jabatan/${wide.id}`, { headsUnit: true }),
      'unitId',
    )
    expect(
      (await patch(admin, `/api/org/jabatan/${randomUUID()}`, { name: 'Tidak Ada' })).statusCode,
    ).toBe(404)
  })
})

// ---------------------------------------------------------------------------------------------
describe('pegawai: create', () => {
  it('admin adds a pegawai: 201 with the NIP decoded and the atasan derived; account, history and audit written', async () => {
    const { o, admin } = await setup()
    const jab = await createJabatan(admin, { unitId: o.units.sub.id, name: 'Pengelola Data' })
    const res = await post(admin, '/api/org/pegawai', {
      nip: '19900512 201403 2 007',
      name: 'Ni Made Ayu Lestari',
      gelarBelakang: 'S.E.',
      status: 'PNS',
      golongan: 'III/b',
      unitId: o.units.sub.id,
      jabatanId: jab.id,
      email: 'ayu@example.go.id',
      phone: '0812 3456 7890',
    })
    expect(res.statusCode).toBe(201)
    const p = res.json()
    expect(p).toMatchObject({
      nip: '199005122014032007',
      name: 'Ni Made Ayu Lestari',
      fullName: 'Ni Made Ayu Lestari, S.E.',
      status: 'PNS',
      golongan: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
      unitId: o.units.sub.id,
      unitName: 'Sub Bidang A1',
      jabatanId: jab.id,
      headsUnit: false,
      active: true,
      birthDate: '1990-05-12',
      sex: 'P',
      atasanId: o.kasub.pegawaiId,
      atasanName: 'Kasubbid A1',
    })

    // The same record comes back from GET, and the kasub now has three direct subordinates.
    expect((await get(admin, `/api/org/pegawai/${p.id}`)).json()).toEqual(p)
    const kasub = await t.login(o.kasub.username)
    const subs = (await get(kasub, '/api/org/me/subordinates')).json()
    expect(subs.direct.map((x: { id: string }) => x.id)).toContain(p.id)

    // A sign-in account with login = NIP exists, but no password works until an admin resets it.
    const users = (await get(admin, '/api/users?q=199005122014032007')).json().items
    expect(users).toHaveLength(1)
    expect(users[0]).toMatchObject({
      username: '199005122014032007',
      pegawaiId: p.id,
      mustChangePassword: true,
      roles: ['pegawai'],
    })
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '199005122014032007', password: TEST_PASSWORD },
    })
    expect(login.statusCode).toBe(401)

    // Position history starts today.
    const history = await t.db
      .select()
      .from(positionHistory)
      .where(eq(positionHistory.pegawaiId, p.id))
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      unitId: o.units.sub.id,
      jabatanId: jab.id,
      startDate: TODAY,
      endDate: null,
    })

    const entry = await onlyAudit(admin, p.id, 'pegawai.created')
    expect(entry.before).toBeNull()
    expect(entry.after).toMatchObject({ nip: '199005122014032007', unitId: o.units.sub.id })
  })

  it('a new head of a vacant unit becomes the atasan of its staff', async () => {
    const { o, admin } = await setup()
    const headJab = await createJabatan(admin, {
      unitId: o.units.bidangB.id,
      name: 'Kepala Bidang B',
      jenis: 'administrator',
      headsUnit: true,
    })
    const res = await post(admin, '/api/org/pegawai', {
      nip: makeNip(),
      name: 'Kabid B Baru',
      status: 'PNS',
      unitId: o.units.bidangB.id,
      jabatanId: headJab.id,
    })
    expect(res.statusCode).toBe(201)
    const head = res.json()
    expect(head).toMatchObject({ headsUnit: true, atasanId: o.kepala.pegawaiId })
    expect((await get(admin, `/api/org/pegawai/${o.staffB.pegawaiId}`)).json().atasanId).toBe(
      head.id,
    )
  })

  // Each NIP below has exactly one wrong part; the message must say which.
  it.each([
    ['too short', '19900512201403200', /18 angka/],
    ['with a letter', '19900512201403200X', /18 angka/],
    ['birth date 30 Feb', '19900230 201403 2 007', /tanggal lahir/],
    ['TMT month 13', '19900512 201413 2 007', /TMT/],
    ['TMT before the 18th birthday', '19900512 200801 2 007', /18 tahun/],
    ['sex digit 3', '19900512 201403 3 007', /jenis kelamin/],
    ['sequence 000', '19900512 201403 2 000', /nomor urut/],
    ['TMT later than next year (2051 typed for 2015)', '19900512 205103 2 007', /TMT/],
  ])(
    'refuses a NIP %s: 400, fields.nip names the part, nothing written',
    async (_what, nip, message) => {
      const { o, admin } = await setup()
      const before = await countPegawai(o.instansi.id)
      const res = await post(admin, '/api/org/pegawai', {
        nip,
        name: 'Calon Pegawai',
        status: 'PNS',
        unitId: o.units.sub.id,
        jabatanId: o.staff1.jabatanId,
      })
      expectFieldError(res, 'nip', message)
      expect(await countPegawai(o.instansi.id)).toBe(before)
    },
  )

  it('refuses a NIP that is already registered: 409 NIP_TAKEN with fields.nip, also typed with spaces or from another instansi', async () => {
    const { o, admin } = await setup()
    const other = await t.f.office()
    const n = o.staff1.username
    const grouped = `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
    for (const nip of [n, grouped, other.staff1.username]) {
      const res = await post(admin, '/api/org/pegawai', {
        nip,
        name: 'Kembar',
        status: 'PNS',
        unitId: o.units.sub.id,
        jabatanId: o.staff1.jabatanId,
      })
      expect(res.statusCode, nip).toBe(409)
      expect(res.json().error).toMatchObject({ code: 'CONFLICT', reason: 'NIP_TAKEN' })
      expect(res.json().error.fields.nip).toBeTruthy()
    }
  })

  it.each([
    [
      'a jabatan of another unit',
      'jabatanId',
      (o: Office) => ({ unitId: o.units.bidangB.id, jabatanId: o.staff1.jabatanId }),
    ],
    [
      'an unknown unit',
      'unitId',
      (o: Office) => ({ unitId: randomUUID(), jabatanId: o.staff1.jabatanId }),
    ],
    [
      'an unknown jabatan',
      'jabatanId',
      (o: Office) => ({ unitId: o.units.sub.id, jabatanId: randomUUID() }),
    ],
    [
      'a unit id that is not a uuid',
      'unitId',
      (o: Office) => ({ unitId: '42', jabatanId: o.staff1.jabatanId }),
    ],
  ])(
    'refuses a placement with %s (400, fields.%s), nothing written',
    async (_what, field, placement) => {
      const { o, admin } = await setup()
      const before = await countPegawai(o.instansi.id)
      const res = await post(admin, '/api/org/pegawai', {
        nip: makeNip(),
        name: 'Calon Pegawai',
        status: 'PNS',
        ...placement(o),
      })
      expectFieldError(res, field)
      expect(await countPegawai(o.instansi.id)).toBe(before)
    },
  )

  it('refuses a unit that has been deactivated', async () => {
    const { admin } = await setup()
    const unit = (await post(admin, '/api/org/units', { name: 'Unit Tutup' })).json()
    const jab = await createJabatan(admin, { unitId: unit.id })
    expect((await patch(admin, `/api/org/units/${unit.id}`, { active: false })).statusCode).toBe(
      200,
    )
    const res = await post(admin, '/api/org/pegawai', {
      nip: makeNip(),
      name: 'Calon Pegawai',
      status: 'PNS',
      unitId: unit.id,
      jabatanId: jab.id,
    })
    expectFieldError(res, 'unitId', /nonaktif/)
  })

  it.each([
    ['status', { status: 'Honorer' }],
    ['golongan', { golongan: 'V/a' }],
    ['email', { email: 'bukan-email' }],
    ['phone', { phone: '12ab' }],
    ['name', { name: '' }],
  ])('refuses a wrong %s (400 with that field)', async (field, wrong) => {
    const { o, admin } = await setup()
    const res = await post(admin, '/api/org/pegawai', {
      nip: makeNip(),
      name: 'Calon Pegawai',
      status: 'PPPK',
      golongan: 'IX',
      unitId: o.units.sub.id,
      jabatanId: o.staff1.jabatanId,
      ...wrong,
    })
    expectFieldError(res, field)
  })

  it('accepts a PPPK with a Roman golongan (no pangkat)', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, '/api/org/pegawai', {
      nip: '19950703 202306 1 002',
      name: 'I Kadek Pratama',
      status: 'PPPK',
      golongan: 'IX',
      unitId: o.units.sub.id,
      jabatanId: o.staff1.jabatanId,
      email: '',
      phone: '',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      status: 'PPPK',
      golongan: 'IX',
      pangkat: null,
      sex: 'L',
      birthDate: '1995-07-03',
      email: null,
      phone: null,
    })
  })
})

type Office = Awaited<ReturnType<typeof t.f.office>>

// ---------------------------------------------------------------------------------------------
describe('pegawai: update', () => {
  it('admin edits a pegawai; the account name follows; audit keeps before and after', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`, {
      gelarDepan: 'Dr.',
      golongan: 'III/c',
      phone: '081234567890',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      fullName: 'Dr. Staf Satu',
      golongan: 'III/c',
      pangkat: 'Penata',
      phone: '081234567890',
      unitId: o.units.sub.id,
      atasanId: o.kasub.pegawaiId,
    })
    const user = (await get(admin, `/api/users?q=${o.staff1.username}`)).json().items[0]
    expect(user.displayName).toBe('Dr. Staf Satu')
    const entry = await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.updated')
    expect(entry.before).toMatchObject({ golongan: 'III/a', gelarDepan: null })
    expect(entry.after).toMatchObject({ golongan: 'III/c', gelarDepan: 'Dr.' })
  })

  it('mutasi: moving to another unit closes the position row, opens a new one and re-derives the atasan', async () => {
    const { o, admin } = await setup()
    const jabB = await createJabatan(admin, { unitId: o.units.bidangB.id, name: 'Analis SDM' })
    const res = await patch(admin, `/api/org/pegawai/${o.staff2.pegawaiId}`, {
      unitId: o.units.bidangB.id,
      jabatanId: jabB.id,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      unitId: o.units.bidangB.id,
      unitName: 'Bidang B',
      jabatanId: jabB.id,
      atasanId: o.kepala.pegawaiId,
    })

    const rows = await t.db
      .select()
      .from(positionHistory)
      .where(eq(positionHistory.pegawaiId, o.staff2.pegawaiId))
      .orderBy(asc(positionHistory.startDate))
    expect(
      rows.map((r) => ({
        unitId: r.unitId,
        jabatanId: r.jabatanId,
        startDate: r.startDate,
        endDate: r.endDate,
      })),
    ).toEqual([
      {
        unitId: o.units.sub.id,
        jabatanId: o.staff2.jabatanId,
        startDate: '2025-01-01',
        endDate: '2026-11-26',
      },
      { unitId: o.units.bidangB.id, jabatanId: jabB.id, startDate: TODAY, endDate: null },
    ])

    // The kasub lost a subordinate; the kepala gained one.
    const kasub = await t.login(o.kasub.username)
    expect(
      (await get(kasub, '/api/org/me/subordinates')).json().direct.map((p: { id: string }) => p.id),
    ).toEqual([o.staff1.pegawaiId])
    expect((await get(kasub, `/api/org/pegawai/${o.staff2.pegawaiId}`)).statusCode).toBe(404)

    const entry = await onlyAudit(admin, o.staff2.pegawaiId, 'pegawai.moved')
    expect(entry.before).toMatchObject({ unitId: o.units.sub.id, jabatanId: o.staff2.jabatanId })
    expect(entry.after).toMatchObject({ unitId: o.units.bidangB.id, jabatanId: jabB.id })
  })

  it('mutasi: a promotion within the unit (new jabatan only) is a move too', async () => {
    const { o, admin } = await setup()
    const jab = await createJabatan(admin, {
      unitId: o.units.sub.id,
      name: 'Penata Kelola',
      jenis: 'fungsional_ahli_pertama',
    })
    expect(
      (await patch(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`, { jabatanId: jab.id }))
        .statusCode,
    ).toBe(200)
    const rows = await t.db
      .select()
      .from(positionHistory)
      .where(eq(positionHistory.pegawaiId, o.staff1.pegawaiId))
    expect(rows).toHaveLength(2)
    expect(rows.find((r) => r.endDate === null)).toMatchObject({
      jabatanId: jab.id,
      startDate: TODAY,
    })
    expect(await auditOf(admin, o.staff1.pegawaiId, 'pegawai.moved')).toHaveLength(1)
  })

  it('refuses a move whose jabatan stays in the old unit (400 fields.jabatanId); nothing changes', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/pegawai/${o.staff2.pegawaiId}`, {
      unitId: o.units.bidangB.id,
    })
    expectFieldError(res, 'jabatanId')
    expect((await get(admin, `/api/org/pegawai/${o.staff2.pegawaiId}`)).json().unitId).toBe(
      o.units.sub.id,
    )
    const rows = await t.db
      .select()
      .from(positionHistory)
      .where(eq(positionHistory.pegawaiId, o.staff2.pegawaiId))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.endDate).toBeNull()
  })

  it('ignores an attempt to change the NIP (it is not editable)', async () => {
    const { o, admin } = await setup()
    const res = await patch(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`, {
      nip: makeNip(),
      name: 'Staf Satu',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().nip).toBe(o.staff1.username)
  })

  it('deactivating a pegawai signs them out and refuses their sign-in', async () => {
    const { o, admin } = await setup()
    const staff = await t.login(o.staff1.username)
    expect((await get(staff, '/api/auth/me')).statusCode).toBe(200)

    const res = await patch(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`, { active: false })
    expect(res.statusCode).toBe(200)
    expect(res.json().active).toBe(false)

    const after = await get(staff, '/api/auth/me')
    expect(after.statusCode).toBe(401)
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: o.staff1.username, password: TEST_PASSWORD },
    })
    expect(login.statusCode).toBe(401)
    expect(login.json().error.reason).toBe('ACCOUNT_INACTIVE')

    const sub = (await get(admin, '/api/org/units'))
      .json()
      .items.find((u: { id: string }) => u.id === o.units.sub.id)
    expect(sub.employeeCount).toBe(2)
    const entry = await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.updated')
    expect(entry.before).toMatchObject({ active: true })
    expect(entry.after).toMatchObject({ active: false })
  })

  it('answers 404 for an unknown pegawai and 400 for a wrong id', async () => {
    const { admin } = await setup()
    expect(
      (await patch(admin, `/api/org/pegawai/${randomUUID()}`, { name: 'Siapa' })).statusCode,
    ).toBe(404)
    expect((await get(admin, `/api/org/pegawai/${randomUUID()}`)).statusCode).toBe(404)
    expectFieldError(await get(admin, '/api/org/pegawai/123'), 'pegawaiId')
  })
})

// ---------------------------------------------------------------------------------------------
describe('pegawai: list', () => {
  it('admin lists, searches by name or NIP prefix and filters by unit', async () => {
    const { o, admin } = await setup()
    const all = (await get(admin, '/api/org/pegawai')).json()
    expect(all.total).toBe(6)
    expect(all.items.every((p: { instansiId: string }) => p.instansiId === o.instansi.id)).toBe(
      true,
    )
    const byName = (await get(admin, '/api/org/pegawai?q=staf%20satu')).json()
    expect(byName.items.map((p: { id: string }) => p.id)).toEqual([o.staff1.pegawaiId])
    const byNip = (
      await get(
        admin,
        `/api/org/pegawai?q=${encodeURIComponent(`${o.staff2.username.slice(0, 8)} ${o.staff2.username.slice(8, 14)}`)}`,
      )
    ).json()
    expect(byNip.items.map((p: { id: string }) => p.id)).toContain(o.staff2.pegawaiId)
    const bySub = (await get(admin, `/api/org/pegawai?unitId=${o.units.sub.id}`)).json()
    expect(bySub.items.map((p: { id: string }) => p.id).sort()).toEqual(
      [o.kasub.pegawaiId, o.staff1.pegawaiId, o.staff2.pegawaiId].sort(),
    )
    const page = (await get(admin, '/api/org/pegawai?pageSize=2&page=2')).json()
    expect(page).toMatchObject({ total: 6, page: 2, pageSize: 2 })
    expect(page.items).toHaveLength(2)
  })

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=201', 'pageSize'],
    ['page=0', 'page'],
    ['status=HONORER', 'status'],
    ['unitId=abc', 'unitId'],
    ['active=yes', 'active'],
  ])('refuses the query %s (400 fields.%s)', async (query, field) => {
    const { admin } = await setup()
    expectFieldError(await get(admin, `/api/org/pegawai?${query}`), field)
  })
})

// ---------------------------------------------------------------------------------------------
describe('exclusions', () => {
  it('admin adds, lists and deletes an exclusion; the pegawai sees their own; both changes audited', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`, {
      reason: 'cuti_besar',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      note: 'Cuti besar 3 bulan',
    })
    expect(res.statusCode).toBe(201)
    const ex = res.json()
    expect(ex).toMatchObject({
      pegawaiId: o.staff1.pegawaiId,
      reason: 'cuti_besar',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      note: 'Cuti besar 3 bulan',
    })

    const staff = await t.login(o.staff1.username)
    const mine = await get(staff, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`)
    expect(mine.statusCode).toBe(200)
    expect(mine.json().items).toEqual([ex])

    expect(
      (await del(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions/${ex.id}`)).statusCode,
    ).toBe(200)
    expect(
      (await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`)).json().items,
    ).toEqual([])
    expect(
      (await del(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions/${ex.id}`)).statusCode,
    ).toBe(404)

    const added = await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.exclusion_added')
    expect(added.after).toMatchObject({ reason: 'cuti_besar', startDate: '2026-12-01' })
    const removed = await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.exclusion_removed')
    expect(removed.before).toMatchObject({ id: ex.id, reason: 'cuti_besar' })
  })

  it('an open-ended exclusion (pensiun) has no end date', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, `/api/org/pegawai/${o.staff2.pegawaiId}/exclusions`, {
      reason: 'pensiun',
      startDate: '2027-01-01',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ endDate: null, note: null })
  })

  it.each([
    ['a day-first date', { reason: 'pensiun', startDate: '01-12-2026' }, 'startDate'],
    ['a slashed date', { reason: 'pensiun', startDate: '2026/12/01' }, 'startDate'],
    ['30 February', { reason: 'pensiun', startDate: '2027-02-30' }, 'startDate'],
    ['a date-time', { reason: 'pensiun', startDate: '2026-12-01T00:00:00Z' }, 'startDate'],
    [
      'an end before the start',
      { reason: 'cuti_besar', startDate: '2026-12-01', endDate: '2026-11-30' },
      'endDate',
    ],
    ['an unknown reason', { reason: 'liburan', startDate: '2026-12-01' }, 'reason'],
    ['no start date', { reason: 'pensiun' }, 'startDate'],
  ])('refuses %s (400 fields.%s), nothing written', async (_what, body, field) => {
    const { o, admin } = await setup()
    expectFieldError(
      await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`, body),
      field,
    )
    expect(
      (await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`)).json().items,
    ).toEqual([])
  })

  it('answers 404 for an unknown pegawai, and for an exclusion addressed through another pegawai', async () => {
    const { o, admin } = await setup()
    expect(
      (
        await post(admin, `/api/org/pegawai/${randomUUID()}/exclusions`, {
          reason: 'pensiun',
          startDate: '2027-01-01',
        })
      ).statusCode,
    ).toBe(404)
    const ex = (
      await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`, {
        reason: 'pensiun',
        startDate: '2027-01-01',
      })
    ).json()
    expect(
      (await del(admin, `/api/org/pegawai/${o.staff2.pegawaiId}/exclusions/${ex.id}`)).statusCode,
    ).toBe(404)
    expect(
      (await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/exclusions`)).json().items,
    ).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('atasan overrides', () => {
  it('an override from today changes the derived atasan; removing it restores the derivation; both audited', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`, {
      atasanId: o.kabid.pegawaiId,
      startDate: TODAY,
      reason: 'Tim kerja khusus',
    })
    expect(res.statusCode).toBe(201)
    const ov = res.json()
    expect(ov).toMatchObject({
      pegawaiId: o.staff1.pegawaiId,
      atasanId: o.kabid.pegawaiId,
      atasanName: 'Kabid A',
      startDate: TODAY,
      endDate: null,
      reason: 'Tim kerja khusus',
    })

    expect((await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`)).json()).toMatchObject({
      atasanId: o.kabid.pegawaiId,
      atasanName: 'Kabid A',
    })
    const staff = await t.login(o.staff1.username)
    expect((await get(staff, '/api/org/me/profile')).json().atasan.id).toBe(o.kabid.pegawaiId)
    expect(
      (await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`)).json().items,
    ).toEqual([ov])

    expect(
      (await del(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides/${ov.id}`))
        .statusCode,
    ).toBe(200)
    expect((await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`)).json().atasanId).toBe(
      o.kasub.pegawaiId,
    )
    expect(
      (await del(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides/${ov.id}`))
        .statusCode,
    ).toBe(404)

    expect(
      (await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.atasan_override_added')).after,
    ).toMatchObject({ atasanId: o.kabid.pegawaiId })
    expect(
      (await onlyAudit(admin, o.staff1.pegawaiId, 'pegawai.atasan_override_removed')).before,
    ).toMatchObject({ id: ov.id })
  })

  it('an override in the future applies only from its start date', async () => {
    const { o, admin } = await setup()
    const res = await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`, {
      atasanId: o.kepala.pegawaiId,
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    })
    expect(res.statusCode).toBe(201)
    expect((await get(admin, `/api/org/pegawai/${o.staff1.pegawaiId}`)).json().atasanId).toBe(
      o.kasub.pegawaiId,
    )
    t.clock.set('2026-12-15T02:00:00Z')
    const later = await t.login(o.admin.username)
    expect((await get(later, `/api/org/pegawai/${o.staff1.pegawaiId}`)).json().atasanId).toBe(
      o.kepala.pegawaiId,
    )
    t.clock.set('2027-01-01T02:00:00Z')
    const after = await t.login(o.admin.username)
    expect((await get(after, `/api/org/pegawai/${o.staff1.pegawaiId}`)).json().atasanId).toBe(
      o.kasub.pegawaiId,
    )
  })

  it('refuses the pegawai as their own atasan (400 fields.atasanId)', async () => {
    const { o, admin } = await setup()
    expectFieldError(
      await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`, {
        atasanId: o.staff1.pegawaiId,
        startDate: TODAY,
      }),
      'atasanId',
    )
  })

  it('refuses an atasan from another instansi (400 fields.atasanId), an unknown one and an inactive one', async () => {
    const { o, admin } = await setup()
    const other = await t.f.office()
    const url = `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`
    expectFieldError(
      await post(admin, url, { atasanId: other.kepala.pegawaiId, startDate: TODAY }),
      'atasanId',
    )
    expectFieldError(
      await post(admin, url, { atasanId: randomUUID(), startDate: TODAY }),
      'atasanId',
    )
    expect(
      (await patch(admin, `/api/org/pegawai/${o.staffB.pegawaiId}`, { active: false })).statusCode,
    ).toBe(200)
    expectFieldError(
      await post(admin, url, { atasanId: o.staffB.pegawaiId, startDate: TODAY }),
      'atasanId',
      /nonaktif/,
    )
    expect((await get(admin, url)).json().items).toEqual([])
  })

  it.each([
    ['a wrong date format', { startDate: '27/11/2026' }, 'startDate'],
    ['an end before the start', { startDate: '2026-12-01', endDate: '2026-11-01' }, 'endDate'],
    ['an atasan id that is not a uuid', { atasanId: 'kabid', startDate: TODAY }, 'atasanId'],
  ])('refuses %s (400 fields.%s)', async (_what, body, field) => {
    const { o, admin } = await setup()
    expectFieldError(
      await post(admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`, {
        atasanId: o.kabid.pegawaiId,
        ...body,
      }),
      field,
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('PLT/PLH', () => {
  it('a PLT is the atasan of the unit’s staff only while the assignment runs', async () => {
    const { o, admin } = await setup()
    // The Kabid A acts as head of Bidang B (vacant) for December 2026.
    const res = await post(admin, '/api/org/acting', {
      pegawaiId: o.kabid.pegawaiId,
      unitId: o.units.bidangB.id,
      kind: 'plt',
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      pegawaiId: o.kabid.pegawaiId,
      pegawaiName: 'Kabid A',
      unitId: o.units.bidangB.id,
      unitName: 'Bidang B',
      kind: 'plt',
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    })

    const atasanOfStaffB = async () => {
      const s = await t.login(o.staffB.username)
      return (await get(s, '/api/org/me/profile')).json().atasan?.id
    }
    expect(await atasanOfStaffB()).toBe(o.kepala.pegawaiId)

    // 30 Nov 2026 16:30 UTC is already 00:30 WITA on 1 Dec, the first day in the instansi.
    t.clock.set('2026-11-30T16:30:00Z')
    expect(await atasanOfStaffB()).toBe(o.kabid.pegawaiId)
    const kabid = await t.login(o.kabid.username)
    const subs = (await get(kabid, '/api/org/me/subordinates')).json()
    expect(subs.direct.map((p: { id: string }) => p.id).sort()).toEqual(
      [o.kasub.pegawaiId, o.staffB.pegawaiId].sort(),
    )
    expect((await get(kabid, `/api/org/pegawai/${o.staffB.pegawaiId}`)).statusCode).toBe(200)
    const units = (await get(kabid, '/api/org/units')).json().items
    expect(units.find((u: { id: string }) => u.id === o.units.bidangB.id).headPegawaiId).toBe(
      o.kabid.pegawaiId,
    )

    t.clock.set('2026-12-31T15:00:00Z') // 23:00 WITA on the last day
    expect(await atasanOfStaffB()).toBe(o.kabid.pegawaiId)

    t.clock.set('2026-12-31T16:00:00Z') // 00:00 WITA on 1 Jan 2027: it has ended
    expect(await atasanOfStaffB()).toBe(o.kepala.pegawaiId)
    const kabidLater = await t.login(o.kabid.username)
    expect((await get(kabidLater, `/api/org/pegawai/${o.staffB.pegawaiId}`)).statusCode).toBe(404)
  })

  it('admin lists and removes assignments; both audited', async () => {
    const { o, admin } = await setup()
    const a = (
      await post(admin, '/api/org/acting', {
        pegawaiId: o.staff1.pegawaiId,
        unitId: o.units.sub.id,
        kind: 'plh',
        startDate: TODAY,
        endDate: TODAY,
      })
    ).json()
    const staff = await t.login(o.staff2.username)
    const list = await get(staff, '/api/org/acting')
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toEqual([a])
    expect((await del(admin, `/api/org/acting/${a.id}`)).statusCode).toBe(200)
    expect((await get(admin, '/api/org/acting')).json().items).toEqual([])
    expect((await del(admin, `/api/org/acting/${a.id}`)).statusCode).toBe(404)
    expect((await onlyAudit(admin, a.id, 'acting.created')).after).toMatchObject({
      pegawaiId: o.staff1.pegawaiId,
      kind: 'plh',
    })
    expect((await onlyAudit(admin, a.id, 'acting.removed')).before).toMatchObject({ id: a.id })
  })

  it.each([
    [
      'an unknown pegawai',
      (o: Office) => ({
        pegawaiId: randomUUID(),
        unitId: o.units.bidangB.id,
        kind: 'plt',
        startDate: TODAY,
      }),
      'pegawaiId',
    ],
    [
      'an unknown unit',
      (o: Office) => ({
        pegawaiId: o.kabid.pegawaiId,
        unitId: randomUUID(),
        kind: 'plt',
        startDate: TODAY,
      }),
      'unitId',
    ],
    [
      'an unknown kind',
      (o: Office) => ({
        pegawaiId: o.kabid.pegawaiId,
        unitId: o.units.bidangB.id,
        kind: 'pj',
        startDate: TODAY,
      }),
      'kind',
    ],
    [
      'an end before the start',
      (o: Office) => ({
        pegawaiId: o.kabid.pegawaiId,
        unitId: o.units.bidangB.id,
        kind: 'plt',
        startDate: TODAY,
        endDate: '2026-11-01',
      }),
      'endDate',
    ],
    [
      'a wrong date format',
      (o: Office) => ({
        pegawaiId: o.kabid.pegawaiId,
        unitId: o.units.bidangB.id,
        kind: 'plt',
        startDate: '2026-13-01',
      }),
      'startDate',
    ],
  ])('refuses %s (400 fields.%s)', async (_what, body, field) => {
    const { o, admin } = await setup()
    expectFieldError(await post(admin, '/api/org/acting', body(o)), field)
    expect((await get(admin, '/api/org/acting')).json().items).toEqual([])
  })

  it('refuses a pegawai of another instansi as PLT', async () => {
    const { o, admin } = await setup()
    const other = await t.f.office()
    expectFieldError(
      await post(admin, '/api/org/acting', {
        pegawaiId: other.kabid.pegawaiId,
        unitId: o.units.bidangB.id,
        kind: 'plt',
        startDate: TODAY,
      }),
      'pegawaiId',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('me', () => {
  it('profile: own record and derived atasan', async () => {
    const { o } = await setup()
    const staff = await t.login(o.staff1.username)
    const res = await get(staff, '/api/org/me/profile')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.pegawai).toMatchObject({
      id: o.staff1.pegawaiId,
      name: 'Staf Satu',
      atasanId: o.kasub.pegawaiId,
    })
    expect(body.atasan).toMatchObject({
      id: o.kasub.pegawaiId,
      name: 'Kasubbid A1',
      headsUnit: true,
      atasanId: o.kabid.pegawaiId,
    })
  })

  it('profile: the kepala has no atasan; an admin without a pegawai record has neither', async () => {
    const { o, admin } = await setup()
    const kepala = await t.login(o.kepala.username)
    const k = (await get(kepala, '/api/org/me/profile')).json()
    expect(k.pegawai.id).toBe(o.kepala.pegawaiId)
    expect(k.atasan).toBeNull()
    expect((await get(admin, '/api/org/me/profile')).json()).toEqual({
      pegawai: null,
      atasan: null,
    })
  })

  it.each([
    ['kepala', ['kabid', 'staffB'], ['kasub', 'staff1', 'staff2']],
    ['kabid', ['kasub'], ['staff1', 'staff2']],
    ['kasub', ['staff1', 'staff2'], []],
    ['staff1', [], []],
    ['staffB', [], []],
  ] as const)('subordinates of the %s: direct %j, indirect %j', async (who, direct, indirect) => {
    const { o } = await setup()
    const s = await t.login(o[who].username)
    const res = await get(s, '/api/org/me/subordinates')
    expect(res.statusCode).toBe(200)
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort()
    expect(ids(res.json().direct)).toEqual(direct.map((k) => o[k].pegawaiId).sort())
    expect(ids(res.json().indirect)).toEqual(indirect.map((k) => o[k].pegawaiId).sort())
  })

  it('subordinates carry their own derived atasan', async () => {
    const { o } = await setup()
    const kabid = await t.login(o.kabid.username)
    const { indirect } = (await get(kabid, '/api/org/me/subordinates')).json()
    for (const p of indirect) expect(p.atasanId).toBe(o.kasub.pegawaiId)
  })
})

// ---------------------------------------------------------------------------------------------
describe('audit of organisation changes', () => {
  it('every admin change in one session shows up with actor, before and after', async () => {
    const { o, admin } = await setup()
    const unit = (
      await post(admin, '/api/org/units', { name: 'Bidang Audit', parentId: o.units.root.id })
    ).json()
    await patch(admin, `/api/org/units/${unit.id}`, { name: 'Bidang Audit Baru' })
    const jab = await createJabatan(admin, { unitId: unit.id, name: 'Auditor' })
    await patch(admin, `/api/org/jabatan/${jab.id}`, { name: 'Auditor Ahli' })
    const p = (
      await post(admin, '/api/org/pegawai', {
        nip: makeNip(),
        name: 'Pegawai Audit',
        status: 'CPNS',
        unitId: unit.id,
        jabatanId: jab.id,
      })
    ).json()
    await patch(admin, `/api/org/pegawai/${p.id}`, { name: 'Pegawai Audit Dua' })
    await post(admin, `/api/org/pegawai/${p.id}/exclusions`, {
      reason: 'tugas_belajar',
      startDate: '2027-01-01',
    })
    await post(admin, `/api/org/pegawai/${p.id}/atasan-overrides`, {
      atasanId: o.kabid.pegawaiId,
      startDate: TODAY,
    })
    await post(admin, '/api/org/acting', {
      pegawaiId: p.id,
      unitId: o.units.bidangB.id,
      kind: 'plh',
      startDate: TODAY,
    })

    const items: AuditItem[] = (await get(admin, '/api/audit?pageSize=200')).json().items
    const org = items.filter((i) => !i.action.startsWith('auth.'))
    expect(org.map((i) => i.action).sort()).toEqual(
      [
        'unit.created',
        'unit.updated',
        'jabatan.created',
        'jabatan.updated',
        'pegawai.created',
        'pegawai.updated',
        'pegawai.exclusion_added',
        'pegawai.atasan_override_added',
        'acting.created',
      ].sort(),
    )
    for (const i of org) {
      expect(i.actorLabel, i.action).toContain(o.admin.username)
      expect(i.after, i.action).not.toBeNull()
      if (i.action.endsWith('.updated')) expect(i.before, i.action).not.toBeNull()
    }
    const renamed = org.find((i) => i.action === 'pegawai.updated') as AuditItem
    expect(renamed.before).toMatchObject({ name: 'Pegawai Audit' })
    expect(renamed.after).toMatchObject({ name: 'Pegawai Audit Dua' })
  })

  it('a refused change leaves no audit row', async () => {
    const { o, admin } = await setup()
    await patch(admin, `/api/org/units/${o.units.bidangB.id}`, { active: false }) // 409: has staff
    await patch(admin, `/api/org/units/${o.units.bidang.id}`, { parentId: o.units.sub.id }) // 400: cycle
    const items: AuditItem[] = (await get(admin, '/api/audit?entity=unit')).json().items
    expect(items).toEqual([])
  })

  it('audit filters by entity id stay inside the instansi', async () => {
    const { admin } = await setup()
    const other = await setup()
    expect(
      (
        await patch(other.admin, `/api/org/pegawai/${other.o.staff1.pegawaiId}`, {
          name: 'Ganti Nama',
        })
      ).statusCode,
    ).toBe(200)
    expect(await auditOf(other.admin, other.o.staff1.pegawaiId)).toHaveLength(1)
    expect(await auditOf(admin, other.o.staff1.pegawaiId)).toEqual([])
  })
})
