/**
 * "5 menit yang lalu", "kemarin", "3 hari yang lalu"; older than a week → the date itself
 * (`formatAbsolute`), since "32 hari yang lalu" makes people count.
 */
export function relativeTime(
  iso: string,
  now: Date,
  lang: 'id' | 'en',
  formatAbsolute: (iso: string) => string,
): string {
  const then = new Date(iso)
  if (Number.isNaN(then.getTime())) return iso
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000)
  const rtf = new Intl.RelativeTimeFormat(lang === 'en' ? 'en' : 'id', { numeric: 'auto' })
  const abs = Math.abs(seconds)
  if (abs < 60) return rtf.format(0, 'second')
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute')
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour')
  if (abs < 7 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day')
  return formatAbsolute(iso)
}
