import type { z } from 'zod'
import {
  DEFAULT_ACTIVITY_SETTINGS,
  type BulkVerifyInput,
  type BulkVerifyResult,
  type Monitoring,
  type monitoringQuerySchema,
  type MonitoringRow,
  type Verdict,
  type VerifyInput,
  type VerifyResult,
} from '../../../shared/activities.ts'
import type { AtasanIndex } from '../../../shared/rules/atasan.ts'
import { addDays, isWorkingDay } from '../../../shared/rules/working-days.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { forbidden, notFound } from '../../lib/errors.ts'
import type { EventBus } from '../../lib/events.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import {
  atasanAccess,
  isActivitiesAdmin,
  readAccess,
  type AtasanAccess,
} from './activities.policy.ts'
import * as repo from './monitoring.repository.ts'

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'atasanIndex' | 'pegawaiCards'>
  skp: Pick<SkpService, 'workPlansByIds'>
  periods: Pick<PeriodsService, 'periodContaining' | 'calendarFor'>
  events: EventBus
}

export const NOT_FOUND_REASON = 'Tidak ditemukan'
export const NOT_ATASAN_REASON =
  'Hanya atasan langsung pegawai ini (atau admin instansi atas namanya) yang dapat memverifikasi kegiatannya'
/** When an admin acts for an atasan who is not in the system (e.g. the top JPT's). */
const ATASAN_OUTSIDE = 'Pejabat penilai di luar sistem'

/** Why an entry may not be verified: visible but not theirs, or not visible at all. */
type Refusal = 'forbidden' | 'hidden'

export function createMonitoringService({ db, clock, audit, org, skp, periods, events }: Deps) {
  /**
   * The pejabat penilai snapshotted on each entry's SKP (skp id → atasan pegawai id).
   * workPlansByIds keys by pegawai, so a person with two SKPs in one batch (after a mutasi)
   * needs a second round; each round resolves at least one SKP per person.
   */
  async function snapshotAtasanOf(instansiId: string, refs: readonly repo.ProgressRef[]) {
    const out = new Map<string, string | null>()
    let remaining = [...new Set(refs.map((r) => r.skpId).filter((x): x is string => !!x))]
    while (remaining.length > 0) {
      const plans = await skp.workPlansByIds(instansiId, remaining)
      if (plans.size === 0) break
      for (const plan of plans.values()) out.set(plan.id, plan.atasanPegawaiId)
      remaining = remaining.filter((id) => !out.has(id))
    }
    return out
  }

  /** The actor's atasan access to an entry, or why they have none. */
  function classify(
    actor: Actor,
    ref: repo.ProgressRef | undefined,
    index: AtasanIndex,
    snapshotAtasanId: string | null,
  ): AtasanAccess | Refusal {
    if (!ref) return 'hidden'
    const target = { instansiId: ref.instansiId, pegawaiId: ref.pegawaiId }
    const access = atasanAccess(actor, target, index, snapshotAtasanId)
    if (access) return access
    return readAccess(actor, target, index) ? 'forbidden' : 'hidden'
  }

  type Verified = {
    ref: repo.ProgressRef
    version: number
    verification: { verdict: Verdict; note: string | null; byName: string; at: string }
  }

  /**
   * What deciding needs from other modules (today's atasan relation, the SKP snapshots, the
   * names an admin may act for), read before the transaction so that it never waits for a
   * second pooled connection while holding row locks.
   */
  async function contextFor(actor: Actor, instansiId: string, ids: readonly string[]) {
    const [index, unlocked] = await Promise.all([
      org.atasanIndex(instansiId),
      repo.findProgressRefs(db, instansiId, ids),
    ])
    const snapshots = await snapshotAtasanOf(instansiId, unlocked)
    const snapshotOf = (ref: repo.ProgressRef) =>
      ref.skpId ? (snapshots.get(ref.skpId) ?? null) : null
    // An admin acts for the atasan: the snapshotted one, else today's.
    const actingForIdOf = (ref: repo.ProgressRef) =>
      snapshotOf(ref) ?? index.atasanOf(ref.pegawaiId)
    const candidates = isActivitiesAdmin(actor, instansiId)
      ? unlocked.map(actingForIdOf).filter((x): x is string => !!x)
      : []
    const names: ReadonlyMap<string, { fullName: string }> = candidates.length
      ? await org.pegawaiCards(instansiId, candidates)
      : new Map()
    return { index, snapshotOf, actingForIdOf, names }
  }
  type Context = Awaited<ReturnType<typeof contextFor>>

  /**
   * Verifies the given entries in the caller's transaction: locks them, decides per entry,
   * writes one history row each, mirrors the verdict on the entry and audits every change.
   */
  async function verifyIn(
    tx: Executor,
    actor: Actor,
    instansiId: string,
    ids: readonly string[],
    input: { verdict: Verdict; note?: string | null },
    ctx: Context,
  ) {
    const refs = await repo.lockProgressRefs(tx, instansiId, ids)
    const byId = new Map(refs.map((r) => [r.id, r]))
    const allowed: { ref: repo.ProgressRef; access: AtasanAccess }[] = []
    const refused: { id: string; why: Refusal }[] = []
    for (const id of ids) {
      const ref = byId.get(id)
      const c = classify(actor, ref, ctx.index, ref ? ctx.snapshotOf(ref) : null)
      if (ref && (c === 'atasan' || c === 'admin')) allowed.push({ ref, access: c })
      else refused.push({ id, why: c === 'forbidden' ? 'forbidden' : 'hidden' })
    }
    if (allowed.length === 0) return { verified: [] as Verified[], refused }

    const at = clock.now()
    const note = input.note?.trim() || null
    await repo.insertVerifications(
      tx,
      allowed.map((a) => ({
        instansiId,
        progressId: a.ref.id,
        progressDate: a.ref.date,
        verdict: input.verdict,
        note,
        byUserId: actor.userId,
        byName: actor.displayName,
        at,
      })),
    )
    const versions = new Map(
      (
        await repo.markVerified(
          tx,
          allowed.map((a) => a.ref.id),
          input.verdict,
          at,
        )
      ).map((r) => [r.id, r.version]),
    )
    const verified: Verified[] = []
    for (const a of allowed) {
      const version = versions.get(a.ref.id) ?? a.ref.version + 1
      const forId = a.access === 'admin' ? ctx.actingForIdOf(a.ref) : null
      const actingFor =
        a.access === 'admin'
          ? ((forId ? ctx.names.get(forId)?.fullName : undefined) ?? ATASAN_OUTSIDE)
          : null
      await audit.record(tx, actor, {
        action: 'progress.verified',
        entity: 'daily_progress',
        entityId: a.ref.id,
        before: { verificationStatus: a.ref.verificationStatus, version: a.ref.version },
        after: {
          verificationStatus: input.verdict,
          verdict: input.verdict,
          note,
          version,
          pegawaiId: a.ref.pegawaiId,
          date: a.ref.date,
          ...(actingFor ? { actingFor, actingForPegawaiId: forId } : {}),
        },
      })
      verified.push({
        ref: a.ref,
        version,
        verification: {
          verdict: input.verdict,
          note,
          byName: actor.displayName,
          at: at.toISOString(),
        },
      })
    }
    return { verified, refused }
  }

  /** After commit: one `progress.verified` per pegawai (their inbox gets one entry per request). */
  async function announce(actor: Actor, instansiId: string, verified: readonly Verified[]) {
    const byPegawai = new Map<string, Verified[]>()
    for (const v of verified)
      byPegawai.set(v.ref.pegawaiId, [...(byPegawai.get(v.ref.pegawaiId) ?? []), v])
    for (const [pegawaiId, list] of byPegawai) {
      const first = list[0]!.verification
      await events.emit('progress.verified', {
        instansiId,
        pegawaiId,
        atasanName: actor.displayName,
        verdict: first.verdict,
        note: first.note,
        count: list.length,
        firstDate: list.map((v) => v.ref.date).sort()[0]!,
        progressIds: list.map((v) => v.ref.id),
      })
    }
  }

  const service = {
    /**
     * The atasan's live view of their subordinates (direct by default, `scope=all` the whole
     * chain below, from today's atasan relation): who logged on `date`, minutes, and within the
     * period containing `date` the entries, late ones, those waiting for verification, flagged
     * ones and stale RHK. Only people with subordinates have it; everyone else gets 404.
     * The number of queries does not depend on the number of subordinates.
     */
    async monitoring(actor: Actor, q: z.output<typeof monitoringQuerySchema>): Promise<Monitoring> {
      const instansiId = actor.instansiId
      if (!instansiId || !actor.pegawaiId) throw notFound('Halaman')
      const now = clock.now()
      const [index, context] = await Promise.all([
        org.atasanIndex(instansiId),
        repo.viewContext(db, {
          instansiId,
          now,
          date: q.date,
          defaults: DEFAULT_ACTIVITY_SETTINGS,
        }),
      ])
      const today = dayIn(now, context?.timeZone ?? 'Asia/Jakarta')
      const settings = context ?? DEFAULT_ACTIVITY_SETTINGS
      const direct = index.directSubordinatesOf(actor.pegawaiId)
      if (direct.length === 0) throw notFound('Halaman')
      const ids = q.scope === 'all' ? index.allSubordinatesOf(actor.pegawaiId) : direct
      const date = q.date ?? today
      // The period came with the context for the day PostgreSQL took as today; should the
      // two time-zone databases ever disagree on it, the periods module answers instead.
      const period =
        context && (q.date || context.today === today)
          ? context.period
          : await periods.periodContaining(instansiId, date)

      // Stale RHK only needs to know whether an RHK had activity within the last
      // `staleRhkWeeks` weeks up to `date` (isStaleRhk): activity before that window, or the
      // RHK of an SKP that started inside it, never changes the answer, so the scan stays in
      // the window.
      const windowStart = addDays(date, -7 * settings.staleRhkWeeks)
      const [cal, cards, counts, staleOf] = await Promise.all([
        periods.calendarFor(instansiId, Number(date.slice(0, 4))),
        org.pegawaiCards(instansiId, ids),
        repo.countActivity(db, {
          instansiId,
          pegawaiIds: ids,
          date,
          period: period ? { from: period.startDate, to: period.endDate } : null,
          duplicateMinCount: settings.duplicateMinCount,
        }),
        repo.staleRhkCounts(db, {
          instansiId,
          pegawaiIds: ids,
          date,
          window: { from: windowStart, to: date },
        }),
      ])
      const countOf = new Map(counts.map((c) => [c.pegawaiId, c]))

      const rows: MonitoringRow[] = []
      for (const id of ids) {
        const card = cards.get(id)
        // People who left (inactive) are not expected to log; they drop out of the list.
        if (!card?.active) continue
        const c = countOf.get(id)
        rows.push({
          pegawai: {
            id,
            name: card.fullName,
            nip: card.nip,
            jabatanName: card.jabatanName,
            unitName: card.unitName,
          },
          entriesOnDate: c?.entriesOnDate ?? 0,
          minutesOnDate: c?.minutesOnDate ?? 0,
          loggedOnDate: (c?.entriesOnDate ?? 0) > 0,
          lastEntryDate: c?.lastEntryDate ?? null,
          entriesInPeriod: c?.entriesInPeriod ?? 0,
          lateInPeriod: c?.lateInPeriod ?? 0,
          pendingVerification: c?.pendingInPeriod ?? 0,
          flaggedInPeriod: c?.flaggedInPeriod ?? 0,
          staleRhk: staleOf.get(id) ?? 0,
        })
      }
      // Those who did not log come first: they are who the atasan looks for.
      rows.sort(
        (a, b) =>
          Number(a.loggedOnDate) - Number(b.loggedOnDate) ||
          a.pegawai.name.localeCompare(b.pegawai.name, 'id'),
      )
      const logged = rows.filter((r) => r.loggedOnDate).length
      return {
        date,
        today,
        working: isWorkingDay(date, cal),
        period: period
          ? {
              id: period.id,
              name: period.name,
              startDate: period.startDate,
              endDate: period.endDate,
            }
          : null,
        totals: {
          subordinates: rows.length,
          logged,
          notLogged: rows.length - logged,
          late: rows.reduce((s, r) => s + r.lateInPeriod, 0),
          pendingVerification: rows.reduce((s, r) => s + r.pendingVerification, 0),
        },
        rows,
      }
    },

    /**
     * The atasan (today's direct atasan incl. PLT/PLH and overrides, or the SKP's snapshotted
     * pejabat penilai) verifies one entry: sesuai, or perlu perbaikan with a note. An admin may
     * act for them (audited with actingFor). Visible but not theirs → 403; invisible → 404.
     */
    async verify(actor: Actor, id: string, input: VerifyInput): Promise<VerifyResult> {
      const instansiId = actor.instansiId
      if (!instansiId) throw notFound('Kegiatan')
      const ctx = await contextFor(actor, instansiId, [id])
      const { verified, refused } = await db.transaction((tx) =>
        verifyIn(tx, actor, instansiId, [id], input, ctx),
      )
      const denied = refused[0]
      if (denied?.why === 'forbidden') throw forbidden(NOT_ATASAN_REASON, 'NOT_ATASAN')
      const done = verified[0]
      if (!done) throw notFound('Kegiatan')
      await announce(actor, instansiId, verified)
      return {
        id: done.ref.id,
        verificationStatus: done.verification.verdict,
        verification: done.verification,
        version: done.version,
      }
    },

    /**
     * The same for up to 200 entries in one transaction: entries the actor may not verify are
     * skipped with a reason (invisible ones as "Tidak ditemukan"); one event per pegawai.
     */
    async verifyBulk(actor: Actor, input: BulkVerifyInput): Promise<BulkVerifyResult> {
      const ids = [...new Set(input.ids)]
      const instansiId = actor.instansiId
      if (!instansiId)
        return { updated: 0, skipped: ids.map((id) => ({ id, reason: NOT_FOUND_REASON })) }
      const ctx = await contextFor(actor, instansiId, ids)
      const { verified, refused } = await db.transaction((tx) =>
        verifyIn(tx, actor, instansiId, ids, input, ctx),
      )
      await announce(actor, instansiId, verified)
      return {
        updated: verified.length,
        skipped: refused.map((r) => ({
          id: r.id,
          reason: r.why === 'forbidden' ? NOT_ATASAN_REASON : NOT_FOUND_REASON,
        })),
      }
    },

    /** Every verdict on an entry, newest first: whoever may see the entry. */
    async verificationHistory(actor: Actor, id: string) {
      const instansiId = actor.instansiId
      if (!instansiId) throw notFound('Kegiatan')
      const [ref, index] = await Promise.all([
        repo.findProgressRef(db, instansiId, id),
        org.atasanIndex(instansiId),
      ])
      if (!ref) throw notFound('Kegiatan')
      const target = { instansiId, pegawaiId: ref.pegawaiId }
      // The snapshotted pejabat penilai verifies even after leaving the chain, so they read too.
      const visible =
        readAccess(actor, target, index) ??
        atasanAccess(
          actor,
          target,
          index,
          ref.skpId ? ((await snapshotAtasanOf(instansiId, [ref])).get(ref.skpId) ?? null) : null,
        )
      if (!visible) throw notFound('Kegiatan')
      return (await repo.listVerifications(db, id)).map((v) => ({
        verdict: v.verdict,
        note: v.note,
        byName: v.byName,
        at: v.at.toISOString(),
      }))
    },
  }
  return service
}

export type MonitoringService = ReturnType<typeof createMonitoringService>
