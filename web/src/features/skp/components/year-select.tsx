import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The SKP year filter: a short list around this year (plain select, easy on a phone). */
export function YearSelect(props: {
  value: number
  onChange: (year: number) => void
  currentYear: number
  label?: string
  maw?: number
}) {
  const { t } = useTranslation()
  const years = [
    props.currentYear + 1,
    props.currentYear,
    props.currentYear - 1,
    props.currentYear - 2,
  ]
  if (!years.includes(props.value)) years.push(props.value)
  return (
    <NativeSelect
      label={props.label ?? t('skp.year')}
      value={String(props.value)}
      onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      data={years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }))}
      maw={props.maw ?? 160}
      data-testid="skp-year-select"
    />
  )
}
