import { zodResolver } from '@hookform/resolvers/zod'
import { Accordion, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import {
  IconMessageCircle,
  IconMessagePlus,
  IconSend,
  IconTarget,
  IconUserHeart,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { feedbackReplySchema } from '../../../../../shared/activities.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useFeedback, useReplyFeedback } from '../api.ts'
import type { FeedbackThread } from '../api.ts'
import { NewFeedbackModal } from './new-feedback-modal.tsx'
import type { RhkOption } from './new-feedback-modal.tsx'

type Message = FeedbackThread['messages'][number]

/** One message as a chat bubble: mine on the right, the other party's on the left. */
function Bubble(props: { message: Message; timeZone: string | undefined }) {
  const { t } = useTranslation()
  const m = props.message
  return (
    <li
      style={{
        alignSelf: m.mine ? 'flex-end' : 'flex-start',
        maxWidth: 'min(85%, 640px)',
        listStyle: 'none',
      }}
      data-testid="feedback-message"
      data-mine={m.mine}
    >
      <Paper
        radius="lg"
        p="xs"
        px="sm"
        withBorder={!m.mine}
        bg={m.mine ? 'var(--mantine-color-kinerja-light)' : 'var(--mantine-color-gray-0)'}
        style={{
          borderBottomRightRadius: m.mine ? 4 : undefined,
          borderBottomLeftRadius: m.mine ? undefined : 4,
        }}
      >
        <Group gap={6} wrap="wrap" mb={2}>
          <Text size="xs" fw={700}>
            {m.mine ? t('feedback.you') : m.authorName}
          </Text>
          <Badge size="xs" variant="outline" color={m.authorRole === 'atasan' ? 'kinerja' : 'gray'}>
            {m.authorRole === 'atasan' ? t('feedback.roleAtasan') : t('feedback.rolePegawai')}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {m.body}
        </Text>
        <Text size="xs" c="dimmed" ta={m.mine ? 'right' : 'left'} mt={2}>
          <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, props.timeZone)}</time>
        </Text>
      </Paper>
    </li>
  )
}

function ReplyForm(props: { skpId: string; threadId: string; topic: string }) {
  const { t } = useTranslation()
  const reply = useReplyFeedback(props.skpId)
  const form = useForm<{ body: string }>({
    resolver: zodResolver(feedbackReplySchema),
    defaultValues: { body: '' },
  })
  const submit = form.handleSubmit((values) =>
    reply.mutate(
      { threadId: props.threadId, body: values.body },
      {
        onSuccess: () => {
          form.reset({ body: '' })
          notifySuccess(t('feedback.replied'))
        },
        onError: (e) => {
          if (!applyServerFieldErrors(e, form.setError, ['body'])) notifyError(e)
        },
      },
    ),
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="feedback-reply-form">
      <Stack gap={6}>
        <Textarea
          label={t('feedback.reply')}
          placeholder={t('feedback.replyPlaceholder')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          error={form.formState.errors.body?.message}
          data-testid="feedback-reply"
          aria-description={props.topic}
          {...form.register('body')}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            size="sm"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={reply.isPending}
            data-testid="feedback-reply-send"
          >
            {t('feedback.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/**
 * Umpan balik berkelanjutan of one SKP: one thread per RHK or BerAKHLAK value, each a dialog
 * between the atasan and the pegawai. The atasan (canStart) opens new threads; both parties
 * reply. Used on the SKP page (owner and atasan) and on the atasan's view of a subordinate.
 */
export function FeedbackThreads(props: { skpId: string; rhk: RhkOption[] }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const timeZone = me.instansiTimeZone ?? undefined
  const list = useFeedback(props.skpId)
  const [writing, setWriting] = useState(false)
  const [open, setOpen] = useState<string[] | null>(null)

  if (list.isPending) return <LoadingState rows={2} />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />

  const threads = [...list.data.threads].sort((a, b) =>
    b.lastMessageAt.localeCompare(a.lastMessageAt),
  )
  // Until the person opens or closes something, the newest conversation is open.
  const opened = open ?? (threads[0] ? [threads[0].id] : [])
  const canStart = list.data.canStart

  return (
    <Stack gap="sm" data-testid="feedback-threads">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 240px' }}>
          {t('feedback.intro')}
        </Text>
        {canStart ? (
          <Button
            leftSection={<IconMessagePlus size={18} aria-hidden />}
            onClick={() => setWriting(true)}
            data-testid="feedback-write"
          >
            {t('feedback.write')}
          </Button>
        ) : null}
      </Group>

      {threads.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircle size={30} />}
          title={t('feedback.emptyTitle')}
          description={canStart ? t('feedback.emptyAtasan') : t('feedback.emptyPegawai')}
          testId="feedback-empty"
        />
      ) : (
        <Accordion
          multiple
          value={opened}
          onChange={setOpen}
          variant="separated"
          radius="md"
          aria-label={t('feedback.threadsLabel')}
          chevronPosition="right"
        >
          {threads.map((thread) => {
            const owner = me.pegawaiId !== null && me.pegawaiId === thread.pegawaiId
            const canReply = owner || canStart
            const kindLabel =
              thread.topicKind === 'rhk' ? t('feedback.kindRhk') : t('feedback.kindPerilaku')
            return (
              <Accordion.Item
                key={thread.id}
                value={thread.id}
                data-testid="feedback-thread"
                data-topic={thread.topicLabel}
              >
                <Accordion.Control
                  icon={
                    thread.topicKind === 'rhk' ? (
                      <IconTarget size={20} aria-hidden />
                    ) : (
                      <IconUserHeart size={20} aria-hidden />
                    )
                  }
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                      {kindLabel}
                    </Badge>
                    <Text size="sm" fw={600} lineClamp={2} style={{ minWidth: 0 }}>
                      {thread.topicLabel}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" mt={2}>
                    {t('feedback.messages', { count: thread.messages.length })} ·{' '}
                    {t('feedback.lastAt', { time: formatDateTime(thread.lastMessageAt, timeZone) })}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    <Stack
                      component="ol"
                      gap={8}
                      p={0}
                      m={0}
                      aria-label={t('feedback.messagesLabel', { topic: thread.topicLabel })}
                    >
                      {[...thread.messages]
                        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
                        .map((m) => (
                          <Bubble key={m.id} message={m} timeZone={timeZone} />
                        ))}
                    </Stack>
                    {canReply ? (
                      <ReplyForm
                        skpId={props.skpId}
                        threadId={thread.id}
                        topic={thread.topicLabel}
                      />
                    ) : null}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            )
          })}
        </Accordion>
      )}

      {canStart ? (
        <NewFeedbackModal
          opened={writing}
          skpId={props.skpId}
          rhk={props.rhk}
          onClose={() => setWriting(false)}
          onStarted={(thread) => setOpen([thread.id, ...opened.filter((id) => id !== thread.id)])}
        />
      ) : null}
    </Stack>
  )
}
