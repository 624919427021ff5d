import { Grid, NativeSelect, Paper, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Period, YearDetail } from '../../../../../shared/periods.ts'
import { formatDate } from '../../../lib/format.ts'
import { useYear, useYears } from '../../periods/api.ts'
import { useCurrentYear } from '../../skp/use-current-year.ts'
import { defaultPeriodId, orderPeriods } from '../admin-view.ts'

export type PeriodChoice = {
  year: number
  setYear: (year: number) => void
  yearDetail: ReturnType<typeof useYear>
  /** The chosen period (or the default one of the year), null while loading or without periods. */
  period: Period | null
  setPeriodId: (id: string) => void
}

/**
 * The year and period shown by a leader's or admin's assessment page: this year by default,
 * and within it the period containing today (else the latest that ended).
 */
export function usePeriodChoice(): PeriodChoice {
  const currentYear = useCurrentYear()
  const [year, setYearState] = useState(currentYear)
  const [picked, setPicked] = useState<string | null>(null)
  const yearDetail = useYear(year)
  const periods = yearDetail.data?.periods ?? []
  const id =
    (picked && periods.some((p) => p.id === picked) ? picked : null) ??
    (yearDetail.data ? defaultPeriodId(periods, yearDetail.data.today) : null)
  return {
    year,
    setYear: (y) => {
      setYearState(y)
      setPicked(null)
    },
    yearDetail,
    period: periods.find((p) => p.id === id) ?? null,
    setPeriodId: setPicked,
  }
}

/** Year + period selects (plain selects: easy on a phone) and the period's batas pengisian. */
export function OrgPeriodPicker(props: { choice: PeriodChoice; label: string }) {
  const { t } = useTranslation()
  const currentYear = useCurrentYear()
  const years = useYears()
  const { choice } = props
  const yearOptions = new Set<number>((years.data ?? []).map((y) => y.year))
  yearOptions.add(currentYear)
  yearOptions.add(choice.year)
  const detail: YearDetail | undefined = choice.yearDetail.data
  const periods = orderPeriods(detail?.periods ?? [])
  return (
    <Paper withBorder radius="md" p="sm" role="search" aria-label={props.label}>
      <Grid gutter="sm" align="flex-end">
        <Grid.Col span={{ base: 4, sm: 2 }}>
          <NativeSelect
            label={t('penilaianAdmin.period.year')}
            value={String(choice.year)}
            onChange={(e) => choice.setYear(Number(e.currentTarget.value))}
            data={[...yearOptions]
              .sort((a, b) => b - a)
              .map((y) => ({ value: String(y), label: String(y) }))}
            data-testid="org-year-select"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 8, sm: 5 }}>
          <NativeSelect
            label={t('penilaianAdmin.period.label')}
            value={choice.period?.id ?? ''}
            onChange={(e) => choice.setPeriodId(e.currentTarget.value)}
            disabled={periods.length === 0}
            data={
              periods.length === 0
                ? [{ value: '', label: t('penilaianAdmin.period.none') }]
                : periods.map((p) => ({
                    value: p.id,
                    label:
                      p.kind === 'annual'
                        ? t('penilaianAdmin.period.annualOption', { name: p.name })
                        : p.name,
                  }))
            }
            data-testid="org-period-select"
          />
        </Grid.Col>
        {choice.period ? (
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Text size="sm" c="dimmed" data-testid="org-period-deadline">
              {t('penilaianAdmin.period.range', {
                start: formatDate(choice.period.startDate),
                end: formatDate(choice.period.endDate),
              })}
              <br />
              {t('penilaianAdmin.period.deadline', { date: formatDate(choice.period.deadline) })}
            </Text>
          </Grid.Col>
        ) : null}
      </Grid>
    </Paper>
  )
}
