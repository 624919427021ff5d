import {
  defaultHolidays,
  DEFAULT_HOLIDAY_YEARS,
  nationalHolidays,
} from '../../../shared/rules/holidays-id.ts'
import {
  countWorkingDays,
  DEFAULT_WORKING_WEEKDAYS,
  endOfDayIso,
  workingCalendar,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import {
  ASSESSMENT_FREQUENCIES,
  generateAnnualPeriod,
  generatePeriodicPeriods,
  type AssessmentFrequency,
  type CurrentPeriod,
  type GeneratedPeriod,
  type Holiday,
  type LoadDefaults,
  type LoadDefaultsResult,
  type NewHoliday,
  type Period,
  type PeriodKind,
  type PeriodState,
  type UpdatePeriod,
  type UpdateYear,
  type YearDetail,
  type YearSummary,
  type newYearSchema,
} from '../../../shared/periods.ts'
import type { z } from 'zod'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, notFound, validationFailed } from '../../lib/errors.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import * as repo from './periods.repository.ts'
import { canManagePeriods, canReadPeriods } from './periods.policy.ts'

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  /** Only the instansi's time zone is read from the org module. */
  org: Pick<OrgService, 'instansiInfo'>
}

type NewYearInput = z.output<typeof newYearSchema>
type Zone = { timeZone: string; today: string }

const PERIODIC_KINDS: readonly PeriodKind[] = ASSESSMENT_FREQUENCIES
const firstDay = (year: number) => `${year}-01-01`
const lastDay = (year: number) => `${year}-12-31`

/** "1 April 2026" for messages (the API speaks Indonesian). */
function tanggal(day: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

const yearNotSetUp = (year: number) =>
  new AppError('NOT_FOUND', `Tahun kinerja ${year} belum disiapkan`, 'YEAR_NOT_SET_UP')

function stateOf(p: { startDate: string; endDate: string; deadline: string }, today: string) {
  const state: PeriodState =
    today < p.startDate
      ? 'upcoming'
      : today <= p.endDate
        ? 'running'
        : today <= p.deadline
          ? 'filling'
          : 'closed'
  return state
}

function present(row: repo.PeriodRow, zone: Zone): Period {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    seq: row.seq,
    name: row.name,
    startDate: row.startDate,
    endDate: row.endDate,
    deadline: row.deadline,
    deadlineEndsAt: endOfDayIso(row.deadline, zone.timeZone),
    state: stateOf(row, zone.today),
  }
}

const presentHoliday = (h: repo.HolidayRow): Holiday => ({
  id: h.id,
  date: h.date,
  name: h.name,
  kind: h.kind,
})

export function createPeriodsService({ db, clock, audit, org }: Deps) {
  async function zoneOf(instansiId: string): Promise<Zone> {
    const timeZone = (await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta'
    return { timeZone, today: dayIn(clock.now(), timeZone) }
  }

  /** Readers: members of the instansi (any role); everyone else gets 404. */
  function memberInstansi(actor: Actor): string {
    if (!actor.instansiId || !canReadPeriods(actor, actor.instansiId)) throw notFound('Instansi')
    return actor.instansiId
  }

  /** Writers: the admin instansi (or a super admin working in the instansi); others 404. */
  function adminInstansi(actor: Actor): string {
    if (!actor.instansiId || !canManagePeriods(actor, actor.instansiId)) throw notFound('Halaman')
    return actor.instansiId
  }

  /**
   * The working calendar used for a year: its working weekdays (Monday–Friday when the year
   * is not set up) and every holiday of that year and the next, so that counting from late
   * December (a Triwulan IV deadline, lateness of a 31 December entry) sees January's days off.
   * While the next year has no days off yet, its built-in national holidays stand in (at least
   * 1 January, Tahun Baru, which is a national holiday every year).
   */
  async function loadCalendar(ex: Executor, instansiId: string, year: number) {
    return (await loadCalendars(ex, instansiId, [year])).calendars.get(year)!
  }

  /**
   * The working calendars of some years (see loadCalendar) and their days off with names, in one
   * statement: the days off of the first year to the last year's next year.
   */
  async function loadCalendars(
    ex: Executor,
    instansiId: string,
    years: readonly number[],
    periodId: string | null = null,
  ) {
    const wanted = [...new Set(years)].sort((a, b) => a - b)
    const first = wanted[0] ?? 0
    const last = wanted.at(-1) ?? first
    const rows = await repo.findCalendarsWithHolidays(
      ex,
      instansiId,
      wanted,
      firstDay(first),
      lastDay(last + 1),
      periodId,
    )
    const weekdaysOf = new Map(rows.calendars.map((c) => [c.year, c.workingWeekdays]))
    const calendars = new Map<number, WorkingCalendar>()
    for (const year of wanted) {
      const dates = rows.holidays
        .map((h) => h.date)
        .filter((d) => d >= firstDay(year) && d <= lastDay(year + 1))
      if (!dates.some((d) => d > lastDay(year))) {
        const standIn = nationalHolidays(year + 1).map((h) => h.date)
        dates.push(...(standIn.length ? standIn : [firstDay(year + 1)]))
      }
      calendars.set(year, workingCalendar(weekdaysOf.get(year) ?? DEFAULT_WORKING_WEEKDAYS, dates))
    }
    return { calendars, holidays: rows.holidays, period: rows.period }
  }

  function toRows(instansiId: string, year: number, generated: GeneratedPeriod[]) {
    return generated.map((g) => ({ instansiId, year, ...g }))
  }

  /** The periodic periods of the frequency and the annual one, from the SKP dates. */
  function generateAll(
    year: number,
    frequency: AssessmentFrequency,
    skp: { start: string; end: string },
    cal: WorkingCalendar,
  ) {
    const periodic = generatePeriodicPeriods(year, frequency, skp, cal)
    const lastPeriodic = periodic
      .map((p) => p.deadline)
      .sort()
      .at(-1)
    return { periodic, annual: generateAnnualPeriod(year, skp, cal, lastPeriodic) }
  }

  async function detail(instansiId: string, year: number): Promise<YearDetail> {
    const y = await repo.findYear(db, instansiId, year)
    if (!y) throw yearNotSetUp(year)
    const [zone, rows, cal, days] = await Promise.all([
      zoneOf(instansiId),
      repo.listPeriods(db, instansiId, year),
      repo.findCalendar(db, instansiId, year),
      repo.listHolidays(db, instansiId, firstDay(year), lastDay(year)),
    ])
    const weekdays = cal?.workingWeekdays ?? [...DEFAULT_WORKING_WEEKDAYS]
    return {
      year,
      assessmentFrequency: y.assessmentFrequency,
      skpStart: y.skpStart,
      skpEnd: y.skpEnd,
      timeZone: zone.timeZone,
      today: zone.today,
      periods: rows.map((r) => present(r, zone)),
      calendar: {
        year,
        workingWeekdays: [...weekdays].sort(),
        workingDayCount: countWorkingDays(
          y.skpStart,
          y.skpEnd,
          workingCalendar(
            weekdays,
            days.map((d) => d.date),
          ),
        ),
      },
      holidays: days.map(presentHoliday),
      defaultsAvailable: DEFAULT_HOLIDAY_YEARS.includes(year),
    }
  }

  async function requireYear(ex: Executor, instansiId: string, year: number) {
    const y = await repo.lockYear(ex, instansiId, year)
    if (!y) throw yearNotSetUp(year)
    return y
  }

  const service = {
    // ---------- for later modules ----------
    /** The working calendar of an instansi for a year (see loadCalendar). No actor: callers decide. */
    async calendarFor(instansiId: string, year: number): Promise<WorkingCalendar> {
      return loadCalendar(db, instansiId, year)
    },

    /** The period of the configured frequency that contains a day, or null. No actor: callers decide. */
    async periodContaining(instansiId: string, day: string): Promise<Period | null> {
      const y = await repo.findYear(db, instansiId, Number(day.slice(0, 4)))
      if (!y) return null
      const row = await repo.findPeriodContaining(db, instansiId, y.assessmentFrequency, day)
      return row ? present(row, await zoneOf(instansiId)) : null
    },

    /** One period of the instansi by id (any kind), or null. No actor: callers decide. */
    async periodById(instansiId: string, periodId: string): Promise<Period | null> {
      const row = await repo.findPeriod(db, instansiId, periodId)
      return row ? present(row, await zoneOf(instansiId)) : null
    },

    /**
     * The working calendars of some years (as calendarFor) and the days off of those years and
     * the year after, by date, in one statement; with `periodId`, that period's name and dates
     * too (null when the instansi has no such period). No actor: callers decide.
     */
    async calendarsFor(
      instansiId: string,
      years: readonly number[],
      periodId: string | null = null,
    ): Promise<{
      calendars: Map<number, WorkingCalendar>
      holidays: { date: string; name: string }[]
      period: { id: string; name: string; startDate: string; endDate: string } | null
    }> {
      return loadCalendars(db, instansiId, years, periodId)
    },

    // ---------- reads: every member ----------
    /** The years set up in the instansi, newest first. */
    async listYears(actor: Actor): Promise<YearSummary[]> {
      const instansiId = memberInstansi(actor)
      return (await repo.listYears(db, instansiId)).map(({ y, periodCount, holidayCount }) => ({
        year: y.year,
        assessmentFrequency: y.assessmentFrequency,
        skpStart: y.skpStart,
        skpEnd: y.skpEnd,
        periodCount,
        holidayCount,
      }))
    },

    /** One year with its periods, calendar and holidays. */
    async getYear(actor: Actor, year: number): Promise<YearDetail> {
      return detail(memberInstansi(actor), year)
    },

    /** Today's period (of the configured frequency), its year and the nearest deadline. */
    async current(actor: Actor): Promise<CurrentPeriod> {
      const instansiId = memberInstansi(actor)
      const zone = await zoneOf(instansiId)
      const thisYear = Number(zone.today.slice(0, 4))
      const [years, next] = await Promise.all([
        service.listYears(actor),
        repo.findNextDeadline(db, instansiId, zone.today),
      ])
      const year = years.find((y) => y.year === thisYear) ?? null
      const period = year
        ? await repo.findPeriodContaining(db, instansiId, year.assessmentFrequency, zone.today)
        : undefined
      return {
        timeZone: zone.timeZone,
        today: zone.today,
        year,
        period: period ? present(period, zone) : null,
        nextDeadline: next ? present(next, zone) : null,
      }
    },

    // ---------- writes: admin instansi ----------
    /**
     * Admin sets up a year: the SKP period (default 1 January – 31 December), its working
     * calendar (Monday–Friday), optionally the default holidays, and the periods generated
     * from the frequency plus the annual "Final", each with the default batas pengisian
     * (decision 0006). 409 when the year exists.
     */
    async createYear(actor: Actor, input: NewYearInput): Promise<YearDetail> {
      const instansiId = adminInstansi(actor)
      const { year } = input
      const skp = { start: input.skpStart ?? firstDay(year), end: input.skpEnd ?? lastDay(year) }
      if (skp.end < skp.start)
        throw validationFailed({ skpEnd: 'Akhir periode SKP tidak boleh sebelum awalnya' })
      await db.transaction(async (tx) => {
        if (await repo.findYear(tx, instansiId, year)) {
          throw conflict(
            'YEAR_EXISTS',
            `Tahun ${year} sudah disiapkan; ubah pengaturannya di halaman tahun tersebut`,
          )
        }
        const row = await repo.insertYear(tx, {
          instansiId,
          year,
          assessmentFrequency: input.assessmentFrequency,
          skpStart: skp.start,
          skpEnd: skp.end,
        })
        const calendar = await repo.insertCalendar(tx, {
          instansiId,
          year,
          workingWeekdays: [...DEFAULT_WORKING_WEEKDAYS],
        })
        const added = await repo.insertHolidays(
          tx,
          defaultHolidays(year, {
            national: input.loadNationalHolidays,
            local: input.loadLocalHolidays,
          }).map((h) => ({ instansiId, ...h })),
        )
        const cal = await loadCalendar(tx, instansiId, year)
        const { periodic, annual } = generateAll(year, input.assessmentFrequency, skp, cal)
        const created = await repo.insertPeriods(
          tx,
          toRows(instansiId, year, [...periodic, annual]),
        )
        await audit.record(tx, actor, {
          action: 'period_year.created',
          entity: 'performance_year',
          entityId: row.id,
          after: {
            ...row,
            workingWeekdays: calendar.workingWeekdays,
            periods: created,
            holidaysLoaded: {
              national: input.loadNationalHolidays,
              local: input.loadLocalHolidays,
              added: added.length,
            },
          },
        })
      })
      return detail(instansiId, year)
    },

    /**
     * Admin changes the frequency (the periodic periods are generated again; the annual one is
     * kept) or the SKP dates (every period is generated again from the new dates). Edited
     * names and deadlines of regenerated periods are replaced by the defaults.
     * For now always allowed: nothing references periods yet. The assessment module must block
     * it once an assessment (or rencana aksi) refers to a period of this year.
     */
    async updateYear(actor: Actor, year: number, patch: UpdateYear): Promise<YearDetail> {
      const instansiId = adminInstansi(actor)
      await db.transaction(async (tx) => {
        const before = await requireYear(tx, instansiId, year)
        const skp = { start: patch.skpStart ?? before.skpStart, end: patch.skpEnd ?? before.skpEnd }
        const fields: Record<string, string> = {}
        if (!skp.start.startsWith(`${year}-`)) fields.skpStart = `Tanggal harus di tahun ${year}`
        if (!skp.end.startsWith(`${year}-`)) fields.skpEnd = `Tanggal harus di tahun ${year}`
        if (!fields.skpEnd && !fields.skpStart && skp.end < skp.start)
          fields[patch.skpEnd ? 'skpEnd' : 'skpStart'] =
            'Akhir periode SKP tidak boleh sebelum awalnya'
        if (Object.keys(fields).length) throw validationFailed(fields, 'SKP_PERIOD_INVALID')

        const frequency = patch.assessmentFrequency ?? before.assessmentFrequency
        const frequencyChanged = frequency !== before.assessmentFrequency
        const datesChanged = skp.start !== before.skpStart || skp.end !== before.skpEnd
        if (!frequencyChanged && !datesChanged) return

        const periodsBefore = await repo.listPeriods(tx, instansiId, year)
        const after = await repo.updateYear(tx, before.id, {
          assessmentFrequency: frequency,
          skpStart: skp.start,
          skpEnd: skp.end,
        })
        const cal = await loadCalendar(tx, instansiId, year)
        const { periodic, annual } = generateAll(year, frequency, skp, cal)
        // New dates move every period; a new frequency replaces the periodic ones only.
        await repo.deletePeriods(
          tx,
          instansiId,
          year,
          datesChanged ? [...PERIODIC_KINDS, 'annual'] : PERIODIC_KINDS,
        )
        await repo.insertPeriods(
          tx,
          toRows(instansiId, year, datesChanged ? [...periodic, annual] : periodic),
        )
        await audit.record(tx, actor, {
          action: 'period_year.updated',
          entity: 'performance_year',
          entityId: before.id,
          before: { ...before, periods: periodsBefore },
          after: { ...after, periods: await repo.listPeriods(tx, instansiId, year) },
        })
      })
      return detail(instansiId, year)
    },

    /**
     * Admin edits one period: name, start, end, batas pengisian. Start and end lie in the SKP
     * period, start ≤ end ≤ deadline, and periods of one kind never overlap.
     */
    async updatePeriod(actor: Actor, periodId: string, patch: UpdatePeriod): Promise<Period> {
      const instansiId = adminInstansi(actor)
      const row = await db.transaction(async (tx) => {
        const found = await repo.findPeriod(tx, instansiId, periodId)
        if (!found) throw notFound('Periode')
        const y = await requireYear(tx, instansiId, found.year)
        const before = (await repo.findPeriod(tx, instansiId, periodId)) ?? found
        const next = {
          name: patch.name ?? before.name,
          startDate: patch.startDate ?? before.startDate,
          endDate: patch.endDate ?? before.endDate,
          deadline: patch.deadline ?? before.deadline,
        }
        const fields: Record<string, string> = {}
        let reason: string | undefined
        const fail = (field: string, message: string, why: string) => {
          fields[field] ??= message
          reason ??= why
        }
        const skpText = `${tanggal(y.skpStart)} – ${tanggal(y.skpEnd)}`
        for (const key of ['startDate', 'endDate'] as const) {
          if (next[key] < y.skpStart || next[key] > y.skpEnd)
            fail(key, `Harus di dalam periode SKP ${skpText}`, 'PERIOD_OUTSIDE_SKP')
        }
        if (next.endDate < next.startDate)
          fail('endDate', 'Tanggal selesai tidak boleh sebelum tanggal mulai', 'PERIOD_DATES')
        if (next.deadline < next.endDate)
          fail(
            'deadline',
            'Batas pengisian tidak boleh sebelum periode selesai',
            'DEADLINE_BEFORE_END',
          )
        if (next.deadline > lastDay(found.year + 1))
          fail(
            'deadline',
            `Batas pengisian paling lambat ${tanggal(lastDay(found.year + 1))}`,
            'DEADLINE_TOO_LATE',
          )
        if (next.startDate <= next.endDate) {
          const [clash] = await repo.findOverlapping(tx, {
            instansiId,
            year: found.year,
            kind: found.kind,
            start: next.startDate,
            end: next.endDate,
            exceptId: periodId,
          })
          if (clash) {
            const message = `Bertumpang tindih dengan ${clash.name} (${tanggal(clash.startDate)} – ${tanggal(clash.endDate)})`
            fail(
              next.startDate <= clash.endDate && next.startDate >= clash.startDate
                ? 'startDate'
                : 'endDate',
              message,
              'PERIOD_OVERLAP',
            )
          }
        }
        if (Object.keys(fields).length) throw validationFailed(fields, reason)
        const unchanged =
          next.name === before.name &&
          next.startDate === before.startDate &&
          next.endDate === before.endDate &&
          next.deadline === before.deadline
        if (unchanged) return before
        const after = await repo.updatePeriod(tx, periodId, next)
        await audit.record(tx, actor, {
          action: 'period.updated',
          entity: 'period',
          entityId: periodId,
          before,
          after,
        })
        return after
      })
      return present(row, await zoneOf(instansiId))
    },

    /**
     * Admin sets the working weekdays of a year. Existing batas pengisian do not move (they are
     * dates the admin may have agreed on); the admin edits them when needed.
     */
    async setWorkingWeekdays(actor: Actor, year: number, workingWeekdays: number[]) {
      const instansiId = adminInstansi(actor)
      const weekdays = [...new Set(workingWeekdays)].sort()
      await db.transaction(async (tx) => {
        await requireYear(tx, instansiId, year)
        const before = await repo.findCalendar(tx, instansiId, year)
        const after = before
          ? await repo.updateCalendar(tx, before.id, weekdays)
          : await repo.insertCalendar(tx, { instansiId, year, workingWeekdays: weekdays })
        await audit.record(tx, actor, {
          action: 'work_calendar.updated',
          entity: 'work_calendar',
          entityId: after.id,
          before: before ?? null,
          after,
        })
      })
      return (await detail(instansiId, year)).calendar
    },

    /** Admin adds a day off to a year (e.g. a local holiday set by the bupati). */
    async addHoliday(actor: Actor, year: number, input: NewHoliday): Promise<Holiday> {
      const instansiId = adminInstansi(actor)
      if (!input.date.startsWith(`${year}-`))
        throw validationFailed({ date: `Tanggal harus di tahun ${year}` }, 'HOLIDAY_OUTSIDE_YEAR')
      const row = await db.transaction(async (tx) => {
        await requireYear(tx, instansiId, year)
        const [added] = await repo.insertHolidays(tx, [{ instansiId, ...input }])
        if (!added) {
          throw new AppError(
            'CONFLICT',
            `Hari libur "${input.name}" pada ${tanggal(input.date)} sudah ada`,
            'HOLIDAY_EXISTS',
            { name: 'Hari libur dengan tanggal dan nama ini sudah ada' },
          )
        }
        await audit.record(tx, actor, {
          action: 'holiday.created',
          entity: 'holiday',
          entityId: added.id,
          after: added,
        })
        return added
      })
      return presentHoliday(row)
    },

    /** Admin removes a day off. */
    async removeHoliday(actor: Actor, holidayId: string) {
      const instansiId = adminInstansi(actor)
      await db.transaction(async (tx) => {
        const row = await repo.deleteHoliday(tx, instansiId, holidayId)
        if (!row) throw notFound('Hari libur')
        await audit.record(tx, actor, {
          action: 'holiday.deleted',
          entity: 'holiday',
          entityId: holidayId,
          before: row,
        })
      })
    },

    /**
     * Admin loads the built-in defaults (national holidays and cuti bersama, and/or a region's
     * local holidays) into a year. Idempotent: a day already there with the same date and name
     * is skipped, so loading twice adds nothing.
     */
    async loadDefaults(
      actor: Actor,
      year: number,
      input: LoadDefaults,
    ): Promise<LoadDefaultsResult> {
      const instansiId = adminInstansi(actor)
      const wanted = defaultHolidays(year, input)
      const added = await db.transaction(async (tx) => {
        const y = await requireYear(tx, instansiId, year)
        const rows = await repo.insertHolidays(
          tx,
          wanted.map((h) => ({ instansiId, ...h })),
        )
        if (rows.length) {
          await audit.record(tx, actor, {
            action: 'holiday.defaults_loaded',
            entity: 'performance_year',
            entityId: y.id,
            after: { national: input.national, local: input.local, added: rows },
          })
        }
        return rows
      })
      return {
        added: added.length,
        skipped: wanted.length - added.length,
        items: added
          .map(presentHoliday)
          .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name)),
      }
    },
  }
  return service
}
export type PeriodsService = ReturnType<typeof createPeriodsService>
