import type { z } from 'zod'
import {
  DEFAULT_TPP_SETTINGS,
  type TppCalculation,
  type TppRow,
  type TppSettings,
  type TppSettingsUpdate,
  type tppQuerySchema,
} from '../../../shared/followup.ts'
import { JABATAN_JENIS, type JabatanJenis } from '../../../shared/org.ts'
import { PREDIKAT } from '../../../shared/rules/predikat.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { forbidden, notFound } from '../../lib/errors.ts'
import type { Db } from '../../db/client.ts'
import {
  isFinalStatus,
  type AssessmentsFollowupPort,
} from '../assessments/assessments.followup-port.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import { isFollowupAdmin } from './followup.policy.ts'
import { FollowupVersionConflict } from './tpp.errors.ts'
import { renderTppCsv, renderTppXlsx, tppFileName, type TppExportFormat } from './tpp.export.ts'
import { periodMonths, tppAmounts } from './tpp.calculation.ts'
import * as repo from './tpp.repository.ts'

export type TppDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'unitsOf' | 'pegawaiCards' | 'instansiInfo'>
  skp: Pick<SkpService, 'skpsForPeriod'>
  periods: Pick<PeriodsService, 'periodById'>
  /** Assessment results as stored (the assessments' follow-up read port). */
  assessments: Pick<AssessmentsFollowupPort, 'results'>
}

const JENIS = new Set<string>(JABATAN_JENIS)
/** A snapshotted jabatan jenis from before a jenis was renamed falls back to pelaksana. */
const jenisOf = (value: string): JabatanJenis =>
  JENIS.has(value) ? (value as JabatanJenis) : 'pelaksana'

/** Units below (and including) a unit of the tree. */
export function subtreeOf(
  units: readonly { id: string; parentId: string | null }[],
  rootId: string,
): Set<string> {
  const children = new Map<string, string[]>()
  for (const u of units) {
    if (!u.parentId) continue
    const list = children.get(u.parentId) ?? []
    list.push(u.id)
    children.set(u.parentId, list)
  }
  const out = new Set<string>()
  const queue = [rootId]
  while (queue.length > 0) {
    const id = queue.shift() as string
    if (out.has(id)) continue
    out.add(id)
    queue.push(...(children.get(id) ?? []))
  }
  return out
}

/**
 * TPP (decision 0011): the instansi's settings (admin; the demo ships an example, marked as
 * such until an admin saves) and the performance component per person of a period, exportable
 * for payroll. Admin only: everyone else 403.
 */
export function createTppService(deps: TppDeps) {
  const { db, clock, audit, org, skp, periods, assessments } = deps

  function requireAdmin(actor: Actor): string {
    if (!actor.instansiId || !isFollowupAdmin(actor))
      throw forbidden('Hanya admin instansi yang dapat membuka perhitungan TPP', 'NOT_ADMIN')
    return actor.instansiId
  }

  const defaultsOf = (instansiId: string): repo.TppSettingsInsert => ({
    instansiId,
    isExample: DEFAULT_TPP_SETTINGS.isExample,
    performanceSharePercent: DEFAULT_TPP_SETTINGS.performanceSharePercent,
    percentByPredikat: DEFAULT_TPP_SETTINGS.percentByPredikat,
    basisByJenis: DEFAULT_TPP_SETTINGS.basisByJenis,
    note: DEFAULT_TPP_SETTINGS.note,
  })

  /** Stored values over the defaults (a jabatan jenis added later starts at 0). */
  function present(row: repo.TppSettingsRow): TppSettings {
    const percentByPredikat = { ...DEFAULT_TPP_SETTINGS.percentByPredikat }
    for (const p of PREDIKAT) {
      const v = row.percentByPredikat[p]
      if (typeof v === 'number') percentByPredikat[p] = v
    }
    const basisByJenis = { ...DEFAULT_TPP_SETTINGS.basisByJenis }
    for (const j of JABATAN_JENIS) {
      const v = row.basisByJenis[j]
      if (typeof v === 'number') basisByJenis[j] = v
    }
    return {
      isExample: row.isExample,
      performanceSharePercent: row.performanceSharePercent,
      percentByPredikat,
      basisByJenis,
      note: row.note,
      version: row.version,
      // Never saved by anyone (defaults or the demo's example): no date to show.
      updatedAt: row.version === 0 ? null : row.updatedAt.toISOString(),
    }
  }

  async function settingsOf(instansiId: string): Promise<TppSettings> {
    return present(await repo.ensureSettings(db, defaultsOf(instansiId)))
  }

  const service = {
    /** The settings (created with neutral defaults on first read). Admin only. */
    async getSettings(actor: Actor): Promise<TppSettings> {
      return settingsOf(requireAdmin(actor))
    },

    /** The admin saves their own table: no longer an example (audited; stale version → 409). */
    async updateSettings(actor: Actor, input: TppSettingsUpdate): Promise<TppSettings> {
      const instansiId = requireAdmin(actor)
      const after = await db.transaction(async (tx) => {
        const before = await repo.lockSettings(tx, defaultsOf(instansiId))
        if (before.version !== input.version) throw new FollowupVersionConflict(present(before))
        const row = await repo.updateSettings(tx, instansiId, {
          isExample: false,
          performanceSharePercent: input.performanceSharePercent,
          percentByPredikat: input.percentByPredikat,
          basisByJenis: input.basisByJenis,
          note: input.note,
          version: before.version + 1,
          updatedAt: clock.now(),
        })
        await audit.record(tx, actor, {
          action: 'tpp_settings.updated',
          entity: 'tpp_settings',
          entityId: instansiId,
          before: present(before),
          after: present(row),
        })
        return row
      })
      return present(after)
    },

    /**
     * The performance component per person of a period: everyone with an SKP overlapping the
     * period or an assessment in it; basis by the jabatan jenis of the assessment's snapshot
     * (else the SKP's); percent by the final predikat (none → 0 with a note). `unitId` = that
     * unit and every unit below.
     */
    async calculate(actor: Actor, q: z.output<typeof tppQuerySchema>): Promise<TppCalculation> {
      const instansiId = requireAdmin(actor)
      const period = await periods.periodById(instansiId, q.periodId)
      if (!period) throw notFound('Periode')
      const [settings, units, skps, results] = await Promise.all([
        settingsOf(instansiId),
        q.unitId ? org.unitsOf(instansiId) : Promise.resolve([]),
        skp.skpsForPeriod(instansiId, period.year, period.startDate, period.endDate),
        assessments.results(instansiId, { years: [period.year], periodId: period.id }),
      ])
      let inUnits: Set<string> | null = null
      if (q.unitId) {
        if (!units.some((u) => u.id === q.unitId)) throw notFound('Unit')
        inUnits = subtreeOf(units, q.unitId)
      }

      type Person = {
        pegawaiId: string
        nip: string
        name: string
        unitId: string
        unitName: string
        jabatanName: string
        jabatanJenis: JabatanJenis
        predikat: TppRow['predikat']
      }
      const people = new Map<string, Person>()
      for (const s of skps)
        people.set(s.pegawaiId, {
          pegawaiId: s.pegawaiId,
          nip: s.pegawaiNip,
          name: s.pegawaiName,
          unitId: s.unitId,
          unitName: s.unitName,
          jabatanName: s.jabatanName,
          jabatanJenis: jenisOf(s.jabatanJenis),
          predikat: null,
        })
      for (const a of results)
        people.set(a.pegawaiId, {
          pegawaiId: a.pegawaiId,
          nip: a.pegawaiNip,
          name: a.pegawaiName,
          unitId: a.unitId,
          unitName: a.unitName,
          jabatanName: a.jabatanName,
          jabatanJenis: jenisOf(a.jabatanJenis),
          predikat: isFinalStatus(a.status) ? a.predikat : null,
        })
      const chosen = [...people.values()].filter((p) => !inUnits || inUnits.has(p.unitId))
      const cards = await org.pegawaiCards(
        instansiId,
        chosen.map((p) => p.pegawaiId),
      )
      const months = periodMonths(period)
      const rows: TppRow[] = chosen
        .map((p) => {
          const card = cards.get(p.pegawaiId)
          return {
            pegawaiId: p.pegawaiId,
            nip: card?.nip ?? p.nip,
            name: card?.fullName ?? p.name,
            unitName: p.unitName,
            jabatanName: p.jabatanName,
            jabatanJenis: p.jabatanJenis,
            predikat: p.predikat,
            ...tppAmounts(settings, p, months),
          }
        })
        .sort(
          (a, b) =>
            a.unitName.localeCompare(b.unitName, 'id') || a.name.localeCompare(b.name, 'id'),
        )
      return {
        period: {
          id: period.id,
          name: period.name,
          startDate: period.startDate,
          endDate: period.endDate,
        },
        isExample: settings.isExample,
        rows,
        totalPaid: rows.reduce((sum, r) => sum + r.paidTotal, 0),
      }
    },

    /** The calculation as a payroll file (XLSX or CSV); same rule as `calculate`. */
    async exportCalculation(
      actor: Actor,
      q: z.output<typeof tppQuerySchema>,
      format: TppExportFormat,
    ): Promise<{ fileName: string; data: Buffer }> {
      const calc = await service.calculate(actor, q)
      const [settings, inst] = await Promise.all([
        settingsOf(actor.instansiId as string),
        org.instansiInfo(actor.instansiId as string),
      ])
      const ctx = { calc, settings, instansiName: inst?.name ?? '' }
      return {
        fileName: tppFileName(calc.period.name, format),
        data: format === 'xlsx' ? await renderTppXlsx(ctx) : renderTppCsv(ctx),
      }
    },
  }
  return service
}
export type TppService = ReturnType<typeof createTppService>
