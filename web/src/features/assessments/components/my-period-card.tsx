import { Alert, Badge, Card, Group, Stack, Text } from '@mantine/core'
import { IconChevronRight, IconFileAlert, IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { formatDate } from '../../../lib/format.ts'
import { cardAction, deadlineInfo } from '../pegawai-view.ts'
import type { MyAssessmentItem } from '../pegawai-view.ts'
import { AssessmentStatusBadge, PredikatBadge } from './badges.tsx'
import { DeadlineLine, LateBadge } from './my-deadline.tsx'

/**
 * One assessment period of the pegawai: name, dates, batas pengisian, where it stands and
 * one button that says what to do next. Without an assessment it says why (the SKP).
 */
export function MyPeriodCard(props: {
  item: MyAssessmentItem
  primary: boolean
  today: string
  timeZone: string
}) {
  const { t } = useTranslation()
  const { item } = props
  const a = item.assessment
  const action = cardAction(item)
  const info = deadlineInfo(
    {
      period: item.period,
      effectiveDeadline: a?.effectiveDeadline,
      extendedUntil: a?.extendedUntil,
    },
    props.today,
  )
  const annual = item.period.kind === 'annual'
  const annualLabel = t('penilaian.mine.annual')
  const showDeadline = !a || a.status === 'draft' || a.status === 'reopened'

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={item.period.name}
      data-testid="assessment-card"
      data-period-id={item.period.id}
      data-period-kind={item.period.kind}
      data-status={a?.status ?? 'missing'}
      style={
        props.primary
          ? { borderColor: 'var(--mantine-color-kinerja-6)', borderWidth: 2 }
          : undefined
      }
    >
      <Stack gap={8}>
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={700} fz="lg" style={{ wordBreak: 'break-word' }}>
              {item.period.name}
            </Text>
            {annual && !item.period.name.toLowerCase().includes(annualLabel.toLowerCase()) ? (
              <Badge variant="outline" color="kinerja" size="sm">
                {annualLabel}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {formatDate(item.period.startDate)} – {formatDate(item.period.endDate)}
          </Text>
        </div>

        {a ? (
          <Group gap={6}>
            <AssessmentStatusBadge status={a.status} />
            {a.predikat ? <PredikatBadge predikat={a.predikat} size="lg" /> : null}
            {a.late ? <LateBadge /> : null}
          </Group>
        ) : null}

        {showDeadline ? (
          <DeadlineLine
            info={info}
            periodDeadline={item.period.deadline}
            timeZone={props.timeZone}
            testId="card-deadline"
          />
        ) : a?.submittedAt ? (
          <Text size="sm">
            {t('penilaian.mine.submittedOn', { date: formatDate(a.submittedAt) })}
            {a.status === 'submitted' || a.status === 'rated'
              ? ` · ${t('penilaian.mine.waiting')}`
              : ''}
          </Text>
        ) : null}

        {a?.acknowledgedAt ? (
          <Text size="sm" c="dimmed">
            {t('penilaian.mine.acceptedOn', { date: formatDate(a.acknowledgedAt) })}
          </Text>
        ) : null}

        {!a ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconFileAlert aria-hidden />}
            title={t('penilaian.mine.noAssessment')}
            data-testid="missing-reason"
          >
            <Text size="sm">{item.missingReason ?? t('penilaian.mine.noAssessmentText')}</Text>
          </Alert>
        ) : null}

        <Group justify="flex-end">
          {action === 'skp' ? (
            <ButtonLink
              to="/skp"
              variant={props.primary ? 'filled' : 'light'}
              rightSection={<IconChevronRight size={16} aria-hidden />}
              data-testid="card-open-skp"
            >
              {t('penilaian.mine.openSkp')}
            </ButtonLink>
          ) : (
            <ButtonLink
              to="/penilaian/$assessmentId"
              params={{ assessmentId: a!.id }}
              variant={props.primary ? 'filled' : 'light'}
              size={props.primary ? 'md' : 'sm'}
              fullWidth={props.primary}
              leftSection={action === 'fill' ? <IconPencil size={18} aria-hidden /> : undefined}
              rightSection={<IconChevronRight size={16} aria-hidden />}
              data-testid="card-open"
              data-action={action}
            >
              {action === 'fill'
                ? t('penilaian.mine.fill')
                : action === 'result'
                  ? t('penilaian.mine.result')
                  : t('penilaian.mine.view')}
            </ButtonLink>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
