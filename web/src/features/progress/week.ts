import { addDays, dayNumber, isoWeekday } from '../../../../shared/rules/working-days.ts'

/**
 * Calendar arithmetic of the daily-progress screen. Days are `YYYY-MM-DD` strings in the
 * instansi's time zone (never the browser's): the server says what "today" is.
 */

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/

/** A real `YYYY-MM-DD` day, or null (the `?tanggal=` of a shared link may be anything). */
export function parseDay(value: unknown): string | null {
  if (typeof value !== 'string' || !DAY_RE.test(value)) return null
  try {
    dayNumber(value)
    return value
  } catch {
    return null
  }
}

/** The Monday of the week containing `day` (weeks run Monday–Sunday in Indonesia). */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day))
}

/** The seven days (Monday first) of the week containing `day`. */
export function weekDays(day: string): string[] {
  const monday = weekStart(day)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/** Whether `a` comes after `b`. */
export function isAfter(a: string, b: string): boolean {
  return dayNumber(a) > dayNumber(b)
}

/** `HH:MM` → minutes since midnight. */
export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Minutes since midnight → `HH:MM` (clamped to the day). */
export function fromMinutes(minutes: number): string {
  const m = Math.min(Math.max(Math.round(minutes), 0), 23 * 60 + 59)
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** Hours and minutes of a duration, for "2 j 30 m" style labels. */
export function splitDuration(minutes: number): { hours: number; minutes: number } {
  const m = Math.max(0, Math.round(minutes))
  return { hours: Math.floor(m / 60), minutes: m % 60 }
}

/**
 * A sensible start for a new entry: right after the day's last entry, else 08:00; an hour
 * long, never past 23:59.
 */
export function suggestTimes(existing: readonly { endTime: string }[]): {
  startTime: string
  endTime: string
} {
  const last = existing.reduce((max, e) => Math.max(max, toMinutes(e.endTime)), -1)
  const start = last >= 0 ? Math.min(last, 22 * 60 + 59) : 8 * 60
  return { startTime: fromMinutes(start), endTime: fromMinutes(start + 60) }
}
