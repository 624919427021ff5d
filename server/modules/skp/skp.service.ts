import type { z } from 'zod'
import { CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import {
  canTransition,
  SKP_STATUS_LABEL,
  SKP_TRANSITIONS,
  type SkpAction,
  type SkpActorRole,
  type SkpStatus,
} from '../../../shared/rules/skp-workflow.ts'
import {
  LAMPIRAN_KINDS,
  skpContentFieldErrors,
  skpVariantFor,
  type atasanRhkOptionsSchema,
  type bulkApproveSchema,
  type closeSkpSchema,
  type dialogNoteInputSchema,
  type ekspektasiInputSchema,
  type Matriks,
  type matriksQuerySchema,
  type NewSkp,
  type PerjanjianKinerja,
  type PerjanjianKinerjaInput,
  type pkQuerySchema,
  type returnSkpSchema,
  type Skp,
  type SkpContentInput,
  type skpListQuerySchema,
  type TreeNode,
  type treeQuerySchema,
} from '../../../shared/skp.ts'
import type { Actor } from '../../lib/actor.ts'
import { systemActor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { DomainEvents, EventBus } from '../../lib/events.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import {
  canEditEkspektasi,
  canEditPk,
  canReadDialog,
  canReadRevisions,
  canSeeSkp,
  canWriteDialog,
  isSkpAdmin,
  isSnapshotAtasan,
  mayTake,
  skpRolesOf,
} from './skp.policy.ts'
import {
  LAMPIRAN_KEY,
  presentPk,
  presentRhk,
  presentSkp,
  presentSummary,
  revisionContent,
} from './skp.presenter.ts'
import * as repo from './skp.repository.ts'

type Deps = { db: Db; clock: Clock; audit: AuditService; org: OrgService; events: EventBus }

/**
 * 409 for a stale `version`: carries the current document so the route can answer with it
 * (`{ error, current }`); anywhere else it still renders as the plain error envelope.
 */
export class VersionConflictError<T> extends AppError {
  constructor(
    readonly current: T,
    message = 'Dokumen ini sudah diubah orang lain. Periksa versi terbaru lalu ulangi perubahan Anda.',
  ) {
    super('CONFLICT', message, 'VERSION_CONFLICT')
  }
}

export const MUTASI_CLOSED_REASON = 'Mutasi/perubahan jabatan'

const ACTION_PAST: Record<SkpAction, string> = {
  submit: 'diajukan',
  approve: 'disetujui',
  return: 'dikembalikan',
  revise: 'direvisi',
  close: 'ditutup',
}
const ACTION_FORBIDDEN: Record<SkpAction, string> = {
  submit: 'Hanya pemilik SKP yang dapat mengajukan SKP ini',
  approve:
    'Hanya atasan langsung yang tercatat di SKP ini (atau admin instansi atas namanya) yang dapat menyetujuinya',
  return:
    'Hanya atasan langsung yang tercatat di SKP ini (atau admin instansi atas namanya) yang dapat mengembalikannya',
  revise: 'Hanya pemilik SKP yang dapat membuat revisi',
  close: 'Hanya admin instansi yang dapat menutup SKP',
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC, never shifted by a time zone). */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** drizzle wraps driver errors; the PostgreSQL error is the cause. */
function isUniqueViolation(e: unknown, constraint: string): boolean {
  for (let at: unknown = e; at && typeof at === 'object'; at = (at as { cause?: unknown }).cause) {
    const pg = at as { code?: string; constraint?: string }
    if (pg.code === '23505' && pg.constraint === constraint) return true
  }
  return false
}

type SkpRow = repo.SkpRow
type Transitioned = { row: SkpRow; actingFor: string | null }

export function createSkpService({ db, clock, audit, org, events }: Deps) {
  function requireInstansi(actor: Actor): string {
    if (!actor.instansiId) throw notFound('SKP')
    return actor.instansiId
  }

  async function todayFor(instansiId: string) {
    const info = await org.instansiInfo(instansiId)
    return dayIn(clock.now(), info?.timeZone ?? 'Asia/Jakarta')
  }

  /** The SKP with the actor's workflow roles on it, or 404 when they may not see it at all. */
  async function visible(
    actor: Actor,
    row: SkpRow | undefined,
    ex: Executor = db,
  ): Promise<{ row: SkpRow; roles: SkpActorRole[] }> {
    if (!row) throw notFound('SKP')
    const roles = skpRolesOf(actor, row)
    if (roles.length > 0) return { row, roles }
    const scope = actor.pegawaiId ? await org.scopeFor(actor, ex) : undefined
    if (!canSeeSkp(actor, row, scope?.ids)) throw notFound('SKP')
    return { row, roles }
  }

  async function present(ex: Executor, row: SkpRow, roles: readonly SkpActorRole[]) {
    return presentSkp(row, await repo.loadSkpContent(ex, row.id), roles)
  }

  /** Who the actor acts for when taking the atasan's part without being the snapshotted atasan. */
  function actingForOf(actor: Actor, row: SkpRow, roles: readonly SkpActorRole[]) {
    if (!roles.includes('atasan') || isSnapshotAtasan(actor, row)) return null
    return row.atasanName ?? 'Pejabat penilai di luar sistem'
  }

  /**
   * Locks the SKP and asserts, in this order: visible (404), allowed (403), version (409
   * VERSION_CONFLICT with the current document), and the workflow table's transition (409
   * INVALID_TRANSITION). `check` adds the action's own rules before anything is written.
   */
  async function transition(
    tx: Executor,
    actor: Actor,
    id: string,
    action: SkpAction,
    version: number,
    opts: {
      check?: (row: SkpRow) => Promise<void>
      patch?: (row: SkpRow) => Partial<repo.SkpInsert>
      detail?: Record<string, unknown>
    } = {},
  ): Promise<Transitioned & { before: SkpRow }> {
    const instansiId = requireInstansi(actor)
    const { row: current, roles } = await visible(actor, await repo.lockSkp(tx, instansiId, id), tx)
    if (!mayTake(roles, action)) throw forbidden(ACTION_FORBIDDEN[action], 'NOT_ALLOWED')
    if (current.version !== version)
      throw new VersionConflictError(await present(tx, current, roles))
    if (!canTransition(current.status, action))
      throw conflict(
        'INVALID_TRANSITION',
        `SKP berstatus ${SKP_STATUS_LABEL[current.status]} tidak dapat ${ACTION_PAST[action]}`,
      )
    await opts.check?.(current)
    const actingFor =
      action === 'approve' || action === 'return' ? actingForOf(actor, current, roles) : null
    const after = await repo.updateSkp(tx, current.id, {
      ...opts.patch?.(current),
      status: SKP_TRANSITIONS[action].to,
      version: current.version + 1,
    })
    await audit.record(tx, actor, {
      action: `skp.${ACTION_AUDIT[action]}`,
      entity: 'skp',
      entityId: current.id,
      before: { status: current.status, version: current.version, revision: current.revision },
      after: {
        status: after.status,
        version: after.version,
        revision: after.revision,
        ...opts.detail,
        ...(actingFor ? { actingFor, actingForPegawaiId: current.atasanPegawaiId } : {}),
      },
    })
    return { row: after, before: current, actingFor }
  }

  /** Submission rules beyond the table (domain.md "SKP"; research §2.4 and §3). */
  async function checkSubmittable(tx: Executor, row: SkpRow) {
    const content = await repo.loadSkpContent(tx, row.id)
    const rhk = presentRhk(content)
    if (rhk.length === 0)
      throw validationFailed(
        { rhk: 'Tambahkan minimal satu rencana hasil kerja (RHK)' },
        'NO_RHK',
        'SKP belum memiliki RHK. Tambahkan minimal satu RHK sebelum mengajukan.',
      )
    if (row.variant === 'ja_jf') {
      if (!row.atasanPegawaiId)
        throw new AppError(
          'VALIDATION_FAILED',
          'SKP ini belum memiliki atasan langsung (pejabat penilai). Hubungi admin instansi untuk menetapkan atasan Anda.',
          'NO_ATASAN',
        )
      // RHK utama that rely on the atasan (not on a team lead's penugasan) need the atasan's RHK.
      const reliesOnAtasan = rhk.some((r) => r.jenis === 'utama' && !r.penugasanDariPegawaiId)
      if (reliesOnAtasan) {
        const atasanRhk = await repo.listRhkOfOpenSkps(
          tx,
          row.instansiId,
          [row.atasanPegawaiId],
          row.year,
        )
        if (atasanRhk.length === 0)
          throw new AppError(
            'VALIDATION_FAILED',
            `Atasan Anda, ${row.atasanName ?? ''}, belum memiliki RHK di SKP ${row.year} untuk diintervensi. Minta atasan menyusun RHK-nya terlebih dahulu, lalu ajukan kembali SKP Anda.`,
            'ATASAN_HAS_NO_RHK',
          )
      }
    }
    const fields = skpContentFieldErrors(
      { rhk },
      { pendekatan: row.pendekatan, variant: row.variant, complete: true },
    )
    if (Object.keys(fields).length > 0)
      throw validationFailed(
        fields,
        'INCOMPLETE_CONTENT',
        'Isian SKP belum lengkap. Lengkapi isian yang ditandai lalu ajukan kembali.',
      )
    if (row.variant === 'ja_jf') {
      const missing: Record<string, string> = {}
      rhk.forEach((r, i) => {
        if (r.jenis === 'utama' && r.interventions.length === 0 && !r.penugasanDariPegawaiId)
          missing[`rhk.${i}.interventionRhkIds`] =
            'Pilih RHK atasan yang diintervensi (atau isi "penugasan dari")'
      })
      if (Object.keys(missing).length > 0)
        throw validationFailed(
          missing,
          'RHK_WITHOUT_INTERVENTION',
          'Setiap RHK utama harus mengintervensi RHK atasan atau berasal dari penugasan.',
        )
    }
  }

  async function approveOne(actor: Actor, id: string, version: number) {
    const t = await db.transaction(async (tx) => {
      const at = clock.now()
      const approverName = (actingFor: string | null) =>
        actingFor ? `${actor.displayName} (a.n. ${actingFor})` : actor.displayName
      const r = await transition(tx, actor, id, 'approve', version, {
        patch: (row) => ({
          revision: row.revision + 1,
          approvedAt: at,
          approvedByUserId: actor.userId,
          returnReason: null,
        }),
      })
      // The approved document, whole, as it was approved: the history of revisions.
      const doc = await present(tx, r.row, [])
      await repo.insertRevision(tx, {
        instansiId: r.row.instansiId,
        skpId: r.row.id,
        revision: r.row.revision,
        approvedAt: at,
        approvedByUserId: actor.userId,
        approvedByName: approverName(r.actingFor),
        content: revisionContent(doc),
      })
      return r
    })
    await events.emit('skp.approved', {
      instansiId: t.row.instansiId,
      skpId: t.row.id,
      year: t.row.year,
      pegawaiId: t.row.pegawaiId,
      atasanName: t.row.atasanName ?? actor.displayName,
    })
    return t.row
  }

  async function pkTargetsOf(ex: Executor, instansiId: string, unitId: string, year: number) {
    const pk = await repo.findPk(ex, instansiId, unitId, year)
    return { pk, targets: pk ? await repo.listPkTargets(ex, pk.id) : [] }
  }

  async function unitOf(actor: Actor, unitId: string) {
    const unit = (await org.listUnits(actor)).find((u) => u.id === unitId)
    if (!unit) throw notFound('Unit')
    return unit
  }

  async function currentYear(instansiId: string) {
    return Number((await todayFor(instansiId)).slice(0, 4))
  }

  const service = {
    /** The pegawai creates their own SKP for a year; pegawai and atasan are snapshotted now. */
    async createSkp(actor: Actor, input: NewSkp): Promise<Skp> {
      const instansiId = requireInstansi(actor)
      if (!actor.pegawaiId) throw notFound('Pegawai')
      const me = await org.getPegawaiUnchecked(instansiId, actor.pegawaiId)
      if (!me) throw notFound('Pegawai')
      const atasan = me.atasanId ? await org.getPegawaiUnchecked(instansiId, me.atasanId) : null
      const unit = (await org.listUnits(actor)).find((u) => u.id === me.unitId)
      const variant = skpVariantFor(me.jabatanJenis, me.headsUnit && unit?.parentId === null)
      const id = await db.transaction(async (tx) => {
        if (await repo.findOpenSkp(tx, instansiId, me.id, input.year))
          throw conflict(
            'SKP_EXISTS',
            `Anda sudah memiliki SKP ${input.year} yang masih berjalan; buka SKP itu untuk mengubahnya.`,
          )
        // After a mutasi the new SKP starts the day after the closed one ended (the move day).
        const closedEnd = await repo.latestClosedEndDate(tx, instansiId, me.id, input.year)
        const startDate = closedEnd ? addDays(closedEnd, 1) : `${input.year}-01-01`
        const endDate = `${input.year}-12-31`
        if (startDate > endDate)
          throw conflict('SKP_PERIOD_ENDED', `Periode SKP ${input.year} sudah berakhir`)
        const source = input.copyFromSkpId
          ? await repo.findSkp(tx, instansiId, input.copyFromSkpId)
          : null
        if (input.copyFromSkpId && source?.pegawaiId !== me.id)
          throw validationFailed({ copyFromSkpId: 'SKP sumber tidak ditemukan di antara SKP Anda' })
        let row: SkpRow
        try {
          row = await repo.insertSkp(tx, {
            instansiId,
            pegawaiId: me.id,
            year: input.year,
            startDate,
            endDate,
            pendekatan: input.pendekatan,
            variant,
            pegawaiName: me.fullName,
            pegawaiNip: me.nip,
            pegawaiGolongan: me.golongan,
            unitId: me.unitId,
            unitName: me.unitName,
            jabatanId: me.jabatanId,
            jabatanName: me.jabatanName,
            jabatanJenis: me.jabatanJenis,
            atasanPegawaiId: atasan?.id ?? null,
            atasanName: atasan?.fullName ?? null,
            atasanNip: atasan?.nip ?? null,
            atasanGolongan: atasan?.golongan ?? null,
            atasanJabatanName: atasan?.jabatanName ?? null,
            atasanJabatanJenis: atasan?.jabatanJenis ?? null,
            atasanUnitName: atasan?.unitName ?? null,
          })
        } catch (e) {
          if (isUniqueViolation(e, 'skp_one_open_per_year'))
            throw conflict(
              'SKP_EXISTS',
              `Anda sudah memiliki SKP ${input.year} yang masih berjalan`,
            )
          throw e
        }
        await repo.insertPerilaku(tx, instansiId, row.id, CORE_VALUES)
        if (source) await copyContent(tx, source, row)
        await audit.record(tx, actor, {
          action: 'skp.created',
          entity: 'skp',
          entityId: row.id,
          after: { ...row, copiedFromSkpId: source?.id ?? null },
        })
        return row.id
      })
      return service.getSkp(actor, id)
    },

    // ---------- read port for other modules (no actor: the caller authorises) ----------
    /**
     * The work plan (SKP in force on `day`, its RHK and indikator) of each person, batched:
     * activities and assessments read RHK through this instead of the skp tables.
     */
    async workPlansOn(
      instansiId: string,
      pegawaiIds: readonly string[],
      day: string,
    ): Promise<Map<string, WorkPlan>> {
      const ids = await repo.findSkpIdsCovering(db, instansiId, pegawaiIds, day)
      return service.workPlansByIds(
        instansiId,
        ids.map((r) => r.id),
      )
    },

    /** Work plans by SKP id, keyed by pegawai id. */
    async workPlansByIds(
      instansiId: string,
      skpIds: readonly string[],
    ): Promise<Map<string, WorkPlan>> {
      const { skps, rhks, indikators } = await repo.loadWorkPlans(db, instansiId, skpIds)
      const indByRhk = new Map<string, WorkPlanIndikator[]>()
      for (const k of indikators)
        indByRhk.set(k.rhkId, [
          ...(indByRhk.get(k.rhkId) ?? []),
          {
            id: k.id,
            text: k.text,
            targetValue: k.targetValue,
            targetUnit: k.targetUnit,
            targetText: k.targetText,
          },
        ])
      const rhkBySkp = new Map<string, WorkPlanRhk[]>()
      for (const r of rhks)
        rhkBySkp.set(r.skpId, [
          ...(rhkBySkp.get(r.skpId) ?? []),
          {
            id: r.id,
            seq: r.seq,
            jenis: r.jenis,
            text: r.text,
            indikator: indByRhk.get(r.id) ?? [],
          },
        ])
      return new Map(
        skps.map((s) => [
          s.pegawaiId,
          {
            id: s.id,
            pegawaiId: s.pegawaiId,
            year: s.year,
            status: s.status,
            startDate: s.startDate,
            endDate: s.endDate,
            atasanPegawaiId: s.atasanPegawaiId,
            rhk: rhkBySkp.get(s.id) ?? [],
          },
        ]),
      )
    },

    /**
     * The SKP of each pegawai for an assessment period: SKPs of `year` overlapping [from, to],
     * one per pegawai (the open one with the latest start). Any status: the caller decides
     * which are assessable (disetujui) and why the others are not.
     */
    async skpsForPeriod(
      instansiId: string,
      year: number,
      from: string,
      to: string,
    ): Promise<SkpRow[]> {
      return repo.findSkpsOverlapping(db, instansiId, year, from, to)
    },

    /** One whole SKP (content, perilaku, snapshots) without an actor: the caller authorised. */
    async skpUnchecked(instansiId: string, skpId: string): Promise<Skp | null> {
      const row = await repo.findSkp(db, instansiId, skpId)
      return row ? present(db, row, []) : null
    },

    /** RHK by id with their SKP's owner/year/status (to check a link and to show its text). */
    async rhkRefs(instansiId: string, rhkIds: readonly string[]): Promise<Map<string, RhkRef>> {
      const rows = await repo.findRhkRefs(db, instansiId, [...new Set(rhkIds)])
      return new Map(rows.map((r) => [r.id, r]))
    },

    /** SKPs waiting for approval (diajukan), counted per snapshotted atasan (for reminders). */
    async pendingApprovalCounts(instansiId: string): Promise<Map<string, number>> {
      const rows = await repo.countSubmittedByAtasan(db, instansiId)
      return new Map(rows.map((r) => [r.atasanPegawaiId, r.n]))
    },

    /** One SKP: owner, snapshotted atasan, supervisors above the owner and admins; others 404. */
    async getSkp(actor: Actor, id: string): Promise<Skp> {
      const instansiId = requireInstansi(actor)
      const { row, roles } = await visible(actor, await repo.findSkp(db, instansiId, id))
      return present(db, row, roles)
    },

    /** mine = own SKPs; bawahan = SKPs whose snapshotted atasan is me; all = admins only. */
    async listSkp(actor: Actor, q: z.output<typeof skpListQuerySchema>) {
      const instansiId = requireInstansi(actor)
      const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize }
      const filter: repo.SkpFilter = {
        instansiId,
        year: q.year,
        status: q.status,
        page: q.page,
        pageSize: q.pageSize,
      }
      switch (q.scope) {
        case 'mine':
          if (!actor.pegawaiId) return empty
          filter.pegawaiId = actor.pegawaiId
          break
        case 'bawahan':
          if (!actor.pegawaiId) return empty
          filter.atasanPegawaiId = actor.pegawaiId
          break
        case 'all':
          if (!isSkpAdmin(actor, instansiId)) throw notFound('Halaman')
          break
      }
      const { rows, total } = await repo.listSkp(db, filter)
      return {
        items: rows.map((r) => presentSummary(r.skp, r.rhkCount)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      }
    },

    /**
     * The owner replaces RHK, indicators, interventions and lampiran while the SKP is a draft or
     * returned. RHK and indicators keep their ids (subordinates' interventions stay valid).
     */
    async updateContent(actor: Actor, id: string, input: SkpContentInput): Promise<Skp> {
      const instansiId = requireInstansi(actor)
      await db.transaction(async (tx) => {
        const { row, roles } = await visible(actor, await repo.lockSkp(tx, instansiId, id), tx)
        if (!roles.includes('owner'))
          throw forbidden('Hanya pemilik SKP yang dapat mengubah isinya', 'NOT_OWNER')
        if (row.version !== input.version)
          throw new VersionConflictError(await present(tx, row, roles))
        if (row.status !== 'draft' && row.status !== 'dikembalikan')
          throw conflict(
            'SKP_LOCKED',
            row.status === 'disetujui'
              ? 'SKP sudah disetujui; buat revisi untuk mengubahnya.'
              : `SKP berstatus ${SKP_STATUS_LABEL[row.status]} tidak dapat diubah.`,
          )
        const before = await repo.loadSkpContent(tx, row.id)
        await validateContent(tx, row, before, input)
        await writeContent(tx, row, before, input)
        await repo.updateSkp(tx, row.id, { version: row.version + 1 })
        const after = await repo.loadSkpContent(tx, row.id)
        await audit.record(tx, actor, {
          action: 'skp.content_updated',
          entity: 'skp',
          entityId: row.id,
          before: {
            version: row.version,
            rhk: presentRhk(before),
            lampiran: before.lampiran.map((l) => [l.kind, l.text]),
          },
          after: {
            version: row.version + 1,
            rhk: presentRhk(after),
            lampiran: after.lampiran.map((l) => [l.kind, l.text]),
          },
        })
      })
      return service.getSkp(actor, id)
    },

    /** The owner submits to the snapshotted atasan; refused while the atasan has no RHK to intervene. */
    async submit(actor: Actor, id: string, version: number): Promise<Skp> {
      const t = await db.transaction(async (tx) =>
        transition(tx, actor, id, 'submit', version, {
          check: (row) => checkSubmittable(tx, row),
          patch: () => ({ submittedAt: clock.now() }),
        }),
      )
      await events.emit('skp.submitted', {
        instansiId: t.row.instansiId,
        skpId: t.row.id,
        year: t.row.year,
        pegawaiId: t.row.pegawaiId,
        atasanPegawaiId: t.row.atasanPegawaiId,
        pegawaiName: t.row.pegawaiName,
      })
      return service.getSkp(actor, id)
    },

    /** The snapshotted atasan (or an admin acting for them, audited) approves; the revision is kept whole. */
    async approve(actor: Actor, id: string, version: number): Promise<Skp> {
      await approveOne(actor, id, version)
      return service.getSkp(actor, id)
    },

    /** The snapshotted atasan (or an admin acting for them, audited) returns the SKP with a reason. */
    async returnSkp(
      actor: Actor,
      id: string,
      input: z.output<typeof returnSkpSchema>,
    ): Promise<Skp> {
      const t = await db.transaction(async (tx) =>
        transition(tx, actor, id, 'return', input.version, {
          patch: () => ({ returnReason: input.reason }),
          detail: { reason: input.reason },
        }),
      )
      await events.emit('skp.returned', {
        instansiId: t.row.instansiId,
        skpId: t.row.id,
        year: t.row.year,
        pegawaiId: t.row.pegawaiId,
        atasanName: t.row.atasanName ?? actor.displayName,
        reason: input.reason,
      })
      return service.getSkp(actor, id)
    },

    /** Each item is approved in its own transaction; one failure does not undo the others. */
    async bulkApprove(actor: Actor, input: z.output<typeof bulkApproveSchema>) {
      const results = []
      for (const item of input.items) {
        try {
          await approveOne(actor, item.id, item.version)
          results.push({ id: item.id, ok: true, code: null, message: null })
        } catch (e) {
          if (!(e instanceof AppError)) throw e
          results.push({ id: item.id, ok: false, code: e.reason ?? e.code, message: e.message })
        }
      }
      return { results }
    },

    /** The owner turns an approved SKP into a draft of the next revision (the approved one stays in the history). */
    async revise(actor: Actor, id: string, version: number): Promise<Skp> {
      await db.transaction(async (tx) =>
        transition(tx, actor, id, 'revise', version, {
          patch: () => ({ returnReason: null, submittedAt: null }),
        }),
      )
      return service.getSkp(actor, id)
    },

    /** An admin closes an SKP for good with a reason (it ends today, or on its own end date if earlier). */
    async close(actor: Actor, id: string, input: z.output<typeof closeSkpSchema>): Promise<Skp> {
      const instansiId = requireInstansi(actor)
      const today = await todayFor(instansiId)
      await db.transaction(async (tx) =>
        transition(tx, actor, id, 'close', input.version, {
          patch: (row) => ({
            closedReason: input.reason,
            endDate:
              today < row.startDate ? row.startDate : today < row.endDate ? today : row.endDate,
          }),
          detail: { reason: input.reason },
        }),
      )
      return service.getSkp(actor, id)
    },

    /** The atasan (or an admin acting for them, audited) writes ekspektasi khusus per core value. */
    async updateEkspektasi(
      actor: Actor,
      id: string,
      input: z.output<typeof ekspektasiInputSchema>,
    ): Promise<Skp> {
      const instansiId = requireInstansi(actor)
      await db.transaction(async (tx) => {
        const { row, roles } = await visible(actor, await repo.lockSkp(tx, instansiId, id), tx)
        if (!roles.includes('atasan'))
          throw forbidden(
            'Hanya atasan langsung yang dapat menulis ekspektasi khusus',
            'NOT_ALLOWED',
          )
        if (row.version !== input.version)
          throw new VersionConflictError(await present(tx, row, roles))
        if (!canEditEkspektasi(roles, row.status))
          throw conflict(
            'SKP_LOCKED',
            `SKP berstatus ${SKP_STATUS_LABEL[row.status]}: ekspektasi tidak dapat diubah lagi.`,
          )
        const before = (await repo.loadSkpContent(tx, row.id)).perilaku
        for (const item of input.items)
          await repo.updatePerilaku(tx, row.id, item.coreValue, item.ekspektasiKhusus || null)
        await repo.updateSkp(tx, row.id, { version: row.version + 1 })
        const actingFor = actingForOf(actor, row, roles)
        await audit.record(tx, actor, {
          action: 'skp.ekspektasi_updated',
          entity: 'skp',
          entityId: row.id,
          before: before.map((p) => [p.coreValue, p.ekspektasiKhusus]),
          after: {
            items: input.items.map((i) => [i.coreValue, i.ekspektasiKhusus || null]),
            ...(actingFor ? { actingFor, actingForPegawaiId: row.atasanPegawaiId } : {}),
          },
        })
      })
      return service.getSkp(actor, id)
    },

    /** Approved versions of the SKP, oldest first: owner, atasan and admins. */
    async listRevisions(actor: Actor, id: string) {
      const instansiId = requireInstansi(actor)
      const { roles } = await visible(actor, await repo.findSkp(db, instansiId, id))
      if (!canReadRevisions(roles))
        throw forbidden('Riwayat revisi hanya untuk pemilik SKP, atasan langsung dan admin')
      return (await repo.listRevisions(db, id)).map((r) => ({
        revision: r.revision,
        approvedAt: r.approvedAt.toISOString(),
        approvedByName: r.approvedByName,
        content: r.content as ReturnType<typeof revisionContent>,
      }))
    },

    /** The RHK the owner may intervene: the atasan's running SKP of the year, plus a team lead's with `penugasanDari`. */
    async atasanRhkOptions(
      actor: Actor,
      id: string,
      penugasanDari?: string,
    ): Promise<z.output<typeof atasanRhkOptionsSchema>> {
      const instansiId = requireInstansi(actor)
      const { row } = await visible(actor, await repo.findSkp(db, instansiId, id))
      if (penugasanDari && !(await org.getPegawaiUnchecked(instansiId, penugasanDari)))
        throw validationFailed({ penugasanDari: 'Pegawai pemberi penugasan tidak ditemukan' })
      const atasanSkp = row.atasanPegawaiId
        ? await repo.findOpenSkp(db, instansiId, row.atasanPegawaiId, row.year)
        : undefined
      const people = [row.atasanPegawaiId, penugasanDari].filter(
        (x): x is string => !!x && x !== row.pegawaiId,
      )
      const rhk = await repo.listRhkOfOpenSkps(db, instansiId, [...new Set(people)], row.year)
      const summary = presentSummary(row, 0)
      return {
        atasan: summary.atasan,
        skpId: atasanSkp?.id ?? null,
        skpStatus: atasanSkp?.status ?? null,
        // The atasan's RHK first, then the team lead's.
        rhk: [
          ...rhk.filter((r) => r.pegawaiId === row.atasanPegawaiId),
          ...rhk.filter((r) => r.pegawaiId !== row.atasanPegawaiId),
        ].map((r) => ({ id: r.id, jenis: r.jenis, text: r.text })),
      }
    },

    /** Dialog kinerja notes on an SKP: owner, atasan and admins read them. */
    async listDialog(actor: Actor, id: string) {
      const instansiId = requireInstansi(actor)
      const { roles } = await visible(actor, await repo.findSkp(db, instansiId, id))
      if (!canReadDialog(roles))
        throw forbidden('Dialog kinerja hanya untuk pegawai, atasan langsungnya dan admin')
      return (await repo.listDialogNotes(db, id)).map(presentNote)
    },

    /** The owner or the snapshotted atasan adds a dialog kinerja note. */
    async addDialogNote(actor: Actor, id: string, input: z.output<typeof dialogNoteInputSchema>) {
      const instansiId = requireInstansi(actor)
      const { row } = await visible(actor, await repo.findSkp(db, instansiId, id))
      if (!canWriteDialog(actor, row))
        throw forbidden('Hanya pegawai dan atasan langsungnya yang menulis dialog kinerja')
      const note = await db.transaction(async (tx) => {
        const n = await repo.insertDialogNote(tx, {
          instansiId,
          skpId: row.id,
          authorUserId: actor.userId,
          authorName: actor.displayName,
          authorIsAtasan: isSnapshotAtasan(actor, row),
          text: input.text,
          createdAt: clock.now(),
        })
        await audit.record(tx, actor, {
          action: 'skp.dialog_note_added',
          entity: 'skp',
          entityId: row.id,
          after: { noteId: n.id, text: n.text },
        })
        return n
      })
      return presentNote(note)
    },

    /**
     * Matriks Peran Hasil: the leader's RHK × the people who (should) intervene them — today's
     * direct subordinates, those whose SKP names the leader as atasan, and anyone intervening by
     * penugasan. Coverage is computed, never stored.
     */
    async matriks(actor: Actor, q: z.output<typeof matriksQuerySchema>): Promise<Matriks> {
      const instansiId = requireInstansi(actor)
      const leaderId = q.pegawaiId ?? actor.pegawaiId
      if (!leaderId) throw notFound('Pegawai')
      if (leaderId !== actor.pegawaiId) {
        const scope = await org.scopeFor(actor)
        if (scope.ids && !scope.ids.has(leaderId)) throw notFound('Pegawai')
        if (!(await org.getPegawaiUnchecked(instansiId, leaderId))) throw notFound('Pegawai')
      }
      const year = q.year ?? (await currentYear(instansiId))
      const leaderSkp = await repo.findOpenSkp(db, instansiId, leaderId, year)
      const leaderRhk = leaderSkp
        ? await repo.listRhkOfOpenSkps(db, instansiId, [leaderId], year)
        : []
      const directIds = (await org.atasanIndex(instansiId)).directSubordinatesOf(leaderId)
      const [bySnapshot, ofDirect, onto] = await Promise.all([
        repo.listOpenSkpByAtasan(db, instansiId, leaderId, year),
        repo.listOpenSkpOf(db, instansiId, directIds, year),
        repo.listInterventionsOnto(
          db,
          leaderRhk.map((r) => r.id),
        ),
      ])
      const running = onto.filter((o) => o.skpStatus !== 'ditutup' && o.pegawaiId !== leaderId)
      const columns = new Map<string, Matriks['subordinates'][number]>()
      for (const s of [...bySnapshot, ...ofDirect])
        columns.set(s.pegawaiId, {
          pegawaiId: s.pegawaiId,
          name: s.pegawaiName,
          jabatanName: s.jabatanName,
          skpId: s.id,
          skpStatus: s.status,
        })
      for (const o of running)
        if (!columns.has(o.pegawaiId))
          columns.set(o.pegawaiId, {
            pegawaiId: o.pegawaiId,
            name: o.pegawaiName,
            jabatanName: o.jabatanName,
            skpId: o.skpId,
            skpStatus: o.skpStatus,
          })
      // Direct subordinates without an SKP yet still get a column (an empty one says "not yet").
      const withoutSkp = directIds.filter((pid) => !columns.has(pid))
      for (const p of await Promise.all(
        withoutSkp.map((pid) => org.getPegawaiUnchecked(instansiId, pid)),
      ))
        if (p)
          columns.set(p.id, {
            pegawaiId: p.id,
            name: p.fullName,
            jabatanName: p.jabatanName,
            skpId: null,
            skpStatus: null,
          })
      const subordinates = [...columns.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'))
      const cells: Matriks['cells'] = {}
      for (const r of leaderRhk)
        cells[r.id] = Object.fromEntries(subordinates.map((s) => [s.pegawaiId, []]))
      for (const o of running)
        cells[o.parentRhkId]?.[o.pegawaiId]?.push({ id: o.rhkId, text: o.rhkText })
      const covered = new Set(running.map((o) => o.parentRhkId))
      return {
        skpId: leaderSkp?.id ?? null,
        year,
        leaderRhk: leaderRhk.map((r) => ({ id: r.id, jenis: r.jenis, text: r.text })),
        subordinates,
        cells,
        uncoveredRhkIds: leaderRhk.filter((r) => !covered.has(r.id)).map((r) => r.id),
      }
    },

    /**
     * Pohon kinerja: the unit's Perjanjian Kinerja targets → JPT RHK derived from them → the RHK
     * intervening those, recursively. Visibility (decision): PK targets are public to members; an
     * RHK shows when its owner is in the actor's scope (self and everyone below; admins: all) or
     * when it lies on the path from the PK down to such an RHK — those ancestors are exactly the
     * "RHK atasan yang diintervensi" the actor already sees in their own SKP. So the head of the
     * unit sees the whole tree and a staff member sees their own chain.
     */
    async tree(actor: Actor, q: z.output<typeof treeQuerySchema>): Promise<TreeNode[]> {
      const instansiId = requireInstansi(actor)
      const units = await org.listUnits(actor)
      const year = q.year ?? (await currentYear(instansiId))
      let unitId = q.unitId
      if (!unitId) {
        const parentOf = new Map(units.map((u) => [u.id, u.parentId]))
        const me = actor.pegawaiId
          ? await org.getPegawaiUnchecked(instansiId, actor.pegawaiId)
          : null
        let at: string | null | undefined = me?.unitId ?? units.find((u) => !u.parentId)?.id
        const seen = new Set<string>()
        while (at && parentOf.get(at) && !seen.has(at)) {
          seen.add(at)
          at = parentOf.get(at)
        }
        unitId = at ?? undefined
      }
      if (!unitId || !units.some((u) => u.id === unitId)) throw notFound('Unit')
      const scope = await org.scopeFor(actor)
      const [{ targets }, allRhk, edges] = await Promise.all([
        pkTargetsOf(db, instansiId, unitId, year),
        repo.listRhkOfYear(db, instansiId, year),
        repo.listInterventionsOfYear(db, instansiId, year),
      ])
      const byId = new Map(allRhk.map((r) => [r.id, r]))
      // Children in the order of allRhk (owner name, then the owner's RHK order).
      const position = new Map(allRhk.map((r, i) => [r.id, i]))
      const children = new Map<string, string[]>()
      for (const e of edges) {
        const list = children.get(e.parentRhkId) ?? []
        list.push(e.rhkId)
        children.set(e.parentRhkId, list)
      }
      for (const list of children.values())
        list.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
      const visibleOwner = (pegawaiId: string) => !scope.ids || scope.ids.has(pegawaiId)
      const build = (rhkId: string, path: ReadonlySet<string>): TreeNode | null => {
        const r = byId.get(rhkId)
        if (!r || path.has(rhkId)) return null
        const next = new Set(path).add(rhkId)
        const kids = (children.get(rhkId) ?? [])
          .map((c) => build(c, next))
          .filter((n): n is TreeNode => n !== null)
        if (!visibleOwner(r.pegawaiId) && kids.length === 0) return null
        return {
          kind: 'rhk',
          id: r.id,
          text: r.text,
          ownerName: r.pegawaiName,
          ownerJabatan: r.jabatanName,
          children: kids,
        }
      }
      return targets.map((t) => ({
        kind: 'pk_target' as const,
        id: t.id,
        text: `${t.sasaranStrategis} — ${t.indikator}`,
        ownerName: null,
        ownerJabatan: null,
        children: allRhk
          .filter((r) => r.pkTargetId === t.id)
          .map((r) => build(r.id, new Set()))
          .filter((n): n is TreeNode => n !== null),
      }))
    },

    /** Any member of the instansi reads a unit's Perjanjian Kinerja for a year. */
    async getPk(actor: Actor, q: z.output<typeof pkQuerySchema>): Promise<PerjanjianKinerja> {
      const instansiId = requireInstansi(actor)
      const unit = await unitOf(actor, q.unitId)
      const year = q.year ?? (await currentYear(instansiId))
      const heads = (await org.atasanIndex(instansiId)).headsOf(unit.id)
      const { pk, targets } = await pkTargetsOf(db, instansiId, unit.id, year)
      return presentPk(
        {
          unitId: unit.id,
          unitName: unit.name,
          year,
          canEdit: canEditPk(actor, instansiId, heads),
        },
        pk,
        targets,
      )
    },

    /** The head of the unit (incl. PLT/PLH) or an admin records the agreement; targets are upserted by id. */
    async updatePk(
      actor: Actor,
      unitId: string,
      year: number,
      input: PerjanjianKinerjaInput,
    ): Promise<PerjanjianKinerja> {
      const instansiId = requireInstansi(actor)
      const unit = await unitOf(actor, unitId)
      const heads = (await org.atasanIndex(instansiId)).headsOf(unit.id)
      if (!canEditPk(actor, instansiId, heads))
        throw forbidden(
          'Hanya kepala unit (termasuk PLT/PLH) atau admin yang mengisi Perjanjian Kinerja',
        )
      await db.transaction(async (tx) => {
        const pk = await repo.lockPkCreatingIfMissing(tx, instansiId, unit.id, year)
        const before = await repo.listPkTargets(tx, pk.id)
        if (pk.version !== (input.version ?? 0))
          throw new VersionConflictError(
            presentPk({ unitId: unit.id, unitName: unit.name, year, canEdit: true }, pk, before),
          )
        const existing = new Set(before.map((t) => t.id))
        const fields: Record<string, string> = {}
        const seen = new Set<string>()
        input.targets.forEach((t, i) => {
          if (t.id && (!existing.has(t.id) || seen.has(t.id)))
            fields[`targets.${i}.id`] = 'Sasaran ini tidak ada di Perjanjian Kinerja tersebut'
          if (t.id) seen.add(t.id)
          const hasNumber = t.targetValue != null && !!t.targetUnit
          if (!hasNumber && !t.targetText)
            fields[`targets.${i}.targetValue`] =
              'Isi target berupa angka dan satuan (mis. 95 %), atau uraikan targetnya'
        })
        if (Object.keys(fields).length > 0) throw validationFailed(fields, 'INVALID_CONTENT')
        const removed = before.filter((t) => !seen.has(t.id))
        const inUse = await repo.listRhkUsingPkTargets(
          tx,
          removed.map((t) => t.id),
        )
        if (inUse.length > 0) {
          const names = [...new Set(inUse.map((u) => u.pegawaiName))].join(', ')
          throw conflict(
            'PK_TARGET_IN_USE',
            `Sasaran yang dihapus masih menjadi acuan RHK milik ${names}; ubah RHK tersebut terlebih dahulu.`,
          )
        }
        await repo.deletePkTargets(
          tx,
          removed.map((t) => t.id),
        )
        for (const [seq, t] of input.targets.entries()) {
          const values = {
            seq,
            sasaranStrategis: t.sasaranStrategis,
            indikator: t.indikator,
            targetValue: t.targetValue ?? null,
            targetUnit: t.targetUnit || null,
            targetText: t.targetText || null,
          }
          if (t.id) await repo.updatePkTarget(tx, t.id, values)
          else await repo.insertPkTarget(tx, { ...values, instansiId, pkId: pk.id })
        }
        await repo.updatePkVersion(tx, pk.id, pk.version + 1)
        await audit.record(tx, actor, {
          action: 'pk.updated',
          entity: 'perjanjian_kinerja',
          entityId: pk.id,
          before: { version: pk.version, targets: before },
          after: { version: pk.version + 1, unitId: unit.id, year, targets: input.targets },
        })
      })
      return service.getPk(actor, { unitId, year })
    },

    /**
     * Mutasi (listener of `pegawai.moved`): the running SKP of that year is closed the day before
     * the move, and a new draft SKP (same pendekatan) opens for the new position on the move day,
     * with the new jabatan, unit and atasan snapshotted.
     */
    async closeForMutasi(e: DomainEvents['pegawai.moved']) {
      const actor = systemActor(e.instansiId)
      const closedIds = await db.transaction(async (tx) => {
        const year = Number(e.day.slice(0, 4))
        await repo.listOpenSkpOf(tx, e.instansiId, [e.pegawaiId], year, { lock: true })
        const closed = await repo.closeOpenSkps(tx, {
          instansiId: e.instansiId,
          pegawaiId: e.pegawaiId,
          year,
          lastDay: addDays(e.day, -1),
          reason: MUTASI_CLOSED_REASON,
        })
        for (const row of closed)
          await audit.record(tx, actor, {
            action: 'skp.closed',
            entity: 'skp',
            entityId: row.id,
            after: {
              status: row.status,
              version: row.version,
              endDate: row.endDate,
              reason: MUTASI_CLOSED_REASON,
              movedOn: e.day,
              movedByUserId: e.actorUserId,
            },
          })
        return closed.map((r) => r.id)
      })
      const last = closedIds.length
        ? await repo.findSkp(db, e.instansiId, closedIds[0] as string)
        : undefined
      if (last && e.day <= `${last.year}-12-31`) {
        // Opened on the pegawai's behalf by the system; they fill it in for the new position.
        await service.createSkp(
          { ...actor, pegawaiId: e.pegawaiId },
          { year: last.year, pendekatan: last.pendekatan },
        )
      }
      return closedIds
    },
  }

  /** Field checks that need the database: ids, interventions, penugasan and PK targets. */
  async function validateContent(
    tx: Executor,
    row: SkpRow,
    before: repo.SkpContent,
    input: SkpContentInput,
  ) {
    const fields = skpContentFieldErrors(input, {
      pendekatan: row.pendekatan,
      variant: row.variant,
    })
    const rhkIds = new Set(before.rhk.map((r) => r.id))
    const indikatorOf = new Map(before.indikator.map((k) => [k.id, k.rhkId]))
    const seenRhk = new Set<string>()
    const seenIndikator = new Set<string>()
    input.rhk.forEach((r, i) => {
      if (r.id) {
        if (!rhkIds.has(r.id) || seenRhk.has(r.id))
          fields[`rhk.${i}.id`] = 'RHK ini tidak ada di SKP ini'
        seenRhk.add(r.id)
      }
      r.indikator.forEach((k, j) => {
        if (!k.id) return
        if (indikatorOf.get(k.id) !== r.id || seenIndikator.has(k.id))
          fields[`rhk.${i}.indikator.${j}.id`] = 'Indikator ini tidak ada pada RHK tersebut'
        seenIndikator.add(k.id)
      })
    })
    // Penugasan: a pegawai of the instansi other than the owner.
    const penugasan = [
      ...new Set(input.rhk.map((r) => r.penugasanDariPegawaiId).filter((x): x is string => !!x)),
    ]
    const known = new Set<string>()
    for (const pid of penugasan)
      if (pid !== row.pegawaiId && (await org.getPegawaiUnchecked(row.instansiId, pid, tx)))
        known.add(pid)
    input.rhk.forEach((r, i) => {
      if (r.penugasanDariPegawaiId && !known.has(r.penugasanDariPegawaiId))
        fields[`rhk.${i}.penugasanDariPegawaiId`] = 'Pegawai pemberi penugasan tidak ditemukan'
    })
    // Interventions: the atasan's RHK of the year, or the team lead's for a penugasan.
    const sources = [row.atasanPegawaiId, ...known].filter((x): x is string => !!x)
    const options = await repo.listRhkOfOpenSkps(tx, row.instansiId, sources, row.year)
    const ownerOf = new Map(options.map((o) => [o.id, o.pegawaiId]))
    input.rhk.forEach((r, i) => {
      const ok = r.interventionRhkIds.every((pid) => {
        const owner = ownerOf.get(pid)
        return !!owner && (owner === row.atasanPegawaiId || owner === r.penugasanDariPegawaiId)
      })
      if (!ok)
        fields[`rhk.${i}.interventionRhkIds`] = row.atasanName
          ? `Pilih RHK dari SKP ${row.year} atasan Anda (${row.atasanName})${r.penugasanDariPegawaiId ? ' atau pemberi penugasan' : ''}`
          : 'Pilih RHK dari SKP pemberi penugasan'
    })
    // JPT: the RHK derive from the unit's Perjanjian Kinerja of the year.
    if (row.variant === 'jpt' && input.rhk.some((r) => r.pkTargetId)) {
      const { targets } = await pkTargetsOf(tx, row.instansiId, row.unitId, row.year)
      const allowed = new Set(targets.map((t) => t.id))
      input.rhk.forEach((r, i) => {
        if (r.pkTargetId && !allowed.has(r.pkTargetId))
          fields[`rhk.${i}.pkTargetId`] =
            `Pilih sasaran dari Perjanjian Kinerja ${row.year} unit ${row.unitName}`
      })
    }
    if (Object.keys(fields).length > 0) throw validationFailed(fields, 'INVALID_CONTENT')
    // Removing an RHK that someone intervenes would break their SKP: refuse and name them.
    const kept = new Set(input.rhk.map((r) => r.id).filter(Boolean))
    const removed = before.rhk.filter((r) => !kept.has(r.id))
    const onto = await repo.listInterventionsOnto(
      tx,
      removed.map((r) => r.id),
    )
    if (onto.length > 0) {
      const first = removed.find((r) => r.id === onto[0]?.parentRhkId)
      const names = [...new Set(onto.map((o) => o.pegawaiName))].join(', ')
      throw conflict(
        'RHK_INTERVENED',
        `RHK "${first?.text ?? ''}" masih diintervensi oleh ${names}. Minta mereka memilih RHK lain terlebih dahulu, atau ubah teksnya alih-alih menghapus.`,
      )
    }
  }

  /** Upserts RHK and indicators by id, replaces interventions and lampiran. */
  async function writeContent(
    tx: Executor,
    row: SkpRow,
    before: repo.SkpContent,
    input: SkpContentInput,
  ) {
    const kuantitatif = row.pendekatan === 'kuantitatif'
    const keptRhk = new Set(input.rhk.map((r) => r.id).filter(Boolean))
    await repo.deleteRhk(
      tx,
      before.rhk.filter((r) => !keptRhk.has(r.id)).map((r) => r.id),
    )
    const keptIndikator = new Set(
      input.rhk.flatMap((r) => r.indikator.map((k) => k.id)).filter(Boolean),
    )
    await repo.deleteIndikator(
      tx,
      before.indikator.filter((k) => !keptIndikator.has(k.id)).map((k) => k.id),
    )
    for (const [seq, r] of input.rhk.entries()) {
      const values = {
        seq,
        jenis: r.jenis,
        text: r.text,
        perspektif: row.variant === 'jpt' ? (r.perspektif ?? null) : null,
        pkTargetId: row.variant === 'jpt' ? (r.pkTargetId ?? null) : null,
        penugasanDariPegawaiId: r.penugasanDariPegawaiId ?? null,
      }
      let rhkId: string
      if (r.id) {
        rhkId = r.id
        await repo.updateRhk(tx, rhkId, values)
      } else {
        rhkId = (await repo.insertRhk(tx, { ...values, instansiId: row.instansiId, skpId: row.id }))
          .id
      }
      const fresh = []
      for (const [kSeq, k] of r.indikator.entries()) {
        // Keep only the target that fits the pendekatan, so the document never shows both.
        const target = kuantitatif
          ? {
              targetValue: k.targetValue ?? null,
              targetUnit: k.targetUnit || null,
              targetText: null,
            }
          : { targetValue: null, targetUnit: null, targetText: k.targetText || null }
        const values = { seq: kSeq, aspek: k.aspek ?? null, text: k.text, ...target }
        if (k.id) await repo.updateIndikator(tx, k.id, values)
        else fresh.push({ ...values, instansiId: row.instansiId, rhkId })
      }
      await repo.insertIndikator(tx, fresh)
      await repo.replaceInterventions(tx, row.instansiId, rhkId, [...new Set(r.interventionRhkIds)])
    }
    await repo.replaceLampiran(
      tx,
      row.instansiId,
      row.id,
      LAMPIRAN_KINDS.flatMap((kind) =>
        input.lampiran[LAMPIRAN_KEY[kind]].map((text) => ({ kind, text })),
      ),
    )
  }

  /** Copy last year's SKP: RHK (jenis, text, perspektif), indicators and lampiran; never interventions. */
  async function copyContent(tx: Executor, source: SkpRow, target: SkpRow) {
    const content = await repo.loadSkpContent(tx, source.id)
    for (const r of content.rhk) {
      const copy = await repo.insertRhk(tx, {
        instansiId: target.instansiId,
        skpId: target.id,
        seq: r.seq,
        jenis: r.jenis,
        text: r.text,
        perspektif: target.variant === 'jpt' ? r.perspektif : null,
      })
      await repo.insertIndikator(
        tx,
        content.indikator
          .filter((k) => k.rhkId === r.id)
          .map((k) => ({
            instansiId: target.instansiId,
            rhkId: copy.id,
            seq: k.seq,
            aspek: k.aspek,
            text: k.text,
            ...copiedTarget(k, target.pendekatan),
          })),
      )
    }
    await repo.replaceLampiran(
      tx,
      target.instansiId,
      target.id,
      content.lampiran.map((l) => ({ kind: l.kind, text: l.text })),
    )
  }

  return service
}

/**
 * The target as the new SKP's pendekatan wants it; across pendekatan the number reads as words
 * ("12 Laporan"), and a narrative stays for the owner to turn into a number (the form flags it).
 */
function copiedTarget(
  k: { targetValue: number | null; targetUnit: string | null; targetText: string | null },
  pendekatan: SkpRow['pendekatan'],
) {
  if (pendekatan === 'kuantitatif')
    return {
      targetValue: k.targetValue,
      targetUnit: k.targetUnit,
      targetText: k.targetValue == null ? k.targetText : null,
    }
  return {
    targetValue: null,
    targetUnit: null,
    targetText: k.targetText ?? `${k.targetValue ?? ''} ${k.targetUnit ?? ''}`.trim(),
  }
}

const ACTION_AUDIT: Record<SkpAction, string> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  revise: 'revised',
  close: 'closed',
}

function presentNote(n: {
  id: string
  authorName: string
  authorIsAtasan: boolean
  text: string
  createdAt: Date
}) {
  return {
    id: n.id,
    authorName: n.authorName,
    authorIsAtasan: n.authorIsAtasan,
    text: n.text,
    createdAt: n.createdAt.toISOString(),
  }
}

export type SkpService = ReturnType<typeof createSkpService>
export type SkpRecord = repo.SkpRow

export type WorkPlanIndikator = {
  id: string
  text: string
  targetValue: number | null
  targetUnit: string | null
  targetText: string | null
}
export type WorkPlanRhk = {
  id: string
  seq: number
  jenis: 'utama' | 'tambahan'
  text: string
  indikator: WorkPlanIndikator[]
}
/** An SKP as other modules see it: who, which year, its status and its RHK. */
export type WorkPlan = {
  id: string
  pegawaiId: string
  year: number
  status: SkpStatus
  startDate: string
  endDate: string
  atasanPegawaiId: string | null
  rhk: WorkPlanRhk[]
}
export type RhkRef = {
  id: string
  seq: number
  jenis: 'utama' | 'tambahan'
  text: string
  skpId: string
  pegawaiId: string
  year: number
  status: SkpStatus
}
