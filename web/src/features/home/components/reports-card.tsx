import { Group, Paper, Progress, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconReportAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { useDashboard } from '../../reports/api.ts'

/**
 * Beranda's door to the reports for admins and unit leaders: the current period's completion
 * in one line and a link to /laporan. Light on purpose (no chart library on the home page);
 * an atasan who heads no unit gets a 403 from the dashboard and sees no card at all. Only the
 * reports' api.ts is imported (types and the fetch), not their view model or contracts.
 */
export function ReportsCard() {
  const { t } = useTranslation()
  const dashboard = useDashboard(undefined)
  const forbidden = dashboard.error instanceof ApiError && dashboard.error.status === 403
  if (dashboard.isError && (forbidden || !dashboard.data)) return null
  const d = dashboard.data
  const percent =
    d && d.completion.employees > 0
      ? Math.round((d.completion.completed / d.completion.employees) * 100)
      : null
  return (
    <Paper withBorder radius="md" p="lg" data-testid="home-reports">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
            <IconReportAnalytics size={20} />
          </ThemeIcon>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('reports.home.title')}
          </Text>
        </Group>
        {!d ? (
          <>
            <Skeleton h={18} w="70%" />
            <Skeleton h={10} w="100%" />
          </>
        ) : (
          <>
            <Text size="sm">
              {d.scope === 'instansi' ? t('reports.home.textInstansi') : t('reports.home.text')}
            </Text>
            {d.currentPeriod ? (
              <>
                <Text fw={700} data-testid="home-reports-completion">
                  {t('reports.home.completion', {
                    period: d.currentPeriod.name,
                    done: formatNumber(d.completion.completed),
                    total: formatNumber(d.completion.employees),
                  })}
                </Text>
                <Progress
                  value={percent ?? 0}
                  color="teal"
                  size="sm"
                  aria-label={t('reports.dashboard.completionBar', {
                    percent: percent === null ? '—' : `${formatNumber(percent)}\u00a0%`,
                  })}
                />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('reports.home.noPeriod')}
              </Text>
            )}
          </>
        )}
        <AnchorLink to="/laporan" size="sm" fw={600}>
          {t('reports.home.open')}
        </AnchorLink>
      </Stack>
    </Paper>
  )
}
