import { describe, expect, it } from 'vitest'
import type { CoachingPlan, PromotionHint } from '../../../../shared/followup.ts'
import {
  activeTab,
  addDays,
  akProgress,
  akSettingsValues,
  akSummary,
  coachingState,
  defaultAkSettingsValues,
  defaultYearOf,
  filterAkItems,
  filterRecommendations,
  formatAk,
  formatPercent,
  formatRupiah,
  isJf,
  ledgerWorthShowing,
  parseYear,
  promotionBadges,
  siasnPreview,
  sortLedgerEntries,
  sortRecommendations,
  talentBoxes,
  talentGrid,
  talentUnplaced,
  toNumber,
  tppExample,
  tppSummary,
  visibleTabs,
  yearOptions,
  type AkEntry,
  type AkItem,
  type Recommendation,
  type TalentItem,
  type TppRow,
} from './followup-view.ts'

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

const hint = (over: Partial<PromotionHint> = {}): PromotionHint => ({
  pangkat: { eligible: true, reason: 'Baik pada 2024 dan 2025' },
  jenjang: {
    eligible: false,
    reason: 'AK kumulatif 60,00 dari 100,00 yang dibutuhkan',
    next: 'ahli_muda',
    akNeeded: 100,
    akTotal: 60,
  },
  ...over,
})

const akItem = (n: number, over: Partial<AkItem> = {}): AkItem => ({
  pegawaiId: ID(n),
  name: `Pegawai ${n}`,
  nip: '198002022009081009',
  unitName: 'Bidang Mutasi',
  jabatanName: 'Analis SDM Aparatur Ahli Pertama',
  jenjang: 'ahli_pertama',
  predikat: 'baik',
  akYear: 12.5,
  akTotal: 60,
  promotion: hint(),
  ...over,
})

describe('tabs', () => {
  it('shows TPP, talenta and SIASN to the admin only', () => {
    expect(visibleTabs(true)).toEqual(['ak', 'tpp', 'rekomendasi', 'talenta', 'siasn'])
    expect(visibleTabs(false)).toEqual(['ak', 'rekomendasi'])
  })

  it('falls back to angka kredit for an unknown tab or one the person may not see', () => {
    expect(activeTab('tpp', true)).toBe('tpp')
    expect(activeTab('tpp', false)).toBe('ak')
    expect(activeTab('rekomendasi', false)).toBe('rekomendasi')
    expect(activeTab('apa', true)).toBe('ak')
    expect(activeTab(undefined, true)).toBe('ak')
  })
})

describe('years', () => {
  it('parses plausible years only', () => {
    expect(parseYear('2025')).toBe(2025)
    expect(parseYear(2026)).toBe(2026)
    expect(parseYear('20x5')).toBeUndefined()
    expect(parseYear('1999')).toBeUndefined()
    expect(parseYear(undefined)).toBeUndefined()
  })

  it('opens on last year (final annual results), recommendations on this year', () => {
    expect(defaultYearOf('ak', 2026)).toBe(2025)
    expect(defaultYearOf('tpp', 2026)).toBe(2025)
    expect(defaultYearOf('talenta', 2026)).toBe(2025)
    expect(defaultYearOf('siasn', 2026)).toBe(2025)
    expect(defaultYearOf('rekomendasi', 2026)).toBe(2026)
  })

  it('offers the years set up plus this, last and the chosen year, newest first, once each', () => {
    expect(yearOptions([2024, 2025, 2026], 2026, 2025)).toEqual([2026, 2025, 2024])
    expect(yearOptions([], 2026, 2020)).toEqual([2026, 2025, 2020])
  })
})

describe('numbers', () => {
  it('writes Rupiah with dots between thousands in any language', () => {
    expect(formatRupiah(1234567)).toBe('Rp 1.234.567')
    expect(formatRupiah(0)).toBe('Rp 0')
    expect(formatRupiah(-2500)).toBe('−Rp 2.500')
  })

  it('writes angka kredit with two decimals and a decimal comma', () => {
    expect(formatAk(18.75)).toBe('18,75')
    expect(formatAk(2.08)).toBe('2,08')
    expect(formatAk(100)).toBe('100,00')
    expect(formatAk(1234.5)).toBe('1.234,50')
    expect(formatAk(null)).toBe('—')
  })

  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(150)).toBe('150 %')
    expect(formatPercent(62.5)).toBe('62,5 %')
    expect(formatPercent(null)).toBe('—')
  })

  it('reads number inputs, empty as NaN and a decimal comma as a point', () => {
    expect(toNumber(12.5)).toBe(12.5)
    expect(toNumber('3,75')).toBe(3.75)
    expect(toNumber('')).toBeNaN()
  })
})

describe('angka kredit list', () => {
  const items = [
    akItem(1, { name: 'I Made Ardika', nip: '198002022009081009' }),
    akItem(2, {
      name: 'Ni Luh Sari',
      nip: '199001012015032001',
      unitName: 'Sub Bagian Keuangan',
      akYear: null,
      promotion: hint({
        pangkat: { eligible: false, reason: 'Butuh Perbaikan pada 2025' },
        jenjang: null,
      }),
    }),
  ]

  it('filters by name, unit and NIP typed with spaces', () => {
    expect(filterAkItems(items, 'ardika').map((i) => i.name)).toEqual(['I Made Ardika'])
    expect(filterAkItems(items, 'keuangan').map((i) => i.name)).toEqual(['Ni Luh Sari'])
    expect(filterAkItems(items, '19900101 2015').map((i) => i.name)).toEqual(['Ni Luh Sari'])
    expect(filterAkItems(items, '  ')).toHaveLength(2)
  })

  it('counts people, generated lines and promotion hints', () => {
    expect(akSummary(items)).toEqual({ people: 2, generated: 1, pangkat: 1, jenjang: 0 })
  })

  it('turns the hint into badges, jenjang only for JF', () => {
    expect(promotionBadges(hint())).toEqual([
      { kind: 'pangkat', eligible: true, reason: 'Baik pada 2024 dan 2025' },
      {
        kind: 'jenjang',
        eligible: false,
        reason: 'AK kumulatif 60,00 dari 100,00 yang dibutuhkan',
      },
    ])
    expect(promotionBadges(hint({ jenjang: null })).map((b) => b.kind)).toEqual(['pangkat'])
  })

  it('measures progress towards the next jenjang, capped at 100', () => {
    expect(akProgress(hint())).toBe(60)
    const full = hint()
    if (full.jenjang) full.jenjang.akTotal = 150
    expect(akProgress(full)).toBe(100)
    expect(akProgress(hint({ jenjang: null }))).toBeNull()
    const top = hint()
    if (top.jenjang) top.jenjang.akNeeded = null
    expect(akProgress(top)).toBeNull()
  })
})

describe('ledger', () => {
  const entry = (n: number, year: number, source: AkEntry['source'], createdAt: string) =>
    ({
      id: ID(n),
      pegawaiId: ID(99),
      year,
      source,
      assessmentId: source === 'penilaian' ? ID(50 + n) : null,
      jenjang: 'ahli_pertama',
      predikat: source === 'penilaian' ? 'baik' : null,
      months: source === 'penilaian' ? 12 : null,
      sharePercent: source === 'penilaian' ? 100 : null,
      koefisien: source === 'penilaian' ? 12.5 : null,
      ak: 12.5,
      note: null,
      createdAt,
    }) satisfies AkEntry

  it('reads oldest year first, a manual line of a year before the generated one', () => {
    const sorted = sortLedgerEntries([
      entry(1, 2025, 'penilaian', '2026-01-10T00:00:00Z'),
      entry(2, 2024, 'penilaian', '2025-01-10T00:00:00Z'),
      entry(3, 2024, 'manual', '2025-03-01T00:00:00Z'),
    ])
    expect(sorted.map((e) => e.id)).toEqual([ID(3), ID(2), ID(1)])
  })

  it('shows the profile card to JF people with a ledger', () => {
    expect(isJf('fungsional_ahli_pertama')).toBe(true)
    expect(isJf('pelaksana')).toBe(false)
    expect(ledgerWorthShowing({ jenjang: 'ahli_muda', entries: [] })).toBe(true)
    expect(ledgerWorthShowing({ jenjang: null, entries: [] })).toBe(false)
    expect(
      ledgerWorthShowing({ jenjang: null, entries: [entry(1, 2024, 'manual', '2025-01-01')] }),
    ).toBe(true)
  })

  it('copies the settings tables and knows the defaults of PermenPAN-RB 1/2023', () => {
    const defaults = defaultAkSettingsValues()
    expect(defaults.sharePercent.sangat_baik).toBe(150)
    expect(defaults.koefisien.ahli_pertama).toBe(12.5)
    expect(defaults.akForNextJenjang.penyelia).toBeNull()
    const values = akSettingsValues({ ...defaults, version: 3, updatedAt: null })
    expect(values).toEqual(defaults)
    expect(values).not.toHaveProperty('version')
    values.sharePercent.baik = 90
    expect(defaultAkSettingsValues().sharePercent.baik).toBe(100)
  })
})

describe('TPP', () => {
  const values = {
    performanceSharePercent: 60,
    percentByPredikat: {
      sangat_baik: 100,
      baik: 100,
      butuh_perbaikan: 75,
      kurang: 50,
      sangat_kurang: 25,
    },
    basisByJenis: {
      jpt_utama: 0,
      jpt_madya: 0,
      jpt_pratama: 15_000_000,
      administrator: 9_000_000,
      pengawas: 6_000_000,
      pelaksana: 3_333_333,
      fungsional_ahli_pertama: 4_000_000,
      fungsional_ahli_muda: 5_000_000,
      fungsional_ahli_madya: 7_000_000,
      fungsional_ahli_utama: 9_000_000,
      fungsional_pemula: 2_500_000,
      fungsional_terampil: 3_000_000,
      fungsional_mahir: 3_500_000,
      fungsional_penyelia: 4_000_000,
    },
  }

  it('rounds the example down to whole Rupiah, as the calculation does', () => {
    expect(tppExample(values, 'pelaksana', 'butuh_perbaikan')).toEqual({
      basis: 3_333_333,
      performancePart: 1_999_999,
      paid: 1_499_999,
    })
    expect(
      tppExample({ ...values, performanceSharePercent: Number.NaN }, 'pelaksana', 'baik'),
    ).toBeNull()
  })

  it('counts people with and without a final predikat', () => {
    const row = (predikat: TppRow['predikat']) => ({ predikat }) as TppRow
    expect(tppSummary({ rows: [row('baik'), row(null), row('kurang')] })).toEqual({
      people: 3,
      withPredikat: 2,
      withoutPredikat: 1,
    })
  })
})

describe('recommendations and coaching', () => {
  const plan = (over: Partial<CoachingPlan> = {}): CoachingPlan => ({
    id: ID(70),
    pegawaiId: ID(1),
    plan: 'Pendampingan penyusunan laporan bulanan',
    followUpDate: '2026-12-15',
    status: 'direncanakan',
    outcome: null,
    createdByName: 'Admin BKPSDM',
    createdAt: '2026-11-01T00:00:00Z',
    version: 1,
    ...over,
  })
  const rec = (n: number, name: string, over: Partial<Recommendation> = {}): Recommendation => ({
    pegawaiId: ID(n),
    name,
    nip: '198002022009081009',
    unitName: 'Bidang Mutasi',
    kind: 'coaching',
    reason: 'Predikat Butuh Perbaikan pada Triwulan III 2026',
    history: [{ periodName: 'Triwulan III 2026', predikat: 'butuh_perbaikan' }],
    coachingPlan: null,
    canCoach: true,
    ...over,
  })

  it('knows whether a plan is missing, planned, overdue or done', () => {
    expect(coachingState(null, '2026-11-27')).toBe('none')
    expect(coachingState(plan(), '2026-11-27')).toBe('planned')
    expect(coachingState(plan({ followUpDate: '2026-11-27' }), '2026-11-27')).toBe('planned')
    expect(coachingState(plan({ followUpDate: '2026-11-26' }), '2026-11-27')).toBe('overdue')
    expect(
      coachingState(plan({ status: 'selesai', followUpDate: '2026-01-01' }), '2026-11-27'),
    ).toBe('done')
  })

  it('puts overdue plans first, then people without a plan, rewards last', () => {
    const items = [
      rec(1, 'Wayan', { kind: 'reward', reason: 'Sangat Baik dua kali' }),
      rec(2, 'Made', { coachingPlan: plan() }),
      rec(3, 'Nyoman'),
      rec(4, 'Ketut', { coachingPlan: plan({ followUpDate: '2026-11-01' }) }),
      rec(5, 'Gede', { coachingPlan: plan({ status: 'selesai' }) }),
    ]
    expect(sortRecommendations(items, '2026-11-27').map((r) => r.name)).toEqual([
      'Ketut',
      'Nyoman',
      'Made',
      'Gede',
      'Wayan',
    ])
    expect(filterRecommendations(items, 'reward').map((r) => r.name)).toEqual(['Wayan'])
    expect(filterRecommendations(items, 'coaching')).toHaveLength(4)
    expect(filterRecommendations(items, 'all')).toHaveLength(5)
  })

  it('adds calendar days across a month and a year end', () => {
    expect(addDays('2026-11-27', 30)).toBe('2026-12-27')
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19')
  })
})

describe('talent 9-box', () => {
  const person = (n: number, over: Partial<TalentItem>): TalentItem => ({
    pegawaiId: ID(n),
    name: `P${n}`,
    nip: '198002022009081009',
    unitName: 'Sekretariat',
    predikat: 'baik',
    potensi: 'sedang',
    box: 5,
    ...over,
  })
  const items = [
    person(1, { name: 'Zahra', predikat: 'sangat_baik', potensi: 'tinggi', box: 9 }),
    person(2, { name: 'Ayu', predikat: 'sangat_baik', potensi: 'tinggi', box: 9 }),
    person(3, { name: 'Budi', box: 5 }),
    person(4, { name: 'Citra', predikat: 'kurang', potensi: 'rendah', box: 1 }),
    person(5, { name: 'Dewa', potensi: null, box: null }),
    person(6, { name: 'Eka', predikat: null, potensi: 'tinggi', box: null }),
  ]

  it('draws kinerja high at the top and potensi high at the right', () => {
    const grid = talentGrid(items)
    expect(grid.map((row) => row.map((c) => c.box))).toEqual([
      [6, 8, 9],
      [3, 5, 7],
      [1, 2, 4],
    ])
    expect(grid[0]?.[2]).toMatchObject({ kinerja: 'tinggi', potensi: 'tinggi' })
    expect(grid[0]?.[2]?.people.map((p) => p.name)).toEqual(['Ayu', 'Zahra'])
    expect(grid[0]?.[2]?.label).toBe('Kinerja di atas ekspektasi dan potensi tinggi')
    expect(grid[2]?.[0]?.people.map((p) => p.name)).toEqual(['Citra'])
  })

  it('lists the boxes highest first for the phone', () => {
    expect(talentBoxes(talentGrid(items)).map((c) => c.box)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1])
  })

  it('separates people without potensi from people without predikat', () => {
    const { noPotensi, noPredikat } = talentUnplaced(items)
    expect(noPotensi.map((p) => p.name)).toEqual(['Dewa'])
    expect(noPredikat.map((p) => p.name)).toEqual(['Eka'])
  })
})

describe('SIASN preview', () => {
  it('shows the first rows and counts the rest and the people', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ nip: `nip-${i % 10}` })) as never[]
    const preview = siasnPreview({ rows })
    expect(preview.rows).toHaveLength(20)
    expect(preview.more).toBe(5)
    expect(preview.people).toBe(10)
    expect(siasnPreview({ rows: [] })).toEqual({ rows: [], more: 0, people: 0 })
  })
})
