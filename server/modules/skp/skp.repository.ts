import { and, asc, count, desc, eq, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { SkpStatus } from '../../../shared/rules/skp-workflow.ts'
import type { LampiranKind } from '../../../shared/skp.ts'
import type { Executor } from '../../db/client.ts'
import {
  indikator,
  perjanjianKinerja,
  pkTargets,
  rhk,
  rhkInterventions,
  skp,
  skpDialogNotes,
  skpLampiran,
  skpPerilaku,
  skpRevisions,
} from './skp.tables.ts'

export type SkpRow = typeof skp.$inferSelect
export type SkpInsert = typeof skp.$inferInsert
export type RhkRow = typeof rhk.$inferSelect
export type IndikatorRow = typeof indikator.$inferSelect
export type PkRow = typeof perjanjianKinerja.$inferSelect
export type PkTargetRow = typeof pkTargets.$inferSelect

/** An SKP that still runs (closed ones stay as history of a mutasi). */
const isOpen = ne(skp.status, 'ditutup')

// ---------- skp ----------
export async function findSkp(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
  return row
}

/** The SKP row, locked until the transaction ends: state changes assert status and version on it. */
export async function lockSkp(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
    .for('update')
  return row
}

export async function findOpenSkp(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  year: number,
) {
  const [row] = await db
    .select()
    .from(skp)
    .where(
      and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), eq(skp.year, year), isOpen),
    )
  return row
}

/** The running SKP of each of these people for a year (at most one each), locked when asked. */
export async function listOpenSkpOf(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
  year: number,
  opts: { lock?: boolean } = {},
) {
  if (pegawaiIds.length === 0) return []
  const q = db
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        inArray(skp.pegawaiId, [...pegawaiIds]),
        eq(skp.year, year),
        isOpen,
      ),
    )
  return opts.lock ? q.for('update') : q
}

/** Running SKPs of a year whose snapshotted atasan is this person. */
export async function listOpenSkpByAtasan(
  db: Executor,
  instansiId: string,
  atasanPegawaiId: string,
  year: number,
) {
  return db
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.atasanPegawaiId, atasanPegawaiId),
        eq(skp.year, year),
        isOpen,
      ),
    )
}

/** The last day of the latest closed SKP of a year (a mutasi): the next SKP starts the day after. */
export async function latestClosedEndDate(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  year: number,
) {
  const [row] = await db
    .select({ endDate: skp.endDate })
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        eq(skp.year, year),
        eq(skp.status, 'ditutup'),
      ),
    )
    .orderBy(desc(skp.endDate))
    .limit(1)
  return row?.endDate ?? null
}

export async function insertSkp(db: Executor, values: SkpInsert) {
  const [row] = await db.insert(skp).values(values).returning()
  return row as SkpRow
}

export async function updateSkp(db: Executor, id: string, patch: Partial<SkpInsert>) {
  const [row] = await db
    .update(skp)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(skp.id, id))
    .returning()
  return row as SkpRow
}

export type SkpFilter = {
  instansiId: string
  pegawaiId?: string
  atasanPegawaiId?: string
  year?: number
  status?: SkpStatus
  page: number
  pageSize: number
}

export async function listSkp(db: Executor, f: SkpFilter) {
  const where: SQL[] = [eq(skp.instansiId, f.instansiId)]
  if (f.pegawaiId) where.push(eq(skp.pegawaiId, f.pegawaiId))
  if (f.atasanPegawaiId) where.push(eq(skp.atasanPegawaiId, f.atasanPegawaiId))
  if (f.year) where.push(eq(skp.year, f.year))
  if (f.status) where.push(eq(skp.status, f.status))
  const cond = and(...where)
  const [rows, [total]] = await Promise.all([
    db
      .select({
        skp,
        // Qualified by hand: inside the subquery an unqualified "id" would be rhk.id.
        rhkCount: sql<number>`(select count(*) from "rhk" where "rhk"."skp_id" = "skp"."id")::int`,
      })
      .from(skp)
      .where(cond)
      .orderBy(desc(skp.year), asc(skp.pegawaiName), desc(skp.startDate))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(skp).where(cond),
  ])
  return { rows, total: total?.n ?? 0 }
}

/** Closes the running SKPs of a person for a year (mutasi): ends the day before the move. */
export async function closeOpenSkps(
  db: Executor,
  p: { instansiId: string; pegawaiId: string; year: number; lastDay: string; reason: string },
) {
  return db
    .update(skp)
    .set({
      status: 'ditutup',
      closedReason: p.reason,
      endDate: sql`greatest(${skp.startDate}, ${p.lastDay}::date)`,
      version: sql`${skp.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(skp.instansiId, p.instansiId),
        eq(skp.pegawaiId, p.pegawaiId),
        eq(skp.year, p.year),
        isOpen,
      ),
    )
    .returning()
}

// ---------- content ----------
const parentRhk = alias(rhk, 'parent_rhk')
const parentSkp = alias(skp, 'parent_skp')

/** RHK, indicators, interventions, perilaku and lampiran of one SKP. */
export async function loadSkpContent(db: Executor, skpId: string) {
  const rhkRows = await db
    .select()
    .from(rhk)
    .where(eq(rhk.skpId, skpId))
    .orderBy(asc(rhk.seq), asc(rhk.createdAt))
  const rhkIds = rhkRows.map((r) => r.id)
  // One after the other: inside a transaction every query shares one connection.
  const indikatorRows = rhkIds.length
    ? await db
        .select()
        .from(indikator)
        .where(inArray(indikator.rhkId, rhkIds))
        .orderBy(asc(indikator.seq), asc(indikator.createdAt))
    : []
  const interventions = await listInterventionsFrom(db, rhkIds)
  const perilaku = await db.select().from(skpPerilaku).where(eq(skpPerilaku.skpId, skpId))
  const lampiran = await db
    .select()
    .from(skpLampiran)
    .where(eq(skpLampiran.skpId, skpId))
    .orderBy(asc(skpLampiran.kind), asc(skpLampiran.seq))
  return { rhk: rhkRows, indikator: indikatorRows, interventions, perilaku, lampiran }
}
export type SkpContent = Awaited<ReturnType<typeof loadSkpContent>>

/** The RHK these RHK intervene, with the text and owner (as snapshotted on the parent's SKP). */
export async function listInterventionsFrom(db: Executor, rhkIds: readonly string[]) {
  if (rhkIds.length === 0) return []
  return db
    .select({
      rhkId: rhkInterventions.rhkId,
      parentRhkId: rhkInterventions.parentRhkId,
      parentText: parentRhk.text,
      ownerPegawaiId: parentSkp.pegawaiId,
      ownerName: parentSkp.pegawaiName,
    })
    .from(rhkInterventions)
    .innerJoin(parentRhk, eq(parentRhk.id, rhkInterventions.parentRhkId))
    .innerJoin(parentSkp, eq(parentSkp.id, parentRhk.skpId))
    .where(inArray(rhkInterventions.rhkId, [...rhkIds]))
    .orderBy(asc(parentRhk.seq))
}

/** Who intervenes these RHK: the intervening RHK with its owner and SKP (any status). */
export async function listInterventionsOnto(db: Executor, parentRhkIds: readonly string[]) {
  if (parentRhkIds.length === 0) return []
  return db
    .select({
      parentRhkId: rhkInterventions.parentRhkId,
      rhkId: rhk.id,
      rhkText: rhk.text,
      rhkSeq: rhk.seq,
      skpId: skp.id,
      skpStatus: skp.status,
      pegawaiId: skp.pegawaiId,
      pegawaiName: skp.pegawaiName,
      jabatanName: skp.jabatanName,
    })
    .from(rhkInterventions)
    .innerJoin(rhk, eq(rhk.id, rhkInterventions.rhkId))
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(inArray(rhkInterventions.parentRhkId, [...parentRhkIds]))
    .orderBy(asc(skp.pegawaiName), asc(rhk.seq))
}

/** The RHK of the running SKPs of these people for a year (what a subordinate may intervene). */
export async function listRhkOfOpenSkps(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
  year: number,
) {
  if (pegawaiIds.length === 0) return []
  return db
    .select({
      id: rhk.id,
      jenis: rhk.jenis,
      text: rhk.text,
      seq: rhk.seq,
      skpId: skp.id,
      pegawaiId: skp.pegawaiId,
    })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(
      and(
        eq(skp.instansiId, instansiId),
        inArray(skp.pegawaiId, [...pegawaiIds]),
        eq(skp.year, year),
        isOpen,
      ),
    )
    .orderBy(asc(skp.pegawaiName), asc(rhk.seq))
}

export async function insertRhk(db: Executor, values: typeof rhk.$inferInsert) {
  const [row] = await db.insert(rhk).values(values).returning()
  return row as RhkRow
}

export async function updateRhk(db: Executor, id: string, patch: Partial<typeof rhk.$inferInsert>) {
  await db
    .update(rhk)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(rhk.id, id))
}

/** Deletes RHK (their indicators and own interventions cascade). */
export async function deleteRhk(db: Executor, ids: readonly string[]) {
  if (ids.length) await db.delete(rhk).where(inArray(rhk.id, [...ids]))
}

export async function insertIndikator(db: Executor, values: (typeof indikator.$inferInsert)[]) {
  if (values.length) await db.insert(indikator).values(values)
}

export async function updateIndikator(
  db: Executor,
  id: string,
  patch: Partial<typeof indikator.$inferInsert>,
) {
  await db
    .update(indikator)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(indikator.id, id))
}

export async function deleteIndikator(db: Executor, ids: readonly string[]) {
  if (ids.length) await db.delete(indikator).where(inArray(indikator.id, [...ids]))
}

/** Sets the RHK an RHK intervenes to exactly these. */
export async function replaceInterventions(
  db: Executor,
  instansiId: string,
  rhkId: string,
  parentRhkIds: readonly string[],
) {
  await db.delete(rhkInterventions).where(eq(rhkInterventions.rhkId, rhkId))
  if (parentRhkIds.length)
    await db
      .insert(rhkInterventions)
      .values(parentRhkIds.map((parentRhkId) => ({ instansiId, rhkId, parentRhkId })))
}

export async function replaceLampiran(
  db: Executor,
  instansiId: string,
  skpId: string,
  items: readonly { kind: LampiranKind; text: string }[],
) {
  await db.delete(skpLampiran).where(eq(skpLampiran.skpId, skpId))
  if (items.length)
    await db
      .insert(skpLampiran)
      .values(items.map((it, seq) => ({ instansiId, skpId, kind: it.kind, seq, text: it.text })))
}

export async function insertPerilaku(
  db: Executor,
  instansiId: string,
  skpId: string,
  coreValues: readonly CoreValue[],
) {
  await db
    .insert(skpPerilaku)
    .values(coreValues.map((coreValue) => ({ instansiId, skpId, coreValue })))
}

export async function updatePerilaku(
  db: Executor,
  skpId: string,
  coreValue: CoreValue,
  ekspektasiKhusus: string | null,
) {
  await db
    .update(skpPerilaku)
    .set({ ekspektasiKhusus, updatedAt: new Date() })
    .where(and(eq(skpPerilaku.skpId, skpId), eq(skpPerilaku.coreValue, coreValue)))
}

// ---------- revisions and dialog ----------
export async function insertRevision(db: Executor, values: typeof skpRevisions.$inferInsert) {
  await db.insert(skpRevisions).values(values)
}

export async function listRevisions(db: Executor, skpId: string) {
  return db
    .select()
    .from(skpRevisions)
    .where(eq(skpRevisions.skpId, skpId))
    .orderBy(asc(skpRevisions.revision))
}

export async function insertDialogNote(db: Executor, values: typeof skpDialogNotes.$inferInsert) {
  const [row] = await db.insert(skpDialogNotes).values(values).returning()
  return row as typeof skpDialogNotes.$inferSelect
}

export async function listDialogNotes(db: Executor, skpId: string) {
  return db
    .select()
    .from(skpDialogNotes)
    .where(eq(skpDialogNotes.skpId, skpId))
    .orderBy(asc(skpDialogNotes.createdAt))
}

// ---------- matriks and tree ----------
/** Every RHK of the running SKPs of a year, with its owner's snapshot (for the tree). */
export async function listRhkOfYear(db: Executor, instansiId: string, year: number) {
  return db
    .select({
      id: rhk.id,
      text: rhk.text,
      seq: rhk.seq,
      pkTargetId: rhk.pkTargetId,
      pegawaiId: skp.pegawaiId,
      pegawaiName: skp.pegawaiName,
      jabatanName: skp.jabatanName,
    })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(and(eq(skp.instansiId, instansiId), eq(skp.year, year), isOpen))
    .orderBy(asc(skp.pegawaiName), asc(rhk.seq))
}

/** Every intervention whose intervening RHK sits in a running SKP of the year. */
export async function listInterventionsOfYear(db: Executor, instansiId: string, year: number) {
  return db
    .select({ rhkId: rhkInterventions.rhkId, parentRhkId: rhkInterventions.parentRhkId })
    .from(rhkInterventions)
    .innerJoin(rhk, eq(rhk.id, rhkInterventions.rhkId))
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(and(eq(rhkInterventions.instansiId, instansiId), eq(skp.year, year), isOpen))
}

// ---------- Perjanjian Kinerja ----------
export async function findPk(db: Executor, instansiId: string, unitId: string, year: number) {
  const [row] = await db
    .select()
    .from(perjanjianKinerja)
    .where(
      and(
        eq(perjanjianKinerja.instansiId, instansiId),
        eq(perjanjianKinerja.unitId, unitId),
        eq(perjanjianKinerja.year, year),
      ),
    )
  return row
}

/** Creates the (empty) agreement when missing, then locks it: concurrent first saves serialise here. */
export async function lockPkCreatingIfMissing(
  db: Executor,
  instansiId: string,
  unitId: string,
  year: number,
) {
  await db
    .insert(perjanjianKinerja)
    .values({ instansiId, unitId, year })
    .onConflictDoNothing({
      target: [perjanjianKinerja.instansiId, perjanjianKinerja.unitId, perjanjianKinerja.year],
    })
  const [row] = await db
    .select()
    .from(perjanjianKinerja)
    .where(
      and(
        eq(perjanjianKinerja.instansiId, instansiId),
        eq(perjanjianKinerja.unitId, unitId),
        eq(perjanjianKinerja.year, year),
      ),
    )
    .for('update')
  return row as PkRow
}

export async function updatePkVersion(db: Executor, id: string, version: number) {
  await db
    .update(perjanjianKinerja)
    .set({ version, updatedAt: new Date() })
    .where(eq(perjanjianKinerja.id, id))
}

export async function listPkTargets(db: Executor, pkId: string) {
  return db
    .select()
    .from(pkTargets)
    .where(eq(pkTargets.pkId, pkId))
    .orderBy(asc(pkTargets.seq), asc(pkTargets.createdAt))
}

export async function insertPkTarget(db: Executor, values: typeof pkTargets.$inferInsert) {
  await db.insert(pkTargets).values(values)
}

export async function updatePkTarget(
  db: Executor,
  id: string,
  patch: Partial<typeof pkTargets.$inferInsert>,
) {
  await db
    .update(pkTargets)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(pkTargets.id, id))
}

export async function deletePkTargets(db: Executor, ids: readonly string[]) {
  if (ids.length) await db.delete(pkTargets).where(inArray(pkTargets.id, [...ids]))
}

/** RHK (of any SKP) that derive from these Perjanjian Kinerja targets, with their owners. */
export async function listRhkUsingPkTargets(db: Executor, targetIds: readonly string[]) {
  if (targetIds.length === 0) return []
  return db
    .select({ pkTargetId: rhk.pkTargetId, pegawaiName: skp.pegawaiName, year: skp.year })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(inArray(rhk.pkTargetId, [...targetIds]))
}

// ---------- read port for other modules (activities, assessments) ----------
/** SKPs by id with their RHK and indikator, in three queries (no N+1). */
export async function loadWorkPlans(db: Executor, instansiId: string, skpIds: readonly string[]) {
  if (skpIds.length === 0) return { skps: [], rhks: [], indikators: [] }
  const ids = [...skpIds]
  const skps = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.id, ids)))
  const rhks = await db
    .select()
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.skpId, ids)))
    .orderBy(asc(rhk.skpId), asc(rhk.jenis), asc(rhk.seq))
  const indikators =
    rhks.length === 0
      ? []
      : await db
          .select()
          .from(indikator)
          .where(
            and(
              eq(indikator.instansiId, instansiId),
              inArray(
                indikator.rhkId,
                rhks.map((r) => r.id),
              ),
            ),
          )
          .orderBy(asc(indikator.rhkId), asc(indikator.seq))
  return { skps, rhks, indikators }
}

/**
 * The SKP of each person that covers a day: the open one of that year when its dates cover the
 * day, otherwise a closed one (a mutasi) whose dates cover it, otherwise the open one.
 */
export async function findSkpIdsCovering(
  db: Executor,
  instansiId: string,
  pegawaiIds: readonly string[],
  day: string,
) {
  if (pegawaiIds.length === 0) return []
  return db
    .selectDistinctOn([skp.pegawaiId], { id: skp.id, pegawaiId: skp.pegawaiId })
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        inArray(skp.pegawaiId, [...pegawaiIds]),
        eq(skp.year, Number(day.slice(0, 4))),
      ),
    )
    .orderBy(
      skp.pegawaiId,
      sql`(${skp.startDate} <= ${day} AND ${skp.endDate} >= ${day}) DESC`,
      sql`(${skp.status} <> 'ditutup') DESC`,
      desc(skp.startDate),
    )
}

/**
 * SKPs of a year that overlap [from, to], one per pegawai: the open one (not ditutup) with the
 * latest start wins (a mutasi closes the old SKP and opens a new one). Whole rows: the
 * assessments module snapshots identity and atasan from them.
 */
export async function findSkpsOverlapping(
  db: Executor,
  instansiId: string,
  year: number,
  from: string,
  to: string,
) {
  return db
    .selectDistinctOn([skp.pegawaiId])
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.year, year),
        lte(skp.startDate, to),
        gte(skp.endDate, from),
      ),
    )
    .orderBy(skp.pegawaiId, sql`(${skp.status} <> 'ditutup') DESC`, desc(skp.startDate))
}

/** RHK by id (any SKP of the instansi) with the SKP they belong to. */
export async function findRhkRefs(db: Executor, instansiId: string, rhkIds: readonly string[]) {
  if (rhkIds.length === 0) return []
  return db
    .select({
      id: rhk.id,
      seq: rhk.seq,
      jenis: rhk.jenis,
      text: rhk.text,
      skpId: skp.id,
      pegawaiId: skp.pegawaiId,
      year: skp.year,
      status: skp.status,
    })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.id, [...rhkIds])))
}

/** Submitted SKPs (status diajukan) per snapshotted atasan, in one aggregate. */
export async function countSubmittedByAtasan(db: Executor, instansiId: string) {
  const rows = await db
    .select({ atasanPegawaiId: skp.atasanPegawaiId, n: count() })
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.status, 'diajukan'),
        sql`${skp.atasanPegawaiId} IS NOT NULL`,
      ),
    )
    .groupBy(skp.atasanPegawaiId)
  return rows.flatMap((r) =>
    r.atasanPegawaiId ? [{ atasanPegawaiId: r.atasanPegawaiId, n: r.n }] : [],
  )
}
