import { createHash, randomUUID } from 'node:crypto'
import { and, eq, getTableName, inArray, sql } from 'drizzle-orm'
import type { VerificationStatus } from '../../../shared/activities.ts'
import {
  flagEntries,
  normalizeDescription,
  type AlignmentFlag,
  type FlagInput,
} from '../../../shared/rules/alignment.ts'
import { BULAN, ROMAN } from '../../../shared/periods.ts'
import { CORE_VALUES, type CoreValue } from '../../../shared/rules/berakhlak.ts'
import {
  DEFAULT_LATENESS_RULE,
  entryDeadlineIso,
  timeliness,
} from '../../../shared/rules/lateness.ts'
import {
  addDays,
  addWorkingDays,
  dayNumber,
  endOfDayIso,
  fromDayNumber,
  isoWeekday,
  isWorkingDay,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import { systemClock } from '../../lib/clock.ts'
import { createAuditService } from '../../modules/audit/audit.service.ts'
import {
  dailyProgress,
  feedbackMessages,
  feedbackThreads,
  progressEvidence,
  progressVerifications,
  rencanaAksi,
} from '../../modules/activities/activities.tables.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { instansi, pegawai } from '../../modules/org/org.tables.ts'
import { createPeriodsService } from '../../modules/periods/periods.service.ts'
import { periods } from '../../modules/periods/periods.tables.ts'
import { indikator, rhk, skp } from '../../modules/skp/skp.tables.ts'
import type { Db, Executor, Tx } from '../client.ts'
import { ensureProgressPartitions } from '../../modules/activities/partitions.ts'
import { bulkLoad } from './bulk-load.ts'
import {
  FEEDBACK_THREADS,
  HABITUAL_SKIPPERS,
  LATE_RECORDERS,
  LEADER_PROSES,
  MITRA,
  OVERLAP_LOGGERS,
  OVERLAP_MEETING,
  PASTED_TEXT,
  RENCANA_AKSI_PROSES,
  RHK_ACTIVITIES,
  SLOTS,
  STAFF_PROSES,
  UNLINKED_ACTIVITIES,
  VAGUE_DESCRIPTIONS,
  VAGUE_WRITERS,
  VERIFICATION_NOTES,
  WEEKEND_EVENT,
  type RhkActivities,
} from './demo-activities-content.ts'
import {
  DEMO_PEOPLE,
  JABATAN_KINDS,
  type DemoAccountRole,
  type DemoUnitKey,
  type JabatanKind,
} from './demo-people.ts'
import {
  KEPALA_BADAN_RHK,
  KUALITATIF_RHK,
  LEADER_RHK,
  STAFF_RHK,
  STAFF_TAMBAHAN,
  type IkiDef,
} from './demo-skp-content.ts'
import { mulberry32 } from '../../lib/prng.ts'

/**
 * The demo's stage 2 (issue 4): rencana aksi per RHK per started quarter, daily progress of
 * the 77 for the working days of 2026 up to the demo's today, evidence links, the atasan's
 * verifications and umpan balik threads. Rows are written in bulk, never through the
 * activities service, but lateness (`timeliness`), alignment flags (`flagEntries`) and the
 * text hash (md5 of `normalizeDescription`) are computed with the same shared rules the app
 * uses, so the stored values are exactly what the app would have stored.
 *
 * Deterministic: a seeded PRNG per person decides everything; only row ids are random. Its
 * realism (demo-data.md): most entries recorded the same evening, some days later (late), a
 * few queued offline and synced after the deadline, some missing days (a few habitual
 * skippers), a few unlinked, vague or pasted entries, the draft and returned SKP owners
 * logging unlinked work. The demo Pelaksana and JF accounts keep clean histories, and the
 * Pelaksana has nothing for today (the e2e test logs it).
 */

export const DEMO_ACTIVITY_YEAR = 2026
/** activity_settings.rule_version of the default rule (no settings row = the defaults). */
export const DEMO_RULE_VERSION = 1
/** At most this many entries share a normalised text, so only the deliberate ones are duplicates. */
const MAX_SAME_TEXT = 2

const PRNG_SEED = 0x4b1a_2026
const DAY_MS = 86_400_000
const HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const
/** Satuan that are not counts of work (a percentage, an index value). */
const NOT_COUNTED = new Set(['%', 'Nilai'])
/** At or above this yearly target an RHK is "volume" work counted every day. */
const VOLUME_MIN_TARGET = 30

export type DemoActivitiesSummary = {
  rencanaAksi: number
  progress: number
  evidence: number
  verifications: number
  threads: number
  messages: number
  late: number
  syncedLate: number
  unlinked: number
}

// ---------- deterministic helpers ----------

/** FNV-1a: a stable 32-bit number from a string (per-person PRNG streams). */
function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32, as demo.ts uses: the same demo on every machine. */
function createRng(seed: number) {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  const chance = (p: number) => next() < p
  /** An index drawn with the given weights. */
  const weighted = (weights: readonly number[]) => {
    const total = weights.reduce((a, b) => a + b, 0)
    let r = next() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!
      if (r < 0) return i
    }
    return weights.length - 1
  }
  return { next, int, pick, chance, weighted }
}
type Rng = ReturnType<typeof createRng>

const ms = (iso: string) => new Date(iso).getTime()
const pad2 = (n: number) => String(n).padStart(2, '0')
const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
const monthOf = (day: string) => Number(day.slice(5, 7))
const quarterOf = (day: string) => Math.floor((monthOf(day) - 1) / 3) + 1

function* chunks<T>(rows: readonly T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

// ---------- a precomputed calendar (the seed asks it ~200 000 times) ----------

/**
 * The instansi calendar as arrays over a window around the year: the same answers as
 * shared/rules/working-days.ts (built from its isWorkingDay), without re-parsing date strings
 * on every call. Outside the window it falls back to the shared functions.
 */
function fastCalendar(cal: WorkingCalendar, from: string, to: string) {
  const first = dayNumber(from)
  const days: string[] = []
  const index = new Map<string, number>()
  const work: number[] = [] // day indices of working days, ascending
  /** For each day index: the position in `work` of the first working day on or after it. */
  const atOrAfter: number[] = []
  for (let n = first, i = 0; n <= dayNumber(to); n++, i++) {
    const d = fromDayNumber(n)
    days.push(d)
    index.set(d, i)
    if (isWorkingDay(d, cal)) work.push(i)
  }
  for (let i = 0, w = 0; i < days.length; i++) {
    while (w < work.length && work[w]! < i) w++
    atOrAfter.push(w)
  }
  const isWork = (day: string) => {
    const i = index.get(day)
    return i === undefined ? isWorkingDay(day, cal) : work[atOrAfter[i]!] === i
  }
  /** shared addWorkingDays: n = 0 is the day itself, 1 the next working day, -1 the previous. */
  const add = (day: string, n: number): string => {
    const i = index.get(day)
    if (i === undefined || n === 0) return n === 0 ? day : addWorkingDays(day, n, cal)
    const here = atOrAfter[i]!
    const pos = n > 0 ? (work[here] === i ? here : here - 1) + n : here + n
    const j = work[pos]
    return j === undefined ? addWorkingDays(day, n, cal) : days[j]!
  }
  const onOrAfter = (day: string) => (isWork(day) ? day : add(day, 1))
  /** Working days from `a` to `b`, both included. */
  const between = (a: string, b: string): string[] => {
    const ia = index.get(a)
    const ib = index.get(b)
    if (ia === undefined || ib === undefined)
      throw new Error(`fastCalendar: ${a}..${b} outside the window`)
    const out: string[] = []
    for (let w = atOrAfter[ia]!; w < work.length && work[w]! <= ib; w++) out.push(days[work[w]!]!)
    return out
  }
  /** The day of a day number (UTC days since 1970). */
  const ofNumber = (n: number) => days[n - first] ?? fromDayNumber(n)
  return { isWork, add, onOrAfter, between, ofNumber }
}

// ---------- RHK content lookup ----------

type AnyRhkDef = { key: string; text: string; iki: readonly IkiDef[] }

/** RHK text → key of demo-skp-content.ts (texts are unique; the RHK rows carry only the text). */
function rhkKeysByText(): Map<string, string> {
  const defs: AnyRhkDef[] = [
    ...KEPALA_BADAN_RHK,
    ...Object.values(LEADER_RHK).flat(),
    ...Object.values(STAFF_RHK).flatMap((byKind) => Object.values(byKind ?? {}).flat()),
    ...Object.values(STAFF_TAMBAHAN).flat(),
    ...Object.values(KUALITATIF_RHK).flat(),
  ]
  const out = new Map<string, string>()
  for (const d of defs) {
    const text = d.text
      .replaceAll('{tahun}', String(DEMO_ACTIVITY_YEAR))
      .replaceAll('{tahun_depan}', String(DEMO_ACTIVITY_YEAR + 1))
    if (!RHK_ACTIVITIES[d.key])
      throw new Error(`demo activities: no activity texts for RHK ${d.key}`)
    out.set(text, d.key)
  }
  return out
}

/** "Terverifikasinya dokumen SPJ" → ["Memverifikasi", "dokumen SPJ"]: rencana aksi from the RHK. */
const RHK_VERBS: readonly [RegExp, string][] = [
  [/^Terverifikasinya /, 'Memverifikasi'],
  [/^Tersusunnya /, 'Menyusun'],
  [/^Terlaksananya /, 'Melaksanakan'],
  [/^Terprosesnya /, 'Memproses'],
  [/^Terinputnya /, 'Menginput'],
  [/^Terhimpunnya /, 'Menghimpun'],
  [/^Terkelolanya /, 'Mengelola'],
  [/^Terdokumentasinya /, 'Mendokumentasikan'],
  [/^Termutakhirkannya /, 'Memutakhirkan'],
  [/^Teragendanya /, 'Mengagendakan'],
  [/^Tertatanya /, 'Menata'],
  [/^Terdistribusinya /, 'Mendistribusikan'],
  [/^Terpeliharanya /, 'Memelihara'],
  [/^Terpublikasinya /, 'Memublikasikan'],
  [/^Terfasilitasinya /, 'Memfasilitasi'],
  [/^Terselenggaranya /, 'Menyelenggarakan'],
  [/^Terlayaninya /, 'Melayani'],
  [/^Teregistrasinya /, 'Meregistrasi'],
  [/^Terselesaikannya /, 'Menyelesaikan'],
  [/^Tercadangkannya /, 'Mencadangkan'],
  [/^Terintegrasinya /, 'Mengintegrasikan'],
  [/^Terarsipnya /, 'Mengarsipkan'],
  [/^Terwujudnya /, 'Mewujudkan'],
  [/^Tersedianya /, 'Menyediakan'],
  [/^Meningkatnya /, 'Meningkatkan'],
]
function actionOf(rhkText: string): string {
  for (const [re, verb] of RHK_VERBS) {
    if (re.test(rhkText)) return `${verb} ${rhkText.replace(re, '')}`
  }
  return `Melaksanakan ${rhkText.charAt(0).toLowerCase()}${rhkText.slice(1)}`
}

// ---------- loading ----------

type SkpRow = {
  id: string
  pegawaiId: string
  status: string
  atasanPegawaiId: string | null
  startDate: string
  createdAt: Date
  approvedAt: Date | null
}
type Mode = 'volume' | 'hasil' | 'none'
/** A finished result on a day; `nth` counts the results of one period (two a month: 0, 1). */
type HasilEvent = { day: string; periode: string; nth: number }
type RhkPlan = {
  id: string
  seq: number
  jenis: string
  text: string
  key: string
  acts: RhkActivities
  mode: Mode
  /** The indikator's satuan for volume/hasil work, else Kegiatan. */
  satuan: string
  target: number
  weight: number
  /** Share of this RHK's entries that are volume work, and the mean realisasi of one. */
  volumeShare: number
  volumeRate: number
  events: HasilEvent[]
}
type Person = {
  id: string
  userId: string
  name: string
  fullName: string
  unitKey: DemoUnitKey
  kind: JabatanKind
  heads: boolean
  demoAccount: DemoAccountRole | undefined
  skp: SkpRow
  /** Whether entries may link to the SKP's RHK (approved, or the JF's submitted one). */
  linkable: boolean
  rhk: RhkPlan[]
  atasan: Person | null
}

const UNIT_SHORT: Record<DemoUnitKey, string> = {
  opd: 'BKPSDM',
  sekretariat: 'Sekretariat',
  keuangan: 'Sub Bagian Keuangan dan Perencanaan',
  kepegawaian: 'Sub Bagian Kepegawaian dan Umum',
  formasi: 'Bidang FPP',
  diklat: 'Bidang PPIP',
  mutasi: 'Bidang Mutasi',
}

const fullNameOf = (p: { name: string; gelarDepan: string | null; gelarBelakang: string | null }) =>
  [p.gelarDepan, p.name].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '')

async function loadContext(tx: Executor, instansiId: string) {
  const [inst] = await tx
    .select({ timeZone: instansi.timeZone })
    .from(instansi)
    .where(eq(instansi.id, instansiId))
  if (!inst) throw new Error('seedDemoActivities: the demo instansi is missing')
  const people = await tx
    .select({
      id: pegawai.id,
      name: pegawai.name,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
      userId: userAccounts.id,
    })
    .from(pegawai)
    .innerJoin(userAccounts, eq(userAccounts.pegawaiId, pegawai.id))
    .where(eq(pegawai.instansiId, instansiId))
  const skps: SkpRow[] = await tx
    .select({
      id: skp.id,
      pegawaiId: skp.pegawaiId,
      status: skp.status,
      atasanPegawaiId: skp.atasanPegawaiId,
      startDate: skp.startDate,
      createdAt: skp.createdAt,
      approvedAt: skp.approvedAt,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.year, DEMO_ACTIVITY_YEAR)))
  const skpIds = skps.map((s) => s.id)
  const rhkRows = skpIds.length
    ? await tx
        .select({ id: rhk.id, skpId: rhk.skpId, seq: rhk.seq, jenis: rhk.jenis, text: rhk.text })
        .from(rhk)
        .where(inArray(rhk.skpId, skpIds))
    : []
  const ikiRows = rhkRows.length
    ? await tx
        .select({
          rhkId: indikator.rhkId,
          seq: indikator.seq,
          targetValue: indikator.targetValue,
          targetUnit: indikator.targetUnit,
        })
        .from(indikator)
        .where(
          inArray(
            indikator.rhkId,
            rhkRows.map((r) => r.id),
          ),
        )
    : []
  const quarters = await tx
    .select({
      id: periods.id,
      seq: periods.seq,
      startDate: periods.startDate,
      endDate: periods.endDate,
    })
    .from(periods)
    .where(
      and(
        eq(periods.instansiId, instansiId),
        eq(periods.year, DEMO_ACTIVITY_YEAR),
        eq(periods.kind, 'quarterly'),
      ),
    )
  return { timeZone: inst.timeZone, people, skps, rhkRows, ikiRows, quarters }
}

// ---------- the seed ----------

/**
 * Seeds the 2026 activities of the demo instansi. Runs after seedDemoSkp and seedDemoPeriods
 * (it reads the SKPs, the quarterly periods and the instansi calendar), in one transaction.
 * `today` is the demo's current day (instansi time zone); `now` the instant nothing may be
 * recorded after: by default the real time when it falls on `today`, else the end of `today`.
 * Refuses to run twice, like seedDemo.
 */
export async function seedDemoActivities(
  db: Db,
  opts: { instansiId: string; today: string; now?: Date },
): Promise<DemoActivitiesSummary> {
  const { instansiId, today } = opts
  dayNumber(today)

  // The calendar exactly as the app reads it (weekdays, national, cuti bersama and Bali days).
  const periodsService = createPeriodsService({
    db,
    clock: systemClock,
    audit: createAuditService({ db }),
    org: { instansiInfo: async () => null },
  })
  const cal = await periodsService.calendarFor(instansiId, DEMO_ACTIVITY_YEAR)

  return db.transaction(async (tx) => {
    const [seeded] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(dailyProgress)
      .where(eq(dailyProgress.instansiId, instansiId))
    if ((seeded?.n ?? 0) > 0) {
      throw new Error('The demo activities already exist; not seeding twice.')
    }
    const ctx = await loadContext(tx, instansiId)
    const plan = planActivities({ ...ctx, cal, today, now: opts.now })
    return writePlan(tx, instansiId, plan)
  })
}

type Context = Awaited<ReturnType<typeof loadContext>> & {
  cal: WorkingCalendar
  today: string
  now: Date | undefined
}

type Link = { url: string; at: number }
type Verification = { verdict: 'sesuai' | 'perlu_perbaikan'; note: string | null; at: number }
type Entry = {
  id: string
  person: Person
  date: string
  start: number
  end: number
  description: string
  rhk: RhkPlan | null
  kind: 'volume' | 'hasil' | 'proses' | 'unlinked' | 'vague' | 'pasted' | 'overlap' | 'weekend'
  realisasi: number
  satuan: string
  recordedAt: number
  deviceAt: number | null
  links: Link[]
  verifications: Verification[]
  /** Edits after creation (a fix after "perlu perbaikan"); each verdict bumps the version too. */
  edits: number
  updatedAt: number
  rencanaAksiId: string | null
}
/** A rencana aksi; `role` says which entries count towards it (results or steps). */
type RaRow = {
  id: string
  pegawaiId: string
  skpId: string
  rhkId: string
  periodId: string
  seq: number
  description: string
  targetValue: number
  targetUnit: string
  role: 'hasil' | 'proses'
  createdMs: number
}
type EntryFacts = {
  flags: AlignmentFlag[]
  /** md5 of normalizeDescription(description), as the app stores it. */
  textHash: string
  deadlineAt: string
  late: boolean
  syncedLate: boolean
}
type Plan = {
  ra: RaRow[]
  entries: Entry[]
  facts: (e: Entry) => EntryFacts
  threads: (typeof feedbackThreads.$inferInsert)[]
  messages: (typeof feedbackMessages.$inferInsert)[]
}

function planActivities(c: Context): Plan {
  const { cal, today } = c
  // The zone's offset (Indonesia has no daylight saving): local wall time ↔ instant.
  const offsetMin = (() => {
    const m = /([+-])(\d{2}):(\d{2})$/.exec(endOfDayIso(`${DEMO_ACTIVITY_YEAR}-06-01`, c.timeZone))
    if (!m) throw new Error(`seedDemoActivities: no offset for ${c.timeZone}`)
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
  })()
  const fc = fastCalendar(cal, `${DEMO_ACTIVITY_YEAR - 1}-12-01`, `${DEMO_ACTIVITY_YEAR + 1}-03-31`)
  const dayMs = new Map<string, number>()
  const at = (day: string, minutes: number, seconds = 0) => {
    let base = dayMs.get(day)
    if (base === undefined) dayMs.set(day, (base = dayNumber(day) * DAY_MS))
    return base + (minutes - offsetMin) * 60_000 + seconds * 1000
  }
  const localDay = (ms: number) => fc.ofNumber(Math.floor((ms + offsetMin * 60_000) / DAY_MS))
  const localMinutes = (ms: number) =>
    Math.floor(((((ms + offsetMin * 60_000) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000)
  const realNow = systemClock.now().getTime()
  const endOfToday = at(today, 23 * 60 + 59, 59)
  const nowMs = c.now?.getTime() ?? (localDay(realNow) === today ? realNow : endOfToday)
  const nowLocal = localDay(nowMs) === today ? localMinutes(nowMs) : 24 * 60

  const yearStart = `${DEMO_ACTIVITY_YEAR}-01-01`
  const yearEnd = `${DEMO_ACTIVITY_YEAR}-12-31`
  const lastDay = today < yearEnd ? today : yearEnd
  const workingDays = (from: string, to: string) => (from > to ? [] : fc.between(from, to))

  // ---------- people and their RHK ----------
  const keyOf = rhkKeysByText()
  const skpOf = new Map(c.skps.map((s) => [s.pegawaiId, s]))
  const ikiOf = new Map<string, { seq: number; value: number | null; unit: string | null }[]>()
  for (const k of c.ikiRows) {
    ikiOf.set(k.rhkId, [
      ...(ikiOf.get(k.rhkId) ?? []),
      {
        seq: k.seq,
        value: k.targetValue,
        unit: k.targetUnit,
      },
    ])
  }
  const rhkBySkp = new Map<string, typeof c.rhkRows>()
  for (const r of c.rhkRows) rhkBySkp.set(r.skpId, [...(rhkBySkp.get(r.skpId) ?? []), r])

  const people: Person[] = []
  const byId = new Map<string, Person>()
  // Roster order, so every run draws the same numbers for the same person.
  const dbPeople = new Map(c.people.map((p) => [p.name, p]))
  for (const demo of DEMO_PEOPLE) {
    const row = dbPeople.get(demo.name)
    if (!row) continue
    const s = skpOf.get(row.id)
    if (!s) continue
    const info = JABATAN_KINDS[demo.jabatan]
    const person: Person = {
      id: row.id,
      userId: row.userId,
      name: row.name,
      fullName: fullNameOf(row),
      unitKey: demo.unit,
      kind: demo.jabatan,
      heads: info.headsUnit,
      demoAccount: demo.demoAccount,
      skp: s,
      linkable: s.status === 'disetujui' || (s.status === 'diajukan' && demo.demoAccount === 'jf'),
      rhk: [],
      atasan: null,
    }
    people.push(person)
    byId.set(person.id, person)
  }
  for (const p of people)
    p.atasan = p.skp.atasanPegawaiId ? (byId.get(p.skp.atasanPegawaiId) ?? null) : null

  // ---------- expected volume per person (before drawing any day) ----------
  type Habits = {
    skip: number
    late: number
    unlinked: number
    vague: number
    evidence: number
    k: readonly number[]
    leaveBlocks: number
  }
  const habitsOf = (p: Person, rng: Rng): Habits => {
    const demo = p.demoAccount === 'pelaksana' || p.demoAccount === 'jf'
    const skipper = HABITUAL_SKIPPERS.includes(p.name)
    return {
      skip: demo ? 0 : skipper ? 0.2 : 0.005 + rng.next() * 0.025,
      late: demo
        ? 0
        : LATE_RECORDERS.includes(p.name)
          ? 0.22
          : skipper
            ? 0.12
            : 0.03 + rng.next() * 0.035,
      unlinked: demo ? 0 : skipper ? 0.04 : 0.018,
      vague: VAGUE_WRITERS.includes(p.name) ? 0.035 : 0,
      evidence: demo ? 1.35 : 1,
      k: demo
        ? [0, 0.5, 0.5]
        : skipper
          ? [0.35, 0.45, 0.2]
          : p.heads
            ? [0.1, 0.45, 0.45]
            : [0.2, 0.5, 0.3],
      leaveBlocks: demo ? 1 : rng.int(0, 2),
    }
  }

  const startOf = (p: Person) =>
    fc.onOrAfter(
      localDay(p.skp.createdAt.getTime()) > yearStart
        ? localDay(p.skp.createdAt.getTime())
        : yearStart,
    )

  /** Days of the hasil results of an RHK over the whole year (reports follow their period). */
  function scheduleEvents(target: number, satuan: string, from: string, rng: Rng): HasilEvent[] {
    const events: HasilEvent[] = []
    const nthWorkingDay = (month: number, n: number) => {
      const first = `${DEMO_ACTIVITY_YEAR}-${pad2(month)}-01`
      return fc.add(addDays(first, -1), n)
    }
    const report = satuan === 'Laporan' || satuan === 'Dokumen'
    const monthName = (m: number) =>
      `${BULAN[(m + 11) % 12]!} ${m === 1 ? DEMO_ACTIVITY_YEAR - 1 : DEMO_ACTIVITY_YEAR}`
    if (report && (target === 12 || target === 24)) {
      for (let m = 2; m <= 12; m++) {
        events.push({
          day: nthWorkingDay(m, rng.int(2, 5)),
          periode: `bulan ${monthName(m)}`,
          nth: 0,
        })
        if (target === 24)
          events.push({
            day: nthWorkingDay(m, rng.int(9, 12)),
            periode: `bulan ${monthName(m)}`,
            nth: 1,
          })
      }
    } else if (report && target === 4) {
      for (const m of [4, 7, 10]) {
        events.push({
          day: nthWorkingDay(m, rng.int(4, 7)),
          periode: `triwulan ${ROMAN[(m - 4) / 3]!} ${DEMO_ACTIVITY_YEAR}`,
          nth: 0,
        })
      }
    } else if (report && target === 2) {
      events.push({
        day: nthWorkingDay(7, rng.int(6, 10)),
        periode: `semester I ${DEMO_ACTIVITY_YEAR}`,
        nth: 0,
      })
    } else {
      const span = dayNumber(yearEnd) - dayNumber(from)
      for (let k = 1; k <= target; k++) {
        const d = fromDayNumber(
          dayNumber(from) + Math.round(((k - 0.5) / target) * span) + rng.int(-3, 3),
        )
        events.push({
          day: fc.onOrAfter(d < from ? from : d),
          periode: `ke-${k} tahun ${DEMO_ACTIVITY_YEAR}`,
          nth: 0,
        })
      }
    }
    return events
      .filter((e) => e.day >= from && e.day <= yearEnd)
      .sort((a, b) => a.day.localeCompare(b.day))
  }

  const rngs = new Map<string, Rng>()
  const habits = new Map<string, Habits>()
  for (const p of people) {
    const rng = createRng(PRNG_SEED ^ hash32(p.name))
    rngs.set(p.id, rng)
    const h = habitsOf(p, rng)
    habits.set(p.id, h)
    const start = startOf(p)
    const yearDays = workingDays(start, yearEnd).length
    const meanK = h.k.reduce((a, w, i) => a + w * (i + 1), 0) / h.k.reduce((a, b) => a + b, 0)
    const presence = 1 - h.skip - (h.leaveBlocks * 2) / Math.max(1, yearDays)
    const rows = [...(rhkBySkp.get(p.skp.id) ?? [])].sort((a, b) => a.seq - b.seq)
    const weights = rows.map(
      (r, i) => (r.jenis === 'utama' ? 1 : 0.35) * (i === 0 ? 1.2 : 1) * (0.8 + rng.next() * 0.4),
    )
    const totalWeight = weights.reduce((a, b) => a + b, 0)
    p.rhk = rows.map((r, i) => {
      const key = keyOf.get(r.text)
      if (!key) throw new Error(`seedDemoActivities: RHK "${r.text}" is not in demo-skp-content.ts`)
      const acts = RHK_ACTIVITIES[key]!
      const counted = (ikiOf.get(r.id) ?? [])
        .sort((a, b) => a.seq - b.seq)
        .find((k) => k.value !== null && k.unit !== null && !NOT_COUNTED.has(k.unit))
      const target = counted?.value ?? 0
      const mode: Mode = !counted ? 'none' : target >= VOLUME_MIN_TARGET ? 'volume' : 'hasil'
      if (mode === 'volume' && !acts.volume?.length)
        throw new Error(`demo activities: ${key} needs volume texts`)
      if (mode === 'hasil' && !acts.hasil?.length)
        throw new Error(`demo activities: ${key} needs hasil texts`)
      const expected =
        yearDays * presence * meanK * (1 - h.unlinked - h.vague) * (weights[i]! / totalWeight)
      const volumeShare = mode === 'volume' ? Math.min(0.75, target / Math.max(1, expected)) : 0
      const volumeRate =
        mode === 'volume' ? Math.max(1, target / Math.max(1, expected * volumeShare)) : 0
      return {
        id: r.id,
        seq: r.seq,
        jenis: r.jenis,
        text: r.text,
        key,
        acts,
        mode,
        satuan: mode === 'none' ? 'Kegiatan' : counted!.unit!,
        target,
        weight: weights[i]!,
        volumeShare,
        volumeRate,
        events: mode === 'hasil' ? scheduleEvents(target, counted!.unit!, start, rng) : [],
      }
    })
  }

  // ---------- text ----------
  const colleagues = new Map<string, string[]>()
  /** Colleagues' names (without gelar, as people write them): the unit's, or everyone's. */
  const othersOf = (p: Person, sameUnit: boolean) => {
    const key = `${p.id}:${sameUnit}`
    let list = colleagues.get(key)
    if (!list) {
      // A colleague at work, not the unit head (who corrects rather than works alongside).
      list = people
        .filter((o) => o.id !== p.id && (!sameUnit || (o.unitKey === p.unitKey && !o.heads)))
        .map((o) => o.name)
      if (list.length === 0) list = people.filter((o) => o.id !== p.id).map((o) => o.name)
      colleagues.set(key, list)
    }
    return list
  }
  const atasanLabel = (p: Person) =>
    p.kind === 'kepala_badan'
      ? 'Bupati Gianyar'
      : p.kind === 'kepala_sub_bagian'
        ? 'Sekretaris'
        : 'Kepala Badan'
  type Fill = {
    person: Person
    day: string
    n?: number
    topik?: string
    periode?: string
    nth?: number
  }
  function fill(template: string, f: Fill, rng: Rng): string {
    const year = Number(f.day.slice(0, 4))
    const m = monthOf(f.day)
    const picked = new Set<string>()
    const slot = (name: string): string => {
      switch (name) {
        case 'n':
          return String(f.n ?? 1)
        case 'topik':
          return f.topik ?? 'tugas bidang'
        case 'periode':
          return f.periode ?? `triwulan ${ROMAN[quarterOf(f.day) - 1]!} ${year}`
        case 'unit':
          return UNIT_SHORT[f.person.unitKey]
        case 'atasan':
          return atasanLabel(f.person)
        case 'bulan':
          return BULAN[m - 1]!
        case 'bulan_lalu':
          return BULAN[(m + 10) % 12]!
        case 'bulan_depan':
          return BULAN[m % 12]!
        case 'tgl_lalu': {
          const d = fc.add(f.day, -1)
          return `${Number(d.slice(8, 10))} ${BULAN[monthOf(d) - 1]!}`
        }
        case 'tgl':
          return `${Number(f.day.slice(8, 10))} ${BULAN[m - 1]!}`
        case 'minggu':
          return String(Math.ceil(Number(f.day.slice(8, 10)) / 7))
        case 'tw':
          return ROMAN[quarterOf(f.day) - 1]!
        case 'tahun':
          return String(year)
        case 'tahun_depan':
          return String(year + 1)
        case 'tahun_lalu':
          return String(year - 1)
        case 'rekan':
          return rng.pick(othersOf(f.person, false))
        case 'rekan_unit':
          return rng.pick(othersOf(f.person, true))
        case 'bawahan': {
          const under = people.filter((o) => o.atasan === f.person).map((o) => o.name)
          return rng.pick(under.length ? under : othersOf(f.person, true))
        }
        case 'an':
          return `${(f.n ?? 1) > 1 ? ', di antaranya' : ''} a.n. ${rng.pick(othersOf(f.person, false))}`
        case 'gaji_tpp':
          return (f.nth ?? 0) === 0 ? 'gaji induk' : 'TPP'
        case 'lpj':
          return (f.nth ?? 0) === 0 ? 'fungsional' : 'administratif'
        case 'bulan_gaji':
          // Gaji induk is paid for the month; TPP for the month before.
          return (f.nth ?? 0) === 0 ? BULAN[m - 1]! : BULAN[(m + 10) % 12]!
        case 'periode_kp':
          // Kenaikan pangkat runs in two periods; the work leads up to the next one.
          return m <= 4 ? `April ${year}` : m <= 10 ? `Oktober ${year}` : `April ${year + 1}`
        case 'mitra': {
          const own = MITRA[f.person.unitKey]
          if (own) return rng.pick(own)
          return slot('opd')
        }
        case 'opd2':
        case 'opd': {
          const options = SLOTS.opd!.filter((o) => !picked.has(o))
          const v = rng.pick(options)
          picked.add(v)
          return v
        }
        default: {
          const options = SLOTS[name]
          if (!options) throw new Error(`demo activities: unknown slot {${name}} in "${template}"`)
          return rng.pick(options)
        }
      }
    }
    let out = template
    for (let pass = 0; pass < 3 && out.includes('{'); pass++) {
      out = out.replace(/\{(\w+)\}/g, (_, name: string) => slot(name))
    }
    return out
  }

  const textCount = new Map<string, number>()
  /** Normalised text of every description handed out (the text_hash input), by description. */
  const normalized = new Map<string, string>()
  const normal = (d: string) => {
    let n = normalized.get(d)
    if (n === undefined) normalized.set(d, (n = normalizeDescription(d)))
    return n
  }
  /** Texts of the demo accounts are theirs alone, so their histories never turn "duplicate". */
  const reservedBy = new Map<string, string>()
  const isDemo = (p: Person) => p.demoAccount === 'pelaksana' || p.demoAccount === 'jf'
  const available = (text: string, p: Person) => {
    const n = normal(text)
    const owner = reservedBy.get(n)
    const count = textCount.get(n) ?? 0
    return owner === undefined
      ? count < (isDemo(p) ? 1 : MAX_SAME_TEXT)
      : owner === p.id && count < MAX_SAME_TEXT
  }
  const keep = (text: string, p?: Person) => {
    const n = normal(text)
    textCount.set(n, (textCount.get(n) ?? 0) + 1)
    if (p && isDemo(p)) reservedBy.set(n, p.id)
    return text
  }
  /**
   * A description used at most MAX_SAME_TEXT times in the instansi (below the app's duplicate
   * threshold), so only the deliberate pasted group is flagged "duplicate".
   */
  function unique(make: () => string, p: Person, day: string): string {
    let text = make()
    for (let attempt = 0; attempt < 12 && !available(text, p); attempt++) text = make()
    if (!available(text, p)) {
      // Still taken: say which day it was, as people do when the work repeats.
      const tgl = `${Number(day.slice(8, 10))} ${BULAN[monthOf(day) - 1]!}`
      const base = text
      text = `${base} tanggal ${tgl}`
      if (!available(text, p)) text = `${base} pada ${HARI[isoWeekday(day) - 1]!}, ${tgl}`
      for (let i = 2; !available(text, p); i++) text = `${base} tanggal ${tgl} (${i})`
    }
    return keep(text, p)
  }

  const prosesText = (p: Person, r: RhkPlan, day: string, rng: Rng) =>
    unique(
      () => {
        const generic = p.heads ? LEADER_PROSES : STAFF_PROSES
        const useGeneric = rng.chance(p.heads ? 0.35 : 0.22)
        return fill(
          useGeneric ? rng.pick(generic) : rng.pick(r.acts.proses),
          { person: p, day, topik: r.acts.topik },
          rng,
        )
      },
      p,
      day,
    )

  // ---------- daily progress ----------
  const entries: Entry[] = []
  const pastedDays = new Map<string, Set<string>>()
  const overlapDays = new Map<string, Set<string>>()

  for (const p of people) {
    const rng = rngs.get(p.id)!
    const h = habits.get(p.id)!
    const start = startOf(p)
    if (start > lastDay) continue
    const days = workingDays(start, lastDay)
    // Cuti: a few blocks of 1–3 working days, not in the last two weeks (the demo's "now").
    const off = new Set<string>()
    for (let b = 0; b < h.leaveBlocks && days.length > 20; b++) {
      const i = rng.int(5, days.length - 11)
      const len = rng.int(p.demoAccount ? 2 : 1, 3)
      for (let j = 0; j < len; j++) if (days[i + j]) off.add(days[i + j]!)
    }
    const pickDays = (n: number, from: string) => {
      const pool = days.filter((d) => d >= from && d <= addDays(lastDay, -5) && !off.has(d))
      const out = new Set<string>()
      for (let i = 0; i < n * 4 && out.size < Math.min(n, pool.length); i++) out.add(rng.pick(pool))
      return out
    }
    if ((PASTED_TEXT.names as readonly string[]).includes(p.name)) {
      pastedDays.set(p.id, pickDays(PASTED_TEXT.daysEach, `${DEMO_ACTIVITY_YEAR}-08-01`))
    }
    if (OVERLAP_LOGGERS.includes(p.name)) overlapDays.set(p.id, pickDays(4, yearStart))
    const pending = new Map<string, HasilEvent[]>(p.rhk.map((r) => [r.id, [...r.events]]))
    const rhkWeights = p.rhk.map((r) => r.weight)

    for (const day of days) {
      if (off.has(day)) continue
      if (p.demoAccount === 'pelaksana' && day === today) continue
      if (rng.chance(h.skip)) continue
      const k = 1 + rng.weighted(h.k)
      const slots = daySlots(rng, day, k)
      const dayEntries: Entry[] = []
      const due = p.rhk.filter((r) => (pending.get(r.id)?.[0]?.day ?? '9999') <= day)
      for (const [i, [s, e]] of slots.entries()) {
        const base: Omit<Entry, 'description' | 'rhk' | 'kind' | 'realisasi' | 'satuan'> = {
          id: randomUUID(),
          person: p,
          date: day,
          start: s,
          end: e,
          recordedAt: 0,
          deviceAt: null,
          links: [],
          verifications: [],
          edits: 0,
          updatedAt: 0,
          rencanaAksiId: null,
        }
        const chooseRhk = () => p.rhk[rng.weighted(rhkWeights)] ?? null
        const dueRhk = due[i]
        if (dueRhk) {
          const ev = pending.get(dueRhk.id)!.shift()!
          const text = unique(
            () =>
              fill(
                rng.pick(dueRhk.acts.hasil!),
                { person: p, day, periode: ev.periode, nth: ev.nth, topik: dueRhk.acts.topik },
                rng,
              ),
            p,
            day,
          )
          dayEntries.push({
            ...base,
            description: text,
            rhk: p.linkable ? dueRhk : null,
            kind: p.linkable ? 'hasil' : 'unlinked',
            realisasi: 1,
            satuan: dueRhk.satuan,
          })
          continue
        }
        if (i === 0 && pastedDays.get(p.id)?.has(day)) {
          keep(PASTED_TEXT.text)
          dayEntries.push({
            ...base,
            description: PASTED_TEXT.text,
            rhk: p.linkable ? (p.rhk[0] ?? null) : null,
            kind: 'pasted',
            realisasi: 1,
            satuan: 'Kegiatan',
          })
          continue
        }
        if (rng.chance(h.vague)) {
          const text = rng.pick(VAGUE_DESCRIPTIONS)
          keep(text)
          const r = rng.chance(0.5) && p.linkable ? chooseRhk() : null
          dayEntries.push({
            ...base,
            description: text,
            rhk: r,
            kind: 'vague',
            realisasi: 1,
            satuan: 'Kegiatan',
          })
          continue
        }
        if (rng.chance(h.unlinked) || p.rhk.length === 0) {
          const text = unique(
            () => fill(rng.pick(UNLINKED_ACTIVITIES), { person: p, day }, rng),
            p,
            day,
          )
          dayEntries.push({
            ...base,
            description: text,
            rhk: null,
            kind: 'unlinked',
            realisasi: 1,
            satuan: 'Kegiatan',
          })
          continue
        }
        const r = chooseRhk()!
        const linked = p.linkable ? r : null
        if (r.mode === 'volume' && rng.chance(r.volumeShare)) {
          const n = Math.max(1, Math.round(r.volumeRate * (0.4 + rng.next() * 1.2)))
          const text = unique(
            () => fill(rng.pick(r.acts.volume!), { person: p, day, n, topik: r.acts.topik }, rng),
            p,
            day,
          )
          dayEntries.push({
            ...base,
            description: text,
            rhk: linked,
            kind: linked ? 'volume' : 'unlinked',
            realisasi: n,
            satuan: r.satuan,
          })
        } else {
          dayEntries.push({
            ...base,
            description: prosesText(p, r, day, rng),
            rhk: linked,
            kind: linked ? 'proses' : 'unlinked',
            realisasi: 1,
            satuan: 'Kegiatan',
          })
        }
      }
      // A meeting logged on top of other work (flagged "overlap").
      if (overlapDays.get(p.id)?.has(day) && dayEntries[0] && p.linkable) {
        const host = dayEntries[0]
        const r = host.rhk ?? p.rhk[0]!
        const s = host.start + 15
        const text = unique(
          () => fill(OVERLAP_MEETING, { person: p, day, topik: r.acts.topik }, rng),
          p,
          day,
        )
        dayEntries.push({
          ...host,
          id: randomUUID(),
          start: s,
          end: Math.min(s + 60, 16 * 60),
          description: text,
          rhk: r,
          kind: 'overlap',
          realisasi: 1,
          satuan: 'Kegiatan',
          links: [],
          verifications: [],
        })
      }
      if (!recordDay(p, day, dayEntries, rng)) continue
      entries.push(...dayEntries)
    }

    // The Saturday CAT selection: a long day on a non-working day (flagged "too_long").
    const catRhk = p.rhk.find((r) => r.text.includes(WEEKEND_EVENT.rhkText))
    const d = WEEKEND_EVENT.date
    if (catRhk && p.linkable && d <= lastDay && d >= start && !fc.isWork(d)) {
      const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
      keep(WEEKEND_EVENT.description)
      const e: Entry = {
        id: randomUUID(),
        person: p,
        date: d,
        start: toMin(WEEKEND_EVENT.startTime),
        end: toMin(WEEKEND_EVENT.endTime),
        description: WEEKEND_EVENT.description,
        rhk: catRhk,
        kind: 'weekend',
        realisasi: 1,
        satuan: 'Kegiatan',
        recordedAt: at(d, 19 * 60 + rng.int(0, 90), rng.int(0, 59)),
        deviceAt: null,
        links: [],
        verifications: [],
        edits: 0,
        updatedAt: 0,
        rencanaAksiId: null,
      }
      if (e.recordedAt <= nowMs) entries.push(e)
    }
  }

  /** Time slots of a working day: 1–3 activities between 07:30 and 16:00, never overlapping. */
  function daySlots(rng: Rng, day: string, k: number): [number, number][] {
    const friday = isoWeekday(day) === 5
    const dayStart = 7 * 60 + 30 + 15 * rng.int(0, 3)
    const dayEnd = friday ? 11 * 60 + 30 + 15 * rng.int(0, 8) : 15 * 60 + 15 * rng.int(0, 4)
    const minLen = 30
    const parts = Array.from({ length: k }, () => 1 + rng.next() * 2)
    const total = parts.reduce((a, b) => a + b, 0)
    const out: [number, number][] = []
    let cursor = dayStart
    let used = 0
    parts.forEach((w, i) => {
      used += w
      const rest = k - 1 - i
      const gap = i === 0 ? 0 : 15 * rng.weighted([4, 2, 1])
      const s = cursor + gap
      // Leave room for the activities still to come (each a gap of at most 30 and 30 minutes).
      const latest = dayEnd - rest * (minLen + 30)
      const wanted =
        rest === 0
          ? dayEnd
          : dayStart + 15 * Math.round(((used / total) * (dayEnd - dayStart)) / 15)
      const end = Math.min(latest, Math.max(s + minLen, wanted))
      out.push([s, end])
      cursor = end
    })
    return out
  }

  /**
   * When the person recorded the day's entries: mostly the same evening, some the next
   * morning, some days later (late), a few queued offline on the phone. False when the
   * recording would lie after the demo's now (not logged yet).
   */
  function recordDay(p: Person, day: string, list: Entry[], rng: Rng): boolean {
    if (list.length === 0) return false
    const h = habits.get(p.id)!
    const demo = p.demoAccount === 'pelaksana' || p.demoAccount === 'jf'
    const lastEnd = Math.max(...list.map((e) => e.end))
    const sameDaySitting = () => {
      const earliest = Math.max(lastEnd + 5 + rng.int(0, 20), isoWeekday(day) === 5 ? 0 : 15 * 60)
      const band = rng.weighted([55, 15, 30])
      const m =
        band === 0
          ? earliest + rng.int(0, 60)
          : band === 1
            ? 17 * 60 + rng.int(0, 120)
            : 19 * 60 + rng.int(0, 120)
      return at(day, Math.max(m, earliest), rng.int(0, 59))
    }
    // Shares of the day's recording habits: synced after the deadline from the phone's queue,
    // late, offline for a while, the next morning; the rest the same afternoon or evening.
    const syncedLate = demo ? 0 : 0.01
    const late = syncedLate + h.late
    const offline = late + 0.025
    const nextMorning = offline + 0.07
    const r = rng.next()
    let received: number
    let device: number | null = null
    if (r < syncedLate) {
      device = sameDaySitting()
      received = at(fc.add(day, rng.int(2, 3)), 7 * 60 + 20 + rng.int(0, 100), rng.int(0, 59))
    } else if (r < late) {
      received = at(
        fc.add(day, 2 + rng.weighted([5, 3, 2])),
        7 * 60 + 30 + rng.int(0, 13 * 60),
        rng.int(0, 59),
      )
    } else if (r < offline) {
      device = sameDaySitting()
      received = device + rng.int(10, 150) * 60_000
    } else if (r < nextMorning) {
      received = at(fc.add(day, 1), 6 * 60 + 30 + rng.int(0, 180), rng.int(0, 59))
    } else {
      received = sameDaySitting()
    }
    const stamp = (i: number, base: number) => base + i * rng.int(60, 180) * 1000
    if (received + list.length * 180_000 > nowMs) {
      // Not recorded yet, except what a few people log right after finishing it today.
      if (day !== today || !realtimeOk(p)) return false
      const done = list.filter((e) => e.end + 10 <= nowLocal)
      if (done.length === 0) return false
      list.splice(0, list.length, ...done)
      for (const e of list) {
        e.recordedAt = Math.min(at(day, e.end + rng.int(3, 8), rng.int(0, 59)), nowMs)
        e.updatedAt = e.recordedAt
      }
      return true
    }
    list.forEach((e, i) => {
      e.recordedAt = stamp(i, received)
      e.deviceAt = device === null ? null : stamp(i, device)
      e.updatedAt = e.recordedAt
    })
    return true
  }
  function realtimeOk(p: Person) {
    return p.demoAccount !== 'pelaksana' && hash32(`${p.name}:${today}`) % 100 < 35
  }

  // ---------- evidence links ----------
  for (const e of entries) {
    const rng = rngs.get(e.person.id)!
    const base = {
      hasil: 0.8,
      volume: 0.4,
      proses: 0.24,
      unlinked: 0.18,
      vague: 0.02,
      pasted: 0.05,
      overlap: 0.1,
      weekend: 0.9,
    }[e.kind]
    const p = base * habits.get(e.person.id)!.evidence
    if (!rng.chance(p)) continue
    const n = rng.chance(0.1) ? 2 : 1
    for (let i = 0; i < n; i++) e.links.push({ url: evidenceUrl(e, rng), at: e.recordedAt })
  }

  // ---------- verification by the atasan ----------
  const lagOf = new Map<string, number>()
  for (const e of entries) {
    const atasan = e.person.atasan
    if (!atasan) continue
    const rng = rngs.get(e.person.id)!
    if (!lagOf.has(atasan.id)) lagOf.set(atasan.id, 2 + (hash32(atasan.name) % 4))
    const lag = lagOf.get(atasan.id)! + rng.int(0, 3)
    const vDay = fc.add(localDay(e.recordedAt), lag)
    const vAt = at(vDay, 9 * 60 + rng.int(0, 390), rng.int(0, 59))
    if (vAt > nowMs || rng.chance(0.03)) continue
    const demo = e.person.demoAccount === 'pelaksana' || e.person.demoAccount === 'jf'
    const problem: keyof typeof VERIFICATION_NOTES | null = demo
      ? null
      : e.kind === 'vague' && rng.chance(0.7)
        ? 'vague'
        : e.kind === 'pasted' && rng.chance(0.5)
          ? 'duplicate'
          : e.kind === 'unlinked' && e.person.linkable && rng.chance(0.3)
            ? 'unlinked'
            : e.links.length === 0 && rng.chance(0.008)
              ? 'evidence'
              : null
    if (!problem) {
      e.verifications.push({ verdict: 'sesuai', note: null, at: vAt })
      continue
    }
    e.verifications.push({
      verdict: 'perlu_perbaikan',
      note: rng.pick(VERIFICATION_NOTES[problem]),
      at: vAt,
    })
    // About half fix it within two working days and get it verified again.
    if (!rng.chance(0.55)) continue
    const fixAt = at(fc.add(vDay, rng.int(1, 2)), 8 * 60 + rng.int(0, 420), rng.int(0, 59))
    const againAt = at(
      fc.add(localDay(fixAt), rng.int(1, 3)),
      9 * 60 + rng.int(0, 360),
      rng.int(0, 59),
    )
    if (againAt > nowMs) continue
    const r = e.rhk ?? e.person.rhk[0] ?? null
    if ((problem === 'vague' || problem === 'duplicate') && r) {
      e.description = prosesText(e.person, r, e.date, rng)
      e.rhk = r
      e.kind = 'proses'
    } else if (problem === 'unlinked' && r) {
      e.rhk = r
      e.kind = 'proses'
    } else if (problem === 'evidence') {
      e.links.push({ url: evidenceUrl(e, rng), at: fixAt })
    } else {
      continue
    }
    e.edits = 1
    e.updatedAt = fixAt
    e.verifications.push({ verdict: 'sesuai', note: null, at: againAt })
  }

  function evidenceUrl(e: Entry, rng: Rng): string {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const id = (n: number) =>
      Array.from({ length: n }, () => chars[rng.int(0, chars.length - 1)]).join('')
    if (e.rhk?.key === 'ku.op.4') {
      const slug = normalizeDescription(e.description).split(' ').slice(1, 7).join('-')
      return `https://bkpsdm.gianyarkab.go.id/berita/${e.date.replaceAll('-', '/')}/${slug}`
    }
    switch (rng.weighted([5, 2, 2, 1])) {
      case 0:
        return `https://drive.google.com/file/d/1${id(32)}/view?usp=sharing`
      case 1:
        return `https://docs.google.com/spreadsheets/d/1${id(43)}/edit?usp=sharing`
      case 2:
        return `https://docs.google.com/document/d/1${id(43)}/edit?usp=sharing`
      default:
        return `https://drive.google.com/drive/folders/1${id(32)}?usp=sharing`
    }
  }

  // ---------- rencana aksi per RHK per started quarter ----------
  const ra: RaRow[] = []
  const raIndex = new Map<string, RaRow>() // `${rhkId}:${quarter}:${role}`
  const quarters = [...c.quarters].sort((a, b) => a.seq - b.seq)
  for (const p of people) {
    if (!p.linkable) continue
    const rng = createRng(PRNG_SEED ^ hash32(`ra:${p.name}`))
    const h = habits.get(p.id)!
    const start = startOf(p)
    const yearDays = workingDays(start, yearEnd).length
    const meanK = h.k.reduce((a, w, i) => a + w * (i + 1), 0) / h.k.reduce((a, b) => a + b, 0)
    const totalWeight = p.rhk.reduce((a, r) => a + r.weight, 0)
    for (const q of quarters) {
      if (q.startDate > lastDay || q.endDate < start) continue
      const from = q.startDate > start ? q.startDate : start
      const qDays = workingDays(from, q.endDate).length
      // Written when the SKP is settled (Q1) or in the quarter's first days.
      const writtenDay =
        q.seq === 1
          ? fc.add(
              localDay((p.skp.approvedAt ?? p.skp.createdAt).getTime()),
              p.skp.approvedAt ? 1 : 3,
            )
          : fc.add(fc.onOrAfter(q.startDate), rng.int(0, 3))
      const createdMs = at(writtenDay, 8 * 60 + rng.int(0, 180), rng.int(0, 59))
      if (createdMs > nowMs) continue
      for (const r of p.rhk) {
        // Numbered per RHK and period, as the app numbers them.
        let seq = 0
        const expected = qDays * (1 - h.skip) * meanK * (r.weight / totalWeight)
        const noise = () => 0.9 + rng.next() * 0.25
        const quarterLabel = `triwulan ${ROMAN[q.seq - 1]!}`
        const add = (
          role: 'hasil' | 'proses',
          description: string,
          target: number,
          satuan: string,
        ) => {
          seq += 1
          const row: RaRow = {
            id: randomUUID(),
            pegawaiId: p.id,
            skpId: p.skp.id,
            rhkId: r.id,
            periodId: q.id,
            seq,
            description,
            targetValue: Math.max(1, Math.round(target)),
            targetUnit: satuan,
            role,
            createdMs,
          }
          ra.push(row)
          raIndex.set(`${r.id}:${q.seq}:${role}`, row)
        }
        const hasilTarget =
          r.mode === 'volume'
            ? r.target * (qDays / Math.max(1, yearDays)) * noise()
            : r.mode === 'hasil'
              ? r.events.filter((ev) => ev.day >= q.startDate && ev.day <= q.endDate).length
              : 0
        if (hasilTarget >= 1)
          add('hasil', `${actionOf(r.text)} ${quarterLabel}`, hasilTarget, r.satuan)
        if (r.jenis === 'utama' || hasilTarget < 1) {
          const share = r.mode === 'volume' ? 1 - r.volumeShare : 1
          const description =
            r.mode === 'none'
              ? `${actionOf(r.text)} ${quarterLabel}`
              : `${fill(RENCANA_AKSI_PROSES[(r.seq + q.seq) % RENCANA_AKSI_PROSES.length]!, { person: p, day: from, topik: r.acts.topik }, rng)} ${quarterLabel}`
          add('proses', description, expected * share * noise(), 'Kegiatan')
        }
      }
    }
  }
  for (const e of entries) {
    if (!e.rhk) continue
    const role = e.kind === 'volume' || e.kind === 'hasil' ? 'hasil' : 'proses'
    const row = raIndex.get(`${e.rhk.id}:${quarterOf(e.date)}:${role}`)
    // Linked only when the rencana aksi existed when the entry was written.
    if (row && row.createdMs <= e.recordedAt) e.rencanaAksiId = row.id
  }

  // ---------- flags and timeliness, per person-day as the app computes them ----------
  const byPersonDay = new Map<string, Entry[]>()
  for (const e of entries) {
    const key = `${e.person.id}:${e.date}`
    const list = byPersonDay.get(key)
    if (list) list.push(e)
    else byPersonDay.set(key, [e])
  }
  const flagsOf = new Map<string, AlignmentFlag[]>()
  for (const list of byPersonDay.values()) {
    const input: FlagInput[] = list.map((e) => ({
      id: e.id,
      date: e.date,
      startTime: hhmm(e.start),
      endTime: hhmm(e.end),
      description: e.description,
      rhkId: e.rhk?.id ?? null,
      sameTextCount: 0,
    }))
    for (const [id, flags] of flagEntries(input)) flagsOf.set(id, flags)
  }
  // timeliness() per row would dominate the seed's time (an Intl formatter per call). Its
  // answer depends only on the entry day and on which side of that day's deadline the device
  // and receipt times fall, so it is asked once per such combination, with instants an hour
  // either side of the deadline standing in for the real ones.
  const deadlineOf = new Map<string, number>()
  const timelinessCache = new Map<string, ReturnType<typeof timeliness>>()
  const judge = (e: Entry) => {
    let deadline = deadlineOf.get(e.date)
    if (deadline === undefined) {
      deadline = ms(entryDeadlineIso(e.date, DEFAULT_LATENESS_RULE, cal, c.timeZone))
      deadlineOf.set(e.date, deadline)
    }
    const side = (t: number) => (t > deadline ? 'after' : 'before')
    const key = `${e.date}|${side(e.recordedAt)}|${e.deviceAt === null ? '' : side(e.deviceAt)}`
    let t = timelinessCache.get(key)
    if (!t) {
      const stand = (x: number) => new Date(deadline + (x > deadline ? 3_600_000 : -3_600_000))
      t = timeliness({
        day: e.date,
        receivedAt: stand(e.recordedAt),
        deviceRecordedAt: e.deviceAt === null ? null : stand(e.deviceAt),
        rule: DEFAULT_LATENESS_RULE,
        cal,
        timeZone: c.timeZone,
      })
      timelinessCache.set(key, t)
    }
    return t
  }
  /** What the app derives and stores for an entry; asked while the rows are being written. */
  const facts = (e: Entry): EntryFacts => {
    if (e.deviceAt !== null && e.deviceAt > e.recordedAt)
      throw new Error('seedDemoActivities: a device time after the receipt')
    const t = judge(e)
    return {
      flags: flagsOf.get(e.id) ?? [],
      textHash: createHash('md5').update(normal(e.description)).digest('hex'),
      deadlineAt: t.deadlineAt,
      late: t.late,
      syncedLate: t.syncedLate,
    }
  }

  // ---------- umpan balik threads ----------
  const threads: (typeof feedbackThreads.$inferInsert)[] = []
  const messages: (typeof feedbackMessages.$inferInsert)[] = []
  const todayWorking = fc.onOrAfter(today) === today ? today : fc.add(today, -1)
  for (const def of FEEDBACK_THREADS) {
    const owner =
      'role' in def.owner
        ? people.find((p) => p.demoAccount === (def.owner as { role: DemoAccountRole }).role)
        : people.find((p) => p.name === (def.owner as { name: string }).name)
    if (!owner) throw new Error(`seedDemoActivities: no thread owner ${JSON.stringify(def.owner)}`)
    const atasan = owner.atasan
    if (!atasan) throw new Error(`seedDemoActivities: ${owner.name} has no atasan for feedback`)
    let rhkId: string | null = null
    let coreValue: CoreValue | null = null
    if ('rhk' in def.topic) {
      const phrase = def.topic.rhk.toLowerCase()
      const found = owner.rhk.find((r) => r.text.toLowerCase().includes(phrase))
      if (!found)
        throw new Error(`seedDemoActivities: ${owner.name} has no RHK about "${def.topic.rhk}"`)
      rhkId = found.id
    } else {
      coreValue = def.topic.perilaku
      if (!CORE_VALUES.includes(coreValue)) throw new Error(`Unknown core value ${coreValue}`)
    }
    const rng = createRng(PRNG_SEED ^ hash32(`thread:${owner.name}:${rhkId ?? coreValue ?? ''}`))
    const earliest = fc.add(startOf(owner), 3)
    let day = fc.add(todayWorking, -def.ago)
    if (day < earliest) day = earliest
    if (day > lastDay) continue
    let t = at(day, 9 * 60 + rng.int(0, 300), rng.int(0, 59))
    const kept: { body: string; atasan: boolean; at: number }[] = []
    def.messages.forEach((body, i) => {
      if (i > 0) {
        const later = t + rng.int(40, 300) * 60_000
        t =
          localMinutes(later) < 16 * 60 + 30 && localDay(later) === localDay(t)
            ? later
            : at(fc.add(localDay(t), 1), 8 * 60 + rng.int(0, 120), rng.int(0, 59))
      }
      if (t <= nowMs) kept.push({ body, atasan: i % 2 === 0, at: t })
    })
    if (kept.length === 0) continue
    const threadId = randomUUID()
    threads.push({
      id: threadId,
      instansiId: '',
      skpId: owner.skp.id,
      pegawaiId: owner.id,
      topicKind: rhkId ? 'rhk' : 'perilaku',
      rhkId,
      coreValue,
      createdByUserId: atasan.userId,
      lastMessageAt: new Date(kept[kept.length - 1]!.at),
      createdAt: new Date(kept[0]!.at),
    })
    for (const m of kept) {
      const author = m.atasan ? atasan : owner
      messages.push({
        instansiId: '',
        threadId,
        authorUserId: author.userId,
        authorName: author.fullName,
        authorRole: m.atasan ? 'atasan' : 'pegawai',
        body: m.body,
        createdAt: new Date(m.at),
      })
    }
  }

  return { ra, entries, facts, threads, messages }
}

// ---------- writing ----------

type Column = { name: string; type: string; cast?: string }
type Cell = string | number | boolean | null
const col = (c: { name: string }, type: string, cast?: string): Column => ({
  name: c.name,
  type,
  cast,
})

/**
 * INSERT … SELECT FROM unnest(array per column): one statement per 5000 rows with one bind
 * parameter per column. A statement is sent without waiting for it, so the next chunk is built
 * while PostgreSQL inserts the previous one; the next is sent when the previous is done, and the
 * caller awaits the queue (in order: a failure aborts the transaction and everything after it).
 */
async function bulkInsert<T>(
  tx: Executor,
  queue: Promise<unknown>[],
  table: Parameters<typeof getTableName>[0],
  columns: readonly Column[],
  items: readonly T[],
  cells: (item: T) => readonly Cell[],
) {
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '))
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '))
  const selects = sql.raw(columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', '))
  for (const part of chunks(items, 5000)) {
    const rows = part.map(cells)
    // Each column as one array literal, built here: text is quoted, everything else (uuids,
    // dates, ISO instants, numbers, booleans) has nothing to escape.
    const arrays = columns.map((c, i) => {
      const quote = c.type === 'text'
      const values = rows.map((r) => {
        const v = r[i]
        if (v === null || v === undefined) return 'NULL'
        if (!quote) return String(v)
        return `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
      })
      return sql`${`{${values.join(',')}}`}::${sql.raw(c.type)}[]`
    })
    const statement = sql`INSERT INTO ${sql.identifier(getTableName(table))} (${names}) SELECT ${selects} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${aliases})`
    // One statement at a time on the connection (pg refuses a query sent while another runs):
    // this chunk was built while the previous one was inserted.
    await queue.at(-1)
    // A drizzle query runs on every then(): take its promise once.
    const sent = tx.execute(statement).then(() => undefined)
    sent.catch(() => undefined) // reported by the caller's await of the queue
    queue.push(sent)
    // Let the connection send what is queued before building the next chunk.
    await new Promise((resolve) => setImmediate(resolve))
  }
}

const iso = (t: number) => new Date(t).toISOString()
/** A text[] literal of flag names (plain words, nothing to quote). */
const textArray = (items: readonly string[]) => `{${items.join(',')}}`

async function writePlan(tx: Tx, instansiId: string, plan: Plan): Promise<DemoActivitiesSummary> {
  // The months of the demo (2024–2026) get their partitions before the rows (decision 0014).
  const days = plan.entries.map((e) => e.date).sort()
  if (days.length) await ensureProgressPartitions(tx, { from: days[0]!, to: days.at(-1)! })
  const tables = [
    rencanaAksi,
    dailyProgress,
    progressEvidence,
    progressVerifications,
    feedbackThreads,
    feedbackMessages,
  ].map((t) => getTableName(t))
  let counts: Omit<DemoActivitiesSummary, 'rencanaAksi' | 'progress' | 'threads' | 'messages'> = {
    evidence: 0,
    verifications: 0,
    late: 0,
    syncedLate: 0,
    unlinked: 0,
  }
  await bulkLoad(tx, { instansiId, tables }, async () => {
    counts = await insertPlan(tx, instansiId, plan)
  })
  return {
    rencanaAksi: plan.ra.length,
    progress: plan.entries.length,
    threads: plan.threads.length,
    messages: plan.messages.length,
    ...counts,
  }
}

async function insertPlan(tx: Tx, instansiId: string, plan: Plan) {
  const queue: Promise<unknown>[] = []
  let late = 0
  let syncedLate = 0

  const r = rencanaAksi
  await bulkInsert(
    tx,
    queue,
    r,
    [
      col(r.id, 'uuid'),
      col(r.instansiId, 'uuid'),
      col(r.pegawaiId, 'uuid'),
      col(r.skpId, 'uuid'),
      col(r.rhkId, 'uuid'),
      col(r.periodId, 'uuid'),
      col(r.seq, 'int2'),
      col(r.description, 'text'),
      col(r.targetValue, 'int4'),
      col(r.targetUnit, 'text'),
      col(r.createdAt, 'timestamptz'),
      col(r.updatedAt, 'timestamptz'),
    ],
    plan.ra,
    (x) => [
      x.id,
      instansiId,
      x.pegawaiId,
      x.skpId,
      x.rhkId,
      x.periodId,
      x.seq,
      x.description,
      x.targetValue,
      x.targetUnit,
      iso(x.createdMs),
      iso(x.createdMs),
    ],
  )

  const d = dailyProgress
  await bulkInsert(
    tx,
    queue,
    d,
    [
      col(d.id, 'uuid'),
      col(d.instansiId, 'uuid'),
      col(d.pegawaiId, 'uuid'),
      col(d.clientId, 'uuid'),
      col(d.date, 'date'),
      col(d.startTime, 'text'),
      col(d.endTime, 'text'),
      col(d.description, 'text'),
      col(d.textHash, 'text'),
      col(d.skpId, 'uuid'),
      col(d.rhkId, 'uuid'),
      col(d.rencanaAksiId, 'uuid'),
      col(d.realisasi, 'int4'),
      col(d.satuan, 'text'),
      col(d.flags, 'text', 'text[]'),
      col(d.recordedAt, 'timestamptz'),
      col(d.deviceRecordedAt, 'timestamptz'),
      col(d.deadlineAt, 'timestamptz'),
      col(d.late, 'bool'),
      col(d.syncedLate, 'bool'),
      col(d.ruleVersion, 'int4'),
      col(d.verificationStatus, 'text', 'progress_verification_status'),
      col(d.verifiedAt, 'timestamptz'),
      col(d.createdByUserId, 'uuid'),
      col(d.version, 'int4'),
      col(d.createdAt, 'timestamptz'),
      col(d.updatedAt, 'timestamptz'),
    ],
    plan.entries,
    (e) => {
      const f = plan.facts(e)
      if (f.late) late += 1
      if (f.syncedLate) syncedLate += 1
      const last = e.verifications[e.verifications.length - 1]
      const status: VerificationStatus = last?.verdict ?? 'pending'
      return [
        e.id,
        instansiId,
        e.person.id,
        randomUUID(),
        e.date,
        hhmm(e.start),
        hhmm(e.end),
        e.description,
        f.textHash,
        // The app stores the SKP with the RHK link, and neither for an unlinked entry.
        e.rhk ? e.person.skp.id : null,
        e.rhk?.id ?? null,
        e.rencanaAksiId,
        e.realisasi,
        e.satuan,
        textArray(f.flags),
        iso(e.recordedAt),
        e.deviceAt === null ? null : iso(e.deviceAt),
        new Date(f.deadlineAt).toISOString(),
        f.late,
        f.syncedLate,
        DEMO_RULE_VERSION,
        status,
        last ? iso(last.at) : null,
        e.person.userId,
        // As the app counts: +1 per verdict (verify) and per edit (PATCH).
        e.edits + e.verifications.length,
        iso(e.recordedAt),
        iso(Math.max(e.updatedAt, e.recordedAt, last?.at ?? 0)),
      ]
    },
  )

  const links = plan.entries.flatMap((e) => e.links.map((l) => ({ e, l })))
  const ev = progressEvidence
  await bulkInsert(
    tx,
    queue,
    ev,
    [
      col(ev.instansiId, 'uuid'),
      col(ev.progressId, 'uuid'),
      col(ev.progressDate, 'date'),
      col(ev.pegawaiId, 'uuid'),
      col(ev.kind, 'text', 'evidence_kind'),
      col(ev.url, 'text'),
      col(ev.createdAt, 'timestamptz'),
    ],
    links,
    ({ e, l }) => [instansiId, e.id, e.date, e.person.id, 'link', l.url, iso(l.at)],
  )

  const verdicts = plan.entries.flatMap((e) => e.verifications.map((x) => ({ e, x })))
  const v = progressVerifications
  await bulkInsert(
    tx,
    queue,
    v,
    [
      col(v.instansiId, 'uuid'),
      col(v.progressId, 'uuid'),
      col(v.progressDate, 'date'),
      col(v.verdict, 'text', 'progress_verdict'),
      col(v.note, 'text'),
      col(v.byUserId, 'uuid'),
      col(v.byName, 'text'),
      col(v.at, 'timestamptz'),
    ],
    verdicts,
    ({ e, x }) => [
      instansiId,
      e.id,
      e.date,
      x.verdict,
      x.note,
      e.person.atasan!.userId,
      e.person.atasan!.fullName,
      iso(x.at),
    ],
  )
  await Promise.all(queue)

  if (plan.threads.length) {
    await tx.insert(feedbackThreads).values(plan.threads.map((t) => ({ ...t, instansiId })))
    await tx.insert(feedbackMessages).values(plan.messages.map((m) => ({ ...m, instansiId })))
  }
  return {
    evidence: links.length,
    verifications: verdicts.length,
    late,
    syncedLate,
    unlinked: plan.entries.filter((e) => !e.rhk).length,
  }
}
