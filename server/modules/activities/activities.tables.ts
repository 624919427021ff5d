import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  foreignKey,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  EVIDENCE_KINDS,
  FEEDBACK_TOPIC_KINDS,
  VERDICTS,
  VERIFICATION_STATUSES,
} from '../../../shared/activities.ts'
import { id, timestamps } from '../../db/columns.ts'
import { instansi, pegawai } from '../org/org.tables.ts'
import { periods } from '../periods/periods.tables.ts'
import { coreValue, rhk, skp } from '../skp/skp.tables.ts'

export const verificationStatus = pgEnum('progress_verification_status', VERIFICATION_STATUSES)
export const verdict = pgEnum('progress_verdict', VERDICTS)
export const evidenceKind = pgEnum('evidence_kind', EVIDENCE_KINDS)
export const feedbackTopicKind = pgEnum('feedback_topic_kind', FEEDBACK_TOPIC_KINDS)

/** Per RHK per assessment period: what the pegawai plans to do, with a target. */
export const rencanaAksi = pgTable(
  'rencana_aksi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id, { onDelete: 'cascade' }),
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id),
    seq: smallint('seq').notNull(),
    description: text('description').notNull(),
    targetValue: integer('target_value').notNull(),
    targetUnit: text('target_unit').notNull(),
    ...timestamps,
  },
  (t) => [
    index('rencana_aksi_pegawai_period_idx').on(t.instansiId, t.pegawaiId, t.periodId),
    index('rencana_aksi_rhk_idx').on(t.rhkId, t.periodId),
    check('rencana_aksi_target', sql`${t.targetValue} >= 0`),
  ],
)

/**
 * Progres harian: one activity of one person on one local day. Lateness is derived once, when
 * the entry first reaches the server, and stored with the rule it was judged by (rule_version)
 * so reports stay stable when an admin later changes the rule.
 */
export const dailyProgress = pgTable(
  'daily_progress',
  {
    /**
     * Unique by itself in practice (random UUID), but the key is (id, date): the table is
     * partitioned by month of `date` (0014), and PostgreSQL wants the partition key in every key.
     */
    id: uuid('id').notNull().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    /** Idempotency: generated on the device; a retry with the same id returns the stored entry. */
    clientId: uuid('client_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    description: text('description').notNull(),
    /** md5 of the normalised description: finds the same text across days and colleagues. */
    textHash: text('text_hash').notNull(),
    skpId: uuid('skp_id').references(() => skp.id),
    rhkId: uuid('rhk_id').references(() => rhk.id, { onDelete: 'set null' }),
    rencanaAksiId: uuid('rencana_aksi_id').references(() => rencanaAksi.id, {
      onDelete: 'set null',
    }),
    realisasi: integer('realisasi').notNull(),
    satuan: text('satuan').notNull(),
    /**
     * Alignment flags of the person's own entries (unlinked, vague, overlap, too_long), kept
     * current on every write of that day; `duplicate` depends on colleagues and is derived at
     * read time from text_hash.
     */
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Server receipt of the first version. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /** The device's entry time (offline queue), as sent. */
    deviceRecordedAt: timestamp('device_recorded_at', { withTimezone: true }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    late: boolean('late').notNull(),
    syncedLate: boolean('synced_late').notNull().default(false),
    /** activity_settings.rule_version the lateness was computed with. */
    ruleVersion: integer('rule_version').notNull(),
    verificationStatus: verificationStatus('verification_status').notNull().default('pending'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'daily_progress_pkey', columns: [t.id, t.date] }),
    /** Idempotency backstop (same day); the service serialises per person for other days (0014). */
    uniqueIndex('daily_progress_client_idx').on(t.pegawaiId, t.clientId, t.date),
    index('daily_progress_pegawai_date_idx').on(t.instansiId, t.pegawaiId, t.date),
    index('daily_progress_instansi_date_idx').on(t.instansiId, t.date),
    index('daily_progress_text_hash_idx').on(t.instansiId, t.textHash),
    index('daily_progress_rhk_idx').on(t.rhkId, t.date),
    index('daily_progress_rencana_aksi_idx').on(t.rencanaAksiId),
    check('daily_progress_times', sql`${t.endTime} > ${t.startTime}`),
    check('daily_progress_realisasi', sql`${t.realisasi} >= 0`),
  ],
)

/** Evidence of an entry: an uploaded file (content-addressed in the FileStore) or a link. */
export const progressEvidence = pgTable(
  'progress_evidence',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    progressId: uuid('progress_id').notNull(),
    /** The entry's day: half of its key (daily_progress is partitioned by date; 0014). */
    progressDate: date('progress_date', { mode: 'string' }).notNull(),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    /** Idempotent uploads from the offline queue. */
    clientId: uuid('client_id'),
    kind: evidenceKind('kind').notNull(),
    /** sha256 of the content: the FileStore key. */
    fileKey: text('file_key'),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    url: text('url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'progress_evidence_progress_fk',
      columns: [t.progressId, t.progressDate],
      foreignColumns: [dailyProgress.id, dailyProgress.date],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('progress_evidence_progress_idx').on(t.progressId),
    index('progress_evidence_file_key_idx').on(t.fileKey),
    uniqueIndex('progress_evidence_client_idx')
      .on(t.progressId, t.clientId)
      .where(sql`${t.clientId} IS NOT NULL`),
    check(
      'progress_evidence_shape',
      sql`(${t.kind} = 'file' AND ${t.fileKey} IS NOT NULL AND ${t.url} IS NULL) OR (${t.kind} = 'link' AND ${t.url} IS NOT NULL AND ${t.fileKey} IS NULL)`,
    ),
  ],
)

/** Every verification verdict (the latest is mirrored on daily_progress.verification_status). */
export const progressVerifications = pgTable(
  'progress_verifications',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    progressId: uuid('progress_id').notNull(),
    /** The entry's day: half of its key (daily_progress is partitioned by date; 0014). */
    progressDate: date('progress_date', { mode: 'string' }).notNull(),
    verdict: verdict('verdict').notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'progress_verifications_progress_fk',
      columns: [t.progressId, t.progressDate],
      foreignColumns: [dailyProgress.id, dailyProgress.date],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('progress_verifications_progress_idx').on(t.progressId, t.at),
  ],
)

/** Saved quick-entry templates of a person. */
export const progressTemplates = pgTable(
  'progress_templates',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    rhkId: uuid('rhk_id').references(() => rhk.id, { onDelete: 'set null' }),
    startTime: text('start_time'),
    endTime: text('end_time'),
    realisasi: integer('realisasi'),
    satuan: text('satuan'),
    ...timestamps,
  },
  (t) => [index('progress_templates_pegawai_idx').on(t.instansiId, t.pegawaiId)],
)

/** Umpan balik berkelanjutan: one thread per SKP per topic (an RHK or a BerAKHLAK value). */
export const feedbackThreads = pgTable(
  'feedback_threads',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    topicKind: feedbackTopicKind('topic_kind').notNull(),
    rhkId: uuid('rhk_id').references(() => rhk.id, { onDelete: 'cascade' }),
    coreValue: coreValue('core_value'),
    createdByUserId: uuid('created_by_user_id').notNull(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('feedback_threads_topic_key')
      .on(t.skpId, t.topicKind, t.rhkId, t.coreValue)
      .nullsNotDistinct(),
    index('feedback_threads_pegawai_idx').on(t.instansiId, t.pegawaiId, t.lastMessageAt),
    check(
      'feedback_threads_topic',
      sql`(${t.topicKind} = 'rhk' AND ${t.rhkId} IS NOT NULL AND ${t.coreValue} IS NULL) OR (${t.topicKind} = 'perilaku' AND ${t.coreValue} IS NOT NULL AND ${t.rhkId} IS NULL)`,
    ),
  ],
)

export const feedbackMessages = pgTable(
  'feedback_messages',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => feedbackThreads.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role', { enum: ['atasan', 'pegawai'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_messages_thread_idx').on(t.threadId, t.createdAt)],
)

/** Instansi settings of stage 2 (lateness rule, reminder hour, alignment thresholds). */
export const activitySettings = pgTable('activity_settings', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id),
  lateWorkingDays: smallint('late_working_days').notNull().default(1),
  reminderHour: smallint('reminder_hour').notNull().default(16),
  deadlineReminderDays: smallint('deadline_reminder_days').notNull().default(3),
  minDescriptionChars: smallint('min_description_chars').notNull().default(20),
  maxEntryHours: smallint('max_entry_hours').notNull().default(10),
  staleRhkWeeks: smallint('stale_rhk_weeks').notNull().default(3),
  duplicateMinCount: smallint('duplicate_min_count').notNull().default(3),
  /** Bumped whenever the lateness rule changes; stored on each entry judged by it. */
  ruleVersion: integer('rule_version').notNull().default(1),
  version: integer('version').notNull().default(0),
  ...timestamps,
})
