import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Modal, NativeSelect, NumberInput, Stack, Text, Textarea } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  akManualEntryInputSchema,
  type AkManualEntryInput,
} from '../../../../../shared/followup.ts'
import {
  JF_JENJANG,
  JF_JENJANG_LABEL,
  type JfJenjang,
} from '../../../../../shared/rules/angka-kredit.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useAddAkEntry } from '../api.ts'
import { toNumber } from '../followup-view.ts'

/**
 * Admin: a manual ledger line — AK awal, AK konversi from the old system, a correction — with
 * the year, jenjang, the AK (negative to correct) and what it is (audited on the server).
 */
export function AkEntryDialog(props: {
  pegawaiId: string
  name: string
  jenjang: JfJenjang | null
  defaultYear: number
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const add = useAddAkEntry(props.pegawaiId)
  const form = useForm<AkManualEntryInput>({
    resolver: zodResolver(akManualEntryInputSchema),
    defaultValues: {
      year: props.defaultYear,
      jenjang: props.jenjang ?? 'ahli_pertama',
      ak: Number.NaN,
      note: '',
    },
  })
  const close = () => {
    form.reset()
    props.onClose()
  }
  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('followup.ledger.entryAdded'))
        close()
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['year', 'jenjang', 'ak', 'note']))
          notifyError(e)
      },
    }),
  )
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('followup.ledger.addTitle', { name: props.name })}
      fullScreen={isPhone}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="ak-entry-form">
        <Stack gap="md">
          <Alert color="kinerja" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('followup.ledger.addIntro')}
          </Alert>
          <Controller
            control={form.control}
            name="year"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('followup.year')}
                {...requiredField}
                min={1970}
                max={2100}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=""
                value={Number.isNaN(field.value) ? '' : field.value}
                onChange={(v) => field.onChange(toNumber(v))}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
                maw={160}
                data-testid="ak-entry-year"
              />
            )}
          />
          <NativeSelect
            label={t('followup.ak.jenjang')}
            {...requiredField}
            data={JF_JENJANG.map((j) => ({ value: j, label: JF_JENJANG_LABEL[j] }))}
            error={form.formState.errors.jenjang?.message}
            {...form.register('jenjang')}
            data-testid="ak-entry-jenjang"
          />
          <Controller
            control={form.control}
            name="ak"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('followup.ledger.ak')}
                description={t('followup.ledger.akHint')}
                {...requiredField}
                decimalScale={3}
                decimalSeparator=","
                thousandSeparator="."
                min={-10000}
                max={10000}
                value={Number.isNaN(field.value) ? '' : field.value}
                onChange={(v) => field.onChange(toNumber(v))}
                onBlur={field.onBlur}
                ref={field.ref}
                error={
                  fieldState.error
                    ? Number.isNaN(field.value)
                      ? t('followup.ledger.akRequired')
                      : fieldState.error.message
                    : undefined
                }
                maw={220}
                data-testid="ak-entry-ak"
              />
            )}
          />
          <Textarea
            label={t('followup.ledger.note')}
            description={t('followup.ledger.noteHint')}
            {...requiredField}
            autosize
            minRows={2}
            maxLength={500}
            error={form.formState.errors.note?.message}
            {...form.register('note')}
            data-testid="ak-entry-note"
          />
          <Text size="xs" c="dimmed">
            {t('followup.ledger.addAudit')}
          </Text>
          <FormFooter
            onCancel={close}
            loading={add.isPending}
            submitLabel={t('followup.ledger.addSubmit')}
          />
        </Stack>
      </form>
    </Modal>
  )
}
