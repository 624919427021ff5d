import { verify } from '@node-rs/argon2'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPasswordSchema } from '../../../shared/auth.ts'
import { buildAtasanIndex } from '../../../shared/rules/atasan.ts'
import { parseNip } from '../../../shared/rules/nip.ts'
import { auditLog } from '../../modules/audit/audit.tables.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { instansi, jabatan, pegawai, positionHistory, units } from '../../modules/org/org.tables.ts'
import { createTestDatabase } from '../../test/test-db.ts'
import { generateDemoPegawai, isDatabaseEmpty, seedDemo, type DemoSummary } from './demo.ts'
import { seedProductionAdmin } from './production.ts'

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>

// ---------- expectations, written from the study, not from the seed's data file ----------

const ROOT_UNIT = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar'
/** Table 6, "Data Penggunaan Aplikasi E-Kinerja BKN", column Jumlah ASN. */
const TABLE_6: Record<string, number> = {
  [ROOT_UNIT]: 1, // row 1: Kepala Badan
  Sekretariat: 1, // row 2: Sekretaris
  'Sub Bagian Keuangan dan Perencanaan': 10,
  'Sub Bagian Kepegawaian dan Umum': 19,
  'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai': 14,
  'Bidang Pendidikan, Pelatihan dan Informasi Pegawai': 14,
  'Bidang Mutasi dan Kedudukan Hukum': 18,
}
const DEMO_PASSWORD = 'Gianyar2026!'
const TODAY = '2026-03-16'

describe('seedDemo', () => {
  let t: TestDatabase
  let summary: DemoSummary
  let emptyBefore: boolean

  beforeAll(async () => {
    t = await createTestDatabase()
    emptyBefore = await isDatabaseEmpty(t.db)
    summary = await seedDemo(t.db, { today: TODAY })
  }, 180_000)

  afterAll(async () => {
    await t?.drop()
  }, 60_000)

  const loadPeople = () =>
    t.db
      .select({
        id: pegawai.id,
        nip: pegawai.nip,
        name: pegawai.name,
        status: pegawai.status,
        golongan: pegawai.golongan,
        email: pegawai.email,
        phone: pegawai.phone,
        unitId: pegawai.unitId,
        unitName: units.name,
        jabatanUnitId: jabatan.unitId,
        jabatanName: jabatan.name,
        jenis: jabatan.jenis,
        headsUnit: jabatan.headsUnit,
      })
      .from(pegawai)
      .innerJoin(units, eq(units.id, pegawai.unitId))
      .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
      .where(eq(pegawai.instansiId, summary.instansiId))

  it('reports the database empty before and not after', async () => {
    expect(emptyBefore).toBe(true)
    expect(await isDatabaseEmpty(t.db)).toBe(false)
  })

  it('creates the Gianyar instansi in WITA', async () => {
    const [row] = await t.db.select().from(instansi).where(eq(instansi.id, summary.instansiId))
    expect(row).toMatchObject({
      code: 'GIANYAR',
      name: 'Pemerintah Kabupaten Gianyar',
      timeZone: 'Asia/Makassar',
    })
  })

  it('seeds 77 pegawai with the Table 6 headcount per unit', async () => {
    const people = await loadPeople()
    expect(people).toHaveLength(77)
    expect(Object.values(TABLE_6).reduce((a, b) => a + b, 0)).toBe(77)
    const perUnit: Record<string, number> = {}
    for (const p of people) perUnit[p.unitName] = (perUnit[p.unitName] ?? 0) + 1
    expect(perUnit).toEqual(TABLE_6)
    // A jabatan belongs to the unit its holder sits in.
    for (const p of people) expect(p.jabatanUnitId).toBe(p.unitId)
  })

  it('builds the unit tree: OPD → Sekretariat → two sub bagian, and three bidang', async () => {
    const rows = await t.db.select().from(units).where(eq(units.instansiId, summary.instansiId))
    const byId = new Map(rows.map((u) => [u.id, u]))
    const parentName = (name: string) => {
      const u = rows.find((r) => r.name === name)
      return u?.parentId ? (byId.get(u.parentId)?.name ?? '?') : null
    }
    expect(rows).toHaveLength(7)
    expect(parentName(ROOT_UNIT)).toBeNull()
    expect(parentName('Sekretariat')).toBe(ROOT_UNIT)
    expect(parentName('Sub Bagian Keuangan dan Perencanaan')).toBe('Sekretariat')
    expect(parentName('Sub Bagian Kepegawaian dan Umum')).toBe('Sekretariat')
    expect(parentName('Bidang Formasi, Pengembangan dan Pengangkatan Pegawai')).toBe(ROOT_UNIT)
    expect(parentName('Bidang Pendidikan, Pelatihan dan Informasi Pegawai')).toBe(ROOT_UNIT)
    expect(parentName('Bidang Mutasi dan Kedudukan Hukum')).toBe(ROOT_UNIT)
  })

  it('gives every NIP a valid, unique value matching birth-date, TMT and sex rules', async () => {
    const people = await loadPeople()
    const nips = people.map((p) => p.nip)
    expect(new Set(nips).size).toBe(nips.length)
    for (const p of people) {
      const r = parseNip(p.nip, 2026)
      expect(r.ok, `${p.name} ${p.nip}`).toBe(true)
    }
    // Names start with I (male) or Ni (female) when no noble title is in front.
    for (const p of people) {
      const r = parseNip(p.nip, 2026)
      if (!r.ok) continue
      if (p.name.startsWith('I ')) expect(r.parts.sex, p.name).toBe('L')
      if (p.name.startsWith('Ni ')) expect(r.parts.sex, p.name).toBe('P')
    }
  })

  it('mixes PNS, PPPK (golongan in Roman numerals) and one or two CPNS', async () => {
    const people = await loadPeople()
    const count = (s: string) => people.filter((p) => p.status === s).length
    expect(count('PNS')).toBeGreaterThan(40)
    expect(count('PPPK')).toBeGreaterThan(0)
    expect(count('CPNS')).toBeGreaterThanOrEqual(1)
    expect(count('CPNS')).toBeLessThanOrEqual(2)
    for (const p of people.filter((x) => x.status === 'PPPK')) {
      expect(p.golongan).toMatch(/^[IVX]+$/)
    }
    for (const p of people.filter((x) => x.status !== 'PPPK')) {
      expect(p.golongan).toMatch(/^(I|II|III|IV)\/[a-e]$/)
    }
    const emails = people.map((p) => p.email)
    expect(new Set(emails).size).toBe(77)
    for (const e of emails) expect(e).toMatch(/^[a-z]+\.[a-z]+@gianyarkab\.go\.id$/)
    for (const p of people) expect(p.phone).toMatch(/^08\d{8,11}$/)
  })

  it('has exactly one head per unit, with the jenis each level calls for', async () => {
    const people = await loadPeople()
    const heads = people.filter((p) => p.headsUnit)
    const headsPerUnit = new Map<string, number>()
    for (const h of heads) headsPerUnit.set(h.unitName, (headsPerUnit.get(h.unitName) ?? 0) + 1)
    expect([...headsPerUnit.keys()].sort()).toEqual(Object.keys(TABLE_6).sort())
    for (const n of headsPerUnit.values()) expect(n).toBe(1)
    const jenisOfHead = (unit: string) => heads.find((h) => h.unitName === unit)?.jenis
    expect(jenisOfHead(ROOT_UNIT)).toBe('jpt_pratama')
    expect(jenisOfHead('Sekretariat')).toBe('administrator')
    expect(jenisOfHead('Bidang Mutasi dan Kedudukan Hukum')).toBe('administrator')
    expect(jenisOfHead('Sub Bagian Kepegawaian dan Umum')).toBe('pengawas')
  })

  it('puts the Kepala Badan in the root unit, at the top of the atasan chain', async () => {
    const people = await loadPeople()
    const unitRows = await t.db.select().from(units).where(eq(units.instansiId, summary.instansiId))
    const kepala = people.filter((p) => p.jenis === 'jpt_pratama')
    expect(kepala).toHaveLength(1)
    const root = unitRows.find((u) => u.id === kepala[0]?.unitId)
    expect(root?.parentId).toBeNull()

    const index = buildAtasanIndex(
      {
        units: unitRows.map((u) => ({ id: u.id, parentId: u.parentId })),
        people: people.map((p) => ({
          id: p.id,
          unitId: p.unitId,
          headsUnit: p.headsUnit,
          active: true,
        })),
        acting: [],
        overrides: [],
      },
      TODAY,
    )
    const kepalaId = kepala[0]?.id ?? ''
    expect(index.atasanOf(kepalaId)).toBeNull()
    for (const p of people) {
      if (p.id !== kepalaId) expect(index.atasanOf(p.id), p.name).not.toBeNull()
    }
    // Directly under the Kepala Badan: the Sekretaris and the three Kepala Bidang.
    expect(index.directSubordinatesOf(kepalaId)).toHaveLength(4)
    expect(index.allSubordinatesOf(kepalaId)).toHaveLength(76)
  })

  it('records a current position for every pegawai from 2024-01-02 or their later TMT', async () => {
    const people = await loadPeople()
    const history = await t.db
      .select()
      .from(positionHistory)
      .where(eq(positionHistory.instansiId, summary.instansiId))
    expect(history).toHaveLength(77)
    const byPegawai = new Map(history.map((h) => [h.pegawaiId, h]))
    for (const p of people) {
      const h = byPegawai.get(p.id)
      expect(h, p.name).toBeDefined()
      expect(h?.unitId).toBe(p.unitId)
      expect(h?.endDate).toBeNull()
      expect(h && h.startDate >= '2024-01-02' && h.startDate <= TODAY).toBe(true)
    }
  })

  it('gives every pegawai a NIP login and adds the admin account', async () => {
    const accounts = await t.db
      .select()
      .from(userAccounts)
      .where(eq(userAccounts.instansiId, summary.instansiId))
    expect(accounts).toHaveLength(78)
    const people = await loadPeople()
    const byPegawai = new Map(accounts.map((a) => [a.pegawaiId, a]))
    for (const p of people) expect(byPegawai.get(p.id)?.username).toBe(p.nip)
    const admin = accounts.find((a) => a.username === 'admin')
    expect(admin).toMatchObject({
      pegawaiId: null,
      roles: ['admin_instansi'],
      displayName: 'Admin BKPSDM',
    })
    const pics = accounts.filter((a) => a.roles.includes('pic_helpdesk'))
    expect(pics).toHaveLength(1)
    const pic = people.find((p) => p.id === pics[0]?.pegawaiId)
    expect(pic?.jabatanName).toMatch(/^Pranata Komputer/)
  })

  it('lists one demo account per role, each able to sign in with the demo password', async () => {
    expect(summary.accounts.map((a) => a.role)).toEqual([
      'Admin instansi',
      'Kepala Badan (atasan tertinggi)',
      'Kepala Bidang',
      'Kepala Sub Bagian',
      'Pejabat Fungsional',
      'Pelaksana',
      'PIC Helpdesk',
    ])
    const people = await loadPeople()
    const expectedJabatan: Record<string, (p: (typeof people)[number]) => boolean> = {
      'Kepala Badan (atasan tertinggi)': (p) => p.jenis === 'jpt_pratama',
      'Kepala Bidang': (p) => p.headsUnit && p.unitName.startsWith('Bidang '),
      'Kepala Sub Bagian': (p) => p.headsUnit && p.jenis === 'pengawas',
      'Pejabat Fungsional': (p) =>
        p.jenis.startsWith('fungsional_') && p.jabatanName.startsWith('Analis'),
      Pelaksana: (p) => p.jenis === 'pelaksana',
      'PIC Helpdesk': (p) => p.jabatanName.startsWith('Pranata Komputer'),
    }
    for (const a of summary.accounts) {
      expect(a.password).toBe(DEMO_PASSWORD)
      const [row] = await t.db
        .select()
        .from(userAccounts)
        .where(sql`lower(${userAccounts.username}) = lower(${a.login})`)
      expect(row, a.role).toBeDefined()
      if (!row) continue
      expect(row.displayName).toBe(a.name)
      expect(row.mustChangePassword).toBe(false)
      expect(await verify(row.passwordHash, DEMO_PASSWORD)).toBe(true)
      const check = expectedJabatan[a.role]
      if (check) {
        const person = people.find((p) => p.id === row.pegawaiId)
        expect(person, a.role).toBeDefined()
        expect(person && check(person), `${a.role}: ${person?.jabatanName}`).toBe(true)
        expect(a.login).toBe(person?.nip)
      }
    }
  })

  it('is reproducible and refuses to seed twice', async () => {
    expect(generateDemoPegawai()).toEqual(generateDemoPegawai())
    await expect(seedDemo(t.db, { today: TODAY })).rejects.toThrow(/already exists/)
    const [n] = await t.db.select({ n: sql<number>`count(*)::int` }).from(pegawai)
    expect(n?.n).toBe(77)
  })

  it('seeds a production database with one admin and a one-time password', async () => {
    // A second fresh database: production seeding never sees the demo.
    const { db: prod, drop } = await createTestDatabase()
    try {
      expect(await isDatabaseEmpty(prod)).toBe(true)
      const password = await seedProductionAdmin(prod, {
        instansiName: 'Pemerintah Kabupaten Contoh',
        instansiCode: 'contoh',
        timeZone: 'Asia/Jakarta',
        username: 'admin',
      })
      expect(newPasswordSchema.safeParse(password).success).toBe(true)
      const [inst] = await prod.select().from(instansi)
      expect(inst).toMatchObject({ code: 'CONTOH', timeZone: 'Asia/Jakarta' })
      const accounts = await prod.select().from(userAccounts)
      expect(accounts).toHaveLength(1)
      expect(accounts[0]).toMatchObject({
        username: 'admin',
        roles: ['admin_instansi'],
        mustChangePassword: true,
        pegawaiId: null,
        instansiId: inst?.id,
      })
      expect(await verify(accounts[0]?.passwordHash ?? '', password)).toBe(true)
      expect(await prod.select().from(pegawai)).toHaveLength(0)
      expect(await prod.select().from(auditLog)).toHaveLength(1)
      await expect(
        seedProductionAdmin(prod, {
          instansiName: 'X Lain',
          instansiCode: 'LAIN',
          timeZone: 'Asia/Jakarta',
          username: 'Admin',
        }),
      ).rejects.toThrow(/already taken/)
      await expect(
        seedProductionAdmin(prod, {
          instansiName: 'X Lain',
          instansiCode: 'LAIN',
          timeZone: 'Mars/Base',
          username: 'admin2',
        }),
      ).rejects.toThrow(/time zone/)
    } finally {
      await drop()
    }
  })
})
