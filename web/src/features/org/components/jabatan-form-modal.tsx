import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useEffect } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { JABATAN_JENIS, JABATAN_JENIS_LABEL, newJabatanSchema } from '../../../../../shared/org.ts'
import type { Jabatan, JabatanJenis } from '../../../../../shared/org.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useCreateJabatan, useUpdateJabatan } from '../api.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'

type JabatanForm = {
  name: string
  jenis: JabatanJenis | ''
  headsUnit: boolean
  unitId: string | null
}

/** Add or edit a jabatan of one unit: name, jenis and whether it heads the unit. */
export function JabatanFormModal(props: {
  opened: boolean
  onClose: () => void
  unitId: string
  unitName: string
  editing: Jabatan | null
}) {
  const { t } = useTranslation()
  const create = useCreateJabatan()
  const update = useUpdateJabatan()
  const form = useForm<JabatanForm>({
    // The select starts empty on purpose; the schema then says "Pilih jenis jabatan".
    resolver: zodResolver(newJabatanSchema) as unknown as Resolver<JabatanForm>,
    defaultValues: { name: '', jenis: '', headsUnit: false, unitId: props.unitId },
  })
  const { reset } = form

  useEffect(() => {
    if (props.opened) {
      reset({
        name: props.editing?.name ?? '',
        jenis: props.editing?.jenis ?? '',
        headsUnit: props.editing?.headsUnit ?? false,
        unitId: props.unitId,
      })
    }
  }, [props.opened, props.editing, props.unitId, reset])

  const onSubmit = form.handleSubmit((values) => {
    if (values.jenis === '') return
    const onError = (e: unknown) => {
      if (!applyServerFieldErrors(e, form.setError, ['name', 'jenis', 'headsUnit'])) notifyError(e)
    }
    const onSuccess = () => {
      notifySuccess(
        props.editing
          ? t('jabatan.updated', { name: values.name })
          : t('jabatan.created', { name: values.name }),
      )
      props.onClose()
    }
    const input = {
      name: values.name,
      jenis: values.jenis,
      headsUnit: values.headsUnit,
      unitId: props.unitId,
    }
    if (props.editing) update.mutate({ id: props.editing.id, ...input }, { onSuccess, onError })
    else create.mutate(input, { onSuccess, onError })
  })

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.editing ? t('jabatan.editTitle') : t('jabatan.addTitle', { unit: props.unitName })
      }
      size="lg"
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('jabatan.name')}
            description={t('jabatan.nameHint')}
            {...requiredField}
            data-autofocus
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          <NativeSelect
            label={t('jabatan.jenis')}
            description={t('jabatan.jenisHint')}
            {...requiredField}
            error={form.formState.errors.jenis?.message}
            data={[
              { value: '', label: t('jabatan.pickJenis') },
              ...JABATAN_JENIS.map((j) => ({ value: j, label: JABATAN_JENIS_LABEL[j] })),
            ]}
            {...form.register('jenis')}
          />
          <Controller
            control={form.control}
            name="headsUnit"
            render={({ field }) => (
              <Switch
                label={t('jabatan.headsUnit')}
                description={t('jabatan.headsUnitHint')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
              />
            )}
          />
          <Text size="xs" c="dimmed">
            {t('jabatan.unitNote', { unit: props.unitName })}
          </Text>
          <FormFooter onCancel={props.onClose} loading={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
