import {
  Alert,
  Button,
  FileButton,
  Grid,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconArrowBackUp,
  IconChevronDown,
  IconCircleCheck,
  IconHandGrab,
  IconMessageQuestion,
  IconPaperclip,
  IconSearch,
  IconUserShare,
} from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import type { ComponentPropsWithoutRef } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketStatus } from '../../../../../shared/helpdesk.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { isVersionConflict } from '../../skp/version-conflict.ts'
import {
  useAssignTicket,
  useHelpdeskStaff,
  useSetTicketStatus,
  useTicket,
  useUploadAttachment,
} from '../api.ts'
import type { TicketDetail } from '../api.ts'
import { REPLY_STATUSES, SCREENSHOT_ACCEPT, currentSla, reporterButtons } from '../helpdesk-view.ts'
import { HelpdeskBackLink } from '../components/back-link.tsx'
import { ContextPanel } from '../components/context-panel.tsx'
import { RatingPanel } from '../components/rating-form.tsx'
import { ReplyBox } from '../components/reply-box.tsx'
import { screenshotProblemText } from '../components/screenshot-picker.tsx'
import { SlaBadge, TicketStatusBadge } from '../components/ticket-badges.tsx'
import { TicketAttachments, TicketConversation } from '../components/ticket-conversation.tsx'
import { SlaText } from '../components/sla-text.tsx'

type Viewer = 'reporter' | 'staff'

/** A status change answered 409: the ticket changed meanwhile (reply, another PIC). */
function useStatusChange(ticket: TicketDetail, onConflict: () => void) {
  const { t } = useTranslation()
  const setStatus = useSetTicketStatus(ticket.id)
  const change = (status: TicketStatus, done: string) =>
    setStatus.mutate(
      { status, version: ticket.version },
      {
        onSuccess: () => notifySuccess(done),
        onError: (e) => {
          if (isVersionConflict(e)) onConflict()
          else notifyError(e, t('helpdesk.ticket.statusFailed'))
        },
      },
    )
  return { change, pending: setStatus.isPending, variables: setStatus.variables }
}

function ReporterActions(props: { ticket: TicketDetail; onConflict: () => void }) {
  const { t } = useTranslation()
  const { change, pending, variables } = useStatusChange(props.ticket, props.onConflict)
  const buttons = reporterButtons(props.ticket.actions)
  if (buttons.length === 0) return null
  return (
    <Group gap="xs">
      {buttons.map((b) =>
        b === 'close' ? (
          <Button
            key={b}
            color="teal"
            leftSection={<IconCircleCheck size={18} aria-hidden />}
            loading={pending && variables?.status === 'selesai'}
            onClick={() => change('selesai', t('helpdesk.ticket.closed'))}
            data-testid="ticket-action-close"
          >
            {t('helpdesk.ticket.close')}
          </Button>
        ) : (
          <Button
            key={b}
            variant="default"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            loading={pending && variables?.status === 'diproses'}
            onClick={() => change('diproses', t('helpdesk.ticket.reopened'))}
            data-testid="ticket-action-reopen"
          >
            {t('helpdesk.ticket.reopen')}
          </Button>
        ),
      )}
    </Group>
  )
}

/** The PICs and admins a ticket can go to, with how many open tickets each has now. */
function AssignMenuItems(props: { ticket: TicketDetail; onAssign: (userId: string) => void }) {
  const { t } = useTranslation()
  const staff = useHelpdeskStaff()
  const others = (staff.data?.items ?? []).filter((p) => p.userId !== props.ticket.assigneeUserId)
  if (staff.isPending) return <Menu.Label>{t('common.loading')}</Menu.Label>
  if (others.length === 0) return <Menu.Label>{t('helpdesk.ticket.noOtherPic')}</Menu.Label>
  return (
    <>
      <Menu.Label>{t('helpdesk.ticket.assignTo')}</Menu.Label>
      {others.map((p) => (
        <Menu.Item
          key={p.userId}
          leftSection={<IconUserShare size={16} aria-hidden />}
          onClick={() => props.onAssign(p.userId)}
        >
          {t('helpdesk.ticket.assignOption', {
            name: p.name,
            role: t(`helpdesk.ticket.role.${p.role}`),
            count: p.openTickets,
          })}
        </Menu.Item>
      ))}
    </>
  )
}

function StaffActions(props: { ticket: TicketDetail; onConflict: () => void }) {
  const { t } = useTranslation()
  const tk = props.ticket
  const { change, pending } = useStatusChange(tk, props.onConflict)
  const assign = useAssignTicket(tk.id)
  const canTake = tk.actions.includes('take')
  const canSetStatus = tk.actions.includes('set_status')
  const open = tk.status !== 'selesai'
  const doAssign = (userId: string | null | undefined, done: string) =>
    assign.mutate(userId === undefined ? {} : { userId }, {
      onSuccess: () => notifySuccess(done),
      onError: (e) => notifyError(e),
    })
  return (
    <Group gap="xs">
      {canTake ? (
        <Button
          leftSection={<IconHandGrab size={18} aria-hidden />}
          loading={assign.isPending}
          onClick={() => doAssign(undefined, t('helpdesk.ticket.taken', { number: tk.number }))}
          data-testid="ticket-action-take"
        >
          {t('helpdesk.ticket.take')}
        </Button>
      ) : null}
      {canSetStatus ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              rightSection={<IconChevronDown size={16} aria-hidden />}
              loading={pending}
              data-testid="ticket-action-set_status"
            >
              {t('helpdesk.ticket.changeStatus')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('helpdesk.ticket.changeStatusTo')}</Menu.Label>
            {REPLY_STATUSES.filter((s) => s !== tk.status).map((s) => (
              <Menu.Item
                key={s}
                onClick={() =>
                  change(s, t('helpdesk.ticket.statusSet', { status: t(`helpdesk.status.${s}`) }))
                }
                data-testid={`ticket-action-status-${s}`}
              >
                {t(`helpdesk.status.${s}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {canSetStatus && open ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              rightSection={<IconChevronDown size={16} aria-hidden />}
              loading={assign.isPending}
              data-testid="ticket-action-assign"
            >
              {t('helpdesk.ticket.assign')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <AssignMenuItems
              ticket={tk}
              onAssign={(id) => doAssign(id, t('helpdesk.ticket.assigned'))}
            />
            {tk.assigneeUserId ? (
              <Menu.Item
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={() => doAssign(null, t('helpdesk.ticket.unassigned'))}
                data-testid="ticket-action-unassign"
              >
                {t('helpdesk.ticket.unassign')}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Group>
  )
}

/** Adds a file to an open ticket (the reporter or the PIC), checked here first. */
function AttachButton(props: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const upload = useUploadAttachment()
  const [problem, setProblem] = useState<string | null>(null)
  const pick = (file: File | null) => {
    if (!file) return
    const p = screenshotProblemText(t, file)
    setProblem(p)
    if (p) return
    upload.mutate(
      { ticketId: props.ticket.id, file },
      {
        onSuccess: () => notifySuccess(t('helpdesk.ticket.attached')),
        onError: (e) => notifyError(e),
      },
    )
  }
  return (
    <Stack gap={4}>
      <FileButton
        onChange={pick}
        accept={SCREENSHOT_ACCEPT.join(',')}
        inputProps={{ 'data-testid': 'ticket-attach-input' } as ComponentPropsWithoutRef<'input'>}
      >
        {(p) => (
          <Button
            {...p}
            variant="light"
            size="xs"
            loading={upload.isPending}
            leftSection={<IconPaperclip size={16} aria-hidden />}
          >
            {t('helpdesk.ticket.attach')}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        {t('helpdesk.form.screenshotHint')}
      </Text>
      {problem ? (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  )
}

/** Status, SLA in words, who handles it, and the buttons the server offers. */
function StatusCard(props: { ticket: TicketDetail; viewer: Viewer; onConflict: () => void }) {
  const { t } = useTranslation()
  const tk = props.ticket
  const sla = currentSla(tk, new Date())
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ticket-state">
      <Stack gap="sm">
        <Title order={2} fz={16} id="ticket-state">
          {t('helpdesk.ticket.state')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <TicketStatusBadge status={tk.status} />
          <SlaBadge sla={sla} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`helpdesk.statusHint.${props.viewer}.${tk.status}`)}
        </Text>
        <SlaText sla={sla} />
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('helpdesk.ticket.assignee')}:{' '}
          </Text>
          {tk.assigneeName ?? t('helpdesk.list.unassigned')}
        </Text>
        {props.viewer === 'reporter' ? (
          <ReporterActions ticket={tk} onConflict={props.onConflict} />
        ) : (
          <StaffActions ticket={tk} onConflict={props.onConflict} />
        )}
      </Stack>
    </Paper>
  )
}

function TicketView(props: { ticket: TicketDetail; viewer: Viewer; onReload: () => void }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const tk = props.ticket
  const [conflict, setConflict] = useState(false)
  const tz = me.instansiTimeZone ?? undefined
  const canReply = tk.actions.includes('reply')
  const status = (
    <StatusCard ticket={tk} viewer={props.viewer} onConflict={() => setConflict(true)} />
  )
  const main = (
    <Stack gap="md">
      <TicketConversation ticket={tk} viewer={props.viewer} />
      {canReply ? (
        <ReplyBox ticket={tk} viewer={props.viewer} />
      ) : tk.status === 'selesai' ? (
        <Text size="sm" c="dimmed" data-testid="ticket-closed-note">
          {props.viewer === 'reporter'
            ? t('helpdesk.ticket.closedNote')
            : t('helpdesk.ticket.closedNoteStaff')}
        </Text>
      ) : null}
      {props.viewer === 'reporter' ? <RatingPanel ticket={tk} /> : null}
    </Stack>
  )
  const side = (
    <Stack gap="md">
      {props.viewer === 'staff' ? <ContextPanel ticket={tk} /> : null}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ticket-files">
        <Stack gap="sm">
          <Title order={2} fz={16} id="ticket-files">
            {t('helpdesk.ticket.attachments')}
          </Title>
          <TicketAttachments attachments={tk.attachments} />
          {canReply ? <AttachButton ticket={tk} /> : null}
        </Stack>
      </Paper>
      {props.viewer === 'staff' && tk.satisfaction !== null ? (
        <Paper withBorder radius="md" p="md" data-testid="ticket-rating-given">
          <Text size="sm" fw={600}>
            {t('helpdesk.rating.givenStaff', { n: tk.satisfaction })}
          </Text>
          {tk.satisfactionComment ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              “{tk.satisfactionComment}”
            </Text>
          ) : null}
        </Paper>
      ) : null}
    </Stack>
  )
  return (
    <Stack gap="md" data-testid="ticket-page" data-ticket-number={tk.number}>
      <div>
        <HelpdeskBackLink to={props.viewer === 'reporter' ? '/bantuan' : '/helpdesk'} />
        <PageHeader
          title={tk.subject}
          description={t('helpdesk.ticket.meta', {
            number: tk.number,
            category: t(`helpdesk.category.${tk.category}`),
            name: tk.reporterName,
            time: formatDateTime(tk.createdAt, tz),
          })}
        />
      </div>
      {props.viewer === 'reporter' && tk.status === 'menunggu_pengguna' ? (
        <Alert
          color="grape"
          variant="light"
          icon={<IconMessageQuestion aria-hidden />}
          data-testid="ticket-waiting-you"
        >
          {t('helpdesk.ticket.waitingYou')}
        </Alert>
      ) : null}
      {isPhone ? (
        // One column: where it stands, then the conversation and the answer, then the rest.
        <Stack gap="md">
          {status}
          {main}
          {side}
        </Stack>
      ) : (
        <Grid gutter="md">
          <Grid.Col span={8}>{main}</Grid.Col>
          <Grid.Col span={4}>
            <Stack gap="md">
              {status}
              {side}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <VersionConflictDialog
        opened={conflict}
        title={t('helpdesk.ticket.conflictTitle')}
        laterLabel={t('common.cancel')}
        reloadLabel={t('helpdesk.ticket.conflictReload')}
        onReload={() => {
          props.onReload()
          setConflict(false)
        }}
        onClose={() => setConflict(false)}
        testId="ticket-conflict"
      >
        <Text size="sm">{t('helpdesk.ticket.conflictText')}</Text>
      </VersionConflictDialog>
    </Stack>
  )
}

function TicketPage(props: { ticketId: string; viewer: Viewer }) {
  const { t } = useTranslation()
  const ticket = useTicket(props.ticketId)
  if (ticket.isPending) return <LoadingState rows={5} />
  if (ticket.isError) {
    if (ticket.error instanceof ApiError && ticket.error.status === 404) {
      return (
        <EmptyState
          testId="ticket-not-found"
          icon={<IconSearch size={30} />}
          title={t('helpdesk.ticket.notFoundTitle')}
          description={t('helpdesk.ticket.notFound')}
          action={
            props.viewer === 'reporter' ? (
              <ButtonLink to="/bantuan">{t('helpdesk.ticket.back')}</ButtonLink>
            ) : (
              <ButtonLink to="/helpdesk">{t('helpdesk.ticket.backQueue')}</ButtonLink>
            )
          }
        />
      )
    }
    return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />
  }
  return (
    <TicketView ticket={ticket.data} viewer={props.viewer} onReload={() => void ticket.refetch()} />
  )
}

/** `/bantuan/tiket/$ticketId`: the reporter's ticket — conversation, reply, close, rate. */
export function MyTicketPage() {
  const { ticketId = '' } = useParams({ strict: false })
  return <TicketPage key={ticketId} ticketId={ticketId} viewer="reporter" />
}

/** `/helpdesk/tiket/$ticketId`: the PIC's view — context, answer with status, take/assign. */
export function PicTicketPage() {
  const { ticketId = '' } = useParams({ strict: false })
  return <TicketPage key={ticketId} ticketId={ticketId} viewer="staff" />
}
