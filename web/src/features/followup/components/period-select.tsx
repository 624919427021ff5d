import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Period } from '../../../../../shared/periods.ts'
import { orderPeriods } from '../../assessments/admin-view.ts'

/**
 * The periods of a year as a plain select; `allLabel` adds a first "all periods" choice
 * (value ''), for exports that may cover the whole year.
 */
export function PeriodSelect(props: {
  periods: readonly Period[]
  value: string | undefined
  onChange: (periodId: string | undefined) => void
  allLabel?: string
  testId: string
  loading?: boolean
}) {
  const { t } = useTranslation()
  const ordered = orderPeriods(props.periods)
  const options = ordered.map((p) => ({
    value: p.id,
    label: p.kind === 'annual' ? t('followup.annualPeriod', { name: p.name }) : p.name,
  }))
  const data = props.allLabel
    ? [{ value: '', label: props.allLabel }, ...options]
    : options.length === 0
      ? [{ value: '', label: props.loading ? t('common.loading') : t('followup.noPeriods') }]
      : options
  return (
    <NativeSelect
      label={t('followup.period')}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      data={data}
      disabled={!props.allLabel && options.length === 0}
      data-testid={props.testId}
      w={{ base: '100%', xs: 260 }}
    />
  )
}
