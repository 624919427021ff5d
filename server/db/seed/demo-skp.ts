import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import { pangkatFor, type JabatanJenis } from '../../../shared/org.ts'
import {
  buildAtasanIndex,
  type AtasanIndex,
  type OrgSnapshot,
} from '../../../shared/rules/atasan.ts'
import { BERAKHLAK, CORE_VALUES, type CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { SkpStatus } from '../../../shared/rules/skp-workflow.ts'
import {
  LAMPIRAN_KINDS,
  type Aspek,
  type LampiranKind,
  type Pendekatan,
  type Perspektif,
  type PersonSnapshot,
  type RhkJenis,
  type skpRevisionSchema,
  type SkpVariant,
} from '../../../shared/skp.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import {
  actingAssignments,
  atasanOverrides,
  jabatan,
  pegawai,
  units,
} from '../../modules/org/org.tables.ts'
import {
  indikator,
  perjanjianKinerja,
  pkTargets,
  rhk,
  rhkInterventions,
  skp,
  skpDialogNotes,
  skpLampiran,
  skpPerilaku,
  skpRevisions,
} from '../../modules/skp/skp.tables.ts'
import type { Executor } from '../client.ts'
import {
  DEMO_SKP_YEARS,
  DIALOG_NOTES,
  EKSPEKTASI_KHUSUS,
  KEPALA_BADAN_RHK,
  KUALITATIF_RHK,
  LAMPIRAN,
  LEADER_RHK,
  ROOT_PK,
  SKP_2026_DRAFT,
  SKP_2026_RETURNED,
  STAFF_RHK,
  STAFF_TAMBAHAN,
  UNIT_PK,
  type DemoSkpYear,
  type IkiDef,
  type PkRowDef,
  type RhkDef,
  type Target,
} from './demo-skp-content.ts'
import {
  JABATAN_KINDS,
  type DemoAccountRole,
  type DemoUnitKey,
  type JabatanKind,
} from './demo-people.ts'

/**
 * The demo's SKPs (issue 3): Perjanjian Kinerja 2024–2026 of the root unit and of the
 * Sekretariat and bidang; the 2026 SKP of all 77, cascaded from the Kepala Badan down; the
 * simpler 2024 (32 people) and 2025 (77) SKPs that later history (assessments) builds on.
 * Rows are written directly in bulk, inside demo.ts's transaction, never through the SKP
 * service: the seed stays fast and does not move with the service's code.
 *
 * Everything is derived deterministically from the roster and demo-skp-content.ts; only the
 * row ids are random. A broken cascade throws, so a bad content edit fails the seed loudly.
 */

export const CURRENT_SKP_YEAR = 2026
/** Table 2/3 of the study: 32 employees were on e-Kinerja in 2024, its first year. */
export const SKP_2024_HEADCOUNT = 32
/** The leader RHK no subordinate intervenes yet (shown by the coverage view), by unit head. */
export const UNCOVERED_2026 = { unit: 'kepegawaian', keys: ['U3', 'U4'] } as const

const TZ_OFFSET = '+08:00' // WITA: every demo time is written as a Gianyar wall-clock time

/** What demo.ts has in hand for each seeded pegawai. */
export type DemoSkpPerson = {
  id: string
  person: {
    name: string
    unit: DemoUnitKey
    jabatan: JabatanKind
    nip: string
    positionStart: string
    demoAccount?: DemoAccountRole
  }
}

export type DemoSkpSummary = {
  skpPerYear: Record<number, number>
  /** The 2026 SKPs that are not approved, with the atasan who acts on them. */
  notApproved2026: { status: SkpStatus; name: string; atasanName: string | null }[]
  uncoveredRhk2026: { ownerName: string; text: string }[]
}

// ---------- people ----------

type Person = {
  id: string
  name: string
  fullName: string
  nip: string
  golongan: string | null
  unitKey: DemoUnitKey
  unitId: string
  unitName: string
  jabatanId: string
  jabatanName: string
  jabatanJenis: JabatanJenis
  kind: JabatanKind
  headsUnit: boolean
  positionStart: string
  demoAccount: DemoAccountRole | undefined
  userId: string
  /** Position among the non-heads of the unit, in roster order (-1 for heads). */
  staffIndex: number
  /** Position among colleagues with the same jabatan in the same unit. */
  kindIndex: number
}

const fullNameOf = (p: { name: string; gelarDepan: string | null; gelarBelakang: string | null }) =>
  [p.gelarDepan, p.name].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '')

/** TMT CPNS/PPPK from the NIP (digits 9–14, YYYYMM). */
const tmtOf = (nip: string) => nip.slice(8, 14)

/**
 * The 32 employees of 2024 (Table 2): every unit head plus, per unit, a share of the staff
 * proportional to its size (largest remainder), demo-account holders first, then by TMT
 * (longest-serving first). Only staff appointed by 2023 qualify: 2024 was their first full year.
 */
export function pickDemoSkp2024(people: readonly DemoSkpPerson[]): Set<string> {
  const heads = people.filter((p) => JABATAN_KINDS[p.person.jabatan].headsUnit)
  const staff = people.filter((p) => !JABATAN_KINDS[p.person.jabatan].headsUnit)
  const seats = SKP_2024_HEADCOUNT - heads.length
  const byUnit = new Map<DemoUnitKey, DemoSkpPerson[]>()
  for (const p of staff) byUnit.set(p.person.unit, [...(byUnit.get(p.person.unit) ?? []), p])
  const quotas = [...byUnit].map(([unit, list]) => {
    const exact = (seats * list.length) / staff.length
    return { unit, n: Math.floor(exact), rest: exact - Math.floor(exact) }
  })
  let left = seats - quotas.reduce((a, q) => a + q.n, 0)
  for (const q of [...quotas].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break
    q.n += 1
    left -= 1
  }
  const chosen = new Set(heads.map((h) => h.id))
  for (const { unit, n } of quotas) {
    const eligible = (byUnit.get(unit) ?? [])
      .map((p, roster) => ({ p, roster }))
      .filter(({ p }) => tmtOf(p.person.nip) <= '202312')
      .sort(
        (a, b) =>
          Number(!a.p.person.demoAccount) - Number(!b.p.person.demoAccount) ||
          tmtOf(a.p.person.nip).localeCompare(tmtOf(b.p.person.nip)) ||
          a.roster - b.roster,
      )
    if (eligible.length < n) throw new Error(`Only ${eligible.length} 2024 candidates in ${unit}`)
    for (const { p } of eligible.slice(0, n)) chosen.add(p.id)
  }
  return chosen
}

// ---------- calendar helpers: weekdays only; a seeded time on a holiday harms nothing ----------

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())
/** The n-th weekday after `day` (n may be negative). */
function addWeekdays(day: string, n: number): string {
  let d = day
  const step = n < 0 ? -1 : 1
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step)
    if (!isWeekend(d)) left -= 1
  }
  return d
}
const at = (day: string, minutesAfter8: number) => {
  const m = 8 * 60 + minutesAfter8
  const hh = String(Math.floor(m / 60)).padStart(2, '0')
  const mm = String(m % 60).padStart(2, '0')
  return new Date(`${day}T${hh}:${mm}:00${TZ_OFFSET}`)
}

// ---------- planning (pure; pegawai ids in, no random ids yet) ----------

type PlannedIki = {
  aspek: Aspek | null
  text: string
  targetValue: number | null
  targetUnit: string | null
  targetText: string | null
}
type PlannedRhk = {
  key: string
  jenis: RhkJenis
  text: string
  perspektif: Perspektif | null
  pkRow: number | null
  /** The atasan's RHK key this one intervenes (JA/JF), resolved for the year. */
  parentKey: string | null
  iki: PlannedIki[]
}
type Timeline = {
  createdAt: Date
  submittedAt: Date | null
  approvedAt: Date | null
  updatedAt: Date
}
type PlannedSkp = {
  person: Person
  atasan: Person | null
  year: DemoSkpYear
  startDate: string
  endDate: string
  pendekatan: Pendekatan
  variant: SkpVariant
  status: SkpStatus
  version: number
  revision: number
  returnReason: string | null
  rhk: PlannedRhk[]
  ekspektasi: Partial<Record<CoreValue, string>>
  lampiran: { kind: LampiranKind; text: string }[]
  timeline: Timeline
}

const yearText = (text: string, year: number) =>
  text.replaceAll('{tahun}', String(year)).replaceAll('{tahun_depan}', String(year + 1))
const targetFor = (t: Target, year: DemoSkpYear) =>
  typeof t === 'number' ? t : (t[DEMO_SKP_YEARS.indexOf(year)] ?? t[2])

function planIki(iki: IkiDef, year: DemoSkpYear): PlannedIki {
  if ('targetText' in iki) {
    return {
      aspek: null,
      text: yearText(iki.text, year),
      targetValue: null,
      targetUnit: null,
      targetText: yearText(iki.targetText, year),
    }
  }
  return {
    aspek: iki.aspek,
    text: yearText(iki.text, year),
    targetValue: targetFor(iki.target, year),
    targetUnit: iki.satuan,
    targetText: null,
  }
}

const isAhli = (kind: JabatanKind) => JABATAN_KINDS[kind].jenis.startsWith('fungsional_ahli_')

/** The 2026 RHK of a staff member: written out for the kualitatif few, else a selection. */
const staffRhk2026 = (p: Person): RhkDef[] => [...(KUALITATIF_RHK[p.name] ?? staffSelection(p))]

/** A rotating selection from the jabatan's options, so colleagues together cover their head. */
function staffSelection(p: Person): RhkDef[] {
  const pool = STAFF_RHK[p.unitKey]?.[p.kind]
  if (!pool || pool.length < 2) throw new Error(`No RHK options for ${p.kind} in ${p.unitKey}`)
  // 2 or 3 utama; the first ahli of each jabatan carries one more (up to 4).
  const count = Math.min(
    pool.length,
    2 + (p.staffIndex % 2) + (isAhli(p.kind) && p.kindIndex === 0 ? 1 : 0),
  )
  const chosen = Array.from({ length: count }, (_, t) => pool[(p.kindIndex + t) % pool.length]!)
  const extras = STAFF_TAMBAHAN[p.unitKey] ?? []
  if (p.staffIndex % 3 === 1 && extras.length > 0) {
    chosen.push(extras[Math.floor(p.staffIndex / 3) % extras.length]!)
  }
  return chosen
}

/** 2024/2025: two RHK utama whose intervened RHK the atasan had that year, 2026's first. */
function staffRhkHistory(p: Person, atasanKeys: ReadonlySet<string>): RhkDef[] {
  const pool = STAFF_RHK[p.unitKey]?.[p.kind] ?? []
  const current = staffSelection(p).filter((r) => r.jenis === 'utama')
  const candidates = [...current, ...pool.filter((r) => !current.includes(r))]
  const fits = candidates.filter((r) => r.parent.some((k) => atasanKeys.has(k)))
  const rest = candidates.filter((r) => !fits.includes(r))
  return [...fits, ...rest].slice(0, 2)
}

function ownRhkDefs(p: Person, year: DemoSkpYear, atasanKeys: ReadonlySet<string>) {
  const history = year !== CURRENT_SKP_YEAR
  if (p.unitKey === 'opd' && p.headsUnit) {
    return KEPALA_BADAN_RHK.filter((r) => !history || r.inHistory)
  }
  if (p.headsUnit) {
    const defs = LEADER_RHK[p.unitKey as Exclude<DemoUnitKey, 'opd'>]
    return defs.filter((r) => !history || r.inHistory)
  }
  return history ? staffRhkHistory(p, atasanKeys) : staffRhk2026(p)
}

/** The atasan's RHK a JA/JF RHK intervenes: its first parent the atasan has that year. */
function resolveParent(
  def: RhkDef,
  atasanRhk: readonly PlannedRhk[],
  year: DemoSkpYear,
  who: string,
): string {
  const keys = new Set(atasanRhk.map((r) => r.key))
  const found = def.parent.find((k) => keys.has(k))
  if (year === CURRENT_SKP_YEAR) {
    // 2026 is written out in full: its first-named parent must exist.
    if (found === undefined || found !== def.parent[0]) {
      throw new Error(
        `${who} ${year}: RHK ${def.key} intervenes ${def.parent[0] ?? '?'}, not found`,
      )
    }
    return found
  }
  const fallback = atasanRhk.find((r) => r.jenis === def.jenis) ?? atasanRhk[0]
  const key = found ?? fallback?.key
  if (!key) throw new Error(`${who} ${year}: the atasan has no RHK to intervene`)
  return key
}

type StatusPlan = { status: SkpStatus; returnReason: string | null }

function status2026(p: Person): StatusPlan {
  if (p.demoAccount === 'jf') return { status: 'diajukan', returnReason: null }
  if (p.name === SKP_2026_DRAFT) return { status: 'draft', returnReason: null }
  if (p.name === SKP_2026_RETURNED.name) {
    return { status: 'dikembalikan', returnReason: SKP_2026_RETURNED.reason }
  }
  return { status: 'disetujui', returnReason: null }
}

/** Version the SKP row would carry after create, save, submit (and approve or return). */
const VERSION_AT: Record<SkpStatus, number> = {
  draft: 1,
  diajukan: 2,
  dikembalikan: 3,
  disetujui: 3,
  ditutup: 4,
}

function timelineFor(
  year: DemoSkpYear,
  depth: number,
  seq: number,
  startDate: string,
  status: SkpStatus,
  today: string,
): Timeline {
  const todayEnd = new Date(`${today}T23:59:00${TZ_OFFSET}`)
  const clamp = (d: Date) => (d > todayEnd ? todayEnd : d)
  // Everyone starts the SKP in January, one level of the tree after the other (3 weekdays per
  // level, so an atasan's SKP is approved before the subordinates'); a CPNS who started later
  // in the year does it in their first weeks.
  const base = startDate > `${year}-01-15` ? addDays(startDate, -1) : `${year}-01-01`
  const createdDay = addWeekdays(base, 2 + 3 * depth + (seq % 2))
  const created = at(createdDay, (seq * 47) % 420)
  if (status !== 'disetujui') {
    // The three unfinished SKPs moved last: the demo's atasan sees them as this week's work.
    const ref = today > `${year}-02-01` ? today : `${year}-02-01`
    const submitted =
      status === 'draft' ? null : at(addWeekdays(ref, status === 'diajukan' ? -1 : -5), 90)
    const updated =
      status === 'dikembalikan'
        ? at(addWeekdays(ref, -3), 150)
        : (submitted ?? at(addWeekdays(ref, -1), 300))
    return {
      createdAt: clamp(created),
      submittedAt: submitted && clamp(submitted),
      approvedAt: null,
      updatedAt: clamp(updated),
    }
  }
  const submitted = at(addWeekdays(createdDay, 1), 30 + ((seq * 31) % 360))
  const approved = at(addWeekdays(createdDay, 2), 60 + ((seq * 29) % 360))
  return {
    createdAt: clamp(created),
    submittedAt: clamp(submitted),
    approvedAt: clamp(approved),
    updatedAt: clamp(approved),
  }
}

function planYear(
  year: DemoSkpYear,
  people: readonly Person[],
  index: AtasanIndex,
  byId: ReadonlyMap<string, Person>,
  today: string,
): PlannedSkp[] {
  const inYear = new Set(people.map((p) => p.id))
  const depthOf = (id: string) => {
    let d = 0
    for (let a = index.atasanOf(id); a; a = index.atasanOf(a)) d += 1
    return d
  }
  // Atasan first, so a subordinate can name the RHK it intervenes.
  const ordered = people
    .map((p, roster) => ({ p, roster, depth: depthOf(p.id) }))
    .sort((a, b) => a.depth - b.depth || a.roster - b.roster)
  const planned = new Map<string, PlannedSkp>()
  let seq = 0
  for (const { p, depth } of ordered) {
    seq += 1
    const atasanId = index.atasanOf(p.id)
    const atasan = atasanId ? (byId.get(atasanId) ?? null) : null
    if (atasanId && !inYear.has(atasanId)) {
      throw new Error(`${p.name} ${year}: the atasan has no SKP that year`)
    }
    const atasanPlan = atasanId ? planned.get(atasanId) : undefined
    const atasanRhk = atasanPlan?.rhk ?? []
    const jpt = p.jabatanJenis.startsWith('jpt_')
    const defs = ownRhkDefs(p, year, new Set(atasanRhk.map((r) => r.key)))
    const rhkPlan: PlannedRhk[] = defs.map((def) => ({
      key: def.key,
      jenis: def.jenis,
      text: yearText(def.text, year),
      perspektif: 'perspektif' in def ? def.perspektif : null,
      pkRow: 'pkRow' in def ? def.pkRow : null,
      parentKey: jpt ? null : resolveParent(def as RhkDef, atasanRhk, year, p.name),
      iki: def.iki.map((i) => planIki(i, year)),
    }))
    // Utama first, then tambahan, as the printed SKP lists them.
    rhkPlan.sort((a, b) => Number(a.jenis === 'tambahan') - Number(b.jenis === 'tambahan'))

    const { status, returnReason } =
      year === CURRENT_SKP_YEAR
        ? status2026(p)
        : { status: 'disetujui' as const, returnReason: null }
    const startDate = p.positionStart > `${year}-01-01` ? p.positionStart : `${year}-01-01`
    const kualitatif = year === CURRENT_SKP_YEAR && KUALITATIF_RHK[p.name] !== undefined

    // The atasan writes ekspektasi khusus for their unit heads and for every fourth staff member.
    const ekspektasi: Partial<Record<CoreValue, string>> = {}
    if (atasan && status !== 'draft' && (p.headsUnit || p.staffIndex % 4 === 0)) {
      for (const shift of [0, 3]) {
        const value = CORE_VALUES[(seq + shift) % CORE_VALUES.length]!
        const options = EKSPEKTASI_KHUSUS[value]
        ekspektasi[value] = options[(seq + year) % options.length]!
      }
    }
    const lampiran: { kind: LampiranKind; text: string }[] = []
    if (p.headsUnit || p.staffIndex % 3 === 0) {
      const pickFrom = (kind: LampiranKind, n: number) => {
        const options = LAMPIRAN[kind]
        for (let i = 0; i < n; i++) {
          const text = options[i === 0 ? 0 : (seq + i) % options.length]!
          if (!lampiran.some((l) => l.kind === kind && l.text === yearText(text, year))) {
            lampiran.push({ kind, text: yearText(text, year) })
          }
        }
      }
      pickFrom('dukungan_sumber_daya', 2)
      pickFrom('skema_pertanggungjawaban', 1 + (seq % 2))
      pickFrom('konsekuensi', 2)
    }

    planned.set(p.id, {
      person: p,
      atasan,
      year,
      startDate,
      endDate: `${year}-12-31`,
      pendekatan: kualitatif ? 'kualitatif' : 'kuantitatif',
      variant: jpt ? 'jpt' : 'ja_jf',
      status,
      version: VERSION_AT[status],
      revision: status === 'disetujui' ? 1 : 0,
      returnReason,
      rhk: rhkPlan,
      ekspektasi,
      lampiran,
      timeline: timelineFor(year, depth, seq, startDate, status, today),
    })
  }
  // Back in roster order, so row order (and anything listing by insertion) is stable.
  return people.map((p) => planned.get(p.id)!)
}

/** Leader RHK no subordinate's RHK intervenes; only approved SKPs count as cover. */
function uncoveredRhk(plans: readonly PlannedSkp[]) {
  const covered = new Set<string>()
  const leaders = new Set<string>()
  for (const s of plans) {
    if (!s.atasan) continue
    leaders.add(s.atasan.id)
    if (s.status !== 'disetujui') continue
    for (const r of s.rhk) if (r.parentKey) covered.add(`${s.atasan.id}:${r.parentKey}`)
  }
  return plans
    .filter((s) => leaders.has(s.person.id))
    .flatMap((s) =>
      s.rhk.filter((r) => !covered.has(`${s.person.id}:${r.key}`)).map((r) => ({ s, r })),
    )
}

// ---------- database ----------

/**
 * The seeded people with what their snapshots need, and the org as the app reads it
 * (org.repository loadOrgSnapshot): a head-of-unit jabatan heads the unit its holder sits in.
 * Queries run one after the other: a transaction's client takes one query at a time.
 */
async function loadOrg(tx: Executor, instansiId: string, roster: readonly DemoSkpPerson[]) {
  const unitRows = await tx
    .select({ id: units.id, parentId: units.parentId, name: units.name })
    .from(units)
    .where(eq(units.instansiId, instansiId))
  const rows = await tx
    .select({
      id: pegawai.id,
      name: pegawai.name,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
      nip: pegawai.nip,
      golongan: pegawai.golongan,
      active: pegawai.active,
      unitId: pegawai.unitId,
      jabatanId: pegawai.jabatanId,
      jabatanName: jabatan.name,
      jabatanJenis: jabatan.jenis,
      jabatanUnitId: jabatan.unitId,
      headsUnit: jabatan.headsUnit,
    })
    .from(pegawai)
    .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
    .where(eq(pegawai.instansiId, instansiId))
  const acting = await tx
    .select({
      pegawaiId: actingAssignments.pegawaiId,
      unitId: actingAssignments.unitId,
      startDate: actingAssignments.startDate,
      endDate: actingAssignments.endDate,
    })
    .from(actingAssignments)
    .where(eq(actingAssignments.instansiId, instansiId))
  const overrides = await tx
    .select({
      pegawaiId: atasanOverrides.pegawaiId,
      atasanId: atasanOverrides.atasanId,
      startDate: atasanOverrides.startDate,
      endDate: atasanOverrides.endDate,
    })
    .from(atasanOverrides)
    .where(eq(atasanOverrides.instansiId, instansiId))
  const accounts = await tx
    .select({
      id: userAccounts.id,
      pegawaiId: userAccounts.pegawaiId,
      name: userAccounts.displayName,
    })
    .from(userAccounts)
    .where(eq(userAccounts.instansiId, instansiId))

  const org: OrgSnapshot = {
    units: unitRows.map((u) => ({ id: u.id, parentId: u.parentId })),
    people: rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      headsUnit: r.headsUnit && r.jabatanUnitId === r.unitId,
      active: r.active,
    })),
    acting,
    overrides,
  }
  const admin = accounts.find((a) => a.pegawaiId === null)
  if (!admin) throw new Error('seedDemoSkp: the demo admin account is missing')

  const byId = new Map(rows.map((r) => [r.id, r]))
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]))
  const userOf = new Map(accounts.map((a) => [a.pegawaiId, a.id]))
  const staffSeen = new Map<string, number>()
  const kindSeen = new Map<string, number>()
  const next = (m: Map<string, number>, key: string) => {
    const n = m.get(key) ?? 0
    m.set(key, n + 1)
    return n
  }
  const people = roster.map(({ id, person }): Person => {
    const row = byId.get(id)
    const userId = userOf.get(id)
    if (!row || !userId) throw new Error(`seedDemoSkp: pegawai ${person.name} is not seeded`)
    const headsUnit = row.headsUnit && row.jabatanUnitId === row.unitId
    return {
      id,
      name: row.name,
      fullName: fullNameOf(row),
      nip: row.nip,
      golongan: row.golongan,
      unitKey: person.unit,
      unitId: row.unitId,
      unitName: unitName.get(row.unitId) ?? '',
      jabatanId: row.jabatanId,
      jabatanName: row.jabatanName,
      jabatanJenis: row.jabatanJenis,
      kind: person.jabatan,
      headsUnit,
      positionStart: person.positionStart,
      demoAccount: person.demoAccount,
      userId,
      staffIndex: headsUnit ? -1 : next(staffSeen, person.unit),
      kindIndex: next(kindSeen, `${person.unit}:${person.jabatan}`),
    }
  })
  return { people, org, admin: { id: admin.id, name: admin.name } }
}

const snapshotOf = (p: Person): PersonSnapshot => ({
  pegawaiId: p.id,
  name: p.fullName,
  nip: p.nip,
  golongan: p.golongan,
  pangkat: p.golongan ? pangkatFor(p.golongan) : null,
  jabatanName: p.jabatanName,
  jabatanJenis: p.jabatanJenis,
  unitName: p.unitName,
})

type RevisionContent = z.infer<typeof skpRevisionSchema>['content']

function* chunks<T>(rows: readonly T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

/**
 * Writes the Perjanjian Kinerja and SKPs of 2024–2026 for the demo people. Call inside the
 * seed transaction, after pegawai and accounts exist. `today` is the demo's current day (WITA):
 * nothing is dated after it.
 */
export async function seedDemoSkp(
  tx: Executor,
  opts: { instansiId: string; today: string; people: readonly DemoSkpPerson[] },
): Promise<DemoSkpSummary> {
  const { instansiId, today } = opts
  const { people, org, admin } = await loadOrg(tx, instansiId, opts.people)
  const byId = new Map(people.map((p) => [p.id, p]))

  const in2024 = pickDemoSkp2024(opts.people)
  const plans: PlannedSkp[] = []
  for (const year of DEMO_SKP_YEARS) {
    const yearPeople = people.filter(
      (p) => (year !== 2024 || in2024.has(p.id)) && p.positionStart <= `${year}-12-31`,
    )
    // The atasan as the app derives it on the day the SKP is made (the org is static here).
    const index = buildAtasanIndex(org, `${year}-01-02`)
    plans.push(...planYear(year, yearPeople, index, byId, today))
  }

  const current = plans.filter((s) => s.year === CURRENT_SKP_YEAR)
  const uncovered = uncoveredRhk(current)
  const expected = current.find(
    (s) => s.person.headsUnit && s.person.unitKey === UNCOVERED_2026.unit,
  )
  const got = uncovered.map(({ s, r }) => `${s.person.id}:${r.key}`).sort()
  const want = UNCOVERED_2026.keys.map((k) => `${expected?.person.id ?? '?'}:${k}`).sort()
  if (got.join() !== want.join()) {
    const list = uncovered.map(({ s, r }) => `${s.person.name} ${r.key}`).join(', ')
    throw new Error(
      `seedDemoSkp: uncovered leader RHK should be ${UNCOVERED_2026.keys.join(', ')}, got ${list}`,
    )
  }

  // ---------- Perjanjian Kinerja ----------
  const pkTargetIds = new Map<string, string>() // `${year}:${unitKey}:${row}` → id
  const pkRows: (typeof perjanjianKinerja.$inferInsert)[] = []
  const pkTargetRows: (typeof pkTargets.$inferInsert)[] = []
  const pkUnits: [DemoUnitKey, readonly PkRowDef[]][] = [
    ['opd', ROOT_PK],
    ...Object.entries(UNIT_PK).map(
      ([k, v]) => [k as DemoUnitKey, v] as [DemoUnitKey, readonly PkRowDef[]],
    ),
  ]
  for (const year of DEMO_SKP_YEARS) {
    const signed = at(addWeekdays(`${year}-01-01`, 1), 60)
    for (const [unitKey, rows] of pkUnits) {
      const unitId = people.find((p) => p.unitKey === unitKey)?.unitId
      if (!unitId) throw new Error(`seedDemoSkp: no unit ${unitKey}`)
      const pkId = randomUUID()
      pkRows.push({
        id: pkId,
        instansiId,
        unitId,
        year,
        version: 1,
        createdAt: signed,
        updatedAt: signed,
      })
      rows.forEach((row, i) => {
        const id = randomUUID()
        pkTargetIds.set(`${year}:${unitKey}:${i}`, id)
        pkTargetRows.push({
          id,
          instansiId,
          pkId,
          seq: i + 1,
          sasaranStrategis: row.sasaran,
          indikator: row.indikator,
          targetValue: targetFor(row.target, year),
          targetUnit: row.satuan,
          targetText: null,
          createdAt: signed,
          updatedAt: signed,
        })
      })
    }
  }

  // ---------- SKP rows and their content ----------
  const skpIds = new Map<PlannedSkp, string>()
  const rhkIds = new Map<string, string>() // `${pegawaiId}:${year}:${key}` → id
  const rhkTexts = new Map<string, string>()
  for (const s of plans) {
    skpIds.set(s, randomUUID())
    for (const r of s.rhk) {
      const id = randomUUID()
      rhkIds.set(`${s.person.id}:${s.year}:${r.key}`, id)
      rhkTexts.set(id, r.text)
    }
  }
  const rhkId = (pegawaiId: string, year: number, key: string) => {
    const id = rhkIds.get(`${pegawaiId}:${year}:${key}`)
    if (!id) throw new Error(`seedDemoSkp: no RHK ${key} of ${pegawaiId} in ${year}`)
    return id
  }

  const skpRows: (typeof skp.$inferInsert)[] = []
  const rhkRows: (typeof rhk.$inferInsert)[] = []
  const interventionRows: (typeof rhkInterventions.$inferInsert)[] = []
  const indikatorRows: (typeof indikator.$inferInsert)[] = []
  const perilakuRows: (typeof skpPerilaku.$inferInsert)[] = []
  const lampiranRows: (typeof skpLampiran.$inferInsert)[] = []
  const revisionRows: (typeof skpRevisions.$inferInsert)[] = []

  for (const s of plans) {
    const id = skpIds.get(s)!
    const { person: p, atasan, timeline: t } = s
    const approver = atasan ? { id: atasan.userId, name: atasan.fullName } : admin
    skpRows.push({
      id,
      instansiId,
      pegawaiId: p.id,
      year: s.year,
      startDate: s.startDate,
      endDate: s.endDate,
      pendekatan: s.pendekatan,
      variant: s.variant,
      status: s.status,
      version: s.version,
      revision: s.revision,
      returnReason: s.returnReason,
      submittedAt: t.submittedAt,
      approvedAt: t.approvedAt,
      approvedByUserId: t.approvedAt ? approver.id : null,
      pegawaiName: p.fullName,
      pegawaiNip: p.nip,
      pegawaiGolongan: p.golongan,
      unitId: p.unitId,
      unitName: p.unitName,
      jabatanId: p.jabatanId,
      jabatanName: p.jabatanName,
      jabatanJenis: p.jabatanJenis,
      atasanPegawaiId: atasan?.id ?? null,
      atasanName: atasan?.fullName ?? null,
      atasanNip: atasan?.nip ?? null,
      atasanGolongan: atasan?.golongan ?? null,
      atasanJabatanName: atasan?.jabatanName ?? null,
      atasanJabatanJenis: atasan?.jabatanJenis ?? null,
      atasanUnitName: atasan?.unitName ?? null,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    })

    const contentRhk: RevisionContent['rhk'] = []
    s.rhk.forEach((r, i) => {
      const ownId = rhkId(p.id, s.year, r.key)
      const pkTargetId =
        r.pkRow === null ? null : (pkTargetIds.get(`${s.year}:opd:${r.pkRow}`) ?? null)
      rhkRows.push({
        id: ownId,
        instansiId,
        skpId: id,
        jenis: r.jenis,
        seq: i + 1,
        text: r.text,
        perspektif: r.perspektif,
        pkTargetId,
        penugasanDariPegawaiId: null,
        createdAt: t.createdAt,
        updatedAt: t.createdAt,
      })
      const interventions: RevisionContent['rhk'][number]['interventions'] = []
      if (r.parentKey && atasan) {
        const parentRhkId = rhkId(atasan.id, s.year, r.parentKey)
        interventionRows.push({ instansiId, rhkId: ownId, parentRhkId, createdAt: t.createdAt })
        interventions.push({
          rhkId: parentRhkId,
          text: rhkTexts.get(parentRhkId) ?? '',
          ownerPegawaiId: atasan.id,
          ownerName: atasan.fullName,
        })
      }
      const contentIki: RevisionContent['rhk'][number]['indikator'] = []
      r.iki.forEach((k, j) => {
        const ikiId = randomUUID()
        indikatorRows.push({
          id: ikiId,
          instansiId,
          rhkId: ownId,
          seq: j + 1,
          ...k,
          createdAt: t.createdAt,
          updatedAt: t.createdAt,
        })
        contentIki.push({ id: ikiId, seq: j + 1, ...k })
      })
      contentRhk.push({
        id: ownId,
        seq: i + 1,
        jenis: r.jenis,
        text: r.text,
        perspektif: r.perspektif,
        pkTargetId,
        penugasanDariPegawaiId: null,
        interventions,
        indikator: contentIki,
      })
    })

    for (const coreValue of CORE_VALUES) {
      perilakuRows.push({
        instansiId,
        skpId: id,
        coreValue,
        ekspektasiKhusus: s.ekspektasi[coreValue] ?? null,
        createdAt: t.createdAt,
        updatedAt: s.ekspektasi[coreValue] ? (t.submittedAt ?? t.createdAt) : t.createdAt,
      })
    }
    const lampiranOut: RevisionContent['lampiran'] = {
      dukunganSumberDaya: [],
      skemaPertanggungjawaban: [],
      konsekuensi: [],
    }
    const lampiranKey = {
      dukungan_sumber_daya: 'dukunganSumberDaya',
      skema_pertanggungjawaban: 'skemaPertanggungjawaban',
      konsekuensi: 'konsekuensi',
    } as const satisfies Record<LampiranKind, keyof RevisionContent['lampiran']>
    for (const kind of LAMPIRAN_KINDS) {
      s.lampiran
        .filter((l) => l.kind === kind)
        .forEach((l, i) => {
          lampiranRows.push({ instansiId, skpId: id, kind, seq: i, text: l.text })
          lampiranOut[lampiranKey[kind]].push(l.text)
        })
    }

    if (s.status === 'disetujui' && t.approvedAt && t.submittedAt) {
      // The approved document, whole, as the revision history keeps it (shared/skp.ts).
      const content: RevisionContent = {
        id,
        pegawaiId: p.id,
        year: s.year,
        startDate: s.startDate,
        endDate: s.endDate,
        pendekatan: s.pendekatan,
        variant: s.variant,
        status: s.status,
        version: s.version,
        revision: s.revision,
        pegawai: snapshotOf(p),
        atasan: atasan ? snapshotOf(atasan) : null,
        rhkCount: s.rhk.length,
        submittedAt: t.submittedAt.toISOString(),
        approvedAt: t.approvedAt.toISOString(),
        updatedAt: t.updatedAt.toISOString(),
        returnReason: null,
        rhk: contentRhk,
        perilaku: CORE_VALUES.map((cv) => ({
          coreValue: cv,
          label: BERAKHLAK[cv].label,
          panduan: [...BERAKHLAK[cv].panduan],
          ekspektasiKhusus: s.ekspektasi[cv] ?? null,
        })),
        lampiran: lampiranOut,
      }
      revisionRows.push({
        instansiId,
        skpId: id,
        revision: s.revision,
        approvedAt: t.approvedAt,
        approvedByUserId: approver.id,
        approvedByName: approver.name,
        content,
      })
    }
  }

  // ---------- dialog kinerja ----------
  const dialogRows: (typeof skpDialogNotes.$inferInsert)[] = []
  for (const [name, notes] of Object.entries(DIALOG_NOTES)) {
    const s = current.find((c) => c.person.name === name)
    if (!s?.atasan) throw new Error(`seedDemoSkp: no 2026 SKP with an atasan for ${name}`)
    const atasan = s.atasan
    const from = s.timeline.updatedAt
    notes.forEach((n, i) => {
      const author = n.atasan ? atasan : s.person
      const when = new Date(from.getTime() + (i + 1) * 47 * 60_000)
      const todayEnd = new Date(`${today}T23:59:00${TZ_OFFSET}`)
      dialogRows.push({
        instansiId,
        skpId: skpIds.get(s)!,
        authorUserId: author.userId,
        authorName: author.fullName,
        authorIsAtasan: n.atasan,
        text: n.text,
        createdAt: when > todayEnd ? todayEnd : when,
      })
    })
  }

  // Parents before children: PK, SKP, RHK, then what references RHK.
  await tx.insert(perjanjianKinerja).values(pkRows)
  await tx.insert(pkTargets).values(pkTargetRows)
  for (const part of chunks(skpRows)) await tx.insert(skp).values(part)
  for (const part of chunks(rhkRows)) await tx.insert(rhk).values(part)
  for (const part of chunks(interventionRows)) await tx.insert(rhkInterventions).values(part)
  for (const part of chunks(indikatorRows)) await tx.insert(indikator).values(part)
  for (const part of chunks(perilakuRows)) await tx.insert(skpPerilaku).values(part)
  for (const part of chunks(lampiranRows)) await tx.insert(skpLampiran).values(part)
  for (const part of chunks(revisionRows, 200)) await tx.insert(skpRevisions).values(part)
  await tx.insert(skpDialogNotes).values(dialogRows)

  const skpPerYear: Record<number, number> = {}
  for (const s of plans) skpPerYear[s.year] = (skpPerYear[s.year] ?? 0) + 1
  return {
    skpPerYear,
    notApproved2026: current
      .filter((s) => s.status !== 'disetujui')
      .map((s) => ({
        status: s.status,
        name: s.person.fullName,
        atasanName: s.atasan?.fullName ?? null,
      })),
    uncoveredRhk2026: uncovered.map(({ s, r }) => ({ ownerName: s.person.fullName, text: r.text })),
  }
}
