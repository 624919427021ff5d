import { describe, expect, it } from 'vitest'
import { REPORT_KEYS, REPORT_TITLE } from '../../../../shared/reports.ts'
import type { ReportColumn, ReportRow, ReportScope } from '../../../../shared/reports.ts'
import { ApiError } from '../../lib/api-client.ts'
import { en } from '../../locales/en.ts'
import { id } from '../../locales/id.ts'
import {
  CHART_MAX_ROWS,
  chartColumns,
  chartTooLarge,
  chartData,
  defaultYear,
  formatCount,
  formatPercent,
  formatReportCell,
  hasChart,
  isDrillable,
  isForbidden,
  isReportKey,
  percentOf,
  periodsOfYear,
  predikatBreakdown,
  resolveFilters,
  rowHeaderKind,
  shortLabel,
  skpBreakdown,
  STUDY_TABLE,
  unitChartData,
  unitSelectOptions,
  yearOf,
} from './report-view.ts'

const NBSP = '\u00a0'

const col = (key: string, over: Partial<ReportColumn> = {}): ReportColumn => ({
  key,
  label: key,
  kind: 'number',
  drill: false,
  chart: false,
  ...over,
})

const row = (key: string, cells: ReportRow['cells'], over: Partial<ReportRow> = {}): ReportRow => ({
  key,
  label: `Baris ${key}`,
  unitId: null,
  periodId: null,
  cells,
  ...over,
})

const unit = (id: string, parentId: string | null, name = id): ReportScope['units'][number] => ({
  id,
  name,
  parentId,
  depth: 0,
})

const period = (
  id: string,
  year: number,
  startDate: string,
  endDate: string,
  annual = false,
): ReportScope['periods'][number] => ({
  id,
  year,
  name: id,
  annual,
  startDate,
  endDate,
  deadline: endDate,
})

describe('number and percent formatting', () => {
  it('writes counts with Indonesian or English separators', () => {
    expect(formatCount(1234, 'id')).toBe('1.234')
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatCount(2.5, 'id')).toBe('2,5')
  })

  it('writes percentages with one decimal at most and a non-breaking space before %', () => {
    expect(formatPercent(100, 'id')).toBe(`100${NBSP}%`)
    // 25 of 32 on time (Table 3, 2024) is 78.125 %.
    expect(formatPercent(78.125, 'id')).toBe(`78,1${NBSP}%`)
    expect(formatPercent(78.125, 'en')).toBe(`78.1${NBSP}%`)
    expect(formatPercent(0, 'id')).toBe(`0${NBSP}%`)
  })

  it('formats a cell by its column kind; empty cells show a dash', () => {
    expect(formatReportCell(77, 'number', 'id')).toBe('77')
    expect(formatReportCell(12500, 'number', 'id')).toBe('12.500')
    expect(formatReportCell(100, 'percent', 'id')).toBe(`100${NBSP}%`)
    expect(formatReportCell('Triwulan I', 'text', 'id')).toBe('Triwulan I')
    expect(formatReportCell(null, 'number', 'id')).toBe('—')
    expect(formatReportCell(undefined, 'percent', 'id')).toBe('—')
    expect(formatReportCell('', 'text', 'id')).toBe('—')
    // A text the server put into a number column is shown as it is.
    expect(formatReportCell('n/a', 'number', 'id')).toBe('n/a')
  })
})

describe('isDrillable', () => {
  const drill = col('completed', { drill: true })
  it('opens names only for drill columns with someone behind the number', () => {
    expect(isDrillable(drill, 32)).toBe(true)
    expect(isDrillable(drill, 0)).toBe(false)
    expect(isDrillable(drill, null)).toBe(false)
    expect(isDrillable(drill, undefined)).toBe(false)
    expect(isDrillable(col('completed'), 32)).toBe(false)
    expect(isDrillable(col('pct', { kind: 'percent', drill: true }), 100)).toBe(false)
  })
})

describe('rowHeaderKind', () => {
  it('names the label column after what the rows of each report are', () => {
    expect(rowHeaderKind({ key: 'periodic-completion' })).toBe('period')
    expect(rowHeaderKind({ key: 'annual-completion' })).toBe('period')
    expect(rowHeaderKind({ key: 'adoption' })).toBe('unit')
    expect(rowHeaderKind({ key: 'progress-discipline' })).toBe('person')
    for (const key of REPORT_KEYS) expect(id.reports.table.row[rowHeaderKind({ key })]).toBeTruthy()
  })
})

describe('chart', () => {
  const columns = [
    col('employees', { chart: true }),
    col('completed', { chart: true, drill: true }),
    col('label', { kind: 'text', chart: true }),
    col('pct', { kind: 'percent', chart: true }),
    col('late'),
  ]

  it('draws the marked numeric columns, counts before percentages', () => {
    expect(chartColumns(columns).map((c) => c.key)).toEqual(['employees', 'completed'])
    expect(
      chartColumns([col('pct', { kind: 'percent', chart: true }), col('n')]).map((c) => c.key),
    ).toEqual(['pct'])
    expect(chartColumns([col('n')])).toEqual([])
  })

  it('gives one datum per row with empty cells as 0', () => {
    const report = {
      columns,
      rows: [
        row('q1', { employees: 32, completed: 32, pct: 100 }),
        row('q2', { employees: 32, completed: null }),
      ],
    }
    expect(chartData(report)).toEqual([
      { label: 'Baris q1', employees: 32, completed: 32 },
      { label: 'Baris q2', employees: 32, completed: 0 },
    ])
    expect(hasChart(report)).toBe(true)
    expect(hasChart({ columns, rows: [] })).toBe(false)
    expect(hasChart({ columns: [col('n')], rows: report.rows })).toBe(false)
    expect(chartTooLarge(report)).toBe(false)
  })

  it('leaves out the chart of a report with a row per person', () => {
    const many = {
      columns,
      rows: Array.from({ length: CHART_MAX_ROWS + 1 }, (_, n) => row(`p${n}`, { employees: 1 })),
    }
    expect(hasChart(many)).toBe(false)
    expect(chartTooLarge(many)).toBe(true)
    expect(hasChart({ columns, rows: many.rows.slice(0, CHART_MAX_ROWS) })).toBe(true)
  })

  it('shortens long axis labels at a word and keeps short ones', () => {
    expect(shortLabel('Sekretariat', 20)).toBe('Sekretariat')
    const short = shortLabel('Bidang Pendidikan, Pelatihan dan Informasi Pegawai', 24)
    expect(short).toBe('Bidang Pendidikan…')
    expect(short.length).toBeLessThanOrEqual(24)
    expect(shortLabel('Supercalifragilistic', 8)).toBe('Superca…')
  })
})

describe('unitSelectOptions', () => {
  it('lists parents before children, indented by depth, siblings in the server order', () => {
    const options = unitSelectOptions([
      unit('sub1', 'sek', 'Sub Bagian Keuangan'),
      unit('root', null, 'BKPSDM'),
      unit('bid', 'root', 'Bidang Mutasi'),
      unit('sek', 'root', 'Sekretariat'),
    ])
    expect(options.map((o) => [o.value, o.depth])).toEqual([
      ['root', 0],
      ['bid', 1],
      ['sek', 1],
      ['sub1', 2],
    ])
    expect(options[3]?.label).toBe(`${NBSP.repeat(6)}Sub Bagian Keuangan`)
    expect(options[0]?.label).toBe('BKPSDM')
  })

  it("starts a tree at a leader's unit whose parent is outside the scope", () => {
    const options = unitSelectOptions([unit('bid', 'root'), unit('subbid', 'bid')])
    expect(options.map((o) => [o.value, o.depth])).toEqual([
      ['bid', 0],
      ['subbid', 1],
    ])
  })

  it('shows units of a parent cycle rather than losing them', () => {
    const options = unitSelectOptions([unit('a', 'b'), unit('b', 'a'), unit('c', null)])
    expect(options.map((o) => o.value).sort()).toEqual(['a', 'b', 'c'])
  })
})

describe('periods and filters', () => {
  const scope = {
    years: [2024, 2025, 2026],
    units: [unit('root', null), unit('bid', 'root')],
    periods: [
      period('tahunan-2025', 2025, '2025-01-01', '2025-12-31', true),
      period('tw4-2025', 2025, '2025-10-01', '2025-12-31'),
      period('tw1-2025', 2025, '2025-01-01', '2025-03-31'),
      period('tw1-2026', 2026, '2026-01-01', '2026-03-31'),
    ],
  }

  it('lists the periods of a year in calendar order, the annual one last', () => {
    expect(periodsOfYear(scope, 2025).map((p) => p.id)).toEqual([
      'tw1-2025',
      'tw4-2025',
      'tahunan-2025',
    ])
    expect(periodsOfYear(scope, 2023)).toEqual([])
  })

  it('defaults to this year, else the latest past year, else the latest', () => {
    expect(defaultYear([2024, 2025, 2026], 2026)).toBe(2026)
    expect(defaultYear([2024, 2025], 2026)).toBe(2025)
    expect(defaultYear([2027, 2028], 2026)).toBe(2028)
    expect(defaultYear([], 2026)).toBe(2026)
  })

  it('keeps filters that fit the scope', () => {
    expect(
      resolveFilters({ year: 2025, periodId: 'tw4-2025', unitId: 'bid' }, scope, 2026),
    ).toEqual({ year: 2025, periodId: 'tw4-2025', unitId: 'bid' })
  })

  it('drops a period of another year, a unit outside the scope and a year without data', () => {
    expect(resolveFilters({ year: 2025, periodId: 'tw1-2026' }, scope, 2026)).toEqual({
      year: 2025,
      periodId: undefined,
      unitId: undefined,
    })
    expect(resolveFilters({ unitId: 'elsewhere' }, scope, 2026)).toEqual({
      year: 2026,
      periodId: undefined,
      unitId: undefined,
    })
    expect(resolveFilters({ year: 2019 }, scope, 2026).year).toBe(2026)
  })

  it('reads the year of a calendar day', () => {
    expect(yearOf('2026-11-27')).toBe(2026)
  })
})

describe('dashboard', () => {
  it('computes shares with one decimal, none of nobody', () => {
    expect(percentOf(25, 32)).toBe(78.1)
    expect(percentOf(77, 77)).toBe(100)
    expect(percentOf(0, 0)).toBeNull()
  })

  it('orders the SKP states from approved to missing', () => {
    expect(skpBreakdown({ draft: 1, submitted: 2, returned: 3, approved: 70, missing: 1 })).toEqual(
      [
        { state: 'approved', count: 70 },
        { state: 'submitted', count: 2 },
        { state: 'draft', count: 1 },
        { state: 'returned', count: 3 },
        { state: 'missing', count: 1 },
      ],
    )
  })

  it('counts predikat in the regulation order', () => {
    const b = predikatBreakdown({
      sangat_baik: 5,
      baik: 60,
      butuh_perbaikan: 8,
      kurang: 3,
      sangat_kurang: 1,
    })
    expect(b.items.map((x) => x.predikat)).toEqual([
      'sangat_baik',
      'baik',
      'butuh_perbaikan',
      'kurang',
      'sangat_kurang',
    ])
    expect(b.total).toBe(77)
  })

  it('splits each unit into completed and not completed for the stacked chart', () => {
    const units = [
      {
        unitId: 'u',
        unitName: 'Sekretariat',
        headcount: 10,
        skpApproved: 10,
        employees: 10,
        completed: 7,
        late: 2,
        progressEntries30d: 100,
        lateEntries30d: 4,
      },
    ]
    expect(unitChartData(units)).toEqual([
      { unit: 'Sekretariat', completed: 7, notCompleted: 3, late: 2 },
    ])
  })
})

describe('keys, titles and errors', () => {
  it('knows every report key and nothing else', () => {
    for (const key of REPORT_KEYS) expect(isReportKey(key)).toBe(true)
    expect(isReportKey('salaries')).toBe(false)
  })

  it('labels the study tables 2, 3 and 6', () => {
    expect(STUDY_TABLE).toEqual({ 'periodic-completion': 2, 'annual-completion': 3, adoption: 6 })
  })

  it('has an Indonesian title equal to the contract and an English one for every report', () => {
    for (const key of REPORT_KEYS) {
      expect(id.reports.titles[key]).toBe(REPORT_TITLE[key])
      expect(en.reports.titles[key]).not.toBe('')
      expect(id.reports.about[key]).not.toBe('')
      expect(en.reports.about[key]).not.toBe('')
    }
  })

  it('treats only a 403 as "not a leader"', () => {
    expect(isForbidden(new ApiError({ status: 403, code: 'FORBIDDEN', message: 'x' }))).toBe(true)
    expect(isForbidden(new ApiError({ status: 404, code: 'NOT_FOUND', message: 'x' }))).toBe(false)
    expect(isForbidden(new Error('x'))).toBe(false)
  })
})
