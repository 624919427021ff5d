import { entryDeadlineDay } from '../../../../shared/rules/lateness.ts'
import { addDays, isWorkingDay } from '../../../../shared/rules/working-days.ts'
import type { WorkingCalendar } from '../../../../shared/rules/working-days.ts'

export type LatenessExample = { day: string; deadline: string }

/** The latest working day on or before `day` (searching back at most two weeks). */
function workingDayOnOrBefore(day: string, cal: WorkingCalendar): string {
  for (let at = day, i = 0; i < 14; i++, at = addDays(at, -1)) if (isWorkingDay(at, cal)) return at
  return day
}

/**
 * Examples of the lateness rule for the admin, computed by the same rule the API applies
 * (shared/rules/lateness.ts): the latest working day up to today, and the next working day
 * that comes before a day off (a Friday, the eve of a holiday), where skipping matters most.
 */
export function latenessExamples(
  today: string,
  workingDaysAfter: number,
  cal: WorkingCalendar,
): LatenessExample[] {
  const rule = { workingDaysAfter }
  const first = workingDayOnOrBefore(today, cal)
  const days = [first]
  for (let at = first, i = 0; i < 14; i++, at = addDays(at, 1)) {
    if (isWorkingDay(at, cal) && !isWorkingDay(addDays(at, 1), cal)) {
      if (at !== first) days.push(at)
      break
    }
  }
  return days.map((day) => ({ day, deadline: entryDeadlineDay(day, rule, cal) }))
}
