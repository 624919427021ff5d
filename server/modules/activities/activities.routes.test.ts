import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type {
  ActivitySettings,
  Progress,
  ProgressCalendar,
  ProgressPage,
  RencanaAksiBoard,
  Templates,
} from '../../../shared/activities.ts'
import { instansi } from '../org/org.tables.ts'
import { auditLog } from '../audit/audit.tables.ts'
import {
  ACTIVITIES,
  addRencanaAksi,
  logProgress,
  progressBody,
  setupYear,
} from '../../test/activities-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { statementRecorder } from '../../test/statements.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { dailyProgress, progressVerifications } from './activities.tables.ts'
import { textHashOf } from './activities.service.ts'
import { dayNumber, fromDayNumber, isoWeekday } from '../../../shared/rules/working-days.ts'

// Friday 27 November 2026, 10:00 WITA; the factories' instansi is in Asia/Makassar.
const START = '2026-11-27T02:00:00Z'
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-act-'))
const t = await setupTestApp({ now: START, env: { UPLOAD_DIR: uploadDir } })
const k = skpKit(t)
afterEach(() => t.clock.set(START))
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))

const get = (s: Session | null, url: string) =>
  t.as(s, { method: 'GET', url: `${ACTIVITIES}${url}` })
const post = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'POST', url: `${ACTIVITIES}${url}`, payload })
const patch = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'PATCH', url: `${ACTIVITIES}${url}`, payload })
const put = (s: Session | null, url: string, payload: object) =>
  t.as(s, { method: 'PUT', url: `${ACTIVITIES}${url}`, payload })
const del = (s: Session | null, url: string) =>
  t.as(s, { method: 'DELETE', url: `${ACTIVITIES}${url}` })

type Period = { id: string; kind: string; seq: number; startDate: string; endDate: string }

/**
 * A fresh office in Gianyar (national and Bali holidays for 2026, monthly periods) where staff1
 * has a 2026 SKP with two RHK.
 */
async function office() {
  const o = await t.f.office()
  const admin = await k.session(o.admin)
  const periods: Period[] = await setupYear(t, admin, { local: 'bali' })
  const skp = await k.skpWith(o.staff1, ['Menyusun laporan keuangan', 'Mengelola arsip dinas'])
  const monthly = (seq: number) => periods.find((p) => p.kind === 'monthly' && p.seq === seq)!
  return {
    o,
    admin,
    staff: await k.session(o.staff1),
    kasub: await k.session(o.kasub),
    colleague: await k.session(o.staff2),
    skp,
    rhk: skp.rhk.map((r) => r.id),
    nov: monthly(11),
    oct: monthly(10),
    annual: periods.find((p) => p.kind === 'annual')!,
    periods,
  }
}

async function auditActions(entityId: string) {
  const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))
  return rows.map((r) => r.action).sort()
}

/** The atasan side writes verifications; these tests only read them. */
async function verify(
  entry: Progress,
  verdict: 'sesuai' | 'perlu_perbaikan',
  note: string | null = null,
) {
  await t.db.insert(progressVerifications).values({
    instansiId: (await t.db.select().from(dailyProgress).where(eq(dailyProgress.id, entry.id)))[0]!
      .instansiId,
    progressId: entry.id,
    progressDate: entry.date,
    verdict,
    note,
    byUserId: randomUUID(),
    byName: 'Kasubbid A1',
    at: new Date('2026-11-27T03:00:00Z'),
  })
  await t.db
    .update(dailyProgress)
    .set({ verificationStatus: verdict, verifiedAt: new Date('2026-11-27T03:00:00Z') })
    .where(eq(dailyProgress.id, entry.id))
}

/** Records the SQL statements of one request (from the session lookup to the answer). */
const recorder = () => statementRecorder(t.db.$client)

describe('rencana aksi', () => {
  it('the owner plans per RHK and period; the board sums the period’s progress', async () => {
    const x = await office()
    const ra1 = await addRencanaAksi(t, x.staff, {
      rhkId: x.rhk[0]!,
      periodId: x.nov.id,
      description: 'Menyusun draf laporan realisasi anggaran',
      targetValue: 4,
      targetUnit: 'Dokumen',
    })
    const ra2 = await addRencanaAksi(t, x.staff, { rhkId: x.rhk[0]!, periodId: x.nov.id })
    expect([ra1.seq, ra2.seq]).toEqual([1, 2])
    expect(ra1).toMatchObject({
      realisasi: 0,
      entryCount: 0,
      targetValue: 4,
      targetUnit: 'Dokumen',
    })

    // A rencana aksi alone links the entry to its RHK.
    const e1 = await logProgress(t, x.staff, { rencanaAksiId: ra1.id, realisasi: 2 })
    expect(e1).toMatchObject({ rhkId: x.rhk[0], rencanaAksiId: ra1.id })
    expect(e1.rencanaAksiText).toBe('Menyusun draf laporan realisasi anggaran')
    expect(e1.rhkText).toBe('Menyusun laporan keuangan')
    await logProgress(t, x.staff, { date: '2026-11-20', rhkId: x.rhk[0], realisasi: 1 })
    // October counts for October, not for November.
    await logProgress(t, x.staff, { date: '2026-10-30', rhkId: x.rhk[0], realisasi: 5 })

    const res = await get(x.staff, `/rencana-aksi?periodId=${x.nov.id}`)
    expect(res.statusCode, res.body).toBe(200)
    const board = res.json<RencanaAksiBoard>()
    expect(board).toMatchObject({
      pegawaiId: x.o.staff1.pegawaiId,
      period: { id: x.nov.id, startDate: '2026-11-01', endDate: '2026-11-30' },
      skp: { id: x.skp.id, year: 2026, status: 'draft' },
      editable: true,
    })
    expect(board.rhk.map((r) => r.text)).toEqual([
      'Menyusun laporan keuangan',
      'Mengelola arsip dinas',
    ])
    const [first, second] = board.rhk
    expect(first).toMatchObject({ realisasi: 3, entryCount: 2, lastActivityDate: '2026-11-27' })
    expect(first!.indikator[0]).toMatchObject({ targetValue: 12, targetUnit: 'Laporan' })
    expect(first!.rencanaAksi.map((r) => [r.id, r.realisasi, r.entryCount])).toEqual([
      [ra1.id, 2, 1],
      [ra2.id, 0, 0],
    ])
    // Nothing on the second RHK since 1 November, more than 3 weeks ago: stale.
    expect(second).toMatchObject({
      realisasi: 0,
      entryCount: 0,
      lastActivityDate: null,
      stale: true,
    })
    // December has not begun: nothing can be stale there yet.
    const dec = x.periods.find((p) => p.kind === 'monthly' && p.seq === 12)!
    const decBoard = (
      await get(x.staff, `/rencana-aksi?periodId=${dec.id}`)
    ).json<RencanaAksiBoard>()
    expect(decBoard.rhk.map((r) => [r.realisasi, r.stale])).toEqual([
      [0, false],
      [0, false],
    ])

    // Over October (since 1 October; today 27 November) the RHK without any activity is stale.
    const octBoard = (
      await get(x.staff, `/rencana-aksi?periodId=${x.oct.id}`)
    ).json<RencanaAksiBoard>()
    expect(octBoard.rhk.map((r) => [r.realisasi, r.stale])).toEqual([
      [5, false],
      [0, true],
    ])

    // The atasan reads it but cannot edit; the annual period is not planned in rencana aksi.
    const asAtasan = await get(
      x.kasub,
      `/rencana-aksi?periodId=${x.nov.id}&pegawaiId=${x.o.staff1.pegawaiId}`,
    )
    expect(asAtasan.statusCode).toBe(200)
    expect(asAtasan.json<RencanaAksiBoard>().editable).toBe(false)
    expect((await get(x.staff, `/rencana-aksi?periodId=${x.annual.id}`)).json().editable).toBe(
      false,
    )
    expect(await auditActions(ra1.id)).toEqual(['rencana_aksi.created'])
  })

  it('refuses wrong periods and RHK with field errors; the atasan gets 403', async () => {
    const x = await office()
    const colleagueSkp = await k.skpWith(x.o.staff2, ['Mengelola data kepegawaian'])
    const body = (over: object) => ({
      rhkId: x.rhk[0],
      periodId: x.nov.id,
      description: 'Menyusun draf laporan',
      targetValue: 1,
      targetUnit: 'Dokumen',
      ...over,
    })
    const cases: [object, number, string, string][] = [
      [{ periodId: x.annual.id }, 400, 'PERIOD_ANNUAL', 'periodId'],
      [{ periodId: randomUUID() }, 400, 'PERIOD_NOT_FOUND', 'periodId'],
      [{ rhkId: colleagueSkp.rhk[0]!.id }, 400, 'RHK_NOT_YOURS', 'rhkId'],
      [{ rhkId: randomUUID() }, 400, 'RHK_NOT_YOURS', 'rhkId'],
    ]
    for (const [over, status, reason, field] of cases) {
      const res = await post(x.staff, '/rencana-aksi', body(over))
      expect(res.statusCode, res.body).toBe(status)
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', reason })
      expect(res.json().error.fields).toHaveProperty(field)
    }
    const bad = await post(x.staff, '/rencana-aksi', body({ targetValue: -1, description: 'abc' }))
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['description', 'targetValue'])

    const forOther = await post(x.kasub, '/rencana-aksi', body({}))
    expect(forOther.statusCode).toBe(403)
    expect(forOther.json().error.reason).toBe('NOT_OWNER')
  })

  it('edits and deletes; a rencana aksi in use cannot be deleted', async () => {
    const x = await office()
    const ra = await addRencanaAksi(t, x.staff, { rhkId: x.rhk[1]!, periodId: x.nov.id })
    const edited = await patch(x.staff, `/rencana-aksi/${ra.id}`, { targetValue: 9 })
    expect(edited.statusCode, edited.body).toBe(200)
    expect(edited.json()).toMatchObject({ targetValue: 9, description: ra.description })
    expect((await patch(x.kasub, `/rencana-aksi/${ra.id}`, { targetValue: 1 })).statusCode).toBe(
      403,
    )
    expect(
      (await patch(x.colleague, `/rencana-aksi/${ra.id}`, { targetValue: 1 })).statusCode,
    ).toBe(404)

    const entry = await logProgress(t, x.staff, { rencanaAksiId: ra.id })
    const inUse = await del(x.staff, `/rencana-aksi/${ra.id}`)
    expect(inUse.statusCode).toBe(409)
    expect(inUse.json().error.reason).toBe('RENCANA_AKSI_IN_USE')
    expect((await del(x.staff, `/progress/${entry.id}`)).statusCode).toBe(200)
    expect((await del(x.staff, `/rencana-aksi/${ra.id}`)).statusCode).toBe(200)
    expect((await del(x.staff, `/rencana-aksi/${ra.id}`)).statusCode).toBe(404)
    expect(await auditActions(ra.id)).toEqual([
      'rencana_aksi.created',
      'rencana_aksi.deleted',
      'rencana_aksi.updated',
    ])
  })
})

describe('recording daily progress', () => {
  it('stores an entry with its timeliness, flags and links', async () => {
    const x = await office()
    const res = await post(
      x.staff,
      '/progress',
      progressBody({
        rhkId: x.rhk[0],
        startTime: '08:15',
        endTime: '10:45',
        links: ['https://drive.example.go.id/laporan-november'],
      }),
    )
    expect(res.statusCode, res.body).toBe(201)
    const e = res.json<Progress>()
    expect(e).toMatchObject({
      pegawaiId: x.o.staff1.pegawaiId,
      date: '2026-11-27',
      minutes: 150,
      rhkText: 'Menyusun laporan keuangan',
      recordedAt: '2026-11-27T02:00:00.000Z',
      deviceRecordedAt: null,
      // Friday's entry: on time until the end of Monday 30 November, WITA.
      deadlineAt: '2026-11-30T15:59:59.999Z',
      late: false,
      syncedLate: false,
      flags: [],
      verificationStatus: 'pending',
      verification: null,
      version: 0,
      editable: true,
    })
    expect(e.evidence).toEqual([
      expect.objectContaining({
        kind: 'link',
        url: 'https://drive.example.go.id/laporan-november',
        downloadUrl: null,
      }),
    ])
    const [row] = await t.db.select().from(dailyProgress).where(eq(dailyProgress.id, e.id))
    expect(row).toMatchObject({
      ruleVersion: 1,
      skpId: x.skp.id,
      createdByUserId: x.o.staff1.userId,
    })
    expect(await auditActions(e.id)).toEqual(['progress.created'])
    // The audit row (written by the same statement as the entry) carries the stored row and
    // its links, as audit.record would write them.
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, e.id))
    expect(audit).toMatchObject({
      instansiId: x.o.instansi.id,
      actorUserId: x.o.staff1.userId,
      entity: 'daily_progress',
      before: null,
      after: {
        ...JSON.parse(JSON.stringify(row)),
        links: ['https://drive.example.go.id/laporan-november'],
      },
    })
    expect(audit!.actorLabel).toMatch(/\(.+\)$/)
  })

  it('keeps the flags of a day exact when one person records several entries at once', async () => {
    const x = await office()
    const date = '2026-11-25'
    // Overlapping times, sent together: each write checks that the day it judged is unchanged.
    const made = await Promise.all(
      ['08:00', '08:30', '09:00', '09:30', '10:00'].map((startTime, i) =>
        logProgress(t, x.staff, {
          date,
          startTime,
          endTime: `${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '45' : '15'}`,
          rhkId: x.rhk[0],
          description: `Menyusun bahan rapat koordinasi bagian ${i} untuk minggu depan`,
        }),
      ),
    )
    expect(made).toHaveLength(5)
    const stored = await t.db
      .select({ id: dailyProgress.id, flags: dailyProgress.flags })
      .from(dailyProgress)
      .where(and(eq(dailyProgress.pegawaiId, x.o.staff1.pegawaiId), eq(dailyProgress.date, date)))
    expect(stored).toHaveLength(5)
    for (const r of stored) expect(r.flags, r.id).toEqual(['overlap'])
  })

  it('is idempotent by clientId, also when retries race', async () => {
    const x = await office()
    const body = progressBody()
    const first = await post(x.staff, '/progress', body)
    expect(first.statusCode).toBe(201)
    const retry = await post(x.staff, '/progress', {
      ...body,
      description: 'Teks lain dari percobaan ulang',
    })
    expect(retry.statusCode).toBe(200)
    expect(retry.json<Progress>()).toEqual(first.json())

    const raced = progressBody()
    const all = await Promise.all(
      Array.from({ length: 6 }, () => post(x.staff, '/progress', raced)),
    )
    expect(all.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(new Set(all.map((r) => r.json().id)).size).toBe(1)
    const rows = await t.db
      .select()
      .from(dailyProgress)
      .where(
        and(
          eq(dailyProgress.pegawaiId, x.o.staff1.pegawaiId),
          eq(dailyProgress.clientId, raced.clientId),
        ),
      )
    expect(rows).toHaveLength(1)
  })

  it('judges lateness by the instansi calendar: Pagerwesi in Bali moves the deadline', async () => {
    const x = await office()
    // A Friday entry recorded a week later is late (deadline: Monday 23 November).
    const late = await logProgress(t, x.staff, { date: '2026-11-20' })
    expect(late).toMatchObject({ late: true, deadlineAt: '2026-11-23T15:59:59.999Z' })
    // Thursday's entry on Friday is on time.
    expect((await logProgress(t, x.staff, { date: '2026-11-26' })).late).toBe(false)
    // Tuesday 3 November: Wednesday 4 is Pagerwesi (Bali), so Thursday 5 is still on time.
    t.clock.set('2026-11-05T14:00:00Z') // Thursday 22:00 WITA
    expect(await logProgress(t, x.staff, { date: '2026-11-03' })).toMatchObject({
      late: false,
      deadlineAt: '2026-11-05T15:59:59.999Z',
    })
  })

  it('counts an entry at 23:30 UTC on the next local day', async () => {
    const x = await office()
    t.clock.set('2026-11-27T23:30:00Z') // Saturday 28 November, 07:30 WITA
    // Signed in anew: a session lasts 12 hours.
    const staff = await t.login(x.o.staff1.username)
    const sat = await post(staff, '/progress', progressBody({ date: '2026-11-28' }))
    expect(sat.statusCode, sat.body).toBe(201)
    const future = await post(staff, '/progress', progressBody({ date: '2026-11-29' }))
    expect(future.statusCode).toBe(400)
    expect(future.json().error).toMatchObject({
      reason: 'FUTURE_DATE',
      fields: { date: expect.any(String) },
    })
  })

  it('reads the time zone of the instansi: the same instant is on time in WIB, late in WITA and WIT', async () => {
    const results: Record<string, boolean> = {}
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const x = await office()
      await t.db.update(instansi).set({ timeZone: zone }).where(eq(instansi.id, x.o.instansi.id))
      const settings = (await get(x.admin, '/settings')).json<ActivitySettings>()
      expect(
        (await put(x.admin, '/settings', { ...settings, lateWorkingDays: 0 })).statusCode,
      ).toBe(200)
      // 16:30 UTC: 23:30 Friday in WIB, already Saturday in WITA and WIT. Rule 0: same day.
      t.clock.set('2026-11-27T16:30:00Z')
      const staff = await t.login(x.o.staff1.username)
      results[zone] = (await logProgress(t, staff, { date: '2026-11-27' })).late
      t.clock.set(START)
    }
    expect(results).toEqual({ 'Asia/Jakarta': false, 'Asia/Makassar': true, 'Asia/Jayapura': true })
  })

  it('keeps the device time of an offline entry: on time, synced late', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff, {
      date: '2026-11-20',
      deviceRecordedAt: '2026-11-20T17:00:00+08:00',
    })
    expect(e).toMatchObject({
      deviceRecordedAt: '2026-11-20T09:00:00.000Z',
      recordedAt: '2026-11-27T02:00:00.000Z',
      late: false,
      syncedLate: true,
    })
    // A device clock in the future is not believed: judged by the server time, late.
    const future = await logProgress(t, x.staff, {
      date: '2026-11-20',
      deviceRecordedAt: '2026-11-27T12:00:00+08:00',
    })
    expect(future).toMatchObject({ late: true, syncedLate: false })
  })

  it('links only to the person’s own RHK of the entry’s year and matching rencana aksi', async () => {
    const x = await office()
    const colleagueSkp = await k.skpWith(x.o.staff2, ['Mengelola data kepegawaian'])
    const ra = await addRencanaAksi(t, x.staff, { rhkId: x.rhk[0]!, periodId: x.nov.id })
    const raOct = await addRencanaAksi(t, x.staff, { rhkId: x.rhk[0]!, periodId: x.oct.id })
    const cases: [Record<string, unknown>, string, string][] = [
      [{ rhkId: colleagueSkp.rhk[0]!.id }, 'RHK_NOT_YOURS', 'rhkId'],
      [{ rhkId: x.rhk[0], date: '2025-12-31' }, 'RHK_NOT_YOURS', 'rhkId'],
      [{ rhkId: x.rhk[1], rencanaAksiId: ra.id }, 'RENCANA_AKSI_OTHER_RHK', 'rencanaAksiId'],
      [{ rencanaAksiId: raOct.id }, 'RENCANA_AKSI_OTHER_PERIOD', 'rencanaAksiId'],
      [{ rencanaAksiId: randomUUID() }, 'RENCANA_AKSI_NOT_YOURS', 'rencanaAksiId'],
    ]
    for (const [over, reason, field] of cases) {
      const res = await post(x.staff, '/progress', progressBody(over))
      expect(res.statusCode, JSON.stringify(over)).toBe(400)
      expect(res.json().error.reason).toBe(reason)
      expect(res.json().error.fields).toHaveProperty(field)
    }
    expect(
      await t.db
        .select()
        .from(dailyProgress)
        .where(eq(dailyProgress.pegawaiId, x.o.staff1.pegawaiId)),
    ).toEqual([])
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['end before start', { startTime: '10:00', endTime: '09:00' }, 'endTime'],
    ['a time that is not HH:MM', { startTime: '8 pagi' }, 'startTime'],
    ['no description', { description: '' }, 'description'],
    ['a fractional realisasi', { realisasi: 1.5 }, 'realisasi'],
    ['a negative realisasi', { realisasi: -2 }, 'realisasi'],
    ['a link that is not http(s)', { links: ['javascript:alert(1)'] }, 'links.0'],
    ['a client id that is not a UUID', { clientId: 'abc' }, 'clientId'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date'],
    [
      'six links',
      { links: Array.from({ length: 6 }, (_, i) => `https://x.example/${i}`) },
      'links',
    ],
  ])('bad input (%s) → 400 with the field', async (_name, over, field) => {
    const x = await office()
    const res = await post(x.staff, '/progress', progressBody(over))
    expect(res.statusCode, res.body).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    expect(res.json().error.fields).toHaveProperty(field)
  })

  it('flags unlinked, vague, overlapping and over-long entries and keeps them current', async () => {
    const x = await office()
    const unlinked = await logProgress(t, x.staff, { startTime: '07:00', endTime: '08:00' })
    expect(unlinked.flags).toEqual(['unlinked'])
    const vague = await logProgress(t, x.staff, {
      rhkId: x.rhk[0],
      description: 'Rapat koordinasi',
      startTime: '08:00',
      endTime: '09:00',
    })
    expect(vague.flags).toEqual(['vague'])
    const a = await logProgress(t, x.staff, {
      rhkId: x.rhk[0],
      startTime: '10:00',
      endTime: '12:00',
    })
    const b = await logProgress(t, x.staff, {
      rhkId: x.rhk[1],
      startTime: '11:00',
      endTime: '13:00',
    })
    expect(b.flags).toEqual(['overlap'])
    expect((await get(x.staff, `/progress/${a.id}`)).json().flags).toEqual(['overlap'])
    // Moving b away clears the overlap on both.
    const moved = await patch(x.staff, `/progress/${b.id}`, {
      version: 0,
      startTime: '13:00',
      endTime: '14:00',
    })
    expect(moved.json().flags).toEqual([])
    expect((await get(x.staff, `/progress/${a.id}`)).json().flags).toEqual([])
    const long = await logProgress(t, x.staff, {
      date: '2026-11-26',
      rhkId: x.rhk[0],
      startTime: '06:00',
      endTime: '17:00',
    })
    expect(long.flags).toEqual(['too_long'])
  })

  it('flags the same text on 3 entries across colleagues as duplicate (counted when reading)', async () => {
    const x = await office()
    const text = 'Mengikuti apel pagi dan membersihkan ruang kerja bidang'
    const mine = await logProgress(t, x.staff, { description: text, rhkId: x.rhk[0] })
    expect(mine.flags).toEqual([])
    await logProgress(t, x.colleague, { description: text.toUpperCase() })
    expect((await get(x.staff, `/progress/${mine.id}`)).json().flags).toEqual([])
    await logProgress(t, x.kasub, { description: `${text}.` })
    expect((await get(x.staff, `/progress/${mine.id}`)).json().flags).toEqual(['duplicate'])
    // Stored flags stay the person's own.
    const [row] = await t.db.select().from(dailyProgress).where(eq(dailyProgress.id, mine.id))
    expect(row!.flags).toEqual([])
  })
})

describe('editing and deleting', () => {
  it('edits with the version; a stale version gets 409 with the current entry', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff)
    const ok = await patch(x.staff, `/progress/${e.id}`, {
      version: 0,
      description: 'Menyusun laporan pelaksanaan kegiatan pelayanan (revisi)',
      links: ['https://drive.example.go.id/a', 'https://drive.example.go.id/b'],
    })
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json()).toMatchObject({
      version: 1,
      description: expect.stringContaining('(revisi)'),
    })
    expect(ok.json().evidence.map((v: { url: string }) => v.url)).toEqual([
      'https://drive.example.go.id/a',
      'https://drive.example.go.id/b',
    ])
    const replaced = await patch(x.staff, `/progress/${e.id}`, {
      version: 1,
      links: ['https://drive.example.go.id/c'],
    })
    expect(replaced.json().evidence.map((v: { url: string }) => v.url)).toEqual([
      'https://drive.example.go.id/c',
    ])

    const stale = await patch(x.staff, `/progress/${e.id}`, { version: 0, realisasi: 5 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error.reason).toBe('VERSION_CONFLICT')
    expect(stale.json().current).toMatchObject({ id: e.id, version: 2, realisasi: 1 })
    expect(await auditActions(e.id)).toEqual([
      'progress.created',
      'progress.updated',
      'progress.updated',
    ])
  })

  it('keeps lateness on edit; moving the day judges it against the original recording time', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff, { date: '2026-11-20' })
    expect(e.late).toBe(true)
    t.clock.set('2026-11-27T08:00:00Z')
    const edited = (
      await patch(x.staff, `/progress/${e.id}`, { version: 0, realisasi: 3 })
    ).json<Progress>()
    expect(edited).toMatchObject({ late: true, recordedAt: e.recordedAt, deadlineAt: e.deadlineAt })
    // The activity was really on Thursday 26th: recorded on the 27th, that is on time.
    const moved = (
      await patch(x.staff, `/progress/${e.id}`, { version: 1, date: '2026-11-26' })
    ).json<Progress>()
    expect(moved).toMatchObject({
      late: false,
      recordedAt: e.recordedAt,
      deadlineAt: '2026-11-27T15:59:59.999Z',
    })
  })

  it('rejects edits that break the rules with field errors', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff, { startTime: '08:00', endTime: '09:00' })
    const cases: [object, string][] = [
      [{ endTime: '07:30' }, 'endTime'],
      [{ date: '2026-11-28' }, 'date'],
      [{ rhkId: randomUUID() }, 'rhkId'],
      [{ realisasi: 'banyak' }, 'realisasi'],
    ]
    for (const [over, field] of cases) {
      const res = await patch(x.staff, `/progress/${e.id}`, { version: 0, ...over })
      expect(res.statusCode, res.body).toBe(400)
      expect(res.json().error.fields).toHaveProperty(field)
    }
    expect(
      (await patch(x.staff, `/progress/${e.id}`, { realisasi: 2 })).json().error.fields,
    ).toHaveProperty('version')
  })

  it('an entry marked perlu perbaikan goes back to pending when edited; one verified sesuai is final', async () => {
    const x = await office()
    const fix = await logProgress(t, x.staff)
    await verify(fix, 'perlu_perbaikan', 'Lampirkan daftar hadir')
    const seen = (await get(x.staff, `/progress/${fix.id}`)).json<Progress>()
    expect(seen).toMatchObject({
      verificationStatus: 'perlu_perbaikan',
      verification: {
        verdict: 'perlu_perbaikan',
        note: 'Lampirkan daftar hadir',
        byName: 'Kasubbid A1',
      },
      editable: true,
    })
    const edited = await patch(x.staff, `/progress/${fix.id}`, { version: 0, realisasi: 2 })
    expect(edited.json()).toMatchObject({
      verificationStatus: 'pending',
      verification: { verdict: 'perlu_perbaikan' },
    })

    const done = await logProgress(t, x.staff, { startTime: '13:00', endTime: '14:00' })
    await verify(done, 'sesuai')
    expect((await get(x.staff, `/progress/${done.id}`)).json().editable).toBe(false)
    for (const res of [
      await patch(x.staff, `/progress/${done.id}`, { version: 0, realisasi: 9 }),
      await del(x.staff, `/progress/${done.id}`),
    ]) {
      expect(res.statusCode).toBe(409)
      expect(res.json().error.reason).toBe('PROGRESS_VERIFIED')
    }
  })

  it('deletes an entry of one’s own and audits it', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff, { links: ['https://drive.example.go.id/x'] })
    expect((await del(x.kasub, `/progress/${e.id}`)).statusCode).toBe(403)
    expect((await del(x.colleague, `/progress/${e.id}`)).statusCode).toBe(404)
    expect((await del(x.staff, `/progress/${e.id}`)).statusCode).toBe(200)
    expect((await get(x.staff, `/progress/${e.id}`)).statusCode).toBe(404)
    expect(await auditActions(e.id)).toEqual(['progress.created', 'progress.deleted'])
  })
})

describe('listing', () => {
  it('pages newest day first, by start time within a day, with filters', async () => {
    const x = await office()
    const log = (date: string, startTime: string, endTime: string, over: object = {}) =>
      logProgress(t, x.staff, { date, startTime, endTime, ...over })
    const a = await log('2026-11-25', '08:00', '09:00', { rhkId: x.rhk[0] })
    const b = await log('2026-11-27', '13:00', '14:00')
    const c = await log('2026-11-27', '08:00', '09:00', { rhkId: x.rhk[0] })
    const d = await log('2026-11-10', '08:00', '09:00')
    const ids = async (q: string) => {
      const res = await get(x.staff, `/progress?${q}`)
      expect(res.statusCode, res.body).toBe(200)
      const page = res.json<ProgressPage>()
      return { ids: page.items.map((i) => i.id), total: page.total }
    }
    expect(await ids('')).toEqual({ ids: [c.id, b.id, a.id, d.id], total: 4 })
    expect(await ids('page=2&pageSize=2')).toEqual({ ids: [a.id, d.id], total: 4 })
    expect(await ids('page=3&pageSize=2')).toEqual({ ids: [], total: 4 })
    expect(await ids('from=2026-11-20&to=2026-11-26')).toEqual({ ids: [a.id], total: 1 })
    expect(await ids(`rhkId=${x.rhk[0]}`)).toEqual({ ids: [c.id, a.id], total: 2 })
    // Wednesday 25th and 10th were recorded after their next working day.
    expect(await ids('lateOnly=true')).toEqual({ ids: [a.id, d.id], total: 2 })
    await verify(b, 'sesuai')
    expect(await ids('verification=sesuai')).toEqual({ ids: [b.id], total: 1 })
    expect(await ids('verification=pending')).toEqual({ ids: [c.id, a.id, d.id], total: 3 })
    const bad = await get(x.staff, '/progress?pageSize=500&from=kemarin')
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['from', 'pageSize'])
  })

  it('shows a subordinate’s entries to the atasan (read only), never to a colleague', async () => {
    const x = await office()
    const e = await logProgress(t, x.staff)
    const asAtasan = await get(x.kasub, `/progress?pegawaiId=${x.o.staff1.pegawaiId}`)
    expect(asAtasan.statusCode).toBe(200)
    expect(asAtasan.json<ProgressPage>().items.map((i) => [i.id, i.editable])).toEqual([
      [e.id, false],
    ])
    expect((await get(x.colleague, `/progress?pegawaiId=${x.o.staff1.pegawaiId}`)).statusCode).toBe(
      404,
    )
    // The colleague's own list does not contain it.
    expect((await get(x.colleague, '/progress')).json().items).toEqual([])
    // An admin without a pegawai record must say whose entries.
    const admin = await get(x.admin, '/progress')
    expect(admin.statusCode).toBe(400)
    expect(admin.json().error.fields).toHaveProperty('pegawaiId')
  })

  it('answers a page in a fixed number of queries, whatever its size', async () => {
    const x = await office()
    const record = recorder()
    const count = async (pageSize: number) => {
      const url = `/progress?pageSize=${pageSize}`
      expect((await get(x.staff, url)).statusCode).toBe(200)
      const { result: res, statements } = await record(() => get(x.staff, url))
      expect(res.statusCode).toBe(200)
      return { n: statements.length, items: res.json<ProgressPage>().items.length }
    }
    const addDay = async (day: number) => {
      const date = `2026-11-${String(day).padStart(2, '0')}`
      const e = await logProgress(t, x.staff, {
        date,
        rhkId: x.rhk[day % 2],
        links: ['https://x.example/a'],
      })
      if (day % 3 === 0) await verify(e, 'perlu_perbaikan', 'Perbaiki')
    }
    for (const day of [2, 3]) await addDay(day)
    const small = await count(2)
    for (let day = 4; day <= 26; day++) await addDay(day)
    const large = await count(25)
    expect(small.items).toBe(2)
    expect(large.items).toBe(25)
    expect(large.n).toBe(small.n)
    // The session; the page with its total, texts, evidence, verdicts and duplicates.
    expect(large.n).toBeLessThanOrEqual(2)
  })
})

describe('statements per request (the hot paths of the daily page)', () => {
  it('records an entry in a bounded number of statements, the answer built from the insert', async () => {
    const x = await office()
    const record = recorder()
    const ra = await addRencanaAksi(t, x.staff, { rhkId: x.rhk[0]!, periodId: x.nov.id })
    const body = {
      date: '2026-11-26',
      rhkId: x.rhk[0],
      rencanaAksiId: ra.id,
      description: 'Menyusun laporan pelayanan harian bidang keuangan',
    }
    await logProgress(t, x.staff, { ...body, startTime: '08:00', endTime: '09:00' })
    const { result: entry, statements } = await record(() =>
      logProgress(t, x.staff, { ...body, startTime: '10:00', endTime: '11:00' }),
    )
    // Session (with the instansi's zone); retry check + settings + rencana aksi with its period
    // + the RHK + the day + same text; the calendar; then one statement writes the entry and
    // its audit under the person's lock (no begin/commit: one statement is one transaction).
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(4)
    expect(statements.filter((s) => /^(begin|commit)/i.test(s))).toEqual([])
    // Not read back after the commit.
    expect(statements.filter((s) => s.startsWith('select "daily_progress"'))).toEqual([])
    expect(entry).toMatchObject({
      rhkText: 'Menyusun laporan keuangan',
      rencanaAksiText: ra.description,
      flags: [],
      editable: true,
      canVerify: false,
      evidence: [],
      verification: null,
    })
    // The same entry as a read presents it.
    expect((await get(x.staff, `/progress/${entry.id}`)).json()).toEqual(entry)
    // An overlapping entry also rewrites its neighbour's flags, in the same statement.
    const overlapping = await record(() =>
      logProgress(t, x.staff, { ...body, startTime: '10:30', endTime: '11:30' }),
    )
    expect(overlapping.statements.length).toBeLessThanOrEqual(4)
    // The third entry with this text is a duplicate too (counted in the same statement).
    expect(overlapping.result.flags).toEqual(['duplicate', 'overlap'])
    // A retry answers the stored entry.
    const retry = await record(() =>
      post(x.staff, '/progress', {
        ...progressBody({ ...body, startTime: '10:00', endTime: '11:00' }),
        clientId: entry.clientId,
      }),
    )
    expect(retry.result.statusCode).toBe(200)
    expect(retry.result.json<Progress>().id).toBe(entry.id)
  })

  it('answers the week calendar in 3 statements and the week’s entries in 2', async () => {
    const x = await office()
    const record = recorder()
    for (const date of ['2026-11-23', '2026-11-24', '2026-11-26'])
      await logProgress(t, x.staff, { date, rhkId: x.rhk[0], links: ['https://x.example/a'] })
    const week = 'from=2026-11-23&to=2026-11-29'
    await get(x.staff, `/calendar?${week}`)
    const calendar = await record(() => get(x.staff, `/calendar?${week}`))
    expect(calendar.result.statusCode).toBe(200)
    // Session (with the instansi's zone); settings + day totals; calendars + days off.
    expect(calendar.statements.length, calendar.statements.join('\n')).toBeLessThanOrEqual(3)
    const entries = await record(() => get(x.staff, `/progress?${week}&page=1&pageSize=200`))
    expect(entries.result.statusCode).toBe(200)
    expect(entries.result.json<ProgressPage>()).toMatchObject({ total: 3 })
    // Session; the page with its total and everything it is presented with.
    expect(entries.statements.length, entries.statements.join('\n')).toBeLessThanOrEqual(2)
    // Past the last page the total is still right (one count more).
    const past = await get(x.staff, `/progress?${week}&page=3&pageSize=2`)
    expect(past.json<ProgressPage>()).toMatchObject({ items: [], total: 3 })
  })
})

describe('a year of entries', () => {
  it('lists, pages and summarises a person’s year (three entries a working day)', async () => {
    const x = await office()
    const rows: (typeof dailyProgress.$inferInsert)[] = []
    for (let d = dayNumber('2026-01-01'); d <= dayNumber('2026-11-27'); d++) {
      const date = fromDayNumber(d)
      if (isoWeekday(date) > 5) continue
      for (const [i, [start, end]] of [
        ['08:00', '10:00'],
        ['10:00', '12:00'],
        ['13:00', '15:00'],
      ].entries()) {
        const description = `Kegiatan ${date} sesi ${i} menyusun bahan laporan`
        rows.push({
          instansiId: x.o.instansi.id,
          pegawaiId: x.o.staff1.pegawaiId,
          clientId: randomUUID(),
          date,
          startTime: start!,
          endTime: end!,
          description,
          textHash: textHashOf(description),
          skpId: x.skp.id,
          rhkId: x.rhk[i % 2]!,
          realisasi: 1,
          satuan: 'Dokumen',
          recordedAt: new Date(`${date}T09:00:00Z`),
          deadlineAt: new Date(`${date}T15:59:59Z`),
          late: i === 2,
          ruleVersion: 1,
          createdByUserId: x.o.staff1.userId,
        })
      }
    }
    for (let i = 0; i < rows.length; i += 500)
      await t.db.insert(dailyProgress).values(rows.slice(i, i + 500))
    expect(rows.length).toBeGreaterThan(700)

    const page = (await get(x.staff, '/progress?pageSize=200')).json<ProgressPage>()
    expect(page.total).toBe(rows.length)
    expect(page.items).toHaveLength(200)
    expect(page.items[0]).toMatchObject({ date: '2026-11-27', startTime: '08:00' })
    const last = (
      await get(x.staff, `/progress?pageSize=200&page=${Math.ceil(rows.length / 200)}`)
    ).json<ProgressPage>()
    expect(last.items.at(-1)).toMatchObject({ date: '2026-01-01', startTime: '13:00' })
    const late = (
      await get(x.staff, '/progress?lateOnly=true&from=2026-11-01&pageSize=1')
    ).json<ProgressPage>()
    expect(late.total).toBe(rows.filter((r) => r.late && r.date >= '2026-11-01').length)

    const board = (
      await get(x.staff, `/rencana-aksi?periodId=${x.nov.id}`)
    ).json<RencanaAksiBoard>()
    const inNov = rows.filter((r) => r.date >= '2026-11-01')
    expect(board.rhk.map((r) => r.entryCount)).toEqual([
      inNov.filter((r) => r.rhkId === x.rhk[0]).length,
      inNov.filter((r) => r.rhkId === x.rhk[1]).length,
    ])
    const cal = (
      await get(x.staff, '/calendar?from=2026-11-23&to=2026-11-27')
    ).json<ProgressCalendar>()
    expect(cal.days.map((d) => [d.entries, d.minutes, d.late])).toEqual(
      Array.from({ length: 5 }, () => [3, 360, 1]),
    )
  })
})

describe('calendar', () => {
  it('shows each day with holidays, entries, minutes and late entries', async () => {
    const x = await office()
    await logProgress(t, x.staff, { date: '2026-11-02', startTime: '08:00', endTime: '09:30' })
    await logProgress(t, x.staff, { date: '2026-11-02', startTime: '10:00', endTime: '11:00' })
    await logProgress(t, x.staff, { date: '2026-11-26', startTime: '08:00', endTime: '12:00' })
    const res = await get(x.staff, '/calendar?from=2026-11-01&to=2026-11-30')
    expect(res.statusCode, res.body).toBe(200)
    const cal = res.json<ProgressCalendar>()
    expect(cal).toMatchObject({
      pegawaiId: x.o.staff1.pegawaiId,
      timeZone: 'Asia/Makassar',
      today: '2026-11-27',
      todayDeadlineAt: '2026-11-30T23:59:59.999+08:00',
    })
    expect(cal.days).toHaveLength(30)
    const day = (d: string) => cal.days.find((x) => x.date === d)
    expect(day('2026-11-01')).toMatchObject({ working: false, holiday: null, entries: 0 })
    expect(day('2026-11-02')).toMatchObject({ working: true, entries: 2, minutes: 150, late: 2 })
    expect(day('2026-11-04')).toMatchObject({ working: false, holiday: 'Hari Raya Pagerwesi' })
    expect(day('2026-11-26')).toMatchObject({ working: true, entries: 1, minutes: 240, late: 0 })
    // The atasan sees it too; a colleague does not.
    expect(
      (
        await get(
          x.kasub,
          `/calendar?from=2026-11-01&to=2026-11-07&pegawaiId=${x.o.staff1.pegawaiId}`,
        )
      ).statusCode,
    ).toBe(200)
    expect(
      (
        await get(
          x.colleague,
          `/calendar?from=2026-11-01&to=2026-11-07&pegawaiId=${x.o.staff1.pegawaiId}`,
        )
      ).statusCode,
    ).toBe(404)
  })

  it.each([
    ['from=2026-11-10&to=2026-11-01', 'RANGE_INVALID'],
    ['from=2026-09-01&to=2026-11-30', 'RANGE_TOO_LONG'],
  ])('refuses %s', async (q, reason) => {
    const x = await office()
    const res = await get(x.staff, `/calendar?${q}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ reason, fields: { to: expect.any(String) } })
  })
})

describe('templates', () => {
  it('saves, lists and deletes one’s own templates, at most 50', async () => {
    const x = await office()
    const created = await post(x.staff, '/templates', {
      name: 'Apel pagi',
      description: 'Mengikuti apel pagi dan pembinaan pegawai',
      rhkId: x.rhk[1],
      startTime: '07:30',
      endTime: '08:00',
      realisasi: 1,
      satuan: 'Kegiatan',
    })
    expect(created.statusCode, created.body).toBe(201)
    const tpl = created.json()
    expect((await get(x.staff, '/templates')).json<Templates>().saved).toEqual([tpl])
    expect((await get(x.colleague, '/templates')).json<Templates>().saved).toEqual([])
    expect((await del(x.colleague, `/templates/${tpl.id}`)).statusCode).toBe(404)
    expect((await del(x.staff, `/templates/${tpl.id}`)).statusCode).toBe(200)
    expect((await get(x.staff, '/templates')).json<Templates>().saved).toEqual([])

    const notMine = await post(x.colleague, '/templates', {
      name: 'Laporan',
      description: 'Menyusun laporan',
      rhkId: x.rhk[0],
    })
    expect(notMine.statusCode).toBe(400)
    expect(Object.keys(notMine.json().error.fields)).toEqual(['rhkId'])
    const shortName = await post(x.staff, '/templates', {
      name: 'X',
      description: 'Menyusun laporan',
    })
    expect(Object.keys(shortName.json().error.fields)).toEqual(['name'])

    for (let i = 0; i < 50; i++)
      expect(
        (
          await post(x.staff, '/templates', {
            name: `Templat ${i}`,
            description: 'Kegiatan rutin harian',
          })
        ).statusCode,
      ).toBe(201)
    const over = await post(x.staff, '/templates', {
      name: 'Satu lagi',
      description: 'Kegiatan rutin harian',
    })
    expect(over.statusCode).toBe(409)
    expect(over.json().error.reason).toBe('TEMPLATE_LIMIT')
  })

  it('suggests the most frequent descriptions of the last 60 days', async () => {
    const x = await office()
    const often = 'Melayani konsultasi kepegawaian di loket'
    for (const date of ['2026-11-02', '2026-11-09', '2026-11-16'])
      await logProgress(t, x.staff, { date, description: often, satuan: 'Orang' })
    // The newest wording and settings win.
    await logProgress(t, x.staff, {
      date: '2026-11-23',
      description: 'melayani konsultasi KEPEGAWAIAN di loket!',
      rhkId: x.rhk[0],
      satuan: 'Layanan',
    })
    for (const date of ['2026-11-03', '2026-11-10'])
      await logProgress(t, x.staff, { date, description: 'Mengarsipkan surat masuk dan keluar' })
    await logProgress(t, x.staff, {
      date: '2026-11-04',
      description: 'Sekali saja kegiatan ini dilakukan',
    })
    // More than 60 days ago: not counted.
    for (const date of ['2026-09-01', '2026-09-02', '2026-09-03'])
      await logProgress(t, x.staff, { date, description: 'Kegiatan lama dari bulan September' })
    const { frequent } = (await get(x.staff, '/templates')).json<Templates>()
    expect(frequent).toEqual([
      {
        description: 'melayani konsultasi KEPEGAWAIAN di loket!',
        rhkId: x.rhk[0],
        satuan: 'Layanan',
        count: 4,
      },
      {
        description: 'Mengarsipkan surat masuk dan keluar',
        rhkId: null,
        satuan: 'Laporan',
        count: 2,
      },
    ])
  })
})

describe('settings', () => {
  it('every member reads them; only the admin changes them, with the version', async () => {
    const x = await office()
    const defaults = (await get(x.staff, '/settings')).json<ActivitySettings>()
    expect(defaults).toEqual({
      lateWorkingDays: 1,
      reminderHour: 16,
      deadlineReminderDays: 3,
      minDescriptionChars: 20,
      maxEntryHours: 10,
      staleRhkWeeks: 3,
      duplicateMinCount: 3,
      version: 0,
    })
    const byStaff = await put(x.staff, '/settings', { ...defaults, reminderHour: 15 })
    expect(byStaff.statusCode).toBe(403)
    const saved = await put(x.admin, '/settings', {
      ...defaults,
      reminderHour: 15,
      maxEntryHours: 8,
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json()).toMatchObject({ reminderHour: 15, maxEntryHours: 8, version: 1 })
    const stale = await put(x.admin, '/settings', { ...defaults, reminderHour: 14 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      error: { reason: 'VERSION_CONFLICT' },
      current: { reminderHour: 15, version: 1 },
    })
    const bad = await put(x.admin, '/settings', {
      ...defaults,
      version: 1,
      lateWorkingDays: 11,
      reminderHour: 24,
    })
    expect(bad.statusCode).toBe(400)
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['lateWorkingDays', 'reminderHour'])
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'activity_settings.updated'),
          eq(auditLog.entityId, x.o.instansi.id),
        ),
      )
    expect(audits).toHaveLength(1)
  })

  it('a new lateness rule applies to new entries; earlier entries keep their verdict and rule version', async () => {
    const x = await office()
    const before = await logProgress(t, x.staff, { date: '2026-11-26' })
    expect(before.late).toBe(false)
    const s = (await get(x.admin, '/settings')).json<ActivitySettings>()
    expect((await put(x.admin, '/settings', { ...s, lateWorkingDays: 0 })).statusCode).toBe(200)
    const after = await logProgress(t, x.staff, {
      date: '2026-11-26',
      startTime: '13:00',
      endTime: '14:00',
    })
    expect(after.late).toBe(true)
    expect((await get(x.staff, `/progress/${before.id}`)).json().late).toBe(false)
    const versions = await t.db
      .select({ id: dailyProgress.id, v: dailyProgress.ruleVersion })
      .from(dailyProgress)
      .where(eq(dailyProgress.pegawaiId, x.o.staff1.pegawaiId))
    expect(Object.fromEntries(versions.map((r) => [r.id, r.v]))).toEqual({
      [before.id]: 1,
      [after.id]: 2,
    })
    // Changing only the reminder hour does not change the rule version.
    const s2 = (await get(x.admin, '/settings')).json<ActivitySettings>()
    expect((await put(x.admin, '/settings', { ...s2, reminderHour: 10 })).statusCode).toBe(200)
    expect(
      (await logProgress(t, x.staff, { date: '2026-11-27', startTime: '15:00', endTime: '16:00' }))
        .id,
    ).toBeTruthy()
    const latest = await t.db
      .select()
      .from(dailyProgress)
      .where(eq(dailyProgress.pegawaiId, x.o.staff1.pegawaiId))
    expect(latest.map((r) => r.ruleVersion).sort()).toEqual([1, 2, 2])
  })
})
