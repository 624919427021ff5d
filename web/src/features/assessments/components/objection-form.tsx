import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { IconCalendarDue, IconMessageReport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useFileObjection } from '../api.ts'
import { OBJECTION_MIN_CHARS } from '../pegawai-view.ts'

/**
 * The keberatan dialog: who decides it, until when it may be filed, and the reason (at least
 * 20 letters, counted as the person types). A 409 (window closed, already accepted) is shown
 * in the dialog in the server's words.
 */
export function ObjectionForm(props: {
  assessment: AssessmentDetail
  opened: boolean
  onClose: () => void
  onConflict: (e: unknown) => boolean
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const a = props.assessment
  const file = useFileObjection(a.id)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const length = reason.trim().length
  const reviewer = a.reviewer?.name ?? t('penilaian.objection.admin')

  const close = () => {
    setError(null)
    setRefusal(null)
    props.onClose()
  }
  const send = () => {
    if (length < OBJECTION_MIN_CHARS) {
      setError(t('penilaian.objection.tooShort', { min: OBJECTION_MIN_CHARS, count: length }))
      return
    }
    file.mutate(
      { version: a.version, reason: reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('penilaian.objection.sent', { name: reviewer }))
          setReason('')
          close()
        },
        onError: (e) => {
          if (props.onConflict(e)) return close()
          if (e instanceof ApiError && e.status === 400) setError(e.fields.reason ?? e.message)
          else if (e instanceof ApiError && e.status === 409) setRefusal(e.message)
          else notifyError(e)
        },
      },
    )
  }

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('penilaian.objection.title')}
      fullScreen={isPhone}
      radius={isPhone ? 0 : 'md'}
      size="lg"
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          send()
        }}
      >
        <Stack gap="md" data-testid="objection-form">
          <Text size="sm">{t('penilaian.objection.intro', { name: reviewer })}</Text>
          {a.objectionOpenUntil ? (
            <Text size="sm" fw={600} data-testid="objection-deadline">
              <IconCalendarDue
                size={16}
                aria-hidden
                style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
              />
              {t('penilaian.objection.deadline', { date: formatDate(a.objectionOpenUntil) })}
            </Text>
          ) : null}
          {refusal ? (
            <Alert color="red" variant="light" role="alert" data-testid="objection-refused">
              {refusal}
            </Alert>
          ) : null}
          <Textarea
            label={t('penilaian.objection.reason')}
            description={t('penilaian.objection.reasonHint')}
            {...requiredField}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(null)
            }}
            autosize
            minRows={4}
            maxLength={4000}
            error={error}
            data-autofocus
            data-testid="objection-reason"
          />
          <Text
            size="xs"
            c={length >= OBJECTION_MIN_CHARS ? 'teal.8' : 'dimmed'}
            aria-live="polite"
            mt={-8}
          >
            {t('penilaian.objection.count', { count: length, min: OBJECTION_MIN_CHARS })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('penilaian.objection.next', { name: reviewer })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={file.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="orange"
              loading={file.isPending}
              leftSection={<IconMessageReport size={18} aria-hidden />}
              data-testid="objection-send"
            >
              {t('penilaian.objection.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
