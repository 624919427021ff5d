import { describe, expect, it } from 'vitest'
import type { FeedbackList, FeedbackThread } from '../../../shared/activities.ts'
import { setupRecordingApp } from '../../test/activities-atasan-fixtures.ts'
import { skpKit } from '../../test/skp-factories.ts'

/**
 * Umpan balik berkelanjutan (issue #4: "the atasan writes feedback per RHK and per BerAKHLAK
 * value at any time; the pegawai reads and replies (a dialog thread)"). One thread per SKP per
 * topic; the other party is told through `feedback.posted` after commit.
 */
const t = await setupRecordingApp()
const k = skpKit(t)

type Who = { username: string }
const get = (who: Who | null, url: string) => k.get(who, url)
const post = (who: Who | null, url: string, payload: unknown) => k.post(who, url, payload)
const tick = (minutes = 1) => t.clock.set(new Date(t.clock.now().getTime() + minutes * 60_000))

function expectFieldError(
  res: { statusCode: number; json(): unknown; body: string },
  field: string,
  reason?: string,
) {
  expect(res.statusCode, res.body).toBe(400)
  const body = res.json() as {
    error: { code: string; reason?: string; fields?: Record<string, string> }
  }
  expect(body.error.code).toBe('VALIDATION_FAILED')
  expect(Object.keys(body.error.fields ?? {})).toContain(field)
  if (reason) expect(body.error.reason).toBe(reason)
}

/** staff1 (atasan: kasub) with a draft SKP of two RHK. */
async function office() {
  const o = await t.f.office()
  const skp = await k.skpWith(o.staff1, ['Menyusun laporan pelayanan', 'Mengelola arsip dinamis'])
  const rhk1 = skp.rhk[0]!.id
  const rhk2 = skp.rhk[1]!.id
  const onRhk = (rhkId: string, body: string) => ({ skpId: skp.id, topicKind: 'rhk', rhkId, body })
  const onValue = (coreValue: string, body: string) => ({
    skpId: skp.id,
    topicKind: 'perilaku',
    coreValue,
    body,
  })
  return { o, skp, rhk1, rhk2, onRhk, onValue }
}

async function start(who: Who, body: unknown): Promise<FeedbackThread> {
  const res = await post(who, '/api/activities/feedback', body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json()
}
async function reply(who: Who, threadId: string, body: string): Promise<FeedbackThread> {
  const res = await post(who, `/api/activities/feedback/${threadId}/messages`, { body })
  expect(res.statusCode, res.body).toBe(201)
  return res.json()
}
async function list(who: Who, skpId: string): Promise<FeedbackList> {
  const res = await get(who, `/api/activities/feedback?skpId=${skpId}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

describe('POST /api/activities/feedback', () => {
  it('the atasan opens a thread on an RHK; the pegawai is told', async () => {
    const { o, skp, rhk1, onRhk } = await office()
    t.seen.length = 0
    const thread = await start(o.kasub, onRhk(rhk1, 'Laporan minggu ini sudah rapi, pertahankan.'))
    expect(thread).toEqual({
      id: expect.any(String),
      skpId: skp.id,
      pegawaiId: o.staff1.pegawaiId,
      topicKind: 'rhk',
      rhkId: rhk1,
      coreValue: null,
      topicLabel: 'RHK 1: Menyusun laporan pelayanan',
      lastMessageAt: t.clock.now().toISOString(),
      messages: [
        {
          id: expect.any(String),
          authorName: 'Kasubbid A1',
          authorRole: 'atasan',
          mine: true,
          body: 'Laporan minggu ini sudah rapi, pertahankan.',
          createdAt: t.clock.now().toISOString(),
        },
      ],
    })
    expect(t.seen).toEqual([
      {
        name: 'feedback.posted',
        payload: {
          instansiId: o.instansi.id,
          threadId: thread.id,
          skpId: skp.id,
          toPegawaiId: o.staff1.pegawaiId,
          authorName: 'Kasubbid A1',
          authorRole: 'atasan',
          topicLabel: 'RHK 1: Menyusun laporan pelayanan',
          excerpt: 'Laporan minggu ini sudah rapi, pertahankan.',
        },
        observed: undefined,
      },
    ])
  })

  it('a second message on the same topic goes into the same thread', async () => {
    const { o, rhk2, onRhk, onValue } = await office()
    const first = await start(o.kasub, onRhk(rhk2, 'Arsip bulan ini belum lengkap.'))
    tick()
    const second = await start(o.kasub, onRhk(rhk2, 'Sudah saya cek lagi, lengkapi yang Oktober.'))
    expect(second.id).toBe(first.id)
    expect(second.topicLabel).toBe('RHK 2: Mengelola arsip dinamis')
    expect(second.messages.map((m) => m.body)).toEqual([
      'Arsip bulan ini belum lengkap.',
      'Sudah saya cek lagi, lengkapi yang Oktober.',
    ])
    expect(second.lastMessageAt).toBe(t.clock.now().toISOString())
    // A BerAKHLAK value is its own topic.
    const value = await start(o.kasub, onValue('kolaboratif', 'Bagus membantu tim bidang B.'))
    expect(value.id).not.toBe(first.id)
    expect(value).toMatchObject({
      topicKind: 'perilaku',
      coreValue: 'kolaboratif',
      rhkId: null,
      topicLabel: 'Kolaboratif',
    })
  })

  it('two first messages at once on one topic end up in one thread', async () => {
    const { o, skp, rhk1, onRhk } = await office()
    const s = await k.session(o.kasub)
    const send = (body: string) =>
      t.as(s, { method: 'POST', url: '/api/activities/feedback', payload: onRhk(rhk1, body) })
    const results = await Promise.all([send('Pesan pertama'), send('Pesan kedua')])
    expect(results.map((r) => r.statusCode)).toEqual([201, 201])
    const threads = (await list(o.kasub, skp.id)).threads
    expect(threads).toHaveLength(1)
    expect(threads[0]!.messages.map((m) => m.body).sort()).toEqual(['Pesan kedua', 'Pesan pertama'])
  })

  it('an admin writes for the atasan: audited with actingFor; the author is the admin', async () => {
    const { o, onValue } = await office()
    const thread = await start(o.admin, onValue('akuntabel', 'Mohon tepat waktu mengisi progres.'))
    expect(thread.messages[0]).toMatchObject({ authorRole: 'atasan', mine: true })
    expect(thread.messages[0]!.authorName).toContain('Admin')
    const audit = (
      await get(o.admin, `/api/audit?action=feedback.posted&entityId=${thread.id}`)
    ).json().items
    expect(audit).toHaveLength(1)
    expect(audit[0].after).toMatchObject({
      authorRole: 'atasan',
      topicKind: 'perilaku',
      coreValue: 'akuntabel',
      actingFor: 'Kasubbid A1',
      actingForPegawaiId: o.kasub.pegawaiId,
    })
  })

  it('visible but not the atasan side → 403; invisible → 404', async () => {
    const { o, rhk1, onRhk } = await office()
    for (const who of [o.staff1, o.kabid, o.kepala]) {
      const res = await post(who, '/api/activities/feedback', onRhk(rhk1, 'Catatan saya'))
      expect(res.statusCode, res.body).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATASAN' })
    }
    for (const who of [o.staff2, o.staffB]) {
      const res = await post(who, '/api/activities/feedback', onRhk(rhk1, 'Catatan saya'))
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    const unknownSkp = await post(o.kasub, '/api/activities/feedback', {
      ...onRhk(rhk1, 'Catatan'),
      skpId: '00000000-0000-4000-8000-000000000000',
    })
    expect(unknownSkp.statusCode).toBe(404)
  })

  it('rejects bad input with 400 and the field', async () => {
    const { o, skp, rhk1, onRhk, onValue } = await office()
    const other = await k.skpWith(o.staff2, ['RHK orang lain'])
    const url = '/api/activities/feedback'
    expectFieldError(
      await post(o.kasub, url, { skpId: skp.id, topicKind: 'rhk', body: 'Tanpa RHK' }),
      'topicKind',
    )
    expectFieldError(
      await post(o.kasub, url, { ...onRhk(rhk1, 'Dua topik'), coreValue: 'loyal' }),
      'topicKind',
    )
    expectFieldError(
      await post(o.kasub, url, onValue('jujur', 'Nilai yang tidak ada')),
      'coreValue',
    )
    expectFieldError(await post(o.kasub, url, onRhk(rhk1, 'ok')), 'body')
    expectFieldError(await post(o.kasub, url, onRhk(rhk1, 'x'.repeat(4001))), 'body')
    expectFieldError(await post(o.kasub, url, { ...onRhk(rhk1, 'Catatan'), skpId: 'abc' }), 'skpId')
    expectFieldError(
      await post(o.kasub, url, { ...onRhk(rhk1, 'Catatan'), topicKind: 'x' }),
      'topicKind',
    )
    // An RHK of another SKP.
    expectFieldError(
      await post(o.kasub, url, onRhk(other.rhk[0]!.id, 'RHK milik staf lain')),
      'rhkId',
      'RHK_NOT_IN_SKP',
    )
    expect((await list(o.kasub, skp.id)).threads).toEqual([])
  })
})

describe('POST /api/activities/feedback/:threadId/messages', () => {
  it('the pegawai replies; the atasan is told; both see who wrote what', async () => {
    const { o, skp, rhk1, onRhk } = await office()
    const thread = await start(o.kasub, onRhk(rhk1, 'Tolong tambahkan foto kegiatan.'))
    tick()
    t.seen.length = 0
    const long = `Baik Pak, ${'foto sudah saya unggah di setiap kegiatan '.repeat(5)}`
    const after = await reply(o.staff1, thread.id, long)
    expect(after.messages.map((m) => [m.authorRole, m.mine])).toEqual([
      ['atasan', false],
      ['pegawai', true],
    ])
    expect(after.lastMessageAt).toBe(t.clock.now().toISOString())
    expect(t.seen).toHaveLength(1)
    const e = t.seen[0]!
    expect(e.name).toBe('feedback.posted')
    expect(e.payload).toMatchObject({
      threadId: thread.id,
      skpId: skp.id,
      toPegawaiId: o.kasub.pegawaiId,
      authorName: 'Staf Satu',
      authorRole: 'pegawai',
    })
    const excerpt = (e.payload as { excerpt: string }).excerpt
    expect(excerpt.length).toBeLessThanOrEqual(140)
    expect(excerpt.endsWith('…')).toBe(true)
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true)

    tick()
    const again = await reply(o.kasub, thread.id, 'Terima kasih.')
    expect(again.messages.map((m) => [m.authorName, m.mine])).toEqual([
      ['Kasubbid A1', true],
      ['Staf Satu', false],
      ['Kasubbid A1', true],
    ])
  })

  it('supervisors above read but do not write (403); others 404', async () => {
    const { o, rhk1, onRhk } = await office()
    const thread = await start(o.kasub, onRhk(rhk1, 'Catatan awal atasan'))
    const url = `/api/activities/feedback/${thread.id}/messages`
    for (const who of [o.kabid, o.kepala]) {
      const res = await post(who, url, { body: 'Ikut menimpali' })
      expect(res.statusCode, res.body).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_PARTY' })
    }
    for (const who of [o.staff2, o.staffB]) {
      const res = await post(who, url, { body: 'Ikut menimpali' })
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    const unknown = await post(
      o.kasub,
      '/api/activities/feedback/00000000-0000-4000-8000-000000000000/messages',
      { body: 'Halo' },
    )
    expect(unknown.statusCode).toBe(404)
    expectFieldError(await post(o.staff1, url, { body: '' }), 'body')
    expectFieldError(await post(o.staff1, url, { body: '   ' }), 'body')
    expectFieldError(await post(o.staff1, url, {}), 'body')
    expectFieldError(
      await post(o.staff1, '/api/activities/feedback/xyz/messages', { body: 'a' }),
      'threadId',
    )
    // Nothing was added by the refused attempts.
    expect((await list(o.staff1, thread.skpId)).threads[0]!.messages).toHaveLength(1)
  })

  it('without a snapshotted atasan, the pegawai’s reply goes to today’s atasan', async () => {
    // A unit with no head: the SKP is made with no atasan; a head arrives afterwards.
    const inst = await t.f.instansi()
    const unit = await t.f.unit(inst.id, 'Bagian Umum')
    const staff = await t.f.pegawai(inst.id, unit.id, { name: 'Staf Bagian Umum' })
    const skp = await k.skpWith(staff, ['Mengelola persuratan'])
    expect(skp.atasan).toBeNull()
    const head = await t.f.pegawai(inst.id, unit.id, { head: true, name: 'Kabag Umum' })
    const thread = await start(head, {
      skpId: skp.id,
      topicKind: 'rhk',
      rhkId: skp.rhk[0]!.id,
      body: 'Persuratan bulan ini tertib.',
    })
    t.seen.length = 0
    await reply(staff, thread.id, 'Terima kasih, Bu.')
    expect(t.seen.map((s) => s.payload)).toMatchObject([{ toPegawaiId: head.pegawaiId }])
  })
})

describe('GET /api/activities/feedback?skpId', () => {
  it('threads by latest activity, messages oldest first, canStart for the atasan side', async () => {
    const { o, skp, rhk1, rhk2, onRhk, onValue } = await office()
    const a = await start(o.kasub, onRhk(rhk1, 'Pesan A1'))
    tick()
    const b = await start(o.kasub, onRhk(rhk2, 'Pesan B1'))
    tick()
    const c = await start(o.kasub, onValue('adaptif', 'Pesan C1'))
    tick()
    await reply(o.staff1, a.id, 'Balasan A2')

    const mine = await list(o.staff1, skp.id)
    expect(mine.skpId).toBe(skp.id)
    expect(mine.canStart).toBe(false)
    expect(mine.threads.map((th) => th.id)).toEqual([a.id, c.id, b.id])
    expect(mine.threads[0]!.messages.map((m) => [m.body, m.authorRole, m.mine])).toEqual([
      ['Pesan A1', 'atasan', false],
      ['Balasan A2', 'pegawai', true],
    ])
    expect(mine.threads.map((th) => th.topicLabel)).toEqual([
      'RHK 1: Menyusun laporan pelayanan',
      'Adaptif',
      'RHK 2: Mengelola arsip dinamis',
    ])
    expect((await list(o.kasub, skp.id)).canStart).toBe(true)
    expect((await list(o.admin, skp.id)).canStart).toBe(true)
    const kabid = await list(o.kabid, skp.id)
    expect(kabid.canStart).toBe(false)
    expect(kabid.threads).toHaveLength(3)
  })

  it('an SKP without threads lists none; outsiders get 404; bad input 400', async () => {
    const { o, skp } = await office()
    expect(await list(o.staff1, skp.id)).toEqual({ skpId: skp.id, canStart: false, threads: [] })
    for (const who of [o.staff2, o.staffB]) {
      const res = await get(who, `/api/activities/feedback?skpId=${skp.id}`)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    const other = await t.f.office()
    expect((await get(other.admin, `/api/activities/feedback?skpId=${skp.id}`)).statusCode).toBe(
      404,
    )
    expectFieldError(await get(o.staff1, '/api/activities/feedback'), 'skpId')
    expectFieldError(await get(o.staff1, '/api/activities/feedback?skpId=1'), 'skpId')
    expect((await get(null, `/api/activities/feedback?skpId=${skp.id}`)).statusCode).toBe(401)
  })
})
