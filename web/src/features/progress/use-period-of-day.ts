import { useCallback } from 'react'
import { useCurrentPeriod, useYear } from '../periods/api.ts'

/**
 * The assessment period a day belongs to (of the instansi's frequency: quarterly in the demo),
 * so the form offers that period's rencana aksi. Days outside this year fall back to today's
 * period.
 */
export function usePeriodOfDay(today: string) {
  const current = useCurrentPeriod()
  const year = useYear(Number(today.slice(0, 4)))
  const detail = year.data
  const fallback = current.data?.period?.id ?? null
  return useCallback(
    (day: string): string | null => {
      if (!detail) return fallback
      const found = detail.periods.find(
        (p) => p.kind === detail.assessmentFrequency && p.startDate <= day && day <= p.endDate,
      )
      return found?.id ?? fallback
    },
    [detail, fallback],
  )
}
