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
import type { AnchorHTMLAttributes, Ref } from 'react'
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

/** The period's counts that need attention, as words; nothing is shown for zeros. */
function PeriodBadges(props: { row: MonitoringRow }) {
  const { t } = useTranslation()
  const { row } = props
  const badges = [
    row.lateInPeriod > 0 ? (
      <Badge
        key="late"
        color="red"
        variant="outline"
        size="sm"
        leftSection={<IconClockExclamation size={12} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        {t('monitoring.lateBadge', { count: row.lateInPeriod })}
      </Badge>
    ) : null,
    row.pendingVerification > 0 ? (
      <Badge
        key="pending"
        color="kinerja"
        variant="outline"
        size="sm"
        leftSection={<IconHourglass size={12} aria-hidden />}
        style={{ textTransform: 'none' }}
        data-testid="pending-badge"
      >
        {t('monitoring.pendingBadge', { count: row.pendingVerification })}
      </Badge>
    ) : null,
    row.flaggedInPeriod > 0 ? (
      <Badge
        key="flagged"
        color="grape"
        variant="outline"
        size="sm"
        leftSection={<IconFlag size={12} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        {t('monitoring.flaggedBadge', { count: row.flaggedInPeriod })}
      </Badge>
    ) : null,
    row.staleRhk > 0 ? (
      <Badge
        key="stale"
        color="orange"
        variant="outline"
        size="sm"
        leftSection={<IconTargetOff size={12} aria-hidden />}
        style={{ textTransform: 'none' }}
      >
        {t('monitoring.staleBadge', { count: row.staleRhk })}
      </Badge>
    ) : null,
  ].filter(Boolean)
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
