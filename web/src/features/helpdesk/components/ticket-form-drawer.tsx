import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Button,
  Drawer,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { TICKET_CATEGORIES, ticketCreateSchema } from '../../../../../shared/helpdesk.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useCreateTicket, useUploadAttachment } from '../api.ts'
import type { TicketDetail } from '../api.ts'
import { clientContext, describeBrowser } from '../helpdesk-view.ts'
import type { ClientContext } from '../helpdesk-view.ts'
import { ScreenshotPicker } from './screenshot-picker.tsx'

const formSchema = ticketCreateSchema.omit({ context: true })
type FormInput = z.input<typeof formSchema>
type FormValues = z.output<typeof formSchema>
const FIELDS = ['category', 'subject', 'description'] as const

/** The context as it is when the form opens: the screen the person asks about. */
function readContext(): ClientContext {
  return clientContext({
    pathname: window.location.pathname,
    userAgent: navigator.userAgent,
    width: window.innerWidth,
    height: window.innerHeight,
    onLine: navigator.onLine,
  })
}

/** What travels with the ticket, in plain words, before the person sends it. */
function ContextPreview(props: { context: ClientContext }) {
  const { t } = useTranslation()
  const c = props.context
  const { browser, os } = describeBrowser(c.userAgent)
  const unknown = t('helpdesk.form.unknown')
  const browserText =
    browser && os ? t('helpdesk.form.browserOn', { browser, os }) : (browser ?? os ?? unknown)
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="ticket-context-preview">
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap">
          <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" fw={600}>
            {t('helpdesk.form.contextTitle')}
          </Text>
        </Group>
        <List size="sm" spacing={2}>
          <List.Item>
            {t('helpdesk.form.contextPath')}: <code>{c.path ?? unknown}</code>
          </List.Item>
          <List.Item>
            {t('helpdesk.form.contextBrowser')}: {browserText}
          </List.Item>
          <List.Item>
            {t('helpdesk.form.contextScreen')}: {c.viewport ?? unknown}
          </List.Item>
          <List.Item>
            {t('helpdesk.form.contextConnection')}:{' '}
            {c.online === false ? t('helpdesk.form.offline') : t('helpdesk.form.online')}
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          {t('helpdesk.form.contextServer')}
        </Text>
      </Stack>
    </Paper>
  )
}

/** After sending: the ticket's number, when to expect an answer, and where to follow it. */
function SentView(props: {
  ticket: TicketDetail
  uploadError: string | null
  onClose: () => void
  onAnother: () => void
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const tk = props.ticket
  return (
    <Stack gap="md" data-testid="ticket-sent" role="status" aria-live="polite">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="teal" size={44} radius="xl" variant="light" aria-hidden>
          <IconCircleCheck size={26} />
        </ThemeIcon>
        <Title order={3} fz={20}>
          {t('helpdesk.form.sent', { number: tk.number })}
        </Title>
      </Group>
      <Text size="sm">
        {t('helpdesk.form.sentText', {
          time: formatDateTime(tk.sla.firstResponseDueAt, me.instansiTimeZone ?? undefined),
        })}
      </Text>
      {props.uploadError ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="ticket-upload-failed"
        >
          {t('helpdesk.form.uploadFailed', { message: props.uploadError })}
        </Alert>
      ) : null}
      <Group gap="sm">
        <ButtonLink
          to="/bantuan/tiket/$ticketId"
          params={{ ticketId: tk.id }}
          onClick={props.onClose}
          data-testid="ticket-sent-open"
        >
          {t('helpdesk.form.openTicket')}
        </ButtonLink>
        <Button variant="default" onClick={props.onClose}>
          {t('helpdesk.form.close')}
        </Button>
        <Button variant="subtle" onClick={props.onAnother}>
          {t('helpdesk.form.another')}
        </Button>
      </Group>
    </Stack>
  )
}

function TicketForm(props: { context: ClientContext; onSent: (s: SentState) => void }) {
  const { t } = useTranslation()
  const create = useCreateTicket()
  const upload = useUploadAttachment()
  const [file, setFile] = useState<File | null>(null)
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { category: '' as FormInput['category'], subject: '', description: '' },
  })
  const { errors } = form.formState
  const busy = create.isPending || upload.isPending

  const submit = form.handleSubmit((values) =>
    create.mutate(
      { ...values, context: props.context },
      {
        onSuccess: (ticket) => {
          if (!file) {
            props.onSent({ ticket, uploadError: null })
            return
          }
          upload.mutate(
            { ticketId: ticket.id, file },
            {
              onSuccess: () => props.onSent({ ticket, uploadError: null }),
              onError: (e) => props.onSent({ ticket, uploadError: errorMessage(e) }),
            },
          )
        },
        onError: (e) => {
          if (!applyServerFieldErrors(e, form.setError, FIELDS)) notifyError(e)
        },
      },
    ),
  )

  const categoryOptions = [
    { value: '', label: t('helpdesk.form.categoryPlaceholder'), disabled: true },
    ...TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`helpdesk.category.${c}`) })),
  ]

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="ticket-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('helpdesk.form.intro')}
        </Text>
        <NativeSelect
          label={t('helpdesk.form.category')}
          description={t('helpdesk.form.categoryHint')}
          data={categoryOptions}
          {...requiredField}
          {...form.register('category')}
          error={errors.category?.message}
          data-testid="ticket-category"
        />
        <TextInput
          label={t('helpdesk.form.subject')}
          description={t('helpdesk.form.subjectHint')}
          {...requiredField}
          maxLength={150}
          {...form.register('subject')}
          error={errors.subject?.message}
          data-testid="ticket-subject"
        />
        <Textarea
          label={t('helpdesk.form.description')}
          description={t('helpdesk.form.descriptionHint')}
          placeholder={t('helpdesk.form.descriptionPlaceholder')}
          {...requiredField}
          autosize
          minRows={5}
          maxLength={5000}
          {...form.register('description')}
          error={errors.description?.message}
          data-testid="ticket-description"
        />
        <ScreenshotPicker
          file={file}
          onChange={setFile}
          disabled={busy}
          label={t('helpdesk.form.screenshot')}
          hint={t('helpdesk.form.screenshotHint')}
        />
        <ContextPreview context={props.context} />
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={busy}
            leftSection={<IconSend size={18} aria-hidden />}
            data-testid="ticket-submit"
          >
            {t('helpdesk.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

type SentState = { ticket: TicketDetail; uploadError: string | null }

/**
 * "Minta bantuan": the ticket form in a drawer, from the header of any screen or from
 * /bantuan. The screen's context is read when the drawer opens and shown before sending.
 */
export function TicketFormDrawer(props: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const [sent, setSent] = useState<SentState | null>(null)
  // A fresh form (and context) each time the drawer opens.
  const [round, setRound] = useState(0)
  const [context, setContext] = useState<ClientContext | null>(null)
  const [wasOpen, setWasOpen] = useState(false)
  if (props.opened !== wasOpen) {
    setWasOpen(props.opened)
    if (props.opened) {
      setContext(readContext())
      setSent(null)
      setRound((r) => r + 1)
    }
  }
  return (
    <Drawer
      opened={props.opened}
      onClose={props.onClose}
      position="right"
      size={isPhone ? '100%' : 'lg'}
      title={
        <Text fw={700} size="lg" component="span">
          {t('helpdesk.form.title')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('helpdesk.form.close') }}
    >
      {sent ? (
        <SentView
          ticket={sent.ticket}
          uploadError={sent.uploadError}
          onClose={props.onClose}
          onAnother={() => {
            setSent(null)
            setContext(readContext())
            setRound((r) => r + 1)
          }}
        />
      ) : context ? (
        <TicketForm key={round} context={context} onSent={setSent} />
      ) : null}
    </Drawer>
  )
}
