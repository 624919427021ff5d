/** Time is injected so that deadlines and "today" are testable. */
export type Clock = { now(): Date }

export const systemClock: Clock = { now: () => new Date() }

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at)
  return { now: () => new Date(current), set: (d) => (current = new Date(d)) }
}

/** The calendar day (YYYY-MM-DD) of an instant in an IANA time zone (e.g. Asia/Makassar). */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    // Building a formatter costs far more than using one: one per zone (a handful in use).
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    dayFormats.set(timeZone, format)
  }
  return format.format(instant)
}
const dayFormats = new Map<string, Intl.DateTimeFormat>()
