import { Badge, Tooltip } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCloudUpload,
  IconClock,
  IconClockExclamation,
  IconHourglass,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VerificationStatus } from '../../../../../shared/activities.ts'
import { formatInstant } from '../progress-format.ts'

/** Verification as words with an icon (never colour alone). */
export function VerificationBadge(props: { status: VerificationStatus }) {
  const { t } = useTranslation()
  const s = props.status
  const color = s === 'sesuai' ? 'teal' : s === 'perlu_perbaikan' ? 'orange' : 'gray'
  const icon =
    s === 'sesuai' ? (
      <IconCircleCheck size={12} aria-hidden />
    ) : s === 'perlu_perbaikan' ? (
      <IconAlertTriangle size={12} aria-hidden />
    ) : (
      <IconHourglass size={12} aria-hidden />
    )
  return (
    <Badge color={color} leftSection={icon} data-testid="verification" data-status={s}>
      {t(`progress.verification.${s}`)}
    </Badge>
  )
}

/** "Terlambat" or "Terkirim terlambat", with the deadline in the tooltip and the title. */
export function LatenessBadge(props: {
  late: boolean
  syncedLate: boolean
  deadlineAt: string
  timeZone: string
}) {
  const { t } = useTranslation()
  if (!props.late && !props.syncedLate) return null
  const when = formatInstant(props.deadlineAt, props.timeZone)
  const hint = props.late
    ? t('progress.entry.lateHint', { when })
    : t('progress.entry.syncedLateHint', { when })
  return (
    <Tooltip label={hint} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color={props.late ? 'red' : 'yellow'}
        leftSection={
          props.late ? (
            <IconClockExclamation size={12} aria-hidden />
          ) : (
            <IconClock size={12} aria-hidden />
          )
        }
        tabIndex={0}
        aria-label={`${props.late ? t('progress.entry.late') : t('progress.entry.syncedLate')}. ${hint}`}
        data-testid="lateness"
        data-late={props.late ? 'late' : 'synced-late'}
      >
        {props.late ? t('progress.entry.late') : t('progress.entry.syncedLate')}
      </Badge>
    </Tooltip>
  )
}

export function PendingBadge(props: { rejected?: boolean }) {
  const { t } = useTranslation()
  return props.rejected ? (
    <Badge
      color="red"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      data-testid="pending-badge"
      data-state="rejected"
    >
      {t('progress.pending.rejectedBadge')}
    </Badge>
  ) : (
    <Badge
      color="blue"
      variant="outline"
      leftSection={<IconCloudUpload size={12} aria-hidden />}
      data-testid="pending-badge"
      data-state="waiting"
    >
      {t('progress.pending.badge')}
    </Badge>
  )
}
