import type { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { validationFailed } from './errors.ts'
import type { StagedFile } from './file-store.ts'

/** 400 MULTIPART_REQUIRED: an upload route was sent something else than multipart/form-data. */
export const multipartRequired = () =>
  validationFailed(
    { file: 'Kirim berkas sebagai multipart/form-data di field "file"' },
    'MULTIPART_REQUIRED',
  )

/** How an upload's bytes reach a file store (the multipart stream, and whether it was cut). */
export type Stager = (source: Readable, truncated: () => boolean) => Promise<StagedFile>

/**
 * Reads a multipart upload: the file (field `file`) is streamed straight into the file store;
 * the text fields may come before or after it. What was staged is discarded when reading fails;
 * without a file → 400 FILE_MISSING. `filename` is the client's name, unchecked.
 */
export async function readStagedUpload(
  req: FastifyRequest,
  stage: Stager,
  opts: { maxBytes: number; missing: string },
): Promise<{ staged: StagedFile; filename: string | undefined; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw multipartRequired()
  let staged: StagedFile | null = null
  let filename: string | undefined
  const fields: Record<string, string> = {}
  try {
    // One byte over the limit reaches the store, which then refuses the upload (413).
    for await (const part of req.parts({ limits: { fileSize: opts.maxBytes + 1 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || staged) {
          part.file.resume()
          continue
        }
        staged = await stage(part.file, () => part.file.truncated)
        filename = part.filename
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value
      }
    }
  } catch (e) {
    await staged?.discard()
    throw e
  }
  if (!staged) throw validationFailed({ file: opts.missing }, 'FILE_MISSING')
  return { staged, filename, fields }
}

/** Sends a stored file as an attachment the browser neither sniffs nor renders in our origin. */
export function sendAttachment(
  reply: FastifyReply,
  file: { stream: Readable; size: number; mimeType: string; contentDisposition: string },
) {
  return reply
    .header('content-type', file.mimeType)
    .header('content-length', file.size)
    .header('content-disposition', file.contentDisposition)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.stream)
}
