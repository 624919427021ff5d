import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { dayNumber } from '../../../../../shared/rules/working-days.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate } from '../../../lib/format.ts'
import { useCurrentPeriod } from '../api.ts'
import { zoneKey } from '../labels.ts'
import { PeriodStateBadge } from './period-state-badge.tsx'

/**
 * Beranda card for everyone: the assessment period running today (instansi time zone) and
 * the nearest batas pengisian with the days left. Accounts without an instansi see nothing.
 */
export function CurrentPeriodCard(props: { isAdmin: boolean }) {
  const { t } = useTranslation()
  const q = useCurrentPeriod()
  if (q.isError && q.error instanceof ApiError && q.error.status === 404) return null

  const data = q.data
  const key = zoneKey(data?.timeZone)
  const zone = key ? t(`periods.zoneShort.${key}`) : (data?.timeZone ?? '')
  const next = data?.nextDeadline
  const daysLeft = next && data ? dayNumber(next.deadline) - dayNumber(data.today) : 0

  return (
    <Paper withBorder radius="md" p="lg" data-testid="current-period">
      <Stack gap="xs">
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('periods.home.card')}
        </Text>
        {q.isPending ? (
          <>
            <Skeleton h={22} w="50%" />
            <Skeleton h={16} w="80%" />
          </>
        ) : q.isError || !data ? (
          <Text size="sm" c="dimmed">
            {t('errors.loadFailed')}
          </Text>
        ) : (
          <>
            {data.period ? (
              <>
                <Group gap="xs">
                  <Text fw={700} size="lg">
                    {data.period.name}
                  </Text>
                  <PeriodStateBadge state={data.period.state} />
                </Group>
                <Text size="sm">
                  {t('period.range', {
                    from: formatDate(data.period.startDate),
                    to: formatDate(data.period.endDate),
                  })}
                </Text>
              </>
            ) : (
              <Text size="sm">
                {data.year
                  ? t('periods.home.none')
                  : t('periods.home.notSetUp', { year: data.today.slice(0, 4) })}
              </Text>
            )}
            {next ? (
              <Text size="sm" data-testid="next-deadline">
                {t('periods.home.nextDeadline')}: <strong>{next.name}</strong> —{' '}
                {t('periods.home.deadlineAt', { date: formatDate(next.deadline), zone })}{' '}
                <Text span fw={700} c={daysLeft <= 3 ? 'red.8' : undefined}>
                  (
                  {daysLeft === 0
                    ? t('periods.home.dueToday')
                    : t('periods.home.daysLeft', { count: daysLeft })}
                  )
                </Text>
              </Text>
            ) : null}
            {props.isAdmin ? (
              <AnchorLink to="/periode" size="sm" fw={600}>
                {data.year ? t('periods.home.manage') : t('periods.home.setUp')}
              </AnchorLink>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  )
}
