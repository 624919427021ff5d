import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { reopenInputSchema } from '../../../../../shared/assessments.ts'
import { ASSESSMENT_STATUS_LABEL } from '../../../../../shared/rules/assessment-workflow.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { assessmentKeys, useReopen } from '../api.ts'

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
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="reopen-form">
      <Stack gap="md">
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {t('penilaianAdmin.reopen.intro', {
            name: a.pegawai.name,
            period: a.period.name,
            status: ASSESSMENT_STATUS_LABEL[a.status],
          })}
        </Text>
        {problem ? (
          <Alert color="orange" variant="light" role="alert" data-testid="reopen-problem">
            {problem}
          </Alert>
        ) : null}
        <Textarea
          label={t('penilaianAdmin.reopen.reason')}
          description={t('penilaianAdmin.reopen.reasonHint')}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={2000}
          error={form.formState.errors.reason?.message}
          data-testid="reopen-reason"
          {...form.register('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="orange"
            loading={reopen.isPending}
            data-testid="reopen-submit"
          >
            {t('penilaianAdmin.reopen.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
