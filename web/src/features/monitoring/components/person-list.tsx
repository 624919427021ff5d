import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core'
import type { CardProps } from '@mantine/core'
import {
  IconChevronRight,
  IconClockExclamation,
  IconFlag,
  IconHourglass,
  IconTargetOff,
} from '@tabler/icons-react'
import { createLink } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, ComponentType, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { MonitoringRow } from '../../../../../shared/activities.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { formatDate } from '../../../lib/format.ts'
import { formatMinutes } from '../monitoring-view.ts'
import { LoggedBadge } from './badges.tsx'

type CardAnchorProps = CardProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }
function CardAnchor(props: CardAnchorProps) {
  return <Card component="a" {...props} />
}
/** A whole card as one big touch target that opens the person (a real link). */
const CardLink = createLink(CardAnchor)

function useDuration() {
  const { t } = useTranslation()
  return (minutes: number) =>
    formatMinutes(minutes, { h: t('monitoring.hours'), m: t('monitoring.minutes') })
}

/** What the person did on the day: "3 kegiatan · 6 j 30 m", or when they last logged. */
function DayLine(props: { row: MonitoringRow }) {
  const { t } = useTranslation()
  const duration = useDuration()
  const { row } = props
  if (row.loggedOnDate)
    return (
      <Text size="sm">
        {t('monitoring.entriesOnDate', {
          count: row.entriesOnDate,
          duration: duration(row.minutesOnDate),
        })}
      </Text>
    )
  return (
    <Text size="sm" c="dimmed">
      {row.lastEntryDate
        ? t('monitoring.lastEntry', { date: formatDate(row.lastEntryDate) })
        : t('monitoring.neverLogged')}
    </Text>
  )
}

/** One count of the period as an outlined badge with its icon. */
function CountBadge(props: {
  color: string
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>
  label: string
  testId?: string
}) {
  const Icon = props.icon
  return (
    <Badge
      color={props.color}
      variant="outline"
      size="sm"
      leftSection={<Icon size={12} aria-hidden />}
      style={{ textTransform: 'none' }}
      data-testid={props.testId}
    >
      {props.label}
    </Badge>
  )
}

/** The period's counts that need attention, as words; nothing is shown for zeros. */
function PeriodBadges(props: { row: MonitoringRow }) {
  const { t } = useTranslation()
  const { row } = props
  const counts = [
    {
      key: 'late',
      count: row.lateInPeriod,
      color: 'red',
      icon: IconClockExclamation,
      label: 'monitoring.lateBadge',
    },
    {
      key: 'pending',
      count: row.pendingVerification,
      color: 'kinerja',
      icon: IconHourglass,
      label: 'monitoring.pendingBadge',
      testId: 'pending-badge',
    },
    {
      key: 'flagged',
      count: row.flaggedInPeriod,
      color: 'grape',
      icon: IconFlag,
      label: 'monitoring.flaggedBadge',
    },
    {
      key: 'stale',
      count: row.staleRhk,
      color: 'orange',
      icon: IconTargetOff,
      label: 'monitoring.staleBadge',
    },
  ] as const
  const badges = counts
    .filter((c) => c.count > 0)
    .map((c) => (
      <CountBadge
        key={c.key}
        color={c.color}
        icon={c.icon}
        testId={'testId' in c ? c.testId : undefined}
        label={t(c.label, { count: c.count })}
      />
    ))
  if (badges.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('monitoring.nothingPending')}
      </Text>
    )
  return (
    <Group gap={4} wrap="wrap">
      {badges}
    </Group>
  )
}

function PersonCard(props: { row: MonitoringRow; working: boolean }) {
  const { row } = props
  return (
    <CardLink
      to="/pemantauan/$pegawaiId"
      params={{ pegawaiId: row.pegawai.id }}
      withBorder
      radius="md"
      padding="sm"
      data-testid="monitoring-person"
      data-logged={row.loggedOnDate}
      style={{
        color: 'inherit',
        textDecoration: 'none',
        borderLeft: row.loggedOnDate
          ? undefined
          : `4px solid var(--mantine-color-${props.working ? 'red' : 'gray'}-6)`,
      }}
    >
      <Group wrap="nowrap" gap="xs" align="center">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700} style={{ wordBreak: 'break-word' }}>
            {row.pegawai.name}
          </Text>
          {row.pegawai.jabatanName ? (
            <Text size="xs" c="dimmed" lineClamp={2} mt={-4}>
              {row.pegawai.jabatanName}
            </Text>
          ) : null}
          <Group gap={6} wrap="wrap">
            <LoggedBadge logged={row.loggedOnDate} working={props.working} />
            <DayLine row={row} />
          </Group>
          <PeriodBadges row={row} />
        </Stack>
        <IconChevronRight size={20} aria-hidden style={{ flexShrink: 0 }} />
      </Group>
    </CardLink>
  )
}

/** The subordinates of the day: cards on a phone, a table on wider screens. */
export function PersonList(props: {
  rows: MonitoringRow[]
  date: string
  working: boolean
  isPhone: boolean
  busy: boolean
}) {
  const { t } = useTranslation()
  return (
    <div
      aria-label={t('monitoring.listLabel')}
      role="region"
      aria-busy={props.busy}
      data-testid="monitoring-list"
    >
      <ResponsiveTable
        isPhone={props.isPhone}
        items={props.rows}
        renderCard={(row) => <PersonCard key={row.pegawai.id} row={row} working={props.working} />}
        minWidth={860}
        caption={t('monitoring.caption', { date: formatDate(props.date) })}
        head={
          <>
            <Table.Th scope="col">{t('monitoring.col.pegawai')}</Table.Th>
            <Table.Th scope="col">{t('monitoring.col.onDate')}</Table.Th>
            <Table.Th scope="col">{t('monitoring.col.period')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </>
        }
        renderRow={(row) => (
          <Table.Tr
            key={row.pegawai.id}
            data-testid="monitoring-person"
            data-logged={row.loggedOnDate}
          >
            <Table.Td>
              <AnchorLink
                to="/pemantauan/$pegawaiId"
                params={{ pegawaiId: row.pegawai.id }}
                fw={700}
                size="sm"
              >
                {row.pegawai.name}
              </AnchorLink>
              <Text size="xs" ff="monospace" c="dimmed">
                <span className="visually-hidden">NIP </span>
                {formatNip(row.pegawai.nip)}
              </Text>
              {row.pegawai.jabatanName ? (
                <Text size="xs" c="dimmed">
                  {row.pegawai.jabatanName}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <LoggedBadge logged={row.loggedOnDate} working={props.working} />
                <DayLine row={row} />
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('monitoring.entriesInPeriod', { count: row.entriesInPeriod })}
                </Text>
                <PeriodBadges row={row} />
              </Stack>
            </Table.Td>
            <Table.Td>
              <AnchorLink
                to="/pemantauan/$pegawaiId"
                params={{ pegawaiId: row.pegawai.id }}
                size="sm"
                style={{ whiteSpace: 'nowrap' }}
                aria-label={`${t('monitoring.open')}: ${row.pegawai.name}`}
              >
                {t('monitoring.open')}
              </AnchorLink>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </div>
  )
}
