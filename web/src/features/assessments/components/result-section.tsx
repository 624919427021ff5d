import {
  Alert,
  Badge,
  Button,
  Flex,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconCircleCheck,
  IconDownload,
  IconGavel,
  IconMessageReport,
  IconNote,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import {
  ORG_PREDIKAT_LABEL,
  PREDIKAT_LABEL,
  RATING_LABEL,
} from '../../../../../shared/rules/predikat.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { documentUrls, useAcknowledge } from '../api.ts'
import { canObjectNow } from '../pegawai-view.ts'
import { PredikatBadge, RatingBadge } from './badges.tsx'
import { ObjectionForm } from './objection-form.tsx'

function RatingBox(props: {
  label: string
  value: AssessmentDetail['ratingHasil']
  note?: string
  testId: string
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="sm" data-testid={props.testId} data-rating={props.value ?? ''}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {props.label}
      </Text>
      <Text fw={700} mt={2}>
        {props.value ? RATING_LABEL[props.value] : t('penilaian.result.notRated')}
      </Text>
      {props.note ? (
        <Text size="xs" c="dimmed" mt={2}>
          {props.note}
        </Text>
      ) : null}
    </Paper>
  )
}

/** The keberatan as filed and, once decided, the decision with its note. */
function ObjectionStatus(props: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const o = props.assessment.objection
  if (!o) return null
  const reviewer = props.assessment.reviewer?.name ?? t('penilaian.objection.admin')
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="objection-status"
      data-decision={o.decision ?? 'pending'}
    >
      <Stack gap={6}>
        <Group gap="xs">
          <IconGavel size={18} aria-hidden />
          <Text fw={700}>{t('penilaian.objection.statusTitle')}</Text>
          <Badge color={o.decision ? 'teal' : 'orange'} variant="light">
            {o.decision
              ? t(`penilaian.objection.${o.decision}`)
              : t('penilaian.objection.pendingBadge')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('penilaian.objection.filedOn', { date: formatDate(o.filedAt) })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {o.reason}
        </Text>
        {o.decision ? (
          <Paper radius="sm" p="sm" bg="var(--mantine-color-gray-light)">
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t('penilaian.objection.decidedBy', {
                name: o.decidedByName ?? reviewer,
                date: formatDate(o.decidedAt),
              })}
            </Text>
            {o.decisionNote ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {o.decisionNote}
              </Text>
            ) : null}
            {o.decision === 'dikabulkan' && o.previousPredikat ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('penilaian.objection.previous', {
                  predikat: PREDIKAT_LABEL[o.previousPredikat],
                })}
              </Text>
            ) : null}
          </Paper>
        ) : (
          <Text size="sm">{t('penilaian.objection.pending', { name: reviewer })}</Text>
        )}
      </Stack>
    </Paper>
  )
}

/**
 * The final result for the pegawai: predikat (large), both ratings with their labels, where
 * the rating hasil came from for a unit head, the atasan's note when the unit was outside the
 * pattern, the keberatan, and what they can do: accept, object (with the last day), download.
 */
export function ResultSection(props: {
  assessment: AssessmentDetail
  today: string
  isOwner: boolean
  onConflict: (e: unknown) => boolean
}) {
  const { t } = useTranslation()
  const a = props.assessment
  const isPhone = useIsPhone()
  const ack = useAcknowledge(a.id)
  const [confirmAck, setConfirmAck] = useState(false)
  const [objecting, setObjecting] = useState(false)
  const canAck = props.isOwner && a.actions.includes('acknowledge') && !a.acknowledgedAt
  const canObject = props.isOwner && canObjectNow(a, props.today)
  const hasOrgSource = a.ratingHasilSource === 'org_predikat' && a.orgPredikat

  const acknowledge = () =>
    ack.mutate(
      { version: a.version },
      {
        onSuccess: () => {
          notifySuccess(t('penilaian.result.accepted'))
          setConfirmAck(false)
        },
        onError: (e) => {
          setConfirmAck(false)
          if (!props.onConflict(e)) notifyError(e)
        },
      },
    )

  return (
    <section aria-labelledby="result-title" data-testid="assessment-result">
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <Title order={2} fz={18} id="result-title">
            {t('penilaian.result.title')}
          </Title>
          {a.predikat ? (
            <Stack gap={4} align="flex-start">
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('penilaian.result.predikat')}
              </Text>
              <PredikatBadge predikat={a.predikat} size="xl" />
            </Stack>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <RatingBox
              label={t('penilaian.result.ratingHasil')}
              value={a.ratingHasil}
              note={
                hasOrgSource
                  ? t('penilaian.result.fromOrg', {
                      unit: a.orgPredikat!.unitName,
                      value: ORG_PREDIKAT_LABEL[a.orgPredikat!.value],
                    })
                  : undefined
              }
              testId="rating-hasil"
            />
            <RatingBox
              label={t('penilaian.result.ratingPerilaku')}
              value={a.ratingPerilaku}
              testId="rating-perilaku"
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('penilaian.result.assessedBy', {
              name: a.assessor?.name ?? t('penilaian.objection.admin'),
            })}
            {a.finalisedAt
              ? ` · ${t('penilaian.result.finalisedOn', { date: formatDate(a.finalisedAt) })}`
              : ''}
          </Text>

          {a.justification ? (
            <Alert
              color="gray"
              variant="light"
              icon={<IconNote aria-hidden />}
              title={t('penilaian.result.justification')}
              data-testid="result-justification"
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {a.justification}
              </Text>
            </Alert>
          ) : null}

          <ObjectionStatus assessment={a} />

          {a.acknowledgedAt ? (
            <Text size="sm" data-testid="result-accepted">
              <IconCircleCheck
                size={16}
                aria-hidden
                style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
              />
              {t('penilaian.result.acceptedOn', { date: formatDate(a.acknowledgedAt) })}
            </Text>
          ) : null}

          <Flex gap="sm" wrap="wrap" direction={isPhone ? 'column' : 'row'}>
            {canAck ? (
              <Button
                size="md"
                leftSection={<IconCircleCheck size={20} aria-hidden />}
                onClick={() => setConfirmAck(true)}
                data-testid="acknowledge-assessment"
              >
                {t('penilaian.result.accept')}
              </Button>
            ) : null}
            {canObject ? (
              <Button
                size="md"
                variant="light"
                color="orange"
                leftSection={<IconMessageReport size={20} aria-hidden />}
                onClick={() => setObjecting(true)}
                data-testid="object-assessment"
              >
                {t('penilaian.result.object')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={documentUrls.evaluation(a.id)}
              download
              size="md"
              variant={canAck ? 'default' : 'light'}
              leftSection={<IconDownload size={20} aria-hidden />}
              data-testid="download-document"
            >
              {t('penilaian.result.download')}
            </Button>
          </Flex>
          {canObject && a.objectionOpenUntil ? (
            <Text size="sm" c="dimmed" data-testid="objection-until">
              {t('penilaian.result.objectUntil', { date: formatDate(a.objectionOpenUntil) })}
            </Text>
          ) : null}
        </Stack>
      </Paper>

      <Modal
        opened={confirmAck}
        onClose={() => setConfirmAck(false)}
        title={t('penilaian.result.acceptTitle')}
        centered
      >
        <Stack gap="lg">
          <Text size="sm">{t('penilaian.result.acceptText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirmAck(false)} disabled={ack.isPending}>
              {t('common.cancel')}
            </Button>
            <Button loading={ack.isPending} onClick={acknowledge} data-testid="acknowledge-confirm">
              {t('penilaian.result.acceptConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ObjectionForm
        assessment={a}
        opened={objecting}
        onClose={() => setObjecting(false)}
        onConflict={props.onConflict}
      />
    </section>
  )
}

/** Umpan balik per BerAKHLAK value (shown with the result). */
export function ResultPerilaku(props: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const items = props.assessment.perilaku
  if (items.length === 0) return null
  return (
    <section aria-labelledby="perilaku-title" data-testid="result-perilaku">
      <Title order={2} fz={18} mb="sm" id="perilaku-title">
        {t('penilaian.result.perilakuTitle')}
      </Title>
      <Stack gap="sm">
        {items.map((p) => (
          <Paper
            key={p.coreValue}
            withBorder
            radius="md"
            p="sm"
            data-testid={`perilaku-${p.coreValue}`}
          >
            <Text fw={700}>{p.label}</Text>
            {p.ekspektasiKhusus ? (
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                {t('penilaian.result.ekspektasiKhusus')}: {p.ekspektasiKhusus}
              </Text>
            ) : null}
            <Text
              size="sm"
              mt={4}
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
              c={p.feedback ? undefined : 'dimmed'}
            >
              {p.feedback?.body ?? t('penilaian.result.noPerilakuFeedback')}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  )
}

/** Umpan balik of the atasan on one RHK (shown with the result). */
export function ResultRhkFeedback(props: {
  feedback: AssessmentDetail['rhk'][number]['feedback']
  rhkId: string
}) {
  const { t } = useTranslation()
  const f = props.feedback
  return (
    <Paper
      radius="sm"
      p="sm"
      bg="var(--mantine-color-gray-light)"
      data-testid={`rhk-feedback-${props.rhkId}`}
    >
      <Group gap="xs" mb={4}>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('penilaian.rhk.feedbackTitle')}
        </Text>
        {f?.rating ? <RatingBadge rating={f.rating} /> : null}
      </Group>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        c={f?.body ? undefined : 'dimmed'}
      >
        {f?.body ?? t('penilaian.rhk.noFeedback')}
      </Text>
    </Paper>
  )
}
