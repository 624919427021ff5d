// TPP, coaching plans and talent potensi tables (issue 6) — owned by the follow-up TPP helper.
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
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { COACHING_STATUSES } from '../../../shared/followup.ts'
import type { JabatanJenis } from '../../../shared/org.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import { TALENT_LEVELS } from '../../../shared/rules/talent.ts'
import { id, timestamps } from '../../db/columns.ts'
import { instansi, pegawai } from '../org/org.tables.ts'

export const coachingStatus = pgEnum('coaching_status', COACHING_STATUSES)
export const talentLevel = pgEnum('talent_level', TALENT_LEVELS)

/**
 * TPP settings of an instansi (decision 0011 "TPP"): no national table exists, so each instansi
 * sets the monthly basis per jabatan jenis, the part paid for performance and the percent of
 * that part per predikat. `is_example` stays true until an admin saves their own values.
 */
export const tppSettings = pgTable(
  'tpp_settings',
  {
    instansiId: uuid('instansi_id')
      .primaryKey()
      .references(() => instansi.id),
    isExample: boolean('is_example').notNull().default(true),
    performanceSharePercent: numeric('performance_share_percent', {
      precision: 7,
      scale: 2,
      mode: 'number',
    }).notNull(),
    /** Predikat → percent of the performance part. */
    percentByPredikat: jsonb('percent_by_predikat').$type<Record<Predikat, number>>().notNull(),
    /** Jabatan jenis → monthly basis in whole Rupiah. */
    basisByJenis: jsonb('basis_by_jenis').$type<Record<JabatanJenis, number>>().notNull(),
    note: text('note'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check(
      'tpp_settings_share',
      sql`${t.performanceSharePercent} >= 0 AND ${t.performanceSharePercent} <= 1000`,
    ),
  ],
)

/**
 * A coaching plan (rencana pembinaan) for a pegawai, written by an admin or the pegawai's
 * atasan after a predikat below Baik; closed with an outcome. One open plan per pegawai.
 */
export const coachingPlans = pgTable(
  'coaching_plans',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    plan: text('plan').notNull(),
    followUpDate: date('follow_up_date', { mode: 'string' }).notNull(),
    status: coachingStatus('status').notNull().default('direncanakan'),
    outcome: text('outcome'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('coaching_plans_pegawai_idx').on(t.instansiId, t.pegawaiId, t.createdAt),
    uniqueIndex('coaching_plans_one_open')
      .on(t.pegawaiId)
      .where(sql`${t.status} = 'direncanakan'`),
    check(
      'coaching_plans_closed',
      sql`${t.status} <> 'selesai' OR (${t.outcome} IS NOT NULL AND ${t.closedAt} IS NOT NULL)`,
    ),
  ],
)

/** Potensi of a pegawai for a year (talent 9-box), entered by an admin. */
export const talentPotensi = pgTable(
  'talent_potensi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    year: smallint('year').notNull(),
    potensi: talentLevel('potensi').notNull(),
    note: text('note'),
    setByUserId: uuid('set_by_user_id').notNull(),
    ...timestamps,
  },
  (t) => [
    unique('talent_potensi_pegawai_year').on(t.pegawaiId, t.year),
    index('talent_potensi_instansi_year_idx').on(t.instansiId, t.year),
  ],
)
