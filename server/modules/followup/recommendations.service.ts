import type { z } from 'zod'
import type {
  CoachingList,
  CoachingPlan,
  CoachingPlanInput,
  CoachingPlanUpdate,
  Recommendation,
  RecommendationList,
  recommendationQuerySchema,
} from '../../../shared/followup.ts'
import { isRealDate } from '../../../shared/rules/date.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import { recommend } from '../../../shared/rules/recommendations.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { Db } from '../../db/client.ts'
import { isAbove } from '../activities/activities.policy.ts'
import type {
  AssessmentResult,
  AssessmentsFollowupPort,
} from '../assessments/assessments.followup-port.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import { followupScopeOf, isFollowupAdmin, unitInScope } from './followup.policy.ts'
import * as repo from './recommendations.repository.ts'
import { FollowupVersionConflict } from './tpp.errors.ts'
import { subtreeOf } from './tpp.service.ts'

export type RecommendationsDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<
    OrgService,
    'atasanIndex' | 'unitsOf' | 'pegawaiCards' | 'getPegawaiUnchecked' | 'instansiInfo'
  >
  periods: Pick<PeriodsService, 'periodById'>
  /** Assessment results as stored (the assessments' follow-up read port). */
  assessments: Pick<AssessmentsFollowupPort, 'finalResults'>
}

export type PeriodInfo = { id: string; name: string; startDate: string; endDate: string }

/** Name and dates of the periods of some results (a handful of distinct ids). */
export async function periodsOf(
  periods: Pick<PeriodsService, 'periodById'>,
  instansiId: string,
  results: readonly AssessmentResult[],
): Promise<Map<string, PeriodInfo>> {
  const ids = [...new Set(results.map((r) => r.periodId))]
  const found = await Promise.all(ids.map((id) => periods.periodById(instansiId, id)))
  return new Map(
    found.flatMap((p) =>
      p ? [[p.id, { id: p.id, name: p.name, startDate: p.startDate, endDate: p.endDate }]] : [],
    ),
  )
}

/** Newest period first (by end, then start). */
export const newestFirst = (a: PeriodInfo | undefined, b: PeriodInfo | undefined) =>
  (b?.endDate ?? '').localeCompare(a?.endDate ?? '') ||
  (b?.startDate ?? '').localeCompare(a?.startDate ?? '')

export function presentPlan(row: repo.CoachingPlanRow): CoachingPlan {
  return {
    id: row.id,
    pegawaiId: row.pegawaiId,
    plan: row.plan,
    followUpDate: row.followUpDate,
    status: row.status,
    outcome: row.outcome,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  }
}

/**
 * Reward and coaching recommendations (decision 0011) from the final periodic predikat of a
 * year and the year before, and the coaching plans behind them. Lists: the admin sees the
 * instansi, a leader the units they head and below (by the unit of the person's newest
 * result), anyone else 403. A plan is written by the admin or the person's atasan today;
 * whoever may see the person (themselves, their supervisors, leaders of their unit, the admin)
 * reads the plans; everyone else gets 404.
 */
export function createRecommendationsService(deps: RecommendationsDeps) {
  const { db, clock, audit, org, periods, assessments } = deps

  function requireInstansi(actor: Actor): string {
    if (!actor.instansiId) throw notFound('Pegawai')
    return actor.instansiId
  }

  async function todayOf(instansiId: string) {
    const tz = (await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta'
    return dayIn(clock.now(), tz)
  }

  /** May write plans for the person: the admin or today's atasan, never for oneself. */
  function canManage(
    actor: Actor,
    pegawaiId: string,
    index: { atasanOf(id: string): string | null },
  ): boolean {
    if (actor.pegawaiId === pegawaiId) return false
    if (isFollowupAdmin(actor)) return true
    return !!actor.pegawaiId && index.atasanOf(pegawaiId) === actor.pegawaiId
  }

  /** What the actor may do with the person's plans; 404 when they may not see the person. */
  async function accessTo(actor: Actor, pegawaiId: string) {
    const instansiId = requireInstansi(actor)
    const person = await org.getPegawaiUnchecked(instansiId, pegawaiId)
    if (!person) throw notFound('Pegawai')
    const index = await org.atasanIndex(instansiId)
    const manage = canManage(actor, pegawaiId, index)
    let see =
      manage ||
      isFollowupAdmin(actor) ||
      actor.pegawaiId === pegawaiId ||
      (!!actor.pegawaiId && isAbove(index, actor.pegawaiId, pegawaiId))
    if (!see) {
      const scope = await followupScopeOf(org, actor)
      see = !!scope && unitInScope(scope, person.unitId)
    }
    if (!see) throw notFound('Pegawai')
    return { instansiId, manage }
  }

  function checkFollowUpDate(value: string, today: string): void {
    if (!isRealDate(value)) throw validationFailed({ followUpDate: 'Tanggal tidak valid' })
    if (value < today)
      throw validationFailed({
        followUpDate: 'Tanggal tindak lanjut tidak boleh sebelum hari ini',
      })
  }

  const service = {
    /** Recommendations of a year for the actor's scope (admin: all; leaders: their units). */
    async recommendations(
      actor: Actor,
      q: z.output<typeof recommendationQuerySchema>,
    ): Promise<RecommendationList> {
      const scope = await followupScopeOf(org, actor)
      if (!scope)
        throw forbidden(
          'Hanya admin instansi dan pimpinan unit yang dapat melihat rekomendasi',
          'NOT_LEADER',
        )
      const { instansiId } = scope
      let inUnits: Set<string> | null = null
      if (q.unitId) {
        const units = await org.unitsOf(instansiId)
        if (!units.some((u) => u.id === q.unitId) || !unitInScope(scope, q.unitId))
          throw notFound('Unit')
        inUnits = subtreeOf(units, q.unitId)
      }
      const results = (
        await assessments.finalResults(instansiId, { years: [q.year - 1, q.year], annual: false })
      ).filter((r) => r.predikat)
      const periodInfo = await periodsOf(periods, instansiId, results)
      const byPerson = new Map<string, AssessmentResult[]>()
      for (const r of results) {
        const list = byPerson.get(r.pegawaiId) ?? []
        list.push(r)
        byPerson.set(r.pegawaiId, list)
      }

      type Draft = Omit<Recommendation, 'coachingPlan' | 'canCoach' | 'name' | 'nip'> & {
        snapshotName: string
        snapshotNip: string
      }
      const drafts: Draft[] = []
      for (const [pegawaiId, list] of byPerson) {
        list.sort((a, b) => newestFirst(periodInfo.get(a.periodId), periodInfo.get(b.periodId)))
        const latest = list[0]
        if (!latest) continue
        if (!unitInScope(scope, latest.unitId)) continue
        if (inUnits && !inUnits.has(latest.unitId)) continue
        const history = list.map((r) => ({
          periodId: r.periodId,
          periodName: periodInfo.get(r.periodId)?.name ?? '',
          predikat: r.predikat as Predikat,
        }))
        const rule = recommend(history)
        if (!rule) continue
        drafts.push({
          pegawaiId,
          snapshotName: latest.pegawaiName,
          snapshotNip: latest.pegawaiNip,
          unitName: latest.unitName,
          kind: rule.kind,
          reason: rule.reason,
          history: history.map(({ periodName, predikat }) => ({ periodName, predikat })),
        })
      }
      const ids = drafts.map((d) => d.pegawaiId)
      const [cards, plans, index] = await Promise.all([
        org.pegawaiCards(instansiId, ids),
        repo.listPlans(
          db,
          instansiId,
          drafts.filter((d) => d.kind === 'coaching').map((d) => d.pegawaiId),
        ),
        org.atasanIndex(instansiId),
      ])
      const planOf = new Map<string, repo.CoachingPlanRow>()
      // Listed open plan first, then newest: the first per person is the one to show.
      for (const p of plans) if (!planOf.has(p.pegawaiId)) planOf.set(p.pegawaiId, p)
      const items: Recommendation[] = drafts
        .map(({ snapshotName, snapshotNip, ...d }) => {
          const card = cards.get(d.pegawaiId)
          const plan = d.kind === 'coaching' ? planOf.get(d.pegawaiId) : undefined
          return {
            ...d,
            name: card?.fullName ?? snapshotName,
            nip: card?.nip ?? snapshotNip,
            coachingPlan: plan ? presentPlan(plan) : null,
            canCoach: d.kind === 'coaching' && canManage(actor, d.pegawaiId, index),
          }
        })
        .sort(
          (a, b) =>
            Number(a.kind === 'reward') - Number(b.kind === 'reward') ||
            a.unitName.localeCompare(b.unitName, 'id') ||
            a.name.localeCompare(b.name, 'id'),
        )
      return { year: q.year, items }
    },

    /** A person's coaching plans (the open one first, then newest) for whoever may see the person. */
    async listCoaching(actor: Actor, pegawaiId: string): Promise<CoachingList> {
      const { instansiId, manage } = await accessTo(actor, pegawaiId)
      const rows = await repo.listPlans(db, instansiId, [pegawaiId])
      return { pegawaiId, items: rows.map(presentPlan), canManage: manage }
    },

    /** The admin or the person's atasan writes a plan (one open plan per person; audited). */
    async createCoaching(actor: Actor, input: CoachingPlanInput): Promise<CoachingPlan> {
      const { instansiId, manage } = await accessTo(actor, input.pegawaiId)
      if (!manage)
        throw forbidden(
          'Hanya atasan langsung pegawai atau admin instansi yang dapat membuat rencana pembinaan',
          'NOT_ATASAN',
        )
      checkFollowUpDate(input.followUpDate, await todayOf(instansiId))
      const row = await db.transaction(async (tx) => {
        if (await repo.findOpenPlan(tx, instansiId, input.pegawaiId))
          throw conflict(
            'OPEN_PLAN_EXISTS',
            'Pegawai ini masih memiliki rencana pembinaan yang berjalan; perbarui atau tutup rencana itu dulu',
          )
        const now = clock.now()
        const created = await repo.insertPlan(tx, {
          instansiId,
          pegawaiId: input.pegawaiId,
          plan: input.plan,
          followUpDate: input.followUpDate,
          createdByUserId: actor.userId,
          createdByName: actor.displayName,
          createdAt: now,
          updatedAt: now,
        })
        await audit.record(tx, actor, {
          action: 'coaching_plan.created',
          entity: 'coaching_plan',
          entityId: created.id,
          after: presentPlan(created),
        })
        return created
      })
      return presentPlan(row)
    },

    /**
     * Updates an open plan or closes it with an outcome (status selesai). A closed plan is
     * history: 409 PLAN_CLOSED. Stale version → 409 VERSION_CONFLICT with the current plan.
     */
    async updateCoaching(
      actor: Actor,
      id: string,
      input: CoachingPlanUpdate,
    ): Promise<CoachingPlan> {
      const instansiId = requireInstansi(actor)
      const found = await repo.findPlan(db, instansiId, id)
      if (!found) throw notFound('Rencana pembinaan')
      const { manage } = await accessTo(actor, found.pegawaiId).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('Rencana pembinaan') : e
      })
      if (!manage)
        throw forbidden(
          'Hanya atasan langsung pegawai atau admin instansi yang dapat mengubah rencana pembinaan',
          'NOT_ATASAN',
        )
      const today = await todayOf(instansiId)
      if (input.followUpDate !== undefined && input.followUpDate !== found.followUpDate)
        checkFollowUpDate(input.followUpDate, today)
      const closing = input.status === 'selesai'
      const outcome = input.outcome === undefined ? found.outcome : input.outcome || null
      if (closing && !outcome)
        throw validationFailed({ outcome: 'Tulis hasil pembinaan sebelum menutup rencana' })
      const row = await db.transaction(async (tx) => {
        const before = await repo.lockPlan(tx, instansiId, id)
        if (!before) throw notFound('Rencana pembinaan')
        if (before.version !== input.version) throw new FollowupVersionConflict(presentPlan(before))
        if (before.status === 'selesai')
          throw conflict(
            'PLAN_CLOSED',
            'Rencana pembinaan ini sudah selesai; buat rencana baru bila perlu',
          )
        const now = clock.now()
        const after = await repo.updatePlan(tx, id, {
          plan: input.plan ?? before.plan,
          followUpDate: input.followUpDate ?? before.followUpDate,
          outcome,
          ...(closing ? { status: 'selesai' as const, closedAt: now } : {}),
          version: before.version + 1,
          updatedAt: now,
        })
        await audit.record(tx, actor, {
          action: closing ? 'coaching_plan.closed' : 'coaching_plan.updated',
          entity: 'coaching_plan',
          entityId: id,
          before: presentPlan(before),
          after: presentPlan(after),
        })
        return after
      })
      return presentPlan(row)
    },
  }
  return service
}
export type RecommendationsService = ReturnType<typeof createRecommendationsService>
