import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { orgPredikatInputSchema } from '../../../../../shared/assessments.ts'
import {
  ORG_PREDIKAT,
  ORG_PREDIKAT_LABEL,
  RATING_LABEL,
  type OrgPredikat,
} from '../../../../../shared/rules/predikat.ts'
import type { RuleStatus } from '../../../../../shared/rules/distribution.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { isVersionConflict } from '../../skp/version-conflict.ts'
import { orgPredikatConsequence, orgPredikatInput } from '../admin-view.ts'
import { assessmentKeys, useSetOrgPredikat } from '../api.ts'
import type { OrgPredikatItem } from '../api.ts'

type Values = { value: OrgPredikat | null; note: string }
type Parsed = { value: OrgPredikat; note: string }

const schema = z.object({
  value: orgPredikatInputSchema.shape.value,
  note: z.string().trim().max(2000, 'Catatan maksimal 2000 huruf'),
})

const RULE_COLOR: Record<RuleStatus, string> = { ok: 'teal', open: 'gray', violated: 'red' }

/** What the chosen value means for the unit: its pattern and the unit head's rating hasil. */
export function OrgConsequence(props: { item: OrgPredikatItem; value: OrgPredikat }) {
  const { t } = useTranslation()
  const view = props.item.distribution
  const c = orgPredikatConsequence(props.value, view)
  const rating = RATING_LABEL[c.headRating]
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg="var(--mantine-color-gray-0)"
      data-testid="org-consequence"
    >
      <Stack gap="xs">
        <Text fw={700} size="sm">
          {t('penilaianAdmin.setDialog.consequence')}
        </Text>
        <Text size="sm">{t('penilaianAdmin.setDialog.pattern', { count: c.check.total })}</Text>
        <List size="sm" spacing={6} data-testid="org-consequence-rules">
          {c.check.rules.map((r) => (
            <List.Item key={r.text}>
              <Group gap={6} wrap="wrap">
                <span style={{ wordBreak: 'break-word' }}>{r.text}</span>
                {c.check.rated > 0 ? (
                  <Badge size="sm" variant="light" color={RULE_COLOR[r.status]}>
                    {t(`penilaianAdmin.ruleStatus.${r.status}`)}
                  </Badge>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
        <Text size="sm" data-testid="org-consequence-head" data-rating={c.headRating}>
          {props.item.headName
            ? t('penilaianAdmin.setDialog.headRating', { name: props.item.headName, rating })
            : t('penilaianAdmin.setDialog.headRatingNoName', { rating })}
        </Text>
        {c.check.rated > 0 ? (
          <Text size="sm" c={c.check.withinPattern ? 'teal.8' : 'red.8'}>
            {c.check.withinPattern
              ? t('penilaianAdmin.setDialog.withinNow', { count: c.check.rated })
              : t('penilaianAdmin.setDialog.outsideNow', { count: c.check.rated })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  )
}

type Props = {
  item: OrgPredikatItem
  periodId: string
  periodName: string
  opened: boolean
  onClose: () => void
}

/** Set or change a unit's predikat kinerja organisasi (PUT with the row's version). */
export function OrgPredikatDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.setDialog.title', { unit: props.item.unitName })}
      size="lg"
      fullScreen={isPhone}
    >
      <OrgPredikatForm {...props} />
    </Modal>
  )
}

function OrgPredikatForm(props: Props) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const save = useSetOrgPredikat()
  const [problem, setProblem] = useState<string | null>(null)
  const { item } = props
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(schema) as unknown as Resolver<Values, unknown, Parsed>,
    defaultValues: { value: item.value, note: item.note ?? '' },
  })
  const value = useWatch({ control: form.control, name: 'value' })

  const onSubmit = form.handleSubmit((values) => {
    setProblem(null)
    save.mutate(orgPredikatInput(item, props.periodId, values.value, values.note), {
      onSuccess: () => {
        notifySuccess(t('penilaianAdmin.setDialog.saved', { unit: item.unitName }))
        props.onClose()
      },
      onError: (e) => {
        if (isVersionConflict(e)) {
          setProblem(t('penilaianAdmin.setDialog.conflict'))
          void qc.invalidateQueries({ queryKey: assessmentKeys.orgPredikat(props.periodId) })
          return
        }
        if (applyServerFieldErrors(e, form.setError, ['value', 'note'])) return
        if (e instanceof ApiError && e.reason === 'ORG_PREDIKAT_LOCKED')
          void qc.invalidateQueries({ queryKey: assessmentKeys.orgPredikat(props.periodId) })
        setProblem(errorMessage(e))
      },
    })
  })

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="org-predikat-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('penilaianAdmin.setDialog.intro', { period: props.periodName })}
        </Text>
        {problem ? (
          <Alert color="orange" variant="light" role="alert" data-testid="org-predikat-problem">
            {problem}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="value"
          render={({ field, fieldState }) => (
            <NativeSelect
              label={t('penilaianAdmin.setDialog.value')}
              description={t('penilaianAdmin.setDialog.valueHint')}
              {...requiredField}
              data={[
                { value: '', label: t('penilaianAdmin.setDialog.placeholder'), disabled: true },
                ...ORG_PREDIKAT.map((v) => ({ value: v, label: ORG_PREDIKAT_LABEL[v] })),
              ]}
              value={field.value ?? ''}
              onChange={(e) =>
                field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)
              }
              onBlur={field.onBlur}
              name={field.name}
              ref={field.ref}
              error={fieldState.error ? t('penilaianAdmin.setDialog.required') : undefined}
              data-testid="org-value-select"
            />
          )}
        />
        {value ? (
          <OrgConsequence item={item} value={value} />
        ) : (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="dimmed">
              {t('penilaianAdmin.setDialog.pickToSee')}
            </Text>
          </Group>
        )}
        <Textarea
          label={t('penilaianAdmin.setDialog.note')}
          description={t('penilaianAdmin.setDialog.noteHint')}
          autosize
          minRows={2}
          maxLength={2000}
          error={form.formState.errors.note?.message}
          data-testid="org-note"
          {...form.register('note')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="org-predikat-save">
            {t('penilaianAdmin.setDialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
