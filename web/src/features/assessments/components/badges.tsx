import { Badge } from '@mantine/core'
import type { BadgeProps } from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconGavel,
  IconLock,
  IconPencil,
  IconSend,
  IconStar,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import {
  ASSESSMENT_STATUS_LABEL,
  type AssessmentStatus,
} from '../../../../../shared/rules/assessment-workflow.ts'
import {
  ORG_PREDIKAT_LABEL,
  PREDIKAT_LABEL,
  RATING_LABEL,
  type OrgPredikat,
  type Predikat,
  type Rating,
} from '../../../../../shared/rules/predikat.ts'

const STATUS_LOOK: Record<AssessmentStatus, { color: string; icon: Icon }> = {
  draft: { color: 'gray', icon: IconPencil },
  submitted: { color: 'kinerja', icon: IconSend },
  rated: { color: 'indigo', icon: IconStar },
  finalised: { color: 'teal', icon: IconLock },
  objected: { color: 'orange', icon: IconAlertTriangle },
  decided: { color: 'teal', icon: IconGavel },
  reopened: { color: 'yellow', icon: IconArrowBackUp },
}

const fixed = { flexShrink: 0, minWidth: 'max-content' } as const

/** The assessment status as a word with an icon, never by colour alone. */
export function AssessmentStatusBadge(props: {
  status: AssessmentStatus
  size?: BadgeProps['size']
}) {
  const look = STATUS_LOOK[props.status]
  return (
    <Badge
      color={look.color}
      variant="light"
      size={props.size ?? 'md'}
      leftSection={<look.icon size={14} aria-hidden />}
      data-testid="assessment-status"
      data-status={props.status}
      style={fixed}
    >
      {ASSESSMENT_STATUS_LABEL[props.status]}
    </Badge>
  )
}

/** Predikat colours run from teal (Sangat Baik) to red (Sangat Kurang); the word is always shown. */
export const PREDIKAT_COLOR: Record<Predikat, string> = {
  sangat_baik: 'teal',
  baik: 'green',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
}

export function PredikatBadge(props: { predikat: Predikat; size?: BadgeProps['size'] }) {
  return (
    <Badge
      color={PREDIKAT_COLOR[props.predikat]}
      variant="filled"
      size={props.size ?? 'md'}
      leftSection={<IconCircleCheck size={14} aria-hidden />}
      data-testid="predikat"
      data-predikat={props.predikat}
      style={fixed}
    >
      {PREDIKAT_LABEL[props.predikat]}
    </Badge>
  )
}

export function OrgPredikatBadge(props: { value: OrgPredikat; size?: BadgeProps['size'] }) {
  return (
    <Badge
      color="kinerja"
      variant="outline"
      size={props.size ?? 'md'}
      data-testid="org-predikat"
      data-value={props.value}
      style={fixed}
    >
      {ORG_PREDIKAT_LABEL[props.value]}
    </Badge>
  )
}

export function RatingBadge(props: { rating: Rating; size?: BadgeProps['size'] }) {
  return (
    <Badge color="gray" variant="light" size={props.size ?? 'sm'} style={fixed}>
      {RATING_LABEL[props.rating]}
    </Badge>
  )
}
