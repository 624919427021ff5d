import type { z } from 'zod'
import {
  buildAtasanIndex,
  type AtasanIndex,
  type OrgSnapshot,
} from '../../../shared/rules/atasan.ts'
import { parseNip } from '../../../shared/rules/nip.ts'
import {
  pangkatFor,
  type newActingAssignmentSchema,
  type newAtasanOverrideSchema,
  type newExclusionSchema,
  type NewJabatan,
  type NewUnit,
  type Pegawai,
  type pegawaiListQuerySchema,
  type pegawaiFieldsSchema,
  type Unit,
  type UpdateJabatan,
  type UpdatePegawai,
  type UpdateUnit,
} from '../../../shared/org.ts'
import type { UpdateInstansi } from '../../../shared/periods.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, notFound, validationFailed } from '../../lib/errors.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { EventBus } from '../../lib/events.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { AccountsPort } from '../auth/auth.service.ts'
import * as repo from './org.repository.ts'
import { canManageOrg, canReadOrgStructure, canSeePegawai } from './org.policy.ts'

/**
 * The pegawai an actor may see beyond themselves: their direct and indirect subordinates.
 * Only the org service can make one, so a query confined to a scope cannot be handed an
 * unchecked id list.
 */
export type PegawaiScope = {
  readonly __brand: 'PegawaiScope'
  readonly instansiId: string
  /** undefined = the whole instansi (admins). */
  readonly ids: ReadonlySet<string> | undefined
}

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  accounts: AccountsPort
  /** `pegawai.moved` is emitted after a mutasi commits (the SKP module closes the open SKP). */
  events: EventBus
}

export const fullName = (p: {
  name: string
  gelarDepan: string | null
  gelarBelakang: string | null
}) =>
  [p.gelarDepan, p.name].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '')

type PegawaiFields = z.output<typeof pegawaiFieldsSchema>

export function createOrgService({ db, clock, audit, accounts, events }: Deps) {
  /**
   * The derived org structure per instansi, reused while instansi.org_version (bumped by
   * triggers on every org write, in any process) is unchanged: one tiny query per request
   * instead of four full ones (decision 0004).
   */
  const orgCache = new Map<
    string,
    { version: number; snapshot: OrgSnapshot; byDay: Map<string, AtasanIndex> }
  >()

  /** `ex`: the caller's transaction when it runs in one (never a second pooled connection). */
  async function todayFor(instansiId: string, ex: Executor = db) {
    const inst = await repo.findOrgVersion(ex, instansiId)
    return dayIn(clock.now(), inst?.timeZone ?? 'Asia/Jakarta')
  }

  /**
   * `ex`: the caller's transaction when it runs in one — reading through `db` there would hold
   * one pooled connection while waiting for another (a stall under load, decision 0024). A
   * snapshot read inside a transaction may include its own uncommitted org writes, so it is used
   * but never cached.
   */
  async function atasanIndex(
    instansiId: string,
    day?: string,
    ex: Executor = db,
  ): Promise<AtasanIndex> {
    const head = await repo.findOrgVersion(ex, instansiId)
    const onDay = day ?? dayIn(clock.now(), head?.timeZone ?? 'Asia/Jakarta')
    let entry = orgCache.get(instansiId)
    if (!entry || !head || entry.version !== head.orgVersion) {
      // Read the version first: the snapshot is then at least as new as the key it is stored under.
      entry = {
        version: head?.orgVersion ?? -1,
        snapshot: await repo.loadOrgSnapshot(ex, instansiId),
        byDay: new Map(),
      }
      if (ex === db) {
        if (orgCache.size > 1000) orgCache.clear()
        orgCache.set(instansiId, entry)
      }
    }
    let index = entry.byDay.get(onDay)
    if (!index) {
      index = buildAtasanIndex(entry.snapshot, onDay)
      if (entry.byDay.size > 30) entry.byDay.clear()
      entry.byDay.set(onDay, index)
    }
    return index
  }

  function requireInstansi(actor: Actor): string {
    if (!actor.instansiId) throw notFound('Instansi')
    return actor.instansiId
  }

  function requireManager(actor: Actor): string {
    const instansiId = requireInstansi(actor)
    if (!canManageOrg(actor, instansiId)) throw notFound('Halaman')
    return instansiId
  }

  async function presentPegawai(
    rows: repo.PegawaiJoined[],
    index: AtasanIndex,
    instansiId: string,
    ex: Executor = db,
  ): Promise<Pegawai[]> {
    const atasanIds = [
      ...new Set(rows.map((r) => index.atasanOf(r.p.id)).filter((x): x is string => !!x)),
    ]
    const known = new Map(rows.map((r) => [r.p.id, r.p]))
    const missing = atasanIds.filter((id) => !known.has(id))
    for (const r of await repo.listPegawaiByIds(ex, instansiId, missing)) known.set(r.p.id, r.p)
    return rows.map((r) => {
      const decoded = parseNip(r.p.nip)
      const atasanId = index.atasanOf(r.p.id)
      const atasan = atasanId ? known.get(atasanId) : undefined
      return {
        id: r.p.id,
        instansiId: r.p.instansiId,
        nip: r.p.nip,
        name: r.p.name,
        gelarDepan: r.p.gelarDepan,
        gelarBelakang: r.p.gelarBelakang,
        fullName: fullName(r.p),
        status: r.p.status,
        golongan: r.p.golongan,
        pangkat: r.p.golongan ? pangkatFor(r.p.golongan) : null,
        unitId: r.p.unitId,
        unitName: r.unitName,
        jabatanId: r.p.jabatanId,
        jabatanName: r.jabatanName,
        jabatanJenis: r.jabatanJenis,
        headsUnit: r.headsUnit,
        email: r.p.email,
        phone: r.p.phone,
        active: r.p.active,
        birthDate: decoded.ok ? decoded.parts.birthDate : null,
        sex: decoded.ok ? decoded.parts.sex : null,
        atasanId: atasan ? atasanId : null,
        atasanName: atasan ? fullName(atasan) : null,
      }
    })
  }

  /** Checks that unit and jabatan exist in the instansi and fit together. */
  async function checkPlacement(
    tx: Executor,
    instansiId: string,
    unitId: string,
    jabatanId: string,
  ) {
    // One after the other: a transaction's one connection runs one statement at a time.
    const unit = await repo.findUnit(tx, instansiId, unitId)
    const jab = await repo.findJabatan(tx, instansiId, jabatanId)
    const fields: Record<string, string> = {}
    if (!unit) fields.unitId = 'Unit tidak ditemukan'
    else if (!unit.active) fields.unitId = 'Unit sudah nonaktif'
    if (!jab) fields.jabatanId = 'Jabatan tidak ditemukan'
    else if (!jab.active) fields.jabatanId = 'Jabatan sudah nonaktif'
    else if (jab.unitId && jab.unitId !== unitId) fields.jabatanId = 'Jabatan ini milik unit lain'
    if (Object.keys(fields).length) throw validationFailed(fields, 'INVALID_PLACEMENT')
  }

  const service = {
    atasanIndex,

    /** Whether an employee may sign in (inactive employees cannot). */
    async isPegawaiActive(pegawaiId: string) {
      return (await repo.findPegawai(db, pegawaiId))?.active ?? false
    },

    async instansiInfo(instansiId: string) {
      const row = await repo.findInstansi(db, instansiId)
      return row ? { name: row.name, timeZone: row.timeZone } : null
    },

    // ---------- read ports for jobs (no actor: the caller decides) ----------
    /** Every instansi with its time zone (the reminder job runs per instansi). */
    async instansiZones(): Promise<{ id: string; timeZone: string }[]> {
      return repo.listInstansiZones(db)
    },

    /** Active pegawai not under an exclusion (cuti besar, pensiun, …) on a day, in one query. */
    async activePegawaiOn(
      instansiId: string,
      day: string,
    ): Promise<{ id: string; name: string; email: string | null }[]> {
      return repo.listActivePegawaiOn(db, instansiId, day)
    },

    /** The unit tree of an instansi (id, parent, name, active), for modules that group by unit. */
    async unitsOf(
      instansiId: string,
    ): Promise<
      { id: string; parentId: string | null; name: string; active: boolean; createdAt: Date }[]
    > {
      const rows = await repo.listUnits(db, instansiId)
      return rows.map((r) => ({
        id: r.unit.id,
        parentId: r.unit.parentId,
        name: r.unit.name,
        active: r.unit.active,
        createdAt: r.unit.createdAt,
      }))
    },

    /** Email addresses of pegawai, batched: pegawai id → address (no address = left out). */
    async emailsOf(pegawaiIds: readonly string[]): Promise<Map<string, string>> {
      const rows = await repo.listEmailsOf(db, [...new Set(pegawaiIds)])
      return new Map(rows.flatMap((r) => (r.email ? [[r.id, r.email.trim()] as const] : [])))
    },

    /** Every member reads their instansi: name, code and time zone. */
    async getInstansi(actor: Actor) {
      const instansiId = requireInstansi(actor)
      if (!canReadOrgStructure(actor, instansiId)) throw notFound('Instansi')
      const row = await repo.findInstansi(db, instansiId)
      if (!row) throw notFound('Instansi')
      return { id: row.id, code: row.code, name: row.name, timeZone: row.timeZone }
    },

    /**
     * Admin renames the instansi or sets its time zone (WIB/WITA/WIT): "today", deadlines and
     * lateness are read in it from the next request on.
     */
    async updateInstansi(actor: Actor, patch: UpdateInstansi) {
      const instansiId = requireManager(actor)
      await db.transaction(async (tx) => {
        const before = await repo.findInstansi(tx, instansiId)
        if (!before) throw notFound('Instansi')
        const after = await repo.updateInstansi(tx, instansiId, {
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.timeZone === undefined ? {} : { timeZone: patch.timeZone }),
        })
        await audit.record(tx, actor, {
          action: 'instansi.updated',
          entity: 'instansi',
          entityId: instansiId,
          before,
          after,
        })
      })
      return service.getInstansi(actor)
    },

    async directSubordinateCount(instansiId: string, pegawaiId: string) {
      return (await atasanIndex(instansiId)).directSubordinatesOf(pegawaiId).length
    },

    /** The pegawai an actor may see: admins the whole instansi, others themselves and their subordinates. */
    /** `ex`: the caller's transaction when it runs in one. */
    async scopeFor(actor: Actor, ex: Executor = db): Promise<PegawaiScope> {
      const instansiId = requireInstansi(actor)
      if (canManageOrg(actor, instansiId))
        return { __brand: 'PegawaiScope', instansiId, ids: undefined }
      const ids = new Set<string>()
      if (actor.pegawaiId) {
        ids.add(actor.pegawaiId)
        for (const id of (await atasanIndex(instansiId, undefined, ex)).allSubordinatesOf(
          actor.pegawaiId,
        ))
          ids.add(id)
      }
      return { __brand: 'PegawaiScope', instansiId, ids }
    },

    // ---------- units ----------
    /** Every member of an instansi sees its unit tree with heads and headcounts. */
    async listUnits(actor: Actor): Promise<Unit[]> {
      const instansiId = requireInstansi(actor)
      if (!canReadOrgStructure(actor, instansiId)) throw notFound('Instansi')
      const [rows, index] = await Promise.all([
        repo.listUnits(db, instansiId),
        atasanIndex(instansiId),
      ])
      const headIds = [
        ...new Set(rows.map((r) => index.headsOf(r.unit.id)[0]).filter((x): x is string => !!x)),
      ]
      const heads = new Map(
        (await repo.listPegawaiByIds(db, instansiId, headIds)).map((r) => [r.p.id, fullName(r.p)]),
      )
      return rows.map(({ unit, employeeCount }) => {
        const headId = index.headsOf(unit.id)[0] ?? null
        return {
          id: unit.id,
          instansiId: unit.instansiId,
          parentId: unit.parentId,
          name: unit.name,
          code: unit.code,
          active: unit.active,
          headPegawaiId: headId,
          headName: headId ? (heads.get(headId) ?? null) : null,
          employeeCount,
        }
      })
    },

    /** Admin adds a unit under a parent (or a new root). */
    async createUnit(actor: Actor, input: NewUnit) {
      const instansiId = requireManager(actor)
      const unit = await db.transaction(async (tx) => {
        if (input.parentId) {
          const parent = await repo.findUnit(tx, instansiId, input.parentId)
          if (!parent) throw validationFailed({ parentId: 'Unit induk tidak ditemukan' })
          if (!parent.active) throw validationFailed({ parentId: 'Unit induk sudah nonaktif' })
        }
        const row = await repo.insertUnit(tx, {
          instansiId,
          name: input.name,
          code: input.code ?? null,
          parentId: input.parentId ?? null,
        })
        await audit.record(tx, actor, {
          action: 'unit.created',
          entity: 'unit',
          entityId: row.id,
          after: row,
        })
        return row
      })
      return (await service.listUnits(actor)).find((u) => u.id === unit.id) as Unit
    },

    /** Admin renames, moves (never under itself) or (de)activates a unit; no hard delete. */
    async updateUnit(actor: Actor, unitId: string, patch: UpdateUnit) {
      const instansiId = requireManager(actor)
      await db.transaction(async (tx) => {
        const before = await repo.findUnit(tx, instansiId, unitId)
        if (!before) throw notFound('Unit')
        if (
          patch.parentId !== undefined &&
          patch.parentId !== before.parentId &&
          patch.parentId !== null
        ) {
          const all = await repo.listUnits(tx, instansiId)
          const parentOf = new Map(all.map((r) => [r.unit.id, r.unit.parentId]))
          if (!parentOf.has(patch.parentId))
            throw validationFailed({ parentId: 'Unit induk tidak ditemukan' })
          for (let at: string | null | undefined = patch.parentId; at; at = parentOf.get(at)) {
            if (at === unitId) {
              throw validationFailed(
                { parentId: 'Unit tidak dapat dipindah ke bawah dirinya sendiri' },
                'UNIT_CYCLE',
              )
            }
          }
        }
        if (patch.active === false && before.active) {
          const inUse = await repo.countActiveInUnit(tx, unitId)
          if (inUse.pegawai > 0 || inUse.childUnits > 0) {
            throw conflict(
              'UNIT_IN_USE',
              `Unit masih memiliki ${inUse.pegawai} pegawai aktif dan ${inUse.childUnits} sub-unit aktif; pindahkan dulu sebelum menonaktifkan.`,
            )
          }
        }
        const after = await repo.updateUnit(tx, unitId, {
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.code === undefined ? {} : { code: patch.code }),
          ...(patch.parentId === undefined ? {} : { parentId: patch.parentId }),
          ...(patch.active === undefined ? {} : { active: patch.active }),
        })
        await audit.record(tx, actor, {
          action: 'unit.updated',
          entity: 'unit',
          entityId: unitId,
          before,
          after,
        })
      })
      return (await service.listUnits(actor)).find((u) => u.id === unitId) as Unit
    },

    // ---------- jabatan ----------
    /** Members list jabatan (optionally for one unit, with the instansi-wide ones). */
    async listJabatan(actor: Actor, unitId?: string) {
      const instansiId = requireInstansi(actor)
      return repo.listJabatan(db, instansiId, unitId)
    },

    /** Admin adds a jabatan; a head-of-unit jabatan must belong to a unit. */
    async createJabatan(actor: Actor, input: NewJabatan) {
      const instansiId = requireManager(actor)
      return db.transaction(async (tx) => {
        if (input.unitId && !(await repo.findUnit(tx, instansiId, input.unitId))) {
          throw validationFailed({ unitId: 'Unit tidak ditemukan' })
        }
        if (input.headsUnit && !input.unitId)
          throw validationFailed({ unitId: 'Jabatan kepala unit harus memilih unitnya' })
        const row = await repo.insertJabatan(tx, {
          instansiId,
          name: input.name,
          jenis: input.jenis,
          unitId: input.unitId ?? null,
          headsUnit: input.headsUnit,
        })
        await audit.record(tx, actor, {
          action: 'jabatan.created',
          entity: 'jabatan',
          entityId: row.id,
          after: row,
        })
        return row
      })
    },

    /** Admin edits or (de)activates a jabatan. */
    async updateJabatan(actor: Actor, jabatanId: string, patch: UpdateJabatan) {
      const instansiId = requireManager(actor)
      return db.transaction(async (tx) => {
        const before = await repo.findJabatan(tx, instansiId, jabatanId)
        if (!before) throw notFound('Jabatan')
        const unitId = patch.unitId === undefined ? before.unitId : patch.unitId
        const headsUnit = patch.headsUnit ?? before.headsUnit
        if (patch.unitId && !(await repo.findUnit(tx, instansiId, patch.unitId))) {
          throw validationFailed({ unitId: 'Unit tidak ditemukan' })
        }
        if (headsUnit && !unitId)
          throw validationFailed({ unitId: 'Jabatan kepala unit harus memilih unitnya' })
        const after = await repo.updateJabatan(tx, jabatanId, {
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.jenis === undefined ? {} : { jenis: patch.jenis }),
          unitId: unitId ?? null,
          headsUnit,
          ...(patch.active === undefined ? {} : { active: patch.active }),
        })
        await audit.record(tx, actor, {
          action: 'jabatan.updated',
          entity: 'jabatan',
          entityId: jabatanId,
          before,
          after,
        })
        return after
      })
    },

    // ---------- pegawai ----------
    /** Admins list the whole instansi; others their own record and their subordinates. */
    async listPegawai(actor: Actor, q: z.infer<typeof pegawaiListQuerySchema>) {
      const scope = await service.scopeFor(actor)
      const index = await atasanIndex(scope.instansiId)
      const { rows, total } = await repo.listPegawai(db, {
        instansiId: scope.instansiId,
        ids: scope.ids ? [...scope.ids] : undefined,
        q: q.q,
        unitId: q.unitId,
        status: q.status,
        active: q.active === undefined ? undefined : q.active === 'true',
        page: q.page,
        pageSize: q.pageSize,
      })
      return {
        items: await presentPegawai(rows, index, scope.instansiId),
        total,
        page: q.page,
        pageSize: q.pageSize,
      }
    },

    /** One pegawai, visible to self, atasan chain and admins; anyone else gets 404. */
    async getPegawai(actor: Actor, pegawaiId: string): Promise<Pegawai> {
      const instansiId = requireInstansi(actor)
      const row = await repo.findPegawaiJoined(db, instansiId, pegawaiId)
      const index = await atasanIndex(instansiId)
      const subs = new Set(actor.pegawaiId ? index.allSubordinatesOf(actor.pegawaiId) : [])
      if (!row || !canSeePegawai(actor, row.p, subs)) throw notFound('Pegawai')
      return (await presentPegawai([row], index, instansiId))[0] as Pegawai
    },

    /** Admin adds a pegawai (NIP validated and unique); an account with login = NIP is created. */
    async createPegawai(actor: Actor, input: PegawaiFields) {
      const instansiId = requireManager(actor)
      // The shared schema bounds the TMT year at 2100 (it has no clock); here "plausible" means
      // no later than next year in the instansi's calendar, so a typo like 2051 for 2015 is caught.
      const today = await todayFor(instansiId)
      const nipCheck = parseNip(input.nip, Number(today.slice(0, 4)) + 1)
      if (!nipCheck.ok) throw validationFailed({ nip: nipCheck.message }, nipCheck.problem)
      const id = await db.transaction(async (tx) => {
        await checkPlacement(tx, instansiId, input.unitId, input.jabatanId)
        if (await repo.findPegawaiByNip(tx, input.nip)) {
          throw new AppError('CONFLICT', 'NIP sudah terdaftar', 'NIP_TAKEN', {
            nip: 'NIP sudah terdaftar untuk pegawai lain',
          })
        }
        const row = await repo.insertPegawai(tx, {
          instansiId,
          nip: input.nip,
          name: input.name,
          gelarDepan: input.gelarDepan ?? null,
          gelarBelakang: input.gelarBelakang ?? null,
          status: input.status,
          golongan: input.golongan ?? null,
          unitId: input.unitId,
          jabatanId: input.jabatanId,
          email: input.email ?? null,
          phone: input.phone ?? null,
          active: input.active,
        })
        await repo.movePosition(tx, {
          instansiId,
          pegawaiId: row.id,
          unitId: row.unitId,
          jabatanId: row.jabatanId,
          day: today,
        })
        await accounts.createForPegawai(tx, [
          { id: row.id, instansiId, nip: row.nip, displayName: fullName(row) },
        ])
        await audit.record(tx, actor, {
          action: 'pegawai.created',
          entity: 'pegawai',
          entityId: row.id,
          after: row,
        })
        return row.id
      })
      return service.getPegawai(actor, id)
    },

    /** Admin edits a pegawai; a change of unit or jabatan is a mutasi and is kept in the history. */
    async updatePegawai(actor: Actor, pegawaiId: string, patch: UpdatePegawai) {
      const instansiId = requireManager(actor)
      const movedOn = await db.transaction(async (tx) => {
        const before = await repo.findPegawai(tx, pegawaiId)
        if (!before || before.instansiId !== instansiId) throw notFound('Pegawai')
        const unitId = patch.unitId ?? before.unitId
        const jabatanId = patch.jabatanId ?? before.jabatanId
        const moved = unitId !== before.unitId || jabatanId !== before.jabatanId
        if (moved) await checkPlacement(tx, instansiId, unitId, jabatanId)
        const after = await repo.updatePegawai(tx, pegawaiId, {
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.gelarDepan === undefined ? {} : { gelarDepan: patch.gelarDepan }),
          ...(patch.gelarBelakang === undefined ? {} : { gelarBelakang: patch.gelarBelakang }),
          ...(patch.status === undefined ? {} : { status: patch.status }),
          ...(patch.golongan === undefined ? {} : { golongan: patch.golongan }),
          ...(patch.email === undefined ? {} : { email: patch.email }),
          ...(patch.phone === undefined ? {} : { phone: patch.phone }),
          ...(patch.active === undefined ? {} : { active: patch.active }),
          unitId,
          jabatanId,
        })
        const day = moved ? await todayFor(instansiId, tx) : null
        if (day) await repo.movePosition(tx, { instansiId, pegawaiId, unitId, jabatanId, day })
        await accounts.syncPegawai(tx, [
          { id: pegawaiId, displayName: fullName(after), active: after.active },
        ])
        await audit.record(tx, actor, {
          action: moved ? 'pegawai.moved' : 'pegawai.updated',
          entity: 'pegawai',
          entityId: pegawaiId,
          before,
          after,
        })
        return day
      })
      // After commit, so listeners (the SKP module closes the open SKP) never act on a rolled-back move.
      if (movedOn)
        await events.emit('pegawai.moved', {
          instansiId,
          pegawaiId,
          day: movedOn,
          actorUserId: actor.userId,
        })
      return service.getPegawai(actor, pegawaiId)
    },

    /** The signed-in employee's own record and derived atasan. */
    async myProfile(actor: Actor) {
      if (!actor.pegawaiId || !actor.instansiId) return { pegawai: null, atasan: null }
      const me = await service.getPegawai(actor, actor.pegawaiId)
      const atasan = me.atasanId
        ? await service.getPegawaiUnchecked(actor.instansiId, me.atasanId)
        : null
      return { pegawai: me, atasan }
    },

    /** For presenting one's own atasan: no scope check, the caller already decided. */
    async getPegawaiUnchecked(instansiId: string, pegawaiId: string, ex: Executor = db) {
      const row = await repo.findPegawaiJoined(ex, instansiId, pegawaiId)
      if (!row) return null
      const index = await atasanIndex(instansiId, undefined, ex)
      return (await presentPegawai([row], index, instansiId, ex))[0] ?? null
    },

    /**
     * Name, NIP, jabatan and unit of many pegawai in one query, keyed by id (lists such as the
     * atasan's monitoring view). No scope check: the caller already decided who may be shown.
     */
    async pegawaiCards(instansiId: string, ids: readonly string[]) {
      const rows = await repo.listPegawaiByIds(db, instansiId, [...new Set(ids)])
      return new Map(
        rows.map((r) => [
          r.p.id,
          {
            id: r.p.id,
            fullName: fullName(r.p),
            name: r.p.name,
            nip: r.p.nip,
            jabatanName: r.jabatanName,
            unitName: r.unitName,
            active: r.p.active,
          },
        ]),
      )
    },

    /** A supervisor's direct and indirect subordinates (the scope later modules use). */
    async mySubordinates(actor: Actor) {
      if (!actor.pegawaiId || !actor.instansiId) return { direct: [], indirect: [] }
      const index = await atasanIndex(actor.instansiId)
      const direct = index.directSubordinatesOf(actor.pegawaiId)
      const directSet = new Set(direct)
      const indirect = index.allSubordinatesOf(actor.pegawaiId).filter((id) => !directSet.has(id))
      const rows = await repo.listPegawaiByIds(db, actor.instansiId, [...direct, ...indirect])
      const all = await presentPegawai(rows, index, actor.instansiId)
      return {
        direct: all.filter((p) => directSet.has(p.id)),
        indirect: all.filter((p) => !directSet.has(p.id)),
      }
    },

    // ---------- exclusions ----------
    async listExclusions(actor: Actor, pegawaiId: string) {
      await service.getPegawai(actor, pegawaiId)
      return (await repo.listExclusions(db, pegawaiId)).map((e) => ({
        id: e.id,
        pegawaiId: e.pegawaiId,
        reason: e.reason,
        startDate: e.startDate,
        endDate: e.endDate,
        note: e.note,
      }))
    },

    /** Admin records that an employee is out of assessment (pensiun, mutasi keluar, cuti besar…). */
    async addExclusion(
      actor: Actor,
      pegawaiId: string,
      input: z.output<typeof newExclusionSchema>,
    ) {
      const instansiId = requireManager(actor)
      const row = await db.transaction(async (tx) => {
        const p = await repo.findPegawai(tx, pegawaiId)
        if (!p || p.instansiId !== instansiId) throw notFound('Pegawai')
        const r = await repo.insertExclusion(tx, {
          instansiId,
          pegawaiId,
          reason: input.reason,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          note: input.note ?? null,
        })
        await audit.record(tx, actor, {
          action: 'pegawai.exclusion_added',
          entity: 'pegawai',
          entityId: pegawaiId,
          after: r,
        })
        return r
      })
      return {
        id: row.id,
        pegawaiId,
        reason: row.reason,
        startDate: row.startDate,
        endDate: row.endDate,
        note: row.note,
      }
    },

    async removeExclusion(actor: Actor, pegawaiId: string, exclusionId: string) {
      const instansiId = requireManager(actor)
      await db.transaction(async (tx) => {
        const p = await repo.findPegawai(tx, pegawaiId)
        if (!p || p.instansiId !== instansiId) throw notFound('Pegawai')
        const r = await repo.deleteExclusion(tx, pegawaiId, exclusionId)
        if (!r) throw notFound('Pengecualian')
        await audit.record(tx, actor, {
          action: 'pegawai.exclusion_removed',
          entity: 'pegawai',
          entityId: pegawaiId,
          before: r,
        })
      })
    },

    // ---------- atasan overrides ----------
    async listOverrides(actor: Actor, pegawaiId: string) {
      await service.getPegawai(actor, pegawaiId)
      return (await repo.listOverrides(db, pegawaiId)).map(({ o, atasanName }) => ({
        id: o.id,
        pegawaiId: o.pegawaiId,
        atasanId: o.atasanId,
        atasanName,
        startDate: o.startDate,
        endDate: o.endDate,
        reason: o.reason,
      }))
    },

    /** Admin sets a different atasan for a period (e.g. a team lead); audited. */
    async addOverride(
      actor: Actor,
      pegawaiId: string,
      input: z.output<typeof newAtasanOverrideSchema>,
    ) {
      const instansiId = requireManager(actor)
      const row = await db.transaction(async (tx) => {
        const p = await repo.findPegawai(tx, pegawaiId)
        if (!p || p.instansiId !== instansiId) throw notFound('Pegawai')
        if (input.atasanId === pegawaiId)
          throw validationFailed({ atasanId: 'Pegawai tidak dapat menjadi atasan dirinya sendiri' })
        const a = await repo.findPegawai(tx, input.atasanId)
        if (!a || a.instansiId !== instansiId)
          throw validationFailed({ atasanId: 'Atasan tidak ditemukan di instansi ini' })
        if (!a.active) throw validationFailed({ atasanId: 'Atasan sudah nonaktif' })
        const r = await repo.insertOverride(tx, {
          instansiId,
          pegawaiId,
          atasanId: input.atasanId,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          reason: input.reason ?? null,
        })
        await audit.record(tx, actor, {
          action: 'pegawai.atasan_override_added',
          entity: 'pegawai',
          entityId: pegawaiId,
          after: r,
        })
        return { ...r, atasanName: a.name }
      })
      return {
        id: row.id,
        pegawaiId,
        atasanId: row.atasanId,
        atasanName: row.atasanName,
        startDate: row.startDate,
        endDate: row.endDate,
        reason: row.reason,
      }
    },

    async removeOverride(actor: Actor, pegawaiId: string, overrideId: string) {
      const instansiId = requireManager(actor)
      await db.transaction(async (tx) => {
        const p = await repo.findPegawai(tx, pegawaiId)
        if (!p || p.instansiId !== instansiId) throw notFound('Pegawai')
        const r = await repo.deleteOverride(tx, pegawaiId, overrideId)
        if (!r) throw notFound('Atasan pengganti')
        await audit.record(tx, actor, {
          action: 'pegawai.atasan_override_removed',
          entity: 'pegawai',
          entityId: pegawaiId,
          before: r,
        })
      })
    },

    // ---------- PLT / PLH ----------
    async listActing(actor: Actor) {
      const instansiId = requireInstansi(actor)
      return (await repo.listActing(db, instansiId)).map(({ a, pegawaiName, unitName }) => ({
        id: a.id,
        pegawaiId: a.pegawaiId,
        pegawaiName,
        unitId: a.unitId,
        unitName,
        kind: a.kind,
        startDate: a.startDate,
        endDate: a.endDate,
      }))
    },

    /** Admin appoints a PLT/PLH: while it runs, the person heads the unit for atasan purposes. */
    async addActing(actor: Actor, input: z.output<typeof newActingAssignmentSchema>) {
      const instansiId = requireManager(actor)
      const id = await db.transaction(async (tx) => {
        // One after the other: a transaction's one connection runs one statement at a time.
        const p = await repo.findPegawai(tx, input.pegawaiId)
        const u = await repo.findUnit(tx, instansiId, input.unitId)
        const fields: Record<string, string> = {}
        if (!p || p.instansiId !== instansiId)
          fields.pegawaiId = 'Pegawai tidak ditemukan di instansi ini'
        else if (!p.active) fields.pegawaiId = 'Pegawai sudah nonaktif'
        if (!u) fields.unitId = 'Unit tidak ditemukan'
        if (Object.keys(fields).length) throw validationFailed(fields)
        const r = await repo.insertActing(tx, {
          instansiId,
          pegawaiId: input.pegawaiId,
          unitId: input.unitId,
          kind: input.kind,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
        })
        await audit.record(tx, actor, {
          action: 'acting.created',
          entity: 'acting_assignment',
          entityId: r.id,
          after: r,
        })
        return r.id
      })
      return (await service.listActing(actor)).find((a) => a.id === id) as Awaited<
        ReturnType<typeof service.listActing>
      >[number]
    },

    async removeActing(actor: Actor, actingId: string) {
      const instansiId = requireManager(actor)
      await db.transaction(async (tx) => {
        const r = await repo.deleteActing(tx, instansiId, actingId)
        if (!r) throw notFound('Penugasan PLT/PLH')
        await audit.record(tx, actor, {
          action: 'acting.removed',
          entity: 'acting_assignment',
          entityId: actingId,
          before: r,
        })
      })
    },
  }
  return service
}
export type OrgService = ReturnType<typeof createOrgService>
