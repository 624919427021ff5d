import type { Db } from '../db/client.ts'
import { hashPassword } from '../modules/auth/password.ts'
import { userAccounts } from '../modules/auth/auth.tables.ts'
import { instansi, jabatan, pegawai, positionHistory, units } from '../modules/org/org.tables.ts'
import type { JabatanJenis, PegawaiStatus } from '../../shared/org.ts'

export const TEST_PASSWORD = 'Rahasia123'
let passwordHash: Promise<string> | null = null
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD))

let counter = 0
const next = () => ++counter

/** A valid, unique NIP: birth 1980-01-01 + n days, TMT 2005-01, sex 1, sequence from n. */
export function makeNip(n = next()): string {
  const birth = new Date(Date.UTC(1980, 0, 1 + (n % 3000)))
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const seq = String((n % 999) + 1).padStart(3, '0')
  const tmtYear = 2005 + (Math.floor(n / 999) % 15)
  return `${ymd}${tmtYear}01${n % 2 ? '1' : '2'}${seq}`
}

export type TestPerson = {
  pegawaiId: string
  userId: string
  username: string
  unitId: string
  jabatanId: string
  name: string
}

/**
 * Builds isolated organisations: every call to `instansi()` makes a new tenant, so tests
 * never see each other's data and never need cleaning.
 */
export function factories(db: Db) {
  return {
    async instansi(name = `Instansi ${next()}`) {
      const [row] = await db
        .insert(instansi)
        .values({ code: `I${next()}-${Date.now()}`, name, timeZone: 'Asia/Makassar' })
        .returning()
      return row as typeof instansi.$inferSelect
    },

    async unit(instansiId: string, name = `Unit ${next()}`, parentId: string | null = null) {
      const [row] = await db.insert(units).values({ instansiId, name, parentId }).returning()
      return row as typeof units.$inferSelect
    },

    async jabatan(
      instansiId: string,
      unitId: string | null,
      opts: { name?: string; jenis?: JabatanJenis; headsUnit?: boolean } = {},
    ) {
      const [row] = await db
        .insert(jabatan)
        .values({
          instansiId,
          unitId,
          name: opts.name ?? `Jabatan ${next()}`,
          jenis: opts.jenis ?? 'pelaksana',
          headsUnit: opts.headsUnit ?? false,
        })
        .returning()
      return row as typeof jabatan.$inferSelect
    },

    /** A pegawai with a sign-in account (password TEST_PASSWORD). */
    async pegawai(
      instansiId: string,
      unitId: string,
      opts: {
        head?: boolean
        jenis?: JabatanJenis
        name?: string
        status?: PegawaiStatus
        active?: boolean
        roles?: string[]
        jabatanId?: string
      } = {},
    ): Promise<TestPerson> {
      const jab = opts.jabatanId
        ? { id: opts.jabatanId }
        : await this.jabatan(instansiId, unitId, {
            headsUnit: opts.head ?? false,
            jenis: opts.jenis ?? (opts.head ? 'pengawas' : 'pelaksana'),
          })
      const nip = makeNip()
      const name = opts.name ?? `Pegawai ${next()}`
      const [p] = await db
        .insert(pegawai)
        .values({
          instansiId,
          nip,
          name,
          status: opts.status ?? 'PNS',
          golongan: 'III/a',
          unitId,
          jabatanId: jab.id,
          active: opts.active ?? true,
        })
        .returning()
      const row = p as typeof pegawai.$inferSelect
      await db.insert(positionHistory).values({
        instansiId,
        pegawaiId: row.id,
        unitId,
        jabatanId: jab.id,
        startDate: '2025-01-01',
      })
      const [u] = await db
        .insert(userAccounts)
        .values({
          instansiId,
          pegawaiId: row.id,
          username: nip,
          displayName: name,
          passwordHash: await testHash(),
          roles: opts.roles ?? [],
        })
        .returning()
      return {
        pegawaiId: row.id,
        userId: (u as { id: string }).id,
        username: nip,
        unitId,
        jabatanId: jab.id,
        name,
      }
    },

    /** A non-employee account (admin instansi by default). */
    async account(
      instansiId: string | null,
      roles: string[] = ['admin_instansi'],
      opts: { active?: boolean } = {},
    ) {
      const username = `admin${next()}_${Date.now()}`
      const [u] = await db
        .insert(userAccounts)
        .values({
          instansiId,
          username,
          displayName: `Admin ${username}`,
          passwordHash: await testHash(),
          roles,
          active: opts.active ?? true,
        })
        .returning()
      return { userId: (u as { id: string }).id, username }
    },

    /**
     * A small office: root unit (kepala) → bidang (kabid) → sub bidang (kasubbid) with two staff,
     * plus an admin. Mirrors the Gianyar shape at test size.
     */
    async office() {
      const inst = await this.instansi()
      const root = await this.unit(inst.id, 'Badan')
      const bidang = await this.unit(inst.id, 'Bidang A', root.id)
      const sub = await this.unit(inst.id, 'Sub Bidang A1', bidang.id)
      const bidangB = await this.unit(inst.id, 'Bidang B', root.id)
      const kepala = await this.pegawai(inst.id, root.id, {
        head: true,
        jenis: 'jpt_pratama',
        name: 'Kepala Badan',
      })
      const kabid = await this.pegawai(inst.id, bidang.id, {
        head: true,
        jenis: 'administrator',
        name: 'Kabid A',
      })
      const kasub = await this.pegawai(inst.id, sub.id, {
        head: true,
        jenis: 'pengawas',
        name: 'Kasubbid A1',
      })
      const staff1 = await this.pegawai(inst.id, sub.id, { name: 'Staf Satu' })
      const staff2 = await this.pegawai(inst.id, sub.id, {
        name: 'Staf Dua',
        jenis: 'fungsional_ahli_pertama',
      })
      const staffB = await this.pegawai(inst.id, bidangB.id, {
        name: 'Staf B (bidang tanpa kepala)',
      })
      const admin = await this.account(inst.id)
      return {
        instansi: inst,
        units: { root, bidang, sub, bidangB },
        kepala,
        kabid,
        kasub,
        staff1,
        staff2,
        staffB,
        admin,
      }
    },
  }
}
export type Factories = ReturnType<typeof factories>
