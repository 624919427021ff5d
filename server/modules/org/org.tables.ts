import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  ACTING_KINDS,
  EXCLUSION_REASONS,
  JABATAN_JENIS,
  PEGAWAI_STATUS,
} from '../../../shared/org.ts'
import { id, timestamps } from '../../db/columns.ts'

export const jabatanJenis = pgEnum('jabatan_jenis', JABATAN_JENIS)
export const pegawaiStatus = pgEnum('pegawai_status', PEGAWAI_STATUS)
export const exclusionReason = pgEnum('exclusion_reason', EXCLUSION_REASONS)
export const actingKind = pgEnum('acting_kind', ACTING_KINDS)

/** The tenant: one government (pemerintah daerah / kementerian). */
export const instansi = pgTable('instansi', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  /**
   * Bumped by triggers on every change to units, jabatan, pegawai, PLT/PLH and overrides
   * (migration 0001), so app processes can cache the derived org structure safely.
   */
  orgVersion: integer('org_version').notNull().default(0),
  ...timestamps,
})

export const units = pgTable(
  'units',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    code: text('code'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('units_instansi_parent_idx').on(t.instansiId, t.parentId),
    check('units_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
)

export const jabatan = pgTable(
  'jabatan',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id').references(() => units.id),
    name: text('name').notNull(),
    jenis: jabatanJenis('jenis').notNull(),
    headsUnit: boolean('heads_unit').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index('jabatan_instansi_unit_idx').on(t.instansiId, t.unitId),
    check('jabatan_head_has_unit', sql`NOT ${t.headsUnit} OR ${t.unitId} IS NOT NULL`),
  ],
)

export const pegawai = pgTable(
  'pegawai',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    nip: text('nip').notNull(),
    name: text('name').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    status: pegawaiStatus('status').notNull(),
    golongan: text('golongan'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    jabatanId: uuid('jabatan_id')
      .notNull()
      .references(() => jabatan.id),
    email: text('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    // A NIP identifies one person nationally.
    uniqueIndex('pegawai_nip_unique').on(t.nip),
    index('pegawai_instansi_unit_idx').on(t.instansiId, t.unitId),
    index('pegawai_instansi_name_idx').on(t.instansiId, t.name),
    check('pegawai_nip_18_digits', sql`${t.nip} ~ '^[0-9]{18}$'`),
  ],
)

/** Where a person sat, and when: the base of every snapshot (mutasi keeps history). */
export const positionHistory = pgTable(
  'position_history',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    jabatanId: uuid('jabatan_id')
      .notNull()
      .references(() => jabatan.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('position_history_instansi_pegawai_idx').on(t.instansiId, t.pegawaiId, t.startDate),
  ],
)

export const exclusions = pgTable(
  'pegawai_exclusions',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    reason: exclusionReason('reason').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('exclusions_instansi_pegawai_idx').on(t.instansiId, t.pegawaiId),
    check('exclusions_dates', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
)

/** PLT/PLH: an acting head of a unit for a period. */
export const actingAssignments = pgTable(
  'acting_assignments',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: actingKind('kind').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('acting_instansi_unit_idx').on(t.instansiId, t.unitId),
    check('acting_dates', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
)

export const atasanOverrides = pgTable(
  'atasan_overrides',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    atasanId: uuid('atasan_id')
      .notNull()
      .references(() => pegawai.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    index('atasan_overrides_instansi_pegawai_idx').on(t.instansiId, t.pegawaiId),
    check('atasan_override_not_self', sql`${t.pegawaiId} <> ${t.atasanId}`),
    check('atasan_override_dates', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
)
