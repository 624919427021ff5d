import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  SimpleGrid,
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
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { decideInputSchema } from '../../../../../shared/assessments.ts'
import {
  OBJECTION_DECISIONS,
  OBJECTION_DECISION_LABEL,
  type ObjectionDecision,
} from '../../../../../shared/rules/assessment-workflow.ts'
import {
  RATINGS,
  RATING_HASIL_GUIDANCE,
  RATING_LABEL,
  RATING_PERILAKU_GUIDANCE,
  type Rating,
} from '../../../../../shared/rules/predikat.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import {
  decideInitialValues,
  decideKeepsRatings,
  decidePreview,
  decideRequest,
  isHasilFromOrg,
  missingDecideRatings,
} from '../admin-view.ts'
import type { DecideValues } from '../admin-view.ts'
import { assessmentKeys, useDecideObjection } from '../api.ts'
import { PredikatBadge, RatingBadge } from './badges.tsx'

type Parsed = DecideValues & { decision: ObjectionDecision }
type Props = { assessment: AssessmentDetail; opened: boolean; onClose: () => void }

/** Lenient fields, one refinement: every problem shows at once, whatever is filled in. */
function decideSchema(a: AssessmentDetail, messages: { decision: string; rating: string }) {
  return z
    .object({
      decision: z.enum(OBJECTION_DECISIONS).nullable(),
      note: z.string(),
      ratingHasil: z.enum(RATINGS).nullable(),
      ratingPerilaku: z.enum(RATINGS).nullable(),
    })
    .superRefine((v, ctx) => {
      if (v.decision === null)
        ctx.addIssue({ code: 'custom', path: ['decision'], message: messages.decision })
      const note = decideInputSchema.shape.note.safeParse(v.note)
      if (!note.success)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: note.error.issues[0]?.message ?? '',
        })
      for (const f of missingDecideRatings(a, v))
        ctx.addIssue({ code: 'custom', path: [f], message: messages.rating })
    })
}

function RatingChoice(props: {
  name: 'ratingHasil' | 'ratingPerilaku'
  label: string
  value: Rating | null
  onChange: (r: Rating) => void
  error: string | undefined
}) {
  const guidance = props.name === 'ratingHasil' ? RATING_HASIL_GUIDANCE : RATING_PERILAKU_GUIDANCE
  const slug = props.name === 'ratingHasil' ? 'hasil' : 'perilaku'
  return (
    <Radio.Group
      label={props.label}
      {...requiredField}
      value={props.value ?? ''}
      onChange={(v) => props.onChange(v as Rating)}
      error={props.error}
    >
      <Stack gap={6} mt={6}>
        {RATINGS.map((r) => (
          <Radio
            key={r}
            value={r}
            label={RATING_LABEL[r]}
            description={guidance[r]}
            data-testid={`decide-${slug}-${r}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  )
}

/**
 * The atasan pejabat penilai decides a keberatan: refuse (ratings stay) or grant with new
 * ratings — the predikat follows from the quadrant, shown live. A note for the pegawai is
 * required. Sent with the assessment's version; a stale one loads the current state.
 */
export function ObjectionDecideDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.decide.title')}
      size="lg"
      fullScreen={isPhone}
    >
      <DecideForm {...props} />
    </Modal>
  )
}

function DecideForm(props: Props) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const qc = useQueryClient()
  const a = props.assessment
  const decide = useDecideObjection(a.id)
  const [problem, setProblem] = useState<string | null>(null)
  const hasilFixed = isHasilFromOrg(a)
  const form = useForm<DecideValues, unknown, Parsed>({
    resolver: zodResolver(
      decideSchema(a, {
        decision: t('penilaianAdmin.decide.decisionRequired'),
        rating: t('penilaianAdmin.decide.ratingRequired'),
      }),
    ) as unknown as Resolver<DecideValues, unknown, Parsed>,
    defaultValues: decideInitialValues(a),
  })
  const values = useWatch({ control: form.control }) as DecideValues
  const preview = decidePreview(a, values)
  const timeZone = me.instansiTimeZone ?? undefined

  const submit = form.handleSubmit((v) => {
    setProblem(null)
    decide.mutate(decideRequest(a, v), {
      onSuccess: () => {
        notifySuccess(t('penilaianAdmin.decide.done', { name: a.pegawai.name }))
        props.onClose()
      },
      onError: (e) => {
        if (isVersionConflict(e)) {
          const current = conflictCurrent<AssessmentDetail>(e)
          if (current) qc.setQueryData(assessmentKeys.detail(a.id), current)
          else void qc.invalidateQueries({ queryKey: assessmentKeys.detail(a.id) })
          setProblem(t('penilaianAdmin.decide.conflict'))
          return
        }
        if (
          applyServerFieldErrors(e, form.setError, [
            'decision',
            'note',
            'ratingHasil',
            'ratingPerilaku',
          ])
        )
          return
        setProblem(errorMessage(e))
      },
    })
  })

  if (!a.objection || a.status !== 'objected')
    return (
      <Stack gap="md">
        <Text size="sm" data-testid="decide-nothing">
          {t('penilaianAdmin.decide.noObjection')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('penilaianAdmin.close')}
          </Button>
        </Group>
      </Stack>
    )

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="decide-form">
      <Stack gap="md">
        <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
          {t('penilaianAdmin.decide.who', { name: a.pegawai.name, period: a.period.name })}
        </Text>
        {problem ? (
          <Alert color="orange" variant="light" role="alert" data-testid="decide-problem">
            {problem}
          </Alert>
        ) : null}

        <Paper withBorder radius="md" p="sm" data-testid="decide-reason">
          <Text size="sm" fw={700}>
            {t('penilaianAdmin.decide.reason')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('penilaianAdmin.decide.filedAt', {
              at: formatDateTime(a.objection.filedAt, timeZone),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {a.objection.reason}
          </Text>
        </Paper>

        <div data-testid="decide-current">
          <Text size="sm" fw={700} mb={6}>
            {t('penilaianAdmin.decide.current')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('penilaianAdmin.decide.ratingHasil')}
              </Text>
              {a.ratingHasil ? <RatingBadge rating={a.ratingHasil} size="md" /> : <Text>—</Text>}
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('penilaianAdmin.decide.ratingPerilaku')}
              </Text>
              {a.ratingPerilaku ? (
                <RatingBadge rating={a.ratingPerilaku} size="md" />
              ) : (
                <Text>—</Text>
              )}
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('penilaianAdmin.decide.predikat')}
              </Text>
              {a.predikat ? <PredikatBadge predikat={a.predikat} /> : <Text>—</Text>}
            </Stack>
          </SimpleGrid>
        </div>

        <Controller
          control={form.control}
          name="decision"
          render={({ field, fieldState }) => (
            <Radio.Group
              label={t('penilaianAdmin.decide.decision')}
              {...requiredField}
              value={field.value ?? ''}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Stack gap="xs" mt={6}>
                {OBJECTION_DECISIONS.map((d) => (
                  <Radio.Card key={d} value={d} radius="md" p="sm" data-testid={`decide-${d}`}>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={2} />
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text fw={700} size="sm">
                          {OBJECTION_DECISION_LABEL[d]}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {t(`penilaianAdmin.decide.hint.${d}`)}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
        />

        {values.decision === 'dikabulkan' ? (
          <Paper withBorder radius="md" p="sm" data-testid="decide-new-ratings">
            <Stack gap="md">
              <Text size="sm" fw={700}>
                {t('penilaianAdmin.decide.newRatings')}
              </Text>
              {hasilFixed ? (
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                  <Text size="sm" data-testid="decide-hasil-fixed">
                    {t('penilaianAdmin.decide.hasilFromOrg', {
                      rating: a.ratingHasil ? RATING_LABEL[a.ratingHasil] : '—',
                    })}
                  </Text>
                </Group>
              ) : (
                <Controller
                  control={form.control}
                  name="ratingHasil"
                  render={({ field, fieldState }) => (
                    <RatingChoice
                      name="ratingHasil"
                      label={t('penilaianAdmin.decide.ratingHasil')}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              )}
              <Controller
                control={form.control}
                name="ratingPerilaku"
                render={({ field, fieldState }) => (
                  <RatingChoice
                    name="ratingPerilaku"
                    label={t('penilaianAdmin.decide.ratingPerilaku')}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Group gap="xs" wrap="wrap" aria-live="polite" data-testid="decide-preview">
                <Text size="sm" fw={600}>
                  {t('penilaianAdmin.decide.newPredikat')}
                </Text>
                {preview ? (
                  <PredikatBadge predikat={preview} size="lg" />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('penilaianAdmin.decide.pickBoth')}
                  </Text>
                )}
              </Group>
              {decideKeepsRatings(a, values) ? (
                <Text size="sm" c="dimmed" data-testid="decide-unchanged">
                  {t('penilaianAdmin.decide.unchanged')}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ) : null}

        <Textarea
          label={t('penilaianAdmin.decide.note')}
          description={t('penilaianAdmin.decide.noteHint')}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={4000}
          error={form.formState.errors.note?.message}
          data-testid="decide-note"
          {...form.register('note')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending} data-testid="decide-submit">
            {t('penilaianAdmin.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
