/**
 * Contracts of the `activities` module (stage 2, pelaksanaan dan pemantauan): rencana aksi,
 * daily progress with evidence, verification by the atasan, umpan balik berkelanjutan,
 * templates, import, the atasan's monitoring view and the instansi's settings.
 * Routes live under /api/activities.
 */
import { z } from 'zod'
import { dateOnlySchema, idSchema } from './common.ts'
import { ALIGNMENT_FLAGS } from './rules/alignment.ts'
import { CORE_VALUES } from './rules/berakhlak.ts'
import { MAX_LATENESS_WORKING_DAYS } from './rules/lateness.ts'

// ---------- enums ----------
export const VERIFICATION_STATUSES = ['pending', 'sesuai', 'perlu_perbaikan'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]
export const VERDICTS = ['sesuai', 'perlu_perbaikan'] as const
export type Verdict = (typeof VERDICTS)[number]
export const VERIFICATION_LABEL: Record<VerificationStatus, string> = {
  pending: 'Belum diverifikasi',
  sesuai: 'Sesuai',
  perlu_perbaikan: 'Perlu perbaikan',
}

export const EVIDENCE_KINDS = ['file', 'link'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** What an uploaded evidence file may be, decided by its content (magic bytes), never its name. */
export const EVIDENCE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  /** Legacy .doc/.xls/.ppt (OLE compound file). */
  'application/x-cfb',
] as const
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
export const MAX_EVIDENCE_PER_ENTRY = 10
export const MAX_LINKS_PER_ENTRY = 5

export const FEEDBACK_TOPIC_KINDS = ['rhk', 'perilaku'] as const
export type FeedbackTopicKind = (typeof FEEDBACK_TOPIC_KINDS)[number]

// ---------- small schemas ----------
const text = (min: number, max: number, what: string) =>
  z
    .string(`${what} wajib diisi`)
    .trim()
    .min(min, `${what} minimal ${min} huruf`)
    .max(max, `${what} maksimal ${max} huruf`)

/** Wall-clock time of day, `HH:MM` (24 h). */
export const timeOfDaySchema = z
  .string('Jam wajib diisi')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Gunakan format jam HH:MM, mis. 08:30')

const satuanSchema = z
  .string('Satuan wajib diisi')
  .trim()
  .min(1, 'Satuan wajib diisi')
  .max(40, 'Satuan maksimal 40 huruf')

const realisasiSchema = z
  .number('Realisasi harus angka bulat')
  .int('Realisasi harus angka bulat')
  .min(0, 'Realisasi tidak boleh negatif')
  .max(1_000_000, 'Realisasi terlalu besar')

export const linkSchema = z
  .url({ protocol: /^https?$/, error: 'Tautan harus alamat http(s) yang lengkap' })
  .max(2000, 'Tautan maksimal 2000 huruf')

// ---------- rencana aksi ----------
export const rencanaAksiInputSchema = z.object({
  rhkId: idSchema,
  periodId: idSchema,
  description: text(5, 1000, 'Rencana aksi'),
  targetValue: z
    .number('Target harus angka bulat')
    .int('Target harus angka bulat')
    .min(0, 'Target tidak boleh negatif')
    .max(1_000_000, 'Target terlalu besar'),
  targetUnit: satuanSchema,
})
export type RencanaAksiInput = z.infer<typeof rencanaAksiInputSchema>
export const rencanaAksiPatchSchema = rencanaAksiInputSchema
  .pick({ description: true, targetValue: true, targetUnit: true })
  .partial()
export type RencanaAksiPatch = z.infer<typeof rencanaAksiPatchSchema>

export const rencanaAksiSchema = z.object({
  id: idSchema,
  rhkId: idSchema,
  periodId: idSchema,
  seq: z.number().int(),
  description: z.string(),
  targetValue: z.number().int(),
  targetUnit: z.string(),
  /** Sum of realisasi of the daily progress linked to it. */
  realisasi: z.number().int(),
  entryCount: z.number().int(),
})
export type RencanaAksi = z.infer<typeof rencanaAksiSchema>

export const rencanaAksiQuerySchema = z.object({
  periodId: idSchema,
  /** Someone else's (a subordinate's); default the actor's own. */
  pegawaiId: idSchema.optional(),
})
export type RencanaAksiQuery = z.infer<typeof rencanaAksiQuerySchema>

/** The RHK of the person's SKP for the period's year, each with its rencana aksi for the period. */
export const rencanaAksiBoardSchema = z.object({
  pegawaiId: idSchema,
  period: z.object({
    id: idSchema,
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    deadline: z.string(),
  }),
  /** Null when the person has no SKP for that year. */
  skp: z.object({ id: idSchema, year: z.number().int(), status: z.string() }).nullable(),
  /** Whether the actor may add/edit rencana aksi here (the owner, while the SKP is usable). */
  editable: z.boolean(),
  rhk: z.array(
    z.object({
      id: idSchema,
      seq: z.number().int(),
      jenis: z.string(),
      text: z.string(),
      indikator: z.array(
        z.object({
          id: idSchema,
          text: z.string(),
          targetValue: z.number().nullable(),
          targetUnit: z.string().nullable(),
          targetText: z.string().nullable(),
        }),
      ),
      rencanaAksi: z.array(rencanaAksiSchema),
      /** Sum of realisasi of daily progress linked to this RHK within the period. */
      realisasi: z.number().int(),
      entryCount: z.number().int(),
      lastActivityDate: z.string().nullable(),
      /** No activity for `staleRhkWeeks` weeks (alignment check). */
      stale: z.boolean(),
    }),
  ),
})
export type RencanaAksiBoard = z.infer<typeof rencanaAksiBoardSchema>

// ---------- daily progress ----------
const progressFields = {
  date: dateOnlySchema,
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  description: text(3, 2000, 'Uraian kegiatan'),
  /** The RHK the activity serves; null = not linked (flagged). */
  rhkId: idSchema.nullable().default(null),
  rencanaAksiId: idSchema.nullable().default(null),
  realisasi: realisasiSchema,
  satuan: satuanSchema,
}

export const progressInputSchema = z
  .object({
    /** Generated on the device; a retry with the same id returns the same entry (idempotent). */
    clientId: idSchema,
    ...progressFields,
    links: z
      .array(linkSchema)
      .max(MAX_LINKS_PER_ENTRY, `Maksimal ${MAX_LINKS_PER_ENTRY} tautan`)
      .default([]),
    /** When the person entered it on the device (offline queue); the server keeps it. */
    deviceRecordedAt: z.iso
      .datetime({ offset: true, error: 'Waktu perangkat tidak valid' })
      .nullish(),
  })
  .refine((v) => v.endTime > v.startTime, {
    path: ['endTime'],
    error: 'Jam selesai harus setelah jam mulai',
  })
export type ProgressInput = z.input<typeof progressInputSchema>
export type ProgressInputParsed = z.output<typeof progressInputSchema>

export const progressPatchSchema = z
  .object({
    version: z.number().int().nonnegative(),
    date: progressFields.date.optional(),
    startTime: progressFields.startTime.optional(),
    endTime: progressFields.endTime.optional(),
    description: progressFields.description.optional(),
    rhkId: idSchema.nullable().optional(),
    rencanaAksiId: idSchema.nullable().optional(),
    realisasi: realisasiSchema.optional(),
    satuan: satuanSchema.optional(),
    links: z.array(linkSchema).max(MAX_LINKS_PER_ENTRY).optional(),
  })
  .refine((v) => !v.startTime || !v.endTime || v.endTime > v.startTime, {
    path: ['endTime'],
    error: 'Jam selesai harus setelah jam mulai',
  })
export type ProgressPatch = z.infer<typeof progressPatchSchema>

export const evidenceSchema = z.object({
  id: idSchema,
  kind: z.enum(EVIDENCE_KINDS),
  /** For files: the name as uploaded (display only), type by content, size in bytes. */
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nullable(),
  /** For links. */
  url: z.string().nullable(),
  /** Authorised download route, e.g. /api/activities/evidence/<id>/file. */
  downloadUrl: z.string().nullable(),
  createdAt: z.string(),
})
export type Evidence = z.infer<typeof evidenceSchema>

export const verificationSchema = z.object({
  verdict: z.enum(VERDICTS),
  note: z.string().nullable(),
  byName: z.string(),
  at: z.string(),
})

export const progressSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  pegawaiId: idSchema,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  minutes: z.number().int(),
  description: z.string(),
  rhkId: idSchema.nullable(),
  rhkText: z.string().nullable(),
  rencanaAksiId: idSchema.nullable(),
  rencanaAksiText: z.string().nullable(),
  realisasi: z.number().int(),
  satuan: z.string(),
  evidence: z.array(evidenceSchema),
  /** Server receipt time and the device's entry time (offline). */
  recordedAt: z.string(),
  deviceRecordedAt: z.string().nullable(),
  deadlineAt: z.string(),
  late: z.boolean(),
  syncedLate: z.boolean(),
  flags: z.array(z.enum(ALIGNMENT_FLAGS)),
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  /** The latest verification (history in GET /progress/{id}/verifications). */
  verification: verificationSchema.nullable(),
  version: z.number().int(),
  /** Whether the actor may edit/delete it (the owner, unless verified sesuai). */
  editable: z.boolean(),
  /**
   * Whether the actor may verify it (activities.policy `atasanAccess`: today's direct atasan or
   * the SKP's snapshotted pejabat penilai, or an admin acting for them; never the owner). The
   * server always sends it; optional only so that entries built elsewhere (the device's queue,
   * older clients) stay valid.
   */
  canVerify: z.boolean().optional(),
})
export type Progress = z.infer<typeof progressSchema>

export const progressListQuerySchema = z.object({
  pegawaiId: idSchema.optional(),
  from: dateOnlySchema.optional(),
  to: dateOnlySchema.optional(),
  rhkId: idSchema.optional(),
  verification: z.enum(VERIFICATION_STATUSES).optional(),
  lateOnly: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ProgressListQuery = z.infer<typeof progressListQuerySchema>

export const progressPageSchema = z.object({
  items: z.array(progressSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
})
export type ProgressPage = z.infer<typeof progressPageSchema>

export const verificationHistorySchema = z.array(verificationSchema)

// ---------- week / calendar ----------
export const calendarQuerySchema = z.object({
  from: dateOnlySchema,
  to: dateOnlySchema,
  pegawaiId: idSchema.optional(),
})
export const calendarDaySchema = z.object({
  date: z.string(),
  working: z.boolean(),
  holiday: z.string().nullable(),
  entries: z.number().int(),
  minutes: z.number().int(),
  late: z.number().int(),
})
export const progressCalendarSchema = z.object({
  pegawaiId: idSchema,
  timeZone: z.string(),
  /** Today in the instansi's time zone. */
  today: z.string(),
  /** The on-time deadline of an entry for today (ISO with offset). */
  todayDeadlineAt: z.string(),
  days: z.array(calendarDaySchema),
})
export type ProgressCalendar = z.infer<typeof progressCalendarSchema>

// ---------- templates ----------
export const templateInputSchema = z.object({
  name: text(2, 100, 'Nama templat'),
  description: text(3, 2000, 'Uraian kegiatan'),
  rhkId: idSchema.nullable().default(null),
  startTime: timeOfDaySchema.nullable().default(null),
  endTime: timeOfDaySchema.nullable().default(null),
  realisasi: realisasiSchema.nullable().default(null),
  satuan: satuanSchema.nullable().default(null),
})
export type TemplateInput = z.input<typeof templateInputSchema>
export const templateSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  rhkId: idSchema.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  realisasi: z.number().int().nullable(),
  satuan: z.string().nullable(),
})
export type Template = z.infer<typeof templateSchema>
export const templatesSchema = z.object({
  saved: z.array(templateSchema),
  /** The person's most frequent descriptions of the last 60 days (newest settings). */
  frequent: z.array(
    z.object({
      description: z.string(),
      rhkId: idSchema.nullable(),
      satuan: z.string(),
      count: z.number().int(),
    }),
  ),
})
export type Templates = z.infer<typeof templatesSchema>

// ---------- import ----------
/** Columns of the daily-progress import sheet, in order (the template has them as headers). */
export const PROGRESS_IMPORT_COLUMNS = [
  'tanggal',
  'jam_mulai',
  'jam_selesai',
  'uraian',
  'rhk_no',
  'realisasi',
  'satuan',
  'tautan_bukti',
] as const
export const progressImportResultSchema = z.object({
  dryRun: z.boolean(),
  total: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
})
export type ProgressImportResult = z.infer<typeof progressImportResultSchema>

// ---------- verification ----------
export const verifyInputSchema = z
  .object({
    verdict: z.enum(VERDICTS, 'Pilih sesuai atau perlu perbaikan'),
    note: z.string().trim().max(1000, 'Catatan maksimal 1000 huruf').nullish(),
  })
  .refine((v) => v.verdict === 'sesuai' || (v.note ?? '').length >= 3, {
    path: ['note'],
    error: 'Tulis catatan perbaikan (minimal 3 huruf)',
  })
export type VerifyInput = z.infer<typeof verifyInputSchema>
export const bulkVerifyInputSchema = z
  .object({
    ids: z.array(idSchema).min(1, 'Pilih minimal satu kegiatan').max(200, 'Maksimal 200 kegiatan'),
    verdict: z.enum(VERDICTS, 'Pilih sesuai atau perlu perbaikan'),
    note: z.string().trim().max(1000).nullish(),
  })
  .refine((v) => v.verdict === 'sesuai' || (v.note ?? '').length >= 3, {
    path: ['note'],
    error: 'Tulis catatan perbaikan (minimal 3 huruf)',
  })
export type BulkVerifyInput = z.infer<typeof bulkVerifyInputSchema>
export const bulkVerifyResultSchema = z.object({
  updated: z.number().int(),
  skipped: z.array(z.object({ id: idSchema, reason: z.string() })),
})
export type BulkVerifyResult = z.infer<typeof bulkVerifyResultSchema>
/** The answer of POST /progress/{id}/verify: the entry's new status and the verdict just given. */
export const verifyResultSchema = z.object({
  id: idSchema,
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  verification: verificationSchema,
  /** The entry's new version (verifying bumps it). */
  version: z.number().int(),
})
export type VerifyResult = z.infer<typeof verifyResultSchema>

// ---------- monitoring (the atasan's live view) ----------
export const monitoringQuerySchema = z.object({
  /** The day to look at (default today in the instansi's zone). */
  date: dateOnlySchema.optional(),
  /** Only direct subordinates (default) or the whole chain below. */
  scope: z.enum(['direct', 'all']).default('direct'),
})
export const monitoringRowSchema = z.object({
  pegawai: z.object({
    id: idSchema,
    name: z.string(),
    nip: z.string(),
    jabatanName: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  entriesOnDate: z.number().int(),
  minutesOnDate: z.number().int(),
  loggedOnDate: z.boolean(),
  lastEntryDate: z.string().nullable(),
  /** Within the period containing `date`: */
  entriesInPeriod: z.number().int(),
  lateInPeriod: z.number().int(),
  pendingVerification: z.number().int(),
  flaggedInPeriod: z.number().int(),
  staleRhk: z.number().int(),
})
export type MonitoringRow = z.infer<typeof monitoringRowSchema>
export const monitoringSchema = z.object({
  date: z.string(),
  today: z.string(),
  working: z.boolean(),
  period: z
    .object({ id: idSchema, name: z.string(), startDate: z.string(), endDate: z.string() })
    .nullable(),
  totals: z.object({
    subordinates: z.number().int(),
    logged: z.number().int(),
    notLogged: z.number().int(),
    late: z.number().int(),
    pendingVerification: z.number().int(),
  }),
  rows: z.array(monitoringRowSchema),
})
export type Monitoring = z.infer<typeof monitoringSchema>

// ---------- umpan balik berkelanjutan ----------
export const feedbackQuerySchema = z.object({ skpId: idSchema })
export const feedbackInputSchema = z
  .object({
    skpId: idSchema,
    topicKind: z.enum(FEEDBACK_TOPIC_KINDS, 'Pilih RHK atau perilaku'),
    rhkId: idSchema.nullish(),
    coreValue: z.enum(CORE_VALUES).nullish(),
    body: text(3, 4000, 'Umpan balik'),
  })
  .refine((v) => (v.topicKind === 'rhk' ? !!v.rhkId && !v.coreValue : !!v.coreValue && !v.rhkId), {
    path: ['topicKind'],
    error: 'Pilih satu RHK atau satu nilai BerAKHLAK',
  })
export type FeedbackInput = z.infer<typeof feedbackInputSchema>
export const feedbackReplySchema = z.object({ body: text(1, 4000, 'Balasan') })
export const feedbackMessageSchema = z.object({
  id: idSchema,
  authorName: z.string(),
  /** 'atasan' (or an admin acting for them) or 'pegawai' (the SKP owner). */
  authorRole: z.enum(['atasan', 'pegawai']),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
})
export const feedbackThreadSchema = z.object({
  id: idSchema,
  skpId: idSchema,
  pegawaiId: idSchema,
  topicKind: z.enum(FEEDBACK_TOPIC_KINDS),
  rhkId: idSchema.nullable(),
  coreValue: z.enum(CORE_VALUES).nullable(),
  topicLabel: z.string(),
  lastMessageAt: z.string(),
  messages: z.array(feedbackMessageSchema),
})
export type FeedbackThread = z.infer<typeof feedbackThreadSchema>
export const feedbackListSchema = z.object({
  skpId: idSchema,
  /** Whether the actor may open new threads (the atasan or an admin acting for them). */
  canStart: z.boolean(),
  threads: z.array(feedbackThreadSchema),
})
export type FeedbackList = z.infer<typeof feedbackListSchema>

// ---------- settings (admin) ----------
export const activitySettingsSchema = z.object({
  /** Lateness: 0 = the same day, 1 = the next working day (default), … */
  lateWorkingDays: z.number().int().min(0).max(MAX_LATENESS_WORKING_DAYS),
  /** Local hour (0–23) after which "no entry today" reminders go out. */
  reminderHour: z.number().int().min(0).max(23),
  /** Days before a period's batas pengisian that the deadline reminder goes out. */
  deadlineReminderDays: z.number().int().min(1).max(30),
  minDescriptionChars: z.number().int().min(0).max(500),
  maxEntryHours: z.number().int().min(1).max(24),
  staleRhkWeeks: z.number().int().min(1).max(52),
  duplicateMinCount: z.number().int().min(2).max(100),
  version: z.number().int(),
})
export type ActivitySettings = z.infer<typeof activitySettingsSchema>
export const activitySettingsInputSchema = activitySettingsSchema
export const DEFAULT_ACTIVITY_SETTINGS: Omit<ActivitySettings, 'version'> = {
  lateWorkingDays: 1,
  reminderHour: 16,
  deadlineReminderDays: 3,
  minDescriptionChars: 20,
  maxEntryHours: 10,
  staleRhkWeeks: 3,
  duplicateMinCount: 3,
}
