// Angka kredit tables (issue 6) — owned by the follow-up AK/SIASN helper.
import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { AK_SOURCES } from '../../../shared/followup.ts'
import { JF_JENJANG, type JfJenjang } from '../../../shared/rules/angka-kredit.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import { id, timestamps } from '../../db/columns.ts'
import { assessments, predikat } from '../assessments/assessments.tables.ts'
import { instansi, pegawai } from '../org/org.tables.ts'

export const jfJenjang = pgEnum('jf_jenjang', JF_JENJANG)
export const akSource = pgEnum('ak_source', AK_SOURCES)

/**
 * The instansi's angka kredit tables (share % per predikat, koefisien per jenjang, cumulative
 * AK for the next jenjang). No row = the defaults of shared/rules/angka-kredit.ts, version 0;
 * the row is written when an admin first saves.
 */
export const akSettings = pgTable('ak_settings', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id),
  sharePercent: jsonb('share_percent').$type<Record<Predikat, number>>().notNull(),
  koefisien: jsonb('koefisien').$type<Record<JfJenjang, number>>().notNull(),
  akForNextJenjang: jsonb('ak_for_next_jenjang')
    .$type<Record<JfJenjang, number | null>>()
    .notNull(),
  version: integer('version').notNull().default(0),
  ...timestamps,
})

/**
 * The angka kredit ledger: one line per final annual assessment of a JF (`penilaian`, with the
 * share and koefisien snapshotted when generated, so later table edits never rewrite history),
 * or a manual line by the admin (`manual`: AK awal, konversi, carried-over AK).
 */
export const akEntries = pgTable(
  'ak_entries',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    year: smallint('year').notNull(),
    source: akSource('source').notNull(),
    assessmentId: uuid('assessment_id').references(() => assessments.id),
    jenjang: jfJenjang('jenjang').notNull(),
    predikat: predikat('predikat'),
    months: smallint('months'),
    sharePercent: numeric('share_percent', { precision: 8, scale: 2, mode: 'number' }),
    koefisien: numeric('koefisien', { precision: 8, scale: 2, mode: 'number' }),
    ak: numeric('ak', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    ...timestamps,
  },
  (t) => [
    // Generation is idempotent: one line per assessment.
    uniqueIndex('ak_entries_assessment_unique').on(t.assessmentId),
    index('ak_entries_pegawai_idx').on(t.instansiId, t.pegawaiId, t.year),
    index('ak_entries_year_idx').on(t.instansiId, t.year),
    check(
      'ak_entries_source_shape',
      sql`(${t.source} = 'manual' AND ${t.assessmentId} IS NULL) OR (${t.source} = 'penilaian' AND ${t.assessmentId} IS NOT NULL AND ${t.predikat} IS NOT NULL AND ${t.months} BETWEEN 1 AND 12 AND ${t.sharePercent} IS NOT NULL AND ${t.koefisien} IS NOT NULL)`,
    ),
  ],
)
