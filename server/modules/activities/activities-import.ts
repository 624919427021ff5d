import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import type { z } from 'zod'
import {
  linkSchema,
  MAX_LINKS_PER_ENTRY,
  PROGRESS_IMPORT_COLUMNS,
  progressInputSchema,
  type ProgressImportResult,
} from '../../../shared/activities.ts'
import { isRealDate } from '../../../shared/rules/date.ts'
import { timeliness } from '../../../shared/rules/lateness.ts'
import type { WorkingCalendar } from '../../../shared/rules/working-days.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { TableReadError, unescapeFormula, type Table } from '../../lib/csv.ts'
import { AppError, validationFailed } from '../../lib/errors.ts'
import { escapeFormula, readSpreadsheet, XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { SkpService, WorkPlan, WorkPlanRhk } from '../skp/skp.service.ts'
import * as repo from './activities.repository.ts'
import type { AlignmentSettings } from '../../../shared/rules/alignment.ts'
import type { RuleContext } from './activities.service.ts'

/**
 * Bulk import of a pegawai's own daily progress from a spreadsheet (issue #4 "bulk import from
 * XLSX with row errors reported"). Columns: PROGRESS_IMPORT_COLUMNS. `rhk_no` names an RHK by
 * its number in the person's SKP of the entry's year: utama RHK are 1, 2, 3… (U1 is accepted
 * too) and tambahan RHK T1, T2…, in the order the SKP lists them. The template's second sheet
 * explains the columns and lists the person's numbers.
 */

export type ImportUpload = { fileName: string; data: Buffer }
export type ImportDownload = { fileName: string; contentType: string; data: Buffer }

export const MAX_PROGRESS_IMPORT_ROWS = 1000
export const MAX_PROGRESS_IMPORT_BYTES = 2 * 1024 * 1024

type Column = (typeof PROGRESS_IMPORT_COLUMNS)[number]
const REQUIRED: readonly Column[] = [
  'tanggal',
  'jam_mulai',
  'jam_selesai',
  'uraian',
  'realisasi',
  'satuan',
]

const COLUMN_HELP: Record<Column, string> = {
  tanggal: 'Tanggal kegiatan: 2026-11-27 atau 27/11/2026. Tidak boleh setelah hari ini.',
  jam_mulai: 'Jam mulai, 24 jam: 08:00 (atau 08.00).',
  jam_selesai: 'Jam selesai, setelah jam mulai: 10:30.',
  uraian: 'Uraian kegiatan dan hasilnya, mis. "Menyusun draf laporan realisasi anggaran Oktober".',
  rhk_no:
    'Nomor RHK di SKP Anda tahun itu: 1, 2, 3 … untuk RHK utama; T1, T2 … untuk RHK tambahan. Kosongkan bila tidak terkait RHK.',
  realisasi: 'Jumlah hasil, angka bulat: 1.',
  satuan: 'Satuan hasil: Dokumen, Laporan, Kegiatan …',
  tautan_bukti:
    'Tautan bukti (opsional), alamat http(s) lengkap; beberapa tautan dipisah titik koma (;), paling banyak 5.',
}

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/()]+/g, '_')
    .replace(/^_+|_+$/g, '')

/** RHK numbers of a work plan: utama 1, 2, …; tambahan T1, T2, … (in the SKP's order). */
export function rhkNumbers(rhk: readonly Pick<WorkPlanRhk, 'id' | 'jenis'>[]): Map<string, string> {
  const out = new Map<string, string>()
  let utama = 0
  let tambahan = 0
  for (const r of rhk) out.set(r.id, r.jenis === 'tambahan' ? `T${++tambahan}` : String(++utama))
  return out
}

/** "1", "U1", " u 1 " → "1"; "T2", "t2" → "T2"; anything else → null. */
export function parseRhkNo(raw: string): string | null {
  const m = /^([UT])?\s*0*(\d{1,3})$/i.exec(raw.trim())
  if (!m?.[2] || Number(m[2]) === 0) return null
  return m[1]?.toUpperCase() === 'T' ? `T${Number(m[2])}` : String(Number(m[2]))
}

/** YYYY-MM-DD, or DD/MM/YYYY and DD-MM-YYYY as people type them in Indonesia. */
export function parseImportDate(raw: string): string | null {
  const s = raw.trim()
  let day: string | null = null
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
  if (iso) day = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`
  else if (dmy) day = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`
  return day && isRealDate(day) ? day : null
}

/** 8:00, 08.00, 08:00:00 → "08:00"; null when not a time of day. */
export function parseImportTime(raw: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(raw.trim())
  if (!m) return null
  const [h, min] = [Number(m[1]), Number(m[2])]
  if (h > 23 || min > 59) return null
  return `${String(h).padStart(2, '0')}:${m[2]}`
}

/**
 * A client id derived from the file's content and the row: re-importing the same file maps
 * each row to the same id, so the unique (pegawai, client_id) index skips what exists. Shaped
 * like a UUID version 5 (name-based, SHA hash).
 */
export function importClientId(fileHash: string, row: number): string {
  const h = createHash('sha256').update(`${fileHash}:${row}`).digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

function firstMessage<T>(schema: z.ZodType<T>, value: unknown) {
  const r = schema.safeParse(value)
  return r.success
    ? { ok: true as const, value: r.data }
    : { ok: false as const, message: r.error.issues[0]?.message ?? 'Tidak valid' }
}

type Deps = {
  db: Db
  clock: Clock
  audit: AuditService
  skp: Pick<SkpService, 'workPlansOn'>
  zoneOf(instansiId: string): Promise<{ timeZone: string; today: string }>
  ruleContext(ex: Executor, instansiId: string): Promise<RuleContext>
  calendars(instansiId: string): (year: number) => Promise<WorkingCalendar>
  textHashOf(description: string): string
  refreshFlags(
    tx: Executor,
    instansiId: string,
    pegawaiId: string,
    days: readonly string[],
    alignment: AlignmentSettings,
  ): Promise<void>
}
type Me = { instansiId: string; pegawaiId: string }

type Line = {
  row: number
  date: string
  startTime: string
  endTime: string
  description: string
  skpId: string | null
  rhkId: string | null
  realisasi: number
  satuan: string
  links: string[]
  clientId: string
}

export function createProgressImport(deps: Deps) {
  const { db, clock, audit, skp } = deps

  /** The SKP in force on each date, fetched once per SKP (usually one per year). */
  function planLookup(me: Me) {
    const known: WorkPlan[] = []
    const byDate = new Map<string, WorkPlan | null>()
    return async (date: string): Promise<WorkPlan | null> => {
      const year = Number(date.slice(0, 4))
      const covering = known.find(
        (p) => p.year === year && p.startDate <= date && date <= p.endDate,
      )
      if (covering) return covering
      if (byDate.has(date)) return byDate.get(date) ?? null
      const plan = (await skp.workPlansOn(me.instansiId, [me.pegawaiId], date)).get(me.pegawaiId)
      if (plan && !known.some((p) => p.id === plan.id)) known.push(plan)
      byDate.set(date, plan ?? null)
      return plan ?? null
    }
  }

  function mapColumns(header: readonly string[]): Map<Column, number> {
    const columns = new Map<Column, number>()
    header.forEach((h, i) => {
      const c = PROGRESS_IMPORT_COLUMNS.find((x) => x === normaliseHeader(h))
      if (c && !columns.has(c)) columns.set(c, i)
    })
    const missing = REQUIRED.filter((c) => !columns.has(c))
    if (missing.length)
      throw validationFailed(
        Object.fromEntries(missing.map((c) => [c, 'Kolom wajib tidak ada'])),
        'IMPORT_COLUMNS_MISSING',
        `Kolom wajib tidak ada: ${missing.join(', ')}. Baris pertama harus berisi judul kolom: ${PROGRESS_IMPORT_COLUMNS.join(', ')}. Unduh templatnya bila ragu.`,
      )
    return columns
  }

  async function validate(
    me: Me,
    table: Table,
    columns: Map<Column, number>,
    today: string,
    fileHash: string,
  ) {
    const errors: ProgressImportResult['errors'] = []
    const lines: Line[] = []
    const planFor = planLookup(me)
    const shape = progressInputSchema.shape
    // Latest dates first: the first lookup of a year finds the SKP that runs at its end.
    const rows = [...table.rows].sort((a, b) => b.row - a.row)
    for (const r of rows) {
      const cell = (c: Column) => {
        const i = columns.get(c)
        return i === undefined ? '' : unescapeFormula((r.cells[i] ?? '').trim()).trim()
      }
      const rowErrors: { field: Column; message: string }[] = []
      const fail = (field: Column, message: string) => rowErrors.push({ field, message })

      const date = parseImportDate(cell('tanggal'))
      if (!cell('tanggal')) fail('tanggal', 'Tanggal wajib diisi')
      else if (!date) fail('tanggal', 'Tanggal tidak dikenali; gunakan 2026-11-27 atau 27/11/2026')
      else if (date > today) fail('tanggal', 'Tanggal kegiatan tidak boleh setelah hari ini')

      const times = (['jam_mulai', 'jam_selesai'] as const).map((c) => {
        const raw = cell(c)
        const t = parseImportTime(raw)
        if (!raw) fail(c, 'Jam wajib diisi')
        else if (/^1899-12-3[01]$/.test(raw))
          fail(c, 'Jam terbaca sebagai tanggal oleh Excel; ketik jam sebagai teks, mis. 08:30')
        else if (!t) fail(c, 'Gunakan format jam HH:MM, mis. 08:30')
        return t
      })
      const [startTime, endTime] = times
      if (startTime && endTime && endTime <= startTime)
        fail('jam_selesai', 'Jam selesai harus setelah jam mulai')

      const description = firstMessage(shape.description, cell('uraian'))
      if (!cell('uraian')) fail('uraian', 'Uraian kegiatan wajib diisi')
      else if (!description.ok) fail('uraian', description.message)

      const rawRealisasi = cell('realisasi')
      const realisasi = firstMessage(
        shape.realisasi,
        /^-?\d+(\.0+)?$/.test(rawRealisasi) ? Number(rawRealisasi) : rawRealisasi,
      )
      if (!rawRealisasi) fail('realisasi', 'Realisasi wajib diisi')
      else if (!realisasi.ok) fail('realisasi', realisasi.message)

      const satuan = firstMessage(shape.satuan, cell('satuan'))
      if (!cell('satuan')) fail('satuan', 'Satuan wajib diisi')
      else if (!satuan.ok) fail('satuan', satuan.message)

      const links = cell('tautan_bukti')
        .split(/[;\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
      if (links.length > MAX_LINKS_PER_ENTRY)
        fail('tautan_bukti', `Paling banyak ${MAX_LINKS_PER_ENTRY} tautan`)
      const badLink = links.find((l) => !linkSchema.safeParse(l).success)
      if (badLink) fail('tautan_bukti', `Tautan tidak valid: ${badLink.slice(0, 80)}`)

      let rhkId: string | null = null
      let skpId: string | null = null
      const rawNo = cell('rhk_no')
      if (rawNo) {
        const no = parseRhkNo(rawNo)
        if (!no) fail('rhk_no', 'Nomor RHK tidak dikenali; gunakan 1, 2 … atau T1, T2 …')
        else if (date && date <= today) {
          const plan = await planFor(date)
          const year = date.slice(0, 4)
          if (!plan) fail('rhk_no', `Anda belum memiliki SKP tahun ${year}; kosongkan rhk_no`)
          else {
            const numbers = rhkNumbers(plan.rhk)
            const found = [...numbers].find(([, n]) => n === no)
            if (!found)
              fail(
                'rhk_no',
                `RHK nomor ${no} tidak ada di SKP Anda tahun ${year}` +
                  (numbers.size ? ` (yang ada: ${[...numbers.values()].join(', ')})` : ''),
              )
            else {
              rhkId = found[0]
              skpId = plan.id
            }
          }
        }
      }

      if (rowErrors.length) {
        for (const e of rowErrors) errors.push({ row: r.row, ...e })
        continue
      }
      lines.push({
        row: r.row,
        date: date as string,
        startTime: startTime as string,
        endTime: endTime as string,
        description: description.ok ? description.value : '',
        skpId,
        rhkId,
        realisasi: realisasi.ok ? realisasi.value : 0,
        satuan: satuan.ok ? satuan.value : '',
        links: [...new Set(links)],
        clientId: importClientId(fileHash, r.row),
      })
    }
    errors.sort((a, b) => a.row - b.row)
    lines.sort((a, b) => a.row - b.row)
    return { errors, lines }
  }

  return {
    /** The import workbook: the header row to fill, and a sheet explaining the columns and RHK numbers. */
    async template(_actor: Actor, me: Me): Promise<ImportDownload> {
      const { today } = await deps.zoneOf(me.instansiId)
      const plan = (await skp.workPlansOn(me.instansiId, [me.pegawaiId], today)).get(me.pegawaiId)
      const workbook = new ExcelJS.Workbook()
      workbook.creator = 'Kinerja'
      const sheet = workbook.addWorksheet('Progres Harian', {
        views: [{ state: 'frozen', ySplit: 1 }],
      })
      // Every column is text, so Excel keeps 08:30 and 1 as typed instead of turning them into
      // times and numbers.
      sheet.columns = PROGRESS_IMPORT_COLUMNS.map((h) => ({
        header: h,
        key: h,
        style: { numFmt: '@' },
        width: h === 'uraian' ? 60 : h === 'tautan_bukti' ? 40 : 14,
      }))
      sheet.getRow(1).font = { bold: true }

      const help = workbook.addWorksheet('Petunjuk')
      help.columns = [
        { header: 'Kolom', key: 'k', width: 16 },
        { header: 'Isi', key: 'v', width: 100 },
      ]
      help.getRow(1).font = { bold: true }
      for (const c of PROGRESS_IMPORT_COLUMNS)
        help.addRow([c, `${REQUIRED.includes(c) ? '' : '(opsional) '}${COLUMN_HELP[c]}`])
      help.addRow([])
      help.addRow([
        'Contoh',
        '2026-11-27 | 08:00 | 10:30 | Menyusun draf laporan realisasi anggaran Oktober | 1 | 1 | Dokumen | https://drive.example.go.id/laporan',
      ])
      help.addRow([])
      help.addRow([
        'Catatan',
        `Paling banyak ${MAX_PROGRESS_IMPORT_ROWS} baris per berkas. Semua baris diperiksa dulu; bila ada yang salah, tidak ada yang disimpan (kecuali Anda memilih menyimpan baris yang benar saja). Mengunggah berkas yang sama dua kali tidak membuat kegiatan ganda. Keterlambatan dinilai saat impor.`,
      ])
      help.addRow([])
      const heading = help.addRow([
        'rhk_no',
        plan ? `RHK di SKP ${plan.year} Anda` : 'Anda belum memiliki SKP tahun ini',
      ])
      heading.font = { bold: true }
      const numbers = rhkNumbers(plan?.rhk ?? [])
      for (const r of plan?.rhk ?? []) help.addRow([numbers.get(r.id) ?? '', escapeFormula(r.text)])
      const data = Buffer.from(await workbook.xlsx.writeBuffer())
      return {
        fileName: `templat-progres-harian-${today}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        data,
      }
    },

    async importFile(
      actor: Actor,
      me: Me,
      opts: { dryRun: boolean; validOnly: boolean },
      read: () => Promise<ImportUpload>,
    ): Promise<ProgressImportResult> {
      const upload = await read()
      let table: Table
      try {
        table = await readSpreadsheet(upload.data, MAX_PROGRESS_IMPORT_ROWS)
      } catch (e) {
        if (!(e instanceof TableReadError)) throw e
        throw new AppError(
          'VALIDATION_FAILED',
          e.message,
          e.problem === 'TOO_MANY_ROWS' ? 'IMPORT_TOO_MANY_ROWS' : e.problem,
        )
      }
      if (table.header.length === 0 || table.rows.length === 0)
        throw new AppError(
          'VALIDATION_FAILED',
          'Berkas tidak berisi baris kegiatan di bawah judul kolom.',
          'IMPORT_EMPTY',
        )
      const columns = mapColumns(table.header)
      const [{ timeZone, today }, ctx] = await Promise.all([
        deps.zoneOf(me.instansiId),
        deps.ruleContext(db, me.instansiId),
      ])
      const fileHash = createHash('sha256').update(upload.data).digest('hex')
      const { errors, lines } = await validate(me, table, columns, today, fileHash)
      const already = await repo.existingClientIds(
        db,
        me.pegawaiId,
        lines.map((l) => l.clientId),
      )
      const fresh = lines.filter((l) => !already.has(l.clientId))
      const base = {
        total: table.rows.length,
        valid: lines.length,
        errors,
      }
      if (opts.dryRun) return { dryRun: true, ...base, created: fresh.length }
      if (errors.length && !opts.validOnly) return { dryRun: false, ...base, created: 0 }

      // Lateness is judged now, when the entries reach the server: old days imported late stay late.
      const receivedAt = clock.now()
      const calOf = deps.calendars(me.instansiId)
      const values: repo.ProgressInsert[] = []
      for (const l of fresh) {
        const judged = timeliness({
          day: l.date,
          receivedAt,
          rule: ctx.rule,
          cal: await calOf(Number(l.date.slice(0, 4))),
          timeZone,
        })
        values.push({
          instansiId: me.instansiId,
          pegawaiId: me.pegawaiId,
          clientId: l.clientId,
          date: l.date,
          startTime: l.startTime,
          endTime: l.endTime,
          description: l.description,
          textHash: deps.textHashOf(l.description),
          skpId: l.skpId,
          rhkId: l.rhkId,
          rencanaAksiId: null,
          realisasi: l.realisasi,
          satuan: l.satuan,
          recordedAt: receivedAt,
          deviceRecordedAt: null,
          deadlineAt: new Date(judged.deadlineAt),
          late: judged.late,
          syncedLate: judged.syncedLate,
          ruleVersion: ctx.ruleVersion,
          createdByUserId: actor.userId,
        })
      }
      // Inserted in text order: the duplicate-text counters are locked in key order per
      // statement, so two imports of several statements each never wait on each other in a
      // cycle (decision 0021).
      values.sort((a, b) => (a.textHash < b.textHash ? -1 : a.textHash > b.textHash ? 1 : 0))
      const linksOf = new Map(fresh.map((l) => [l.clientId, l.links]))
      const created = await db.transaction(async (tx) => {
        // Under the person's lock, skip what a concurrent import or entry stored meanwhile
        // (the unique index covers only the same day: decision 0014).
        await repo.lockNewProgress(tx, me.pegawaiId)
        const stored = await repo.existingClientIds(
          tx,
          me.pegawaiId,
          values.map((v) => v.clientId),
        )
        const inserted = await repo.insertProgressMany(
          tx,
          values.filter((v) => !stored.has(v.clientId)),
        )
        await repo.insertLinks(
          tx,
          inserted.map((row) => ({
            instansiId: me.instansiId,
            progressId: row.id,
            progressDate: row.date,
            pegawaiId: me.pegawaiId,
            urls: linksOf.get(row.clientId) ?? [],
          })),
        )
        await deps.refreshFlags(
          tx,
          me.instansiId,
          me.pegawaiId,
          inserted.map((r) => r.date),
          ctx.alignment,
        )
        await audit.record(tx, actor, {
          action: 'progress.imported',
          entity: 'daily_progress',
          after: {
            fileName: upload.fileName,
            fileSha256: fileHash,
            total: base.total,
            valid: base.valid,
            rejected: base.total - base.valid,
            created: inserted.length,
            alreadyImported: lines.length - fresh.length,
            validOnly: opts.validOnly,
          },
        })
        return inserted.length
      })
      return { dryRun: false, ...base, created }
    },
  }
}
