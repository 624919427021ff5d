import { Badge, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconTargetOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RencanaAksiBoard } from '../../../../../shared/activities.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import { raPercent, rhkPercent } from '../monitoring-view.ts'
import type { BoardRhk } from '../monitoring-view.ts'

const barColor = (percent: number) =>
  percent >= 100 ? 'teal' : percent >= 50 ? 'kinerja' : 'orange'

/**
 * The period at a glance: one horizontal bar per RHK (realisasi against the rencana aksi
 * targets). The percentage is written next to each bar, so nothing is read from colour.
 */
function RhkChart(props: { rhk: BoardRhk[] }) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="sm">
      <Text fw={700} size="sm" id="rhk-chart-title" mb="xs">
        {t('monitoring.rhk.chartLabel')}
      </Text>
      <Stack
        gap={10}
        component="ul"
        aria-labelledby="rhk-chart-title"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {props.rhk.map((r) => {
          const p = rhkPercent(r)
          return (
            <li key={r.id} data-testid="rhk-chart-row">
              <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
                <Text size="xs" fw={600} truncate style={{ minWidth: 0 }}>
                  {t('monitoring.rhk.rhkN', { n: r.seq })} · {r.text}
                </Text>
                <Text size="xs" fw={700} style={{ flexShrink: 0 }}>
                  {p === null ? t('monitoring.rhk.noTarget') : `${formatNumber(p)}%`}
                </Text>
              </Group>
              <Progress
                value={p ?? 0}
                color={p === null ? 'gray' : barColor(p)}
                size="lg"
                radius="sm"
                aria-label={`${t('monitoring.rhk.rhkN', { n: r.seq })}: ${
                  p === null
                    ? t('monitoring.rhk.noTarget')
                    : t('monitoring.rhk.percent', { percent: p })
                }`}
              />
            </li>
          )
        })}
      </Stack>
    </Paper>
  )
}

function RhkCard(props: { rhk: BoardRhk }) {
  const { t } = useTranslation()
  const r = props.rhk
  const percent = rhkPercent(r)
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="article"
      aria-labelledby={`rhk-${r.id}-title`}
      data-testid="rhk-progress"
      data-stale={r.stale}
    >
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('monitoring.rhk.rhkN', { n: r.seq })}
            </Text>
            <Title
              order={3}
              fz="sm"
              fw={600}
              id={`rhk-${r.id}-title`}
              style={{ wordBreak: 'break-word' }}
            >
              {r.text}
            </Title>
          </div>
          <Text fw={800} size="lg" style={{ flexShrink: 0 }}>
            {percent === null ? '—' : `${formatNumber(percent)}%`}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap">
          {r.stale ? (
            <Tooltip
              label={t('monitoring.rhk.staleHint')}
              multiline
              w={240}
              events={{ hover: true, focus: true, touch: true }}
            >
              <Badge
                color="orange"
                leftSection={<IconTargetOff size={12} aria-hidden />}
                tabIndex={0}
                data-testid="rhk-stale"
              >
                {t('monitoring.rhk.stale')}
              </Badge>
            </Tooltip>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('monitoring.rhk.entries', {
              count: r.entryCount,
              formatted: formatNumber(r.entryCount),
              realisasi: formatNumber(r.realisasi),
            })}
            {' · '}
            {r.lastActivityDate
              ? t('monitoring.rhk.lastActivity', { date: formatDate(r.lastActivityDate) })
              : t('monitoring.rhk.noActivity')}
          </Text>
        </Group>
        {r.indikator.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('monitoring.rhk.indikator')}:{' '}
            {r.indikator
              .map(
                (i) =>
                  i.targetText ??
                  (i.targetValue !== null
                    ? `${i.text} (${formatNumber(i.targetValue)} ${i.targetUnit ?? ''})`.trim()
                    : i.text),
              )
              .join('; ')}
          </Text>
        ) : null}
        <Stack gap={6}>
          <Text size="xs" fw={700}>
            {t('monitoring.rhk.raTitle')}
          </Text>
          {r.rencanaAksi.length === 0 ? (
            <Text size="xs" c="dimmed" fs="italic">
              {t('monitoring.rhk.raEmpty')}
            </Text>
          ) : (
            r.rencanaAksi.map((ra) => {
              const p = raPercent(ra)
              return (
                <div key={ra.id} data-testid="rencana-aksi">
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" style={{ minWidth: 0, wordBreak: 'break-word' }}>
                      {ra.description}
                    </Text>
                    <Text size="xs" fw={600} style={{ flexShrink: 0 }}>
                      {t('monitoring.rhk.raLine', {
                        realisasi: formatNumber(ra.realisasi),
                        target: formatNumber(ra.targetValue),
                        unit: ra.targetUnit,
                      })}
                    </Text>
                  </Group>
                  <Progress
                    value={p}
                    color={barColor(p)}
                    size="sm"
                    mt={2}
                    aria-label={`${ra.description}: ${t('monitoring.rhk.percent', { percent: p })}`}
                  />
                </div>
              )
            })
          )}
        </Stack>
      </Stack>
    </Paper>
  )
}

/** Progress per RHK of one person in one period, against the rencana aksi targets. */
export function RhkProgress(props: { board: RencanaAksiBoard; year: number }) {
  const { t } = useTranslation()
  const { board } = props
  if (!board.skp)
    return (
      <EmptyState
        icon={<IconTargetOff size={30} />}
        title={t('monitoring.rhk.noSkpTitle')}
        description={t('monitoring.rhk.noSkp', { year: props.year })}
        testId="rhk-no-skp"
      />
    )
  if (board.rhk.length === 0)
    return <EmptyState icon={<IconTargetOff size={30} />} title={t('monitoring.rhk.noRhk')} />
  const rhk = [...board.rhk].sort((a, b) => a.seq - b.seq)
  return (
    <Stack gap="sm" data-testid="rhk-progress-panel">
      <Text size="sm" c="dimmed">
        {t('monitoring.rhk.intro', { period: board.period.name })}
      </Text>
      <RhkChart rhk={rhk} />
      {rhk.map((r) => (
        <RhkCard key={r.id} rhk={r} />
      ))}
    </Stack>
  )
}
