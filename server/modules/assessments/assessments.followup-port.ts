/**
 * The read port of assessments for tindak lanjut (issue 6: angka kredit, SIASN export, …):
 * results of a year as stored, with their snapshots. No actor: the caller authorises. Built
 * next to the assessments service (same tables, no change to its factory).
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import type { JabatanJenis } from '../../../shared/org.ts'
import {
  isResultVisibleToOwner,
  type AssessmentStatus,
} from '../../../shared/rules/assessment-workflow.ts'
import type { Predikat, Rating } from '../../../shared/rules/predikat.ts'
import { assessments } from './assessments.tables.ts'

/** Final = the result stands for the pegawai: finalised, objected (keberatan pending) or decided. */
export const FINAL_STATUSES = [
  'finalised',
  'objected',
  'decided',
] as const satisfies readonly AssessmentStatus[]
export const isFinalStatus = (status: AssessmentStatus) => isResultVisibleToOwner(status)

/** One assessment as follow-up modules read it (the snapshots of decision 0010). */
export type AssessmentResult = {
  id: string
  periodId: string
  year: number
  annual: boolean
  skpId: string
  pegawaiId: string
  status: AssessmentStatus
  pegawaiName: string
  pegawaiNip: string
  pegawaiGolongan: string | null
  jabatanName: string
  jabatanJenis: JabatanJenis
  unitId: string
  unitName: string
  assessorPegawaiId: string | null
  assessorName: string | null
  assessorNip: string | null
  ratingHasil: Rating | null
  ratingPerilaku: Rating | null
  predikat: Predikat | null
  finalisedAt: Date | null
}

export type ResultsQuery = {
  /** Years to read; undefined = every year (then give `pegawaiIds`). */
  years?: readonly number[] | undefined
  periodId?: string | undefined
  pegawaiIds?: readonly string[] | undefined
  /** true = the annual ("Final") assessments only, false = periodic only, undefined = both. */
  annual?: boolean | undefined
  /** Only final results (finalised, objected, decided). */
  finalOnly?: boolean | undefined
}

export function createAssessmentsFollowupPort({ db }: { db: Db }) {
  const port = {
    /** Assessments of an instansi by year (and period, people, kind, finality), by name then period. */
    async results(instansiId: string, q: ResultsQuery): Promise<AssessmentResult[]> {
      if (q.years?.length === 0 || q.pegawaiIds?.length === 0) return []
      const where: SQL[] = [eq(assessments.instansiId, instansiId)]
      if (q.years) where.push(inArray(assessments.year, [...new Set(q.years)]))
      if (q.periodId) where.push(eq(assessments.periodId, q.periodId))
      if (q.pegawaiIds) where.push(inArray(assessments.pegawaiId, [...new Set(q.pegawaiIds)]))
      if (q.annual !== undefined) where.push(eq(assessments.annual, q.annual))
      if (q.finalOnly) where.push(inArray(assessments.status, [...FINAL_STATUSES]))
      const rows = await db
        .select({
          id: assessments.id,
          periodId: assessments.periodId,
          year: assessments.year,
          annual: assessments.annual,
          skpId: assessments.skpId,
          pegawaiId: assessments.pegawaiId,
          status: assessments.status,
          pegawaiName: assessments.pegawaiName,
          pegawaiNip: assessments.pegawaiNip,
          pegawaiGolongan: assessments.pegawaiGolongan,
          jabatanName: assessments.jabatanName,
          jabatanJenis: assessments.jabatanJenis,
          unitId: assessments.unitId,
          unitName: assessments.unitName,
          assessorPegawaiId: assessments.assessorPegawaiId,
          assessorName: assessments.assessorName,
          assessorNip: assessments.assessorNip,
          ratingHasil: assessments.ratingHasil,
          ratingPerilaku: assessments.ratingPerilaku,
          predikat: assessments.predikat,
          finalisedAt: assessments.finalisedAt,
        })
        .from(assessments)
        .where(and(...where))
        .orderBy(
          asc(assessments.pegawaiName),
          asc(assessments.pegawaiId),
          asc(assessments.year),
          asc(assessments.annual),
          asc(assessments.createdAt),
        )
      return rows.map((r) => ({ ...r, jabatanJenis: r.jabatanJenis as JabatanJenis }))
    },

    /** Final results only (finalised, objected, decided). */
    async finalResults(
      instansiId: string,
      q: Omit<ResultsQuery, 'finalOnly'>,
    ): Promise<AssessmentResult[]> {
      return port.results(instansiId, { ...q, finalOnly: true })
    },
  }
  return port
}

export type AssessmentsFollowupPort = ReturnType<typeof createAssessmentsFollowupPort>
