import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core'
import { IconHandGrab, IconMessageDots } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { TicketSummary } from '../../../../../shared/helpdesk.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { currentSla } from '../helpdesk-view.ts'
import { SlaBadge, TicketStatusBadge } from './ticket-badges.tsx'

type Variant = 'mine' | 'queue'

function TicketLink(props: { ticket: TicketSummary; variant: Variant }) {
  const { t } = useTranslation()
  const tk = props.ticket
  const common = {
    fw: 600,
    'aria-label': t('helpdesk.list.open', { number: tk.number, subject: tk.subject }),
    style: { wordBreak: 'break-word' as const },
  }
  return props.variant === 'mine' ? (
    <AnchorLink to="/bantuan/tiket/$ticketId" params={{ ticketId: tk.id }} {...common}>
      {tk.subject}
    </AnchorLink>
  ) : (
    <AnchorLink to="/helpdesk/tiket/$ticketId" params={{ ticketId: tk.id }} {...common}>
      {tk.subject}
    </AnchorLink>
  )
}

function WaitingBadge(props: { ticket: TicketSummary }) {
  const { t } = useTranslation()
  if (!props.ticket.waitingForViewer) return null
  return (
    <Badge
      color="orange"
      variant="filled"
      size="sm"
      leftSection={<IconMessageDots size={12} aria-hidden />}
      data-testid="ticket-waiting"
    >
      {t('helpdesk.list.waiting')}
    </Badge>
  )
}

function Assignee(props: { ticket: TicketSummary }) {
  const { t } = useTranslation()
  return props.ticket.assigneeName ? (
    <Text size="sm">{props.ticket.assigneeName}</Text>
  ) : (
    <Text size="sm" c="dimmed" fs="italic">
      {t('helpdesk.list.unassigned')}
    </Text>
  )
}

function TakeButton(props: {
  ticket: TicketSummary
  onTake: ((t: TicketSummary) => void) | undefined
  taking: boolean
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!props.onTake || props.ticket.status === 'selesai' || props.ticket.assigneeUserId === me.id)
    return null
  const onTake = props.onTake
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconHandGrab size={16} aria-hidden />}
      loading={props.taking}
      onClick={() => onTake(props.ticket)}
      aria-label={t('helpdesk.list.takeLabel', { number: props.ticket.number })}
      data-testid="ticket-action-take"
    >
      {t('helpdesk.ticket.take')}
    </Button>
  )
}

/**
 * Tickets as cards on a phone and a table elsewhere: number and subject (a link to the
 * ticket), status and SLA in words; the queue adds reporter, assignee and "Ambil".
 */
export function TicketList(props: {
  items: readonly TicketSummary[]
  variant: Variant
  caption: string
  onTake?: (ticket: TicketSummary) => void
  takingId?: string | null
  /** Cards at any width (a narrow column). */
  compact?: boolean
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const tz = me.instansiTimeZone ?? undefined
  const now = new Date()
  const queue = props.variant === 'queue'
  return (
    <div data-testid="ticket-list">
      <ResponsiveTable
        isPhone={isPhone || props.compact === true}
        items={props.items}
        caption={props.caption}
        minWidth={queue ? 960 : 640}
        head={
          <>
            <Table.Th>{t('helpdesk.list.ticket')}</Table.Th>
            {queue ? <Table.Th>{t('helpdesk.list.reporter')}</Table.Th> : null}
            <Table.Th>{t('helpdesk.list.status')}</Table.Th>
            {queue ? <Table.Th>{t('helpdesk.list.sla')}</Table.Th> : null}
            {queue ? <Table.Th>{t('helpdesk.list.assignee')}</Table.Th> : null}
            <Table.Th>{t('helpdesk.list.updated')}</Table.Th>
            {queue ? (
              <Table.Th>
                <span className="visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            ) : null}
          </>
        }
        renderRow={(tk) => (
          <Table.Tr key={tk.id} data-testid={`ticket-row-${tk.number}`}>
            <Table.Td miw={queue ? 240 : undefined} maw={360}>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" ff="monospace">
                  {tk.number} · {t(`helpdesk.category.${tk.category}`)}
                </Text>
                <TicketLink ticket={tk} variant={props.variant} />
                <WaitingBadge ticket={tk} />
              </Stack>
            </Table.Td>
            {queue ? (
              <Table.Td>
                <Text size="sm">{tk.reporterName}</Text>
                {tk.reporterUnitName ? (
                  <Text size="xs" c="dimmed">
                    {tk.reporterUnitName}
                  </Text>
                ) : null}
              </Table.Td>
            ) : null}
            <Table.Td>
              <TicketStatusBadge status={tk.status} size="sm" />
            </Table.Td>
            {queue ? (
              <Table.Td>
                <SlaBadge sla={currentSla(tk, now)} size="sm" />
              </Table.Td>
            ) : null}
            {queue ? (
              <Table.Td>
                <Assignee ticket={tk} />
              </Table.Td>
            ) : null}
            <Table.Td>
              <Text size="sm">{formatDateTime(tk.updatedAt, tz)}</Text>
            </Table.Td>
            {queue ? (
              <Table.Td>
                <TakeButton ticket={tk} onTake={props.onTake} taking={props.takingId === tk.id} />
              </Table.Td>
            ) : null}
          </Table.Tr>
        )}
        renderCard={(tk) => (
          <Card key={tk.id} withBorder radius="md" p="sm" data-testid={`ticket-row-${tk.number}`}>
            <Stack gap={6}>
              <Group justify="space-between" gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed" ff="monospace">
                  {tk.number}
                </Text>
                <TicketStatusBadge status={tk.status} size="sm" />
              </Group>
              <TicketLink ticket={tk} variant={props.variant} />
              <Text size="xs" c="dimmed">
                {t(`helpdesk.category.${tk.category}`)}
                {queue ? ` · ${tk.reporterName}` : ''}
              </Text>
              <WaitingBadge ticket={tk} />
              {queue ? (
                <Group gap={6} wrap="wrap">
                  <SlaBadge sla={currentSla(tk, now)} size="sm" />
                  <Assignee ticket={tk} />
                </Group>
              ) : null}
              <Group justify="space-between" gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  {t('helpdesk.list.updatedAt', { time: formatDateTime(tk.updatedAt, tz) })}
                </Text>
                {queue ? (
                  <TakeButton ticket={tk} onTake={props.onTake} taking={props.takingId === tk.id} />
                ) : null}
              </Group>
            </Stack>
          </Card>
        )}
      />
    </div>
  )
}
