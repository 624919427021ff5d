import { Alert, Button, Card, CloseButton, Group, List, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCloudUpload,
  IconLock,
  IconMessage,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Progress } from '../../../../../shared/activities.ts'
import { formatNumber } from '../../../lib/format.ts'
import type { QueueItem } from '../offline/queue.ts'
import { filesToUpload } from '../offline/queue.ts'
import { formatDuration, formatInstant, formatTimeRange } from '../progress-format.ts'
import { EvidenceView } from './evidence-view.tsx'
import { LatenessBadge, VerificationBadge } from './status-badges.tsx'

function Line(props: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ wordBreak: 'break-word' }}>
      <Text span fw={600}>
        {props.label}:
      </Text>{' '}
      {props.children}
    </Text>
  )
}

/**
 * One daily-progress entry as the pegawai reads it: when, what, which RHK, how much, the
 * evidence, and everything the atasan will see too — lateness, alignment flags, verification
 * and its note. Statuses are words, not only colours.
 */
export function EntryCard(props: {
  entry: Progress
  /** The entry's queue item when some of its files are still on the device or were refused. */
  queued: QueueItem | null
  timeZone: string
  onEdit: () => void
  onDelete: () => void
  onDismissQueued: () => void
}) {
  const { t } = useTranslation()
  const e = props.entry
  const time = formatTimeRange(e.startTime, e.endTime)
  const waitingFiles = props.queued ? filesToUpload(props.queued).length : 0
  const rejectedFiles = props.queued?.files.filter((f) => f.error !== null) ?? []
  // The device's time matters when it differs from the server's (an entry kept offline).
  const deviceTime =
    e.deviceRecordedAt &&
    Math.abs(new Date(e.recordedAt).getTime() - new Date(e.deviceRecordedAt).getTime()) >= 60_000
      ? formatInstant(e.deviceRecordedAt, props.timeZone)
      : null
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={t('progress.entry.cardLabel', { time })}
      data-testid="progress-entry"
      data-client-id={e.clientId}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div>
            <Text fw={700}>{time}</Text>
            <Text size="xs" c="dimmed">
              {formatDuration(e.minutes)}
            </Text>
          </div>
          <Group gap={6} justify="flex-end">
            <VerificationBadge status={e.verificationStatus} />
            <LatenessBadge
              late={e.late}
              syncedLate={e.syncedLate}
              deadlineAt={e.deadlineAt}
              timeZone={props.timeZone}
            />
          </Group>
        </Group>

        <Text
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          data-testid="entry-description"
        >
          {e.description}
        </Text>

        <Stack gap={2}>
          {e.rhkText ? <Line label={t('progress.entry.rhk')}>{e.rhkText}</Line> : null}
          {e.rencanaAksiText ? (
            <Line label={t('progress.entry.rencanaAksi')}>{e.rencanaAksiText}</Line>
          ) : null}
          <Line label={t('progress.entry.realisasi')}>
            {formatNumber(e.realisasi)} {e.satuan}
          </Line>
        </Stack>

        <div>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase" mb={4}>
            {t('progress.entry.evidence')}
          </Text>
          <EvidenceView evidence={e.evidence} />
          {waitingFiles > 0 ? (
            <Group gap={6} mt={6} data-testid="entry-files-waiting">
              <IconCloudUpload size={16} aria-hidden />
              <Text size="sm">{t('progress.entry.filesWaiting', { count: waitingFiles })}</Text>
            </Group>
          ) : null}
        </div>

        {rejectedFiles.length > 0 ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            withCloseButton={false}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Stack gap={2}>
                {rejectedFiles.map((f) => (
                  <Text key={f.clientId} size="sm">
                    {t('progress.entry.fileRejected', { name: f.name, message: f.error })}
                  </Text>
                ))}
              </Stack>
              <CloseButton
                aria-label={t('progress.entry.dismiss')}
                onClick={props.onDismissQueued}
              />
            </Group>
          </Alert>
        ) : null}

        {e.flags.length > 0 ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('progress.entry.flagsTitle')}
            p="xs"
            data-testid="entry-flags"
          >
            <List size="sm" spacing={2}>
              {e.flags.map((f) => (
                <List.Item key={f} data-flag={f}>
                  <Text span size="sm" fw={600}>
                    {t(`progress.flags.${f}`)}
                  </Text>{' '}
                  <Text span size="sm">
                    — {t(`progress.flagHelp.${f}`)}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}

        {e.verification?.note ? (
          <Alert
            color={e.verification.verdict === 'sesuai' ? 'teal' : 'orange'}
            variant="light"
            icon={<IconMessage aria-hidden />}
            title={t('progress.entry.atasanNote')}
            p="xs"
            data-testid="atasan-note"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {e.verification.note}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {t('progress.entry.noteBy', {
                name: e.verification.byName,
                when: formatInstant(e.verification.at, props.timeZone),
              })}
            </Text>
          </Alert>
        ) : null}

        <Group justify="space-between" align="center" gap="xs">
          <Text size="xs" c="dimmed">
            {t('progress.entry.recordedAt', { when: formatInstant(e.recordedAt, props.timeZone) })}
            {deviceTime ? ` (${t('progress.entry.deviceRecordedAt', { when: deviceTime })})` : ''}
          </Text>
          {e.editable ? (
            <Group gap={4}>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={props.onEdit}
                aria-label={`${t('progress.entry.edit')}: ${time}`}
                data-testid="entry-edit"
              >
                {t('progress.entry.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={props.onDelete}
                aria-label={`${t('progress.entry.delete')}: ${time}`}
                data-testid="entry-delete"
              >
                {t('progress.entry.delete')}
              </Button>
            </Group>
          ) : e.verificationStatus === 'sesuai' ? (
            <Group gap={4} wrap="nowrap">
              <IconLock size={14} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="xs" c="dimmed">
                {t('progress.entry.lockedHint')}
              </Text>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Card>
  )
}
