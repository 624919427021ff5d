import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { EXCLUSION_REASONS, newExclusionSchema } from '../../../../../shared/org.ts'
import type { ExclusionReason } from '../../../../../shared/org.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useAddExclusion, useDeleteExclusion, useExclusions } from '../api.ts'
import type { Exclusion, NewExclusionInput } from '../api.ts'
import { PeriodBadge, PeriodText } from './period-badge.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = {
  reason: ExclusionReason
  startDate: string
  endDate: string | null
  note: string | null
}

const emptyToNull = (v: unknown) => (v === '' ? null : v)

function AddExclusionModal(props: {
  pegawaiId: string
  opened: boolean
  onClose: () => void
  today: string
}) {
  const { t } = useTranslation()
  const add = useAddExclusion(props.pegawaiId)
  const form = useForm<Form, unknown, NewExclusionInput>({
    resolver: zodResolver(newExclusionSchema) as unknown as Resolver<
      Form,
      unknown,
      NewExclusionInput
    >,
    defaultValues: { reason: 'cuti_besar', startDate: props.today, endDate: null, note: null },
  })
  const { errors } = form.formState
  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('exclusions.added'))
        form.reset()
        props.onClose()
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['reason', 'startDate', 'endDate', 'note']))
          notifyError(e)
      },
    }),
  )
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('exclusions.addTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('exclusions.explain')}
          </Text>
          <NativeSelect
            label={t('exclusions.reason')}
            {...requiredField}
            data-autofocus
            data={EXCLUSION_REASONS.map((r) => ({ value: r, label: t(`exclusions.reasons.${r}`) }))}
            error={errors.reason?.message}
            {...form.register('reason')}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('common.startDate')}
              {...requiredField}
              error={errors.startDate?.message}
              {...form.register('startDate')}
            />
            <TextInput
              type="date"
              label={t('common.endDate')}
              description={t('exclusions.endHint')}
              error={errors.endDate?.message}
              {...form.register('endDate', { setValueAs: emptyToNull })}
            />
          </Group>
          <Textarea
            label={t('exclusions.note')}
            description={t('exclusions.noteHint')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note', { setValueAs: emptyToNull })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

/** Periods in which the person is left out of compliance reports (pensiun, cuti besar, …). */
export function ExclusionsSection(props: { pegawaiId: string; today: string }) {
  const { t } = useTranslation()
  const list = useExclusions(props.pegawaiId)
  const del = useDeleteExclusion(props.pegawaiId)
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<Exclusion | null>(null)
  return (
    <section aria-labelledby="exclusions-title" data-testid="exclusions">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz={18} id="exclusions-title">
          {t('exclusions.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('exclusions.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('exclusions.description')}
      </Text>
      {list.isPending ? (
        <LoadingState rows={1} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('exclusions.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {list.data.map((x) => (
            <Card key={x.id} withBorder padding="sm" radius="md" data-testid="exclusion-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{t(`exclusions.reasons.${x.reason}`)}</Text>
                    <PeriodBadge startDate={x.startDate} endDate={x.endDate} today={props.today} />
                  </Group>
                  <PeriodText startDate={x.startDate} endDate={x.endDate} />
                  {x.note ? (
                    <Text size="sm" c="dimmed">
                      {x.note}
                    </Text>
                  ) : null}
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('exclusions.deleteNamed', {
                    reason: t(`exclusions.reasons.${x.reason}`),
                  })}
                  onClick={() => setDeleting(x)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <AddExclusionModal
        pegawaiId={props.pegawaiId}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('exclusions.deleteTitle')}
        message={t('exclusions.deleteText')}
        confirmLabel={t('common.delete')}
        danger
        loading={del.isPending}
        onConfirm={() =>
          deleting &&
          del.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('exclusions.deleted'))
              setDeleting(null)
            },
            onError: (e) => notifyError(e),
          })
        }
      />
    </section>
  )
}
