import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconFileTypePdf, IconPaperclip } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { useSessionUser } from '../../auth/api.ts'
import type { TicketAttachment, TicketDetail } from '../api.ts'
import { attachmentHref, formatFileSize, isImageType, isOwnSide } from '../helpdesk-view.ts'

type Viewer = 'reporter' | 'staff'
type Message = TicketDetail['messages'][number]

const ROLE_COLOR: Record<Message['authorRole'], string> = {
  pelapor: 'gray',
  pic: 'kinerja',
  admin: 'indigo',
  sistem: 'gray',
}

function Bubble(props: {
  author: string
  role: Message['authorRole']
  at: string
  body: string
  own: boolean
  testId: string
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const system = props.role === 'sistem'
  const time = formatDateTime(props.at, me.instansiTimeZone ?? undefined)
  // Status changes and other events: one quiet line between the messages.
  if (system)
    return (
      <Text
        component="li"
        size="xs"
        c="dimmed"
        ta="center"
        px="md"
        data-testid={props.testId}
        data-role={props.role}
      >
        {props.body} · {time}
      </Text>
    )
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      bg={props.own ? 'kinerja.0' : undefined}
      ml={props.own ? { base: 24, sm: 64 } : 0}
      mr={props.own ? 0 : { base: 24, sm: 64 }}
      data-testid={props.testId}
      data-role={props.role}
    >
      <Group justify="space-between" gap={6} wrap="wrap" mb={4}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={700}>
            {props.author}
          </Text>
          <Badge size="xs" variant="outline" color={ROLE_COLOR[props.role]}>
            {t(`helpdesk.ticket.role.${props.role}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {time}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {props.body}
      </Text>
    </Paper>
  )
}

/** The problem as reported, then every reply in order; "my" side is shaded and indented. */
export function TicketConversation(props: { ticket: TicketDetail; viewer: Viewer }) {
  const { t } = useTranslation()
  const tk = props.ticket
  return (
    <section aria-labelledby="ticket-conversation-title">
      <Title order={2} fz={18} mb="sm" id="ticket-conversation-title">
        {t('helpdesk.ticket.conversation')}
      </Title>
      <Stack
        gap="sm"
        component="ol"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="ticket-messages"
      >
        <Bubble
          author={tk.reporterName}
          role="pelapor"
          at={tk.createdAt}
          body={tk.description}
          own={props.viewer === 'reporter'}
          testId="ticket-description-view"
        />
        {tk.messages.map((m) => (
          <Bubble
            key={m.id}
            author={m.authorName}
            role={m.authorRole}
            at={m.createdAt}
            body={m.body}
            own={isOwnSide(m.authorRole, props.viewer)}
            testId="ticket-message"
          />
        ))}
      </Stack>
      {tk.messages.every((m) => m.authorRole === 'sistem') ? (
        <Text size="sm" c="dimmed" mt="sm">
          {props.viewer === 'reporter'
            ? t('helpdesk.ticket.noMessages')
            : t('helpdesk.ticket.noMessagesStaff')}
        </Text>
      ) : null}
    </section>
  )
}

/** Screenshots as thumbnails (a tap opens the file), PDFs by name and size. */
export function TicketAttachments(props: { attachments: readonly TicketAttachment[] }) {
  const { t } = useTranslation()
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID'
  if (props.attachments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('helpdesk.ticket.noAttachments')}
      </Text>
    )
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" data-testid="ticket-attachments">
      {props.attachments.map((a) => {
        const href = attachmentHref(a.url)
        return (
          <Paper key={a.id} withBorder radius="md" p="xs" data-testid="ticket-attachment">
            <Stack gap={6}>
              {isImageType(a.mimeType) ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('helpdesk.ticket.openAttachment', { name: a.fileName })}
                >
                  <img
                    src={href}
                    alt=""
                    loading="lazy"
                    style={{
                      display: 'block',
                      width: '100%',
                      maxHeight: 180,
                      objectFit: 'contain',
                      background: 'var(--mantine-color-gray-0)',
                      borderRadius: 6,
                    }}
                  />
                </a>
              ) : null}
              <Group gap={6} wrap="nowrap">
                {isImageType(a.mimeType) ? (
                  <IconPaperclip size={16} aria-hidden style={{ flexShrink: 0 }} />
                ) : (
                  <IconFileTypePdf size={18} aria-hidden style={{ flexShrink: 0 }} />
                )}
                <Anchor
                  href={href}
                  target="_blank"
                  rel="noopener"
                  size="sm"
                  style={{ wordBreak: 'break-all' }}
                >
                  {a.fileName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {formatFileSize(a.size, locale)}
                </Text>
              </Group>
            </Stack>
          </Paper>
        )
      })}
    </SimpleGrid>
  )
}
