import { Button, Checkbox, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core'
import {
  IconCircleCheck,
  IconHistory,
  IconPencilExclamation,
  IconTarget,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Progress, Verdict } from '../../../../../shared/activities.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts'
import { useVerificationHistory } from '../api.ts'
import { formatMinutes } from '../monitoring-view.ts'
import { FlagBadge, LatenessBadge, VerificationBadge } from './badges.tsx'
import { EvidenceList } from './evidence-list.tsx'

function History(props: { entryId: string; timeZone: string | undefined }) {
  const { t } = useTranslation()
  const history = useVerificationHistory(props.entryId, true)
  if (history.isPending)
    return (
      <Text size="xs" c="dimmed" role="status">
        {t('common.loading')}
      </Text>
    )
  if (history.isError)
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} />
  if (history.data.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('monitoring.entry.historyEmpty')}
      </Text>
    )
  return (
    <List size="sm" spacing={6} data-testid="verification-history">
      {history.data.map((v, i) => (
        <List.Item key={`${v.at}-${i}`}>
          <Text size="sm">
            {t('monitoring.entry.verifiedBy', {
              verdict: t(`monitoring.verification.${v.verdict}`),
              name: v.byName,
              time: formatDateTime(v.at, props.timeZone),
            })}
          </Text>
          {v.note ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              “{v.note}”
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  )
}

/**
 * One daily-progress entry as the atasan reads it: when, what, which RHK, how much, whether
 * it was late or flagged, its evidence, and the verification with its history.
 */
export function EntryCard(props: {
  entry: Progress
  timeZone: string | undefined
  canVerify: boolean
  selected: boolean
  onSelect: (on: boolean) => void
  onVerify: (verdict: Verdict) => void
  verifying: boolean
}) {
  const { t } = useTranslation()
  const [showHistory, setShowHistory] = useState(false)
  const e = props.entry
  const when = `${e.startTime}–${e.endTime}`
  const duration = formatMinutes(e.minutes, {
    h: t('monitoring.hours'),
    m: t('monitoring.minutes'),
  })
  const titleId = `entry-${e.id}-title`
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="sm"
      aria-labelledby={titleId}
      data-testid="entry-card"
      data-entry-id={e.id}
      data-verification={e.verificationStatus}
      style={{
        borderLeft: e.late ? '4px solid var(--mantine-color-red-6)' : undefined,
      }}
    >
      <Stack gap={8}>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          {props.canVerify ? (
            <Checkbox
              checked={props.selected}
              onChange={(ev) => props.onSelect(ev.currentTarget.checked)}
              aria-label={t('monitoring.entry.select', { date: formatDate(e.date), time: when })}
              size="md"
              mt={2}
              data-testid="entry-select"
            />
          ) : null}
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="sm" id={titleId}>
              {formatDate(e.date)} · {when}
            </Text>
            <Text size="xs" c="dimmed">
              {duration}
            </Text>
          </div>
        </Group>
        <Group gap={6} wrap="wrap">
          <VerificationBadge status={e.verificationStatus} size="sm" />
          <LatenessBadge late={e.late} syncedLate={e.syncedLate} />
        </Group>

        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {e.description}
        </Text>

        <Stack gap={2}>
          <Text size="xs" style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
            <IconTarget size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <span>
              <Text span size="xs" fw={700}>
                {t('monitoring.entry.rhk')}:{' '}
              </Text>
              {e.rhkText ?? (
                <Text span size="xs" c="dimmed" fs="italic">
                  {t('monitoring.entry.unlinked')}
                </Text>
              )}
            </span>
          </Text>
          {e.rencanaAksiText ? (
            <Text size="xs" pl={18}>
              <Text span size="xs" fw={700}>
                {t('monitoring.entry.rencanaAksi')}:{' '}
              </Text>
              {e.rencanaAksiText}
            </Text>
          ) : null}
          <Text size="xs" pl={18}>
            <Text span size="xs" fw={700}>
              {t('monitoring.entry.realisasi')}:{' '}
            </Text>
            {formatNumber(e.realisasi)} {e.satuan}
          </Text>
        </Stack>

        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('monitoring.entry.recordedAt', {
              time: formatDateTime(e.deviceRecordedAt ?? e.recordedAt, props.timeZone),
            })}
            {e.late
              ? ` · ${t('monitoring.entry.deadline', { time: formatDateTime(e.deadlineAt, props.timeZone) })}`
              : ''}
          </Text>
        </Group>

        {e.flags.length > 0 ? (
          <Group gap={4} wrap="wrap" aria-label={t('monitoring.entry.flagsLabel')} role="group">
            {e.flags.map((f) => (
              <FlagBadge key={f} flag={f} />
            ))}
          </Group>
        ) : null}

        <EvidenceList evidence={e.evidence} />

        {e.verification ? (
          <Paper
            radius="sm"
            p="xs"
            bg={
              e.verification.verdict === 'perlu_perbaikan'
                ? 'var(--mantine-color-orange-light)'
                : 'var(--mantine-color-teal-light)'
            }
            data-testid="entry-verification"
          >
            <Text size="xs" fw={600}>
              {t('monitoring.entry.verifiedBy', {
                verdict: t(`monitoring.verification.${e.verification.verdict}`),
                name: e.verification.byName,
                time: formatDateTime(e.verification.at, props.timeZone),
              })}
            </Text>
            {e.verification.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.verification.note}
              </Text>
            ) : null}
          </Paper>
        ) : null}

        <Group justify="space-between" gap="xs" wrap="wrap">
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconHistory size={14} aria-hidden />}
            onClick={() => setShowHistory((v) => !v)}
            aria-expanded={showHistory}
            aria-controls={`entry-${e.id}-history`}
          >
            {showHistory ? t('monitoring.entry.historyHide') : t('monitoring.entry.history')}
          </Button>
          {props.canVerify ? (
            <Group
              gap={6}
              role="group"
              aria-label={t('monitoring.entry.verifyActions', {
                date: formatDate(e.date),
                time: when,
              })}
            >
              <Button
                size="sm"
                variant={e.verificationStatus === 'sesuai' ? 'light' : 'filled'}
                color="teal"
                leftSection={<IconCircleCheck size={16} aria-hidden />}
                onClick={() => props.onVerify('sesuai')}
                loading={props.verifying}
                disabled={e.verificationStatus === 'sesuai'}
                data-testid="verify-ok"
              >
                {t('monitoring.entry.verifyOk')}
              </Button>
              <Button
                size="sm"
                variant="light"
                color="orange"
                leftSection={<IconPencilExclamation size={16} aria-hidden />}
                onClick={() => props.onVerify('perlu_perbaikan')}
                disabled={props.verifying}
                data-testid="verify-fix"
              >
                {t('monitoring.entry.verifyFix')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <Collapse in={showHistory} id={`entry-${e.id}-history`}>
          {showHistory ? <History entryId={e.id} timeZone={props.timeZone} /> : null}
        </Collapse>
      </Stack>
    </Paper>
  )
}
