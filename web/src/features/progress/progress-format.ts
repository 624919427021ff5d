import i18next from 'i18next'
import { currentLanguage } from '../../lib/i18n.ts'
import { zoneKey } from '../periods/labels.ts'
import { splitDuration } from './week.ts'

/** Formatting of the daily-progress screens, in the user's language and the instansi's zone. */

function locale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID'
}

/** `08:30` → "08.30" in Indonesian (the way times are written), "08:30" in English. */
export function formatTime(time: string): string {
  const hhmm = time.slice(0, 5)
  return currentLanguage() === 'en' ? hhmm : hhmm.replace(':', '.')
}

export function formatTimeRange(start: string, end: string): string {
  return i18next.t('progress.entry.time', { start: formatTime(start), end: formatTime(end) })
}

/** 150 → "2 jam 30 menit". */
export function formatDuration(minutes: number): string {
  const { hours, minutes: m } = splitDuration(minutes)
  if (hours === 0) return i18next.t('progress.duration.m', { m })
  if (m === 0) return i18next.t('progress.duration.h', { h: hours })
  return i18next.t('progress.duration.hm', { h: hours, m })
}

/** "Sen" / "Mon" and the day of the month of a calendar day (read as a date, never shifted). */
export function weekdayParts(day: string): { weekday: string; dayOfMonth: string } {
  const d = new Date(`${day}T00:00:00Z`)
  return {
    weekday: new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(d),
    dayOfMonth: String(d.getUTCDate()),
  }
}

/** "23 Nov – 29 Nov 2026" for a week. */
export function formatWeekRange(from: string, to: string): string {
  const f = (day: string, withYear: boolean) =>
    new Intl.DateTimeFormat(locale(), {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`))
  return `${f(from, from.slice(0, 4) !== to.slice(0, 4))} – ${f(to, true)}`
}

/** WIB/WITA/WIT for the instansi's zone (the IANA name for any other). */
export function zoneLabel(timeZone: string): string {
  const key = zoneKey(timeZone)
  return key ? i18next.t(`periods.zoneShort.${key}`) : timeZone
}

/** An instant in the instansi's zone: "Senin, 30 November 2026 23.59 WITA". */
export function formatInstant(iso: string, timeZone: string, withWeekday = false): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const text = new Intl.DateTimeFormat(locale(), {
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(d)
  return `${text} ${zoneLabel(timeZone)}`
}

/** 2_500_000 → "2,4 MB". */
export function formatBytes(n: number): string {
  const nf = (v: number, digits: number) =>
    new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(v)
  if (n < 1024) return `${nf(n, 0)} B`
  if (n < 1024 * 1024) return `${nf(n / 1024, 0)} KB`
  return `${nf(n / 1024 / 1024, 1)} MB`
}
