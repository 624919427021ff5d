import { afterEach, describe, expect, it } from 'vitest'
import type { HelpdeskStats, TicketDetail, TicketList } from '../../../shared/helpdesk.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { helpdeskKit } from './helpdesk-test-kit.ts'

/**
 * The SLA clocks (calendar hours from the settings, judged with the injected clock), the SLA
 * settings, and the PIC side's statistics checked against hand-worked numbers and against an
 * independent count over the tickets as the API shows them.
 */
const START = '2026-11-27T02:00:00Z' // Friday 10:00 WITA
const t = await setupTestApp({ now: START })
const h = helpdeskKit(t)
afterEach(() => {
  t.clock.set(START)
  h.forget()
})

/** Moves the clock; the cached sessions would expire, so everyone signs in again. */
const at = (iso: string) => {
  t.clock.set(iso)
  h.forget()
}
const addMinutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString()

async function officeWithPic() {
  const o = await t.f.office()
  const pic = await t.f.pegawai(o.instansi.id, o.units.root.id, { roles: ['pic_helpdesk'] })
  return { o, pic }
}

describe('SLA states with the clock', () => {
  it('runs, is met or breached for the first response and for the resolution', async () => {
    const { o, pic } = await officeWithPic()
    const late = await h.open(o.staff1, { subject: 'Belum dijawab tepat waktu' })
    const quick = await h.open(o.staff2, { subject: 'Dijawab dalam satu jam' })

    at('2026-11-27T03:00:00Z')
    const answered = await h.reply(pic, quick.id, 'Sudah kami cek.')
    expect(answered.sla.firstResponseState).toBe('met')

    at('2026-11-27T09:59:00Z')
    expect((await h.read(o.staff1, late.id)).sla.firstResponseState).toBe('running')
    at('2026-11-27T10:01:00Z')
    const overdue = await h.read(o.staff1, late.id)
    expect(overdue.sla).toMatchObject({
      firstResponseState: 'breached',
      resolutionState: 'running',
    })
    // The queue shows the same states.
    const queue = h.ok<TicketList>(await h.get(pic, '/tickets?scope=queue'))
    expect(Object.fromEntries(queue.items.map((i) => [i.id, i.sla.firstResponseState]))).toEqual({
      [late.id]: 'breached',
      [quick.id]: 'met',
    })
    const lateReply = await h.reply(pic, late.id, 'Maaf terlambat, sedang kami periksa.')
    expect(lateReply.sla.firstResponseAt).toBe('2026-11-27T10:01:00.000Z')
    expect(lateReply.sla.firstResponseState).toBe('breached') // answered, but after the due time

    // Resolution: 72 calendar hours → due Monday 30 November 02:00 UTC.
    at('2026-11-30T01:00:00Z')
    const resolved = await h.status(pic, await h.read(pic, quick.id), 'selesai')
    expect(resolved.sla.resolutionState).toBe('met')
    expect((await h.read(pic, late.id)).sla.resolutionState).toBe('running')
    at('2026-11-30T02:01:00Z')
    expect((await h.read(pic, late.id)).sla.resolutionState).toBe('breached')
    expect((await h.read(pic, quick.id)).sla.resolutionState).toBe('met')
    // Reopened after the due time: the resolution clock is breached again.
    const reopened = await h.status(o.staff2, await h.read(o.staff2, quick.id), 'diproses')
    expect(reopened.sla).toMatchObject({ resolvedAt: null, resolutionState: 'breached' })
    at('2026-11-30T03:00:00Z')
    const finallyDone = await h.status(pic, await h.read(pic, late.id), 'selesai')
    expect(finallyDone.sla.resolutionState).toBe('breached')
  })
})

describe('settings', () => {
  it('lets the PIC side read and the admin change the SLA hours, for new tickets only', async () => {
    const { o, pic } = await officeWithPic()
    const before = await h.open(o.staff1)
    expect(h.ok(await h.get(pic, '/settings'))).toEqual({
      firstResponseHours: 8,
      resolutionHours: 72,
      version: 0,
    })
    const byPic = await h.put(pic, '/settings', { firstResponseHours: 4, resolutionHours: 24 })
    expect(byPic.statusCode).toBe(403)
    expect(byPic.json().error.reason).toBe('NOT_ADMIN')
    const saved = h.ok(
      await h.put(o.admin, '/settings', { firstResponseHours: 4, resolutionHours: 24, version: 0 }),
    )
    expect(saved).toEqual({ firstResponseHours: 4, resolutionHours: 24, version: 1 })
    const stale = await h.put(o.admin, '/settings', {
      firstResponseHours: 2,
      resolutionHours: 24,
      version: 0,
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      error: { code: 'CONFLICT', reason: 'VERSION_CONFLICT' },
      current: { firstResponseHours: 4, resolutionHours: 24, version: 1 },
    })
    const bad = await h.put(o.admin, '/settings', { firstResponseHours: 0, resolutionHours: 9999 })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toEqual({
      firstResponseHours: 'Minimal 1 jam',
      resolutionHours: 'Maksimal 2160 jam',
    })

    const after = await h.open(o.staff2)
    expect(after.sla.firstResponseDueAt).toBe('2026-11-27T06:00:00.000Z')
    expect(after.sla.resolutionDueAt).toBe('2026-11-28T02:00:00.000Z')
    // The ticket opened before keeps the due times it was given.
    expect((await h.read(pic, before.id)).sla.firstResponseDueAt).toBe('2026-11-27T10:00:00.000Z')
    // Pegawai do not read the settings.
    const byPegawai = await h.get(o.staff1, '/settings')
    expect(byPegawai.statusCode).toBe(403)
    expect(byPegawai.json().error.reason).toBe('NOT_STAFF')
  })
})

describe('GET /stats', () => {
  /** Opens a ticket at `created` and plays its story; returns its final detail. */
  async function story(
    who: { username: string },
    pic: { username: string },
    created: string,
    s: {
      category: string
      replyAfter?: number
      replyStatus?: string
      doneAfter?: number
      rating?: number
    },
  ): Promise<TicketDetail> {
    at(created)
    let ticket = await h.open(who, { category: s.category })
    if (s.replyAfter !== undefined) {
      at(addMinutes(created, s.replyAfter))
      ticket = await h.reply(pic, ticket.id, 'Sedang kami periksa.', s.replyStatus)
    }
    if (s.doneAfter !== undefined) {
      at(addMinutes(created, s.doneAfter))
      ticket = await h.status(pic, await h.read(pic, ticket.id), 'selesai')
    }
    if (s.rating !== undefined)
      ticket = h.ok(await h.post(who, `/tickets/${ticket.id}/rating`, { satisfaction: s.rating }))
    return ticket
  }

  it('counts and times the tickets of a period, matching hand-worked numbers and an independent count', async () => {
    const { o, pic } = await officeWithPic()
    const other = await officeWithPic()
    // Outside the default range (the last 30 days: 29 October – 27 November).
    await story(o.staff2, pic, '2026-10-20T01:00:00Z', { category: 'lainnya', replyAfter: 5 })
    const tickets = [
      // answered in 30 min, done in 2 h, rated 5
      await story(o.staff1, pic, '2026-11-02T01:00:00Z', {
        category: 'akun',
        replyAfter: 30,
        doneAfter: 120,
        rating: 5,
      }),
      // answered in 90 min, done after 80 h (resolution SLA breached), rated 3
      await story(o.staff2, pic, '2026-11-03T01:00:00Z', {
        category: 'skp',
        replyAfter: 90,
        doneAfter: 80 * 60,
        rating: 3,
      }),
      // answered after 10 h (breached), waiting for the user; resolution due long passed
      await story(o.kasub, pic, '2026-11-10T01:00:00Z', {
        category: 'skp',
        replyAfter: 600,
        replyStatus: 'menunggu_pengguna',
      }),
      // 27 Nov 04:00 WITA (26 Nov in UTC): nothing decided yet at 10:00 WITA
      await story(o.kabid, pic, '2026-11-26T20:00:00Z', { category: 'progres_harian' }),
    ]
    // Another instansi's ticket never counts.
    await story(other.o.staff1, other.pic, '2026-11-20T01:00:00Z', { category: 'akun' })
    at(START)

    const stats = h.ok<HelpdeskStats>(await h.get(pic, '/stats'))
    expect(stats).toEqual({
      from: '2026-10-29',
      to: '2026-11-27',
      total: 4,
      byStatus: { baru: 1, diproses: 0, menunggu_pengguna: 1, selesai: 2 },
      byCategory: [
        { category: 'akun', label: 'Akun dan kata sandi', count: 1 },
        { category: 'skp', label: 'SKP', count: 2 },
        { category: 'progres_harian', label: 'Progres harian', count: 1 },
        { category: 'penilaian', label: 'Penilaian', count: 0 },
        { category: 'data_pegawai', label: 'Data pegawai/jabatan', count: 0 },
        { category: 'aplikasi', label: 'Aplikasi error/lambat', count: 0 },
        { category: 'lainnya', label: 'Lainnya', count: 0 },
      ],
      firstResponseMinutes: { median: 90, average: 240 }, // 30, 90, 600
      resolutionMinutes: { median: 2460, average: 2460 }, // 120, 4800
      slaFirstResponseMetPercent: 66.7, // 2 of 3 decided
      slaResolutionMetPercent: 33.3, // 1 of 3 decided (two resolved, one overdue)
      satisfactionAverage: 4,
      satisfactionCount: 2,
    })

    // The same numbers from the tickets as the API shows them, counted here.
    const now = Date.parse(START)
    const minutes = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b)
      const m = s.length / 2
      return s.length % 2 ? s[Math.floor(m)]! : (s[m - 1]! + s[m]!) / 2
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    const fr = tickets.flatMap((x) =>
      x.sla.firstResponseAt ? [minutes(x.createdAt, x.sla.firstResponseAt)] : [],
    )
    const res = tickets.flatMap((x) =>
      x.sla.resolvedAt ? [minutes(x.createdAt, x.sla.resolvedAt)] : [],
    )
    const frDecided = tickets.filter(
      (x) => x.sla.firstResponseAt || Date.parse(x.sla.firstResponseDueAt) < now,
    )
    const resDecided = tickets.filter(
      (x) => x.sla.resolvedAt || Date.parse(x.sla.resolutionDueAt) < now,
    )
    const pct = (n: number, d: number) => Math.round((n * 1000) / d) / 10
    expect(stats.firstResponseMinutes).toEqual({ median: median(fr), average: mean(fr) })
    expect(stats.resolutionMinutes).toEqual({ median: median(res), average: mean(res) })
    expect(stats.slaFirstResponseMetPercent).toBe(
      pct(frDecided.filter((x) => x.sla.firstResponseState === 'met').length, frDecided.length),
    )
    expect(stats.slaResolutionMetPercent).toBe(
      pct(resDecided.filter((x) => x.sla.resolutionState === 'met').length, resDecided.length),
    )
    for (const status of ['baru', 'diproses', 'menunggu_pengguna', 'selesai'] as const)
      expect(stats.byStatus[status]).toBe(tickets.filter((x) => x.status === status).length)

    // Local days: 26 November (WITA) ends before the ticket of 27 Nov 04:00 WITA.
    const upTo26 = h.ok<HelpdeskStats>(await h.get(pic, '/stats?from=2026-11-01&to=2026-11-26'))
    expect(upTo26.total).toBe(3)
    const only27 = h.ok<HelpdeskStats>(await h.get(o.admin, '/stats?from=2026-11-27&to=2026-11-27'))
    expect(only27.byStatus.baru).toBe(1)
    expect(only27.firstResponseMinutes).toEqual({ median: null, average: null })
    expect(only27.slaFirstResponseMetPercent).toBeNull()
    expect(only27.satisfactionAverage).toBeNull()
    const wide = h.ok<HelpdeskStats>(await h.get(pic, '/stats?from=2026-10-01'))
    expect(wide.total).toBe(5)
    expect(wide.to).toBe('2026-11-27')
  })

  it('is for the PIC side only and checks the range', async () => {
    const { o, pic } = await officeWithPic()
    const res = await h.get(o.staff1, '/stats')
    expect(res.statusCode).toBe(403)
    expect(res.json().error.reason).toBe('NOT_STAFF')
    const reversed = await h.get(pic, '/stats?from=2026-11-10&to=2026-11-01')
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().error.fields.to).toBe('Tanggal akhir tidak boleh sebelum tanggal awal')
    const unreal = await h.get(pic, '/stats?from=2026-02-30')
    expect(unreal.statusCode).toBe(400)
    expect(unreal.json().error.fields.from).toBe('Tanggal tidak ada di kalender')
    const format = await h.get(pic, '/stats?from=27-11-2026')
    expect(format.statusCode).toBe(400)
    expect(format.json().error.fields).toHaveProperty('from')
  })
})
