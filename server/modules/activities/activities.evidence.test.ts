import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq, sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_EVIDENCE_BYTES, type Evidence, type Progress } from '../../../shared/activities.ts'
import {
  ACTIVITIES,
  attachEvidence,
  evidenceFiles,
  logProgress,
  multipart,
  uploadEvidence,
} from '../../test/activities-factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { displayFileName, downloadFileName } from './activities.presenter.ts'
import { dailyProgress, progressEvidence } from './activities.tables.ts'

/**
 * Evidence files (quality.md "Uploads"): size limit, type by content, content-addressed storage
 * outside the web root, attachment + nosniff on download, nothing left behind by a rejected
 * upload, and the entry's visibility rule on the file URL.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-evidence-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
const k = skpKit(t)
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** Every regular file under the upload directory (temp files included). */
async function storedFiles(dir = uploadDir): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await storedFiles(p)))
    else out.push(path.relative(uploadDir, p))
  }
  return out.sort()
}
const storedPath = (key: string) => path.join(key.slice(0, 2), key.slice(2, 4), key)

async function evidenceRows(progressId: string) {
  return t.db.select().from(progressEvidence).where(eq(progressEvidence.progressId, progressId))
}

const download = (s: Session | null, evidenceId: string) =>
  t.as(s, { method: 'GET', url: `${ACTIVITIES}/evidence/${evidenceId}/file` })

async function office() {
  const o = await t.f.office()
  return {
    o,
    staff: await k.session(o.staff1),
    kasub: await k.session(o.kasub),
    kabid: await k.session(o.kabid),
    colleague: await k.session(o.staff2),
    admin: await k.session(o.admin),
  }
}

/** Files the test leaves behind are its own: each test checks only the keys it made. */
async function withoutFilesOf(keys: string[]) {
  const files = await storedFiles()
  return keys.filter((key) => files.includes(storedPath(key)))
}

describe('uploading evidence', () => {
  it.each([
    ['a photo (JPEG)', evidenceFiles.jpeg('p', 2048), 'foto kegiatan.jpg', 'image/jpeg'],
    ['a PNG', evidenceFiles.png(), 'tangkapan-layar.png', 'image/png'],
    ['a PDF', evidenceFiles.pdf(), 'undangan.pdf', 'application/pdf'],
    [
      'a Word document',
      evidenceFiles.docx(),
      'notulen.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])(
    'stores %s by its content hash and serves it as an attachment',
    async (_n, data, name, mime) => {
      const x = await office()
      const entry = await logProgress(t, x.staff)
      const res = await uploadEvidence(t, x.staff, entry.id, {
        data,
        filename: name,
        // What the browser claims does not matter.
        contentType: 'application/octet-stream',
      })
      expect(res.statusCode, res.body).toBe(201)
      const ev = res.json<Evidence>()
      expect(ev).toMatchObject({
        kind: 'file',
        fileName: name,
        mimeType: mime,
        size: data.length,
        url: null,
        downloadUrl: `/api/activities/evidence/${ev.id}/file`,
      })
      const [row] = await evidenceRows(entry.id)
      expect(row).toMatchObject({ fileKey: sha(data), pegawaiId: x.o.staff1.pegawaiId })
      expect(await storedFiles()).toContain(storedPath(sha(data)))

      const file = await download(x.staff, ev.id)
      expect(file.statusCode).toBe(200)
      expect(file.rawPayload.equals(data)).toBe(true)
      expect(file.headers['content-type']).toBe(mime)
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="/)
      expect(file.headers['content-disposition']).toContain(encodeURIComponent(name))
      expect(file.headers['x-content-type-options']).toBe('nosniff')
      expect(file.headers['cache-control']).toBe('private, no-store')
      expect(file.headers['content-security-policy']).toBe("default-src 'none'; sandbox")

      const listed = (
        await t.as(x.staff, { method: 'GET', url: `${ACTIVITIES}/progress/${entry.id}` })
      ).json<Progress>()
      expect(listed.evidence.map((e) => e.id)).toEqual([ev.id])
    },
  )

  it.each([
    ['HTML named .jpg', evidenceFiles.html(), 'foto.jpg', 'image/jpeg'],
    ['an executable named .jpg', evidenceFiles.exe(), 'foto.jpg', 'image/jpeg'],
    [
      'a zip named .docx',
      evidenceFiles.zip(),
      'laporan.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['plain text named .pdf', Buffer.from('bukan pdf'), 'laporan.pdf', 'application/pdf'],
  ])('refuses %s and leaves no file and no row', async (_n, data, filename, contentType) => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const before = await storedFiles()
    const res = await uploadEvidence(t, x.staff, entry.id, { data, filename, contentType })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'FILE_TYPE_NOT_ALLOWED',
    })
    // The message names what is allowed, in Indonesian.
    expect(res.json().error.message).toMatch(/JPG.*PNG.*PDF.*Word.*Excel/s)
    expect(res.json().error.fields).toHaveProperty('file')
    expect(await storedFiles()).toEqual(before)
    expect(await evidenceRows(entry.id)).toEqual([])
  })

  it('refuses a file over the limit with 413 and keeps nothing; exactly the limit is fine', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const before = await storedFiles()
    const big = evidenceFiles.jpeg('b', MAX_EVIDENCE_BYTES + 1)
    const res = await uploadEvidence(t, x.staff, entry.id, { data: big, filename: 'besar.jpg' })
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' })
    expect(await storedFiles()).toEqual(before)
    expect(await evidenceRows(entry.id)).toEqual([])

    const exact = evidenceFiles.jpeg('e', MAX_EVIDENCE_BYTES)
    const ok = await uploadEvidence(t, x.staff, entry.id, { data: exact, filename: 'pas.jpg' })
    expect(ok.statusCode, ok.body).toBe(201)
    expect(ok.json().size).toBe(MAX_EVIDENCE_BYTES)
  })

  it('is idempotent by clientId (the field may follow the file)', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const clientId = randomUUID()
    const data = evidenceFiles.jpeg('i', 900)
    const first = await uploadEvidence(t, x.staff, entry.id, { data, filename: 'a.jpg' }, clientId)
    expect(first.statusCode).toBe(201)
    // The retry puts clientId after the file part.
    const body = multipart([
      { name: 'file', data, filename: 'a.jpg', contentType: 'image/jpeg' },
      { name: 'clientId', data: clientId },
    ])
    const retry = await t.as(x.staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress/${entry.id}/evidence`,
      payload: body.payload,
      headers: body.headers,
    })
    expect(retry.statusCode).toBe(200)
    expect(retry.json()).toEqual(first.json())
    expect(await evidenceRows(entry.id)).toHaveLength(1)
    expect((await storedFiles()).filter((f) => f.startsWith('tmp'))).toEqual([])
  })

  it('keeps one copy of the same content and removes it when the last reference goes', async () => {
    const x = await office()
    const a = await logProgress(t, x.staff)
    const b = await logProgress(t, x.staff, { startTime: '13:00', endTime: '14:00' })
    const data = evidenceFiles.jpeg('shared', 700)
    const evA = await attachEvidence(t, x.staff, a.id, { data, filename: 'sama.jpg' })
    const evB = await attachEvidence(t, x.staff, b.id, { data, filename: 'sama-juga.jpg' })
    expect(await withoutFilesOf([sha(data)])).toEqual([sha(data)])
    const delA = await t.as(x.staff, {
      method: 'DELETE',
      url: `${ACTIVITIES}/progress/${a.id}/evidence/${evA.id}`,
    })
    expect(delA.statusCode).toBe(200)
    expect(await withoutFilesOf([sha(data)])).toEqual([sha(data)])
    expect((await download(x.staff, evB.id)).rawPayload.equals(data)).toBe(true)
    // Deleting the entry takes its evidence and, with no reference left, the file.
    expect(
      (await t.as(x.staff, { method: 'DELETE', url: `${ACTIVITIES}/progress/${b.id}` })).statusCode,
    ).toBe(200)
    expect(await withoutFilesOf([sha(data)])).toEqual([])
    expect((await download(x.staff, evB.id)).statusCode).toBe(404)
  })

  it('removes a placed file when the database write fails after it, unless another row uses it', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    // A deferred trigger fails the commit of any evidence named boom*: the file is already in place then.
    await t.db.execute(sql`
      CREATE OR REPLACE FUNCTION test_fail_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.file_name LIKE 'boom%' THEN RAISE EXCEPTION 'simulated failure at commit'; END IF;
        RETURN NEW;
      END $$`)
    await t.db.execute(sql`
      CREATE CONSTRAINT TRIGGER test_fail_boom AFTER INSERT ON progress_evidence
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_boom()`)
    try {
      const lonely = evidenceFiles.jpeg('lonely', 600)
      const failed = await uploadEvidence(t, x.staff, entry.id, {
        data: lonely,
        filename: 'boom.jpg',
      })
      expect(failed.statusCode).toBe(500)
      expect(await withoutFilesOf([sha(lonely)])).toEqual([])

      const shared = evidenceFiles.jpeg('kept', 600)
      await attachEvidence(t, x.staff, entry.id, { data: shared, filename: 'ok.jpg' })
      const again = await uploadEvidence(t, x.staff, entry.id, {
        data: shared,
        filename: 'boom.jpg',
      })
      expect(again.statusCode).toBe(500)
      expect(await withoutFilesOf([sha(shared)])).toEqual([sha(shared)])
      expect((await evidenceRows(entry.id)).map((r) => r.fileName)).toEqual(['ok.jpg'])
      expect((await storedFiles()).filter((f) => f.startsWith('tmp'))).toEqual([])
    } finally {
      await t.db.execute(sql`DROP TRIGGER test_fail_boom ON progress_evidence`)
    }
  })

  it('sanitises the name for display and gives the download the extension of its content', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const ev = await attachEvidence(t, x.staff, entry.id, {
      data: evidenceFiles.png(),
      filename: 'C:\\Users\\budi\\laporan final.html',
    })
    expect(ev.fileName).toBe('laporan final.html')
    const file = await download(x.staff, ev.id)
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="laporan final.html.png"; filename*=UTF-8''${encodeURIComponent('laporan final.html.png')}`,
    )
  })

  it('checks access before storing anything: 404 when the entry is not visible, 403 for the atasan', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const data = evidenceFiles.jpeg('nope', 500)
    const before = await storedFiles()
    const asColleague = await uploadEvidence(t, x.colleague, entry.id, { data, filename: 'x.jpg' })
    expect(asColleague.statusCode).toBe(404)
    const asAtasan = await uploadEvidence(t, x.kasub, entry.id, { data, filename: 'x.jpg' })
    expect(asAtasan.statusCode).toBe(403)
    const asAdmin = await uploadEvidence(t, x.admin, entry.id, { data, filename: 'x.jpg' })
    expect(asAdmin.statusCode).toBe(403)
    const unknown = await uploadEvidence(t, x.staff, randomUUID(), { data, filename: 'x.jpg' })
    expect(unknown.statusCode).toBe(404)
    expect(await storedFiles()).toEqual(before)
  })

  it('refuses uploads to an entry verified sesuai, beyond 10 files, without a file or with a bad clientId', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    for (let i = 0; i < 10; i++)
      await attachEvidence(t, x.staff, entry.id, {
        data: evidenceFiles.jpeg(`n${i}`, 300),
        filename: `${i}.jpg`,
      })
    const eleventh = await uploadEvidence(t, x.staff, entry.id, {
      data: evidenceFiles.jpeg('n10', 300),
      filename: '10.jpg',
    })
    expect(eleventh.statusCode).toBe(409)
    expect(eleventh.json().error.reason).toBe('EVIDENCE_LIMIT')
    expect(await withoutFilesOf([sha(evidenceFiles.jpeg('n10', 300))])).toEqual([])

    const other = await logProgress(t, x.staff, { startTime: '13:00', endTime: '14:00' })
    const noFile = multipart([{ name: 'clientId', data: randomUUID() }])
    const missing = await t.as(x.staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress/${other.id}/evidence`,
      payload: noFile.payload,
      headers: noFile.headers,
    })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error).toMatchObject({
      reason: 'FILE_MISSING',
      fields: { file: expect.any(String) },
    })
    const json = await t.as(x.staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress/${other.id}/evidence`,
      payload: {},
    })
    expect(json.statusCode).toBe(400)
    const badId = await uploadEvidence(
      t,
      x.staff,
      other.id,
      { data: evidenceFiles.jpeg('badid', 300), filename: 'x.jpg' },
      'bukan-uuid',
    )
    expect(badId.statusCode).toBe(400)
    expect(badId.json().error.fields).toHaveProperty('clientId')
    expect(await withoutFilesOf([sha(evidenceFiles.jpeg('badid', 300))])).toEqual([])
    expect(await evidenceRows(other.id)).toEqual([])

    await t.db
      .update(dailyProgress)
      .set({ verificationStatus: 'sesuai' })
      .where(eq(dailyProgress.id, other.id))
    const verified = await uploadEvidence(t, x.staff, other.id, {
      data: evidenceFiles.png(),
      filename: 'x.png',
    })
    expect(verified.statusCode).toBe(409)
    expect(verified.json().error.reason).toBe('PROGRESS_VERIFIED')
  })
})

describe('downloading evidence', () => {
  it('follows the entry’s visibility: owner, supervisors and admin; everyone else 404', async () => {
    const x = await office()
    const other = await t.f.office()
    const pic = await t.f.account(x.o.instansi.id, ['pic_helpdesk'])
    const entry = await logProgress(t, x.staff)
    const ev = await attachEvidence(t, x.staff, entry.id)
    const expectations: [Session | null, number][] = [
      [null, 401],
      [x.staff, 200],
      [x.kasub, 200],
      [x.kabid, 200],
      [x.admin, 200],
      [x.colleague, 404],
      [await k.session(x.o.staffB), 404],
      [await k.session(pic), 404],
      [await k.session(other.admin), 404],
      [await k.session(other.staff1), 404],
    ]
    for (const [session, status] of expectations) {
      const res = await download(session, ev.id)
      expect(res.statusCode, session?.username ?? 'anonymous').toBe(status)
      if (status === 404) expect(res.json().error.code).toBe('NOT_FOUND')
    }
    // A link has no file; an unknown id is not found either.
    const withLink = await logProgress(t, x.staff, {
      startTime: '13:00',
      endTime: '14:00',
      links: ['https://x.example/a'],
    })
    expect((await download(x.staff, withLink.evidence[0]!.id)).statusCode).toBe(404)
    expect((await download(x.staff, randomUUID())).statusCode).toBe(404)
  })

  it('only the owner deletes evidence; someone else’s evidence answers 404', async () => {
    const x = await office()
    const entry = await logProgress(t, x.staff)
    const ev = await attachEvidence(t, x.staff, entry.id)
    const url = `${ACTIVITIES}/progress/${entry.id}/evidence/${ev.id}`
    expect((await t.as(x.colleague, { method: 'DELETE', url })).statusCode).toBe(404)
    expect((await t.as(x.kasub, { method: 'DELETE', url })).statusCode).toBe(403)
    const mine = await logProgress(t, x.colleague)
    // Another entry's evidence under my entry's URL is not found.
    expect(
      (
        await t.as(x.colleague, {
          method: 'DELETE',
          url: `${ACTIVITIES}/progress/${mine.id}/evidence/${ev.id}`,
        })
      ).statusCode,
    ).toBe(404)
    expect((await t.as(x.staff, { method: 'DELETE', url })).statusCode).toBe(200)
    expect(await evidenceRows(entry.id)).toEqual([])
  })
})

describe('evidence file names', () => {
  it.each([
    ['foto kegiatan.jpg', 'foto kegiatan.jpg'],
    ['C:\\fakepath\\laporan.pdf', 'laporan.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['nama\u0000dengan\u0007kontrol"kutip".png', 'namadengankontrolkutip.png'],
    ['', 'bukti'],
    [`${'a'.repeat(200)}.jpg`, `${'a'.repeat(146)}.jpg`],
  ])('displays %j as %j', (raw, shown) => {
    expect(displayFileName(raw)).toBe(shown)
  })

  it.each([
    ['foto.JPG', 'image/jpeg', 'foto.JPG'],
    ['foto.jpeg', 'image/jpeg', 'foto.jpeg'],
    ['foto.png', 'image/jpeg', 'foto.png.jpg'],
    ['laporan', 'application/pdf', 'laporan.pdf'],
    ['lama.xls', 'application/x-cfb', 'lama.xls'],
    ['skrip.html', 'image/png', 'skrip.html.png'],
  ])('downloads %j (%s) as %j', (name, mime, out) => {
    expect(downloadFileName(name, mime)).toBe(out)
  })
})
