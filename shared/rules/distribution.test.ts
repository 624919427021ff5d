import { describe, expect, it } from 'vitest'
import {
  CURRENT_PATTERNS,
  DISTRIBUTION_PATTERNS_V1,
  ROUNDING_RULE_TEXT,
  checkDistribution,
  describeRule,
  distributionUnitOf,
  emptyCounts,
  wholePeople,
  type PredikatCounts,
  type RuleStatus,
} from './distribution.ts'
import { ORG_PREDIKAT, PREDIKAT, type OrgPredikat } from './predikat.ts'

// Expected numbers are worked out by hand from the rule in decision 0010: p % of n people is
// p × n / 100 rounded to the nearest whole number, halves up; ceilings are judged at once,
// minimums stay "open" while the people still unrated could meet them.

/** Short names for the counts in the tables below. */
type Short = Partial<Record<'SB' | 'B' | 'BP' | 'K' | 'SK', number>>
const counts = (c: Short): Partial<PredikatCounts> => ({
  sangat_baik: c.SB ?? 0,
  baik: c.B ?? 0,
  butuh_perbaikan: c.BP ?? 0,
  kurang: c.K ?? 0,
  sangat_kurang: c.SK ?? 0,
})
const statuses = (org: OrgPredikat, c: Short, total: number): RuleStatus[] =>
  checkDistribution(org, counts(c), total).rules.map((r) => r.status)

describe('wholePeople: a share limit as a whole number of people', () => {
  it.each([
    // [percent, people, p × n / 100, result]
    [10, 5, '0,5', 1],
    [70, 1, '0,7', 1],
    [70, 3, '2,1', 2],
    [60, 2, '1,2', 1],
    [60, 5, '3', 3],
    [70, 10, '7', 7],
    [10, 10, '1', 1],
    [60, 10, '6', 6],
    [70, 0, '0', 0],
    [60, 0, '0', 0],
    [10, 0, '0', 0],
    [10, 1, '0,1', 0],
    [10, 2, '0,2', 0],
    [10, 3, '0,3', 0],
    [10, 4, '0,4', 0],
    [60, 1, '0,6', 1],
    [60, 3, '1,8', 2],
    [70, 2, '1,4', 1],
    [70, 5, '3,5', 4],
    [10, 15, '1,5', 2],
    [10, 25, '2,5', 3],
    [70, 15, '10,5', 11],
    [60, 7, '4,2', 4],
    [0, 9, '0', 0],
    [100, 7, '7', 7],
  ])('%i %% of %i people = %s → %i', (percent, n, _exact, expected) => {
    expect(wholePeople(percent, n)).toBe(expected)
  })

  it.each([
    [10.5, 3],
    [-1, 3],
    [101, 3],
    [Number.NaN, 3],
  ])('refuses percent %s', (percent, n) => {
    expect(() => wholePeople(percent, n)).toThrow(RangeError)
  })

  it.each([
    [10, -1],
    [10, 2.5],
    [10, Number.NaN],
    [10, Number.POSITIVE_INFINITY],
  ])('refuses %i %% of %s people', (percent, n) => {
    expect(() => wholePeople(percent, n)).toThrow(RangeError)
  })

  it('is stated in words with the same examples', () => {
    expect(ROUNDING_RULE_TEXT).toContain('70% dari 3 orang = 2,1 → 2 orang')
    expect(ROUNDING_RULE_TEXT).toContain('70% dari 1 orang = 0,7 → 1 orang')
    expect(ROUNDING_RULE_TEXT).toContain('10% dari 5 orang = 0,5 → 1 orang')
    expect(wholePeople(70, 3)).toBe(2)
    expect(wholePeople(70, 1)).toBe(1)
    expect(wholePeople(10, 5)).toBe(1)
  })
})

describe('the patterns (version 1)', () => {
  it('has one pattern per organisational predikat and says where it comes from', () => {
    expect(Object.keys(DISTRIBUTION_PATTERNS_V1.patterns).sort()).toEqual([...ORG_PREDIKAT].sort())
    expect(DISTRIBUTION_PATTERNS_V1.version).toBe(1)
    expect(DISTRIBUTION_PATTERNS_V1.source).toContain('SE MenPAN-RB No. 3 Tahun 2023')
    expect(CURRENT_PATTERNS).toBe(DISTRIBUTION_PATTERNS_V1)
  })

  it('words each rule with the number of people it allows or requires', () => {
    const [maxSb] = DISTRIBUTION_PATTERNS_V1.patterns.istimewa
    const [minSk, minKBp, noneSb] = DISTRIBUTION_PATTERNS_V1.patterns.sangat_kurang
    const [, atLeastOne] = DISTRIBUTION_PATTERNS_V1.patterns.baik
    expect(describeRule(maxSb!, 3)).toEqual({
      text: 'Sangat Baik paling banyak 70% (2 dari 3 orang)',
      limit: 2,
    })
    expect(describeRule(minSk!, 5)).toEqual({
      text: 'Sangat Kurang paling sedikit 60% (3 dari 5 orang)',
      limit: 3,
    })
    expect(describeRule(minKBp!, 10).text).toBe(
      'Kurang/Misconduct + Butuh Perbaikan paling sedikit 10% (1 dari 10 orang)',
    )
    expect(describeRule(noneSb!, 10)).toEqual({ text: 'Tidak boleh ada Sangat Baik', limit: 0 })
    expect(describeRule(atLeastOne!, 10)).toEqual({
      text: 'Harus ada paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct',
      limit: 1,
    })
  })
})

describe('checkDistribution: boundaries in a unit of 10 (60 % = 6, 70 % = 7, 10 % = 1)', () => {
  // [case, org predikat, counts, total, expected status per rule (in pattern order), within]
  it.each<[string, OrgPredikat, Short, number, RuleStatus[], boolean]>([
    // Istimewa: Sangat Baik ≤ 70 %.
    ['Istimewa: 7 SB of 10', 'istimewa', { SB: 7, B: 3 }, 10, ['ok'], true],
    ['Istimewa: 8 SB of 10', 'istimewa', { SB: 8, B: 2 }, 10, ['violated'], false],
    ['Istimewa: 8 SB while 2 pending', 'istimewa', { SB: 8 }, 10, ['violated'], false],
    [
      'Istimewa: everyone else anything',
      'istimewa',
      { B: 2, BP: 3, K: 3, SK: 2 },
      10,
      ['ok'],
      true,
    ],
    // Baik: Baik ≤ 70 %, at least one Butuh Perbaikan or Kurang.
    ['Baik: 7 B + 1 BP of 10', 'baik', { B: 7, BP: 1, SB: 2 }, 10, ['ok', 'ok'], true],
    ['Baik: 7 B + 1 K of 10', 'baik', { B: 7, K: 1, SK: 2 }, 10, ['ok', 'ok'], true],
    ['Baik: 8 B of 10', 'baik', { B: 8, BP: 2 }, 10, ['violated', 'ok'], false],
    ['Baik: no BP/K, complete', 'baik', { B: 7, SB: 3 }, 10, ['ok', 'violated'], false],
    ['Baik: no BP/K yet, 1 pending', 'baik', { B: 7, SB: 2 }, 10, ['ok', 'open'], true],
    ['Baik: Sangat Kurang is not BP/K', 'baik', { B: 7, SK: 3 }, 10, ['ok', 'violated'], false],
    // Butuh Perbaikan: BP ≥ 60 %, SB ≤ 10 %.
    ['BP: 6 BP + 1 SB of 10', 'butuh_perbaikan', { BP: 6, SB: 1, B: 3 }, 10, ['ok', 'ok'], true],
    ['BP: 5 BP, complete', 'butuh_perbaikan', { BP: 5, B: 5 }, 10, ['violated', 'ok'], false],
    ['BP: 5 BP, 1 pending', 'butuh_perbaikan', { BP: 5, B: 4 }, 10, ['open', 'ok'], true],
    ['BP: 4 BP, 1 pending', 'butuh_perbaikan', { BP: 4, B: 5 }, 10, ['violated', 'ok'], false],
    ['BP: nobody rated yet', 'butuh_perbaikan', {}, 10, ['open', 'ok'], true],
    ['BP: 2 SB of 10', 'butuh_perbaikan', { BP: 6, SB: 2, B: 2 }, 10, ['ok', 'violated'], false],
    // Kurang: K ≥ 60 %, BP ≥ 10 %, SB ≤ 10 %.
    ['K: 6 K + 1 BP + 1 SB', 'kurang', { K: 6, BP: 1, SB: 1, B: 2 }, 10, ['ok', 'ok', 'ok'], true],
    ['K: 5 K, complete', 'kurang', { K: 5, BP: 1, B: 4 }, 10, ['violated', 'ok', 'ok'], false],
    ['K: no BP, complete', 'kurang', { K: 7, B: 3 }, 10, ['ok', 'violated', 'ok'], false],
    ['K: no BP, 1 pending', 'kurang', { K: 7, B: 2 }, 10, ['ok', 'open', 'ok'], true],
    ['K: 2 SB', 'kurang', { K: 6, BP: 2, SB: 2 }, 10, ['ok', 'ok', 'violated'], false],
    // Sangat Kurang: SK ≥ 60 %, K + BP ≥ 10 %, no SB.
    ['SK: 6 SK + 1 K', 'sangat_kurang', { SK: 6, K: 1, B: 3 }, 10, ['ok', 'ok', 'ok'], true],
    ['SK: 6 SK + 1 BP', 'sangat_kurang', { SK: 6, BP: 1, B: 3 }, 10, ['ok', 'ok', 'ok'], true],
    ['SK: 5 SK', 'sangat_kurang', { SK: 5, K: 1, B: 4 }, 10, ['violated', 'ok', 'ok'], false],
    ['SK: no K/BP', 'sangat_kurang', { SK: 7, B: 3 }, 10, ['ok', 'violated', 'ok'], false],
    [
      'SK: 1 SB',
      'sangat_kurang',
      { SK: 6, K: 1, SB: 1, B: 2 },
      10,
      ['ok', 'ok', 'violated'],
      false,
    ],
    ['SK: 1 SB while pending', 'sangat_kurang', { SB: 1 }, 10, ['open', 'open', 'violated'], false],
  ])('%s', (_name, org, c, total, expected, within) => {
    const result = checkDistribution(org, counts(c), total)
    expect(result.rules.map((r) => r.status)).toEqual(expected)
    expect(result.withinPattern).toBe(within)
  })

  it('reports limits, actual numbers, totals and the pattern version', () => {
    const r = checkDistribution('kurang', counts({ K: 6, BP: 1, B: 1 }), 10)
    expect(r).toMatchObject({
      orgPredikat: 'kurang',
      patternVersion: 1,
      total: 10,
      rated: 8,
      pending: 2,
      withinPattern: true,
    })
    expect(r.rules.map((x) => [x.limit, x.actual])).toEqual([
      [6, 6],
      [1, 1],
      [1, 0],
    ])
    expect(r.rules.map((x) => x.text)).toEqual([
      'Kurang/Misconduct paling sedikit 60% (6 dari 10 orang)',
      'Butuh Perbaikan paling sedikit 10% (1 dari 10 orang)',
      'Sangat Baik paling banyak 10% (1 dari 10 orang)',
    ])
    expect(r.counts).toEqual({ ...emptyCounts(), kurang: 6, butuh_perbaikan: 1, baik: 1 })
  })

  it('fills missing predikat with zero', () => {
    const r = checkDistribution('istimewa', { sangat_baik: 2 }, 3)
    expect(r.counts).toEqual({ ...emptyCounts(), sangat_baik: 2 })
    expect(r.rated).toBe(2)
    expect(r.pending).toBe(1)
  })

  it('refuses more rated people than the group has', () => {
    expect(() => checkDistribution('baik', counts({ B: 2, BP: 2 }), 3)).toThrow(RangeError)
  })

  it('an empty group (0 people) violates nothing and requires nobody', () => {
    for (const org of ORG_PREDIKAT) {
      const r = checkDistribution(org, {}, 0)
      expect(r.withinPattern, org).toBe(true)
      for (const rule of r.rules) {
        expect(rule.status, `${org}: ${rule.text}`).toBe('ok')
        expect(rule.limit, `${org}: ${rule.text}`).toBe(0)
      }
    }
  })
})

describe('checkDistribution: units of 1, 2 and 3 people under every pattern', () => {
  // Limits (rounding, halves up): n = 1 → 70 % = 1, 60 % = 1, 10 % = 0;
  // n = 2 → 70 % = 1, 60 % = 1, 10 % = 0; n = 3 → 70 % = 2, 60 % = 2, 10 % = 0.
  // So in units this small "at least 10 %" asks for nobody and "at most 10 %" allows nobody.
  it.each<[OrgPredikat, number, Short, RuleStatus[]]>([
    // Istimewa: [SB ≤ 70 %]
    ['istimewa', 1, { SB: 1 }, ['ok']],
    ['istimewa', 1, {}, ['ok']],
    ['istimewa', 2, { SB: 1, B: 1 }, ['ok']],
    ['istimewa', 2, { SB: 2 }, ['violated']],
    ['istimewa', 3, { SB: 2, B: 1 }, ['ok']],
    ['istimewa', 3, { SB: 3 }, ['violated']],
    // Baik: [B ≤ 70 %, at least one BP or K]
    ['baik', 1, { B: 1 }, ['ok', 'violated']],
    ['baik', 1, { BP: 1 }, ['ok', 'ok']],
    ['baik', 1, { K: 1 }, ['ok', 'ok']],
    ['baik', 1, {}, ['ok', 'open']],
    ['baik', 2, { B: 1, BP: 1 }, ['ok', 'ok']],
    ['baik', 2, { B: 2 }, ['violated', 'violated']],
    ['baik', 2, { B: 1 }, ['ok', 'open']],
    ['baik', 2, { SB: 1, SK: 1 }, ['ok', 'violated']],
    ['baik', 3, { B: 2, K: 1 }, ['ok', 'ok']],
    ['baik', 3, { B: 3 }, ['violated', 'violated']],
    ['baik', 3, { SB: 3 }, ['ok', 'violated']],
    // Butuh Perbaikan: [BP ≥ 60 %, SB ≤ 10 %]
    ['butuh_perbaikan', 1, { BP: 1 }, ['ok', 'ok']],
    ['butuh_perbaikan', 1, { B: 1 }, ['violated', 'ok']],
    ['butuh_perbaikan', 1, { SB: 1 }, ['violated', 'violated']],
    ['butuh_perbaikan', 1, {}, ['open', 'ok']],
    ['butuh_perbaikan', 2, { BP: 1, B: 1 }, ['ok', 'ok']],
    ['butuh_perbaikan', 2, { B: 2 }, ['violated', 'ok']],
    ['butuh_perbaikan', 2, { B: 1 }, ['open', 'ok']],
    ['butuh_perbaikan', 2, { BP: 1, SB: 1 }, ['ok', 'violated']],
    ['butuh_perbaikan', 3, { BP: 2, B: 1 }, ['ok', 'ok']],
    ['butuh_perbaikan', 3, { BP: 1, B: 2 }, ['violated', 'ok']],
    ['butuh_perbaikan', 3, { BP: 1, B: 1 }, ['open', 'ok']],
    ['butuh_perbaikan', 3, { BP: 2, SB: 1 }, ['ok', 'violated']],
    // Kurang: [K ≥ 60 %, BP ≥ 10 %, SB ≤ 10 %]
    ['kurang', 1, { K: 1 }, ['ok', 'ok', 'ok']],
    ['kurang', 1, { BP: 1 }, ['violated', 'ok', 'ok']],
    ['kurang', 1, { SB: 1 }, ['violated', 'ok', 'violated']],
    ['kurang', 2, { K: 1, B: 1 }, ['ok', 'ok', 'ok']],
    ['kurang', 2, { B: 2 }, ['violated', 'ok', 'ok']],
    ['kurang', 2, { K: 1, SB: 1 }, ['ok', 'ok', 'violated']],
    ['kurang', 3, { K: 2, BP: 1 }, ['ok', 'ok', 'ok']],
    ['kurang', 3, { K: 1, B: 2 }, ['violated', 'ok', 'ok']],
    ['kurang', 3, { K: 1, B: 1 }, ['open', 'ok', 'ok']],
    ['kurang', 3, { K: 2, SB: 1 }, ['ok', 'ok', 'violated']],
    // Sangat Kurang: [SK ≥ 60 %, K + BP ≥ 10 %, no SB]
    ['sangat_kurang', 1, { SK: 1 }, ['ok', 'ok', 'ok']],
    ['sangat_kurang', 1, { B: 1 }, ['violated', 'ok', 'ok']],
    ['sangat_kurang', 1, { SB: 1 }, ['violated', 'ok', 'violated']],
    ['sangat_kurang', 2, { SK: 1, B: 1 }, ['ok', 'ok', 'ok']],
    ['sangat_kurang', 2, { SK: 1, SB: 1 }, ['ok', 'ok', 'violated']],
    ['sangat_kurang', 2, { B: 2 }, ['violated', 'ok', 'ok']],
    ['sangat_kurang', 3, { SK: 2, K: 1 }, ['ok', 'ok', 'ok']],
    ['sangat_kurang', 3, { SK: 1, B: 2 }, ['violated', 'ok', 'ok']],
    ['sangat_kurang', 3, { SK: 2 }, ['ok', 'ok', 'ok']],
  ])('%s, %i people, %j → %j', (org, total, c, expected) => {
    expect(statuses(org, c, total)).toEqual(expected)
  })

  it('tests each pattern with 1, 2 and 3 people', () => {
    // A guard so a pattern cannot silently drop out of the table above.
    for (const org of ORG_PREDIKAT)
      for (const n of [1, 2, 3]) {
        const r = checkDistribution(org, {}, n)
        expect(r.total).toBe(n)
        expect(r.rules).toHaveLength(DISTRIBUTION_PATTERNS_V1.patterns[org].length)
      }
  })

  it('a single person under Baik must be Butuh Perbaikan or Kurang to be within the pattern', () => {
    const within = PREDIKAT.filter((p) => checkDistribution('baik', { [p]: 1 }, 1).withinPattern)
    expect(within).toEqual(['butuh_perbaikan', 'kurang'])
  })
})

describe('distributionUnitOf: the nearest unit upwards with an organisational predikat', () => {
  // dinas ─┬─ bidangA ── subA
  //        └─ bidangB
  const parents = new Map<string, string | null>([
    ['dinas', null],
    ['bidangA', 'dinas'],
    ['subA', 'bidangA'],
    ['bidangB', 'dinas'],
  ])

  it('is the own unit when it has one', () => {
    expect(distributionUnitOf('subA', parents, new Set(['subA', 'bidangA', 'dinas']))).toBe('subA')
  })
  it('is the parent when the own unit has none', () => {
    expect(distributionUnitOf('subA', parents, new Set(['bidangA', 'dinas']))).toBe('bidangA')
  })
  it('climbs further up to an ancestor', () => {
    expect(distributionUnitOf('subA', parents, new Set(['dinas']))).toBe('dinas')
  })
  it('never looks sideways or down', () => {
    expect(distributionUnitOf('bidangB', parents, new Set(['bidangA', 'subA']))).toBeNull()
    expect(distributionUnitOf('dinas', parents, new Set(['subA']))).toBeNull()
  })
  it('is null when no unit on the way up has one', () => {
    expect(distributionUnitOf('subA', parents, new Set())).toBeNull()
  })
  it('works for a unit missing from the parent map', () => {
    expect(distributionUnitOf('lost', parents, new Set(['lost']))).toBe('lost')
    expect(distributionUnitOf('lost', parents, new Set(['dinas']))).toBeNull()
  })
  it('stops on a cycle in bad data instead of looping', () => {
    const cyclic = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ])
    expect(distributionUnitOf('a', cyclic, new Set())).toBeNull()
    expect(distributionUnitOf('a', cyclic, new Set(['c']))).toBe('c')
    const self = new Map<string, string | null>([['x', 'x']])
    expect(distributionUnitOf('x', self, new Set(['y']))).toBeNull()
  })
})
