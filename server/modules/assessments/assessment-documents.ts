import ExcelJS from 'exceljs'
import type {
  CanvasElement,
  Column,
  Content,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type {
  AssessmentDetail,
  AssessmentPeriod,
  DistributionView,
} from '../../../shared/assessments.ts'
import {
  ASSESSMENT_STATUS_LABEL,
  OBJECTION_DECISION_LABEL,
  hasPredikat,
  isResultVisibleToOwner,
} from '../../../shared/rules/assessment-workflow.ts'
import { BERAKHLAK, CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import {
  CURRENT_PATTERNS,
  wholePeople,
  type PatternRule,
  type RuleStatus,
} from '../../../shared/rules/distribution.ts'
import { formatNip } from '../../../shared/rules/nip.ts'
import {
  ORG_PREDIKAT_LABEL,
  PREDIKAT,
  PREDIKAT_LABEL,
  RATING_LABEL,
  type OrgPredikat,
  type Predikat,
} from '../../../shared/rules/predikat.ts'
import { dayIn } from '../../lib/clock.ts'
import {
  filler,
  fillers,
  FORM_STYLES,
  formatAngka,
  formatTanggal,
  formDocument,
  gridLayout,
  HEAD_FILL,
  identityRows,
  noneRow,
  renderPdf,
  signatureColumn,
  spanRow,
  tableHead,
  th,
} from '../../lib/pdf.ts'
import { escapeFormula } from '../../lib/xlsx.ts'
import { placeFromInstansiName } from '../skp/skp-documents.ts'

/**
 * The documents of stage 3 (penilaian kinerja), pure: contract objects in, bytes out.
 *
 * - Dokumen Evaluasi Kinerja Pegawai (periodic and annual) in the layout of research §5.7:
 *   identities, capaian kinerja organisasi, pola distribusi (drawn), hasil kerja with realisasi
 *   and umpan balik, rating hasil kerja, perilaku kerja, rating perilaku kerja, predikat,
 *   signatures. Input: the `AssessmentDetail` the viewer may see (the owner's has ratings
 *   hidden until final: printed "—") and the group's `DistributionView` (only its size and
 *   organisational predikat are used: the pegawai's document shows the pattern, never the
 *   colleagues' counts).
 * - Format Penetapan Predikat Kinerja of a unit and period (PDF and XLSX): the organisational
 *   predikat, the pattern with each rule met or not, the employees with their predikat, counts
 *   and shares against the limits, the justification and the leader's signature.
 */

export type AssessmentDocumentContext = {
  instansiName: string
  /** IANA zone of the instansi: instants are printed as its local calendar days. */
  timeZone: string
  /** Today in the instansi's time zone (YYYY-MM-DD): the date of a document not yet final. */
  today: string
  /** Where it is signed. By default the kabupaten/kota in the instansi name ("Gianyar"). */
  place?: string | null
}

const EMPTY = '-'
/** A rating or predikat the viewer may not see yet (or that is not given yet). */
const HIDDEN = '—'
export const DRAFT_MARK = 'DRAF — belum final'

// ---------------------------------------------------------------- shared wording

type PersonLines = {
  nama: string
  nip: string
  pangkat: string
  jabatan: string
  unit: string
  instansi: string
}
type Signer = { title: string; name: string; nip: string | null }

const IDENTITY_ROWS: [string, keyof PersonLines][] = [
  ['NAMA', 'nama'],
  ['NIP', 'nip'],
  ['PANGKAT/GOL. RUANG', 'pangkat'],
  ['JABATAN', 'jabatan'],
  ['UNIT KERJA', 'unit'],
  ['INSTANSI', 'instansi'],
]

function personLines(
  p: {
    name: string
    nip: string
    pangkat: string | null
    golongan: string | null
    jabatanName: string
    unitName: string
  } | null,
  instansi: string,
): PersonLines {
  if (!p) return { nama: EMPTY, nip: EMPTY, pangkat: EMPTY, jabatan: EMPTY, unit: EMPTY, instansi }
  const pangkat = [p.pangkat, p.golongan].filter(Boolean).join(', ')
  return {
    nama: p.name,
    nip: formatNip(p.nip),
    pangkat: pangkat || EMPTY,
    jabatan: p.jabatanName || EMPTY,
    unit: p.unitName || EMPTY,
    instansi: instansi || EMPTY,
  }
}

/** "PERIODE: TRIWULAN I 2026 (1 JANUARI 2026 SD 31 MARET 2026)" or "PERIODE: TAHUNAN 2026". */
export function assessmentPeriodLine(period: AssessmentPeriod): string {
  if (period.kind === 'annual') return `PERIODE: TAHUNAN ${period.year}`
  return `PERIODE: ${period.name} (${formatTanggal(period.startDate)} SD ${formatTanggal(period.endDate)})`.toUpperCase()
}

const percentText = (fraction: number) => `${formatAngka(Math.round(fraction * 1000) / 10)}%`
const names = (ps: readonly Predikat[], joiner: string) =>
  ps.map((p) => PREDIKAT_LABEL[p]).join(joiner)

/** A rule of the pattern in words without a group size (the share only). */
export function patternRuleWords(rule: PatternRule): string {
  switch (rule.kind) {
    case 'max':
      return `${names(rule.predikat, ' + ')} paling banyak ${rule.percent}%`
    case 'min':
      return `${names(rule.predikat, ' + ')} paling sedikit ${rule.percent}%`
    case 'none':
      return `Tidak boleh ada ${names(rule.predikat, ' + ')}`
    case 'at_least_one':
      return `Harus ada paling sedikit 1 orang ${names(rule.predikat, ' atau ')}`
  }
}

export const RULE_STATUS_LABEL: Record<RuleStatus, string> = {
  ok: 'Terpenuhi',
  open: 'Belum dapat dinilai (masih ada pegawai yang belum dinilai)',
  violated: 'Tidak terpenuhi',
}

const localDay = (iso: string, ctx: AssessmentDocumentContext) => dayIn(new Date(iso), ctx.timeZone)
const placeDate = (ctx: AssessmentDocumentContext, day: string) => {
  const place = ctx.place ?? placeFromInstansiName(ctx.instansiName)
  return place ? `${place}, ${formatTanggal(day)}` : formatTanggal(day)
}

/** Lower-case ASCII words joined by "-", for file names. */
function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '')
  return s || fallback
}

// ---------------------------------------------------------------- the distribution chart

/**
 * The pola distribusi as a drawing: one column per predikat (height = the whole group), the
 * share the pattern allows shaded, ceilings as solid red lines, minimums as dashed green lines
 * (a minimum shared by two predikat spans both columns), "tidak boleh ada" crossed out, and —
 * when counts are given (the Format Penetapan) — the number of people as a bar.
 */
type ChartColumn = {
  label: string
  captions: string[]
  /** Share of the group with this predikat (bar), when counts are shown. */
  bar: number | null
  highlight: boolean
  /** The share the single-predikat rules allow; null = nobody allowed. */
  range: { lo: number; hi: number } | null
  edges: { at: number; kind: 'max' | 'min' }[]
}
type ChartModel = {
  columns: ChartColumn[]
  /** Minimums shared by several predikat (adjacent columns). */
  brackets: { from: number; to: number; at: number }[]
  legend: string
}

export function buildChart(
  rules: readonly PatternRule[],
  /** People in the group; null when unknown (shares drawn at the percentages). */
  total: number | null,
  counts: Record<Predikat, number> | null,
  highlight: Predikat | null,
): ChartModel {
  const n = total && total > 0 ? total : null
  const fraction = (rule: PatternRule): number | null => {
    if (rule.kind === 'max' || rule.kind === 'min')
      return n ? wholePeople(rule.percent, n) / n : rule.percent / 100
    if (rule.kind === 'at_least_one') return n ? 1 / n : null
    return 0
  }
  const people = (rule: PatternRule) =>
    n && (rule.kind === 'max' || rule.kind === 'min')
      ? ` = ${wholePeople(rule.percent, n)} org`
      : ''
  const columns = PREDIKAT.map((p): ChartColumn => {
    const own = rules.filter((r) => r.predikat.length === 1 && r.predikat[0] === p)
    const shared = rules.filter((r) => r.predikat.length > 1 && r.predikat.includes(p))
    let range: ChartColumn['range'] = { lo: 0, hi: 1 }
    const edges: ChartColumn['edges'] = []
    const captions: string[] = []
    const count = counts ? counts[p] : null
    if (count !== null)
      captions.push(n ? `${count} orang (${percentText(count / n)})` : `${count} orang`)
    for (const r of own) {
      const at = fraction(r) ?? 0
      if (r.kind === 'none') {
        range = null
        captions.push('tidak boleh ada')
      } else if (r.kind === 'max') {
        if (range) range = { lo: range.lo, hi: Math.min(range.hi, at) }
        edges.push({ at, kind: 'max' })
        captions.push(`maks. ${r.percent}%${people(r)}`)
      } else if (r.kind === 'min') {
        if (range) range = { lo: Math.max(range.lo, at), hi: range.hi }
        edges.push({ at, kind: 'min' })
        captions.push(`min. ${r.percent}%${people(r)}`)
      } else {
        captions.push('min. 1 orang')
      }
    }
    for (const r of shared) {
      const others = r.predikat.filter((x) => x !== p).map((x) => PREDIKAT_LABEL[x])
      captions.push(
        r.kind === 'at_least_one'
          ? `min. 1 orang bersama ${others.join(', ')}`
          : r.kind === 'min'
            ? `min. ${r.percent}%${people(r)} bersama ${others.join(', ')}`
            : `bersama ${others.join(', ')}`,
      )
    }
    if (own.length === 0 && shared.length === 0) captions.push('tanpa batas')
    return {
      label: PREDIKAT_LABEL[p],
      captions,
      bar: count !== null && n ? count / n : null,
      highlight: highlight === p,
      range,
      edges,
    }
  })
  const brackets = rules
    .filter((r) => r.predikat.length > 1 && (r.kind === 'min' || r.kind === 'at_least_one'))
    .map((r) => {
      const idx = r.predikat.map((p) => PREDIKAT.indexOf(p))
      return { from: Math.min(...idx), to: Math.max(...idx), at: fraction(r) ?? 0.04 }
    })
  const legend = [
    'Tinggi kolom = seluruh pegawai yang dinilai',
    'area hijau = rentang yang diperbolehkan',
    'garis merah = batas paling banyak',
    'garis hijau putus-putus = batas paling sedikit',
    ...(counts ? ['batang biru = jumlah pegawai'] : []),
    ...(highlight ? ['kolom bergaris tebal = predikat pegawai ini'] : []),
  ].join('; ')
  return { columns, brackets, legend: `${legend}.` }
}

const CHART_COLUMN = 96
const CHART_HEIGHT = 84
const TRACK = 44
const BAR = 18
const RED = '#b00020'
const GREEN = '#1e7b34'

function chartContent(chart: ChartModel): Content {
  const H = CHART_HEIGHT
  const y = (share: number) => H - share * H
  const shapes: CanvasElement[] = []
  chart.columns.forEach((c, i) => {
    const x0 = i * CHART_COLUMN + (CHART_COLUMN - TRACK) / 2
    if (c.range && c.range.hi > c.range.lo)
      shapes.push({
        type: 'rect',
        x: x0,
        y: y(c.range.hi),
        w: TRACK,
        h: (c.range.hi - c.range.lo) * H,
        color: '#d6ecd2',
      })
    shapes.push({
      type: 'rect',
      x: x0,
      y: 0,
      w: TRACK,
      h: H,
      lineColor: c.highlight ? '#000000' : '#9e9e9e',
      lineWidth: c.highlight ? 1.2 : 0.5,
    })
    if (!c.range) {
      shapes.push({ type: 'line', x1: x0, y1: 0, x2: x0 + TRACK, y2: H, lineColor: RED })
      shapes.push({ type: 'line', x1: x0 + TRACK, y1: 0, x2: x0, y2: H, lineColor: RED })
    }
    if (c.bar !== null && c.bar > 0) {
      const x = x0 + (TRACK - BAR) / 2
      shapes.push({ type: 'rect', x, y: y(c.bar), w: BAR, h: c.bar * H, color: '#3b5b99' })
    }
    for (const e of c.edges) {
      // A line at the very bottom would hide in the axis: lift it a little.
      const at = Math.min(H - 1.5, y(e.at))
      shapes.push({
        type: 'line',
        x1: x0 - 4,
        y1: at,
        x2: x0 + TRACK + 4,
        y2: at,
        lineWidth: 1.6,
        lineColor: e.kind === 'max' ? RED : GREEN,
        ...(e.kind === 'min' ? { dash: { length: 3, space: 2 } } : {}),
      })
    }
  })
  for (const b of chart.brackets) {
    const x1 = b.from * CHART_COLUMN + (CHART_COLUMN - TRACK) / 2 - 4
    const x2 = b.to * CHART_COLUMN + (CHART_COLUMN + TRACK) / 2 + 4
    const at = Math.min(H - 1.5, y(b.at))
    shapes.push({
      type: 'polyline',
      points: [
        { x: x1, y: at + 5 },
        { x: x1, y: at },
        { x: x2, y: at },
        { x: x2, y: at + 5 },
      ],
      lineWidth: 1.6,
      lineColor: GREEN,
      dash: { length: 3, space: 2 },
    })
  }
  shapes.push({
    type: 'line',
    x1: 0,
    y1: H,
    x2: CHART_COLUMN * chart.columns.length,
    y2: H,
    lineWidth: 0.8,
  })
  const width = CHART_COLUMN * chart.columns.length
  const drawing: Column = {
    width,
    stack: [
      { canvas: shapes },
      {
        columnGap: 0,
        margin: [0, 3, 0, 0],
        columns: chart.columns.map((c): Column => ({
          width: CHART_COLUMN,
          alignment: 'center',
          fontSize: 7.5,
          stack: [
            { text: c.label, style: 'strong' },
            ...(c.highlight ? [{ text: '(predikat pegawai ini)', style: 'strong' }] : []),
            ...c.captions.map((t) => ({ text: t })),
          ],
        })),
      },
    ],
  }
  return {
    unbreakable: true,
    margin: [0, 4, 0, 4],
    stack: [
      { columns: [{ width: '*', text: '' }, drawing, { width: '*', text: '' }] },
      { text: chart.legend, style: 'muted', fontSize: 7, margin: [0, 4, 0, 0] },
    ],
  }
}

// ---------------------------------------------------------------- Evaluasi: model

type IndikatorLine = { aspek: string; text: string; target: string; realisasi: string }
type EvalRhkRow = {
  no: string
  source: string
  text: string
  indikator: IndikatorLine[]
  evidence: string
  feedback: string
}
type EvalPerilakuRow = {
  no: string
  label: string
  panduan: string[]
  ekspektasi: string
  feedback: string
}

export type EvaluationDocumentModel = {
  variant: AssessmentDetail['variant']
  annual: boolean
  title: string
  subtitles: [string, string]
  instansi: string
  periode: string
  pegawai: PersonLines
  penilai: PersonLines
  capaian: string
  chart: ChartModel | null
  /** The pattern in words (with the number of people when the group's size is known). */
  rules: string[]
  patternNote: string
  showAspek: boolean
  groups: { label: string; rows: EvalRhkRow[] }[]
  ratingHasil: string
  perilaku: EvalPerilakuRow[]
  ratingPerilaku: string
  predikat: string
  notes: string[]
  placeDate: string
  signers: Signer[]
  draft: boolean
  footer: string
}

const ASPEK_LABEL = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' }

function withUnit(value: number, unit: string | null): string {
  const u = unit?.trim() ?? ''
  return `${formatAngka(value)}${u === '%' ? '%' : u ? ` ${u}` : ''}`
}

type Indikator = AssessmentDetail['rhk'][number]['indikator'][number]
function targetText(i: Indikator, pendekatan: AssessmentDetail['pendekatan']): string {
  const numeric = i.targetValue === null ? '' : withUnit(i.targetValue, i.targetUnit)
  const words = i.targetText?.trim() ?? ''
  return (pendekatan === 'kualitatif' ? words || numeric : numeric || words) || EMPTY
}
function realisasiText(i: Indikator): string {
  const r = i.realisasi
  if (!r) return EMPTY
  const parts = [r.value === null ? '' : withUnit(r.value, i.targetUnit), r.text?.trim() ?? '']
  return parts.filter(Boolean).join(' — ') || EMPTY
}

type Evidence = AssessmentDetail['rhk'][number]['evidence'][number]
function evidenceText(list: readonly Evidence[]): string {
  if (list.length === 0) return 'Bukti dukung: belum ada'
  const items = list.map((e) =>
    e.kind === 'link' && e.url && e.url !== e.name ? `${e.name} (tautan: ${e.url})` : e.name,
  )
  return `Bukti dukung: ${items.join('; ')}`
}

export function buildEvaluationModel(
  a: AssessmentDetail,
  groupView: DistributionView | null,
  ctx: AssessmentDocumentContext,
): EvaluationDocumentModel {
  let group = groupView
  const annual = a.period.kind === 'annual'
  const final = isResultVisibleToOwner(a.status)
  const instansi = ctx.instansiName.trim()
  const pegawai = personLines(a.pegawai, instansi)
  const penilai = personLines(a.assessor, instansi)

  // The owner sees nothing of the result before it is final — for a unit head the
  // organisational predikat is the rating hasil kerja — so capaian and pattern wait too.
  const hidden = a.roles.includes('owner') && !final
  if (hidden) group = null
  // Capaian kinerja organisasi: the unit the pegawai heads or the group's unit.
  const org: { unitName: string; value: OrgPredikat } | null = hidden
    ? null
    : (a.orgPredikat ??
      (group?.orgPredikat ? { unitName: group.unitName, value: group.orgPredikat.value } : null))
  // The pattern follows the group's organisational predikat; its size gives the limits in people.
  const patternOf: OrgPredikat | null = group?.orgPredikat?.value ?? org?.value ?? null
  const groupSize = group?.orgPredikat ? group.total : null
  const patterns = CURRENT_PATTERNS
  const rules = patternOf ? patterns.patterns[patternOf] : null
  const visiblePredikat = a.predikat
  const chart = rules ? buildChart(rules, groupSize, null, visiblePredikat) : null
  const ruleTexts = rules
    ? group?.check
      ? group.check.rules.map((r) => r.text)
      : rules.map(patternRuleWords)
    : []

  const sorted = [...a.rhk].sort((x, y) => x.seq - y.seq)
  const showAspek = a.rhk.some((r) => r.indikator.some((i) => i.aspek !== null))
  const rows = (jenis: 'utama' | 'tambahan'): EvalRhkRow[] =>
    sorted
      .filter((r) => r.jenis === jenis)
      .map((r, index) => ({
        no: String(index + 1),
        source: r.source?.trim() || EMPTY,
        text: r.text,
        indikator: [...r.indikator]
          .sort((x, y) => x.seq - y.seq)
          .map((i) => ({
            aspek: i.aspek ? ASPEK_LABEL[i.aspek] : EMPTY,
            text: i.text,
            target: targetText(i, a.pendekatan),
            realisasi: realisasiText(i),
          })),
        evidence: evidenceText(r.evidence),
        feedback: r.feedback?.body?.trim() || EMPTY,
      }))

  const perilakuSource = a.perilaku.length
    ? a.perilaku
    : CORE_VALUES.map((v) => ({
        coreValue: v,
        label: BERAKHLAK[v].label,
        panduan: [...BERAKHLAK[v].panduan],
        ekspektasiKhusus: null,
        feedback: null,
      }))

  const notes: string[] = []
  if (a.ratingHasilSource === 'org_predikat' && a.orgPredikat)
    notes.push(
      `Rating hasil kerja mengikuti predikat kinerja organisasi ${a.orgPredikat.unitName} (${ORG_PREDIKAT_LABEL[a.orgPredikat.value]}) karena pegawai memimpin unit tersebut.`,
    )
  if (a.late)
    notes.push('Realisasi diajukan setelah batas pengisian periode (dengan perpanjangan).')
  if (a.objection) {
    const filed = formatTanggal(localDay(a.objection.filedAt, ctx))
    if (a.objection.decision && a.objection.decidedAt)
      notes.push(
        `Keberatan yang diajukan ${filed} telah diputuskan: ${OBJECTION_DECISION_LABEL[a.objection.decision]}` +
          `${a.objection.decidedByName ? ` oleh ${a.objection.decidedByName}` : ''}, ${formatTanggal(localDay(a.objection.decidedAt, ctx))}.`,
      )
    else
      notes.push(`Keberatan diajukan ${filed}; menunggu keputusan atasan pejabat penilai kinerja.`)
  }

  const signDay = a.finalisedAt && final ? localDay(a.finalisedAt, ctx) : ctx.today
  const signers: Signer[] = [
    { title: 'Pegawai yang Dinilai', name: pegawai.nama, nip: pegawai.nip },
    { title: 'Pejabat Penilai Kinerja', name: penilai.nama, nip: penilai.nip },
  ]
  // The reviewer's NIP is not part of the assessment's snapshot: the name is printed alone.
  if (annual)
    signers.push({
      title: 'Atasan Pejabat Penilai Kinerja',
      name: a.reviewer?.name ?? EMPTY,
      nip: null,
    })

  const draft = !final
  return {
    variant: a.variant,
    annual,
    title: 'EVALUASI KINERJA PEGAWAI',
    subtitles: [
      `PENDEKATAN HASIL KERJA ${a.pendekatan.toUpperCase()}`,
      a.variant === 'jpt'
        ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
        : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
    ],
    instansi: instansi.toUpperCase(),
    periode: assessmentPeriodLine(a.period),
    pegawai,
    penilai,
    capaian: hidden
      ? HIDDEN
      : org
        ? `${ORG_PREDIKAT_LABEL[org.value]} (${org.unitName})`
        : 'Belum ditetapkan',
    chart,
    rules: ruleTexts,
    patternNote: patternOf
      ? `Pola distribusi predikat kinerja pegawai untuk capaian kinerja organisasi ${ORG_PREDIKAT_LABEL[patternOf]}` +
        `${group?.orgPredikat ? ` di ${group.unitName} (${group.total} pegawai dinilai)` : ''}; ` +
        `sumber: ${patterns.source}, versi ${group?.check?.patternVersion ?? patterns.version}.`
      : hidden
        ? 'Capaian kinerja organisasi dan pola distribusi ditampilkan setelah penilaian final.'
        : 'Pola distribusi belum dapat ditampilkan karena capaian kinerja organisasi belum ditetapkan.',
    showAspek,
    groups: [
      { label: 'A. UTAMA', rows: rows('utama') },
      { label: 'B. TAMBAHAN', rows: rows('tambahan') },
    ],
    ratingHasil: a.ratingHasil ? RATING_LABEL[a.ratingHasil] : HIDDEN,
    perilaku: perilakuSource.map((p, i) => ({
      no: String(i + 1),
      label: p.label,
      panduan: [...p.panduan],
      ekspektasi: p.ekspektasiKhusus?.trim() || EMPTY,
      feedback: p.feedback?.body?.trim() || EMPTY,
    })),
    ratingPerilaku: a.ratingPerilaku ? RATING_LABEL[a.ratingPerilaku] : HIDDEN,
    predikat: a.predikat ? PREDIKAT_LABEL[a.predikat].toUpperCase() : HIDDEN,
    notes,
    placeDate: placeDate(ctx, signDay),
    signers,
    draft,
    footer: `Evaluasi Kinerja ${a.period.name} · ${a.pegawai.name} · NIP ${formatNip(a.pegawai.nip)}`,
  }
}

/** `evaluasi-kinerja-198609262015051001-triwulan-i-2026.pdf`: digits, letters and dashes only. */
export function evaluationFileName(a: Pick<AssessmentDetail, 'id' | 'pegawai' | 'period'>): string {
  const nip = a.pegawai.nip.replace(/[^0-9A-Za-z]/g, '') || a.id
  return `evaluasi-kinerja-${nip}-${slug(a.period.name, String(a.period.year))}.pdf`
}

// ---------------------------------------------------------------- PDF building blocks

const STYLES: StyleDictionary = {
  ...FORM_STYLES,
  label: { bold: true, fillColor: HEAD_FILL },
  muted: { italics: true, color: '#444444' },
  section: { bold: true, fontSize: 9.5, margin: [0, 6, 0, 3] },
  draft: { bold: true, color: '#9a0000', alignment: 'center' },
}
const table = (
  widths: (number | string)[],
  body: TableCell[][],
  headerRows = 0,
  margin: [number, number, number, number] = [0, 0, 0, 8],
  keepWithHeaderRows = 1,
): Content => ({
  // A table never starts with its header alone at the foot of a page.
  table: {
    headerRows,
    widths,
    body,
    dontBreakRows: true,
    ...(headerRows ? { keepWithHeaderRows } : {}),
  },
  layout: gridLayout,
  margin,
})

function header(title: string, lines: string[], draft: boolean): Content {
  return {
    stack: [
      { text: title, style: 'title' },
      ...lines.map((l, i) => ({
        text: l,
        style: i < lines.length - 2 ? 'subtitle' : 'headLine',
        margin: [0, i === lines.length - 2 ? 6 : 0, 0, 0] as [number, number, number, number],
      })),
      ...(draft ? [{ text: DRAFT_MARK, style: 'draft', margin: [0, 4, 0, 0] }] : []),
      { text: ' ', margin: [0, 0, 0, 4] },
    ] as Content[],
  }
}

function identityTable(pegawai: PersonLines, penilai: PersonLines): Content {
  return table([18, 96, '*', 18, 96, '*'], identityRows(IDENTITY_ROWS, pegawai, penilai), 1)
}

/** A labelled result line ("RATING HASIL KERJA | Sesuai Ekspektasi"). */
function resultRow(label: string, value: string, big = false): Content {
  return table(
    [220, '*'],
    [
      [
        { text: label, style: 'label' },
        { text: value, style: 'strong', fontSize: big ? 11 : 9, alignment: 'center' },
      ],
    ],
  )
}

function signatureBlock(signers: Signer[], placeDateLine: string): Content {
  const column = (s: Signer, top: string) =>
    signatureColumn(s, top, s.nip && s.nip !== EMPTY ? `NIP ${s.nip}` : ' ')
  // The place and date stand above the pejabat penilai (the second signer), as on the form.
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    columns: signers.map((s, i) => column(s, i === 1 ? placeDateLine : '')),
  }
}

function pdfShell(
  info: { title: string; footer: string; draft: boolean; landscape: boolean },
  content: Content[],
): TDocumentDefinitions {
  return formDocument({
    title: info.title,
    footer: info.draft ? `${info.footer} · ${DRAFT_MARK}` : info.footer,
    landscape: info.landscape,
    styles: STYLES,
    watermark: info.draft ? { text: 'DRAF', color: '#9a0000', opacity: 0.1, bold: true } : null,
    content,
  })
}

// ---------------------------------------------------------------- Evaluasi: PDF

function hasilKerjaTable(m: EvaluationDocumentModel): Content {
  const jaJf = m.variant === 'ja_jf'
  const lead = jaJf
    ? ['NO', 'RHK ATASAN YANG DIINTERVENSI / PENUGASAN', 'RENCANA HASIL KERJA']
    : ['NO', 'RENCANA HASIL KERJA']
  const mid = [
    ...(m.showAspek ? ['ASPEK'] : []),
    'INDIKATOR KINERJA INDIVIDU',
    'TARGET',
    'REALISASI BERDASARKAN BUKTI DUKUNG',
  ]
  const headers = [...lead, ...mid, 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG']
  const widths: (number | string)[] = [
    18,
    ...(jaJf ? ['*', '*'] : ['*']),
    ...(m.showAspek ? [46] : []),
    '*',
    62,
    '*',
    '*',
  ]
  const n = headers.length
  const body: TableCell[][] = tableHead('HASIL KERJA', headers)
  for (const group of m.groups) {
    body.push(spanRow(group.label, n))
    if (group.rows.length === 0) {
      body.push(noneRow(n))
      continue
    }
    for (const row of group.rows) {
      const indikator = row.indikator.length
        ? row.indikator
        : [{ aspek: EMPTY, text: EMPTY, target: EMPTY, realisasi: EMPTY }]
      const span = indikator.length + 1
      indikator.forEach((iki, k) => {
        const first = k === 0
        const leadCells: TableCell[] = first
          ? [
              { text: row.no, alignment: 'center', rowSpan: span },
              ...(jaJf
                ? [
                    { text: row.source, rowSpan: span },
                    { text: row.text, rowSpan: span },
                  ]
                : [
                    {
                      rowSpan: span,
                      stack: [
                        { text: row.text },
                        ...(row.source !== EMPTY ? [{ text: row.source, style: 'muted' }] : []),
                      ],
                    },
                  ]),
            ]
          : fillers(lead.length)
        body.push([
          ...leadCells,
          ...(m.showAspek ? [{ text: iki.aspek }] : []),
          { text: iki.text },
          { text: iki.target },
          { text: iki.realisasi },
          first ? { text: row.feedback, rowSpan: span } : filler(),
        ])
      })
      body.push([
        ...fillers(lead.length),
        { text: row.evidence, style: 'muted', colSpan: mid.length },
        ...fillers(mid.length - 1),
        filler(),
      ])
    }
  }
  // Keep the group title and the first RHK (its indicator rows and evidence row) with the header.
  const first = m.groups.find((g) => g.rows.length)?.rows[0]
  return table(
    widths,
    body,
    3,
    undefined,
    1 + (first ? Math.max(1, first.indikator.length) + 1 : 1),
  )
}

function perilakuTable(m: EvaluationDocumentModel): Content {
  const body: TableCell[][] = [
    [th('PERILAKU KERJA', { colSpan: 4 }), ...fillers(3)],
    [
      th('NO'),
      th('PERILAKU KERJA'),
      th('EKSPEKTASI KHUSUS PIMPINAN'),
      th('UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'),
    ],
    ...m.perilaku.map((p): TableCell[] => [
      { text: p.no, alignment: 'center' },
      {
        stack: [
          { text: p.label, style: 'strong' },
          { ul: p.panduan, margin: [0, 2, 0, 0] },
        ],
      },
      { text: p.ekspektasi },
      { text: p.feedback },
    ]),
  ]
  return table([18, '*', '*', '*'], body, 2)
}

function evaluationDefinition(m: EvaluationDocumentModel): TDocumentDefinitions {
  return pdfShell({ title: m.footer, footer: m.footer, draft: m.draft, landscape: true }, [
    header(m.title, [...m.subtitles, m.instansi, m.periode], m.draft),
    identityTable(m.pegawai, m.penilai),
    resultRow('CAPAIAN KINERJA ORGANISASI', m.capaian),
    {
      unbreakable: true,
      stack: [
        table(
          [220, '*'],
          [[{ text: 'POLA DISTRIBUSI', style: 'label' }, { text: m.patternNote }]],
          0,
          [0, 0, 0, 2],
        ),
        ...(m.chart ? [chartContent(m.chart)] : []),
        ...(m.rules.length
          ? [{ ul: m.rules, margin: [0, 2, 0, 8] as [number, number, number, number] }]
          : []),
      ],
    },
    hasilKerjaTable(m),
    resultRow('RATING HASIL KERJA', m.ratingHasil),
    perilakuTable(m),
    resultRow('RATING PERILAKU KERJA', m.ratingPerilaku),
    resultRow('PREDIKAT KINERJA PEGAWAI', m.predikat, true),
    ...(m.notes.length ? [{ ul: m.notes, style: 'muted', margin: [0, 0, 0, 6] } as Content] : []),
    signatureBlock(m.signers, m.placeDate),
  ])
}

/** The Dokumen Evaluasi Kinerja Pegawai (periodic or annual) as a PDF. */
export async function renderEvaluationPdf(
  a: AssessmentDetail,
  group: DistributionView | null,
  ctx: AssessmentDocumentContext,
): Promise<Buffer> {
  return renderPdf(evaluationDefinition(buildEvaluationModel(a, group, ctx)))
}

// ---------------------------------------------------------------- Penetapan: model

type PenetapanPerson = {
  no: string
  name: string
  nip: string
  jabatan: string
  unit: string
  predikat: string
}

export type PenetapanDocumentModel = {
  title: string
  instansi: string
  unit: string
  periode: string
  info: [string, string][]
  chart: ChartModel | null
  rules: { text: string; limit: string; actual: string; status: string }[]
  /** "Distribusi sesuai pola" / "… tidak sesuai pola" / why it cannot be checked. */
  verdict: string
  patternNote: string
  roundingRule: string
  recap: { label: string; count: number; share: number | null }[]
  total: number
  people: PenetapanPerson[]
  justification: string | null
  placeDate: string
  signer: Signer
  draft: boolean
  footer: string
}

/** A rule as the API carries it (percent optional) back as the pattern's type. */
function asPatternRule(r: DistributionCheckRule): PatternRule {
  if (r.kind === 'max' || r.kind === 'min')
    return { kind: r.kind, predikat: r.predikat, percent: r.percent ?? 0 }
  return { kind: r.kind, predikat: r.predikat }
}
type DistributionCheckRule = NonNullable<DistributionView['check']>['rules'][number]['rule']

export function buildPenetapanModel(
  view: DistributionView,
  period: AssessmentPeriod,
  ctx: AssessmentDocumentContext,
): PenetapanDocumentModel {
  const org = view.orgPredikat
  const check = view.check
  const n = view.total
  const recap = [
    ...PREDIKAT.map((p) => ({
      label: PREDIKAT_LABEL[p],
      count: view.counts[p],
      share: n > 0 ? view.counts[p] / n : null,
    })),
  ]
  const rated = PREDIKAT.reduce((s, p) => s + view.counts[p], 0)
  recap.push({ label: 'Belum dinilai', count: n - rated, share: n > 0 ? (n - rated) / n : null })
  const people = [...view.people]
    .sort((x, y) => x.name.localeCompare(y.name, 'id') || x.pegawaiId.localeCompare(y.pegawaiId))
    .map((p, i) => ({
      no: String(i + 1),
      name: p.name,
      nip: p.nip ? formatNip(p.nip) : EMPTY,
      jabatan: p.jabatanName?.trim() || EMPTY,
      unit: p.unitName || EMPTY,
      predikat: p.predikat
        ? `${PREDIKAT_LABEL[p.predikat]}${isResultVisibleToOwner(p.status) ? '' : ' (belum final)'}`
        : hasPredikat(p.status)
          ? HIDDEN
          : `Belum dinilai (${ASSESSMENT_STATUS_LABEL[p.status].toLowerCase()})`,
    }))
  const patternVersion = check?.patternVersion ?? CURRENT_PATTERNS.version
  const final = !!org?.finalisedAt
  const signDay = org?.finalisedAt ? localDay(org.finalisedAt, ctx) : ctx.today
  const periode = assessmentPeriodLine(period)
  return {
    title: 'PENETAPAN PREDIKAT KINERJA PEGAWAI',
    instansi: ctx.instansiName.trim().toUpperCase(),
    unit: view.unitName.toUpperCase(),
    periode,
    info: [
      ['Unit kerja', view.unitName],
      [
        'Periode',
        `${period.name} (${formatTanggal(period.startDate)} s.d. ${formatTanggal(period.endDate)})`,
      ],
      ['Capaian kinerja organisasi', org ? ORG_PREDIKAT_LABEL[org.value] : 'Belum ditetapkan'],
      [
        'Ditetapkan oleh',
        org ? `${org.setByName}, ${formatTanggal(localDay(org.setAt, ctx))}` : EMPTY,
      ],
      ['Catatan', org?.note?.trim() || EMPTY],
      [
        'Status penetapan',
        final ? `Ditetapkan ${formatTanggal(signDay)}` : 'Belum ditetapkan (draf)',
      ],
    ],
    chart: check
      ? buildChart(
          check.rules.map((r) => asPatternRule(r.rule)),
          n,
          view.counts,
          null,
        )
      : null,
    rules: check
      ? check.rules.map((r) => ({
          text: r.text,
          limit: `${r.limit} orang`,
          actual: `${r.actual} orang`,
          status: RULE_STATUS_LABEL[r.status],
        }))
      : [],
    verdict: !check
      ? 'Distribusi belum dapat diperiksa karena capaian kinerja organisasi belum ditetapkan.'
      : check.withinPattern
        ? check.pending > 0
          ? `Sampai saat ini sesuai pola distribusi; ${check.pending} pegawai belum dinilai.`
          : 'Distribusi predikat sesuai pola distribusi.'
        : 'Distribusi predikat TIDAK sesuai pola distribusi.',
    patternNote: `Sumber pola distribusi: ${CURRENT_PATTERNS.source}, versi ${patternVersion}. Penegakan: ${
      view.enforcement === 'block'
        ? 'menolak finalisasi di luar pola'
        : 'peringatan dengan alasan tertulis'
    }.`,
    // The PDF font has no arrow glyph: say it in words.
    roundingRule: view.roundingRule.replace(/\s*→\s*/g, ' menjadi '),
    recap,
    total: n,
    people,
    justification: org?.justification?.trim() || null,
    placeDate: placeDate(ctx, signDay),
    signer: { title: 'Pimpinan yang Menetapkan', name: org?.setByName ?? EMPTY, nip: null },
    draft: !final,
    footer: `Penetapan Predikat Kinerja · ${view.unitName} · ${period.name}`,
  }
}

/** `penetapan-predikat-bidang-mutasi-triwulan-i-2026.pdf`. */
export function penetapanFileName(
  unit: { code?: string | null; name: string },
  period: Pick<AssessmentPeriod, 'name' | 'year'>,
  ext: 'pdf' | 'xlsx',
): string {
  return `penetapan-predikat-${slug(unit.code || unit.name, 'unit')}-${slug(period.name, String(period.year))}.${ext}`
}

// ---------------------------------------------------------------- Penetapan: PDF

function penetapanDefinition(m: PenetapanDocumentModel): TDocumentDefinitions {
  const info = table(
    [150, '*'],
    m.info.map(([k, v]): TableCell[] => [{ text: k, style: 'strong' }, { text: v }]),
  )
  const rules = m.rules.length
    ? table(
        ['*', 56, 56, 110],
        [
          [th('KETENTUAN POLA DISTRIBUSI'), th('BATAS'), th('JUMLAH'), th('KETERANGAN')],
          ...m.rules.map((r): TableCell[] => [
            r.text,
            { text: r.limit, alignment: 'center' },
            { text: r.actual, alignment: 'center' },
            { text: r.status, style: r.status === RULE_STATUS_LABEL.violated ? 'strong' : [] },
          ]),
        ],
        1,
        [0, 4, 0, 4],
      )
    : null
  const recap = table(
    ['*', 70, 70],
    [
      [th('PREDIKAT KINERJA PEGAWAI'), th('JUMLAH'), th('PERSENTASE')],
      ...m.recap.map((r): TableCell[] => [
        r.label,
        { text: String(r.count), alignment: 'center' },
        { text: r.share === null ? EMPTY : percentText(r.share), alignment: 'center' },
      ]),
      [
        { text: 'JUMLAH', style: 'strong' },
        { text: String(m.total), alignment: 'center', style: 'strong' },
        { text: m.total > 0 ? '100%' : EMPTY, alignment: 'center', style: 'strong' },
      ],
    ],
    1,
  )
  const people = table(
    [18, '*', 100, '*', '*', 74],
    [
      [th('DAFTAR PREDIKAT KINERJA PEGAWAI', { colSpan: 6 }), ...fillers(5)],
      [th('NO'), th('NAMA'), th('NIP'), th('JABATAN'), th('UNIT KERJA'), th('PREDIKAT')],
      ...(m.people.length
        ? m.people.map((p): TableCell[] => [
            { text: p.no, alignment: 'center' },
            p.name,
            { text: p.nip, noWrap: true },
            p.jabatan,
            p.unit,
            p.predikat,
          ])
        : [
            [{ text: 'Tidak ada pegawai yang dinilai', style: 'muted', colSpan: 6 }, ...fillers(5)],
          ]),
    ],
    2,
  )
  return pdfShell({ title: m.footer, footer: m.footer, draft: m.draft, landscape: false }, [
    header(m.title, [m.instansi, m.unit, m.periode], m.draft),
    info,
    { text: 'POLA DISTRIBUSI', style: 'section' },
    ...(m.chart ? [chartContent(m.chart)] : []),
    ...(rules ? [rules] : []),
    { text: m.verdict, style: 'strong', margin: [0, 2, 0, 2] },
    { text: m.patternNote, style: 'muted' },
    { text: `Pembulatan: ${m.roundingRule}`, style: 'muted', margin: [0, 0, 0, 6] },
    { text: 'REKAPITULASI PREDIKAT', style: 'section' },
    recap,
    people,
    ...(m.justification
      ? [
          { text: 'ALASAN PENETAPAN DI LUAR POLA DISTRIBUSI', style: 'section' } as Content,
          { text: m.justification, margin: [0, 0, 0, 6] } as Content,
        ]
      : []),
    {
      unbreakable: true,
      margin: [0, 10, 0, 0],
      columns: [
        { width: '*', text: '' },
        {
          width: 220,
          alignment: 'center',
          stack: [
            { text: m.placeDate },
            { text: m.signer.title },
            { text: ' ', margin: [0, 0, 0, 36] },
            { text: m.signer.name, style: 'signName' },
          ],
        },
      ],
    },
  ])
}

/** The Format Penetapan Predikat Kinerja of a unit and period as a PDF. */
export async function renderPenetapanPdf(
  view: DistributionView,
  period: AssessmentPeriod,
  ctx: AssessmentDocumentContext,
): Promise<Buffer> {
  return renderPdf(penetapanDefinition(buildPenetapanModel(view, period, ctx)))
}

// ---------------------------------------------------------------- Penetapan: XLSX

/**
 * The same sections as rows of one sheet "Penetapan". Names, NIPs, jabatan, notes and the
 * justification are escaped against formula injection; counts are numbers, shares percentages.
 */
export async function renderPenetapanXlsx(
  view: DistributionView,
  period: AssessmentPeriod,
  ctx: AssessmentDocumentContext,
): Promise<Buffer> {
  const m = buildPenetapanModel(view, period, ctx)
  const widths = [6, 34, 24, 34, 28, 26]
  const n = widths.length
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kinerja'
  const sheet = workbook.addWorksheet('Penetapan', {
    pageSetup: {
      // A4. exceljs types the sizes as a const enum, which has no value at run time.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  sheet.columns = widths.map((width) => ({ width }))
  const thin = { style: 'thin' as const }
  const border = { top: thin, left: thin, bottom: thin, right: thin }
  const user = (text: string) => (text === EMPTY ? text : escapeFormula(text))

  type Span = {
    value: string | number
    from: number
    to?: number
    bold?: boolean
    center?: boolean
    numFmt?: string
  }
  const addRow = (spans: Span[], opts: { table?: boolean; fill?: boolean } = {}) => {
    const row = sheet.addRow([])
    let lines = 1
    for (const s of spans) {
      const to = s.to ?? s.from
      const cell = row.getCell(s.from)
      cell.value = s.value
      if (s.numFmt) cell.numFmt = s.numFmt
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: s.center ? 'center' : 'left' }
      if (s.bold) cell.font = { bold: true }
      if (to > s.from) sheet.mergeCells(row.number, s.from, row.number, to)
      const width = widths.slice(s.from - 1, to).reduce((w, c) => w + c, 0)
      if (typeof s.value === 'string')
        lines = Math.max(
          lines,
          s.value
            .split('\n')
            .reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / Math.max(1, width - 1))), 0),
        )
      if (opts.table)
        for (let c = s.from; c <= to; c++) {
          const part = row.getCell(c)
          part.border = border
          if (opts.fill)
            part.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }
        }
    }
    row.height = Math.max(15, lines * 15)
    return row
  }
  const full = (text: string, bold = true) =>
    addRow([{ value: text, from: 1, to: n, bold, center: true }])
  const blank = () => sheet.addRow([])

  full(m.title)
  full(m.instansi)
  full(user(m.unit))
  full(m.periode)
  if (m.draft) full(`${DRAFT_MARK}: penetapan unit belum dilakukan`, false)
  blank()
  for (const [k, v] of m.info)
    addRow(
      [
        { value: k, from: 1, to: 2, bold: true },
        { value: user(v), from: 3, to: n },
      ],
      { table: true },
    )
  blank()

  full('POLA DISTRIBUSI')
  if (m.rules.length) {
    addRow(
      [
        { value: 'KETENTUAN POLA DISTRIBUSI', from: 1, to: 3, bold: true, center: true },
        { value: 'BATAS', from: 4, bold: true, center: true },
        { value: 'JUMLAH', from: 5, bold: true, center: true },
        { value: 'KETERANGAN', from: 6, bold: true, center: true },
      ],
      { table: true, fill: true },
    )
    for (const r of m.rules)
      addRow(
        [
          { value: r.text, from: 1, to: 3 },
          { value: r.limit, from: 4, center: true },
          { value: r.actual, from: 5, center: true },
          { value: r.status, from: 6 },
        ],
        { table: true },
      )
  }
  addRow([{ value: m.verdict, from: 1, to: n, bold: true }])
  addRow([{ value: m.patternNote, from: 1, to: n }])
  addRow([{ value: `Pembulatan: ${m.roundingRule}`, from: 1, to: n }])
  blank()

  full('REKAPITULASI PREDIKAT')
  addRow(
    [
      { value: 'PREDIKAT KINERJA PEGAWAI', from: 1, to: 4, bold: true, center: true },
      { value: 'JUMLAH', from: 5, bold: true, center: true },
      { value: 'PERSENTASE', from: 6, bold: true, center: true },
    ],
    { table: true, fill: true },
  )
  for (const r of [...m.recap, { label: 'JUMLAH', count: m.total, share: m.total > 0 ? 1 : null }])
    addRow(
      [
        { value: r.label, from: 1, to: 4, bold: r.label === 'JUMLAH' },
        { value: r.count, from: 5, center: true },
        r.share === null
          ? { value: EMPTY, from: 6, center: true }
          : { value: r.share, from: 6, center: true, numFmt: '0.0%' },
      ],
      { table: true },
    )
  blank()

  full('DAFTAR PREDIKAT KINERJA PEGAWAI')
  addRow(
    ['NO', 'NAMA', 'NIP', 'JABATAN', 'UNIT KERJA', 'PREDIKAT'].map((h, i) => ({
      value: h,
      from: i + 1,
      bold: true,
      center: true,
    })),
    { table: true, fill: true },
  )
  if (m.people.length === 0)
    addRow([{ value: 'Tidak ada pegawai yang dinilai', from: 1, to: n }], { table: true })
  for (const p of m.people)
    addRow(
      [
        { value: p.no, from: 1, center: true },
        { value: user(p.name), from: 2 },
        { value: user(p.nip), from: 3 },
        { value: user(p.jabatan), from: 4 },
        { value: user(p.unit), from: 5 },
        { value: p.predikat, from: 6 },
      ],
      { table: true },
    )
  blank()

  if (m.justification) {
    full('ALASAN PENETAPAN DI LUAR POLA DISTRIBUSI')
    addRow([{ value: user(m.justification), from: 1, to: n }])
    blank()
  }
  addRow([{ value: m.placeDate, from: 4, to: n, center: true }])
  addRow([{ value: m.signer.title, from: 4, to: n, center: true }])
  blank()
  blank()
  addRow([{ value: user(m.signer.name), from: 4, to: n, center: true, bold: true }])

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
