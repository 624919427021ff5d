import type { SkpSummary } from '../../../../shared/skp.ts'

/**
 * Years on the "SKP saya" page. One SKP per person per position period: a mutasi closes
 * one ("ditutup") and opens another in the same year, so "has an SKP for the year" means
 * an SKP that is not closed.
 */
type YearSkp = Pick<SkpSummary, 'id' | 'year' | 'status' | 'updatedAt'>

export function hasOpenSkp(skps: readonly YearSkp[], year: number): boolean {
  return skps.some((s) => s.year === year && s.status !== 'ditutup')
}

/** Newest year first; within a year the open SKP before closed ones, then newest first. */
export function groupByYear<T extends YearSkp>(skps: readonly T[]): { year: number; items: T[] }[] {
  const years = [...new Set(skps.map((s) => s.year))].sort((a, b) => b - a)
  return years.map((year) => ({
    year,
    items: skps
      .filter((s) => s.year === year)
      .sort(
        (a, b) =>
          Number(a.status === 'ditutup') - Number(b.status === 'ditutup') ||
          b.updatedAt.localeCompare(a.updatedAt),
      ),
  }))
}

/** The years offered when creating an SKP: last year (late starters), this year, next year. */
export function creatableYears(currentYear: number): number[] {
  return [currentYear - 1, currentYear, currentYear + 1]
}

/** This year if it has no SKP yet, otherwise next year (planning ahead in December). */
export function defaultNewYear(skps: readonly YearSkp[], currentYear: number): number {
  return hasOpenSkp(skps, currentYear) ? currentYear + 1 : currentYear
}

/**
 * The SKP to copy from when creating one for `year`: the newest earlier year, preferring
 * the approved one (the agreed content) and then the most recently changed.
 */
export function copySource<T extends YearSkp>(skps: readonly T[], year: number): T | null {
  const earlier = skps.filter((s) => s.year < year)
  if (earlier.length === 0) return null
  const latestYear = Math.max(...earlier.map((s) => s.year))
  const rank = (s: YearSkp) => (s.status === 'disetujui' ? 0 : s.status === 'ditutup' ? 2 : 1)
  return (
    earlier
      .filter((s) => s.year === latestYear)
      .sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
  )
}
