import ExcelJS from 'exceljs'
import type { TppCalculation, TppSettings } from '../../../shared/followup.ts'
import { JABATAN_JENIS_LABEL } from '../../../shared/org.ts'
import { PREDIKAT_LABEL } from '../../../shared/rules/predikat.ts'
import { escapeFormula, toCsv } from '../../lib/csv.ts'

export const TPP_EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type TppExportFormat = (typeof TPP_EXPORT_FORMATS)[number]

export type TppExportContext = {
  calc: TppCalculation
  settings: TppSettings
  instansiName: string
}

/** Printed at the top of every file made from the example table (never silently paid from). */
export const TPP_EXAMPLE_WARNING =
  'CONTOH — pengaturan TPP masih contoh dan belum ditetapkan admin; jangan dipakai untuk pembayaran sebelum disesuaikan dengan peraturan kepala daerah tentang TPP.'

export const TPP_COLUMNS = [
  'No',
  'NIP',
  'Nama',
  'Unit Kerja',
  'Jabatan',
  'Jenis Jabatan',
  'Predikat',
  'Basis TPP (Rp)',
  'Komponen Kinerja (Rp)',
  'Persentase Predikat (%)',
  'Dibayar per Bulan (Rp)',
  'Jumlah Bulan',
  'Total Dibayar (Rp)',
  'Keterangan',
] as const

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

export function tppFileName(periodName: string, format: TppExportFormat): string {
  const slug = periodName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `tpp-kinerja-${slug || 'periode'}.${format}`
}

function headerLines(ctx: TppExportContext): string[] {
  const { calc, settings } = ctx
  return [
    'PERHITUNGAN KOMPONEN KINERJA TAMBAHAN PENGHASILAN PEGAWAI (TPP)',
    ctx.instansiName,
    `Periode: ${calc.period.name} (${ddmmyyyy(calc.period.startDate)} s.d. ${ddmmyyyy(calc.period.endDate)})`,
    `Porsi kinerja: ${settings.performanceSharePercent}% dari basis TPP; pembayaran dibulatkan ke bawah ke rupiah penuh.`,
    ...(calc.isExample ? [TPP_EXAMPLE_WARNING] : []),
    ...(settings.note ? [`Catatan: ${settings.note}`] : []),
  ].filter((l) => l !== '')
}

type Cell = string | number

/** The data rows: text escaped against formula injection, Rupiah and counts as numbers. */
function dataRows(calc: TppCalculation): Cell[][] {
  return calc.rows.map((r, i) => [
    i + 1,
    escapeFormula(r.nip),
    escapeFormula(r.name),
    escapeFormula(r.unitName),
    escapeFormula(r.jabatanName),
    JABATAN_JENIS_LABEL[r.jabatanJenis],
    r.predikat ? PREDIKAT_LABEL[r.predikat] : '',
    r.basis,
    r.performancePart,
    r.percent ?? '',
    r.paidPerMonth,
    r.months,
    r.paidTotal,
    escapeFormula(r.note ?? ''),
  ])
}

/**
 * CSV for payroll imports: the column header and one line per person (numbers plain, no
 * thousands separators). A file made from the example table starts with the warning line.
 */
export function renderTppCsv(ctx: TppExportContext): Buffer {
  const lines: string[][] = []
  if (ctx.calc.isExample) lines.push([TPP_EXAMPLE_WARNING])
  lines.push([...TPP_COLUMNS])
  for (const row of dataRows(ctx.calc)) lines.push(row.map(String))
  // toCsv escapes every cell again; escaping is idempotent for what we already escaped.
  return toCsv(lines)
}

/**
 * One sheet "TPP": title lines (with the example warning), a bold header, one row per person
 * and the total. NIPs are text cells (18 digits are more than an Excel number keeps); Rupiah
 * amounts are numbers formatted #,##0.
 */
export async function renderTppXlsx(ctx: TppExportContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kinerja'
  const sheet = workbook.addWorksheet('TPP')
  const widths = [5, 22, 34, 30, 34, 22, 16, 16, 18, 12, 18, 10, 18, 26]
  sheet.columns = widths.map((width) => ({ width }))
  for (const line of headerLines(ctx)) {
    const row = sheet.addRow([escapeFormula(line)])
    if (line === TPP_EXAMPLE_WARNING)
      row.getCell(1).font = { bold: true, color: { argb: 'FFC00000' } }
    else if (row.number === 1) row.getCell(1).font = { bold: true }
  }
  sheet.addRow([])
  const header = sheet.addRow([...TPP_COLUMNS])
  header.font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: header.number }]
  const money = new Set([8, 9, 11, 13])
  for (const values of dataRows(ctx.calc)) {
    const row = sheet.addRow(values)
    const nip = row.getCell(2)
    nip.numFmt = '@'
    for (const c of money) row.getCell(c).numFmt = '#,##0'
  }
  const total = sheet.addRow([])
  total.getCell(3).value = 'JUMLAH'
  total.getCell(13).value = ctx.calc.totalPaid
  total.getCell(13).numFmt = '#,##0'
  total.font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
