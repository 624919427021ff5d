import { localDayOf } from '../../shared/rules/lateness.ts'

/** Time is injected so that deadlines and "today" are testable. */
export type Clock = { now(): Date }

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at)
  return { now: () => new Date(current), set: (d) => (current = new Date(d)) }
}

/** The calendar day (YYYY-MM-DD) of an instant in an IANA time zone (e.g. Asia/Makassar). */
export function dayIn(instant: Date, timeZone: string): string {
  return localDayOf(instant, timeZone)
}
