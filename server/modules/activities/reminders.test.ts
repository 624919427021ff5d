import { and, eq, inArray } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { createEventBus } from '../../lib/events.ts'
import type { TestPerson } from '../../test/factories.ts'
import type { Session } from '../../test/test-app.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { createAuditService } from '../audit/audit.service.ts'
import { createAccountsPort } from '../auth/auth.service.ts'
import { createNotificationsService } from '../notifications/notifications.service.ts'
import { notifications, outboxEmail, reminderLog } from '../notifications/notifications.tables.ts'
import { createOrgService } from '../org/org.service.ts'
import { exclusions, instansi, pegawai } from '../org/org.tables.ts'
import { createPeriodsService } from '../periods/periods.service.ts'
import { holidays } from '../periods/periods.tables.ts'
import { createSkpService } from '../skp/skp.service.ts'
import { skp } from '../skp/skp.tables.ts'
import { activitySettings, dailyProgress } from './activities.tables.ts'
import { createRemindersService, localHour } from './reminders.service.ts'

// Friday 27 November 2026, 10:00 WITA.
const START = '2026-11-27T02:00:00Z'
const t = await setupTestApp({ now: START })
afterEach(() => t.clock.set(START))

type Office = Awaited<ReturnType<typeof t.f.office>>

/** The reminder service wired as app.ts wires it, over the test database and clock. */
function remindersHarness() {
  const { db, clock } = t
  const audit = createAuditService({ db })
  const accounts = createAccountsPort({ clock })
  const events = createEventBus()
  const org = createOrgService({ db, clock, audit, accounts, events })
  const skpService = createSkpService({ db, clock, audit, org, events })
  const periods = createPeriodsService({ db, clock, audit, org })
  const notificationsService = createNotificationsService({
    db,
    clock,
    emailsOfAccounts: async (userIds) => {
      const pegawaiOf = await accounts.pegawaiOfAccounts(db, userIds)
      const emails = await org.emailsOf([...pegawaiOf.values()])
      return new Map(
        [...pegawaiOf].flatMap(([u, p]) => (emails.has(p) ? [[u, emails.get(p)!] as const] : [])),
      )
    },
  })
  return createRemindersService({
    db,
    org,
    accounts,
    periods,
    skp: skpService,
    notifications: notificationsService,
    onError: (e) => {
      throw e
    },
  })
}
const reminders = remindersHarness()

/** One tick at a UTC instant (the periods service reads "today" from the same clock). */
async function runAt(at: string) {
  t.clock.set(at)
  return reminders.runReminders(t.clock.now())
}

const everyone = (o: Office) => [o.kepala, o.kabid, o.kasub, o.staff1, o.staff2, o.staffB]

/** How many notifications of a kind each person got, in the order given. */
async function countsOf(people: TestPerson[], kind: string) {
  const rows = await t.db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(
      and(
        inArray(
          notifications.userId,
          people.map((p) => p.userId),
        ),
        eq(notifications.kind, kind),
      ),
    )
  return people.map((p) => rows.filter((r) => r.userId === p.userId).length)
}

async function rowsOf(person: TestPerson, kind: string) {
  return t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, person.userId), eq(notifications.kind, kind)))
}

async function entry(
  o: Office,
  who: TestPerson,
  date: string,
  verificationStatus: 'pending' | 'sesuai' | 'perlu_perbaikan' = 'pending',
) {
  await t.db.insert(dailyProgress).values({
    instansiId: o.instansi.id,
    pegawaiId: who.pegawaiId,
    clientId: crypto.randomUUID(),
    date,
    startTime: '08:00',
    endTime: '09:30',
    description: 'Menyusun laporan kegiatan bulanan bidang',
    textHash: crypto.randomUUID(),
    realisasi: 1,
    satuan: 'Laporan',
    recordedAt: new Date(`${date}T09:00:00Z`),
    deadlineAt: new Date(`${date}T23:59:59Z`),
    late: false,
    ruleVersion: 1,
    verificationStatus,
    createdByUserId: who.userId,
  })
}

async function setZone(o: Office, timeZone: string) {
  await t.db.update(instansi).set({ timeZone }).where(eq(instansi.id, o.instansi.id))
}

const DEFAULTS = {
  skp: { inApp: true, email: true },
  verification: { inApp: true, email: true },
  feedback: { inApp: true, email: true },
  reminder_no_entry: { inApp: true, email: false },
  reminder_deadline: { inApp: true, email: true },
  reminder_waiting: { inApp: true, email: true },
  assessment: { inApp: true, email: true },
  helpdesk: { inApp: true, email: true },
}
async function setPreferences(who: TestPerson, over: Partial<typeof DEFAULTS>) {
  const s: Session = await t.login(who.username)
  const res = await t.as(s, {
    method: 'PUT',
    url: '/api/notifications/preferences',
    payload: { categories: { ...DEFAULTS, ...over } },
  })
  expect(res.statusCode, res.body).toBe(200)
}

describe('localHour', () => {
  it('reads the wall clock of each Indonesian time zone', () => {
    const at = new Date('2026-11-27T08:30:00Z')
    expect(localHour(at, 'Asia/Jakarta')).toBe(15)
    expect(localHour(at, 'Asia/Makassar')).toBe(16)
    expect(localHour(at, 'Asia/Jayapura')).toBe(17)
    expect(localHour(new Date('2026-11-27T16:00:00Z'), 'Asia/Makassar')).toBe(0)
  })
})

describe('reminder: no entry today', () => {
  it('reminds, from the reminder hour on, each active pegawai without an entry today, once', async () => {
    const o = await t.f.office()
    await entry(o, o.staff1, '2026-11-27')
    // Yesterday's entry does not count for today.
    await entry(o, o.staff2, '2026-11-26')
    const inactive = await t.f.pegawai(o.instansi.id, o.units.sub.id, { active: false })
    const onLeave = await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Cuti Besar' })
    const back = await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Kembali Bertugas' })
    await t.db.insert(exclusions).values([
      {
        instansiId: o.instansi.id,
        pegawaiId: onLeave.pegawaiId,
        reason: 'cuti_besar',
        startDate: '2026-11-01',
        endDate: '2026-12-31',
      },
      {
        instansiId: o.instansi.id,
        pegawaiId: back.pegawaiId,
        reason: 'cuti_besar',
        startDate: '2026-10-01',
        endDate: '2026-11-26',
      },
    ])
    // No entry reminders by email by default, even with an address.
    await t.db
      .update(pegawai)
      .set({ email: 'staf.dua@gianyar.go.id' })
      .where(eq(pegawai.id, o.staff2.pegawaiId))
    const people = [...everyone(o), inactive, onLeave, back]

    // 15:59 WITA: not yet.
    await runAt('2026-11-27T07:59:00Z')
    expect(await countsOf(people, 'reminder.no_entry')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0])

    // 16:00 WITA.
    await runAt('2026-11-27T08:00:00Z')
    //                                                kep kab kas s1 s2 sB ina lea back
    expect(await countsOf(people, 'reminder.no_entry')).toEqual([1, 1, 1, 0, 1, 1, 0, 0, 1])
    const [row] = await rowsOf(o.staff2, 'reminder.no_entry')
    expect(row).toMatchObject({
      instansiId: o.instansi.id,
      title: 'Anda belum mengisi progres harian hari ini',
      link: '/progres-harian?tanggal=2026-11-27',
    })
    expect(row?.body).toContain('27 November 2026')
    expect(
      await t.db.select().from(outboxEmail).where(eq(outboxEmail.userId, o.staff2.userId)),
    ).toHaveLength(0)

    // Later ticks of the same day send nothing new, even after someone logs an entry.
    await entry(o, o.kasub, '2026-11-27')
    await runAt('2026-11-27T08:15:00Z')
    await runAt('2026-11-27T13:45:00Z')
    expect(await countsOf(people, 'reminder.no_entry')).toEqual([1, 1, 1, 0, 1, 1, 0, 0, 1])

    // The admin account has no pegawai and gets nothing.
    const admin = await t.login(o.admin.username)
    const res = await t.as(admin, { method: 'GET', url: '/api/notifications/unread-count' })
    expect(res.json()).toEqual({ count: 0 })
  })

  it('sends each reminder once when two ticks run at the same moment', async () => {
    const o = await t.f.office()
    const [a, b] = await Promise.all([
      runAt('2026-11-27T08:05:00Z'),
      reminders.runReminders(new Date('2026-11-27T08:05:00Z')),
    ])
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])
    // Across both runs this office's six reminders were delivered once (other offices may add).
    expect(a.noEntry + b.noEntry).toBeGreaterThanOrEqual(6)
    const logged = await t.db
      .select()
      .from(reminderLog)
      .where(
        inArray(
          reminderLog.userId,
          everyone(o).map((p) => p.userId),
        ),
      )
    expect(logged).toHaveLength(6)
    expect(new Set(logged.map((l) => l.key))).toEqual(new Set(['2026-11-27']))
  })

  it('stays silent on weekends and holidays', async () => {
    const o = await t.f.office()
    await t.db.insert(holidays).values({
      instansiId: o.instansi.id,
      date: '2026-11-26',
      name: 'Hari Raya Kuningan (uji)',
      kind: 'local',
    })
    await runAt('2026-11-28T09:00:00Z') // Saturday 17:00 WITA
    await runAt('2026-11-29T09:00:00Z') // Sunday
    await runAt('2026-11-26T09:00:00Z') // Thursday, a local holiday
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([0, 0, 0, 0, 0, 0])
    await runAt('2026-11-25T09:00:00Z') // Wednesday, a working day
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])
    expect((await rowsOf(o.staff1, 'reminder.no_entry'))[0]?.link).toBe(
      '/progres-harian?tanggal=2026-11-25',
    )
  })

  it('follows each person’s preferences', async () => {
    const o = await t.f.office()
    await setPreferences(o.staff2, { reminder_no_entry: { inApp: false, email: false } })
    await setPreferences(o.kasub, { reminder_no_entry: { inApp: false, email: true } })
    await t.db
      .update(pegawai)
      .set({ email: 'kasub@gianyar.go.id' })
      .where(eq(pegawai.id, o.kasub.pegawaiId))

    await runAt('2026-11-27T08:00:00Z')
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([1, 1, 0, 1, 0, 1])
    expect(
      await t.db.select().from(reminderLog).where(eq(reminderLog.userId, o.staff2.userId)),
    ).toHaveLength(0)
    const mail = await t.db.select().from(outboxEmail).where(eq(outboxEmail.userId, o.kasub.userId))
    expect(mail).toHaveLength(1)
    expect(mail[0]).toMatchObject({
      toAddress: 'kasub@gianyar.go.id',
      subject: 'Anda belum mengisi progres harian hari ini',
      status: 'pending',
    })
  })

  it('reads the hour and the day in each instansi’s own time zone', async () => {
    const wib = await t.f.office()
    const wit = await t.f.office()
    await setZone(wib, 'Asia/Jakarta')
    await setZone(wit, 'Asia/Jayapura')

    // 14:30 WIB, 16:30 WIT.
    await runAt('2026-11-27T07:30:00Z')
    expect(await countsOf(everyone(wib), 'reminder.no_entry')).toEqual([0, 0, 0, 0, 0, 0])
    expect(await countsOf(everyone(wit), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])

    // 22:30 WIB on Friday; already Saturday 00:30 in WIT.
    await runAt('2026-11-27T15:30:00Z')
    expect(await countsOf(everyone(wib), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])
    expect(await countsOf(everyone(wit), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])
    expect((await rowsOf(wib.staff1, 'reminder.no_entry'))[0]?.link).toBe(
      '/progres-harian?tanggal=2026-11-27',
    )
  })

  it('uses the instansi’s own reminder hour', async () => {
    const o = await t.f.office()
    await t.db.insert(activitySettings).values({ instansiId: o.instansi.id, reminderHour: 9 })
    await runAt('2026-11-27T00:59:00Z') // 08:59 WITA
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([0, 0, 0, 0, 0, 0])
    await runAt('2026-11-27T01:00:00Z') // 09:00 WITA
    expect(await countsOf(everyone(o), 'reminder.no_entry')).toEqual([1, 1, 1, 1, 1, 1])
  })
})

describe('reminder: batas pengisian approaching', () => {
  it('reminds everyone once per period within the configured days before the deadline', async () => {
    const o = await t.f.office()
    const admin = await t.login(o.admin.username)
    const year = await t.as(admin, {
      method: 'POST',
      url: '/api/periods/years',
      payload: { year: 2026, assessmentFrequency: 'quarterly', loadNationalHolidays: false },
    })
    expect(year.statusCode, year.body).toBe(201)
    const periods = year.json().periods as { id: string; kind: string; seq: number; name: string }[]
    const q3 = periods.find((p) => p.kind === 'quarterly' && p.seq === 3)!
    const moved = await t.as(admin, {
      method: 'PATCH',
      url: `/api/periods/periods/${q3.id}`,
      payload: { deadline: '2026-11-30' },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    await t.db
      .update(pegawai)
      .set({ email: 'staf.satu@gianyar.go.id' })
      .where(eq(pegawai.id, o.staff1.pegawaiId))

    // Thursday: four days before the deadline (default window: three).
    await runAt('2026-11-26T08:00:00Z')
    expect(await countsOf(everyone(o), 'reminder.deadline')).toEqual([0, 0, 0, 0, 0, 0])

    // Friday 16:00 WITA: three days left.
    await runAt('2026-11-27T08:00:00Z')
    expect(await countsOf(everyone(o), 'reminder.deadline')).toEqual([1, 1, 1, 1, 1, 1])
    const [row] = await rowsOf(o.staff1, 'reminder.deadline')
    expect(row?.title).toBe(`Batas pengisian ${q3.name} 3 hari lagi`)
    expect(row?.body).toContain('30 November 2026')
    expect(row?.data).toMatchObject({ periodId: q3.id, deadline: '2026-11-30' })
    // Deadline reminders go by email by default.
    const mail = await t.db
      .select()
      .from(outboxEmail)
      .where(eq(outboxEmail.userId, o.staff1.userId))
    expect(mail.map((m) => m.subject)).toEqual([`Batas pengisian ${q3.name} 3 hari lagi`])

    // The weekend and the deadline day itself: still the one reminder for this period.
    await runAt('2026-11-28T08:00:00Z')
    await runAt('2026-11-30T08:00:00Z')
    expect(await countsOf(everyone(o), 'reminder.deadline')).toEqual([1, 1, 1, 1, 1, 1])
  })
})

describe('reminder: waiting for the atasan', () => {
  async function submittedSkp(o: Office, owner: TestPerson, atasan: TestPerson) {
    await t.db.insert(skp).values({
      instansiId: o.instansi.id,
      pegawaiId: owner.pegawaiId,
      year: 2026,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      pendekatan: 'kuantitatif',
      variant: 'ja_jf',
      status: 'diajukan',
      submittedAt: new Date('2026-11-20T02:00:00Z'),
      pegawaiName: owner.name,
      pegawaiNip: owner.username,
      pegawaiGolongan: 'III/a',
      unitId: owner.unitId,
      unitName: o.units.sub.name,
      jabatanId: owner.jabatanId,
      jabatanName: 'Pelaksana',
      jabatanJenis: 'pelaksana',
      atasanPegawaiId: atasan.pegawaiId,
      atasanName: atasan.name,
      atasanNip: atasan.username,
      atasanGolongan: 'III/a',
      atasanJabatanName: 'Kepala Sub Bidang',
      atasanJabatanJenis: 'pengawas',
      atasanUnitName: o.units.sub.name,
    })
  }

  it('sends each atasan one digest a day with submitted SKPs and entries unverified for over 2 working days', async () => {
    const o = await t.f.office()
    await submittedSkp(o, o.staff1, o.kasub)
    // Friday 27 November: entries dated before Wednesday 25 have waited over 2 working days.
    await entry(o, o.staff2, '2026-11-23')
    await entry(o, o.staff2, '2026-11-24')
    await entry(o, o.staff2, '2026-11-25') // not yet waiting long enough
    await entry(o, o.staff1, '2026-11-20', 'sesuai') // verified
    await entry(o, o.staff1, '2026-11-19', 'perlu_perbaikan') // verified (needs work by the pegawai)
    await entry(o, o.kasub, '2026-11-20') // waits for the kabid

    await runAt('2026-11-27T07:00:00Z') // 15:00 WITA: not yet
    const people = [o.kepala, o.kabid, o.kasub, o.staff1, o.staff2]
    expect(await countsOf(people, 'reminder.waiting')).toEqual([0, 0, 0, 0, 0])

    await runAt('2026-11-27T08:00:00Z')
    expect(await countsOf(people, 'reminder.waiting')).toEqual([0, 1, 1, 0, 0])
    const [toKasub] = await rowsOf(o.kasub, 'reminder.waiting')
    expect(toKasub).toMatchObject({
      title:
        'Menunggu tindakan Anda: 1 SKP menunggu persetujuan dan 2 kegiatan bawahan belum diverifikasi',
      link: '/pemantauan',
      data: { skp: 1, progress: 2, date: '2026-11-27' },
    })
    const [toKabid] = await rowsOf(o.kabid, 'reminder.waiting')
    expect(toKabid?.title).toBe('Menunggu tindakan Anda: 1 kegiatan bawahan belum diverifikasi')

    // Once a day.
    await runAt('2026-11-27T12:00:00Z')
    expect(await countsOf(people, 'reminder.waiting')).toEqual([0, 1, 1, 0, 0])

    // Monday: a new digest, except for whoever switched these reminders off.
    await setPreferences(o.kabid, { reminder_waiting: { inApp: false, email: false } })
    await runAt('2026-11-30T08:00:00Z')
    expect(await countsOf(people, 'reminder.waiting')).toEqual([0, 1, 2, 0, 0])
    const monday = (await rowsOf(o.kasub, 'reminder.waiting')).find(
      (r) => (r.data as { date: string }).date === '2026-11-30',
    )
    // By Monday the Wednesday entry has waited over 2 working days too.
    expect(monday?.title).toBe(
      'Menunggu tindakan Anda: 1 SKP menunggu persetujuan dan 3 kegiatan bawahan belum diverifikasi',
    )
  })

  it('points to the SKP list when only SKPs wait, and says nothing on a weekend', async () => {
    const o = await t.f.office()
    await submittedSkp(o, o.staff2, o.kasub)
    await runAt('2026-11-28T08:00:00Z') // Saturday
    expect(await countsOf([o.kasub], 'reminder.waiting')).toEqual([0])
    await runAt('2026-11-27T08:00:00Z')
    const [row] = await rowsOf(o.kasub, 'reminder.waiting')
    expect(row).toMatchObject({
      title: 'Menunggu tindakan Anda: 1 SKP menunggu persetujuan',
      link: '/skp/bawahan',
    })
  })
})
