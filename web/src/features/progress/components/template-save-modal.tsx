import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useCreateTemplate } from '../api.ts'
import type { EntryFormValues } from '../entry-form.ts'

/** "Simpan sebagai templat": the form's current activity under a short name (mounted when opened). */
export function TemplateSaveModal(props: {
  opened: boolean
  onClose: () => void
  values: EntryFormValues
}) {
  const { t } = useTranslation()
  const create = useCreateTemplate()
  const [name, setName] = useState('')
  const [withTimes, setWithTimes] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const v = props.values
  const save = () => {
    const trimmed = name.trim()
    if (trimmed.length < 2) {
      setError(t('progress.template.nameTooShort'))
      return
    }
    create.mutate(
      {
        name: trimmed,
        description: v.description.trim(),
        rhkId: v.rhkId || null,
        startTime: withTimes ? v.startTime : null,
        endTime: withTimes ? v.endTime : null,
        realisasi: v.realisasi,
        satuan: v.satuan.trim() || null,
      },
      {
        onSuccess: (tpl) => {
          notifySuccess(t('progress.template.saved', { name: tpl.name }))
          setName('')
          props.onClose()
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fields.name) setError(e.fields.name)
          else notifyError(e)
        },
      },
    )
  }

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('progress.template.title')}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('progress.template.name')}
            description={t('progress.template.nameHint')}
            {...requiredField}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            maxLength={100}
            data-autofocus
          />
          <Checkbox
            label={t('progress.template.includeTimes')}
            checked={withTimes}
            onChange={(e) => setWithTimes(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('progress.template.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
