import { createRequire } from 'node:module'
import path from 'node:path'
import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
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
