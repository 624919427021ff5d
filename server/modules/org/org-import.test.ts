import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { auditLog } from '../audit/audit.tables.ts'
import { userAccounts } from '../auth/auth.tables.ts'
import { makeNip } from '../../test/factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { pegawai, units } from './org.tables.ts'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-import-'))
const t = await setupTestApp({ env: { DATA_DIR: dataDir } })
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

type FilePart = { name: string; data: Buffer | string; type?: string }

/** A multipart/form-data body built by hand, as a browser's FormData would send it. */
function multipart(file: FilePart | null, fields: Record<string, string> = {}) {
  const boundary = `----kinerja${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    )
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(file.data),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

const csv = (rows: string[][], d = ',') =>
  rows
    .map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d))
    .join('\r\n') + '\r\n'

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Data')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function upload(
  session: Session | null,
  kind: 'pegawai' | 'units',
  file: FilePart | null,
  fields: Record<string, string> = {},
) {
  const body = multipart(file, fields)
  return t.as(session, {
    method: 'POST',
    url: `/api/org/import/${kind}`,
    payload: body.payload,
    headers: body.headers,
  })
}

const PEGAWAI_HEADER = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'status',
  'golongan',
  'kode_unit',
  'jabatan',
  'jenis_jabatan',
  'kepala_unit',
  'email',
  'telepon',
  'aktif',
]

/** An instansi with an admin and two coded units (imported, which also tests the unit import). */
async function tenant() {
  const inst = await t.f.instansi()
  const account = await t.f.account(inst.id)
  const admin = await t.login(account.username)
  const res = await upload(admin, 'units', {
    name: 'unit.csv',
    data: csv([
      ['kode_unit', 'nama_unit', 'kode_unit_induk'],
      ['BKD', 'Badan Kepegawaian', ''],
      ['BKD-MUT', 'Bidang Mutasi', 'BKD'],
    ]),
  })
  expect(res.statusCode).toBe(200)
  return { inst, admin }
}

const countPegawai = async (instansiId: string) =>
  (await t.db.select({ id: pegawai.id }).from(pegawai).where(eq(pegawai.instansiId, instansiId)))
    .length

describe('unit import', () => {
  it('creates units whose parent appears later in the file, then updates them by code', async () => {
    const inst = await t.f.instansi()
    const admin = await t.login((await t.f.account(inst.id)).username)
    const file = csv([
      ['Kode Unit', 'Nama Unit', 'Kode Unit Induk'],
      ['SUB1', 'Sub Bidang Satu', 'BID1'],
      ['BID1', 'Bidang Satu', 'ROOT'],
      ['ROOT', 'Badan Induk', ''],
    ])
    const res = await upload(admin, 'units', { name: 'unit.csv', data: file })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      dryRun: false,
      mode: 'all',
      totalRows: 3,
      validRows: 3,
      created: 3,
      updated: 0,
      errors: [],
      rejectedFileId: null,
    })
    const rows = await t.db.select().from(units).where(eq(units.instansiId, inst.id))
    const byCode = new Map(rows.map((u) => [u.code, u]))
    expect(byCode.get('SUB1')?.parentId).toBe(byCode.get('BID1')?.id)
    expect(byCode.get('BID1')?.parentId).toBe(byCode.get('ROOT')?.id)
    expect(byCode.get('ROOT')?.parentId).toBeNull()

    const again = await upload(admin, 'units', {
      name: 'unit.csv',
      data: csv([
        ['kode_unit', 'nama_unit', 'kode_unit_induk'],
        ['sub1', 'Sub Bidang Pertama', 'ROOT'],
      ]),
    })
    expect(again.json()).toMatchObject({ created: 0, updated: 1, errors: [] })
    const [sub] = await t.db
      .select()
      .from(units)
      .where(eq(units.id, byCode.get('SUB1')?.id as string))
    expect(sub?.name).toBe('Sub Bidang Pertama')
    expect(sub?.parentId).toBe(byCode.get('ROOT')?.id)

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, inst.id), eq(auditLog.action, 'import.units')))
    expect(audit).toHaveLength(2)
    expect(audit[0]?.after).toMatchObject({ fileName: 'unit.csv', created: 3, updated: 0 })
  })

  it('a blank parent keeps a current parent that has no code (the file could not name it)', async () => {
    const inst = await t.f.instansi()
    const admin = await t.login((await t.f.account(inst.id)).username)
    const uncoded = await t.f.unit(inst.id, 'Induk Tanpa Kode')
    const child = await t.f.unit(inst.id, 'Anak', uncoded.id)
    await t.db.update(units).set({ code: 'ANAK' }).where(eq(units.id, child.id))
    const coded = await upload(admin, 'units', {
      name: 'u.csv',
      data: csv([
        ['kode_unit', 'nama_unit', 'kode_unit_induk'],
        ['INDUK2', 'Induk Berkode', ''],
        ['ANAK', 'Anak Baru', ''],
      ]),
    })
    expect(coded.json()).toMatchObject({ created: 1, updated: 1, errors: [] })
    const [after] = await t.db.select().from(units).where(eq(units.id, child.id))
    expect(after).toMatchObject({ name: 'Anak Baru', parentId: uncoded.id })
  })

  it('reports unknown parents, duplicate codes and cycles with their rows', async () => {
    const inst = await t.f.instansi()
    const admin = await t.login((await t.f.account(inst.id)).username)
    const file = csv([
      ['kode_unit', 'nama_unit', 'kode_unit_induk'],
      ['A', 'Unit A', 'B'], // row 2: cycle A → B → A
      ['B', 'Unit B', 'A'], // row 3
      ['C', 'Unit C', 'TIDAKADA'], // row 4
      ['D', 'Unit D', ''], // row 5: duplicate
      ['D', 'Unit D lagi', ''], // row 6: duplicate
      ['E', 'Unit E', 'C'], // row 7: parent rejected
    ])
    const res = await upload(admin, 'units', { name: 'u.csv', data: file })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'IMPORT_ROWS_INVALID' })
    const at = (row: number) => body.errors.filter((e: { row: number }) => e.row === row)
    expect(at(2)[0]).toMatchObject({
      field: 'kode_unit_induk',
      message: expect.stringContaining('lingkaran'),
    })
    expect(at(3)[0]).toMatchObject({
      field: 'kode_unit_induk',
      message: expect.stringContaining('lingkaran'),
    })
    expect(at(4)[0]).toMatchObject({
      field: 'kode_unit_induk',
      message: expect.stringContaining('TIDAKADA'),
    })
    expect(at(5)[0]).toMatchObject({
      field: 'kode_unit',
      message: expect.stringContaining('baris 5, 6'),
    })
    expect(at(7)[0]).toMatchObject({
      field: 'kode_unit_induk',
      message: expect.stringContaining('baris 4'),
    })
    expect(body).toMatchObject({ totalRows: 6, validRows: 0 })
    expect(await t.db.select().from(units).where(eq(units.instansiId, inst.id))).toHaveLength(0)
  })
})

describe('pegawai import', () => {
  it('imports a CSV: pegawai, new jabatan (jenis by label), position and sign-in account; audited once', async () => {
    const { inst, admin } = await tenant()
    const [a, b] = [makeNip(), makeNip()]
    const file = csv([
      PEGAWAI_HEADER,
      [
        a,
        'Ni Made Ayu',
        'Dr.',
        'S.E., M.M.',
        'PNS',
        'iv/a',
        'BKD',
        'Kepala Badan',
        'JPT Pratama',
        'ya',
        'ayu@example.go.id',
        '+62 812 3456 7890',
        'ya',
      ],
      [
        b,
        'I Wayan Putra',
        '',
        'S.Kom.',
        'pppk',
        'IX',
        'BKD-MUT',
        'Pranata Komputer Ahli Pertama',
        'fungsional_ahli_pertama',
        'tidak',
        '',
        '',
        '',
      ],
    ])
    const res = await upload(admin, 'pegawai', {
      name: 'pegawai.csv',
      data: file,
      type: 'text/csv',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      totalRows: 2,
      validRows: 2,
      created: 2,
      updated: 0,
      errors: [],
    })

    const list = await t.as(admin, { method: 'GET', url: '/api/org/pegawai?pageSize=10' })
    const items = list.json().items as {
      nip: string
      fullName: string
      golongan: string
      jabatanJenis: string
      headsUnit: boolean
      unitName: string
      atasanName: string | null
      status: string
    }[]
    const ayu = items.find((p) => p.nip === a)
    const wayan = items.find((p) => p.nip === b)
    expect(ayu).toMatchObject({
      fullName: 'Dr. Ni Made Ayu, S.E., M.M.',
      golongan: 'IV/a',
      jabatanJenis: 'jpt_pratama',
      headsUnit: true,
      unitName: 'Badan Kepegawaian',
    })
    // The head of the parent unit is the atasan of someone in a sub-unit without a head.
    expect(wayan).toMatchObject({
      status: 'PPPK',
      golongan: 'IX',
      jabatanJenis: 'fungsional_ahli_pertama',
      atasanName: 'Dr. Ni Made Ayu, S.E., M.M.',
    })

    const [account] = await t.db.select().from(userAccounts).where(eq(userAccounts.username, a))
    expect(account).toMatchObject({ instansiId: inst.id, mustChangePassword: true })
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, inst.id), eq(auditLog.action, 'import.pegawai')))
    expect(audit).toHaveLength(1)
    expect(audit[0]?.after).toMatchObject({
      fileName: 'pegawai.csv',
      created: 2,
      updated: 0,
      totalRows: 2,
    })
  })

  it('imports an XLSX built in Excel style, headers in any case and with aliases', async () => {
    const { inst, admin } = await tenant()
    const nip = makeNip()
    const data = await xlsx([
      [
        'NIP Baru',
        'Nama Lengkap',
        'Status Pegawai',
        'Gol. Ruang',
        'Unit Kerja',
        'Nama Jabatan',
        'Jenis Jabatan',
        'No HP',
      ],
      [
        nip,
        'Komang Sari',
        'CPNS',
        'III/a',
        'Bidang Mutasi',
        'Analis SDM Aparatur',
        'Pelaksana',
        '081234567890',
      ],
    ])
    const res = await upload(admin, 'pegawai', { name: 'siasn.xlsx', data })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ created: 1, errors: [] })
    const [row] = await t.db.select().from(pegawai).where(eq(pegawai.nip, nip))
    expect(row).toMatchObject({
      instansiId: inst.id,
      name: 'Komang Sari',
      status: 'CPNS',
      phone: '081234567890',
    })
  })

  it('flags an XLSX NIP stored as a number (Excel already dropped its last digits)', async () => {
    const { admin } = await tenant()
    const data = await xlsx([
      ['nip', 'nama', 'status', 'kode_unit', 'jabatan', 'jenis_jabatan'],
      // What Excel keeps of an 18-digit NIP typed as a number: a double, last digits gone.
      [Number('198001012005011001'), 'Angka Panjang', 'PNS', 'BKD', 'Staf', 'Pelaksana'],
    ])
    const res = await upload(admin, 'pegawai', { name: 'angka.xlsx', data })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0]).toMatchObject({
      row: 2,
      field: 'nip',
      message: expect.stringContaining('Teks'),
    })
  })

  it('reads a semicolon CSV with a BOM (Excel in the Indonesian locale)', async () => {
    const { admin } = await tenant()
    const nip = makeNip()
    const text = csv(
      [
        ['NIP', 'Nama', 'Status', 'Golongan', 'Kode Unit', 'Jabatan', 'Jenis Jabatan'],
        [nip, 'Gede Artha', 'PNS', 'II/c', 'BKD', 'Pengadministrasi Umum', 'Pelaksana'],
      ],
      ';',
    )
    const res = await upload(admin, 'pegawai', {
      name: 'excel-id.csv',
      data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ created: 1, errors: [] })
    expect((await t.db.select().from(pegawai).where(eq(pegawai.nip, nip)))[0]?.golongan).toBe(
      'II/c',
    )
  })

  it('mode all: one bad NIP (birth date part) → 400 with row and part named, nothing written', async () => {
    const { inst, admin } = await tenant()
    const good = makeNip()
    const bad = `19801340${good.slice(8)}` // month 13
    const file = csv([
      PEGAWAI_HEADER,
      [good, 'Baris Baik', '', '', 'PNS', 'III/b', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''],
      [bad, 'Baris Salah', '', '', 'PNS', 'III/b', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''],
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.error).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'IMPORT_ROWS_INVALID' })
    expect(body).toMatchObject({ totalRows: 2, validRows: 1 })
    expect(body.errors).toEqual([
      { row: 3, field: 'nip', message: expect.stringContaining('tanggal lahir') },
    ])
    expect(body.errors[0].message).toContain('1–8')
    expect(await countPegawai(inst.id)).toBe(0)
  })

  it('reports every invalid field of every row (status, golongan, email, duplicates, unknown unit)', async () => {
    const { admin } = await tenant()
    const [n1, n2, n3] = [makeNip(), makeNip(), makeNip()]
    const file = csv([
      PEGAWAI_HEADER,
      [n1, 'Satu', '', '', 'Honorer', 'III/a', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''], // 2: status
      [n2, 'Dua', '', '', 'PPPK', 'III/a', 'BKD', 'Staf', 'Pelaksana', '', 'bukan-email', '', ''], // 3: golongan vs PPPK, email
      [n3, 'Tiga', '', '', 'PNS', 'V/z', 'TIDAKADA', 'Staf', 'Pelaksana', 'mungkin', '', '', ''], // 4: golongan, unit, kepala
      [n1, 'Satu Lagi', '', '', 'PNS', '', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''], // 5: duplicate NIP of row 2
      [makeNip(), 'Empat', '', '', 'PNS', '', 'BKD', 'Jabatan Baru', '', '', '', '', ''], // 6: new jabatan without jenis
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file })
    expect(res.statusCode).toBe(400)
    const fields = (res.json().errors as { row: number; field: string }[]).map(
      (e) => `${e.row}:${e.field}`,
    )
    expect(fields).toEqual(
      expect.arrayContaining([
        '2:status',
        '3:golongan',
        '3:email',
        '4:golongan',
        '4:kode_unit',
        '4:kepala_unit',
        '2:nip',
        '5:nip',
        '6:jenis_jabatan',
      ]),
    )
    expect(res.json().validRows).toBe(0)
  })

  it('valid-only: writes the valid rows and serves the rejected ones as CSV with an error column', async () => {
    const { inst, admin } = await tenant()
    const good = makeNip()
    const bad = `19801340${makeNip().slice(8)}`
    const file = csv([
      PEGAWAI_HEADER,
      [good, 'Baris Baik', '', '', 'PNS', 'III/b', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''],
      [bad, 'Baris Salah', '', '', 'PNS', 'III/b', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''],
    ])
    const res = await upload(
      admin,
      'pegawai',
      { name: 'campuran.csv', data: file },
      { mode: 'valid-only' },
    )
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      mode: 'valid-only',
      totalRows: 2,
      validRows: 1,
      created: 1,
      errors: [{ row: 3, field: 'nip' }],
    })
    expect(body.rejectedFileId).toMatch(/^[a-f0-9]{32}$/)
    expect(await countPegawai(inst.id)).toBe(1)

    const file2 = await t.as(admin, {
      method: 'GET',
      url: `/api/org/import/rejected/${body.rejectedFileId}`,
    })
    expect(file2.statusCode).toBe(200)
    expect(file2.headers['content-type']).toContain('text/csv')
    expect(file2.headers['content-disposition']).toBe(
      `attachment; filename="ditolak-campuran.csv"; filename*=UTF-8''ditolak-campuran.csv`,
    )
    expect(file2.headers['x-content-type-options']).toBe('nosniff')
    const lines = file2.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/)
    expect(lines[0]).toBe([...PEGAWAI_HEADER, 'error'].join(','))
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(bad)
    expect(lines[1]).toContain('nip: Angka 1–8 NIP (tanggal lahir')
    // The file lives under DATA_DIR/imports with a sidecar naming the instansi.
    expect(
      JSON.parse(
        fs.readFileSync(path.join(dataDir, 'imports', `${body.rejectedFileId}.json`), 'utf8'),
      ).instansiId,
    ).toBe(inst.id)

    // Another instansi's admin, and a pegawai of this one, get 404.
    const other = await t.f.instansi()
    const otherAdmin = await t.login((await t.f.account(other.id)).username)
    const foreign = await t.as(otherAdmin, {
      method: 'GET',
      url: `/api/org/import/rejected/${body.rejectedFileId}`,
    })
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json().error.code).toBe('NOT_FOUND')
    const unknown = await t.as(admin, {
      method: 'GET',
      url: `/api/org/import/rejected/${'0'.repeat(32)}`,
    })
    expect(unknown.statusCode).toBe(404)
    const traversal = await t.as(admin, {
      method: 'GET',
      url: '/api/org/import/rejected/..%2F..%2Fetc%2Fpasswd',
    })
    expect(traversal.statusCode).toBe(400)
  })

  it('dry run validates and counts but writes nothing', async () => {
    const { inst, admin } = await tenant()
    const file = csv([
      PEGAWAI_HEADER,
      [makeNip(), 'Coba Dulu', '', '', 'PNS', '', 'BKD', 'Staf', 'Pelaksana', '', '', '', ''],
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file }, { dryRun: 'true' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      dryRun: true,
      created: 1,
      validRows: 1,
      errors: [],
      rejectedFileId: null,
    })
    expect(await countPegawai(inst.id)).toBe(0)
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, inst.id), eq(auditLog.action, 'import.pegawai')))
    expect(audit).toHaveLength(0)
  })

  it('upserts: an existing NIP of the instansi is updated (and moved), columns missing from the file are kept', async () => {
    const o = await t.f.office()
    const admin = await t.login(o.admin.username)
    const [before] = await t.db.select().from(pegawai).where(eq(pegawai.id, o.staff1.pegawaiId))
    const file = csv([
      ['nip', 'nama', 'status', 'golongan', 'nama_unit', 'jabatan', 'jenis_jabatan'],
      [
        o.staff1.username,
        'Staf Satu Baru',
        'PNS',
        'III/c',
        'Bidang B',
        'Analis Kebijakan',
        'Fungsional Ahli Muda',
      ],
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ created: 0, updated: 1, errors: [] })
    const [after] = await t.db.select().from(pegawai).where(eq(pegawai.id, o.staff1.pegawaiId))
    expect(after).toMatchObject({
      name: 'Staf Satu Baru',
      golongan: 'III/c',
      unitId: o.units.bidangB.id,
      active: true,
      email: before?.email ?? null,
    })
    const me = await t.as(admin, { method: 'GET', url: `/api/org/pegawai/${o.staff1.pegawaiId}` })
    expect(me.json()).toMatchObject({
      unitName: 'Bidang B',
      jabatanName: 'Analis Kebijakan',
      jabatanJenis: 'fungsional_ahli_muda',
    })
  })

  it('a NIP registered in another instansi is a row error', async () => {
    const o = await t.f.office()
    const { admin } = await tenant()
    const file = csv([
      PEGAWAI_HEADER,
      [
        o.staff2.username,
        'Bukan Milik Kami',
        '',
        '',
        'PNS',
        '',
        'BKD',
        'Staf',
        'Pelaksana',
        '',
        '',
        '',
        '',
      ],
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { row: 2, field: 'nip', message: expect.stringContaining('instansi lain') },
    ])
    const [still] = await t.db.select().from(pegawai).where(eq(pegawai.id, o.staff2.pegawaiId))
    expect(still?.name).toBe('Staf Dua')
  })

  it('an unknown unit code is a row error on kode_unit', async () => {
    const { admin } = await tenant()
    const file = csv([
      PEGAWAI_HEADER,
      [makeNip(), 'Salah Unit', '', '', 'PNS', '', 'XYZ', 'Staf', 'Pelaksana', '', '', '', ''],
    ])
    const res = await upload(admin, 'pegawai', { name: 'p.csv', data: file })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { row: 2, field: 'kode_unit', message: expect.stringContaining('XYZ') },
    ])
  })

  it('refuses missing columns with the list of what is expected', async () => {
    const { admin } = await tenant()
    const res = await upload(admin, 'pegawai', {
      name: 'p.csv',
      data: csv([
        ['nip', 'nama'],
        [makeNip(), 'Tanpa Kolom'],
      ]),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'IMPORT_COLUMNS_MISSING',
    })
    expect(Object.keys(res.json().error.fields)).toEqual(
      expect.arrayContaining(['status', 'jabatan', 'kode_unit']),
    )
  })
})

describe('upload checks and permissions', () => {
  it('non-admins get 404 for import, export and rejected files; anonymous 401', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const file = { name: 'p.csv', data: csv([PEGAWAI_HEADER]) }
    for (const res of [
      await upload(staff, 'pegawai', file),
      await upload(staff, 'units', file),
      await t.as(staff, { method: 'GET', url: '/api/org/export/pegawai' }),
      await t.as(staff, { method: 'GET', url: '/api/org/export/units?format=csv' }),
      await t.as(staff, { method: 'GET', url: `/api/org/import/rejected/${'a'.repeat(32)}` }),
    ]) {
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    const anon = await upload(null, 'pegawai', file)
    expect(anon.statusCode).toBe(401)
    expect(anon.json().error.code).toBe('UNAUTHENTICATED')
  })

  it('a PNG renamed to .csv is refused by content: 400 UNSUPPORTED_FILE', async () => {
    const { admin } = await tenant()
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(200),
    ])
    const res = await upload(admin, 'pegawai', { name: 'pegawai.csv', data: png, type: 'text/csv' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'UNSUPPORTED_FILE',
    })
  })

  it('a zip that is not a workbook, and a CSV in a legacy encoding, are UNSUPPORTED_FILE too', async () => {
    const { admin } = await tenant()
    const notXlsx = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomBytes(100)])
    const latin1 = Buffer.from('nip,nama\n198001012005011001,Jos\xe9\n', 'latin1')
    for (const data of [notXlsx, latin1]) {
      const res = await upload(admin, 'pegawai', { name: 'p.xlsx', data })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.reason).toBe('UNSUPPORTED_FILE')
    }
  })

  it('over 10 MiB → 413', async () => {
    const { admin } = await tenant()
    const res = await upload(admin, 'pegawai', {
      name: 'big.csv',
      data: Buffer.alloc(10 * 1024 * 1024 + 10, 'a'),
    })
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('an XLSX with more than 20,000 data rows → 400 IMPORT_TOO_MANY_ROWS', async () => {
    const { admin } = await tenant()
    const rows: string[][] = [['kode_unit', 'nama_unit']]
    for (let i = 0; i < 20_001; i++) rows.push([`U${i}`, `Unit ${i}`])
    const res = await upload(admin, 'units', { name: 'banyak.xlsx', data: await xlsx(rows) })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'IMPORT_TOO_MANY_ROWS',
    })
  })

  it('a request without a file, or with a bad mode, → 400', async () => {
    const { admin } = await tenant()
    const none = await upload(admin, 'pegawai', null, { mode: 'all' })
    expect(none.statusCode).toBe(400)
    expect(none.json().error.reason).toBe('IMPORT_FILE_MISSING')
    const badMode = await upload(
      admin,
      'units',
      {
        name: 'u.csv',
        data: csv([
          ['kode_unit', 'nama_unit'],
          ['A', 'Unit A'],
        ]),
      },
      { mode: 'semua' },
    )
    expect(badMode.statusCode).toBe(400)
    expect(badMode.json().error.fields.mode).toBeDefined()
    const json = await t.as(admin, {
      method: 'POST',
      url: '/api/org/import/units',
      payload: { file: 'x' },
    })
    expect(json.statusCode).toBe(400)
    expect(json.json().error.reason).toBe('MULTIPART_REQUIRED')
  })
})

describe('export', () => {
  it('pegawai export (CSV and XLSX) re-imports as a dry run with no errors', async () => {
    const o = await t.f.office()
    const admin = await t.login(o.admin.username)
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await t.as(admin, {
        method: 'GET',
        url: `/api/org/export/pegawai?format=${format}`,
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain(format === 'csv' ? 'text/csv' : 'spreadsheetml')
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="pegawai-[A-Za-z0-9._-]+-2026-11-27\\.${format}"`),
      )
      const again = await upload(
        admin,
        'pegawai',
        { name: `export.${format}`, data: res.rawPayload },
        { dryRun: 'true' },
      )
      expect(again.statusCode).toBe(200)
      expect(again.json()).toMatchObject({
        dryRun: true,
        totalRows: 6,
        validRows: 6,
        created: 0,
        updated: 6,
        errors: [],
      })
    }
  })

  it('units export round-trips too', async () => {
    const { admin } = await tenant()
    const res = await t.as(admin, {
      method: 'GET',
      url: '/api/org/export/units?format=csv&delimiter=semicolon',
    })
    expect(res.statusCode).toBe(200)
    expect(
      res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'kode_unit;nama_unit;kode_unit_induk',
      'BKD;Badan Kepegawaian;',
      'BKD-MUT;Bidang Mutasi;BKD',
    ])
    const again = await upload(
      admin,
      'units',
      { name: 'units.csv', data: res.rawPayload },
      { dryRun: 'true' },
    )
    expect(again.json()).toMatchObject({ created: 0, updated: 2, errors: [] })
  })

  it('escapes cells that a spreadsheet would run as formulas', async () => {
    const inst = await t.f.instansi()
    const unit = await t.f.unit(inst.id, '=HYPERLINK("http://evil","klik")')
    const person = await t.f.pegawai(inst.id, unit.id, { name: '@SUM(1+1)' })
    await t.db
      .update(pegawai)
      .set({ phone: '+62 361 123456' })
      .where(eq(pegawai.id, person.pegawaiId))
    const admin = await t.login((await t.f.account(inst.id)).username)
    const csvRes = await t.as(admin, { method: 'GET', url: '/api/org/export/pegawai?format=csv' })
    const row = csvRes.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')[1] as string
    expect(row).toContain(`'@SUM(1+1)`)
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""klik"")"`)
    expect(row).not.toMatch(/(^|,)[=@+-]/)

    const xlsxRes = await t.as(admin, { method: 'GET', url: '/api/org/export/pegawai?format=xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(xlsxRes.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value
    expect(cell('nama')).toBe(`'@SUM(1+1)`)
    expect(cell('nama_unit')).toBe(`'=HYPERLINK("http://evil","klik")`)
    expect(cell('telepon')).toBe(`'+62 361 123456`)
    expect(typeof cell('nip')).toBe('string')

    // The escape is undone on import: both exports re-import unchanged.
    for (const res of [csvRes, xlsxRes]) {
      const again = await upload(
        admin,
        'pegawai',
        { name: 'export', data: res.rawPayload },
        { dryRun: 'true' },
      )
      expect(again.json()).toMatchObject({ updated: 1, errors: [] })
    }
  })

  it('keeps the OpenAPI document valid with the upload and download routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(res.statusCode).toBe(200)
    const paths = res.json().paths
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/org/import/pegawai',
        '/api/org/import/units',
        '/api/org/export/pegawai',
        '/api/org/import/rejected/{id}',
      ]),
    )
  })
})
