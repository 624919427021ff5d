import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { EVIDENCE_MIME_TYPES } from '../../shared/activities.ts'
import { evidenceFiles } from '../test/activities-factories.ts'
import { AppError } from './errors.ts'
import { createLocalFileStore, isFileKey, type StageOptions } from './file-store.ts'

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-files-'))
afterAll(() => fs.rm(root, { recursive: true, force: true }))

const store = createLocalFileStore(root)
const opts: StageOptions = {
  maxBytes: 4096,
  allowedTypes: EVIDENCE_MIME_TYPES,
  typeMessage: 'Jenis berkas tidak didukung',
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** Every file under the root except directories: what a rejected upload must not leave. */
async function filesUnder(dir = root): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await filesUnder(p)))
    else out.push(path.relative(root, p))
  }
  return out.sort()
}

/** A stream that delivers the buffer in small chunks, as an upload arrives. */
const chunked = (b: Buffer, size = 100) =>
  Readable.from(
    Array.from({ length: Math.ceil(b.length / size) }, (_, i) =>
      b.subarray(i * size, (i + 1) * size),
    ),
  )

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(AppError)
  return e as AppError
}

describe('local FileStore', () => {
  it('stages while hashing, detects the type from the content and commits under the sha256, sharded', async () => {
    const data = evidenceFiles.jpeg('x', 1500)
    const staged = await store.stage(chunked(data), opts)
    expect(staged).toMatchObject({ key: sha(data), size: 1500, mimeType: 'image/jpeg' })
    // Before commit only the temp file exists.
    expect(await store.has(staged.key)).toBe(false)
    expect((await filesUnder()).every((f) => f.startsWith(`tmp${path.sep}`))).toBe(true)
    await staged.commit()
    const key = staged.key
    expect(await filesUnder()).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)])
    const opened = await store.open(key)
    expect(opened?.size).toBe(1500)
    const chunks: Buffer[] = []
    for await (const c of opened!.stream) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).equals(data)).toBe(true)
    await store.remove(key)
    expect(await store.has(key)).toBe(false)
    expect(await filesUnder()).toEqual([])
  })

  it.each([
    ['png', evidenceFiles.png(), 'image/png'],
    ['pdf', evidenceFiles.pdf(), 'application/pdf'],
    [
      'docx',
      evidenceFiles.docx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])('accepts %s by its content', async (_name, data, mime) => {
    const staged = await store.stage(Readable.from([data]), opts)
    expect(staged.mimeType).toBe(mime)
    await staged.discard()
    expect(await filesUnder()).toEqual([])
  })

  it('storing the same content twice keeps one file', async () => {
    const data = evidenceFiles.png()
    const a = await store.stage(Readable.from([data]), opts)
    const b = await store.stage(Readable.from([data]), opts)
    expect(a.key).toBe(b.key)
    await a.commit()
    await b.commit()
    await a.commit() // idempotent
    expect(await filesUnder()).toHaveLength(1)
    await store.remove(a.key)
  })

  it('refuses content over the limit (413) and leaves no temp file', async () => {
    const e = await rejection(store.stage(chunked(evidenceFiles.jpeg('y', 5000)), opts))
    expect(e.code).toBe('PAYLOAD_TOO_LARGE')
    expect(e.reason).toBe('FILE_TOO_LARGE')
    expect(await filesUnder()).toEqual([])
  })

  it('accepts content of exactly the limit', async () => {
    const staged = await store.stage(Readable.from([evidenceFiles.jpeg('z', 4096)]), opts)
    expect(staged.size).toBe(4096)
    await staged.discard()
  })

  it('treats a source cut short upstream as too large', async () => {
    const e = await rejection(
      store.stage(Readable.from([evidenceFiles.jpeg()]), { ...opts, truncated: () => true }),
    )
    expect(e.code).toBe('PAYLOAD_TOO_LARGE')
    expect(await filesUnder()).toEqual([])
  })

  it.each([
    ['HTML', evidenceFiles.html()],
    ['an executable', evidenceFiles.exe()],
    ['a plain zip', evidenceFiles.zip()],
    ['text', Buffer.from('hanya teks biasa')],
  ])('refuses %s (400 with the given message) and leaves nothing', async (_name, data) => {
    const e = await rejection(store.stage(Readable.from([data]), opts))
    expect(e.code).toBe('VALIDATION_FAILED')
    expect(e.reason).toBe('FILE_TYPE_NOT_ALLOWED')
    expect(e.fields).toEqual({ file: 'Jenis berkas tidak didukung' })
    expect(await filesUnder()).toEqual([])
  })

  it('refuses an empty file', async () => {
    const e = await rejection(store.stage(Readable.from([Buffer.alloc(0)]), opts))
    expect(e.reason).toBe('FILE_EMPTY')
    expect(await filesUnder()).toEqual([])
  })

  it('removes the temp file when the upload breaks off', async () => {
    const broken = new Readable({
      read() {
        this.push(evidenceFiles.jpeg())
        this.destroy(new Error('connection reset'))
      },
    })
    await expect(store.stage(broken, opts)).rejects.toThrow('connection reset')
    expect(await filesUnder()).toEqual([])
  })

  it('never maps a key that is not a sha256 to a path', async () => {
    expect(isFileKey('../../etc/passwd')).toBe(false)
    expect(isFileKey('a'.repeat(64))).toBe(true)
    expect(await store.open('../../etc/passwd')).toBeNull()
    expect(await store.has('../x')).toBe(false)
    await store.remove('../x')
    expect(await store.open('b'.repeat(64))).toBeNull()
  })

  it('removes temp files a crash left behind, once they are a day old', async () => {
    const dir = path.join(root, 'crashed')
    await fs.mkdir(path.join(dir, 'tmp'), { recursive: true })
    const old = path.join(dir, 'tmp', 'old.part')
    const recent = path.join(dir, 'tmp', 'recent.part')
    await fs.writeFile(old, 'x')
    await fs.writeFile(recent, 'x')
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000)
    await fs.utimes(old, twoDaysAgo, twoDaysAgo)
    const staged = await createLocalFileStore(dir).stage(Readable.from([evidenceFiles.png()]), opts)
    await staged.discard()
    expect((await fs.readdir(path.join(dir, 'tmp'))).sort()).toEqual(['recent.part'])
    await fs.rm(dir, { recursive: true })
  })

  it('creates its directories on first use', async () => {
    const fresh = createLocalFileStore(path.join(root, 'nested', 'uploads'))
    const staged = await fresh.stage(Readable.from([evidenceFiles.pdf()]), opts)
    await staged.commit()
    expect(await fresh.has(staged.key)).toBe(true)
    await fs.rm(path.join(root, 'nested'), { recursive: true })
  })
})
