import { z } from 'zod'
import { errorEnvelopeSchema, idSchema } from './common.ts'
import { JABATAN_JENIS, type JabatanJenis } from './org.ts'
import { CORE_VALUES } from './rules/berakhlak.ts'
import { SKP_ACTIONS, SKP_STATUSES } from './rules/skp-workflow.ts'

export const PENDEKATAN = ['kuantitatif', 'kualitatif'] as const
export type Pendekatan = (typeof PENDEKATAN)[number]

/** JPT/pimpinan unit (RHK with perspektif, derived from the unit's Perjanjian Kinerja) or JA/JF (RHK intervene the atasan's RHK). */
export const SKP_VARIANTS = ['jpt', 'ja_jf'] as const
export type SkpVariant = (typeof SKP_VARIANTS)[number]

export const RHK_JENIS = ['utama', 'tambahan'] as const
export type RhkJenis = (typeof RHK_JENIS)[number]

export const PERSPEKTIF = [
  'penerima_layanan',
  'proses_bisnis',
  'penguatan_internal',
  'anggaran',
] as const
export type Perspektif = (typeof PERSPEKTIF)[number]
export const PERSPEKTIF_LABEL: Record<Perspektif, string> = {
  penerima_layanan: 'Penerima Layanan',
  proses_bisnis: 'Proses Bisnis',
  penguatan_internal: 'Penguatan Internal',
  anggaran: 'Anggaran',
}

export const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const
export type Aspek = (typeof ASPEK)[number]

export const LAMPIRAN_KINDS = [
  'dukungan_sumber_daya',
  'skema_pertanggungjawaban',
  'konsekuensi',
] as const
export type LampiranKind = (typeof LAMPIRAN_KINDS)[number]

const text = (max: number, what: string) =>
  z
    .string(`${what} wajib diisi`)
    .trim()
    .min(3, `${what} minimal 3 huruf`)
    .max(max, `${what} maksimal ${max} huruf`)

// ---------- Perjanjian Kinerja (the unit's annual agreement) ----------
export const pkTargetInputSchema = z.object({
  id: idSchema.optional(),
  sasaranStrategis: text(500, 'Sasaran strategis'),
  indikator: text(500, 'Indikator'),
  targetValue: z
    .number('Target harus angka')

    .nonnegative('Target tidak boleh negatif')
    .nullish(),
  targetUnit: z.string().trim().max(60).nullish(),
  targetText: z.string().trim().max(500).nullish(),
})
export const perjanjianKinerjaInputSchema = z.object({
  version: z.number().int().nonnegative().optional(),
  targets: z.array(pkTargetInputSchema).max(100, 'Maksimal 100 sasaran'),
})
export type PerjanjianKinerjaInput = z.infer<typeof perjanjianKinerjaInputSchema>

export const pkTargetSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  sasaranStrategis: z.string(),
  indikator: z.string(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  targetText: z.string().nullable(),
})
export const perjanjianKinerjaSchema = z.object({
  id: idSchema.nullable(),
  unitId: idSchema,
  unitName: z.string(),
  year: z.number().int(),
  version: z.number().int(),
  targets: z.array(pkTargetSchema),
  canEdit: z.boolean(),
})
export type PerjanjianKinerja = z.infer<typeof perjanjianKinerjaSchema>

// ---------- SKP input ----------
export const indikatorInputSchema = z.object({
  id: idSchema.optional(),
  aspek: z.enum(ASPEK, 'Pilih aspek: kuantitas, kualitas, waktu atau biaya').nullish(),
  text: text(500, 'Indikator'),
  /** Kuantitatif: a number and its satuan ("12 Laporan"). */
  targetValue: z
    .number('Target harus angka')

    .positive('Target harus lebih dari 0')
    .nullish(),
  targetUnit: z.string().trim().max(60, 'Satuan maksimal 60 huruf').nullish(),
  /** Kualitatif: the expected result in words. */
  targetText: z.string().trim().max(1000).nullish(),
})
export type IndikatorInput = z.infer<typeof indikatorInputSchema>

export const rhkInputSchema = z.object({
  id: idSchema.optional(),
  jenis: z.enum(RHK_JENIS, 'Pilih jenis RHK: utama atau tambahan'),
  text: text(1000, 'Rencana hasil kerja'),
  perspektif: z.enum(PERSPEKTIF).nullish(),
  pkTargetId: idSchema.nullish(),
  /** "Penugasan dari": a team lead whose RHK this one intervenes instead of the atasan's. */
  penugasanDariPegawaiId: idSchema.nullish(),
  interventionRhkIds: z.array(idSchema).max(10).default([]),
  indikator: z
    .array(indikatorInputSchema)
    .min(1, 'Setiap RHK perlu minimal satu indikator')
    .max(10),
})
export type RhkInput = z.infer<typeof rhkInputSchema>

export const lampiranInputSchema = z.object({
  dukunganSumberDaya: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  skemaPertanggungjawaban: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  konsekuensi: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
})

/** The owner's editable content, sent whole with the version it was based on. */
export const skpContentInputSchema = z.object({
  version: z.number('Versi dokumen wajib dikirim').int().nonnegative(),
  rhk: z.array(rhkInputSchema).max(30, 'Maksimal 30 RHK'),
  lampiran: lampiranInputSchema.default({
    dukunganSumberDaya: [],
    skemaPertanggungjawaban: [],
    konsekuensi: [],
  }),
})
export type SkpContentInput = z.infer<typeof skpContentInputSchema>

export const newSkpSchema = z.object({
  year: z
    .number('Tahun wajib diisi')
    .int()
    .min(2020, 'Tahun tidak valid')
    .max(2100, 'Tahun tidak valid'),
  pendekatan: z.enum(PENDEKATAN, 'Pilih pendekatan: kuantitatif atau kualitatif'),
  /** Copy RHK, indicators and lampiran from an earlier SKP of the same person. */
  copyFromSkpId: idSchema.nullish(),
})
export type NewSkp = z.infer<typeof newSkpSchema>

export const ekspektasiInputSchema = z.object({
  version: z.number().int().nonnegative(),
  items: z
    .array(
      z.object({
        coreValue: z.enum(CORE_VALUES),
        ekspektasiKhusus: z.string().trim().max(1000).nullable(),
      }),
    )
    .max(7),
})

export const returnSkpSchema = z.object({
  version: z.number().int().nonnegative(),
  reason: z
    .string('Alasan wajib diisi')
    .trim()
    .min(5, 'Tulis alasan pengembalian (minimal 5 huruf)')
    .max(2000),
})
export const versionOnlySchema = z.object({
  version: z.number('Versi dokumen wajib dikirim').int().nonnegative(),
})
export const bulkApproveSchema = z.object({
  items: z
    .array(z.object({ id: idSchema, version: z.number().int().nonnegative() }))
    .min(1)
    .max(200),
})

export const dialogNoteInputSchema = z.object({
  text: z.string().trim().min(1, 'Catatan kosong').max(4000),
})

// ---------- SKP output ----------
const personSnapshotSchema = z.object({
  pegawaiId: idSchema,
  name: z.string(),
  nip: z.string(),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  jabatanName: z.string(),
  jabatanJenis: z.enum(JABATAN_JENIS),
  unitName: z.string(),
})
export type PersonSnapshot = z.infer<typeof personSnapshotSchema>

export const indikatorSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  aspek: z.enum(ASPEK).nullable(),
  text: z.string(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  targetText: z.string().nullable(),
})
export const interventionSchema = z.object({
  rhkId: idSchema,
  text: z.string(),
  ownerPegawaiId: idSchema,
  ownerName: z.string(),
})
export const rhkSchema = z.object({
  id: idSchema,
  seq: z.number().int(),
  jenis: z.enum(RHK_JENIS),
  text: z.string(),
  perspektif: z.enum(PERSPEKTIF).nullable(),
  pkTargetId: idSchema.nullable(),
  penugasanDariPegawaiId: idSchema.nullable(),
  interventions: z.array(interventionSchema),
  indikator: z.array(indikatorSchema),
})
export type Rhk = z.infer<typeof rhkSchema>

export const perilakuSchema = z.object({
  coreValue: z.enum(CORE_VALUES),
  label: z.string(),
  panduan: z.array(z.string()),
  ekspektasiKhusus: z.string().nullable(),
})

export const skpSummarySchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  year: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  pendekatan: z.enum(PENDEKATAN),
  variant: z.enum(SKP_VARIANTS),
  status: z.enum(SKP_STATUSES),
  version: z.number().int(),
  revision: z.number().int(),
  pegawai: personSnapshotSchema,
  atasan: personSnapshotSchema.nullable(),
  rhkCount: z.number().int(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string(),
})
export type SkpSummary = z.infer<typeof skpSummarySchema>

export const skpSchema = skpSummarySchema.extend({
  returnReason: z.string().nullable(),
  rhk: z.array(rhkSchema),
  perilaku: z.array(perilakuSchema),
  lampiran: z.object({
    dukunganSumberDaya: z.array(z.string()),
    skemaPertanggungjawaban: z.array(z.string()),
    konsekuensi: z.array(z.string()),
  }),
  /** What the viewer may do now (from the shared workflow table). */
  actions: z.array(z.enum(SKP_ACTIONS)),
  canEditContent: z.boolean(),
  canEditEkspektasi: z.boolean(),
})
export type Skp = z.infer<typeof skpSchema>

export const skpListQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2100).optional(),
  /** mine = own SKPs; bawahan = SKPs waiting for / decided by me as atasan; all = admins. */
  scope: z.enum(['mine', 'bawahan', 'all']).default('mine'),
  status: z.enum(SKP_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})

export const atasanRhkOptionsSchema = z.object({
  atasan: personSnapshotSchema.nullable(),
  skpId: idSchema.nullable(),
  skpStatus: z.enum(SKP_STATUSES).nullable(),
  rhk: z.array(z.object({ id: idSchema, jenis: z.enum(RHK_JENIS), text: z.string() })),
})

export const bulkApproveResultSchema = z.object({
  results: z.array(
    z.object({
      id: idSchema,
      ok: z.boolean(),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
})

export const skpRevisionSchema = z.object({
  revision: z.number().int(),
  approvedAt: z.string(),
  approvedByName: z.string(),
  content: skpSchema.omit({ actions: true, canEditContent: true, canEditEkspektasi: true }),
})

/** Matriks Peran Hasil: the leader's RHK (rows) × direct subordinates (columns). */
export const matriksSchema = z.object({
  skpId: idSchema.nullable(),
  year: z.number().int(),
  leaderRhk: z.array(z.object({ id: idSchema, jenis: z.enum(RHK_JENIS), text: z.string() })),
  subordinates: z.array(
    z.object({
      pegawaiId: idSchema,
      name: z.string(),
      jabatanName: z.string(),
      skpId: idSchema.nullable(),
      skpStatus: z.enum(SKP_STATUSES).nullable(),
    }),
  ),
  /** cells[leaderRhkId][subordinatePegawaiId] = the subordinate's RHK that intervene it. */
  cells: z.record(
    z.string(),
    z.record(z.string(), z.array(z.object({ id: idSchema, text: z.string() }))),
  ),
  /** Leader RHK that no subordinate intervenes yet. */
  uncoveredRhkIds: z.array(idSchema),
})
export type Matriks = z.infer<typeof matriksSchema>

export type TreeNode = {
  kind: 'pk_target' | 'rhk'
  id: string
  text: string
  ownerName: string | null
  ownerJabatan: string | null
  children: TreeNode[]
}
export const treeNodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({
    kind: z.enum(['pk_target', 'rhk']),
    id: idSchema,
    text: z.string(),
    ownerName: z.string().nullable(),
    ownerJabatan: z.string().nullable(),
    children: z.array(treeNodeSchema),
  }),
)

export const dialogNoteSchema = z.object({
  id: idSchema,
  authorName: z.string(),
  authorIsAtasan: z.boolean(),
  text: z.string(),
  createdAt: z.string(),
})

// ---------- queries, conflicts and the content rules (shared by API and form) ----------
const yearQuery = z.coerce
  .number('Tahun harus angka, mis. 2026')
  .int('Tahun harus angka, mis. 2026')
  .min(2020, 'Tahun tidak valid')
  .max(2100, 'Tahun tidak valid')

/** `?year` defaults to the current year in the instansi's time zone. */
export const matriksQuerySchema = z.object({
  year: yearQuery.optional(),
  /** Admins (and supervisors, for someone in their scope) look at another leader's matriks. */
  pegawaiId: idSchema.optional(),
})
export const treeQuerySchema = z.object({
  year: yearQuery.optional(),
  /** Defaults to the top unit above the signed-in pegawai (or the first root unit). */
  unitId: idSchema.optional(),
})
export const pkQuerySchema = z.object({ year: yearQuery.optional(), unitId: idSchema })
export const pkParamsSchema = z.object({ unitId: idSchema, year: yearQuery })
export const atasanRhkQuerySchema = z.object({ penugasanDari: idSchema.optional() })

/** Admin closes an SKP for good (pensiun, mutasi keluar, data error) with a reason. */
export const closeSkpSchema = z.object({
  version: z.number('Versi dokumen wajib dikirim').int().nonnegative(),
  reason: z
    .string('Alasan wajib diisi')
    .trim()
    .min(5, 'Tulis alasan penutupan (minimal 5 huruf)')
    .max(2000),
})

/**
 * 409 answers: a stale `version` gets `reason: VERSION_CONFLICT` and the current document in
 * `current`, so the client can show what changed; other conflicts (INVALID_TRANSITION,
 * SKP_EXISTS, RHK_INTERVENED…) carry no `current`.
 */
export const skpConflictSchema = z.object({
  error: errorEnvelopeSchema.shape.error,
  current: skpSchema.optional(),
})
export const pkConflictSchema = z.object({
  error: errorEnvelopeSchema.shape.error,
  current: perjanjianKinerjaSchema.optional(),
})

/**
 * The variant follows the position: JPT (jpt_*) and the head of a top-level unit (an OPD head
 * whose jabatan is not JPT, e.g. a camat or a kepala UPTD standing alone) plan from the unit's
 * Perjanjian Kinerja; everyone else intervenes the atasan's RHK.
 */
export function skpVariantFor(jenis: JabatanJenis, headsTopUnit: boolean): SkpVariant {
  return jenis.startsWith('jpt_') || headsTopUnit ? 'jpt' : 'ja_jf'
}

type ContentRules = {
  pendekatan: Pendekatan
  variant: SkpVariant
  /** Submitting: the JPT perspektif becomes required (a draft may leave it empty). */
  complete?: boolean
}
type ContentForRules = {
  rhk: readonly {
    perspektif?: Perspektif | null
    pkTargetId?: string | null
    indikator: readonly {
      aspek?: Aspek | null
      targetValue?: number | null
      targetUnit?: string | null
      targetText?: string | null
    }[]
  }[]
}

/**
 * The rules that depend on the SKP itself, as field errors keyed like the form
 * (`rhk.0.indikator.1.targetValue`): kuantitatif indicators need aspek, a number above 0 and
 * its satuan; kualitatif ones a narrative target; perspektif and Perjanjian Kinerja targets
 * belong to the JPT variant only.
 */
export function skpContentFieldErrors(content: ContentForRules, rules: ContentRules) {
  const fields: Record<string, string> = {}
  content.rhk.forEach((r, i) => {
    const at = `rhk.${i}`
    if (rules.variant === 'jpt') {
      if (rules.complete && !r.perspektif) fields[`${at}.perspektif`] = 'Pilih perspektif RHK'
    } else {
      if (r.perspektif)
        fields[`${at}.perspektif`] = 'Perspektif hanya diisi pada SKP JPT/pimpinan unit'
      if (r.pkTargetId)
        fields[`${at}.pkTargetId`] =
          'Hanya SKP JPT/pimpinan unit yang mengacu Perjanjian Kinerja; pilih RHK atasan yang diintervensi'
    }
    r.indikator.forEach((k, j) => {
      const ik = `${at}.indikator.${j}`
      if (rules.pendekatan === 'kuantitatif') {
        if (!k.aspek) fields[`${ik}.aspek`] = 'Pilih aspek: kuantitas, kualitas, waktu atau biaya'
        if (k.targetValue == null)
          fields[`${ik}.targetValue`] = 'Isi target berupa angka lebih dari 0, mis. 12'
        if (!k.targetUnit)
          fields[`${ik}.targetUnit`] = 'Isi satuan target, mis. Laporan, Dokumen atau %'
      } else if (!k.targetText) {
        fields[`${ik}.targetText`] =
          'Tuliskan target kualitatif: hasil yang diharapkan, mis. "Laporan diterima tepat waktu tanpa revisi"'
      }
    })
  })
  return fields
}
