import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard, Report } from '../../../../../shared/reports.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import {
  chartColumns,
  chartData,
  formatCount,
  formatPercent,
  rowHeaderKind,
  shortLabel,
  unitChartData,
} from '../report-view.ts'

/*
 * Charts live only in the lazily loaded report pages: @mantine/charts brings recharts, which
 * must stay out of the first load (web budget). Every chart has the same numbers in a table
 * next to it, so nothing is told by the picture alone.
 */

const SERIES_COLORS = ['kinerja.7', 'teal.7', 'orange.7', 'grape.7', 'gray.6', 'red.7', 'indigo.7']

/** Height that gives every category of a horizontal-bar chart room for its bars and label. */
function barsHeight(categories: number, series: number): number {
  return Math.max(180, categories * (series * 14 + 22) + 70)
}

/** A report's chart: the columns marked `chart`, one bar series each. */
export function ReportChart(props: { report: Report }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { report } = props
  const cols = chartColumns(report.columns)
  const data = chartData(report)
  const percent = cols.every((c) => c.kind === 'percent')
  // Units have long names: bars run sideways with the names on the left. Periods are short.
  const sideways = rowHeaderKind(report) !== 'period' || isPhone
  const labelWidth = isPhone ? 104 : 220
  const titleId = `report-chart-${report.key}`
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby={titleId}
      data-testid="report-chart"
    >
      <Stack gap="xs">
        <Title order={2} fz={16} id={titleId}>
          {t('reports.chart.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('reports.chart.hint')}
        </Text>
        <BarChart
          h={sideways ? barsHeight(data.length, cols.length) : 280}
          data={data}
          dataKey="label"
          orientation={sideways ? 'vertical' : 'horizontal'}
          series={cols.map((c, i) => ({
            name: c.key,
            label: c.label,
            color: SERIES_COLORS[i % SERIES_COLORS.length] ?? 'kinerja.7',
          }))}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          maxBarWidth={40}
          gridAxis={sideways ? 'x' : 'y'}
          tickLine="none"
          valueFormatter={(v) => (percent ? formatPercent(v) : formatCount(v))}
          yAxisProps={
            sideways
              ? {
                  width: labelWidth,
                  tickFormatter: (v: unknown) => shortLabel(String(v), isPhone ? 20 : 34),
                }
              : undefined
          }
          xAxisProps={
            sideways
              ? undefined
              : { tickFormatter: (v: unknown) => shortLabel(String(v), isPhone ? 10 : 24) }
          }
          aria-label={t('reports.chart.label', { title: report.title })}
        />
      </Stack>
    </Paper>
  )
}

/** The dashboard's per-unit chart: the current period's completion of each unit. */
export function UnitCompletionChart(props: { units: Dashboard['units']; periodName: string }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const data = unitChartData(props.units)
  return (
    <BarChart
      h={barsHeight(data.length, 1)}
      data={data}
      dataKey="unit"
      type="stacked"
      orientation="vertical"
      series={[
        { name: 'completed', label: t('reports.dashboard.series.completed'), color: 'teal.7' },
        {
          name: 'notCompleted',
          label: t('reports.dashboard.series.notCompleted'),
          color: 'gray.5',
        },
      ]}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      gridAxis="x"
      tickLine="none"
      valueFormatter={(v) => formatCount(v)}
      yAxisProps={{
        width: isPhone ? 104 : 240,
        tickFormatter: (v: unknown) => shortLabel(String(v), isPhone ? 20 : 38),
      }}
      aria-label={t('reports.dashboard.chartLabel', { period: props.periodName })}
      data-testid="dashboard-chart"
    />
  )
}
