import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconPaperclip, IconPencil, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../lib/format.ts'
import type { QueueItem } from '../offline/queue.ts'
import { pendingState } from '../offline/queue.ts'
import { formatTimeRange } from '../progress-format.ts'
import { PendingBadge } from './status-badges.tsx'

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
 * An entry that exists only on this device so far: "Menunggu sinkron", or refused by the
 * server with its reason and the way out (fix or discard).
 */
export function PendingEntryCard(props: {
  item: QueueItem
  onFix: () => void
  onDiscard: () => void
}) {
  const { t } = useTranslation()
  const i = props.item.input
  const state = pendingState(props.item)
  const rejected = state === 'rejected'
  const time = formatTimeRange(i.startTime, i.endTime)
  const fieldErrors = Object.values(props.item.error?.fields ?? {})
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={t('progress.entry.cardLabel', { time })}
      data-testid="progress-pending"
      data-client-id={props.item.clientId}
      style={{
        borderStyle: 'dashed',
        borderColor: rejected ? 'var(--mantine-color-red-6)' : undefined,
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={700}>{time}</Text>
          <PendingBadge rejected={rejected} />
        </Group>
        <Text
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
          data-testid="entry-description"
        >
          {i.description}
        </Text>
        <Stack gap={2}>
          {props.item.display.rhkText ? (
            <Line label={t('progress.entry.rhk')}>{props.item.display.rhkText}</Line>
          ) : null}
          {props.item.display.rencanaAksiText ? (
            <Line label={t('progress.entry.rencanaAksi')}>
              {props.item.display.rencanaAksiText}
            </Line>
          ) : null}
          <Line label={t('progress.entry.realisasi')}>
            {formatNumber(i.realisasi)} {i.satuan}
          </Line>
          {props.item.files.length > 0 ? (
            <Group gap={6}>
              <IconPaperclip size={16} aria-hidden />
              <Text size="sm">
                {t('progress.pending.files', { count: props.item.files.length })}
              </Text>
            </Group>
          ) : null}
        </Stack>
        {rejected ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            p="xs"
            role="alert"
          >
            <Text size="sm">
              {t('progress.pending.rejectedText', { message: props.item.error?.message ?? '' })}
            </Text>
            {fieldErrors.length > 0 ? <Text size="sm">{fieldErrors.join('; ')}</Text> : null}
            <Text size="sm" mt={4}>
              {t('progress.pending.rejectedHint')}
            </Text>
          </Alert>
        ) : (
          <Text size="xs" c="dimmed">
            {t('progress.pending.waitingText')}
          </Text>
        )}
        <Group justify="flex-end" gap={4}>
          <Button
            size="compact-sm"
            variant={rejected ? 'light' : 'subtle'}
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={props.onFix}
            data-testid="pending-fix"
          >
            {rejected ? t('progress.pending.fix') : t('progress.entry.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={props.onDiscard}
            data-testid="pending-discard"
          >
            {t('progress.pending.discard')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
