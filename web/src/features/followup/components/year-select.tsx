import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useYears } from '../../periods/api.ts'
import { useCurrentYear } from '../../skp/use-current-year.ts'
import { yearOptions } from '../followup-view.ts'

/** The year of a follow-up list (a plain select: easy on a phone). */
export function YearSelect(props: {
  value: number
  onChange: (year: number) => void
  testId?: string
  label?: string
}) {
  const { t } = useTranslation()
  const currentYear = useCurrentYear()
  const years = useYears()
  const options = yearOptions(
    (years.data ?? []).map((y) => y.year),
    currentYear,
    props.value,
  )
  return (
    <NativeSelect
      label={props.label ?? t('followup.year')}
      value={String(props.value)}
      onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      data={options.map((y) => ({ value: String(y), label: String(y) }))}
      data-testid={props.testId ?? 'followup-year'}
      w={{ base: '100%', xs: 120 }}
    />
  )
}
