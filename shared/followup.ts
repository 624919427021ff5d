import { z } from 'zod'
import { idSchema, isoDateTimeSchema } from './common.ts'
import { JABATAN_JENIS } from './org.ts'
import { JF_JENJANG } from './rules/angka-kredit.ts'
import { PREDIKAT, RATINGS } from './rules/predikat.ts'
import { RECOMMENDATION_KINDS } from './rules/recommendations.ts'
import { TALENT_LEVELS } from './rules/talent.ts'

/**
 * Tindak lanjut (issue 6, stage 4): angka kredit, promotion hints, TPP, reward/coaching,
 * talent 9-box and the SIASN export. Routes under /api/followup.
 */
const yearSchema = z.coerce
  .number()
  .int()
  .min(2000, 'Tahun tidak valid')
  .max(2100, 'Tahun tidak valid')
const percentSchema = z.number().min(0, 'Minimal 0').max(1000, 'Maksimal 1000')

const perPredikat = <T extends z.ZodType>(s: T) =>
  z.object(Object.fromEntries(PREDIKAT.map((p) => [p, s])) as Record<(typeof PREDIKAT)[number], T>)
const perJenjang = <T extends z.ZodType>(s: T) =>
  z.object(
    Object.fromEntries(JF_JENJANG.map((j) => [j, s])) as Record<(typeof JF_JENJANG)[number], T>,
  )
const perJenis = <T extends z.ZodType>(s: T) =>
  z.object(
    Object.fromEntries(JABATAN_JENIS.map((j) => [j, s])) as Record<
      (typeof JABATAN_JENIS)[number],
      T
    >,
  )

// ---------- angka kredit ----------
/** GET/PUT /api/followup/angka-kredit/settings (PUT admin; audited; version → 409). */
export const akSettingsSchema = z.object({
  sharePercent: perPredikat(percentSchema),
  koefisien: perJenjang(z.number().min(0, 'Minimal 0').max(1000, 'Maksimal 1000')),
  /** Cumulative AK for the next jenjang (hint only); null = no next jenjang. */
  akForNextJenjang: perJenjang(z.number().min(0).max(10000).nullable()),
  version: z.number().int(),
  updatedAt: isoDateTimeSchema.nullable(),
})
export type AkSettings = z.infer<typeof akSettingsSchema>
export const akSettingsUpdateSchema = akSettingsSchema.omit({ updatedAt: true })
export type AkSettingsUpdate = z.infer<typeof akSettingsUpdateSchema>

export const AK_SOURCES = ['penilaian', 'manual'] as const
export type AkSource = (typeof AK_SOURCES)[number]

/** One ledger line: a year's AK from the annual predikat, or a manual line (AK awal, konversi). */
export const akEntrySchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  year: z.number().int(),
  source: z.enum(AK_SOURCES),
  assessmentId: idSchema.nullable(),
  jenjang: z.enum(JF_JENJANG),
  predikat: z.enum(PREDIKAT).nullable(),
  months: z.number().int().nullable(),
  sharePercent: z.number().nullable(),
  koefisien: z.number().nullable(),
  ak: z.number(),
  note: z.string().nullable(),
  createdAt: isoDateTimeSchema,
})
export type AkEntry = z.infer<typeof akEntrySchema>

export const promotionHintSchema = z.object({
  /** Kenaikan pangkat reguler: at least Baik in each of the last two annual results. */
  pangkat: z.object({ eligible: z.boolean(), reason: z.string() }),
  /** Kenaikan jenjang JF: at least Baik last year + cumulative AK ≥ the need (null if not JF). */
  jenjang: z
    .object({
      eligible: z.boolean(),
      reason: z.string(),
      next: z.enum(JF_JENJANG).nullable(),
      akNeeded: z.number().nullable(),
      akTotal: z.number(),
    })
    .nullable(),
})
export type PromotionHint = z.infer<typeof promotionHintSchema>

/** GET /api/followup/angka-kredit/pegawai/:pegawaiId — the per-person ledger across years. */
export const akLedgerSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  jabatanName: z.string(),
  unitName: z.string(),
  jenjang: z.enum(JF_JENJANG).nullable(),
  entries: z.array(akEntrySchema),
  total: z.number(),
  /** Annual predikat per year (newest first), whether or not the year is in the ledger. */
  annual: z.array(z.object({ year: z.number().int(), predikat: z.enum(PREDIKAT).nullable() })),
  promotion: promotionHintSchema,
})
export type AkLedger = z.infer<typeof akLedgerSchema>

/** GET /api/followup/angka-kredit?year — JF people the actor may see, with the year's AK. */
export const akListQuerySchema = z.object({ year: yearSchema, unitId: idSchema.optional() })
export const akListItemSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitName: z.string(),
  jabatanName: z.string(),
  jenjang: z.enum(JF_JENJANG),
  predikat: z.enum(PREDIKAT).nullable(),
  /** AK of that year in the ledger (null = not yet generated). */
  akYear: z.number().nullable(),
  akTotal: z.number(),
  promotion: promotionHintSchema,
})
export const akListSchema = z.object({ year: z.number().int(), items: z.array(akListItemSchema) })
export type AkList = z.infer<typeof akListSchema>

/** POST /api/followup/angka-kredit/generate {year} (admin): ledger lines from final annual results. */
export const akGenerateSchema = z.object({ year: z.number().int().min(2000).max(2100) })
export const akGenerateResultSchema = z.object({
  created: z.number().int(),
  /** Lines whose assessment's predikat changed since (e.g. a keberatan granted): recomputed. */
  updated: z.number().int(),
  /** Lines already in the ledger and still matching their assessment (left as they were). */
  unchanged: z.number().int(),
  skipped: z.array(z.object({ pegawaiId: idSchema, name: z.string(), reason: z.string() })),
})
/** POST /api/followup/angka-kredit/pegawai/:pegawaiId/entries (admin): a manual line. */
export const akManualEntryInputSchema = z.object({
  year: z.number().int().min(1970, 'Tahun tidak valid').max(2100, 'Tahun tidak valid'),
  jenjang: z.enum(JF_JENJANG, 'Pilih jenjang'),
  ak: z.number().min(-10000).max(10000),
  note: z.string().trim().min(3, 'Tulis keterangan (mis. AK awal hasil konversi)').max(500),
})
export type AkManualEntryInput = z.infer<typeof akManualEntryInputSchema>
export type AkGenerateResult = z.infer<typeof akGenerateResultSchema>
// DELETE /api/followup/angka-kredit/entries/:id (admin) → { ok: true }
// GET /api/followup/angka-kredit/pegawai/:pegawaiId/pak.pdf — the PAK-style document.

// ---------- TPP ----------
/** GET/PUT /api/followup/tpp/settings (PUT admin; audited). */
export const tppSettingsSchema = z.object({
  /** The demo ships an example table: true until an admin saves their own. */
  isExample: z.boolean(),
  /** Part of the TPP paid for performance (percent of the basis). */
  performanceSharePercent: percentSchema,
  /** Percent of the performance part paid per predikat. */
  percentByPredikat: perPredikat(percentSchema),
  /** Monthly TPP basis (Rupiah) per jabatan jenis. */
  basisByJenis: perJenis(z.number().int().min(0).max(1_000_000_000)),
  note: z.string().max(1000).nullable(),
  version: z.number().int(),
  updatedAt: isoDateTimeSchema.nullable(),
})
export type TppSettings = z.infer<typeof tppSettingsSchema>
export const tppSettingsUpdateSchema = tppSettingsSchema.omit({ updatedAt: true, isExample: true })

/** GET /api/followup/tpp?periodId (admin) — per person of the period, exportable. */
export const tppQuerySchema = z.object({ periodId: idSchema, unitId: idSchema.optional() })
export const tppRowSchema = z.object({
  pegawaiId: idSchema,
  nip: z.string(),
  name: z.string(),
  unitName: z.string(),
  jabatanName: z.string(),
  jabatanJenis: z.enum(JABATAN_JENIS),
  predikat: z.enum(PREDIKAT).nullable(),
  basis: z.number().int(),
  performancePart: z.number().int(),
  percent: z.number().nullable(),
  /** Monthly performance component paid (Rupiah, rounded down to whole Rupiah). */
  paidPerMonth: z.number().int(),
  months: z.number().int(),
  paidTotal: z.number().int(),
  note: z.string().nullable(),
})
export const tppCalculationSchema = z.object({
  period: z.object({ id: idSchema, name: z.string(), startDate: z.string(), endDate: z.string() }),
  isExample: z.boolean(),
  rows: z.array(tppRowSchema),
  totalPaid: z.number().int(),
})
export type TppCalculation = z.infer<typeof tppCalculationSchema>
// GET /api/followup/tpp/export.(xlsx|csv)?periodId — for payroll.

// ---------- recommendations and coaching ----------
/** GET /api/followup/recommendations?year (admin whole instansi; leaders their units). */
export const recommendationSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitName: z.string(),
  kind: z.enum(RECOMMENDATION_KINDS),
  reason: z.string(),
  history: z.array(z.object({ periodName: z.string(), predikat: z.enum(PREDIKAT) })),
  /** The open or latest coaching plan for a coaching recommendation. */
  coachingPlan: z.lazy(() => coachingPlanSchema).nullable(),
  /** Whether the viewer may write a coaching plan for this person (admin or today's atasan). */
  canCoach: z.boolean(),
})
export const recommendationListSchema = z.object({
  year: z.number().int(),
  items: z.array(recommendationSchema),
})
export type RecommendationList = z.infer<typeof recommendationListSchema>

export const COACHING_STATUSES = ['direncanakan', 'selesai'] as const
export const coachingPlanSchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  plan: z.string(),
  followUpDate: z.string(),
  status: z.enum(COACHING_STATUSES),
  outcome: z.string().nullable(),
  createdByName: z.string(),
  createdAt: isoDateTimeSchema,
  version: z.number().int(),
})
export type CoachingPlan = z.infer<typeof coachingPlanSchema>
/** POST /api/followup/coaching (admin or the person's atasan) → 201. */
export const coachingPlanInputSchema = z.object({
  pegawaiId: idSchema,
  plan: z.string().trim().min(10, 'Tulis rencana pembinaan (minimal 10 karakter)').max(2000),
  followUpDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gunakan format tanggal YYYY-MM-DD'),
})
/** PUT /api/followup/coaching/:id — update or close with an outcome. */
export const coachingPlanUpdateSchema = z.object({
  plan: z.string().trim().min(10).max(2000).optional(),
  followUpDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  status: z.enum(COACHING_STATUSES).optional(),
  outcome: z.string().trim().max(2000).nullable().optional(),
  version: z.number().int(),
})

// ---------- talent 9-box ----------
/** GET /api/followup/talent?year (admin) — everyone with an annual (or latest) predikat. */
export const talentItemSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  unitName: z.string(),
  predikat: z.enum(PREDIKAT).nullable(),
  potensi: z.enum(TALENT_LEVELS).nullable(),
  box: z.number().int().min(1).max(9).nullable(),
})
export const talentSchema = z.object({ year: z.number().int(), items: z.array(talentItemSchema) })
export type Talent = z.infer<typeof talentSchema>
/** PUT /api/followup/talent/potensi (admin; audited). */
export const potensiInputSchema = z.object({
  pegawaiId: idSchema,
  year: z.number().int().min(2000).max(2100),
  potensi: z.enum(TALENT_LEVELS, 'Pilih tingkat potensi'),
  note: z.string().trim().max(1000).nullable().optional(),
})

// ---------- TPP, recommendations, coaching, talent: queries and defaults ----------
/**
 * The neutral TPP settings of an instansi nobody has configured yet (created on first read):
 * basis 0 for every jabatan jenis (nothing is paid; the page asks the admin to fill it in),
 * the usual 60 % performance share and 100 % for every predikat.
 */
export const DEFAULT_TPP_SETTINGS: Omit<TppSettings, 'version' | 'updatedAt'> = {
  isExample: true,
  performanceSharePercent: 60,
  percentByPredikat: {
    sangat_baik: 100,
    baik: 100,
    butuh_perbaikan: 100,
    kurang: 100,
    sangat_kurang: 100,
  },
  basisByJenis: Object.fromEntries(JABATAN_JENIS.map((j) => [j, 0])) as TppSettings['basisByJenis'],
  note: null,
}
/** The note of a TPP row without a final predikat (paid 0). */
export const TPP_NO_PREDIKAT_NOTE = 'Belum ada predikat final'

/** GET /api/followup/recommendations?year[&unitId] (unitId: that unit and every unit below). */
export const recommendationQuerySchema = z.object({
  year: yearSchema,
  unitId: idSchema.optional(),
})
/** GET /api/followup/coaching?pegawaiId — the person's plans: the open one first, then newest. */
export const coachingQuerySchema = z.object({ pegawaiId: idSchema })
export const coachingListSchema = z.object({
  pegawaiId: idSchema,
  items: z.array(coachingPlanSchema),
  /** Whether the viewer may write (create, update, close) plans for this person. */
  canManage: z.boolean(),
})
export type CoachingList = z.infer<typeof coachingListSchema>
export type CoachingPlanInput = z.infer<typeof coachingPlanInputSchema>
export type CoachingPlanUpdate = z.infer<typeof coachingPlanUpdateSchema>
/** GET /api/followup/talent?year. */
export const talentQuerySchema = z.object({ year: yearSchema })
export type TalentItem = z.infer<typeof talentItemSchema>
export type PotensiInput = z.infer<typeof potensiInputSchema>
export type TppSettingsUpdate = z.infer<typeof tppSettingsUpdateSchema>
export type TppRow = z.infer<typeof tppRowSchema>
export type Recommendation = z.infer<typeof recommendationSchema>

// ---------- SIASN export ----------
/**
 * GET /api/followup/siasn?year[&periodId] (admin; JSON for integrators) and
 * GET /api/followup/siasn/export.(csv|xlsx)?year[&periodId]. Final results only.
 */
export const siasnQuerySchema = z.object({ year: yearSchema, periodId: idSchema.optional() })
export const siasnRowSchema = z.object({
  nip: z.string(),
  nama: z.string(),
  tahun: z.number().int(),
  periode: z.string(),
  jenisPeriode: z.enum(['periodik', 'tahunan']),
  periodeMulai: z.string(),
  periodeSelesai: z.string(),
  ratingHasilKerja: z.enum(RATINGS),
  ratingPerilakuKerja: z.enum(RATINGS),
  predikat: z.enum(PREDIKAT),
  /** Human labels as SIASN shows them. */
  ratingHasilKerjaLabel: z.string(),
  ratingPerilakuKerjaLabel: z.string(),
  predikatLabel: z.string(),
  /** The year's annual predikat for the same person (null until final). */
  predikatTahunan: z.enum(PREDIKAT).nullable(),
  nipPejabatPenilai: z.string().nullable(),
})
export const siasnExportSchema = z.object({
  year: z.number().int(),
  rows: z.array(siasnRowSchema),
  generatedAt: isoDateTimeSchema,
})
export type SiasnExport = z.infer<typeof siasnExportSchema>
