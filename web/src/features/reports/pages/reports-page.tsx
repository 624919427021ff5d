import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { IconBuildingCommunity } from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useDashboard } from '../api.ts'
import { DashboardTiles, ReportCards, UnitTable } from '../components/dashboard-parts.tsx'
import { UnitCompletionChart } from '../components/report-charts.tsx'
import { ReportsForbidden } from '../components/report-parts.tsx'
import { isForbidden } from '../report-view.ts'

/**
 * "Laporan": the leader's (their units and below) or the admin's (the whole instansi) year at a
 * glance — people, SKP states, the current period's completion, predikat, a chart per unit —
 * and the list of reports. The year lives in the address (?year=2025).
 */
export function ReportsPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const navigate = useNavigate()
  const search: { year?: number | undefined } = useSearch({ strict: false })
  const dashboard = useDashboard(search.year)
  const d = dashboard.data
  const tz = me.instansiTimeZone ?? undefined

  const header = (
    <PageHeader
      title={t('reports.title')}
      description={
        d
          ? d.scope === 'instansi'
            ? t('reports.descriptionInstansi')
            : t('reports.descriptionUnits')
          : t('reports.description')
      }
      actions={
        d && d.years.length > 0 ? (
          <NativeSelect
            label={t('reports.year')}
            value={String(d.year)}
            onChange={(e) =>
              void navigate({
                to: '/laporan',
                search: { year: Number(e.currentTarget.value) },
                replace: true,
              })
            }
            data={[...d.years]
              .sort((a, b) => b - a)
              .map((y) => ({ value: String(y), label: String(y) }))}
            w={120}
            data-testid="dashboard-year"
          />
        ) : null
      }
    />
  )

  if (dashboard.isError && isForbidden(dashboard.error))
    return (
      <Stack gap="md">
        {header}
        <ReportsForbidden />
      </Stack>
    )

  return (
    <Stack gap="lg">
      {header}
      {dashboard.isPending ? (
        <LoadingState rows={4} />
      ) : !d ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <>
          {dashboard.isError ? (
            <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
          ) : null}
          <div style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}>
            <DashboardTiles data={d} />
          </div>

          <Paper
            withBorder
            radius="md"
            p={{ base: 'sm', sm: 'md' }}
            component="section"
            aria-labelledby="dashboard-units-title"
          >
            <Stack gap="sm">
              <div>
                <Title order={2} fz={18} id="dashboard-units-title">
                  {t('reports.dashboard.unitsTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {d.currentPeriod
                    ? t('reports.dashboard.unitsHint', { period: d.currentPeriod.name })
                    : t('reports.dashboard.noPeriod')}
                </Text>
              </div>
              {d.units.length === 0 ? (
                <EmptyState
                  icon={<IconBuildingCommunity size={30} />}
                  title={t('reports.dashboard.unitsEmptyTitle')}
                  description={t('reports.dashboard.unitsEmpty')}
                />
              ) : (
                <>
                  {d.currentPeriod ? (
                    <UnitCompletionChart units={d.units} periodName={d.currentPeriod.name} />
                  ) : null}
                  <UnitTable units={d.units} />
                </>
              )}
            </Stack>
          </Paper>

          <section aria-labelledby="report-list-title">
            <Group justify="space-between" align="flex-end" gap="xs" mb="sm" wrap="wrap">
              <div>
                <Title order={2} fz={18} id="report-list-title">
                  {t('reports.dashboard.reportsTitle')}
                </Title>
                <Text size="sm" c="dimmed" maw={720}>
                  {t('reports.dashboard.reportsHint')}
                </Text>
              </div>
            </Group>
            <ReportCards year={d.year} />
          </section>

          <Text size="xs" c="dimmed">
            {t('reports.generatedAt', { time: formatDateTime(d.generatedAt, tz) })}
          </Text>
        </>
      )}
    </Stack>
  )
}
