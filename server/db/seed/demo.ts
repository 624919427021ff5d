import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { seedDemoPeriods } from './demo-periods.ts'
import { isRealDate } from '../../../shared/rules/date.ts'
import { GOLONGAN_PNS, type PegawaiStatus } from '../../../shared/org.ts'
import { parseNip } from '../../../shared/rules/nip.ts'
import { insertAudit } from '../../modules/audit/audit.repository.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { hashPassword } from '../../modules/auth/password.ts'
import { instansi, jabatan, pegawai, positionHistory, units } from '../../modules/org/org.tables.ts'
import type { Db } from '../client.ts'
import {
  DEMO_HEADCOUNT_BY_UNIT,
  DEMO_PEOPLE,
  DEMO_UNITS,
  JABATAN_KINDS,
  type DemoAccountRole,
  type DemoPerson,
  type DemoUnitKey,
  type JabatanKind,
} from './demo-people.ts'
import { seedDemoActivities } from './demo-activities.ts'
import { seedDemoAssessments } from './demo-assessments.ts'
import { seedDemoHelpdesk } from './demo-helpdesk.ts'
import { seedDemoFollowupAk } from './demo-followup-ak.ts'
import { seedDemoFollowupTpp } from './demo-followup-tpp.ts'
import { seedDemoSkp } from './demo-skp.ts'
import { mulberry32 } from '../../lib/prng.ts'

/** The one password of every demo account; printed at first start and in the README. */
export const DEMO_PASSWORD = 'Gianyar2026!'
export const DEMO_ADMIN_USERNAME = 'admin'
export const DEMO_INSTANSI = {
  code: 'GIANYAR',
  name: 'Pemerintah Kabupaten Gianyar',
  timeZone: 'Asia/Makassar', // WITA
} as const

/** Everyone's current position starts here (first working day of 2024) or at a later TMT. */
export const DEMO_POSITION_START = '2024-01-02'
/**
 * NIPs are generated against a fixed year, not the demo's "today", so the same people get the
 * same NIPs whenever the demo is seeded (the README and screenshots may quote them).
 */
const NIP_REFERENCE_YEAR = 2026
const PRNG_SEED = 0x6e1a5a // any constant; changing it changes every NIP and phone number
const EMAIL_DOMAIN = 'gianyarkab.go.id'

/** Table 6 per unit name (the Kepala Badan sits in the OPD root, the Sekretaris in Sekretariat). */
export const DEMO_UNIT_HEADCOUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  DEMO_UNITS.map((u) => [u.name, DEMO_HEADCOUNT_BY_UNIT[u.key]]),
)

export type DemoAccount = { role: string; login: string; password: string; name: string }
export type DemoSummary = { instansiId: string; accounts: DemoAccount[] }

const ACCOUNT_LABELS: Record<DemoAccountRole, string> = {
  kepala_badan: 'Kepala Badan (atasan tertinggi)',
  kepala_bidang: 'Kepala Bidang',
  kepala_sub_bagian: 'Kepala Sub Bagian',
  jf: 'Pejabat Fungsional',
  pelaksana: 'Pelaksana',
  pic_helpdesk: 'PIC Helpdesk',
}
/** The order the accounts are listed in (after the admin): top of the hierarchy first. */
const ACCOUNT_ORDER: readonly DemoAccountRole[] = [
  'kepala_badan',
  'kepala_bidang',
  'kepala_sub_bagian',
  'jf',
  'pelaksana',
  'pic_helpdesk',
]

// ---------- deterministic generation ----------

/** mulberry32: a tiny seeded PRNG, so the demo is the same on every machine and every run. */
function createRng(seed: number) {
  const next = mulberry32(seed)
  /** An integer in [min, max], both inclusive. */
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  return { int, pick }
}
type Rng = ReturnType<typeof createRng>

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

const golonganIndex = (golongan: string) => {
  const i = GOLONGAN_PNS.findIndex(([g]) => g === golongan)
  if (i < 0) throw new Error(`Unknown PNS golongan ${golongan}`)
  return i
}

const gelarOf = (p: DemoPerson) => `${p.gelarDepan ?? ''} ${p.gelarBelakang ?? ''}`
/** Sarjana or higher (S.Sos., S.Tr.IP., M.Si., Dr.): enters the civil service at III/a. */
const hasDegree = (p: DemoPerson) => /(^|[\s,])(S|M)\.|Dr\./.test(gelarOf(p))
/** Diploma III (A.Md.): enters at II/c. */
const hasDiploma = (p: DemoPerson) => /A\.Md/.test(gelarOf(p))

/** Batas usia pensiun: 60 for JPT and Ahli Madya, 58 for everyone else here. */
const retirementAge = (kind: JabatanKind) =>
  kind === 'kepala_badan' || kind === 'analis_sdm_madya' ? 60 : 58

type NipPlan = { birthYear: number; tmtYear: number; tmtMonth: number }

/**
 * Plausible birth year and TMT for a person: PNS golongan rises about every four years
 * from the entry golongan their education gives; PPPK were appointed in the 2022–2024 waves;
 * the CPNS are from the 2024 selection, appointed in 2025.
 */
function planCareer(person: DemoPerson, rng: Rng): NipPlan {
  const tmtMonth = rng.int(1, 12)
  const status: PegawaiStatus = person.status
  if (status === 'PPPK') {
    const ageAtEntry = person.golongan === 'IX' ? rng.int(24, 36) : rng.int(21, 33)
    const tmtYear = rng.pick([2022, 2023, 2024])
    return { birthYear: tmtYear - ageAtEntry, tmtYear, tmtMonth }
  }
  const entry = hasDegree(person) ? 'III/a' : hasDiploma(person) ? 'II/c' : 'II/a'
  const ageAtEntry = hasDegree(person)
    ? rng.int(23, 29)
    : hasDiploma(person)
      ? rng.int(21, 26)
      : rng.int(19, 24)
  if (status === 'CPNS') {
    const tmtYear = 2025
    return { birthYear: tmtYear - ageAtEntry, tmtYear, tmtMonth: rng.int(3, 7) }
  }
  const steps = Math.max(0, golonganIndex(person.golongan) - golonganIndex(entry))
  // A PNS has served at least the CPNS year, so the latest TMT is 2023.
  const tmtYear = Math.min(2023, NIP_REFERENCE_YEAR - (steps * 4 + 2 + rng.int(0, 3)))
  return { birthYear: tmtYear - ageAtEntry, tmtYear, tmtMonth }
}

const TITLE_WORDS = new Set([
  'I',
  'Ni',
  'Anak',
  'Agung',
  'Gusti',
  'Ida',
  'Cokorda',
  'Desak',
  'Istri',
])
/** made.sudarsana: the first name word after titles, then the last word. */
function emailLocalPart(name: string): string {
  const words = name.split(/\s+/).filter((w) => !TITLE_WORDS.has(w))
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last || words.length < 2) throw new Error(`Cannot derive an e-mail from ${name}`)
  return `${first}.${last}`.toLowerCase()
}

const PHONE_PREFIXES = [
  '0812',
  '0813',
  '0817',
  '0819',
  '0821',
  '0822',
  '0823',
  '0852',
  '0853',
  '0857',
  '0878',
  '0896',
] as const

export function formatFullName(p: {
  gelarDepan?: string | null
  name: string
  gelarBelakang?: string | null
}) {
  const front = p.gelarDepan ? `${p.gelarDepan} ${p.name}` : p.name
  return p.gelarBelakang ? `${front}, ${p.gelarBelakang}` : front
}

export type GeneratedPegawai = DemoPerson & {
  nip: string
  birthDate: string
  fullName: string
  email: string
  phone: string
  positionStart: string
}

/**
 * The 77 demo people with their generated NIP, e-mail, phone and position start.
 * Pure and deterministic; throws when the data breaks a rule so a bad edit fails loudly.
 */
export function generateDemoPegawai(): GeneratedPegawai[] {
  const rng = createRng(PRNG_SEED)
  const nips = new Set<string>()
  const emails = new Set<string>()
  const phones = new Set<string>()
  return DEMO_PEOPLE.map((person) => {
    const { birthYear, tmtYear, tmtMonth } = planCareer(person, rng)
    const birthMonth = rng.int(1, 12)
    const birthDay = rng.int(1, daysInMonth(birthYear, birthMonth))
    if (NIP_REFERENCE_YEAR - birthYear >= retirementAge(person.jabatan)) {
      throw new Error(`${person.name} would be past retirement age`)
    }
    const prefix = `${birthYear}${pad(birthMonth)}${pad(birthDay)}${tmtYear}${pad(tmtMonth)}${person.sex === 'L' ? 1 : 2}`
    // Real sequence numbers are small (001–0xx); draw again in the unlikely case of a clash.
    let nip = `${prefix}${pad(rng.int(1, 12), 3)}`
    while (nips.has(nip)) nip = `${prefix}${pad(rng.int(1, 99), 3)}`
    const parsed = parseNip(nip, NIP_REFERENCE_YEAR)
    if (!parsed.ok) {
      throw new Error(`Generated NIP ${nip} for ${person.name} is invalid: ${parsed.problem}`)
    }
    nips.add(nip)

    const email = `${emailLocalPart(person.name)}@${EMAIL_DOMAIN}`
    if (emails.has(email)) throw new Error(`Two demo people share the e-mail ${email}; rename one`)
    emails.add(email)

    let phone = `${rng.pick(PHONE_PREFIXES)}${pad(rng.int(0, 99_999_999), 8)}`
    while (phones.has(phone)) phone = `${rng.pick(PHONE_PREFIXES)}${pad(rng.int(0, 99_999_999), 8)}`
    phones.add(phone)

    const tmtStart = `${tmtYear}-${pad(tmtMonth)}-01`
    return {
      ...person,
      nip,
      birthDate: parsed.parts.birthDate,
      fullName: formatFullName(person),
      email,
      phone,
      positionStart: tmtStart > DEMO_POSITION_START ? tmtStart : DEMO_POSITION_START,
    }
  })
}

/** Guards the data file against edits that would break Table 6 or the account list. */
function assertDemoDataConsistent(people: readonly GeneratedPegawai[]) {
  for (const unit of DEMO_UNITS) {
    const inUnit = people.filter((p) => p.unit === unit.key)
    if (inUnit.length !== DEMO_HEADCOUNT_BY_UNIT[unit.key]) {
      throw new Error(
        `${unit.name}: ${inUnit.length} people, Table 6 says ${DEMO_HEADCOUNT_BY_UNIT[unit.key]}`,
      )
    }
    const heads = inUnit.filter((p) => JABATAN_KINDS[p.jabatan].headsUnit)
    if (heads.length !== 1) {
      throw new Error(`${unit.name} must have exactly one head, has ${heads.length}`)
    }
  }
  for (const role of ACCOUNT_ORDER) {
    const n = people.filter((p) => p.demoAccount === role).length
    if (n !== 1) {
      throw new Error(`Demo account ${role} must be carried by exactly one person, found ${n}`)
    }
  }
}

// ---------- database ----------

/** True when no instansi exists: the signal that a first start may seed the demo. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: instansi.id }).from(instansi).limit(1)
  return rows.length === 0
}

/**
 * Seeds the BKPSDM Gianyar demo (organisation, 77 pegawai, accounts) in one transaction.
 * `today` is the demo's current day in the instansi's time zone: every position must have
 * started by then. Refuses to run twice.
 */
export async function seedDemo(db: Db, opts: { today: string }): Promise<DemoSummary> {
  if (!isRealDate(opts.today)) {
    throw new Error(`seedDemo: today must be YYYY-MM-DD, got ${opts.today}`)
  }
  const people = generateDemoPegawai()
  assertDemoDataConsistent(people)
  const late = people.find((p) => p.positionStart > opts.today)
  if (late) {
    throw new Error(
      `seedDemo: today ${opts.today} is before ${late.name}'s TMT ${late.positionStart}`,
    )
  }

  // argon2 is deliberately slow: hash once, outside the transaction, and share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD)

  const summary = await db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: instansi.id })
      .from(instansi)
      .where(eq(instansi.code, DEMO_INSTANSI.code))
    if (existing.length > 0) {
      throw new Error('The demo instansi GIANYAR already exists; not seeding twice.')
    }

    const [inst] = await tx.insert(instansi).values(DEMO_INSTANSI).returning({ id: instansi.id })
    if (!inst) throw new Error('Inserting the demo instansi returned no row')
    const instansiId = inst.id

    // Ids are made here so parents, jabatan and people can reference each other in bulk inserts.
    const unitIds = new Map<DemoUnitKey, string>(DEMO_UNITS.map((u) => [u.key, randomUUID()]))
    const unitId = (key: DemoUnitKey) => {
      const id = unitIds.get(key)
      if (!id) throw new Error(`Unknown demo unit ${key}`)
      return id
    }
    await tx.insert(units).values(
      DEMO_UNITS.map((u) => ({
        id: unitId(u.key),
        instansiId,
        parentId: u.parent ? unitId(u.parent) : null,
        name: u.name,
        code: u.code,
      })),
    )

    // One jabatan row per (unit, kind) actually used, in the order people appear.
    const jabatanIds = new Map<string, string>()
    const jabatanRows: (typeof jabatan.$inferInsert)[] = []
    for (const p of people) {
      const key = `${p.unit}:${p.jabatan}`
      if (jabatanIds.has(key)) continue
      const id = randomUUID()
      jabatanIds.set(key, id)
      const unitName = DEMO_UNITS.find((u) => u.key === p.unit)?.name ?? p.unit
      const kind = JABATAN_KINDS[p.jabatan]
      jabatanRows.push({
        id,
        instansiId,
        unitId: unitId(p.unit),
        name: kind.name(unitName),
        jenis: kind.jenis,
        headsUnit: kind.headsUnit,
      })
    }
    await tx.insert(jabatan).values(jabatanRows)

    const rows = people.map((p) => {
      const jabatanId = jabatanIds.get(`${p.unit}:${p.jabatan}`)
      if (!jabatanId) throw new Error(`No jabatan for ${p.name}`)
      return { person: p, id: randomUUID(), unitId: unitId(p.unit), jabatanId }
    })
    await tx.insert(pegawai).values(
      rows.map(({ person, id, unitId: uid, jabatanId }) => ({
        id,
        instansiId,
        nip: person.nip,
        name: person.name,
        gelarDepan: person.gelarDepan ?? null,
        gelarBelakang: person.gelarBelakang ?? null,
        status: person.status,
        golongan: person.golongan,
        unitId: uid,
        jabatanId,
        email: person.email,
        phone: person.phone,
      })),
    )
    await tx.insert(positionHistory).values(
      rows.map(({ person, id, unitId: uid, jabatanId }) => ({
        instansiId,
        pegawaiId: id,
        unitId: uid,
        jabatanId,
        startDate: person.positionStart,
      })),
    )

    await tx.insert(userAccounts).values([
      {
        instansiId,
        username: DEMO_ADMIN_USERNAME,
        displayName: 'Admin BKPSDM',
        passwordHash,
        roles: ['admin_instansi'],
      },
      ...rows.map(({ person, id }) => ({
        instansiId,
        pegawaiId: id,
        username: person.nip,
        displayName: person.fullName,
        passwordHash,
        // "pegawai" follows from the link to an employee; only extra roles are stored.
        roles: person.demoAccount === 'pic_helpdesk' ? ['pic_helpdesk'] : [],
      })),
    ])
    await seedDemoSkp(tx, { instansiId, today: opts.today, people: rows })

    await insertAudit(tx, {
      instansiId,
      actorUserId: null,
      actorLabel: 'system',
      action: 'seed.demo',
      entity: 'instansi',
      entityId: instansiId,
      after: {
        units: DEMO_UNITS.length,
        jabatan: jabatanRows.length,
        pegawai: rows.length,
        today: opts.today,
      },
    })

    const accounts: DemoAccount[] = [
      {
        role: 'Admin instansi',
        login: DEMO_ADMIN_USERNAME,
        password: DEMO_PASSWORD,
        name: 'Admin BKPSDM',
      },
      ...ACCOUNT_ORDER.map((role) => {
        const person = people.find((p) => p.demoAccount === role)
        if (!person) throw new Error(`No demo person for ${role}`)
        return {
          role: ACCOUNT_LABELS[role],
          login: person.nip,
          password: DEMO_PASSWORD,
          name: person.fullName,
        }
      }),
    ]
    return { instansiId, accounts }
  })
  await seedDemoPeriods(db, {
    instansiId: summary.instansiId,
    timeZone: DEMO_INSTANSI.timeZone,
    today: opts.today,
  })
  // Stage 2 (issue 4) reads the SKPs, the quarterly periods and the calendar seeded above.
  await seedDemoActivities(db, { instansiId: summary.instansiId, today: opts.today })
  // Stage 3 (issue 5) reads the SKPs, the periods and the 2026 daily progress (the pre-fill).
  await seedDemoAssessments(db, { instansiId: summary.instansiId, today: opts.today })
  // The helpdesk (issue 6): the FAQ and the Pelaksana's two tickets, handled by the PIC.
  await seedDemoHelpdesk(db, { instansiId: summary.instansiId, today: opts.today })
  // Stage 4 (issue 6): the AK ledger of 2024–2025 from the final annual results above.
  await seedDemoFollowupAk(db, { instansiId: summary.instansiId, today: opts.today })
  // TPP example settings, 2025 talent potensi and a coaching plan from the results above.
  await seedDemoFollowupTpp(db, { instansiId: summary.instansiId, today: opts.today })
  return summary
}
