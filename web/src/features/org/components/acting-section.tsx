import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { newActingAssignmentSchema } from '../../../../../shared/org.ts'
import type { ActingKind, Pegawai } from '../../../../../shared/org.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useActingAssignments, useAddActing, useDeleteActing } from '../api.ts'
import type { ActingAssignment, NewActingInput } from '../api.ts'
import { PeriodBadge, PeriodText } from './period-badge.tsx'
import { UnitSelect } from './unit-select.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = {
  pegawaiId: string
  unitId: string
  kind: ActingKind
  startDate: string
  endDate: string | null
}
const emptyToNull = (v: unknown) => (v === '' ? null : v)

function AddActingModal(props: {
  pegawai: Pegawai
  opened: boolean
  onClose: () => void
  today: string
}) {
  const { t } = useTranslation()
  const add = useAddActing()
  const form = useForm<Form, unknown, NewActingInput>({
    resolver: zodResolver(newActingAssignmentSchema) as unknown as Resolver<
      Form,
      unknown,
      NewActingInput
    >,
    defaultValues: {
      pegawaiId: props.pegawai.id,
      unitId: '',
      kind: 'plt',
      startDate: props.today,
      endDate: null,
    },
  })
  const { errors } = form.formState
  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('acting.added'))
        form.reset()
        props.onClose()
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['unitId', 'kind', 'startDate', 'endDate']))
          notifyError(e)
      },
    }),
  )
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('acting.addTitle', { name: props.pegawai.fullName })}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                label={t('acting.kind')}
                description={t('acting.kindHint')}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="plt" label={t('acting.plt')} />
                  <Radio value="plh" label={t('acting.plh')} />
                </Stack>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="unitId"
            render={({ field, fieldState }) => (
              <UnitSelect
                label={t('acting.unit')}
                description={t('acting.unitHint')}
                {...requiredField}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={
                  fieldState.error
                    ? field.value
                      ? fieldState.error.message
                      : t('acting.unitRequired')
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
              description={t('acting.endHint')}
              error={errors.endDate?.message}
              {...form.register('endDate', { setValueAs: emptyToNull })}
            />
          </Group>
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

/** PLT/PLH assignments of this person: while one runs, they count as head of that unit. */
export function ActingSection(props: { pegawai: Pegawai; today: string }) {
  const { t } = useTranslation()
  const acting = useActingAssignments()
  const del = useDeleteActing()
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<ActingAssignment | null>(null)
  const items = (acting.data ?? []).filter((a) => a.pegawaiId === props.pegawai.id)
  return (
    <section aria-labelledby="acting-title" data-testid="acting-assignments">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz={18} id="acting-title">
          {t('acting.title')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
        >
          {t('acting.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('acting.description')}
      </Text>
      {acting.isPending ? (
        <LoadingState rows={1} />
      ) : acting.isError ? (
        <ErrorState error={acting.error} onRetry={() => void acting.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('acting.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((a) => (
            <Card key={a.id} withBorder padding="sm" radius="md" data-testid="acting-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge variant="outline">{a.kind.toUpperCase()}</Badge>
                    <Text fw={600}>{a.unitName}</Text>
                    <PeriodBadge startDate={a.startDate} endDate={a.endDate} today={props.today} />
                  </Group>
                  <PeriodText startDate={a.startDate} endDate={a.endDate} />
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('acting.deleteNamed', {
                    kind: a.kind.toUpperCase(),
                    unit: a.unitName,
                  })}
                  onClick={() => setDeleting(a)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <AddActingModal
        pegawai={props.pegawai}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('acting.deleteTitle')}
        message={t('acting.deleteText')}
        confirmLabel={t('common.delete')}
        danger
        loading={del.isPending}
        onConfirm={() =>
          deleting &&
          del.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(t('acting.deleted'))
              setDeleting(null)
            },
            onError: (e) => notifyError(e),
          })
        }
      />
    </section>
  )
}
