import { zodResolver } from '@hookform/resolvers/zod'
import {
  Autocomplete,
  Button,
  Grid,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { useEffect } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { RencanaAksi } from '../../../../../shared/activities.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useCreateRencanaAksi, useUpdateRencanaAksi } from '../api.ts'

type Values = { description: string; targetValue: number | null; targetUnit: string }

/** The same rules and words as rencanaAksiInputSchema (shared/activities.ts). */
const schema = z.object({
  description: z
    .string()
    .trim()
    .min(5, 'Rencana aksi minimal 5 huruf')
    .max(1000, 'Rencana aksi maksimal 1000 huruf'),
  targetValue: z
    .number('Target wajib diisi dengan angka bulat')
    .int('Target harus angka bulat')
    .min(0, 'Target tidak boleh negatif')
    .max(1_000_000, 'Target terlalu besar'),
  targetUnit: z.string().trim().min(1, 'Satuan wajib diisi').max(40, 'Satuan maksimal 40 huruf'),
})

const UNITS = ['Dokumen', 'Berkas', 'Kegiatan', 'Laporan', 'Surat', 'Data', 'Orang', '%']

/** Add or change one rencana aksi of an RHK in a period. */
export function RencanaAksiFormModal(props: {
  opened: boolean
  onClose: () => void
  /** Adding: the RHK (id and number) and the period. */
  target: { rhkId: string; rhkSeq: number; periodId: string } | null
  editing: RencanaAksi | null
  unitHint: string | null
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const create = useCreateRencanaAksi()
  const update = useUpdateRencanaAksi()
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { description: '', targetValue: null, targetUnit: '' },
  })
  const { reset } = form
  const { opened, editing, unitHint } = props
  useEffect(() => {
    if (!opened) return
    reset(
      editing
        ? {
            description: editing.description,
            targetValue: editing.targetValue,
            targetUnit: editing.targetUnit,
          }
        : { description: '', targetValue: null, targetUnit: unitHint ?? '' },
    )
  }, [opened, editing, unitHint, reset])

  const onError = (e: unknown) => {
    if (!applyServerFieldErrors(e, form.setError, ['description', 'targetValue', 'targetUnit']))
      notifyError(e)
  }
  const onSubmit = form.handleSubmit((values) => {
    const v = schema.parse(values)
    if (editing) {
      update.mutate(
        { id: editing.id, ...v },
        {
          onSuccess: () => {
            notifySuccess(t('progress.rencanaAksi.updated'))
            props.onClose()
          },
          onError,
        },
      )
    } else if (props.target) {
      create.mutate(
        { rhkId: props.target.rhkId, periodId: props.target.periodId, ...v },
        {
          onSuccess: () => {
            notifySuccess(t('progress.rencanaAksi.saved'))
            props.onClose()
          },
          onError,
        },
      )
    }
  })
  const errors = form.formState.errors
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        editing
          ? t('progress.rencanaAksi.formEdit')
          : t('progress.rencanaAksi.formAdd', { n: props.target?.rhkSeq ?? '' })
      }
      size="lg"
      fullScreen={isPhone}
      closeOnClickOutside={false}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="rencana-aksi-form">
        <Stack gap="md">
          <Textarea
            label={t('progress.rencanaAksi.descriptionLabel')}
            description={t('progress.rencanaAksi.descriptionHint')}
            {...requiredField}
            autosize
            minRows={3}
            maxLength={1000}
            error={errors.description?.message}
            data-autofocus
            {...form.register('description')}
          />
          <Text size="sm" c="dimmed">
            {t('progress.rencanaAksi.example')}
          </Text>
          <Grid gutter="sm">
            <Grid.Col span={{ base: 5, sm: 4 }}>
              <Controller
                control={form.control}
                name="targetValue"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label={t('progress.rencanaAksi.targetValue')}
                    {...requiredField}
                    value={field.value ?? ''}
                    onChange={(v) =>
                      field.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))
                    }
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    inputMode="numeric"
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 8 }}>
              <Controller
                control={form.control}
                name="targetUnit"
                render={({ field, fieldState }) => (
                  <Autocomplete
                    label={t('progress.rencanaAksi.targetUnit')}
                    {...requiredField}
                    data={[...new Set([...(unitHint ? [unitHint] : []), ...UNITS])]}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    maxLength={40}
                    comboboxProps={{ withinPortal: true }}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="rencana-aksi-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
