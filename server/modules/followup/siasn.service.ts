import type { z } from 'zod'
import type { SiasnExport, siasnQuerySchema } from '../../../shared/followup.ts'
import type { Period } from '../../../shared/periods.ts'
import { PREDIKAT_LABEL, RATING_LABEL, type Predikat } from '../../../shared/rules/predikat.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { CSV_CONTENT_TYPE, toCsv } from '../../lib/csv.ts'
import { forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import { writeXlsx, XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import type { AssessmentsFollowupPort } from '../assessments/assessments.followup-port.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import { isFollowupAdmin } from './followup.policy.ts'

export type SiasnDeps = {
  clock: Clock
  assessments: Pick<AssessmentsFollowupPort, 'results'>
  periods: Pick<PeriodsService, 'periodById'>
}

export type SiasnQuery = z.output<typeof siasnQuerySchema>
export type SiasnFormat = 'csv' | 'xlsx'
export type SiasnFile = { fileName: string; contentType: string; data: Buffer }

/** Column titles of the CSV/XLSX, in the words of the SIASN kinerja upload. */
export const SIASN_COLUMNS = [
  'NIP',
  'Nama',
  'Tahun',
  'Periode',
  'Jenis Periode',
  'Tanggal Mulai Periode',
  'Tanggal Selesai Periode',
  'Rating Hasil Kerja',
  'Rating Perilaku Kerja',
  'Predikat Kinerja',
  'Predikat Kinerja Tahunan',
  'NIP Pejabat Penilai',
] as const

/** periodik before tahunan; periodic ones by start date. */
const periodOrder = (a: Period, b: Period) =>
  Number(a.kind === 'annual') - Number(b.kind === 'annual') ||
  a.startDate.localeCompare(b.startDate) ||
  a.seq - b.seq

/** Lower-case ASCII words joined by "-", for file names. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()

/**
 * The SIASN export (admin only): per employee per period of a year — periodic and annual —
 * NIP, period, ratings and predikat of final results (finalised, objected, decided), with the
 * person's annual predikat of the year once that is final. JSON for integrators, CSV/XLSX to
 * upload; NIP stays text.
 */
export function createSiasnService({ clock, assessments, periods }: SiasnDeps) {
  const service = {
    async export(actor: Actor, q: SiasnQuery): Promise<SiasnExport> {
      if (!actor.instansiId) throw notFound('Data SIASN')
      const instansiId = actor.instansiId
      if (!isFollowupAdmin(actor))
        throw forbidden('Hanya admin instansi yang dapat mengekspor data SIASN', 'NOT_ADMIN')
      let only: Period | null = null
      if (q.periodId) {
        only = await periods.periodById(instansiId, q.periodId)
        if (!only) throw notFound('Periode')
        if (only.year !== q.year)
          throw validationFailed(
            { periodId: `Periode ${only.name} bukan periode tahun ${q.year}` },
            'PERIOD_NOT_IN_YEAR',
          )
      }
      const results = await assessments.results(instansiId, {
        years: [q.year],
        periodId: q.periodId,
        finalOnly: true,
      })
      const annualResults =
        only && only.kind === 'annual'
          ? results
          : await assessments.results(instansiId, {
              years: [q.year],
              annual: true,
              finalOnly: true,
              pegawaiIds: [...new Set(results.map((r) => r.pegawaiId))],
            })
      const annualOf = new Map<string, Predikat>()
      for (const r of annualResults) if (r.predikat) annualOf.set(r.pegawaiId, r.predikat)
      const periodIds = [...new Set(results.map((r) => r.periodId))]
      const found = await Promise.all(periodIds.map((id) => periods.periodById(instansiId, id)))
      const periodOf = new Map(found.filter((p): p is Period => !!p).map((p) => [p.id, p]))
      const rows = results
        .flatMap((r) => {
          const period = periodOf.get(r.periodId)
          if (!period || !r.predikat || !r.ratingHasil || !r.ratingPerilaku) return []
          return [
            {
              period,
              row: {
                nip: r.pegawaiNip,
                nama: r.pegawaiName,
                tahun: r.year,
                periode: period.name,
                jenisPeriode: r.annual ? ('tahunan' as const) : ('periodik' as const),
                periodeMulai: period.startDate,
                periodeSelesai: period.endDate,
                ratingHasilKerja: r.ratingHasil,
                ratingPerilakuKerja: r.ratingPerilaku,
                predikat: r.predikat,
                ratingHasilKerjaLabel: RATING_LABEL[r.ratingHasil],
                ratingPerilakuKerjaLabel: RATING_LABEL[r.ratingPerilaku],
                predikatLabel: PREDIKAT_LABEL[r.predikat],
                predikatTahunan: annualOf.get(r.pegawaiId) ?? null,
                nipPejabatPenilai: r.assessorNip,
              },
            },
          ]
        })
        .sort(
          (a, b) =>
            a.row.nama.localeCompare(b.row.nama, 'id') ||
            a.row.nip.localeCompare(b.row.nip) ||
            periodOrder(a.period, b.period),
        )
        .map((x) => x.row)
      return { year: q.year, rows, generatedAt: clock.now().toISOString() }
    },

    /** The same rows as CSV or XLSX (every cell text, escaped against formula injection). */
    async exportFile(actor: Actor, q: SiasnQuery, format: SiasnFormat): Promise<SiasnFile> {
      const data = await service.export(actor, q)
      const body = data.rows.map((r) => [
        r.nip,
        r.nama,
        String(r.tahun),
        r.periode,
        r.jenisPeriode === 'tahunan' ? 'Tahunan' : 'Periodik',
        r.periodeMulai,
        r.periodeSelesai,
        r.ratingHasilKerjaLabel,
        r.ratingPerilakuKerjaLabel,
        r.predikatLabel,
        r.predikatTahunan ? PREDIKAT_LABEL[r.predikatTahunan] : '',
        r.nipPejabatPenilai ?? '',
      ])
      const period =
        q.periodId && actor.instansiId
          ? await periods.periodById(actor.instansiId, q.periodId)
          : null
      const base = `siasn-kinerja-${q.year}${period ? `-${slug(period.name)}` : ''}`
      if (format === 'csv')
        return {
          fileName: `${base}.csv`,
          contentType: CSV_CONTENT_TYPE,
          data: toCsv([[...SIASN_COLUMNS], ...body]),
        }
      return {
        fileName: `${base}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        data: await writeXlsx('Kinerja SIASN', SIASN_COLUMNS, body),
      }
    },
  }
  return service
}

export type SiasnService = ReturnType<typeof createSiasnService>
