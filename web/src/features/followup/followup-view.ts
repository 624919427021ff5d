import type {
  AkLedger,
  AkList,
  AkSettings,
  CoachingPlan,
  PromotionHint,
  RecommendationList,
  SiasnExport,
  Talent,
  TppCalculation,
  TppSettings,
} from '../../../../shared/followup.ts'
import {
  DEFAULT_AK_FOR_NEXT_JENJANG,
  DEFAULT_AK_KOEFISIEN,
  DEFAULT_AK_SHARE,
  jenjangOfJenis,
} from '../../../../shared/rules/angka-kredit.ts'
import type { JabatanJenis } from '../../../../shared/org.ts'
import { normaliseNip } from '../../../../shared/rules/nip.ts'
import {
  TALENT_BOX,
  TALENT_BOX_LABEL,
  TALENT_LEVELS,
  type TalentLevel,
} from '../../../../shared/rules/talent.ts'

/**
 * The view of tindak lanjut (issue 6): which tabs a person sees, which year each tab opens
 * on, money and angka kredit as Indonesians write them, the 9-box grid and the coaching state.
 * Pure, so the pages stay thin and these rules are tested on their own.
 */

// ---------- hub ----------
export const FOLLOWUP_TABS = ['ak', 'tpp', 'rekomendasi', 'talenta', 'siasn'] as const
export type FollowupTab = (typeof FOLLOWUP_TABS)[number]

/** TPP, the 9-box and the SIASN export are the admin's (decision 0011); leaders see AK and recommendations of their units. */
const ADMIN_ONLY_TABS: readonly FollowupTab[] = ['tpp', 'talenta', 'siasn']

export function visibleTabs(admin: boolean): FollowupTab[] {
  return FOLLOWUP_TABS.filter((t) => admin || !ADMIN_ONLY_TABS.includes(t))
}

export function isFollowupTab(value: unknown): value is FollowupTab {
  return typeof value === 'string' && (FOLLOWUP_TABS as readonly string[]).includes(value)
}

/** The tab to show: the one asked for when the person may see it, else the first one. */
export function activeTab(asked: unknown, admin: boolean): FollowupTab {
  const tabs = visibleTabs(admin)
  return isFollowupTab(asked) && tabs.includes(asked) ? asked : 'ak'
}

/** A year from a search parameter, or undefined when it is not a plausible year. */
export function parseYear(value: unknown): number | undefined {
  const year = Number(value)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
}

/**
 * The year a tab opens on when none was chosen. Angka kredit, TPP, the 9-box (potensi is
 * assessed per year, against the annual predikat) and the SIASN export are worked out from final
 * results, which for a whole year exist only after it ended: they open on last year.
 * Recommendations follow the newest periodic results, so they open on this year.
 */
export function defaultYearOf(tab: FollowupTab, currentYear: number): number {
  switch (tab) {
    case 'ak':
    case 'tpp':
    case 'talenta':
    case 'siasn':
      return currentYear - 1
    case 'rekomendasi':
      return currentYear
  }
}

/** Years to offer: those set up in Periode, this year, last year and the chosen one, newest first. */
export function yearOptions(
  setUp: readonly number[],
  currentYear: number,
  chosen: number,
): number[] {
  return [...new Set([...setUp, currentYear, currentYear - 1, chosen])].sort((a, b) => b - a)
}

// ---------- numbers ----------
/** Rupiah with Indonesian separators whatever the UI language: "Rp 1.234.567". */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '−' : ''
  return `${sign}Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.abs(amount))}`
}

/** Angka kredit with two decimals and a decimal comma: 18,75 · 2,08 · 100,00. */
export function formatAk(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return new Intl.NumberFormat('id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value)
}

/** A percentage as written in the settings: "150 %", "62,5 %". */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(value)} %`
}

// ---------- angka kredit ----------
export type AkItem = AkList['items'][number]

/** Narrows the JF list by name, NIP (with or without spaces), unit or jabatan. */
export function filterAkItems(items: readonly AkItem[], query: string): AkItem[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...items]
  const digits = normaliseNip(q)
  return items.filter(
    (i) =>
      i.name.toLowerCase().includes(q) ||
      i.unitName.toLowerCase().includes(q) ||
      i.jabatanName.toLowerCase().includes(q) ||
      (/^\d{4,}$/.test(digits) && normaliseNip(i.nip).includes(digits)),
  )
}

/** Counts for the line above the list: people, AK already generated, eligible for promotion. */
export function akSummary(items: readonly AkItem[]): {
  people: number
  generated: number
  pangkat: number
  jenjang: number
} {
  return {
    people: items.length,
    generated: items.filter((i) => i.akYear !== null).length,
    pangkat: items.filter((i) => i.promotion.pangkat.eligible).length,
    jenjang: items.filter((i) => i.promotion.jenjang?.eligible === true).length,
  }
}

export type HintBadge = {
  kind: 'pangkat' | 'jenjang'
  eligible: boolean
  reason: string
}

/** The promotion hints as badges (kenaikan pangkat always; kenaikan jenjang for JF only). */
export function promotionBadges(hint: PromotionHint): HintBadge[] {
  const out: HintBadge[] = [
    { kind: 'pangkat', eligible: hint.pangkat.eligible, reason: hint.pangkat.reason },
  ]
  if (hint.jenjang)
    out.push({ kind: 'jenjang', eligible: hint.jenjang.eligible, reason: hint.jenjang.reason })
  return out
}

/** How far the cumulative AK is towards the next jenjang, 0–100, or null without a need. */
export function akProgress(hint: PromotionHint): number | null {
  const j = hint.jenjang
  if (!j || j.akNeeded === null || j.akNeeded <= 0) return null
  return Math.min(100, Math.round((j.akTotal / j.akNeeded) * 100))
}

export type AkEntry = AkLedger['entries'][number]

/** Ledger lines oldest year first (as a PAK reads), manual lines of a year before generated ones. */
export function sortLedgerEntries(entries: readonly AkEntry[]): AkEntry[] {
  return [...entries].sort(
    (a, b) =>
      a.year - b.year ||
      Number(a.source === 'penilaian') - Number(b.source === 'penilaian') ||
      a.createdAt.localeCompare(b.createdAt),
  )
}

/** Whether the profile shows "Angka kredit saya": JF people only (their ledger may exist). */
export function isJf(jenis: JabatanJenis): boolean {
  return jenjangOfJenis(jenis) !== null
}

/** The ledger is worth a card when the person is (or was) JF or has lines in it. */
export function ledgerWorthShowing(ledger: Pick<AkLedger, 'jenjang' | 'entries'>): boolean {
  return ledger.jenjang !== null || ledger.entries.length > 0
}

export type AkSettingsValues = Omit<AkSettings, 'version' | 'updatedAt'>

export function akSettingsValues(s: AkSettings): AkSettingsValues {
  return {
    sharePercent: { ...s.sharePercent },
    koefisien: { ...s.koefisien },
    akForNextJenjang: { ...s.akForNextJenjang },
  }
}

/** The built-in tables (PermenPAN-RB 1/2023) the admin may go back to. */
export function defaultAkSettingsValues(): AkSettingsValues {
  return {
    sharePercent: { ...DEFAULT_AK_SHARE },
    koefisien: { ...DEFAULT_AK_KOEFISIEN },
    akForNextJenjang: { ...DEFAULT_AK_FOR_NEXT_JENJANG },
  }
}

/** A NumberInput's value as the number to send (empty → NaN, so validation says what to fix). */
export function toNumber(v: string | number): number {
  if (typeof v === 'number') return v
  if (v.trim() === '') return Number.NaN
  return Number(v.replace(',', '.'))
}

// ---------- TPP ----------
export type TppSettingsValues = Omit<TppSettings, 'version' | 'updatedAt' | 'isExample'>

export function tppSettingsValues(s: TppSettings): TppSettingsValues {
  return {
    performanceSharePercent: s.performanceSharePercent,
    percentByPredikat: { ...s.percentByPredikat },
    basisByJenis: { ...s.basisByJenis },
    note: s.note,
  }
}

/**
 * What a setting means in money, for the example under the form: the monthly performance
 * part paid to a jenis at a predikat (rounded down to whole Rupiah, as the calculation does).
 */
export function tppExample(
  values: Pick<TppSettingsValues, 'performanceSharePercent' | 'percentByPredikat' | 'basisByJenis'>,
  jenis: JabatanJenis,
  predikat: keyof TppSettingsValues['percentByPredikat'],
): { basis: number; performancePart: number; paid: number } | null {
  const basis = values.basisByJenis[jenis]
  const share = values.performanceSharePercent
  const percent = values.percentByPredikat[predikat]
  if (![basis, share, percent].every((n) => Number.isFinite(n))) return null
  const performancePart = Math.floor((basis * share) / 100)
  return { basis, performancePart, paid: Math.floor((performancePart * percent) / 100) }
}

export type TppRow = TppCalculation['rows'][number]

/** Counts under the TPP table: paid people, people without a final predikat. */
export function tppSummary(calc: Pick<TppCalculation, 'rows'>): {
  people: number
  withPredikat: number
  withoutPredikat: number
} {
  const withPredikat = calc.rows.filter((r) => r.predikat !== null).length
  return {
    people: calc.rows.length,
    withPredikat,
    withoutPredikat: calc.rows.length - withPredikat,
  }
}

// ---------- recommendations and coaching ----------
export type Recommendation = RecommendationList['items'][number]
export type RecommendationFilter = 'all' | 'reward' | 'coaching'

export function filterRecommendations(
  items: readonly Recommendation[],
  filter: RecommendationFilter,
): Recommendation[] {
  if (filter === 'all') return [...items]
  return items.filter((i) => i.kind === filter)
}

export type CoachingState = 'none' | 'planned' | 'overdue' | 'done'

/**
 * Where a coaching recommendation stands: no plan yet, planned (follow-up date ahead or today),
 * overdue (the date passed and the plan is still open), or done (closed with an outcome).
 */
export function coachingState(plan: CoachingPlan | null, today: string): CoachingState {
  if (!plan) return 'none'
  if (plan.status === 'selesai') return 'done'
  return plan.followUpDate < today ? 'overdue' : 'planned'
}

/** Who needs a plan first: overdue, then without a plan, then planned, then done; then by name. */
export function sortRecommendations(
  items: readonly Recommendation[],
  today: string,
): Recommendation[] {
  const rank = (r: Recommendation): number => {
    if (r.kind === 'reward') return 4
    switch (coachingState(r.coachingPlan, today)) {
      case 'overdue':
        return 0
      case 'none':
        return 1
      case 'planned':
        return 2
      case 'done':
        return 3
    }
  }
  return [...items].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'id'))
}

/** A date `days` calendar days after `day` (YYYY-MM-DD), for the follow-up date suggestion. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

// ---------- talent 9-box ----------
export type TalentItem = Talent['items'][number]

export type TalentCell = {
  box: number
  kinerja: TalentLevel
  potensi: TalentLevel
  label: string
  people: TalentItem[]
}

/**
 * The 3×3 grid as it is drawn: rows are kinerja from high (top) to low, columns potensi from
 * low (left) to high, so box 9 sits top right. Boxes and labels come from shared/rules/talent.ts.
 */
export function talentGrid(items: readonly TalentItem[]): TalentCell[][] {
  const byBox = new Map<number, TalentItem[]>()
  for (const item of items) {
    if (item.box === null) continue
    const list = byBox.get(item.box) ?? []
    list.push(item)
    byBox.set(item.box, list)
  }
  const sorted = (list: TalentItem[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name, 'id'))
  return [...TALENT_LEVELS].reverse().map((kinerja) =>
    TALENT_LEVELS.map((potensi) => {
      const box = TALENT_BOX[kinerja][potensi]
      return {
        box,
        kinerja,
        potensi,
        label: TALENT_BOX_LABEL[box] ?? '',
        people: sorted(byBox.get(box) ?? []),
      }
    }),
  )
}

/** The boxes as one list, highest box first (the phone shows them stacked). */
export function talentBoxes(grid: readonly TalentCell[][]): TalentCell[] {
  return grid.flat().sort((a, b) => b.box - a.box)
}

/** People the grid cannot place yet: a predikat but no potensi (admin sets it), or no predikat. */
export function talentUnplaced(items: readonly TalentItem[]): {
  noPotensi: TalentItem[]
  noPredikat: TalentItem[]
} {
  const byName = (a: TalentItem, b: TalentItem) => a.name.localeCompare(b.name, 'id')
  return {
    noPotensi: items.filter((i) => i.predikat !== null && i.potensi === null).sort(byName),
    noPredikat: items.filter((i) => i.predikat === null).sort(byName),
  }
}

// ---------- SIASN ----------
export const SIASN_PREVIEW_ROWS = 20

/** The first rows for the preview table and how many more the file holds. */
export function siasnPreview(
  data: Pick<SiasnExport, 'rows'>,
  max = SIASN_PREVIEW_ROWS,
): { rows: SiasnExport['rows']; more: number; people: number } {
  return {
    rows: data.rows.slice(0, max),
    more: Math.max(0, data.rows.length - max),
    people: new Set(data.rows.map((r) => r.nip)).size,
  }
}
