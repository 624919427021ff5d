import { zodResolver } from '@hookform/resolvers/zod'
import { Modal, Stack, TextInput } from '@mantine/core'
import { useEffect } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { newUnitSchema } from '../../../../../shared/org.ts'
import type { Unit } from '../../../../../shared/org.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useCreateUnit, useUpdateUnit } from '../api.ts'
import { UnitSelect } from './unit-select.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { FormFooter } from '../../../components/ui/form-footer.tsx'

/** Add a unit (with its parent) or rename an existing one. */
export function UnitFormModal(props: {
  opened: boolean
  onClose: () => void
  editing: Unit | null
  defaultParentId: string | null
  onSaved?: (unit: Unit) => void
}) {
  const { t } = useTranslation()
  const create = useCreateUnit()
  const update = useUpdateUnit()
  const form = useForm({
    resolver: zodResolver(newUnitSchema),
    defaultValues: { name: '', code: '', parentId: null as string | null | undefined },
  })
  const { reset } = form

  useEffect(() => {
    if (props.opened) {
      reset({
        name: props.editing?.name ?? '',
        code: props.editing?.code ?? '',
        parentId: props.editing ? props.editing.parentId : props.defaultParentId,
      })
    }
  }, [props.opened, props.editing, props.defaultParentId, reset])

  const onSubmit = form.handleSubmit((values) => {
    const code = values.code ? values.code : null
    const onError = (e: unknown) => {
      if (!applyServerFieldErrors(e, form.setError, ['name', 'code', 'parentId'])) notifyError(e)
    }
    if (props.editing) {
      update.mutate(
        { id: props.editing.id, name: values.name, code },
        {
          onSuccess: (unit) => {
            notifySuccess(t('units.renamed', { name: values.name }))
            props.onSaved?.(unit)
            props.onClose()
          },
          onError,
        },
      )
    } else {
      create.mutate(
        { name: values.name, code, parentId: values.parentId ?? null },
        {
          onSuccess: (unit) => {
            notifySuccess(t('units.created', { name: values.name }))
            props.onSaved?.(unit)
            props.onClose()
          },
          onError,
        },
      )
    }
  })

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.editing ? t('units.renameTitle', { name: props.editing.name }) : t('units.addTitle')
      }
      size="lg"
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('units.name')}
            description={t('units.nameHint')}
            {...requiredField}
            data-autofocus
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label={t('units.code')}
            description={t('units.codeHint')}
            error={form.formState.errors.code?.message}
            {...form.register('code')}
          />
          {props.editing ? null : (
            <Controller
              control={form.control}
              name="parentId"
              render={({ field, fieldState }) => (
                <UnitSelect
                  label={t('units.parent')}
                  description={t('units.parentHint')}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          )}
          <FormFooter onCancel={props.onClose} loading={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
