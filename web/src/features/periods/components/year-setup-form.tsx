import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Checkbox, Group, NumberInput, Radio, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  ASSESSMENT_FREQUENCIES,
  PERIOD_COUNT,
  newYearSchema,
} from '../../../../../shared/periods.ts'
import type { AssessmentFrequency, NewYear } from '../../../../../shared/periods.ts'
import { DEFAULT_HOLIDAY_YEARS } from '../../../../../shared/rules/holidays-id.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useCreateYear } from '../api.ts'
import { SkpDateFields } from './skp-date-fields.tsx'

type Form = {
  year: number
  assessmentFrequency: AssessmentFrequency
  skpStart: string
  skpEnd: string
  loadNationalHolidays: boolean
  loadLocalHolidays: 'bali' | null
}

const FIELDS = [
  'year',
  'assessmentFrequency',
  'skpStart',
  'skpEnd',
  'loadNationalHolidays',
  'loadLocalHolidays',
]

/**
 * The guided set-up of a performance year: which year, how often to assess (each option
 * explained), the SKP period and the default holidays to load. The server generates the
 * periods and deadlines; the form says what it will create.
 */
export function YearSetupForm(props: {
  defaultYear: number
  onDone: (year: number) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const create = useCreateYear()
  const form = useForm<Form, unknown, NewYear>({
    resolver: zodResolver(newYearSchema) as unknown as Resolver<Form, unknown, NewYear>,
    defaultValues: {
      year: props.defaultYear,
      assessmentFrequency: 'quarterly',
      skpStart: `${props.defaultYear}-01-01`,
      skpEnd: `${props.defaultYear}-12-31`,
      loadNationalHolidays: true,
      loadLocalHolidays: null,
    },
  })
  const { errors } = form.formState
  const year = useWatch({ control: form.control, name: 'year' })
  const frequency = useWatch({ control: form.control, name: 'assessmentFrequency' })
  const hasDefaults = DEFAULT_HOLIDAY_YEARS.includes(year)

  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (y) => {
        notifySuccess(t('periods.created', { year: y.year, count: y.periods.length }))
        props.onDone(y.year)
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, FIELDS)) notifyError(e)
      },
    }),
  )

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="year-setup-form">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="year"
          render={({ field }) => (
            <NumberInput
              label={t('periods.year')}
              description={t('periods.yearHint')}
              {...requiredField}
              min={2000}
              max={2100}
              allowDecimal={false}
              thousandSeparator=""
              maw={200}
              value={field.value}
              onChange={(v) => {
                const n = typeof v === 'number' ? v : Number(v)
                field.onChange(n)
                // The SKP period follows the year while it is still the default one.
                if (Number.isInteger(n) && n >= 2000 && n <= 2100) {
                  form.setValue('skpStart', `${n}-01-01`)
                  form.setValue('skpEnd', `${n}-12-31`)
                }
              }}
              onBlur={field.onBlur}
              error={errors.year?.message}
            />
          )}
        />

        <Controller
          control={form.control}
          name="assessmentFrequency"
          render={({ field }) => (
            <Radio.Group
              label={t('periods.frequency')}
              description={t('periods.frequencyHint')}
              {...requiredField}
              value={field.value}
              onChange={field.onChange}
              error={errors.assessmentFrequency?.message}
            >
              <Stack gap="xs" mt="xs">
                {ASSESSMENT_FREQUENCIES.map((f) => (
                  <Radio.Card key={f} value={f} radius="md" p="sm" withBorder>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={3} />
                      <div>
                        <Text fw={600}>{t(`periods.frequencyLabel.${f}`)}</Text>
                        <Text size="sm" c="dimmed">
                          {t(`periods.frequencyExplain.${f}`)}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
        />

        <SkpDateFields
          register={form.register}
          startError={errors.skpStart}
          endError={errors.skpEnd}
        />
        <Text size="xs" c="dimmed" mt={-8}>
          {t('periods.skpHint')}
        </Text>

        <Stack gap="xs">
          <Controller
            control={form.control}
            name="loadNationalHolidays"
            render={({ field }) => (
              <Checkbox
                label={t('periods.loadNational')}
                description={t('periods.loadNationalHint')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                disabled={!hasDefaults}
              />
            )}
          />
          <Controller
            control={form.control}
            name="loadLocalHolidays"
            render={({ field }) => (
              <Checkbox
                label={t('periods.loadBali')}
                description={t('periods.loadBaliHint')}
                checked={field.value === 'bali'}
                onChange={(e) => field.onChange(e.currentTarget.checked ? 'bali' : null)}
                disabled={!hasDefaults}
              />
            )}
          />
          {!hasDefaults ? (
            <Text size="sm" c="dimmed">
              {t('periods.noDefaults', {
                from: DEFAULT_HOLIDAY_YEARS[0],
                to: DEFAULT_HOLIDAY_YEARS.at(-1),
              })}
            </Text>
          ) : null}
        </Stack>

        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} data-testid="setup-preview">
          <Text size="sm">
            {t('periods.willCreate', {
              count: PERIOD_COUNT[frequency],
              frequency: t(`periods.frequencyLabel.${frequency}`).toLowerCase(),
            })}
          </Text>
          <Text size="sm" mt={4}>
            {t('periods.deadlineRule')}
          </Text>
        </Alert>

        <Group justify="flex-end">
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={create.isPending}>
            {t('periods.setupSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
