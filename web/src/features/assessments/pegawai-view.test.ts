import { describe, expect, it } from 'vitest'
import type { AssessmentDetail, AssessmentSummary } from '../../../../shared/assessments.ts'
import {
  canObjectNow,
  cardAction,
  checkDrafts,
  daysFromTo,
  deadlineInfo,
  differsFromSaved,
  erroredIndikator,
  initialDrafts,
  isHttpUrl,
  mapServerFields,
  needsEditReason,
  ownerStage,
  primaryCardIndex,
  realisasiItems,
  savedRealisasiKey,
} from './pegawai-view.ts'
import type { MyAssessmentItem } from './pegawai-view.ts'

const period = {
  id: 'p1',
  year: 2026,
  kind: 'quarterly' as const,
  seq: 4,
  name: 'Triwulan IV 2026',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
  deadline: '2027-01-10',
}

const summary = (over: Partial<AssessmentSummary> = {}): AssessmentSummary => ({
  id: 'a1',
  period,
  skpId: 's1',
  status: 'draft',
  version: 1,
  pegawai: {
    pegawaiId: 'pg',
    name: 'Ni Luh Putu Ayu',
    nip: '199006092014082003',
    golongan: 'III/a',
    pangkat: 'Penata Muda',
    jabatanName: 'Analis SDM Aparatur',
    jabatanJenis: 'fungsional_ahli_pertama',
    unitId: 'u1',
    unitName: 'Subbidang Mutasi',
    headsUnitId: null,
  },
  assessor: null,
  reviewer: null,
  effectiveDeadline: period.deadline,
  extendedUntil: null,
  submittedAt: null,
  late: false,
  ratingHasil: null,
  ratingPerilaku: null,
  predikat: null,
  ratingHasilSource: null,
  ratedAt: null,
  finalisedAt: null,
  acknowledgedAt: null,
  objectionOpenUntil: null,
  updatedAt: '2026-11-27T02:00:00Z',
  ...over,
})

const item = (over: Partial<MyAssessmentItem> = {}): MyAssessmentItem => ({
  period,
  assessment: summary(),
  missingReason: null,
  open: true,
  ...over,
})

type Ind = AssessmentDetail['rhk'][number]['indikator'][number]
const ind = (id: string, over: Partial<Ind> = {}): Ind => ({
  id,
  seq: 1,
  aspek: 'kuantitas',
  text: `Jumlah dokumen ${id}`,
  targetValue: 40,
  targetUnit: 'dokumen',
  targetText: null,
  realisasi: null,
  suggestion: { value: 34, satuan: 'dokumen', text: '12 kegiatan, 34 dokumen' },
  ...over,
})
const detailOf = (...groups: Ind[][]): Pick<AssessmentDetail, 'id' | 'rhk'> => ({
  id: 'a1',
  rhk: groups.map((indikator, n) => ({
    id: `r${n + 1}`,
    seq: n + 1,
    jenis: 'utama',
    label: `Utama ${n + 1}`,
    text: 'RHK',
    source: null,
    indikator,
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
    feedback: null,
  })),
})
const saved = (value: number | null, text: string | null, editReason: string | null = null) => ({
  value,
  text,
  editReason,
  suggestedValue: 34,
  updatedAt: '2026-11-20T02:00:00Z',
})
const messages = { editReason: 'alasan', incomplete: 'isi' }

describe('days to the batas pengisian (local calendar days)', () => {
  it('counts calendar days, across months and years, negative once past', () => {
    expect(daysFromTo('2026-11-27', '2026-11-27')).toBe(0)
    expect(daysFromTo('2026-11-27', '2026-11-30')).toBe(3)
    expect(daysFromTo('2026-12-30', '2027-01-10')).toBe(11)
    expect(daysFromTo('2027-01-11', '2027-01-10')).toBe(-1)
    // Leap day: 28 Feb → 1 Mar 2028 is two days.
    expect(daysFromTo('2028-02-28', '2028-03-01')).toBe(2)
  })

  it('is open until the end of the deadline day, urgent in the last three days', () => {
    expect(deadlineInfo({ period }, '2027-01-06')).toEqual({
      kind: 'open',
      deadline: '2027-01-10',
      daysLeft: 4,
      urgent: false,
      extended: false,
    })
    expect(deadlineInfo({ period }, '2027-01-07')).toMatchObject({ daysLeft: 3, urgent: true })
    expect(deadlineInfo({ period }, '2027-01-10')).toMatchObject({ kind: 'open', daysLeft: 0 })
    expect(deadlineInfo({ period }, '2027-01-11')).toEqual({
      kind: 'passed',
      deadline: '2027-01-10',
      extended: false,
    })
  })

  it('is not open before the period starts', () => {
    expect(deadlineInfo({ period }, '2026-09-28')).toEqual({
      kind: 'not_started',
      opensOn: '2026-10-01',
      daysUntilOpen: 3,
      deadline: '2027-01-10',
    })
    expect(deadlineInfo({ period }, '2026-10-01').kind).toBe('open')
  })

  it('uses the extension when one applies', () => {
    const extended = { period, effectiveDeadline: '2027-01-20', extendedUntil: '2027-01-20' }
    expect(deadlineInfo(extended, '2027-01-15')).toEqual({
      kind: 'open',
      deadline: '2027-01-20',
      daysLeft: 5,
      urgent: false,
      extended: true,
    })
    expect(deadlineInfo(extended, '2027-01-21')).toMatchObject({ kind: 'passed', extended: true })
  })
})

describe('the button a period card leads with', () => {
  it('sends a draft of an open period to filling, a closed one to viewing', () => {
    expect(cardAction(item())).toBe('fill')
    expect(cardAction(item({ assessment: summary({ status: 'reopened' }) }))).toBe('fill')
    expect(cardAction(item({ open: false }))).toBe('view')
  })

  it('shows the result only once final, and "view" while the atasan rates', () => {
    for (const status of ['submitted', 'rated'] as const)
      expect(cardAction(item({ assessment: summary({ status }) }))).toBe('view')
    for (const status of ['finalised', 'objected', 'decided'] as const)
      expect(cardAction(item({ assessment: summary({ status }) }))).toBe('result')
  })

  it('points to the SKP when there is no assessment', () => {
    expect(
      cardAction(item({ assessment: null, missingReason: 'SKP belum disetujui', open: false })),
    ).toBe('skp')
  })

  it('makes the first period waiting for realisasi primary, else a new result', () => {
    const submitted = item({ assessment: summary({ status: 'submitted' }) })
    const finalNew = item({ assessment: summary({ status: 'finalised' }) })
    const finalSeen = item({
      assessment: summary({ status: 'finalised', acknowledgedAt: '2026-11-01T00:00:00Z' }),
    })
    expect(primaryCardIndex([submitted, finalNew, item(), item()])).toBe(2)
    expect(primaryCardIndex([finalSeen, submitted, finalNew])).toBe(2)
    expect(primaryCardIndex([finalSeen, submitted])).toBe(-1)
  })
})

describe('the edit reason', () => {
  it('is needed only when the value differs from a numeric suggestion', () => {
    expect(needsEditReason(34, 34)).toBe(false)
    expect(needsEditReason(34.0000000001, 34)).toBe(false)
    expect(needsEditReason(30, 34)).toBe(true)
    expect(needsEditReason(0, 34)).toBe(true)
    expect(needsEditReason(null, 34, 'Dikerjakan bersama bidang lain')).toBe(true)
    expect(needsEditReason(12, null)).toBe(false)
    expect(needsEditReason(null, undefined, 'teks')).toBe(false)
  })

  it('is not needed for an indikator left completely empty (not filled in yet)', () => {
    expect(needsEditReason(null, 34)).toBe(false)
    expect(needsEditReason(null, 34, '   ')).toBe(false)
  })
})

describe('the realisasi form', () => {
  const detail = detailOf(
    [ind('i1'), ind('i2', { suggestion: null, targetValue: null, targetUnit: null })],
    [ind('i3', { realisasi: saved(30, 'Tiga puluh dokumen', 'Empat dokumen dikembalikan') })],
  )

  it('starts from what is saved, else from the suggestion', () => {
    expect(initialDrafts(detail)).toEqual({
      i1: { value: 34, text: '12 kegiatan, 34 dokumen', editReason: '' },
      i2: { value: null, text: '', editReason: '' },
      i3: { value: 30, text: 'Tiga puluh dokumen', editReason: 'Empat dokumen dikembalikan' },
    })
  })

  it('knows when the screen differs from what is saved (a pre-fill counts)', () => {
    const drafts = initialDrafts(detail)
    expect(differsFromSaved(detail, drafts)).toBe(true)
    const allSaved = detailOf([ind('i3', { realisasi: saved(30, 'x', 'y') })])
    const same = initialDrafts(allSaved)
    expect(differsFromSaved(allSaved, same)).toBe(false)
    expect(differsFromSaved(allSaved, { i3: { ...same.i3!, text: ' x ' } })).toBe(false)
    expect(differsFromSaved(allSaved, { i3: { ...same.i3!, value: 31 } })).toBe(true)
  })

  it('sends every indikator in form order, texts trimmed, the reason only where needed', () => {
    const drafts = {
      i1: { value: 34, text: '  ', editReason: 'tidak perlu' },
      i2: { value: 5, text: ' Lima ', editReason: '' },
      i3: { value: 30, text: 'x', editReason: ' Empat dikembalikan ' },
    }
    expect(realisasiItems(detail, drafts)).toEqual([
      { indikatorId: 'i1', value: 34, text: null, editReason: null },
      { indikatorId: 'i2', value: 5, text: 'Lima', editReason: null },
      { indikatorId: 'i3', value: 30, text: 'x', editReason: 'Empat dikembalikan' },
    ])
  })

  it('asks for a reason on save, and for a value or text on submit', () => {
    const drafts = {
      i1: { value: 20, text: '', editReason: ' ' },
      i2: { value: null, text: '', editReason: '' },
      i3: { value: 34, text: '', editReason: '' },
    }
    expect(checkDrafts(detail, drafts, 'save', messages)).toEqual({ i1: { editReason: 'alasan' } })
    const onSubmit = checkDrafts(detail, drafts, 'submit', messages)
    expect(onSubmit).toEqual({ i1: { editReason: 'alasan' }, i2: { value: 'isi' } })
    expect(erroredIndikator(detail, onSubmit)).toEqual(['i1', 'i2'])
    expect(
      checkDrafts(
        detail,
        { ...drafts, i2: { value: null, text: 'Selesai', editReason: '' } },
        'submit',
        messages,
      ).i2,
    ).toBeUndefined()
  })

  it('maps the server field errors onto the inputs', () => {
    const mapped = mapServerFields(detail, {
      'items.0.editReason': 'Tulis alasan',
      'items.2.value': 'Realisasi harus angka',
      'indikator.i2': 'Isi realisasi',
      'items.9.text': 'tidak ada',
      version: 'Versi wajib diisi',
    })
    expect(mapped.byIndikator).toEqual({
      i1: { editReason: 'Tulis alasan' },
      i3: { value: 'Realisasi harus angka' },
      i2: { value: 'Isi realisasi' },
    })
    expect(mapped.other).toEqual(['tidak ada', 'Versi wajib diisi'])
  })

  it('starts over only when the saved realisasi changes', () => {
    const before = savedRealisasiKey(detail)
    const withEvidence = { ...detail, rhk: detail.rhk.map((r) => ({ ...r, evidence: [] })) }
    expect(savedRealisasiKey(withEvidence)).toBe(before)
    const resaved = detailOf(
      [ind('i1', { realisasi: saved(34, null) }), ind('i2')],
      [ind('i3', { realisasi: saved(30, 'Tiga puluh dokumen', 'Empat dokumen dikembalikan') })],
    )
    expect(savedRealisasiKey(resaved)).not.toBe(before)
  })
})

describe('keberatan and the owner guide', () => {
  const final = {
    actions: ['acknowledge', 'object'] as AssessmentDetail['actions'],
    acknowledgedAt: null,
    objectionOpenUntil: '2026-12-11',
  }

  it('allows a keberatan until the last day of the window, not after accepting', () => {
    expect(canObjectNow(final, '2026-12-11')).toBe(true)
    expect(canObjectNow(final, '2026-12-12')).toBe(false)
    expect(canObjectNow({ ...final, acknowledgedAt: '2026-12-01T00:00:00Z' }, '2026-12-01')).toBe(
      false,
    )
    expect(canObjectNow({ ...final, actions: [] }, '2026-12-01')).toBe(false)
  })

  it('tells the owner where the assessment stands', () => {
    expect(ownerStage(summary(), '2026-11-27')).toBe('fill')
    expect(ownerStage(summary(), '2026-09-30')).toBe('not_started')
    expect(ownerStage(summary({ status: 'reopened' }), '2027-01-11')).toBe('deadline_passed')
    expect(ownerStage(summary({ status: 'rated' }), '2026-11-27')).toBe('waiting')
    expect(ownerStage(summary({ status: 'finalised' }), '2026-11-27')).toBe('result_new')
    expect(
      ownerStage(summary({ status: 'finalised', acknowledgedAt: '2026-12-01' }), '2026-12-02'),
    ).toBe('result_accepted')
    expect(ownerStage(summary({ status: 'objected' }), '2026-11-27')).toBe('objected')
    expect(ownerStage(summary({ status: 'decided' }), '2026-11-27')).toBe('decided')
  })
})

describe('evidence links', () => {
  it('accepts complete http(s) addresses only', () => {
    expect(isHttpUrl('https://drive.google.com/file/d/abc')).toBe(true)
    expect(isHttpUrl(' http://intranet.gianyarkab.go.id/laporan ')).toBe(true)
    expect(isHttpUrl('drive.google.com/file')).toBe(false)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpUrl('ftp://example.org/a')).toBe(false)
    expect(isHttpUrl('')).toBe(false)
  })
})
