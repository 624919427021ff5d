import { Badge, Tooltip } from '@mantine/core'
import type { BadgeProps } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
  IconCloudUpload,
  IconFlag,
  IconHourglass,
  IconPencilExclamation,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { VerificationStatus } from '../../../../../shared/activities.ts'
import type { AlignmentFlag } from '../../../../../shared/rules/alignment.ts'

const VERIFICATION_LOOK: Record<VerificationStatus, { color: string; icon: Icon }> = {
  pending: { color: 'gray', icon: IconHourglass },
  sesuai: { color: 'teal', icon: IconCircleCheck },
  perlu_perbaikan: { color: 'orange', icon: IconPencilExclamation },
}

const keep = { flexShrink: 0, minWidth: 'max-content' } as const

/** The verification state as a word with an icon, never by colour alone. */
export function VerificationBadge(props: {
  status: VerificationStatus
  size?: BadgeProps['size']
}) {
  const { t } = useTranslation()
  const look = VERIFICATION_LOOK[props.status]
  return (
    <Badge
      color={look.color}
      variant={props.status === 'pending' ? 'outline' : 'light'}
      size={props.size ?? 'md'}
      leftSection={<look.icon size={14} aria-hidden />}
      data-testid="verification-status"
      data-status={props.status}
      style={keep}
    >
      {t(`monitoring.verification.${props.status}`)}
    </Badge>
  )
}

/** "Terlambat" / "Tersinkron terlambat" in words; on-time entries get no badge. */
export function LatenessBadge(props: { late: boolean; syncedLate: boolean }) {
  const { t } = useTranslation()
  if (props.late)
    return (
      <Badge
        color="red"
        leftSection={<IconClockExclamation size={14} aria-hidden />}
        data-testid="late-badge"
        style={keep}
      >
        {t('monitoring.entry.late')}
      </Badge>
    )
  if (props.syncedLate)
    return (
      <Tooltip
        label={t('monitoring.entry.syncedLateHint')}
        multiline
        w={260}
        events={{ hover: true, focus: true, touch: true }}
      >
        <Badge
          color="yellow"
          leftSection={<IconCloudUpload size={14} aria-hidden />}
          data-testid="synced-late-badge"
          style={keep}
          tabIndex={0}
        >
          {t('monitoring.entry.syncedLate')}
        </Badge>
      </Tooltip>
    )
  return null
}

export function FlagBadge(props: { flag: AlignmentFlag }) {
  const { t } = useTranslation()
  return (
    <Badge
      color="grape"
      variant="outline"
      leftSection={<IconFlag size={12} aria-hidden />}
      data-testid="flag-badge"
      data-flag={props.flag}
      style={{ textTransform: 'none', maxWidth: '100%' }}
    >
      {t(`monitoring.flags.${props.flag}`)}
    </Badge>
  )
}

/** Logged on the day or not; on a day off not logging is no fault, so it stays grey. */
export function LoggedBadge(props: { logged: boolean; working: boolean }) {
  const { t } = useTranslation()
  return props.logged ? (
    <Badge
      color="teal"
      leftSection={<IconCircleCheck size={14} aria-hidden />}
      data-testid="logged-badge"
      data-logged="true"
      style={keep}
    >
      {t('monitoring.logged')}
    </Badge>
  ) : (
    <Badge
      color={props.working ? 'red' : 'gray'}
      variant={props.working ? 'light' : 'outline'}
      leftSection={<IconAlertTriangle size={14} aria-hidden />}
      data-testid="logged-badge"
      data-logged="false"
      style={keep}
    >
      {t('monitoring.notLogged')}
    </Badge>
  )
}
