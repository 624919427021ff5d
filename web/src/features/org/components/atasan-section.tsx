import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { newAtasanOverrideSchema } from '../../../../../shared/org.ts'
import type { Pegawai } from '../../../../../shared/org.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useAddAtasanOverride, useAtasanOverrides, useDeleteAtasanOverride } from '../api.ts'
import type { AtasanOverride, NewOverrideInput } from '../api.ts'
import { PegawaiPicker } from './pegawai-picker.tsx'
import { PeriodBadge, PeriodText } from './period-badge.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = { atasanId: string; startDate: string; endDate: string | null; reason: string | null }
const emptyToNull = (v: unknown) => (v === '' ? null : v)

function AddOverrideModal(props: {
  pegawai: Pegawai
  opened: boolean
  onClose: () => void
  today: string
}) {
  const { t } = useTranslation()
  const add = useAddAtasanOverride(props.pegawai.id)
  const form = useForm<Form, unknown, NewOverrideInput>({
    resolver: zodResolver(newAtasanOverrideSchema) as unknown as Resolver<
      Form,
      unknown,
      NewOverrideInput
    >,
    defaultValues: { atasanId: '', startDate: props.today, endDate: null, reason: null },
  })
  const { errors } = form.formState
  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('overrides.added'))
        form.reset()
        props.onClose()
      },
      onError: (e) => {
        if (
          !applyServerFieldErrors(e, form.setError, ['atasanId', 'startDate', 'endDate', 'reason'])
        )
          notifyError(e)
      },
    }),
  )
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('overrides.addTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('overrides.explain', { name: props.pegawai.fullName })}
          </Text>
          <Controller
            control={form.control}
            name="atasanId"
            render={({ field, fieldState }) => (
              <PegawaiPicker
                label={t('overrides.atasan')}
                description={t('overrides.atasanHint')}
                {...requiredField}
                excludeId={props.pegawai.id}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={
                  fieldState.error
                    ? field.value
                      ? fieldState.error.message
                      : t('overrides.atasanRequired')
                    : undefined
                }
              />
            )}
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
              description={t('overrides.endHint')}
              error={errors.endDate?.message}
              {...form.register('endDate', { setValueAs: emptyToNull })}
            />
          </Group>
          <Textarea
            label={t('overrides.reason')}
            description={t('overrides.reasonHint')}
            autosize
            minRows={2}
            error={errors.reason?.message}
            {...form.register('reason', { setValueAs: emptyToNull })}
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

/** The derived atasan and the admin's explicit exceptions to it. */
export function AtasanSection(props: { pegawai: Pegawai; today: string }) {
  const { t } = useTranslation()
  const list = useAtasanOverrides(props.pegawai.id)
  const del = useDeleteAtasanOverride(props.pegawai.id)
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<AtasanOverride | null>(null)
  return (
    <section aria-labelledby="atasan-title" data-testid="atasan-overrides">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz={18} id="atasan-title">
          {t('overrides.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('overrides.add')}
        </Button>
      </Group>
      <Alert variant="light" color="kinerja" icon={<IconInfoCircle aria-hidden />} mb="sm">
        <Text size="sm">
          {t('overrides.current')}:{' '}
          <strong>{props.pegawai.atasanName ?? t('profile.noAtasan')}</strong>
        </Text>
        <Text size="xs" mt={4}>
          {t('overrides.description')}
        </Text>
      </Alert>
      {list.isPending ? (
        <LoadingState rows={1} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('overrides.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {list.data.map((o) => (
            <Card key={o.id} withBorder padding="sm" radius="md" data-testid="override-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{o.atasanName}</Text>
                    <PeriodBadge startDate={o.startDate} endDate={o.endDate} today={props.today} />
                  </Group>
                  <PeriodText startDate={o.startDate} endDate={o.endDate} />
                  {o.reason ? (
                    <Text size="sm" c="dimmed">
                      {o.reason}
                    </Text>
                  ) : null}
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('overrides.deleteNamed', { name: o.atasanName })}
                  onClick={() => setDeleting(o)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <AddOverrideModal
        pegawai={props.pegawai}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('overrides.deleteTitle')}
        message={t('overrides.deleteText')}
        confirmLabel={t('common.delete')}
        danger
        loading={del.isPending}
        onConfirm={() =>
          deleting &&
          del.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('overrides.deleted'))
              setDeleting(null)
            },
            onError: (e) => notifyError(e),
          })
        }
      />
    </section>
  )
}
