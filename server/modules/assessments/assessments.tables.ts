import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  ASSESSMENT_EVIDENCE_KINDS,
  DISTRIBUTION_ENFORCEMENTS,
  RATING_HASIL_SOURCES,
} from '../../../shared/assessments.ts'
import {
  ASSESSMENT_STATUSES,
  OBJECTION_DECISIONS,
} from '../../../shared/rules/assessment-workflow.ts'
import { ORG_PREDIKAT, PREDIKAT, RATINGS } from '../../../shared/rules/predikat.ts'
import { id, timestamps } from '../../db/columns.ts'
import { progressEvidence } from '../activities/activities.tables.ts'
import { instansi, pegawai, units } from '../org/org.tables.ts'
import { periods } from '../periods/periods.tables.ts'
import { coreValue, indikator, rhk, skp } from '../skp/skp.tables.ts'

export const assessmentStatus = pgEnum('assessment_status', ASSESSMENT_STATUSES)
export const rating = pgEnum('rating', RATINGS)
export const predikat = pgEnum('predikat', PREDIKAT)
export const orgPredikatValue = pgEnum('org_predikat_value', ORG_PREDIKAT)
export const ratingHasilSource = pgEnum('rating_hasil_source', RATING_HASIL_SOURCES)
export const assessmentEvidenceKind = pgEnum('assessment_evidence_kind', ASSESSMENT_EVIDENCE_KINDS)
export const objectionDecision = pgEnum('objection_decision', OBJECTION_DECISIONS)
export const distributionEnforcement = pgEnum('distribution_enforcement', DISTRIBUTION_ENFORCEMENTS)

/**
 * One evaluation of one pegawai for one period (periodic or annual "Final"), on the SKP in
 * force at the end of the period. The pegawai, the pejabat penilai (assessor = the SKP's
 * snapshotted atasan) and the atasan pejabat penilai (reviewer, decides a keberatan) are
 * snapshotted at creation (data-model.md "Snapshots"). The predikat is derived by
 * shared/rules/predikat.ts and stored for reporting; never accepted from a client.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    /** Denormalised from the period for reports (year, annual or not). */
    year: smallint('year').notNull(),
    annual: boolean('annual').notNull().default(false),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    status: assessmentStatus('status').notNull().default('draft'),
    version: integer('version').notNull().default(0),
    // Snapshot of the pegawai.
    pegawaiName: text('pegawai_name').notNull(),
    pegawaiNip: text('pegawai_nip').notNull(),
    pegawaiGolongan: text('pegawai_golongan'),
    jabatanName: text('jabatan_name').notNull(),
    jabatanJenis: text('jabatan_jenis').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    /** The unit the pegawai heads (definitive or acting) at the end of the period, if any. */
    headsUnitId: uuid('heads_unit_id').references(() => units.id),
    // Snapshot of the pejabat penilai (null at the top of the tree: an admin acts).
    assessorPegawaiId: uuid('assessor_pegawai_id').references(() => pegawai.id),
    assessorName: text('assessor_name'),
    assessorNip: text('assessor_nip'),
    assessorGolongan: text('assessor_golongan'),
    assessorJabatanName: text('assessor_jabatan_name'),
    assessorUnitName: text('assessor_unit_name'),
    // Snapshot of the atasan pejabat penilai.
    reviewerPegawaiId: uuid('reviewer_pegawai_id').references(() => pegawai.id),
    reviewerName: text('reviewer_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    ratingHasil: rating('rating_hasil'),
    ratingPerilaku: rating('rating_perilaku'),
    predikat: predikat('predikat'),
    ratingHasilSource: ratingHasilSource('rating_hasil_source'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    ratedByUserId: uuid('rated_by_user_id'),
    justification: text('justification'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedByUserId: uuid('finalised_by_user_id'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assessments_period_pegawai_unique').on(t.periodId, t.pegawaiId),
    index('assessments_instansi_period_status_idx').on(t.instansiId, t.periodId, t.status),
    index('assessments_assessor_idx').on(t.instansiId, t.assessorPegawaiId, t.periodId),
    index('assessments_reviewer_idx').on(t.instansiId, t.reviewerPegawaiId, t.periodId),
    index('assessments_pegawai_year_idx').on(t.instansiId, t.pegawaiId, t.year),
    index('assessments_unit_period_idx').on(t.instansiId, t.periodId, t.unitId),
    check(
      'assessments_predikat_with_ratings',
      sql`(${t.predikat} IS NULL) = (${t.ratingHasil} IS NULL OR ${t.ratingPerilaku} IS NULL)`,
    ),
    check(
      'assessments_rated_has_predikat',
      sql`${t.status} NOT IN ('rated', 'finalised', 'objected', 'decided') OR ${t.predikat} IS NOT NULL`,
    ),
  ],
)

/** Realisasi per indikator, stated by the pegawai (pre-filled from daily progress). */
export const assessmentRealisasi = pgTable(
  'assessment_realisasi',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    indikatorId: uuid('indikator_id')
      .notNull()
      .references(() => indikator.id),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id),
    value: numeric('value', { precision: 18, scale: 4, mode: 'number' }),
    text: text('text'),
    suggestedValue: numeric('suggested_value', { precision: 18, scale: 4, mode: 'number' }),
    editReason: text('edit_reason'),
    ...timestamps,
  },
  (t) => [
    unique('assessment_realisasi_key').on(t.assessmentId, t.indikatorId),
    check('assessment_realisasi_value', sql`${t.value} IS NULL OR ${t.value} >= 0`),
  ],
)

/** Bukti dukung per RHK: an uploaded file, a link, or a daily-progress evidence picked (copied). */
export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id),
    kind: assessmentEvidenceKind('kind').notNull(),
    /** Content-addressed FileStore key (sha256); copied from the progress evidence when picked. */
    fileKey: text('file_key'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    url: text('url'),
    progressEvidenceId: uuid('progress_evidence_id').references(() => progressEvidence.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_evidence_assessment_idx').on(t.assessmentId, t.rhkId),
    index('assessment_evidence_file_key_idx').on(t.fileKey),
    check('assessment_evidence_shape', sql`${t.fileKey} IS NOT NULL OR ${t.url} IS NOT NULL`),
  ],
)

/**
 * The assessor's umpan balik in the assessment: per RHK (with an optional judgement of that
 * result) or per BerAKHLAK value. Continuous feedback threads live in activities.
 */
export const assessmentFeedback = pgTable(
  'assessment_feedback',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    rhkId: uuid('rhk_id').references(() => rhk.id),
    coreValue: coreValue('core_value'),
    rating: rating('rating'),
    body: text('body'),
    byUserId: uuid('by_user_id').notNull(),
    ...timestamps,
  },
  (t) => [
    unique('assessment_feedback_topic_key')
      .on(t.assessmentId, t.rhkId, t.coreValue)
      .nullsNotDistinct(),
    check(
      'assessment_feedback_topic',
      sql`(${t.rhkId} IS NOT NULL AND ${t.coreValue} IS NULL) OR (${t.rhkId} IS NULL AND ${t.coreValue} IS NOT NULL AND ${t.rating} IS NULL)`,
    ),
  ],
)

/** Keberatan: filed by the pegawai within the window, decided by the atasan pejabat penilai. */
export const assessmentObjections = pgTable(
  'assessment_objections',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    filedByUserId: uuid('filed_by_user_id').notNull(),
    decision: objectionDecision('decision'),
    decisionNote: text('decision_note'),
    decidedByUserId: uuid('decided_by_user_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    previousRatingHasil: rating('previous_rating_hasil'),
    previousRatingPerilaku: rating('previous_rating_perilaku'),
    previousPredikat: predikat('previous_predikat'),
  },
  (t) => [
    index('assessment_objections_assessment_idx').on(t.assessmentId, t.filedAt),
    check('assessment_objections_decided', sql`(${t.decision} IS NULL) = (${t.decidedAt} IS NULL)`),
  ],
)

/**
 * Predikat kinerja organisasi of a unit for a period, set by the leader one level up (an
 * admin for a top unit). `finalised_at` = the unit's penetapan: locked afterwards.
 */
export const orgPredikat = pgTable(
  'org_predikat',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    value: orgPredikatValue('value').notNull(),
    note: text('note'),
    setByUserId: uuid('set_by_user_id').notNull(),
    setByName: text('set_by_name').notNull(),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedByUserId: uuid('finalised_by_user_id'),
    justification: text('justification'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('org_predikat_unit_period_unique').on(t.unitId, t.periodId),
    index('org_predikat_instansi_period_idx').on(t.instansiId, t.periodId),
  ],
)

/** An admin's extension of the batas pengisian for one pegawai or one unit (and its sub-units). */
export const assessmentExtensions = pgTable(
  'assessment_extensions',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    pegawaiId: uuid('pegawai_id').references(() => pegawai.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** Submissions are accepted until the end of this local day. */
    until: date('until', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_extensions_period_idx').on(t.instansiId, t.periodId),
    check('assessment_extensions_target', sql`(${t.pegawaiId} IS NULL) <> (${t.unitId} IS NULL)`),
  ],
)

/** Instansi settings of stage 3. */
export const assessmentSettings = pgTable('assessment_settings', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id),
  distributionEnforcement: distributionEnforcement('distribution_enforcement')
    .notNull()
    .default('warn'),
  objectionDays: smallint('objection_days').notNull().default(14),
  /** Version of the distribution patterns in force (shared/rules/distribution.ts). */
  patternVersion: smallint('pattern_version').notNull().default(1),
  version: integer('version').notNull().default(0),
  ...timestamps,
})
