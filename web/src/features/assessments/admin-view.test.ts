import { describe, expect, it } from 'vitest'
import type {
  AssessmentDetail,
  DistributionView,
  Extension,
} from '../../../../shared/assessments.ts'
import { ApiError } from '../../lib/api-client.ts'
import {
  decideInitialValues,
  decideKeepsRatings,
  decidePreview,
  decideRequest,
  defaultPeriodId,
  distributionOfError,
  distributionVerdict,
  extensionTarget,
  extensionUntilProblem,
  finaliseProblem,
  firstNames,
  isHasilFromOrg,
  missingDecideRatings,
  notFinalPeople,
  objectionExample,
  orderPeriods,
  orgPredikatConsequence,
  orgPredikatInput,
  orgSummary,
  orgUnitState,
  sortExtensions,
  violatedRuleTexts,
} from './admin-view.ts'

const period = (
  id: string,
  kind: 'quarterly' | 'annual',
  seq: number,
  start: string,
  end: string,
) => ({
  id,
  kind,
  seq,
  startDate: start,
  endDate: end,
})
const year2026 = [
  period('annual', 'annual', 1, '2026-01-01', '2026-12-31'),
  period('q3', 'quarterly', 3, '2026-07-01', '2026-09-30'),
  period('q1', 'quarterly', 1, '2026-01-01', '2026-03-31'),
  period('q4', 'quarterly', 4, '2026-10-01', '2026-12-31'),
  period('q2', 'quarterly', 2, '2026-04-01', '2026-06-30'),
]

describe('orderPeriods', () => {
  it('lists the periodic periods in calendar order and the annual one last', () => {
    expect(orderPeriods(year2026).map((p) => p.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'annual'])
  })
})

describe('defaultPeriodId', () => {
  it('opens the quarter containing today, not the annual period that also contains it', () => {
    expect(defaultPeriodId(year2026, '2026-11-27')).toBe('q4')
    expect(defaultPeriodId(year2026, '2026-04-01')).toBe('q2')
    expect(defaultPeriodId(year2026, '2026-03-31')).toBe('q1')
  })
  it('opens the annual evaluation of a year that is over', () => {
    expect(defaultPeriodId(year2026, '2027-01-05')).toBe('annual')
  })
  it('opens the latest ended period when no periodic one contains today', () => {
    const gap = [
      period('q1', 'quarterly', 1, '2026-01-01', '2026-03-31'),
      period('q2', 'quarterly', 2, '2026-05-01', '2026-06-30'),
      period('annual', 'annual', 1, '2026-01-01', '2026-12-31'),
    ]
    expect(defaultPeriodId(gap, '2026-04-15')).toBe('q1')
  })
  it('opens the first period of a year that has not started, and nothing without periods', () => {
    expect(defaultPeriodId(year2026, '2025-12-01')).toBe('q1')
    expect(defaultPeriodId([], '2026-01-01')).toBeNull()
  })
})

const view = (over: Partial<DistributionView> = {}): DistributionView => ({
  unitId: 'u1',
  unitName: 'Bidang A',
  periodId: 'p1',
  orgPredikat: null,
  check: null,
  total: 0,
  counts: { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
  people: [],
  enforcement: 'warn',
  roundingRule: '',
  ...over,
})
const person = (name: string, status: DistributionView['people'][number]['status']) => ({
  assessmentId: name,
  pegawaiId: name,
  name,
  unitName: 'Bidang A',
  status,
  predikat: null,
})

describe('notFinalPeople', () => {
  it('counts everyone not finalised, objected or decided', () => {
    const v = view({
      people: [
        person('a', 'draft'),
        person('b', 'submitted'),
        person('c', 'rated'),
        person('d', 'finalised'),
        person('e', 'objected'),
        person('f', 'decided'),
        person('g', 'reopened'),
      ],
    })
    expect(notFinalPeople(v).map((p) => p.name)).toEqual(['a', 'b', 'c', 'g'])
  })
})

describe('firstNames', () => {
  it('keeps short lists whole and says how many more a long one has', () => {
    expect(firstNames(['a', 'b'], 10)).toEqual({ shown: ['a', 'b'], more: 0 })
    expect(firstNames(['a', 'b', 'c', 'd'], 2)).toEqual({ shown: ['a', 'b'], more: 2 })
    expect(firstNames([], 3)).toEqual({ shown: [], more: 0 })
  })
})

describe('distributionVerdict', () => {
  const check = (withinPattern: boolean, pending: number) =>
    ({ withinPattern, pending }) as unknown as NonNullable<DistributionView['check']>
  it('has nothing to say without an organisational predikat', () => {
    expect(distributionVerdict(view())).toBe('none')
  })
  it('says "so far" while people are still unrated, and outside as soon as a rule breaks', () => {
    expect(distributionVerdict(view({ check: check(true, 3) }))).toBe('within_so_far')
    expect(distributionVerdict(view({ check: check(true, 0) }))).toBe('within')
    expect(distributionVerdict(view({ check: check(false, 3) }))).toBe('outside')
  })
})

describe('orgPredikatConsequence', () => {
  it('maps the value to the unit head rating hasil kerja (Istimewa → Di Atas, Baik → Sesuai, others → Di Bawah)', () => {
    const v = view({ total: 3 })
    expect(orgPredikatConsequence('istimewa', v).headRating).toBe('di_atas')
    expect(orgPredikatConsequence('baik', v).headRating).toBe('sesuai')
    expect(orgPredikatConsequence('butuh_perbaikan', v).headRating).toBe('di_bawah')
    expect(orgPredikatConsequence('kurang', v).headRating).toBe('di_bawah')
    expect(orgPredikatConsequence('sangat_kurang', v).headRating).toBe('di_bawah')
  })
  it('shows the pattern in whole people for the unit and checks the predikat given so far', () => {
    // 3 people, 3 Sangat Baik: Istimewa allows 70 % of 3 = 2.1 → 2 people.
    const v = view({
      total: 3,
      counts: { sangat_baik: 3, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
    })
    const c = orgPredikatConsequence('istimewa', v)
    expect(c.check.rules).toHaveLength(1)
    expect(c.check.rules[0]?.limit).toBe(2)
    expect(c.check.rules[0]?.status).toBe('violated')
    expect(c.check.withinPattern).toBe(false)
  })
  it('keeps "at least one" open while people are still unrated', () => {
    // Baik with 4 people, 2 rated Baik: ≤ 70 % of 4 = 2.8 → 3 fine; one BP/Kurang still possible.
    const v = view({
      total: 4,
      counts: { sangat_baik: 0, baik: 2, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
    })
    const c = orgPredikatConsequence('baik', v)
    expect(c.check.rules.map((r) => r.status)).toEqual(['ok', 'open'])
    expect(c.check.withinPattern).toBe(true)
  })
  it('never counts fewer people than have a predikat', () => {
    const v = view({
      total: 0,
      counts: { sangat_baik: 1, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
    })
    expect(orgPredikatConsequence('istimewa', v).check.total).toBe(1)
  })
})

describe('orgUnitState', () => {
  const item = { canSet: true, finalisedAt: null, value: 'baik' as const }
  it('lets the leader change and finalise an open unit with a value', () => {
    expect(orgUnitState(item, false)).toEqual({
      locked: false,
      canEdit: true,
      canFinalise: true,
      canReopen: false,
      canDownload: false,
    })
  })
  it('needs a value before penetapan', () => {
    expect(orgUnitState({ ...item, value: null }, false).canFinalise).toBe(false)
  })
  it('locks a finalised unit; only an admin reopens it; documents can be downloaded', () => {
    const done = { ...item, finalisedAt: '2026-11-20T03:00:00.000Z' }
    expect(orgUnitState(done, false)).toEqual({
      locked: true,
      canEdit: false,
      canFinalise: false,
      canReopen: false,
      canDownload: true,
    })
    expect(orgUnitState(done, true).canReopen).toBe(true)
  })
  it('is read only for a viewer who may not set it', () => {
    const s = orgUnitState({ ...item, canSet: false }, false)
    expect(s.canEdit).toBe(false)
    expect(s.canFinalise).toBe(false)
  })
})

describe('orgPredikatInput', () => {
  const item = { unitId: 'u1', value: null, setAt: null, version: 0 }
  it('omits the version when the value is set for the first time; empty note → null', () => {
    expect(orgPredikatInput(item, 'p1', 'baik', '   ')).toEqual({
      unitId: 'u1',
      periodId: 'p1',
      value: 'baik',
      note: null,
    })
  })
  it('sends the row version when changing an existing value, and the trimmed note', () => {
    expect(
      orgPredikatInput(
        { ...item, value: 'baik', setAt: '2026-11-01T00:00:00Z', version: 3 },
        'p1',
        'istimewa',
        ' Capaian IKU 105% ',
      ),
    ).toEqual({
      unitId: 'u1',
      periodId: 'p1',
      value: 'istimewa',
      note: 'Capaian IKU 105%',
      version: 3,
    })
  })
})

describe('orgSummary', () => {
  it('counts units, set values, penetapan and the ones the viewer may set', () => {
    expect(
      orgSummary([
        { value: 'baik', finalisedAt: 'x', canSet: true },
        { value: 'istimewa', finalisedAt: null, canSet: false },
        { value: null, finalisedAt: null, canSet: true },
      ]),
    ).toEqual({ units: 3, set: 2, finalised: 1, editable: 2 })
  })
})

const conflict = (reason: string, body?: unknown) =>
  new ApiError({ status: 409, code: 'CONFLICT', message: `pesan ${reason}`, reason, body })

describe('finaliseProblem', () => {
  it('explains an incomplete unit with the server message', () => {
    expect(finaliseProblem(conflict('UNIT_NOT_COMPLETE'))).toEqual({
      kind: 'not_complete',
      message: 'pesan UNIT_NOT_COMPLETE',
    })
  })
  it('asks for a justification outside the pattern and keeps the distribution sent', () => {
    const d = view({ total: 2 })
    const p = finaliseProblem(
      conflict('DISTRIBUTION_OUTSIDE_PATTERN', { error: {}, distribution: d }),
    )
    expect(p).toEqual({
      kind: 'justify',
      message: 'pesan DISTRIBUTION_OUTSIDE_PATTERN',
      distribution: d,
    })
  })
  it('tells a blocked distribution apart (no justification possible)', () => {
    expect(finaliseProblem(conflict('DISTRIBUTION_BLOCKED', { error: {} }))).toEqual({
      kind: 'blocked',
      message: 'pesan DISTRIBUTION_BLOCKED',
      distribution: null,
    })
  })
  it('recognises a missing or locked organisational predikat', () => {
    expect(finaliseProblem(conflict('ORG_PREDIKAT_NOT_SET')).kind).toBe('not_set')
    expect(finaliseProblem(conflict('ORG_PREDIKAT_LOCKED')).kind).toBe('locked')
  })
  it('leaves other failures to the generic message', () => {
    expect(finaliseProblem(conflict('VERSION_CONFLICT')).kind).toBe('other')
    expect(
      finaliseProblem(new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'x' })).kind,
    ).toBe('other')
    expect(finaliseProblem(new Error('x')).kind).toBe('other')
  })
})

describe('distributionOfError / violatedRuleTexts', () => {
  it('ignores a body without a distribution', () => {
    expect(distributionOfError(conflict('DISTRIBUTION_BLOCKED', { distribution: 'x' }))).toBeNull()
    expect(violatedRuleTexts(null)).toEqual([])
  })
  it('lists only the violated rules', () => {
    // Baik, 3 people all rated (2 Baik, 1 Sangat Baik): Baik ≤ 70 % of 3 = 2 is met; nobody
    // is Butuh Perbaikan/Kurang and nobody is left to be, so "at least one" is broken.
    const c = orgPredikatConsequence(
      'baik',
      view({
        total: 3,
        counts: { sangat_baik: 1, baik: 2, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
      }),
    ).check
    // As the API sends it (plain arrays).
    const check = {
      ...c,
      rules: c.rules.map((r) => ({ ...r, rule: { ...r.rule, predikat: [...r.rule.predikat] } })),
    }
    const texts = violatedRuleTexts(view({ check }))
    expect(texts).toHaveLength(1)
    expect(texts[0]).toContain('paling sedikit 1 orang')
  })
})

const subject = (
  over: Partial<Pick<AssessmentDetail, 'ratingHasilSource' | 'ratingHasil' | 'ratingPerilaku'>> & {
    headsUnitId?: string | null
  } = {},
) => ({
  version: 5,
  ratingHasil: over.ratingHasil ?? ('sesuai' as const),
  ratingPerilaku: over.ratingPerilaku ?? ('di_bawah' as const),
  predikat: 'kurang' as const,
  ratingHasilSource: over.ratingHasilSource ?? ('atasan' as const),
  pegawai: { headsUnitId: over.headsUnitId ?? null } as AssessmentDetail['pegawai'],
})

describe('keberatan decision', () => {
  it('starts with no decision and the current ratings', () => {
    expect(decideInitialValues(subject())).toEqual({
      decision: null,
      note: '',
      ratingHasil: 'sesuai',
      ratingPerilaku: 'di_bawah',
    })
  })
  it('keeps the predikat when refused and derives it from the quadrant when granted', () => {
    const a = subject()
    const v = decideInitialValues(a)
    expect(decidePreview(a, { ...v, decision: 'ditolak', ratingPerilaku: 'di_atas' })).toBe(
      'kurang',
    )
    // Sesuai × Di Atas = Baik; Di Atas × Di Atas = Sangat Baik; Di Bawah × Sesuai = Butuh Perbaikan.
    expect(decidePreview(a, { ...v, decision: 'dikabulkan', ratingPerilaku: 'di_atas' })).toBe(
      'baik',
    )
    expect(
      decidePreview(a, {
        ...v,
        decision: 'dikabulkan',
        ratingHasil: 'di_atas',
        ratingPerilaku: 'di_atas',
      }),
    ).toBe('sangat_baik')
    expect(
      decidePreview(a, {
        ...v,
        decision: 'dikabulkan',
        ratingHasil: 'di_bawah',
        ratingPerilaku: 'sesuai',
      }),
    ).toBe('butuh_perbaikan')
    expect(decidePreview(a, { ...v, decision: 'dikabulkan', ratingPerilaku: null })).toBeNull()
  })
  it("keeps a unit head's rating hasil from the organisational predikat", () => {
    const head = subject({ headsUnitId: 'u1', ratingHasil: 'di_atas' })
    expect(isHasilFromOrg(head)).toBe(true)
    expect(isHasilFromOrg(subject({ ratingHasilSource: 'org_predikat' }))).toBe(true)
    expect(isHasilFromOrg(subject())).toBe(false)
    const v = {
      decision: 'dikabulkan' as const,
      note: 'Bukti baru diterima',
      ratingHasil: 'di_bawah' as const,
      ratingPerilaku: 'sesuai' as const,
    }
    // The chosen Di Bawah is ignored: Di Atas (from the unit) × Sesuai = Baik.
    expect(decidePreview(head, v)).toBe('baik')
    expect(decideRequest(head, v)).toEqual({
      version: 5,
      decision: 'dikabulkan',
      note: 'Bukti baru diterima',
      ratingPerilaku: 'sesuai',
    })
    expect(missingDecideRatings(head, { ...v, ratingHasil: null })).toEqual([])
  })
  it('needs both ratings when granted, none when refused', () => {
    const a = subject()
    const empty = {
      decision: 'dikabulkan' as const,
      note: '',
      ratingHasil: null,
      ratingPerilaku: null,
    }
    expect(missingDecideRatings(a, empty)).toEqual(['ratingHasil', 'ratingPerilaku'])
    expect(missingDecideRatings(a, { ...empty, decision: 'ditolak' })).toEqual([])
  })
  it('sends no ratings when refused and a trimmed note', () => {
    expect(
      decideRequest(subject(), {
        decision: 'ditolak',
        note: '  Rating sudah sesuai bukti  ',
        ratingHasil: 'di_atas',
        ratingPerilaku: 'di_atas',
      }),
    ).toEqual({ version: 5, decision: 'ditolak', note: 'Rating sudah sesuai bukti' })
  })
  it('notices a grant that changes nothing', () => {
    const a = subject()
    const v = { ...decideInitialValues(a), decision: 'dikabulkan' as const }
    expect(decideKeepsRatings(a, v)).toBe(true)
    expect(decideKeepsRatings(a, { ...v, ratingPerilaku: 'sesuai' })).toBe(false)
    expect(decideKeepsRatings(a, { ...v, decision: 'ditolak' })).toBe(false)
  })
})

describe('settings and extensions', () => {
  it('shows the keberatan window for a valid number of days only', () => {
    // Finalised on 27 November: 14 calendar days → open until 11 December.
    expect(objectionExample('2026-11-27', 14)).toBe('2026-12-11')
    expect(objectionExample('2026-12-31', 1)).toBe('2027-01-01')
    expect(objectionExample('2026-11-27', 0)).toBeNull()
    expect(objectionExample('2026-11-27', 61)).toBeNull()
    expect(objectionExample('2026-11-27', Number.NaN)).toBeNull()
  })
  it('accepts an extension ending on or after the batas pengisian only', () => {
    expect(extensionUntilProblem('', '2026-10-10')).toBe('required')
    expect(extensionUntilProblem('2026-02-30', '2026-01-10')).toBe('invalid')
    expect(extensionUntilProblem('10/10/2026', '2026-10-10')).toBe('invalid')
    expect(extensionUntilProblem('2026-10-09', '2026-10-10')).toBe('before_deadline')
    expect(extensionUntilProblem('2026-10-10', '2026-10-10')).toBeNull()
    expect(extensionUntilProblem('2026-10-20', '2026-10-10')).toBeNull()
  })
  const ext = (id: string, until: string, over: Partial<Extension> = {}): Extension => ({
    id,
    periodId: 'p1',
    pegawaiId: null,
    pegawaiName: null,
    unitId: null,
    unitName: null,
    until,
    reason: 'Gangguan jaringan',
    createdByName: 'Admin',
    createdAt: '2026-10-01T00:00:00Z',
    ...over,
  })
  it('names the pegawai or the unit an extension is for', () => {
    expect(
      extensionTarget(ext('a', '2026-10-20', { pegawaiId: 'x', pegawaiName: 'Made' })),
    ).toEqual({
      kind: 'pegawai',
      name: 'Made',
    })
    expect(extensionTarget(ext('b', '2026-10-20', { unitId: 'u', unitName: 'Bidang B' }))).toEqual({
      kind: 'unit',
      name: 'Bidang B',
    })
  })
  it('sorts the latest end day first, units before people, then by name', () => {
    const sorted = sortExtensions([
      ext('p-wayan', '2026-10-20', { pegawaiId: 'w', pegawaiName: 'Wayan' }),
      ext('u-b', '2026-10-20', { unitId: 'b', unitName: 'Bidang B' }),
      ext('p-ayu', '2026-10-20', { pegawaiId: 'a', pegawaiName: 'Ayu' }),
      ext('late', '2026-10-25', { pegawaiId: 'k', pegawaiName: 'Ketut' }),
    ])
    expect(sorted.map((e) => e.id)).toEqual(['late', 'u-b', 'p-ayu', 'p-wayan'])
  })
})
