import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import {
  IconCalendarOff,
  IconCalendarStats,
  IconFilterOff,
  IconRefresh,
  IconUsersGroup,
} from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, formatDateTimeParts, todayIn } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useMonitoring } from '../api.ts'
import type { MonitoringScope } from '../api.ts'
import { PersonList } from '../components/person-list.tsx'
import { SummaryTiles } from '../components/summary-tiles.tsx'
import { filterMonitoringRows, sortMonitoringRows } from '../monitoring-view.ts'
import type { RowFilter } from '../monitoring-view.ts'

const FILTER_LABEL = {
  notLogged: 'monitoring.tiles.notLogged',
  late: 'monitoring.tiles.late',
  pending: 'monitoring.tiles.pending',
} as const

/**
 * "Pemantauan": the atasan's live view of one day. Who has not logged comes first; the tiles
 * narrow the list; a tap on a person opens their entries. The day and the scope live in the
 * address (?tanggal=…&lingkup=semua) so going back from a person keeps them.
 */
export function MonitoringPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const navigate = useNavigate()
  const search = useSearch({ strict: false })
  const timeZone = me.instansiTimeZone ?? undefined
  const scope: MonitoringScope = search.lingkup === 'semua' ? 'all' : 'direct'
  const [filter, setFilter] = useState<RowFilter>('all')
  // Only an atasan has anyone to monitor; others get the explanation, not an error.
  const query = useMonitoring(search.tanggal, scope, me.isAtasan)
  const data = query.data
  const today = data?.today ?? todayIn(timeZone)
  const date = search.tanggal ?? data?.date ?? today

  const go = (next: { tanggal?: string | undefined; lingkup?: 'semua' | undefined }) =>
    void navigate({
      to: '/pemantauan',
      search: { tanggal: search.tanggal, lingkup: search.lingkup, ...next },
      replace: true,
    })

  const rows = data ? filterMonitoringRows(sortMonitoringRows(data.rows), filter) : []
  const updated = query.dataUpdatedAt
    ? formatDateTimeParts(new Date(query.dataUpdatedAt).toISOString(), timeZone).time
    : null

  return (
    <Stack gap="md">
      <PageHeader
        title={t('monitoring.title')}
        description={t('monitoring.description')}
        actions={<HelpLink topic="pemantauan" />}
      />

      {me.isAtasan ? (
        <Paper withBorder radius="md" p="sm">
          <Stack gap="sm">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Group
                align="flex-end"
                gap="xs"
                wrap="nowrap"
                style={{ flex: isPhone ? '1 1 100%' : undefined }}
              >
                <TextInput
                  type="date"
                  label={t('monitoring.date')}
                  value={date}
                  max={today}
                  onChange={(e) => {
                    const v = e.currentTarget.value
                    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) go({ tanggal: v === today ? undefined : v })
                  }}
                  style={{ flex: 1, minWidth: 0, maxWidth: 220 }}
                  data-testid="monitoring-date"
                />
                <Button
                  variant="default"
                  onClick={() => go({ tanggal: undefined })}
                  disabled={date === today}
                >
                  {t('monitoring.today')}
                </Button>
              </Group>
              <Stack gap={4} style={{ flex: isPhone ? '1 1 100%' : undefined }}>
                <Text size="sm" fw={500} id="monitoring-scope-label">
                  {t('monitoring.scopeLabel')}
                </Text>
                <SegmentedControl
                  value={scope}
                  onChange={(v) => go({ lingkup: v === 'all' ? 'semua' : undefined })}
                  data={[
                    { value: 'direct', label: t('monitoring.scopeDirect') },
                    { value: 'all', label: t('monitoring.scopeAll') },
                  ]}
                  aria-labelledby="monitoring-scope-label"
                  fullWidth={isPhone}
                  style={{ alignSelf: isPhone ? undefined : 'flex-start' }}
                  data-testid="monitoring-scope"
                />
              </Stack>
            </Group>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" style={{ flex: 1 }} data-testid="monitoring-updated">
                {updated ? `${t('monitoring.updatedAt', { time: updated })} · ` : ''}
                {t('monitoring.liveHint')}
              </Text>
              <Tooltip label={t('monitoring.refresh')}>
                <ActionIcon
                  variant="subtle"
                  size={36}
                  onClick={() => void query.refetch()}
                  loading={query.isFetching}
                  aria-label={t('monitoring.refresh')}
                >
                  <IconRefresh size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {!me.isAtasan ? (
        <EmptyState
          icon={<IconUsersGroup size={30} />}
          title={t('monitoring.emptyTitle')}
          description={t('monitoring.empty')}
          testId="monitoring-empty"
        />
      ) : query.isPending ? (
        <LoadingState rows={5} />
      ) : query.isError && !data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : data ? (
        <>
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : null}
          {!data.working ? (
            <Alert
              color="gray"
              variant="light"
              icon={<IconCalendarOff aria-hidden />}
              data-testid="monitoring-non-working"
            >
              {t('monitoring.nonWorking', { date: formatDate(data.date) })}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <IconCalendarStats size={16} aria-hidden />
            {data.period
              ? t('monitoring.period', {
                  name: data.period.name,
                  start: formatDate(data.period.startDate),
                  end: formatDate(data.period.endDate),
                })
              : t('monitoring.noPeriod')}
          </Text>
          {data.totals.subordinates === 0 ? (
            <EmptyState
              icon={<IconUsersGroup size={30} />}
              title={t('monitoring.emptyTitle')}
              description={t('monitoring.empty')}
              testId="monitoring-empty"
            />
          ) : (
            <>
              <SummaryTiles data={data} filter={filter} onFilter={setFilter} />
              {filter !== 'all' ? (
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600} aria-live="polite">
                    {t('monitoring.filterActive', { filter: t(FILTER_LABEL[filter]) })}
                  </Text>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconFilterOff size={14} aria-hidden />}
                    onClick={() => setFilter('all')}
                  >
                    {t('monitoring.clearFilter')}
                  </Button>
                </Group>
              ) : null}
              {rows.length === 0 ? (
                <EmptyState
                  title={t('monitoring.emptyFilterTitle')}
                  description={t('monitoring.emptyFilter')}
                  testId="monitoring-empty-filter"
                />
              ) : (
                <PersonList
                  rows={rows}
                  date={data.date}
                  working={data.working}
                  isPhone={isPhone}
                  busy={query.isFetching}
                />
              )}
            </>
          )}
        </>
      ) : null}
    </Stack>
  )
}
