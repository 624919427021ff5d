import { createRequire } from 'node:module'
import path from 'node:path'
import pdfmake from 'pdfmake'
import type {
  Column,
  Content,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
  Watermark,
} from 'pdfmake/interfaces'
import { BULAN } from '../../shared/periods.ts'

/**
 * pdfmake, set up once for the server: the Roboto fonts shipped with the package and no
 * access to URLs or to any file other than those fonts (a document built from user text must
 * never make the server fetch or read something).
 */

export const PDF_CONTENT_TYPE = 'application/pdf'

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
)
const FONT_FILES = {
  normal: path.join(fontDir, 'Roboto-Regular.ttf'),
  bold: path.join(fontDir, 'Roboto-Medium.ttf'),
  italics: path.join(fontDir, 'Roboto-Italic.ttf'),
  bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
}
const allowedFiles = new Set(Object.values(FONT_FILES))

let configured = false
function configure() {
  if (configured) return
  // The same four paths each time: pdfmake keeps the dictionary and reads the files itself.
  pdfmake.setFonts({ Roboto: { ...FONT_FILES } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((file) => allowedFiles.has(path.resolve(file)))
  configured = true
}

/**
 * Renders a document definition to PDF bytes. pdfmake mutates the definition it is given
 * (it fills in measured positions), so every call must pass a freshly built one.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure()
  return pdfmake.createPdf(doc).getBuffer()
}

/** A calendar day `YYYY-MM-DD` the way Indonesian documents print it: "2 Januari 2026". */
export function formatTanggal(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  if (!m) return day
  const month = BULAN[Number(m[2]) - 1]
  return month ? `${Number(m[3])} ${month} ${m[1]}` : day
}

/** Day and month only, for a period that names its year once: "1 Januari". */
export function formatTanggalTanpaTahun(day: string): string {
  return formatTanggal(day).replace(/ \d{4}$/, '')
}

/** Numbers with Indonesian separators: 1.250,5. */
export function formatAngka(n: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 }).format(n)
}

/** "Halaman 2 dari 5", right-aligned, with an optional note on the left. */
export function pageFooter(left: string): (currentPage: number, pageCount: number) => Content {
  return (currentPage, pageCount) => ({
    margin: [40, 8, 40, 0],
    columns: [
      { text: left, fontSize: 7, color: '#555555' },
      {
        text: `Halaman ${currentPage} dari ${pageCount}`,
        alignment: 'right',
        fontSize: 7,
        color: '#555555',
      },
    ],
  })
}

/** Thin black grid lines, like the printed government forms. */
export const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
}

// ---------------------------------------------------------------- official form building blocks
// The printed forms (SKP, evaluasi, penetapan) share a look: cells refer to the named styles of
// FORM_STYLES (`th`, `strong`, `signName`, …), which each document extends with its own.

/** The fill of heading cells. */
export const HEAD_FILL = '#e8e8e8'

/** Named styles every official form uses (a document adds its own, e.g. `muted`). */
export const FORM_STYLES: StyleDictionary = {
  th: { bold: true, alignment: 'center', fillColor: HEAD_FILL },
  strong: { bold: true },
  title: { bold: true, fontSize: 12, alignment: 'center' },
  subtitle: { bold: true, fontSize: 10, alignment: 'center' },
  headLine: { bold: true, alignment: 'center' },
  signName: { bold: true, decoration: 'underline' },
}

/** A heading cell. */
export const th = (
  text: string,
  extra: { colSpan?: number; rowSpan?: number } = {},
): TableCell => ({
  text,
  style: 'th',
  ...extra,
})

/** The placeholder cells pdfmake needs under a rowSpan/colSpan. */
export const filler = (): TableCell => ({ text: '' })
export const fillers = (count: number): TableCell[] => Array.from({ length: count }, filler)

/** A bold row across all `columns` (a part's title, or a group's label), optionally filled. */
export const spanRow = (text: string, columns: number, fill = false): TableCell[] => [
  { text, style: 'strong', colSpan: columns, ...(fill ? { fillColor: HEAD_FILL } : {}) },
  ...fillers(columns - 1),
]

/** The row of column numbers under a table's headings: (1), (2), … */
export const columnNumbers = (columns: number): TableCell[] =>
  Array.from({ length: columns }, (_, i) => ({
    text: `(${i + 1})`,
    alignment: 'center',
    fontSize: 7,
    fillColor: HEAD_FILL,
  }))

/** The head of a form table: its title across, the headings, then the column numbers. */
export const tableHead = (title: string, headers: readonly string[]): TableCell[][] => [
  spanRow(title, headers.length, true),
  headers.map((h) => th(h)),
  columnNumbers(headers.length),
]

/** A group of a form table with nothing in it: "-", then "Tidak ada" across the rest. */
export const noneRow = (columns: number): TableCell[] => [
  { text: '-', alignment: 'center' },
  { text: 'Tidak ada', style: 'muted', colSpan: columns - 1 },
  ...fillers(columns - 2),
]

/**
 * The two identity blocks side by side (pegawai yang dinilai, pejabat penilai kinerja): the
 * heading row, then one numbered row per label; the name in bold.
 */
export function identityRows<K extends string>(
  rows: readonly (readonly [string, K])[],
  pegawai: Readonly<Record<K, string>>,
  penilai: Readonly<Record<K, string>>,
): TableCell[][] {
  return [
    [
      th('NO'),
      th('PEGAWAI YANG DINILAI', { colSpan: 2 }),
      filler(),
      th('NO'),
      th('PEJABAT PENILAI KINERJA', { colSpan: 2 }),
      filler(),
    ],
    ...rows.map(([label, key], i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      label,
      { text: pegawai[key], style: key === 'nama' ? 'strong' : [] },
      { text: String(i + 1), alignment: 'center' },
      label,
      { text: penilai[key], style: key === 'nama' ? 'strong' : [] },
    ]),
  ]
}

/** One signer's column: the line above (place and date, or blank), the title, room to sign. */
export function signatureColumn(
  signer: { title: string; name: string },
  top: string,
  nipLine: string,
): Column {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      { text: top || ' ' },
      { text: signer.title },
      { text: ' ', margin: [0, 0, 0, 36] },
      { text: signer.name, style: 'signName' },
      { text: nipLine },
    ],
  }
}

/** An official A4 form: fonts, margins, metadata, watermark and the page footer. */
export function formDocument(opts: {
  title: string
  footer: string
  landscape: boolean
  styles: StyleDictionary
  watermark: Watermark | null
  content: Content[]
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: opts.landscape ? 'landscape' : 'portrait',
    pageMargins: [36, 36, 36, 40],
    info: { title: opts.title, creator: 'Kinerja', producer: 'Kinerja' },
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1 },
    styles: opts.styles,
    ...(opts.watermark ? { watermark: opts.watermark } : {}),
    footer: pageFooter(opts.footer),
    content: opts.content,
  }
}
