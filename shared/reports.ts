import { z } from 'zod'
import { idSchema, isoDateTimeSchema, paginationQuerySchema } from './common.ts'
import { EXCLUSION_REASONS } from './org.ts'
import { PREDIKAT } from './rules/predikat.ts'

/**
 * Reports (issue 6): read-only, one generic shape so the web shows, charts and exports every
 * report the same way and the server renders XLSX/CSV/PDF from the same rows.
 */
export const REPORT_KEYS = [
  'periodic-completion', // the study's Table 2
  'annual-completion', // Table 3
  'adoption', // Table 6
  'skp-status',
  'progress-discipline',
  'predikat-distribution',
  'unlinked-activities',
] as const
export type ReportKey = (typeof REPORT_KEYS)[number]

export const REPORT_TITLE: Record<ReportKey, string> = {
  'periodic-completion': 'Rekap penilaian periodik',
  'annual-completion': 'Rekap penilaian tahunan',
  adoption: 'Penggunaan aplikasi per unit kerja',
  'skp-status': 'Status SKP per unit kerja',
  'progress-discipline': 'Kedisiplinan progres harian',
  'predikat-distribution': 'Distribusi predikat per unit kerja',
  'unlinked-activities': 'Kegiatan tanpa RHK',
}

/** Why a person is left out of compliance counts (shown next to their name in every report). */
export const EXCLUSION_REASON_LABEL: Record<(typeof EXCLUSION_REASONS)[number], string> = {
  pensiun: 'Pensiun',
  mutasi_keluar: 'Mutasi keluar',
  cuti_besar: 'Cuti besar',
  cuti_luar_tanggungan: 'Cuti di luar tanggungan negara',
  hukuman_disiplin: 'Hukuman disiplin',
  tugas_belajar: 'Tugas belajar',
  meninggal: 'Meninggal dunia',
  lainnya: 'Lainnya',
}

export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Every report takes the same filters; a report ignores the ones it does not use. */
export const reportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, 'Tahun tidak valid').max(2100, 'Tahun tidak valid'),
  periodId: idSchema.optional(),
  /** A unit and everything under it; absent = everything the viewer may see. */
  unitId: idSchema.optional(),
})
export type ReportQuery = z.infer<typeof reportQuerySchema>

/**
 * GET /api/reports/:key: the filters plus the page (same names, defaults and limits as every
 * list: page ≥ 1, pageSize 1–200, default 50). Only reports with one row per person are paged
 * (progress-discipline); the others have one row per unit or period and ignore them. Exports take
 * no page: a file holds every row.
 */
export const reportPageQuerySchema = reportQuerySchema.extend(paginationQuerySchema.shape)
export type ReportPageQuery = z.infer<typeof reportPageQuerySchema>
/** The reports whose rows are paged (one row per person of the scope). */
export const PAGED_REPORTS: readonly ReportKey[] = ['progress-discipline']

export const reportKeyParamsSchema = z.object({ key: z.enum(REPORT_KEYS) })
export const reportExportParamsSchema = z.object({
  key: z.enum(REPORT_KEYS),
  format: z.enum(REPORT_FORMATS),
})

export const REPORT_COLUMN_KINDS = ['text', 'number', 'percent'] as const
export const reportColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(REPORT_COLUMN_KINDS),
  /** The cell opens the names behind the number (GET …/people?rowKey&column). */
  drill: z.boolean(),
  /** Shown as a series in the report's chart. */
  chart: z.boolean(),
})
export type ReportColumn = z.infer<typeof reportColumnSchema>

export const reportCellSchema = z.union([z.number(), z.string(), z.null()])
export type ReportCell = z.infer<typeof reportCellSchema>
export const reportRowSchema = z.object({
  /** Stable key of the row (a period id, a unit id, a year…), used for drill-down. */
  key: z.string(),
  label: z.string(),
  unitId: idSchema.nullable(),
  periodId: idSchema.nullable(),
  cells: z.record(z.string(), reportCellSchema),
})
export type ReportRow = z.infer<typeof reportRowSchema>

export const reportExclusionSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitName: z.string(),
  reason: z.enum(EXCLUSION_REASONS),
  reasonLabel: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  note: z.string().nullable(),
})
export type ReportExclusion = z.infer<typeof reportExclusionSchema>

export const reportSchema = z.object({
  key: z.enum(REPORT_KEYS),
  title: z.string(),
  /** e.g. "Tahun 2025 · Triwulan I · Bidang Mutasi …" */
  subtitle: z.string(),
  year: z.number().int(),
  period: z.object({ id: idSchema, name: z.string() }).nullable(),
  unit: z.object({ id: idSchema, name: z.string() }).nullable(),
  columns: z.array(reportColumnSchema),
  /** The rows of this page (every row when the report is not paged). */
  rows: z.array(reportRowSchema),
  /** Rows over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  /** null = not paged: `rows` holds every row. */
  pageSize: z.number().int().nullable(),
  /** Sums/percentages over all rows of every page (null when a total makes no sense). */
  totals: z.record(z.string(), reportCellSchema).nullable(),
  /** Who was left out of the counts and why (retired, moved out, long leave, discipline…). */
  exclusions: z.array(reportExclusionSchema),
  /** How the numbers are counted, in words (shown under the table and in exports). */
  notes: z.array(z.string()),
  generatedAt: isoDateTimeSchema,
})
export type Report = z.infer<typeof reportSchema>

export const reportPeopleQuerySchema = reportQuerySchema.extend({
  rowKey: z.string().min(1, 'Baris wajib dipilih').max(100),
  column: z.string().min(1, 'Kolom wajib dipilih').max(60),
})
export type ReportPeopleQuery = z.infer<typeof reportPeopleQuerySchema>

export const reportPersonSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitName: z.string(),
  jabatanName: z.string(),
  /** What puts this person in the cell, in words (e.g. "Diajukan 12 Januari 2025, terlambat"). */
  detail: z.string().nullable(),
})
export const reportPeopleSchema = z.object({
  title: z.string(),
  items: z.array(reportPersonSchema),
})
export type ReportPeople = z.infer<typeof reportPeopleSchema>

// ---------- dashboards ----------
export const dashboardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
})

export const predikatCountsSchema = z.object(
  Object.fromEntries(PREDIKAT.map((p) => [p, z.number().int()])) as Record<
    (typeof PREDIKAT)[number],
    z.ZodNumber
  >,
)

export const dashboardUnitSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  headcount: z.number().int(),
  skpApproved: z.number().int(),
  /** Current (or latest started) period of the year. */
  employees: z.number().int(),
  completed: z.number().int(),
  late: z.number().int(),
  progressEntries30d: z.number().int(),
  lateEntries30d: z.number().int(),
})

/** A leader's (their units) or an admin's (the whole instansi) page at a glance. */
export const dashboardSchema = z.object({
  scope: z.enum(['instansi', 'units']),
  year: z.number().int(),
  years: z.array(z.number().int()),
  currentPeriod: z
    .object({ id: idSchema, name: z.string(), deadline: z.string(), annual: z.boolean() })
    .nullable(),
  headcount: z.number().int(),
  excluded: z.number().int(),
  skp: z.object({
    draft: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    approved: z.number().int(),
    missing: z.number().int(),
  }),
  completion: z.object({
    employees: z.number().int(),
    completed: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
  }),
  /** Predikat of the latest period of the year with final results. */
  predikat: z.object({ periodName: z.string().nullable(), counts: predikatCountsSchema }),
  units: z.array(dashboardUnitSchema),
  /** Helpdesk tickets not yet done (admins only; null for leaders). */
  openTickets: z.number().int().nullable(),
  generatedAt: isoDateTimeSchema,
})
export type Dashboard = z.infer<typeof dashboardSchema>

/** GET /api/reports/scope — what the viewer may filter on (leaders: their units and below). */
export const reportScopeSchema = z.object({
  scope: z.enum(['instansi', 'units']),
  units: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      parentId: idSchema.nullable(),
      depth: z.number().int(),
    }),
  ),
  years: z.array(z.number().int()),
  periods: z.array(
    z.object({
      id: idSchema,
      year: z.number().int(),
      name: z.string(),
      annual: z.boolean(),
      startDate: z.string(),
      endDate: z.string(),
      deadline: z.string(),
    }),
  ),
})
export type ReportScope = z.infer<typeof reportScopeSchema>
