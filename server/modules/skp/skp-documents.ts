import ExcelJS from 'exceljs'
import type { Content, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { BERAKHLAK, CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import { formatNip } from '../../../shared/rules/nip.ts'
import { SKP_STATUS_LABEL } from '../../../shared/rules/skp-workflow.ts'
import { PERSPEKTIF_LABEL, type PersonSnapshot, type Rhk, type Skp } from '../../../shared/skp.ts'
import { dayIn } from '../../lib/clock.ts'
import {
  filler,
  FORM_STYLES,
  formatAngka,
  formatTanggal,
  formatTanggalTanpaTahun,
  formDocument,
  gridLayout,
  identityRows,
  noneRow,
  renderPdf,
  signatureColumn,
  spanRow,
  tableHead,
  th,
} from '../../lib/pdf.ts'
import { escapeFormula } from '../../lib/xlsx.ts'

/**
 * The printed SKP in the layout of the PermenPAN-RB 6/2022 annex as BKN e-Kinerja prints it
 * (research §2.1, §2.3, §2.6, §2.7): header, the two identity blocks, the RHK table (JA/JF with
 * the intervened RHK of the atasan; JPT with perspektif), perilaku kerja, then the lampiran,
 * each part closed by the signature block. Pure: an SKP the caller may see plus the instansi
 * in, bytes out. The PDF and the XLSX are drawn from one model so they never disagree.
 */

export type SkpDocumentContext = {
  instansiName: string
  /** IANA zone of the instansi: the approval instant is printed as its local calendar day. */
  timeZone: string
  /** Today in the instansi's time zone (YYYY-MM-DD): the date of an SKP not yet approved. */
  today: string
  /** Where it is signed. By default the kabupaten/kota in the instansi name ("Gianyar"). */
  place?: string | null
}

const EMPTY = '-'

type PersonLines = { nama: string; nip: string; pangkat: string; jabatan: string; unit: string }
type IndikatorLine = { aspek: string; text: string; target: string }
type RhkRow = {
  no: string
  intervensi: string[]
  text: string
  perspektif: string
  indikator: IndikatorLine[]
}
type RhkGroup = { label: string; rows: RhkRow[] }
type PerilakuRow = { no: string; label: string; panduan: string[]; ekspektasi: string }
type LampiranSection = { title: string; items: string[] }
type Signer = { title: string; name: string; nip: string }

/** Everything the document shows, already worded; renderers only lay it out. */
type SkpDocumentModel = {
  variant: Skp['variant']
  title: string
  /** "PENDEKATAN HASIL KERJA …" and "BAGI …". */
  subtitles: [string, string]
  instansi: string
  periode: string
  pegawai: PersonLines
  penilai: PersonLines
  showAspek: boolean
  groups: RhkGroup[]
  perilaku: PerilakuRow[]
  lampiran: LampiranSection[]
  placeDate: string
  signers: [Signer, Signer]
  watermark: string | null
  /** Why there is a watermark, in words ("belum disetujui pejabat penilai"). */
  statusNote: string
  footer: string
}

const ASPEK_LABEL = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' }

/** "Pemerintah Kabupaten Gianyar", "BKPSDM Kota Denpasar" → "Gianyar", "Denpasar". */
export function placeFromInstansiName(name: string): string | null {
  const m = /\b(?:Kabupaten|Kab\.|Kota|Provinsi)\s+(.+?)\s*$/i.exec(name)
  return m?.[1] ? m[1] : null
}

/** A period as the form prints it: "1 JANUARI SD 31 DESEMBER TAHUN 2026". */
export function periodeLine(skp: Pick<Skp, 'startDate' | 'endDate' | 'year'>): string {
  return `PERIODE PENILAIAN: ${formatTanggalTanpaTahun(skp.startDate)} SD ${formatTanggalTanpaTahun(skp.endDate)} TAHUN ${skp.year}`.toUpperCase()
}

/** The signature date: the day of approval in the instansi's zone, or today while not approved. */
export function signatureDay(skp: Pick<Skp, 'approvedAt'>, ctx: SkpDocumentContext): string {
  return skp.approvedAt ? dayIn(new Date(skp.approvedAt), ctx.timeZone) : ctx.today
}

/** Watermark for a document that is not (or no longer) the approved SKP. */
function watermarkFor(status: Skp['status']): string | null {
  switch (status) {
    case 'disetujui':
      return null
    case 'ditutup':
      return 'DITUTUP'
    case 'draft':
    case 'diajukan':
    case 'dikembalikan':
      return 'DRAF'
  }
}

function personLines(p: PersonSnapshot | null): PersonLines {
  if (!p) return { nama: EMPTY, nip: EMPTY, pangkat: EMPTY, jabatan: EMPTY, unit: EMPTY }
  const pangkat = [p.pangkat, p.golongan].filter(Boolean).join(', ')
  return {
    nama: p.name,
    nip: formatNip(p.nip),
    pangkat: pangkat || EMPTY,
    jabatan: p.jabatanName || EMPTY,
    unit: p.unitName || EMPTY,
  }
}

function targetText(i: Rhk['indikator'][number], pendekatan: Skp['pendekatan']): string {
  const unit = i.targetUnit?.trim() ?? ''
  const numeric =
    i.targetValue === null
      ? ''
      : `${formatAngka(i.targetValue)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`
  const words = i.targetText?.trim() ?? ''
  const text = pendekatan === 'kualitatif' ? words || numeric : numeric || words
  return text || EMPTY
}

function rhkRows(skp: Skp, list: readonly Rhk[]): RhkRow[] {
  return list.map((r, index) => ({
    no: String(index + 1),
    // "Penugasan dari": an RHK that intervenes a team lead's RHK rather than the atasan's says whose.
    intervensi: r.interventions.map((iv) =>
      skp.atasan && iv.ownerPegawaiId !== skp.atasan.pegawaiId
        ? `${iv.text} (Penugasan dari ${iv.ownerName})`
        : iv.text,
    ),
    text: r.text,
    perspektif: r.perspektif ? PERSPEKTIF_LABEL[r.perspektif] : EMPTY,
    indikator: r.indikator.map((i) => ({
      aspek: i.aspek ? ASPEK_LABEL[i.aspek] : EMPTY,
      text: i.text,
      target: targetText(i, skp.pendekatan),
    })),
  }))
}

export function buildSkpDocumentModel(skp: Skp, ctx: SkpDocumentContext): SkpDocumentModel {
  const sorted = [...skp.rhk].sort((a, b) => a.seq - b.seq)
  const perilaku = skp.perilaku.length
    ? skp.perilaku
    : CORE_VALUES.map((v) => ({
        coreValue: v,
        label: BERAKHLAK[v].label,
        panduan: [...BERAKHLAK[v].panduan],
        ekspektasiKhusus: null,
      }))
  const place = ctx.place ?? placeFromInstansiName(ctx.instansiName)
  const day = formatTanggal(signatureDay(skp, ctx))
  const pegawai = personLines(skp.pegawai)
  const penilai = personLines(skp.atasan)
  return {
    variant: skp.variant,
    title: 'SASARAN KINERJA PEGAWAI',
    subtitles: [
      `PENDEKATAN HASIL KERJA ${skp.pendekatan.toUpperCase()}`,
      skp.variant === 'jpt'
        ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
        : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
    ],
    instansi: ctx.instansiName.trim().toUpperCase(),
    periode: periodeLine(skp),
    pegawai,
    penilai,
    // Aspek belongs to the kuantitatif approach; a kualitatif SKP shows it only when filled in.
    showAspek:
      skp.variant === 'ja_jf' &&
      (skp.pendekatan === 'kuantitatif' ||
        skp.rhk.some((r) => r.indikator.some((i) => i.aspek !== null))),
    groups: [
      {
        label: 'A. UTAMA',
        rows: rhkRows(
          skp,
          sorted.filter((r) => r.jenis === 'utama'),
        ),
      },
      {
        label: 'B. TAMBAHAN',
        rows: rhkRows(
          skp,
          sorted.filter((r) => r.jenis === 'tambahan'),
        ),
      },
    ],
    perilaku: perilaku.map((p, i) => ({
      no: String(i + 1),
      label: p.label,
      panduan: p.panduan,
      ekspektasi: p.ekspektasiKhusus?.trim() || EMPTY,
    })),
    lampiran: [
      { title: 'DUKUNGAN SUMBER DAYA', items: skp.lampiran.dukunganSumberDaya },
      { title: 'SKEMA PERTANGGUNGJAWABAN', items: skp.lampiran.skemaPertanggungjawaban },
      { title: 'KONSEKUENSI', items: skp.lampiran.konsekuensi },
    ],
    placeDate: place ? `${place}, ${day}` : day,
    signers: [
      { title: 'Pegawai yang Dinilai', name: pegawai.nama, nip: pegawai.nip },
      { title: 'Pejabat Penilai Kinerja', name: penilai.nama, nip: penilai.nip },
    ],
    watermark: watermarkFor(skp.status),
    statusNote:
      skp.status === 'ditutup'
        ? 'SKP ini sudah ditutup'
        : `status ${SKP_STATUS_LABEL[skp.status].toLowerCase()}, belum disetujui pejabat penilai kinerja`,
    footer: `SKP ${skp.year} · ${skp.pegawai.name} · NIP ${formatNip(skp.pegawai.nip)}`,
  }
}

/** `SKP-2026-198609262015051001.pdf`: only digits and letters reach the header. */
export function skpDocumentFileName(skp: Skp, ext: 'pdf' | 'xlsx'): string {
  const nip = skp.pegawai.nip.replace(/[^0-9A-Za-z]/g, '')
  return `SKP-${skp.year}-${nip || skp.id}.${ext}`
}

// ---------------------------------------------------------------- PDF

/** Named styles (cells refer to them by name), so each look is defined once. */
const STYLES: StyleDictionary = { ...FORM_STYLES, muted: { italics: true } }

function identityTable(m: SkpDocumentModel): Content {
  const labels: [string, keyof PersonLines][] = [
    ['NAMA', 'nama'],
    ['NIP', 'nip'],
    ['PANGKAT/GOL. RUANG', 'pangkat'],
    ['JABATAN', 'jabatan'],
    ['UNIT KERJA', 'unit'],
  ]
  const body = identityRows(labels, m.pegawai, m.penilai)
  return {
    table: { headerRows: 1, widths: [18, 96, '*', 18, 96, '*'], body, dontBreakRows: true },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  }
}

function bulletList(lines: string[]): Content {
  if (lines.length === 0) return { text: EMPTY }
  if (lines.length === 1) return { text: lines[0] ?? EMPTY }
  return { ul: lines, margin: [0, 0, 0, 0] }
}

function rhkTable(m: SkpDocumentModel): Content {
  const jaJf = m.variant === 'ja_jf'
  const headers = jaJf
    ? [
        'NO',
        'RHK ATASAN YANG DIINTERVENSI',
        'RENCANA HASIL KERJA',
        ...(m.showAspek ? ['ASPEK'] : []),
        'INDIKATOR KINERJA INDIVIDU',
        'TARGET',
      ]
    : ['NO', 'RENCANA HASIL KERJA', 'PERSPEKTIF', 'INDIKATOR KINERJA INDIVIDU', 'TARGET']
  const widths = jaJf
    ? [18, '*', '*', ...(m.showAspek ? [52] : []), '*', 78]
    : [18, '*', 78, '*', 78]
  const n = headers.length
  const body: TableCell[][] = tableHead('HASIL KERJA', headers)
  for (const group of m.groups) {
    body.push(spanRow(group.label, n))
    if (group.rows.length === 0) {
      body.push(noneRow(n))
      continue
    }
    for (const row of group.rows) {
      const span = Math.max(1, row.indikator.length)
      const indikator = row.indikator.length
        ? row.indikator
        : [{ aspek: EMPTY, text: EMPTY, target: EMPTY }]
      indikator.forEach((iki, k) => {
        const first = k === 0
        const lead: TableCell[] = jaJf
          ? [
              first ? { text: row.no, alignment: 'center', rowSpan: span } : filler(),
              first ? { stack: [bulletList(row.intervensi)], rowSpan: span } : filler(),
              first ? { text: row.text, rowSpan: span } : filler(),
            ]
          : [
              first ? { text: row.no, alignment: 'center', rowSpan: span } : filler(),
              first ? { text: row.text, rowSpan: span } : filler(),
              first ? { text: row.perspektif, rowSpan: span } : filler(),
            ]
        body.push([
          ...lead,
          ...(jaJf && m.showAspek ? [{ text: iki.aspek }] : []),
          { text: iki.text },
          { text: iki.target },
        ])
      })
    }
  }
  return {
    table: { headerRows: 3, widths, body, dontBreakRows: true },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  }
}

function perilakuTable(m: SkpDocumentModel): Content {
  const body: TableCell[][] = [
    [th('PERILAKU KERJA', { colSpan: 3 }), filler(), filler()],
    [th('NO'), th('PERILAKU KERJA'), th('EKSPEKTASI KHUSUS PIMPINAN')],
    ...m.perilaku.map((p): TableCell[] => [
      { text: p.no, alignment: 'center' },
      {
        stack: [
          { text: p.label, style: 'strong' },
          { ul: p.panduan, margin: [0, 2, 0, 0] },
        ],
      },
      { text: p.ekspektasi },
    ]),
  ]
  return {
    table: { headerRows: 2, widths: [18, '*', '*'], body, dontBreakRows: true },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  }
}

function lampiranTable(m: SkpDocumentModel): Content {
  const body: TableCell[][] = []
  for (const section of m.lampiran) {
    body.push([th(section.title, { colSpan: 2 }), filler()])
    if (section.items.length === 0) body.push([{ text: EMPTY, alignment: 'center' }, EMPTY])
    else
      section.items.forEach((item, i) =>
        body.push([{ text: `${i + 1}`, alignment: 'center' }, item]),
      )
  }
  return {
    table: { widths: [18, '*'], body, dontBreakRows: true },
    layout: gridLayout,
    margin: [0, 0, 0, 10],
  }
}

function signatureBlock(m: SkpDocumentModel): Content {
  const column = (s: Signer, top: string) =>
    signatureColumn(s, top, s.nip === EMPTY ? EMPTY : `NIP ${s.nip}`)
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columns: [column(m.signers[0], ''), column(m.signers[1], m.placeDate)],
  }
}

function documentHeader(m: SkpDocumentModel, title: string, pageBreak = false): Content {
  return {
    ...(pageBreak ? { pageBreak: 'before' as const } : {}),
    stack: [
      { text: title, style: 'title' },
      { text: m.subtitles[0], style: 'subtitle' },
      { text: m.subtitles[1], style: 'subtitle' },
      { text: m.instansi, style: 'headLine', margin: [0, 6, 0, 0] },
      { text: m.periode, style: 'headLine', margin: [0, 2, 0, 10] },
    ],
  }
}

/** A fresh pdfmake definition each call: pdfmake mutates the one it renders. */
function pdfDefinition(m: SkpDocumentModel): TDocumentDefinitions {
  // The JA/JF table has six text columns (the intervened RHK beside the own one): landscape
  // keeps each line readable; the JPT table fits portrait.
  const landscape = m.variant === 'ja_jf'
  return formDocument({
    title: m.footer,
    footer: m.watermark ? `${m.footer} · ${m.watermark}` : m.footer,
    landscape,
    styles: STYLES,
    watermark: m.watermark
      ? { text: m.watermark, color: '#9a0000', opacity: 0.12, bold: true }
      : null,
    content: [
      documentHeader(m, m.title),
      identityTable(m),
      rhkTable(m),
      perilakuTable(m),
      signatureBlock(m),
      documentHeader(m, `LAMPIRAN ${m.title}`, true),
      lampiranTable(m),
      signatureBlock(m),
    ],
  })
}

/** The SKP as a PDF in the official layout. */
export async function renderSkpPdf(skp: Skp, ctx: SkpDocumentContext): Promise<Buffer> {
  return renderPdf(pdfDefinition(buildSkpDocumentModel(skp, ctx)))
}

// ---------------------------------------------------------------- XLSX

/** Characters per line of a column, for the row heights exceljs cannot measure. */
function linesIn(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / Math.max(1, width - 1))), 0)
}

/**
 * The same sections as rows of one sheet "SKP". Text the SKP's people typed is escaped
 * against formula injection (a leading = + - @ becomes text); our own labels are not.
 */
export async function renderSkpXlsx(skp: Skp, ctx: SkpDocumentContext): Promise<Buffer> {
  const m = buildSkpDocumentModel(skp, ctx)
  const jaJf = m.variant === 'ja_jf'
  const columns: { header: string; width: number }[] = jaJf
    ? [
        { header: 'NO', width: 6 },
        { header: 'RHK ATASAN YANG DIINTERVENSI', width: 40 },
        { header: 'RENCANA HASIL KERJA', width: 40 },
        ...(m.showAspek ? [{ header: 'ASPEK', width: 12 }] : []),
        { header: 'INDIKATOR KINERJA INDIVIDU', width: 40 },
        { header: 'TARGET', width: 18 },
      ]
    : [
        { header: 'NO', width: 6 },
        { header: 'RENCANA HASIL KERJA', width: 44 },
        { header: 'PERSPEKTIF', width: 20 },
        { header: 'INDIKATOR KINERJA INDIVIDU', width: 44 },
        { header: 'TARGET', width: 18 },
      ]
  const n = columns.length
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kinerja'
  const sheet = workbook.addWorksheet('SKP', {
    pageSetup: {
      // A4. exceljs types the sizes as a const enum, which has no value at run time.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: jaJf ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  sheet.columns = columns.map((c) => ({ width: c.width }))
  const thin = { style: 'thin' as const }
  const border = { top: thin, left: thin, bottom: thin, right: thin }
  const user = (text: string) => (text === EMPTY ? text : escapeFormula(text))

  type Span = { text: string; from: number; to?: number; bold?: boolean; center?: boolean }
  /** One row of spans (1-based columns; a span merges from..to), with borders when a table row. */
  const addRow = (spans: Span[], opts: { table?: boolean; fill?: boolean } = {}) => {
    const row = sheet.addRow([])
    let lines = 1
    for (const s of spans) {
      const to = s.to ?? s.from
      const cell = row.getCell(s.from)
      cell.value = s.text
      cell.alignment = {
        wrapText: true,
        vertical: 'top',
        horizontal: s.center ? 'center' : 'left',
      }
      if (s.bold) cell.font = { bold: true }
      if (to > s.from) sheet.mergeCells(row.number, s.from, row.number, to)
      const width = columns.slice(s.from - 1, to).reduce((w, c) => w + c.width, 0)
      lines = Math.max(lines, linesIn(s.text, width))
      if (opts.table) {
        for (let c = s.from; c <= to; c++) {
          const part = row.getCell(c)
          part.border = border
          if (opts.fill)
            part.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } }
        }
      }
    }
    row.height = Math.max(15, lines * 15)
    return row
  }
  const full = (text: string, bold = true) => addRow([{ text, from: 1, to: n, bold, center: true }])
  const blank = () => sheet.addRow([])

  full(m.title)
  full(m.subtitles[0])
  full(m.subtitles[1])
  full(m.instansi)
  full(m.periode)
  // No watermark in a spreadsheet: an SKP that is not the approved one says so in words.
  if (m.watermark) full(`${m.watermark}: ${m.statusNote}`, false)
  blank()

  // Identity: the two blocks one under the other (side by side does not survive a spreadsheet).
  const identity: [string, keyof PersonLines][] = [
    ['NAMA', 'nama'],
    ['NIP', 'nip'],
    ['PANGKAT/GOL. RUANG', 'pangkat'],
    ['JABATAN', 'jabatan'],
    ['UNIT KERJA', 'unit'],
  ]
  for (const [title, person] of [
    ['PEGAWAI YANG DINILAI', m.pegawai],
    ['PEJABAT PENILAI KINERJA', m.penilai],
  ] as const) {
    addRow(
      [
        { text: 'NO', from: 1, bold: true, center: true },
        { text: title, from: 2, to: n, bold: true, center: true },
      ],
      { table: true, fill: true },
    )
    identity.forEach(([label, key], i) =>
      addRow(
        [
          { text: String(i + 1), from: 1, center: true },
          { text: label, from: 2 },
          { text: user(person[key]), from: 3, to: n },
        ],
        { table: true },
      ),
    )
  }
  blank()

  addRow([{ text: 'HASIL KERJA', from: 1, to: n, bold: true }], { table: true, fill: true })
  addRow(
    columns.map((c, i) => ({ text: c.header, from: i + 1, bold: true, center: true })),
    { table: true, fill: true },
  )
  addRow(
    columns.map((_, i) => ({ text: `(${i + 1})`, from: i + 1, center: true })),
    { table: true, fill: true },
  )
  for (const group of m.groups) {
    addRow([{ text: group.label, from: 1, to: n, bold: true }], { table: true })
    if (group.rows.length === 0) {
      addRow(
        [
          { text: EMPTY, from: 1, center: true },
          { text: 'Tidak ada', from: 2, to: n },
        ],
        { table: true },
      )
      continue
    }
    for (const r of group.rows) {
      const first = sheet.rowCount + 1
      const indikator = r.indikator.length
        ? r.indikator
        : [{ aspek: EMPTY, text: EMPTY, target: EMPTY }]
      indikator.forEach((iki, k) => {
        const lead: Span[] =
          k > 0
            ? []
            : jaJf
              ? [
                  { text: r.no, from: 1, center: true },
                  {
                    text: r.intervensi.length ? r.intervensi.map(user).join('\n') : EMPTY,
                    from: 2,
                  },
                  { text: user(r.text), from: 3 },
                ]
              : [
                  { text: r.no, from: 1, center: true },
                  { text: user(r.text), from: 2 },
                  { text: r.perspektif, from: 3 },
                ]
        const rest: Span[] = [
          ...(jaJf && m.showAspek ? [{ text: iki.aspek, from: 4 }] : []),
          { text: user(iki.text), from: n - 1 },
          { text: user(iki.target), from: n },
        ]
        const row = addRow([...lead, ...rest], { table: true })
        // Border the cells that the first row's merge will cover.
        for (let c = 1; c <= 3; c++) row.getCell(c).border = border
      })
      const last = sheet.rowCount
      if (last > first) for (let c = 1; c <= 3; c++) sheet.mergeCells(first, c, last, c)
    }
  }
  blank()

  const split = n - 2
  addRow([{ text: 'PERILAKU KERJA', from: 1, to: n, bold: true }], { table: true, fill: true })
  addRow(
    [
      { text: 'NO', from: 1, bold: true, center: true },
      { text: 'PERILAKU KERJA', from: 2, to: split, bold: true, center: true },
      { text: 'EKSPEKTASI KHUSUS PIMPINAN', from: split + 1, to: n, bold: true, center: true },
    ],
    { table: true, fill: true },
  )
  for (const p of m.perilaku) {
    addRow(
      [
        { text: p.no, from: 1, center: true },
        { text: [p.label, ...p.panduan.map((x) => `• ${x}`)].join('\n'), from: 2, to: split },
        { text: user(p.ekspektasi), from: split + 1, to: n },
      ],
      { table: true },
    )
  }
  blank()

  const half = Math.ceil(n / 2)
  const signature = () => {
    addRow([{ text: m.placeDate, from: half + 1, to: n, center: true }])
    addRow([
      { text: m.signers[0].title, from: 1, to: half, center: true },
      { text: m.signers[1].title, from: half + 1, to: n, center: true },
    ])
    blank()
    blank()
    addRow([
      { text: user(m.signers[0].name), from: 1, to: half, center: true, bold: true },
      { text: user(m.signers[1].name), from: half + 1, to: n, center: true, bold: true },
    ])
    const nip = (s: Signer) => (s.nip === EMPTY ? EMPTY : `NIP ${s.nip}`)
    addRow([
      { text: nip(m.signers[0]), from: 1, to: half, center: true },
      { text: nip(m.signers[1]), from: half + 1, to: n, center: true },
    ])
  }
  signature()
  blank()

  full(`LAMPIRAN ${m.title}`)
  for (const section of m.lampiran) {
    addRow([{ text: section.title, from: 1, to: n, bold: true, center: true }], {
      table: true,
      fill: true,
    })
    const items = section.items.length ? section.items : [EMPTY]
    items.forEach((item, i) =>
      addRow(
        [
          { text: section.items.length ? String(i + 1) : EMPTY, from: 1, center: true },
          { text: user(item), from: 2, to: n },
        ],
        { table: true },
      ),
    )
  }
  blank()
  signature()

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
