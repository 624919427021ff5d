import dayjs from 'dayjs'
import 'dayjs/locale/id'
import { currentLanguage } from './i18n.ts'

/**
 * Formatting in the user's language: dates as "27 November 2026", numbers with
 * Indonesian separators, timestamps in the instansi's time zone.
 */

function locale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID'
}

/** A calendar day `YYYY-MM-DD` → "27 November 2026". */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '—'
  const d = dayjs(day.slice(0, 10))
  if (!d.isValid()) return day
  return d.locale(currentLanguage() === 'en' ? 'en' : 'id').format('D MMMM YYYY')
}

/** An ISO timestamp → "27 November 2026 14.05" in the given time zone. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  try {
    return new Intl.DateTimeFormat(locale(), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(d)
  } catch {
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(d)
  }
}

/** An ISO timestamp split for narrow columns: "28 November 2026" and "08.15". */
export function formatDateTimeParts(
  iso: string,
  timeZone?: string,
): { date: string; time: string } {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' }
  try {
    return {
      date: new Intl.DateTimeFormat(locale(), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone,
      }).format(d),
      time: new Intl.DateTimeFormat(locale(), {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZone,
      }).format(d),
    }
  } catch {
    return { date: d.toISOString().slice(0, 10), time: d.toISOString().slice(11, 19) }
  }
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n)
}

/** Today in a time zone as YYYY-MM-DD (the instansi's "today", not the browser's). */
export function todayIn(timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date())
  } catch {
    return dayjs().format('YYYY-MM-DD')
  }
}

/** The hour of day in a time zone, for the greeting. */
export function hourIn(timeZone?: string): number {
  try {
    return (
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hour12: false }).format(
          new Date(),
        ),
      ) % 24
    )
  } catch {
    return new Date().getHours()
  }
}

/**
 * The name to greet someone with: the display name without gelar ("Dr. I Made Wisnu
 * Wardhana, S.Sos., M.Si." → "I Made Wisnu Wardhana"). Balinese names start with birth-order
 * and caste words (I, Ni, Made, Anak Agung…), so a "first name" would be wrong.
 */
export function greetingName(displayName: string): string {
  const withoutSuffix = displayName.split(',')[0] ?? displayName
  const words = withoutSuffix.trim().split(/\s+/)
  while (words.length > 1 && /\.$/.test(words[0] ?? '')) words.shift()
  return words.join(' ')
}
