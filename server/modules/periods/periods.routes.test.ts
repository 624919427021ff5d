import { and, eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { nationalHolidays, localHolidays } from '../../../shared/rules/holidays-id.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { createAuditService } from '../audit/audit.service.ts'
import { createPeriodsService } from './periods.service.ts'
import { holidays, performanceYears, periods as periodsTable } from './periods.tables.ts'

// 10:00 WITA on Friday 27 Nov 2026 (the factory's instansi is in Asia/Makassar).
const START = '2026-11-27T02:00:00Z'
const t = await setupTestApp({ now: START })
afterEach(() => t.clock.set(START))

type Period = {
  id: string
  year: number
  kind: string
  seq: number
  name: string
  startDate: string
  endDate: string
  deadline: string
  deadlineEndsAt: string
  state: string
}
type Holiday = { id: string; date: string; name: string; kind: string }
type YearDetail = {
  year: number
  assessmentFrequency: string
  skpStart: string
  skpEnd: string
  timeZone: string
  today: string
  periods: Period[]
  calendar: { year: number; workingWeekdays: number[]; workingDayCount: number }
  holidays: Holiday[]
  defaultsAvailable: boolean
}
type Snapshot = Record<string, unknown>
type AuditItem = {
  action: string
  entity: string
  entityId: string | null
  before: Snapshot
  after: Snapshot
}

const get = (s: Session | null, url: string) => t.as(s, { method: 'GET', url })
const post = (s: Session | null, url: string, payload?: object) =>
  t.as(s, { method: 'POST', url, payload: payload ?? {} })
const patch = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'PATCH', url, payload })
const put = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'PUT', url, payload })
const del = (s: Session | null, url: string) => t.as(s, { method: 'DELETE', url })

/** A fresh office with its admin and a pegawai signed in. */
async function setup() {
  const o = await t.f.office()
  return { o, admin: await t.login(o.admin.username), staff: await t.login(o.staff1.username) }
}

async function createYear(admin: Session, body: Record<string, unknown>): Promise<YearDetail> {
  const res = await post(admin, '/api/periods/years', body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json()
}

async function auditOf(admin: Session, query: string): Promise<AuditItem[]> {
  const res = await get(admin, `/api/audit?pageSize=200&${query}`)
  expect(res.statusCode).toBe(200)
  return res.json().items
}

function expectFieldError(
  res: { statusCode: number; json(): unknown },
  field: string,
  opts: { message?: RegExp; reason?: string } = {},
) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(400)
  const { error } = res.json() as {
    error: { code: string; reason?: string; fields?: Record<string, string> }
  }
  expect(error.code).toBe('VALIDATION_FAILED')
  expect(error.fields?.[field], JSON.stringify(error.fields)).toBeTruthy()
  if (opts.message) expect(error.fields?.[field]).toMatch(opts.message)
  if (opts.reason) expect(error.reason).toBe(opts.reason)
}

const byKind = (y: YearDetail, kind: string) => y.periods.filter((p) => p.kind === kind)

describe('POST /api/periods/years', () => {
  it('sets up a quarterly year with the annual Final, Mon–Fri and national + Bali holidays', async () => {
    const { admin } = await setup()
    const y = await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: true,
      loadLocalHolidays: 'bali',
    })
    expect(y).toMatchObject({
      year: 2026,
      assessmentFrequency: 'quarterly',
      skpStart: '2026-01-01',
      skpEnd: '2026-12-31',
      timeZone: 'Asia/Makassar',
      today: '2026-11-27',
      defaultsAvailable: true,
    })
    // Deadlines by decision 0006, worked out by hand on the 2026 calendar of Gianyar:
    // Q1 ends Tue 31 Mar; 3 Apr Wafat Yesus Kristus, 8 Apr Pagerwesi (Bali) → Thu 9 Apr.
    // Q4 ends Thu 31 Dec; 2027 is not set up, so its national defaults stand in:
    // 1 Jan Tahun Baru, 5 Jan Isra Mikraj → Mon 11 Jan. Annual: 10 Jan 2027 is a Sunday → 11 Jan.
    expect(
      y.periods.map((p) => [p.kind, p.seq, p.name, p.startDate, p.endDate, p.deadline, p.state]),
    ).toEqual([
      ['quarterly', 1, 'Triwulan I 2026', '2026-01-01', '2026-03-31', '2026-04-09', 'closed'],
      ['quarterly', 2, 'Triwulan II 2026', '2026-04-01', '2026-06-30', '2026-07-07', 'closed'],
      ['quarterly', 3, 'Triwulan III 2026', '2026-07-01', '2026-09-30', '2026-10-07', 'closed'],
      ['quarterly', 4, 'Triwulan IV 2026', '2026-10-01', '2026-12-31', '2027-01-11', 'running'],
      ['annual', 1, 'Tahunan 2026', '2026-01-01', '2026-12-31', '2027-01-11', 'running'],
    ])
    expect(y.periods[0]?.deadlineEndsAt).toBe('2026-04-09T23:59:59.999+08:00')
    expect(y.calendar.workingWeekdays).toEqual([1, 2, 3, 4, 5])
    const expectedHolidays = nationalHolidays(2026).length + localHolidays('bali', 2026).length
    expect(y.holidays).toHaveLength(expectedHolidays)
    expect(y.holidays.filter((h) => h.kind === 'local').map((h) => h.name)).toContain(
      'Hari Raya Galungan',
    )
    // 261 weekdays in 2026, minus the 21 SKB days on weekdays, minus 5 more Bali days off:
    // Pagerwesi 8 Apr and 4 Nov, Galungan 17 Jun, Umanis Galungan 18 Jun, Penampahan Kuningan
    // 26 Jun (the other Bali days fall on weekends or on days already off).
    expect(y.calendar.workingDayCount).toBe(261 - 21 - 5)

    const [entry] = await auditOf(admin, 'action=period_year.created')
    expect(entry).toMatchObject({ entity: 'performance_year' })
    expect(entry?.after).toMatchObject({
      year: 2026,
      assessmentFrequency: 'quarterly',
      workingWeekdays: [1, 2, 3, 4, 5],
      holidaysLoaded: { national: true, local: 'bali', added: expectedHolidays },
    })
    expect(entry?.after.periods).toHaveLength(5)
  })

  it.each([
    ['monthly', 12, 'Januari 2026', '2026-02-06'],
    ['semester', 2, 'Semester I 2026', '2026-07-07'],
  ])('%s: %i periodic periods plus the annual one', async (frequency, count, first, deadline) => {
    const { admin } = await setup()
    const y = await createYear(admin, { year: 2026, assessmentFrequency: frequency })
    expect(byKind(y, frequency)).toHaveLength(count)
    expect(byKind(y, 'annual')).toHaveLength(1)
    expect(y.periods[0]).toMatchObject({ name: first, deadline })
    // National defaults load unless asked not to; no local ones.
    expect(y.holidays.length).toBe(nationalHolidays(2026).length)
    expect(y.holidays.some((h) => h.kind === 'local')).toBe(false)
  })

  it('takes a shorter SKP period and leaves holidays out when asked', async () => {
    const { admin } = await setup()
    const y = await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      skpStart: '2026-03-01',
      skpEnd: '2026-09-15',
      loadNationalHolidays: false,
      loadLocalHolidays: null,
    })
    expect(y.holidays).toEqual([])
    expect(y.periods.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Triwulan I 2026', '2026-03-01', '2026-03-31'],
      ['Triwulan II 2026', '2026-04-01', '2026-06-30'],
      ['Triwulan III 2026', '2026-07-01', '2026-09-15'],
      ['Tahunan 2026', '2026-03-01', '2026-09-15'],
    ])
  })

  it('answers 409 YEAR_EXISTS for a year already set up, and changes nothing', async () => {
    const { o, admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    const res = await post(admin, '/api/periods/years', {
      year: 2026,
      assessmentFrequency: 'monthly',
    })
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_EXISTS' })
    const rows = await t.db
      .select()
      .from(periodsTable)
      .where(and(eq(periodsTable.instansiId, o.instansi.id), eq(periodsTable.year, 2026)))
    expect(rows).toHaveLength(5)
  })

  it.each([
    [{ year: 1999, assessmentFrequency: 'quarterly' }, 'year', /2000/],
    [{ year: 2101, assessmentFrequency: 'quarterly' }, 'year', /2100/],
    [{ year: 2026.5, assessmentFrequency: 'quarterly' }, 'year', /bulat/],
    [{ year: '2026', assessmentFrequency: 'quarterly' }, 'year', /angka/],
    [{ assessmentFrequency: 'quarterly' }, 'year', /./],
    [{ year: 2026, assessmentFrequency: 'weekly' }, 'assessmentFrequency', /triwulanan/],
    [{ year: 2026 }, 'assessmentFrequency', /./],
    [
      { year: 2026, assessmentFrequency: 'quarterly', skpStart: '27-11-2026' },
      'skpStart',
      /YYYY-MM-DD/,
    ],
    [{ year: 2026, assessmentFrequency: 'quarterly', skpEnd: '2026-02-30' }, 'skpEnd', /kalender/],
    [
      { year: 2026, assessmentFrequency: 'quarterly', skpStart: '2025-12-01' },
      'skpStart',
      /tahun 2026/,
    ],
    [
      {
        year: 2026,
        assessmentFrequency: 'quarterly',
        skpStart: '2026-06-01',
        skpEnd: '2026-05-31',
      },
      'skpEnd',
      /sebelum/,
    ],
    [
      { year: 2026, assessmentFrequency: 'quarterly', loadLocalHolidays: 'jawa' },
      'loadLocalHolidays',
      /./,
    ],
  ])('refuses %j (400, field %s) and writes nothing', async (body, field, message) => {
    const { o, admin } = await setup()
    expectFieldError(await post(admin, '/api/periods/years', body), field, { message })
    const rows = await t.db
      .select()
      .from(performanceYears)
      .where(eq(performanceYears.instansiId, o.instansi.id))
    expect(rows).toEqual([])
  })
})

describe('GET /api/periods/years and /years/:year', () => {
  it('lists the years newest first with counts; a year not set up is 404', async () => {
    const { admin, staff } = await setup()
    await createYear(admin, {
      year: 2025,
      assessmentFrequency: 'monthly',
      loadNationalHolidays: false,
    })
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    const res = await get(staff, '/api/periods/years')
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toEqual([
      {
        year: 2026,
        assessmentFrequency: 'quarterly',
        skpStart: '2026-01-01',
        skpEnd: '2026-12-31',
        periodCount: 5,
        holidayCount: nationalHolidays(2026).length,
      },
      {
        year: 2025,
        assessmentFrequency: 'monthly',
        skpStart: '2025-01-01',
        skpEnd: '2025-12-31',
        periodCount: 13,
        holidayCount: 0,
      },
    ])
    const missing = await get(staff, '/api/periods/years/2030')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error).toMatchObject({ code: 'NOT_FOUND', reason: 'YEAR_NOT_SET_UP' })
    expectFieldError(await get(staff, '/api/periods/years/abc'), 'year')
    expectFieldError(await get(staff, '/api/periods/years/3000'), 'year')
  })

  it('a year without built-in defaults says so', async () => {
    const { admin } = await setup()
    const y = await createYear(admin, { year: 2031, assessmentFrequency: 'semester' })
    expect(y.defaultsAvailable).toBe(false)
    expect(y.holidays).toEqual([])
    // Without any January holiday known, 1 January still counts as Tahun Baru:
    // Semester II ends Wed 31 Dec 2031; Thu 1 Jan off → Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
    expect(byKind(y, 'semester')[1]?.deadline).toBe('2032-01-08')
  })
})

describe('PATCH /api/periods/years/:year', () => {
  it('a new frequency regenerates the periodic periods and keeps the annual one (audited)', async () => {
    const { admin } = await setup()
    const before = await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    const annual = byKind(before, 'annual')[0] as Period
    // The admin's own deadline on the annual period survives a frequency change.
    expect(
      (await patch(admin, `/api/periods/periods/${annual.id}`, { deadline: '2027-01-29' }))
        .statusCode,
    ).toBe(200)
    const res = await patch(admin, '/api/periods/years/2026', { assessmentFrequency: 'monthly' })
    expect(res.statusCode, res.body).toBe(200)
    const after: YearDetail = res.json()
    expect(after.assessmentFrequency).toBe('monthly')
    expect(byKind(after, 'quarterly')).toEqual([])
    expect(byKind(after, 'monthly').map((p) => p.name)).toEqual(
      [
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
      ].map((m) => `${m} 2026`),
    )
    expect(byKind(after, 'annual')).toEqual([
      { ...annual, deadline: '2027-01-29', deadlineEndsAt: '2027-01-29T23:59:59.999+08:00' },
    ])

    const [entry] = await auditOf(admin, 'action=period_year.updated')
    expect(entry?.before).toMatchObject({ assessmentFrequency: 'quarterly' })
    expect(entry?.before.periods).toHaveLength(5)
    expect(entry?.after).toMatchObject({ assessmentFrequency: 'monthly' })
    expect(entry?.after.periods).toHaveLength(13)
  })

  it('new SKP dates regenerate every period from them', async () => {
    const { admin } = await setup()
    await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'semester',
      loadNationalHolidays: false,
    })
    const res = await patch(admin, '/api/periods/years/2026', { skpStart: '2026-02-01' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().periods.map((p: Period) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Semester I 2026', '2026-02-01', '2026-06-30'],
      ['Semester II 2026', '2026-07-01', '2026-12-31'],
      ['Tahunan 2026', '2026-02-01', '2026-12-31'],
    ])
  })

  it('no change, no audit row', async () => {
    const { admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'semester' })
    const res = await patch(admin, '/api/periods/years/2026', { assessmentFrequency: 'semester' })
    expect(res.statusCode).toBe(200)
    expect(await auditOf(admin, 'action=period_year.updated')).toEqual([])
  })

  it.each([
    [{ assessmentFrequency: 'yearly' }, 'assessmentFrequency', undefined],
    [{ skpStart: '2025-12-31' }, 'skpStart', 'SKP_PERIOD_INVALID'],
    [{ skpEnd: '2027-01-01' }, 'skpEnd', 'SKP_PERIOD_INVALID'],
    [{ skpStart: '2026-12-01', skpEnd: '2026-11-30' }, 'skpEnd', undefined],
    [{ skpStart: '2026-13-01' }, 'skpStart', undefined],
  ])('refuses %j (400 on %s)', async (body, field, reason) => {
    const { admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    expectFieldError(await patch(admin, '/api/periods/years/2026', body), field, {
      ...(reason ? { reason } : {}),
    })
  })

  it('a year not set up is 404', async () => {
    const { admin } = await setup()
    const res = await patch(admin, '/api/periods/years/2026', { assessmentFrequency: 'monthly' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.reason).toBe('YEAR_NOT_SET_UP')
  })
})

describe('PATCH /api/periods/periods/:id', () => {
  async function quarterly() {
    const s = await setup()
    const y = await createYear(s.admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
    })
    const q = byKind(y, 'quarterly') as [Period, Period, Period, Period]
    return { ...s, y, q }
  }

  it('renames and moves a period and its deadline (audited before/after)', async () => {
    const { admin, q } = await quarterly()
    const res = await patch(admin, `/api/periods/periods/${q[3].id}`, {
      name: 'Triwulan IV 2026 (diperpanjang)',
      deadline: '2027-01-20',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      id: q[3].id,
      name: 'Triwulan IV 2026 (diperpanjang)',
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      deadline: '2027-01-20',
      deadlineEndsAt: '2027-01-20T23:59:59.999+08:00',
      state: 'running',
    })
    const [entry] = await auditOf(admin, `entityId=${q[3].id}`)
    expect(entry).toMatchObject({ action: 'period.updated', entity: 'period' })
    expect(entry?.before).toMatchObject({ name: 'Triwulan IV 2026', deadline: q[3].deadline })
    expect(entry?.after).toMatchObject({
      name: 'Triwulan IV 2026 (diperpanjang)',
      deadline: '2027-01-20',
    })
  })

  it('may shorten one quarter and lengthen the next so they still meet', async () => {
    const { admin, q } = await quarterly()
    expect(
      (await patch(admin, `/api/periods/periods/${q[0].id}`, { endDate: '2026-03-15' })).statusCode,
    ).toBe(200)
    const res = await patch(admin, `/api/periods/periods/${q[1].id}`, { startDate: '2026-03-16' })
    expect(res.statusCode, res.body).toBe(200)
  })

  it.each([
    [
      (q: Period[]) => ({ startDate: '2026-03-15', id: q[1]?.id }),
      'startDate',
      'PERIOD_OVERLAP',
      /Triwulan I 2026/,
    ],
    [
      (q: Period[]) => ({ endDate: '2026-07-15', deadline: '2026-07-22', id: q[1]?.id }),
      'endDate',
      'PERIOD_OVERLAP',
      /Triwulan III 2026/,
    ],
    [
      (q: Period[]) => ({ endDate: '2026-07-15', id: q[1]?.id }),
      'deadline',
      'DEADLINE_BEFORE_END',
      /sebelum/,
    ],
    [
      (q: Period[]) => ({ deadline: '2026-03-30', id: q[0]?.id }),
      'deadline',
      'DEADLINE_BEFORE_END',
      /sebelum/,
    ],
    [
      (q: Period[]) => ({ deadline: '2028-01-01', id: q[3]?.id }),
      'deadline',
      'DEADLINE_TOO_LATE',
      /2027/,
    ],
    [
      (q: Period[]) => ({ startDate: '2025-12-31', id: q[0]?.id }),
      'startDate',
      'PERIOD_OUTSIDE_SKP',
      /periode SKP/,
    ],
    [
      (q: Period[]) => ({ endDate: '2027-01-05', id: q[3]?.id }),
      'endDate',
      'PERIOD_OUTSIDE_SKP',
      /periode SKP/,
    ],
    [
      (q: Period[]) => ({ startDate: '2026-04-01', id: q[0]?.id }),
      'endDate',
      'PERIOD_DATES',
      /sebelum/,
    ],
  ])('refuses case %# with 400 on %s (%s)', async (make, field, reason, message) => {
    const { admin, q } = await quarterly()
    const { id, ...body } = make(q)
    const res = await patch(admin, `/api/periods/periods/${id}`, body)
    expectFieldError(res, field, { reason, message })
    // Nothing changed.
    const now = (await get(admin, '/api/periods/years/2026')).json().periods as Period[]
    expect(now.find((p) => p.id === id)).toEqual(q.find((p) => p.id === id))
  })

  it.each([
    [{ endDate: '27-11-2026' }, 'endDate', /YYYY-MM-DD/],
    [{ deadline: '2026-02-31' }, 'deadline', /kalender/],
    [{ startDate: '2026-05-01', endDate: '2026-04-01' }, 'endDate', /sebelum/],
    [{ endDate: '2026-06-30', deadline: '2026-06-01' }, 'deadline', /sebelum/],
    [{ name: 'X' }, 'name', /2 huruf/],
    [{ name: 'x'.repeat(101) }, 'name', /100/],
  ])('schema refuses %j (400 on %s)', async (body, field, message) => {
    const { admin, q } = await quarterly()
    expectFieldError(await patch(admin, `/api/periods/periods/${q[1].id}`, body), field, {
      message,
    })
  })

  it('an unknown period is 404, a malformed id 400', async () => {
    const { admin } = await quarterly()
    const res = await patch(admin, '/api/periods/periods/00000000-0000-4000-8000-000000000000', {
      name: 'Periode',
    })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
    expectFieldError(
      await patch(admin, '/api/periods/periods/123', { name: 'Periode' }),
      'periodId',
    )
  })
})

describe('calendar and holidays', () => {
  it('sets the working weekdays (audited) and counts working days with them', async () => {
    const { admin } = await setup()
    const y = await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
    })
    expect(y.calendar.workingDayCount).toBe(261)
    const res = await put(admin, '/api/periods/years/2026/calendar', {
      workingWeekdays: [6, 1, 2, 3, 4, 5],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      year: 2026,
      workingWeekdays: [1, 2, 3, 4, 5, 6],
      workingDayCount: 313,
    })
    const [entry] = await auditOf(admin, 'action=work_calendar.updated')
    expect(entry?.before.workingWeekdays).toEqual([1, 2, 3, 4, 5])
    expect(entry?.after.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6])
  })

  it.each([
    [{ workingWeekdays: [] }, /minimal satu/],
    [{ workingWeekdays: [0, 1] }, /Senin/],
    [{ workingWeekdays: [1, 8] }, /Minggu/],
    [{ workingWeekdays: [1, 1, 2] }, /berulang/],
    [{ workingWeekdays: ['senin'] }, /./],
    [{}, /./],
  ])('refuses %j', async (body, message) => {
    const { admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    const res = await put(admin, '/api/periods/years/2026/calendar', body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(Object.values(res.json().error.fields ?? {}).join(' ')).toMatch(message)
  })

  it('adds and deletes a local holiday (both audited)', async () => {
    const { admin, staff } = await setup()
    await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
    })
    const res = await post(admin, '/api/periods/years/2026/holidays', {
      date: '2026-04-02',
      name: 'Hari Jadi Kota Gianyar',
      kind: 'local',
    })
    expect(res.statusCode, res.body).toBe(201)
    const h: Holiday = res.json()
    expect(h).toMatchObject({ date: '2026-04-02', name: 'Hari Jadi Kota Gianyar', kind: 'local' })
    const y: YearDetail = (await get(staff, '/api/periods/years/2026')).json()
    expect(y.holidays).toEqual([h])
    expect(y.calendar.workingDayCount).toBe(260)

    const dup = await post(admin, '/api/periods/years/2026/holidays', {
      date: '2026-04-02',
      name: 'Hari Jadi Kota Gianyar',
      kind: 'national',
    })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error).toMatchObject({ code: 'CONFLICT', reason: 'HOLIDAY_EXISTS' })

    expect((await del(admin, `/api/periods/holidays/${h.id}`)).statusCode).toBe(200)
    const again = await del(admin, `/api/periods/holidays/${h.id}`)
    expect(again.statusCode).toBe(404)
    expect(again.json().error.code).toBe('NOT_FOUND')
    const entries = await auditOf(admin, `entityId=${h.id}`)
    expect(entries.map((e) => e.action)).toEqual(['holiday.deleted', 'holiday.created'])
    expect(entries[0]?.before).toMatchObject({ name: 'Hari Jadi Kota Gianyar' })
  })

  it.each([
    [{ date: '2027-01-02', name: 'Libur', kind: 'local' }, 'date', /tahun 2026/],
    [{ date: '02-01-2026', name: 'Libur', kind: 'local' }, 'date', /YYYY-MM-DD/],
    [{ date: '2026-01-02', name: 'L', kind: 'local' }, 'name', /2 huruf/],
    [{ date: '2026-01-02', name: 'Libur', kind: 'regional' }, 'kind', /cuti bersama/],
  ])('refuses the holiday %j (400 on %s)', async (body, field, message) => {
    const { admin } = await setup()
    await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
    })
    expectFieldError(await post(admin, '/api/periods/years/2026/holidays', body), field, {
      message,
    })
  })

  it('loading defaults is idempotent: the second load adds nothing and is not audited', async () => {
    const { o, admin } = await setup()
    await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: false,
    })
    const total = nationalHolidays(2026).length + localHolidays('bali', 2026).length
    const url = '/api/periods/years/2026/holidays/load-defaults'

    const first = await post(admin, url, { national: true, local: 'bali' })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ added: total, skipped: 0 })
    expect(first.json().items).toHaveLength(total)

    const second = await post(admin, url, { national: true, local: 'bali' })
    expect(second.json()).toEqual({ added: 0, skipped: total, items: [] })

    // A default the admin deleted comes back on the next load; the rest are skipped.
    const nyepi = (first.json().items as Holiday[]).find((h) =>
      h.name.startsWith('Hari Suci Nyepi'),
    )
    expect((await del(admin, `/api/periods/holidays/${nyepi?.id}`)).statusCode).toBe(200)
    const third = await post(admin, url, { national: true, local: null })
    expect(third.json()).toMatchObject({ added: 1, skipped: nationalHolidays(2026).length - 1 })

    const rows = await t.db.select().from(holidays).where(eq(holidays.instansiId, o.instansi.id))
    expect(rows).toHaveLength(total)
    const loads = await auditOf(admin, 'action=holiday.defaults_loaded')
    expect(loads).toHaveLength(2)
  })

  it.each([
    [{ national: 'ya', local: null }, 'national'],
    [{ national: true, local: 'jawa' }, 'local'],
    [{ national: true }, 'local'],
  ])('refuses load-defaults %j', async (body, field) => {
    const { admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    expectFieldError(
      await post(admin, '/api/periods/years/2026/holidays/load-defaults', body),
      field,
    )
  })

  it('holidays and the calendar need a year that is set up', async () => {
    const { admin } = await setup()
    for (const res of [
      await put(admin, '/api/periods/years/2027/calendar', { workingWeekdays: [1, 2, 3, 4, 5] }),
      await post(admin, '/api/periods/years/2027/holidays', {
        date: '2027-01-02',
        name: 'Libur',
        kind: 'local',
      }),
      await post(admin, '/api/periods/years/2027/holidays/load-defaults', {
        national: true,
        local: null,
      }),
    ]) {
      expect(res.statusCode).toBe(404)
      expect(res.json().error.reason).toBe('YEAR_NOT_SET_UP')
    }
  })
})

describe('GET /api/periods/current and the instansi time zone', () => {
  it('gives nothing (200) before any year is set up', async () => {
    const { staff } = await setup()
    const res = await get(staff, '/api/periods/current')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      timeZone: 'Asia/Makassar',
      today: '2026-11-27',
      year: null,
      period: null,
      nextDeadline: null,
    })
  })

  it('gives the quarter of today and the nearest deadline (periodic before annual)', async () => {
    const { admin, staff } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    const res = await get(staff, '/api/periods/current')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.year).toMatchObject({
      year: 2026,
      assessmentFrequency: 'quarterly',
      periodCount: 5,
    })
    expect(body.period).toMatchObject({ name: 'Triwulan IV 2026', state: 'running' })
    expect(body.nextDeadline).toMatchObject({ name: 'Triwulan IV 2026', deadline: '2027-01-11' })
  })

  it('in early January the last year’s deadlines are still the next ones', async () => {
    const { o, admin } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    t.clock.set('2027-01-05T02:00:00Z')
    // Sessions expire; sign in again on the new day.
    const later = await t.login(o.staff1.username)
    const body = (await get(later, '/api/periods/current')).json()
    expect(body).toMatchObject({ today: '2027-01-05', year: null, period: null })
    expect(body.nextDeadline).toMatchObject({ name: 'Triwulan IV 2026', state: 'filling' })
  })

  it('reads "today" in the instansi time zone; changing the zone is audited', async () => {
    const { o, admin, staff } = await setup()
    await createYear(admin, { year: 2026, assessmentFrequency: 'quarterly' })
    // 16:30 UTC on 31 March: 23:30 WIB (still Triwulan I), 00:30 WITA and 01:30 WIT on 1 April.
    t.clock.set('2026-03-31T16:30:00Z')
    const cases = [
      ['Asia/Jakarta', '2026-03-31', 'Triwulan I 2026', '+07:00'],
      ['Asia/Makassar', '2026-04-01', 'Triwulan II 2026', '+08:00'],
      ['Asia/Jayapura', '2026-04-01', 'Triwulan II 2026', '+09:00'],
    ] as const
    for (const [zone, today, name, offset] of cases) {
      const res = await patch(admin, '/api/org/instansi', { timeZone: zone })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ id: o.instansi.id, timeZone: zone })
      const cur = (await get(staff, '/api/periods/current')).json()
      expect(cur).toMatchObject({ timeZone: zone, today, period: { name } })
      expect(cur.nextDeadline.deadlineEndsAt.endsWith(offset)).toBe(true)
      expect((await get(staff, '/api/auth/me')).json().instansiTimeZone).toBe(zone)
    }
    const entries = await auditOf(admin, 'action=instansi.updated')
    expect(entries.map((e) => [e.before.timeZone, e.after.timeZone])).toEqual([
      ['Asia/Makassar', 'Asia/Jayapura'],
      ['Asia/Jakarta', 'Asia/Makassar'],
      ['Asia/Makassar', 'Asia/Jakarta'],
    ])
  })

  it('renames the instansi and refuses zones outside WIB/WITA/WIT', async () => {
    const { admin, staff } = await setup()
    const res = await patch(admin, '/api/org/instansi', { name: 'Pemerintah Kabupaten Uji' })
    expect(res.statusCode).toBe(200)
    expect((await get(staff, '/api/org/instansi')).json()).toMatchObject({
      name: 'Pemerintah Kabupaten Uji',
      timeZone: 'Asia/Makassar',
    })
    expectFieldError(
      await patch(admin, '/api/org/instansi', { timeZone: 'Europe/London' }),
      'timeZone',
      {
        message: /WITA/,
      },
    )
    expectFieldError(await patch(admin, '/api/org/instansi', { name: 'AB' }), 'name')
  })
})

describe('for later modules: calendarFor and periodContaining', () => {
  it('answer from the instansi calendar', async () => {
    const { o, admin } = await setup()
    await createYear(admin, {
      year: 2026,
      assessmentFrequency: 'monthly',
      loadLocalHolidays: 'bali',
    })
    const service = createPeriodsService({
      db: t.db,
      clock: t.clock,
      audit: createAuditService({ db: t.db }),
      org: { instansiInfo: async () => ({ name: 'x', timeZone: 'Asia/Makassar' }) },
    })
    const cal = await service.calendarFor(o.instansi.id, 2026)
    expect(cal.workingWeekdays).toEqual([1, 2, 3, 4, 5])
    expect(cal.holidays.has('2026-06-17')).toBe(true) // Galungan
    expect(cal.holidays.has('2027-01-01')).toBe(true) // next year's Tahun Baru stands in
    expect((await service.periodContaining(o.instansi.id, '2026-06-17'))?.name).toBe('Juni 2026')
    expect(await service.periodContaining(o.instansi.id, '2025-06-17')).toBeNull()
  })
})
