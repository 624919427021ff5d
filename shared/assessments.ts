/**
 * Contracts of the `assessments` module (stage 3, penilaian kinerja): periodic and annual
 * evaluation, realisasi with evidence, umpan balik and ratings by the pejabat penilai, the
 * derived predikat, predikat kinerja organisasi per unit and period, the distribution check,
 * keberatan, extensions of the batas pengisian and the instansi's settings.
 * Routes live under /api/assessments. Rules: shared/rules/{predikat,distribution,assessment-workflow}.ts.
 */
import { z } from 'zod'
import { dateOnlySchema, errorEnvelopeSchema, idSchema } from './common.ts'
import { JABATAN_JENIS } from './org.ts'
import { PERIOD_KINDS } from './periods.ts'
import {
  ASSESSMENT_ACTIONS,
  ASSESSMENT_STATUSES,
  OBJECTION_DECISIONS,
  type AssessmentActorRole,
} from './rules/assessment-workflow.ts'
import { CORE_VALUES } from './rules/berakhlak.ts'
import { ORG_PREDIKAT, PREDIKAT, RATINGS } from './rules/predikat.ts'
import { ASPEK, PENDEKATAN, RHK_JENIS, SKP_VARIANTS } from './skp.ts'

export const DISTRIBUTION_ENFORCEMENTS = ['warn', 'block'] as const
export type DistributionEnforcement = (typeof DISTRIBUTION_ENFORCEMENTS)[number]
export const RATING_HASIL_SOURCES = ['atasan', 'org_predikat'] as const
export const ASSESSMENT_EVIDENCE_KINDS = ['file', 'link', 'progress'] as const
export const ASSESSMENT_ACTOR_ROLES = [
  'owner',
  'assessor',
  'reviewer',
  'admin',
] as const satisfies readonly AssessmentActorRole[]

const ratingSchema = z.enum(RATINGS, 'Pilih salah satu rating')
const versionSchema = z.number('Versi wajib diisi').int().min(0)
const text = (min: number, max: number, what: string) =>
  z
    .string(`${what} wajib diisi`)
    .trim()
    .min(min, `${what} minimal ${min} huruf`)
    .max(max, `${what} maksimal ${max} huruf`)
const yearQuery = z.coerce.number().int().min(2000).max(2100)

// ---------- snapshots ----------
export const assessedPersonSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  jabatanName: z.string(),
  jabatanJenis: z.enum(JABATAN_JENIS),
  unitId: idSchema,
  unitName: z.string(),
  /** Heads a unit: their rating hasil kerja comes from that unit's organisational predikat. */
  headsUnitId: idSchema.nullable(),
})
export const assessorSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  jabatanName: z.string(),
  unitName: z.string(),
})

export const assessmentPeriodSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  kind: z.enum(PERIOD_KINDS),
  seq: z.number().int(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** Batas pengisian of the period (end of this local day). */
  deadline: z.string(),
})
export type AssessmentPeriod = z.infer<typeof assessmentPeriodSchema>

// ---------- summary ----------
export const assessmentSummarySchema = z.object({
  id: idSchema,
  period: assessmentPeriodSchema,
  skpId: idSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  version: z.number().int(),
  pegawai: assessedPersonSchema,
  /** The snapshotted pejabat penilai; null at the top of the tree (an admin acts). */
  assessor: assessorSchema.nullable(),
  /** The snapshotted atasan pejabat penilai (decides a keberatan); null → an admin decides. */
  reviewer: z.object({ pegawaiId: idSchema, name: z.string() }).nullable(),
  /** The deadline that applies to this person: the period's, or a later extension's. */
  effectiveDeadline: z.string(),
  extendedUntil: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Submitted after the period's batas pengisian (only possible with an extension). */
  late: z.boolean(),
  /** Ratings and predikat: null for the owner until final, and until rated. */
  ratingHasil: ratingSchema.nullable(),
  ratingPerilaku: ratingSchema.nullable(),
  predikat: z.enum(PREDIKAT).nullable(),
  ratingHasilSource: z.enum(RATING_HASIL_SOURCES).nullable(),
  ratedAt: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** Last local day a keberatan may be filed (when final and not acknowledged). */
  objectionOpenUntil: z.string().nullable(),
  updatedAt: z.string(),
})
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>

// ---------- detail ----------
export const realisasiSchema = z.object({
  value: z.number().nullable(),
  text: z.string().nullable(),
  /** The pre-filled value when the pegawai saved; a different value needed `editReason`. */
  suggestedValue: z.number().nullable(),
  editReason: z.string().nullable(),
  updatedAt: z.string(),
})
/** Pre-fill from daily progress and rencana aksi of the period (never stored as realisasi). */
export const realisasiSuggestionSchema = z.object({
  value: z.number().nullable(),
  satuan: z.string().nullable(),
  /** e.g. "12 kegiatan, 34 dokumen; rencana aksi: 3 dari 4 tercapai" */
  text: z.string(),
})
export const assessmentIndikatorSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  aspek: z.enum(ASPEK).nullable(),
  text: z.string(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  targetText: z.string().nullable(),
  realisasi: realisasiSchema.nullable(),
  suggestion: realisasiSuggestionSchema.nullable(),
})
export const assessmentEvidenceSchema = z.object({
  id: idSchema,
  rhkId: idSchema,
  kind: z.enum(ASSESSMENT_EVIDENCE_KINDS),
  name: z.string(),
  url: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nullable(),
  /** kind = progress: the daily-progress evidence it points to. */
  progressEvidenceId: idSchema.nullable(),
  createdAt: z.string(),
})
export type AssessmentEvidence = z.infer<typeof assessmentEvidenceSchema>
export const rhkProgressSchema = z.object({
  entries: z.number().int(),
  /** Realisasi of the period's entries in the dominant `satuan` (the one most entries use). */
  realisasiTotal: z.number().int(),
  satuan: z.string().nullable(),
  /**
   * Realisasi and entries per satuan (spellings that differ only in case or spaces are one
   * satuan), most entries first: the pre-fill of an indikator sums the one matching its unit.
   * Always sent by the API (optional only so that older fixtures stay valid).
   */
  bySatuan: z
    .array(z.object({ satuan: z.string(), realisasi: z.number().int(), entries: z.number().int() }))
    .optional(),
  verifiedSesuai: z.number().int(),
  perluPerbaikan: z.number().int(),
  pending: z.number().int(),
  late: z.number().int(),
  rencanaAksi: z.array(
    z.object({
      id: idSchema,
      description: z.string(),
      targetValue: z.number().nullable(),
      satuan: z.string().nullable(),
      realisasi: z.number().int(),
    }),
  ),
  /** Evidence files of the period's entries under this RHK (to pick from), newest first, ≤ 50. */
  evidence: z.array(
    z.object({
      id: idSchema,
      progressId: idSchema,
      date: z.string(),
      name: z.string(),
      mimeType: z.string().nullable(),
      url: z.string().nullable(),
    }),
  ),
})
export type RhkProgress = z.infer<typeof rhkProgressSchema>
export const assessmentRhkSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  jenis: z.enum(RHK_JENIS),
  /** "Utama 1", "Tambahan 2": position within its jenis. */
  label: z.string(),
  text: z.string(),
  /** "RHK atasan yang diintervensi: …" or "Penugasan dari …" (for the document). */
  source: z.string().nullable(),
  indikator: z.array(assessmentIndikatorSchema),
  evidence: z.array(assessmentEvidenceSchema),
  progress: rhkProgressSchema,
  /** The assessor's umpan balik on this RHK in this assessment; hidden from the owner until final. */
  feedback: z
    .object({ rating: ratingSchema.nullable(), body: z.string().nullable(), updatedAt: z.string() })
    .nullable(),
})
export type AssessmentRhk = z.infer<typeof assessmentRhkSchema>
export const assessmentPerilakuSchema = z.object({
  coreValue: z.enum(CORE_VALUES),
  label: z.string(),
  panduan: z.array(z.string()),
  ekspektasiKhusus: z.string().nullable(),
  feedback: z.object({ body: z.string(), updatedAt: z.string() }).nullable(),
})
export const objectionSchema = z.object({
  id: idSchema,
  reason: z.string(),
  filedAt: z.string(),
  decision: z.enum(OBJECTION_DECISIONS).nullable(),
  decisionNote: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The ratings before the decision (a granted keberatan changes them). */
  previousRatingHasil: ratingSchema.nullable(),
  previousRatingPerilaku: ratingSchema.nullable(),
  previousPredikat: z.enum(PREDIKAT).nullable(),
})
export const assessmentDetailSchema = assessmentSummarySchema.extend({
  pendekatan: z.enum(PENDEKATAN),
  variant: z.enum(SKP_VARIANTS),
  rhk: z.array(assessmentRhkSchema),
  perilaku: z.array(assessmentPerilakuSchema),
  /** Written when finalised outside the distribution pattern. */
  justification: z.string().nullable(),
  /** Latest keberatan, if any. */
  objection: objectionSchema.nullable(),
  /** The viewer's roles on this assessment and what they may do now (shared workflow table). */
  roles: z.array(z.enum(ASSESSMENT_ACTOR_ROLES)),
  actions: z.array(z.enum(ASSESSMENT_ACTIONS)),
  canEditRealisasi: z.boolean(),
  canEditFeedback: z.boolean(),
  /** Organisational predikat of the unit the pegawai heads / the group's unit (for the document). */
  orgPredikat: z
    .object({ unitId: idSchema, unitName: z.string(), value: z.enum(ORG_PREDIKAT) })
    .nullable(),
})
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>

// ---------- distribution ----------
export const patternRuleSchema = z.object({
  kind: z.enum(['max', 'min', 'none', 'at_least_one']),
  predikat: z.array(z.enum(PREDIKAT)),
  percent: z.number().int().optional(),
})
export const distributionCheckSchema = z.object({
  orgPredikat: z.enum(ORG_PREDIKAT),
  patternVersion: z.number().int(),
  total: z.number().int(),
  rated: z.number().int(),
  pending: z.number().int(),
  counts: z.object(
    Object.fromEntries(PREDIKAT.map((p) => [p, z.number().int()])) as Record<
      (typeof PREDIKAT)[number],
      z.ZodNumber
    >,
  ),
  rules: z.array(
    z.object({
      rule: patternRuleSchema,
      text: z.string(),
      limit: z.number().int(),
      actual: z.number().int(),
      status: z.enum(['ok', 'open', 'violated']),
    }),
  ),
  withinPattern: z.boolean(),
})
/** One distribution group: a unit with its organisational predikat and the people counted in it. */
export const distributionViewSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  periodId: idSchema,
  orgPredikat: z
    .object({
      value: z.enum(ORG_PREDIKAT),
      setByName: z.string(),
      setAt: z.string(),
      note: z.string().nullable(),
      finalisedAt: z.string().nullable(),
      /** Written at the unit's penetapan outside the pattern (Format Penetapan). Added for #5 documents. */
      justification: z.string().nullable().optional(),
    })
    .nullable(),
  /** Null while the unit has no organisational predikat (nothing to check against). */
  check: distributionCheckSchema.nullable(),
  total: z.number().int(),
  counts: distributionCheckSchema.shape.counts,
  /** Drill-down: everyone counted in the group (names only for viewers allowed to see them). */
  people: z.array(
    z.object({
      assessmentId: idSchema,
      pegawaiId: idSchema,
      name: z.string(),
      unitName: z.string(),
      status: z.enum(ASSESSMENT_STATUSES),
      predikat: z.enum(PREDIKAT).nullable(),
      /** Snapshotted NIP and jabatan (the Format Penetapan lists them). Added for #5 documents. */
      nip: z.string().optional(),
      jabatanName: z.string().optional(),
    }),
  ),
  enforcement: z.enum(DISTRIBUTION_ENFORCEMENTS),
  roundingRule: z.string(),
})
export type DistributionView = z.infer<typeof distributionViewSchema>

// ---------- lists ----------
export const myAssessmentsQuerySchema = z.object({ year: yearQuery.optional() })
export const myAssessmentsSchema = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()),
  items: z.array(
    z.object({
      period: assessmentPeriodSchema,
      assessment: assessmentSummarySchema.nullable(),
      /** Why there is no assessment (e.g. the SKP is not approved yet), or null. */
      missingReason: z.string().nullable(),
      /** The period can be filled now (started, and before the effective deadline). */
      open: z.boolean(),
    }),
  ),
})
export type MyAssessments = z.infer<typeof myAssessmentsSchema>

export const bawahanQuerySchema = z.object({
  periodId: idSchema,
  /** direct = where I am the pejabat penilai (default); review = keberatan I decide. */
  scope: z.enum(['direct', 'review']).default('direct'),
})
export const bawahanListSchema = z.object({
  period: assessmentPeriodSchema,
  items: z.array(assessmentSummarySchema),
  /** Subordinates without an assessment this period and why (no approved SKP…). */
  missing: z.array(z.object({ pegawaiId: idSchema, name: z.string(), reason: z.string() })),
  distributions: z.array(distributionViewSchema),
})
export type BawahanList = z.infer<typeof bawahanListSchema>

export const distributionQuerySchema = z.object({ periodId: idSchema, unitId: idSchema })

// ---------- pegawai inputs ----------
export const realisasiItemInputSchema = z.object({
  indikatorId: idSchema,
  value: z
    .number('Realisasi harus angka')
    .min(0, 'Realisasi tidak boleh negatif')
    .max(1_000_000_000, 'Realisasi terlalu besar')
    .nullable(),
  text: z.string().trim().max(4000, 'Uraian realisasi maksimal 4000 huruf').nullable(),
  /** Required when `value` differs from the pre-filled suggestion. */
  editReason: z.string().trim().max(1000, 'Alasan maksimal 1000 huruf').nullable().default(null),
})
export const realisasiInputSchema = z.object({
  version: versionSchema,
  items: z.array(realisasiItemInputSchema).min(1, 'Isi paling sedikit satu realisasi').max(200),
})
export type RealisasiInput = z.infer<typeof realisasiInputSchema>
export const evidenceLinkInputSchema = z.object({
  rhkId: idSchema,
  url: z.url({ protocol: /^https?$/, error: 'Tautan harus alamat http(s) yang lengkap' }).max(2000),
  name: z.string().trim().max(200).optional(),
})
export const evidencePickInputSchema = z.object({ rhkId: idSchema, progressEvidenceId: idSchema })
export const versionInputSchema = z.object({ version: versionSchema })
export const objectionInputSchema = z.object({
  version: versionSchema,
  reason: text(20, 4000, 'Alasan keberatan'),
})

// ---------- assessor inputs ----------
export const feedbackInputSchema = z.object({
  version: versionSchema,
  rhk: z
    .array(
      z.object({
        rhkId: idSchema,
        rating: ratingSchema.nullable().default(null),
        body: z.string().trim().max(4000, 'Umpan balik maksimal 4000 huruf').nullable(),
      }),
    )
    .max(100)
    .default([]),
  perilaku: z
    .array(
      z.object({
        coreValue: z.enum(CORE_VALUES),
        body: z.string().trim().max(4000, 'Umpan balik maksimal 4000 huruf').nullable(),
      }),
    )
    .max(7)
    .default([]),
})
export type FeedbackInput = z.infer<typeof feedbackInputSchema>
export const rateInputSchema = z.object({
  version: versionSchema,
  /** Omitted (and ignored) for a unit head: it comes from the unit's organisational predikat. */
  ratingHasil: ratingSchema.optional(),
  ratingPerilaku: ratingSchema,
})
export type RateInput = z.infer<typeof rateInputSchema>
const justificationSchema = z
  .string()
  .trim()
  .min(20, 'Alasan minimal 20 huruf')
  .max(4000, 'Alasan maksimal 4000 huruf')
export const finaliseInputSchema = z.object({
  version: versionSchema,
  /** Required when the unit's distribution is outside the pattern (enforcement: warn). */
  justification: justificationSchema.optional(),
})
export const finaliseBulkInputSchema = z.object({
  periodId: idSchema,
  items: z
    .array(z.object({ id: idSchema, version: versionSchema }))
    .min(1, 'Pilih paling sedikit satu penilaian')
    .max(500),
  justification: justificationSchema.optional(),
})
export const finaliseBulkResultSchema = z.object({
  finalised: z.array(idSchema),
  skipped: z.array(z.object({ id: idSchema, name: z.string().nullable(), reason: z.string() })),
})
export const decideInputSchema = z.object({
  version: versionSchema,
  decision: z.enum(OBJECTION_DECISIONS, 'Pilih keputusan'),
  note: text(10, 4000, 'Catatan keputusan'),
  /** New ratings when the keberatan is granted (dikabulkan). */
  ratingHasil: ratingSchema.optional(),
  ratingPerilaku: ratingSchema.optional(),
})
export const reopenInputSchema = z.object({
  version: versionSchema,
  reason: text(10, 2000, 'Alasan membuka kembali'),
})

// ---------- organisational predikat ----------
export const orgPredikatQuerySchema = z.object({ periodId: idSchema })
export const orgPredikatItemSchema = z.object({
  unitId: idSchema,
  unitName: z.string(),
  parentUnitName: z.string().nullable(),
  headName: z.string().nullable(),
  value: z.enum(ORG_PREDIKAT).nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  setByName: z.string().nullable(),
  setAt: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  /** The viewer is the leader one level up (or an admin for a top unit). */
  canSet: z.boolean(),
  distribution: distributionViewSchema,
})
export const orgPredikatListSchema = z.object({
  period: assessmentPeriodSchema,
  items: z.array(orgPredikatItemSchema),
})
export type OrgPredikatList = z.infer<typeof orgPredikatListSchema>
export const orgPredikatInputSchema = z.object({
  unitId: idSchema,
  periodId: idSchema,
  value: z.enum(ORG_PREDIKAT, 'Pilih predikat kinerja organisasi'),
  note: z.string().trim().max(2000, 'Catatan maksimal 2000 huruf').nullable().default(null),
  /** Version of the existing row (omit when setting it for the first time). */
  version: versionSchema.optional(),
})
export const unitFinaliseInputSchema = z.object({
  unitId: idSchema,
  periodId: idSchema,
  justification: justificationSchema.optional(),
})
export const unitReopenInputSchema = z.object({
  unitId: idSchema,
  periodId: idSchema,
  reason: text(10, 2000, 'Alasan membuka kembali'),
})

// ---------- settings & extensions (admin) ----------
export const assessmentSettingsSchema = z.object({
  /** warn (default): outside the pattern needs a written justification; block: refused. */
  distributionEnforcement: z.enum(DISTRIBUTION_ENFORCEMENTS),
  /** Calendar days after finalising during which the pegawai may file a keberatan. */
  objectionDays: z.number().int().min(1, 'Minimal 1 hari').max(60, 'Maksimal 60 hari'),
  version: z.number().int(),
})
export type AssessmentSettings = z.infer<typeof assessmentSettingsSchema>
export const DEFAULT_ASSESSMENT_SETTINGS: Omit<AssessmentSettings, 'version'> = {
  distributionEnforcement: 'warn',
  objectionDays: 14,
}
export const extensionSchema = z.object({
  id: idSchema,
  periodId: idSchema,
  pegawaiId: idSchema.nullable(),
  pegawaiName: z.string().nullable(),
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  until: z.string(),
  reason: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
})
export type Extension = z.infer<typeof extensionSchema>
export const extensionsQuerySchema = z.object({ periodId: idSchema })
export const extensionListSchema = z.object({ items: z.array(extensionSchema) })
export const extensionInputSchema = z
  .object({
    periodId: idSchema,
    pegawaiId: idSchema.optional(),
    unitId: idSchema.optional(),
    until: dateOnlySchema,
    reason: text(5, 1000, 'Alasan perpanjangan'),
  })
  .refine((v) => (v.pegawaiId ? 1 : 0) + (v.unitId ? 1 : 0) === 1, {
    error: 'Pilih satu pegawai atau satu unit',
    path: ['pegawaiId'],
  })

/**
 * 409 answers: VERSION_CONFLICT carries the current assessment; DISTRIBUTION_OUTSIDE_PATTERN
 * (justification needed) and DISTRIBUTION_BLOCKED carry the group's distribution.
 */
export const assessmentConflictSchema = z.object({
  error: errorEnvelopeSchema.shape.error,
  current: assessmentDetailSchema.optional(),
  distribution: distributionViewSchema.optional(),
})

/** Error reasons of this module (API `error.reason`). */
export const ASSESSMENT_ERROR_REASONS = [
  'VERSION_CONFLICT',
  'INVALID_TRANSITION',
  'NO_APPROVED_SKP',
  'PERIOD_NOT_STARTED',
  'DEADLINE_PASSED',
  'REALISASI_INCOMPLETE',
  'EDIT_REASON_REQUIRED',
  'ORG_PREDIKAT_NOT_SET',
  'ORG_PREDIKAT_LOCKED',
  'DISTRIBUTION_OUTSIDE_PATTERN',
  'DISTRIBUTION_BLOCKED',
  'OBJECTION_WINDOW_CLOSED',
  'ALREADY_ACKNOWLEDGED',
  'UNIT_NOT_COMPLETE',
  'NOT_ASSESSOR',
  'NOT_REVIEWER',
  'NOT_UNIT_LEADER',
  // The pegawai side: realisasi, evidence, settings and extensions.
  'NOT_OWNER',
  'NOT_ADMIN',
  'INDIKATOR_NOT_IN_SKP',
  'RHK_REQUIRED',
  'RHK_NOT_IN_SKP',
  'EVIDENCE_LIMIT',
  'PROGRESS_EVIDENCE_NOT_FOUND',
  'PERIOD_NOT_FOUND',
  'PEGAWAI_NOT_FOUND',
  'UNIT_NOT_FOUND',
  'EXTENSION_BEFORE_DEADLINE',
] as const
