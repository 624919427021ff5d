import { randomUUID } from 'node:crypto'
import { and, eq, getTableColumns, getTableName, inArray, isNull, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { CORE_VALUES, type CoreValue } from '../../../shared/rules/berakhlak.ts'
import {
  checkDistribution,
  distributionUnitOf,
  wholePeople,
  type PredikatCounts,
} from '../../../shared/rules/distribution.ts'
import {
  predikatOf,
  ratingHasilForUnitHead,
  suggestRatingHasil,
  type OrgPredikat,
  type Predikat,
  type Rating,
} from '../../../shared/rules/predikat.ts'
import type { AssessmentStatus } from '../../../shared/rules/assessment-workflow.ts'
import type { SkpStatus } from '../../../shared/rules/skp-workflow.ts'
import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  workingCalendar,
  workingDayOnOrAfter,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import { systemClock } from '../../lib/clock.ts'
import {
  assessmentEvidence,
  assessmentExtensions,
  assessmentFeedback,
  assessmentObjections,
  assessmentRealisasi,
  assessments,
  orgPredikat,
} from '../../modules/assessments/assessments.tables.ts'
import { createAuditService } from '../../modules/audit/audit.service.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { loadOrgSnapshot } from '../../modules/org/org.repository.ts'
import { pegawai, units } from '../../modules/org/org.tables.ts'
import { createPeriodsService } from '../../modules/periods/periods.service.ts'
import { periods } from '../../modules/periods/periods.tables.ts'
import { indikator, rhk, skp } from '../../modules/skp/skp.tables.ts'
import { buildAtasanIndex, type AtasanIndex } from '../../../shared/rules/atasan.ts'
import type { Db, Executor } from '../client.ts'
import {
  CURRENT_ORG_NOTE,
  EDIT_REASONS,
  EVIDENCE_NAMES,
  EXTENSION_REASONS,
  KUALITATIF_REALISASI,
  OBJECTIONS,
  ORG_NOTES,
  PERILAKU_FEEDBACK,
  RHK_FEEDBACK,
} from './demo-assessments-content.ts'
import { DEMO_PEOPLE, DEMO_UNITS, type DemoAccountRole, type DemoUnitKey } from './demo-people.ts'
import { mulberry32 } from '../../lib/prng.ts'

/**
 * The demo's stage 3 (issue 5): predikat kinerja organisasi per unit and period, and the
 * assessments of 2024–2026 with realisasi, umpan balik, a few evidence links, extensions and
 * keberatan. Rows are written in bulk, never through the assessment services, but every
 * predikat comes from `predikatOf`, every unit head's rating hasil from
 * `ratingHasilForUnitHead`, and every completed group is checked with `checkDistribution`
 * (the seed throws when a plan falls outside the pattern), so the data is what the app could
 * have produced. Snapshots follow decision 0010: pegawai, jabatan and unit from the SKP,
 * assessor = the SKP's atasan, reviewer = the assessor's atasan on the period's last day.
 *
 * - 2024: the 32 with an SKP; four quarters on time, the annual 25 on time and 7 late after
 *   an extension (one for Bidang Mutasi, three personal).
 * - 2025: all 77, every period on time; two keberatan decided (one rejected, one granted).
 * - 2026: the finished quarters (deadline before today) for everyone with an approved SKP.
 * - The current quarter: only the Sub Bagian Kepegawaian dan Umum, half-way through rating
 *   (DEMO_CURRENT_RATING) — the e2e test rates one more and meets the distribution warning.
 *
 * Deterministic: a seeded PRNG per person and period decides everything; only ids are random.
 */

export const DEMO_ASSESSMENT_YEARS = [2024, 2025, 2026] as const

/**
 * The current quarter's setup (the quarterly period containing the demo's today; with the
 * e2e clock, Triwulan IV 2026). In the Sub Bagian Kepegawaian dan Umum (organisational
 * predikat Baik, set by the Sekretaris, not finalised) every assessment is rated by the Kepala
 * Sub Bagian except three: the Pelaksana demo account (draft, no realisasi), one colleague
 * (submitted) and the Kepala Sub Bagian herself (submitted; her pejabat penilai is the
 * Sekretaris). Exactly `wholePeople(70, group total)` of the rated are Baik, the rest Sangat
 * Baik: rating one more as Baik breaks the 70 % ceiling.
 */
export const DEMO_CURRENT_RATING = {
  periodKind: 'quarterly',
  groupUnitName: 'Sub Bagian Kepegawaian dan Umum',
  orgPredikat: 'baik',
  orgPredikatSetByName: 'Ni Luh Putu Ariani, S.E., M.M.',
  assessorNip: '197809282005052008',
  assessorName: 'Anak Agung Istri Mas Pradnyani, S.H., M.H.',
  draftNip: '199006092014081003',
  draftName: 'I Made Sudarsana, S.Sos.',
  submittedColleagueNip: '199205082021062003',
  submittedColleagueName: 'Ni Putu Diah Pratiwi, S.A.P.',
  /** The ceiling of Baik under an organisational predikat Baik (shared/rules/distribution.ts). */
  baikCeilingPercent: 70,
} as const

/** Seq of the quarterly period that contains `today` (the demo's periods are calendar quarters). */
export const demoCurrentPeriodSeq = (today: string) =>
  Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1

/** The rare quarters whose unit did poorly (organisational predikat Butuh Perbaikan). */
const ORG_BUTUH_PERBAIKAN: readonly { unit: DemoUnitKey; year: number; seq: number }[] = [
  { unit: 'diklat', year: 2024, seq: 2 },
  { unit: 'keuangan', year: 2025, seq: 1 },
]
/** Units of one person: under Baik the pattern demands a Butuh Perbaikan, so they stay Istimewa. */
const ALWAYS_ISTIMEWA: ReadonlySet<DemoUnitKey> = new Set(['opd', 'sekretariat'])
/** The annual 2024 extension for a whole unit, and how many of it submit late. */
const LATE_UNIT: DemoUnitKey = 'mutasi'
const LATE_IN_UNIT = 4
const LATE_PERSONAL = 3

export type DemoAssessmentsSummary = {
  assessments: number
  perPeriod: Record<string, number>
  orgPredikat: number
  realisasi: number
  feedback: number
  evidence: number
  extensions: number
  objections: number
  late: number
  /** The current quarter's kepegawaian group (null when today is in no seeded quarter). */
  current: {
    periodId: string
    year: number
    seq: number
    groupTotal: number
    baik: number
    sangatBaik: number
  } | null
}

const PRNG_SEED = 0x5e1a_2025
const TZ_OFFSET = '+08:00' // WITA: every demo time is a Gianyar wall-clock time
const MINUTE = 60_000
/** Satuan that are a level, not a count: a quarter's realisasi is the level, not a share. */
const LEVEL_SATUAN = new Set(['%', 'nilai'])

// ---------- deterministic helpers ----------

/** FNV-1a: a stable 32-bit number from a string (PRNG streams per person and period). */
function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32, as the other demo seeds use. */
function createRng(seed: number) {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const between = (min: number, max: number) => min + next() * (max - min)
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  const chance = (p: number) => next() < p
  return { next, int, between, pick, chance }
}
type Rng = ReturnType<typeof createRng>
const rngFor = (key: string) => createRng(hash32(key) ^ PRNG_SEED)

/** A wall-clock time in WITA: `minutes` after 08:00 of `day`. */
const at = (day: string, minutes: number) => {
  const m = 8 * 60 + minutes
  const hh = String(Math.floor(m / 60)).padStart(2, '0')
  const mm = String(m % 60).padStart(2, '0')
  return new Date(`${day}T${hh}:${mm}:00${TZ_OFFSET}`)
}
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE)
const later = (a: Date, b: Date) => (a > b ? a : b)
const localDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
const normSatuan = (s: string | null) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
const fill = (text: string, period: { name: string }) => text.replaceAll('{periode}', period.name)

function* chunks<T>(rows: readonly T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/** A column's PostgreSQL type; `text:enum_name` is sent as text and cast to the enum. */
type CellType = 'uuid' | 'text' | 'int2' | 'int4' | 'bool' | 'numeric' | 'date' | 'timestamptz'
type ColumnType = CellType | `text:${string}`
type Cell = string | number | boolean | Date | null | undefined

/**
 * INSERT … SELECT FROM unnest(one array per column), ≤ 1000 rows a statement: one bind
 * parameter per column instead of one per cell, which keeps the seed well under its budget.
 * `types` names every column written (by the table's property names); the rest take defaults.
 */
async function bulkInsert<T extends Record<string, Cell>>(
  tx: Executor,
  table: PgTable,
  rows: readonly T[],
  types: { [K in keyof T & string]: ColumnType },
) {
  const columns = getTableColumns(table)
  const keys = Object.keys(types) as (keyof T & string)[]
  const names = keys.map((k) => {
    const column = columns[k]
    if (!column) throw new Error(`bulkInsert: ${getTableName(table)} has no column ${k}`)
    return column.name
  })
  const target = sql.raw(names.map((n) => `"${n}"`).join(', '))
  const aliases = sql.raw(keys.map((_, i) => `c${i}`).join(', '))
  const selects = sql.raw(
    keys
      .map((k, i) => {
        const [, cast] = types[k].split(':')
        return cast ? `c${i}::${cast}` : `c${i}`
      })
      .join(', '),
  )
  for (const part of chunks(rows)) {
    const arrays = keys.map((k) => {
      const [type] = types[k].split(':') as [CellType]
      const values = part.map((row) => {
        const v = row[k]
        if (v === null || v === undefined) return 'NULL'
        if (v instanceof Date) return v.toISOString()
        if (type !== 'text') return String(v)
        return `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
      })
      return sql`${`{${values.join(',')}}`}::${sql.raw(type)}[]`
    })
    await tx.execute(
      sql`INSERT INTO ${sql.identifier(getTableName(table))} (${target}) SELECT ${selects} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${aliases})`,
    )
  }
}

// ---------- context ----------

type PeriodRow = {
  id: string
  year: number
  kind: string
  seq: number
  name: string
  startDate: string
  endDate: string
  deadline: string
}
type SkpRow = {
  id: string
  pegawaiId: string
  year: number
  status: SkpStatus
  startDate: string
  endDate: string
  pegawaiName: string
  pegawaiNip: string
  pegawaiGolongan: string | null
  unitId: string
  unitName: string
  jabatanName: string
  jabatanJenis: string
  atasanPegawaiId: string | null
  atasanName: string | null
  atasanNip: string | null
  atasanGolongan: string | null
  atasanJabatanName: string | null
  atasanUnitName: string | null
}
type IkiRow = {
  id: string
  rhkId: string
  seq: number
  targetValue: number | null
  targetUnit: string | null
  targetText: string | null
}
type RhkRow = { id: string; skpId: string; seq: number; jenis: 'utama' | 'tambahan'; iki: IkiRow[] }
type Person = {
  id: string
  userId: string
  fullName: string
  nip: string
  unitKey: DemoUnitKey
  demoAccount: DemoAccountRole | undefined
  /** Roster position: a stable order for choices. */
  roster: number
}

const fullNameOf = (p: { name: string; gelarDepan: string | null; gelarBelakang: string | null }) =>
  [p.gelarDepan, p.name].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '')

async function loadContext(tx: Executor, instansiId: string) {
  const unitRows = await tx
    .select({ id: units.id, parentId: units.parentId, name: units.name })
    .from(units)
    .where(eq(units.instansiId, instansiId))
  const unitKeyOf = new Map<string, DemoUnitKey>()
  const unitIdOf = new Map<DemoUnitKey, string>()
  for (const u of DEMO_UNITS) {
    const row = unitRows.find((r) => r.name === u.name)
    if (!row) throw new Error(`seedDemoAssessments: demo unit ${u.name} is missing`)
    unitKeyOf.set(row.id, u.key)
    unitIdOf.set(u.key, row.id)
  }
  const peopleRows = await tx
    .select({
      id: pegawai.id,
      name: pegawai.name,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
      nip: pegawai.nip,
      unitId: pegawai.unitId,
      userId: userAccounts.id,
    })
    .from(pegawai)
    .innerJoin(userAccounts, eq(userAccounts.pegawaiId, pegawai.id))
    .where(eq(pegawai.instansiId, instansiId))
  const roster = new Map(DEMO_PEOPLE.map((p, i) => [p.name, { p, i }]))
  const people = new Map<string, Person>()
  for (const r of peopleRows) {
    const demo = roster.get(r.name)
    const unitKey = unitKeyOf.get(r.unitId)
    if (!demo || !unitKey) throw new Error(`seedDemoAssessments: ${r.name} is not a demo person`)
    people.set(r.id, {
      id: r.id,
      userId: r.userId,
      fullName: fullNameOf(r),
      nip: r.nip,
      unitKey,
      demoAccount: demo.p.demoAccount,
      roster: demo.i,
    })
  }
  const [admin] = await tx
    .select({ id: userAccounts.id, name: userAccounts.displayName })
    .from(userAccounts)
    .where(
      and(
        eq(userAccounts.instansiId, instansiId),
        isNull(userAccounts.pegawaiId),
        sql`'admin_instansi' = ANY(${userAccounts.roles})`,
      ),
    )
    .limit(1)
  if (!admin) throw new Error('seedDemoAssessments: the demo admin account is missing')

  const periodRows: PeriodRow[] = await tx
    .select({
      id: periods.id,
      year: periods.year,
      kind: periods.kind,
      seq: periods.seq,
      name: periods.name,
      startDate: periods.startDate,
      endDate: periods.endDate,
      deadline: periods.deadline,
    })
    .from(periods)
    .where(
      and(eq(periods.instansiId, instansiId), inArray(periods.year, [...DEMO_ASSESSMENT_YEARS])),
    )
  const skpRows: SkpRow[] = await tx
    .select({
      id: skp.id,
      pegawaiId: skp.pegawaiId,
      year: skp.year,
      status: skp.status,
      startDate: skp.startDate,
      endDate: skp.endDate,
      pegawaiName: skp.pegawaiName,
      pegawaiNip: skp.pegawaiNip,
      pegawaiGolongan: skp.pegawaiGolongan,
      unitId: skp.unitId,
      unitName: skp.unitName,
      jabatanName: skp.jabatanName,
      jabatanJenis: skp.jabatanJenis,
      atasanPegawaiId: skp.atasanPegawaiId,
      atasanName: skp.atasanName,
      atasanNip: skp.atasanNip,
      atasanGolongan: skp.atasanGolongan,
      atasanJabatanName: skp.atasanJabatanName,
      atasanUnitName: skp.atasanUnitName,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.year, [...DEMO_ASSESSMENT_YEARS])))
  // Content only of the approved SKPs: nothing else is assessed.
  const rhkRows = await tx
    .select({ id: rhk.id, skpId: rhk.skpId, seq: rhk.seq, jenis: rhk.jenis })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(and(eq(rhk.instansiId, instansiId), eq(skp.status, 'disetujui')))
  const ikiRows: IkiRow[] = await tx
    .select({
      id: indikator.id,
      rhkId: indikator.rhkId,
      seq: indikator.seq,
      targetValue: indikator.targetValue,
      targetUnit: indikator.targetUnit,
      targetText: indikator.targetText,
    })
    .from(indikator)
    .innerJoin(rhk, eq(rhk.id, indikator.rhkId))
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(and(eq(indikator.instansiId, instansiId), eq(skp.status, 'disetujui')))
  const rhkBySkp = new Map<string, RhkRow[]>()
  const rhkById = new Map<string, RhkRow>()
  for (const r of rhkRows) {
    const row: RhkRow = { ...r, iki: [] }
    rhkById.set(r.id, row)
    rhkBySkp.set(r.skpId, [...(rhkBySkp.get(r.skpId) ?? []), row])
  }
  for (const k of ikiRows) rhkById.get(k.rhkId)?.iki.push(k)
  for (const list of rhkBySkp.values()) {
    list.sort((a, b) => a.seq - b.seq)
    for (const r of list) r.iki.sort((a, b) => a.seq - b.seq)
  }

  // The pre-fill the app offers: the period's daily-progress realisasi per RHK and satuan.
  const progress = await tx.execute(sql`
    SELECT d.rhk_id AS "rhkId", p.id AS "periodId", d.satuan, sum(d.realisasi)::float8 AS total
    FROM daily_progress d
    JOIN periods p ON p.instansi_id = d.instansi_id AND d.date BETWEEN p.start_date AND p.end_date
    WHERE d.instansi_id = ${instansiId} AND d.rhk_id IS NOT NULL
    GROUP BY 1, 2, 3`)
  const progressSum = new Map<string, number>()
  for (const r of progress.rows as {
    rhkId: string
    periodId: string
    satuan: string
    total: number
  }[]) {
    const key = `${r.rhkId}:${r.periodId}:${normSatuan(r.satuan)}`
    progressSum.set(key, (progressSum.get(key) ?? 0) + r.total)
  }

  return {
    units: unitRows,
    unitKeyOf,
    unitIdOf,
    people,
    admin,
    periods: periodRows,
    skps: skpRows,
    rhkBySkp,
    progressSum,
  }
}
type Context = Awaited<ReturnType<typeof loadContext>> & {
  today: string
  cal: WorkingCalendar
  org: Parameters<typeof buildAtasanIndex>[0]
}

// ---------- planning ----------

type Realisasi = {
  indikatorId: string
  rhkId: string
  value: number | null
  text: string | null
  suggestedValue: number | null
  editReason: string | null
  at: Date
}
type Feedback = {
  rhkId: string | null
  coreValue: CoreValue | null
  rating: Rating | null
  body: string
  at: Date
}
type Evidence = { rhkId: string; url: string; name: string; at: Date }
type Objection = {
  decision: 'ditolak' | 'dikabulkan'
  reason: string
  note: string
  filedAt: Date
  decidedAt: Date
  previous: { hasil: Rating; perilaku: Rating; predikat: Predikat }
}
type Planned = {
  id: string
  period: PeriodRow
  skp: SkpRow
  person: Person
  status: AssessmentStatus
  headsUnitId: string | null
  reviewer: Person | null
  /** Who acts as pejabat penilai: the assessor's account, or the admin at the top. */
  raterUserId: string
  hasil: Rating | null
  perilaku: Rating | null
  predikat: Predikat | null
  source: 'atasan' | 'org_predikat' | null
  createdAt: Date
  submittedAt: Date | null
  late: boolean
  ratedAt: Date | null
  finalisedAt: Date | null
  acknowledgedAt: Date | null
  objection: Objection | null
  realisasi: Realisasi[]
  feedback: Feedback[]
  evidence: Evidence[]
  /** Score of the period: higher → better predikat within the group. */
  score: number
}
type OrgPlan = {
  unitId: string
  unitKey: DemoUnitKey
  period: PeriodRow
  value: OrgPredikat
  note: string | null
  setBy: { userId: string; name: string }
  setAt: Date
  finalisedAt: Date | null
}
type ExtensionPlan = {
  periodId: string
  pegawaiId: string | null
  unitId: string | null
  until: string
  reason: string
  at: Date
}

/** The SKP the app assesses for a period: the one overlapping it (not ditutup first, latest start). */
function skpForPeriod(list: readonly SkpRow[], p: PeriodRow): SkpRow | undefined {
  return list
    .filter((s) => s.year === p.year && s.startDate <= p.endDate && s.endDate >= p.startDate)
    .sort(
      (a, b) =>
        Number(a.status === 'ditutup') - Number(b.status === 'ditutup') ||
        b.startDate.localeCompare(a.startDate),
    )[0]
}

/** A person's steady tendency, plus this period's ups and downs. */
function scoreOf(person: Person, period: PeriodRow): number {
  const base = rngFor(`base:${person.nip}`)
  const steady = base.next() + base.next() + base.next() - 1.5
  // Demo accounts keep a presentable history (they are shown in the guided tour).
  const bonus = person.demoAccount ? 0.6 : 0
  return steady + bonus + rngFor(`noise:${person.nip}:${period.name}`).between(-0.6, 0.6)
}

/** Ratings that give `target` (checked with predikatOf by the caller). */
function ratingsFor(target: Predikat, rng: Rng): [Rating, Rating] {
  switch (target) {
    case 'sangat_baik':
      return ['di_atas', 'di_atas']
    case 'baik': {
      const r = rng.next()
      return r < 0.7
        ? ['sesuai', 'sesuai']
        : r < 0.85
          ? ['sesuai', 'di_atas']
          : ['di_atas', 'sesuai']
    }
    case 'butuh_perbaikan':
      return rng.chance(0.8) ? ['di_bawah', 'sesuai'] : ['di_bawah', 'di_atas']
    case 'kurang':
    case 'sangat_kurang':
      throw new Error(`seedDemoAssessments: no demo plan for predikat ${target}`)
  }
}

/** A head's perilaku for the predikat their (fixed) rating hasil allows. */
function headPerilaku(hasil: Rating, target: Predikat, rng: Rng): Rating {
  const options = (['di_atas', 'sesuai'] as const).filter((p) => predikatOf(hasil, p) === target)
  if (options.length === 0) throw new Error(`seedDemoAssessments: ${hasil} cannot give ${target}`)
  return options.length > 1 && rng.chance(0.3) ? options[0]! : options[options.length - 1]!
}

/**
 * The predikat of everyone in one distribution group, inside the pattern of its
 * organisational predikat: best scores get Sangat Baik, the lowest Butuh Perbaikan.
 */
function planGroup(value: OrgPredikat, members: Planned[], rng: Rng): Map<Planned, Predikat> {
  const n = members.length
  const out = new Map<Planned, Predikat>()
  const head = members.find((m) => m.headsUnitId !== null)
  const others = members.filter((m) => m !== head).sort((a, b) => b.score - a.score)
  const m = others.length
  let sb = 0
  let bp = 0
  if (value === 'istimewa') {
    const headSb = !!head && head.score > 0
    if (head) out.set(head, headSb ? 'sangat_baik' : 'baik')
    const room = wholePeople(70, n) - (headSb ? 1 : 0)
    sb = Math.min(room, Math.round(m * rng.between(0.3, 0.6)))
    bp = m >= 8 && rng.chance(0.3) ? 1 : 0
  } else if (value === 'baik') {
    if (head) out.set(head, 'baik')
    if (m === 0) throw new Error('seedDemoAssessments: a group of one cannot be Baik')
    const room = wholePeople(70, n) - (head ? 1 : 0)
    bp = m >= 12 && rng.chance(0.3) ? 2 : 1
    sb = Math.min(m - bp, Math.max(Math.round(m * rng.between(0.15, 0.35)), m - bp - room))
  } else if (value === 'butuh_perbaikan') {
    if (head) out.set(head, 'butuh_perbaikan')
    bp = Math.min(m, Math.max(0, wholePeople(60, n) - (head ? 1 : 0)) + (rng.chance(0.3) ? 1 : 0))
    sb = Math.min(m - bp, wholePeople(10, n) >= 1 && rng.chance(0.5) ? 1 : 0)
  } else {
    throw new Error(`seedDemoAssessments: no demo plan for organisational predikat ${value}`)
  }
  others.forEach((p, i) =>
    out.set(p, i < sb ? 'sangat_baik' : i >= m - bp ? 'butuh_perbaikan' : 'baik'),
  )
  return out
}

/** How the realisasi of a rating hasil compares with the target. */
function factorFor(hasil: Rating, level: boolean, rng: Rng): number {
  if (level) {
    if (hasil === 'di_atas') return rng.between(1, 1.06)
    if (hasil === 'sesuai') return rng.between(0.95, 1)
    return rng.between(0.78, 0.9)
  }
  if (hasil === 'di_atas') return rng.between(1.05, 1.25)
  if (hasil === 'sesuai') return rng.between(0.93, 1.05)
  return rng.between(0.6, 0.85)
}

function evidenceUrl(rng: Rng): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  const id = (n: number) =>
    Array.from({ length: n }, () => chars[rng.int(0, chars.length - 1)]).join('')
  const r = rng.next()
  if (r < 0.5) return `https://drive.google.com/file/d/1${id(32)}/view?usp=sharing`
  if (r < 0.8) return `https://docs.google.com/spreadsheets/d/1${id(43)}/edit?usp=sharing`
  return `https://docs.google.com/document/d/1${id(43)}/edit?usp=sharing`
}

function plan(c: Context) {
  const { today, cal } = c
  /** Nothing is dated on or after the demo's today (seeding may run early in the morning). */
  const cap = new Date(new Date(`${today}T00:00:00${TZ_OFFSET}`).getTime() - MINUTE)
  const capped = (d: Date) => (d > cap ? cap : d)
  const wd = (day: string, n: number) => addWorkingDays(workingDayOnOrAfter(day, cal), n, cal)

  const skpsOf = new Map<string, SkpRow[]>()
  for (const s of c.skps) skpsOf.set(s.pegawaiId, [...(skpsOf.get(s.pegawaiId) ?? []), s])
  const parentOf = new Map(c.units.map((u) => [u.id, u.parentId]))
  const unitName = new Map(c.units.map((u) => [u.id, u.name]))
  const personOf = (id: string) => {
    const p = c.people.get(id)
    if (!p) throw new Error(`seedDemoAssessments: unknown pegawai ${id}`)
    return p
  }
  const headOfUnit = (index: AtasanIndex, key: DemoUnitKey) => {
    const [id] = index.headsOf(c.unitIdOf.get(key)!)
    if (!id) throw new Error(`seedDemoAssessments: unit ${key} has no head`)
    return personOf(id)
  }

  const sorted = [...c.periods].sort(
    (a, b) =>
      a.year - b.year || Number(a.kind === 'annual') - Number(b.kind === 'annual') || a.seq - b.seq,
  )
  const current = sorted.find(
    (p) => p.kind === 'quarterly' && p.startDate <= today && today <= p.endDate,
  )
  const completed = sorted.filter((p) => p.deadline < today)

  const planned: Planned[] = []
  const orgPlans: OrgPlan[] = []
  const extensions: ExtensionPlan[] = []
  /**
   * The year so far per SKP indikator of counted work: each quarter's factor and realisasi.
   * A quarter brings the cumulative realisasi to target × (mean factor) × quarters / 4, so
   * small yearly targets (2 laporan) land in the right quarters; the annual is the sum.
   */
  const yearSoFar = new Map<string, { factors: number[]; values: number[] }>()
  const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0)
  const orgOf = new Map<string, OrgPredikat>() // `${periodId}:${unitId}`

  /** Everyone with an approved SKP for the period, with the snapshots of decision 0010. */
  function assessed(p: PeriodRow, index: AtasanIndex, only?: (s: SkpRow) => boolean) {
    const out: Planned[] = []
    for (const person of [...c.people.values()].sort((a, b) => a.roster - b.roster)) {
      const s = skpForPeriod(skpsOf.get(person.id) ?? [], p)
      if (!s || s.status !== 'disetujui' || (only && !only(s))) continue
      const heads = index.headsOf(s.unitId).includes(person.id)
      const reviewerId = s.atasanPegawaiId ? index.atasanOf(s.atasanPegawaiId) : null
      const rater = s.atasanPegawaiId ? personOf(s.atasanPegawaiId).userId : c.admin.id
      out.push({
        id: randomUUID(),
        period: p,
        skp: s,
        person,
        status: 'draft',
        headsUnitId: heads ? s.unitId : null,
        reviewer: reviewerId ? personOf(reviewerId) : null,
        raterUserId: rater,
        hasil: null,
        perilaku: null,
        predikat: null,
        source: null,
        createdAt: new Date(0),
        submittedAt: null,
        late: false,
        ratedAt: null,
        finalisedAt: null,
        acknowledgedAt: null,
        objection: null,
        realisasi: [],
        feedback: [],
        evidence: [],
        score: scoreOf(person, p),
      })
    }
    return out
  }

  function setRatings(a: Planned, hasil: Rating, perilaku: Rating, expected: Predikat) {
    const predikat = predikatOf(hasil, perilaku)
    if (predikat !== expected) {
      throw new Error(
        `seedDemoAssessments: ${hasil}/${perilaku} gives ${predikat}, not ${expected}`,
      )
    }
    a.hasil = hasil
    a.perilaku = perilaku
    a.predikat = predikat
  }

  /** Realisasi of every indikator: near the target, the pre-fill where daily progress has one. */
  function planRealisasi(a: Planned, at: Date, rng: Rng) {
    const hasil = a.hasil ?? 'sesuai'
    const annual = a.period.kind === 'annual'
    for (const r of c.rhkBySkp.get(a.skp.id) ?? []) {
      for (const k of r.iki) {
        const item: Realisasi = {
          indikatorId: k.id,
          rhkId: r.id,
          value: null,
          text: null,
          suggestedValue: null,
          editReason: null,
          at,
        }
        a.realisasi.push(item)
        if (k.targetValue === null) {
          const stage = annual ? 4 : a.period.seq - 1
          item.text = KUALITATIF_REALISASI[stage]!.replace('{target}', k.targetText ?? '')
          continue
        }
        const target = k.targetValue
        const level = LEVEL_SATUAN.has(normSatuan(k.targetUnit))
        const f = factorFor(hasil, level, rng)
        const key = `${a.skp.id}:${k.id}`
        const soFar = yearSoFar.get(key) ?? { factors: [], values: [] }
        let expected: number
        if (level) {
          expected = Math.round(target * f)
          if (normSatuan(k.targetUnit) === '%') expected = Math.min(100, expected)
        } else if (annual) {
          expected = soFar.values.length === 4 ? sum(soFar.values) : Math.round(target * f)
        } else {
          const mean = (sum(soFar.factors) + f) / (soFar.factors.length + 1)
          expected = Math.max(0, Math.round((target * mean * a.period.seq) / 4) - sum(soFar.values))
        }
        const suggestion = level
          ? undefined
          : c.progressSum.get(`${r.id}:${a.period.id}:${normSatuan(k.targetUnit)}`)
        let value = expected
        if (suggestion !== undefined) {
          item.suggestedValue = suggestion
          if (suggestion > 2 * Math.max(expected, 1)) {
            item.editReason = rng.pick(EDIT_REASONS.overcount)
          } else if (rng.chance(0.05)) {
            const more = suggestion === 0 || rng.chance(0.5)
            value = Math.max(0, suggestion + (more ? rng.int(1, 2) : -rng.int(1, 2)))
            item.editReason = rng.pick(more ? EDIT_REASONS.more : EDIT_REASONS.less)
          } else {
            value = suggestion
          }
        }
        item.value = value
        if (!annual && !level) {
          yearSoFar.set(key, { factors: [...soFar.factors, f], values: [...soFar.values, value] })
        }
      }
    }
    // A few attach links as bukti dukung (uploads and picks are left to the live demo).
    if (rng.chance(0.35)) {
      const rhks = c.rhkBySkp.get(a.skp.id) ?? []
      const n = Math.min(rhks.length, rng.int(1, 2))
      for (const r of rhks.slice(0, n)) {
        a.evidence.push({
          rhkId: r.id,
          url: evidenceUrl(rng),
          name: fill(rng.pick(EVIDENCE_NAMES), a.period),
          at: plus(at, -rng.int(5, 60)),
        })
      }
    }
  }

  /** Umpan balik per RHK (judgements that suggest the chosen rating hasil) and a few per value. */
  function planFeedback(a: Planned, at: Date, rng: Rng) {
    const rhks = c.rhkBySkp.get(a.skp.id) ?? []
    const hasil = a.hasil!
    const judged = rhks.map((r) => ({ r, rating: hasil }))
    if (judged.length >= 2 && rng.chance(0.35)) {
      const shift: Rating = hasil === 'sesuai' ? 'di_atas' : 'sesuai'
      const i = rng.int(0, judged.length - 1)
      const varied = judged.map((j, k) => ({ ...j, rating: k === i ? shift : j.rating }))
      const suggestion = suggestRatingHasil(
        varied.map((j) => ({ jenis: j.r.jenis, rating: j.rating })),
      )
      if (suggestion === hasil) judged.splice(0, judged.length, ...varied)
    }
    for (const { r, rating } of judged) {
      const text = RHK_FEEDBACK[rating]
      a.feedback.push({
        rhkId: r.id,
        coreValue: null,
        rating,
        body: fill(`${rng.pick(text.opening)} ${rng.pick(text.advice)}`, a.period),
        at: plus(at, -rng.int(5, 40)),
      })
    }
    if (rng.chance(0.4)) {
      const first = rng.int(0, CORE_VALUES.length - 1)
      const values = [CORE_VALUES[first]!]
      if (rng.chance(0.4)) values.push(CORE_VALUES[(first + rng.int(1, 6)) % CORE_VALUES.length]!)
      for (const v of values) {
        const improve = a.perilaku === 'sesuai' && rng.chance(0.3)
        a.feedback.push({
          rhkId: null,
          coreValue: v,
          rating: null,
          body: rng.pick(improve ? PERILAKU_FEEDBACK[v].improve : PERILAKU_FEEDBACK[v].good),
          at: plus(at, -rng.int(1, 4)),
        })
      }
    }
  }

  // ---------- completed periods ----------
  const admin = { userId: c.admin.id, name: c.admin.name }
  for (const p of completed) {
    const index = buildAtasanIndex(c.org, p.endDate < today ? p.endDate : today)
    const list = assessed(p, index)
    const setter = (key: DemoUnitKey) => {
      const parent = DEMO_UNITS.find((u) => u.key === key)!.parent
      if (!parent) return admin
      const h = headOfUnit(index, parent)
      return { userId: h.userId, name: h.fullName }
    }

    // Organisational predikat of every unit: set the first working day after the period.
    const orgSetDay = wd(addDays(p.endDate, 1), 0)
    const groups = new Map<string, Planned[]>()
    DEMO_UNITS.forEach((u, i) => {
      const unitId = c.unitIdOf.get(u.key)!
      let value: OrgPredikat
      if (ALWAYS_ISTIMEWA.has(u.key)) value = 'istimewa'
      else if (p.kind === 'annual') {
        const quarters = completed.filter((q) => q.year === p.year && q.kind === 'quarterly')
        const istimewa = quarters.filter((q) => orgOf.get(`${q.id}:${unitId}`) === 'istimewa')
        value = istimewa.length >= 3 ? 'istimewa' : 'baik'
      } else if (
        ORG_BUTUH_PERBAIKAN.some((b) => b.unit === u.key && b.year === p.year && b.seq === p.seq)
      ) {
        value = 'butuh_perbaikan'
      } else value = rngFor(`org:${u.key}:${p.name}`).chance(0.25) ? 'istimewa' : 'baik'
      orgOf.set(`${p.id}:${unitId}`, value)
      const rng = rngFor(`orgnote:${u.key}:${p.name}`)
      const notes = ORG_NOTES[value] ?? []
      orgPlans.push({
        unitId,
        unitKey: u.key,
        period: p,
        value,
        note: notes.length && rng.chance(0.5) ? rng.pick(notes) : null,
        setBy: setter(u.key),
        setAt: at(orgSetDay, 30 + 9 * i),
        finalisedAt: null,
      })
      groups.set(unitId, [])
    })
    const withPredikat = new Set(groups.keys())
    for (const a of list) {
      const g = distributionUnitOf(a.skp.unitId, parentOf, withPredikat)
      if (!g) throw new Error(`seedDemoAssessments: ${a.person.fullName} has no distribution group`)
      groups.get(g)!.push(a)
    }

    // Ratings per group, inside the pattern.
    for (const [unitId, members] of groups) {
      if (members.length === 0) continue
      const value = orgOf.get(`${p.id}:${unitId}`)!
      const targets = planGroup(value, members, rngFor(`group:${unitId}:${p.name}`))
      const counts: Partial<PredikatCounts> = {}
      for (const a of members) {
        const target = targets.get(a)!
        const rng = rngFor(`ratings:${a.person.nip}:${p.name}`)
        if (a.headsUnitId) {
          const hasil = ratingHasilForUnitHead(orgOf.get(`${p.id}:${a.headsUnitId}`)!)
          setRatings(a, hasil, headPerilaku(hasil, target, rng), target)
          a.source = 'org_predikat'
        } else {
          const [hasil, perilaku] = ratingsFor(target, rng)
          setRatings(a, hasil, perilaku, target)
          a.source = 'atasan'
        }
        counts[a.predikat!] = (counts[a.predikat!] ?? 0) + 1
      }
      const check = checkDistribution(value, counts, members.length)
      if (!check.withinPattern) {
        throw new Error(
          `seedDemoAssessments: ${unitName.get(unitId)} ${p.name} outside the ${value} pattern`,
        )
      }
    }

    // The annual 2024 stragglers: a unit extension and three personal ones.
    const late = new Set<Planned>()
    if (p.year === 2024 && p.kind === 'annual') {
      const until = wd(p.deadline, 7)
      const lateUnitId = c.unitIdOf.get(LATE_UNIT)!
      const inUnit = list.filter((a) => a.skp.unitId === lateUnitId && !a.person.demoAccount)
      const elsewhere = list.filter((a) => a.skp.unitId !== lateUnitId && !a.person.demoAccount)
      const pickSome = (from: Planned[], n: number, key: string) =>
        [...from]
          .sort((x, y) => hash32(`${key}:${x.person.nip}`) - hash32(`${key}:${y.person.nip}`))
          .slice(0, n)
      for (const a of pickSome(inUnit, LATE_IN_UNIT, 'late-unit')) late.add(a)
      extensions.push({
        periodId: p.id,
        pegawaiId: null,
        unitId: lateUnitId,
        until,
        reason: EXTENSION_REASONS.unit,
        at: at(wd(p.deadline, -1), 390),
      })
      pickSome(elsewhere, LATE_PERSONAL, 'late-person').forEach((a, i) => {
        late.add(a)
        extensions.push({
          periodId: p.id,
          pegawaiId: a.person.id,
          unitId: null,
          until,
          reason: EXTENSION_REASONS.person[i % EXTENSION_REASONS.person.length]!,
          at: at(isWorkingDay(p.deadline, cal) ? p.deadline : wd(p.deadline, -1), 120 + 60 * i),
        })
      })
    }

    // Timeline: submitted around the period's end (by the deadline, or by the extension),
    // rated after the organisational predikat is set, finalised per assessor in one go.
    const lastOnTime = isWorkingDay(p.deadline, cal) ? p.deadline : wd(p.deadline, -1)
    const firstDay = wd(p.endDate, -3)
    const days: string[] = []
    for (let d = firstDay; d <= lastOnTime; d = addWorkingDays(d, 1, cal)) days.push(d)
    for (const a of list) {
      const rng = rngFor(`time:${a.person.nip}:${p.name}`)
      let submitDay: string
      if (late.has(a)) {
        const ext = extensions.find((e) => e.pegawaiId === a.person.id) ?? extensions[0]!
        const options: string[] = []
        for (let d = wd(addDays(p.deadline, 1), 0); d <= ext.until; d = addWorkingDays(d, 1, cal))
          options.push(d)
        submitDay = rng.pick(options)
        a.late = true
      } else {
        // Most submit in the first days after the period, a few before it ends, few on the last day.
        const before = days.filter((d) => d <= p.endDate)
        const after = days.filter((d) => d > p.endDate)
        if (after.length === 0 || (before.length > 0 && rng.chance(0.15))) {
          submitDay = rng.pick(before)
        } else {
          submitDay =
            after[Math.min(after.length - 1, Math.floor(after.length * rng.next() ** 1.6))]!
        }
      }
      a.submittedAt = at(submitDay, rng.int(0, 480))
      a.createdAt = plus(a.submittedAt, -rng.int(180, 4000))
      const ratedDay = wd(submitDay > orgSetDay ? submitDay : orgSetDay, rng.int(1, 3))
      a.ratedAt = later(at(ratedDay, rng.int(0, 480)), plus(a.submittedAt, 30))
      planRealisasi(a, plus(a.submittedAt, -rng.int(10, 150)), rng)
    }
    // Bulk finalisation: each rater finalises their people after rating the last of them.
    const byRater = new Map<string, Planned[]>()
    for (const a of list) byRater.set(a.raterUserId, [...(byRater.get(a.raterUserId) ?? []), a])
    for (const [rater, mine] of byRater) {
      const rng = rngFor(`final:${rater}:${p.name}`)
      // The stragglers are finalised on their own, after the others.
      for (const part of [mine.filter((a) => !a.late), mine.filter((a) => a.late)]) {
        if (part.length === 0) continue
        const last = part.reduce((t, a) => later(t, a.ratedAt!), new Date(0))
        const finalisedAt = plus(last, rng.int(15, 90))
        for (const a of part) {
          a.finalisedAt = finalisedAt
          a.status = 'finalised'
          planFeedback(a, a.ratedAt!, rngFor(`feedback:${a.person.nip}:${p.name}`))
        }
      }
    }
    // Some acknowledge their result; the rest let the keberatan window pass.
    for (const a of list) {
      const rng = rngFor(`ack:${a.person.nip}:${p.name}`)
      if (rng.chance(0.15)) {
        a.acknowledgedAt = at(wd(localDay(a.finalisedAt!), rng.int(1, 4)), rng.int(0, 480))
      }
    }

    // Two keberatan in 2025: a rejected one in Triwulan II, a granted one in Triwulan III.
    if (p.year === 2025 && p.kind === 'quarterly' && (p.seq === 2 || p.seq === 3)) {
      const decision = p.seq === 2 ? 'ditolak' : 'dikabulkan'
      const wanted: Predikat = decision === 'ditolak' ? 'butuh_perbaikan' : 'baik'
      const candidates = list.filter(
        (a) =>
          !a.headsUnitId &&
          !a.person.demoAccount &&
          a.reviewer !== null &&
          a.predikat === wanted &&
          (decision === 'ditolak' || (a.hasil === 'sesuai' && a.perilaku === 'sesuai')),
      )
      const a = candidates.sort(
        (x, y) => hash32(`obj:${x.person.nip}`) - hash32(`obj:${y.person.nip}`),
      )[0]
      if (!a) throw new Error(`seedDemoAssessments: no keberatan candidate in ${p.name}`)
      const rng = rngFor(`objection:${a.person.nip}:${p.name}`)
      const filedAt = at(wd(localDay(a.finalisedAt!), rng.int(1, 4)), rng.int(0, 420))
      const decidedAt = at(wd(localDay(filedAt), rng.int(2, 5)), rng.int(0, 420))
      // A granted keberatan raised a Di Bawah rating hasil: that was the predikat before.
      const previous =
        decision === 'ditolak'
          ? { hasil: a.hasil!, perilaku: a.perilaku!, predikat: a.predikat! }
          : {
              hasil: 'di_bawah' as const,
              perilaku: a.perilaku!,
              predikat: predikatOf('di_bawah', a.perilaku!),
            }
      a.objection = {
        decision,
        reason: OBJECTIONS[decision].reason,
        note: OBJECTIONS[decision].note,
        filedAt,
        decidedAt,
        previous,
      }
      a.status = 'decided'
      a.acknowledgedAt = null
      if (decision === 'dikabulkan') {
        // The umpan balik was written for the rating before the keberatan.
        const final = a.hasil
        a.hasil = previous.hasil
        a.feedback = []
        planFeedback(a, a.ratedAt!, rng)
        a.hasil = final
      }
    }

    // Penetapan per unit after its last result is final; then nothing is dated after today.
    for (const o of orgPlans.filter((x) => x.period === p)) {
      const members = groups.get(o.unitId)!
      const lastFinal = members.reduce(
        (t, a) => later(t, later(a.finalisedAt!, a.objection?.decidedAt ?? new Date(0))),
        o.setAt,
      )
      const rng = rngFor(`penetapan:${o.unitKey}:${p.name}`)
      o.finalisedAt = capped(at(wd(localDay(lastFinal), 1), rng.int(0, 420)))
      o.setAt = capped(o.setAt)
    }
    for (const a of list) {
      for (const key of [
        'createdAt',
        'submittedAt',
        'ratedAt',
        'finalisedAt',
        'acknowledgedAt',
      ] as const) {
        const v = a[key]
        if (v) a[key] = capped(v)
      }
      if (a.objection) {
        a.objection.filedAt = capped(a.objection.filedAt)
        a.objection.decidedAt = capped(a.objection.decidedAt)
      }
      for (const x of [...a.realisasi, ...a.feedback, ...a.evidence]) x.at = capped(x.at)
    }
    planned.push(...list)
  }
  for (const e of extensions) e.at = capped(e.at)

  // ---------- the current quarter: the kepegawaian group half-way through rating ----------
  let currentSummary: DemoAssessmentsSummary['current'] = null
  if (current) {
    const p = current
    const index = buildAtasanIndex(c.org, today)
    const unitId = c.unitIdOf.get('kepegawaian')!
    const list = assessed(p, index, (s) => s.unitId === unitId)
    const start = at(p.startDate, 0)
    const clamp = (d: Date) => capped(later(d, start))
    const back = (n: number, minutes: number) => clamp(at(wd(today, -n), minutes))
    const sekretaris = headOfUnit(index, 'sekretariat')
    if (sekretaris.fullName !== DEMO_CURRENT_RATING.orgPredikatSetByName) {
      throw new Error('seedDemoAssessments: DEMO_CURRENT_RATING names the wrong Sekretaris')
    }
    orgPlans.push({
      unitId,
      unitKey: 'kepegawaian',
      period: p,
      value: DEMO_CURRENT_RATING.orgPredikat,
      note: CURRENT_ORG_NOTE,
      setBy: { userId: sekretaris.userId, name: sekretaris.fullName },
      setAt: back(10, 60),
      finalisedAt: null,
    })
    const byNip = (nip: string) => {
      const a = list.find((x) => x.person.nip === nip)
      if (!a) throw new Error(`seedDemoAssessments: NIP ${nip} has no assessment in ${p.name}`)
      return a
    }
    const draft = byNip(DEMO_CURRENT_RATING.draftNip)
    const colleague = byNip(DEMO_CURRENT_RATING.submittedColleagueNip)
    const head = byNip(DEMO_CURRENT_RATING.assessorNip)
    if (!head.headsUnitId)
      throw new Error('seedDemoAssessments: the Kepala Sub Bagian heads no unit')
    const rated = list.filter((a) => a !== draft && a !== colleague && a !== head)
    const baikCount = wholePeople(DEMO_CURRENT_RATING.baikCeilingPercent, list.length)
    if (rated.length < baikCount) throw new Error('seedDemoAssessments: too few to rate')
    // The best scores are the Sangat Baik ones.
    const ranked = [...rated].sort((x, y) => y.score - x.score)
    const sangatBaik = new Set(ranked.slice(0, rated.length - baikCount))
    for (const a of list) {
      const rng = rngFor(`current:${a.person.nip}:${p.name}`)
      a.createdAt = back(rng.int(12, 14), rng.int(0, 480))
      if (a === draft) continue
      const submittedAt =
        a === colleague || a === head
          ? back(rng.int(1, 2), rng.int(0, 420))
          : back(rng.int(6, 9), rng.int(0, 420))
      a.submittedAt = later(submittedAt, plus(a.createdAt, 30))
      a.status = 'submitted'
      if (rated.includes(a)) {
        const target: Predikat = sangatBaik.has(a) ? 'sangat_baik' : 'baik'
        const [hasil, perilaku] =
          target === 'sangat_baik'
            ? (['di_atas', 'di_atas'] as const)
            : (['sesuai', 'sesuai'] as const)
        setRatings(a, hasil, perilaku, target)
        a.source = 'atasan'
        a.status = 'rated'
        a.ratedAt = capped(later(back(rng.int(1, 4), rng.int(0, 480)), plus(a.submittedAt, 60)))
      }
      planRealisasi(a, plus(a.submittedAt, -rng.int(10, 150)), rng)
      if (a.status === 'rated') planFeedback(a, a.ratedAt!, rng)
      for (const x of [...a.realisasi, ...a.feedback, ...a.evidence]) x.at = clamp(x.at)
    }
    planned.push(...list)
    currentSummary = {
      periodId: p.id,
      year: p.year,
      seq: p.seq,
      groupTotal: list.length,
      baik: baikCount,
      sangatBaik: sangatBaik.size,
    }
  }
  return { planned, orgPlans, extensions, current: currentSummary }
}

// ---------- the seed ----------

/**
 * Seeds the demo's assessments. Runs after seedDemoActivities (the 2026 pre-fill reads the
 * daily progress), in one transaction. `today` is the demo's current day (WITA): nothing is
 * dated on or after it. Refuses to run twice, like the other demo seeds.
 */
export async function seedDemoAssessments(
  db: Db,
  opts: { instansiId: string; today: string },
): Promise<DemoAssessmentsSummary> {
  const { instansiId, today } = opts
  const periodsService = createPeriodsService({
    db,
    clock: systemClock,
    audit: createAuditService({ db }),
    org: { instansiInfo: async () => null },
  })
  // One calendar over the three years (and the next January, where annual deadlines fall).
  const holidays: string[] = []
  let weekdays: readonly number[] = [1, 2, 3, 4, 5]
  for (const year of DEMO_ASSESSMENT_YEARS) {
    const cal = await periodsService.calendarFor(instansiId, year)
    weekdays = cal.workingWeekdays
    holidays.push(...cal.holidays)
  }
  const cal = workingCalendar(weekdays, holidays)
  const org = await loadOrgSnapshot(db, instansiId)

  return db.transaction(async (tx) => {
    const [seeded] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(assessments)
      .where(eq(assessments.instansiId, instansiId))
    if ((seeded?.n ?? 0) > 0) {
      throw new Error('The demo assessments already exist; not seeding twice.')
    }
    const ctx = await loadContext(tx, instansiId)
    const result = plan({ ...ctx, today, cal, org })
    return write(tx, instansiId, ctx.admin, result)
  })
}

async function write(
  tx: Executor,
  instansiId: string,
  admin: { id: string; name: string },
  { planned, orgPlans, extensions, current }: ReturnType<typeof plan>,
): Promise<DemoAssessmentsSummary> {
  const versionOf = (a: Planned) =>
    ({ draft: 0, submitted: 2, rated: 4, finalised: 5, objected: 6, decided: 7, reopened: 6 })[
      a.status
    ] + (a.acknowledgedAt ? 1 : 0)
  const lastOf = (a: Planned) =>
    [a.createdAt, a.submittedAt, a.ratedAt, a.finalisedAt, a.acknowledgedAt, a.objection?.decidedAt]
      .filter((d): d is Date => !!d)
      .reduce(later)

  const rows: (typeof assessments.$inferInsert)[] = planned.map((a) => ({
    id: a.id,
    instansiId,
    periodId: a.period.id,
    year: a.period.year,
    annual: a.period.kind === 'annual',
    skpId: a.skp.id,
    pegawaiId: a.person.id,
    status: a.status,
    version: versionOf(a),
    pegawaiName: a.skp.pegawaiName,
    pegawaiNip: a.skp.pegawaiNip,
    pegawaiGolongan: a.skp.pegawaiGolongan,
    jabatanName: a.skp.jabatanName,
    jabatanJenis: a.skp.jabatanJenis,
    unitId: a.skp.unitId,
    unitName: a.skp.unitName,
    headsUnitId: a.headsUnitId,
    assessorPegawaiId: a.skp.atasanPegawaiId,
    assessorName: a.skp.atasanName,
    assessorNip: a.skp.atasanNip,
    assessorGolongan: a.skp.atasanGolongan,
    assessorJabatanName: a.skp.atasanJabatanName,
    assessorUnitName: a.skp.atasanUnitName,
    reviewerPegawaiId: a.reviewer?.id ?? null,
    reviewerName: a.reviewer?.fullName ?? null,
    submittedAt: a.submittedAt,
    late: a.late,
    ratingHasil: a.hasil,
    ratingPerilaku: a.perilaku,
    predikat: a.predikat,
    ratingHasilSource: a.source,
    ratedAt: a.ratedAt,
    ratedByUserId: a.ratedAt ? a.raterUserId : null,
    justification: null,
    finalisedAt: a.finalisedAt,
    finalisedByUserId: a.finalisedAt ? a.raterUserId : null,
    acknowledgedAt: a.acknowledgedAt,
    createdAt: a.createdAt,
    updatedAt: lastOf(a),
  }))
  const realisasiRows = planned.flatMap((a) =>
    a.realisasi.map((r) => ({
      instansiId,
      assessmentId: a.id,
      indikatorId: r.indikatorId,
      rhkId: r.rhkId,
      value: r.value,
      text: r.text,
      suggestedValue: r.suggestedValue,
      editReason: r.editReason,
      createdAt: r.at,
      updatedAt: r.at,
    })),
  )
  const feedbackRows = planned.flatMap((a) =>
    a.feedback.map((f) => ({
      instansiId,
      assessmentId: a.id,
      rhkId: f.rhkId,
      coreValue: f.coreValue,
      rating: f.rating,
      body: f.body,
      byUserId: a.raterUserId,
      createdAt: f.at,
      updatedAt: f.at,
    })),
  )
  const evidenceRows = planned.flatMap((a) =>
    a.evidence.map((e) => ({
      instansiId,
      assessmentId: a.id,
      rhkId: e.rhkId,
      kind: 'link' as const,
      url: e.url,
      fileName: e.name,
      createdAt: e.at,
    })),
  )
  const objectionRows = planned.flatMap((a) =>
    a.objection
      ? [
          {
            instansiId,
            assessmentId: a.id,
            reason: a.objection.reason,
            filedAt: a.objection.filedAt,
            filedByUserId: a.person.userId,
            decision: a.objection.decision,
            decisionNote: a.objection.note,
            decidedByUserId: a.reviewer!.userId,
            decidedByName: a.reviewer!.fullName,
            decidedAt: a.objection.decidedAt,
            previousRatingHasil: a.objection.previous.hasil,
            previousRatingPerilaku: a.objection.previous.perilaku,
            previousPredikat: a.objection.previous.predikat,
          },
        ]
      : [],
  )
  const orgRows = orgPlans.map((o) => ({
    instansiId,
    unitId: o.unitId,
    periodId: o.period.id,
    value: o.value,
    note: o.note,
    setByUserId: o.setBy.userId,
    setByName: o.setBy.name,
    finalisedAt: o.finalisedAt,
    finalisedByUserId: o.finalisedAt ? o.setBy.userId : null,
    justification: null,
    version: o.finalisedAt ? 1 : 0,
    createdAt: o.setAt,
    updatedAt: o.finalisedAt ?? o.setAt,
  }))
  const extensionRows = extensions.map((e) => ({
    instansiId,
    periodId: e.periodId,
    pegawaiId: e.pegawaiId,
    unitId: e.unitId,
    until: e.until,
    reason: e.reason,
    createdByUserId: admin.id,
    createdByName: admin.name,
    createdAt: e.at,
  }))

  // Parents first: assessments, then what references them.
  await bulkInsert(tx, orgPredikat, orgRows, {
    instansiId: 'uuid',
    unitId: 'uuid',
    periodId: 'uuid',
    value: 'text:org_predikat_value',
    note: 'text',
    setByUserId: 'uuid',
    setByName: 'text',
    finalisedAt: 'timestamptz',
    finalisedByUserId: 'uuid',
    justification: 'text',
    version: 'int4',
    createdAt: 'timestamptz',
    updatedAt: 'timestamptz',
  })
  await bulkInsert(tx, assessmentExtensions, extensionRows, {
    instansiId: 'uuid',
    periodId: 'uuid',
    pegawaiId: 'uuid',
    unitId: 'uuid',
    until: 'date',
    reason: 'text',
    createdByUserId: 'uuid',
    createdByName: 'text',
    createdAt: 'timestamptz',
  })
  await bulkInsert(tx, assessments, rows, {
    id: 'uuid',
    instansiId: 'uuid',
    periodId: 'uuid',
    year: 'int2',
    annual: 'bool',
    skpId: 'uuid',
    pegawaiId: 'uuid',
    status: 'text:assessment_status',
    version: 'int4',
    pegawaiName: 'text',
    pegawaiNip: 'text',
    pegawaiGolongan: 'text',
    jabatanName: 'text',
    jabatanJenis: 'text',
    unitId: 'uuid',
    unitName: 'text',
    headsUnitId: 'uuid',
    assessorPegawaiId: 'uuid',
    assessorName: 'text',
    assessorNip: 'text',
    assessorGolongan: 'text',
    assessorJabatanName: 'text',
    assessorUnitName: 'text',
    reviewerPegawaiId: 'uuid',
    reviewerName: 'text',
    submittedAt: 'timestamptz',
    late: 'bool',
    ratingHasil: 'text:rating',
    ratingPerilaku: 'text:rating',
    predikat: 'text:predikat',
    ratingHasilSource: 'text:rating_hasil_source',
    ratedAt: 'timestamptz',
    ratedByUserId: 'uuid',
    justification: 'text',
    finalisedAt: 'timestamptz',
    finalisedByUserId: 'uuid',
    acknowledgedAt: 'timestamptz',
    createdAt: 'timestamptz',
    updatedAt: 'timestamptz',
  })
  await bulkInsert(tx, assessmentRealisasi, realisasiRows, {
    instansiId: 'uuid',
    assessmentId: 'uuid',
    indikatorId: 'uuid',
    rhkId: 'uuid',
    value: 'numeric',
    text: 'text',
    suggestedValue: 'numeric',
    editReason: 'text',
    createdAt: 'timestamptz',
    updatedAt: 'timestamptz',
  })
  await bulkInsert(tx, assessmentFeedback, feedbackRows, {
    instansiId: 'uuid',
    assessmentId: 'uuid',
    rhkId: 'uuid',
    coreValue: 'text:core_value',
    rating: 'text:rating',
    body: 'text',
    byUserId: 'uuid',
    createdAt: 'timestamptz',
    updatedAt: 'timestamptz',
  })
  await bulkInsert(tx, assessmentEvidence, evidenceRows, {
    instansiId: 'uuid',
    assessmentId: 'uuid',
    rhkId: 'uuid',
    kind: 'text:assessment_evidence_kind',
    url: 'text',
    fileName: 'text',
    createdAt: 'timestamptz',
  })
  await bulkInsert(tx, assessmentObjections, objectionRows, {
    instansiId: 'uuid',
    assessmentId: 'uuid',
    reason: 'text',
    filedAt: 'timestamptz',
    filedByUserId: 'uuid',
    decision: 'text:objection_decision',
    decisionNote: 'text',
    decidedByUserId: 'uuid',
    decidedByName: 'text',
    decidedAt: 'timestamptz',
    previousRatingHasil: 'text:rating',
    previousRatingPerilaku: 'text:rating',
    previousPredikat: 'text:predikat',
  })

  const perPeriod: Record<string, number> = {}
  for (const a of planned) perPeriod[a.period.name] = (perPeriod[a.period.name] ?? 0) + 1
  return {
    assessments: rows.length,
    perPeriod,
    orgPredikat: orgRows.length,
    realisasi: realisasiRows.length,
    feedback: feedbackRows.length,
    evidence: evidenceRows.length,
    extensions: extensionRows.length,
    objections: objectionRows.length,
    late: planned.filter((a) => a.late).length,
    current,
  }
}
