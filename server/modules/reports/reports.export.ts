import ExcelJS from 'exceljs'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { formatNip } from '../../../shared/rules/nip.ts'
import type { Report, ReportColumn, ReportFormat } from '../../../shared/reports.ts'
import { CSV_CONTENT_TYPE, toCsv } from '../../lib/csv.ts'
import {
  FORM_STYLES,
  formatAngka,
  formDocument,
  formatTanggal,
  gridLayout,
  HEAD_FILL,
  PDF_CONTENT_TYPE,
  renderPdf,
} from '../../lib/pdf.ts'
import { escapeFormula, XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'

/**
 * One renderer for every report (decision 0011): the same columns, rows, totals, notes and
 * exclusions as on screen, as XLSX, CSV or PDF (A4 landscape). Every text cell goes through the
 * formula-injection escaping of server/lib/csv.ts (a name like `=HYPERLINK(…)` stays text).
 */

export type RenderedReport = { fileName: string; contentType: string; data: Buffer }
/** The instansi's name (PDF heading) and its local day (the "dibuat" line). */
type Ctx = { instansiName: string; today: string }

const TOTAL_LABEL = 'Jumlah'
const EXCLUSION_HEADERS = ['Nama', 'NIP', 'Unit kerja', 'Alasan', 'Mulai', 'Selesai', 'Keterangan']

/** `laporan-periodic-completion-2025[-triwulan-i-2025][-bidang-…].xlsx`: safe in any header. */
export function reportFileName(report: Report, format: ReportFormat): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '')
  const parts = [
    'laporan',
    report.key,
    String(report.year),
    report.period ? slug(report.period.name) : '',
    report.unit ? slug(report.unit.name) : '',
  ].filter(Boolean)
  return `${parts.join('-')}.${format}`
}

/** A cell as text for CSV and PDF: numbers with the Indonesian decimal comma, percent with %. */
function cellText(col: ReportColumn, v: string | number | null | undefined): string {
  if (v === null || v === undefined) return col.kind === 'text' ? '' : '–'
  if (typeof v === 'string') return v
  return col.kind === 'percent' ? `${formatAngka(v)}%` : formatAngka(v)
}

/** A cell for CSV: numbers stay plain (a dot decimal), so spreadsheets read them as numbers. */
function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return ''
  return String(v)
}

const exclusionCells = (e: Report['exclusions'][number]) => [
  e.name,
  formatNip(e.nip),
  e.unitName,
  e.reasonLabel,
  formatTanggal(e.startDate),
  e.endDate ? formatTanggal(e.endDate) : '',
  e.note ?? '',
]

/** The heading of the label column. */
const FIRST_HEADER: Record<Report['key'], string> = {
  'periodic-completion': 'Periode',
  'annual-completion': 'Periode',
  adoption: 'Unit kerja',
  'skp-status': 'Unit kerja',
  'progress-discipline': 'Pegawai',
  'predikat-distribution': 'Kelompok distribusi (unit kerja)',
  'unlinked-activities': 'Unit kerja',
}
const firstHeader = (report: Report) => FIRST_HEADER[report.key]

function renderCsv(report: Report, ctx: Ctx): Buffer {
  const lines: string[][] = [
    [report.title],
    [ctx.instansiName],
    [report.subtitle],
    [],
    [firstHeader(report), ...report.columns.map((c) => c.label)],
    ...report.rows.map((r) => [r.label, ...report.columns.map((c) => csvCell(r.cells[c.key]))]),
  ]
  if (report.totals)
    lines.push([TOTAL_LABEL, ...report.columns.map((c) => csvCell(report.totals?.[c.key]))])
  lines.push([], ['Catatan'], ...report.notes.map((n) => [n]))
  if (report.exclusions.length) {
    lines.push([], ['Pegawai yang dikecualikan'], EXCLUSION_HEADERS)
    for (const e of report.exclusions) lines.push(exclusionCells(e))
  }
  return toCsv(lines)
}

async function renderXlsx(report: Report, ctx: Ctx): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kinerja'
  const sheet = workbook.addWorksheet('Laporan', {
    pageSetup: {
      // A4. exceljs types the sizes as a const enum, which has no value at run time.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9 as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  const text = (s: string) => escapeFormula(s)
  const width = report.columns.length + 1
  sheet.columns = [
    { width: 44 },
    ...report.columns.map((c) => ({ width: Math.min(40, Math.max(12, c.label.length + 2)) })),
  ]
  const thin = { style: 'thin' as const }
  const border = { top: thin, left: thin, bottom: thin, right: thin }
  const fill = {
    type: 'pattern' as const,
    pattern: 'solid' as const,
    fgColor: { argb: 'FFE8E8E8' },
  }

  const titleRow = (value: string, bold = false) => {
    const row = sheet.addRow([text(value)])
    if (bold) row.font = { bold: true, size: 12 }
    sheet.mergeCells(row.number, 1, row.number, Math.max(width, 2))
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
  }
  titleRow(report.title, true)
  titleRow(ctx.instansiName)
  titleRow(report.subtitle)
  sheet.addRow([])

  const tableRow = (
    values: (string | number | null | undefined)[],
    opts: { head?: boolean; bold?: boolean } = {},
  ) => {
    const row = sheet.addRow(
      values.map((v) => (typeof v === 'string' ? text(v) : v === undefined ? null : v)),
    )
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      cell.border = border
      cell.alignment = { wrapText: true, vertical: 'top' }
      if (opts.head) cell.fill = fill
      const column = report.columns[c - 2]
      if (column?.kind === 'percent' && typeof cell.value === 'number') cell.numFmt = '0.0"%"'
    }
    if (opts.head || opts.bold) row.font = { bold: true }
    return row
  }
  tableRow([firstHeader(report), ...report.columns.map((c) => c.label)], { head: true })
  for (const r of report.rows) tableRow([r.label, ...report.columns.map((c) => r.cells[c.key])])
  if (report.totals)
    tableRow([TOTAL_LABEL, ...report.columns.map((c) => report.totals?.[c.key])], { bold: true })

  sheet.addRow([])
  titleRow('Catatan', true)
  for (const n of report.notes) titleRow(n)
  if (report.exclusions.length) {
    sheet.addRow([])
    titleRow('Pegawai yang dikecualikan', true)
    const head = sheet.addRow(EXCLUSION_HEADERS)
    head.font = { bold: true }
    for (const e of report.exclusions) sheet.addRow(exclusionCells(e).map(text))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The PDF font (Roboto) has no arrow glyph: write it as text. */
const pdfText = (s: string) => s.replace(/→/g, '->')

async function renderReportPdf(report: Report, ctx: Ctx): Promise<Buffer> {
  const headers = [firstHeader(report), ...report.columns.map((c) => c.label)]
  const align = (c: ReportColumn): 'left' | 'right' => (c.kind === 'text' ? 'left' : 'right')
  const body: TableCell[][] = [headers.map((h) => ({ text: h, style: 'th' }))]
  for (const r of report.rows)
    body.push([
      { text: r.label },
      ...report.columns.map((c) => ({ text: cellText(c, r.cells[c.key]), alignment: align(c) })),
    ])
  if (report.totals)
    body.push([
      { text: TOTAL_LABEL, style: 'strong' },
      ...report.columns.map((c) => ({
        text: cellText(c, report.totals?.[c.key]),
        alignment: align(c),
        style: 'strong',
      })),
    ])
  if (report.rows.length === 0)
    body.push([
      { text: 'Tidak ada data untuk pilihan ini.', colSpan: headers.length, style: 'muted' },
      ...headers.slice(1).map(() => ({ text: '' })),
    ])
  const content: Content[] = [
    { text: ctx.instansiName.toUpperCase(), style: 'subtitle' },
    { text: report.title.toUpperCase(), style: 'title', margin: [0, 2, 0, 0] },
    { text: report.subtitle, alignment: 'center', margin: [0, 2, 0, 10] },
    {
      table: {
        headerRows: 1,
        widths: [
          report.key === 'progress-discipline' ? 150 : '*',
          ...report.columns.map(() => 'auto'),
        ],
        body,
      },
      layout: gridLayout,
    },
    { text: 'Catatan', style: 'strong', margin: [0, 10, 0, 2] },
    { ul: report.notes.map((n) => ({ text: pdfText(n) })) },
  ]
  if (report.exclusions.length)
    content.push(
      { text: 'Pegawai yang dikecualikan', style: 'strong', margin: [0, 10, 0, 2] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto', '*', 'auto', 'auto', 'auto', '*'],
          body: [
            EXCLUSION_HEADERS.map((h) => ({ text: h, style: 'th' })),
            ...report.exclusions.map((e) => exclusionCells(e).map((t) => ({ text: t }))),
          ],
        },
        layout: gridLayout,
      },
    )
  return renderPdf(
    formDocument({
      title: `${report.title} · ${report.subtitle}`,
      footer: `${report.title} · ${ctx.instansiName} · dibuat ${formatTanggal(ctx.today)}`,
      landscape: true,
      styles: {
        ...FORM_STYLES,
        th: { bold: true, fillColor: HEAD_FILL },
        muted: { italics: true, color: '#444444' },
      },
      watermark: null,
      content,
    }),
  )
}

export async function renderReport(
  report: Report,
  format: ReportFormat,
  ctx: Ctx,
): Promise<RenderedReport> {
  const fileName = reportFileName(report, format)
  switch (format) {
    case 'csv':
      return { fileName, contentType: CSV_CONTENT_TYPE, data: renderCsv(report, ctx) }
    case 'xlsx':
      return { fileName, contentType: XLSX_CONTENT_TYPE, data: await renderXlsx(report, ctx) }
    case 'pdf':
      return { fileName, contentType: PDF_CONTENT_TYPE, data: await renderReportPdf(report, ctx) }
  }
}
