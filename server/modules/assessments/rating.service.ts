import type { z } from 'zod'
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  type AssessmentDetail,
  type AssessmentSummary,
  type BawahanList,
  type bawahanQuerySchema,
  type decideInputSchema,
  type DistributionEnforcement,
  type DistributionView,
  type distributionQuerySchema,
  type FeedbackInput,
  type finaliseBulkInputSchema,
  type finaliseBulkResultSchema,
  type finaliseInputSchema,
  type orgPredikatInputSchema,
  type orgPredikatItemSchema,
  type OrgPredikatList,
  type orgPredikatQuerySchema,
  type RateInput,
  type reopenInputSchema,
  type unitFinaliseInputSchema,
  type unitReopenInputSchema,
} from '../../../shared/assessments.ts'
import {
  ASSESSMENT_STATUS_LABEL,
  canAssessmentTransition,
  hasPredikat,
  isFeedbackEditable,
  isResultVisibleToOwner,
  objectionOpenUntil,
  type AssessmentAction,
  type AssessmentActorRole,
  type AssessmentStatus,
} from '../../../shared/rules/assessment-workflow.ts'
import type { AtasanIndex } from '../../../shared/rules/atasan.ts'
import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import {
  checkDistribution,
  CURRENT_PATTERNS,
  DISTRIBUTION_PATTERNS_V1,
  distributionUnitOf,
  emptyCounts,
  ROUNDING_RULE_TEXT,
  type DistributionCheck,
  type DistributionPatterns,
} from '../../../shared/rules/distribution.ts'
import {
  predikatOf,
  ratingHasilForUnitHead,
  type Predikat,
  type Rating,
} from '../../../shared/rules/predikat.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { DomainEvents, EventBus } from '../../lib/events.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import {
  AssessmentConflictError,
  invalidTransition,
  versionConflict,
} from './assessments.errors.ts'
import { canReadAssessment, canSetOrgPredikat, isAssessmentAdmin } from './assessments.policy.ts'
import { presentPeriod } from './assessments.presenter.ts'
import * as core from './assessments.repository.ts'
import type { PeriodPlan } from './assessments.service.ts'
import * as repo from './rating.repository.ts'

/** What the pegawai side (assessments.service.ts) lends the assessor side. */
export type AssessmentsPort = {
  /** The period's missing assessments, read without writing; `materialise` inserts them. */
  planPeriod(
    instansiId: string,
    periodId: string,
    pegawaiIds?: readonly string[],
  ): Promise<PeriodPlan>
  /** Creates the period's missing assessments (all of the instansi, or of these people). */
  ensurePeriod(
    instansiId: string,
    periodId: string,
    pegawaiIds?: readonly string[],
  ): Promise<unknown>
  /** The detail as the actor may see it (404 when they may not). */
  getDetail(actor: Actor, id: string): Promise<AssessmentDetail>
  /** Summaries of rows the caller already authorised, as the actor sees them. */
  summaries(actor: Actor, rows: readonly core.AssessmentRow[]): Promise<AssessmentSummary[]>
  /** Why these people have no assessment in the period (people with one are left out). */
  missingReasons(
    instansiId: string,
    periodId: string,
    pegawaiIds: readonly string[],
  ): Promise<Map<string, string>>
}

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'atasanIndex' | 'unitsOf' | 'pegawaiCards' | 'instansiInfo'>
  skp: Pick<SkpService, 'skpsForPeriod' | 'rhkRefs'>
  periods: Pick<PeriodsService, 'periodById'>
  events: EventBus
  assessments: AssessmentsPort
}

type Row = core.AssessmentRow
type OrgPredikatItem = z.infer<typeof orgPredikatItemSchema>
type Person = DistributionView['people'][number]
type UnitInfo = { id: string; parentId: string | null; name: string; active: boolean }

/** The unit tree of an instansi, loaded once per request (org.unitsOf). */
type UnitTree = {
  list: readonly UnitInfo[]
  byId: ReadonlyMap<string, UnitInfo>
  parentOf: ReadonlyMap<string, string | null>
}

/** What a distribution needs of a period: org predikat per unit and the aggregate counts. */
type PeriodState = {
  orgByUnit: ReadonlyMap<string, repo.OrgPredikatRow>
  withPredikat: ReadonlySet<string>
  counts: readonly {
    unitId: string
    status: AssessmentStatus
    predikat: Predikat | null
    n: number
  }[]
  enforcement: DistributionEnforcement
  objectionDays: number
  patterns: DistributionPatterns
}

const FINAL: readonly AssessmentStatus[] = repo.FINAL_STATUSES
const ACTION_VERB: Record<AssessmentAction | 'feedback', string> = {
  submit: 'diajukan',
  rate: 'dinilai',
  finalise: 'difinalkan',
  acknowledge: 'diterima',
  object: 'diajukan keberatan',
  decide: 'diputuskan keberatannya',
  reopen: 'dibuka kembali',
  feedback: 'diberi umpan balik',
}
const NOT_ASSESSOR =
  'Hanya pejabat penilai yang tercatat pada penilaian ini yang dapat melakukannya'
const NOT_REVIEWER =
  'Hanya atasan pejabat penilai yang tercatat pada penilaian ini yang dapat memutuskan keberatan'
const NOT_ADMIN = 'Hanya admin instansi yang dapat membuka kembali penilaian yang sudah final'
const NOT_UNIT_LEADER =
  'Hanya pimpinan satu tingkat di atas unit ini (atau admin instansi untuk unit tertinggi) yang dapat menetapkannya'
const JUSTIFICATION_NEEDED =
  'Sebaran predikat di unit ini di luar pola distribusi. Tuliskan alasan (justifikasi) untuk melanjutkan.'
const BLOCKED =
  'Sebaran predikat di unit ini di luar pola distribusi, dan instansi tidak mengizinkan finalisasi di luar pola. Sesuaikan penilaian terlebih dahulu.'
const ORG_NOT_SET = (unitName: string) =>
  `Predikat kinerja organisasi ${unitName} untuk periode ini belum ditetapkan oleh pimpinan satu tingkat di atasnya.`

/** Raised inside a transaction on a stale version; answered with the current detail after it. */
class StaleVersion extends Error {}

/** The check as the API carries it (rules as plain data). */
const presentCheck = (c: DistributionCheck): NonNullable<DistributionView['check']> => ({
  ...c,
  rules: c.rules.map((r) => ({
    ...r,
    rule: {
      kind: r.rule.kind,
      predikat: [...r.rule.predikat],
      ...('percent' in r.rule ? { percent: r.rule.percent } : {}),
    },
  })),
})

const patternsOf = (version: number): DistributionPatterns =>
  version === DISTRIBUTION_PATTERNS_V1.version ? DISTRIBUTION_PATTERNS_V1 : CURRENT_PATTERNS

export function createRatingService({
  db,
  clock,
  audit,
  org,
  skp,
  periods,
  events,
  assessments,
}: Deps) {
  function requireInstansi(actor: Actor, what = 'Penilaian'): string {
    if (!actor.instansiId) throw notFound(what)
    return actor.instansiId
  }

  async function periodOf(instansiId: string, periodId: string) {
    const p = await periods.periodById(instansiId, periodId)
    if (!p) throw notFound('Periode penilaian')
    return p
  }

  async function zoneOf(instansiId: string) {
    return (await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta'
  }

  async function unitTree(instansiId: string): Promise<UnitTree> {
    const list = await org.unitsOf(instansiId)
    return {
      list,
      byId: new Map(list.map((u) => [u.id, u])),
      parentOf: new Map(list.map((u) => [u.id, u.parentId])),
    }
  }

  async function periodState(ex: Executor, instansiId: string, periodId: string) {
    // One after the other: `ex` may be a transaction (one connection, no parallel queries).
    const orgRows = await core.listOrgPredikat(ex, instansiId, periodId)
    const counts = await repo.countByUnit(ex, instansiId, periodId)
    const settings = await core.findSettings(ex, instansiId)
    const orgByUnit = new Map(orgRows.map((r) => [r.unitId, r]))
    return {
      orgByUnit,
      withPredikat: new Set(orgByUnit.keys()),
      counts,
      enforcement:
        settings?.distributionEnforcement ?? DEFAULT_ASSESSMENT_SETTINGS.distributionEnforcement,
      objectionDays: settings?.objectionDays ?? DEFAULT_ASSESSMENT_SETTINGS.objectionDays,
      patterns: patternsOf(settings?.patternVersion ?? CURRENT_PATTERNS.version),
    } satisfies PeriodState
  }

  /** The group an assessment counts in (decision 0010): null when no unit above has a predikat. */
  const groupOf = (unitId: string, tree: UnitTree, state: PeriodState) =>
    distributionUnitOf(unitId, tree.parentOf, state.withPredikat)

  /**
   * The units counted in a unit's group: those whose nearest unit with a predikat is this one —
   * as if it had one already, so a unit's distribution can be shown before its predikat is set.
   */
  function membersOf(groupId: string, tree: UnitTree, state: PeriodState): Set<string> {
    const marked = new Set(state.withPredikat).add(groupId)
    const ids = new Set<string>([...tree.byId.keys(), ...state.counts.map((c) => c.unitId)])
    return new Set([...ids].filter((u) => distributionUnitOf(u, tree.parentOf, marked) === groupId))
  }

  function tally(members: ReadonlySet<string>, state: PeriodState) {
    const counts = emptyCounts()
    let total = 0
    let notFinal = 0
    for (const c of state.counts) {
      if (!members.has(c.unitId)) continue
      total += c.n
      if (!FINAL.includes(c.status)) notFinal += c.n
      if (hasPredikat(c.status) && c.predikat) counts[c.predikat] += c.n
    }
    return { counts, total, notFinal }
  }

  /** Whether the viewer heads the unit or a unit above it (its leaders, up to the top). */
  function leadsUnit(actor: Actor, unitId: string, tree: UnitTree, index: AtasanIndex) {
    const me = actor.pegawaiId
    if (!me) return false
    const seen = new Set<string>()
    for (let u: string | null = unitId; u && !seen.has(u); u = tree.parentOf.get(u) ?? null) {
      if (index.headsOf(u).includes(me)) return true
      seen.add(u)
    }
    return false
  }

  /**
   * The drill-down of some groups, one query for all: an admin and the leaders of a group's
   * unit (its heads and the heads above) see everyone counted in it; anyone else only the
   * assessments canReadAssessment lets them open (those they rate or decide, those below them)
   * — never a colleague's. The viewer's own predikat stays hidden until final, as everywhere.
   */
  async function peopleOf(
    ex: Executor,
    actor: Actor,
    instansiId: string,
    periodId: string,
    groups: ReadonlyMap<string, ReadonlySet<string>>,
    tree: UnitTree,
    index: AtasanIndex,
  ): Promise<Map<string, Person[]>> {
    const unitIds = new Set<string>()
    for (const members of groups.values()) for (const u of members) unitIds.add(u)
    const rows = await repo.listPeopleInUnits(ex, instansiId, periodId, [...unitIds])
    const admin = isAssessmentAdmin(actor, instansiId)
    const leads = new Map([...groups.keys()].map((g) => [g, leadsUnit(actor, g, tree, index)]))
    const out = new Map<string, Person[]>([...groups.keys()].map((g) => [g, []]))
    for (const r of rows) {
      const own = !!actor.pegawaiId && actor.pegawaiId === r.pegawaiId
      const person: Person = {
        assessmentId: r.id,
        pegawaiId: r.pegawaiId,
        name: r.pegawaiName,
        nip: r.pegawaiNip,
        jabatanName: r.jabatanName,
        unitName: r.unitName,
        status: r.status,
        predikat:
          hasPredikat(r.status) && (!own || isResultVisibleToOwner(r.status)) ? r.predikat : null,
      }
      let readable: boolean | undefined
      for (const [g, members] of groups) {
        if (!members.has(r.unitId)) continue
        readable ??= admin || own || !!canReadAssessment(actor, r, index)
        if (readable || leads.get(g)) out.get(g)?.push(person)
      }
    }
    return out
  }

  function viewOf(
    groupId: string,
    periodId: string,
    tree: UnitTree,
    state: PeriodState,
    members: ReadonlySet<string>,
    people: Person[],
  ): DistributionView {
    const { counts, total } = tally(members, state)
    const row = state.orgByUnit.get(groupId)
    return {
      unitId: groupId,
      unitName: tree.byId.get(groupId)?.name ?? '',
      periodId,
      orgPredikat: row
        ? {
            value: row.value,
            setByName: row.setByName,
            setAt: row.updatedAt.toISOString(),
            note: row.note,
            finalisedAt: row.finalisedAt?.toISOString() ?? null,
            justification: row.justification,
          }
        : null,
      check: row ? presentCheck(checkDistribution(row.value, counts, total, state.patterns)) : null,
      total,
      counts,
      people,
      enforcement: state.enforcement,
      roundingRule: ROUNDING_RULE_TEXT,
    }
  }

  /** Views of several groups for one viewer (people filtered per viewer). */
  async function viewsOf(
    ex: Executor,
    actor: Actor,
    instansiId: string,
    periodId: string,
    groupIds: readonly string[],
    tree: UnitTree,
    state: PeriodState,
    index: AtasanIndex,
  ): Promise<Map<string, DistributionView>> {
    const groups = new Map(groupIds.map((g) => [g, membersOf(g, tree, state)]))
    const people = groups.size
      ? await peopleOf(ex, actor, instansiId, periodId, groups, tree, index)
      : new Map<string, Person[]>()
    return new Map(
      [...groups].map(([g, members]) => [
        g,
        viewOf(g, periodId, tree, state, members, people.get(g) ?? []),
      ]),
    )
  }

  /**
   * Who may open a group's distribution: an admin, the heads of the unit or of any unit above
   * it (the leader one level up included), and the pejabat penilai of anyone counted in it.
   */
  function mayViewGroup(
    actor: Actor,
    instansiId: string,
    groupId: string,
    tree: UnitTree,
    index: AtasanIndex,
    assessedUnits: readonly string[],
    members: ReadonlySet<string>,
  ) {
    if (isAssessmentAdmin(actor, instansiId)) return true
    if (actor.instansiId !== instansiId) return false
    if (leadsUnit(actor, groupId, tree, index)) return true
    return assessedUnits.some((u) => members.has(u))
  }

  /**
   * The distribution rule of finalising (single, bulk and per unit): within the pattern → no
   * justification kept; outside → `block` refuses, `warn` needs a justification (then kept).
   */
  function enforce(view: DistributionView, justification: string | undefined): string | null {
    const check = view.check
    if (!check || check.withinPattern) return null
    if (view.enforcement === 'block')
      throw new AssessmentConflictError('DISTRIBUTION_BLOCKED', BLOCKED, { distribution: view })
    if (!justification)
      throw new AssessmentConflictError('DISTRIBUTION_OUTSIDE_PATTERN', JUSTIFICATION_NEEDED, {
        distribution: view,
      })
    return justification
  }

  /** Runs a use case; a stale version answers 409 with the current detail (read after the rollback). */
  async function guarded<T>(actor: Actor, id: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (e) {
      if (e instanceof StaleVersion) throw versionConflict(await assessments.getDetail(actor, id))
      throw e
    }
  }

  /**
   * Locks the assessment and asserts, in this order: visible (404), the role the action needs
   * (403 with `reason`), the version (409 VERSION_CONFLICT) and the status (409
   * INVALID_TRANSITION).
   */
  async function lockFor(
    tx: Executor,
    actor: Actor,
    index: AtasanIndex,
    id: string,
    version: number,
    action: AssessmentAction | 'feedback',
    need: { role: AssessmentActorRole; reason: string; message: string },
  ) {
    const instansiId = requireInstansi(actor)
    const row = await core.lockAssessment(tx, instansiId, id)
    const access = row ? canReadAssessment(actor, row, index) : null
    if (!row || !access) throw notFound('Penilaian')
    if (!access.roles.includes(need.role)) throw forbidden(need.message, need.reason)
    if (row.version !== version) throw new StaleVersion()
    const allowed =
      action === 'feedback'
        ? isFeedbackEditable(row.status)
        : canAssessmentTransition(row.status, action)
    if (!allowed)
      throw invalidTransition(
        `Penilaian berstatus ${ASSESSMENT_STATUS_LABEL[row.status]} tidak dapat ${ACTION_VERB[action]}`,
      )
    return { row, roles: access.roles }
  }

  const asAssessor = { role: 'assessor', reason: 'NOT_ASSESSOR', message: NOT_ASSESSOR } as const

  /** The view of one group (finalising needs it; viewsOf always answers every group asked). */
  async function groupView(
    ex: Executor,
    actor: Actor,
    instansiId: string,
    periodId: string,
    groupId: string,
    tree: UnitTree,
    state: PeriodState,
    index: AtasanIndex,
  ): Promise<DistributionView> {
    const views = await viewsOf(ex, actor, instansiId, periodId, [groupId], tree, state, index)
    const view = views.get(groupId)
    if (!view) throw new Error('group view missing')
    return view
  }

  /** The distribution a finalisation was checked against, as the audit keeps it. */
  const distributionAudit = (view: DistributionView) => ({
    withinPattern: view.check?.withinPattern ?? null,
    counts: view.counts,
    total: view.total,
  })

  /** The ratings of an assessment as an audit `before` keeps them. */
  const ratingsAudit = (row: Row) => ({
    status: row.status,
    version: row.version,
    ratingHasil: row.ratingHasil,
    ratingPerilaku: row.ratingPerilaku,
    predikat: row.predikat,
  })

  /** What finalising writes on an assessment (single and bulk). */
  const finalisedChange = (actor: Actor, at: Date, justification: string | null) => ({
    status: 'finalised' as const,
    finalisedAt: at,
    finalisedByUserId: actor.userId,
    justification,
  })

  /** The audit row of one finalised assessment (single and bulk). */
  function recordFinalised(
    tx: Executor,
    actor: Actor,
    before: { status?: AssessmentStatus; version?: number },
    after: Row,
    done: { groupId: string; view: DistributionView; justification: string | null; bulk?: true },
  ) {
    return audit.record(tx, actor, {
      action: 'assessment.finalised',
      entity: 'assessment',
      entityId: after.id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        version: after.version,
        predikat: after.predikat,
        ...(done.bulk ? { bulk: true } : {}),
        justification: done.justification,
        distribution: { unitId: done.groupId, ...distributionAudit(done.view) },
      },
    })
  }

  async function periodNameOf(instansiId: string, periodId: string) {
    return (await periods.periodById(instansiId, periodId))?.name ?? ''
  }

  /** Tells the pegawai of each final result (after commit), with the keberatan deadline. */
  async function emitFinalised(rows: readonly Row[], tz: string, objectionDays: number) {
    const first = rows[0]
    if (!first) return
    const periodName = await periodNameOf(first.instansiId, first.periodId)
    for (const row of rows)
      await events.emit('assessment.finalised', finalisedEvent(row, periodName, tz, objectionDays))
  }

  function finalisedEvent(row: Row, periodName: string, tz: string, objectionDays: number) {
    const at = row.finalisedAt ?? clock.now()
    return {
      instansiId: row.instansiId,
      assessmentId: row.id,
      periodName,
      pegawaiId: row.pegawaiId,
      predikat: row.predikat ?? 'baik',
      assessorName: row.assessorName ?? 'Admin instansi',
      objectionOpenUntil: objectionOpenUntil(dayIn(at, tz), objectionDays),
    } satisfies DomainEvents['assessment.finalised']
  }

  // ---------- organisational predikat helpers ----------
  function unitOrThrow(tree: UnitTree, unitId: string) {
    const unit = tree.byId.get(unitId)
    if (!unit) throw notFound('Unit')
    return unit
  }

  /** The context of a request on one unit's org predikat in a period (404 for an unknown one). */
  async function unitRequest(actor: Actor, input: { periodId: string; unitId: string }) {
    const instansiId = requireInstansi(actor, 'Unit')
    const period = await periodOf(instansiId, input.periodId)
    const [tree, index] = await Promise.all([unitTree(instansiId), org.atasanIndex(instansiId)])
    return { instansiId, period, tree, index, unit: unitOrThrow(tree, input.unitId) }
  }
  type UnitRequest = Awaited<ReturnType<typeof unitRequest>>

  function requireUnitLeader(actor: Actor, { instansiId, unit, index }: UnitRequest) {
    if (!canSetOrgPredikat(actor, instansiId, unit, index))
      throw forbidden(NOT_UNIT_LEADER, 'NOT_UNIT_LEADER')
  }

  /** The unit's org-predikat item as the actor now sees it. */
  async function orgItemOf(actor: Actor, { instansiId, period, unit, tree, index }: UnitRequest) {
    const [item] = await orgItems(actor, instansiId, period.id, [unit.id], tree, index)
    if (!item) throw notFound('Unit')
    return item
  }

  /** The org-predikat items of some units as the actor sees them (one set of queries). */
  async function orgItems(
    actor: Actor,
    instansiId: string,
    periodId: string,
    unitIds: readonly string[],
    tree: UnitTree,
    index: AtasanIndex,
  ): Promise<OrgPredikatItem[]> {
    const state = await periodState(db, instansiId, periodId)
    const views = await viewsOf(db, actor, instansiId, periodId, unitIds, tree, state, index)
    const headIds = unitIds.map((u) => index.headsOf(u)[0]).filter((x): x is string => !!x)
    const cards = headIds.length ? await org.pegawaiCards(instansiId, headIds) : new Map()
    return unitIds.map((unitId) => {
      const unit = unitOrThrow(tree, unitId)
      const row = state.orgByUnit.get(unitId)
      const head = index.headsOf(unitId)[0]
      const view = views.get(unitId)
      if (!view) throw new Error(`no distribution for unit ${unitId}`)
      return {
        unitId,
        unitName: unit.name,
        parentUnitName: unit.parentId ? (tree.byId.get(unit.parentId)?.name ?? null) : null,
        headName: head
          ? ((cards.get(head) as { fullName: string } | undefined)?.fullName ?? null)
          : null,
        value: row?.value ?? null,
        note: row?.note ?? null,
        version: row?.version ?? 0,
        setByName: row?.setByName ?? null,
        setAt: row?.updatedAt.toISOString() ?? null,
        finalisedAt: row?.finalisedAt?.toISOString() ?? null,
        canSet: canSetOrgPredikat(actor, instansiId, unit, index),
        distribution: view,
      }
    })
  }

  /** Units in tree order (parents first, siblings by name). */
  function treeOrder(tree: UnitTree, keep: ReadonlySet<string>): string[] {
    const children = new Map<string | null, UnitInfo[]>()
    for (const u of tree.list) {
      const key = u.parentId && tree.byId.has(u.parentId) ? u.parentId : null
      children.set(key, [...(children.get(key) ?? []), u])
    }
    const out: string[] = []
    const seen = new Set<string>()
    const walk = (parent: string | null) => {
      const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))
      for (const u of list) {
        if (seen.has(u.id)) continue
        seen.add(u.id)
        if (keep.has(u.id)) out.push(u.id)
        walk(u.id)
      }
    }
    walk(null)
    return out
  }

  const service = {
    /**
     * The pejabat penilai's list of a period (direct) or the keberatan the atasan pejabat
     * penilai decides (review), with the subordinates that have no assessment and why, and the
     * distribution of every group the listed people count in.
     */
    async bawahan(actor: Actor, q: z.output<typeof bawahanQuerySchema>): Promise<BawahanList> {
      const instansiId = requireInstansi(actor, 'Periode penilaian')
      const period = await periodOf(instansiId, q.periodId)
      const admin = isAssessmentAdmin(actor, instansiId)
      const me = actor.pegawaiId
      const zone = await zoneOf(instansiId)
      const today = dayIn(clock.now(), zone)
      const day = period.endDate < today ? period.endDate : today
      const [tree, index, todayIndex] = await Promise.all([
        unitTree(instansiId),
        org.atasanIndex(instansiId, day),
        org.atasanIndex(instansiId),
      ])
      const who = { pegawaiId: me, includeUnassigned: admin }

      let rows: Row[]
      let missing: BawahanList['missing'] = []
      if (q.scope === 'review') {
        rows = await repo.listForReviewer(db, instansiId, period.id, who)
      } else {
        // Who should be assessed by me: today's direct subordinates (on the period's day) and
        // anyone whose SKP names me as pejabat penilai; an admin: the people nobody assesses.
        const skps = await skp.skpsForPeriod(
          instansiId,
          period.year,
          period.startDate,
          period.endDate,
        )
        const candidates = new Set<string>(me ? index.directSubordinatesOf(me) : [])
        for (const s of skps) {
          if (me && s.atasanPegawaiId === me) candidates.add(s.pegawaiId)
          if (admin && !s.atasanPegawaiId) candidates.add(s.pegawaiId)
        }
        if (admin)
          for (const u of tree.list)
            if (!u.parentId) for (const h of index.headsOf(u.id)) candidates.add(h)
        if (me) candidates.delete(me)
        if (candidates.size) await assessments.ensurePeriod(instansiId, period.id, [...candidates])
        rows = await repo.listForAssessor(db, instansiId, period.id, who)
        const reasons = await assessments.missingReasons(instansiId, period.id, [...candidates])
        const cards = reasons.size
          ? await org.pegawaiCards(instansiId, [...reasons.keys()])
          : new Map<string, { fullName: string; active: boolean }>()
        missing = [...reasons]
          .flatMap(([pegawaiId, reason]) => {
            const card = cards.get(pegawaiId)
            return card?.active ? [{ pegawaiId, name: card.fullName, reason }] : []
          })
          .sort((a, b) => a.name.localeCompare(b.name))
      }

      const state = await periodState(db, instansiId, period.id)
      const groupIds = [...new Set(rows.map((r) => groupOf(r.unitId, tree, state) ?? r.unitId))]
      const views = await viewsOf(
        db,
        actor,
        instansiId,
        period.id,
        groupIds,
        tree,
        state,
        todayIndex,
      )
      return {
        period: presentPeriod(period),
        items: await assessments.summaries(actor, rows),
        missing,
        distributions: groupIds.map((g) => views.get(g)).filter((v): v is DistributionView => !!v),
      }
    },

    /**
     * One unit's distribution in a period: the group of people counted in it and the check
     * against its organisational predikat. 404 for a viewer who may not open it.
     */
    async distribution(
      actor: Actor,
      q: z.output<typeof distributionQuerySchema>,
    ): Promise<DistributionView> {
      const instansiId = requireInstansi(actor, 'Unit')
      const period = await periodOf(instansiId, q.periodId)
      const [tree, index] = await Promise.all([unitTree(instansiId), org.atasanIndex(instansiId)])
      if (!tree.byId.has(q.unitId)) throw notFound('Unit')
      // Who may open the group is judged as if the period's missing assessments existed (they
      // count, and their pejabat penilai may open it), but they are only created once the
      // viewer may: a refused request writes nothing (decision 0010, addendum 2026-11-28).
      const plan = await assessments.planPeriod(instansiId, period.id)
      let state: PeriodState = await periodState(db, instansiId, period.id)
      const me = actor.pegawaiId
      const pending = plan.pending.map((p) => ({
        unitId: p.unitId,
        status: 'draft' as const,
        predikat: null,
        n: 1,
      }))
      const members = membersOf(q.unitId, tree, { ...state, counts: [...state.counts, ...pending] })
      const assessed = me
        ? [
            ...(await repo.unitsAssessedBy(db, instansiId, period.id, me)),
            ...plan.pending.filter((p) => p.assessorPegawaiId === me).map((p) => p.unitId),
          ]
        : []
      if (!mayViewGroup(actor, instansiId, q.unitId, tree, index, assessed, members))
        throw notFound('Unit')
      if (await plan.materialise()) state = await periodState(db, instansiId, period.id)
      const views = await viewsOf(db, actor, instansiId, period.id, [q.unitId], tree, state, index)
      const view = views.get(q.unitId)
      if (!view) throw notFound('Unit')
      return view
    },

    /** The pejabat penilai's umpan balik per RHK (with an optional judgement) and per value. */
    async saveFeedback(actor: Actor, id: string, input: FeedbackInput): Promise<AssessmentDetail> {
      const instansiId = requireInstansi(actor)
      const index = await org.atasanIndex(instansiId)
      const refs = await skp.rhkRefs(
        instansiId,
        input.rhk.map((r) => r.rhkId),
      )
      await guarded(actor, id, () =>
        db.transaction(async (tx) => {
          const { row } = await lockFor(tx, actor, index, id, input.version, 'feedback', asAssessor)
          const fields: Record<string, string> = {}
          const rhkTopics = new Map<string, { rating: Rating | null; body: string | null }>()
          input.rhk.forEach((r, i) => {
            if (refs.get(r.rhkId)?.skpId !== row.skpId)
              fields[`rhk.${i}.rhkId`] = 'RHK ini bukan bagian dari SKP yang dinilai'
            else if (rhkTopics.has(r.rhkId)) fields[`rhk.${i}.rhkId`] = 'RHK ini disebut dua kali'
            rhkTopics.set(r.rhkId, { rating: r.rating, body: r.body || null })
          })
          const valueTopics = new Map<CoreValue, string | null>()
          input.perilaku.forEach((p, i) => {
            if (valueTopics.has(p.coreValue))
              fields[`perilaku.${i}.coreValue`] = 'Nilai ini disebut dua kali'
            valueTopics.set(p.coreValue, p.body || null)
          })
          if (Object.keys(fields).length) throw validationFailed(fields, 'INVALID_FEEDBACK')
          const upserts: repo.FeedbackUpsert[] = []
          const clearRhk: string[] = []
          const clearValues: CoreValue[] = []
          for (const [rhkId, f] of rhkTopics) {
            if (f.body === null && f.rating === null) clearRhk.push(rhkId)
            else upserts.push({ rhkId, coreValue: null, rating: f.rating, body: f.body })
          }
          for (const [coreValue, body] of valueTopics) {
            if (body === null) clearValues.push(coreValue)
            else upserts.push({ rhkId: null, coreValue, rating: null, body })
          }
          await repo.deleteFeedback(tx, row.id, { rhkIds: clearRhk, coreValues: clearValues })
          await repo.upsertFeedback(tx, instansiId, row.id, actor.userId, upserts)
          const after = await core.updateAssessment(tx, row.id, {})
          await audit.record(tx, actor, {
            action: 'assessment.feedback_saved',
            entity: 'assessment',
            entityId: row.id,
            before: { version: row.version },
            after: {
              version: after.version,
              rhk: [...rhkTopics].map(([rhkId, f]) => ({ rhkId, ...f })),
              perilaku: [...valueTopics].map(([coreValue, body]) => ({ coreValue, body })),
            },
          })
        }),
      )
      return assessments.getDetail(actor, id)
    },

    /**
     * The two ratings; the predikat follows from the quadrant. A unit head's rating hasil kerja
     * is that unit's predikat kinerja organisasi (409 ORG_PREDIKAT_NOT_SET while it has none).
     */
    async rate(actor: Actor, id: string, input: RateInput): Promise<AssessmentDetail> {
      const instansiId = requireInstansi(actor)
      const index = await org.atasanIndex(instansiId)
      const tree = await unitTree(instansiId)
      await guarded(actor, id, () =>
        db.transaction(async (tx) => {
          const { row } = await lockFor(tx, actor, index, id, input.version, 'rate', asAssessor)
          let hasil: Rating
          let source: 'atasan' | 'org_predikat'
          if (row.headsUnitId) {
            const op = await repo.findOrgPredikat(tx, instansiId, row.headsUnitId, row.periodId)
            if (!op)
              throw conflict(
                'ORG_PREDIKAT_NOT_SET',
                `${ORG_NOT_SET(tree.byId.get(row.headsUnitId)?.name ?? 'unit yang dipimpin')} Rating hasil kerja kepala unit mengikuti predikat itu.`,
              )
            hasil = ratingHasilForUnitHead(op.value)
            source = 'org_predikat'
          } else {
            if (!input.ratingHasil)
              throw validationFailed({ ratingHasil: 'Pilih rating hasil kerja' }, 'RATING_REQUIRED')
            hasil = input.ratingHasil
            source = 'atasan'
          }
          const predikat = predikatOf(hasil, input.ratingPerilaku)
          const after = await core.updateAssessment(tx, row.id, {
            status: 'rated',
            ratingHasil: hasil,
            ratingPerilaku: input.ratingPerilaku,
            predikat,
            ratingHasilSource: source,
            ratedAt: clock.now(),
            ratedByUserId: actor.userId,
          })
          await audit.record(tx, actor, {
            action: 'assessment.rated',
            entity: 'assessment',
            entityId: row.id,
            before: ratingsAudit(row),
            after: {
              status: after.status,
              version: after.version,
              ratingHasil: hasil,
              ratingPerilaku: input.ratingPerilaku,
              ratingHasilSource: source,
              predikat,
            },
          })
        }),
      )
      return assessments.getDetail(actor, id)
    },

    /** Finalise one rated assessment (distribution rule of its group; locked afterwards). */
    async finalise(
      actor: Actor,
      id: string,
      input: z.output<typeof finaliseInputSchema>,
    ): Promise<AssessmentDetail> {
      const instansiId = requireInstansi(actor)
      const [index, tree, tz] = await Promise.all([
        org.atasanIndex(instansiId),
        unitTree(instansiId),
        zoneOf(instansiId),
      ])
      const done = await guarded(actor, id, () =>
        db.transaction(async (tx) => {
          const { row } = await lockFor(tx, actor, index, id, input.version, 'finalise', asAssessor)
          const state = await periodState(tx, instansiId, row.periodId)
          const group = groupOf(row.unitId, tree, state)
          if (!group)
            throw conflict(
              'ORG_PREDIKAT_NOT_SET',
              ORG_NOT_SET(tree.byId.get(row.unitId)?.name ?? 'unit ini'),
            )
          const view = await groupView(
            tx,
            actor,
            instansiId,
            row.periodId,
            group,
            tree,
            state,
            index,
          )
          const justification = enforce(view, input.justification)
          const after = await core.updateAssessment(
            tx,
            row.id,
            finalisedChange(actor, clock.now(), justification),
          )
          await recordFinalised(tx, actor, row, after, { groupId: group, view, justification })
          return { row: after, objectionDays: state.objectionDays }
        }),
      )
      await emitFinalised([done.row], tz, done.objectionDays)
      return assessments.getDetail(actor, id)
    },

    /**
     * Finalise many: per item, version/status/assessor problems are skipped with a reason;
     * then one distribution check per group (outside the pattern → 409 for the whole request,
     * unless justified under `warn`).
     */
    async finaliseBulk(
      actor: Actor,
      input: z.output<typeof finaliseBulkInputSchema>,
    ): Promise<z.infer<typeof finaliseBulkResultSchema>> {
      const instansiId = requireInstansi(actor, 'Periode penilaian')
      await periodOf(instansiId, input.periodId)
      const [index, tree, tz] = await Promise.all([
        org.atasanIndex(instansiId),
        unitTree(instansiId),
        zoneOf(instansiId),
      ])
      const wanted = new Map<string, number>()
      const skipped: z.infer<typeof finaliseBulkResultSchema>['skipped'] = []
      for (const item of input.items) {
        if (wanted.has(item.id)) continue
        wanted.set(item.id, item.version)
      }
      const done = await db.transaction(async (tx) => {
        const rows = await repo.lockAssessments(tx, instansiId, [...wanted.keys()])
        const byId = new Map(rows.map((r) => [r.id, r]))
        const ok: Row[] = []
        for (const [id, version] of wanted) {
          const row = byId.get(id)
          const access =
            row && row.periodId === input.periodId ? canReadAssessment(actor, row, index) : null
          if (!row || !access) {
            skipped.push({ id, name: null, reason: 'Penilaian tidak ditemukan' })
            continue
          }
          const skip = (reason: string) => skipped.push({ id, name: row.pegawaiName, reason })
          if (!access.roles.includes('assessor')) skip(NOT_ASSESSOR)
          else if (row.version !== version)
            skip('Penilaian ini sudah diubah di tempat lain; muat ulang lalu ulangi')
          else if (!canAssessmentTransition(row.status, 'finalise'))
            skip(
              `Berstatus ${ASSESSMENT_STATUS_LABEL[row.status]}; hanya penilaian yang sudah dinilai yang dapat difinalkan`,
            )
          else ok.push(row)
        }
        const state = await periodState(tx, instansiId, input.periodId)
        const byGroup = new Map<string, Row[]>()
        for (const row of ok) {
          const g = groupOf(row.unitId, tree, state)
          if (!g) {
            skipped.push({
              id: row.id,
              name: row.pegawaiName,
              reason: ORG_NOT_SET(tree.byId.get(row.unitId)?.name ?? 'unit ini'),
            })
            continue
          }
          byGroup.set(g, [...(byGroup.get(g) ?? []), row])
        }
        const views = await viewsOf(
          tx,
          actor,
          instansiId,
          input.periodId,
          [...byGroup.keys()],
          tree,
          state,
          index,
        )
        const finalised: Row[] = []
        const at = clock.now()
        for (const [g, list] of byGroup) {
          const view = views.get(g)
          if (!view) throw new Error('group view missing')
          const justification = enforce(view, input.justification)
          const after = await repo.updateAssessments(
            tx,
            list.map((r) => r.id),
            finalisedChange(actor, at, justification),
          )
          for (const a of after) {
            const before = list.find((r) => r.id === a.id) ?? {}
            await recordFinalised(tx, actor, before, a, {
              groupId: g,
              view,
              justification,
              bulk: true,
            })
          }
          finalised.push(...after)
        }
        return { finalised, objectionDays: state.objectionDays }
      })
      await emitFinalised(done.finalised, tz, done.objectionDays)
      const order = [...wanted.keys()]
      return {
        finalised: done.finalised
          .map((r) => r.id)
          .sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        skipped,
      }
    },

    /**
     * The atasan pejabat penilai decides a keberatan: `ditolak` keeps the ratings, `dikabulkan`
     * takes new ones (the predikat follows). The previous ratings stay on the keberatan.
     */
    async decide(
      actor: Actor,
      id: string,
      input: z.output<typeof decideInputSchema>,
    ): Promise<AssessmentDetail> {
      const instansiId = requireInstansi(actor)
      const index = await org.atasanIndex(instansiId)
      const done = await guarded(actor, id, () =>
        db.transaction(async (tx) => {
          const { row } = await lockFor(tx, actor, index, id, input.version, 'decide', {
            role: 'reviewer',
            reason: 'NOT_REVIEWER',
            message: NOT_REVIEWER,
          })
          const objection = await repo.lockLatestObjection(tx, row.id)
          if (!objection || objection.decision)
            throw invalidTransition('Tidak ada keberatan yang menunggu keputusan')
          let ratings = {
            ratingHasil: row.ratingHasil,
            ratingPerilaku: row.ratingPerilaku,
            predikat: row.predikat,
          }
          if (input.decision === 'dikabulkan') {
            const fields: Record<string, string> = {}
            let hasil = input.ratingHasil
            if (row.headsUnitId) {
              const op = await repo.findOrgPredikat(tx, instansiId, row.headsUnitId, row.periodId)
              hasil = op ? ratingHasilForUnitHead(op.value) : (row.ratingHasil ?? undefined)
            }
            if (!hasil) fields.ratingHasil = 'Pilih rating hasil kerja yang baru'
            if (!input.ratingPerilaku)
              fields.ratingPerilaku = 'Pilih rating perilaku kerja yang baru'
            if (!hasil || !input.ratingPerilaku)
              throw validationFailed(
                fields,
                'RATING_REQUIRED',
                'Keberatan yang dikabulkan memerlukan rating yang baru.',
              )
            ratings = {
              ratingHasil: hasil,
              ratingPerilaku: input.ratingPerilaku,
              predikat: predikatOf(hasil, input.ratingPerilaku),
            }
          }
          const at = clock.now()
          await repo.updateObjection(tx, objection.id, {
            decision: input.decision,
            decisionNote: input.note,
            decidedByUserId: actor.userId,
            decidedByName: actor.displayName,
            decidedAt: at,
            previousRatingHasil: row.ratingHasil,
            previousRatingPerilaku: row.ratingPerilaku,
            previousPredikat: row.predikat,
          })
          const after = await core.updateAssessment(tx, row.id, { status: 'decided', ...ratings })
          await audit.record(tx, actor, {
            action: 'assessment.objection_decided',
            entity: 'assessment',
            entityId: row.id,
            before: ratingsAudit(row),
            after: {
              status: after.status,
              version: after.version,
              objectionId: objection.id,
              decision: input.decision,
              note: input.note,
              ...ratings,
            },
          })
          return after
        }),
      )
      await events.emit('assessment.decided', {
        instansiId,
        assessmentId: done.id,
        periodName: await periodNameOf(instansiId, done.periodId),
        pegawaiId: done.pegawaiId,
        decision: input.decision,
        predikat: done.predikat ?? 'baik',
        deciderName: actor.displayName,
      })
      return assessments.getDetail(actor, id)
    },

    /** An admin reopens a final assessment with a reason (the pegawai and the assessor go again). */
    async reopen(
      actor: Actor,
      id: string,
      input: z.output<typeof reopenInputSchema>,
    ): Promise<AssessmentDetail> {
      const instansiId = requireInstansi(actor)
      // Read before the transaction: inside it they would ask the pool for a second connection.
      const [index, tree] = await Promise.all([org.atasanIndex(instansiId), unitTree(instansiId)])
      const done = await guarded(actor, id, () =>
        db.transaction(async (tx) => {
          const { row } = await lockFor(tx, actor, index, id, input.version, 'reopen', {
            role: 'admin',
            reason: 'NOT_ALLOWED',
            message: NOT_ADMIN,
          })
          // A unit whose penetapan is done is locked: reopen the unit first (its own audit).
          const state = await periodState(tx, instansiId, row.periodId)
          const group = groupOf(row.unitId, tree, state)
          if (group && state.orgByUnit.get(group)?.finalisedAt)
            throw conflict(
              'ORG_PREDIKAT_LOCKED',
              'Penetapan predikat unit penilaian ini sudah dilakukan. Buka kembali penetapan unit tersebut terlebih dahulu.',
            )
          const after = await core.updateAssessment(tx, row.id, {
            status: 'reopened',
            finalisedAt: null,
            finalisedByUserId: null,
            acknowledgedAt: null,
            justification: null,
          })
          await audit.record(tx, actor, {
            action: 'assessment.reopened',
            entity: 'assessment',
            entityId: row.id,
            before: {
              status: row.status,
              version: row.version,
              predikat: row.predikat,
              finalisedAt: row.finalisedAt,
              acknowledgedAt: row.acknowledgedAt,
              justification: row.justification,
            },
            after: { status: after.status, version: after.version, reason: input.reason },
          })
          return after
        }),
      )
      await events.emit('assessment.reopened', {
        instansiId,
        assessmentId: done.id,
        periodName: await periodNameOf(instansiId, done.periodId),
        pegawaiId: done.pegawaiId,
        assessorPegawaiId: done.assessorPegawaiId,
        reason: input.reason,
      })
      return assessments.getDetail(actor, id)
    },

    // ---------- predikat kinerja organisasi ----------
    /**
     * The units the actor deals with for a period: those whose parent they head (they set the
     * predikat), their own unit (read only); an admin: every unit (sets it for top units).
     */
    async listOrgPredikat(
      actor: Actor,
      q: z.output<typeof orgPredikatQuerySchema>,
    ): Promise<OrgPredikatList> {
      const instansiId = requireInstansi(actor, 'Periode penilaian')
      const period = await periodOf(instansiId, q.periodId)
      const [tree, index] = await Promise.all([unitTree(instansiId), org.atasanIndex(instansiId)])
      const admin = isAssessmentAdmin(actor, instansiId)
      const me = actor.pegawaiId
      const rows = await core.listOrgPredikat(db, instansiId, period.id)
      const withRow = new Set(rows.map((r) => r.unitId))
      const keep = new Set<string>()
      for (const u of tree.list) {
        if (admin && (u.active || withRow.has(u.id))) keep.add(u.id)
        if (!me) continue
        if (u.parentId && index.headsOf(u.parentId).includes(me)) keep.add(u.id)
        if (index.headsOf(u.id).includes(me)) keep.add(u.id)
      }
      if (keep.size) await assessments.ensurePeriod(instansiId, period.id)
      const unitIds = treeOrder(tree, keep)
      return {
        period: presentPeriod(period),
        items: unitIds.length
          ? await orgItems(actor, instansiId, period.id, unitIds, tree, index)
          : [],
      }
    },

    /**
     * Set a unit's predikat kinerja organisasi (leader one level up; admin for a top unit).
     * Non-final assessments of the unit's heads follow it in the same transaction.
     */
    async setOrgPredikat(
      actor: Actor,
      input: z.output<typeof orgPredikatInputSchema>,
    ): Promise<OrgPredikatItem> {
      const ctx = await unitRequest(actor, input)
      const { instansiId, period, tree, index, unit } = ctx
      requireUnitLeader(actor, ctx)
      await db
        .transaction(async (tx) => {
          const current = await repo.lockOrgPredikat(tx, instansiId, unit.id, period.id)
          let row: repo.OrgPredikatRow
          if (current) {
            if (current.finalisedAt)
              throw conflict(
                'ORG_PREDIKAT_LOCKED',
                'Predikat kinerja organisasi unit ini sudah ditetapkan (penetapan) dan terkunci. Admin instansi dapat membukanya kembali.',
              )
            if (input.version !== current.version) throw new StaleVersion()
            row = await repo.updateOrgPredikat(tx, current.id, {
              value: input.value,
              note: input.note,
              setByUserId: actor.userId,
              setByName: actor.displayName,
            })
          } else {
            const inserted = await repo.insertOrgPredikat(tx, {
              instansiId,
              unitId: unit.id,
              periodId: period.id,
              value: input.value,
              note: input.note,
              setByUserId: actor.userId,
              setByName: actor.displayName,
            })
            // Someone set it first, between our read and our insert.
            if (!inserted) throw new StaleVersion()
            row = inserted
          }
          await audit.record(tx, actor, {
            action: 'assessment.org_predikat_set',
            entity: 'org_predikat',
            entityId: row.id,
            before: current
              ? { value: current.value, note: current.note, version: current.version }
              : null,
            after: {
              unitId: unit.id,
              periodId: period.id,
              value: row.value,
              note: row.note,
              version: row.version,
            },
          })
          // The unit's heads: rating hasil kerja = the organisational predikat (domain.md).
          const heads = await repo.lockHeadAssessmentsToRecompute(
            tx,
            instansiId,
            period.id,
            unit.id,
          )
          for (const a of heads) {
            const hasil = ratingHasilForUnitHead(row.value)
            if (!a.ratingPerilaku) continue
            if (a.ratingHasil === hasil && a.ratingHasilSource === 'org_predikat') continue
            const predikat = predikatOf(hasil, a.ratingPerilaku)
            const after = await repo.setRatings(tx, a.id, {
              ratingHasil: hasil,
              ratingPerilaku: a.ratingPerilaku,
              predikat,
            })
            await audit.record(tx, actor, {
              action: 'assessment.rating_recomputed',
              entity: 'assessment',
              entityId: a.id,
              before: { version: a.version, ratingHasil: a.ratingHasil, predikat: a.predikat },
              after: {
                version: after.version,
                ratingHasil: hasil,
                predikat,
                orgPredikat: row.value,
                orgPredikatId: row.id,
              },
            })
          }
        })
        .catch(async (e: unknown) => {
          if (e instanceof StaleVersion) {
            const [item] = await orgItems(actor, instansiId, period.id, [unit.id], tree, index)
            throw new AssessmentConflictError(
              'VERSION_CONFLICT',
              'Predikat kinerja organisasi unit ini sudah diubah di tempat lain. Periksa nilai terbaru lalu ulangi.',
              { current: item },
            )
          }
          throw e
        })
      return orgItemOf(actor, ctx)
    },

    /**
     * Penetapan of a unit: every assessment of its group final, the distribution rule, then the
     * organisational predikat is locked.
     */
    async finaliseUnit(
      actor: Actor,
      input: z.output<typeof unitFinaliseInputSchema>,
    ): Promise<OrgPredikatItem> {
      const ctx = await unitRequest(actor, input)
      const { instansiId, period, tree, index, unit } = ctx
      requireUnitLeader(actor, ctx)
      // The missing assessments count as not final; created inside the transaction, so a
      // refused penetapan (409) leaves none behind.
      const plan = await assessments.planPeriod(instansiId, period.id)
      await db.transaction(async (tx) => {
        const current = await repo.lockOrgPredikat(tx, instansiId, unit.id, period.id)
        if (!current) throw conflict('ORG_PREDIKAT_NOT_SET', ORG_NOT_SET(unit.name))
        if (current.finalisedAt)
          throw conflict('ORG_PREDIKAT_LOCKED', 'Penetapan unit ini sudah dilakukan.')
        await plan.materialise(tx)
        const state = await periodState(tx, instansiId, period.id)
        const members = membersOf(unit.id, tree, state)
        const { notFinal, total } = tally(members, state)
        if (notFinal > 0)
          throw conflict(
            'UNIT_NOT_COMPLETE',
            `Masih ada ${notFinal} dari ${total} penilaian di ${unit.name} yang belum final. Finalkan semuanya sebelum penetapan.`,
          )
        const view = await groupView(tx, actor, instansiId, period.id, unit.id, tree, state, index)
        const justification = enforce(view, input.justification)
        const after = await repo.updateOrgPredikat(tx, current.id, {
          finalisedAt: clock.now(),
          finalisedByUserId: actor.userId,
          justification,
        })
        await audit.record(tx, actor, {
          action: 'assessment.unit_finalised',
          entity: 'org_predikat',
          entityId: current.id,
          before: { version: current.version, finalisedAt: null },
          after: {
            unitId: unit.id,
            periodId: period.id,
            value: after.value,
            version: after.version,
            justification,
            distribution: distributionAudit(view),
          },
        })
      })
      return orgItemOf(actor, ctx)
    },

    /** An admin reopens a unit's penetapan with a reason (its predikat can change again). */
    async reopenUnit(
      actor: Actor,
      input: z.output<typeof unitReopenInputSchema>,
    ): Promise<OrgPredikatItem> {
      const ctx = await unitRequest(actor, input)
      const { instansiId, period, unit } = ctx
      if (!isAssessmentAdmin(actor, instansiId))
        throw forbidden(
          'Hanya admin instansi yang dapat membuka kembali penetapan unit',
          'NOT_ALLOWED',
        )
      await db.transaction(async (tx) => {
        const current = await repo.lockOrgPredikat(tx, instansiId, unit.id, period.id)
        if (!current?.finalisedAt)
          throw invalidTransition(
            'Penetapan unit ini belum dilakukan, tidak ada yang dibuka kembali',
          )
        const after = await repo.updateOrgPredikat(tx, current.id, {
          finalisedAt: null,
          finalisedByUserId: null,
          justification: null,
        })
        await audit.record(tx, actor, {
          action: 'assessment.unit_reopened',
          entity: 'org_predikat',
          entityId: current.id,
          before: {
            version: current.version,
            finalisedAt: current.finalisedAt,
            justification: current.justification,
          },
          after: {
            unitId: unit.id,
            periodId: period.id,
            version: after.version,
            reason: input.reason,
          },
        })
      })
      return orgItemOf(actor, ctx)
    },
  }
  return service
}

export type RatingService = ReturnType<typeof createRatingService>
