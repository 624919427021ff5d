import type {
  Dashboard,
  Report,
  ReportColumn,
  ReportKey,
  ReportRow,
  ReportScope,
} from '../../../../shared/reports.ts'
import { REPORT_KEYS } from '../../../../shared/reports.ts'
import { PREDIKAT } from '../../../../shared/rules/predikat.ts'
import { ApiError } from '../../lib/api-client.ts'
import { currentLanguage } from '../../lib/i18n.ts'

/** One cell of a report row or of the totals. */
export type ReportCell = ReportRow['cells'][string]

/**
 * View-model of the reports pages: formatting, filter resolution, chart data. Pure, so the
 * rules are tested without a browser.
 */

/** The study's table a report reproduces, so admins find "Tabel 2/3/6" by its number. */
export const STUDY_TABLE: Partial<Record<ReportKey, number>> = {
  'periodic-completion': 2,
  'annual-completion': 3,
  adoption: 6,
}

export function isReportKey(value: string): value is ReportKey {
  return (REPORT_KEYS as readonly string[]).includes(value)
}

function numberLocale(lang?: 'id' | 'en'): string {
  return (lang ?? currentLanguage()) === 'en' ? 'en-GB' : 'id-ID'
}

/** A count with the language's separators: 1.234 (id) / 1,234 (en). */
export function formatCount(n: number, lang?: 'id' | 'en'): string {
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 2 }).format(n)
}

/**
 * A percentage given in points (78.125 → "78,1 %"): one decimal at most, a non-breaking space
 * before the sign as Indonesian typesetting writes it, so "100 %" never wraps.
 */
export function formatPercent(points: number, lang?: 'id' | 'en'): string {
  const n = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(points)
  return `${n}\u00a0%`
}

export type ColumnKind = ReportColumn['kind']

/** A cell as shown in the table (and the same text the people dialog repeats). */
export function formatReportCell(
  value: ReportCell | undefined,
  kind: ColumnKind,
  lang?: 'id' | 'en',
): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  switch (kind) {
    case 'number':
      return formatCount(value, lang)
    case 'percent':
      return formatPercent(value, lang)
    case 'text':
      return String(value)
  }
}

/** A number cell that opens the names behind it: a drill column with at least one person. */
export function isDrillable(column: ReportColumn, value: ReportCell | undefined): boolean {
  return column.drill && column.kind === 'number' && typeof value === 'number' && value > 0
}

export type RowKind = 'period' | 'unit' | 'person' | 'row'

/** What each report's rows are (the periodic/annual recaps: periods; discipline: people). */
const ROW_KIND: Record<ReportKey, RowKind> = {
  'periodic-completion': 'period',
  'annual-completion': 'period',
  adoption: 'unit',
  'skp-status': 'unit',
  'progress-discipline': 'person',
  'predikat-distribution': 'unit',
  'unlinked-activities': 'unit',
}

/** What the first column (the row labels) is called. */
export function rowHeaderKind(report: Pick<Report, 'key'>): RowKind {
  return ROW_KIND[report.key]
}

/** More rows than this make a chart unreadable (e.g. one row per person); the table stays. */
export const CHART_MAX_ROWS = 30

/**
 * The columns drawn in the chart: marked `chart` and numeric. Counts and percentages do not
 * share an axis, so when both are marked the counts are drawn (the table has the percentages).
 */
export function chartColumns(columns: readonly ReportColumn[]): ReportColumn[] {
  const marked = columns.filter((c) => c.chart && c.kind !== 'text')
  const counts = marked.filter((c) => c.kind === 'number')
  return counts.length > 0 ? counts : marked
}

export type ChartDatum = { label: string } & Record<string, number | string>

/** One datum per row with the chart columns as numbers (an empty cell draws as 0). */
export function chartData(report: Pick<Report, 'rows' | 'columns'>): ChartDatum[] {
  const cols = chartColumns(report.columns)
  return report.rows.map((r) => {
    const datum: ChartDatum = { label: r.label }
    for (const c of cols) {
      const v = r.cells[c.key]
      datum[c.key] = typeof v === 'number' ? v : 0
    }
    return datum
  })
}

/** Whether a chart would say anything: some chart column and some row, not too many rows. */
export function hasChart(report: Pick<Report, 'rows' | 'columns'>): boolean {
  return (
    report.rows.length > 0 &&
    report.rows.length <= CHART_MAX_ROWS &&
    chartColumns(report.columns).length > 0
  )
}

/** Rows that a chart would have drawn but were too many for one. */
export function chartTooLarge(report: Pick<Report, 'rows' | 'columns'>): boolean {
  return report.rows.length > CHART_MAX_ROWS && chartColumns(report.columns).length > 0
}

/** A long unit name cut for a chart axis ("Bidang Pendidikan, Pelatihan…"); the tooltip keeps it. */
export function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label
  const cut = label.slice(0, Math.max(1, max - 1))
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

export type UnitOption = { value: string; label: string; depth: number }

/**
 * Scope units as options of a native select, parents before their children, indented by
 * depth with non-breaking spaces (a native select keeps them; plain spaces collapse).
 * Siblings keep the server's order; a unit whose parent is outside the list starts a tree.
 */
export function unitSelectOptions(units: ReportScope['units']): UnitOption[] {
  const ids = new Set(units.map((u) => u.id))
  const children = new Map<string, ReportScope['units']>()
  const roots: ReportScope['units'] = []
  for (const u of units) {
    if (u.parentId && ids.has(u.parentId) && u.parentId !== u.id) {
      const list = children.get(u.parentId) ?? []
      list.push(u)
      children.set(u.parentId, list)
    } else roots.push(u)
  }
  const out: UnitOption[] = []
  const seen = new Set<string>()
  const walk = (list: ReportScope['units'], depth: number) => {
    for (const u of list) {
      if (seen.has(u.id)) continue
      seen.add(u.id)
      out.push({ value: u.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${u.name}`, depth })
      walk(children.get(u.id) ?? [], depth + 1)
    }
  }
  walk(roots, 0)
  // A parent cycle leaves units unreached: show them rather than lose them.
  walk(
    units.filter((u) => !seen.has(u.id)),
    0,
  )
  return out
}

/** The periods of one year, in calendar order (the annual one after the quarters it ends with). */
export function periodsOfYear(scope: Pick<ReportScope, 'periods'>, year: number) {
  return scope.periods
    .filter((p) => p.year === year)
    .sort(
      (a, b) =>
        a.endDate.localeCompare(b.endDate) ||
        Number(a.annual) - Number(b.annual) ||
        a.startDate.localeCompare(b.startDate),
    )
}

/** The year to show when none is chosen: this year if it has data, else the latest one. */
export function defaultYear(years: readonly number[], thisYear: number): number {
  if (years.includes(thisYear)) return thisYear
  const past = years.filter((y) => y <= thisYear)
  if (past.length > 0) return Math.max(...past)
  return years.length > 0 ? Math.max(...years) : thisYear
}

export type ReportSearch = {
  year?: number | undefined
  periodId?: string | undefined
  unitId?: string | undefined
}

/**
 * The filters to ask the server for, from the address: a year outside the scope falls back
 * to the default, a period of another year or a unit outside the scope is dropped (the page
 * then shows the whole year / everything the viewer may see).
 */
export function resolveFilters(
  search: ReportSearch,
  scope: Pick<ReportScope, 'years' | 'periods' | 'units'>,
  thisYear: number,
): { year: number; periodId: string | undefined; unitId: string | undefined } {
  const year =
    search.year !== undefined && scope.years.includes(search.year)
      ? search.year
      : defaultYear(scope.years, thisYear)
  const periodId =
    search.periodId && scope.periods.some((p) => p.id === search.periodId && p.year === year)
      ? search.periodId
      : undefined
  const unitId =
    search.unitId && scope.units.some((u) => u.id === search.unitId) ? search.unitId : undefined
  return { year, periodId, unitId }
}

/** The year of "today" in the instansi's zone ("2026-11-27" → 2026). */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}

/** Signed in but not a leader (or admin): the page explains instead of showing an error. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403
}

/** done of total as whole percent points, or null when there is nobody to count. */
export function percentOf(done: number, total: number): number | null {
  if (total <= 0) return null
  return Math.round((done / total) * 1000) / 10
}

export const SKP_STATES = ['approved', 'submitted', 'draft', 'returned', 'missing'] as const
export type SkpState = (typeof SKP_STATES)[number]

/** The SKP tile's parts in reading order with their share of everyone who should have one. */
export function skpBreakdown(skp: Dashboard['skp']): { state: SkpState; count: number }[] {
  return SKP_STATES.map((state) => ({ state, count: skp[state] }))
}

/** Predikat counts in the regulation's order, with the number of people rated. */
export function predikatBreakdown(counts: Dashboard['predikat']['counts']) {
  const items = PREDIKAT.map((p) => ({ predikat: p, count: counts[p] }))
  return { items, total: items.reduce((s, x) => s + x.count, 0) }
}

export type UnitChartDatum = {
  unit: string
  completed: number
  notCompleted: number
  late: number
}

/** The per-unit chart of the dashboard: the current period's completion of each unit. */
export function unitChartData(units: Dashboard['units']): UnitChartDatum[] {
  return units.map((u) => ({
    unit: u.unitName,
    completed: u.completed,
    notCompleted: Math.max(0, u.employees - u.completed),
    late: u.late,
  }))
}
