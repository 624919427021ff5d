import { zodResolver } from '@hookform/resolvers/zod'
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconMessageCircle, IconSend } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { dialogNoteInputSchema } from '../../../../../shared/skp.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useAddDialogNote, useDialogNotes } from '../api.ts'

/**
 * (d) Dialog kinerja: notes between the pegawai and the atasan on this SKP, oldest first,
 * like a conversation; anyone who can see the SKP and take part writes below.
 */
export function DialogSection(props: {
  skpId: string
  canWrite: boolean
  onDirtyChange: (dirty: boolean) => void
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const notes = useDialogNotes(props.skpId)
  const add = useAddDialogNote(props.skpId)
  const form = useForm<{ text: string }>({
    resolver: zodResolver(dialogNoteInputSchema),
    defaultValues: { text: '' },
  })
  const { isDirty } = form.formState
  const { onDirtyChange } = props
  useEffect(() => {
    onDirtyChange(isDirty)
  }, [isDirty, onDirtyChange])

  const onSubmit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => form.reset({ text: '' }),
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['text'])) notifyError(e)
      },
    }),
  )

  const sorted = [...(notes.data ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return (
    <Stack gap="md" data-testid="dialog-section">
      <Text size="sm" c="dimmed">
        {t('skp.dialog.intro')}
      </Text>
      {notes.isPending ? (
        <LoadingState rows={2} />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : sorted.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircle size={30} />}
          title={t('skp.dialog.emptyTitle')}
          description={t('skp.dialog.empty')}
          testId="dialog-empty"
        />
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sorted.map((n) => (
            <Paper
              key={n.id}
              component="li"
              withBorder
              radius="md"
              p="sm"
              data-testid="dialog-note"
              ml={n.authorIsAtasan ? 0 : { base: 16, sm: 48 }}
              mr={n.authorIsAtasan ? { base: 16, sm: 48 } : 0}
              bg={n.authorIsAtasan ? 'var(--mantine-color-kinerja-light)' : undefined}
            >
              <Group gap={6} mb={4} wrap="wrap">
                <Text fw={700} size="sm">
                  {n.authorName}
                </Text>
                <Badge size="xs" variant="outline" color={n.authorIsAtasan ? 'kinerja' : 'gray'}>
                  {n.authorIsAtasan ? t('skp.dialog.atasan') : t('skp.dialog.pegawai')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt, me.instansiTimeZone ?? undefined)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {n.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {props.canWrite ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('skp.dialog.newNote')}
              description={t('skp.dialog.newNoteHint')}
              placeholder={t('skp.dialog.example')}
              autosize
              minRows={3}
              maxLength={4000}
              error={form.formState.errors.text?.message}
              data-testid="dialog-text"
              {...form.register('text')}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconSend size={16} aria-hidden />}
                loading={add.isPending}
                data-testid="dialog-send"
              >
                {t('skp.dialog.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  )
}
