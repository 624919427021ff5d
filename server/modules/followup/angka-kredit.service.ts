import type { z } from 'zod'
import type {
  AkEntry,
  AkGenerateResult,
  AkLedger,
  AkList,
  AkManualEntryInput,
  AkSettings,
  AkSettingsUpdate,
  akListQuerySchema,
} from '../../../shared/followup.ts'
import type { Pegawai } from '../../../shared/org.ts'
import { jenjangOfJenis, roundAk, type JfJenjang } from '../../../shared/rules/angka-kredit.ts'
import { isResultVisibleToOwner } from '../../../shared/rules/assessment-workflow.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, forbidden, notFound } from '../../lib/errors.ts'
import type { Db } from '../../db/client.ts'
import type {
  AssessmentResult,
  AssessmentsFollowupPort,
} from '../assessments/assessments.followup-port.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import {
  DEFAULT_AK_TABLES,
  planAkLine,
  promotionHint,
  sumAk,
  type AkTables,
  type AnnualResult,
} from './angka-kredit.ledger.ts'
import * as repo from './angka-kredit.repository.ts'
import {
  followupScopeOf,
  isFollowupAdmin,
  unitInScope,
  type FollowupOrgPort,
  type FollowupScope,
} from './followup.policy.ts'

export type AngkaKreditDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: FollowupOrgPort & Pick<OrgService, 'getPegawaiUnchecked' | 'instansiInfo'>
  assessments: Pick<AssessmentsFollowupPort, 'results'>
  skp: Pick<SkpService, 'workPlansByIds'>
}

/**
 * 409 for a stale settings `version`: carries the current settings so the route answers
 * `{ error, current }`; anywhere else it renders as the plain error envelope.
 */
export class AkVersionConflict extends AppError {
  constructor(readonly current: AkSettings) {
    super(
      'CONFLICT',
      'Tabel angka kredit sudah diubah di tempat lain. Periksa versi terbaru lalu ulangi perubahan Anda.',
      'VERSION_CONFLICT',
    )
  }
}

/** Who signs the PAK and where: the instansi's pejabat (head of its top unit), else the admin. */
export type PakContext = {
  instansiName: string
  timeZone: string
  today: string
  signer: { title: string; name: string; nip: string | null }
}

export function presentAkSettings(row: repo.AkSettingsRow | undefined): AkSettings {
  return {
    sharePercent: { ...DEFAULT_AK_TABLES.sharePercent, ...row?.sharePercent },
    koefisien: { ...DEFAULT_AK_TABLES.koefisien, ...row?.koefisien },
    akForNextJenjang: { ...DEFAULT_AK_TABLES.akForNextJenjang, ...row?.akForNextJenjang },
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  }
}

export function presentAkEntry(r: repo.AkEntryRow): AkEntry {
  return {
    id: r.id,
    pegawaiId: r.pegawaiId,
    year: r.year,
    source: r.source,
    assessmentId: r.assessmentId,
    jenjang: r.jenjang,
    predikat: r.predikat,
    months: r.months,
    sharePercent: r.sharePercent,
    koefisien: r.koefisien,
    ak: r.ak,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }
}

/** Annual predikat per year, newest first (null while the year's result is not final). */
function annualHistory(results: readonly AssessmentResult[]): AnnualResult[] {
  const byYear = new Map<number, AnnualResult>()
  for (const r of results) {
    if (!r.annual) continue
    byYear.set(r.year, {
      year: r.year,
      predikat: isResultVisibleToOwner(r.status) ? r.predikat : null,
    })
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year)
}

export function createAngkaKreditService({
  db,
  clock,
  audit,
  org,
  assessments,
  skp,
}: AngkaKreditDeps) {
  function requireInstansi(actor: Actor, what = 'Angka kredit'): string {
    if (!actor.instansiId) throw notFound(what)
    return actor.instansiId
  }

  function requireAdmin(actor: Actor): string {
    const instansiId = requireInstansi(actor)
    if (!isFollowupAdmin(actor))
      throw forbidden('Hanya admin instansi yang dapat mengelola angka kredit', 'NOT_ADMIN')
    return instansiId
  }

  async function tablesOf(instansiId: string): Promise<AkTables> {
    return presentAkSettings(await repo.findSettings(db, instansiId))
  }

  /** The unit and every unit below it. */
  async function subtreeOf(instansiId: string, unitId: string): Promise<Set<string> | null> {
    const units = await org.unitsOf(instansiId)
    if (!units.some((u) => u.id === unitId)) return null
    const children = new Map<string, string[]>()
    for (const u of units)
      if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id])
    const out = new Set<string>()
    const queue = [unitId]
    while (queue.length) {
      const id = queue.shift() as string
      if (out.has(id)) continue
      out.add(id)
      queue.push(...(children.get(id) ?? []))
    }
    return out
  }

  /**
   * The person of a ledger as the actor may see them: admin any pegawai of the instansi, the
   * person themself, a leader when the person's unit (today, or of any of their assessments)
   * lies in their scope. Anyone else: 404.
   */
  async function visiblePerson(actor: Actor, pegawaiId: string) {
    const instansiId = requireInstansi(actor, 'Pegawai')
    const [person, results] = await Promise.all([
      org.getPegawaiUnchecked(instansiId, pegawaiId),
      assessments.results(instansiId, { pegawaiIds: [pegawaiId] }),
    ])
    if (!person) throw notFound('Pegawai')
    if (isFollowupAdmin(actor) || actor.pegawaiId === pegawaiId)
      return { instansiId, person, results }
    const scope = await followupScopeOf(org, actor)
    const units = [person.unitId, ...results.map((r) => r.unitId)]
    if (!scope || !units.some((u) => unitInScope(scope, u))) throw notFound('Pegawai')
    return { instansiId, person, results }
  }

  async function ledgerOf(
    instansiId: string,
    person: Pegawai,
    results: readonly AssessmentResult[],
  ): Promise<AkLedger> {
    const [rows, tables] = await Promise.all([
      repo.listEntries(db, instansiId, { pegawaiIds: [person.id] }),
      tablesOf(instansiId),
    ])
    const entries = rows.map(presentAkEntry)
    const annual = annualHistory(results)
    const jenjang = jenjangOfJenis(person.jabatanJenis)
    return {
      pegawaiId: person.id,
      name: person.fullName,
      nip: person.nip,
      golongan: [person.pangkat, person.golongan].filter(Boolean).join(', ') || null,
      jabatanName: person.jabatanName,
      unitName: person.unitName,
      jenjang,
      entries,
      total: sumAk(entries),
      annual,
      promotion: promotionHint({ annual, jenjang, entries, tables }),
    }
  }

  const service = {
    // ---------- settings ----------
    /** The instansi's AK tables (defaults, version 0, until an admin saves); every member reads them. */
    async getSettings(actor: Actor): Promise<AkSettings> {
      return presentAkSettings(await repo.findSettings(db, requireInstansi(actor)))
    },

    /** The admin changes the tables (audited; stale version → 409 with the current ones). */
    async updateSettings(actor: Actor, input: AkSettingsUpdate): Promise<AkSettings> {
      const instansiId = requireAdmin(actor)
      const after = await db.transaction(async (tx) => {
        const before = await repo.lockSettings(tx, instansiId)
        if (before.version !== input.version) throw new AkVersionConflict(presentAkSettings(before))
        const row = await repo.updateSettings(tx, instansiId, {
          sharePercent: input.sharePercent,
          koefisien: input.koefisien,
          akForNextJenjang: input.akForNextJenjang,
          version: before.version + 1,
        })
        await audit.record(tx, actor, {
          action: 'followup.ak.settings_updated',
          entity: 'ak_settings',
          entityId: instansiId,
          before,
          after: row,
        })
        return row
      })
      return presentAkSettings(after)
    },

    // ---------- list and ledger ----------
    /**
     * JF people of a year the actor may see (admin: the instansi; a leader: their units and
     * below; anyone else 403) with the year's AK, the cumulative AK up to that year and the
     * promotion hints as of that year. A person counts as JF by the jabatan jenis of their
     * year's assessment (the annual one, else the latest periodic), or by the jenjang of a
     * ledger line of the year.
     */
    async list(actor: Actor, q: z.output<typeof akListQuerySchema>): Promise<AkList> {
      const instansiId = requireInstansi(actor)
      const scope: FollowupScope | null = await followupScopeOf(org, actor)
      if (!scope)
        throw forbidden(
          'Daftar angka kredit hanya untuk admin instansi dan pimpinan unit',
          'NOT_LEADER',
        )
      let unitFilter: Set<string> | null = null
      if (q.unitId) {
        unitFilter = await subtreeOf(instansiId, q.unitId)
        if (!unitFilter || !unitInScope(scope, q.unitId)) throw notFound('Unit')
      }
      const [yearResults, yearEntries] = await Promise.all([
        assessments.results(instansiId, { years: [q.year] }),
        repo.listEntries(db, instansiId, { years: [q.year] }),
      ])
      type Person = {
        pegawaiId: string
        name: string
        nip: string
        unitId: string
        unitName: string
        jabatanName: string
        jenjang: JfJenjang
      }
      // The year's snapshot per person: the annual assessment, else the latest periodic one.
      const snapshot = new Map<string, AssessmentResult>()
      for (const r of yearResults) {
        const have = snapshot.get(r.pegawaiId)
        if (!have || !have.annual) snapshot.set(r.pegawaiId, r)
      }
      const people = new Map<string, Person>()
      for (const r of snapshot.values()) {
        const jenjang = jenjangOfJenis(r.jabatanJenis)
        if (!jenjang) continue
        people.set(r.pegawaiId, {
          pegawaiId: r.pegawaiId,
          name: r.pegawaiName,
          nip: r.pegawaiNip,
          unitId: r.unitId,
          unitName: r.unitName,
          jabatanName: r.jabatanName,
          jenjang,
        })
      }
      // People with only a ledger line that year (e.g. AK awal before the system): as they are today.
      const extra = [
        ...new Set(yearEntries.map((e) => e.pegawaiId).filter((id) => !snapshot.has(id))),
      ]
      for (const id of extra) {
        const p = await org.getPegawaiUnchecked(instansiId, id)
        const line = yearEntries.filter((e) => e.pegawaiId === id).at(-1)
        if (!p || !line) continue
        people.set(id, {
          pegawaiId: id,
          name: p.fullName,
          nip: p.nip,
          unitId: p.unitId,
          unitName: p.unitName,
          jabatanName: p.jabatanName,
          jenjang: line.jenjang,
        })
      }
      const visible = [...people.values()].filter(
        (p) => unitInScope(scope, p.unitId) && (!unitFilter || unitFilter.has(p.unitId)),
      )
      const ids = visible.map((p) => p.pegawaiId)
      const [entryRows, annualRows, tables] = await Promise.all([
        repo.listEntries(db, instansiId, { pegawaiIds: ids, upToYear: q.year }),
        assessments.results(instansiId, { pegawaiIds: ids, annual: true }),
        tablesOf(instansiId),
      ])
      const entriesOf = new Map<string, AkEntry[]>()
      for (const e of entryRows)
        entriesOf.set(e.pegawaiId, [...(entriesOf.get(e.pegawaiId) ?? []), presentAkEntry(e)])
      const annualOf = new Map<string, AssessmentResult[]>()
      for (const r of annualRows)
        annualOf.set(r.pegawaiId, [...(annualOf.get(r.pegawaiId) ?? []), r])
      const items = visible
        .map((p) => {
          const entries = entriesOf.get(p.pegawaiId) ?? []
          const annual = annualHistory(annualOf.get(p.pegawaiId) ?? [])
          const thisYear = entries.filter((e) => e.year === q.year)
          return {
            pegawaiId: p.pegawaiId,
            name: p.name,
            nip: p.nip,
            unitName: p.unitName,
            jabatanName: p.jabatanName,
            jenjang: p.jenjang,
            predikat: annual.find((a) => a.year === q.year)?.predikat ?? null,
            akYear: thisYear.length ? sumAk(thisYear) : null,
            akTotal: sumAk(entries),
            promotion: promotionHint({
              annual,
              jenjang: p.jenjang,
              entries,
              tables,
              upToYear: q.year,
            }),
          }
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip))
      return { year: q.year, items }
    },

    /** One person's ledger across years with the promotion hints (admin, leaders in scope, self; else 404). */
    async ledger(actor: Actor, pegawaiId: string): Promise<AkLedger> {
      const { instansiId, person, results } = await visiblePerson(actor, pegawaiId)
      return ledgerOf(instansiId, person, results)
    },

    /** The ledger and who signs, for the PAK-style document (same visibility as the ledger). */
    async pak(actor: Actor, pegawaiId: string): Promise<{ ledger: AkLedger; ctx: PakContext }> {
      const { instansiId, person, results } = await visiblePerson(actor, pegawaiId)
      const [ledger, info, units, index] = await Promise.all([
        ledgerOf(instansiId, person, results),
        org.instansiInfo(instansiId),
        org.unitsOf(instansiId),
        org.atasanIndex(instansiId),
      ])
      const timeZone = info?.timeZone ?? 'Asia/Jakarta'
      const headId = units
        .filter((u) => !u.parentId && u.active)
        .map((u) => index.headsOf(u.id)[0])
        .find((id): id is string => !!id)
      const head = headId ? await org.getPegawaiUnchecked(instansiId, headId) : null
      return {
        ledger,
        ctx: {
          instansiName: info?.name ?? '',
          timeZone,
          today: dayIn(clock.now(), timeZone),
          signer: head
            ? { title: head.jabatanName, name: head.fullName, nip: head.nip }
            : { title: 'Admin Instansi', name: actor.displayName, nip: null },
        },
      }
    },

    // ---------- admin: generate and manual lines ----------
    /**
     * Ledger lines of a year from the final annual results of JF people (admin). Idempotent:
     * one line per assessment; a line whose assessment's predikat, jenjang or months changed
     * since (a keberatan granted) is recomputed with the tables in force. Everyone else of the
     * year is listed as skipped with the reason. One transaction, one audit row.
     */
    async generate(actor: Actor, year: number): Promise<AkGenerateResult> {
      const instansiId = requireAdmin(actor)
      const results = await assessments.results(instansiId, { years: [year] })
      const annual = results.filter((r) => r.annual)
      const skipped: AkGenerateResult['skipped'] = []
      const withAnnual = new Set(annual.map((r) => r.pegawaiId))
      const noAnnual = new Map<string, string>()
      for (const r of results)
        if (!r.annual && !withAnnual.has(r.pegawaiId) && jenjangOfJenis(r.jabatanJenis))
          noAnnual.set(r.pegawaiId, r.pegawaiName)
      for (const [pegawaiId, name] of noAnnual)
        skipped.push({ pegawaiId, name, reason: `Belum ada penilaian tahunan ${year}` })
      const candidates = annual.filter(
        (r) => jenjangOfJenis(r.jabatanJenis) && isResultVisibleToOwner(r.status),
      )
      // The SKP of each candidate (keyed by pegawai: one annual assessment per person and year).
      const plans: ReadonlyMap<string, { id: string; startDate: string; endDate: string }> =
        candidates.length
          ? await skp.workPlansByIds(
              instansiId,
              candidates.map((r) => r.skpId),
            )
          : new Map()

      return db.transaction(async (tx) => {
        const tables = presentAkSettings(await repo.findSettings(tx, instansiId))
        const existing = new Map(
          (
            await repo.entriesOfAssessments(
              tx,
              instansiId,
              annual.map((r) => r.id),
            )
          ).map((e) => [e.assessmentId, e]),
        )
        const inserts: repo.AkEntryInsert[] = []
        const changed: { before: repo.AkEntryRow; after: repo.AkEntryRow }[] = []
        let unchanged = 0
        for (const r of annual) {
          const plan = plans.get(r.pegawaiId)
          const line = planAkLine(r, plan?.id === r.skpId ? plan : undefined, tables)
          if (line.kind === 'skip') {
            skipped.push({ pegawaiId: r.pegawaiId, name: r.pegawaiName, reason: line.reason })
            continue
          }
          const values = {
            jenjang: line.jenjang,
            predikat: line.predikat,
            months: line.months,
            sharePercent: line.sharePercent,
            koefisien: line.koefisien,
            ak: line.ak,
          }
          const have = existing.get(r.id)
          if (!have) {
            inserts.push({
              instansiId,
              pegawaiId: r.pegawaiId,
              year,
              source: 'penilaian',
              assessmentId: r.id,
              ...values,
              note: null,
              createdByUserId: actor.userId,
              createdByName: actor.displayName,
            })
          } else if (
            have.predikat === line.predikat &&
            have.jenjang === line.jenjang &&
            have.months === line.months
          ) {
            unchanged++
          } else {
            changed.push({ before: have, after: await repo.updateEntry(tx, have.id, values) })
          }
        }
        const created = await repo.insertEntries(tx, inserts)
        unchanged += inserts.length - created.length
        await audit.record(tx, actor, {
          action: 'followup.ak.generated',
          entity: 'ak_entries',
          entityId: null,
          after: {
            year,
            created: created.map((e) => ({
              id: e.id,
              pegawaiId: e.pegawaiId,
              assessmentId: e.assessmentId,
              ak: e.ak,
            })),
            updated: changed.map(({ before, after }) => ({
              id: after.id,
              pegawaiId: after.pegawaiId,
              from: { predikat: before.predikat, months: before.months, ak: before.ak },
              to: { predikat: after.predikat, months: after.months, ak: after.ak },
            })),
            unchanged,
            skipped: skipped.length,
          },
        })
        skipped.sort((a, b) => a.name.localeCompare(b.name, 'id'))
        return { created: created.length, updated: changed.length, unchanged, skipped }
      })
    },

    /** The admin adds a manual line (AK awal, konversi, AK carried over) to a person's ledger. */
    async addManualEntry(
      actor: Actor,
      pegawaiId: string,
      input: AkManualEntryInput,
    ): Promise<AkEntry> {
      const instansiId = requireAdmin(actor)
      const person = await org.getPegawaiUnchecked(instansiId, pegawaiId)
      if (!person) throw notFound('Pegawai')
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertEntry(tx, {
          instansiId,
          pegawaiId,
          year: input.year,
          source: 'manual',
          assessmentId: null,
          jenjang: input.jenjang,
          predikat: null,
          months: null,
          sharePercent: null,
          koefisien: null,
          ak: roundAk(input.ak),
          note: input.note,
          createdByUserId: actor.userId,
          createdByName: actor.displayName,
        })
        await audit.record(tx, actor, {
          action: 'followup.ak.entry_created',
          entity: 'ak_entry',
          entityId: created.id,
          after: created,
        })
        return created
      })
      return presentAkEntry(row)
    },

    /** The admin deletes a manual line; lines generated from an assessment stay (409). */
    async deleteEntry(actor: Actor, entryId: string): Promise<void> {
      const instansiId = requireAdmin(actor)
      await db.transaction(async (tx) => {
        const before = await repo.findEntry(tx, instansiId, entryId)
        if (!before) throw notFound('Baris angka kredit')
        if (before.source !== 'manual')
          throw conflict(
            'AK_ENTRY_NOT_MANUAL',
            'Baris dari hasil penilaian tidak dapat dihapus; hanya baris manual (AK awal, konversi) yang dapat dihapus.',
          )
        await repo.deleteEntry(tx, entryId)
        await audit.record(tx, actor, {
          action: 'followup.ak.entry_deleted',
          entity: 'ak_entry',
          entityId: entryId,
          before,
        })
      })
    },
  }
  return service
}

export type AngkaKreditService = ReturnType<typeof createAngkaKreditService>
