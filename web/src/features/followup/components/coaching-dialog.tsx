import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { coachingPlanInputSchema, type CoachingPlan } from '../../../../../shared/followup.ts'
import { dateOnlySchema } from '../../../../../shared/common.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { isVersionConflict } from '../../skp/version-conflict.ts'
import { useCreateCoaching, useUpdateCoaching } from '../api.ts'
import { addDays } from '../followup-view.ts'

export type CoachingTarget =
  | { mode: 'create'; pegawaiId: string; name: string; reason: string }
  | { mode: 'edit' | 'close'; plan: CoachingPlan; name: string; reason: string }

const planSchema = z.object({
  plan: coachingPlanInputSchema.shape.plan,
  followUpDate: dateOnlySchema,
})
type PlanValues = z.infer<typeof planSchema>

function closeSchema(required: string) {
  return z.object({ outcome: z.string().trim().min(3, required).max(2000) })
}
type CloseValues = { outcome: string }

function PlanForm(props: {
  target: Exclude<CoachingTarget, { mode: 'close' }>
  today: string
  onDone: () => void
}) {
  const { t } = useTranslation()
  const create = useCreateCoaching()
  const update = useUpdateCoaching()
  const { target } = props
  const form = useForm<PlanValues>({
    resolver: zodResolver(planSchema),
    defaultValues:
      target.mode === 'edit'
        ? { plan: target.plan.plan, followUpDate: target.plan.followUpDate }
        : { plan: '', followUpDate: addDays(props.today, 30) },
  })
  const onError = (e: unknown) => {
    if (isVersionConflict(e)) {
      notifyError(e, t('followup.coaching.conflict'))
      props.onDone()
      return
    }
    if (!applyServerFieldErrors(e, form.setError, ['plan', 'followUpDate'])) notifyError(e)
  }
  const submit = form.handleSubmit((values) => {
    if (target.mode === 'create')
      create.mutate(
        { pegawaiId: target.pegawaiId, ...values },
        {
          onSuccess: () => {
            notifySuccess(t('followup.coaching.created', { name: target.name }))
            props.onDone()
          },
          onError,
        },
      )
    else
      update.mutate(
        { id: target.plan.id, ...values, version: target.plan.version },
        {
          onSuccess: () => {
            notifySuccess(t('followup.coaching.updated'))
            props.onDone()
          },
          onError,
        },
      )
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="coaching-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('followup.coaching.why', { reason: target.reason })}
        </Text>
        <Textarea
          label={t('followup.coaching.plan')}
          description={t('followup.coaching.planHint')}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={2000}
          error={form.formState.errors.plan?.message}
          {...form.register('plan')}
          data-testid="coaching-plan"
        />
        <TextInput
          type="date"
          label={t('followup.coaching.followUpDate')}
          description={t('followup.coaching.followUpHint')}
          {...requiredField}
          min={props.today}
          error={form.formState.errors.followUpDate?.message}
          {...form.register('followUpDate')}
          maw={220}
          data-testid="coaching-date"
        />
        <FormFooter
          onCancel={props.onDone}
          loading={create.isPending || update.isPending}
          submitLabel={
            target.mode === 'create' ? t('followup.coaching.createSubmit') : t('common.save')
          }
        />
      </Stack>
    </form>
  )
}

function CloseForm(props: { plan: CoachingPlan; onDone: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateCoaching()
  const form = useForm<CloseValues>({
    resolver: zodResolver(closeSchema(t('followup.coaching.outcomeRequired'))),
    defaultValues: { outcome: '' },
  })
  const submit = form.handleSubmit((values) =>
    update.mutate(
      {
        id: props.plan.id,
        status: 'selesai',
        outcome: values.outcome,
        version: props.plan.version,
      },
      {
        onSuccess: () => {
          notifySuccess(t('followup.coaching.closed'))
          props.onDone()
        },
        onError: (e) => {
          if (isVersionConflict(e)) {
            notifyError(e, t('followup.coaching.conflict'))
            props.onDone()
            return
          }
          if (!applyServerFieldErrors(e, form.setError, ['outcome'])) notifyError(e)
        },
      },
    ),
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="coaching-close-form">
      <Stack gap="md">
        <Text size="sm">
          <Text span fw={600}>
            {t('followup.coaching.plan')}:
          </Text>{' '}
          {props.plan.plan}
        </Text>
        <Textarea
          label={t('followup.coaching.outcome')}
          description={t('followup.coaching.outcomeHint')}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={2000}
          error={form.formState.errors.outcome?.message}
          {...form.register('outcome')}
          data-testid="coaching-outcome"
        />
        <FormFooter
          onCancel={props.onDone}
          loading={update.isPending}
          submitLabel={t('followup.coaching.closeSubmit')}
        />
      </Stack>
    </form>
  )
}

/** Create, change or close (with the outcome) a coaching plan; the server checks who may. */
export function CoachingDialog(props: {
  target: CoachingTarget | null
  today: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const target = props.target
  const title = !target
    ? ''
    : target.mode === 'create'
      ? t('followup.coaching.createTitle', { name: target.name })
      : target.mode === 'edit'
        ? t('followup.coaching.editTitle', { name: target.name })
        : t('followup.coaching.closeTitle', { name: target.name })
  return (
    <Modal
      opened={target !== null}
      onClose={props.onClose}
      title={title}
      size="lg"
      fullScreen={isPhone}
    >
      {target === null ? null : target.mode === 'close' ? (
        <CloseForm key={target.plan.id} plan={target.plan} onDone={props.onClose} />
      ) : (
        <PlanForm
          key={target.mode === 'create' ? target.pegawaiId : target.plan.id}
          target={target}
          today={props.today}
          onDone={props.onClose}
        />
      )}
    </Modal>
  )
}
