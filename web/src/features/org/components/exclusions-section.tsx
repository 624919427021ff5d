import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { EXCLUSION_REASONS, newExclusionSchema } from '../../../../../shared/org.ts'
import type { ExclusionReason } from '../../../../../shared/org.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { DateRangeFields } from '../../../components/ui/date-range-fields.tsx'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { applyServerFieldErrors, emptyToNull } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useAddExclusion, useDeleteExclusion, useExclusions } from '../api.ts'
import type { Exclusion, NewExclusionInput } from '../api.ts'
import { DatedItemCard, DatedListSection } from './dated-list.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = {
  reason: ExclusionReason
  startDate: string
  endDate: string | null
  note: string | null
}

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
          <DateRangeFields
            register={form.register}
            startError={errors.startDate}
            endError={errors.endDate}
            endHint={t('exclusions.endHint')}
          />
          <Textarea
            label={t('exclusions.note')}
            description={t('exclusions.noteHint')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note', { setValueAs: emptyToNull })}
          />
          <FormFooter onCancel={props.onClose} loading={add.isPending} />
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
    <DatedListSection
      titleId="exclusions-title"
      testId="exclusions"
      title={t('exclusions.title')}
      addLabel={t('exclusions.add')}
      onAdd={() => setAdding(true)}
      intro={
        <Text size="sm" c="dimmed" mb="sm">
          {t('exclusions.description')}
        </Text>
      }
      query={list}
      items={list.data ?? []}
      emptyText={t('exclusions.empty')}
      renderItem={(x) => (
        <DatedItemCard
          key={x.id}
          testId="exclusion-item"
          heading={<Text fw={600}>{t(`exclusions.reasons.${x.reason}`)}</Text>}
          startDate={x.startDate}
          endDate={x.endDate}
          today={props.today}
          note={x.note}
          deleteLabel={t('exclusions.deleteNamed', {
            reason: t(`exclusions.reasons.${x.reason}`),
          })}
          onDelete={() => setDeleting(x)}
        />
      )}
    >
      <AddExclusionModal
        pegawaiId={props.pegawaiId}
        opened={adding}
        onClose={() => setAdding(false)}
        today={props.today}
      />
      <ConfirmDeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={del}
        title={t('exclusions.deleteTitle')}
        message={t('exclusions.deleteText')}
        deletedMessage={() => t('exclusions.deleted')}
      />
    </DatedListSection>
  )
}
