import { Group, Text } from '@mantine/core'
import { IconCloudUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { todayIn } from '../../../lib/format.ts'
import { useProgressCalendar } from '../api.ts'
import { useOfflineState } from '../offline/offline-sync.ts'
import { itemsOf } from '../offline/queue.ts'

/**
 * Beranda's line under "Progres Harian": today's entries and what waits on this device (the
 * signed-in layout runs the offline sync).
 */
export function TodayProgressSummary(props: { owner: string; timeZone: string | undefined }) {
  const { t } = useTranslation()
  const today = todayIn(props.timeZone)
  const cal = useProgressCalendar(today, today)
  const offline = useOfflineState()
  const count = cal.data?.days.find((d) => d.date === cal.data.today)?.entries
  const pending = itemsOf(offline.items, props.owner).filter((i) => i.serverId === null).length
  return (
    <>
      {count !== undefined ? (
        <Text size="sm" fw={600} data-testid="home-progress-today">
          {count > 0 ? t('progress.home.today', { count }) : t('progress.home.none')}
        </Text>
      ) : null}
      {pending > 0 ? (
        <Group gap={4} wrap="nowrap">
          <IconCloudUpload size={14} aria-hidden />
          <Text size="sm">{t('progress.home.pending', { count: pending })}</Text>
        </Group>
      ) : null}
    </>
  )
}
