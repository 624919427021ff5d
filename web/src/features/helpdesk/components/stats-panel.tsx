import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import {
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { IconChartBar } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TICKET_STATUSES } from '../../../../../shared/helpdesk.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { formatDate, formatNumber, todayIn } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useHelpdeskStats } from '../api.ts'
import type { HelpdeskStats } from '../api.ts'
import { STATS_RANGES, categoryChartData, roundOne, statsRange } from '../helpdesk-view.ts'
import type { StatsRange } from '../helpdesk-view.ts'
import { formatDuration } from './sla-text.tsx'
import { TicketStatusBadge } from './ticket-badges.tsx'

/** One number with its label; without data a dash and the words "belum ada data". */
function Tile(props: {
  label: string
  value: string | null
  hint?: string | null
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text fw={800} fz={20} lh={1.3}>
        {props.value ?? '—'}
      </Text>
      {props.value === null ? (
        <Text size="xs" c="dimmed">
          {t('helpdesk.stats.noData')}
        </Text>
      ) : props.hint ? (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      ) : null}
    </Paper>
  )
}

function StatsBody(props: { stats: HelpdeskStats }) {
  const { t } = useTranslation()
  const s = props.stats
  const noData = t('helpdesk.stats.noData')
  const minutes = (n: number | null) => (n === null ? null : formatDuration(t, n))
  const average = (n: number | null) =>
    n === null ? null : t('helpdesk.stats.averageIs', { value: formatDuration(t, n) })
  const percent = (n: number | null) => (n === null ? null : `${formatNumber(roundOne(n) ?? 0)} %`)
  const chart = categoryChartData(s.byCategory).map((c) => ({
    label: t(`helpdesk.category.${c.category}`),
    count: c.count,
  }))
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Tile testId="stat-total" label={t('helpdesk.stats.total')} value={formatNumber(s.total)} />
        <Tile
          testId="stat-first-response"
          label={t('helpdesk.stats.firstResponse')}
          value={minutes(s.firstResponseMinutes.median)}
          hint={average(s.firstResponseMinutes.average)}
        />
        <Tile
          testId="stat-resolution"
          label={t('helpdesk.stats.resolution')}
          value={minutes(s.resolutionMinutes.median)}
          hint={average(s.resolutionMinutes.average)}
        />
        <Tile
          testId="stat-sla-first"
          label={t('helpdesk.stats.slaFirst')}
          value={percent(s.slaFirstResponseMetPercent)}
        />
        <Tile
          testId="stat-sla-resolution"
          label={t('helpdesk.stats.slaResolution')}
          value={percent(s.slaResolutionMetPercent)}
        />
        <Tile
          testId="stat-satisfaction"
          label={t('helpdesk.stats.satisfaction')}
          value={
            s.satisfactionAverage === null
              ? null
              : t('helpdesk.stats.satisfactionValue', {
                  value: formatNumber(roundOne(s.satisfactionAverage) ?? 0),
                })
          }
          hint={t('helpdesk.stats.satisfactionCount', { count: s.satisfactionCount })}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('helpdesk.stats.medianNote')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md">
          <Title order={3} fz={16} mb="sm">
            {t('helpdesk.stats.byStatus')}
          </Title>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {TICKET_STATUSES.map((st) => (
              <Group key={st} component="li" justify="space-between" gap="xs">
                <TicketStatusBadge status={st} size="sm" />
                <Text fw={700} data-testid={`stat-status-${st}`}>
                  {formatNumber(s.byStatus[st])}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Title order={3} fz={16} mb="sm" id="stats-category-title">
            {t('helpdesk.stats.byCategory')}
          </Title>
          {chart.length === 0 ? (
            <Text size="sm" c="dimmed">
              {noData}
            </Text>
          ) : (
            <>
              <div aria-hidden>
                <BarChart
                  h={Math.max(120, chart.length * 40)}
                  data={chart}
                  dataKey="label"
                  orientation="vertical"
                  series={[
                    { name: 'count', label: t('helpdesk.stats.tickets'), color: 'kinerja.6' },
                  ]}
                  yAxisProps={{ width: 130 }}
                  withBarValueLabel
                  gridAxis="none"
                  withXAxis={false}
                  tooltipAnimationDuration={0}
                  valueFormatter={(v) => formatNumber(v)}
                />
              </div>
              {/* The numbers behind the bars, for screen readers and anyone who would rather read. */}
              <VisuallyHidden>
                <Table aria-labelledby="stats-category-title">
                  <Table.Tbody>
                    {chart.map((c) => (
                      <Table.Tr key={c.label}>
                        <Table.Th scope="row">{c.label}</Table.Th>
                        <Table.Td>{formatNumber(c.count)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </VisuallyHidden>
            </>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  )
}

/** Response times, SLA and satisfaction over a range, with tickets per category as a chart. */
export function StatsPanel() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const [range, setRange] = useState<StatsRange>('days30')
  const { from, to } = statsRange(range, todayIn(me.instansiTimeZone ?? undefined))
  const stats = useHelpdeskStats(from, to)
  return (
    <Stack gap="md" data-testid="helpdesk-stats">
      <Group justify="space-between" align="flex-end" gap="sm">
        <NativeSelect
          label={t('helpdesk.stats.range')}
          value={range}
          onChange={(e) => setRange(e.currentTarget.value as StatsRange)}
          data={STATS_RANGES.map((r) => ({ value: r, label: t(`helpdesk.stats.ranges.${r}`) }))}
          w={{ base: '100%', xs: 260 }}
          data-testid="stats-range"
        />
        {stats.data ? (
          <Text size="sm" c="dimmed">
            {t('helpdesk.stats.between', {
              from: formatDate(stats.data.from),
              to: formatDate(stats.data.to),
            })}
          </Text>
        ) : null}
      </Group>
      {stats.isPending ? (
        <LoadingState rows={3} />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : stats.data.total === 0 ? (
        <EmptyState
          testId="stats-empty"
          icon={<IconChartBar size={30} />}
          title={t('helpdesk.stats.emptyTitle')}
          description={t('helpdesk.stats.empty')}
        />
      ) : (
        <StatsBody stats={stats.data} />
      )}
    </Stack>
  )
}
