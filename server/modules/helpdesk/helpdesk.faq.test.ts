import { and, eq, like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Faq } from '../../../shared/helpdesk.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { helpdeskKit } from './helpdesk-test-kit.ts'

/** The FAQ kept by the PIC side, and each person's onboarding state of the built-in guide. */
const t = await setupTestApp()
const h = helpdeskKit(t)
const o = await t.f.office()
const pic = await t.f.pegawai(o.instansi.id, o.units.root.id, { roles: ['pic_helpdesk'] })
const other = await t.f.office()

const entry = (over: Record<string, unknown> = {}) => ({
  question: 'Bagaimana cara masuk ke aplikasi?',
  answer: 'Masuk dengan NIP 18 digit dan kata sandi Anda.',
  category: 'akun',
  published: true,
  sortOrder: 10,
  ...over,
})
type FaqList = { items: Faq[] }

describe('FAQ', () => {
  it('lets the PIC side write entries; everyone reads the published ones', async () => {
    const created = h.ok<Faq>(await h.post(pic, '/faq', entry()), 201)
    expect(created).toMatchObject({ ...entry(), version: 0 })
    const draft = h.ok<Faq>(
      await h.post(
        o.admin,
        '/faq',
        entry({ question: 'Draf: cara mengganti atasan?', published: false, sortOrder: 5 }),
      ),
      201,
    )
    // Default order 0 comes first.
    const first = h.ok<Faq>(
      await h.post(pic, '/faq', {
        question: 'Apa itu progres harian?',
        answer: 'Catatan kegiatan harian yang dikaitkan dengan RHK.',
        category: 'progres_harian',
        published: true,
      }),
      201,
    )
    expect(first.sortOrder).toBe(0)

    const forPegawai = h.ok<FaqList>(await h.get(o.staff1, '/faq'))
    expect(forPegawai.items.map((i) => i.id)).toEqual([first.id, created.id])
    const forPic = h.ok<FaqList>(await h.get(pic, '/faq'))
    expect(forPic.items.map((i) => i.id)).toEqual([first.id, draft.id, created.id])
    const search = h.ok<FaqList>(await h.get(o.staff1, '/faq?q=nip'))
    expect(search.items.map((i) => i.id)).toEqual([created.id])
    const searchDraft = h.ok<FaqList>(await h.get(o.staff1, '/faq?q=atasan'))
    expect(searchDraft.items).toEqual([])
    // Another instansi has its own FAQ.
    expect(h.ok<FaqList>(await h.get(other.admin, '/faq')).items).toEqual([])
  })

  it('updates with the version (stale → 409 with the current entry) and deletes', async () => {
    const created = h.ok<Faq>(
      await h.post(pic, '/faq', entry({ question: 'Lupa kata sandi?' })),
      201,
    )
    const updated = h.ok<Faq>(
      await h.put(pic, `/faq/${created.id}`, {
        ...entry({
          question: 'Lupa kata sandi?',
          answer: 'Minta admin mengatur ulang kata sandi.',
        }),
        version: 0,
      }),
    )
    expect(updated).toMatchObject({ version: 1, answer: 'Minta admin mengatur ulang kata sandi.' })
    const stale = await h.put(o.admin, `/faq/${created.id}`, { ...entry(), version: 0 })
    expect(stale.statusCode).toBe(409)
    expect(stale.json()).toMatchObject({
      error: { code: 'CONFLICT', reason: 'VERSION_CONFLICT' },
      current: { id: created.id, version: 1 },
    })
    const bad = await h.put(pic, `/faq/${created.id}`, { question: 'x', answer: '', category: 'x' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toMatchObject({
      question: 'Tulis pertanyaan (minimal 5 karakter)',
      answer: 'Tulis jawaban (minimal 5 karakter)',
      category: 'Pilih kategori',
    })
    expect(Object.keys(bad.json().error.fields)).toEqual(
      expect.arrayContaining(['published', 'version']),
    )
    const del = await h.del(pic, `/faq/${created.id}`)
    expect(del.statusCode).toBe(200)
    expect(del.json()).toEqual({ ok: true })
    expect((await h.del(pic, `/faq/${created.id}`)).statusCode).toBe(404)
    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), like(auditLog.action, 'helpdesk.faq_%')))
      .orderBy(auditLog.id)
    expect(audit.map((a) => a.action)).toEqual([
      'helpdesk.faq_created',
      'helpdesk.faq_updated',
      'helpdesk.faq_deleted',
    ])
  })

  it('answers a pegawai 403 on a published entry, 404 on a draft, and 403 on creating', async () => {
    const published = h.ok<Faq>(await h.post(pic, '/faq', entry()), 201)
    const draft = h.ok<Faq>(await h.post(pic, '/faq', entry({ published: false })), 201)
    const create = await h.post(o.staff1, '/faq', entry())
    expect(create.statusCode).toBe(403)
    expect(create.json().error.reason).toBe('NOT_STAFF')
    const put = await h.put(o.staff1, `/faq/${published.id}`, { ...entry(), version: 0 })
    expect(put.statusCode).toBe(403)
    const putDraft = await h.put(o.staff1, `/faq/${draft.id}`, { ...entry(), version: 0 })
    expect(putDraft.statusCode).toBe(404)
    expect((await h.del(o.staff1, `/faq/${published.id}`)).statusCode).toBe(403)
    expect((await h.del(other.admin, `/faq/${published.id}`)).statusCode).toBe(404)
  })
})

describe('onboarding', () => {
  it('remembers the tour per account', async () => {
    expect(h.ok(await h.get(o.staff1, '/onboarding'))).toEqual({
      tourDone: false,
      completedAt: null,
    })
    const done = h.ok(await h.post(o.staff1, '/onboarding', { done: true }))
    expect(done).toEqual({ tourDone: true, completedAt: '2026-11-27T02:00:00.000Z' })
    // Saying done again keeps the first completion time.
    t.clock.set('2026-11-27T05:00:00Z')
    expect(h.ok(await h.post(o.staff1, '/onboarding', { done: true }))).toEqual(done)
    t.clock.set('2026-11-27T02:00:00Z')
    expect(h.ok(await h.get(o.staff1, '/onboarding'))).toEqual(done)
    expect(h.ok(await h.get(o.staff2, '/onboarding'))).toEqual({
      tourDone: false,
      completedAt: null,
    })
    // Again from the start.
    expect(h.ok(await h.post(o.staff1, '/onboarding', { done: false }))).toEqual({
      tourDone: false,
      completedAt: null,
    })
    // Accounts without a pegawai or instansi have a tour too.
    const superAdmin = await t.f.account(null, ['super_admin'])
    expect(
      h.ok<{ tourDone: boolean }>(await h.post(superAdmin, '/onboarding', { done: true })).tourDone,
    ).toBe(true)
    const bad = await h.post(o.staff1, '/onboarding', { done: 'ya' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.fields).toHaveProperty('done')
  })
})
