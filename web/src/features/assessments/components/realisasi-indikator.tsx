import { Badge, Button, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconChartDots, IconCheck, IconWand } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentRhk } from '../../../../../shared/assessments.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { formatNumber } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { parseTargetNumber } from '../../skp/rhk-form.ts'
import { needsEditReason } from '../pegawai-view.ts'
import type { RealisasiDraft, RealisasiField } from '../pegawai-view.ts'

type Indikator = AssessmentRhk['indikator'][number]

/** "40 dokumen", or the qualitative target, or a dash. */
export function targetText(ind: Indikator): string {
  if (ind.targetValue !== null)
    return [formatNumber(ind.targetValue), ind.targetUnit].filter(Boolean).join(' ')
  return ind.targetText ?? '—'
}

function valueWithUnit(value: number, unit: string | null | undefined): string {
  return [formatNumber(value), unit].filter(Boolean).join(' ')
}

/**
 * One indikator of the pegawai's realisasi: the target, the suggestion from daily progress
 * (one tap to use it), the number and the text, and — only when the number differs from the
 * suggestion — the reason, which is then required. Read-only once submitted.
 */
export function RealisasiIndikator(props: {
  indikator: Indikator
  draft: RealisasiDraft
  editable: boolean
  errors: Partial<Record<RealisasiField, string>> | undefined
  onChange: (draft: RealisasiDraft) => void
}) {
  const { t } = useTranslation()
  const { indikator: ind, draft, errors } = props
  const id = ind.id
  const unit = ind.targetUnit ?? ind.suggestion?.satuan ?? null
  const suggestion = ind.suggestion
  const reasonNeeded = needsEditReason(draft.value, suggestion?.value, draft.text)
  const showReason = reasonNeeded || !!errors?.editReason
  const usesSuggestion =
    suggestion !== null && suggestion.value !== null && draft.value !== null && !reasonNeeded
  // Without a number the suggestion is only a summary: offered while the text is empty.
  const offerSuggestion =
    suggestion !== null && (suggestion.value !== null ? !usesSuggestion : draft.text.trim() === '')
  const idLocale = currentLanguage() !== 'en'

  const applySuggestion = () => {
    if (!suggestion) return
    props.onChange({
      value: suggestion.value ?? draft.value,
      text: draft.text.trim() === '' ? suggestion.text : draft.text,
      editReason: '',
    })
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      id={`indikator-${id}`}
      data-testid={`indikator-${id}`}
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap={8}>
        <div>
          <Group gap={6} mb={2}>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t('penilaian.rhk.indikator')}
            </Text>
            {ind.aspek ? (
              <Badge size="xs" variant="outline" color="gray">
                {t(`skp.aspek.${ind.aspek}`)}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
            {ind.text}
          </Text>
          <Text size="sm">
            {t('penilaian.rhk.target')}: <strong>{targetText(ind)}</strong>
          </Text>
        </div>

        {props.editable && suggestion ? (
          <Paper
            radius="sm"
            p="xs"
            bg="var(--mantine-color-kinerja-light)"
            data-testid={`suggestion-${id}`}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconChartDots size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm">
                  {suggestion.value !== null ? (
                    <>
                      {t('penilaian.rhk.suggestion')}:{' '}
                      <strong>{valueWithUnit(suggestion.value, suggestion.satuan ?? unit)}</strong>
                    </>
                  ) : (
                    t('penilaian.rhk.suggestionNoNumber')
                  )}
                </Text>
                {suggestion.text ? (
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                    {suggestion.text}
                  </Text>
                ) : null}
                {suggestion.value !== null && usesSuggestion ? (
                  <Text size="xs" c="teal.9" fw={600}>
                    <IconCheck
                      size={14}
                      aria-hidden
                      style={{ verticalAlign: 'text-bottom', marginRight: 4 }}
                    />
                    {t('penilaian.rhk.suggestionUsed')}
                  </Text>
                ) : offerSuggestion ? (
                  <div>
                    <Button
                      size="compact-sm"
                      variant="white"
                      leftSection={<IconWand size={14} aria-hidden />}
                      onClick={applySuggestion}
                      data-testid={`use-suggestion-${id}`}
                    >
                      {suggestion.value !== null
                        ? t('penilaian.rhk.useSuggestion', {
                            value: valueWithUnit(suggestion.value, suggestion.satuan ?? unit),
                          })
                        : t('penilaian.rhk.useSummary')}
                    </Button>
                  </div>
                ) : null}
              </Stack>
            </Group>
          </Paper>
        ) : null}

        {props.editable ? (
          <>
            <NumberInput
              label={t('penilaian.rhk.value')}
              description={
                unit ? t('penilaian.rhk.valueHintUnit', { unit }) : t('penilaian.rhk.valueHint')
              }
              value={draft.value ?? ''}
              onChange={(v) => props.onChange({ ...draft, value: parseTargetNumber(v) })}
              min={0}
              decimalScale={4}
              decimalSeparator={idLocale ? ',' : '.'}
              thousandSeparator={idLocale ? '.' : ','}
              allowNegative={false}
              inputMode="decimal"
              hideControls
              rightSection={
                unit ? (
                  <Text size="xs" c="dimmed" pr={6} truncate>
                    {unit}
                  </Text>
                ) : undefined
              }
              rightSectionWidth={unit ? 96 : undefined}
              error={errors?.value}
              maw={{ sm: 360 }}
              data-testid={`realisasi-input-${id}`}
            />
            <Textarea
              label={t('penilaian.rhk.text')}
              description={t('penilaian.rhk.textHint')}
              value={draft.text}
              onChange={(e) => props.onChange({ ...draft, text: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={4000}
              error={errors?.text}
              data-testid={`realisasi-text-${id}`}
            />
            {showReason ? (
              <Textarea
                label={t('penilaian.rhk.editReason')}
                description={
                  suggestion?.value != null
                    ? t('penilaian.rhk.editReasonHint', {
                        value: valueWithUnit(suggestion.value, suggestion.satuan ?? unit),
                      })
                    : undefined
                }
                {...requiredField}
                value={draft.editReason}
                onChange={(e) => props.onChange({ ...draft, editReason: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={1000}
                error={errors?.editReason}
                data-testid={`edit-reason-${id}`}
              />
            ) : null}
          </>
        ) : (
          <RealisasiReadOnly indikator={ind} unit={unit} />
        )}
      </Stack>
    </Paper>
  )
}

function RealisasiReadOnly(props: { indikator: Indikator; unit: string | null }) {
  const { t } = useTranslation()
  const r = props.indikator.realisasi
  if (!r || (r.value === null && !r.text))
    return (
      <Text size="sm" c="dimmed" data-testid={`realisasi-value-${props.indikator.id}`}>
        {t('penilaian.rhk.realisasi')}: {t('penilaian.rhk.notFilled')}
      </Text>
    )
  return (
    <Stack gap={4} data-testid={`realisasi-value-${props.indikator.id}`}>
      <Text size="sm">
        {t('penilaian.rhk.realisasi')}:{' '}
        <strong>{r.value !== null ? valueWithUnit(r.value, props.unit) : '—'}</strong>
      </Text>
      {r.text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {r.text}
        </Text>
      ) : null}
      {r.editReason ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {t('penilaian.rhk.editReasonShown', {
            value: r.suggestedValue !== null ? valueWithUnit(r.suggestedValue, props.unit) : '—',
          })}{' '}
          {r.editReason}
        </Text>
      ) : null}
    </Stack>
  )
}
