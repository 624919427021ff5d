import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Modal, Radio, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useEffect } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ASSESSMENT_FREQUENCIES, updateYearSchema } from '../../../../../shared/periods.ts'
import type { AssessmentFrequency, UpdateYear, YearDetail } from '../../../../../shared/periods.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useUpdateYear } from '../api.ts'
import { SkpDateFields } from './skp-date-fields.tsx'

type Form = { assessmentFrequency: AssessmentFrequency; skpStart: string; skpEnd: string }

/** Change the frequency or the SKP period of a year; both regenerate periods, so it warns. */
export function YearSettingsModal(props: {
  opened: boolean
  onClose: () => void
  year: YearDetail
}) {
  const { t } = useTranslation()
  const update = useUpdateYear(props.year.year)
  const form = useForm<Form, unknown, UpdateYear>({
    resolver: zodResolver(updateYearSchema) as unknown as Resolver<Form, unknown, UpdateYear>,
  })
  const { reset } = form
  const { errors } = form.formState
  useEffect(() => {
    if (props.opened)
      reset({
        assessmentFrequency: props.year.assessmentFrequency,
        skpStart: props.year.skpStart,
        skpEnd: props.year.skpEnd,
      })
  }, [props.opened, props.year, reset])

  const submit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => {
        notifySuccess(t('periods.settingsSaved', { year: props.year.year }))
        props.onClose()
      },
      onError: (e) => {
        if (
          !applyServerFieldErrors(e, form.setError, ['assessmentFrequency', 'skpStart', 'skpEnd'])
        )
          notifyError(e)
      },
    }),
  )

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('periods.settingsTitle', { year: props.year.year })}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <Controller
            control={form.control}
            name="assessmentFrequency"
            render={({ field }) => (
              <Radio.Group
                label={t('periods.frequency')}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
                error={errors.assessmentFrequency?.message}
              >
                <Stack gap={6} mt="xs">
                  {ASSESSMENT_FREQUENCIES.map((f) => (
                    <Radio
                      key={f}
                      value={f}
                      label={t(`periods.frequencyLabel.${f}`)}
                      description={t(`periods.frequencyExplain.${f}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <SkpDateFields
            register={form.register}
            startError={errors.skpStart}
            endError={errors.skpEnd}
          />
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text size="sm">{t('periods.regenerateWarning')}</Text>
          </Alert>
          <FormFooter
            onCancel={props.onClose}
            loading={update.isPending}
            submitLabel={t('common.saveChanges')}
          />
        </Stack>
      </form>
    </Modal>
  )
}
