import { zodResolver } from '@hookform/resolvers/zod'
import { Modal } from '@mantine/core'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { unitReopenInputSchema } from '../../../../../shared/assessments.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useReopenUnit } from '../api.ts'
import { ReasonForm } from './reason-form.tsx'

const schema = unitReopenInputSchema.pick({ reason: true })
type Values = z.infer<typeof schema>

type Props = {
  unitId: string
  unitName: string
  periodId: string
  periodName: string
  opened: boolean
  onClose: () => void
}

/** Admin: undo a unit's penetapan with a reason (audited); the value can be changed again. */
export function OrgReopenDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.reopenUnit.title', { unit: props.unitName })}
      fullScreen={isPhone}
    >
      <ReopenUnitForm {...props} />
    </Modal>
  )
}

function ReopenUnitForm(props: Props) {
  const { t } = useTranslation()
  const reopen = useReopenUnit()
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } })
  const submit = form.handleSubmit((values) =>
    reopen.mutate(
      { unitId: props.unitId, periodId: props.periodId, reason: values.reason },
      {
        onSuccess: () => {
          notifySuccess(t('penilaianAdmin.reopenUnit.done', { unit: props.unitName }))
          props.onClose()
        },
        onError: (e) => {
          applyServerFieldErrors(e, form.setError, ['reason'])
        },
      },
    ),
  )
  // Field errors sit on the input; anything else is said above it.
  const failed =
    reopen.error !== null &&
    !(reopen.error instanceof ApiError && Object.keys(reopen.error.fields).length > 0)
  return (
    <ReasonForm
      testId="org-reopen"
      intro={t('penilaianAdmin.reopenUnit.intro', {
        unit: props.unitName,
        period: props.periodName,
      })}
      problem={failed ? errorMessage(reopen.error) : null}
      label={t('penilaianAdmin.reopenUnit.reason')}
      hint={t('penilaianAdmin.reopenUnit.reasonHint')}
      error={form.formState.errors.reason?.message}
      field={form.register('reason')}
      submitLabel={t('penilaianAdmin.reopenUnit.submit')}
      pending={reopen.isPending}
      onSubmit={(e) => void submit(e)}
      onCancel={props.onClose}
    />
  )
}
