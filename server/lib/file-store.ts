import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileTypeFromFile } from 'file-type'
import { AppError } from './errors.ts'

/**
 * Where uploaded files live (architecture.md "files"). Content-addressed: the key is the sha256
 * of the bytes, so the same photo uploaded twice is stored once and a key never names anything
 * a user typed. The local implementation keeps files outside the web root under
 * `<root>/<k[0..2]>/<k[2..4]>/<key>`; an S3-compatible store can implement the same type later.
 *
 * An upload is staged first (streamed to a temp file on the same filesystem while hashing and
 * counting bytes, its type detected from the content), then committed by an atomic rename.
 * A rejected upload leaves nothing behind.
 */
export type FileStore = {
  /**
   * Streams an upload into a temp file. Rejects (and removes the temp file) when it is empty,
   * larger than `maxBytes` (413 PAYLOAD_TOO_LARGE) or its content is not one of `allowedTypes`
   * (400 with `typeMessage`).
   */
  stage(source: Readable, opts: StageOptions): Promise<StagedFile>
  /** The stored bytes of a key, or null when there is no such file. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>
  /** Removes a stored file (no error when it is already gone). */
  remove(key: string): Promise<void>
  has(key: string): Promise<boolean>
}

export type StageOptions = {
  maxBytes: number
  /** MIME types accepted, as file-type reports them. */
  allowedTypes: readonly string[]
  /** The message of the 400 for any other content. */
  typeMessage: string
  /** Whether the source was cut short by an upstream limit (multipart `file.truncated`). */
  truncated?: () => boolean
}

export type StagedFile = {
  /** sha256 (hex) of the content: the key it is stored under. */
  key: string
  size: number
  /** Detected from the content, never from the name or the client's Content-Type. */
  mimeType: string
  /** Moves the file into place (atomic rename). Safe when the key is already stored. */
  commit(): Promise<void>
  /** Removes the temp file; a no-op after commit. */
  discard(): Promise<void>
}

const KEY = /^[a-f0-9]{64}$/
const STALE_TEMP_MS = 24 * 3600_000

export const isFileKey = (key: string) => KEY.test(key)

const tooLarge = (maxBytes: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Berkas terlalu besar; maksimal ${Math.floor(maxBytes / (1024 * 1024))} MB. Kecilkan atau kompres berkas lalu unggah lagi.`,
    'FILE_TOO_LARGE',
  )

class TooLarge extends Error {}

/** fsync of a directory, so a rename survives a crash; some filesystems refuse it (harmless). */
async function syncDir(dir: string) {
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fsp.open(dir, 'r')
    await handle.sync()
  } catch {
    // Not supported here: the rename is still atomic, only its durability is the OS's.
  } finally {
    await handle?.close()
  }
}

/** The local-disk FileStore (default `<DATA_DIR>/uploads`, config UPLOAD_DIR). */
export function createLocalFileStore(root: string): FileStore {
  const tmpDir = path.join(root, 'tmp')
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new RangeError('Not a file key')
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key)
  }

  let swept = false
  /** Temp files of uploads cut off by a crash (kill -9) are removed once a day old. */
  async function sweepTemp() {
    swept = true
    const cutoff = Date.now() - STALE_TEMP_MS
    for (const name of await fsp.readdir(tmpDir)) {
      const p = path.join(tmpDir, name)
      const stat = await fsp.stat(p).catch(() => null)
      if (stat?.isFile() && stat.mtimeMs < cutoff) await fsp.rm(p, { force: true })
    }
  }

  return {
    async stage(source, opts) {
      // Created on first use: an instance that never receives uploads needs no directory.
      await fsp.mkdir(tmpDir, { recursive: true, mode: 0o700 })
      if (!swept) await sweepTemp()
      const tmp = path.join(tmpDir, `${randomBytes(16).toString('hex')}.part`)
      const hash = createHash('sha256')
      let size = 0
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length
          if (size > opts.maxBytes) {
            done(new TooLarge())
            return
          }
          hash.update(chunk)
          done(null, chunk)
        },
      })
      const drop = () => fsp.rm(tmp, { force: true })
      const out = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true })
      try {
        await pipeline(source, counter, out)
        if (opts.truncated?.()) throw new TooLarge()
      } catch (e) {
        // The file is opened asynchronously: when the upload fails early, removing it before the
        // stream has closed would leave the file its pending open creates afterwards.
        if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()))
        await drop()
        // Let the rest of the upload flow past (it is bounded by the upstream limit), so the
        // request can still be answered.
        if (!source.destroyed) source.resume()
        if (e instanceof TooLarge) throw tooLarge(opts.maxBytes)
        throw e
      }
      try {
        if (size === 0)
          throw new AppError('VALIDATION_FAILED', 'Berkas kosong', 'FILE_EMPTY', {
            file: 'Berkas kosong; pilih berkas lain',
          })
        const detected = await fileTypeFromFile(tmp)
        if (!detected || !opts.allowedTypes.includes(detected.mime))
          throw new AppError('VALIDATION_FAILED', opts.typeMessage, 'FILE_TYPE_NOT_ALLOWED', {
            file: opts.typeMessage,
          })
        const key = hash.digest('hex')
        let done = false
        return {
          key,
          size,
          mimeType: detected.mime,
          async commit() {
            if (done) return
            const target = pathOf(key)
            await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
            // Same content under the same name: replacing an existing copy changes nothing.
            await fsp.rename(tmp, target)
            done = true
            await syncDir(path.dirname(target))
          },
          async discard() {
            if (!done) await drop()
            done = true
          },
        }
      } catch (e) {
        await drop()
        throw e
      }
    },

    async open(key) {
      if (!KEY.test(key)) return null
      let handle: fsp.FileHandle
      try {
        handle = await fsp.open(pathOf(key), 'r')
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw e
      }
      try {
        const { size } = await handle.stat()
        return { stream: handle.createReadStream({ autoClose: true }), size }
      } catch (e) {
        await handle.close()
        throw e
      }
    },

    async remove(key) {
      if (!KEY.test(key)) return
      await fsp.rm(pathOf(key), { force: true })
    },

    async has(key) {
      if (!KEY.test(key)) return false
      try {
        await fsp.access(pathOf(key))
        return true
      } catch {
        return false
      }
    },
  }
}
