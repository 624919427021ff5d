import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { extensionInputSchema } from '../../../../../shared/assessments.ts'
import type { Period } from '../../../../../shared/periods.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatDate } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PegawaiPicker } from '../../org/components/pegawai-picker.tsx'
import { UnitSelect } from '../../org/components/unit-select.tsx'
import { extensionUntilProblem } from '../admin-view.ts'
import { useCreateExtension } from '../api.ts'

type Values = {
  target: 'pegawai' | 'unit'
  pegawaiId: string | null
  unitId: string | null
  until: string
  reason: string
}

function extensionSchema(deadline: string, messages: Record<string, string>) {
  return z
    .object({
      target: z.enum(['pegawai', 'unit']),
      pegawaiId: z.string().nullable(),
      unitId: z.string().nullable(),
      until: z.string(),
      reason: z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.target === 'pegawai' && !v.pegawaiId)
        ctx.addIssue({ code: 'custom', path: ['pegawaiId'], message: messages.pegawai ?? '' })
      if (v.target === 'unit' && !v.unitId)
        ctx.addIssue({ code: 'custom', path: ['unitId'], message: messages.unit ?? '' })
      const until = extensionUntilProblem(v.until, deadline)
      if (until) ctx.addIssue({ code: 'custom', path: ['until'], message: messages[until] ?? '' })
      const reason = extensionInputSchema.shape.reason.safeParse(v.reason)
      if (!reason.success)
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: reason.error.issues[0]?.message ?? '',
        })
    })
}

type Props = { period: Period; opened: boolean; onClose: () => void }

/**
 * Admin: extend the batas pengisian of a period for one pegawai or a unit (and the units below
 * it) until a day on or after the period's deadline, with a reason (audited).
 */
export function ExtensionDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.extensions.addTitle', { period: props.period.name })}
      size="lg"
      fullScreen={isPhone}
    >
      <ExtensionForm {...props} />
    </Modal>
  )
}

function ExtensionForm(props: Props) {
  const { t } = useTranslation()
  const create = useCreateExtension()
  const [problem, setProblem] = useState<string | null>(null)
  const deadline = props.period.deadline
  const form = useForm<Values>({
    resolver: zodResolver(
      extensionSchema(deadline, {
        pegawai: t('penilaianAdmin.extensions.pickPegawai'),
        unit: t('penilaianAdmin.extensions.pickUnit'),
        required: t('penilaianAdmin.extensions.untilRequired'),
        invalid: t('penilaianAdmin.extensions.untilInvalid'),
        before_deadline: t('penilaianAdmin.extensions.untilBefore', {
          date: formatDate(deadline),
        }),
      }),
    ) as unknown as Resolver<Values>,
    defaultValues: { target: 'pegawai', pegawaiId: null, unitId: null, until: '', reason: '' },
  })
  const target = useWatch({ control: form.control, name: 'target' })

  const submit = form.handleSubmit((v) => {
    setProblem(null)
    create.mutate(
      {
        periodId: props.period.id,
        until: v.until,
        reason: v.reason.trim(),
        ...(v.target === 'pegawai' && v.pegawaiId ? { pegawaiId: v.pegawaiId } : {}),
        ...(v.target === 'unit' && v.unitId ? { unitId: v.unitId } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(t('penilaianAdmin.extensions.created'))
          props.onClose()
        },
        onError: (e) => {
          if (applyServerFieldErrors(e, form.setError, ['pegawaiId', 'unitId', 'until', 'reason']))
            return
          setProblem(errorMessage(e))
        },
      },
    )
  })

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="extension-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('penilaianAdmin.extensions.formIntro', { date: formatDate(deadline) })}
        </Text>
        {problem ? (
          <Alert color="red" variant="light" role="alert" data-testid="extension-problem">
            {problem}
          </Alert>
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="extension-target-label">
            {t('penilaianAdmin.extensions.target')}
          </Text>
          <Controller
            control={form.control}
            name="target"
            render={({ field }) => (
              <SegmentedControl
                value={field.value}
                onChange={(v) => field.onChange(v)}
                data={[
                  { value: 'pegawai', label: t('penilaianAdmin.extensions.kind.pegawai') },
                  { value: 'unit', label: t('penilaianAdmin.extensions.kind.unit') },
                ]}
                fullWidth
                aria-labelledby="extension-target-label"
                data-testid="extension-target"
              />
            )}
          />
        </Stack>
        {target === 'pegawai' ? (
          <Controller
            control={form.control}
            name="pegawaiId"
            render={({ field, fieldState }) => (
              <PegawaiPicker
                label={t('penilaianAdmin.extensions.pegawai')}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                data-testid="extension-pegawai"
              />
            )}
          />
        ) : (
          <Controller
            control={form.control}
            name="unitId"
            render={({ field, fieldState }) => (
              <UnitSelect
                label={t('penilaianAdmin.extensions.unit')}
                description={t('penilaianAdmin.extensions.unitHint')}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                data-testid="extension-unit"
              />
            )}
          />
        )}
        <TextInput
          type="date"
          label={t('penilaianAdmin.extensions.until')}
          description={t('penilaianAdmin.extensions.untilHint', { date: formatDate(deadline) })}
          {...requiredField}
          min={deadline}
          maw={260}
          error={form.formState.errors.until?.message}
          data-testid="extension-until"
          {...form.register('until')}
        />
        <Textarea
          label={t('penilaianAdmin.extensions.reason')}
          description={t('penilaianAdmin.extensions.reasonHint')}
          {...requiredField}
          autosize
          minRows={2}
          maxLength={1000}
          error={form.formState.errors.reason?.message}
          data-testid="extension-reason"
          {...form.register('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="extension-save">
            {t('penilaianAdmin.extensions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
