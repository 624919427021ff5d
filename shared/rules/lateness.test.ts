import { describe, expect, it } from 'vitest'
import { defaultHolidays, nationalHolidays } from './holidays-id.ts'
import {
  DEFAULT_LATENESS_RULE,
  DEVICE_CLOCK_SKEW_MS,
  entryDeadlineDay,
  entryDeadlineIso,
  localDayOf,
  localHourOf,
  localTimeOf,
  minutesBetween,
  timeliness,
  type LatenessRule,
} from './lateness.ts'
import { isoWeekday, workingCalendar } from './working-days.ts'

// The rule (domain.md "Lateness"): an entry for day D is on time until the end of the deadline
// day in the instansi's local time; the deadline day is D moved by the instansi's number of
// working days (default 1 = "end of the next working day"), skipping weekends, national
// holidays, cuti bersama and local holidays. Expected days below were read off the 2026 SKB
// (1497/2/5 Tahun 2025) and the Bali Pawukon table in holidays-id.ts, not from the code.

const WIB = 'Asia/Jakarta'
const WITA = 'Asia/Makassar'
const WIT = 'Asia/Jayapura'

const NEXT: LatenessRule = DEFAULT_LATENESS_RULE
const SAME_DAY: LatenessRule = { workingDaysAfter: 0 }
const TWO: LatenessRule = { workingDaysAfter: 2 }

/** Monday–Friday, no holidays. */
const WEEK = workingCalendar([1, 2, 3, 4, 5])
/** Monday–Friday with the national holidays and cuti bersama of 2026 and 2027. */
const NATIONAL = workingCalendar(
  [1, 2, 3, 4, 5],
  [...nationalHolidays(2026), ...nationalHolidays(2027)].map((h) => h.date),
)
/** Gianyar (Bali): the national days plus Bali's local days (Galungan, Kuningan, Nyepi eve…). */
const GIANYAR = workingCalendar(
  [1, 2, 3, 4, 5],
  [
    ...defaultHolidays(2026, { national: true, local: 'bali' }),
    ...defaultHolidays(2027, { national: true, local: 'bali' }),
  ].map((h) => h.date),
)

describe('local day and time in WIB / WITA / WIT', () => {
  it.each([
    // 23:30 UTC is already the next morning in every Indonesian zone.
    ['2026-11-26T23:30:00Z', WIB, '2026-11-27', '06:30'],
    ['2026-11-26T23:30:00Z', WITA, '2026-11-27', '07:30'],
    ['2026-11-26T23:30:00Z', WIT, '2026-11-27', '08:30'],
    ['2026-11-26T23:30:00Z', 'UTC', '2026-11-26', '23:30'],
    // 16:30 UTC: still the same evening in WIB, after midnight in WITA and WIT.
    ['2026-11-26T16:30:00Z', WIB, '2026-11-26', '23:30'],
    ['2026-11-26T16:30:00Z', WITA, '2026-11-27', '00:30'],
    ['2026-11-26T16:30:00Z', WIT, '2026-11-27', '01:30'],
    // Midnight is hour 0, never 24.
    ['2026-11-26T16:00:00Z', WITA, '2026-11-27', '00:00'],
    // New year's eve in UTC is new year's day in Jayapura.
    ['2026-12-31T15:00:00Z', WIT, '2027-01-01', '00:00'],
  ])('%s in %s is %s %s', (instant, zone, day, time) => {
    expect(localDayOf(instant, zone)).toBe(day)
    expect(localTimeOf(instant, zone)).toBe(time)
    expect(localHourOf(instant, zone)).toBe(Number(time.slice(0, 2)))
  })

  it('accepts a Date as well as an ISO string', () => {
    expect(localDayOf(new Date('2026-11-26T23:30:00Z'), WIB)).toBe('2026-11-27')
  })
})

describe('entryDeadlineDay', () => {
  it.each<[string, string, LatenessRule, typeof WEEK, string]>([
    // Friday 27 November 2026 → end of Monday 30 November.
    ['Friday, next working day', '2026-11-27', NEXT, WEEK, '2026-11-30'],
    ['Thursday, next working day', '2026-11-26', NEXT, WEEK, '2026-11-27'],
    ['Saturday, next working day', '2026-11-28', NEXT, WEEK, '2026-11-30'],
    ['Sunday, next working day', '2026-11-29', NEXT, WEEK, '2026-11-30'],
    ['rule 0: the same day', '2026-11-27', SAME_DAY, WEEK, '2026-11-27'],
    ['rule 0 on a Saturday: still the same day', '2026-11-28', SAME_DAY, WEEK, '2026-11-28'],
    ['rule 2 from Friday: Tuesday', '2026-11-27', TWO, WEEK, '2026-12-01'],
    ['rule 2 from Wednesday: Friday', '2026-11-25', TWO, WEEK, '2026-11-27'],
    // Before Nyepi 2026 (Thursday 19 March): Wed 18 Tawur Kesanga + cuti bersama Nyepi, Thu 19
    // Nyepi, Fri 20 Ngembak Geni + cuti bersama Idul Fitri, 21–22 Idul Fitri (weekend), Mon 23
    // and Tue 24 cuti bersama Idul Fitri → Wednesday 25 March.
    ['Tuesday before Nyepi, Gianyar', '2026-03-17', NEXT, GIANYAR, '2026-03-25'],
    ['Tuesday before Nyepi, without holidays', '2026-03-17', NEXT, WEEK, '2026-03-18'],
    // Galungan 2026: Tue 16 June Penampahan (and 1 Muharam), Wed 17 Galungan, Thu 18 Umanis.
    ['Monday before Galungan, Gianyar', '2026-06-15', NEXT, GIANYAR, '2026-06-19'],
    ['Monday before Galungan, national calendar only', '2026-06-15', NEXT, NATIONAL, '2026-06-17'],
    ['on Galungan itself, Gianyar', '2026-06-17', NEXT, GIANYAR, '2026-06-19'],
    ['on Galungan itself, national calendar only', '2026-06-17', NEXT, NATIONAL, '2026-06-18'],
    // Kuningan 2026 is Saturday 27 June; Friday 26 is Penampahan Kuningan.
    ['Thursday before Kuningan, Gianyar', '2026-06-25', NEXT, GIANYAR, '2026-06-29'],
    ['Thursday before Kuningan, national calendar', '2026-06-25', NEXT, NATIONAL, '2026-06-26'],
    // Galungan 2027 (Wednesday 13 January) falls in the next year's table.
    ['Monday before Galungan 2027, Gianyar', '2027-01-11', NEXT, GIANYAR, '2027-01-15'],
    // Cuti bersama: Thu 24 Dec (cuti bersama Natal), Fri 25 Dec (Natal).
    ['Wednesday before Natal: cuti bersama skipped', '2026-12-23', NEXT, NATIONAL, '2026-12-28'],
    // Thu 14 May Kenaikan, Fri 15 May cuti bersama.
    ['Wednesday before Kenaikan', '2026-05-13', NEXT, NATIONAL, '2026-05-18'],
    ['rule 2 over cuti bersama', '2026-05-13', TWO, NATIONAL, '2026-05-19'],
    ['an entry on a cuti bersama day itself', '2026-05-15', NEXT, NATIONAL, '2026-05-18'],
    // The last day of the year: 1 January 2027 (Friday) is a holiday.
    ['31 December 2026', '2026-12-31', NEXT, NATIONAL, '2027-01-04'],
  ])('%s: %s → %s', (_name, day, rule, cal, deadline) => {
    expect(entryDeadlineDay(day, rule, cal)).toBe(deadline)
  })

  it('the Galungan and Nyepi dates used above are the days the table names', () => {
    const bali = new Map(
      defaultHolidays(2026, { national: false, local: 'bali' }).map((h) => [h.date, h.name]),
    )
    expect(bali.get('2026-06-17')).toBe('Hari Raya Galungan')
    expect(bali.get('2026-06-27')).toBe('Hari Raya Kuningan')
    expect(bali.get('2026-03-18')).toBe('Tawur Kesanga')
    expect(nationalHolidays(2026).find((h) => h.date === '2026-03-19')?.name).toMatch(/Nyepi/)
    expect(isoWeekday('2026-06-17')).toBe(3)
    expect(isoWeekday('2026-06-27')).toBe(6)
  })

  it('rejects a day that is not a calendar day', () => {
    expect(() => entryDeadlineDay('2026-02-30', NEXT, WEEK)).toThrow(RangeError)
  })
})

describe('entryDeadlineIso: the end of the deadline day in the instansi zone', () => {
  it.each([
    [WIB, '2026-11-30T23:59:59.999+07:00'],
    [WITA, '2026-11-30T23:59:59.999+08:00'],
    [WIT, '2026-11-30T23:59:59.999+09:00'],
  ])('a Friday entry in %s is on time until %s', (zone, iso) => {
    expect(entryDeadlineIso('2026-11-27', NEXT, WEEK, zone)).toBe(iso)
  })
})

describe('timeliness', () => {
  const judge = (over: Partial<Parameters<typeof timeliness>[0]>) =>
    timeliness({
      day: '2026-11-27',
      receivedAt: '2026-11-27T02:00:00Z',
      deviceRecordedAt: null,
      rule: NEXT,
      cal: WEEK,
      timeZone: WITA,
      ...over,
    })

  it.each<[string, Partial<Parameters<typeof timeliness>[0]>, boolean]>([
    ['recorded the same day', {}, false],
    // Friday's entry: the deadline is the end of Monday 30 November, local time.
    ['Monday 23:59 WITA', { receivedAt: '2026-11-30T15:59:00Z' }, false],
    ['Tuesday 00:00:30 WITA', { receivedAt: '2026-11-30T16:00:30Z' }, true],
    // The same instant is still Monday 23:00 in WIB, so on time there.
    [
      'Tuesday 00:00:30 WITA = Monday 23:00:30 WIB',
      {
        receivedAt: '2026-11-30T16:00:30Z',
        timeZone: WIB,
      },
      false,
    ],
    [
      'Tuesday 00:00:30 WITA = Tuesday 01:00:30 WIT',
      {
        receivedAt: '2026-11-30T16:00:30Z',
        timeZone: WIT,
      },
      true,
    ],
    [
      'rule 0: Friday evening is on time',
      {
        rule: SAME_DAY,
        receivedAt: '2026-11-27T15:00:00Z',
      },
      false,
    ],
    [
      'rule 0: Saturday morning is late',
      {
        rule: SAME_DAY,
        receivedAt: '2026-11-27T23:00:00Z',
      },
      true,
    ],
    [
      'rule 2: Tuesday evening is on time',
      {
        rule: TWO,
        receivedAt: '2026-12-01T14:00:00Z',
      },
      false,
    ],
    ['rule 2: Wednesday is late', { rule: TWO, receivedAt: '2026-12-02T01:00:00Z' }, true],
  ])('%s → late %s', (_name, over, late) => {
    expect(judge(over).late).toBe(late)
  })

  it.each([
    [WIB, true],
    [WITA, true],
    [WIT, true],
    // In UTC it would still be Thursday evening, the same day.
    ['UTC', false],
  ])(
    'an entry at 23:30 UTC counts on the next local day (%s): rule 0 for Thursday → late %s',
    (zone, late) => {
      const r = timeliness({
        day: '2026-11-26',
        receivedAt: '2026-11-26T23:30:00Z',
        rule: SAME_DAY,
        cal: WEEK,
        timeZone: zone,
      })
      expect(r.late).toBe(late)
    },
  )

  it('an entry before Nyepi in Gianyar is on time until the end of Wednesday 25 March', () => {
    const before = (receivedAt: string) =>
      timeliness({ day: '2026-03-17', receivedAt, rule: NEXT, cal: GIANYAR, timeZone: WITA })
    expect(before('2026-03-24T08:00:00Z').late).toBe(false)
    expect(before('2026-03-25T15:59:59Z').late).toBe(false)
    expect(before('2026-03-25T16:00:01Z').late).toBe(true)
    expect(before('2026-03-25T08:00:00Z').deadlineAt).toBe('2026-03-25T23:59:59.999+08:00')
  })

  it('an entry on Galungan in Gianyar has until Friday; with national holidays only, Thursday', () => {
    const onGalungan = (cal: typeof WEEK) =>
      timeliness({
        day: '2026-06-17',
        receivedAt: '2026-06-19T03:00:00Z',
        rule: NEXT,
        cal,
        timeZone: WITA,
      })
    expect(onGalungan(GIANYAR).late).toBe(false)
    expect(onGalungan(NATIONAL).late).toBe(true)
  })

  it('cuti bersama extends the deadline like a holiday', () => {
    // Wednesday 23 Dec 2026 → Monday 28 Dec (24 cuti bersama, 25 Natal, then the weekend).
    const r = timeliness({
      day: '2026-12-23',
      receivedAt: '2026-12-28T10:00:00Z',
      rule: NEXT,
      cal: NATIONAL,
      timeZone: WIB,
    })
    expect(r).toMatchObject({ late: false, deadlineAt: '2026-12-28T23:59:59.999+07:00' })
  })

  describe('device time (offline queue)', () => {
    it('keeps the device time when it is before the server time: on time, but synced late', () => {
      const r = judge({
        deviceRecordedAt: '2026-11-27T09:00:00Z', // Friday 17:00 WITA, on the device
        receivedAt: '2026-12-01T02:00:00Z', // Tuesday 10:00 WITA, back online
      })
      expect(r).toEqual({
        effectiveRecordedAt: '2026-11-27T09:00:00.000Z',
        deadlineAt: '2026-11-30T23:59:59.999+08:00',
        late: false,
        syncedLate: true,
      })
    })

    it('an offline entry that reaches the server in time is not synced late', () => {
      const r = judge({
        deviceRecordedAt: '2026-11-27T09:00:00Z',
        receivedAt: '2026-11-28T02:00:00Z',
      })
      expect(r).toMatchObject({ late: false, syncedLate: false })
      expect(r.effectiveRecordedAt).toBe('2026-11-27T09:00:00.000Z')
    })

    it('an entry made late on the device stays late (not "synced late")', () => {
      const r = judge({
        deviceRecordedAt: '2026-12-01T01:00:00Z',
        receivedAt: '2026-12-01T02:00:00Z',
      })
      expect(r).toMatchObject({ late: true, syncedLate: false })
    })

    it('does not trust a device time in the future (beyond the clock skew)', () => {
      const receivedAt = '2026-12-01T02:00:00Z'
      const future = new Date(Date.parse(receivedAt) + DEVICE_CLOCK_SKEW_MS + 60_000)
      const r = judge({ deviceRecordedAt: future, receivedAt })
      expect(r.effectiveRecordedAt).toBe('2026-12-01T02:00:00.000Z')
      expect(r).toMatchObject({ late: true, syncedLate: false })
    })

    it('a device clock slightly ahead (within the skew) counts as the server time', () => {
      const receivedAt = '2026-11-27T02:00:00Z'
      const ahead = new Date(Date.parse(receivedAt) + 60_000).toISOString()
      expect(judge({ deviceRecordedAt: ahead, receivedAt }).effectiveRecordedAt).toBe(
        '2026-11-27T02:00:00.000Z',
      )
    })

    it('ignores a device time that is not a time', () => {
      const r = judge({ deviceRecordedAt: 'kemarin', receivedAt: '2026-12-01T02:00:00Z' })
      expect(r).toMatchObject({ late: true, effectiveRecordedAt: '2026-12-01T02:00:00.000Z' })
    })
  })
})

describe('minutesBetween', () => {
  it.each([
    ['08:00', '09:30', 90],
    ['07:45', '16:15', 510],
    ['00:00', '23:59', 1439],
    ['12:00', '12:01', 1],
  ])('%s–%s is %i minutes', (start, end, minutes) => {
    expect(minutesBetween(start, end)).toBe(minutes)
  })
})
