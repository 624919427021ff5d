import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../lib/format.ts'

export type PeriodStatus = 'running' | 'ended' | 'upcoming'

export function periodStatus(
  p: { startDate: string; endDate: string | null },
  today: string,
): PeriodStatus {
  if (p.startDate > today) return 'upcoming'
  if (p.endDate !== null && p.endDate < today) return 'ended'
  return 'running'
}

/** "1 Januari 2026 – 31 Maret 2026" or "sejak 1 Januari 2026". */
export function PeriodText(props: { startDate: string; endDate: string | null }) {
  const { t } = useTranslation()
  return (
    <Text size="sm">
      {props.endDate
        ? t('period.range', { from: formatDate(props.startDate), to: formatDate(props.endDate) })
        : t('period.since', { from: formatDate(props.startDate) })}
    </Text>
  )
}

/** Whether a period runs today, in words (colour only repeats it). */
export function PeriodBadge(props: { startDate: string; endDate: string | null; today: string }) {
  const { t } = useTranslation()
  const s = periodStatus(props, props.today)
  const color = s === 'running' ? 'teal' : s === 'upcoming' ? 'kinerja' : 'gray'
  return (
    <Badge color={color} variant={s === 'running' ? 'light' : 'outline'}>
      {t(`period.${s}`)}
    </Badge>
  )
}
