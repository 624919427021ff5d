import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Monitoring, MonitoringRow } from '../../../shared/activities.ts'
import {
  atasanFixtures,
  setupRecordingApp,
  textHashOf,
} from '../../test/activities-atasan-fixtures.ts'
import { logProgress } from '../../test/activities-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { activitySettings, dailyProgress, progressVerifications } from './activities.tables.ts'

/**
 * The atasan's monitoring view and verification of daily progress (issue #4: "who logged today
 * and who did not, late entries … verify entries (sesuai / perlu perbaikan with a note), one by
 * one or in bulk"). The clock stands at Friday 27 November 2026, 10:00 WITA; the instansi's
 * year 2026 has monthly periods, so `date` = 27 Nov falls in November (1–30 Nov).
 */
const t = await setupRecordingApp({
  // What a listener on another connection sees when `progress.verified` fires.
  observe: async (e) => {
    if (e.name !== 'progress.verified') return null
    const ids = (e.payload as { progressIds: string[] }).progressIds
    const rows = await Promise.all(
      ids.map((id) =>
        t.db
          .select({ s: dailyProgress.verificationStatus })
          .from(dailyProgress)
          .where(eq(dailyProgress.id, id)),
      ),
    )
    return rows.map((r) => r[0]?.s)
  },
})
const k = skpKit(t)
const fx = atasanFixtures(t)

const get = (who: { username: string } | null, url: string) => k.get(who, url)
const post = (who: { username: string } | null, url: string, payload: unknown) =>
  k.post(who, url, payload)
const tick = (minutes = 1) => t.clock.set(new Date(t.clock.now().getTime() + minutes * 60_000))

function expectFieldError(
  res: { statusCode: number; json(): unknown; body: string },
  field: string,
) {
  expect(res.statusCode, res.body).toBe(400)
  const body = res.json() as { error: { code: string; fields?: Record<string, string> } }
  expect(body.error.code).toBe('VALIDATION_FAILED')
  expect(Object.keys(body.error.fields ?? {})).toContain(field)
}

const rowOf = (m: Monitoring, who: TestPerson) =>
  m.rows.find((r) => r.pegawai.id === who.pegawaiId) as MonitoringRow

/**
 * Sub Bidang A1 (atasan: kasub) with staff1 and staff2, each with an SKP of two RHK.
 * staff1: two entries today (08:00–10:00 and 10:30–12:00 = 210 min; the second "vague"), a late
 *   one on 20 Nov and one verified sesuai on 13 Nov, both with a text that staffB also used on
 *   2 Oct (3 entries in the instansi = duplicate at the default threshold 3). RHK 1 has activity
 *   today; RHK 2 never → stale.
 * staff2: nothing today; one entry on 25 Nov (RHK 1), one on 15 Oct (RHK 2, outside the period
 *   and older than 3 weeks → stale) and one on 1 Dec (after the viewed day).
 */
async function office() {
  const o = await t.f.office()
  await fx.setUpYear(o.admin)
  const skp1 = await k.skpWith(o.staff1, ['Menyusun laporan pelayanan', 'Mengelola arsip'])
  const skp2 = await k.skpWith(o.staff2, ['Menganalisis data kepegawaian', 'Menyusun SOP'])
  const dup = 'Mengisi buku tamu layanan informasi publik harian'
  const at = o.instansi.id
  const s1 = { skpId: skp1.id }
  const s2 = { skpId: skp2.id }
  const e = {
    a: await fx.progress(at, o.staff1, { ...s1, rhkId: skp1.rhk[0]!.id }),
    b: await fx.progress(at, o.staff1, {
      ...s1,
      startTime: '10:30',
      endTime: '12:00',
      description: 'Rapat',
      flags: ['vague', 'unlinked'],
    }),
    c: await fx.progress(at, o.staff1, {
      ...s1,
      date: '2026-11-20',
      late: true,
      description: dup,
    }),
    d: await fx.progress(at, o.staff1, {
      ...s1,
      date: '2026-11-13',
      description: dup,
      verificationStatus: 'sesuai',
    }),
    b1: await fx.progress(at, o.staffB, { date: '2026-10-02', description: dup }),
    e: await fx.progress(at, o.staff2, { ...s2, date: '2026-11-25', rhkId: skp2.rhk[0]!.id }),
    f: await fx.progress(at, o.staff2, { ...s2, date: '2026-10-15', rhkId: skp2.rhk[1]!.id }),
    g: await fx.progress(at, o.staff2, { ...s2, date: '2026-12-01' }),
    own: await fx.progress(at, o.kasub),
  }
  return { o, skp1, skp2, e }
}

describe('GET /api/activities/monitoring', () => {
  it('shows each direct subordinate’s day and period, not-logged first', async () => {
    const { o } = await office()
    const res = await get(o.kasub, '/api/activities/monitoring')
    expect(res.statusCode, res.body).toBe(200)
    const m = res.json<Monitoring>()
    expect(m.date).toBe('2026-11-27')
    expect(m.today).toBe('2026-11-27')
    expect(m.working).toBe(true)
    expect(m.period).toMatchObject({ startDate: '2026-11-01', endDate: '2026-11-30' })
    // staff2 did not log today: first.
    expect(m.rows.map((r) => r.pegawai.name)).toEqual(['Staf Dua', 'Staf Satu'])
    expect(rowOf(m, o.staff1)).toEqual({
      pegawai: {
        id: o.staff1.pegawaiId,
        name: 'Staf Satu',
        nip: o.staff1.username,
        jabatanName: expect.any(String),
        unitName: 'Sub Bidang A1',
      },
      entriesOnDate: 2,
      minutesOnDate: 210,
      loggedOnDate: true,
      lastEntryDate: '2026-11-27',
      entriesInPeriod: 4,
      lateInPeriod: 1,
      pendingVerification: 3,
      // b (stored flags), c and d (same text on 3 entries of the instansi).
      flaggedInPeriod: 3,
      staleRhk: 1,
    })
    expect(rowOf(m, o.staff2)).toMatchObject({
      entriesOnDate: 0,
      minutesOnDate: 0,
      loggedOnDate: false,
      // 1 December is after the viewed day.
      lastEntryDate: '2026-11-25',
      entriesInPeriod: 1,
      lateInPeriod: 0,
      pendingVerification: 1,
      flaggedInPeriod: 0,
      staleRhk: 1,
    })
    expect(m.totals).toEqual({
      subordinates: 2,
      logged: 1,
      notLogged: 1,
      late: 1,
      pendingVerification: 4,
    })
  })

  it('looks at another day: who logged then, the last entry up to that day, weekends', async () => {
    const { o } = await office()
    const m = (await get(o.kasub, '/api/activities/monitoring?date=2026-11-25')).json<Monitoring>()
    expect(m.date).toBe('2026-11-25')
    expect(m.today).toBe('2026-11-27')
    expect(m.rows.map((r) => [r.pegawai.name, r.loggedOnDate])).toEqual([
      ['Staf Satu', false],
      ['Staf Dua', true],
    ])
    expect(rowOf(m, o.staff1).lastEntryDate).toBe('2026-11-20')
    const saturday = (
      await get(o.kasub, '/api/activities/monitoring?date=2026-11-28')
    ).json<Monitoring>()
    expect(saturday.working).toBe(false)
    // A day in October: its own period, where staff2's 15 Oct entry counts.
    const october = (
      await get(o.kasub, '/api/activities/monitoring?date=2026-10-15')
    ).json<Monitoring>()
    expect(october.period).toMatchObject({ startDate: '2026-10-01', endDate: '2026-10-31' })
    expect(rowOf(october, o.staff2)).toMatchObject({ entriesOnDate: 1, entriesInPeriod: 1 })
  })

  it('a day of a year that is not set up has no period and counts nothing in it', async () => {
    const { o } = await office()
    const res = await get(o.kasub, '/api/activities/monitoring?date=2025-06-02')
    expect(res.statusCode, res.body).toBe(200)
    const m = res.json<Monitoring>()
    expect(m.period).toBeNull()
    expect(m.working).toBe(true)
    expect(m.rows.every((r) => r.entriesInPeriod === 0 && r.lastEntryDate === null)).toBe(true)
  })

  it('uses the instansi’s thresholds for duplicates and stale RHK', async () => {
    const { o } = await office()
    await t.db.insert(activitySettings).values({
      instansiId: o.instansi.id,
      duplicateMinCount: 4,
      staleRhkWeeks: 8,
    })
    const m = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    // Only b keeps its flag; c and d are 3 of a text, below 4.
    expect(rowOf(m, o.staff1).flaggedInPeriod).toBe(1)
    // RHK 2 of staff1 never had activity: stale; staff2's 15 Oct is within 8 weeks.
    expect(rowOf(m, o.staff1).staleRhk).toBe(1)
    expect(rowOf(m, o.staff2).staleRhk).toBe(0)
  })

  it('counts a text as duplicate across colleagues and days, whatever its punctuation', async () => {
    const { o } = await office()
    const text = 'Melayani konsultasi pegawai tentang kenaikan pangkat'
    await fx.progress(o.instansi.id, o.staff2, { description: `${text}!`, date: '2026-11-26' })
    await fx.progress(o.instansi.id, o.staff2, { description: text, date: '2026-11-24' })
    expect(textHashOf(`${text}!`)).toBe(textHashOf(text))
    let m = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    expect(rowOf(m, o.staff2).flaggedInPeriod).toBe(0)
    await fx.progress(o.instansi.id, o.staffB, { description: text.toUpperCase() })
    m = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    expect(rowOf(m, o.staff2).flaggedInPeriod).toBe(2)
  })

  it('scope=all covers the whole chain below; direct only the direct subordinates', async () => {
    const { o } = await office()
    const direct = (await get(o.kabid, '/api/activities/monitoring')).json<Monitoring>()
    expect(direct.rows.map((r) => r.pegawai.id)).toEqual([o.kasub.pegawaiId])
    expect(direct.rows[0]).toMatchObject({ loggedOnDate: true, entriesOnDate: 1 })
    const all = (await get(o.kabid, '/api/activities/monitoring?scope=all')).json<Monitoring>()
    expect(all.rows.map((r) => r.pegawai.name)).toEqual(['Staf Dua', 'Kasubbid A1', 'Staf Satu'])
    expect(all.totals).toMatchObject({ subordinates: 3, logged: 2, notLogged: 1 })
  })

  it('the last entry day: month ends, the 31st, deleted and moved entries, another year', async () => {
    const { o, e } = await office()
    const at = o.instansi.id
    const lastOf = async (date: string) =>
      rowOf(
        (await get(o.kasub, `/api/activities/monitoring?date=${date}`)).json<Monitoring>(),
        o.staff2,
      ).lastEntryDate
    // staff2: 15 Oct, 25 Nov, 1 Dec. On the 31st of a month and the day after the last entry.
    await fx.progress(at, o.staff2, { date: '2026-10-31' })
    const dec31 = await fx.progress(at, o.staff2, { date: '2026-12-31' })
    expect(await lastOf('2026-12-31')).toBe('2026-12-31')
    expect(await lastOf('2026-12-30')).toBe('2026-12-01')
    expect(await lastOf('2026-11-24')).toBe('2026-10-31')
    expect(await lastOf('2026-10-30')).toBe('2026-10-15')
    expect(await lastOf('2026-10-14')).toBeNull()
    // A deleted entry no longer counts; a moved one counts on its new day.
    await t.db.delete(dailyProgress).where(eq(dailyProgress.id, dec31.id))
    expect(await lastOf('2026-12-31')).toBe('2026-12-01')
    await t.db.update(dailyProgress).set({ date: '2026-12-30' }).where(eq(dailyProgress.id, e.g.id))
    expect(await lastOf('2026-12-31')).toBe('2026-12-30')
    expect(await lastOf('2026-12-29')).toBe('2026-11-25')
    // Two entries on one day: deleting one keeps the day.
    const twice = await fx.progress(at, o.staff2, { date: '2026-11-26' })
    await fx.progress(at, o.staff2, { date: '2026-11-26', startTime: '13:00', endTime: '14:00' })
    await t.db.delete(dailyProgress).where(eq(dailyProgress.id, twice.id))
    expect(await lastOf('2026-11-27')).toBe('2026-11-26')
    // Years without periods: nothing before 2026; in 2027 the last day of 2026.
    expect(await lastOf('2025-12-31')).toBeNull()
    expect(await lastOf('2027-01-04')).toBe('2026-12-30')
  })

  it('stale RHK: activity exactly at the window start counts, the day before does not', async () => {
    const { o, skp2 } = await office()
    // staleRhkWeeks 3 on 27 Nov: the window starts on 6 Nov. staff2's RHK 2 last had 15 Oct.
    const staleOf = async () =>
      rowOf((await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>(), o.staff2)
        .staleRhk
    expect(await staleOf()).toBe(1)
    const before = await fx.progress(o.instansi.id, o.staff2, {
      skpId: skp2.id,
      rhkId: skp2.rhk[1]!.id,
      date: '2026-11-05',
    })
    expect(await staleOf()).toBe(1)
    await t.db
      .update(dailyProgress)
      .set({ date: '2026-11-06' })
      .where(eq(dailyProgress.id, before.id))
    expect(await staleOf()).toBe(0)
    // Activity after the viewed day does not count.
    await t.db
      .update(dailyProgress)
      .set({ date: '2026-11-30' })
      .where(eq(dailyProgress.id, before.id))
    expect(await staleOf()).toBe(1)
  })

  it('leaves out subordinates who are no longer active', async () => {
    const { o } = await office()
    await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Sudah Pensiun', active: false })
    const m = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    expect(m.rows.map((r) => r.pegawai.name)).toEqual(['Staf Dua', 'Staf Satu'])
  })

  it('a PLT head sees the unit they act for', async () => {
    const { o } = await office()
    const plt = await t.f.pegawai(o.instansi.id, o.units.bidang.id, { name: 'Plt Kabid B' })
    expect(
      (
        await post(o.admin, '/api/org/acting', {
          pegawaiId: plt.pegawaiId,
          unitId: o.units.bidangB.id,
          kind: 'plt',
          startDate: '2026-11-01',
        })
      ).statusCode,
    ).toBe(201)
    const m = (await get(plt, '/api/activities/monitoring')).json<Monitoring>()
    expect(m.rows.map((r) => r.pegawai.id)).toEqual([o.staffB.pegawaiId])
  })

  it('is the atasan’s view: 404 for people without subordinates and for admins', async () => {
    const { o } = await office()
    for (const who of [o.staff1, o.admin]) {
      const res = await get(who, '/api/activities/monitoring')
      expect(res.statusCode, res.body).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    expect((await get(null, '/api/activities/monitoring')).statusCode).toBe(401)
  })

  it('rejects bad input with 400 and the field', async () => {
    const { o } = await office()
    expectFieldError(await get(o.kasub, '/api/activities/monitoring?date=2026-02-30'), 'date')
    expectFieldError(await get(o.kasub, '/api/activities/monitoring?date=27-11-2026'), 'date')
    expectFieldError(await get(o.kasub, '/api/activities/monitoring?scope=everyone'), 'scope')
  })
})

describe('POST /api/activities/progress/:id/verify', () => {
  it('the atasan verifies an entry: history row, status and version on the entry, audit, event', async () => {
    const { o, e } = await office()
    t.seen.length = 0
    const res = await post(o.kasub, `/api/activities/progress/${e.a.id}/verify`, {
      verdict: 'sesuai',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      id: e.a.id,
      verificationStatus: 'sesuai',
      verification: {
        verdict: 'sesuai',
        note: null,
        byName: 'Kasubbid A1',
        at: t.clock.now().toISOString(),
      },
      version: 1,
    })
    const [row] = await t.db.select().from(dailyProgress).where(eq(dailyProgress.id, e.a.id))
    expect(row).toMatchObject({ verificationStatus: 'sesuai', version: 1 })
    expect(row!.verifiedAt?.toISOString()).toBe(t.clock.now().toISOString())
    const history = await t.db
      .select()
      .from(progressVerifications)
      .where(eq(progressVerifications.progressId, e.a.id))
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ verdict: 'sesuai', byUserId: o.kasub.userId })

    const audit = (
      await get(o.admin, `/api/audit?action=progress.verified&entityId=${e.a.id}`)
    ).json().items
    expect(audit).toHaveLength(1)
    expect(audit[0].before).toEqual({ verificationStatus: 'pending', version: 0 })
    expect(audit[0].after).toMatchObject({ verificationStatus: 'sesuai', version: 1 })
    expect(audit[0].after.actingFor).toBeUndefined()

    expect(t.seen).toEqual([
      {
        name: 'progress.verified',
        payload: {
          instansiId: o.instansi.id,
          pegawaiId: o.staff1.pegawaiId,
          atasanName: 'Kasubbid A1',
          verdict: 'sesuai',
          note: null,
          count: 1,
          firstDate: '2026-11-27',
          progressIds: [e.a.id],
        },
        // Emitted after commit: another connection already sees the verdict.
        observed: ['sesuai'],
      },
    ])
  })

  it('perlu perbaikan needs a note; re-verifying changes the verdict and keeps the history', async () => {
    const { o, e } = await office()
    const url = `/api/activities/progress/${e.c.id}/verify`
    expectFieldError(await post(o.kasub, url, { verdict: 'perlu_perbaikan' }), 'note')
    expectFieldError(await post(o.kasub, url, { verdict: 'perlu_perbaikan', note: ' ok ' }), 'note')
    expectFieldError(await post(o.kasub, url, { verdict: 'bagus' }), 'verdict')
    expectFieldError(
      await post(o.kasub, url, { verdict: 'sesuai', note: 'x'.repeat(1001) }),
      'note',
    )
    tick()
    const first = await post(o.kasub, url, {
      verdict: 'perlu_perbaikan',
      note: 'Lampirkan daftar hadir',
    })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({
      verificationStatus: 'perlu_perbaikan',
      verification: { note: 'Lampirkan daftar hadir' },
      version: 1,
    })
    tick()
    const second = await post(o.kasub, url, { verdict: 'sesuai', note: 'Sudah lengkap' })
    expect(second.json()).toMatchObject({ verificationStatus: 'sesuai', version: 2 })

    const history = await get(o.staff1, `/api/activities/progress/${e.c.id}/verifications`)
    expect(history.statusCode, history.body).toBe(200)
    expect(history.json()).toEqual([
      {
        verdict: 'sesuai',
        note: 'Sudah lengkap',
        byName: 'Kasubbid A1',
        at: second.json().verification.at,
      },
      {
        verdict: 'perlu_perbaikan',
        note: 'Lampirkan daftar hadir',
        byName: 'Kasubbid A1',
        at: first.json().verification.at,
      },
    ])
  })

  it('visible but not theirs → 403; invisible → 404; nothing is written', async () => {
    const { o, e } = await office()
    t.seen.length = 0
    const url = `/api/activities/progress/${e.a.id}/verify`
    for (const who of [o.staff1, o.kabid, o.kepala]) {
      const res = await post(who, url, { verdict: 'sesuai' })
      expect(res.statusCode, `${who.name}: ${res.body}`).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATASAN' })
    }
    for (const who of [o.staff2, o.staffB]) {
      const res = await post(who, url, { verdict: 'sesuai' })
      expect(res.statusCode, res.body).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    // The kasub's own entry: they see it (owner) but never verify it.
    const own = await post(o.kasub, `/api/activities/progress/${e.own.id}/verify`, {
      verdict: 'sesuai',
    })
    expect(own.statusCode).toBe(403)
    const missing = await post(
      o.kasub,
      '/api/activities/progress/00000000-0000-4000-8000-000000000000/verify',
      { verdict: 'sesuai' },
    )
    expect(missing.statusCode).toBe(404)
    expectFieldError(
      await post(o.kasub, '/api/activities/progress/not-a-uuid/verify', { verdict: 'sesuai' }),
      'id',
    )
    const [row] = await t.db.select().from(dailyProgress).where(eq(dailyProgress.id, e.a.id))
    expect(row).toMatchObject({ verificationStatus: 'pending', version: 0 })
    expect(t.seen).toEqual([])
  })

  it('an admin verifies for the atasan, audited with actingFor', async () => {
    const { o, e } = await office()
    const res = await post(o.admin, `/api/activities/progress/${e.e.id}/verify`, {
      verdict: 'perlu_perbaikan',
      note: 'Tautkan ke rencana aksi',
    })
    expect(res.statusCode, res.body).toBe(200)
    const audit = (
      await get(o.admin, `/api/audit?action=progress.verified&entityId=${e.e.id}`)
    ).json().items
    expect(audit[0].after).toMatchObject({
      verdict: 'perlu_perbaikan',
      actingFor: 'Kasubbid A1',
      actingForPegawaiId: o.kasub.pegawaiId,
    })
  })

  it('the SKP’s snapshotted atasan still verifies after the atasan changed (override)', async () => {
    const { o, e } = await office()
    // From today staff1 reports to the kabid; the SKP keeps the kasub as pejabat penilai.
    const res = await post(o.admin, `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`, {
      atasanId: o.kabid.pegawaiId,
      startDate: '2026-11-27',
      reason: 'Penugasan khusus',
    })
    expect(res.statusCode, res.body).toBe(201)
    const view = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    expect(view.rows.map((r) => r.pegawai.id)).toEqual([o.staff2.pegawaiId])
    const kasub = await post(o.kasub, `/api/activities/progress/${e.a.id}/verify`, {
      verdict: 'sesuai',
    })
    expect(kasub.statusCode, kasub.body).toBe(200)
    expect(
      (await get(o.kasub, `/api/activities/progress/${e.a.id}/verifications`)).statusCode,
    ).toBe(200)
    // Today's direct atasan verifies as well.
    const kabid = await post(o.kabid, `/api/activities/progress/${e.b.id}/verify`, {
      verdict: 'sesuai',
    })
    expect(kabid.statusCode, kabid.body).toBe(200)
  })
})

describe('POST /api/activities/progress/verify-bulk', () => {
  it('verifies what the actor may and skips the rest with a reason; one event per pegawai', async () => {
    const { o, e } = await office()
    t.seen.length = 0
    const unknown = '00000000-0000-4000-8000-000000000001'
    const res = await post(o.kasub, '/api/activities/progress/verify-bulk', {
      ids: [e.a.id, e.c.id, e.e.id, e.a.id, e.b1.id, e.own.id, unknown],
      verdict: 'perlu_perbaikan',
      note: 'Lengkapi bukti dukung',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      updated: 3,
      skipped: [
        { id: e.b1.id, reason: 'Tidak ditemukan' },
        { id: e.own.id, reason: expect.stringContaining('atasan langsung') },
        { id: unknown, reason: 'Tidak ditemukan' },
      ],
    })
    const rows = await t.db
      .select({ id: dailyProgress.id, s: dailyProgress.verificationStatus })
      .from(dailyProgress)
      .where(eq(dailyProgress.instansiId, o.instansi.id))
    const status = new Map(rows.map((r) => [r.id, r.s]))
    expect([e.a.id, e.c.id, e.e.id].map((id) => status.get(id))).toEqual([
      'perlu_perbaikan',
      'perlu_perbaikan',
      'perlu_perbaikan',
    ])
    expect([e.b1.id, e.own.id].map((id) => status.get(id))).toEqual(['pending', 'pending'])

    expect(t.seen.map((s) => s.name)).toEqual(['progress.verified', 'progress.verified'])
    const byPegawai = new Map(
      t.seen.map((s) => [(s.payload as { pegawaiId: string }).pegawaiId, s]),
    )
    expect(byPegawai.get(o.staff1.pegawaiId)).toMatchObject({
      payload: {
        count: 2,
        firstDate: '2026-11-20',
        note: 'Lengkapi bukti dukung',
        verdict: 'perlu_perbaikan',
        progressIds: expect.arrayContaining([e.a.id, e.c.id]),
      },
      observed: ['perlu_perbaikan', 'perlu_perbaikan'],
    })
    expect(byPegawai.get(o.staff2.pegawaiId)).toMatchObject({
      payload: { count: 1, firstDate: '2026-11-25', progressIds: [e.e.id] },
    })
    const history = await t.db
      .select()
      .from(progressVerifications)
      .where(eq(progressVerifications.instansiId, o.instansi.id))
    expect(history).toHaveLength(3)
  })

  it('nothing allowed: 200 with everything skipped and no event', async () => {
    const { o, e } = await office()
    t.seen.length = 0
    const res = await post(o.staff2, '/api/activities/progress/verify-bulk', {
      ids: [e.a.id],
      verdict: 'sesuai',
    })
    expect(res.json()).toEqual({ updated: 0, skipped: [{ id: e.a.id, reason: 'Tidak ditemukan' }] })
    expect(t.seen).toEqual([])
  })

  it('rejects bad input with 400 and the field', async () => {
    const { o, e } = await office()
    const url = '/api/activities/progress/verify-bulk'
    expectFieldError(await post(o.kasub, url, { ids: [], verdict: 'sesuai' }), 'ids')
    const many = Array.from({ length: 201 }, () => crypto.randomUUID())
    expectFieldError(await post(o.kasub, url, { ids: many, verdict: 'sesuai' }), 'ids')
    expectFieldError(await post(o.kasub, url, { ids: ['x'], verdict: 'sesuai' }), 'ids.0')
    expectFieldError(
      await post(o.kasub, url, { ids: [e.a.id], verdict: 'perlu_perbaikan' }),
      'note',
    )
    expectFieldError(await post(o.kasub, url, { ids: [e.a.id] }), 'verdict')
  })

  it('200 ids in one request are fine', async () => {
    const { o, e } = await office()
    const ids = [e.a.id, ...Array.from({ length: 199 }, () => crypto.randomUUID())]
    const res = await post(o.kasub, '/api/activities/progress/verify-bulk', {
      ids,
      verdict: 'sesuai',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().updated).toBe(1)
    expect(res.json().skipped).toHaveLength(199)
  })
})

describe('GET /api/activities/progress/:id/verifications', () => {
  it('the owner, the chain above and admins read it; others 404', async () => {
    const { o, e } = await office()
    await post(o.kasub, `/api/activities/progress/${e.a.id}/verify`, { verdict: 'sesuai' })
    const url = `/api/activities/progress/${e.a.id}/verifications`
    for (const who of [o.staff1, o.kasub, o.kabid, o.kepala, o.admin]) {
      const res = await get(who, url)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toHaveLength(1)
    }
    for (const who of [o.staff2, o.staffB]) {
      const res = await get(who, url)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    // An entry never verified has an empty history.
    expect(
      (await get(o.staff1, `/api/activities/progress/${e.b.id}/verifications`)).json(),
    ).toEqual([])
    expectFieldError(await get(o.staff1, '/api/activities/progress/abc/verifications'), 'id')
  })
})

describe('with entries logged through the pegawai’s API', () => {
  it('the entry shows in monitoring, the atasan verifies it and the pegawai sees the verdict', async () => {
    const { o } = await office()
    const before = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    const logged = await logProgress(t, await k.session(o.staff2), {
      description: 'Menganalisis data kenaikan gaji berkala pegawai bidang A',
    })
    const after = (await get(o.kasub, '/api/activities/monitoring')).json<Monitoring>()
    expect(rowOf(before, o.staff2).entriesOnDate).toBe(0)
    expect(rowOf(after, o.staff2)).toMatchObject({
      entriesOnDate: 1,
      minutesOnDate: 120,
      loggedOnDate: true,
      lastEntryDate: '2026-11-27',
      entriesInPeriod: rowOf(before, o.staff2).entriesInPeriod + 1,
      pendingVerification: rowOf(before, o.staff2).pendingVerification + 1,
    })
    expect(after.totals).toMatchObject({ logged: 2, notLogged: 0 })

    const res = await post(o.kasub, `/api/activities/progress/${logged.id}/verify`, {
      verdict: 'perlu_perbaikan',
      note: 'Tautkan ke RHK yang sesuai',
    })
    expect(res.statusCode, res.body).toBe(200)
    const seen = await get(o.staff2, `/api/activities/progress/${logged.id}`)
    expect(seen.statusCode, seen.body).toBe(200)
    expect(seen.json()).toMatchObject({
      verificationStatus: 'perlu_perbaikan',
      verification: { verdict: 'perlu_perbaikan', note: 'Tautkan ke RHK yang sesuai' },
      version: res.json().version,
    })
  })
})
