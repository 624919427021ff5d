import type { Period } from '../../../shared/periods.ts'
import {
  EXCLUSION_REASON_LABEL,
  REPORT_TITLE,
  type Dashboard,
  type Report,
  type ReportColumn,
  type ReportExclusion,
  type ReportFormat,
  type ReportKey,
  type ReportPeople,
  PAGED_REPORTS,
  type ReportPageQuery,
  type ReportPeopleQuery,
  type ReportQuery,
  type ReportRow,
  type ReportScope,
} from '../../../shared/reports.ts'
import {
  ASSESSMENT_STATUS_LABEL,
  type AssessmentStatus,
} from '../../../shared/rules/assessment-workflow.ts'
import {
  checkDistribution,
  CURRENT_PATTERNS,
  distributionUnitOf,
  emptyCounts,
  ROUNDING_RULE_TEXT,
  describeRule,
} from '../../../shared/rules/distribution.ts'
import {
  ORG_PREDIKAT,
  ORG_PREDIKAT_LABEL,
  PREDIKAT,
  PREDIKAT_LABEL,
  type OrgPredikat,
  type Predikat,
} from '../../../shared/rules/predikat.ts'
import { SKP_STATUS_LABEL } from '../../../shared/rules/skp-workflow.ts'
import { addDays, isWorkingDay } from '../../../shared/rules/working-days.ts'
import type { Db } from '../../db/client.ts'
import { isAdminOf, type Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import { formatTanggal } from '../../lib/pdf.ts'
import { fullName, type OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import * as q from './reports.queries.ts'
import { renderReport, type RenderedReport } from './reports.export.ts'

type Deps = {
  db: Db
  /** Reads of the read model: a replica with fallback to the primary, or `db` itself. */
  readDb?: Db
  clock: Clock
  /**
   * Org structure through its port: today's heads (incl. PLT/PLH). The instansi and its unit tree
   * are read with the read model (reports.queries.ts instansiUnits).
   */
  org: Pick<OrgService, 'atasanIndex'>
  /** Years, periods and the working calendar through the periods module. */
  periods: Pick<PeriodsService, 'listYears' | 'getYear' | 'calendarFor'>
}

type UnitInfo = {
  id: string
  parentId: string | null
  name: string
  active: boolean
  createdAt: Date
}
type ScopeUnit = UnitInfo & { depth: number }

/** What the viewer may see, resolved once per request. */
type Ctx = {
  instansiId: string
  instansiName: string
  timeZone: string
  today: string
  kind: 'instansi' | 'units'
  parentOf: ReadonlyMap<string, string | null>
  byId: ReadonlyMap<string, UnitInfo>
  /** Units in scope, in tree order (parents before children, siblings by name). */
  units: readonly ScopeUnit[]
  unitIds: ReadonlySet<string>
}

/** The unit filter of one request: a unit and everything below it, or the whole scope. */
type Filter = {
  unit: ScopeUnit | null
  units: readonly ScopeUnit[]
  /** null = the whole instansi (admin without a unit filter). */
  unitIds: q.UnitFilter
  ids: ReadonlySet<string>
}

type PersonRow = {
  pegawai_id: string
  unit_name: string
  name: string
  gelar_depan: string | null
  gelar_belakang: string | null
  nip: string
  jabatan_name: string
}

/** One person behind one or more cells of a row. */
type DrillItem = { rowKey: string; person: PersonRow; columns: readonly string[]; detail: string }

const NOT_A_LEADER =
  'Laporan hanya tersedia bagi pimpinan unit kerja (definitif, Plt. atau Plh.) dan admin instansi'

const col = (
  key: string,
  label: string,
  kind: ReportColumn['kind'],
  opts: { drill?: boolean; chart?: boolean } = {},
): ReportColumn => ({ key, label, kind, drill: opts.drill ?? false, chart: opts.chart ?? false })

/**
 * The columns of every report, fixed per key (the web and the exports read them from the report;
 * the drill-down checks a requested column against them).
 */
export const REPORT_COLUMNS: Record<ReportKey, readonly ReportColumn[]> = {
  'periodic-completion': [
    col('employees', 'Jumlah pegawai', 'number', { drill: true }),
    col('completed', 'Laporan terselesaikan', 'number', { drill: true, chart: true }),
    col('onTime', 'Tepat waktu', 'number', { drill: true, chart: true }),
    col('late', 'Terlambat (perpanjangan)', 'number', { drill: true, chart: true }),
    col('notCompleted', 'Belum selesai', 'number', { drill: true }),
    col('percentCompleted', 'Persentase selesai', 'percent'),
  ],
  'annual-completion': [
    col('employees', 'Jumlah pegawai', 'number', { drill: true }),
    col('onTime', 'Selesai tepat waktu', 'number', { drill: true, chart: true }),
    col('lateCompleted', 'Selesai setelah batas (perpanjangan)', 'number', {
      drill: true,
      chart: true,
    }),
    col('notCompleted', 'Belum selesai', 'number', { drill: true, chart: true }),
    col('percentOnTime', 'Persentase ketepatan waktu', 'percent'),
  ],
  adoption: [
    col('asn', 'Jumlah ASN', 'number', { drill: true }),
    col('used', 'Sudah menggunakan', 'number', { drill: true, chart: true }),
    col('notUsed', 'Belum menggunakan', 'number', { drill: true, chart: true }),
    col('percentUsed', 'Persentase penggunaan', 'percent'),
  ],
  'skp-status': [
    col('employees', 'Jumlah pegawai', 'number', { drill: true }),
    col('draft', SKP_STATUS_LABEL.draft, 'number', { drill: true, chart: true }),
    col('diajukan', SKP_STATUS_LABEL.diajukan, 'number', { drill: true, chart: true }),
    col('dikembalikan', SKP_STATUS_LABEL.dikembalikan, 'number', { drill: true, chart: true }),
    col('disetujui', SKP_STATUS_LABEL.disetujui, 'number', { drill: true, chart: true }),
    col('missing', 'Belum ada SKP', 'number', { drill: true, chart: true }),
  ],
  'progress-discipline': [
    col('unit', 'Unit kerja', 'text'),
    col('entries', 'Jumlah progres', 'number', { chart: true }),
    col('lateEntries', 'Progres terlambat', 'number', { chart: true }),
    col('workingDaysWithoutEntry', 'Hari kerja tanpa progres', 'number', { chart: true }),
  ],
  'predikat-distribution': [
    col('orgPredikat', 'Predikat kinerja organisasi', 'text'),
    ...PREDIKAT.map((p) => col(p, PREDIKAT_LABEL[p], 'number', { drill: true, chart: true })),
    col('pending', 'Belum final', 'number', { drill: true }),
    col('total', 'Jumlah pegawai', 'number', { drill: true }),
    col('pattern', 'Pola distribusi', 'text'),
  ],
  'unlinked-activities': [
    col('entries', 'Jumlah kegiatan', 'number', { drill: true, chart: true }),
    col('unlinked', 'Tanpa RHK', 'number', { drill: true, chart: true }),
    col('percentUnlinked', 'Persentase tanpa RHK', 'percent'),
  ],
}

/** A share in percent with one decimal (null when there is nobody to count). */
export const percent = (n: number, of: number): number | null =>
  of > 0 ? Math.round((n * 1000) / of) / 10 : null

const personName = (p: PersonRow) =>
  fullName({ name: p.name, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang })

const presentExclusion = (e: q.ExclusionRow): ReportExclusion => ({
  pegawaiId: e.pegawai_id,
  name: fullName({ name: e.name, gelarDepan: e.gelar_depan, gelarBelakang: e.gelar_belakang }),
  nip: e.nip,
  unitName: e.unit_name,
  reason: e.reason,
  reasonLabel: EXCLUSION_REASON_LABEL[e.reason],
  startDate: e.start_date,
  endDate: e.end_date,
  note: e.note,
})

function sum<T>(items: readonly T[], f: (x: T) => number) {
  return items.reduce((s, x) => s + f(x), 0)
}

const byPeriodStart = (a: Period, b: Period) =>
  a.startDate.localeCompare(b.startDate) || a.seq - b.seq

export function createReportsService({ db, readDb, clock, org, periods }: Deps) {
  /** Every read of the read model (replica when configured); reports write nothing. */
  const read = readDb ?? db
  // ---------------------------------------------------------------- scope

  /**
   * Admin instansi: the whole instansi. A leader (head of a unit today, definitive or PLT/PLH):
   * the units they head and everything below. Anyone else: 403 (the page exists, the action is
   * not theirs). No instansi: 404.
   */
  async function context(actor: Actor): Promise<Ctx> {
    const instansiId = actor.instansiId
    if (!instansiId) throw notFound('Instansi')
    const info = await q.instansiUnits(read, instansiId)
    if (!info) throw notFound('Instansi')
    const all = info.units
    const byId = new Map(all.map((u) => [u.id, u]))
    const parentOf = new Map(all.map((u) => [u.id, u.parentId]))
    const children = new Map<string | null, UnitInfo[]>()
    for (const u of all) {
      const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null
      children.set(parent, [...(children.get(parent) ?? []), u])
    }
    for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'))

    let roots: UnitInfo[]
    let kind: Ctx['kind']
    if (isAdminOf(actor, instansiId)) {
      kind = 'instansi'
      roots = children.get(null) ?? []
    } else {
      kind = 'units'
      const me = actor.pegawaiId
      if (!me) throw forbidden(NOT_A_LEADER, 'NOT_A_LEADER')
      const index = await org.atasanIndex(instansiId)
      const heads = new Set(all.filter((u) => index.headsOf(u.id).includes(me)).map((u) => u.id))
      const underHeaded = (u: UnitInfo) => {
        const seen = new Set<string>()
        for (let p = u.parentId; p && !seen.has(p); p = parentOf.get(p) ?? null) {
          if (heads.has(p)) return true
          seen.add(p)
        }
        return false
      }
      roots = all
        .filter((u) => heads.has(u.id) && !underHeaded(u))
        .sort((a, b) => a.name.localeCompare(b.name, 'id'))
      if (roots.length === 0) throw forbidden(NOT_A_LEADER, 'NOT_A_LEADER')
    }
    const units: ScopeUnit[] = []
    const seen = new Set<string>()
    const walk = (u: UnitInfo, depth: number) => {
      if (seen.has(u.id)) return
      seen.add(u.id)
      units.push({ ...u, depth })
      for (const c of children.get(u.id) ?? []) walk(c, depth + 1)
    }
    for (const r of roots) walk(r, 0)
    return {
      instansiId,
      instansiName: info.name,
      timeZone: info.timeZone,
      today: dayIn(clock.now(), info.timeZone),
      kind,
      parentOf,
      byId,
      units,
      unitIds: new Set(units.map((u) => u.id)),
    }
  }

  /** The unit filter: a unit inside the scope and all below it (404 outside the scope). */
  function filterOf(ctx: Ctx, unitId: string | undefined): Filter {
    if (!unitId) {
      return {
        unit: null,
        units: ctx.units,
        unitIds: ctx.kind === 'instansi' ? null : [...ctx.unitIds],
        ids: ctx.unitIds,
      }
    }
    const unit = ctx.units.find((u) => u.id === unitId)
    if (!unit) throw notFound('Unit kerja')
    const start = ctx.units.indexOf(unit)
    const units = [unit]
    for (let i = start + 1; i < ctx.units.length; i++) {
      const u = ctx.units[i]!
      if (u.depth <= unit.depth) break
      units.push(u)
    }
    const ids = units.map((u) => u.id)
    return { unit, units, unitIds: ids, ids: new Set(ids) }
  }

  /** The periods of a year (empty when the year is not set up). */
  async function periodsOf(actor: Actor, year: number): Promise<Period[]> {
    try {
      return (await periods.getYear(actor, year)).periods
    } catch (e) {
      if (e instanceof AppError && e.reason === 'YEAR_NOT_SET_UP') return []
      throw e
    }
  }

  async function yearsWithPeriods(actor: Actor): Promise<number[]> {
    return (await periods.listYears(actor))
      .filter((y) => y.periodCount > 0)
      .map((y) => y.year)
      .sort((a, b) => a - b)
  }

  /** The day people are counted on for a year: its last day, or today for the running year. */
  function dayOf(ctx: Ctx, year: number) {
    const last = `${year}-12-31`
    return last < ctx.today ? last : ctx.today
  }

  function periodParam(list: readonly Period[], year: number, periodId: string | undefined) {
    if (!periodId) return null
    const p = list.find((x) => x.id === periodId)
    if (!p) throw validationFailed({ periodId: `Periode tidak termasuk tahun ${year}` })
    return p
  }

  /** The days a daily-progress report covers: the period, or the year so far; never after today. */
  function rangeOf(ctx: Ctx, year: number, period: Period | null) {
    const from = period ? period.startDate : `${year}-01-01`
    const end = period ? period.endDate : `${year}-12-31`
    const to = end < ctx.today ? end : ctx.today
    return { from, to: to < from ? addDays(from, -1) : to }
  }

  function subtitle(ctx: Ctx, year: number, period: { name: string } | null, f: Filter) {
    const parts = [`Tahun ${year}`]
    if (period) parts.push(period.name)
    if (f.unit) parts.push(f.units.length > 1 ? `${f.unit.name} dan unit di bawahnya` : f.unit.name)
    else if (ctx.kind === 'units')
      parts.push(
        ctx.units
          .filter((u) => u.depth === 0)
          .map((u) => u.name)
          .join(', ') + ' dan unit di bawahnya',
      )
    else parts.push(`Seluruh unit kerja ${ctx.instansiName}`)
    return parts.join(' · ')
  }

  /**
   * Unit rows: every active unit of the filter that existed by the report's day (a unit created
   * later has no place in an earlier year), and any unit that holds data.
   */
  function unitRows<C>(
    i: Input,
    counts: ReadonlyMap<string, C>,
    cells: (c: C | undefined) => ReportRow['cells'],
  ): ReportRow[] {
    const day = dayOf(i.ctx, i.year)
    return i.f.units
      .filter((u) => counts.has(u.id) || (u.active && dayIn(u.createdAt, i.ctx.timeZone) <= day))
      .map((u) => ({
        key: u.id,
        label: u.name,
        unitId: u.id,
        periodId: null,
        cells: cells(counts.get(u.id)),
      }))
  }

  const POPULATION_NOTE =
    'Pegawai yang dihitung pada suatu periode adalah pegawai yang memiliki SKP tahun itu (status apa pun) yang masa berlakunya beririsan dengan periode, dikelompokkan menurut unit kerja pada SKP tersebut.'
  const EXCLUSION_NOTE =
    'Pegawai yang dikecualikan (pensiun, mutasi keluar, cuti besar, hukuman disiplin, dan sebagainya) pada akhir periode tidak dihitung dan dicantumkan di daftar pengecualian beserta alasannya.'
  const ON_DAY_NOTE = (day: string, today: string) =>
    `Pegawai dihitung menurut unit kerjanya pada ${formatTanggal(day)}${day === today ? ' (hari ini; hanya pegawai aktif)' : ''}, hanya anggota unit itu sendiri (tidak termasuk sub-unit). Pegawai yang dikecualikan pada tanggal tersebut tidak dihitung.`

  // ---------------------------------------------------------------- reports

  type Built = {
    rows: ReportRow[]
    totals: Report['totals']
    exclusions: ReportExclusion[]
    notes: string[]
    period: Period | null
    /** Rows over all pages, when the builder pages in SQL (else rows.length). */
    total?: number
  }
  /** A page of a paged report; null = every row (exports, drill-down). */
  type Paging = { page: number; pageSize: number } | null
  type Input = {
    actor: Actor
    ctx: Ctx
    f: Filter
    year: number
    periodId: string | undefined
    paging: Paging
  }

  function completionCells(c: {
    employees: number
    completed: number
    on_time: number
    late: number
  }) {
    return {
      employees: c.employees,
      completed: c.completed,
      onTime: c.on_time,
      late: c.late,
      notCompleted: c.employees - c.completed,
      percentCompleted: percent(c.completed, c.employees),
    }
  }

  function sumCompletion(rows: readonly q.CompletionCountRow[]) {
    return {
      employees: sum(rows, (r) => r.employees),
      completed: sum(rows, (r) => r.completed),
      on_time: sum(rows, (r) => r.on_time),
      late: sum(rows, (r) => r.late),
    }
  }

  async function periodicPeriods(i: Input) {
    const list = await periodsOf(i.actor, i.year)
    const chosen = periodParam(list, i.year, i.periodId)
    return {
      chosen,
      periods: chosen ? [chosen] : list.filter((p) => p.kind !== 'annual').sort(byPeriodStart),
    }
  }

  async function annualPeriods(i: Input) {
    const [prev, cur] = await Promise.all([
      periodsOf(i.actor, i.year - 1),
      periodsOf(i.actor, i.year),
    ])
    return [...prev, ...cur].filter((p) => p.kind === 'annual').sort(byPeriodStart)
  }

  async function periodicCompletion(i: Input): Promise<Built> {
    const { chosen, periods: list } = await periodicPeriods(i)
    const params = {
      instansiId: i.ctx.instansiId,
      periodIds: list.map((p) => p.id),
      unitIds: i.f.unitIds,
    }
    const [counts, excluded] = await Promise.all([
      q.completionCounts(read, params),
      q.completionExclusions(read, params),
    ])
    const rows = list.map((p) => ({
      key: p.id,
      label: p.name,
      unitId: null,
      periodId: p.id,
      cells: completionCells(sumCompletion(counts.filter((c) => c.period_id === p.id))),
    }))
    return {
      rows,
      totals: completionCells(sumCompletion(counts)),
      exclusions: excluded.map(presentExclusion),
      period: chosen,
      notes: [
        'Satu baris per periode penilaian periodik tahun ini (Tabel 2).',
        POPULATION_NOTE,
        'Laporan terselesaikan = pegawai sudah mengajukan realisasi penilaian periode itu. Tepat waktu = diajukan sebelum batas pengisian berakhir (waktu setempat); terlambat = diajukan setelahnya melalui perpanjangan admin. Pegawai yang SKP-nya belum disetujui belum memiliki penilaian dan dihitung belum selesai.',
        'Baris jumlah menjumlahkan semua periode (satu pegawai dihitung sekali per periode).',
        EXCLUSION_NOTE,
      ],
    }
  }

  async function annualCompletion(i: Input): Promise<Built> {
    const list = await annualPeriods(i)
    const params = {
      instansiId: i.ctx.instansiId,
      periodIds: list.map((p) => p.id),
      unitIds: i.f.unitIds,
    }
    const [counts, excluded] = await Promise.all([
      q.completionCounts(read, params),
      q.completionExclusions(read, params),
    ])
    const cells = (c: ReturnType<typeof sumCompletion>) => ({
      employees: c.employees,
      onTime: c.on_time,
      lateCompleted: c.late,
      notCompleted: c.employees - c.completed,
      percentOnTime: percent(c.on_time, c.employees),
    })
    return {
      rows: list.map((p) => ({
        key: p.id,
        label: `Tahunan ${p.year}`,
        unitId: null,
        periodId: p.id,
        cells: cells(sumCompletion(counts.filter((c) => c.period_id === p.id))),
      })),
      totals: null,
      exclusions: excluded.map(presentExclusion),
      period: null,
      notes: [
        `Penilaian tahunan ${i.year} dan tahun sebelumnya bila ada (Tabel 3).`,
        POPULATION_NOTE,
        'Selesai tepat waktu = realisasi tahunan diajukan sebelum batas pengisian berakhir; selesai setelah batas = diajukan kemudian melalui perpanjangan admin; belum selesai = belum mengajukan. Persentase ketepatan waktu = selesai tepat waktu dibagi jumlah pegawai.',
        EXCLUSION_NOTE,
      ],
    }
  }

  function onDay(i: Input) {
    const day = dayOf(i.ctx, i.year)
    return {
      instansiId: i.ctx.instansiId,
      day,
      activeOnly: day === i.ctx.today,
      unitIds: i.f.unitIds,
      year: i.year,
    }
  }

  async function adoption(i: Input): Promise<Built> {
    const p = onDay(i)
    const [counts, excluded] = await Promise.all([
      q.adoptionCounts(read, p),
      q.onDayExclusions(read, p),
    ])
    const cells = (c: { asn: number; used: number } | undefined) => {
      const asn = c?.asn ?? 0
      const used = c?.used ?? 0
      return { asn, used, notUsed: asn - used, percentUsed: percent(used, asn) }
    }
    return {
      rows: unitRows(i, new Map(counts.map((c) => [c.unit_id, c])), cells),
      totals: cells({ asn: sum(counts, (c) => c.asn), used: sum(counts, (c) => c.used) }),
      exclusions: excluded.map(presentExclusion),
      period: null,
      notes: [
        'Satu baris per unit kerja (Tabel 6); unit tertinggi memuat pimpinan instansi/OPD.',
        ON_DAY_NOTE(p.day, i.ctx.today),
        `Sudah menggunakan = pernah masuk ke aplikasi, atau memiliki SKP, progres harian atau penilaian yang diajukan sampai tahun ${i.year}.`,
      ],
    }
  }

  async function skpStatus(i: Input): Promise<Built> {
    const p = onDay(i)
    const [counts, excluded] = await Promise.all([
      q.skpStatusCounts(read, p),
      q.onDayExclusions(read, p),
    ])
    const keys = ['employees', 'draft', 'diajukan', 'dikembalikan', 'disetujui', 'missing'] as const
    const cells = (c: q.SkpStatusCountRow | undefined) =>
      Object.fromEntries(keys.map((k) => [k, c?.[k] ?? 0]))
    return {
      rows: unitRows(i, new Map(counts.map((c) => [c.unit_id, c])), cells),
      totals: Object.fromEntries(keys.map((k) => [k, sum(counts, (c) => c[k])])),
      exclusions: excluded.map(presentExclusion),
      period: null,
      notes: [
        `Status SKP tahun ${i.year} per unit kerja.`,
        ON_DAY_NOTE(p.day, i.ctx.today),
        'Belum ada SKP = pegawai aktif tanpa SKP tahun ini yang masih berlaku (SKP yang ditutup karena mutasi tidak dihitung).',
      ],
    }
  }

  /** Working days of [from, to] before today, by the instansi's calendar (holidays included). */
  async function workingDaysOf(ctx: Ctx, year: number, from: string, to: string) {
    const cal = await periods.calendarFor(ctx.instansiId, year)
    const last = to < ctx.today ? to : addDays(ctx.today, -1)
    const days: string[] = []
    for (let d = from; d <= last; d = addDays(d, 1)) if (isWorkingDay(d, cal)) days.push(d)
    return days
  }

  async function progressDiscipline(i: Input): Promise<Built> {
    const list = await periodsOf(i.actor, i.year)
    const period = periodParam(list, i.year, i.periodId)
    const { from, to } = rangeOf(i.ctx, i.year, period)
    const workingDays = await workingDaysOf(i.ctx, i.year, from, to)
    const base = { ...onDay(i), day: to < from ? from : to }
    base.activeOnly = base.day === i.ctx.today
    // Rows in unit (tree) order, then name and NIP, paged in SQL; the totals are over everyone.
    const [people, excluded] = await Promise.all([
      q.disciplinePeople(read, {
        ...base,
        from,
        to,
        workingDays,
        unitOrder: i.f.units.map((u) => u.id),
        page: i.paging
          ? { limit: i.paging.pageSize, offset: (i.paging.page - 1) * i.paging.pageSize }
          : null,
      }),
      q.onDayExclusions(read, base),
    ])
    const without = (r: q.DisciplinePersonRow) => Math.max(0, r.working_days - r.days_with_entry)
    return {
      total: people.total,
      rows: people.rows.map((r) => ({
        key: r.pegawai_id,
        label: personName(r),
        unitId: r.unit_id,
        periodId: period?.id ?? null,
        cells: {
          unit: r.unit_name,
          entries: r.entries,
          lateEntries: r.late_entries,
          workingDaysWithoutEntry: without(r),
        },
      })),
      totals: {
        unit: null,
        entries: people.entries,
        lateEntries: people.late_entries,
        workingDaysWithoutEntry: people.without_entry,
      },
      exclusions: excluded.map(presentExclusion),
      period,
      notes: [
        `Progres harian dari ${formatTanggal(from)} sampai ${formatTanggal(to < from ? from : to)}${period ? '' : ' (tahun berjalan sampai hari ini)'}, satu baris per pegawai.`,
        ON_DAY_NOTE(base.day, i.ctx.today).replace(
          ', hanya anggota unit itu sendiri (tidak termasuk sub-unit)',
          '',
        ),
        'Progres terlambat = dicatat setelah batas waktu pencatatan (akhir hari kerja berikutnya), sebagaimana dinilai saat progres pertama kali diterima.',
        `Hari kerja tanpa progres = hari kerja menurut kalender kerja instansi (tanpa akhir pekan dan hari libur) sampai kemarin, sejak pegawai menjabat di instansi, yang tidak memiliki satu pun progres (${workingDays.length} hari kerja dalam rentang ini).`,
      ],
    }
  }

  /**
   * The period a distribution is shown for: the chosen one; else the latest started periodic
   * period with final results in the filter (the newest complete picture), else the latest
   * started one.
   */
  async function distributionPeriod(i: Input, list: readonly Period[]) {
    const chosen = periodParam(list, i.year, i.periodId)
    if (chosen) return chosen
    const started = list.filter((p) => p.startDate <= i.ctx.today).sort(byPeriodStart)
    const periodic = started.filter((p) => p.kind !== 'annual')
    const [final] = await q.latestFinalPredikat(read, {
      instansiId: i.ctx.instansiId,
      periodIds: periodic.map((p) => p.id),
      unitIds: i.f.unitIds,
      counts: false,
    })
    return (
      periodic.find((p) => p.id === final?.period_id) ??
      periodic.at(-1) ??
      started.at(-1) ??
      [...list].sort(byPeriodStart)[0] ??
      null
    )
  }

  /** Distribution groups of a period (decision 0010): unit → group unit (null = none). */
  async function distributionGroups(ctx: Ctx, periodId: string) {
    const [orgRows, counts] = await Promise.all([
      q.orgPredikatOf(read, ctx.instansiId, periodId),
      q.predikatCounts(read, ctx.instansiId, periodId),
    ])
    const orgOf = new Map(orgRows.map((r) => [r.unit_id, r.value as OrgPredikat]))
    const marked = new Set(orgOf.keys())
    const groupOf = (unitId: string) => distributionUnitOf(unitId, ctx.parentOf, marked)
    return { orgOf, counts, groupOf }
  }

  async function predikatDistribution(i: Input): Promise<Built> {
    const list = await periodsOf(i.actor, i.year)
    const period = await distributionPeriod(i, list)
    if (!period)
      return {
        rows: [],
        totals: null,
        exclusions: [],
        period: null,
        notes: [`Tahun ${i.year} belum memiliki periode penilaian.`],
      }
    const { orgOf, counts, groupOf } = await distributionGroups(i.ctx, period.id)
    type Tally = { counts: Record<Predikat, number>; total: number }
    const tallies = new Map<string, Tally>()
    let countedAbove = false
    for (const c of counts) {
      if (!i.f.ids.has(c.unit_id)) continue
      const g = groupOf(c.unit_id) ?? 'none'
      if (g !== 'none' && !i.f.ids.has(g)) {
        countedAbove = true
        continue
      }
      const t = tallies.get(g) ?? { counts: emptyCounts(), total: 0 }
      t.total += c.n
      if (c.predikat) t.counts[c.predikat] += c.n
      tallies.set(g, t)
    }
    const cellsOf = (t: Tally | undefined, org: OrgPredikat | undefined) => {
      const tally = t ?? { counts: emptyCounts(), total: 0 }
      const rated = sum(PREDIKAT, (p) => tally.counts[p])
      let pattern = 'Predikat organisasi belum ditetapkan'
      if (org) {
        const check = checkDistribution(org, tally.counts, tally.total)
        const violated = check.rules.filter((r) => r.status === 'violated').map((r) => r.text)
        pattern = check.withinPattern ? 'Sesuai pola' : `Di luar pola: ${violated.join('; ')}`
      }
      return {
        orgPredikat: org ? ORG_PREDIKAT_LABEL[org] : null,
        ...tally.counts,
        pending: tally.total - rated,
        total: tally.total,
        pattern,
      }
    }
    const rows: ReportRow[] = i.f.units
      .filter((u) => orgOf.has(u.id) || tallies.has(u.id))
      .map((u) => ({
        key: u.id,
        label: u.name,
        unitId: u.id,
        periodId: period.id,
        cells: cellsOf(tallies.get(u.id), orgOf.get(u.id)),
      }))
    if (tallies.has('none'))
      rows.push({
        key: 'none',
        label: 'Tanpa predikat kinerja organisasi',
        unitId: null,
        periodId: period.id,
        cells: cellsOf(tallies.get('none'), undefined),
      })
    const all = [...tallies.values()]
    const totalCounts = Object.fromEntries(
      PREDIKAT.map((p) => [p, sum(all, (t) => t.counts[p])]),
    ) as Record<Predikat, number>
    const total = sum(all, (t) => t.total)
    const rules = ORG_PREDIKAT.map(
      (o) =>
        `${ORG_PREDIKAT_LABEL[o]}: ${CURRENT_PATTERNS.patterns[o]
          .map((r) => describeRule(r, 10).text.replace(/ \(\d+ dari \d+ orang\)$/, ''))
          .join('; ')}.`,
    )
    return {
      rows,
      totals: {
        orgPredikat: null,
        ...totalCounts,
        pending: total - sum(PREDIKAT, (p) => totalCounts[p]),
        total,
        pattern: null,
      },
      exclusions: [],
      period,
      notes: [
        `Sebaran predikat kinerja pegawai periode ${period.name}${i.periodId ? '' : ' (periode terakhir yang sudah memiliki hasil final; pilih periode lain bila perlu)'} per kelompok distribusi: unit yang memiliki predikat kinerja organisasi beserta sub-unitnya yang tidak memiliki predikat sendiri (seperti pada penetapan).`,
        'Jumlah pegawai = semua pegawai yang dinilai pada periode itu di kelompok tersebut; kolom predikat hanya menghitung hasil yang sudah final (final, keberatan diajukan, keberatan diputuskan); sisanya belum final.',
        `Pola distribusi menurut predikat kinerja organisasi unit (sumber: ${CURRENT_PATTERNS.source}) — ${rules.join(' ')}`,
        ROUNDING_RULE_TEXT,
        'Pengecualian pegawai tidak mengubah sebaran: yang dihitung adalah penilaian yang ada pada periode itu.',
        ...(countedAbove
          ? [
              'Sebagian pegawai dalam cakupan ini dihitung dalam kelompok distribusi unit di atasnya dan tidak ditampilkan di sini.',
            ]
          : []),
      ],
    }
  }

  async function unlinkedActivities(i: Input): Promise<Built> {
    const list = await periodsOf(i.actor, i.year)
    const period = periodParam(list, i.year, i.periodId)
    const { from, to } = rangeOf(i.ctx, i.year, period)
    const base = { ...onDay(i), day: to < from ? from : to }
    base.activeOnly = base.day === i.ctx.today
    const [counts, excluded] = await Promise.all([
      q.progressCounts(read, { ...base, from, to }),
      q.onDayExclusions(read, base),
    ])
    const cells = (c: { entries: number; unlinked: number } | undefined) => ({
      entries: c?.entries ?? 0,
      unlinked: c?.unlinked ?? 0,
      percentUnlinked: percent(c?.unlinked ?? 0, c?.entries ?? 0),
    })
    return {
      rows: unitRows(i, new Map(counts.map((c) => [c.unit_id, c])), cells),
      totals: cells({
        entries: sum(counts, (c) => c.entries),
        unlinked: sum(counts, (c) => c.unlinked),
      }),
      exclusions: excluded.map(presentExclusion),
      period,
      notes: [
        `Progres harian dari ${formatTanggal(from)} sampai ${formatTanggal(base.day)} per unit kerja.`,
        ON_DAY_NOTE(base.day, i.ctx.today),
        'Tanpa RHK = progres harian yang tidak dikaitkan dengan Rencana Hasil Kerja mana pun pada SKP. Persentase = tanpa RHK dibagi jumlah kegiatan.',
      ],
    }
  }

  const BUILDERS: Record<ReportKey, (i: Input) => Promise<Built>> = {
    'periodic-completion': periodicCompletion,
    'annual-completion': annualCompletion,
    adoption,
    'skp-status': skpStatus,
    'progress-discipline': progressDiscipline,
    'predikat-distribution': predikatDistribution,
    'unlinked-activities': unlinkedActivities,
  }

  async function build(actor: Actor, key: ReportKey, query: ReportQuery, asked: Paging = null) {
    const ctx = await context(actor)
    const f = filterOf(ctx, query.unitId)
    const paging = asked && PAGED_REPORTS.includes(key) ? asked : null
    const input: Input = { actor, ctx, f, year: query.year, periodId: query.periodId, paging }
    const built = await BUILDERS[key](input)
    const report: Report = {
      key,
      title: REPORT_TITLE[key],
      subtitle: subtitle(ctx, query.year, built.period, f),
      year: query.year,
      period: built.period ? { id: built.period.id, name: built.period.name } : null,
      unit: f.unit ? { id: f.unit.id, name: f.unit.name } : null,
      columns: [...REPORT_COLUMNS[key]],
      rows: built.rows,
      total: built.total ?? built.rows.length,
      page: paging?.page ?? 1,
      pageSize: paging?.pageSize ?? null,
      totals: built.totals,
      exclusions: built.exclusions,
      notes: built.notes,
      generatedAt: clock.now().toISOString(),
    }
    return { report, ctx, input }
  }

  // ---------------------------------------------------------------- drill-down

  const tanggal = (d: string | null) => (d ? formatTanggal(d) : '')

  async function drillItems(key: ReportKey, i: Input): Promise<DrillItem[]> {
    switch (key) {
      case 'periodic-completion':
      case 'annual-completion': {
        const list =
          key === 'annual-completion' ? await annualPeriods(i) : (await periodicPeriods(i)).periods
        const people = await q.completionPeople(read, {
          instansiId: i.ctx.instansiId,
          periodIds: list.map((p) => p.id),
          unitIds: i.f.unitIds,
          timeZone: i.ctx.timeZone,
        })
        return people.map((r) => {
          const done = r.submitted_day !== null
          const lateKey = key === 'annual-completion' ? 'lateCompleted' : 'late'
          const columns = ['employees']
          if (done) columns.push('completed', r.late ? lateKey : 'onTime')
          else columns.push('notCompleted')
          const detail = done
            ? `Diajukan ${tanggal(r.submitted_day)}${r.late ? ', terlambat (perpanjangan)' : ', tepat waktu'}`
            : r.assessment_status
              ? `Belum diajukan (${ASSESSMENT_STATUS_LABEL[r.assessment_status as AssessmentStatus]})`
              : `Belum ada penilaian (SKP ${SKP_STATUS_LABEL[r.skp_status].toLowerCase()})`
          return { rowKey: r.period_id, person: r, columns, detail }
        })
      }
      case 'adoption': {
        const people = await q.adoptionPeople(read, onDay(i))
        return people.map((r) => {
          const signals = [
            r.has_login ? 'pernah masuk' : null,
            r.has_skp ? 'memiliki SKP' : null,
            r.has_progress ? 'mencatat progres harian' : null,
            r.has_assessment ? 'mengajukan penilaian' : null,
          ].filter((s): s is string => s !== null)
          const used = signals.length > 0
          return {
            rowKey: r.unit_id,
            person: r,
            columns: ['asn', used ? 'used' : 'notUsed'],
            detail: used
              ? signals.join(', ').replace(/^./, (c) => c.toUpperCase())
              : 'Belum pernah masuk dan belum memiliki data',
          }
        })
      }
      case 'skp-status': {
        const people = await q.skpStatusPeople(read, onDay(i))
        return people.map((r) => ({
          rowKey: r.unit_id,
          person: r,
          columns: ['employees', r.skp_status ?? 'missing'],
          detail: r.skp_status
            ? `SKP ${i.year}: ${SKP_STATUS_LABEL[r.skp_status]}`
            : `Belum ada SKP ${i.year}`,
        }))
      }
      case 'progress-discipline':
        return []
      case 'predikat-distribution': {
        const list = await periodsOf(i.actor, i.year)
        const period = await distributionPeriod(i, list)
        if (!period) return []
        const { groupOf } = await distributionGroups(i.ctx, period.id)
        const people = await q.predikatPeople(read, {
          instansiId: i.ctx.instansiId,
          periodId: period.id,
          unitIds: [...i.f.ids],
        })
        return people.flatMap((r) => {
          const g = groupOf(r.unit_id) ?? 'none'
          if (g !== 'none' && !i.f.ids.has(g)) return []
          return [
            {
              rowKey: g,
              person: r,
              columns: ['total', r.predikat ?? 'pending'],
              detail: r.predikat ? PREDIKAT_LABEL[r.predikat] : 'Belum final',
            },
          ]
        })
      }
      case 'unlinked-activities': {
        const list = await periodsOf(i.actor, i.year)
        const period = periodParam(list, i.year, i.periodId)
        const { from, to } = rangeOf(i.ctx, i.year, period)
        const base = { ...onDay(i), day: to < from ? from : to }
        base.activeOnly = base.day === i.ctx.today
        const people = await q.progressPeople(read, { ...base, from, to })
        return people.map((r) => ({
          rowKey: r.unit_id,
          person: r,
          columns: r.unlinked > 0 ? ['entries', 'unlinked'] : ['entries'],
          detail: `${r.unlinked} dari ${r.entries} kegiatan tanpa RHK`,
        }))
      }
    }
  }

  const service = {
    /** What the viewer may filter on: their units (tree order), years with periods and those periods. */
    async scope(actor: Actor): Promise<ReportScope> {
      const ctx = await context(actor)
      const years = await yearsWithPeriods(actor)
      const lists = await Promise.all(years.map((y) => periodsOf(actor, y)))
      return {
        scope: ctx.kind,
        units: ctx.units.map((u) => ({
          id: u.id,
          name: u.name,
          parentId: u.parentId,
          depth: u.depth,
        })),
        years,
        periods: lists.flat().map((p) => ({
          id: p.id,
          year: p.year,
          name: p.name,
          annual: p.kind === 'annual',
          startDate: p.startDate,
          endDate: p.endDate,
          deadline: p.deadline,
        })),
      }
    },

    /** One report; progress-discipline one page of it (the totals are over every page). */
    async report(actor: Actor, key: ReportKey, query: ReportPageQuery): Promise<Report> {
      const { page, pageSize, ...filters } = query
      return (await build(actor, key, filters, { page, pageSize })).report
    },

    /** The people behind one cell (same scope rules as the report). */
    async people(actor: Actor, key: ReportKey, query: ReportPeopleQuery): Promise<ReportPeople> {
      const column = REPORT_COLUMNS[key].find((c) => c.key === query.column)
      if (!column) throw validationFailed({ column: 'Kolom tidak dikenal pada laporan ini' })
      if (!column.drill) throw validationFailed({ column: 'Kolom ini tidak dapat dirinci' })
      const { report, input } = await build(actor, key, query)
      const row = report.rows.find((r) => r.key === query.rowKey)
      if (!row) throw notFound('Baris laporan')
      const items = (await drillItems(key, input))
        .filter((d) => d.rowKey === query.rowKey && d.columns.includes(query.column))
        .map((d) => ({
          pegawaiId: d.person.pegawai_id,
          name: personName(d.person),
          nip: d.person.nip,
          unitName: d.person.unit_name,
          jabatanName: d.person.jabatan_name,
          detail: d.detail,
        }))
      return { title: `${column.label} — ${row.label}`, items }
    },

    /** The report as a file (XLSX, CSV or PDF), under the same rules as the report itself. */
    async exportReport(
      actor: Actor,
      key: ReportKey,
      format: ReportFormat,
      query: ReportQuery,
    ): Promise<RenderedReport> {
      const { report, ctx } = await build(actor, key, query)
      return renderReport(report, format, { instansiName: ctx.instansiName, today: ctx.today })
    },

    /** A leader's (their units) or an admin's (whole instansi) dashboard for a year. */
    async dashboard(actor: Actor, query: { year?: number | undefined }): Promise<Dashboard> {
      const ctx = await context(actor)
      const years = await yearsWithPeriods(actor)
      const thisYear = Number(ctx.today.slice(0, 4))
      const year = query.year ?? (years.includes(thisYear) ? thisYear : (years.at(-1) ?? thisYear))
      const list = (await periodsOf(actor, year)).sort(byPeriodStart)
      const current =
        list.find(
          (p) => p.kind !== 'annual' && p.startDate <= ctx.today && ctx.today <= p.endDate,
        ) ??
        // The latest started one; on the same start day the periodic period wins over the annual.
        list
          .filter((p) => p.startDate <= ctx.today)
          .sort(
            (a, b) =>
              a.startDate.localeCompare(b.startDate) ||
              Number(b.kind === 'annual') - Number(a.kind === 'annual'),
          )
          .at(-1) ??
        null
      const f = filterOf(ctx, undefined)
      const day = dayOf(ctx, year)
      const base = {
        instansiId: ctx.instansiId,
        day,
        activeOnly: day === ctx.today,
        unitIds: f.unitIds,
      }
      const window = { from: addDays(ctx.today, -29), to: ctx.today }
      const byDeadline = [...list].sort((a, b) => a.deadline.localeCompare(b.deadline))
      const [[skpCounts, progress], completion, predikat, openTickets] = await Promise.all([
        // One pass over the population when both count the people on the same day (today).
        day === ctx.today
          ? q.dashboardCounts(read, { ...base, year, ...window }).then((rows) => {
              const progress = rows.filter((r) => r.progress_people > 0)
              return [rows, progress] as const
            })
          : Promise.all([
              q.skpStatusCounts(read, { ...base, year }),
              q.progressCounts(read, {
                instansiId: ctx.instansiId,
                day: ctx.today,
                activeOnly: true,
                unitIds: f.unitIds,
                ...window,
              }),
            ]),
        current
          ? q.completionCounts(read, {
              instansiId: ctx.instansiId,
              periodIds: [current.id],
              unitIds: f.unitIds,
            })
          : Promise.resolve([]),
        // Only the counts of the period shown (the last by deadline with final results).
        q.latestFinalPredikat(read, {
          instansiId: ctx.instansiId,
          periodIds: byDeadline.map((p) => p.id),
          unitIds: f.unitIds,
          counts: true,
        }),
        ctx.kind === 'instansi' ? q.openTicketCount(read, ctx.instansiId) : Promise.resolve(null),
      ])
      const withFinal = byDeadline.filter((p) => predikat.some((r) => r.period_id === p.id)).at(-1)
      const predikatCounts = emptyCounts()
      for (const r of predikat) if (r.period_id === withFinal?.id) predikatCounts[r.predikat] += r.n
      const skpBy = new Map(skpCounts.map((c) => [c.unit_id, c]))
      const compBy = new Map(completion.map((c) => [c.unit_id, c]))
      const progBy = new Map(progress.map((c) => [c.unit_id, c]))
      const comp = sumCompletion(completion)
      return {
        scope: ctx.kind,
        year,
        years,
        currentPeriod: current
          ? {
              id: current.id,
              name: current.name,
              deadline: current.deadline,
              annual: current.kind === 'annual',
            }
          : null,
        headcount: sum(skpCounts, (c) => c.employees),
        excluded: sum(skpCounts, (c) => c.excluded),
        skp: {
          draft: sum(skpCounts, (c) => c.draft),
          submitted: sum(skpCounts, (c) => c.diajukan),
          returned: sum(skpCounts, (c) => c.dikembalikan),
          approved: sum(skpCounts, (c) => c.disetujui),
          missing: sum(skpCounts, (c) => c.missing),
        },
        completion: {
          employees: comp.employees,
          completed: comp.completed,
          onTime: comp.on_time,
          late: comp.late,
        },
        predikat: { periodName: withFinal?.name ?? null, counts: predikatCounts },
        units: f.units
          .filter((u) => u.active || skpBy.has(u.id) || compBy.has(u.id) || progBy.has(u.id))
          .map((u) => ({
            unitId: u.id,
            unitName: u.name,
            headcount: skpBy.get(u.id)?.employees ?? 0,
            skpApproved: skpBy.get(u.id)?.disetujui ?? 0,
            employees: compBy.get(u.id)?.employees ?? 0,
            completed: compBy.get(u.id)?.completed ?? 0,
            late: compBy.get(u.id)?.late ?? 0,
            progressEntries30d: progBy.get(u.id)?.entries ?? 0,
            lateEntries30d: progBy.get(u.id)?.late_entries ?? 0,
          })),
        openTickets,
        generatedAt: clock.now().toISOString(),
      }
    },
  }
  return service
}
export type ReportsService = ReturnType<typeof createReportsService>
