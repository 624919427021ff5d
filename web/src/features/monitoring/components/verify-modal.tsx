import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { useEffect } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { verifyInputSchema } from '../../../../../shared/activities.ts'
import type { Verdict, VerifyInput } from '../../../../../shared/activities.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'

export type VerifyValues = VerifyInput
type VerifyFormInput = z.input<typeof verifyInputSchema>

/**
 * Sesuai / perlu perbaikan for one entry or several. "Perlu perbaikan" needs a note that
 * says what to fix (the same rule the API checks: verifyInputSchema).
 */
export function VerifyModal(props: {
  opened: boolean
  /** How many entries; 1 = the single-entry title. */
  count: number
  initialVerdict: Verdict
  /** What is being verified, e.g. the entry's date and description. */
  summary?: string | undefined
  loading: boolean
  onClose: () => void
  /** Returns the error for the caller to place on the note, or nothing. */
  onSubmit: (values: VerifyValues, onError: (e: unknown) => boolean) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const form = useForm<VerifyFormInput, unknown, VerifyValues>({
    resolver: zodResolver(verifyInputSchema),
    defaultValues: { verdict: props.initialVerdict, note: '' },
  })
  const { reset } = form
  useEffect(() => {
    if (props.opened) reset({ verdict: props.initialVerdict, note: '' })
  }, [props.opened, props.initialVerdict, reset])
  const verdict = useWatch({ control: form.control, name: 'verdict' })

  const submit = form.handleSubmit((values) =>
    props.onSubmit(values, (e) => applyServerFieldErrors(e, form.setError, ['note', 'verdict'])),
  )

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.count === 1
          ? t('monitoring.verify.titleOne')
          : t('monitoring.verify.titleMany', { count: props.count })
      }
      fullScreen={isPhone}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="verify-form">
        <Stack gap="md">
          {props.summary ? (
            <Text size="sm" c="dimmed" lineClamp={3}>
              {props.summary}
            </Text>
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="verify-verdict-label">
              {t('monitoring.verify.verdict')}
            </Text>
            <Controller
              control={form.control}
              name="verdict"
              render={({ field }) => (
                <SegmentedControl
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  data={[
                    { value: 'sesuai', label: t('monitoring.verification.sesuai') },
                    {
                      value: 'perlu_perbaikan',
                      label: t('monitoring.verification.perlu_perbaikan'),
                    },
                  ]}
                  fullWidth
                  aria-labelledby="verify-verdict-label"
                  color={field.value === 'sesuai' ? 'teal' : 'orange'}
                  data-testid="verify-verdict"
                />
              )}
            />
          </Stack>
          <Textarea
            label={t('monitoring.verify.note')}
            description={
              verdict === 'perlu_perbaikan'
                ? t('monitoring.verify.noteHintFix')
                : t('monitoring.verify.noteHintOk')
            }
            {...(verdict === 'perlu_perbaikan' ? requiredField : {})}
            autosize
            minRows={3}
            maxLength={1000}
            error={form.formState.errors.note?.message}
            data-testid="verify-note"
            {...form.register('note')}
          />
          <FormFooter
            onCancel={props.onClose}
            loading={props.loading}
            submitLabel={t('monitoring.verify.submit')}
          />
        </Stack>
      </form>
    </Modal>
  )
}
