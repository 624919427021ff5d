import { zodResolver } from '@hookform/resolvers/zod'
import { Badge, Modal, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { newActingAssignmentSchema } from '../../../../../shared/org.ts'
import type { ActingKind, Pegawai } from '../../../../../shared/org.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { DateRangeFields } from '../../../components/ui/date-range-fields.tsx'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useActingAssignments, useAddActing, useDeleteActing } from '../api.ts'
import type { ActingAssignment, NewActingInput } from '../api.ts'
import { DatedItemCard, DatedListSection } from './dated-list.tsx'
import { UnitSelect } from './unit-select.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = {
  pegawaiId: string
  unitId: string
  kind: ActingKind
  startDate: string
  endDate: string | null
}

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
          <DateRangeFields
            register={form.register}
            startError={errors.startDate}
            endError={errors.endDate}
            endHint={t('acting.endHint')}
          />
          <FormFooter onCancel={props.onClose} loading={add.isPending} />
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
    <DatedListSection
      titleId="acting-title"
      testId="acting-assignments"
      title={t('acting.title')}
      addLabel={t('acting.add')}
      onAdd={() => setAdding(true)}
      intro={
        <Text size="sm" c="dimmed" mb="sm">
          {t('acting.description')}
        </Text>
      }
      query={acting}
      items={items}
      emptyText={t('acting.empty')}
      renderItem={(a) => (
        <DatedItemCard
          key={a.id}
          testId="acting-item"
          heading={
            <>
              <Badge variant="outline">{a.kind.toUpperCase()}</Badge>
              <Text fw={600}>{a.unitName}</Text>
            </>
          }
          startDate={a.startDate}
          endDate={a.endDate}
          today={props.today}
          deleteLabel={t('acting.deleteNamed', {
            kind: a.kind.toUpperCase(),
            unit: a.unitName,
          })}
          onDelete={() => setDeleting(a)}
        />
      )}
    >
      <AddActingModal
        pegawai={props.pegawai}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={del}
        title={t('acting.deleteTitle')}
        message={t('acting.deleteText')}
        deletedMessage={() => t('acting.deleted')}
      />
    </DatedListSection>
  )
}
