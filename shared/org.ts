import { z } from 'zod'
import { dateOnlySchema, idSchema } from './common.ts'
import { normaliseNip, parseNip } from './rules/nip.ts'

export const JABATAN_JENIS = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional_ahli_pertama',
  'fungsional_ahli_muda',
  'fungsional_ahli_madya',
  'fungsional_ahli_utama',
  'fungsional_pemula',
  'fungsional_terampil',
  'fungsional_mahir',
  'fungsional_penyelia',
] as const
export type JabatanJenis = (typeof JABATAN_JENIS)[number]

export const JABATAN_JENIS_LABEL: Record<JabatanJenis, string> = {
  jpt_utama: 'JPT Utama',
  jpt_madya: 'JPT Madya',
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  fungsional_ahli_pertama: 'Fungsional Ahli Pertama',
  fungsional_ahli_muda: 'Fungsional Ahli Muda',
  fungsional_ahli_madya: 'Fungsional Ahli Madya',
  fungsional_ahli_utama: 'Fungsional Ahli Utama',
  fungsional_pemula: 'Fungsional Pemula',
  fungsional_terampil: 'Fungsional Terampil',
  fungsional_mahir: 'Fungsional Mahir',
  fungsional_penyelia: 'Fungsional Penyelia',
}

export const PEGAWAI_STATUS = ['PNS', 'PPPK', 'CPNS'] as const
export type PegawaiStatus = (typeof PEGAWAI_STATUS)[number]

/** PNS golongan/ruang with pangkat; PPPK uses golongan I–XVII. */
export const GOLONGAN_PNS = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const
export const GOLONGAN_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const
export const GOLONGAN = [...GOLONGAN_PNS.map(([g]) => g), ...GOLONGAN_PPPK] as const
export type Golongan = (typeof GOLONGAN)[number]

export function pangkatFor(golongan: string): string | null {
  const row = GOLONGAN_PNS.find(([g]) => g === golongan)
  return row ? row[1] : null
}

export const EXCLUSION_REASONS = [
  'pensiun',
  'mutasi_keluar',
  'cuti_besar',
  'cuti_luar_tanggungan',
  'hukuman_disiplin',
  'tugas_belajar',
  'meninggal',
  'lainnya',
] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]

export const ACTING_KINDS = ['plt', 'plh'] as const
export type ActingKind = (typeof ACTING_KINDS)[number]

export const ROLES = ['pegawai', 'admin_instansi', 'pic_helpdesk', 'super_admin'] as const
export type Role = (typeof ROLES)[number]
/** Roles an admin grants; "pegawai" follows from being linked to an employee. */
export const GRANTABLE_ROLES = ['admin_instansi', 'pic_helpdesk', 'super_admin'] as const

// ---------- units ----------
export const unitSchema = z.object({
  id: idSchema,
  instansiId: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  code: z.string().nullable(),
  active: z.boolean(),
  headPegawaiId: idSchema.nullable(),
  headName: z.string().nullable(),
  employeeCount: z.number().int(),
})
export type Unit = z.infer<typeof unitSchema>

const nameSchema = z.string().trim().min(2, 'Minimal 2 huruf').max(200, 'Maksimal 200 huruf')

export const newUnitSchema = z.object({
  name: nameSchema,
  code: z.string().trim().max(40).nullish(),
  parentId: idSchema.nullish(),
})
export type NewUnit = z.infer<typeof newUnitSchema>
export const updateUnitSchema = z.object({
  name: nameSchema.optional(),
  code: z.string().trim().max(40).nullish(),
  parentId: idSchema.nullish(),
  active: z.boolean().optional(),
})
export type UpdateUnit = z.infer<typeof updateUnitSchema>

// ---------- jabatan ----------
export const jabatanSchema = z.object({
  id: idSchema,
  instansiId: idSchema,
  unitId: idSchema.nullable(),
  name: z.string(),
  jenis: z.enum(JABATAN_JENIS),
  headsUnit: z.boolean(),
  active: z.boolean(),
})
export type Jabatan = z.infer<typeof jabatanSchema>
export const newJabatanSchema = z.object({
  name: nameSchema,
  jenis: z.enum(JABATAN_JENIS, 'Pilih jenis jabatan'),
  unitId: idSchema.nullish(),
  headsUnit: z.boolean().default(false),
})
export type NewJabatan = z.infer<typeof newJabatanSchema>
export const updateJabatanSchema = newJabatanSchema
  .partial()
  .extend({ active: z.boolean().optional() })
export type UpdateJabatan = z.infer<typeof updateJabatanSchema>

// ---------- pegawai ----------
/** A NIP field: normalised, then checked part by part with a message naming the wrong part. */
export const nipSchema = z
  .string('NIP wajib diisi')
  .transform((s) => normaliseNip(s))
  .superRefine((s, ctx) => {
    const r = parseNip(s)
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { reason: r.problem } })
  })

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' || v === undefined ? null : v))

export const pegawaiFieldsSchema = z.object({
  nip: nipSchema,
  name: nameSchema,
  gelarDepan: optionalText(40),
  gelarBelakang: optionalText(60),
  status: z.enum(PEGAWAI_STATUS, 'Status harus PNS, PPPK atau CPNS'),
  golongan: z.enum(GOLONGAN, 'Golongan tidak dikenal (contoh: III/a atau IX untuk PPPK)').nullish(),
  unitId: idSchema,
  jabatanId: idSchema,
  email: z
    .email('Alamat email tidak valid')
    .nullish()
    .or(z.literal('').transform(() => null)),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{8,20}$/, 'Nomor telepon 8–20 angka')
    .nullish()
    .or(z.literal('').transform(() => null)),
  active: z.boolean().default(true),
})
export const newPegawaiSchema = pegawaiFieldsSchema
export type NewPegawai = z.input<typeof newPegawaiSchema>
export const updatePegawaiSchema = pegawaiFieldsSchema.partial().omit({ nip: true })
export type UpdatePegawai = z.infer<typeof updatePegawaiSchema>

export const pegawaiSchema = z.object({
  id: idSchema,
  instansiId: idSchema,
  nip: z.string(),
  name: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  fullName: z.string(),
  status: z.enum(PEGAWAI_STATUS),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  unitId: idSchema,
  unitName: z.string(),
  jabatanId: idSchema,
  jabatanName: z.string(),
  jabatanJenis: z.enum(JABATAN_JENIS),
  headsUnit: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  birthDate: z.string().nullable(),
  sex: z.enum(['L', 'P']).nullable(),
  atasanId: idSchema.nullable(),
  atasanName: z.string().nullable(),
})
export type Pegawai = z.infer<typeof pegawaiSchema>

export const pegawaiListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  q: z.string().trim().max(100).optional(),
  unitId: idSchema.optional(),
  status: z.enum(PEGAWAI_STATUS).optional(),
  active: z.enum(['true', 'false']).optional(),
})

export const exclusionSchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  reason: z.enum(EXCLUSION_REASONS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  note: z.string().nullable(),
})
export const newExclusionSchema = z
  .object({
    reason: z.enum(EXCLUSION_REASONS),
    startDate: dateOnlySchema,
    endDate: dateOnlySchema.nullish(),
    note: optionalText(500),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    error: 'Tanggal selesai harus sama atau setelah tanggal mulai',
    path: ['endDate'],
  })

export const actingAssignmentSchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  pegawaiName: z.string(),
  unitId: idSchema,
  unitName: z.string(),
  kind: z.enum(ACTING_KINDS),
  startDate: z.string(),
  endDate: z.string().nullable(),
})
export const newActingAssignmentSchema = z
  .object({
    pegawaiId: idSchema,
    unitId: idSchema,
    kind: z.enum(ACTING_KINDS),
    startDate: dateOnlySchema,
    endDate: dateOnlySchema.nullish(),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    error: 'Tanggal selesai harus sama atau setelah tanggal mulai',
    path: ['endDate'],
  })

export const atasanOverrideSchema = z.object({
  id: idSchema,
  pegawaiId: idSchema,
  atasanId: idSchema,
  atasanName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  reason: z.string().nullable(),
})
export const newAtasanOverrideSchema = z
  .object({
    atasanId: idSchema,
    startDate: dateOnlySchema,
    endDate: dateOnlySchema.nullish(),
    reason: optionalText(500),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    error: 'Tanggal selesai harus sama atau setelah tanggal mulai',
    path: ['endDate'],
  })
