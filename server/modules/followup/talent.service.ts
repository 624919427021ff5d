import type { PotensiInput, Talent, TalentItem } from '../../../shared/followup.ts'
import type { Predikat } from '../../../shared/rules/predikat.ts'
import { talentBox } from '../../../shared/rules/talent.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { forbidden, notFound } from '../../lib/errors.ts'
import type { Db } from '../../db/client.ts'
import type {
  AssessmentResult,
  AssessmentsFollowupPort,
} from '../assessments/assessments.followup-port.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import { isFollowupAdmin } from './followup.policy.ts'
import { newestFirst, periodsOf } from './recommendations.service.ts'
import * as repo from './talent.repository.ts'

export type TalentDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'pegawaiCards'>
  periods: Pick<PeriodsService, 'periodById'>
  /** Assessment results as stored (the assessments' follow-up read port). */
  assessments: Pick<AssessmentsFollowupPort, 'finalResults'>
}

type Kinerja = { predikat: Predikat; unitName: string; name: string; nip: string }

/**
 * Talent 9-box (kinerja × potensi; shared/rules/talent.ts): kinerja = the year's final annual
 * predikat, else the newest final periodic predikat of the year; potensi entered by the admin.
 * Admin only (others 403).
 */
export function createTalentService(deps: TalentDeps) {
  const { db, clock, audit, org, periods, assessments } = deps

  function requireAdmin(actor: Actor): string {
    if (!actor.instansiId || !isFollowupAdmin(actor))
      throw forbidden('Hanya admin instansi yang dapat membuka manajemen talenta', 'NOT_ADMIN')
    return actor.instansiId
  }

  /** The kinerja of each person of a year (annual final first, else the newest periodic). */
  async function kinerjaOf(
    instansiId: string,
    year: number,
    pegawaiIds?: readonly string[],
  ): Promise<Map<string, Kinerja>> {
    const results = (
      await assessments.finalResults(instansiId, { years: [year], pegawaiIds })
    ).filter((r) => r.predikat)
    const info = await periodsOf(periods, instansiId, results)
    const byPerson = new Map<string, AssessmentResult>()
    for (const r of results) {
      const had = byPerson.get(r.pegawaiId)
      const better =
        !had ||
        (r.annual && !had.annual) ||
        (r.annual === had.annual && newestFirst(info.get(r.periodId), info.get(had.periodId)) < 0)
      if (better) byPerson.set(r.pegawaiId, r)
    }
    return new Map(
      [...byPerson].map(([id, r]) => [
        id,
        {
          predikat: r.predikat as Predikat,
          unitName: r.unitName,
          name: r.pegawaiName,
          nip: r.pegawaiNip,
        },
      ]),
    )
  }

  async function itemsOf(
    instansiId: string,
    year: number,
    pegawaiIds?: readonly string[],
  ): Promise<TalentItem[]> {
    const [kinerja, potensi] = await Promise.all([
      kinerjaOf(instansiId, year, pegawaiIds),
      repo.listPotensi(db, instansiId, year, pegawaiIds),
    ])
    const potensiOf = new Map(potensi.map((p) => [p.pegawaiId, p.potensi]))
    const ids = [...new Set([...kinerja.keys(), ...potensiOf.keys()])]
    const cards = await org.pegawaiCards(instansiId, ids)
    return ids
      .flatMap((id): TalentItem[] => {
        const k = kinerja.get(id)
        const card = cards.get(id)
        if (!card && !k) return []
        const pot = potensiOf.get(id) ?? null
        return [
          {
            pegawaiId: id,
            name: card?.fullName ?? k?.name ?? '',
            nip: card?.nip ?? k?.nip ?? '',
            unitName: k?.unitName ?? card?.unitName ?? '',
            predikat: k?.predikat ?? null,
            potensi: pot,
            box: k && pot ? talentBox(k.predikat, pot) : null,
          },
        ]
      })
      .sort(
        (a, b) =>
          (b.box ?? 0) - (a.box ?? 0) ||
          a.unitName.localeCompare(b.unitName, 'id') ||
          a.name.localeCompare(b.name, 'id'),
      )
  }

  return {
    /** Everyone with a final predikat in the year or a potensi entered for it. */
    async talent(actor: Actor, year: number): Promise<Talent> {
      const instansiId = requireAdmin(actor)
      return { year, items: await itemsOf(instansiId, year) }
    },

    /** The admin enters (or changes) a person's potensi of a year (audited). */
    async setPotensi(actor: Actor, input: PotensiInput): Promise<TalentItem> {
      const instansiId = requireAdmin(actor)
      const cards = await org.pegawaiCards(instansiId, [input.pegawaiId])
      if (!cards.has(input.pegawaiId)) throw notFound('Pegawai')
      await db.transaction(async (tx) => {
        const before = await repo.lockPotensi(tx, instansiId, input.pegawaiId, input.year)
        const now = clock.now()
        const after = await repo.upsertPotensi(tx, {
          instansiId,
          pegawaiId: input.pegawaiId,
          year: input.year,
          potensi: input.potensi,
          note: input.note ?? null,
          setByUserId: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        await audit.record(tx, actor, {
          action: 'talent_potensi.updated',
          entity: 'talent_potensi',
          entityId: after.id,
          before: before ? { potensi: before.potensi, note: before.note } : null,
          after: {
            pegawaiId: after.pegawaiId,
            year: after.year,
            potensi: after.potensi,
            note: after.note,
          },
        })
      })
      const [item] = await itemsOf(instansiId, input.year, [input.pegawaiId])
      if (!item) throw notFound('Pegawai')
      return item
    },
  }
}
export type TalentService = ReturnType<typeof createTalentService>
