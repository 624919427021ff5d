import type { InstansiTimeZone } from '../../../../shared/periods.ts'
import { currentLanguage } from '../../lib/i18n.ts'

/** Translation keys of Indonesia's three zones (the IANA names stay in the data). */
export const ZONE_KEY: Record<InstansiTimeZone, 'wib' | 'wita' | 'wit'> = {
  'Asia/Jakarta': 'wib',
  'Asia/Makassar': 'wita',
  'Asia/Jayapura': 'wit',
}

/** WIB / WITA / WIT for a stored zone; the IANA name for anything else. */
export function zoneKey(timeZone: string | null | undefined): 'wib' | 'wita' | 'wit' | null {
  return timeZone && timeZone in ZONE_KEY ? ZONE_KEY[timeZone as InstansiTimeZone] : null
}

function locale() {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID'
}

/** A calendar day with its weekday: "Kamis, 19 Maret 2026" (read as a date, never shifted). */
export function formatDayLong(day: string): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

/** "Maret 2026" for a YYYY-MM key. */
export function formatMonth(yearMonth: string): string {
  return new Intl.DateTimeFormat(locale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${yearMonth}-01T00:00:00Z`))
}
