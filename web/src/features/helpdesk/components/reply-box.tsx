import { Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api-client.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useReplyTicket } from '../api.ts'
import type { TicketDetail } from '../api.ts'
import { REPLY_STATUSES, defaultReplyStatus } from '../helpdesk-view.ts'
import type { ReplyStatus } from '../helpdesk-view.ts'

const MIN_CHARS = 2

/**
 * The answer box. A PIC/admin picks the status the ticket has after the answer (diproses,
 * menunggu pengguna, selesai); the reporter's answer to "menunggu pengguna" sends it back to
 * the PIC on its own (server rule).
 */
export function ReplyBox(props: { ticket: TicketDetail; viewer: 'reporter' | 'staff' }) {
  const { t } = useTranslation()
  const reply = useReplyTicket(props.ticket.id)
  const [body, setBody] = useState('')
  const [status, setStatus] = useState<ReplyStatus>(defaultReplyStatus(props.ticket.status))
  const [error, setError] = useState<string | null>(null)
  const staff = props.viewer === 'staff'

  const send = () => {
    if (body.trim().length < MIN_CHARS) {
      setError(t('helpdesk.ticket.replyEmpty'))
      return
    }
    reply.mutate(staff ? { body: body.trim(), status } : { body: body.trim() }, {
      onSuccess: (saved) => {
        setBody('')
        setError(null)
        setStatus(defaultReplyStatus(saved.status))
        notifySuccess(t('helpdesk.ticket.replied'))
      },
      onError: (e) => {
        if (e instanceof ApiError && e.status === 400 && e.fields.body) setError(e.fields.body)
        else notifyError(e)
      },
    })
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="ticket-reply-title">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          send()
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz={16} id="ticket-reply-title">
            {t('helpdesk.ticket.reply')}
          </Title>
          <Textarea
            label={t('helpdesk.ticket.replyLabel')}
            description={
              staff ? t('helpdesk.ticket.replyHintStaff') : t('helpdesk.ticket.replyHint')
            }
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value)
              setError(null)
            }}
            autosize
            minRows={3}
            maxLength={5000}
            error={error}
            data-testid="ticket-reply"
          />
          <Group justify="space-between" align="flex-end" gap="sm">
            {staff ? (
              <NativeSelect
                label={t('helpdesk.ticket.statusAfter')}
                description={t('helpdesk.ticket.statusAfterHint')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as ReplyStatus)}
                data={REPLY_STATUSES.map((s) => ({ value: s, label: t(`helpdesk.status.${s}`) }))}
                data-testid="ticket-status-select"
                style={{ flex: '1 1 220px', maxWidth: 360 }}
              />
            ) : (
              <span />
            )}
            <Button
              type="submit"
              loading={reply.isPending}
              leftSection={<IconSend size={18} aria-hidden />}
              data-testid="ticket-reply-send"
            >
              {t('helpdesk.ticket.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
