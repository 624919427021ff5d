import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { newAtasanOverrideSchema } from '../../../../../shared/org.ts'
import type { Pegawai } from '../../../../../shared/org.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { DateRangeFields } from '../../../components/ui/date-range-fields.tsx'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { applyServerFieldErrors, emptyToNull } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useAddAtasanOverride, useAtasanOverrides, useDeleteAtasanOverride } from '../api.ts'
import type { AtasanOverride, NewOverrideInput } from '../api.ts'
import { PegawaiPicker } from './pegawai-picker.tsx'
import { DatedItemCard, DatedListSection } from './dated-list.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = { atasanId: string; startDate: string; endDate: string | null; reason: string | null }

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
          <DateRangeFields
            register={form.register}
            startError={errors.startDate}
            endError={errors.endDate}
            endHint={t('overrides.endHint')}
          />
          <Textarea
            label={t('overrides.reason')}
            description={t('overrides.reasonHint')}
            autosize
            minRows={2}
            error={errors.reason?.message}
            {...form.register('reason', { setValueAs: emptyToNull })}
          />
          <FormFooter onCancel={props.onClose} loading={add.isPending} />
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
    <DatedListSection
      titleId="atasan-title"
      testId="atasan-overrides"
      title={t('overrides.title')}
      addLabel={t('overrides.add')}
      onAdd={() => setAdding(true)}
      intro={
        <Alert variant="light" color="kinerja" icon={<IconInfoCircle aria-hidden />} mb="sm">
          <Text size="sm">
            {t('overrides.current')}:{' '}
            <strong>{props.pegawai.atasanName ?? t('profile.noAtasan')}</strong>
          </Text>
          <Text size="xs" mt={4}>
            {t('overrides.description')}
          </Text>
        </Alert>
      }
      query={list}
      items={list.data ?? []}
      emptyText={t('overrides.empty')}
      renderItem={(o) => (
        <DatedItemCard
          key={o.id}
          testId="override-item"
          heading={<Text fw={600}>{o.atasanName}</Text>}
          startDate={o.startDate}
          endDate={o.endDate}
          today={props.today}
          note={o.reason}
          deleteLabel={t('overrides.deleteNamed', { name: o.atasanName })}
          onDelete={() => setDeleting(o)}
        />
      )}
    >
      <AddOverrideModal
        pegawai={props.pegawai}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={del}
        title={t('overrides.deleteTitle')}
        message={t('overrides.deleteText')}
        deletedMessage={() => t('overrides.deleted')}
      />
    </DatedListSection>
  )
}
