/**
 * Working days of an instansi: weekdays it works plus its day-off list (national holidays, cuti
 * bersama, local holidays such as Galungan). Days are `YYYY-MM-DD` strings; arithmetic runs on
 * UTC day numbers, so the host's time zone never shifts a day (tests pin TZ=UTC anyway).
 *
 * Later modules build on these: lateness of daily progress ("end of the next working day"),
 * batas pengisian of assessment periods, working-day counts in reports.
 */

const DAY_MS = 86_400_000
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number]
/** Monday to Friday: the national working week of ASN (five working days). */
export const DEFAULT_WORKING_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5]

export type WorkingCalendar = {
  /** ISO weekdays that are working days; at least one. */
  readonly workingWeekdays: readonly number[]
  /** Days off (YYYY-MM-DD) that would otherwise be working days. */
  readonly holidays: ReadonlySet<string>
}

/** A calendar from stored rows: weekdays and holiday dates (duplicates are fine). */
export function workingCalendar(
  workingWeekdays: readonly number[],
  holidayDates: Iterable<string> = [],
): WorkingCalendar {
  return { workingWeekdays: [...new Set(workingWeekdays)].sort(), holidays: new Set(holidayDates) }
}

/** Days since 1970-01-01 for a real `YYYY-MM-DD`; a RangeError for anything else. */
export function dayNumber(day: string): number {
  const m = DAY_RE.exec(day)
  if (!m) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError(`Not a calendar day: ${day}`)
  return ms / DAY_MS
}

/** The `YYYY-MM-DD` of a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** `day` moved by `n` calendar days (negative goes back). */
export function addDays(day: string, n: number): string {
  return fromDayNumber(dayNumber(day) + n)
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday, 4). */
export function isoWeekday(day: string): IsoWeekday {
  return (((((dayNumber(day) + 3) % 7) + 7) % 7) + 1) as IsoWeekday
}

/** The last day of a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): string {
  return fromDayNumber(Date.UTC(year, month, 0) / DAY_MS)
}

function assertUsable(cal: WorkingCalendar) {
  // With no working weekday every search below would run forever.
  if (!cal.workingWeekdays.some((d) => d >= 1 && d <= 7))
    throw new RangeError('A calendar needs at least one working weekday')
}

/** A working day is a working weekday that is not on the holiday list. */
export function isWorkingDay(day: string, cal: WorkingCalendar): boolean {
  return cal.workingWeekdays.includes(isoWeekday(day)) && !cal.holidays.has(day)
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: string, cal: WorkingCalendar): string {
  return addWorkingDays(day, 1, cal)
}

/** The first working day strictly before `day`. */
export function previousWorkingDay(day: string, cal: WorkingCalendar): string {
  return addWorkingDays(day, -1, cal)
}

/** `day` itself when it is a working day, otherwise the next one. */
export function workingDayOnOrAfter(day: string, cal: WorkingCalendar): string {
  return isWorkingDay(day, cal) ? day : nextWorkingDay(day, cal)
}

/**
 * The day reached by moving `n` working days from `day`: n = 0 is `day` itself (working or
 * not), n = 1 the next working day, n = -1 the previous one.
 */
export function addWorkingDays(day: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be whole: ${n}`)
  assertUsable(cal)
  const step = n < 0 ? -1 : 1
  let at = dayNumber(day)
  for (let left = Math.abs(n); left > 0;) {
    at += step
    if (isWorkingDay(fromDayNumber(at), cal)) left--
  }
  return fromDayNumber(at)
}

/** Working days from `start` to `end`, both included; 0 when end is before start. */
export function countWorkingDays(start: string, end: string, cal: WorkingCalendar): number {
  let count = 0
  for (let at = dayNumber(start), last = dayNumber(end); at <= last; at++) {
    if (isWorkingDay(fromDayNumber(at), cal)) count++
  }
  return count
}

/**
 * Working days after `a` up to and including `b` (how many working days `b` is later than
 * `a`); negative when `b` is before `a`. Inverse of addWorkingDays: for a working day b ≥ a,
 * addWorkingDays(a, workingDaysBetween(a, b)) === b.
 */
export function workingDaysBetween(a: string, b: string, cal: WorkingCalendar): number {
  const [na, nb] = [dayNumber(a), dayNumber(b)]
  if (nb >= na) return countWorkingDays(fromDayNumber(na + 1), b, cal)
  // `0 - n`, not `-n`: no -0 when no working day lies between.
  return 0 - countWorkingDays(fromDayNumber(nb + 1), a, cal)
}

// ---------- default batas pengisian (decision 0006) ----------

/**
 * Batas pengisian of a periodic (monthly, quarterly, semester) assessment period: the 5th
 * working day after the period ends. No national rule exists (the BKN e-Kinerja manual leaves
 * the date to each instansi); five working days give the pegawai time to state realisasi and
 * the atasan time to rate. The admin can change every date.
 */
export const PERIODIC_DEADLINE_WORKING_DAYS = 5

export function defaultPeriodicDeadline(periodEnd: string, cal: WorkingCalendar): string {
  return addWorkingDays(periodEnd, PERIODIC_DEADLINE_WORKING_DAYS, cal)
}

/**
 * Batas pengisian of the annual ("Final") assessment: 10 January of the next year (the date
 * reported for the national 2024 annual SKP reporting, and annual completion in Gianyar ran
 * into January 2025), moved to the next working day when 10 January is not one, and never
 * before the last periodic deadline so the final rating comes after the periodic ones.
 */
export const ANNUAL_DEADLINE_MONTH_DAY = '01-10'

export function defaultAnnualDeadline(
  year: number,
  cal: WorkingCalendar,
  lastPeriodicDeadline?: string,
): string {
  const base = workingDayOnOrAfter(`${year + 1}-${ANNUAL_DEADLINE_MONTH_DAY}`, cal)
  return lastPeriodicDeadline && lastPeriodicDeadline > base ? lastPeriodicDeadline : base
}

// ---------- the end of a day in the instansi time zone ----------

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * The last instant of a day in an IANA time zone, ISO 8601 with offset, e.g. batas pengisian
 * 2026-04-08 in Asia/Makassar → "2026-04-08T23:59:59.999+08:00". Something recorded after it
 * is late. The offset is read at noon UTC of that day: Indonesia's zones have no daylight
 * saving, so it holds all day.
 */
export function endOfDayIso(day: string, timeZone: string): string {
  dayNumber(day)
  let format = offsetFormats.get(timeZone)
  if (!format) {
    // One formatter per zone: building one costs far more than using it.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormats.set(timeZone, format)
  }
  const zoneName =
    format.formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT'
  const m = /^GMT([+-]\d{2}):?(\d{2})?$/.exec(zoneName)
  return `${day}T23:59:59.999${m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00'}`
}
