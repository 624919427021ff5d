import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type {
  AssessmentDetail,
  AssessmentPeriod,
  DistributionView,
} from '../../../shared/assessments.ts'
import { BERAKHLAK, CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import {
  checkDistribution,
  emptyCounts,
  ROUNDING_RULE_TEXT,
  type DistributionCheck,
} from '../../../shared/rules/distribution.ts'
import {
  buildChart,
  DRAFT_MARK,
  evaluationFileName,
  penetapanFileName,
  renderEvaluationPdf,
  renderPenetapanPdf,
  renderPenetapanXlsx,
  type AssessmentDocumentContext,
} from './assessment-documents.ts'
import {
  ASSESSMENTS,
  assessmentKit,
  type AssessmentOffice,
} from '../../test/assessment-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { instansi as instansiTable } from '../org/org.tables.ts'

const run = promisify(execFile)

/**
 * The text a person would read in the PDF, as poppler extracts it: in reading order, with the
 * physical layout kept (`layout`: a label and its value on one line), or in drawing order
 * (`raw`: a table cell's wrapped lines stay together).
 */
async function pdfText(pdf: Buffer, mode: boolean | 'raw' = false): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assessment-pdf-'))
  try {
    const file = path.join(dir, 'doc.pdf')
    fs.writeFileSync(file, pdf)
    const flag = mode === 'raw' ? ['-raw'] : mode ? ['-layout'] : []
    const args = ['-enc', 'UTF-8', ...flag, file, '-']
    const { stdout } = await run('/usr/bin/pdftotext', args)
    return stdout
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
/** pdftotext breaks long cells over lines: compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/\/ /g, '/')
/** The line of a layout extraction that holds `label` (a label and its value share a line). */
const lineWith = (layout: string, label: string) =>
  layout
    .split('\n')
    .find((l) => l.includes(label))
    ?.replace(/\s+/g, ' ')
    .trim() ?? ''

const grouped = (nip: string) =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`

async function readSheet(data: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ArrayBuffer)
  const sheet = wb.getWorksheet('Penetapan')
  if (!sheet) throw new Error('no sheet Penetapan')
  const rows: ExcelJS.CellValue[][] = []
  sheet.eachRow((row) => {
    const cells: ExcelJS.CellValue[] = []
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (!cell.isMerged || cell.master === cell) cells.push(cell.value)
    })
    rows.push(cells)
  })
  return { sheet, rows, workbook: wb }
}

// ---------------------------------------------------------------- samples

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const NIP_PEGAWAI = '198609262015051001'
const NIP_PENILAI = '197805122003122002'
const UNIT_ID = uuid(90)

const Q1: AssessmentPeriod = {
  id: uuid(50),
  year: 2026,
  kind: 'quarterly',
  seq: 1,
  name: 'Triwulan I 2026',
  startDate: '2026-01-01',
  endDate: '2026-03-31',
  deadline: '2026-04-10',
}
const ANNUAL: AssessmentPeriod = {
  id: uuid(51),
  year: 2026,
  kind: 'annual',
  seq: 1,
  name: 'Tahunan 2026',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  deadline: '2027-01-15',
}

const ctx: AssessmentDocumentContext = {
  instansiName: 'Pemerintah Kabupaten Gianyar',
  timeZone: 'Asia/Makassar',
  today: '2026-11-27',
}

const indikator = (
  n: number,
  text: string,
  target: number,
  unit: string,
  realisasi: { value: number | null; text: string | null } | null,
  aspek: 'kuantitas' | 'kualitas' | null = 'kuantitas',
) => ({
  id: uuid(n),
  seq: 1,
  aspek,
  text,
  targetValue: target,
  targetUnit: unit,
  targetText: null,
  realisasi: realisasi
    ? {
        ...realisasi,
        suggestedValue: realisasi.value,
        editReason: null,
        updatedAt: '2026-04-01T02:00:00Z',
      }
    : null,
  suggestion: null,
})
const noProgress = {
  entries: 0,
  realisasiTotal: 0,
  satuan: null,
  verifiedSesuai: 0,
  perluPerbaikan: 0,
  pending: 0,
  late: 0,
  rencanaAksi: [],
  evidence: [],
}

function sampleDetail(over: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    id: uuid(1),
    period: Q1,
    skpId: uuid(2),
    status: 'finalised',
    version: 4,
    pegawai: {
      pegawaiId: uuid(3),
      name: 'I Made Sudarma, S.Kom.',
      nip: NIP_PEGAWAI,
      golongan: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
      jabatanName: 'Pranata Komputer Ahli Pertama',
      jabatanJenis: 'fungsional_ahli_pertama',
      unitId: UNIT_ID,
      unitName: 'Sub Bidang Data dan Informasi',
      headsUnitId: null,
    },
    assessor: {
      pegawaiId: uuid(4),
      name: 'Ni Luh Putu Ayu Lestari, S.E.',
      nip: NIP_PENILAI,
      golongan: 'III/d',
      pangkat: 'Penata Tingkat I',
      jabatanName: 'Kepala Sub Bidang Data dan Informasi',
      unitName: 'Bidang Pengadaan dan Informasi',
    },
    reviewer: { pegawaiId: uuid(5), name: 'Drs. I Wayan Karsa, M.Si.' },
    effectiveDeadline: '2026-04-10',
    extendedUntil: null,
    submittedAt: '2026-04-02T01:00:00Z',
    late: false,
    ratingHasil: 'di_atas',
    ratingPerilaku: 'sesuai',
    predikat: 'baik',
    ratingHasilSource: 'atasan',
    ratedAt: '2026-04-05T01:00:00Z',
    // 16:30 UTC on 6 April is 00:30 on 7 April in Gianyar (WITA).
    finalisedAt: '2026-04-06T16:30:00Z',
    acknowledgedAt: null,
    objectionOpenUntil: '2026-04-21',
    updatedAt: '2026-04-06T16:30:00Z',
    pendekatan: 'kuantitatif',
    variant: 'ja_jf',
    rhk: [
      {
        id: uuid(10),
        seq: 1,
        jenis: 'utama',
        label: 'Utama 1',
        text: 'Data kepegawaian mutakhir',
        source: 'RHK atasan yang diintervensi: SIMPEG terintegrasi',
        indikator: [
          indikator(30, 'Data yang dimutakhirkan', 1250, 'Data', {
            value: 1312,
            text: 'Termasuk data pensiun',
          }),
          {
            ...indikator(
              31,
              'Data tanpa kesalahan',
              98.5,
              '%',
              { value: 99.2, text: null },
              'kualitas',
            ),
            seq: 2,
          },
        ],
        evidence: [
          {
            id: uuid(40),
            rhkId: uuid(10),
            kind: 'file',
            name: 'rekap-pemutakhiran-q1.pdf',
            url: null,
            mimeType: 'application/pdf',
            size: 1200,
            progressEvidenceId: null,
            createdAt: '2026-04-01T01:00:00Z',
          },
          {
            id: uuid(41),
            rhkId: uuid(10),
            kind: 'link',
            name: 'Dasbor SIMPEG',
            url: 'https://simpeg.example.go.id/dasbor',
            mimeType: null,
            size: null,
            progressEvidenceId: null,
            createdAt: '2026-04-01T01:00:00Z',
          },
        ],
        progress: noProgress,
        feedback: {
          rating: 'di_atas',
          body: 'Pemutakhiran melampaui target, pertahankan',
          updatedAt: '2026-04-05T01:00:00Z',
        },
      },
      {
        id: uuid(11),
        seq: 2,
        jenis: 'utama',
        label: 'Utama 2',
        text: 'Helpdesk aplikasi berjalan',
        source: 'Penugasan dari Ketua Tim Layanan Digital',
        indikator: [
          indikator(33, 'Tiket selesai', 240, 'Tiket', {
            value: null,
            text: 'Semua tiket ditutup',
          }),
        ],
        evidence: [],
        progress: noProgress,
        feedback: null,
      },
      {
        id: uuid(12),
        seq: 3,
        jenis: 'tambahan',
        label: 'Tambahan 1',
        text: 'Panitia seleksi PPPK',
        source: null,
        indikator: [indikator(34, 'Laporan panitia', 1, 'Laporan', null)],
        evidence: [],
        progress: noProgress,
        feedback: {
          rating: null,
          body: 'Laporan belum dilampirkan',
          updatedAt: '2026-04-05T01:00:00Z',
        },
      },
    ],
    perilaku: CORE_VALUES.map((v, i) => ({
      coreValue: v,
      label: BERAKHLAK[v].label,
      panduan: [...BERAKHLAK[v].panduan],
      ekspektasiKhusus: i === 0 ? 'Tiket dijawab dalam 1 hari' : null,
      feedback:
        i === 6
          ? { body: 'Aktif berbagi data lintas bidang', updatedAt: '2026-04-05T01:00:00Z' }
          : null,
    })),
    justification: null,
    objection: null,
    roles: ['assessor'],
    actions: [],
    canEditRealisasi: false,
    canEditFeedback: false,
    orgPredikat: { unitId: UNIT_ID, unitName: 'Sub Bidang Data dan Informasi', value: 'baik' },
    ...over,
  }
}

const PEOPLE: {
  name: string
  nip: string
  predikat: keyof ReturnType<typeof emptyCounts> | null
  status: DistributionView['people'][number]['status']
}[] = [
  { name: 'I Made Sudarma, S.Kom.', nip: NIP_PEGAWAI, predikat: 'baik', status: 'finalised' },
  {
    name: 'Ni Kadek Ayu Wulandari',
    nip: '199001012019032001',
    predikat: 'baik',
    status: 'finalised',
  },
  {
    name: 'I Gede Arya Putra',
    nip: '199203052020121002',
    predikat: 'sangat_baik',
    status: 'finalised',
  },
  {
    name: 'Ni Komang Sri Dewi',
    nip: '198812122014022003',
    predikat: 'butuh_perbaikan',
    status: 'rated',
  },
  { name: 'I Ketut Budiarta', nip: '198505052010011004', predikat: null, status: 'submitted' },
]

/** The rule's readonly predikat list as the (mutable) contract type. */
const asContract = (c: DistributionCheck): NonNullable<DistributionView['check']> => ({
  ...c,
  rules: c.rules.map((r) => ({ ...r, rule: { ...r.rule, predikat: [...r.rule.predikat] } })),
})

function sampleView(over: Partial<DistributionView> = {}, people = PEOPLE): DistributionView {
  const counts = emptyCounts()
  for (const p of people) if (p.predikat) counts[p.predikat]++
  const total = people.length
  return {
    unitId: UNIT_ID,
    unitName: 'Sub Bidang Data dan Informasi',
    periodId: Q1.id,
    orgPredikat: {
      value: 'baik',
      setByName: 'Drs. I Wayan Karsa, M.Si.',
      setAt: '2026-04-03T02:00:00Z',
      note: 'Rencana aksi triwulan tercapai',
      finalisedAt: null,
      justification: null,
    },
    check: asContract(checkDistribution('baik', counts, total)),
    total,
    counts,
    people: people.map((p, i) => ({
      assessmentId: uuid(100 + i),
      pegawaiId: uuid(200 + i),
      name: p.name,
      unitName: 'Sub Bidang Data dan Informasi',
      status: p.status,
      predikat: p.predikat,
      nip: p.nip,
      jabatanName: `Pelaksana ${i + 1}`,
    })),
    enforcement: 'warn',
    roundingRule: ROUNDING_RULE_TEXT,
    ...over,
  }
}

// ---------------------------------------------------------------- Evaluasi

describe('Dokumen Evaluasi Kinerja Pegawai (pure)', () => {
  it('prints the periodic evaluation in the official layout', async () => {
    const pdf = await renderEvaluationPdf(sampleDetail(), sampleView(), ctx)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = flat(await pdfText(pdf))
    for (const heading of [
      'EVALUASI KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PEMERINTAH KABUPATEN GIANYAR',
      'PERIODE: TRIWULAN I 2026 (1 JANUARI 2026 SD 31 MARET 2026)',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'PANGKAT/GOL. RUANG',
      'UNIT KERJA',
      'INSTANSI',
      'CAPAIAN KINERJA ORGANISASI',
      'POLA DISTRIBUSI',
      'HASIL KERJA',
      'A. UTAMA',
      'B. TAMBAHAN',
      'REALISASI BERDASARKAN BUKTI DUKUNG',
      'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG',
      'RATING HASIL KERJA',
      'PERILAKU KERJA',
      'EKSPEKTASI KHUSUS PIMPINAN',
      'RATING PERILAKU KERJA',
      'PREDIKAT KINERJA PEGAWAI',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
    ]) {
      expect(text, heading).toContain(heading)
    }
    // Identities, NIPs grouped as on paper.
    expect(text).toContain('I Made Sudarma, S.Kom.')
    expect(text).toContain('Ni Luh Putu Ayu Lestari, S.E.')
    expect(text).toContain(grouped(NIP_PEGAWAI))
    expect(text).toContain(`NIP ${grouped(NIP_PENILAI)}`)
    expect(text).toContain('Penata Muda Tingkat I, III/b')
    expect(text).toContain('Pranata Komputer Ahli Pertama')
    // Capaian kinerja organisasi and the pattern in words with the group's size.
    expect(text).toContain('Baik (Sub Bidang Data dan Informasi)')
    expect(text).toContain('Baik paling banyak 70% (4 dari 5 orang)')
    expect(text).toContain(
      'Harus ada paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct',
    )
    expect(text).toContain('maks. 70% = 4 org')
    // Every RHK with its source, indicators, targets, realisasi, evidence and umpan balik.
    for (const s of [
      'Data kepegawaian mutakhir',
      'RHK atasan yang diintervensi: SIMPEG terintegrasi',
      'Helpdesk aplikasi berjalan',
      'Penugasan dari Ketua Tim Layanan Digital',
      'Panitia seleksi PPPK',
      'Data yang dimutakhirkan',
      '1.250 Data',
      '1.312 Data — Termasuk data pensiun',
      '98,5%',
      '99,2%',
      'Semua tiket ditutup',
      'rekap-pemutakhiran-q1.pdf',
      'Dasbor SIMPEG (tautan: https://simpeg.example.go.id/dasbor)',
      'Bukti dukung: belum ada',
      'Pemutakhiran melampaui target, pertahankan',
      'Laporan belum dilampirkan',
    ]) {
      expect(text, s).toContain(s)
    }
    for (const v of CORE_VALUES) {
      expect(text).toContain(BERAKHLAK[v].label)
      expect(text).toContain(BERAKHLAK[v].panduan[1])
    }
    expect(text).toContain('Tiket dijawab dalam 1 hari')
    expect(text).toContain('Aktif berbagi data lintas bidang')
    // Ratings and the predikat from the quadrant.
    expect(text).toContain('Di Atas Ekspektasi')
    expect(text).toContain('Sesuai Ekspektasi')
    const layout = await pdfText(pdf, true)
    expect(lineWith(layout, 'PREDIKAT KINERJA PEGAWAI ')).toBe('PREDIKAT KINERJA PEGAWAI BAIK')
    expect(lineWith(layout, 'RATING HASIL KERJA ')).toBe('RATING HASIL KERJA Di Atas Ekspektasi')
    expect(lineWith(layout, 'RATING PERILAKU KERJA ')).toBe(
      'RATING PERILAKU KERJA Sesuai Ekspektasi',
    )
    expect(lineWith(layout, 'CAPAIAN KINERJA ORGANISASI')).toBe(
      'CAPAIAN KINERJA ORGANISASI Baik (Sub Bidang Data dan Informasi)',
    )
    expect(text).toContain('(predikat pegawai ini)')
    // Signed on the local day of finalising, in the regency's name; two signers only.
    expect(text).toContain('Gianyar, 7 April 2026')
    expect(text).not.toContain('Atasan Pejabat Penilai Kinerja')
    expect(text).not.toContain('DRAF')
    expect(text).toMatch(/Halaman 1 dari \d/)
  })

  it('never prints the colleagues’ counts in a pegawai’s document', async () => {
    const text = flat(await pdfText(await renderEvaluationPdf(sampleDetail(), sampleView(), ctx)))
    expect(text).not.toContain('Ni Kadek Ayu Wulandari')
    expect(text).not.toMatch(/\d+ orang \(\d/)
    expect(text).not.toContain('Terpenuhi')
  })

  it('prints the annual evaluation with the atasan pejabat penilai', async () => {
    const detail = sampleDetail({
      period: ANNUAL,
      finalisedAt: '2027-01-20T03:00:00Z',
      ratingHasil: 'di_atas',
      ratingPerilaku: 'di_atas',
      predikat: 'sangat_baik',
    })
    const pdf = await renderEvaluationPdf(detail, null, ctx)
    const text = flat(await pdfText(pdf))
    expect(text).toContain('EVALUASI KINERJA PEGAWAI')
    expect(text).toContain('PERIODE: TAHUNAN 2026')
    expect(text).toContain('Atasan Pejabat Penilai Kinerja')
    expect(text).toContain('Drs. I Wayan Karsa, M.Si.')
    expect(lineWith(await pdfText(pdf, true), 'PREDIKAT KINERJA PEGAWAI ')).toBe(
      'PREDIKAT KINERJA PEGAWAI SANGAT BAIK',
    )
    expect(text).toContain('Gianyar, 20 Januari 2027')
    // Without the group, the pattern is stated in percentages.
    expect(text).toContain('Baik paling banyak 70%')
    expect(text).not.toContain('dari 5 orang')
  })

  it('shows "—" for ratings hidden from the owner and marks the draft', async () => {
    const detail = sampleDetail({
      status: 'rated',
      roles: ['owner'],
      ratingHasil: null,
      ratingPerilaku: null,
      predikat: null,
      ratingHasilSource: null,
      finalisedAt: null,
      orgPredikat: null,
      rhk: sampleDetail().rhk.map((r) => ({ ...r, feedback: null })),
      perilaku: sampleDetail().perilaku.map((p) => ({ ...p, feedback: null })),
    })
    const pdf = await renderEvaluationPdf(detail, sampleView(), ctx)
    const text = flat(await pdfText(pdf))
    const layout = await pdfText(pdf, true)
    expect(text).toContain(DRAFT_MARK)
    expect(lineWith(layout, 'RATING HASIL KERJA ')).toBe('RATING HASIL KERJA —')
    expect(lineWith(layout, 'RATING PERILAKU KERJA ')).toBe('RATING PERILAKU KERJA —')
    expect(lineWith(layout, 'PREDIKAT KINERJA PEGAWAI ')).toBe('PREDIKAT KINERJA PEGAWAI —')
    expect(text).not.toContain('Di Atas Ekspektasi')
    expect(text).not.toContain('Pemutakhiran melampaui target')
    expect(text).not.toContain('(predikat pegawai ini)')
    // Capaian and pattern wait for the final result too (for a unit head it is the rating).
    expect(lineWith(layout, 'CAPAIAN KINERJA ORGANISASI')).toBe('CAPAIAN KINERJA ORGANISASI —')
    expect(text).toContain('ditampilkan setelah penilaian final')
    expect(text).not.toContain('maks. 70%')
    expect(text).not.toContain('dari 5 orang')
    // Not final: dated today.
    expect(text).toContain('Gianyar, 27 November 2026')
    // The RHK and realisasi are the pegawai's own and stay visible.
    expect(text).toContain('Data kepegawaian mutakhir')
    expect(text).toContain('1.312 Data')
  })

  it('says "Belum ditetapkan" without an organisational predikat and explains the unit head', async () => {
    const none = sampleDetail({ orgPredikat: null })
    const nonePdf = await renderEvaluationPdf(none, null, ctx)
    const text = flat(await pdfText(nonePdf))
    expect(lineWith(await pdfText(nonePdf, true), 'CAPAIAN KINERJA ORGANISASI')).toBe(
      'CAPAIAN KINERJA ORGANISASI Belum ditetapkan',
    )
    expect(text).toContain('Pola distribusi belum dapat ditampilkan')

    const head = sampleDetail({
      variant: 'jpt',
      pendekatan: 'kualitatif',
      ratingHasil: 'sesuai',
      ratingHasilSource: 'org_predikat',
      pegawai: { ...sampleDetail().pegawai, headsUnitId: UNIT_ID },
      late: true,
      objection: {
        id: uuid(60),
        reason: 'Realisasi helpdesk belum diperhitungkan',
        filedAt: '2026-04-08T02:00:00Z',
        decision: null,
        decisionNote: null,
        decidedByName: null,
        decidedAt: null,
        previousRatingHasil: null,
        previousRatingPerilaku: null,
        previousPredikat: null,
      },
      status: 'objected',
    })
    const headText = flat(await pdfText(await renderEvaluationPdf(head, sampleView(), ctx)))
    expect(headText).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI')
    expect(headText).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
    expect(headText).not.toContain('RHK ATASAN YANG DIINTERVENSI')
    // JPT: the source stands under the RHK.
    expect(headText).toContain('Penugasan dari Ketua Tim Layanan Digital')
    expect(headText).toContain(
      'Rating hasil kerja mengikuti predikat kinerja organisasi Sub Bidang Data dan Informasi (Baik)',
    )
    expect(headText).toContain('setelah batas pengisian')
    expect(headText).toContain('Keberatan diajukan 8 April 2026')
    expect(headText).not.toContain('DRAF')
  })

  it('pdfmake mutates its input, so two renders give the same text', async () => {
    const d = sampleDetail()
    const v = sampleView()
    expect(await pdfText(await renderEvaluationPdf(d, v, ctx))).toBe(
      await pdfText(await renderEvaluationPdf(d, v, ctx)),
    )
  })

  it('names the file after the NIP and the period', () => {
    expect(evaluationFileName(sampleDetail())).toBe(
      `evaluasi-kinerja-${NIP_PEGAWAI}-triwulan-i-2026.pdf`,
    )
    expect(evaluationFileName(sampleDetail({ period: ANNUAL }))).toBe(
      `evaluasi-kinerja-${NIP_PEGAWAI}-tahunan-2026.pdf`,
    )
  })
})

describe('the distribution chart model', () => {
  it('shades the allowed share and draws the limits for the group’s size', () => {
    const chart = buildChart(
      [
        { kind: 'max', predikat: ['baik'], percent: 70 },
        { kind: 'at_least_one', predikat: ['butuh_perbaikan', 'kurang'] },
      ],
      3,
      null,
      'baik',
    )
    const baik = chart.columns[1]!
    // 70 % of 3 = 2 people → two thirds of the column.
    expect(baik.range).toEqual({ lo: 0, hi: 2 / 3 })
    expect(baik.edges).toEqual([{ at: 2 / 3, kind: 'max' }])
    expect(baik.captions).toEqual(['maks. 70% = 2 org'])
    expect(baik.highlight).toBe(true)
    expect(chart.columns[0]!.captions).toEqual(['tanpa batas'])
    expect(chart.brackets).toEqual([{ from: 2, to: 3, at: 1 / 3 }])
    expect(chart.columns[2]!.captions).toEqual(['min. 1 orang bersama Kurang/Misconduct'])
  })

  it('crosses out a predikat that is not allowed and shows counts when given', () => {
    const counts = { ...emptyCounts(), sangat_kurang: 6, kurang: 1, baik: 3 }
    const chart = buildChart(
      [
        { kind: 'min', predikat: ['sangat_kurang'], percent: 60 },
        { kind: 'min', predikat: ['kurang', 'butuh_perbaikan'], percent: 10 },
        { kind: 'none', predikat: ['sangat_baik'] },
      ],
      10,
      counts,
      null,
    )
    expect(chart.columns[0]!.range).toBeNull()
    expect(chart.columns[0]!.captions).toEqual(['0 orang (0%)', 'tidak boleh ada'])
    expect(chart.columns[4]!.range).toEqual({ lo: 0.6, hi: 1 })
    expect(chart.columns[4]!.bar).toBe(0.6)
    expect(chart.columns[4]!.captions).toEqual(['6 orang (60%)', 'min. 60% = 6 org'])
    expect(chart.brackets).toEqual([{ from: 2, to: 3, at: 0.1 }])
  })
})

// ---------------------------------------------------------------- Penetapan

describe('Format Penetapan Predikat Kinerja (pure)', () => {
  it('prints the unit, the pattern with each rule met or not, and every employee', async () => {
    const view = sampleView()
    const text = flat(await pdfText(await renderPenetapanPdf(view, Q1, ctx)))
    for (const s of [
      'PENETAPAN PREDIKAT KINERJA PEGAWAI',
      'PEMERINTAH KABUPATEN GIANYAR',
      'SUB BIDANG DATA DAN INFORMASI',
      'PERIODE: TRIWULAN I 2026 (1 JANUARI 2026 SD 31 MARET 2026)',
      'Capaian kinerja organisasi',
      'Drs. I Wayan Karsa, M.Si., 3 April 2026',
      'Rencana aksi triwulan tercapai',
      'POLA DISTRIBUSI',
      'Baik paling banyak 70% (4 dari 5 orang)',
      'Harus ada paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct',
      'Terpenuhi',
      'Sampai saat ini sesuai pola distribusi; 1 pegawai belum dinilai.',
      'REKAPITULASI PREDIKAT',
      'DAFTAR PREDIKAT KINERJA PEGAWAI',
      'Pimpinan yang Menetapkan',
      'Gianyar, 27 November 2026',
      DRAFT_MARK,
    ]) {
      expect(text, s).toContain(s)
    }
    for (const p of PEOPLE) {
      expect(text, p.name).toContain(p.name)
      expect(text, p.nip).toContain(grouped(p.nip))
    }
    expect(text).toContain('Pelaksana 3')
    expect(text).toContain('Butuh Perbaikan (belum final)')
    expect(text).toContain('Belum dinilai (diajukan)')
    // Counts and shares: 2 Baik of 5 = 40 %.
    const layout = await pdfText(await renderPenetapanPdf(view, Q1, ctx), true)
    expect(layout).toMatch(/^\s*Baik\s+2\s+40%\s*$/m)
    expect(layout).toMatch(/^\s*Sangat Baik\s+1\s+20%\s*$/m)
    expect(layout).toMatch(/^\s*Belum dinilai\s+1\s+20%\s*$/m)
    expect(layout).toMatch(/^\s*JUMLAH\s+5\s+100%\s*$/m)
  })

  it('states a violated rule, the justification and the date of the penetapan', async () => {
    const people = PEOPLE.map((p) => ({
      ...p,
      predikat: 'baik' as const,
      status: 'finalised' as const,
    }))
    const base = sampleView({}, people)
    const view = sampleView(
      {
        orgPredikat: {
          ...base.orgPredikat!,
          // 23:00 UTC on 14 April is 07:00 on 15 April in Gianyar.
          finalisedAt: '2026-04-14T23:00:00Z',
          justification: 'Seluruh pegawai mencapai target karena beban kerja luar biasa',
        },
      },
      people,
    )
    const text = flat(await pdfText(await renderPenetapanPdf(view, Q1, ctx)))
    expect(text).toContain('Tidak terpenuhi')
    expect(text).toContain('Distribusi predikat TIDAK sesuai pola distribusi.')
    expect(text).toContain('ALASAN PENETAPAN DI LUAR POLA DISTRIBUSI')
    expect(text).toContain('Seluruh pegawai mencapai target karena beban kerja luar biasa')
    expect(text).toContain('Gianyar, 15 April 2026')
    expect(text).toContain('Ditetapkan 15 April 2026')
    expect(text).not.toContain('DRAF')
  })

  it('prints a unit without an organisational predikat', async () => {
    const view = sampleView({ orgPredikat: null, check: null })
    const pdf = await renderPenetapanPdf(view, Q1, ctx)
    const text = flat(await pdfText(pdf))
    expect(lineWith(await pdfText(pdf, true), 'Capaian kinerja organisasi')).toBe(
      'Capaian kinerja organisasi Belum ditetapkan',
    )
    expect(text).toContain('Distribusi belum dapat diperiksa')
    for (const p of PEOPLE) expect(text).toContain(p.name)
  })

  it('exports the same to XLSX with numbers, percentages and formulas escaped', async () => {
    const people = [
      ...PEOPLE,
      {
        name: '=HYPERLINK("http://x.example","klik")',
        nip: '199512312022031005',
        predikat: 'kurang' as const,
        status: 'finalised' as const,
      },
    ]
    const view = sampleView({}, people)
    const { rows, workbook, sheet } = await readSheet(await renderPenetapanXlsx(view, Q1, ctx))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Penetapan'])
    const first = rows.map((r) => r[0])
    for (const s of [
      'PENETAPAN PREDIKAT KINERJA PEGAWAI',
      'PEMERINTAH KABUPATEN GIANYAR',
      'PERIODE: TRIWULAN I 2026 (1 JANUARI 2026 SD 31 MARET 2026)',
      'POLA DISTRIBUSI',
      'REKAPITULASI PREDIKAT',
      'DAFTAR PREDIKAT KINERJA PEGAWAI',
    ]) {
      expect(first, s).toContain(s)
    }
    const all = rows.flat()
    expect(all).toContain('Baik paling banyak 70% (4 dari 6 orang)')
    expect(all).toContain('Terpenuhi')
    for (const p of PEOPLE) {
      expect(all).toContain(p.name)
      expect(all).toContain(grouped(p.nip))
    }
    // Typed text that a spreadsheet would run as a formula stays text.
    expect(all).toContain(`'=HYPERLINK("http://x.example","klik")`)
    expect(all.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false)
    // Counts are numbers and shares percentages: 2 Baik of 6.
    const baik = rows.find((r) => r[0] === 'Baik')
    expect(baik?.slice(1)).toEqual([2, 2 / 6])
    const baikRow = sheet.getRows(1, sheet.rowCount)?.find((r) => r.getCell(1).value === 'Baik')
    expect(baikRow?.getCell(6).numFmt).toBe('0.0%')
    expect(rows.find((r) => r[0] === 'JUMLAH')?.slice(1)).toEqual([6, 1])
  })

  it('names the file after the unit and the period', () => {
    expect(penetapanFileName({ name: 'Sub Bidang Data & Informasi' }, Q1, 'pdf')).toBe(
      'penetapan-predikat-sub-bidang-data-informasi-triwulan-i-2026.pdf',
    )
    expect(penetapanFileName({ code: 'BKPSDM.01', name: 'x' }, ANNUAL, 'xlsx')).toBe(
      'penetapan-predikat-bkpsdm-01-tahunan-2026.xlsx',
    )
  })
})

// ---------------------------------------------------------------- routes

const t = await setupTestApp()
const a = assessmentKit(t)

describe('document routes', () => {
  let s: AssessmentOffice
  /** staff1's and staff2's Triwulan IV assessments (assessor kasub), rated then finalised. */
  let one: AssessmentDetail
  let two: AssessmentDetail
  const q4 = () => s.periods.q4
  const penetapanUrl = (kind: 'pdf' | 'xlsx') =>
    `${ASSESSMENTS}/org-predikat/document.${kind}?unitId=${s.o.units.sub.id}&periodId=${q4().id}`
  const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as AssessmentDetail
  }

  beforeAll(async () => {
    s = await a.setupAssessmentOffice({ rhk: 2 })
    const { o } = s
    await t.db
      .update(instansiTable)
      .set({ name: 'Pemerintah Kabupaten Gianyar' })
      .where(eq(instansiTable.id, o.instansi.id))
    one = await a.submitted(o.staff1, q4())
    two = await a.submitted(o.staff2, q4())
    // The leader one level up (kabid) sets the sub bidang's predikat kinerja organisasi.
    const org = await a.call(o.kabid, 'PUT', `${ASSESSMENTS}/org-predikat`, {
      unitId: o.units.sub.id,
      periodId: q4().id,
      value: 'baik',
      note: 'Rencana aksi triwulan IV tercapai',
    })
    expect(org.statusCode, org.body).toBe(200)
    one = await ok(
      await a.call(o.kasub, 'PUT', `${ASSESSMENTS}/${one.id}/feedback`, {
        version: one.version,
        rhk: [
          { rhkId: one.rhk[0]!.id, rating: 'di_atas', body: 'Laporan lengkap dan tepat waktu' },
        ],
        perilaku: [{ coreValue: 'kolaboratif', body: 'Aktif membantu rekan satu tim' }],
      }),
    )
    one = await ok(
      await a.call(o.kasub, 'POST', `${ASSESSMENTS}/${one.id}/rate`, {
        version: one.version,
        ratingHasil: 'di_atas',
        ratingPerilaku: 'sesuai',
      }),
    )
    two = await ok(
      await a.call(o.kasub, 'POST', `${ASSESSMENTS}/${two.id}/rate`, {
        version: two.version,
        ratingHasil: 'di_bawah',
        ratingPerilaku: 'sesuai',
      }),
    )
    expect([one.predikat, two.predikat]).toEqual(['baik', 'butuh_perbaikan'])
  })

  it('answers 401 to anonymous callers', async () => {
    for (const url of [
      `${ASSESSMENTS}/${one.id}/document.pdf`,
      penetapanUrl('pdf'),
      penetapanUrl('xlsx'),
    ]) {
      const res = await a.call(null, 'GET', url)
      expect(res.statusCode, url).toBe(401)
      expect(res.json().error.code).toBe('UNAUTHENTICATED')
    }
  })

  it('answers 404 to a colleague and to someone in another unit', async () => {
    for (const who of [s.o.staff2, s.o.staffB]) {
      const res = await a.call(who, 'GET', `${ASSESSMENTS}/${one.id}/document.pdf`)
      expect(res.statusCode, who.name).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
  })

  it('gives the owner a draft with "—" for the ratings before the result is final', async () => {
    const res = await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/${one.id}/document.pdf`)
    expect(res.statusCode).toBe(200)
    const text = flat(await pdfText(res.rawPayload))
    const layout = await pdfText(res.rawPayload, true)
    expect(text).toContain(DRAFT_MARK)
    expect(lineWith(layout, 'PREDIKAT KINERJA PEGAWAI ')).toBe('PREDIKAT KINERJA PEGAWAI —')
    expect(lineWith(layout, 'RATING HASIL KERJA ')).toBe('RATING HASIL KERJA —')
    expect(lineWith(layout, 'CAPAIAN KINERJA ORGANISASI')).toBe('CAPAIAN KINERJA ORGANISASI —')
    expect(text).not.toContain('Di Atas Ekspektasi')
    expect(text).not.toContain('Laporan lengkap dan tepat waktu')
    expect(text).toContain(s.o.staff1.name)
  })

  it('gives the assessor the rated document with the group’s limits, still a draft', async () => {
    const res = await a.call(s.o.kasub, 'GET', `${ASSESSMENTS}/${one.id}/document.pdf`)
    expect(res.statusCode).toBe(200)
    const text = flat(await pdfText(res.rawPayload))
    expect(text).toContain(DRAFT_MARK)
    expect(lineWith(await pdfText(res.rawPayload, true), 'PREDIKAT KINERJA PEGAWAI ')).toBe(
      'PREDIKAT KINERJA PEGAWAI BAIK',
    )
    // The group of two: 70 % of 2 = 1,4 → 1.
    expect(text).toContain('Baik paling banyak 70% (1 dari 2 orang)')
  })

  describe('after finalising', () => {
    beforeAll(async () => {
      one = await ok(
        await a.call(s.o.kasub, 'POST', `${ASSESSMENTS}/${one.id}/finalise`, {
          version: one.version,
        }),
      )
      two = await ok(
        await a.call(s.o.kasub, 'POST', `${ASSESSMENTS}/${two.id}/finalise`, {
          version: two.version,
        }),
      )
      expect([one.status, two.status]).toEqual(['finalised', 'finalised'])
    })

    it('gives the owner, the assessor and the admin the final document', async () => {
      const viewers: [string, { username: string }][] = [
        ['owner', s.o.staff1],
        ['assessor', s.o.kasub],
        ['admin', s.o.admin],
      ]
      for (const [label, who] of viewers) {
        const res = await a.call(who, 'GET', `${ASSESSMENTS}/${one.id}/document.pdf`)
        expect(res.statusCode, label).toBe(200)
        expect(res.headers['content-type']).toBe('application/pdf')
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="evaluasi-kinerja-${s.o.staff1.username}-triwulan-iv-2026.pdf"`,
        )
        expect(res.headers['x-content-type-options']).toBe('nosniff')
        const text = flat(await pdfText(res.rawPayload))
        const layout = await pdfText(res.rawPayload, true)
        expect(text, label).toContain('EVALUASI KINERJA PEGAWAI')
        expect(text).toContain('PERIODE: TRIWULAN IV 2026 (1 OKTOBER 2026 SD 31 DESEMBER 2026)')
        expect(text).toContain('PEMERINTAH KABUPATEN GIANYAR')
        expect(text).toContain(s.o.staff1.name)
        expect(text).toContain(s.o.kasub.name)
        expect(text).toContain(grouped(s.o.staff1.username))
        expect(text).toContain(grouped(s.o.kasub.username))
        for (const r of one.rhk) expect(text, r.text).toContain(r.text)
        expect(flat(await pdfText(res.rawPayload, 'raw'))).toContain(
          'Laporan lengkap dan tepat waktu',
        )
        expect(text).toContain('Aktif membantu rekan satu tim')
        expect(lineWith(layout, 'CAPAIAN KINERJA ORGANISASI')).toBe(
          'CAPAIAN KINERJA ORGANISASI Baik (Sub Bidang A1)',
        )
        expect(lineWith(layout, 'RATING HASIL KERJA ')).toBe(
          'RATING HASIL KERJA Di Atas Ekspektasi',
        )
        expect(lineWith(layout, 'PREDIKAT KINERJA PEGAWAI ')).toBe('PREDIKAT KINERJA PEGAWAI BAIK')
        // Finalised today (10:00 WITA on 27 November): signed then, in the regency's name.
        expect(text).toContain('Gianyar, 27 November 2026')
        expect(text).not.toContain('DRAF')
        // A colleague's name or predikat never appears in someone's document.
        expect(text).not.toContain(s.o.staff2.name)
      }
    })

    it('gives the unit leader and the admin the penetapan as PDF and XLSX', async () => {
      for (const who of [s.o.kabid, s.o.admin]) {
        const pdf = await a.call(who, 'GET', penetapanUrl('pdf'))
        expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        expect(pdf.headers['content-disposition']).toBe(
          'attachment; filename="penetapan-predikat-sub-bidang-a1-triwulan-iv-2026.pdf"',
        )
        expect(pdf.headers['x-content-type-options']).toBe('nosniff')
        const text = flat(await pdfText(pdf.rawPayload))
        expect(text).toContain('PENETAPAN PREDIKAT KINERJA PEGAWAI')
        expect(text).toContain('SUB BIDANG A1')
        expect(text).toContain('Rencana aksi triwulan IV tercapai')
        expect(text).toContain('Baik paling banyak 70% (1 dari 2 orang)')
        expect(text).toContain('Terpenuhi')
        expect(text).toContain(s.o.staff1.name)
        expect(text).toContain(s.o.staff2.name)
        expect(text).toContain(grouped(s.o.staff1.username))
        expect(text).toContain(grouped(s.o.staff2.username))
        // Not yet set as the unit's penetapan.
        expect(text).toContain(DRAFT_MARK)
        const layout = await pdfText(pdf.rawPayload, true)
        expect(layout).toMatch(/^\s*Baik\s+1\s+50%\s*$/m)
        expect(layout).toMatch(/^\s*Butuh Perbaikan\s+1\s+50%\s*$/m)

        const xlsx = await a.call(who, 'GET', penetapanUrl('xlsx'))
        expect(xlsx.statusCode).toBe(200)
        expect(xlsx.headers['content-type']).toBe(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        expect(xlsx.headers['content-disposition']).toBe(
          'attachment; filename="penetapan-predikat-sub-bidang-a1-triwulan-iv-2026.xlsx"',
        )
        const { rows } = await readSheet(xlsx.rawPayload)
        const all = rows.flat()
        expect(all).toContain(s.o.staff1.name)
        expect(all).toContain(s.o.staff2.name)
        expect(rows.find((r) => r[0] === 'Baik')?.slice(1)).toEqual([1, 0.5])
      }
    })

    it('refuses the penetapan to a pegawai of the unit (404) and anonymous callers (401)', async () => {
      for (const kind of ['pdf', 'xlsx'] as const) {
        const res = await a.call(s.o.staff1, 'GET', penetapanUrl(kind))
        expect(res.statusCode, kind).toBe(404)
        expect(res.json().error.code).toBe('NOT_FOUND')
      }
    })

    it('answers 400 to ids that are not UUIDs', async () => {
      const bad = await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/not-an-id/document.pdf`)
      expect(bad.statusCode).toBe(400)
      expect(bad.json().error.code).toBe('VALIDATION_FAILED')
      const badQuery = await a.call(
        s.o.admin,
        'GET',
        `${ASSESSMENTS}/org-predikat/document.pdf?unitId=x&periodId=${q4().id}`,
      )
      expect(badQuery.statusCode).toBe(400)
      expect(badQuery.json().error.code).toBe('VALIDATION_FAILED')
    })
  })
})
