import { z } from 'zod'
import { dateOnlySchema, idSchema } from './common.ts'
import {
  HOLIDAY_KIND_VALUES,
  LOCAL_HOLIDAY_REGIONS,
  type LocalHolidayRegion,
} from './rules/holidays-id.ts'
import {
  defaultAnnualDeadline,
  defaultPeriodicDeadline,
  lastDayOfMonth,
  type WorkingCalendar,
} from './rules/working-days.ts'

/**
 * Contracts of the periods module (issue #3): the performance year with its SKP period and
 * assessment frequency, the assessment periods with their batas pengisian, the working calendar
 * and its holidays, and the instansi time zone they are read in.
 */

// ---------- enumerations ----------
/** How often the instansi assesses during the year (BKN: "sesuai kebutuhan instansi"). */
export const ASSESSMENT_FREQUENCIES = ['monthly', 'quarterly', 'semester'] as const
export type AssessmentFrequency = (typeof ASSESSMENT_FREQUENCIES)[number]
/** Periodic kinds plus the one annual ("Final") assessment. */
export const PERIOD_KINDS = ['monthly', 'quarterly', 'semester', 'annual'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]
export const HOLIDAY_KINDS = HOLIDAY_KIND_VALUES
export type HolidayKind = (typeof HOLIDAY_KINDS)[number]
export { LOCAL_HOLIDAY_REGIONS, type LocalHolidayRegion }

/**
 * Indonesia's three time zones; none has daylight saving, so a day's end is a fixed offset.
 * (The instansi table stores the IANA name; this is the list an admin may choose from.)
 */
export const INSTANSI_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const
export type InstansiTimeZone = (typeof INSTANSI_TIME_ZONES)[number]
export const TIME_ZONE_LABEL: Record<InstansiTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** Periods per kind in a full year. */
export const PERIOD_COUNT: Record<PeriodKind, number> = {
  monthly: 12,
  quarterly: 4,
  semester: 2,
  annual: 1,
}

// ---------- period generation (pure: the UI previews what the server creates) ----------
/** Indonesian month names, January first. */
export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const
/** Roman numerals of the quarter/semester sequence numbers. */
export const ROMAN = ['I', 'II', 'III', 'IV'] as const

/** The official-style name of a period: "Triwulan I 2026", "Januari 2026", "Tahunan 2026". */
export function periodName(kind: PeriodKind, seq: number, year: number): string {
  switch (kind) {
    case 'monthly':
      return `${BULAN[seq - 1] ?? seq} ${year}`
    case 'quarterly':
      return `Triwulan ${ROMAN[seq - 1] ?? seq} ${year}`
    case 'semester':
      return `Semester ${ROMAN[seq - 1] ?? seq} ${year}`
    case 'annual':
      return `Tahunan ${year}`
  }
}

/** First and last calendar month (1–12) of period `seq` of a kind. */
function monthsOf(kind: PeriodKind, seq: number): [number, number] {
  switch (kind) {
    case 'monthly':
      return [seq, seq]
    case 'quarterly':
      return [seq * 3 - 2, seq * 3]
    case 'semester':
      return [seq * 6 - 5, seq * 6]
    case 'annual':
      return [1, 12]
  }
}

export type GeneratedPeriod = {
  kind: PeriodKind
  seq: number
  name: string
  startDate: string
  endDate: string
  deadline: string
}

/**
 * The periodic periods of a year: calendar months/quarters/semesters that overlap the SKP
 * period, clipped to it (an SKP period from 1 March makes Triwulan I run 1–31 March), each
 * with the default batas pengisian.
 */
export function generatePeriodicPeriods(
  year: number,
  frequency: AssessmentFrequency,
  skp: { start: string; end: string },
  cal: WorkingCalendar,
): GeneratedPeriod[] {
  const out: GeneratedPeriod[] = []
  for (let seq = 1; seq <= PERIOD_COUNT[frequency]; seq++) {
    const [m1, m2] = monthsOf(frequency, seq)
    const from = `${year}-${String(m1).padStart(2, '0')}-01`
    const to = lastDayOfMonth(year, m2)
    if (to < skp.start || from > skp.end) continue
    const startDate = from < skp.start ? skp.start : from
    const endDate = to > skp.end ? skp.end : to
    out.push({
      kind: frequency,
      seq,
      name: periodName(frequency, seq, year),
      startDate,
      endDate,
      deadline: defaultPeriodicDeadline(endDate, cal),
    })
  }
  return out
}

/** The annual ("Final") period: the whole SKP period, deadline in January of the next year. */
export function generateAnnualPeriod(
  year: number,
  skp: { start: string; end: string },
  cal: WorkingCalendar,
  lastPeriodicDeadline?: string,
): GeneratedPeriod {
  const deadline = defaultAnnualDeadline(year, cal, lastPeriodicDeadline)
  return {
    kind: 'annual',
    seq: 1,
    name: periodName('annual', 1, year),
    startDate: skp.start,
    endDate: skp.end,
    deadline: deadline < skp.end ? skp.end : deadline,
  }
}

// ---------- request schemas ----------
export const yearNumberSchema = z
  .number('Isi tahun dengan angka, contoh: 2026')
  .int('Tahun harus bilangan bulat')
  .min(MIN_YEAR, `Tahun minimal ${MIN_YEAR}`)
  .max(MAX_YEAR, `Tahun maksimal ${MAX_YEAR}`)
export const yearParamsSchema = z.object({ year: z.coerce.number().pipe(yearNumberSchema) })

const frequencySchema = z.enum(ASSESSMENT_FREQUENCIES, {
  error:
    'Pilih frekuensi penilaian: bulanan (monthly), triwulanan (quarterly), atau semesteran (semester)',
})

/** The SKP dates must lie in the year and run forwards; messages name the field to fix. */
function checkSkpDates(
  v: { year?: number; skpStart?: string | undefined; skpEnd?: string | undefined },
  ctx: z.RefinementCtx,
) {
  for (const key of ['skpStart', 'skpEnd'] as const) {
    const day = v[key]
    if (day && v.year !== undefined && !day.startsWith(`${v.year}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Tanggal harus di tahun ${v.year}`,
      })
    }
  }
  if (v.skpStart && v.skpEnd && v.skpEnd < v.skpStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['skpEnd'],
      message: 'Akhir periode SKP tidak boleh sebelum awalnya',
    })
  }
}

export const newYearSchema = z
  .object({
    year: yearNumberSchema,
    assessmentFrequency: frequencySchema,
    /** Default 1 January of the year. */
    skpStart: dateOnlySchema.optional(),
    /** Default 31 December of the year. */
    skpEnd: dateOnlySchema.optional(),
    /** National holidays and cuti bersama from the built-in defaults (default: yes). */
    loadNationalHolidays: z.boolean().default(true),
    /** Local holidays of a region from the built-in defaults (default: none). */
    loadLocalHolidays: z.enum(LOCAL_HOLIDAY_REGIONS).nullable().default(null),
  })
  .superRefine(checkSkpDates)
export type NewYear = z.input<typeof newYearSchema>

export const updateYearSchema = z
  .object({
    assessmentFrequency: frequencySchema.optional(),
    skpStart: dateOnlySchema.optional(),
    skpEnd: dateOnlySchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.skpStart && v.skpEnd && v.skpEnd < v.skpStart)
      ctx.addIssue({
        code: 'custom',
        path: ['skpEnd'],
        message: 'Akhir periode SKP tidak boleh sebelum awalnya',
      })
  })
export type UpdateYear = z.infer<typeof updateYearSchema>

const periodNameSchema = z
  .string()
  .trim()
  .min(2, 'Nama periode minimal 2 huruf')
  .max(100, 'Nama periode maksimal 100 huruf')

export const updatePeriodSchema = z
  .object({
    name: periodNameSchema.optional(),
    startDate: dateOnlySchema.optional(),
    endDate: dateOnlySchema.optional(),
    deadline: dateOnlySchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
      })
    if (v.endDate && v.deadline && v.deadline < v.endDate)
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'Batas pengisian tidak boleh sebelum periode selesai',
      })
  })
export type UpdatePeriod = z.infer<typeof updatePeriodSchema>

export const updateCalendarSchema = z.object({
  workingWeekdays: z
    .array(
      z
        .number()
        .int()
        .min(1, 'Hari 1 (Senin) sampai 7 (Minggu)')
        .max(7, 'Hari 1 (Senin) sampai 7 (Minggu)'),
    )
    .min(1, 'Pilih minimal satu hari kerja')
    .max(7)
    .refine((a) => new Set(a).size === a.length, 'Hari kerja tidak boleh berulang'),
})
export type UpdateCalendar = z.infer<typeof updateCalendarSchema>

export const newHolidaySchema = z.object({
  date: dateOnlySchema,
  name: z
    .string()
    .trim()
    .min(2, 'Nama hari libur minimal 2 huruf')
    .max(200, 'Nama hari libur maksimal 200 huruf'),
  kind: z.enum(HOLIDAY_KINDS, {
    error: 'Pilih jenis: libur nasional, cuti bersama, atau libur lokal',
  }),
})
export type NewHoliday = z.infer<typeof newHolidaySchema>

export const loadDefaultsSchema = z.object({
  national: z.boolean(),
  local: z.enum(LOCAL_HOLIDAY_REGIONS).nullable(),
})
export type LoadDefaults = z.infer<typeof loadDefaultsSchema>

export const updateInstansiSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, 'Nama instansi minimal 3 huruf')
    .max(200, 'Maksimal 200 huruf')
    .optional(),
  timeZone: z
    .enum(INSTANSI_TIME_ZONES, {
      error: 'Pilih zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA), atau Asia/Jayapura (WIT)',
    })
    .optional(),
})
export type UpdateInstansi = z.infer<typeof updateInstansiSchema>

// ---------- response schemas ----------
export const instansiSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
})
export type Instansi = z.infer<typeof instansiSchema>

export const PERIOD_STATES = ['upcoming', 'running', 'filling', 'closed'] as const
export type PeriodState = (typeof PERIOD_STATES)[number]

export const periodSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  kind: z.enum(PERIOD_KINDS),
  seq: z.number().int(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  /** Batas pengisian: the last day to fill in, in the instansi time zone. */
  deadline: z.string(),
  /** The last instant of the deadline day in the instansi time zone (ISO with offset). */
  deadlineEndsAt: z.string(),
  /**
   * Relative to today in the instansi time zone: upcoming (not started), running (today is
   * inside), filling (ended, deadline not passed), closed (deadline passed).
   */
  state: z.enum(PERIOD_STATES),
})
export type Period = z.infer<typeof periodSchema>

export const holidaySchema = z.object({
  id: idSchema,
  date: z.string(),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
})
export type Holiday = z.infer<typeof holidaySchema>

export const yearSummarySchema = z.object({
  year: z.number().int(),
  assessmentFrequency: z.enum(ASSESSMENT_FREQUENCIES),
  skpStart: z.string(),
  skpEnd: z.string(),
  periodCount: z.number().int(),
  holidayCount: z.number().int(),
})
export type YearSummary = z.infer<typeof yearSummarySchema>

export const calendarSchema = z.object({
  year: z.number().int(),
  workingWeekdays: z.array(z.number().int()),
  /** Working days in the SKP period after weekends and holidays (for reports and the UI). */
  workingDayCount: z.number().int(),
})
export type Calendar = z.infer<typeof calendarSchema>

export const yearDetailSchema = z.object({
  year: z.number().int(),
  assessmentFrequency: z.enum(ASSESSMENT_FREQUENCIES),
  skpStart: z.string(),
  skpEnd: z.string(),
  timeZone: z.string(),
  today: z.string(),
  periods: z.array(periodSchema),
  calendar: calendarSchema,
  holidays: z.array(holidaySchema),
  /** Whether built-in default holidays exist for this year (2024–2027 at the time of writing). */
  defaultsAvailable: z.boolean(),
})
export type YearDetail = z.infer<typeof yearDetailSchema>

export const loadDefaultsResultSchema = z.object({
  added: z.number().int(),
  skipped: z.number().int(),
  items: z.array(holidaySchema),
})
export type LoadDefaultsResult = z.infer<typeof loadDefaultsResultSchema>

export const currentPeriodSchema = z.object({
  timeZone: z.string(),
  today: z.string(),
  /** The performance year of today, when it is set up. */
  year: yearSummarySchema.nullable(),
  /** The period of the configured frequency that contains today. */
  period: periodSchema.nullable(),
  /** The nearest batas pengisian from today on (any kind, any year). */
  nextDeadline: periodSchema.nullable(),
})
export type CurrentPeriod = z.infer<typeof currentPeriodSchema>
