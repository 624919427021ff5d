/**
 * Alignment checks of daily progress (product.md: "activities that drift from targets"). Each
 * entry may carry flags that the pegawai and the atasan see; none blocks saving. Pure functions
 * over plain data; the API computes them per page of entries (the duplicate count comes from
 * one aggregate query over `text_hash`).
 */
import { minutesBetween } from './lateness.ts'
import { addDays, dayNumber } from './working-days.ts'

export const ALIGNMENT_FLAGS = ['unlinked', 'vague', 'duplicate', 'overlap', 'too_long'] as const
export type AlignmentFlag = (typeof ALIGNMENT_FLAGS)[number]

export const ALIGNMENT_FLAG_LABEL: Record<AlignmentFlag, string> = {
  unlinked: 'Tidak terhubung ke RHK',
  vague: 'Uraian terlalu singkat atau umum',
  duplicate: 'Uraian sama dengan hari atau rekan lain',
  overlap: 'Jam bertumpuk dengan kegiatan lain',
  too_long: 'Durasi terlalu panjang',
}

/** Instansi thresholds (admin settings); defaults below. */
export type AlignmentSettings = {
  readonly minDescriptionChars: number
  readonly maxEntryHours: number
  readonly staleRhkWeeks: number
  /** The same text on at least this many entries (other days or colleagues) is flagged. */
  readonly duplicateMinCount: number
}
export const DEFAULT_ALIGNMENT_SETTINGS: AlignmentSettings = {
  minDescriptionChars: 20,
  maxEntryHours: 10,
  staleRhkWeeks: 3,
  duplicateMinCount: 3,
}

/** Descriptions that say nothing about a result when they are the whole text. */
export const GENERIC_DESCRIPTIONS: readonly string[] = [
  'rapat',
  'koordinasi',
  'tugas kantor',
  'tugas rutin',
  'kegiatan rutin',
  'melaksanakan tugas',
  'mengerjakan tugas',
  'menyelesaikan tugas',
  'membantu',
  'membantu atasan',
  'lain lain',
  'dll',
  'administrasi',
  'piket',
  'apel',
  'apel pagi',
  'kerja',
  'bekerja',
]

/**
 * Lower case, punctuation to spaces, single spaces: the text two entries are compared on.
 * NFKC runs first: it turns compatibility letters (ℌ, fullwidth Ｈ) into plain capitals, which
 * must then still be lowered.
 */
export function normalizeDescription(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Too short (fewer characters or fewer than 3 words) or only a generic phrase. */
export function isVague(description: string, minChars: number): boolean {
  const n = normalizeDescription(description)
  if (n.length < minChars) return true
  if (n.split(' ').length < 3) return true
  return GENERIC_DESCRIPTIONS.includes(n)
}

export type TimedEntry = { id: string; date: string; startTime: string; endTime: string }

/** Ids of entries whose hours overlap another entry of the same person on the same day. */
export function overlappingIds(entries: readonly TimedEntry[]): Set<string> {
  const out = new Set<string>()
  const byDay = new Map<string, TimedEntry[]>()
  for (const e of entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e])
  for (const day of byDay.values()) {
    const sorted = [...day].sort((a, b) => a.startTime.localeCompare(b.startTime))
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.startTime < sorted[i]!.endTime; j++) {
        out.add(sorted[i]!.id)
        out.add(sorted[j]!.id)
      }
    }
  }
  return out
}

export type FlagInput = TimedEntry & {
  description: string
  rhkId: string | null
  /** How many entries in the instansi (this one included) carry the same normalised text. */
  sameTextCount: number
}

/** The flags of each entry of one person; `entries` should hold whole days for `overlap`. */
export function flagEntries(
  entries: readonly FlagInput[],
  settings: AlignmentSettings = DEFAULT_ALIGNMENT_SETTINGS,
): Map<string, AlignmentFlag[]> {
  const overlap = overlappingIds(entries)
  const out = new Map<string, AlignmentFlag[]>()
  for (const e of entries) {
    const flags: AlignmentFlag[] = []
    if (!e.rhkId) flags.push('unlinked')
    if (isVague(e.description, settings.minDescriptionChars)) flags.push('vague')
    if (e.sameTextCount >= settings.duplicateMinCount) flags.push('duplicate')
    if (overlap.has(e.id)) flags.push('overlap')
    if (minutesBetween(e.startTime, e.endTime) > settings.maxEntryHours * 60) flags.push('too_long')
    out.set(e.id, flags)
  }
  return out
}

/**
 * An RHK is stale when it had no activity in the last `weeks` weeks up to `today`, counting
 * from when it could have had any (`since`, e.g. the SKP's or period's start): an RHK created
 * last week is not stale yet.
 */
export function isStaleRhk(
  lastActivityDate: string | null,
  since: string,
  today: string,
  weeks: number,
): boolean {
  const windowStart = addDays(today, -7 * weeks)
  if (dayNumber(since) > dayNumber(windowStart)) return false
  return lastActivityDate === null || dayNumber(lastActivityDate) < dayNumber(windowStart)
}
