import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockExclamation,
  IconHourglass,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Monitoring } from '../../../../../shared/activities.ts'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import type { RowFilter } from '../monitoring-view.ts'

type Tile = {
  filter: Exclude<RowFilter, 'all'> | null
  label: string
  hint: string
  value: number
  icon: Icon
  color: string
  testId: string
}

/**
 * The day at a glance: logged, not logged, late, waiting verification. Each tile but the
 * first narrows the list below (a toggle button: pressed shows only those people).
 */
export function SummaryTiles(props: {
  data: Monitoring
  filter: RowFilter
  onFilter: (f: RowFilter) => void
}) {
  const { t } = useTranslation()
  const { totals } = props.data
  const tiles: Tile[] = [
    {
      filter: null,
      label: t('monitoring.tiles.logged'),
      hint: t('monitoring.tiles.loggedHint', { total: formatNumber(totals.subordinates) }),
      value: totals.logged,
      icon: IconCircleCheck,
      color: 'teal',
      testId: 'tile-logged',
    },
    {
      filter: 'notLogged',
      label: t('monitoring.tiles.notLogged'),
      hint: t('monitoring.tiles.notLoggedHint'),
      value: totals.notLogged,
      icon: IconAlertTriangle,
      color: props.data.working ? 'red' : 'gray',
      testId: 'tile-not-logged',
    },
    {
      filter: 'late',
      label: t('monitoring.tiles.late'),
      hint: t('monitoring.tiles.lateHint'),
      value: totals.late,
      icon: IconClockExclamation,
      color: 'orange',
      testId: 'tile-late',
    },
    {
      filter: 'pending',
      label: t('monitoring.tiles.pending'),
      hint: t('monitoring.tiles.pendingHint'),
      value: totals.pendingVerification,
      icon: IconHourglass,
      color: 'kinerja',
      testId: 'tile-pending',
    },
  ]
  return (
    <section aria-label={t('monitoring.summaryLabel', { date: formatDate(props.data.date) })}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid="monitoring-summary">
        {tiles.map((tile) => {
          const pressed = tile.filter !== null && props.filter === tile.filter
          const body = (
            <>
              <Text
                size="xs"
                fw={700}
                c={`var(--mantine-color-${tile.color}-text)`}
                tt="uppercase"
                style={{ display: 'flex', alignItems: 'center', gap: 4 }}
              >
                <tile.icon size={16} aria-hidden />
                {tile.label}
              </Text>
              <Text fz={28} fw={800} lh={1.2} data-testid="tile-value">
                {formatNumber(tile.value)}
              </Text>
              <Text size="xs" c="dimmed">
                {tile.hint}
              </Text>
            </>
          )
          return (
            <Paper
              key={tile.testId}
              withBorder
              radius="md"
              data-testid={tile.testId}
              style={{
                borderColor: pressed ? `var(--mantine-color-${tile.color}-7)` : undefined,
                borderWidth: pressed ? 2 : undefined,
                background: pressed ? `var(--mantine-color-${tile.color}-light)` : undefined,
              }}
            >
              {tile.filter === null ? (
                <div style={{ padding: 'var(--mantine-spacing-sm)' }}>{body}</div>
              ) : (
                <UnstyledButton
                  p="sm"
                  w="100%"
                  h="100%"
                  style={{ borderRadius: 'inherit', display: 'block' }}
                  aria-pressed={pressed}
                  title={t('monitoring.tiles.pressHint')}
                  onClick={() => props.onFilter(pressed ? 'all' : (tile.filter ?? 'all'))}
                >
                  {body}
                </UnstyledButton>
              )}
            </Paper>
          )
        })}
      </SimpleGrid>
    </section>
  )
}
