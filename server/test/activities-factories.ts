import { randomUUID } from 'node:crypto'
import zlib from 'node:zlib'
import { expect } from 'vitest'
import type { Evidence, Progress, RencanaAksi } from '../../shared/activities.ts'
import type { Session, TestApp } from './test-app.ts'

/**
 * Helpers for daily-progress tests over the real API (every helper asserts its status, so a
 * broken precondition fails where it happens), plus evidence files built from real magic bytes.
 */

type T = Pick<TestApp, 'as'>

export const ACTIVITIES = '/api/activities'

let counter = 0

/**
 * A sensible entry: Friday 27 Nov 2026 (the test clock's day), 08:00–10:00, not linked. Each
 * call gets its own description, so entries are never flagged as duplicates by accident.
 */
export function progressBody(over: Record<string, unknown> = {}) {
  return {
    clientId: randomUUID(),
    date: '2026-11-27',
    startTime: '08:00',
    endTime: '10:00',
    description: `Menyusun laporan pelaksanaan kegiatan pelayanan nomor ${++counter}`,
    rhkId: null,
    rencanaAksiId: null,
    realisasi: 1,
    satuan: 'Laporan',
    links: [],
    ...over,
  }
}

/** Records an entry as `session` through POST /api/activities/progress (expects 201). */
export async function logProgress(
  t: T,
  session: Session,
  over: Record<string, unknown> = {},
): Promise<Progress> {
  const res = await t.as(session, {
    method: 'POST',
    url: `${ACTIVITIES}/progress`,
    payload: progressBody(over),
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Progress>()
}

/** Adds a rencana aksi under one of the session's RHK for a period (expects 201). */
export async function addRencanaAksi(
  t: T,
  session: Session,
  over: { rhkId: string; periodId: string } & Record<string, unknown>,
): Promise<RencanaAksi> {
  const res = await t.as(session, {
    method: 'POST',
    url: `${ACTIVITIES}/rencana-aksi`,
    payload: {
      description: 'Menyusun draf laporan bulanan',
      targetValue: 3,
      targetUnit: 'Dokumen',
      ...over,
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<RencanaAksi>()
}

/**
 * Sets up a performance year as the admin (monthly periods by default, national holidays
 * loaded, optionally Bali's) and returns its periods.
 */
export async function setupYear(
  t: T,
  admin: Session,
  opts: { year?: number; frequency?: string; local?: 'bali' | null } = {},
): Promise<{ id: string; kind: string; seq: number; startDate: string; endDate: string }[]> {
  const res = await t.as(admin, {
    method: 'POST',
    url: '/api/periods/years',
    payload: {
      year: opts.year ?? 2026,
      assessmentFrequency: opts.frequency ?? 'monthly',
      loadNationalHolidays: true,
      loadLocalHolidays: opts.local ?? null,
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().periods
}

// ---------- multipart ----------
export type Part = { name: string; data: Buffer | string; filename?: string; contentType?: string }

/** A multipart/form-data body for app.inject. */
export function multipart(parts: readonly Part[]) {
  const boundary = `----kinerja${randomUUID().replace(/-/g, '')}`
  const chunks: Buffer[] = []
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`
    const head =
      `--${boundary}\r\nContent-Disposition: ${disposition}\r\n` +
      (p.filename === undefined
        ? ''
        : `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`) +
      '\r\n'
    chunks.push(
      Buffer.from(head),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

/** Uploads one evidence file to an entry; returns the raw response. */
export async function uploadEvidence(
  t: T,
  session: Session,
  progressId: string,
  file: { data: Buffer; filename: string; contentType?: string },
  clientId?: string,
) {
  const body = multipart([
    ...(clientId ? [{ name: 'clientId', data: clientId }] : []),
    { name: 'file', ...file },
  ])
  return t.as(session, {
    method: 'POST',
    url: `${ACTIVITIES}/progress/${progressId}/evidence`,
    payload: body.payload,
    headers: body.headers,
  })
}

/** Uploads and expects 201. */
export async function attachEvidence(
  t: T,
  session: Session,
  progressId: string,
  file: { data: Buffer; filename: string; contentType?: string } = {
    data: evidenceFiles.jpeg(),
    filename: 'foto.jpg',
    contentType: 'image/jpeg',
  },
): Promise<Evidence> {
  const res = await uploadEvidence(t, session, progressId, file)
  expect(res.statusCode, res.body).toBe(201)
  return res.json<Evidence>()
}

// ---------- evidence files from real magic bytes ----------
function pngChunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A stored (uncompressed) zip archive, enough for office formats detected from their entries. */
export function zipOf(entries: readonly { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const data = Buffer.from(e.data)
    const crc = zlib.crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += 30 + name.length + data.length
  }
  const dir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dir, end])
}

export const evidenceFiles = {
  /** A JPEG/JFIF header (SOI + APP0) followed by filler and EOI; `seed` varies the content. */
  jpeg(seed = 'a', size = 256): Buffer {
    const head = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00,
      0x01, 0x00, 0x01, 0x00, 0x00,
    ])
    const fill = Buffer.alloc(Math.max(0, size - head.length - 2), seed)
    return Buffer.concat([head, fill, Buffer.from([0xff, 0xd9])])
  },
  /** A real 1×1 grey PNG. */
  png(): Buffer {
    const ihdr = Buffer.alloc(13)
    ihdr.writeUInt32BE(1, 0)
    ihdr.writeUInt32BE(1, 4)
    ihdr[8] = 8 // bit depth
    ihdr[9] = 0 // greyscale
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 0x80]))),
      pngChunk('IEND', Buffer.alloc(0)),
    ])
  },
  pdf(): Buffer {
    return Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    )
  },
  /** A minimal Word document: [Content_Types].xml naming the wordprocessingml main part. */
  docx(): Buffer {
    return zipOf([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      {
        name: 'word/document.xml',
        data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Laporan</w:t></w:r></w:p></w:body></w:document>',
      },
    ])
  },
  /** A plain zip (not an office document). */
  zip(): Buffer {
    return zipOf([{ name: 'catatan.txt', data: 'bukan dokumen kantor' }])
  },
  html(): Buffer {
    return Buffer.from(
      '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
    )
  },
  /** A Windows executable header (MZ … PE). */
  exe(): Buffer {
    const b = Buffer.alloc(512)
    b.write('MZ', 0, 'latin1')
    b.writeUInt32LE(0x80, 0x3c)
    b.write('PE\0\0', 0x80, 'latin1')
    return b
  },
}
