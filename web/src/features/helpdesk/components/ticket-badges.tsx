import { Badge } from '@mantine/core'
import type { BadgeProps } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDot,
  IconHourglass,
  IconMessageQuestion,
  IconProgress,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { TicketStatus } from '../../../../../shared/helpdesk.ts'
import type { SlaNow, SlaState } from '../helpdesk-view.ts'

const STATUS_LOOK: Record<TicketStatus, { color: string; icon: Icon }> = {
  baru: { color: 'kinerja', icon: IconCircleDot },
  diproses: { color: 'yellow', icon: IconProgress },
  menunggu_pengguna: { color: 'grape', icon: IconMessageQuestion },
  selesai: { color: 'teal', icon: IconCircleCheck },
}

const fixed = { flexShrink: 0, minWidth: 'max-content' } as const

/** The ticket status as a word with an icon, never by colour alone. */
export function TicketStatusBadge(props: { status: TicketStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation()
  const look = STATUS_LOOK[props.status]
  return (
    <Badge
      color={look.color}
      size={props.size ?? 'md'}
      leftSection={<look.icon size={14} aria-hidden />}
      data-testid="ticket-status"
      data-status={props.status}
      style={fixed}
    >
      {t(`helpdesk.status.${props.status}`)}
    </Badge>
  )
}

const SLA_LOOK: Record<SlaState, { color: string; icon: Icon; variant: BadgeProps['variant'] }> = {
  running: { color: 'kinerja', icon: IconHourglass, variant: 'outline' },
  met: { color: 'teal', icon: IconCircleCheck, variant: 'light' },
  breached: { color: 'red', icon: IconAlertTriangle, variant: 'light' },
}

/** "Tanggapan: berjalan" / "Penyelesaian: terlewati": the target and its state in words. */
export function SlaBadge(props: { sla: SlaNow; size?: BadgeProps['size'] }) {
  const { t } = useTranslation()
  const look = SLA_LOOK[props.sla.state]
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      size={props.size ?? 'md'}
      leftSection={<look.icon size={14} aria-hidden />}
      data-testid="sla-badge"
      data-state={props.sla.state}
      style={fixed}
      tt="none"
    >
      {t('helpdesk.sla.badge', {
        phase: t(`helpdesk.sla.phaseShort.${props.sla.phase}`),
        state: t(`helpdesk.sla.state.${props.sla.state}`),
      })}
    </Badge>
  )
}
