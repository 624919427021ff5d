import { z } from 'zod'
import { ERROR_CODES } from './common.ts'
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JABATAN_JENIS,
  JABATAN_JENIS_LABEL,
  type JabatanJenis,
  type PegawaiStatus,
} from './org.ts'

/**
 * Import and export of units and pegawai (CSV/XLSX, a SIASN-like export). The columns of an
 * export are the columns of an import, so an export is always a valid import template.
 */
export const IMPORT_KINDS = ['pegawai', 'units'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** `all`: write nothing when any row is invalid. `valid-only`: write the valid rows, return the rest as a file. */
export const IMPORT_MODES = ['all', 'valid-only'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Data rows (the header row not counted) one import may hold. */
export const MAX_IMPORT_ROWS = 20_000

export const UNIT_COLUMNS = ['kode_unit', 'nama_unit', 'kode_unit_induk'] as const
export type UnitColumn = (typeof UNIT_COLUMNS)[number]

export const PEGAWAI_COLUMNS = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'status',
  'golongan',
  'kode_unit',
  'nama_unit',
  'jabatan',
  'jenis_jabatan',
  'kepala_unit',
  'email',
  'telepon',
  'aktif',
] as const
export type PegawaiColumn = (typeof PEGAWAI_COLUMNS)[number]
export type ImportColumn = UnitColumn | PegawaiColumn

/** Columns an import must have (a pegawai file needs kode_unit or nama_unit: checked apart). */
export const REQUIRED_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  units: ['kode_unit', 'nama_unit'],
  pegawai: ['nip', 'nama', 'status', 'jabatan'],
}

/**
 * Other headers seen in SIASN/SIMPEG exports and hand-made sheets, already normalised
 * (see `normaliseHeader`). The canonical name is always accepted too.
 */
const ALIASES: Record<ImportColumn, readonly string[]> = {
  nip: ['nip_baru', 'ni_pppk', 'nipppk', 'nomor_induk_pegawai'],
  nama: ['nama_lengkap', 'nama_pegawai', 'nama_asn'],
  gelar_depan: ['glr_depan'],
  gelar_belakang: ['glr_belakang'],
  status: ['status_pegawai', 'status_kepegawaian', 'status_asn', 'jenis_pegawai'],
  golongan: ['gol', 'gol_ruang', 'golongan_ruang', 'golru'],
  kode_unit: ['kode_unor', 'kode_unit_kerja', 'kd_unit', 'unor_kode'],
  nama_unit: ['unit', 'unit_kerja', 'unor', 'nama_unor', 'nama_unit_kerja'],
  kode_unit_induk: ['kode_induk', 'induk', 'kode_unor_induk', 'kode_induk_unit'],
  jabatan: ['nama_jabatan'],
  jenis_jabatan: ['jenis'],
  kepala_unit: ['kepala', 'is_kepala', 'kepala_unor'],
  email: ['e_mail', 'surel', 'alamat_email'],
  telepon: ['telp', 'no_telp', 'no_telepon', 'nomor_telepon', 'hp', 'no_hp', 'nomor_hp', 'phone'],
  aktif: ['active', 'status_aktif'],
}

/** "Kode Unit", " KODE-UNIT ", "kode.unit" → "kode_unit". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/()]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** The canonical column a header stands for in an import of `kind`, or null when unknown. */
export function columnFor(kind: ImportKind, header: string): ImportColumn | null {
  const h = normaliseHeader(header)
  const columns: readonly ImportColumn[] = kind === 'units' ? UNIT_COLUMNS : PEGAWAI_COLUMNS
  return columns.find((c) => c === h || ALIASES[c].includes(h)) ?? null
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'aktif', 'v', 'x'])
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'tidak aktif', 'nonaktif', '-'])

/** ya/tidak (and the usual spellings) → boolean; blank → null; anything else → undefined. */
export function parseYesNo(value: string): boolean | null | undefined {
  const v = value.trim().toLowerCase()
  if (v === '') return null
  if (YES.has(v)) return true
  if (NO.has(v)) return false
  return undefined
}

/** A jenis jabatan written as its code (`fungsional_ahli_muda`) or its label (`Fungsional Ahli Muda`). */
export function parseJabatanJenis(value: string): JabatanJenis | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
  return JABATAN_JENIS.find(
    (j) => j === v || JABATAN_JENIS_LABEL[j].toLowerCase().replace(/\s+/g, '_') === v,
  )
}

/** "iii/a", "III / A", "IIIa" → "III/a"; PPPK "ix" → "IX". Unknown text is returned trimmed. */
export function normaliseGolongan(value: string): string {
  const m = /^([ivx]+)\s*\/?\s*([a-e])?$/i.exec(value.trim())
  if (!m) return value.trim()
  return m[2] ? `${(m[1] ?? '').toUpperCase()}/${m[2].toLowerCase()}` : (m[1] ?? '').toUpperCase()
}

/**
 * PNS and CPNS have golongan/ruang I/a–IV/e; PPPK have golongan I–XVII (Perpres 98/2020).
 * A PNS golongan on a PPPK row (or the reverse) is a data-entry error.
 */
export function golonganFitsStatus(golongan: string, status: PegawaiStatus): boolean {
  const pns = GOLONGAN_PNS.some(([g]) => g === golongan)
  const pppk = (GOLONGAN_PPPK as readonly string[]).includes(golongan)
  return status === 'PPPK' ? pppk : pns
}

// ---------- API contracts ----------
export const importRowErrorSchema = z.object({
  /** Spreadsheet row number: the header is row 1. */
  row: z.number().int(),
  /** The column (canonical name) the problem is in. */
  field: z.string(),
  message: z.string(),
})
export type ImportRowError = z.infer<typeof importRowErrorSchema>

const booleanField = z
  .enum(['true', 'false', '1', '0', 'on', 'off'], 'Isi true atau false')
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'on')

/** The multipart text fields that travel with the file. */
export const importOptionsSchema = z.object({
  mode: z.enum(IMPORT_MODES, 'Mode harus "all" atau "valid-only"').default('all'),
  dryRun: booleanField,
})
export type ImportOptions = z.output<typeof importOptionsSchema>

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  mode: z.enum(IMPORT_MODES),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  /** Rows that added a unit or pegawai (in a dry run: would add). */
  created: z.number().int(),
  /** Rows that matched an existing unit code or NIP and were updated in place. */
  updated: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** valid-only imports with rejected rows: GET /api/org/import/rejected/:id returns them as CSV. */
  rejectedFileId: z.string().nullable(),
})
export type ImportResult = z.infer<typeof importResultSchema>

/** The 400 body of an `all` import with invalid rows: the error envelope plus the row errors. */
export const importRowsInvalidSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    reason: z.literal('IMPORT_ROWS_INVALID'),
  }),
  errors: z.array(importRowErrorSchema),
  totalRows: z.number().int(),
  validRows: z.number().int(),
})
export type ImportRowsInvalid = z.infer<typeof importRowsInvalidSchema>

/** Rejected-row files are named by 128 random bits; the id is never a path. */
export const rejectedFileIdSchema = z.string().regex(/^[a-f0-9]{32}$/, 'Berkas tidak ditemukan')

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  /** Indonesian Excel lists with ";" (the decimal comma); CSV exports can follow it. */
  delimiter: z.enum(['comma', 'semicolon']).default('comma'),
})
export type ExportQuery = z.infer<typeof exportQuerySchema>
