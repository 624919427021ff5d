import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { allOn, type Executor } from '../../db/client.ts'
import {
  actingAssignments,
  atasanOverrides,
  exclusions,
  instansi,
  jabatan,
  pegawai,
  positionHistory,
  units,
} from './org.tables.ts'

export type UnitRow = typeof units.$inferSelect
export type JabatanRow = typeof jabatan.$inferSelect
export type PegawaiRow = typeof pegawai.$inferSelect

export async function findInstansi(db: Executor, id: string) {
  const [row] = await db.select().from(instansi).where(eq(instansi.id, id))
  return row
}

export async function updateInstansi(
  db: Executor,
  id: string,
  patch: Partial<Pick<typeof instansi.$inferInsert, 'name' | 'timeZone'>>,
) {
  const [row] = await db
    .update(instansi)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(instansi.id, id))
    .returning()
  return row as typeof instansi.$inferSelect
}

/** The cache key of the derived org structure (bumped by triggers) and the time zone. */
export async function findOrgVersion(db: Executor, id: string) {
  const [row] = await db
    .select({ orgVersion: instansi.orgVersion, timeZone: instansi.timeZone })
    .from(instansi)
    .where(eq(instansi.id, id))
  return row
}

/** Everything the atasan rule needs for one instansi, in four narrow queries. */
export async function loadOrgSnapshot(db: Executor, instansiId: string) {
  const [unitRows, people, acting, overrides] = await allOn(db, [
    () =>
      db
        .select({ id: units.id, parentId: units.parentId })
        .from(units)
        .where(eq(units.instansiId, instansiId)),
    () =>
      db
        .select({
          id: pegawai.id,
          unitId: pegawai.unitId,
          headsUnit: jabatan.headsUnit,
          active: pegawai.active,
          jabatanUnitId: jabatan.unitId,
        })
        .from(pegawai)
        .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
        .where(eq(pegawai.instansiId, instansiId)),
    () =>
      db
        .select({
          pegawaiId: actingAssignments.pegawaiId,
          unitId: actingAssignments.unitId,
          startDate: actingAssignments.startDate,
          endDate: actingAssignments.endDate,
        })
        .from(actingAssignments)
        .where(eq(actingAssignments.instansiId, instansiId)),
    () =>
      db
        .select({
          pegawaiId: atasanOverrides.pegawaiId,
          atasanId: atasanOverrides.atasanId,
          startDate: atasanOverrides.startDate,
          endDate: atasanOverrides.endDate,
        })
        .from(atasanOverrides)
        .where(eq(atasanOverrides.instansiId, instansiId)),
  ])
  return {
    units: unitRows,
    // A head-of-unit jabatan heads the unit it belongs to, where the person sits.
    people: people.map((p) => ({
      id: p.id,
      unitId: p.unitId,
      headsUnit: p.headsUnit && p.jabatanUnitId === p.unitId,
      active: p.active,
    })),
    acting,
    overrides,
  }
}

// ---------- units ----------
export async function listUnits(db: Executor, instansiId: string) {
  const counts = db
    .select({ unitId: pegawai.unitId, n: count().as('n') })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.active, true)))
    .groupBy(pegawai.unitId)
    .as('counts')
  return db
    .select({ unit: units, employeeCount: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .where(eq(units.instansiId, instansiId))
    .orderBy(asc(units.name))
}

export async function findUnit(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.instansiId, instansiId), eq(units.id, id)))
  return row
}

export async function insertUnit(db: Executor, values: typeof units.$inferInsert) {
  const [row] = await db.insert(units).values(values).returning()
  return row as UnitRow
}

export async function updateUnit(
  db: Executor,
  id: string,
  patch: Partial<typeof units.$inferInsert>,
) {
  const [row] = await db
    .update(units)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(units.id, id))
    .returning()
  return row as UnitRow
}

export async function countActiveInUnit(db: Executor, unitId: string) {
  const [p] = await db
    .select({ n: count() })
    .from(pegawai)
    .where(and(eq(pegawai.unitId, unitId), eq(pegawai.active, true)))
  const [u] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.active, true)))
  return { pegawai: p?.n ?? 0, childUnits: u?.n ?? 0 }
}

// ---------- jabatan ----------
export async function listJabatan(db: Executor, instansiId: string, unitId?: string) {
  const cond = unitId
    ? and(
        eq(jabatan.instansiId, instansiId),
        or(eq(jabatan.unitId, unitId), isNull(jabatan.unitId)),
      )
    : eq(jabatan.instansiId, instansiId)
  return db.select().from(jabatan).where(cond).orderBy(asc(jabatan.name))
}

export async function findJabatan(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(jabatan)
    .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)))
  return row
}

export async function insertJabatan(db: Executor, values: typeof jabatan.$inferInsert) {
  const [row] = await db.insert(jabatan).values(values).returning()
  return row as JabatanRow
}

export async function updateJabatan(
  db: Executor,
  id: string,
  patch: Partial<typeof jabatan.$inferInsert>,
) {
  const [row] = await db
    .update(jabatan)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(jabatan.id, id))
    .returning()
  return row as JabatanRow
}

// ---------- pegawai ----------
const unitAlias = alias(units, 'p_unit')
const pegawaiColumns = {
  p: pegawai,
  unitName: unitAlias.name,
  jabatanName: jabatan.name,
  jabatanJenis: jabatan.jenis,
  headsUnit: sql<boolean>`(${jabatan.headsUnit} AND ${jabatan.unitId} = ${pegawai.unitId})`,
}
export type PegawaiJoined = {
  p: PegawaiRow
  unitName: string
  jabatanName: string
  jabatanJenis: JabatanRow['jenis']
  headsUnit: boolean
}

function pegawaiQuery(db: Executor) {
  return db
    .select(pegawaiColumns)
    .from(pegawai)
    .innerJoin(unitAlias, eq(unitAlias.id, pegawai.unitId))
    .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
}

export type PegawaiFilter = {
  instansiId: string
  /** Restricts to these ids (an actor's scope); undefined = the whole instansi. */
  ids?: readonly string[]
  q?: string
  unitId?: string
  status?: PegawaiRow['status']
  active?: boolean
  page: number
  pageSize: number
}

function pegawaiWhere(f: Omit<PegawaiFilter, 'page' | 'pageSize'>) {
  const where: SQL[] = [eq(pegawai.instansiId, f.instansiId)]
  if (f.ids) where.push(f.ids.length ? inArray(pegawai.id, [...f.ids]) : sql`false`)
  if (f.q) {
    const digits = f.q.replace(/\s/g, '')
    where.push(
      or(
        ilike(pegawai.name, `%${f.q}%`),
        /^\d+$/.test(digits) ? ilike(pegawai.nip, `${digits}%`) : sql`false`,
      ) as SQL,
    )
  }
  if (f.unitId) where.push(eq(pegawai.unitId, f.unitId))
  if (f.status) where.push(eq(pegawai.status, f.status))
  if (f.active !== undefined) where.push(eq(pegawai.active, f.active))
  return and(...where)
}

export async function listPegawai(db: Executor, f: PegawaiFilter) {
  const cond = pegawaiWhere(f)
  const [rows, [total]] = await Promise.all([
    pegawaiQuery(db)
      .where(cond)
      .orderBy(asc(pegawai.name), asc(pegawai.nip))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(pegawai).where(cond),
  ])
  return { rows: rows as PegawaiJoined[], total: total?.n ?? 0 }
}

export async function listPegawaiByIds(db: Executor, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return []
  return (await pegawaiQuery(db)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, [...ids])))
    .orderBy(asc(pegawai.name))) as PegawaiJoined[]
}

export async function findPegawaiJoined(db: Executor, instansiId: string, id: string) {
  const [row] = await pegawaiQuery(db).where(
    and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)),
  )
  return row
}

export async function findPegawai(db: Executor, id: string) {
  const [row] = await db.select().from(pegawai).where(eq(pegawai.id, id))
  return row
}

export async function findPegawaiByNip(db: Executor, nip: string) {
  const [row] = await db.select().from(pegawai).where(eq(pegawai.nip, nip))
  return row
}

export async function insertPegawai(db: Executor, values: typeof pegawai.$inferInsert) {
  const [row] = await db.insert(pegawai).values(values).returning()
  return row as PegawaiRow
}

export async function updatePegawai(
  db: Executor,
  id: string,
  patch: Partial<typeof pegawai.$inferInsert>,
) {
  const [row] = await db
    .update(pegawai)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(pegawai.id, id))
    .returning()
  return row as PegawaiRow
}

/** Closes the open position row and opens a new one (mutasi/promosi keeps history). */
export async function movePosition(
  db: Executor,
  p: { instansiId: string; pegawaiId: string; unitId: string; jabatanId: string; day: string },
) {
  await db
    .update(positionHistory)
    .set({
      endDate: sql`greatest(${positionHistory.startDate}, (${p.day}::date - 1))`,
      updatedAt: new Date(),
    })
    .where(and(eq(positionHistory.pegawaiId, p.pegawaiId), isNull(positionHistory.endDate)))
  await db.insert(positionHistory).values({
    instansiId: p.instansiId,
    pegawaiId: p.pegawaiId,
    unitId: p.unitId,
    jabatanId: p.jabatanId,
    startDate: p.day,
  })
}

// ---------- exclusions, acting heads, overrides ----------
export async function listExclusions(db: Executor, pegawaiId: string) {
  return db
    .select()
    .from(exclusions)
    .where(eq(exclusions.pegawaiId, pegawaiId))
    .orderBy(asc(exclusions.startDate))
}
export async function insertExclusion(db: Executor, values: typeof exclusions.$inferInsert) {
  const [row] = await db.insert(exclusions).values(values).returning()
  return row as typeof exclusions.$inferSelect
}
export async function deleteExclusion(db: Executor, pegawaiId: string, id: string) {
  const [row] = await db
    .delete(exclusions)
    .where(and(eq(exclusions.pegawaiId, pegawaiId), eq(exclusions.id, id)))
    .returning()
  return row
}

const actingPegawai = alias(pegawai, 'acting_pegawai')
export async function listActing(db: Executor, instansiId: string) {
  return db
    .select({ a: actingAssignments, pegawaiName: actingPegawai.name, unitName: units.name })
    .from(actingAssignments)
    .innerJoin(actingPegawai, eq(actingPegawai.id, actingAssignments.pegawaiId))
    .innerJoin(units, eq(units.id, actingAssignments.unitId))
    .where(eq(actingAssignments.instansiId, instansiId))
    .orderBy(asc(actingAssignments.startDate))
}
export async function insertActing(db: Executor, values: typeof actingAssignments.$inferInsert) {
  const [row] = await db.insert(actingAssignments).values(values).returning()
  return row as typeof actingAssignments.$inferSelect
}
export async function deleteActing(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .delete(actingAssignments)
    .where(and(eq(actingAssignments.instansiId, instansiId), eq(actingAssignments.id, id)))
    .returning()
  return row
}

const overrideAtasan = alias(pegawai, 'override_atasan')
export async function listOverrides(db: Executor, pegawaiId: string) {
  return db
    .select({ o: atasanOverrides, atasanName: overrideAtasan.name })
    .from(atasanOverrides)
    .innerJoin(overrideAtasan, eq(overrideAtasan.id, atasanOverrides.atasanId))
    .where(eq(atasanOverrides.pegawaiId, pegawaiId))
    .orderBy(asc(atasanOverrides.startDate))
}
export async function insertOverride(db: Executor, values: typeof atasanOverrides.$inferInsert) {
  const [row] = await db.insert(atasanOverrides).values(values).returning()
  return row as typeof atasanOverrides.$inferSelect
}
export async function deleteOverride(db: Executor, pegawaiId: string, id: string) {
  const [row] = await db
    .delete(atasanOverrides)
    .where(and(eq(atasanOverrides.pegawaiId, pegawaiId), eq(atasanOverrides.id, id)))
    .returning()
  return row
}

// ---------- bulk import / export (org-import.service) ----------
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core'

export async function findInstansiByCode(db: Executor, code: string) {
  const [row] = await db
    .select()
    .from(instansi)
    .where(sql`upper(${instansi.code}) = upper(${code})`)
  return row
}

/** Serialises imports per instansi (two uploads at once must not both create one unit code). */
export async function lockOrgImport(db: Executor, instansiId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`org-import:${instansiId}`}, 0))`,
  )
}

/** Pegawai with these NIPs in any instansi (a NIP is national). */
export async function listPegawaiByNips(db: Executor, nips: readonly string[]) {
  if (nips.length === 0) return []
  return db
    .select()
    .from(pegawai)
    .where(sql`${pegawai.nip} = any(${sql.param([...nips])}::text[])`)
}

const bulkTables = { units, jabatan, pegawai, positionHistory }
/** Multi-row insert in chunks that stay under PostgreSQL's 65,535 bind parameters. */
export async function insertMany<K extends keyof typeof bulkTables>(
  db: Executor,
  table: K,
  values: readonly PgInsertValue<(typeof bulkTables)[K]>[],
) {
  const target: PgTable = bulkTables[table]
  for (let i = 0; i < values.length; i += 1000)
    await db.insert(target).values(values.slice(i, i + 1000))
}

/** One UPDATE for many units: arrays travel as single parameters and are unnested. */
export async function updateUnitsMany(
  db: Executor,
  rows: readonly { id: string; name: string; parentId: string | null }[],
) {
  if (rows.length === 0) return
  await db.execute(sql`update ${units} set name = v.name, parent_id = v.parent_id, updated_at = now()
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.name))}::text[], ${sql.param(rows.map((r) => r.parentId))}::uuid[]) as v(id, name, parent_id)
    where ${units.id} = v.id`)
}

type PegawaiUpdate = Pick<
  PegawaiRow,
  | 'id'
  | 'name'
  | 'gelarDepan'
  | 'gelarBelakang'
  | 'status'
  | 'golongan'
  | 'unitId'
  | 'jabatanId'
  | 'email'
  | 'phone'
  | 'active'
>
export async function updatePegawaiMany(db: Executor, rows: readonly PegawaiUpdate[]) {
  if (rows.length === 0) return
  const col = <K extends keyof PegawaiUpdate>(k: K) => sql.param(rows.map((r) => r[k]))
  await db.execute(sql`update ${pegawai} set name = v.name, gelar_depan = v.gelar_depan, gelar_belakang = v.gelar_belakang,
      status = v.status::pegawai_status, golongan = v.golongan, unit_id = v.unit_id, jabatan_id = v.jabatan_id,
      email = v.email, phone = v.phone, active = v.active, updated_at = now()
    from unnest(${col('id')}::uuid[], ${col('name')}::text[], ${col('gelarDepan')}::text[], ${col('gelarBelakang')}::text[],
      ${col('status')}::text[], ${col('golongan')}::text[], ${col('unitId')}::uuid[], ${col('jabatanId')}::uuid[],
      ${col('email')}::text[], ${col('phone')}::text[], ${col('active')}::boolean[])
      as v(id, name, gelar_depan, gelar_belakang, status, golongan, unit_id, jabatan_id, email, phone, active)
    where ${pegawai.id} = v.id`)
}

/** Bulk form of movePosition: closes the open rows of these pegawai and opens new ones on `day`. */
export async function movePositionsMany(
  db: Executor,
  instansiId: string,
  day: string,
  moves: readonly { pegawaiId: string; unitId: string; jabatanId: string }[],
) {
  if (moves.length === 0) return
  await db
    .update(positionHistory)
    .set({
      endDate: sql`greatest(${positionHistory.startDate}, (${day}::date - 1))`,
      updatedAt: new Date(),
    })
    .where(
      and(
        sql`${positionHistory.pegawaiId} = any(${sql.param(moves.map((m) => m.pegawaiId))}::uuid[])`,
        isNull(positionHistory.endDate),
      ),
    )
  await insertMany(
    db,
    'positionHistory',
    moves.map((m) => ({
      instansiId,
      pegawaiId: m.pegawaiId,
      unitId: m.unitId,
      jabatanId: m.jabatanId,
      startDate: day,
    })),
  )
}

/** Every pegawai of an instansi with unit code/name and jabatan, for exports. */
export async function listPegawaiForExport(db: Executor, instansiId: string) {
  return db
    .select({
      p: pegawai,
      unitCode: unitAlias.code,
      unitName: unitAlias.name,
      jabatanName: jabatan.name,
      jabatanJenis: jabatan.jenis,
      jabatanHeadsUnit: jabatan.headsUnit,
    })
    .from(pegawai)
    .innerJoin(unitAlias, eq(unitAlias.id, pegawai.unitId))
    .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
    .where(eq(pegawai.instansiId, instansiId))
    .orderBy(asc(unitAlias.name), asc(pegawai.name), asc(pegawai.nip))
}

// ---------- read ports for other modules (reminders, notifications) ----------
/** Every instansi with its time zone (the reminder job walks them). */
export async function listInstansiZones(db: Executor) {
  return db
    .select({ id: instansi.id, timeZone: instansi.timeZone })
    .from(instansi)
    .orderBy(asc(instansi.id))
}

/** Active pegawai of an instansi not under an exclusion (cuti besar, pensiun, …) on `day`. */
export async function listActivePegawaiOn(db: Executor, instansiId: string, day: string) {
  return db
    .select({ id: pegawai.id, name: pegawai.name, email: pegawai.email })
    .from(pegawai)
    .where(
      and(
        eq(pegawai.instansiId, instansiId),
        eq(pegawai.active, true),
        sql`NOT EXISTS (SELECT 1 FROM ${exclusions} WHERE ${exclusions.pegawaiId} = ${pegawai.id} AND ${exclusions.startDate} <= ${day} AND (${exclusions.endDate} IS NULL OR ${exclusions.endDate} >= ${day}))`,
      ),
    )
}

/** Email addresses of these pegawai (those without one are left out). */
export async function listEmailsOf(db: Executor, pegawaiIds: readonly string[]) {
  if (pegawaiIds.length === 0) return []
  return db
    .select({ id: pegawai.id, email: pegawai.email })
    .from(pegawai)
    .where(
      and(inArray(pegawai.id, [...pegawaiIds]), sql`coalesce(trim(${pegawai.email}), '') <> ''`),
    )
}
