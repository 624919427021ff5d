import { Grid, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core'
import { IconMapOff, IconTableOff } from '@tabler/icons-react'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportKey } from '../../../../../shared/reports.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { formatDateTime, todayIn } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useReport, useReportScope } from '../api.ts'
import type { ReportFilters } from '../api.ts'
import { PeopleDialog } from '../components/people-dialog.tsx'
import { ReportChart } from '../components/report-charts.tsx'
import {
  ExclusionsSection,
  ExportButtons,
  ReportNotes,
  ReportsForbidden,
  StudyTableBadge,
} from '../components/report-parts.tsx'
import { ReportTable } from '../components/report-table.tsx'
import type { DrillTarget } from '../components/report-table.tsx'
import {
  CHART_MAX_ROWS,
  chartTooLarge,
  hasChart,
  isForbidden,
  isReportKey,
  periodsOfYear,
  resolveFilters,
  unitSelectOptions,
  yearOf,
} from '../report-view.ts'
import type { ReportSearch } from '../report-view.ts'

/** "All" in a native select: an empty value, dropped from the address. */
const ALL = ''

/**
 * One report (/laporan/<key>?year&periodId&unitId): filters, the table with totals and
 * drill-down to names, a chart, how it is counted, who was excluded and why, and the
 * XLSX/CSV/PDF of exactly what is shown.
 */
export function ReportPage() {
  const { t } = useTranslation()
  const params: { key?: string } = useParams({ strict: false })
  const key = params.key ?? ''
  if (!isReportKey(key))
    return (
      <Stack gap="md">
        <PageHeader title={t('reports.notFound.title')} />
        <EmptyState
          testId="report-not-found"
          icon={<IconMapOff size={30} />}
          title={t('reports.notFound.title')}
          description={t('reports.notFound.text')}
          action={<ButtonLink to="/laporan">{t('reports.back')}</ButtonLink>}
        />
      </Stack>
    )
  return <ReportView reportKey={key} />
}

function ReportView(props: { reportKey: ReportKey }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const navigate = useNavigate()
  const search: ReportSearch = useSearch({ strict: false })
  const tz = me.instansiTimeZone ?? undefined
  const key = props.reportKey
  const scope = useReportScope()
  const filters: ReportFilters | null = scope.data
    ? resolveFilters(search, scope.data, yearOf(todayIn(tz)))
    : null
  // The page of a paged report (one row per person) belongs to its filters: other filters start
  // again at page 1.
  const filtersKey = filters ? [filters.year, filters.periodId, filters.unitId].join('|') : ''
  const [paging, setPaging] = useState({ filtersKey, page: 1 })
  const page = paging.filtersKey === filtersKey ? paging.page : 1
  const report = useReport(key, filters ?? { year: 0 }, page, filters !== null)
  const [drill, setDrill] = useState<DrillTarget | null>(null)

  const go = (next: ReportSearch) =>
    void navigate({
      to: '/laporan/$key',
      params: { key },
      search: {
        year: next.year,
        periodId: next.periodId || undefined,
        unitId: next.unitId || undefined,
      },
      replace: true,
    })

  const title = t(`reports.titles.${key}`)
  const header = (
    <>
      <AnchorLink to="/laporan" size="sm" search={{ year: filters?.year }}>
        ← {t('reports.back')}
      </AnchorLink>
      <PageHeader
        title={title}
        description={
          <>
            <Group gap={6} component="span" wrap="wrap">
              <StudyTableBadge reportKey={key} />
              <Text span size="sm" c="dimmed">
                {t(`reports.about.${key}`)}
              </Text>
            </Group>
          </>
        }
      />
    </>
  )

  if (scope.isError && isForbidden(scope.error))
    return (
      <Stack gap="md">
        {header}
        <ReportsForbidden />
      </Stack>
    )
  const scopeData = scope.data
  if (!scopeData || !filters)
    return (
      <Stack gap="md">
        {header}
        {scope.isError ? (
          <ErrorState error={scope.error} onRetry={() => void scope.refetch()} />
        ) : (
          <LoadingState rows={5} />
        )}
      </Stack>
    )

  const years = [...scopeData.years].sort((a, b) => b - a)
  const periods = periodsOfYear(scopeData, filters.year)
  const units = unitSelectOptions(scopeData.units)
  const data = report.data
  const reportForbidden = report.isError && isForbidden(report.error)

  return (
    <Stack gap="md">
      {header}
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('reports.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, xs: 3, md: 2 }}>
            <NativeSelect
              label={t('reports.year')}
              value={String(filters.year)}
              onChange={(e) => go({ year: Number(e.currentTarget.value), unitId: filters.unitId })}
              data={(years.length > 0 ? years : [filters.year]).map((y) => ({
                value: String(y),
                label: String(y),
              }))}
              data-testid="report-filter-year"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xs: 9, md: 4 }}>
            <NativeSelect
              label={t('reports.period')}
              value={filters.periodId ?? ALL}
              onChange={(e) =>
                go({ year: filters.year, periodId: e.currentTarget.value, unitId: filters.unitId })
              }
              data={[
                { value: ALL, label: t('reports.periodAll') },
                ...periods.map((p) => ({ value: p.id, label: p.name })),
              ]}
              data-testid="report-filter-period"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <NativeSelect
              label={t('reports.unit')}
              value={filters.unitId ?? ALL}
              onChange={(e) =>
                go({
                  year: filters.year,
                  periodId: filters.periodId,
                  unitId: e.currentTarget.value,
                })
              }
              data={[
                {
                  value: ALL,
                  label:
                    scopeData.scope === 'instansi'
                      ? t('reports.unitAllInstansi')
                      : t('reports.unitAll'),
                },
                ...units.map((u) => ({ value: u.value, label: u.label })),
              ]}
              data-testid="report-filter-unit"
            />
          </Grid.Col>
        </Grid>
        <Group justify="space-between" align="center" gap="xs" mt="sm" wrap="wrap">
          <Text size="xs" c="dimmed" style={{ flex: '1 1 240px' }}>
            {t('reports.filtersHint')}
          </Text>
          <ExportButtons reportKey={key} filters={filters} />
        </Group>
      </Paper>

      {reportForbidden ? (
        <ReportsForbidden />
      ) : report.isPending ? (
        <LoadingState rows={5} />
      ) : !data ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          {report.isError ? (
            <ErrorState error={report.error} onRetry={() => void report.refetch()} />
          ) : null}
          <Stack
            gap="md"
            style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}
            aria-busy={report.isFetching}
          >
            {data.total === 0 ? (
              <EmptyState
                testId="report-empty"
                icon={<IconTableOff size={30} />}
                title={t('reports.empty.title')}
                description={t('reports.empty.text', { subtitle: data.subtitle })}
              />
            ) : (
              <>
                <div>
                  <ReportTable report={data} onDrill={setDrill} />
                  {data.pageSize !== null ? (
                    <PaginationBar
                      page={data.page}
                      pageSize={data.pageSize}
                      total={data.total}
                      onChange={(next) => setPaging({ filtersKey, page: next })}
                    />
                  ) : null}
                </div>
                {hasChart(data) ? <ReportChart report={data} /> : null}
                {chartTooLarge(data) ? (
                  <Text size="xs" c="dimmed" data-testid="report-chart-too-large">
                    {t('reports.chart.tooLarge', { max: CHART_MAX_ROWS })}
                  </Text>
                ) : null}
              </>
            )}
            <ReportNotes notes={data.notes} />
            <ExclusionsSection exclusions={data.exclusions} isPhone={isPhone} />
            <Text size="xs" c="dimmed">
              {t('reports.generatedAt', { time: formatDateTime(data.generatedAt, tz) })}
            </Text>
          </Stack>
        </>
      )}

      <PeopleDialog
        reportKey={key}
        filters={filters}
        target={drill}
        onClose={() => setDrill(null)}
      />
    </Stack>
  )
}
