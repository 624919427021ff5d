import { describe, expect, it } from 'vitest'
import { generateAnnualPeriod, generatePeriodicPeriods, periodName } from '../periods.ts'
import {
  DEFAULT_HOLIDAY_YEARS,
  defaultHolidays,
  localHolidays,
  nationalHolidays,
} from './holidays-id.ts'
import {
  addDays,
  addWorkingDays,
  countWorkingDays,
  dayNumber,
  defaultAnnualDeadline,
  defaultPeriodicDeadline,
  endOfDayIso,
  isoWeekday,
  isWorkingDay,
  lastDayOfMonth,
  nextWorkingDay,
  previousWorkingDay,
  workingCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days.ts'

/** Monday–Friday, no holidays. */
const WEEK = workingCalendar([1, 2, 3, 4, 5])
/** Monday–Saturday (some services work six days), no holidays. */
const SIX = workingCalendar([1, 2, 3, 4, 5, 6])
/** Monday–Friday with 2026's national holidays and cuti bersama (SKB 1497/2/5 Tahun 2025). */
const NATIONAL_2026 = workingCalendar(
  [1, 2, 3, 4, 5],
  [...nationalHolidays(2026), ...nationalHolidays(2027)].map((h) => h.date),
)
/** Gianyar: the national days plus Bali's local days. */
const GIANYAR_2026 = workingCalendar(
  [1, 2, 3, 4, 5],
  [
    ...defaultHolidays(2026, { national: true, local: 'bali' }),
    ...defaultHolidays(2027, { national: true, local: 'bali' }),
  ].map((h) => h.date),
)

describe('day arithmetic', () => {
  // Weekdays checked against printed calendars: 1 Jan 1970 and 27 Nov 2026 were/are
  // Thursday/Friday, 1 Jan 2000 a Saturday, 29 Feb 2024 a Thursday, 1 Jan 2027 a Friday.
  it.each([
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2000-01-01', 6],
    ['2024-02-29', 4],
    ['2026-01-01', 4],
    ['2026-11-27', 5],
    ['2026-11-28', 6],
    ['2026-11-29', 7],
    ['2026-11-30', 1],
    ['2027-01-01', 5],
  ])('%s is ISO weekday %i', (day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday)
  })

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('addDays(%s, %i) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected)
  })

  it.each([
    [2026, 2, '2026-02-28'],
    [2024, 2, '2024-02-29'],
    [2100, 2, '2100-02-28'],
    [2000, 2, '2000-02-29'],
    [2026, 12, '2026-12-31'],
    [2026, 4, '2026-04-30'],
  ])('the last day of %i-%i is %s', (year, month, expected) => {
    expect(lastDayOfMonth(year, month)).toBe(expected)
  })

  it.each(['27-11-2026', '2026-02-30', '2026-13-01', '2026-1-1', '', '2026-11-27T00:00'])(
    'refuses %j as a day',
    (bad) => {
      expect(() => dayNumber(bad)).toThrow(RangeError)
      expect(() => isWorkingDay(bad, WEEK)).toThrow(RangeError)
    },
  )
})

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-27', WEEK, true, 'a Friday'],
    ['2026-11-28', WEEK, false, 'a Saturday'],
    ['2026-11-28', SIX, true, 'a Saturday in a six-day week'],
    ['2026-11-29', SIX, false, 'a Sunday in a six-day week'],
    ['2026-03-19', WEEK, true, 'Nyepi without the holiday list'],
    ['2026-03-19', NATIONAL_2026, false, 'Nyepi (national holiday)'],
    ['2026-03-18', NATIONAL_2026, false, 'cuti bersama Nyepi'],
    ['2026-06-17', NATIONAL_2026, true, 'Galungan outside Bali'],
    ['2026-06-17', GIANYAR_2026, false, 'Galungan in Gianyar'],
    ['2026-06-16', GIANYAR_2026, false, 'Penampahan Galungan (also 1 Muharam)'],
    ['2026-06-19', GIANYAR_2026, true, 'the Friday after Umanis Galungan'],
  ])('%s with %#: %s (%s)', (day, cal, expected) => {
    expect(isWorkingDay(day, cal)).toBe(expected)
  })
})

describe('nextWorkingDay / previousWorkingDay / workingDayOnOrAfter', () => {
  it.each([
    ['2026-11-26', WEEK, '2026-11-27', 'Thursday → Friday'],
    ['2026-11-27', WEEK, '2026-11-30', 'Friday → Monday'],
    ['2026-11-28', WEEK, '2026-11-30', 'Saturday → Monday'],
    ['2026-11-27', SIX, '2026-11-28', 'Friday → Saturday in a six-day week'],
    ['2026-12-31', WEEK, '2027-01-01', 'across the year without holidays'],
    ['2026-12-31', NATIONAL_2026, '2027-01-04', 'over Tahun Baru and the weekend'],
    // 18 cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama, 21–22 Idul Fitri (weekend), 23–24 cuti bersama.
    ['2026-03-17', NATIONAL_2026, '2026-03-25', 'over Nyepi and Idul Fitri 2026'],
    ['2026-06-15', GIANYAR_2026, '2026-06-19', 'over Penampahan, Galungan and Umanis Galungan'],
  ])('after %s: %s (%s)', (day, cal, expected) => {
    expect(nextWorkingDay(day, cal)).toBe(expected)
  })

  it.each([
    ['2026-11-30', WEEK, '2026-11-27', 'Monday → Friday'],
    ['2026-11-29', WEEK, '2026-11-27', 'Sunday → Friday'],
    ['2026-03-25', NATIONAL_2026, '2026-03-17', 'back over Nyepi and Idul Fitri'],
    ['2027-01-04', NATIONAL_2026, '2026-12-31', 'back across the year'],
  ])('before %s: %s (%s)', (day, cal, expected) => {
    expect(previousWorkingDay(day, cal)).toBe(expected)
  })

  it.each([
    ['2026-11-27', '2026-11-27'],
    ['2026-11-28', '2026-11-30'],
    ['2027-01-10', '2027-01-11'],
  ])('on or after %s: %s', (day, expected) => {
    expect(workingDayOnOrAfter(day, NATIONAL_2026)).toBe(expected)
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['2026-11-27', 0, WEEK, '2026-11-27'],
    ['2026-11-28', 0, WEEK, '2026-11-28'],
    ['2026-11-27', 1, WEEK, '2026-11-30'],
    ['2026-11-27', 5, WEEK, '2026-12-04'],
    ['2026-11-27', 10, WEEK, '2026-12-11'],
    ['2026-11-28', 1, WEEK, '2026-11-30'],
    ['2026-11-27', -1, WEEK, '2026-11-26'],
    ['2026-11-30', -1, WEEK, '2026-11-27'],
    ['2026-11-30', -5, WEEK, '2026-11-23'],
    ['2026-11-27', 6, SIX, '2026-12-04'],
    // Triwulan I 2026 ends Tuesday 31 March; Friday 3 April is Wafat Yesus Kristus.
    ['2026-03-31', 5, NATIONAL_2026, '2026-04-08'],
    // In Bali Wednesday 8 April 2026 is Pagerwesi as well.
    ['2026-03-31', 5, GIANYAR_2026, '2026-04-09'],
    ['2026-03-17', 1, NATIONAL_2026, '2026-03-25'],
  ])('addWorkingDays(%s, %i, %#) = %s', (day, n, cal, expected) => {
    expect(addWorkingDays(day, n, cal)).toBe(expected)
  })

  it('needs whole numbers and at least one working weekday', () => {
    expect(() => addWorkingDays('2026-11-27', 1.5, WEEK)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-11-27', 1, workingCalendar([]))).toThrow(RangeError)
    expect(() => nextWorkingDay('2026-11-27', workingCalendar([0, 8]))).toThrow(RangeError)
  })
})

describe('countWorkingDays and workingDaysBetween', () => {
  it.each([
    ['2026-11-23', '2026-11-29', WEEK, 5, 'one full week'],
    ['2026-11-28', '2026-11-29', WEEK, 0, 'a weekend'],
    ['2026-11-27', '2026-11-27', WEEK, 1, 'one working day'],
    ['2026-11-30', '2026-11-27', WEEK, 0, 'end before start'],
    ['2026-01-01', '2026-12-31', WEEK, 261, '2026 Monday–Friday (52 weeks + Thursday)'],
    ['2026-01-01', '2026-12-31', SIX, 313, '2026 Monday–Saturday'],
    ['2024-01-01', '2024-12-31', WEEK, 262, 'leap year 2024'],
    // 2026: 261 weekdays; of the 25 SKB days 21 fall on weekdays (21–22 Mar, 5 Apr, 31 May are weekend days).
    ['2026-01-01', '2026-12-31', NATIONAL_2026, 261 - 21, '2026 with the SKB'],
    ['2026-03-16', '2026-03-27', NATIONAL_2026, 5, 'the Nyepi–Idul Fitri fortnight'],
  ])('countWorkingDays(%s, %s, %#) = %i (%s)', (a, b, cal, expected) => {
    expect(countWorkingDays(a, b, cal)).toBe(expected)
  })

  it.each([
    ['2026-11-27', '2026-11-27', 0],
    ['2026-11-27', '2026-11-30', 1],
    ['2026-11-27', '2026-11-29', 0],
    ['2026-11-27', '2026-12-04', 5],
    ['2026-11-30', '2026-11-27', -1],
    ['2026-12-04', '2026-11-27', -5],
    ['2026-11-29', '2026-11-27', 0],
  ])('workingDaysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(workingDaysBetween(a, b, WEEK)).toBe(expected)
  })

  it('undoes addWorkingDays for every start and count in a month of holidays', () => {
    for (let d = 0; d < 45; d++) {
      const start = addDays('2026-03-01', d)
      for (let n = 0; n <= 12; n++) {
        const end = addWorkingDays(start, n, GIANYAR_2026)
        expect(workingDaysBetween(start, end, GIANYAR_2026), `${start} + ${n}`).toBe(n)
        expect(isWorkingDay(end, GIANYAR_2026) || n === 0).toBe(true)
      }
    }
  })
})

describe('default batas pengisian (decision 0006)', () => {
  it.each([
    ['2026-03-31', WEEK, '2026-04-07', 'Triwulan I without holidays'],
    ['2026-03-31', NATIONAL_2026, '2026-04-08', 'Triwulan I, Wafat Yesus Kristus on 3 April'],
    ['2026-06-30', NATIONAL_2026, '2026-07-07', 'Triwulan II'],
    ['2026-09-30', NATIONAL_2026, '2026-10-07', 'Triwulan III'],
    // 1 Jan 2027 Tahun Baru, 5 Jan Isra Mikraj (estimate).
    ['2026-12-31', NATIONAL_2026, '2027-01-11', 'Triwulan IV runs into January'],
    // …and in Gianyar also Siwaratri (6 Jan) and Galungan (12–14 Jan 2027).
    ['2026-12-31', GIANYAR_2026, '2027-01-15', 'Triwulan IV in Gianyar'],
  ])('periodic: end %s → %s (%s)', (end, cal, expected) => {
    expect(defaultPeriodicDeadline(end, cal)).toBe(expected)
  })

  it.each([
    [2026, NATIONAL_2026, undefined, '2027-01-11', '10 Jan 2027 is a Sunday'],
    [2025, WEEK, undefined, '2026-01-12', '10 Jan 2026 is a Saturday'],
    [2027, WEEK, undefined, '2028-01-10', '10 Jan 2028 is a Monday'],
    [2026, GIANYAR_2026, '2027-01-15', '2027-01-15', 'never before the last periodic deadline'],
    [
      2026,
      NATIONAL_2026,
      '2027-01-08',
      '2027-01-11',
      'an earlier periodic deadline changes nothing',
    ],
  ])('annual %i → %s (%s)', (year, cal, lastPeriodic, expected, why) => {
    expect(defaultAnnualDeadline(year, cal, lastPeriodic), why).toBe(expected)
  })
})

describe('generated periods', () => {
  const FULL_2026 = { start: '2026-01-01', end: '2026-12-31' }

  it.each([
    ['monthly', 1, 2026, 'Januari 2026'],
    ['monthly', 12, 2026, 'Desember 2026'],
    ['quarterly', 1, 2026, 'Triwulan I 2026'],
    ['quarterly', 4, 2026, 'Triwulan IV 2026'],
    ['semester', 2, 2026, 'Semester II 2026'],
    ['annual', 1, 2026, 'Tahunan 2026'],
  ] as const)('periodName(%s, %i, %i) = %s', (kind, seq, year, expected) => {
    expect(periodName(kind, seq, year)).toBe(expected)
  })

  it('quarterly: four quarters covering the year with deadlines after each', () => {
    const ps = generatePeriodicPeriods(2026, 'quarterly', FULL_2026, NATIONAL_2026)
    expect(ps.map((p) => [p.name, p.startDate, p.endDate, p.deadline])).toEqual([
      ['Triwulan I 2026', '2026-01-01', '2026-03-31', '2026-04-08'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30', '2026-07-07'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-30', '2026-10-07'],
      ['Triwulan IV 2026', '2026-10-01', '2026-12-31', '2027-01-11'],
    ])
  })

  it.each([
    ['monthly', 12],
    ['quarterly', 4],
    ['semester', 2],
  ] as const)('%s: %i periods, contiguous, each deadline after its end', (frequency, count) => {
    const ps = generatePeriodicPeriods(2026, frequency, FULL_2026, NATIONAL_2026)
    expect(ps).toHaveLength(count)
    expect(ps[0]?.startDate).toBe('2026-01-01')
    expect(ps.at(-1)?.endDate).toBe('2026-12-31')
    ps.forEach((p, i) => {
      expect(p.seq).toBe(i + 1)
      expect(p.deadline > p.endDate).toBe(true)
      if (i > 0) expect(p.startDate).toBe(addDays(ps[i - 1]?.endDate ?? '', 1))
    })
  })

  it('a shorter SKP period clips the periods and drops those outside it', () => {
    const ps = generatePeriodicPeriods(
      2026,
      'quarterly',
      { start: '2026-03-01', end: '2026-08-15' },
      WEEK,
    )
    expect(ps.map((p) => [p.seq, p.startDate, p.endDate])).toEqual([
      [1, '2026-03-01', '2026-03-31'],
      [2, '2026-04-01', '2026-06-30'],
      [3, '2026-07-01', '2026-08-15'],
    ])
  })

  it('the annual period is the SKP period with the annual deadline', () => {
    expect(generateAnnualPeriod(2026, FULL_2026, NATIONAL_2026, '2027-01-11')).toEqual({
      kind: 'annual',
      seq: 1,
      name: 'Tahunan 2026',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      deadline: '2027-01-11',
    })
  })
})

describe('endOfDayIso', () => {
  it.each([
    ['2026-04-08', 'Asia/Jakarta', '2026-04-08T23:59:59.999+07:00'],
    ['2026-04-08', 'Asia/Makassar', '2026-04-08T23:59:59.999+08:00'],
    ['2026-04-08', 'Asia/Jayapura', '2026-04-08T23:59:59.999+09:00'],
    ['2026-04-08', 'UTC', '2026-04-08T23:59:59.999+00:00'],
  ])('%s in %s ends at %s', (day, zone, expected) => {
    expect(endOfDayIso(day, zone)).toBe(expected)
    // One millisecond later is the next day in that zone.
    const next = new Date(Date.parse(expected) + 1)
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(next)).toBe(addDays(day, 1))
  })
})

describe('default holidays (holidays-id.ts)', () => {
  it('covers 2024–2027', () => {
    expect(DEFAULT_HOLIDAY_YEARS).toEqual([2024, 2025, 2026, 2027])
    expect(nationalHolidays(2023)).toEqual([])
    expect(localHolidays('bali', 2030)).toEqual([])
  })

  // Counts as announced with each SKB: 17 national holidays every year; 10 cuti bersama in 2024,
  // 10 + 18 August (revision of August 2025) in 2025, 8 in 2026; none known for 2027 yet.
  it.each([
    [2024, 17, 10],
    [2025, 17, 11],
    [2026, 17, 8],
    [2027, 17, 0],
  ])('%i: %i national holidays and %i cuti bersama', (year, national, cuti) => {
    const all = nationalHolidays(year)
    expect(all.filter((h) => h.kind === 'national')).toHaveLength(national)
    expect(all.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(cuti)
  })

  it.each(DEFAULT_HOLIDAY_YEARS.map((y) => [y]))(
    '%i: real dates inside the year, no duplicate date + name, sorted',
    (year) => {
      const all = defaultHolidays(year, { national: true, local: 'bali' })
      const keys = new Set<string>()
      for (const h of all) {
        expect(() => dayNumber(h.date)).not.toThrow()
        expect(h.date.startsWith(`${year}-`)).toBe(true)
        expect(h.name.length).toBeGreaterThan(2)
        const key = `${h.date} ${h.name}`
        expect(keys.has(key), key).toBe(false)
        keys.add(key)
      }
      expect(all.map((h) => h.date)).toEqual([...all.map((h) => h.date)].sort())
    },
  )

  it('fixed-date national holidays are where the calendar puts them', () => {
    for (const year of DEFAULT_HOLIDAY_YEARS) {
      const dates = new Set(nationalHolidays(year).map((h) => h.date))
      for (const md of ['01-01', '05-01', '06-01', '08-17', '12-25'])
        expect(dates.has(`${year}-${md}`), `${year}-${md}`).toBe(true)
    }
  })

  it('Bali Pawukon days follow the 210-day cycle from Galungan 28 Feb 2024', () => {
    const bali = DEFAULT_HOLIDAY_YEARS.flatMap((y) => localHolidays('bali', y))
    const on = (name: string) => bali.filter((h) => h.name === name).map((h) => h.date)
    const galungan = on('Hari Raya Galungan')
    expect(galungan[0]).toBe('2024-02-28')
    galungan.forEach((g, i) => {
      expect(g).toBe(addDays('2024-02-28', 210 * i))
      expect(isoWeekday(g)).toBe(3) // Buda Kliwon Dungulan: a Wednesday
      expect(on('Penampahan Galungan')).toContain(addDays(g, -1))
      expect(on('Umanis Galungan')).toContain(addDays(g, 1))
      expect(on('Penampahan Kuningan')).toContain(addDays(g, 9))
      expect(on('Hari Raya Kuningan')).toContain(addDays(g, 10))
    })
    expect(galungan).toHaveLength(7)
    // Saraswati (Saniscara Umanis Watugunung, a Saturday) and Pagerwesi four days later.
    for (const s of on('Hari Raya Saraswati')) {
      expect(isoWeekday(s)).toBe(6)
      expect(on('Hari Raya Pagerwesi')).toContain(addDays(s, 4))
    }
  })

  it('Tawur Kesanga and Ngembak Geni surround Nyepi', () => {
    for (const year of DEFAULT_HOLIDAY_YEARS) {
      const nyepi = nationalHolidays(year).find((h) => h.name.startsWith('Hari Suci Nyepi'))
      const bali = localHolidays('bali', year)
      expect(nyepi, `Nyepi ${year}`).toBeDefined()
      const day = nyepi?.date ?? ''
      expect(bali.find((h) => h.name.startsWith('Tawur Kesanga'))?.date).toBe(addDays(day, -1))
      expect(bali.find((h) => h.name.startsWith('Ngembak Geni'))?.date).toBe(addDays(day, 1))
    }
  })

  it('marks the estimates of a year without an SKB', () => {
    const est = nationalHolidays(2027).filter((h) => h.name.endsWith('(perkiraan)'))
    expect(est.length).toBeGreaterThan(0)
    expect(nationalHolidays(2026).some((h) => h.name.endsWith('(perkiraan)'))).toBe(false)
  })
})
