import { Badge } from '@mantine/core'
import type { BadgeProps } from '@mantine/core'
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconLock,
  IconPencil,
  IconSend,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SkpStatus } from '../../../../../shared/rules/skp-workflow.ts'

const LOOK: Record<SkpStatus, { color: string; icon: Icon; variant: BadgeProps['variant'] }> = {
  draft: { color: 'gray', icon: IconPencil, variant: 'light' },
  diajukan: { color: 'kinerja', icon: IconSend, variant: 'light' },
  dikembalikan: { color: 'orange', icon: IconArrowBackUp, variant: 'light' },
  disetujui: { color: 'teal', icon: IconCircleCheck, variant: 'light' },
  ditutup: { color: 'gray', icon: IconLock, variant: 'outline' },
}

/** The SKP status as a word with an icon, never by colour alone. */
export function SkpStatusBadge(props: { status: SkpStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation()
  const look = LOOK[props.status]
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      size={props.size ?? 'md'}
      leftSection={<look.icon size={14} aria-hidden />}
      data-testid="skp-status"
      data-status={props.status}
      // Never truncated to "DIAJUK…" in a narrow table column.
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {t(`skp.status.${props.status}`)}
    </Badge>
  )
}
