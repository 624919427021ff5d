/**
 * Timeliness of daily progress (domain.md, "Lateness"): an entry for day D is on time when it
 * was recorded before the end of the deadline day in the instansi's local time. The deadline day
 * is D moved by the instansi's number of working days (default 1: "end of the next working day";
 * weekends, national holidays, cuti bersama and local holidays are skipped). Pure functions; the
 * API and the UI both use them.
 */
import { addWorkingDays, dayNumber, endOfDayIso, type WorkingCalendar } from './working-days.ts'

/** The instansi's rule. `workingDaysAfter` 0 = the same day, 1 = the next working day (default). */
export type LatenessRule = { readonly workingDaysAfter: number }
export const DEFAULT_LATENESS_RULE: LatenessRule = { workingDaysAfter: 1 }
export const MAX_LATENESS_WORKING_DAYS = 10

/** A device clock may run a little ahead of the server; beyond this its time is not trusted. */
export const DEVICE_CLOCK_SKEW_MS = 5 * 60_000

const toDate = (t: Date | string) => (typeof t === 'string' ? new Date(t) : t)

const partFormats = new Map<string, Intl.DateTimeFormat>()

function parts(instant: Date | string, timeZone: string) {
  let format = partFormats.get(timeZone)
  if (!format) {
    // One formatter per zone: building one costs far more than using it.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    partFormats.set(timeZone, format)
  }
  const p = format.formatToParts(toDate(instant))
  const get = (type: string) => p.find((x) => x.type === type)?.value ?? '00'
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  }
}

/** The local calendar day of an instant: 23:30 UTC is already the next day in WIB/WITA/WIT. */
export function localDayOf(instant: Date | string, timeZone: string): string {
  return parts(instant, timeZone).day
}

/** The local wall-clock hour (0–23) of an instant. */
export function localHourOf(instant: Date | string, timeZone: string): number {
  return parts(instant, timeZone).hour
}

/** The local `HH:MM` of an instant. */
export function localTimeOf(instant: Date | string, timeZone: string): string {
  const { hour, minute } = parts(instant, timeZone)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** The last day an entry for `day` may be recorded on time. */
export function entryDeadlineDay(day: string, rule: LatenessRule, cal: WorkingCalendar): string {
  dayNumber(day)
  return addWorkingDays(day, rule.workingDaysAfter, cal)
}

/** The last instant (ISO with the zone's offset) an entry for `day` is on time. */
export function entryDeadlineIso(
  day: string,
  rule: LatenessRule,
  cal: WorkingCalendar,
  timeZone: string,
): string {
  return endOfDayIso(entryDeadlineDay(day, rule, cal), timeZone)
}

export type Timeliness = {
  /** When the entry counts as recorded: the device's entry time when it can be trusted. */
  effectiveRecordedAt: string
  deadlineAt: string
  /** Entered after the deadline. */
  late: boolean
  /** Entered on time on the device (offline) but reached the server after the deadline. */
  syncedLate: boolean
}

/**
 * Whether an entry is late. `receivedAt` is when the server stored it; `deviceRecordedAt` when
 * the person entered it on their phone (offline queue). The device time is trusted only when it
 * is not later than the server time (plus a small clock skew): a phone cannot claim to have
 * entered something in the future, and an entry kept offline keeps its honest entry time while
 * `syncedLate` tells the atasan it arrived after the deadline.
 */
export function timeliness(input: {
  day: string
  receivedAt: Date | string
  deviceRecordedAt?: Date | string | null
  rule: LatenessRule
  cal: WorkingCalendar
  timeZone: string
}): Timeliness {
  const received = toDate(input.receivedAt)
  const device = input.deviceRecordedAt ? toDate(input.deviceRecordedAt) : null
  const trusted =
    device &&
    !Number.isNaN(device.getTime()) &&
    device.getTime() <= received.getTime() + DEVICE_CLOCK_SKEW_MS
      ? new Date(Math.min(device.getTime(), received.getTime()))
      : received
  const deadlineAt = entryDeadlineIso(input.day, input.rule, input.cal, input.timeZone)
  const deadline = new Date(deadlineAt).getTime()
  const late = trusted.getTime() > deadline
  return {
    effectiveRecordedAt: trusted.toISOString(),
    deadlineAt,
    late,
    syncedLate: !late && received.getTime() > deadline,
  }
}

/** Minutes between two `HH:MM` times of one day (end after start). */
export function minutesBetween(start: string, end: string): number {
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
  return m(end) - m(start)
}
