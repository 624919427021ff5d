import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { IconLink } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useAddEvidence } from '../api.ts'
import { isHttpUrl } from '../pegawai-view.ts'

/** Adds a link as bukti dukung (a shared drive folder, a published report, …). */
export function EvidenceLinkModal(props: {
  opened: boolean
  onClose: () => void
  assessmentId: string
  rhkId: string
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const add = useAddEvidence(props.assessmentId)
  const [url, setUrl] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const close = () => {
    setUrl('')
    setName('')
    setError(null)
    props.onClose()
  }
  const submit = () => {
    const trimmed = url.trim()
    if (!isHttpUrl(trimmed)) {
      setError(t('penilaian.evidence.linkInvalid'))
      return
    }
    add.mutate(
      { kind: 'link', rhkId: props.rhkId, url: trimmed, name: name.trim() || undefined },
      {
        onSuccess: () => {
          notifySuccess(t('penilaian.evidence.linkAdded'))
          close()
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 400 && (e.fields.url ?? e.fields.name))
            setError(e.fields.url ?? e.fields.name ?? e.message)
          else notifyError(e)
        },
      },
    )
  }

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('penilaian.evidence.linkTitle')}
      fullScreen={isPhone}
      radius={isPhone ? 0 : 'md'}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('penilaian.evidence.linkUrl')}
            description={t('penilaian.evidence.linkUrlHint')}
            {...requiredField}
            type="url"
            inputMode="url"
            autoComplete="off"
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            data-autofocus
            data-testid="evidence-link-url"
          />
          <TextInput
            label={t('penilaian.evidence.linkName')}
            description={t('penilaian.evidence.linkNameHint')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.currentTarget.value)}
            data-testid="evidence-link-name"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={add.isPending}
              leftSection={<IconLink size={18} aria-hidden />}
              data-testid="evidence-link-save"
            >
              {t('penilaian.evidence.linkAdd')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
