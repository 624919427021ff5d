import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import {
  decodeUtf8Text,
  escapeFormula,
  parseCsv,
  TableReadError,
  type Table,
  type TableRow,
} from './csv.ts'

export { escapeFormula }

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]) // "PK\x03\x04"

/**
 * Decompressed bytes an upload may expand to. A 20,000-row, 14-column sheet is ~10–30 MB of
 * XML; the bound stops a small "zip bomb" from exhausting memory before exceljs sees it.
 */
const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024
const MAX_ZIP_ENTRIES = 2_000

const unsupported = (detail: string) =>
  new TableReadError(
    'UNSUPPORTED_FILE',
    `Berkas XLSX tidak dapat dibaca (${detail}). Simpan ulang dari Excel sebagai .xlsx atau CSV UTF-8.`,
  )

/**
 * Walks the zip's central directory and inflates every entry with an output cap equal to its
 * declared size, so a file that lies about its sizes is caught here, cheaply and with bounded
 * memory; counts <row> elements per sheet to refuse oversized sheets before exceljs builds
 * its (much larger) object model.
 */
function checkZip(data: Buffer, maxRows: number): void {
  let eocd = -1
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw unsupported('bukan arsip zip yang utuh')
  const entries = data.readUInt16LE(eocd + 10)
  const cdOffset = data.readUInt32LE(eocd + 16)
  if (entries > MAX_ZIP_ENTRIES || cdOffset >= data.length)
    throw unsupported('struktur zip tidak dikenal')
  let total = 0
  let p = cdOffset
  for (let n = 0; n < entries; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50)
      throw unsupported('direktori zip rusak')
    const flags = data.readUInt16LE(p + 8)
    const method = data.readUInt16LE(p + 10)
    const compressedSize = data.readUInt32LE(p + 20)
    const size = data.readUInt32LE(p + 24)
    const nameLength = data.readUInt16LE(p + 28)
    const extraLength = data.readUInt16LE(p + 30)
    const commentLength = data.readUInt16LE(p + 32)
    const localOffset = data.readUInt32LE(p + 42)
    const name = data.toString('utf8', p + 46, p + 46 + nameLength)
    p += 46 + nameLength + extraLength + commentLength
    if (flags & 1) throw unsupported('berkas terenkripsi/berkata sandi')
    total += size
    if (total > MAX_UNCOMPRESSED_BYTES) throw unsupported('isi terlalu besar')
    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== 0x04034b50)
      throw unsupported('entri zip rusak')
    const start =
      localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28)
    const raw = data.subarray(start, start + compressedSize)
    let content: Buffer
    try {
      if (method === 0) content = raw
      else if (method === 8)
        content = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) })
      else throw new Error('method')
    } catch {
      throw unsupported('isi zip tidak cocok dengan ukurannya')
    }
    if (content.length !== size) throw unsupported('isi zip tidak cocok dengan ukurannya')
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const rows = content.toString('latin1').match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0
      if (rows > maxRows + 1) throw tooManyRows(maxRows)
    }
  }
}

const tooManyRows = (maxRows: number) =>
  new TableReadError(
    'TOO_MANY_ROWS',
    `Berkas berisi lebih dari ${maxRows.toLocaleString('id-ID')} baris data; bagi menjadi beberapa berkas.`,
  )

/** The text a person sees in a cell (rich text joined, formula results, hyperlink text). */
function cellText(cell: ExcelJS.Cell): { text: string; imprecise: boolean } {
  const v = cell.value
  if (v === null || v === undefined) return { text: '', imprecise: false }
  if (typeof v === 'number')
    return { text: String(v), imprecise: Number.isInteger(v) && !Number.isSafeInteger(v) }
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), imprecise: false }
  return { text: cell.text, imprecise: false }
}

/** Reads the first worksheet: the first non-empty row is the header. */
export async function readXlsx(data: Buffer, maxRows: number): Promise<Table> {
  checkZip(data, maxRows)
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as an ArrayBuffer; at run time it hands a Node Buffer to JSZip as is.
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw unsupported('bukan berkas Excel .xlsx')
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0]
  if (!sheet) return { header: [], rows: [] }
  let header: string[] | null = null
  const rows: TableRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = header ? header.length : row.cellCount
    const cells: string[] = []
    const imprecise = new Set<number>()
    for (let c = 1; c <= width; c++) {
      const { text, imprecise: lossy } = cellText(row.getCell(c))
      cells.push(text)
      if (lossy) imprecise.add(c - 1)
    }
    if (cells.every((s) => s.trim() === '')) return
    if (!header) {
      // Trailing empty header cells are formatting, not columns.
      while (cells.length && cells[cells.length - 1]?.trim() === '') cells.pop()
      header = cells
      return
    }
    if (rows.length === maxRows) throw tooManyRows(maxRows)
    rows.push(imprecise.size ? { row: rowNumber, cells, imprecise } : { row: rowNumber, cells })
  })
  return { header: header ?? [], rows }
}

export type SpreadsheetFormat = 'xlsx' | 'csv'

/**
 * Reads an upload by its content, never its name: a zip (PK\x03\x04) must be an XLSX workbook;
 * otherwise it must be UTF-8 text (BOM allowed) and is read as CSV. Anything else is refused.
 */
export async function readSpreadsheet(
  data: Buffer,
  maxRows: number,
): Promise<Table & { format: SpreadsheetFormat }> {
  if (data.subarray(0, 4).equals(ZIP_MAGIC))
    return { format: 'xlsx', ...(await readXlsx(data, maxRows)) }
  const text = decodeUtf8Text(data)
  if (text === null) {
    throw new TableReadError(
      'UNSUPPORTED_FILE',
      'Jenis berkas tidak didukung: unggah XLSX (Excel) atau CSV berkodekan UTF-8 (di Excel: Simpan Sebagai → "CSV UTF-8").',
    )
  }
  return { format: 'csv', ...parseCsv(text, maxRows) }
}

/**
 * One sheet with a bold, frozen header. Every cell is written as text (and escaped against
 * formula injection): NIPs have 18 digits, more than an Excel number keeps.
 */
export async function writeXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kinerja'
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = header.map((h, i) => ({
    header: h,
    key: h,
    // Text format, so that a NIP typed into an empty row stays text too.
    style: { numFmt: '@' },
    width: Math.min(
      50,
      Math.max(h.length + 2, ...rows.slice(0, 500).map((r) => (r[i]?.length ?? 0) + 2)),
    ),
  }))
  sheet.getRow(1).font = { bold: true }
  for (const r of rows) sheet.addRow(r.map(escapeFormula))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
