import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, NativeSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { useEffect } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { feedbackInputSchema } from '../../../../../shared/activities.ts'
import type { FeedbackInput, FeedbackTopicKind } from '../../../../../shared/activities.ts'
import { BERAKHLAK, CORE_VALUES } from '../../../../../shared/rules/berakhlak.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors, emptyToNull } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useStartFeedback } from '../api.ts'
import type { FeedbackThread } from '../api.ts'

export type RhkOption = { id: string; seq: number; text: string }

type FormInput = z.input<typeof feedbackInputSchema>

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * "Tulis umpan balik": the atasan picks what it is about — one RHK of the SKP or one
 * BerAKHLAK value — and writes it. The pegawai is notified and can reply in the thread.
 */
export function NewFeedbackModal(props: {
  opened: boolean
  skpId: string
  rhk: RhkOption[]
  onClose: () => void
  onStarted: (thread: FeedbackThread) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const start = useStartFeedback(props.skpId)
  const defaultKind: FeedbackTopicKind = props.rhk.length > 0 ? 'rhk' : 'perilaku'
  const form = useForm<FormInput, unknown, FeedbackInput>({
    resolver: zodResolver(feedbackInputSchema),
    defaultValues: {
      skpId: props.skpId,
      topicKind: defaultKind,
      rhkId: null,
      coreValue: null,
      body: '',
    },
  })
  const { reset, setValue } = form
  useEffect(() => {
    if (props.opened)
      reset({ skpId: props.skpId, topicKind: defaultKind, rhkId: null, coreValue: null, body: '' })
  }, [props.opened, props.skpId, defaultKind, reset])
  const kind = useWatch({ control: form.control, name: 'topicKind' })
  const errors = form.formState.errors
  // The schema's "pick one" error sits on topicKind; show it under the picker that is empty.
  const topicError = errors.topicKind?.message

  const submit = form.handleSubmit((values) =>
    start.mutate(values, {
      onSuccess: (thread) => {
        notifySuccess(t('feedback.sent'))
        props.onStarted(thread)
        props.onClose()
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['topicKind', 'rhkId', 'coreValue', 'body']))
          notifyError(e)
      },
    }),
  )

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('feedback.formTitle')}
      fullScreen={isPhone}
      size="lg"
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="feedback-form">
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="feedback-kind-label">
              {t('feedback.topicKind')}
            </Text>
            <Controller
              control={form.control}
              name="topicKind"
              render={({ field }) => (
                <SegmentedControl
                  value={field.value}
                  onChange={(v) => {
                    field.onChange(v)
                    setValue(v === 'rhk' ? 'coreValue' : 'rhkId', null)
                  }}
                  data={[
                    {
                      value: 'rhk',
                      label: t('feedback.topicRhk'),
                      disabled: props.rhk.length === 0,
                    },
                    { value: 'perilaku', label: t('feedback.topicPerilaku') },
                  ]}
                  fullWidth
                  aria-labelledby="feedback-kind-label"
                  data-testid="feedback-kind"
                />
              )}
            />
            {props.rhk.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('feedback.noRhk')}
              </Text>
            ) : null}
          </Stack>
          {kind === 'rhk' ? (
            <NativeSelect
              label={t('feedback.rhk')}
              {...requiredField}
              data={[
                { value: '', label: t('feedback.rhkPlaceholder') },
                ...[...props.rhk]
                  .sort((a, b) => a.seq - b.seq)
                  .map((r) => ({
                    value: r.id,
                    label: t('feedback.rhkOption', { n: r.seq, text: shorten(r.text, 90) }),
                  })),
              ]}
              error={errors.rhkId?.message ?? topicError}
              data-testid="feedback-rhk"
              {...form.register('rhkId', { setValueAs: emptyToNull })}
            />
          ) : (
            <NativeSelect
              label={t('feedback.coreValue')}
              {...requiredField}
              data={[
                { value: '', label: t('feedback.coreValuePlaceholder') },
                ...CORE_VALUES.map((v) => ({ value: v, label: BERAKHLAK[v].label })),
              ]}
              error={errors.coreValue?.message ?? topicError}
              data-testid="feedback-core-value"
              {...form.register('coreValue', { setValueAs: emptyToNull })}
            />
          )}
          <Textarea
            label={t('feedback.body')}
            description={t('feedback.bodyHint')}
            {...requiredField}
            autosize
            minRows={4}
            maxLength={4000}
            error={errors.body?.message}
            data-testid="feedback-body"
            {...form.register('body')}
          />
          <FormFooter
            onCancel={props.onClose}
            loading={start.isPending}
            submitLabel={t('feedback.send')}
          />
        </Stack>
      </form>
    </Modal>
  )
}
