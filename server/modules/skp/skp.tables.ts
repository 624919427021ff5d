import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import { SKP_STATUSES } from '../../../shared/rules/skp-workflow.ts'
import {
  ASPEK,
  LAMPIRAN_KINDS,
  PENDEKATAN,
  PERSPEKTIF,
  RHK_JENIS,
  SKP_VARIANTS,
} from '../../../shared/skp.ts'
import { id, timestamps } from '../../db/columns.ts'
import { instansi, jabatan, pegawai, units } from '../org/org.tables.ts'

export const skpStatus = pgEnum('skp_status', SKP_STATUSES)
export const pendekatan = pgEnum('skp_pendekatan', PENDEKATAN)
export const skpVariant = pgEnum('skp_variant', SKP_VARIANTS)
export const rhkJenis = pgEnum('rhk_jenis', RHK_JENIS)
export const perspektif = pgEnum('rhk_perspektif', PERSPEKTIF)
export const aspek = pgEnum('iki_aspek', ASPEK)
export const lampiranKind = pgEnum('skp_lampiran_kind', LAMPIRAN_KINDS)
export const coreValue = pgEnum('core_value', CORE_VALUES)

// Numeric targets travel as JS numbers (they are counts, percentages, months, rupiah).
const target = (name: string) => numeric(name, { precision: 18, scale: 4, mode: 'number' })

/** The unit's annual Perjanjian Kinerja: what JPT/unit-head RHK derive from. */
export const perjanjianKinerja = pgTable(
  'perjanjian_kinerja',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: smallint('year').notNull(),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('pk_instansi_unit_year_unique').on(t.instansiId, t.unitId, t.year)],
)

export const pkTargets = pgTable(
  'pk_targets',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pkId: uuid('pk_id')
      .notNull()
      .references(() => perjanjianKinerja.id, { onDelete: 'cascade' }),
    seq: smallint('seq').notNull(),
    sasaranStrategis: text('sasaran_strategis').notNull(),
    indikator: text('indikator').notNull(),
    targetValue: target('target_value'),
    targetUnit: text('target_unit'),
    targetText: text('target_text'),
    ...timestamps,
  },
  (t) => [index('pk_targets_instansi_pk_idx').on(t.instansiId, t.pkId, t.seq)],
)

/**
 * One SKP per pegawai per position period. The pegawai's and the atasan's identity,
 * jabatan and unit are snapshotted at creation: a later mutasi or a new unit head never
 * rewrites history (design/data-model.md "Snapshots").
 */
export const skp = pgTable(
  'skp',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    year: smallint('year').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    pendekatan: pendekatan('pendekatan').notNull(),
    variant: skpVariant('variant').notNull(),
    status: skpStatus('status').notNull().default('draft'),
    /** Optimistic concurrency: every change bumps it; a stale write gets 409. */
    version: integer('version').notNull().default(0),
    /** Number of approvals so far; an approved SKP that is revised becomes revision + 1 when approved again. */
    revision: integer('revision').notNull().default(0),
    returnReason: text('return_reason'),
    closedReason: text('closed_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByUserId: uuid('approved_by_user_id'),
    // Snapshot of the pegawai at creation.
    pegawaiName: text('pegawai_name').notNull(),
    pegawaiNip: text('pegawai_nip').notNull(),
    pegawaiGolongan: text('pegawai_golongan'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    jabatanId: uuid('jabatan_id')
      .notNull()
      .references(() => jabatan.id),
    jabatanName: text('jabatan_name').notNull(),
    jabatanJenis: text('jabatan_jenis').notNull(),
    // Snapshot of the pejabat penilai (atasan) at creation; null at the top of the tree.
    atasanPegawaiId: uuid('atasan_pegawai_id').references(() => pegawai.id),
    atasanName: text('atasan_name'),
    atasanNip: text('atasan_nip'),
    atasanGolongan: text('atasan_golongan'),
    atasanJabatanName: text('atasan_jabatan_name'),
    atasanJabatanJenis: text('atasan_jabatan_jenis'),
    atasanUnitName: text('atasan_unit_name'),
    ...timestamps,
  },
  (t) => [
    // One open SKP per person per year; closed ones (mutasi) stay as history.
    uniqueIndex('skp_one_open_per_year')
      .on(t.pegawaiId, t.year)
      .where(sql`${t.status} <> 'ditutup'`),
    index('skp_instansi_year_status_idx').on(t.instansiId, t.year, t.status),
    index('skp_instansi_atasan_idx').on(t.instansiId, t.atasanPegawaiId, t.year),
    // Reports (adoption): "has this person any SKP up to a year", any status.
    index('skp_instansi_pegawai_year_idx').on(t.instansiId, t.pegawaiId, t.year),
    check('skp_dates', sql`${t.startDate} <= ${t.endDate}`),
    check('skp_return_reason', sql`${t.status} <> 'dikembalikan' OR ${t.returnReason} IS NOT NULL`),
  ],
)

export const rhk = pgTable(
  'rhk',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    jenis: rhkJenis('jenis').notNull(),
    seq: smallint('seq').notNull(),
    text: text('text').notNull(),
    perspektif: perspektif('perspektif'),
    pkTargetId: uuid('pk_target_id').references(() => pkTargets.id),
    penugasanDariPegawaiId: uuid('penugasan_dari_pegawai_id').references(() => pegawai.id),
    ...timestamps,
  },
  (t) => [index('rhk_instansi_skp_idx').on(t.instansiId, t.skpId, t.seq)],
)

/** Cascading: a subordinate's RHK intervenes one or more RHK of the atasan (many-to-many). */
export const rhkInterventions = pgTable(
  'rhk_interventions',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id, { onDelete: 'cascade' }),
    parentRhkId: uuid('parent_rhk_id')
      .notNull()
      .references(() => rhk.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.rhkId, t.parentRhkId] }),
    index('rhk_interventions_parent_idx').on(t.instansiId, t.parentRhkId),
    check('rhk_intervention_not_self', sql`${t.rhkId} <> ${t.parentRhkId}`),
  ],
)

export const indikator = pgTable(
  'indikator',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id, { onDelete: 'cascade' }),
    seq: smallint('seq').notNull(),
    aspek: aspek('aspek'),
    text: text('text').notNull(),
    targetValue: target('target_value'),
    targetUnit: text('target_unit'),
    targetText: text('target_text'),
    ...timestamps,
  },
  (t) => [
    index('indikator_instansi_rhk_idx').on(t.instansiId, t.rhkId, t.seq),
    check('indikator_has_target', sql`${t.targetValue} IS NOT NULL OR ${t.targetText} IS NOT NULL`),
  ],
)

/** The atasan's ekspektasi khusus per BerAKHLAK value (panduan text is fixed reference data). */
export const skpPerilaku = pgTable(
  'skp_perilaku',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    coreValue: coreValue('core_value').notNull(),
    ekspektasiKhusus: text('ekspektasi_khusus'),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.skpId, t.coreValue] })],
)

export const skpLampiran = pgTable(
  'skp_lampiran',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    kind: lampiranKind('kind').notNull(),
    seq: smallint('seq').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('skp_lampiran_instansi_skp_idx').on(t.instansiId, t.skpId, t.kind, t.seq)],
)

/** Every approved version of an SKP, whole, as it was approved (history of revisions). */
export const skpRevisions = pgTable(
  'skp_revisions',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    approvedByUserId: uuid('approved_by_user_id'),
    approvedByName: text('approved_by_name').notNull(),
    content: jsonb('content').notNull(),
  },
  (t) => [
    uniqueIndex('skp_revisions_skp_revision_unique').on(t.skpId, t.revision),
    index('skp_revisions_instansi_idx').on(t.instansiId, t.skpId),
  ],
)

/** Dialog kinerja: notes between atasan and pegawai on an SKP. */
export const skpDialogNotes = pgTable(
  'skp_dialog_notes',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    authorIsAtasan: boolean('author_is_atasan').notNull().default(false),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('skp_dialog_instansi_skp_idx').on(t.instansiId, t.skpId, t.createdAt)],
)
