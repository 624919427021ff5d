import {
  Card,
  Grid,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core'
import {
  IconAward,
  IconChevronRight,
  IconClipboardCheck,
  IconHeadset,
  IconListCheck,
  IconUsers,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { Link } from '@tanstack/react-router'
import type { CSSProperties, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../../../../shared/reports.ts'
import { REPORT_KEYS } from '../../../../../shared/reports.ts'
import { PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { formatDate } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import {
  formatCount,
  formatPercent,
  percentOf,
  predikatBreakdown,
  skpBreakdown,
} from '../report-view.ts'
import { StudyTableBadge } from './report-parts.tsx'

/** A label and its number on one line (the tiles' breakdowns). */
function Line(props: { label: string; value: number; testId?: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap={6} wrap="nowrap" data-testid={props.testId}>
      <Text size="sm">{props.label}</Text>
      <Text
        size="sm"
        fw={props.strong ? 800 : 700}
        data-testid="line-value"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {formatCount(props.value)}
      </Text>
    </Group>
  )
}

function Tile(props: {
  icon: Icon
  title: string
  value: ReactNode
  hint?: ReactNode
  testId: string
  children?: ReactNode
}) {
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid={props.testId}>
      <Stack gap={6}>
        <Group gap={8} wrap="nowrap">
          <ThemeIcon variant="light" size={30} radius="md" aria-hidden>
            <props.icon size={18} />
          </ThemeIcon>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ minWidth: 0 }}>
            {props.title}
          </Text>
        </Group>
        <Text fz={28} fw={800} lh={1.15} data-testid="tile-value">
          {props.value}
        </Text>
        {props.hint ? (
          <Text size="xs" c="dimmed">
            {props.hint}
          </Text>
        ) : null}
        {props.children}
      </Stack>
    </Paper>
  )
}

/**
 * The headline numbers of the viewer's scope for a year: people, SKP states, the current
 * period's completion (on time / late) and the predikat of the latest final period.
 */
export function DashboardTiles(props: { data: Dashboard }) {
  const { t } = useTranslation()
  const d = props.data
  const skpTotal = skpBreakdown(d.skp).reduce((s, x) => s + x.count, 0)
  const completion = percentOf(d.completion.completed, d.completion.employees)
  const notCompleted = Math.max(0, d.completion.employees - d.completion.completed)
  const predikat = predikatBreakdown(d.predikat.counts)
  // 20 columns: five tiles of 4 or four of 5 on a wide screen; on a phone the two tiles with a
  // single number (people, tickets) share a row and the ones with a breakdown take a full row.
  const tickets = d.openTickets !== null
  const wide = tickets ? 4 : 5
  const single = { base: tickets ? 10 : 20, xs: 10, lg: wide }
  const full = { base: 20, xs: 10, lg: wide }
  return (
    <section aria-label={t('reports.dashboard.tilesLabel', { year: d.year })}>
      <Grid columns={20} gutter="sm" data-testid="dashboard-tiles">
        <Grid.Col span={single}>
          <Tile
            icon={IconUsers}
            title={t('reports.dashboard.headcount')}
            value={formatCount(d.headcount)}
            hint={t('reports.dashboard.headcountHint', { excluded: formatCount(d.excluded) })}
            testId="tile-headcount"
          />
        </Grid.Col>
        {d.openTickets !== null ? (
          <Grid.Col span={single}>
            <Tile
              icon={IconHeadset}
              title={t('reports.dashboard.openTickets')}
              value={formatCount(d.openTickets)}
              hint={t('reports.dashboard.openTicketsHint')}
              testId="tile-tickets"
            />
          </Grid.Col>
        ) : null}
        <Grid.Col span={full}>
          <Tile
            icon={IconListCheck}
            title={t('reports.dashboard.skp', { year: d.year })}
            value={`${formatCount(d.skp.approved)} / ${formatCount(skpTotal)}`}
            hint={t('reports.dashboard.skpHint')}
            testId="tile-skp"
          >
            <Stack gap={2}>
              {skpBreakdown(d.skp).map((x) => (
                <Line
                  key={x.state}
                  label={t(`reports.dashboard.skpState.${x.state}`)}
                  value={x.count}
                  testId={`skp-${x.state}`}
                />
              ))}
            </Stack>
          </Tile>
        </Grid.Col>
        <Grid.Col span={full}>
          <Tile
            icon={IconClipboardCheck}
            title={
              d.currentPeriod
                ? t('reports.dashboard.completion', { period: d.currentPeriod.name })
                : t('reports.dashboard.completionNoPeriod')
            }
            value={
              d.currentPeriod
                ? `${formatCount(d.completion.completed)} / ${formatCount(d.completion.employees)}`
                : '—'
            }
            hint={
              d.currentPeriod
                ? t('reports.dashboard.deadline', { date: formatDate(d.currentPeriod.deadline) })
                : t('reports.dashboard.noPeriod')
            }
            testId="tile-completion"
          >
            {d.currentPeriod ? (
              <>
                <Progress
                  value={completion ?? 0}
                  color="teal"
                  size="md"
                  aria-label={t('reports.dashboard.completionBar', {
                    percent: completion === null ? '—' : formatPercent(completion),
                  })}
                />
                <Stack gap={2}>
                  <Line
                    label={t('reports.dashboard.onTime')}
                    value={d.completion.onTime}
                    testId="completion-on-time"
                  />
                  <Line
                    label={t('reports.dashboard.late')}
                    value={d.completion.late}
                    testId="completion-late"
                  />
                  <Line
                    label={t('reports.dashboard.notCompleted')}
                    value={notCompleted}
                    testId="completion-open"
                  />
                </Stack>
              </>
            ) : null}
          </Tile>
        </Grid.Col>
        <Grid.Col span={full}>
          <Tile
            icon={IconAward}
            title={
              d.predikat.periodName
                ? t('reports.dashboard.predikat', { period: d.predikat.periodName })
                : t('reports.dashboard.predikatNone')
            }
            value={d.predikat.periodName ? formatCount(predikat.total) : '—'}
            hint={
              d.predikat.periodName
                ? t('reports.dashboard.rated')
                : t('reports.dashboard.predikatEmpty')
            }
            testId="tile-predikat"
          >
            {d.predikat.periodName ? (
              <Stack gap={2}>
                {predikat.items.map((x) => (
                  <Line
                    key={x.predikat}
                    label={PREDIKAT_LABEL[x.predikat]}
                    value={x.count}
                    testId={`predikat-${x.predikat}`}
                  />
                ))}
              </Stack>
            ) : null}
          </Tile>
        </Grid.Col>
      </Grid>
    </section>
  )
}

/** The per-unit numbers behind the chart, as a table (scrolls sideways on a phone). */
export function UnitTable(props: { units: Dashboard['units'] }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  // The unit's name stays in view while a phone scrolls the numbers sideways.
  const sticky: CSSProperties = {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: 'var(--mantine-color-body)',
    boxShadow: 'inset -1px 0 0 var(--mantine-color-gray-3)',
    minWidth: isPhone ? 128 : 220,
    maxWidth: isPhone ? 150 : 360,
  }
  return (
    <Table.ScrollContainer minWidth={isPhone ? 700 : 760} type="native">
      <Table verticalSpacing="xs" highlightOnHover data-testid="dashboard-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={sticky}>
              {t('reports.dashboard.col.unit')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.headcount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.skpApproved')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.completed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.late')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.entries')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.dashboard.col.lateEntries')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {props.units.map((u) => (
            <Table.Tr key={u.unitId} data-testid={`dashboard-unit-${u.unitId}`}>
              <Table.Th scope="row" fw={600} style={sticky}>
                {u.unitName}
              </Table.Th>
              <Table.Td ta="right">{formatCount(u.headcount)}</Table.Td>
              <Table.Td ta="right">{formatCount(u.skpApproved)}</Table.Td>
              <Table.Td ta="right">
                {formatCount(u.completed)} / {formatCount(u.employees)}
              </Table.Td>
              <Table.Td ta="right">{formatCount(u.late)}</Table.Td>
              <Table.Td ta="right">{formatCount(u.progressEntries30d)}</Table.Td>
              <Table.Td ta="right">{formatCount(u.lateEntries30d)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Every report as a card: its title, the study table it reproduces and what it answers. */
export function ReportCards(props: { year: number }) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="report-cards">
      {REPORT_KEYS.map((key) => (
        <Card
          key={key}
          withBorder
          radius="md"
          padding="md"
          renderRoot={(rootProps) => (
            <Link
              to="/laporan/$key"
              params={{ key }}
              search={{ year: props.year }}
              {...rootProps}
            />
          )}
          style={{ textDecoration: 'none' }}
          data-testid={`report-card-${key}`}
        >
          <Group wrap="nowrap" gap="sm" align="flex-start">
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Text fw={700}>{t(`reports.titles.${key}`)}</Text>
                <StudyTableBadge reportKey={key} />
              </Group>
              <Text size="sm" c="dimmed">
                {t(`reports.about.${key}`)}
              </Text>
            </Stack>
            <IconChevronRight size={18} aria-hidden style={{ flexShrink: 0, marginTop: 4 }} />
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  )
}
