import { Alert, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconClockExclamation,
  IconFileTypePdf,
  IconGavel,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { OBJECTION_DECISION_LABEL } from '../../../../../shared/rules/assessment-workflow.ts'
import { PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { FieldList } from '../../../components/ui/field-list.tsx'
import { formatDate, formatDateTime } from '../../../lib/format.ts'
import { documentUrls } from '../api.ts'
import { AssessmentStatusBadge } from './badges.tsx'

const pangkatOf = (p: { pangkat: string | null; golongan: string | null }) =>
  [p.pangkat, p.golongan].filter(Boolean).join(', ') || null

/** Who is assessed, for which period, by whom, and whether the realisasi came in on time. */
export function AssessIdentity(props: { detail: AssessmentDetail; timeZone: string | undefined }) {
  const { t } = useTranslation()
  const d = props.detail
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="assess-identity">
      <Stack gap="sm">
        <Group gap={6} wrap="wrap">
          <AssessmentStatusBadge status={d.status} />
          {d.late ? (
            <Badge
              color="orange"
              variant="light"
              leftSection={<IconClockExclamation size={14} aria-hidden />}
              data-testid="assess-late"
            >
              {t('penilaianBawahan.late')}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            {d.period.name}
          </Text>
        </Group>
        <FieldList
          cols={3}
          items={[
            { label: t('penilaianBawahan.identity.nip'), value: formatNip(d.pegawai.nip) },
            {
              label: t('penilaianBawahan.identity.pangkat'),
              value: pangkatOf(d.pegawai),
            },
            {
              label: t('penilaianBawahan.identity.jabatan'),
              value: `${d.pegawai.jabatanName} · ${d.pegawai.unitName}`,
            },
            {
              label: t('penilaianBawahan.identity.period'),
              value: `${d.period.name} (${formatDate(d.period.startDate)} – ${formatDate(d.period.endDate)})`,
            },
            {
              label: t('penilaianBawahan.identity.deadline'),
              value: d.extendedUntil
                ? t('penilaianBawahan.identity.deadlineExtended', {
                    deadline: formatDate(d.period.deadline),
                    until: formatDate(d.effectiveDeadline),
                  })
                : formatDate(d.effectiveDeadline),
              testId: 'assess-deadline',
            },
            {
              label: t('penilaianBawahan.identity.submitted'),
              value: d.submittedAt
                ? `${formatDateTime(d.submittedAt, props.timeZone)}${d.late ? ` — ${t('penilaianBawahan.late')}` : ''}`
                : t('penilaianBawahan.identity.notSubmitted'),
            },
            {
              label: t('penilaianBawahan.identity.assessor'),
              value: d.assessor
                ? `${d.assessor.name} (${d.assessor.jabatanName})`
                : t('penilaianBawahan.identity.noAssessor'),
            },
            {
              label: t('penilaianBawahan.identity.reviewer'),
              value: d.reviewer?.name ?? t('penilaianBawahan.identity.noReviewer'),
            },
            {
              label: t('penilaianBawahan.identity.document'),
              value: (
                <Anchor
                  href={documentUrls.evaluation(d.id)}
                  size="sm"
                  style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                  data-testid="assess-document"
                >
                  <IconFileTypePdf size={16} aria-hidden />
                  {t('penilaianBawahan.identity.downloadPdf')}
                </Anchor>
              ),
            },
          ]}
        />
        {d.justification ? (
          <Alert
            variant="light"
            color="gray"
            icon={<IconInfoCircle aria-hidden />}
            title={t('penilaianBawahan.identity.justification')}
            data-testid="assess-justification"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {d.justification}
            </Text>
          </Alert>
        ) : null}
        {d.objection ? (
          <Alert
            variant="light"
            color={d.objection.decision ? 'teal' : 'orange'}
            icon={
              d.objection.decision ? <IconGavel aria-hidden /> : <IconAlertTriangle aria-hidden />
            }
            title={t('penilaianBawahan.identity.objection', {
              date: formatDateTime(d.objection.filedAt, props.timeZone),
            })}
            data-testid="assess-objection"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {d.objection.reason}
            </Text>
            {d.objection.decision ? (
              <Text size="sm" mt={6}>
                <Text span fw={700}>
                  {OBJECTION_DECISION_LABEL[d.objection.decision]}
                </Text>
                {d.objection.decidedByName ? ` — ${d.objection.decidedByName}` : ''}
                {d.objection.decisionNote ? `: ${d.objection.decisionNote}` : ''}
                {d.objection.previousPredikat
                  ? ` (${t('penilaianBawahan.identity.previousPredikat', {
                      predikat: PREDIKAT_LABEL[d.objection.previousPredikat],
                    })})`
                  : ''}
              </Text>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  )
}
