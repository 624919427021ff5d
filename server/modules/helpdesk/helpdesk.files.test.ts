import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { evidenceFiles } from '../../test/activities-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { helpdeskKit, HELPDESK } from './helpdesk-test-kit.ts'
import { helpdeskAttachments } from './helpdesk.tables.ts'

/**
 * Screenshots on tickets: the type is read from the content (PNG, JPEG, WebP, PDF), 5 MB at
 * most, stored under UPLOAD_DIR/helpdesk, served only to who may see the ticket, always as an
 * attachment the browser does not sniff.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-helpdesk-files-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const h = helpdeskKit(t)

const o = await t.f.office()
const pic = await t.f.pegawai(o.instansi.id, o.units.root.id, { roles: ['pic_helpdesk'] })
const other = await t.f.office()

/** A minimal WebP (RIFF container, VP8 chunk header). */
const webp = () =>
  Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.from([0x1a, 0, 0, 0]),
    Buffer.from('WEBPVP8 '),
    Buffer.alloc(18, 1),
  ])

/** Every file stored under the helpdesk folder (tmp excluded). */
async function storedFiles(): Promise<string[]> {
  const root = path.join(uploadDir, 'helpdesk')
  const out: string[] = []
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) {
        if (e.name !== 'tmp') await walk(p)
      } else out.push(path.relative(root, p))
    }
  }
  await walk(root)
  return out
}

describe('POST /tickets/:id/attachments', () => {
  it('stores screenshots and PDFs by content, and lists them on the ticket', async () => {
    const ticket = await h.open(o.staff1)
    const png = await h.upload(o.staff1, ticket.id, {
      data: evidenceFiles.png(),
      filename: 'layar ../../x.png',
    })
    expect(png.statusCode, png.body).toBe(201)
    expect(png.json()).toMatchObject({
      fileName: 'x.png',
      mimeType: 'image/png',
      size: evidenceFiles.png().length,
      url: `${HELPDESK}/attachments/${png.json().id}/file`,
    })
    // The PIC may attach too; the name does not decide the type.
    const jpeg = await h.upload(pic, ticket.id, { data: evidenceFiles.jpeg(), filename: 'foto' })
    expect(jpeg.statusCode, jpeg.body).toBe(201)
    expect(jpeg.json().mimeType).toBe('image/jpeg')
    const w = await h.upload(o.staff1, ticket.id, { data: webp(), filename: 'layar.webp' })
    expect(w.statusCode, w.body).toBe(201)
    expect(w.json().mimeType).toBe('image/webp')
    const pdf = await h.upload(o.staff1, ticket.id, {
      data: evidenceFiles.pdf(),
      filename: 'a.pdf',
    })
    expect(pdf.statusCode, pdf.body).toBe(201)
    const detail = await h.read(o.staff1, ticket.id)
    expect(detail.attachments.map((a) => a.mimeType)).toEqual([
      'image/png',
      'image/jpeg',
      'image/webp',
      'application/pdf',
    ])
    expect((await storedFiles()).length).toBeGreaterThanOrEqual(4)
  })

  it('refuses other content with a clear 400, over 5 MB with 413, and keeps nothing', async () => {
    const ticket = await h.open(o.staff2)
    const before = await storedFiles()
    const html = await h.upload(o.staff2, ticket.id, {
      data: Buffer.from('<html><script>alert(1)</script></html>'),
      filename: 'layar.png',
    })
    expect(html.statusCode).toBe(400)
    expect(html.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'FILE_TYPE_NOT_ALLOWED',
      message:
        'Jenis berkas tidak didukung. Lampirkan tangkapan layar (PNG, JPG, WebP) atau PDF. Jenis berkas dikenali dari isinya, bukan dari namanya.',
    })
    expect(html.json().error.fields.file).toMatch(/PNG, JPG, WebP/)
    const docx = await h.upload(o.staff2, ticket.id, {
      data: evidenceFiles.docx(),
      filename: 'laporan.docx',
    })
    expect(docx.statusCode).toBe(400)
    const big = Buffer.concat([evidenceFiles.png(), Buffer.alloc(5 * 1024 * 1024)])
    const tooBig = await h.upload(o.staff2, ticket.id, { data: big, filename: 'besar.png' })
    expect(tooBig.statusCode).toBe(413)
    expect(tooBig.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'FILE_TOO_LARGE',
    })
    expect(tooBig.json().error.message).toMatch(/maksimal 5 MB/)
    // Exactly 5 MB is fine.
    const exact = Buffer.concat([
      evidenceFiles.jpeg('b'),
      Buffer.alloc(5 * 1024 * 1024 - evidenceFiles.jpeg('b').length),
    ])
    const ok = await h.upload(o.staff2, ticket.id, { data: exact, filename: 'pas.jpg' })
    expect(ok.statusCode, ok.body).toBe(201)
    const empty = await h.upload(o.staff2, ticket.id, { data: Buffer.alloc(0), filename: 'x.png' })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.reason).toBe('FILE_EMPTY')
    expect((await storedFiles()).length).toBe(before.length + 1)
    const rows = await t.db
      .select()
      .from(helpdeskAttachments)
      .where(eq(helpdeskAttachments.ticketId, ticket.id))
    expect(rows).toHaveLength(1)
  })

  it('needs multipart with a file', async () => {
    const ticket = await h.open(o.staff2)
    const json = await h.post(o.staff2, `/tickets/${ticket.id}/attachments`, { file: 'x' })
    expect(json.statusCode).toBe(400)
    expect(json.json().error.reason).toBe('MULTIPART_REQUIRED')
    const res = await t.as(await h.session(o.staff2), {
      method: 'POST',
      url: `${HELPDESK}/tickets/${ticket.id}/attachments`,
      ...(() => {
        const body = multipartField('catatan', 'tanpa berkas')
        return { payload: body.payload, headers: body.headers }
      })(),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ reason: 'FILE_MISSING' })
    expect(res.json().error.fields.file).toBe('Pilih tangkapan layar atau PDF')
  })

  it('allows it to the reporter and the PIC side only, not on a selesai ticket, 10 at most', async () => {
    const ticket = await h.open(o.staff1)
    const file = { data: evidenceFiles.png(), filename: 'a.png' }
    expect((await h.upload(o.staff2, ticket.id, file)).statusCode).toBe(404)
    expect((await h.upload(other.admin, ticket.id, file)).statusCode).toBe(404)
    expect((await h.upload(o.admin, ticket.id, file)).statusCode).toBe(201)
    for (let i = 0; i < 9; i++)
      expect(
        (
          await h.upload(o.staff1, ticket.id, {
            data: evidenceFiles.jpeg(`s${i}`),
            filename: 'b.jpg',
          })
        ).statusCode,
      ).toBe(201)
    const eleventh = await h.upload(o.staff1, ticket.id, file)
    expect(eleventh.statusCode).toBe(409)
    expect(eleventh.json().error.reason).toBe('ATTACHMENT_LIMIT')

    const closed = await h.open(o.staff1)
    await h.status(o.staff1, closed, 'selesai')
    const done = await h.upload(o.staff1, closed.id, file)
    expect(done.statusCode).toBe(409)
    expect(done.json().error.reason).toBe('TICKET_DONE')
  })
})

describe('GET /attachments/:id/file', () => {
  it('serves the bytes as an attachment with nosniff to who may see the ticket; others 404', async () => {
    const ticket = await h.open(o.staff1)
    const bytes = evidenceFiles.png()
    const up = await h.upload(o.staff1, ticket.id, { data: bytes, filename: 'layar.html' })
    expect(up.statusCode, up.body).toBe(201)
    const url = `/attachments/${up.json().id}/file`
    for (const who of [o.staff1, pic, o.admin]) {
      const res = await h.get(who, url)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('image/png')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      // A PNG named .html downloads as .html.png: nothing opens it as a page.
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="layar.html.png"; filename*=UTF-8''layar.html.png`,
      )
      expect(res.rawPayload.equals(bytes)).toBe(true)
    }
    for (const who of [o.staff2, o.kasub, other.admin]) {
      const res = await h.get(who, url)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
    expect((await h.get(null, url)).statusCode).toBe(401)
    expect((await h.get(o.staff1, `/attachments/${crypto.randomUUID()}/file`)).statusCode).toBe(404)
  })
})

function multipartField(name: string, value: string) {
  const boundary = '----kinerjaHelpdeskTest'
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--${boundary}--\r\n`,
  )
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
