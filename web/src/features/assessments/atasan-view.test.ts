import { describe, expect, it } from 'vitest'
import type {
  AssessmentDetail,
  AssessmentSummary,
  DistributionView,
} from '../../../../shared/assessments.ts'
import { CORE_VALUES } from '../../../../shared/rules/berakhlak.ts'
import { checkDistribution, emptyCounts } from '../../../../shared/rules/distribution.ts'
import type { AssessmentStatus } from '../../../../shared/rules/assessment-workflow.ts'
import type { OrgPredikat, Predikat } from '../../../../shared/rules/predikat.ts'
import { ApiError } from '../../lib/api-client.ts'
import {
  bulkFinaliseNeed,
  defaultPeriodId,
  distributionWarnings,
  effectiveRatingHasil,
  feedbackDraftOf,
  feedbackInputOf,
  finaliseRefusal,
  isBulkFinalisable,
  isFeedbackDirty,
  isJustificationValid,
  orderedPeriods,
  previewDistribution,
  previewPredikat,
  ruleMarkers,
  sharePercent,
  sortBawahan,
  suggestedRatingHasil,
} from './atasan-view.ts'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

// ---------- periods ----------
const period = (
  id: string,
  kind: string,
  startDate: string,
  endDate: string,
  deadline: string,
) => ({
  id,
  kind,
  startDate,
  endDate,
  deadline,
})
const YEAR_2026 = [
  period('q1', 'quarterly', '2026-01-01', '2026-03-31', '2026-04-10'),
  period('q2', 'quarterly', '2026-04-01', '2026-06-30', '2026-07-10'),
  period('q3', 'quarterly', '2026-07-01', '2026-09-30', '2026-10-09'),
  period('q4', 'quarterly', '2026-10-01', '2026-12-31', '2027-01-11'),
  period('annual', 'annual', '2026-01-01', '2026-12-31', '2027-01-29'),
]

describe('defaultPeriodId', () => {
  it('opens the periodic period containing today, not the annual one', () => {
    expect(defaultPeriodId(YEAR_2026, '2026-11-27')).toBe('q4')
    expect(defaultPeriodId(YEAR_2026, '2026-04-01')).toBe('q2')
    expect(defaultPeriodId(YEAR_2026, '2026-03-31')).toBe('q1')
  })

  it('takes the annual period when it is the only one containing today', () => {
    expect(defaultPeriodId([YEAR_2026[0]!, YEAR_2026[4]!], '2026-05-05')).toBe('annual')
  })

  it('falls back to the latest past period (annual before Q4 of a past year)', () => {
    expect(defaultPeriodId(YEAR_2026, '2027-01-05')).toBe('annual')
    expect(defaultPeriodId(YEAR_2026.slice(0, 2), '2026-08-01')).toBe('q2')
  })

  it('orders the choices periodic first, the annual last', () => {
    const shuffled = [YEAR_2026[4]!, YEAR_2026[2]!, YEAR_2026[0]!, YEAR_2026[3]!, YEAR_2026[1]!]
    expect(orderedPeriods(shuffled).map((p) => p.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'annual'])
  })

  it('opens the first period of a year that has not started, and null without periods', () => {
    expect(defaultPeriodId(YEAR_2026, '2025-12-01')).toBe('q1')
    expect(defaultPeriodId([], '2026-01-01')).toBeNull()
  })
})

// ---------- ratings ----------
const person = (headsUnitId: string | null) =>
  ({
    pegawaiId: uuid(1),
    name: 'Staf',
    nip: '199001012015011001',
    golongan: 'III/a',
    pangkat: 'Penata Muda',
    jabatanName: 'Analis',
    jabatanJenis: 'pelaksana',
    unitId: uuid(50),
    unitName: 'Bidang A',
    headsUnitId,
  }) as AssessmentDetail['pegawai']

describe('effectiveRatingHasil / previewPredikat', () => {
  it('uses the chosen rating for a staff member', () => {
    expect(effectiveRatingHasil({ pegawai: person(null), orgPredikat: null }, 'di_atas')).toBe(
      'di_atas',
    )
    expect(effectiveRatingHasil({ pegawai: person(null), orgPredikat: null }, null)).toBeNull()
  })

  it("takes a unit head's rating hasil from the unit's predikat, whatever was chosen", () => {
    const org = (value: OrgPredikat) => ({ unitId: uuid(50), unitName: 'Bidang A', value })
    const head = person(uuid(50))
    expect(effectiveRatingHasil({ pegawai: head, orgPredikat: org('istimewa') }, 'di_bawah')).toBe(
      'di_atas',
    )
    expect(effectiveRatingHasil({ pegawai: head, orgPredikat: org('baik') }, null)).toBe('sesuai')
    expect(effectiveRatingHasil({ pegawai: head, orgPredikat: org('kurang') }, null)).toBe(
      'di_bawah',
    )
    expect(effectiveRatingHasil({ pegawai: head, orgPredikat: null }, 'di_atas')).toBeNull()
  })

  it('gives the quadrant predikat only when both ratings are there', () => {
    expect(previewPredikat('di_atas', 'di_atas')).toBe('sangat_baik')
    expect(previewPredikat('di_atas', 'di_bawah')).toBe('kurang')
    expect(previewPredikat('di_bawah', 'sesuai')).toBe('butuh_perbaikan')
    expect(previewPredikat(null, 'sesuai')).toBeNull()
    expect(previewPredikat('sesuai', null)).toBeNull()
  })
})

// ---------- distribution ----------
type PersonRow = { n: number; status: AssessmentStatus; predikat: Predikat | null }

function view(org: OrgPredikat | null, rows: PersonRow[]): DistributionView {
  const counts = emptyCounts()
  for (const r of rows)
    if (r.predikat && ['rated', 'finalised', 'objected', 'decided'].includes(r.status))
      counts[r.predikat] += 1
  return {
    unitId: uuid(50),
    unitName: 'Bidang A',
    periodId: uuid(60),
    orgPredikat: org
      ? {
          value: org,
          setByName: 'Kepala',
          setAt: '2026-11-01T00:00:00Z',
          note: null,
          finalisedAt: null,
        }
      : null,
    // The API's schema types the rule lists as mutable arrays; the values are the same.
    check: org ? (checkDistribution(org, counts, rows.length) as DistributionView['check']) : null,
    total: rows.length,
    counts,
    people: rows.map((r) => ({
      assessmentId: uuid(r.n),
      pegawaiId: uuid(100 + r.n),
      name: `P${r.n}`,
      unitName: 'Bidang A',
      status: r.status,
      predikat: r.predikat,
    })),
    enforcement: 'warn',
    roundingRule: 'r',
  }
}

describe('previewDistribution', () => {
  const three = (p1: Predikat | null, s1: AssessmentStatus = 'submitted') =>
    view('baik', [
      { n: 1, status: s1, predikat: p1 },
      { n: 2, status: 'rated', predikat: 'baik' },
      { n: 3, status: 'rated', predikat: 'baik' },
    ])

  it('keeps the server check when nothing is chosen or the choice is what is counted', () => {
    const v = three(null)
    const none = previewDistribution(v, { assessmentId: uuid(1), predikat: null })
    expect(none.changed).toBe(false)
    expect(none.check).toEqual(v.check)
    const same = previewDistribution(three('baik', 'rated'), {
      assessmentId: uuid(1),
      predikat: 'baik',
    })
    expect(same.changed).toBe(false)
    expect(previewDistribution(v, null).check).toEqual(v.check)
  })

  it('adds the chosen predikat of an unrated person and re-checks the pattern', () => {
    // Baik ≤ 70 % of 3 = 2 people: a third Baik breaks it; at least one BP/Kurang is then
    // impossible too (nobody left unrated).
    const p = previewDistribution(three(null), { assessmentId: uuid(1), predikat: 'baik' })
    expect(p.changed).toBe(true)
    expect(p.previous).toBeNull()
    expect(p.next).toBe('baik')
    expect(p.counts.baik).toBe(3)
    expect(p.check?.withinPattern).toBe(false)
    const { violated } = distributionWarnings(p.check)
    expect(violated.map((r) => r.rule.kind)).toEqual(['max', 'at_least_one'])
    expect(violated[0]?.text).toBe('Baik paling banyak 70% (2 dari 3 orang)')
  })

  it("replaces a rated person's predikat instead of counting them twice", () => {
    const p = previewDistribution(three('baik', 'rated'), {
      assessmentId: uuid(1),
      predikat: 'butuh_perbaikan',
    })
    expect(p.previous).toBe('baik')
    expect(p.counts).toMatchObject({ baik: 2, butuh_perbaikan: 1 })
    expect(p.check?.rated).toBe(3)
    expect(p.check?.withinPattern).toBe(true)
    expect(distributionWarnings(p.check)).toEqual({ violated: [], open: [] })
  })

  it('does not count a draft predikat (no predikat before rating)', () => {
    const p = previewDistribution(three('sangat_baik', 'draft'), {
      assessmentId: uuid(1),
      predikat: 'kurang',
    })
    expect(p.previous).toBeNull()
    expect(p.counts).toMatchObject({ sangat_baik: 0, kurang: 1, baik: 2 })
  })

  it('leaves an open minimum open while someone is still unrated', () => {
    const v = view('baik', [
      { n: 1, status: 'submitted', predikat: null },
      { n: 2, status: 'submitted', predikat: null },
      { n: 3, status: 'submitted', predikat: null },
    ])
    const p = previewDistribution(v, { assessmentId: uuid(1), predikat: 'baik' })
    const w = distributionWarnings(p.check)
    expect(w.violated).toEqual([])
    expect(w.open.map((r) => r.rule.kind)).toEqual(['at_least_one'])
  })

  it('grows the group for a person the view does not list yet', () => {
    const v = view('istimewa', [{ n: 2, status: 'rated', predikat: 'sangat_baik' }])
    const p = previewDistribution(v, { assessmentId: uuid(9), predikat: 'sangat_baik' })
    expect(p.total).toBe(2)
    // 70 % of 2 = 1.4 → 1 Sangat Baik allowed.
    expect(p.check?.rules[0]?.status).toBe('violated')
  })

  it('has no check without an organisational predikat but still counts', () => {
    const v = view(null, [{ n: 1, status: 'submitted', predikat: null }])
    const p = previewDistribution(v, { assessmentId: uuid(1), predikat: 'baik' })
    expect(p.check).toBeNull()
    expect(p.counts.baik).toBe(1)
    expect(distributionWarnings(null)).toEqual({ violated: [], open: [] })
  })
})

describe('ruleMarkers / sharePercent', () => {
  it('draws single-predikat rules only; "none" is a maximum of zero', () => {
    expect(ruleMarkers(checkDistribution('baik', {}, 10))).toEqual([
      { predikat: 'baik', kind: 'max', limit: 7 },
    ])
    expect(ruleMarkers(checkDistribution('sangat_kurang', {}, 10))).toEqual([
      { predikat: 'sangat_kurang', kind: 'min', limit: 6 },
      { predikat: 'sangat_baik', kind: 'max', limit: 0 },
    ])
    expect(ruleMarkers(null)).toEqual([])
  })

  it('rounds shares to whole percentages', () => {
    expect(sharePercent(1, 3)).toBe(33)
    expect(sharePercent(2, 3)).toBe(67)
    expect(sharePercent(0, 0)).toBe(0)
  })
})

// ---------- list ----------
const summary = (name: string, status: AssessmentStatus) =>
  ({ status, pegawai: { ...person(null), name } }) as Pick<AssessmentSummary, 'status' | 'pegawai'>

describe('sortBawahan / isBulkFinalisable', () => {
  it('puts work for the atasan first, then by name', () => {
    const sorted = sortBawahan([
      summary('Wayan', 'finalised'),
      summary('Made', 'rated'),
      summary('Ketut', 'draft'),
      summary('Nyoman', 'submitted'),
      summary('Ayu', 'submitted'),
    ])
    expect(sorted.map((s) => s.pegawai.name)).toEqual(['Ayu', 'Nyoman', 'Made', 'Ketut', 'Wayan'])
  })

  it('lets only rated assessments into a bulk finalise', () => {
    expect(isBulkFinalisable({ status: 'rated' })).toBe(true)
    for (const s of ['draft', 'submitted', 'finalised', 'reopened'] as const)
      expect(isBulkFinalisable({ status: s })).toBe(false)
  })
})

// ---------- umpan balik ----------
function detail(): Pick<AssessmentDetail, 'rhk' | 'perilaku' | 'version'> {
  const rhk = (
    n: number,
    jenis: 'utama' | 'tambahan',
    fb: AssessmentDetail['rhk'][number]['feedback'],
  ) =>
    ({
      id: uuid(200 + n),
      seq: n,
      jenis,
      label: `${jenis} ${n}`,
      text: `RHK ${n}`,
      source: null,
      indikator: [],
      evidence: [],
      progress: {
        entries: 0,
        realisasiTotal: 0,
        satuan: null,
        verifiedSesuai: 0,
        perluPerbaikan: 0,
        pending: 0,
        late: 0,
        rencanaAksi: [],
        evidence: [],
      },
      feedback: fb,
    }) satisfies AssessmentDetail['rhk'][number]
  return {
    version: 4,
    rhk: [
      rhk(1, 'utama', { rating: 'di_atas', body: 'Bagus', updatedAt: '2026-11-01T00:00:00Z' }),
      rhk(2, 'utama', null),
      rhk(3, 'tambahan', null),
    ],
    perilaku: CORE_VALUES.map((v, i) => ({
      coreValue: v,
      label: v,
      panduan: [],
      ekspektasiKhusus: null,
      feedback: i === 0 ? { body: 'Ramah', updatedAt: '2026-11-01T00:00:00Z' } : null,
    })),
  }
}

describe('umpan balik draft', () => {
  it('starts from what is saved and is not dirty', () => {
    const d = detail()
    const draft = feedbackDraftOf(d)
    expect(draft.rhk[uuid(201)]).toEqual({ rating: 'di_atas', body: 'Bagus' })
    expect(draft.rhk[uuid(202)]).toEqual({ rating: null, body: '' })
    expect(draft.perilaku.berorientasi_pelayanan).toBe('Ramah')
    expect(draft.perilaku.akuntabel).toBe('')
    expect(isFeedbackDirty(draft, d)).toBe(false)
  })

  it('is dirty on a changed judgement or text, not on surrounding spaces', () => {
    const d = detail()
    const draft = feedbackDraftOf(d)
    expect(
      isFeedbackDirty({ ...draft, perilaku: { ...draft.perilaku, akuntabel: '   ' } }, d),
    ).toBe(false)
    expect(
      isFeedbackDirty({ ...draft, perilaku: { ...draft.perilaku, akuntabel: 'Jujur' } }, d),
    ).toBe(true)
    expect(
      isFeedbackDirty(
        { ...draft, rhk: { ...draft.rhk, [uuid(202)]: { rating: 'sesuai', body: '' } } },
        d,
      ),
    ).toBe(true)
  })

  it('sends every RHK and value with the version, empty text as null', () => {
    const d = detail()
    const draft = feedbackDraftOf(d)
    draft.rhk[uuid(202)] = { rating: 'sesuai', body: '  Cukup  ' }
    const input = feedbackInputOf(draft, d)
    expect(input.version).toBe(4)
    expect(input.rhk).toEqual([
      { rhkId: uuid(201), rating: 'di_atas', body: 'Bagus' },
      { rhkId: uuid(202), rating: 'sesuai', body: 'Cukup' },
      { rhkId: uuid(203), rating: null, body: null },
    ])
    expect(input.perilaku).toHaveLength(7)
    expect(input.perilaku[0]).toEqual({ coreValue: 'berorientasi_pelayanan', body: 'Ramah' })
    expect(input.perilaku[1]).toEqual({ coreValue: 'akuntabel', body: null })
  })

  it('suggests the rating hasil from the judgements (null when none)', () => {
    const d = detail()
    const draft = feedbackDraftOf(d)
    // One utama above, nothing else judged → Di Atas.
    expect(suggestedRatingHasil(draft, d)).toBe('di_atas')
    draft.rhk[uuid(202)] = { rating: 'di_bawah', body: '' }
    // An utama result below expectation rules out Di Atas.
    expect(suggestedRatingHasil(draft, d)).toBe('sesuai')
    draft.rhk[uuid(203)] = { rating: 'di_bawah', body: '' }
    expect(suggestedRatingHasil(draft, d)).toBe('di_bawah')
    const empty = feedbackDraftOf({ ...d, rhk: d.rhk.map((r) => ({ ...r, feedback: null })) })
    expect(suggestedRatingHasil(empty, d)).toBeNull()
  })
})

// ---------- 409 answers ----------
describe('finaliseRefusal', () => {
  const err = (reason: string, body: unknown = {}) =>
    new ApiError({ status: 409, code: 'CONFLICT', message: 'pesan', reason, body })

  it('reads the distribution of an outside-pattern or blocked answer', () => {
    const v = view('baik', [{ n: 1, status: 'rated', predikat: 'baik' }])
    expect(finaliseRefusal(err('DISTRIBUTION_OUTSIDE_PATTERN', { distribution: v }))).toEqual({
      kind: 'outside',
      distribution: v,
      message: 'pesan',
    })
    expect(finaliseRefusal(err('DISTRIBUTION_BLOCKED', { distribution: v }))?.kind).toBe('blocked')
    expect(finaliseRefusal(err('DISTRIBUTION_BLOCKED', { distribution: 'x' }))).toMatchObject({
      distribution: null,
    })
  })

  it('tells a version conflict and other errors apart', () => {
    expect(finaliseRefusal(err('VERSION_CONFLICT'))?.kind).toBe('version')
    expect(finaliseRefusal(err('ORG_PREDIKAT_NOT_SET'))).toEqual({
      kind: 'other',
      message: 'pesan',
    })
    expect(finaliseRefusal(new Error('x'))).toBeNull()
  })

  it('needs 20 letters of justification after trimming', () => {
    expect(isJustificationValid(`  ${'a'.repeat(19)}  `)).toBe(false)
    expect(isJustificationValid('a'.repeat(20))).toBe(true)
  })
})

describe('bulkFinaliseNeed', () => {
  const inside = view('istimewa', [
    { n: 1, status: 'rated', predikat: 'sangat_baik' },
    { n: 2, status: 'rated', predikat: 'baik' },
  ])
  const outside = {
    ...view('baik', [
      { n: 3, status: 'rated', predikat: 'baik' },
      { n: 4, status: 'rated', predikat: 'baik' },
    ]),
    unitId: uuid(51),
  }

  it('asks for nothing when the groups of the chosen are within the pattern', () => {
    expect(bulkFinaliseNeed([inside, outside], new Set([uuid(1)]))).toEqual({
      need: 'none',
      distribution: null,
    })
  })

  it('shows the first group of the chosen that is outside, blocked when the setting says so', () => {
    expect(bulkFinaliseNeed([inside, outside], new Set([uuid(1), uuid(3)]))).toEqual({
      need: 'outside',
      distribution: outside,
    })
    const blocked = { ...outside, enforcement: 'block' as const }
    expect(bulkFinaliseNeed([blocked], new Set([uuid(4)])).need).toBe('blocked')
  })
})
