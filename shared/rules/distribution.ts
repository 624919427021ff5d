/**
 * Pola distribusi predikat kinerja pegawai (SE MenPAN-RB 3/2023; domain.md "Distribution
 * pattern"; research §5.6), as versioned reference data plus pure checks used by the API
 * (finalising) and the UI (the live chart).
 *
 * Rounding (decision 0010): a share limit of p % in a group of n people becomes a whole number
 * of people by rounding p × n / 100 to the nearest whole number, halves up — integer
 * arithmetic, no floating point. "At most p %" allows that many people; "at least p %"
 * requires that many. Examples: 70 % of 1 = 0.7 → 1; 70 % of 3 = 2.1 → 2; 60 % of 2 = 1.2 → 1;
 * 10 % of 5 = 0.5 → 1; 10 % of 3 = 0.3 → 0 (no minimum in a unit of 3).
 *
 * Timing (decision 0010): the group size n counts every employee to be assessed in the group,
 * rated or not. A ceiling is judged at once (it can only get worse); a minimum, "at least one"
 * included, is "open" while some are still unrated and it can still be met, and violated when
 * it no longer can.
 */
import { PREDIKAT, PREDIKAT_LABEL, type OrgPredikat, type Predikat } from './predikat.ts'

export type PatternRule =
  | { kind: 'max'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'min'; predikat: readonly Predikat[]; percent: number }
  | { kind: 'none'; predikat: readonly Predikat[] }
  | { kind: 'at_least_one'; predikat: readonly Predikat[] }

export type DistributionPatterns = {
  version: number
  /** Where the numbers come from (shown under the chart). */
  source: string
  patterns: Record<OrgPredikat, readonly PatternRule[]>
}

/** Version 1: SE MenPAN-RB 3/2023 as paraphrased in research §5.6 (single secondary source). */
export const DISTRIBUTION_PATTERNS_V1: DistributionPatterns = {
  version: 1,
  source: 'SE MenPAN-RB No. 3 Tahun 2023 (pola distribusi predikat kinerja pegawai)',
  patterns: {
    istimewa: [{ kind: 'max', predikat: ['sangat_baik'], percent: 70 }],
    baik: [
      { kind: 'max', predikat: ['baik'], percent: 70 },
      { kind: 'at_least_one', predikat: ['butuh_perbaikan', 'kurang'] },
    ],
    butuh_perbaikan: [
      { kind: 'min', predikat: ['butuh_perbaikan'], percent: 60 },
      { kind: 'max', predikat: ['sangat_baik'], percent: 10 },
    ],
    kurang: [
      { kind: 'min', predikat: ['kurang'], percent: 60 },
      { kind: 'min', predikat: ['butuh_perbaikan'], percent: 10 },
      { kind: 'max', predikat: ['sangat_baik'], percent: 10 },
    ],
    sangat_kurang: [
      { kind: 'min', predikat: ['sangat_kurang'], percent: 60 },
      { kind: 'min', predikat: ['kurang', 'butuh_perbaikan'], percent: 10 },
      { kind: 'none', predikat: ['sangat_baik'] },
    ],
  },
}
export const CURRENT_PATTERNS = DISTRIBUTION_PATTERNS_V1

export const ROUNDING_RULE_TEXT =
  'Batas persentase diubah menjadi jumlah orang dengan pembulatan ke bilangan bulat terdekat ' +
  '(setengah dibulatkan ke atas): 70% dari 3 orang = 2,1 → 2 orang; 70% dari 1 orang = 0,7 → 1 orang; ' +
  '10% dari 5 orang = 0,5 → 1 orang. Batas minimum baru dinilai setelah semua pegawai dinilai.'

/** p % of n people as a whole number of people, halves rounded up (integer arithmetic). */
export function wholePeople(percent: number, n: number): number {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError('percent must be an integer 0–100')
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0')
  return Math.floor((percent * n + 50) / 100)
}

export type PredikatCounts = Record<Predikat, number>
export const emptyCounts = (): PredikatCounts =>
  Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as PredikatCounts

export type RuleStatus = 'ok' | 'open' | 'violated'
export type RuleResult = {
  rule: PatternRule
  /** The rule in words, e.g. "Sangat Baik paling banyak 70% (2 dari 3 orang)". */
  text: string
  /** People allowed (max/none) or required (min/at_least_one). */
  limit: number
  actual: number
  status: RuleStatus
}
export type DistributionCheck = {
  orgPredikat: OrgPredikat
  patternVersion: number
  /** Employees to assess in the group (rated or not). */
  total: number
  /** Of those, how many have a predikat. */
  rated: number
  pending: number
  counts: PredikatCounts
  rules: RuleResult[]
  /** True when no rule is violated (open minimums do not count as violations yet). */
  withinPattern: boolean
}

const names = (ps: readonly Predikat[]) => ps.map((p) => PREDIKAT_LABEL[p]).join(' + ')

export function describeRule(rule: PatternRule, n: number): { text: string; limit: number } {
  switch (rule.kind) {
    case 'max': {
      const limit = wholePeople(rule.percent, n)
      return {
        text: `${names(rule.predikat)} paling banyak ${rule.percent}% (${limit} dari ${n} orang)`,
        limit,
      }
    }
    case 'min': {
      const limit = wholePeople(rule.percent, n)
      return {
        text: `${names(rule.predikat)} paling sedikit ${rule.percent}% (${limit} dari ${n} orang)`,
        limit,
      }
    }
    case 'none':
      return { text: `Tidak boleh ada ${names(rule.predikat)}`, limit: 0 }
    case 'at_least_one':
      return {
        text: `Harus ada paling sedikit 1 orang ${rule.predikat.map((p) => PREDIKAT_LABEL[p]).join(' atau ')}`,
        // A group of nobody cannot hold one person (it is not outside the pattern either).
        limit: Math.min(1, n),
      }
  }
}

/**
 * Checks a group's predikat counts against the pattern of its organisational predikat.
 * `total` is everyone to be assessed in the group; counts may cover fewer (the rest pending).
 */
export function checkDistribution(
  orgPredikat: OrgPredikat,
  counts: Partial<PredikatCounts>,
  total: number,
  patterns: DistributionPatterns = CURRENT_PATTERNS,
): DistributionCheck {
  const full = { ...emptyCounts(), ...counts }
  const rated = PREDIKAT.reduce((s, p) => s + full[p], 0)
  if (rated > total) throw new RangeError('more rated than people in the group')
  const pending = total - rated
  const rules = patterns.patterns[orgPredikat].map((rule): RuleResult => {
    const { text, limit } = describeRule(rule, total)
    const actual = rule.predikat.reduce((s, p) => s + full[p], 0)
    let status: RuleStatus
    if (rule.kind === 'max' || rule.kind === 'none') status = actual > limit ? 'violated' : 'ok'
    else if (actual >= limit) status = 'ok'
    else status = actual + pending >= limit ? 'open' : 'violated'
    return { rule, text, limit, actual, status }
  })
  return {
    orgPredikat,
    patternVersion: patterns.version,
    total,
    rated,
    pending,
    counts: full,
    rules,
    withinPattern: rules.every((r) => r.status !== 'violated'),
  }
}

/**
 * The group an employee's predikat counts in: the nearest unit, from the employee's own unit
 * upwards, that has a predikat kinerja organisasi for the period (decision 0010). Null when no
 * unit on the way up has one.
 */
export function distributionUnitOf(
  unitId: string,
  parentOf: ReadonlyMap<string, string | null>,
  unitsWithPredikat: ReadonlySet<string>,
): string | null {
  const seen = new Set<string>()
  for (let u: string | null = unitId; u && !seen.has(u); u = parentOf.get(u) ?? null) {
    if (unitsWithPredikat.has(u)) return u
    seen.add(u)
  }
  return null
}
