import { Badge, Text } from '@mantine/core'
import { IconAlarm, IconCalendarDue, IconClockPause, IconHourglassHigh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate, todayIn } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useCurrentPeriod } from '../../periods/api.ts'
import { zoneLabel } from '../../progress/progress-format.ts'
import type { DeadlineInfo } from '../pegawai-view.ts'

/**
 * Today in the instansi's time zone: the server's answer when it has come, the device's
 * clock converted to that zone until then.
 */
export function useInstansiToday(): { today: string; timeZone: string } {
  const me = useSessionUser()
  const current = useCurrentPeriod(!!me.instansiId)
  const timeZone = current.data?.timeZone ?? me.instansiTimeZone ?? 'Asia/Jakarta'
  return { today: current.data?.today ?? todayIn(timeZone), timeZone }
}

/**
 * The batas pengisian in words, with the count of days left ("tinggal 4 hari") or what
 * happened ("sudah lewat"), and the extension when one applies. Never by colour alone.
 */
export function DeadlineLine(props: {
  info: DeadlineInfo
  periodDeadline: string
  timeZone: string
  testId?: string
}) {
  const { t } = useTranslation()
  const { info } = props
  const zone = zoneLabel(props.timeZone)
  const at = t('penilaian.deadline.at', { date: formatDate(info.deadline), zone })
  const extended =
    info.kind !== 'not_started' && info.extended
      ? ` (${t('penilaian.deadline.extendedFrom', { date: formatDate(props.periodDeadline) })})`
      : ''
  return (
    <Text size="sm" data-testid={props.testId ?? 'assessment-deadline'} data-kind={info.kind}>
      <IconCalendarDue
        size={16}
        aria-hidden
        style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
      />
      {t('penilaian.deadline.label')}: <strong>{at}</strong>
      {extended}{' '}
      {info.kind === 'open' ? (
        <Badge
          component="span"
          size="sm"
          variant={info.urgent ? 'filled' : 'light'}
          color={info.urgent ? 'red' : 'kinerja'}
          leftSection={<IconHourglassHigh size={12} aria-hidden />}
          style={{ verticalAlign: 'middle' }}
          data-testid="deadline-countdown"
        >
          {info.daysLeft === 0
            ? t('penilaian.deadline.today')
            : t('penilaian.deadline.daysLeft', { count: info.daysLeft })}
        </Badge>
      ) : info.kind === 'passed' ? (
        <Badge
          component="span"
          size="sm"
          variant="light"
          color="gray"
          leftSection={<IconAlarm size={12} aria-hidden />}
          style={{ verticalAlign: 'middle' }}
          data-testid="deadline-countdown"
        >
          {t('penilaian.deadline.passed')}
        </Badge>
      ) : (
        <Badge
          component="span"
          size="sm"
          variant="light"
          color="gray"
          leftSection={<IconClockPause size={12} aria-hidden />}
          style={{ verticalAlign: 'middle' }}
          data-testid="deadline-countdown"
        >
          {t('penilaian.deadline.opensOn', { date: formatDate(info.opensOn) })}
        </Badge>
      )}
    </Text>
  )
}

/** "Terlambat": submitted after the period's batas pengisian (with an extension). */
export function LateBadge() {
  const { t } = useTranslation()
  return (
    <Badge
      color="orange"
      variant="light"
      leftSection={<IconAlarm size={14} aria-hidden />}
      title={t('penilaian.lateHint')}
      data-testid="late-badge"
      style={{ flexShrink: 0 }}
    >
      {t('penilaian.late')}
    </Badge>
  )
}
