import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import {
  PROGRESS_IMPORT_COLUMNS,
  type ProgressImportResult,
  type ProgressPage,
} from '../../../shared/activities.ts'
import { ACTIVITIES, evidenceFiles, multipart, setupYear } from '../../test/activities-factories.ts'
import { rhk, skpKit } from '../../test/skp-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { dailyProgress, progressEvidence } from './activities.tables.ts'
import {
  importClientId,
  parseImportDate,
  parseImportTime,
  parseRhkNo,
} from './activities-import.ts'

// Friday 27 November 2026, 10:00 WITA.
const START = '2026-11-27T02:00:00Z'
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-import-'))
const t = await setupTestApp({ now: START, env: { UPLOAD_DIR: uploadDir } })
const k = skpKit(t)
afterEach(() => t.clock.set(START))
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))

type Cell = string | number | Date | null

/** An XLSX workbook: the header row and the rows as given (strings stay text, numbers numbers). */
async function xlsx(rows: Cell[][], header: readonly string[] = PROGRESS_IMPORT_COLUMNS) {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('Progres Harian')
  sheet.addRow([...header])
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function upload(s: Session, data: Buffer | string, query = '', filename = 'progres.xlsx') {
  const body = multipart([{ name: 'file', data, filename }])
  return t.as(s, {
    method: 'POST',
    url: `${ACTIVITIES}/progress/import${query}`,
    payload: body.payload,
    headers: body.headers,
  })
}

async function entries(pegawaiId: string) {
  return t.db
    .select()
    .from(dailyProgress)
    .where(eq(dailyProgress.pegawaiId, pegawaiId))
    .orderBy(dailyProgress.date, dailyProgress.startTime)
}

/** A fresh office where staff1 has a 2026 SKP: RHK 1 and 2 (utama) and T1 (tambahan). */
async function office() {
  const o = await t.f.office()
  await setupYear(t, await k.session(o.admin), { local: 'bali' })
  const skp = await k.skpWith(o.staff1, ['Menyusun laporan keuangan', 'Mengelola arsip dinas'])
  const withTambahan = await k.write(o.staff1, skp, [
    ...skp.rhk.map((r) => rhk(r.text, [], { id: r.id })),
    rhk('Menjadi panitia kegiatan HUT instansi', [], { jenis: 'tambahan' }),
  ])
  const ids = Object.fromEntries(withTambahan.rhk.map((r) => [r.text, r.id])) as Record<
    string,
    string
  >
  return {
    o,
    staff: await k.session(o.staff1),
    rhk1: ids['Menyusun laporan keuangan']!,
    rhk2: ids['Mengelola arsip dinas']!,
    t1: ids['Menjadi panitia kegiatan HUT instansi']!,
    skpId: skp.id,
  }
}

const row = (
  over: Partial<Record<(typeof PROGRESS_IMPORT_COLUMNS)[number], Cell>> = {},
): Cell[] => {
  const base: Record<string, Cell> = {
    tanggal: '2026-11-26',
    jam_mulai: '08:00',
    jam_selesai: '10:00',
    uraian: 'Menyusun draf laporan realisasi anggaran bulan November',
    rhk_no: '1',
    realisasi: '1',
    satuan: 'Dokumen',
    tautan_bukti: '',
    ...over,
  }
  return PROGRESS_IMPORT_COLUMNS.map((c) => base[c] ?? null)
}

describe('the import template', () => {
  it('is an XLSX with the columns and, on a second sheet, the person’s RHK numbers', async () => {
    const x = await office()
    const res = await t.as(x.staff, {
      method: 'GET',
      url: `${ACTIVITIES}/progress/import/template`,
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="templat-progres-harian-2026-11-27\.xlsx"/,
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const [data, help] = wb.worksheets
    expect(data!.getRow(1).values).toEqual([undefined, ...PROGRESS_IMPORT_COLUMNS])
    const helpRows: string[][] = []
    help!.eachRow((r) => helpRows.push([r.getCell(1).text, r.getCell(2).text]))
    expect(helpRows).toEqual(
      expect.arrayContaining([
        ['1', 'Menyusun laporan keuangan'],
        ['2', 'Mengelola arsip dinas'],
        ['T1', 'Menjadi panitia kegiatan HUT instansi'],
      ]),
    )
    expect(helpRows.map((r) => r[0])).toEqual(expect.arrayContaining([...PROGRESS_IMPORT_COLUMNS]))
  })
})

describe('importing daily progress', () => {
  it('creates valid rows with their RHK, links and lateness; the same file twice creates nothing new', async () => {
    const x = await office()
    const file = await xlsx([
      row({ tanggal: '26/11/2026', jam_mulai: '8.00', jam_selesai: '09.30', rhk_no: 'U1' }),
      row({
        tanggal: new Date(Date.UTC(2026, 10, 20)),
        rhk_no: 't1',
        realisasi: 2,
        uraian: 'Rapat persiapan HUT instansi bersama panitia',
        satuan: 'Kegiatan',
        tautan_bukti: 'https://drive.example.go.id/a; https://drive.example.go.id/b',
      }),
      row({
        tanggal: '2026-11-27',
        rhk_no: '',
        uraian: 'Menerima tamu dinas dari kabupaten tetangga',
      }),
      row({ tanggal: '2026-11-27', jam_mulai: '10:00', jam_selesai: '11:00', rhk_no: 2 }),
    ])
    const dry = await upload(x.staff, file, '?dryRun=true')
    expect(dry.statusCode, dry.body).toBe(200)
    expect(dry.json<ProgressImportResult>()).toEqual({
      dryRun: true,
      total: 4,
      valid: 4,
      created: 4,
      errors: [],
    })
    expect(await entries(x.o.staff1.pegawaiId)).toEqual([])

    const res = await upload(x.staff, file)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({ dryRun: false, total: 4, valid: 4, created: 4, errors: [] })
    const rows = await entries(x.o.staff1.pegawaiId)
    expect(rows.map((r) => [r.date, r.startTime, r.endTime, r.rhkId, r.realisasi, r.late])).toEqual(
      [
        // Friday 20th imported a week later: late. Thursday 26th and today: on time.
        ['2026-11-20', '08:00', '10:00', x.t1, 2, true],
        ['2026-11-26', '08:00', '09:30', x.rhk1, 1, false],
        ['2026-11-27', '08:00', '10:00', null, 1, false],
        ['2026-11-27', '10:00', '11:00', x.rhk2, 1, false],
      ],
    )
    expect(rows[0]!.skpId).toBe(x.skpId)
    expect(rows[2]!.flags).toEqual(['unlinked'])
    const links = await t.db
      .select()
      .from(progressEvidence)
      .where(eq(progressEvidence.progressId, rows[0]!.id))
    expect(links.map((l) => l.url).sort()).toEqual([
      'https://drive.example.go.id/a',
      'https://drive.example.go.id/b',
    ])

    // Uploading the same file again (a retry, a double click) adds nothing.
    const again = await upload(x.staff, file)
    expect(again.json()).toMatchObject({ total: 4, valid: 4, created: 0, errors: [] })
    expect(await entries(x.o.staff1.pegawaiId)).toHaveLength(4)
    const list = (
      await t.as(x.staff, { method: 'GET', url: `${ACTIVITIES}/progress` })
    ).json<ProgressPage>()
    expect(list.total).toBe(4)

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'progress.imported'))
      .orderBy(auditLog.at)
    const mine = audits.filter((a) => a.actorUserId === x.o.staff1.userId)
    expect(mine.map((a) => (a.after as { created: number }).created)).toEqual([4, 0])
  })

  it('reports every invalid row with its number and column, and writes nothing', async () => {
    const x = await office()
    const file = await xlsx([
      row(), // row 2: valid
      row({ tanggal: '31/02/2026' }), // 3
      row({ tanggal: '2026-11-28' }), // 4: future
      row({ jam_mulai: '10:00', jam_selesai: '09:00' }), // 5
      row({ uraian: '' }), // 6
      row({ realisasi: '1,5', satuan: '' }), // 7: two errors
      row({ rhk_no: '9' }), // 8
      row({ tanggal: '2025-12-30' }), // 9: no SKP in 2025
      row({ tautan_bukti: 'ftp://arsip/x' }), // 10
      row({ jam_mulai: new Date(Date.UTC(1899, 11, 30, 8, 30)) }), // 11: an Excel time cell
      row({ rhk_no: 'X' }), // 12
    ])
    const res = await upload(x.staff, file)
    expect(res.statusCode, res.body).toBe(200)
    const result = res.json<ProgressImportResult>()
    expect(result).toMatchObject({ dryRun: false, total: 11, valid: 1, created: 0 })
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'tanggal'],
      [4, 'tanggal'],
      [5, 'jam_selesai'],
      [6, 'uraian'],
      [7, 'realisasi'],
      [7, 'satuan'],
      [8, 'rhk_no'],
      [9, 'rhk_no'],
      [10, 'tautan_bukti'],
      [11, 'jam_mulai'],
      [12, 'rhk_no'],
    ])
    const message = (r: number) => result.errors.find((e) => e.row === r)?.message
    expect(message(8)).toBe('RHK nomor 9 tidak ada di SKP Anda tahun 2026 (yang ada: 1, 2, T1)')
    expect(message(9)).toMatch(/belum memiliki SKP tahun 2025/)
    expect(message(11)).toMatch(/ketik jam sebagai teks/)
    expect(await entries(x.o.staff1.pegawaiId)).toEqual([])

    // validOnly writes the valid row and still reports the others.
    const partial = await upload(x.staff, file, '?validOnly=true')
    expect(partial.json()).toMatchObject({ total: 11, valid: 1, created: 1 })
    expect(partial.json().errors).toHaveLength(11)
    expect(await entries(x.o.staff1.pegawaiId)).toHaveLength(1)
  })

  it('accepts a semicolon CSV with the same columns', async () => {
    const x = await office()
    const csv = `${PROGRESS_IMPORT_COLUMNS.join(';')}\n2026-11-26;08:00;09:00;Mengarsipkan surat masuk dan keluar bulan ini;2;3;Surat;\n`
    const res = await upload(x.staff, csv, '', 'progres.csv')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ valid: 1, created: 1 })
    expect((await entries(x.o.staff1.pegawaiId))[0]).toMatchObject({ rhkId: x.rhk2, realisasi: 3 })
  })

  it.each<[string, () => Promise<Buffer | string>, number, string]>([
    [
      'missing required columns',
      () => xlsx([['2026-11-26', 'Rapat']], ['tanggal', 'uraian']),
      400,
      'IMPORT_COLUMNS_MISSING',
    ],
    ['no rows', () => xlsx([]), 400, 'IMPORT_EMPTY'],
    ['a picture instead of a sheet', async () => evidenceFiles.png(), 400, 'UNSUPPORTED_FILE'],
    [
      'more than 1000 rows',
      () => xlsx(Array.from({ length: 1001 }, () => row())),
      400,
      'IMPORT_TOO_MANY_ROWS',
    ],
    [
      'a file over 2 MiB',
      async () => Buffer.alloc(2 * 1024 * 1024 + 10, 'a'),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('refuses %s', async (_name, make, status, reason) => {
    const x = await office()
    const res = await upload(x.staff, await make())
    expect(res.statusCode, res.body).toBe(status)
    if (status === 413) expect(res.json().error.code).toBe(reason)
    else expect(res.json().error.reason).toBe(reason)
    expect(await entries(x.o.staff1.pegawaiId)).toEqual([])
  })

  it('needs a multipart upload with a file', async () => {
    const x = await office()
    const json = await t.as(x.staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress/import`,
      payload: {},
    })
    expect(json.statusCode).toBe(400)
    const noFile = multipart([{ name: 'catatan', data: 'x' }])
    const res = await t.as(x.staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress/import`,
      payload: noFile.payload,
      headers: noFile.headers,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toHaveProperty('file')
  })
})

describe('import cell parsing', () => {
  it.each([
    ['2026-11-27', '2026-11-27'],
    ['2026-1-5', '2026-01-05'],
    ['27/11/2026', '2026-11-27'],
    ['5-1-2026', '2026-01-05'],
    ['27.11.2026', '2026-11-27'],
    ['31/02/2026', null],
    ['11/27/2026', null],
    ['kemarin', null],
  ])('date %j → %j', (raw, day) => {
    expect(parseImportDate(raw)).toBe(day)
  })

  it.each([
    ['08:00', '08:00'],
    ['8:05', '08:05'],
    ['13.30', '13:30'],
    ['07:45:00', '07:45'],
    ['24:00', null],
    ['8', null],
    ['08:60', null],
  ])('time %j → %j', (raw, time) => {
    expect(parseImportTime(raw)).toBe(time)
  })

  it.each([
    ['1', '1'],
    ['U1', '1'],
    [' u 2 ', '2'],
    ['01', '1'],
    ['T1', 'T1'],
    ['t03', 'T3'],
    ['0', null],
    ['A1', null],
    ['1.5', null],
  ])('rhk_no %j → %j', (raw, no) => {
    expect(parseRhkNo(raw)).toBe(no)
  })

  it('derives a stable, UUID-shaped client id per file and row', () => {
    const a = importClientId('f'.repeat(64), 2)
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(importClientId('f'.repeat(64), 2)).toBe(a)
    expect(importClientId('f'.repeat(64), 3)).not.toBe(a)
    expect(importClientId('e'.repeat(64), 2)).not.toBe(a)
  })
})
