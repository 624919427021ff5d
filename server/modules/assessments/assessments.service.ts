import type { Readable } from 'node:stream'
import type { z } from 'zod'
import { EVIDENCE_MIME_TYPES, MAX_EVIDENCE_BYTES } from '../../../shared/activities.ts'
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  type AssessmentDetail,
  type AssessmentEvidence,
  type AssessmentSettings,
  type AssessmentSummary,
  type Extension,
  type MyAssessments,
  type RealisasiInput,
  type evidenceLinkInputSchema,
  type evidencePickInputSchema,
  type extensionInputSchema,
  type objectionInputSchema,
} from '../../../shared/assessments.ts'
import {
  isRealisasiEditable,
  objectionOpenUntil,
  type AssessmentActorRole,
} from '../../../shared/rules/assessment-workflow.ts'
import { distributionUnitOf } from '../../../shared/rules/distribution.ts'
import { editReasonRequired, suggestRealisasi } from '../../../shared/rules/realisasi.ts'
import { SKP_STATUS_LABEL } from '../../../shared/rules/skp-workflow.ts'
import type { Period } from '../../../shared/periods.ts'
import type { Skp } from '../../../shared/skp.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { EventBus } from '../../lib/events.ts'
import type { FileStore, StagedFile } from '../../lib/file-store.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { ActivitiesService } from '../activities/activities.service.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpRecord, SkpService } from '../skp/skp.service.ts'
import {
  contentDisposition,
  displayFileName,
  downloadFileName,
} from '../activities/activities.presenter.ts'
import { invalidTransition, versionConflict } from './assessments.errors.ts'
import { assessmentRoles, canReadAssessment, isAssessmentAdmin } from './assessments.policy.ts'
import {
  presentDetail,
  presentEvidence,
  presentPeriod,
  presentSummary,
  type SummaryContext,
} from './assessments.presenter.ts'
import * as repo from './assessments.repository.ts'

export type AssessmentsDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'atasanIndex' | 'instansiInfo' | 'unitsOf' | 'pegawaiCards'>
  skp: Pick<SkpService, 'skpsForPeriod' | 'skpUnchecked'>
  periods: Pick<PeriodsService, 'periodById' | 'listYears' | 'getYear'>
  activities: Pick<ActivitiesService, 'periodProgress' | 'progressEvidenceItem'>
  /** The assessments' own file store (uploads and files copied from daily progress). */
  fileStore: FileStore
  events: EventBus
}

/** How an upload's bytes reach the file store (the route hands over the multipart stream). */
export type AssessmentStager = (source: Readable, truncated: () => boolean) => Promise<StagedFile>
export type AssessmentUpload = { staged: StagedFile; fileName: string; rhkId: string | null }
export type AssessmentDownload = {
  stream: Readable
  size: number
  mimeType: string
  contentDisposition: string
}

/** Bukti dukung per RHK of one assessment (files, links and picks together). */
export const MAX_EVIDENCE_PER_RHK = 20

export const ASSESSMENT_EVIDENCE_TYPE_MESSAGE =
  'Jenis berkas tidak didukung. Unggah foto (JPG, PNG, WebP, HEIC), PDF, atau dokumen Office (Word, Excel, PowerPoint, termasuk .doc/.xls/.ppt lama dan OpenDocument). Jenis berkas dikenali dari isinya, bukan dari namanya.'

/**
 * The assessments a period lacks (approved SKP, no row yet), computed by a read. `pending` says
 * who would get one, in which unit and rated by whom; `materialise` inserts them (idempotent,
 * on `ex` — the use case's transaction — or the pool) and returns how many it created.
 */
export type PeriodPlan = {
  pending: readonly { pegawaiId: string; unitId: string; assessorPegawaiId: string | null }[]
  materialise(ex?: Executor): Promise<number>
}

/** Thrown inside a transaction when the row's version is stale; answered with the current detail. */
class StaleVersion extends Error {}

type Units = { id: string; parentId: string | null; name: string; active: boolean }[]

/** A period ordered for the pegawai's list: periodic ones by start, the annual one last. */
const periodOrder = (a: Period, b: Period) =>
  Number(a.kind === 'annual') - Number(b.kind === 'annual') ||
  a.startDate.localeCompare(b.startDate) ||
  a.seq - b.seq

export function createAssessmentsService(deps: AssessmentsDeps) {
  const { db, clock, audit, org, skp, periods, activities, fileStore, events } = deps

  // ---------- context ----------
  function requireInstansi(actor: Actor): string {
    if (!actor.instansiId) throw notFound('Penilaian')
    return actor.instansiId
  }

  /** The actor as the assessed pegawai; accounts without a pegawai have no assessments (404). */
  function self(actor: Actor): { instansiId: string; pegawaiId: string } {
    if (!actor.instansiId || !actor.pegawaiId) throw notFound('Pegawai')
    return { instansiId: actor.instansiId, pegawaiId: actor.pegawaiId }
  }

  function requireAdmin(actor: Actor): string {
    const instansiId = requireInstansi(actor)
    if (!isAssessmentAdmin(actor, instansiId))
      throw forbidden('Hanya admin instansi yang dapat mengatur penilaian', 'NOT_ADMIN')
    return instansiId
  }

  async function zoneOf(instansiId: string) {
    const timeZone = (await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta'
    return { timeZone, today: dayIn(clock.now(), timeZone) }
  }

  function presentSettings(row: repo.AssessmentSettingsRow | undefined): AssessmentSettings {
    if (!row) return { ...DEFAULT_ASSESSMENT_SETTINGS, version: 0 }
    return {
      distributionEnforcement: row.distributionEnforcement,
      objectionDays: row.objectionDays,
      version: row.version,
    }
  }

  async function settingsOf(ex: Executor, instansiId: string) {
    return presentSettings(await repo.findSettings(ex, instansiId))
  }

  async function periodOf(instansiId: string, periodId: string): Promise<Period> {
    const period = await periods.periodById(instansiId, periodId)
    if (!period) throw new Error(`period ${periodId} of an assessment is missing`)
    return period
  }

  // ---------- deadlines ----------
  /** The unit and its ancestors (an extension for a unit covers its sub-units). */
  function unitChain(unitId: string, units: Units): Set<string> {
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]))
    const chain = new Set<string>()
    for (let u: string | null = unitId; u && !chain.has(u); u = parentOf.get(u) ?? null)
      chain.add(u)
    return chain
  }

  /**
   * The deadline that applies to a person in a period: the period's batas pengisian, or the
   * latest extension for them, their unit or an ancestor unit when that is later.
   */
  function deadlineOf(
    period: { id: string; deadline: string },
    person: { pegawaiId: string; unitId: string },
    extensions: readonly repo.ExtensionRow[],
    units: Units,
  ): { effectiveDeadline: string; extendedUntil: string | null } {
    const chain = unitChain(person.unitId, units)
    let latest: string | null = null
    for (const e of extensions) {
      if (e.periodId !== period.id) continue
      if (e.pegawaiId !== person.pegawaiId && !(e.unitId && chain.has(e.unitId))) continue
      if (!latest || e.until > latest) latest = e.until
    }
    const extendedUntil = latest && latest > period.deadline ? latest : null
    return { effectiveDeadline: extendedUntil ?? period.deadline, extendedUntil }
  }

  // ---------- creation (lazy, idempotent) ----------
  /**
   * The missing assessments of a period (of these people, or everyone), read without writing:
   * one per person whose SKP for the period (skp.skpsForPeriod) is approved and who has none
   * yet, with the snapshots of decision 0010. Also the SKP considered per person (for the
   * "missing" reasons). Nothing is inserted: the caller authorises first, then inserts.
   */
  async function planOne(
    instansiId: string,
    period: Period,
    today: string,
    pegawaiIds?: readonly string[],
  ): Promise<{ rows: repo.AssessmentInsert[]; skpOf: Map<string, SkpRecord> }> {
    const wanted = pegawaiIds ? new Set(pegawaiIds) : null
    const [existing, skps] = await Promise.all([
      repo.assessedPegawaiIds(db, instansiId, period.id, pegawaiIds),
      skp.skpsForPeriod(instansiId, period.year, period.startDate, period.endDate),
    ])
    const skpOf = new Map(
      skps.filter((s) => !wanted || wanted.has(s.pegawaiId)).map((s) => [s.pegawaiId, s]),
    )
    const todo = [...skpOf.values()].filter(
      (s) => s.status === 'disetujui' && !existing.has(s.pegawaiId),
    )
    if (todo.length === 0) return { rows: [], skpOf }
    const day = period.endDate < today ? period.endDate : today
    const index = await org.atasanIndex(instansiId, day)
    const reviewerOf = new Map<string, string | null>()
    for (const s of todo) {
      const reviewer = s.atasanPegawaiId ? index.atasanOf(s.atasanPegawaiId) : null
      reviewerOf.set(s.id, reviewer && reviewer !== s.pegawaiId ? reviewer : null)
    }
    const cards = await org.pegawaiCards(
      instansiId,
      [...reviewerOf.values()].filter((x): x is string => !!x),
    )
    const rows: repo.AssessmentInsert[] = todo.map((s) => {
      const reviewer = reviewerOf.get(s.id) ?? null
      return {
        instansiId,
        periodId: period.id,
        year: period.year,
        annual: period.kind === 'annual',
        skpId: s.id,
        pegawaiId: s.pegawaiId,
        pegawaiName: s.pegawaiName,
        pegawaiNip: s.pegawaiNip,
        pegawaiGolongan: s.pegawaiGolongan,
        jabatanName: s.jabatanName,
        jabatanJenis: s.jabatanJenis,
        unitId: s.unitId,
        unitName: s.unitName,
        headsUnitId: index.headsOf(s.unitId).includes(s.pegawaiId) ? s.unitId : null,
        assessorPegawaiId: s.atasanPegawaiId,
        assessorName: s.atasanName,
        assessorNip: s.atasanNip,
        assessorGolongan: s.atasanGolongan,
        assessorJabatanName: s.atasanJabatanName,
        assessorUnitName: s.atasanUnitName,
        reviewerPegawaiId: reviewer,
        reviewerName: reviewer ? (cards.get(reviewer)?.fullName ?? null) : null,
      }
    })
    return { rows, skpOf }
  }

  /** planOne, then the insert (for callers that already authorised the actor). */
  async function ensureOne(
    instansiId: string,
    period: Period,
    today: string,
    pegawaiIds?: readonly string[],
  ): Promise<{ inserted: number; skpOf: Map<string, SkpRecord> }> {
    const { rows, skpOf } = await planOne(instansiId, period, today, pegawaiIds)
    return { inserted: await repo.insertAssessmentsIfMissing(db, rows), skpOf }
  }

  /** A plan whose insert is deferred to the caller (see PeriodPlan). */
  function periodPlan(rows: readonly repo.AssessmentInsert[]): PeriodPlan {
    return {
      pending: rows.map((r) => ({
        pegawaiId: r.pegawaiId,
        unitId: r.unitId,
        assessorPegawaiId: r.assessorPegawaiId ?? null,
      })),
      materialise: (ex = db) =>
        rows.length ? repo.insertAssessmentsIfMissing(ex, [...rows]) : Promise.resolve(0),
    }
  }

  /** Why a person has no assessment in a period. */
  function missingReason(found: SkpRecord | undefined, period: Period): string {
    if (!found) return `Belum ada SKP tahun ${period.year} yang berlaku pada periode ini`
    return `SKP berstatus "${SKP_STATUS_LABEL[found.status]}"; penilaian tersedia setelah SKP disetujui`
  }

  // ---------- reading ----------
  /** The assessment and the actor's roles on it; 404 when missing or not visible. */
  async function readable(actor: Actor, id: string) {
    const instansiId = requireInstansi(actor)
    const row = await repo.findAssessment(db, instansiId, id)
    if (!row) throw notFound('Penilaian')
    const access = canReadAssessment(actor, row, await org.atasanIndex(instansiId))
    if (!access) throw notFound('Penilaian')
    return { instansiId, row, roles: access.roles }
  }

  /** Summary contexts for rows (any periods) in a fixed number of queries per distinct period. */
  async function summaryContexts(
    instansiId: string,
    rows: readonly repo.AssessmentRow[],
    rolesOf: (row: repo.AssessmentRow) => AssessmentActorRole[],
    known: ReadonlyMap<string, Period> = new Map(),
  ): Promise<SummaryContext[]> {
    if (rows.length === 0) return []
    const periodIds = [...new Set(rows.map((r) => r.periodId))]
    const missing = periodIds.filter((id) => !known.has(id))
    const [found, extensions, units, settings, zone] = await Promise.all([
      Promise.all(missing.map((id) => periodOf(instansiId, id))),
      repo.listExtensions(db, instansiId, periodIds),
      org.unitsOf(instansiId),
      settingsOf(db, instansiId),
      zoneOf(instansiId),
    ])
    const periodById = new Map(known)
    for (const p of found) periodById.set(p.id, p)
    return rows.map((row) => {
      const period = periodById.get(row.periodId)!
      return {
        period: presentPeriod(period),
        roles: rolesOf(row),
        ...deadlineOf(period, row, extensions, units),
        objectionDays: settings.objectionDays,
        timeZone: zone.timeZone,
      }
    })
  }

  /** The whole detail as these roles see it (a fixed number of queries for any number of RHK). */
  async function detailOf(
    row: repo.AssessmentRow,
    roles: AssessmentActorRole[],
  ): Promise<AssessmentDetail> {
    const instansiId = row.instansiId
    const [
      period,
      zone,
      settings,
      extensions,
      units,
      skpDoc,
      realisasi,
      evidence,
      feedback,
      objection,
      orgPredikat,
    ] = await Promise.all([
      periodOf(instansiId, row.periodId),
      zoneOf(instansiId),
      settingsOf(db, instansiId),
      repo.listExtensions(db, instansiId, [row.periodId]),
      org.unitsOf(instansiId),
      skp.skpUnchecked(instansiId, row.skpId),
      repo.listRealisasi(db, row.id),
      repo.listEvidence(db, row.id),
      repo.listFeedback(db, row.id),
      repo.latestObjection(db, row.id),
      repo.listOrgPredikat(db, instansiId, row.periodId),
    ])
    if (!skpDoc) throw new Error(`SKP ${row.skpId} of assessment ${row.id} is missing`)
    const penugasan = [
      ...new Set(skpDoc.rhk.map((r) => r.penugasanDariPegawaiId).filter((x): x is string => !!x)),
    ]
    const [progress, cards] = await Promise.all([
      activities.periodProgress(
        instansiId,
        row.pegawaiId,
        skpDoc.rhk.map((r) => r.id),
        period.startDate,
        period.endDate,
        period.kind === 'annual' ? null : period.id,
      ),
      penugasan.length
        ? org.pegawaiCards(instansiId, penugasan)
        : Promise.resolve(new Map<string, { fullName: string }>()),
    ])
    const deadline = deadlineOf(period, row, extensions, units)
    const summary: SummaryContext = {
      period: presentPeriod(period),
      roles,
      ...deadline,
      objectionDays: settings.objectionDays,
      timeZone: zone.timeZone,
    }
    // The organisational predikat: of the unit the pegawai heads, else of their group's unit.
    const valueOf = new Map(orgPredikat.map((o) => [o.unitId, o.value]))
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]))
    const orgUnitId =
      row.headsUnitId ?? distributionUnitOf(row.unitId, parentOf, new Set(valueOf.keys()))
    const orgValue = orgUnitId ? valueOf.get(orgUnitId) : undefined
    const today = zone.today
    const objectionUntil =
      row.status === 'finalised' && row.finalisedAt
        ? objectionOpenUntil(dayIn(row.finalisedAt, zone.timeZone), settings.objectionDays)
        : null
    return presentDetail(row, {
      summary,
      skp: skpDoc,
      realisasi,
      evidence,
      feedback,
      objection: objection ?? null,
      progress,
      orgPredikat:
        orgUnitId && orgValue
          ? {
              unitId: orgUnitId,
              unitName: units.find((u) => u.id === orgUnitId)?.name ?? '',
              value: orgValue,
            }
          : null,
      penugasanNames: new Map([...cards].map(([id, c]) => [id, c.fullName])),
      submitOpen:
        today >= period.startDate &&
        (row.status === 'reopened' || today <= deadline.effectiveDeadline),
      objectionOpen: !!objectionUntil && today <= objectionUntil,
    })
  }

  // ---------- writing ----------
  /**
   * Runs a use case on one assessment: visible (404), `allowed` (403), then inside one
   * transaction on the locked row: version (409 VERSION_CONFLICT with the current detail) and
   * whatever `apply` asserts (status → 409 INVALID_TRANSITION, …).
   */
  async function mutate<R>(
    actor: Actor,
    id: string,
    version: number,
    allowed: (roles: AssessmentActorRole[]) => void,
    apply: (tx: Executor, row: repo.AssessmentRow) => Promise<R>,
  ): Promise<R> {
    const { instansiId, roles } = await readable(actor, id)
    allowed(roles)
    try {
      return await db.transaction(async (tx) => {
        const row = await repo.lockAssessment(tx, instansiId, id)
        if (!row) throw notFound('Penilaian')
        if (row.version !== version) throw new StaleVersion()
        return apply(tx, row)
      })
    } catch (e) {
      if (e instanceof StaleVersion) throw versionConflict(await service.getDetail(actor, id))
      throw e
    }
  }

  const ownerOnly = (message: string) => (roles: AssessmentActorRole[]) => {
    if (!roles.includes('owner')) throw forbidden(message, 'NOT_OWNER')
  }

  function assertEditable(row: repo.AssessmentRow) {
    if (!isRealisasiEditable(row.status))
      throw invalidTransition(
        'Realisasi dan bukti hanya dapat diubah sebelum penilaian diajukan (atau setelah dibuka kembali)',
      )
  }

  /** The SKP's RHK and indikator of an assessment (to validate what the pegawai refers to). */
  async function skpOfRow(row: repo.AssessmentRow): Promise<Skp> {
    const doc = await skp.skpUnchecked(row.instansiId, row.skpId)
    if (!doc) throw new Error(`SKP ${row.skpId} of assessment ${row.id} is missing`)
    return doc
  }

  // ---------- evidence files ----------
  function stager(): AssessmentStager {
    return (source, truncated) =>
      fileStore.stage(source, {
        maxBytes: MAX_EVIDENCE_BYTES,
        allowedTypes: EVIDENCE_MIME_TYPES,
        typeMessage: ASSESSMENT_EVIDENCE_TYPE_MESSAGE,
        truncated,
      })
  }

  /**
   * Removes stored files no evidence row references any more. Runs after the commit that
   * dropped the rows; a failure leaves an unreferenced file behind, never a broken reference.
   */
  async function releaseFiles(keys: readonly string[]) {
    for (const key of new Set(keys)) {
      try {
        await db.transaction(async (tx) => {
          await repo.lockFileKey(tx, key)
          if ((await repo.countFileKeyRefs(tx, key)) === 0) await fileStore.remove(key)
        })
      } catch {
        // The bytes stay on disk unreferenced (content-addressed: a later upload reuses them).
      }
    }
  }

  /** The owner may change evidence now: visible (404), owner (403), editable (409). */
  async function evidenceWriter(actor: Actor, id: string, what: string) {
    const { instansiId, row, roles } = await readable(actor, id)
    ownerOnly(what)(roles)
    assertEditable(row)
    return { instansiId, row }
  }

  async function requireRhk(row: repo.AssessmentRow, rhkId: string | null) {
    if (!rhkId)
      throw validationFailed({ rhkId: 'Pilih RHK yang didukung bukti ini' }, 'RHK_REQUIRED')
    const doc = await skpOfRow(row)
    if (!doc.rhk.some((r) => r.id === rhkId))
      throw validationFailed({ rhkId: 'RHK ini tidak ada di SKP yang dinilai' }, 'RHK_NOT_IN_SKP')
  }

  /**
   * Stores one evidence row, and the staged file with it (placed while the key's lock is held
   * and before the row commits, so a concurrent cleanup of the same content sees the row).
   */
  async function storeEvidence(
    actor: Actor,
    instansiId: string,
    id: string,
    values: Omit<repo.AssessmentEvidenceInsert, 'instansiId' | 'assessmentId'>,
    staged: StagedFile | null,
  ): Promise<AssessmentEvidence> {
    let placed = false
    try {
      const row = await db.transaction(async (tx) => {
        if (staged) await repo.lockFileKey(tx, staged.key)
        const current = await repo.lockAssessment(tx, instansiId, id)
        if (!current) throw notFound('Penilaian')
        assertEditable(current)
        if ((await repo.countEvidenceOfRhk(tx, id, values.rhkId)) >= MAX_EVIDENCE_PER_RHK)
          throw conflict(
            'EVIDENCE_LIMIT',
            `Satu RHK paling banyak memiliki ${MAX_EVIDENCE_PER_RHK} bukti dukung`,
          )
        const inserted = await repo.insertEvidence(tx, { ...values, instansiId, assessmentId: id })
        await audit.record(tx, actor, {
          action: 'assessment.evidence_added',
          entity: 'assessment',
          entityId: id,
          after: inserted,
        })
        if (staged) {
          await staged.commit()
          placed = true
        }
        return inserted
      })
      return presentEvidence(row)
    } catch (e) {
      if (staged) {
        if (placed) await releaseFiles([staged.key])
        else await staged.discard()
      }
      throw e
    }
  }

  // ---------- the service ----------
  const service = {
    /**
     * The missing assessments of a period, for these people or everyone, without writing: who
     * would get one (unit and pejabat penilai, for a visibility check) and `materialise` to
     * insert them once the request is authorised — inside the use case's transaction when it
     * has one, so a refused request writes nothing (decision 0010, addendum 2026-11-28).
     */
    async planPeriod(
      instansiId: string,
      periodId: string,
      pegawaiIds?: readonly string[],
    ): Promise<PeriodPlan> {
      const period = await periods.periodById(instansiId, periodId)
      if (!period) return periodPlan([])
      const { today } = await zoneOf(instansiId)
      return periodPlan((await planOne(instansiId, period, today, pegawaiIds)).rows)
    },

    /**
     * Creates the missing assessments of a period, for these people or everyone (lazy and
     * idempotent; decision 0010 "Which SKP" and "Snapshots"). Returns how many were created.
     * Call it only once the actor may see what it creates (planPeriod otherwise).
     */
    async ensurePeriod(
      instansiId: string,
      periodId: string,
      pegawaiIds?: readonly string[],
    ): Promise<number> {
      const period = await periods.periodById(instansiId, periodId)
      if (!period) return 0
      const { today } = await zoneOf(instansiId)
      return (await ensureOne(instansiId, period, today, pegawaiIds)).inserted
    },

    /**
     * Why these people have no assessment in the period (no SKP, or its status), for people
     * without one after ensurePeriod. Keyed by pegawai id; people with an assessment are left out.
     */
    async missingReasons(
      instansiId: string,
      periodId: string,
      pegawaiIds: readonly string[],
    ): Promise<Map<string, string>> {
      const period = await periods.periodById(instansiId, periodId)
      if (!period || pegawaiIds.length === 0) return new Map()
      const [existing, skps] = await Promise.all([
        repo.assessedPegawaiIds(db, instansiId, periodId, pegawaiIds),
        skp.skpsForPeriod(instansiId, period.year, period.startDate, period.endDate),
      ])
      const skpOf = new Map(skps.map((s) => [s.pegawaiId, s]))
      return new Map(
        pegawaiIds
          .filter((id) => !existing.has(id))
          .map((id) => [id, missingReason(skpOf.get(id), period)] as const),
      )
    },

    /** One assessment as the actor may see it (owner, assessor, reviewer, admin, supervisors above); others 404. */
    async getDetail(actor: Actor, id: string): Promise<AssessmentDetail> {
      const { row, roles } = await readable(actor, id)
      return detailOf(row, roles)
    },

    /** The detail of a row for given roles, without an actor check (the caller authorised). */
    detailOf,

    /**
     * Summaries of rows as the actor sees them (roles per row: owner, assessor, …; a supervisor
     * above reads with none). Fixed queries per distinct period; the caller decided visibility.
     */
    async summaries(
      actor: Actor,
      rows: readonly repo.AssessmentRow[],
    ): Promise<AssessmentSummary[]> {
      const instansiId = requireInstansi(actor)
      const contexts = await summaryContexts(instansiId, rows, (r) => assessmentRoles(actor, r))
      return rows.map((r, i) => presentSummary(r, contexts[i]!))
    },

    /** effectiveDeadline / extendedUntil of one assessment (extensions for the person or their units). */
    async deadlineOf(row: repo.AssessmentRow) {
      const [period, extensions, units] = await Promise.all([
        periodOf(row.instansiId, row.periodId),
        repo.listExtensions(db, row.instansiId, [row.periodId]),
        org.unitsOf(row.instansiId),
      ])
      return deadlineOf(period, row, extensions, units)
    },

    /**
     * The pegawai's periods of a year (periodic and annual) with their assessment, or why there
     * is none; `years` = the years that have periods. Creates their missing assessments.
     */
    async mine(actor: Actor, q: { year?: number | undefined }): Promise<MyAssessments> {
      const { instansiId, pegawaiId } = self(actor)
      const [yearList, zone] = await Promise.all([periods.listYears(actor), zoneOf(instansiId)])
      const years = yearList.filter((y) => y.periodCount > 0).map((y) => y.year)
      const thisYear = Number(zone.today.slice(0, 4))
      const year = q.year ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear))
      if (!years.includes(year)) return { year, years, items: [] }
      const periodList = [...(await periods.getYear(actor, year)).periods].sort(periodOrder)
      const periodIds = periodList.map((p) => p.id)
      let rows = await repo.listAssessmentsOfPegawai(db, instansiId, pegawaiId, periodIds)
      const have = new Set(rows.map((r) => r.periodId))
      const skpOfPeriod = new Map<string, SkpRecord | undefined>()
      let inserted = 0
      for (const period of periodList) {
        if (have.has(period.id)) continue
        const r = await ensureOne(instansiId, period, zone.today, [pegawaiId])
        inserted += r.inserted
        skpOfPeriod.set(period.id, r.skpOf.get(pegawaiId))
      }
      if (inserted > 0)
        rows = await repo.listAssessmentsOfPegawai(db, instansiId, pegawaiId, periodIds)
      const known = new Map(periodList.map((p) => [p.id, p]))
      const contexts = await summaryContexts(
        instansiId,
        rows,
        (r) => assessmentRoles(actor, r),
        known,
      )
      const summaryOf = new Map(rows.map((r, i) => [r.periodId, presentSummary(r, contexts[i]!)]))
      return {
        year,
        years,
        items: periodList.map((period) => {
          const assessment = summaryOf.get(period.id) ?? null
          const deadline = assessment?.effectiveDeadline ?? period.deadline
          return {
            period: presentPeriod(period),
            assessment,
            missingReason: assessment ? null : missingReason(skpOfPeriod.get(period.id), period),
            open: zone.today >= period.startDate && zone.today <= deadline,
          }
        }),
      }
    },

    /**
     * The pegawai states realisasi per indikator (draft or reopened). A value that differs from
     * the pre-fill needs a reason; an item without value and text clears the indikator.
     */
    async saveRealisasi(
      actor: Actor,
      id: string,
      input: RealisasiInput,
    ): Promise<AssessmentDetail> {
      const { row, roles } = await readable(actor, id)
      ownerOnly('Hanya pegawai yang dinilai yang dapat mengisi realisasinya')(roles)
      // Fail fast on the unlocked row; the transaction checks again on the locked one.
      if (row.version !== input.version) throw versionConflict(await detailOf(row, roles))
      assertEditable(row)
      const [doc, period] = await Promise.all([
        skpOfRow(row),
        periodOf(row.instansiId, row.periodId),
      ])
      const indikatorOf = new Map(
        doc.rhk.flatMap((r) => r.indikator.map((k) => [k.id, { rhkId: r.id, ...k }] as const)),
      )
      const fields: Record<string, string> = {}
      const seen = new Set<string>()
      input.items.forEach((item, i) => {
        if (!indikatorOf.has(item.indikatorId))
          fields[`items.${i}.indikatorId`] = 'Indikator ini tidak ada di SKP yang dinilai'
        else if (seen.has(item.indikatorId))
          fields[`items.${i}.indikatorId`] = 'Indikator ini disebut lebih dari sekali'
        seen.add(item.indikatorId)
      })
      if (Object.keys(fields).length) throw validationFailed(fields, 'INDIKATOR_NOT_IN_SKP')
      const progress = await activities.periodProgress(
        row.instansiId,
        row.pegawaiId,
        doc.rhk.map((r) => r.id),
        period.startDate,
        period.endDate,
        period.kind === 'annual' ? null : period.id,
      )
      const items = input.items.map((item) => {
        const k = indikatorOf.get(item.indikatorId)!
        const p = progress.get(k.rhkId)
        const suggested = suggestRealisasi(k.targetUnit, {
          entries: p?.entries ?? 0,
          bySatuan: p?.bySatuan ?? [],
          rencanaAksi: p?.rencanaAksi ?? [],
        }).value
        const text = item.text ? item.text : null
        const reason = item.editReason ? item.editReason : null
        return { ...item, rhkId: k.rhkId, text, editReason: reason, suggested }
      })
      items.forEach((item, i) => {
        const clears = item.value === null && item.text === null
        if (!clears && !item.editReason && editReasonRequired(item.value, item.suggested))
          fields[`items.${i}.editReason`] =
            `Realisasi berbeda dari isian otomatis (${item.suggested}); tuliskan alasannya`
      })
      if (Object.keys(fields).length)
        throw validationFailed(
          fields,
          'EDIT_REASON_REQUIRED',
          'Realisasi yang berbeda dari isian otomatis progres harian memerlukan alasan.',
        )
      await mutate(
        actor,
        id,
        input.version,
        () => undefined,
        async (tx, locked) => {
          assertEditable(locked)
          const before = await repo.listRealisasi(tx, id)
          const cleared = items.filter((x) => x.value === null && x.text === null)
          const kept = items.filter((x) => !(x.value === null && x.text === null))
          await repo.deleteRealisasi(
            tx,
            id,
            cleared.map((x) => x.indikatorId),
          )
          await repo.upsertRealisasi(
            tx,
            kept.map((x) => ({
              instansiId: locked.instansiId,
              assessmentId: id,
              indikatorId: x.indikatorId,
              rhkId: x.rhkId,
              value: x.value,
              text: x.text,
              suggestedValue: x.suggested,
              editReason: editReasonRequired(x.value, x.suggested) ? x.editReason : null,
            })),
          )
          await repo.updateAssessment(tx, id, {})
          await audit.record(tx, actor, {
            action: 'assessment.realisasi_saved',
            entity: 'assessment',
            entityId: id,
            before,
            after: await repo.listRealisasi(tx, id),
          })
        },
      )
      return service.getDetail(actor, id)
    },

    /**
     * The pegawai submits: from the period start until the end of the effective deadline (local
     * day); after the period's own deadline it is marked late for good. Every indikator needs a
     * value or a text. A reopened assessment may be submitted again whatever the date.
     */
    async submit(actor: Actor, id: string, version: number): Promise<AssessmentDetail> {
      const { row } = await readable(actor, id)
      const [doc, period, deadline, zone] = await Promise.all([
        skpOfRow(row),
        periodOf(row.instansiId, row.periodId),
        service.deadlineOf(row),
        zoneOf(row.instansiId),
      ])
      const today = zone.today
      const submitted = await mutate(
        actor,
        id,
        version,
        ownerOnly('Hanya pegawai yang dinilai yang dapat mengajukan penilaiannya'),
        async (tx, locked) => {
          if (locked.status !== 'draft' && locked.status !== 'reopened')
            throw invalidTransition('Penilaian ini sudah diajukan')
          if (today < period.startDate)
            throw conflict(
              'PERIOD_NOT_STARTED',
              `Periode ${period.name} baru dimulai ${period.startDate}; realisasi diajukan setelah periode berjalan`,
            )
          if (locked.status === 'draft' && today > deadline.effectiveDeadline)
            throw conflict(
              'DEADLINE_PASSED',
              `Batas pengisian ${period.name} (${deadline.effectiveDeadline}) sudah lewat. Minta admin memperpanjang batas pengisian bila perlu.`,
            )
          const saved = new Map((await repo.listRealisasi(tx, id)).map((r) => [r.indikatorId, r]))
          const fields: Record<string, string> = {}
          for (const r of doc.rhk)
            for (const k of r.indikator) {
              const s = saved.get(k.id)
              if (!s || (s.value === null && !s.text))
                fields[`indikator.${k.id}`] = 'Realisasi indikator ini belum diisi'
            }
          if (Object.keys(fields).length)
            throw validationFailed(
              fields,
              'REALISASI_INCOMPLETE',
              'Isi realisasi setiap indikator (angka atau uraian) sebelum mengajukan.',
            )
          const late = locked.late || (locked.status === 'draft' && today > period.deadline)
          const after = await repo.updateAssessment(tx, id, {
            status: 'submitted',
            submittedAt: clock.now(),
            late,
          })
          await audit.record(tx, actor, {
            action: 'assessment.submitted',
            entity: 'assessment',
            entityId: id,
            before: locked,
            after,
          })
          return after
        },
      )
      await events.emit('assessment.submitted', {
        instansiId: submitted.instansiId,
        assessmentId: id,
        periodName: period.name,
        pegawaiName: submitted.pegawaiName,
        assessorPegawaiId: submitted.assessorPegawaiId,
        late: submitted.late,
      })
      return service.getDetail(actor, id)
    },

    /** The pegawai acknowledges a final result (no keberatan afterwards). */
    async acknowledge(actor: Actor, id: string, version: number): Promise<AssessmentDetail> {
      await mutate(
        actor,
        id,
        version,
        ownerOnly('Hanya pegawai yang dinilai yang dapat menerima hasil penilaiannya'),
        async (tx, locked) => {
          if (locked.status !== 'finalised')
            throw invalidTransition('Hanya hasil penilaian yang sudah final yang dapat diterima')
          if (locked.acknowledgedAt)
            throw conflict('ALREADY_ACKNOWLEDGED', 'Hasil penilaian ini sudah Anda terima')
          const after = await repo.updateAssessment(tx, id, { acknowledgedAt: clock.now() })
          await audit.record(tx, actor, {
            action: 'assessment.acknowledged',
            entity: 'assessment',
            entityId: id,
            before: locked,
            after,
          })
        },
      )
      return service.getDetail(actor, id)
    },

    /**
     * The pegawai files a keberatan on a final result, not acknowledged, until the end of the
     * window (objectionOpenUntil of the local day it was finalised, settings.objectionDays).
     */
    async object(
      actor: Actor,
      id: string,
      input: z.output<typeof objectionInputSchema>,
    ): Promise<AssessmentDetail> {
      const { row } = await readable(actor, id)
      const [period, zone, settings] = await Promise.all([
        periodOf(row.instansiId, row.periodId),
        zoneOf(row.instansiId),
        settingsOf(db, row.instansiId),
      ])
      const filed = await mutate(
        actor,
        id,
        input.version,
        ownerOnly('Hanya pegawai yang dinilai yang dapat mengajukan keberatan'),
        async (tx, locked) => {
          if (locked.status !== 'finalised' || !locked.finalisedAt)
            throw invalidTransition(
              'Keberatan hanya dapat diajukan atas hasil penilaian yang final',
            )
          if (locked.acknowledgedAt)
            throw conflict(
              'ALREADY_ACKNOWLEDGED',
              'Hasil penilaian ini sudah Anda terima; keberatan tidak dapat diajukan lagi',
            )
          const until = objectionOpenUntil(
            dayIn(locked.finalisedAt, zone.timeZone),
            settings.objectionDays,
          )
          if (zone.today > until)
            throw conflict(
              'OBJECTION_WINDOW_CLOSED',
              `Batas pengajuan keberatan (${until}) sudah lewat`,
            )
          const objection = await repo.insertObjection(tx, {
            instansiId: locked.instansiId,
            assessmentId: id,
            reason: input.reason,
            filedAt: clock.now(),
            filedByUserId: actor.userId,
          })
          const after = await repo.updateAssessment(tx, id, { status: 'objected' })
          await audit.record(tx, actor, {
            action: 'assessment.objected',
            entity: 'assessment',
            entityId: id,
            before: locked,
            after: { ...after, objection },
          })
          return after
        },
      )
      await events.emit('assessment.objected', {
        instansiId: filed.instansiId,
        assessmentId: id,
        periodName: period.name,
        pegawaiName: filed.pegawaiName,
        reviewerPegawaiId: filed.reviewerPegawaiId,
      })
      return service.getDetail(actor, id)
    },

    // ---------- evidence ----------
    /**
     * The owner uploads a file for an RHK while the assessment is editable. Visibility,
     * ownership and status are checked before a byte is stored; the type comes from the
     * content; a rejected upload leaves no file and no row.
     */
    async addEvidenceFile(
      actor: Actor,
      id: string,
      read: (stage: AssessmentStager) => Promise<AssessmentUpload>,
    ): Promise<AssessmentEvidence> {
      const { instansiId, row } = await evidenceWriter(
        actor,
        id,
        'Hanya pegawai yang dinilai yang dapat menambah bukti dukung',
      )
      const upload = await read(stager())
      try {
        await requireRhk(row, upload.rhkId)
      } catch (e) {
        await upload.staged.discard()
        throw e
      }
      return storeEvidence(
        actor,
        instansiId,
        id,
        {
          rhkId: upload.rhkId!,
          kind: 'file',
          fileKey: upload.staged.key,
          fileName: upload.fileName,
          mimeType: upload.staged.mimeType,
          size: upload.staged.size,
        },
        upload.staged,
      )
    },

    /** The owner adds a link (e.g. to a shared drive) as evidence of an RHK. */
    async addEvidenceLink(
      actor: Actor,
      id: string,
      input: z.output<typeof evidenceLinkInputSchema>,
    ): Promise<AssessmentEvidence> {
      const { instansiId, row } = await evidenceWriter(
        actor,
        id,
        'Hanya pegawai yang dinilai yang dapat menambah bukti dukung',
      )
      await requireRhk(row, input.rhkId)
      return storeEvidence(
        actor,
        instansiId,
        id,
        { rhkId: input.rhkId, kind: 'link', url: input.url, fileName: input.name || null },
        null,
      )
    },

    /**
     * The owner picks evidence of their own daily progress of the period; a file is copied into
     * the assessment (it stays when the entry changes). Picking the same item again for the
     * same RHK returns the stored one (`created: false`).
     */
    async pickEvidence(
      actor: Actor,
      id: string,
      input: z.output<typeof evidencePickInputSchema>,
    ): Promise<{ evidence: AssessmentEvidence; created: boolean }> {
      const { instansiId, row } = await evidenceWriter(
        actor,
        id,
        'Hanya pegawai yang dinilai yang dapat menambah bukti dukung',
      )
      await requireRhk(row, input.rhkId)
      const period = await periodOf(instansiId, row.periodId)
      const item = await activities.progressEvidenceItem(instansiId, input.progressEvidenceId)
      if (
        item?.pegawaiId !== row.pegawaiId ||
        item.date < period.startDate ||
        item.date > period.endDate
      )
        throw validationFailed(
          {
            progressEvidenceId: `Bukti ini tidak ada di progres harian Anda pada periode ${period.name}`,
          },
          'PROGRESS_EVIDENCE_NOT_FOUND',
        )
      const existing = await repo.findPickedEvidence(db, id, input.rhkId, item.id)
      if (existing) return { evidence: presentEvidence(existing), created: false }
      const base = { rhkId: input.rhkId, kind: 'progress' as const, progressEvidenceId: item.id }
      if (item.kind === 'link')
        return {
          evidence: await storeEvidence(actor, instansiId, id, { ...base, url: item.url }, null),
          created: true,
        }
      const file = await item.open()
      if (!file) throw notFound('Berkas bukti')
      const staged = await stager()(file.stream, () => false)
      return {
        evidence: await storeEvidence(
          actor,
          instansiId,
          id,
          {
            ...base,
            fileKey: staged.key,
            fileName: displayFileName(item.fileName ?? undefined),
            mimeType: staged.mimeType,
            size: staged.size,
          },
          staged,
        ),
        created: true,
      }
    },

    /** The owner removes one evidence item while the assessment is editable. */
    async deleteEvidence(actor: Actor, id: string, evidenceId: string): Promise<void> {
      const { instansiId } = await evidenceWriter(
        actor,
        id,
        'Hanya pegawai yang dinilai yang dapat menghapus bukti dukung',
      )
      const evidence = await repo.findEvidence(db, instansiId, evidenceId)
      if (evidence?.assessmentId !== id) throw notFound('Bukti')
      await db.transaction(async (tx) => {
        const current = await repo.lockAssessment(tx, instansiId, id)
        if (!current) throw notFound('Penilaian')
        assertEditable(current)
        await repo.deleteEvidence(tx, evidenceId)
        await audit.record(tx, actor, {
          action: 'assessment.evidence_deleted',
          entity: 'assessment',
          entityId: id,
          before: evidence,
        })
      })
      if (evidence.fileKey) await releaseFiles([evidence.fileKey])
    },

    /** The bytes of an evidence file for whoever may read the assessment; everyone else 404. */
    async evidenceFile(actor: Actor, evidenceId: string): Promise<AssessmentDownload> {
      const instansiId = requireInstansi(actor)
      const evidence = await repo.findEvidence(db, instansiId, evidenceId)
      if (!evidence?.fileKey) throw notFound('Berkas')
      const row = await repo.findAssessment(db, instansiId, evidence.assessmentId)
      if (!row || !canReadAssessment(actor, row, await org.atasanIndex(instansiId)))
        throw notFound('Berkas')
      const file = await fileStore.open(evidence.fileKey)
      if (!file) throw notFound('Berkas')
      const mimeType = evidence.mimeType ?? 'application/octet-stream'
      return {
        stream: file.stream,
        size: file.size,
        mimeType,
        contentDisposition: contentDisposition(
          downloadFileName(displayFileName(evidence.fileName ?? undefined), mimeType),
        ),
      }
    },

    // ---------- settings ----------
    /** The instansi's settings (defaults, version 0, until an admin saves); every member reads them. */
    async getSettings(actor: Actor): Promise<AssessmentSettings> {
      return settingsOf(db, requireInstansi(actor))
    },

    /** The admin changes the settings (audited; stale version → 409 with the current ones). */
    async updateSettings(actor: Actor, input: AssessmentSettings): Promise<AssessmentSettings> {
      const instansiId = requireAdmin(actor)
      const after = await db.transaction(async (tx) => {
        const before = await repo.lockSettings(tx, instansiId)
        if (before.version !== input.version) throw versionConflict(presentSettings(before))
        const row = await repo.updateSettings(tx, instansiId, {
          distributionEnforcement: input.distributionEnforcement,
          objectionDays: input.objectionDays,
          version: before.version + 1,
        })
        await audit.record(tx, actor, {
          action: 'assessment_settings.updated',
          entity: 'assessment_settings',
          entityId: instansiId,
          before,
          after: row,
        })
        return row
      })
      return presentSettings(after)
    },

    // ---------- extensions ----------
    /** Extensions of a period's batas pengisian (admin). */
    async listExtensions(actor: Actor, periodId: string): Promise<{ items: Extension[] }> {
      const instansiId = requireAdmin(actor)
      if (!(await periods.periodById(instansiId, periodId))) throw notFound('Periode')
      const rows = await repo.listExtensions(db, instansiId, [periodId])
      return { items: await presentExtensions(instansiId, rows) }
    },

    /** The admin extends a period's deadline for one pegawai or one unit (with its sub-units). */
    async createExtension(
      actor: Actor,
      input: z.output<typeof extensionInputSchema>,
    ): Promise<Extension> {
      const instansiId = requireAdmin(actor)
      const period = await periods.periodById(instansiId, input.periodId)
      if (!period)
        throw validationFailed({ periodId: 'Periode tidak ditemukan' }, 'PERIOD_NOT_FOUND')
      if (input.pegawaiId) {
        const cards = await org.pegawaiCards(instansiId, [input.pegawaiId])
        if (!cards.has(input.pegawaiId))
          throw validationFailed({ pegawaiId: 'Pegawai tidak ditemukan' }, 'PEGAWAI_NOT_FOUND')
      }
      if (input.unitId) {
        const units = await org.unitsOf(instansiId)
        if (!units.some((u) => u.id === input.unitId))
          throw validationFailed({ unitId: 'Unit tidak ditemukan' }, 'UNIT_NOT_FOUND')
      }
      if (input.until < period.deadline)
        throw validationFailed(
          {
            until: `Perpanjangan tidak boleh sebelum batas pengisian ${period.name} (${period.deadline})`,
          },
          'EXTENSION_BEFORE_DEADLINE',
        )
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertExtension(tx, {
          instansiId,
          periodId: period.id,
          pegawaiId: input.pegawaiId ?? null,
          unitId: input.unitId ?? null,
          until: input.until,
          reason: input.reason,
          createdByUserId: actor.userId,
          createdByName: actor.displayName,
        })
        await audit.record(tx, actor, {
          action: 'assessment_extension.created',
          entity: 'assessment_extension',
          entityId: created.id,
          after: created,
        })
        return created
      })
      const [presented] = await presentExtensions(instansiId, [row])
      return presented!
    },

    /** The admin removes an extension. */
    async deleteExtension(actor: Actor, extensionId: string): Promise<void> {
      const instansiId = requireAdmin(actor)
      await db.transaction(async (tx) => {
        const before = await repo.findExtension(tx, instansiId, extensionId)
        if (!before) throw notFound('Perpanjangan')
        await repo.deleteExtension(tx, extensionId)
        await audit.record(tx, actor, {
          action: 'assessment_extension.deleted',
          entity: 'assessment_extension',
          entityId: extensionId,
          before,
        })
      })
    },
  }

  async function presentExtensions(
    instansiId: string,
    rows: readonly repo.ExtensionRow[],
  ): Promise<Extension[]> {
    if (rows.length === 0) return []
    const pegawaiIds = rows.map((r) => r.pegawaiId).filter((x): x is string => !!x)
    const [cards, units] = await Promise.all([
      pegawaiIds.length
        ? org.pegawaiCards(instansiId, pegawaiIds)
        : Promise.resolve(new Map<string, { fullName: string }>()),
      org.unitsOf(instansiId),
    ])
    const unitName = new Map(units.map((u) => [u.id, u.name]))
    return rows.map((r) => ({
      id: r.id,
      periodId: r.periodId,
      pegawaiId: r.pegawaiId,
      pegawaiName: r.pegawaiId ? (cards.get(r.pegawaiId)?.fullName ?? null) : null,
      unitId: r.unitId,
      unitName: r.unitId ? (unitName.get(r.unitId) ?? null) : null,
      until: r.until,
      reason: r.reason,
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
    }))
  }

  return service
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>
