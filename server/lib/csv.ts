import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/** A sheet read from an upload: the header row and the data rows with their spreadsheet numbers. */
export type TableRow = {
  /** Spreadsheet row number (the header is row 1 when it is the first line). */
  row: number
  cells: string[]
  /**
   * Column indexes whose cell held a number too large to be exact (an 18-digit NIP typed into
   * Excel as a number has already lost its last digits): the text is not what the person typed.
   */
  imprecise?: ReadonlySet<number>
}
export type Table = { header: string[]; rows: TableRow[] }

export type TableProblem = 'UNSUPPORTED_FILE' | 'TOO_MANY_ROWS' | 'CSV_INVALID'
export class TableReadError extends Error {
  constructor(
    readonly problem: TableProblem,
    message: string,
  ) {
    super(message)
    this.name = 'TableReadError'
  }
}

const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or tab/CR before one) as a formula,
 * so a name like `=HYPERLINK(...)` typed by someone could run in an admin's Excel (OWASP "CSV
 * injection"). Every cell we export goes through this: a leading apostrophe makes it text.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** The reverse for imports, so that our own export (e.g. a phone `'+62…`) imports unchanged. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
/** Text files never hold C0 control characters other than tab, LF and CR; binaries do. */
function hasBinaryControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true
  }
  return false
}

/** The text of a UTF-8 file (BOM allowed), or null when the bytes are not UTF-8 text. */
export function decodeUtf8Text(data: Buffer): string | null {
  const body = data.subarray(0, 3).equals(UTF8_BOM) ? data.subarray(3) : data
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    return null
  }
  return hasBinaryControl(text) ? null : text
}

/**
 * Comma, semicolon (Excel in the Indonesian locale, where the comma is the decimal mark) or
 * tab, whichever the header line has most of outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')

/**
 * Parses CSV text into a header and data rows. Row numbers are the rows a spreadsheet app shows
 * (one per record, blank lines included), so they match what the person sees when they open it.
 */
export function parseCsv(text: string, maxRows: number): Table {
  let records: string[][]
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    })
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines
      throw new TableReadError(
        'CSV_INVALID',
        `Berkas CSV tidak dapat dibaca${line ? ` (sekitar baris ${line})` : ''}: periksa tanda kutip (").`,
      )
    }
    throw e
  }
  const headerIndex = records.findIndex((r) => !isBlank(r))
  if (headerIndex < 0) return { header: [], rows: [] }
  const rows: TableRow[] = []
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] ?? []
    if (isBlank(cells)) continue
    if (rows.length === maxRows) {
      throw new TableReadError(
        'TOO_MANY_ROWS',
        `Berkas berisi lebih dari ${maxRows.toLocaleString('id-ID')} baris data; bagi menjadi beberapa berkas.`,
      )
    }
    rows.push({ row: i + 1, cells })
  }
  return { header: records[headerIndex] ?? [], rows }
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

/**
 * CSV for download: UTF-8 with a BOM (so Excel reads the accents right), every cell escaped
 * against formula injection.
 */
export function toCsv(
  rows: readonly (readonly string[])[],
  opts: { delimiter?: ',' | ';' } = {},
): Buffer {
  const text = stringify(
    rows.map((r) => r.map(escapeFormula)),
    { delimiter: opts.delimiter ?? ',', record_delimiter: '\r\n' },
  )
  return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')])
}
