import { Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { durationParts } from '../helpdesk-view.ts'
import type { SlaNow } from '../helpdesk-view.ts'

/** "2 hari 3 jam", "45 menit", "kurang dari 1 menit". */
export function formatDuration(t: TFunction, totalMinutes: number): string {
  const p = durationParts(totalMinutes)
  const parts = [
    p.days > 0 ? t('helpdesk.duration.days', { count: p.days }) : null,
    p.hours > 0 ? t('helpdesk.duration.hours', { count: p.hours }) : null,
    p.minutes > 0 ? t('helpdesk.duration.minutes', { count: p.minutes }) : null,
  ].filter((s): s is string => s !== null)
  return parts.length > 0 ? parts.join(' ') : t('helpdesk.duration.lessThanMinute')
}

/** The SLA of a ticket as a sentence: what is awaited, until when, and how much time is left. */
export function slaSentence(t: TFunction, sla: SlaNow, timeZone: string | undefined): string {
  const phase = t(`helpdesk.sla.phase.${sla.phase}`)
  const time = formatDateTime(sla.doneAt ?? sla.dueAt, timeZone)
  if (sla.doneAt !== null) {
    return sla.state === 'breached'
      ? t('helpdesk.sla.doneLate', { phase, time })
      : t('helpdesk.sla.doneMet', { phase, time })
  }
  const left = sla.minutesLeft ?? 0
  return left >= 0
    ? t('helpdesk.sla.dueIn', { phase, time, left: formatDuration(t, left) })
    : t('helpdesk.sla.lateBy', { phase, time, late: formatDuration(t, -left) })
}

export function SlaText(props: { sla: SlaNow; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  return (
    <Text size={props.size ?? 'sm'} data-testid="sla-text">
      {slaSentence(t, props.sla, me.instansiTimeZone ?? undefined)}
    </Text>
  )
}
