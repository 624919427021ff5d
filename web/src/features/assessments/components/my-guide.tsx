import { Alert, Stack, Text } from '@mantine/core'
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconClockPause,
  IconGavel,
  IconHourglass,
  IconInfoCircle,
  IconLockAccess,
  IconPencil,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { formatDate } from '../../../lib/format.ts'
import { canObjectNow, deadlineInfo, ownerStage } from '../pegawai-view.ts'
import { DeadlineLine } from './my-deadline.tsx'

/**
 * The top of the pegawai's page: where the assessment stands, what to do now and what happens
 * next, in two short sentences, with the batas pengisian while it matters.
 */
export function MyGuide(props: { assessment: AssessmentDetail; today: string; timeZone: string }) {
  const { t } = useTranslation()
  const a = props.assessment
  const stage = ownerStage(a, props.today)
  const atasan = a.assessor?.name ?? t('penilaian.objection.admin')
  const reviewer = a.reviewer?.name ?? t('penilaian.objection.admin')
  let icon: ReactNode = <IconInfoCircle aria-hidden />
  let color = 'kinerja'
  let now: string
  let next: string | null = null
  switch (stage) {
    case 'fill':
      icon = a.status === 'reopened' ? <IconArrowBackUp aria-hidden /> : <IconPencil aria-hidden />
      now = a.status === 'reopened' ? t('penilaian.guide.reopened') : t('penilaian.guide.fill')
      next = t('penilaian.guide.fillNext', { name: atasan })
      break
    case 'not_started':
      icon = <IconClockPause aria-hidden />
      color = 'gray'
      now = t('penilaian.guide.notStarted', { date: formatDate(a.period.startDate) })
      next = t('penilaian.guide.notStartedNext')
      break
    case 'deadline_passed':
      icon = <IconLockAccess aria-hidden />
      color = 'red'
      now = t('penilaian.guide.deadlinePassed')
      next = t('penilaian.guide.deadlinePassedNext')
      break
    case 'waiting':
      icon = <IconHourglass aria-hidden />
      now = t('penilaian.guide.waiting', { date: formatDate(a.submittedAt) })
      next = t('penilaian.guide.waitingNext', { name: atasan })
      break
    case 'result_new':
      icon = <IconCircleCheck aria-hidden />
      color = 'teal'
      now = t('penilaian.guide.resultNew')
      next = !a.objectionOpenUntil
        ? null
        : canObjectNow(a, props.today)
          ? t('penilaian.guide.resultNewNext', { date: formatDate(a.objectionOpenUntil) })
          : t('penilaian.guide.objectionClosed', { date: formatDate(a.objectionOpenUntil) })
      break
    case 'result_accepted':
      icon = <IconCircleCheck aria-hidden />
      color = 'teal'
      now = t('penilaian.guide.resultAccepted', { date: formatDate(a.acknowledgedAt) })
      break
    case 'objected':
      icon = <IconGavel aria-hidden />
      color = 'orange'
      now = t('penilaian.guide.objected', { name: reviewer })
      next = t('penilaian.guide.objectedNext')
      break
    case 'decided':
      icon = <IconGavel aria-hidden />
      color = 'teal'
      now = t('penilaian.guide.decided')
      break
  }
  const showDeadline = stage === 'fill' || stage === 'not_started' || stage === 'deadline_passed'
  return (
    <Alert
      role="note"
      color={color}
      variant="light"
      icon={icon}
      data-testid="assessment-guide"
      data-stage={stage}
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {now}
        </Text>
        {next ? <Text size="sm">{next}</Text> : null}
        {showDeadline ? (
          <DeadlineLine
            info={deadlineInfo(a, props.today)}
            periodDeadline={a.period.deadline}
            timeZone={props.timeZone}
          />
        ) : null}
      </Stack>
    </Alert>
  )
}
