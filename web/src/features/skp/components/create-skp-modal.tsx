import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  Text,
} from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { PENDEKATAN, newSkpSchema } from '../../../../../shared/skp.ts'
import type { NewSkp, Pendekatan, SkpSummary } from '../../../../../shared/skp.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useCreateSkp } from '../api.ts'
import { copySource, creatableYears, hasOpenSkp } from '../skp-year.ts'
import { SkpStatusBadge } from './skp-status-badge.tsx'

type Values = { year: number; pendekatan: Pendekatan | null; copyFromSkpId: string | null }

type Props = {
  opened: boolean
  onClose: () => void
  mySkps: SkpSummary[]
  currentYear: number
  initialYear: number
}

/**
 * Start an SKP: the year, the pendekatan (explained with an example each, because people
 * find this choice hard) and, when there is one, a copy of last year's SKP as a start.
 */
export function CreateSkpModal(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('skp.create.title')}
      size="lg"
      fullScreen={isPhone}
    >
      {/* The modal unmounts its content when closed, so every opening starts fresh. */}
      <CreateSkpForm {...props} />
    </Modal>
  )
}

function CreateSkpForm(props: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateSkp()
  const [copy, setCopy] = useState(true)
  const form = useForm<Values, unknown, NewSkp>({
    resolver: zodResolver(newSkpSchema) as unknown as Resolver<Values, unknown, NewSkp>,
    defaultValues: { year: props.initialYear, pendekatan: null, copyFromSkpId: null },
  })

  const year = useWatch({ control: form.control, name: 'year' })
  const source = copySource(props.mySkps, year)
  const exists = hasOpenSkp(props.mySkps, year)

  const onSubmit = form.handleSubmit((values) => {
    const input: NewSkp = { ...values, copyFromSkpId: copy && source ? source.id : null }
    create.mutate(input, {
      onSuccess: (skp) => {
        notifySuccess(t('skp.create.created', { year: skp.year }))
        props.onClose()
        void navigate({ to: '/skp/$skpId', params: { skpId: skp.id } })
      },
      onError: (e) => {
        applyServerFieldErrors(e, form.setError, ['year', 'pendekatan', 'copyFromSkpId'])
      },
    })
  })

  const serverFields = create.error instanceof ApiError ? Object.keys(create.error.fields) : []

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="create-skp-form">
      <Stack gap="md">
        {create.error && serverFields.length === 0 ? (
          <Alert color="red" role="alert" title={t('skp.create.failed')}>
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="year"
          render={({ field, fieldState }) => (
            <NativeSelect
              label={t('skp.create.year')}
              description={t('skp.create.yearHint')}
              {...requiredField}
              data={creatableYears(props.currentYear).map((y) => ({
                value: String(y),
                label: String(y),
              }))}
              value={String(field.value)}
              onChange={(e) => field.onChange(Number(e.currentTarget.value))}
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={fieldState.error?.message}
              maw={200}
            />
          )}
        />
        {exists ? (
          <Alert role="note" color="orange" variant="light" data-testid="create-skp-exists">
            {t('skp.create.alreadyExists', { year })}
          </Alert>
        ) : null}

        <Controller
          control={form.control}
          name="pendekatan"
          render={({ field, fieldState }) => (
            <Radio.Group
              label={t('skp.create.pendekatan')}
              description={t('skp.create.pendekatanHint')}
              {...requiredField}
              value={field.value ?? ''}
              onChange={field.onChange}
              error={fieldState.error ? t('skp.create.pendekatanRequired') : undefined}
            >
              <Stack gap="sm" mt="xs">
                {PENDEKATAN.map((p) => (
                  <Radio.Card key={p} value={p} radius="md" p="md" data-testid={`pendekatan-${p}`}>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={2} />
                      <Stack gap={4} style={{ minWidth: 0 }}>
                        <Text fw={700}>{t(`skp.pendekatan.${p}`)}</Text>
                        <Text size="sm">{t(`skp.create.explain.${p}`)}</Text>
                        <Text size="sm" c="dimmed" fs="italic">
                          {t(`skp.create.example.${p}`)}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconBulb size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="dimmed">
            {t('skp.create.pendekatanTip')}
          </Text>
        </Group>

        {source ? (
          <Checkbox
            checked={copy}
            onChange={(e) => setCopy(e.currentTarget.checked)}
            label={
              <Group gap={6} wrap="wrap">
                <span>{t('skp.create.copyFrom', { year: source.year })}</span>
                <SkpStatusBadge status={source.status} size="sm" />
              </Group>
            }
            description={t('skp.create.copyHint')}
            data-testid="create-skp-copy"
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('skp.create.noCopySource')}
          </Text>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-skp-submit">
            {t('skp.create.submit', { year })}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
