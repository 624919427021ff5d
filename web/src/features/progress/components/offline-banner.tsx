import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconCloudUpload, IconRefresh, IconWifiOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OfflineState } from '../offline/offline-sync.ts'
import { requestSync } from '../offline/offline-sync.ts'
import { itemsOf, pendingState } from '../offline/queue.ts'

/**
 * The connection and the queue in words: offline, how many entries wait on this device, how
 * many the server refused, and a button to send now.
 */
export function OfflineBanner(props: { state: OfflineState; owner: string }) {
  const { t } = useTranslation()
  const { state } = props
  const mine = itemsOf(state.items, props.owner)
  const rejected = mine.filter((i) => pendingState(i) === 'rejected').length
  const waiting = mine.filter(
    (i) => pendingState(i) === 'waiting' || pendingState(i) === 'filesWaiting',
  ).length
  if (state.unavailable && !state.online) {
    return (
      <Alert
        color="orange"
        icon={<IconWifiOff aria-hidden />}
        title={t('progress.offline.offlineTitle')}
        role="status"
        data-testid="offline-banner"
      >
        {t('progress.offline.unavailable')}
      </Alert>
    )
  }
  if (state.online && waiting === 0 && rejected === 0) return null
  const lastNetworkError = mine.find((i) => i.lastNetworkError)?.lastNetworkError
  return (
    <Alert
      color={state.online ? (rejected > 0 ? 'red' : 'blue') : 'orange'}
      variant="light"
      icon={state.online ? <IconCloudUpload aria-hidden /> : <IconWifiOff aria-hidden />}
      title={
        !state.online
          ? t('progress.offline.offlineTitle')
          : waiting > 0
            ? t('progress.offline.pendingTitle', { count: waiting })
            : t('progress.offline.rejected', { count: rejected })
      }
      role="status"
      aria-live="polite"
      data-testid="offline-banner"
      data-online={state.online ? 'true' : 'false'}
    >
      <Stack gap={6}>
        {!state.online ? <Text size="sm">{t('progress.offline.offlineText')}</Text> : null}
        {!state.online && waiting > 0 ? (
          <Text size="sm" fw={700} data-testid="pending-count">
            {t('progress.offline.pendingTitle', { count: waiting })}
          </Text>
        ) : null}
        {state.online && waiting > 0 ? (
          <Text size="sm" data-testid="pending-count" data-count={waiting}>
            {state.syncing ? t('progress.offline.syncing') : t('progress.offline.pendingText')}
          </Text>
        ) : null}
        {rejected > 0 && (waiting > 0 || !state.online) ? (
          <Text size="sm" fw={600}>
            {t('progress.offline.rejected', { count: rejected })}
          </Text>
        ) : null}
        {state.online && state.lastResult?.stoppedBy === 'session' ? (
          <Text size="sm">{t('progress.offline.session')}</Text>
        ) : state.online && lastNetworkError && !state.syncing ? (
          <Text size="sm">{t('progress.offline.retryNote', { message: lastNetworkError })}</Text>
        ) : null}
        {state.online && waiting > 0 ? (
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={state.syncing}
              onClick={() => void requestSync()}
              data-testid="sync-now"
            >
              {t('progress.offline.syncNow')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  )
}
