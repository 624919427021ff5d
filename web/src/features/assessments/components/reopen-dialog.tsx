import { zodResolver } from '@hookform/resolvers/zod'
import { Modal } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { reopenInputSchema } from '../../../../../shared/assessments.ts'
import { ASSESSMENT_STATUS_LABEL } from '../../../../../shared/rules/assessment-workflow.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { assessmentKeys, useReopen } from '../api.ts'
import { ReasonForm } from './reason-form.tsx'

const schema = reopenInputSchema.pick({ reason: true })
type Values = z.infer<typeof schema>
type Props = { assessment: AssessmentDetail; opened: boolean; onClose: () => void }

/**
 * Admin: reopen a final assessment (finalised, objected or decided) with a reason; the pegawai
 * may edit and submit again and the pejabat penilai may rate again. Audited by the server.
 */
export function ReopenDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.reopen.title')}
      fullScreen={isPhone}
    >
      <ReopenForm {...props} />
    </Modal>
  )
}

function ReopenForm(props: Props) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const a = props.assessment
  const reopen = useReopen(a.id)
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } })

  const submit = form.handleSubmit((values) => {
    setProblem(null)
    reopen.mutate(
      { version: a.version, reason: values.reason },
      {
        onSuccess: () => {
          notifySuccess(t('penilaianAdmin.reopen.done', { name: a.pegawai.name }))
          props.onClose()
        },
        onError: (e) => {
          if (isVersionConflict(e)) {
            const current = conflictCurrent<AssessmentDetail>(e)
            if (current) qc.setQueryData(assessmentKeys.detail(a.id), current)
            else void qc.invalidateQueries({ queryKey: assessmentKeys.detail(a.id) })
            setProblem(t('penilaianAdmin.reopen.conflict'))
            return
          }
          if (applyServerFieldErrors(e, form.setError, ['reason'])) return
          setProblem(errorMessage(e))
        },
      },
    )
  })

  return (
    <ReasonForm
      testId="reopen"
      intro={t('penilaianAdmin.reopen.intro', {
        name: a.pegawai.name,
        period: a.period.name,
        status: ASSESSMENT_STATUS_LABEL[a.status],
      })}
      problem={problem}
      problemTestId="reopen-problem"
      label={t('penilaianAdmin.reopen.reason')}
      hint={t('penilaianAdmin.reopen.reasonHint')}
      error={form.formState.errors.reason?.message}
      field={form.register('reason')}
      submitLabel={t('penilaianAdmin.reopen.submit')}
      pending={reopen.isPending}
      onSubmit={(e) => void submit(e)}
      onCancel={props.onClose}
    />
  )
}
