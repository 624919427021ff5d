import { MAX_UPLOAD_BYTES } from '../app.ts'

/**
 * Hostile uploads for the multipart routes of the fuzz test: oversized files, content that does
 * not match its name or declared type, scripts, traversal in the file name, broken multipart.
 */

export type Part = {
  name: string
  /** Present for a file part. */
  filename?: string
  contentType?: string
  data: Buffer | string
}

export const BOUNDARY = '----kinerjaFuzzBoundary7'

/** A multipart/form-data body (raw bytes, so names may hold anything). */
export function multipart(
  parts: Part[],
  opts: { close?: boolean; boundary?: string } = {},
): Buffer {
  const b = opts.boundary ?? BOUNDARY
  const chunks: Buffer[] = []
  for (const p of parts) {
    let head = `--${b}\r\nContent-Disposition: form-data; name="${p.name}"`
    if (p.filename !== undefined) head += `; filename="${p.filename}"`
    head += '\r\n'
    if (p.contentType) head += `Content-Type: ${p.contentType}\r\n`
    chunks.push(Buffer.from(`${head}\r\n`, 'utf8'), Buffer.from(p.data), Buffer.from('\r\n'))
  }
  if (opts.close !== false) chunks.push(Buffer.from(`--${b}--\r\n`))
  return Buffer.concat(chunks)
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)
export const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(200),
])
export const ELF = Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(200)])
export const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
)
export const HTML = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>',
)
/** A GIF header followed by script: a classic polyglot. */
export const GIF_POLYGLOT = Buffer.from(
  'GIF89a/*\x01\x00\x01\x00\x00\x00\x00;*/=alert(1)//<script>alert(1)</script>',
  'latin1',
)
export const ZIP_NOT_XLSX = Buffer.concat([
  Buffer.from('PK\x03\x04', 'latin1'),
  Buffer.alloc(100, 7),
])
export const CSV_HOSTILE = Buffer.from(
  [
    'nip,nama,status,kode_unit,jabatan,email',
    `=cmd|' /C calc'!A0,"<script>alert(1)</script>",PNS,X,"'; DROP TABLE pegawai; --",a@b.c`,
    `199001012020011001,"Nama\u0000NUL",PNS,"../../etc/passwd",@SUM(1),x`,
    `"${'9'.repeat(5000)}",${'N'.repeat(5000)},XYZ,,,`,
  ].join('\n'),
)
export const INVALID_UTF8 = Buffer.from([0x6e, 0x69, 0x70, 0x0a, 0xff, 0xfe, 0xc0, 0xae, 0x0a])

/** A file over the app's upload limit that starts like a PNG. */
export const oversized = () =>
  Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PNG.length + 1)])

/** File names that try to escape the upload directory or break a header. */
export const hostileFileNames = (marker: string): string[] => [
  `../../../../${marker}.png`,
  `..\\..\\..\\..\\${marker}.png`,
  `/tmp/${marker}.png`,
  `C:\\Windows\\${marker}.png`,
  `${marker}\u0000.png`,
  `a\r\nContent-Type: text/html\r\n\r\n<script>.png`,
  `"; filename*=UTF-8''evil.html; x=".png`,
  `${'n'.repeat(5000)}.png`,
  '😀\u202egnp.exe',
  '',
  '.',
  '..',
  '.htaccess',
  'CON.png',
]

export type UploadCase = { note: string; body: Buffer; contentType: string }

/**
 * The hostile uploads for one multipart route. `fileField` is the form field of the file
 * (always `file` here); every case is one request.
 */
export function uploadCases(marker: string): UploadCase[] {
  const ct = `multipart/form-data; boundary=${BOUNDARY}`
  const file = (data: Buffer, filename: string, type?: string, extra: Part[] = []) =>
    multipart([{ name: 'file', filename, contentType: type, data }, ...extra])
  const cases: UploadCase[] = [
    {
      note: 'oversized PNG (limit + 1 byte)',
      body: file(oversized(), 'big.png', 'image/png'),
      contentType: ct,
    },
    {
      note: 'EXE named .png, declared image/png',
      body: file(EXE, 'photo.png', 'image/png'),
      contentType: ct,
    },
    { note: 'ELF named .pdf', body: file(ELF, 'doc.pdf', 'application/pdf'), contentType: ct },
    { note: 'SVG with script', body: file(SVG, 'x.svg', 'image/svg+xml'), contentType: ct },
    { note: 'SVG named .png', body: file(SVG, 'x.png', 'image/png'), contentType: ct },
    { note: 'HTML named .jpg', body: file(HTML, 'x.jpg', 'image/jpeg'), contentType: ct },
    {
      note: 'GIF/script polyglot',
      body: file(GIF_POLYGLOT, 'x.gif', 'image/gif'),
      contentType: ct,
    },
    {
      note: 'ZIP that is not an office file, named .xlsx',
      body: file(ZIP_NOT_XLSX, 'x.xlsx'),
      contentType: ct,
    },
    { note: 'hostile CSV', body: file(CSV_HOSTILE, 'x.csv', 'text/csv'), contentType: ct },
    {
      note: 'invalid UTF-8 named .csv',
      body: file(INVALID_UTF8, 'x.csv', 'text/csv'),
      contentType: ct,
    },
    { note: 'empty file', body: file(Buffer.alloc(0), 'empty.png', 'image/png'), contentType: ct },
    { note: 'PDF named .png', body: file(PDF, 'x.png', 'image/png'), contentType: ct },
    {
      note: 'file in another field',
      body: multipart([{ name: 'upload', filename: 'a.png', data: PNG }]),
      contentType: ct,
    },
    {
      note: 'no file, only fields',
      body: multipart([{ name: 'clientId', data: 'x' }]),
      contentType: ct,
    },
    {
      note: 'two files',
      body: multipart([
        { name: 'file', filename: 'a.png', data: PNG },
        { name: 'file', filename: 'b.png', data: EXE },
      ]),
      contentType: ct,
    },
    {
      note: 'many fields',
      body: multipart([
        ...Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, data: 'v' })),
        { name: 'file', filename: 'a.png', data: PNG },
      ]),
      contentType: ct,
    },
    {
      note: 'hostile text fields',
      body: file(PNG, 'a.png', 'image/png', [
        { name: 'clientId', data: "' OR 1=1 --" },
        { name: 'rhkId', data: '../../x' },
        { name: 'mode', data: '\u0000' },
        { name: 'dryRun', data: 'x'.repeat(100_000) },
      ]),
      contentType: ct,
    },
    {
      note: 'unterminated multipart',
      body: multipart([{ name: 'file', filename: 'a.png', data: PNG }], { close: false }),
      contentType: ct,
    },
    {
      note: 'garbage multipart',
      body: Buffer.from('this is not multipart at all'),
      contentType: ct,
    },
    {
      note: 'multipart without boundary',
      body: file(PNG, 'a.png'),
      contentType: 'multipart/form-data',
    },
    {
      note: 'wrong boundary',
      body: file(PNG, 'a.png'),
      contentType: 'multipart/form-data; boundary=other',
    },
    { note: 'PNG sent as raw image/png body', body: PNG, contentType: 'image/png' },
    {
      note: 'JSON to an upload route',
      body: Buffer.from('{"file":"x"}'),
      contentType: 'application/json',
    },
  ]
  for (const name of hostileFileNames(marker)) {
    cases.push({
      note: `file name ${JSON.stringify(name.slice(0, 60))}`,
      body: file(PNG, name, 'image/png'),
      contentType: ct,
    })
  }
  return cases
}

/** Where a traversal name would land if it escaped: none of these may exist after the run. */
export function escapeTargets(marker: string, roots: string[]): string[] {
  const out = [`/tmp/${marker}.png`, `/${marker}.png`]
  for (const root of roots) {
    let dir = root
    for (let i = 0; i < 6; i++) {
      out.push(`${dir}/${marker}.png`)
      dir = dir.replace(/\/[^/]+$/, '') || '/'
    }
  }
  return [...new Set(out)]
}
