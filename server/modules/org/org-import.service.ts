import { randomBytes, randomUUID } from 'node:crypto'
import type { z } from 'zod'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
  columnFor,
  golonganFitsStatus,
  MAX_IMPORT_ROWS,
  normaliseGolongan,
  parseJabatanJenis,
  parseYesNo,
  PEGAWAI_COLUMNS,
  REQUIRED_COLUMNS,
  UNIT_COLUMNS,
  type ExportQuery,
  type ImportColumn,
  type ImportKind,
  type ImportOptions,
  type ImportResult,
  type ImportRowError,
  type ImportRowsInvalid,
} from '../../../shared/org-import.ts'
import {
  JABATAN_JENIS_LABEL,
  newJabatanSchema,
  newUnitSchema,
  pegawaiFieldsSchema,
  type JabatanJenis,
} from '../../../shared/org.ts'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import {
  CSV_CONTENT_TYPE,
  TableReadError,
  toCsv,
  unescapeFormula,
  type Table,
  type TableRow,
} from '../../lib/csv.ts'
import { AppError, notFound, validationFailed } from '../../lib/errors.ts'
import { readSpreadsheet, writeXlsx, XLSX_CONTENT_TYPE } from '../../lib/xlsx.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { AccountsPort } from '../auth/auth.service.ts'
import { canManageOrg } from './org.policy.ts'
import * as repo from './org.repository.ts'
import { fullName } from './org.service.ts'

export type ImportUpload = ImportOptions & { fileName: string; data: Buffer }
export type ImportOutcome =
  { ok: true; result: ImportResult } | { ok: false; failure: ImportRowsInvalid }
export type Download = { fileName: string; contentType: string; data: Buffer }

type Deps = { db: Db; clock: Clock; audit: AuditService; accounts: AccountsPort; dataDir: string }

/** Rejected-row files are kept a week: long enough to fix and re-upload, short enough to hold no stale personal data. */
const REJECTED_TTL_MS = 7 * 24 * 3600_000
const REJECTED_ID = /^[a-f0-9]{32}$/

/** Where a rejected-row file lives; the id is random hex, never anything a user typed. */
export const rejectedFilePath = (dataDir: string, id: string) =>
  path.join(dataDir, 'imports', `${id}.csv`)

/** Codes and names are matched the way people type them: case and repeated spaces ignored. */
const codeKey = (s: string) => s.trim().toUpperCase()
const nameKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase()

/** Only letters, digits, dot, dash and underscore reach a Content-Disposition filename. */
const safeFileStem = (name: string) =>
  name
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 60) || 'impor'

class RowErrors {
  readonly list: ImportRowError[] = []
  readonly rows = new Set<number>()
  add(row: number, field: ImportColumn, message: string) {
    this.list.push({ row, field, message })
    this.rows.add(row)
  }
  has(row: number) {
    return this.rows.has(row)
  }
}

/** The cells of one row by canonical column, with formula escapes of our own exports undone. */
type RowCells = {
  row: number
  get(c: ImportColumn): string
  has(c: ImportColumn): boolean
  imprecise(c: ImportColumn): boolean
}

function mapColumns(kind: ImportKind, header: readonly string[]): Map<ImportColumn, number> {
  const columns = new Map<ImportColumn, number>()
  const repeated: string[] = []
  header.forEach((h, i) => {
    const c = columnFor(kind, h)
    if (!c) return
    if (columns.has(c)) repeated.push(c)
    else columns.set(c, i)
  })
  if (repeated.length) {
    throw validationFailed(
      Object.fromEntries(repeated.map((c) => [c, 'Kolom ini muncul lebih dari sekali'])),
      'IMPORT_COLUMNS_INVALID',
      `Kolom ${repeated.join(', ')} muncul lebih dari sekali di baris judul.`,
    )
  }
  const missing: string[] = REQUIRED_COLUMNS[kind].filter((c) => !columns.has(c))
  if (kind === 'pegawai' && !columns.has('kode_unit') && !columns.has('nama_unit'))
    missing.push('kode_unit')
  if (missing.length) {
    const expected = (kind === 'units' ? UNIT_COLUMNS : PEGAWAI_COLUMNS).join(', ')
    throw validationFailed(
      Object.fromEntries(missing.map((c) => [c, 'Kolom wajib tidak ada'])),
      'IMPORT_COLUMNS_MISSING',
      `Kolom wajib tidak ada: ${missing.join(', ')}. Baris pertama harus berisi judul kolom: ${expected}.`,
    )
  }
  return columns
}

function rowCells(columns: Map<ImportColumn, number>, r: TableRow): RowCells {
  return {
    row: r.row,
    get: (c) => {
      const i = columns.get(c)
      return i === undefined ? '' : unescapeFormula((r.cells[i] ?? '').trim()).trim()
    },
    has: (c) => columns.has(c),
    imprecise: (c) => {
      const i = columns.get(c)
      return i !== undefined && (r.imprecise?.has(i) ?? false)
    },
  }
}

/** First zod message of a field schema, or the parsed value. */
function check<T>(schema: z.ZodType<T>, value: unknown) {
  const r = schema.safeParse(value)
  return r.success
    ? { ok: true as const, value: r.data }
    : { ok: false as const, message: r.error.issues[0]?.message ?? 'Tidak valid' }
}

type Plan = {
  errors: RowErrors
  created: number
  updated: number
  write(tx: Executor): Promise<void>
}

export function createOrgImportService({ db, clock, audit, accounts, dataDir }: Deps) {
  function requireManager(actor: Actor): string {
    if (!actor.instansiId || !canManageOrg(actor, actor.instansiId)) throw notFound('Halaman')
    return actor.instansiId
  }

  async function todayFor(tx: Executor, instansiId: string) {
    const inst = await repo.findInstansi(tx, instansiId)
    return dayIn(clock.now(), inst?.timeZone ?? 'Asia/Jakarta')
  }

  // ---------- units ----------
  async function planUnits(tx: Executor, instansiId: string, rows: RowCells[]): Promise<Plan> {
    const errors = new RowErrors()
    const existing = (await repo.listUnits(tx, instansiId)).map((r) => r.unit)
    const byCode = new Map<string, repo.UnitRow[]>()
    for (const u of existing)
      if (u.code) byCode.set(codeKey(u.code), [...(byCode.get(codeKey(u.code)) ?? []), u])
    const existingOf = (key: string) => {
      const found = byCode.get(key)
      return found?.length === 1 ? found[0] : undefined
    }

    type Line = {
      row: number
      code: string
      key: string
      name: string
      parentCode: string
      parentKey: string | null
    }
    const lines: Line[] = rows.map((c) => {
      const code = c.get('kode_unit')
      const name = c.get('nama_unit')
      const parentCode = c.get('kode_unit_induk')
      if (!code) errors.add(c.row, 'kode_unit', 'Kode unit wajib diisi')
      else {
        const r = check(newUnitSchema.shape.code, code)
        if (!r.ok) errors.add(c.row, 'kode_unit', r.message)
        else if ((byCode.get(codeKey(code))?.length ?? 0) > 1) {
          errors.add(
            c.row,
            'kode_unit',
            `Kode unit ${code} dipakai oleh lebih dari satu unit yang sudah ada; perbaiki dulu di menu Unit Kerja`,
          )
        }
      }
      if (!name) errors.add(c.row, 'nama_unit', 'Nama unit wajib diisi')
      else {
        const r = check(newUnitSchema.shape.name, name)
        if (!r.ok) errors.add(c.row, 'nama_unit', r.message)
      }
      return {
        row: c.row,
        code,
        key: codeKey(code),
        name,
        parentCode,
        parentKey: parentCode ? codeKey(parentCode) : null,
      }
    })

    const rowsByKey = new Map<string, Line[]>()
    for (const l of lines) if (l.code) rowsByKey.set(l.key, [...(rowsByKey.get(l.key) ?? []), l])
    for (const [, same] of rowsByKey) {
      if (same.length < 2) continue
      for (const l of same) {
        errors.add(
          l.row,
          'kode_unit',
          `Kode unit ${l.code} muncul lebih dari sekali di berkas (baris ${same.map((s) => s.row).join(', ')})`,
        )
      }
    }
    const lineOf = (key: string) => {
      const same = rowsByKey.get(key)
      return same?.length === 1 ? same[0] : undefined
    }

    for (const l of lines) {
      if (!l.parentKey) continue
      if (l.code && l.parentKey === l.key)
        errors.add(l.row, 'kode_unit_induk', 'Unit tidak dapat menjadi induk dirinya sendiri')
      else if (!rowsByKey.has(l.parentKey)) {
        const found = byCode.get(l.parentKey) ?? []
        if (found.length === 0)
          errors.add(
            l.row,
            'kode_unit_induk',
            `Unit induk dengan kode ${l.parentCode} tidak ada di berkas maupun di data unit`,
          )
        else if (found.length > 1)
          errors.add(
            l.row,
            'kode_unit_induk',
            `Kode unit induk ${l.parentCode} dipakai oleh lebih dari satu unit`,
          )
        else if (!found[0]?.active)
          errors.add(l.row, 'kode_unit_induk', `Unit induk ${l.parentCode} sudah nonaktif`)
      }
    }

    // Every code in the file gets its final id up front: the existing unit's, or a new one.
    const idOf = new Map<string, string>()
    for (const l of lines)
      if (l.code && !idOf.has(l.key)) idOf.set(l.key, existingOf(l.key)?.id ?? randomUUID())
    const existingById = new Map(existing.map((u) => [u.id, u]))
    /**
     * The parent a row asks for. A blank kode_unit_induk on an existing unit whose current parent
     * has no code keeps that parent: the file could not have named it (so exporting and
     * re-importing never moves such a unit to the root).
     */
    const parentIdOf = (l: Line): string | null => {
      if (l.parentKey) return idOf.get(l.parentKey) ?? existingOf(l.parentKey)?.id ?? null
      const current = existingById.get(existingOf(l.key)?.parentId ?? '')
      return current && !current.code ? current.id : null
    }

    // Rejecting a row can break others (a child whose new parent was rejected; a cycle), so
    // repeat until nothing changes.
    const valid = (l: Line) => !errors.has(l.row)
    for (let changed = true; changed;) {
      changed = false
      for (const l of lines) {
        if (!valid(l) || !l.parentKey) continue
        const parentLine = lineOf(l.parentKey)
        if (parentLine && !valid(parentLine) && !existingOf(l.parentKey)) {
          errors.add(
            l.row,
            'kode_unit_induk',
            `Unit induk ${l.parentCode} ikut ditolak karena baris ${parentLine.row} tidak valid`,
          )
          changed = true
        }
      }
      const fileParent = new Map<string, string | null>()
      for (const l of lines) if (valid(l)) fileParent.set(idOf.get(l.key) as string, parentIdOf(l))
      const parentOf = (id: string) =>
        fileParent.has(id) ? (fileParent.get(id) ?? null) : (existingById.get(id)?.parentId ?? null)
      for (const l of lines) {
        if (!valid(l)) continue
        const start = idOf.get(l.key) as string
        const seen = new Set<string>()
        for (let at = parentOf(start); at && !seen.has(at); at = parentOf(at)) {
          if (at === start) {
            errors.add(
              l.row,
              'kode_unit_induk',
              'Susunan unit induk membentuk lingkaran (unit menjadi induk dari induknya sendiri)',
            )
            changed = true
            break
          }
          seen.add(at)
        }
      }
    }

    const validLines = lines.filter(valid)
    const created = validLines.filter((l) => !existingOf(l.key))
    const matched = validLines.filter((l) => existingOf(l.key))

    return {
      errors,
      created: created.length,
      updated: matched.length,
      async write(w) {
        // Parents before children, so that every chunk of the multi-row insert finds its parents.
        const depth = new Map<string, number>()
        const depthOf = (l: Line): number => {
          const known = depth.get(l.key)
          if (known !== undefined) return known
          const parent = l.parentKey && !existingOf(l.parentKey) ? lineOf(l.parentKey) : undefined
          const d = parent ? depthOf(parent) + 1 : 0
          depth.set(l.key, d)
          return d
        }
        const ordered = [...created].sort((a, b) => depthOf(a) - depthOf(b))
        await repo.insertMany(
          w,
          'units',
          ordered.map((l) => ({
            id: idOf.get(l.key) as string,
            instansiId,
            code: l.code,
            name: l.name,
            parentId: parentIdOf(l),
          })),
        )
        const changes = matched.flatMap((l) => {
          const before = existingOf(l.key) as repo.UnitRow
          const parentId = parentIdOf(l)
          return before.name === l.name && before.parentId === parentId
            ? []
            : [{ id: before.id, name: l.name, parentId }]
        })
        await repo.updateUnitsMany(w, changes)
      },
    }
  }

  // ---------- pegawai ----------
  async function planPegawai(tx: Executor, instansiId: string, rows: RowCells[]): Promise<Plan> {
    const errors = new RowErrors()
    const shape = pegawaiFieldsSchema.shape
    const unitRows = (await repo.listUnits(tx, instansiId)).map((r) => r.unit)
    const unitsByCode = new Map<string, repo.UnitRow[]>()
    const unitsByName = new Map<string, repo.UnitRow[]>()
    for (const u of unitRows) {
      if (u.code) unitsByCode.set(codeKey(u.code), [...(unitsByCode.get(codeKey(u.code)) ?? []), u])
      unitsByName.set(nameKey(u.name), [...(unitsByName.get(nameKey(u.name)) ?? []), u])
    }
    const jabatanByKey = new Map<string, repo.JabatanRow>()
    for (const j of await repo.listJabatan(tx, instansiId)) {
      const key = `${j.unitId ?? '*'}|${nameKey(j.name)}`
      // Two jabatan with one name in one unit: prefer the active one.
      if (!jabatanByKey.get(key)?.active) jabatanByKey.set(key, j)
    }

    type Line = {
      row: number
      cells: RowCells
      nip: string
      name: string
      gelarDepan: string | null
      gelarBelakang: string | null
      status: repo.PegawaiRow['status']
      golongan: string | null
      email: string | null
      phone: string | null
      active: boolean | null
      unit: repo.UnitRow | null
      jabatanName: string
      jenis: JabatanJenis | null
      kepala: boolean | null
      jabatanId: string | null
    }

    const lines: Line[] = rows.map((c) => {
      const row = c.row
      const line: Line = {
        row,
        cells: c,
        nip: '',
        name: '',
        gelarDepan: null,
        gelarBelakang: null,
        status: 'PNS',
        golongan: null,
        email: null,
        phone: null,
        active: null,
        unit: null,
        jabatanName: '',
        jenis: null,
        kepala: null,
        jabatanId: null,
      }
      const text = (col: ImportColumn) => c.get(col) || null

      const nip = c.get('nip')
      if (c.imprecise('nip')) {
        errors.add(
          row,
          'nip',
          'NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya berubah; format kolom NIP sebagai Teks lalu ketik ulang NIP-nya',
        )
      } else if (!nip) errors.add(row, 'nip', 'NIP wajib diisi')
      else {
        const r = check(shape.nip, nip)
        if (r.ok) line.nip = r.value
        else errors.add(row, 'nip', `${r.message} (NIP: ${nip})`)
      }

      const name = c.get('nama')
      if (!name) errors.add(row, 'nama', 'Nama wajib diisi')
      else {
        const r = check(shape.name, name)
        if (r.ok) line.name = r.value
        else errors.add(row, 'nama', r.message)
      }
      for (const [col, key] of [
        ['gelar_depan', 'gelarDepan'],
        ['gelar_belakang', 'gelarBelakang'],
      ] as const) {
        const r = check(shape[key], text(col))
        if (r.ok) line[key] = r.value
        else errors.add(row, col, r.message)
      }

      const status = c.get('status').toUpperCase()
      const rs = status
        ? check(shape.status, status)
        : { ok: false as const, message: 'Status wajib diisi (PNS, PPPK atau CPNS)' }
      if (rs.ok) line.status = rs.value
      else errors.add(row, 'status', rs.message)

      const golongan = c.get('golongan')
      if (golongan) {
        const r = check(shape.golongan, normaliseGolongan(golongan))
        if (!r.ok) errors.add(row, 'golongan', `${r.message}: "${golongan}"`)
        else if (r.value && rs.ok && !golonganFitsStatus(r.value, rs.value)) {
          errors.add(
            row,
            'golongan',
            rs.value === 'PPPK'
              ? `Golongan PPPK adalah I–XVII, bukan ${r.value}`
              : `Golongan ${rs.value} adalah I/a–IV/e, bukan ${r.value}`,
          )
        } else line.golongan = r.value ?? null
      }

      const email = check(shape.email, text('email'))
      if (email.ok) line.email = email.value ?? null
      else errors.add(row, 'email', email.message)
      const phone = check(shape.phone, text('telepon'))
      if (phone.ok) line.phone = phone.value ?? null
      else errors.add(row, 'telepon', phone.message)

      const active = parseYesNo(c.get('aktif'))
      if (active === undefined) errors.add(row, 'aktif', 'Isi "ya" atau "tidak"')
      else line.active = active
      const kepala = parseYesNo(c.get('kepala_unit'))
      if (kepala === undefined) errors.add(row, 'kepala_unit', 'Isi "ya" atau "tidak"')
      else line.kepala = kepala
      const jenisText = c.get('jenis_jabatan')
      if (jenisText) {
        const jenis = parseJabatanJenis(jenisText)
        if (jenis) line.jenis = jenis
        else
          errors.add(
            row,
            'jenis_jabatan',
            `Jenis jabatan tidak dikenal: "${jenisText}" (contoh: Pelaksana, Pengawas, Fungsional Ahli Muda)`,
          )
      }

      const unitCode = c.get('kode_unit')
      const unitName = c.get('nama_unit')
      const unitField: ImportColumn = unitCode || !c.has('nama_unit') ? 'kode_unit' : 'nama_unit'
      const found = unitCode
        ? (unitsByCode.get(codeKey(unitCode)) ?? [])
        : unitName
          ? (unitsByName.get(nameKey(unitName)) ?? [])
          : null
      if (found === null) errors.add(row, unitField, 'Kode unit (atau nama unit) wajib diisi')
      else if (found.length === 0) {
        errors.add(
          row,
          unitField,
          unitCode
            ? `Unit dengan kode ${unitCode} tidak ditemukan; impor unit kerja terlebih dahulu`
            : `Unit "${unitName}" tidak ditemukan`,
        )
      } else if (found.length > 1) {
        errors.add(
          row,
          unitField,
          unitCode
            ? `Kode unit ${unitCode} dipakai oleh lebih dari satu unit`
            : `Ada lebih dari satu unit bernama "${unitName}"; gunakan kolom kode_unit`,
        )
      } else if (!found[0]?.active)
        errors.add(row, unitField, `Unit ${unitCode || unitName} sudah nonaktif`)
      else line.unit = found[0]

      const jabatanName = c.get('jabatan')
      if (!jabatanName) errors.add(row, 'jabatan', 'Jabatan wajib diisi')
      else {
        const r = check(newJabatanSchema.shape.name, jabatanName)
        if (r.ok) line.jabatanName = r.value
        else errors.add(row, 'jabatan', r.message)
      }
      return line
    })

    const byNip = new Map<string, Line[]>()
    for (const l of lines) if (l.nip) byNip.set(l.nip, [...(byNip.get(l.nip) ?? []), l])
    for (const [nip, same] of byNip) {
      if (same.length < 2) continue
      for (const l of same)
        errors.add(
          l.row,
          'nip',
          `NIP ${nip} muncul lebih dari sekali di berkas (baris ${same.map((s) => s.row).join(', ')})`,
        )
    }
    const stored = new Map(
      (await repo.listPegawaiByNips(tx, [...byNip.keys()])).map((p) => [p.nip, p]),
    )
    for (const l of lines) {
      const p = stored.get(l.nip)
      if (p && p.instansiId !== instansiId)
        errors.add(l.row, 'nip', `NIP ${l.nip} sudah terdaftar di instansi lain`)
    }

    // Jabatan last: only rows valid so far may define a new jabatan for the rows after them.
    type NewJabatan = {
      id: string
      unitId: string
      name: string
      jenis: JabatanJenis
      headsUnit: boolean
      row: number
    }
    const planned = new Map<string, NewJabatan>()
    for (const l of lines) {
      if (errors.has(l.row) || !l.unit) continue
      const own = `${l.unit.id}|${nameKey(l.jabatanName)}`
      const found = jabatanByKey.get(own) ?? jabatanByKey.get(`*|${nameKey(l.jabatanName)}`)
      if (found) {
        if (!found.active) errors.add(l.row, 'jabatan', `Jabatan "${found.name}" sudah nonaktif`)
        else if (l.jenis && l.jenis !== found.jenis) {
          errors.add(
            l.row,
            'jenis_jabatan',
            `Jabatan "${found.name}" sudah ada dengan jenis ${JABATAN_JENIS_LABEL[found.jenis]}; samakan isinya atau ubah jabatan itu di menu Jabatan`,
          )
        } else if (l.kepala !== null && l.kepala !== found.headsUnit) {
          errors.add(
            l.row,
            'kepala_unit',
            `Jabatan "${found.name}" ${found.headsUnit ? 'adalah' : 'bukan'} jabatan kepala unit; samakan isinya atau ubah jabatan itu di menu Jabatan`,
          )
        } else l.jabatanId = found.id
        continue
      }
      const prior = planned.get(own)
      if (prior) {
        if (
          (l.jenis && l.jenis !== prior.jenis) ||
          (l.kepala !== null && l.kepala !== prior.headsUnit)
        ) {
          errors.add(
            l.row,
            l.jenis && l.jenis !== prior.jenis ? 'jenis_jabatan' : 'kepala_unit',
            `Jabatan baru "${l.jabatanName}" diisi berbeda dengan baris ${prior.row}`,
          )
        } else l.jabatanId = prior.id
      } else if (!l.jenis) {
        errors.add(
          l.row,
          'jenis_jabatan',
          `Jabatan "${l.jabatanName}" belum ada di unit ini: isi jenis jabatan agar dapat dibuat`,
        )
      } else {
        const j = {
          id: randomUUID(),
          unitId: l.unit.id,
          name: l.jabatanName,
          jenis: l.jenis,
          headsUnit: l.kepala ?? false,
          row: l.row,
        }
        planned.set(own, j)
        l.jabatanId = j.id
      }
    }

    const valid = lines.filter((l) => !errors.has(l.row))
    const created = valid.filter((l) => !stored.has(l.nip))
    const matched = valid.filter((l) => stored.has(l.nip))

    return {
      errors,
      created: created.length,
      updated: matched.length,
      async write(w) {
        const day = await todayFor(w, instansiId)
        await repo.insertMany(
          w,
          'jabatan',
          [...planned.values()].map((j) => ({
            id: j.id,
            instansiId,
            unitId: j.unitId,
            name: j.name,
            jenis: j.jenis,
            headsUnit: j.headsUnit,
          })),
        )
        const fresh = created.map((l) => ({
          id: randomUUID(),
          instansiId,
          nip: l.nip,
          name: l.name,
          gelarDepan: l.gelarDepan,
          gelarBelakang: l.gelarBelakang,
          status: l.status,
          golongan: l.golongan,
          unitId: (l.unit as repo.UnitRow).id,
          jabatanId: l.jabatanId as string,
          email: l.email,
          phone: l.phone,
          active: l.active ?? true,
        }))
        await repo.insertMany(w, 'pegawai', fresh)
        await repo.insertMany(
          w,
          'positionHistory',
          fresh.map((p) => ({
            instansiId,
            pegawaiId: p.id,
            unitId: p.unitId,
            jabatanId: p.jabatanId,
            startDate: day,
          })),
        )
        await accounts.createForPegawai(
          w,
          fresh.map((p) => ({ id: p.id, instansiId, nip: p.nip, displayName: fullName(p) })),
        )

        // Updates: a column missing from the file keeps the stored value; a blank cell clears it.
        const changed: repo.PegawaiRow[] = []
        const moves: { pegawaiId: string; unitId: string; jabatanId: string }[] = []
        const synced: { id: string; displayName: string; active: boolean }[] = []
        for (const l of matched) {
          const before = stored.get(l.nip) as repo.PegawaiRow
          const keep = <T>(col: ImportColumn, value: T, old: T) => (l.cells.has(col) ? value : old)
          const after = {
            ...before,
            name: l.name,
            gelarDepan: keep('gelar_depan', l.gelarDepan, before.gelarDepan),
            gelarBelakang: keep('gelar_belakang', l.gelarBelakang, before.gelarBelakang),
            status: l.status,
            golongan: keep('golongan', l.golongan, before.golongan),
            unitId: (l.unit as repo.UnitRow).id,
            jabatanId: l.jabatanId as string,
            email: keep('email', l.email, before.email),
            phone: keep('telepon', l.phone, before.phone),
            active: l.active ?? before.active,
          }
          const keys = [
            'name',
            'gelarDepan',
            'gelarBelakang',
            'status',
            'golongan',
            'unitId',
            'jabatanId',
            'email',
            'phone',
            'active',
          ] as const
          if (keys.every((k) => after[k] === before[k])) continue
          changed.push(after)
          if (after.unitId !== before.unitId || after.jabatanId !== before.jabatanId)
            moves.push({ pegawaiId: before.id, unitId: after.unitId, jabatanId: after.jabatanId })
          if (fullName(after) !== fullName(before) || after.active !== before.active)
            synced.push({ id: before.id, displayName: fullName(after), active: after.active })
        }
        await repo.updatePegawaiMany(w, changed)
        await repo.movePositionsMany(w, instansiId, day, moves)
        await accounts.syncPegawai(w, synced)
      },
    }
  }

  // ---------- rejected-row files ----------
  const importsDir = path.join(dataDir, 'imports')
  type RejectedMeta = { instansiId: string; fileName: string; createdAt: string }

  async function readMeta(id: string): Promise<RejectedMeta | null> {
    try {
      const meta = JSON.parse(
        await fs.readFile(path.join(importsDir, `${id}.json`), 'utf8'),
      ) as Partial<RejectedMeta>
      return typeof meta.instansiId === 'string' && typeof meta.createdAt === 'string'
        ? ({ fileName: 'impor', ...meta } as RejectedMeta)
        : null
    } catch {
      return null
    }
  }

  const expired = (meta: RejectedMeta) =>
    clock.now().getTime() - new Date(meta.createdAt).getTime() > REJECTED_TTL_MS

  async function purgeExpired() {
    for (const entry of await fs.readdir(importsDir)) {
      const id = entry.replace(/\.json$/, '')
      if (id === entry || !REJECTED_ID.test(id)) continue
      const meta = await readMeta(id)
      if (meta && !expired(meta)) continue
      await fs.rm(path.join(importsDir, `${id}.csv`), { force: true })
      await fs.rm(path.join(importsDir, `${id}.json`), { force: true })
    }
  }

  /** The rejected rows as they were uploaded, plus an `error` column saying what to fix. */
  async function storeRejected(
    instansiId: string,
    fileName: string,
    table: Table,
    errors: RowErrors,
  ): Promise<string> {
    const messages = new Map<number, string[]>()
    for (const e of errors.list)
      messages.set(e.row, [...(messages.get(e.row) ?? []), `${e.field}: ${e.message}`])
    const width = table.header.length
    const out = [
      [...table.header, 'error'],
      ...table.rows
        .filter((r) => errors.has(r.row))
        .map((r) => [
          ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
          (messages.get(r.row) ?? []).join('; '),
        ]),
    ]
    await fs.mkdir(importsDir, { recursive: true, mode: 0o700 })
    await purgeExpired()
    const id = randomBytes(16).toString('hex')
    await fs.writeFile(rejectedFilePath(dataDir, id), toCsv(out), { mode: 0o600 })
    const meta: RejectedMeta = { instansiId, fileName, createdAt: clock.now().toISOString() }
    await fs.writeFile(path.join(importsDir, `${id}.json`), JSON.stringify(meta), { mode: 0o600 })
    return id
  }

  async function instansiLabel(instansiId: string) {
    const inst = await repo.findInstansi(db, instansiId)
    return {
      code: safeFileStem(inst?.code ?? 'instansi'),
      today: dayIn(clock.now(), inst?.timeZone ?? 'Asia/Jakarta'),
    }
  }

  async function download(
    stem: string,
    format: ExportQuery,
    header: readonly string[],
    rows: string[][],
    sheet: string,
  ): Promise<Download> {
    if (format.format === 'xlsx')
      return {
        fileName: `${stem}.xlsx`,
        contentType: XLSX_CONTENT_TYPE,
        data: await writeXlsx(sheet, header, rows),
      }
    return {
      fileName: `${stem}.csv`,
      contentType: CSV_CONTENT_TYPE,
      data: toCsv([header, ...rows], { delimiter: format.delimiter === 'semicolon' ? ';' : ',' }),
    }
  }

  return {
    /**
     * Imports units or pegawai from an uploaded CSV/XLSX (admin of the instansi, super admin;
     * others 404). Every row is validated first; `all` writes nothing when any row is invalid,
     * `valid-only` writes the valid rows and keeps the rejected ones as a CSV. One transaction.
     */
    async importFile(
      actor: Actor,
      kind: ImportKind,
      read: () => Promise<ImportUpload>,
    ): Promise<ImportOutcome> {
      const instansiId = requireManager(actor)
      const upload = await read()
      let table: Table & { format: string }
      try {
        table = await readSpreadsheet(upload.data, MAX_IMPORT_ROWS)
      } catch (e) {
        if (!(e instanceof TableReadError)) throw e
        const reason = e.problem === 'TOO_MANY_ROWS' ? 'IMPORT_TOO_MANY_ROWS' : e.problem
        throw new AppError('VALIDATION_FAILED', e.message, reason)
      }
      if (table.header.length === 0)
        throw new AppError(
          'VALIDATION_FAILED',
          'Berkas kosong: baris pertama harus berisi judul kolom.',
          'IMPORT_EMPTY',
        )
      const columns = mapColumns(kind, table.header)
      if (table.rows.length === 0)
        throw new AppError(
          'VALIDATION_FAILED',
          'Berkas tidak berisi baris data di bawah judul kolom.',
          'IMPORT_EMPTY',
        )
      const rows = table.rows.map((r) => rowCells(columns, r))
      const totalRows = rows.length

      return db.transaction(async (tx) => {
        await repo.lockOrgImport(tx, instansiId)
        const plan =
          kind === 'units'
            ? await planUnits(tx, instansiId, rows)
            : await planPegawai(tx, instansiId, rows)
        const validRows = totalRows - plan.errors.rows.size
        const errors = [...plan.errors.list].sort((a, b) => a.row - b.row)
        const base = {
          dryRun: upload.dryRun,
          mode: upload.mode,
          totalRows,
          validRows,
          created: plan.created,
          updated: plan.updated,
          errors,
          rejectedFileId: null,
        }
        if (upload.dryRun) return { ok: true as const, result: base }
        if (errors.length && upload.mode === 'all') {
          const failure: ImportRowsInvalid = {
            error: {
              code: 'VALIDATION_FAILED',
              message: `${plan.errors.rows.size} dari ${totalRows} baris tidak valid; tidak ada data yang disimpan. Perbaiki lalu unggah ulang, atau pilih impor baris yang valid saja.`,
              reason: 'IMPORT_ROWS_INVALID',
            },
            errors,
            totalRows,
            validRows,
          }
          return { ok: false as const, failure }
        }
        await plan.write(tx)
        // Written inside the transaction: if the file cannot be stored, nothing is imported.
        const rejectedFileId = errors.length
          ? await storeRejected(instansiId, upload.fileName, table, plan.errors)
          : null
        await audit.record(tx, actor, {
          action: `import.${kind}`,
          entity: kind === 'units' ? 'unit' : 'pegawai',
          instansiId,
          after: {
            fileName: upload.fileName,
            format: table.format,
            mode: upload.mode,
            totalRows,
            validRows,
            created: plan.created,
            updated: plan.updated,
            rejected: plan.errors.rows.size,
            rejectedFileId,
          },
        })
        return { ok: true as const, result: { ...base, rejectedFileId } }
      })
    },

    /** The rejected rows of a valid-only import: only admins of the instansi that imported; others 404. */
    async rejectedFile(actor: Actor, id: string): Promise<Download> {
      const meta = REJECTED_ID.test(id) ? await readMeta(id) : null
      if (!meta || !canManageOrg(actor, meta.instansiId) || expired(meta)) throw notFound('Berkas')
      try {
        return {
          fileName: `ditolak-${safeFileStem(meta.fileName)}.csv`,
          contentType: CSV_CONTENT_TYPE,
          data: await fs.readFile(rejectedFilePath(dataDir, id)),
        }
      } catch {
        throw notFound('Berkas')
      }
    },

    /** All pegawai of the instansi in the import columns (admin): the export is an import template. */
    async exportPegawai(actor: Actor, format: ExportQuery): Promise<Download> {
      const instansiId = requireManager(actor)
      const rows = (await repo.listPegawaiForExport(db, instansiId)).map((r) => [
        r.p.nip,
        r.p.name,
        r.p.gelarDepan ?? '',
        r.p.gelarBelakang ?? '',
        r.p.status,
        r.p.golongan ?? '',
        r.unitCode ?? '',
        r.unitName,
        r.jabatanName,
        JABATAN_JENIS_LABEL[r.jabatanJenis],
        r.jabatanHeadsUnit ? 'ya' : 'tidak',
        r.p.email ?? '',
        r.p.phone ?? '',
        r.p.active ? 'ya' : 'tidak',
      ])
      const { code, today } = await instansiLabel(instansiId)
      return download(`pegawai-${code}-${today}`, format, PEGAWAI_COLUMNS, rows, 'Pegawai')
    },

    /** Active units of the instansi, parents before children (admin). */
    async exportUnits(actor: Actor, format: ExportQuery): Promise<Download> {
      const instansiId = requireManager(actor)
      const all = (await repo.listUnits(db, instansiId)).map((r) => r.unit).filter((u) => u.active)
      const byId = new Map(all.map((u) => [u.id, u]))
      const children = new Map<string | null, repo.UnitRow[]>()
      for (const u of all) {
        const parent = u.parentId && byId.has(u.parentId) ? u.parentId : null
        children.set(parent, [...(children.get(parent) ?? []), u])
      }
      const rows: string[][] = []
      const visit = (parent: string | null) => {
        for (const u of children.get(parent) ?? []) {
          rows.push([u.code ?? '', u.name, (u.parentId && byId.get(u.parentId)?.code) || ''])
          visit(u.id)
        }
      }
      visit(null)
      const { code, today } = await instansiLabel(instansiId)
      return download(`unit-kerja-${code}-${today}`, format, UNIT_COLUMNS, rows, 'Unit Kerja')
    },
  }
}
export type OrgImportService = ReturnType<typeof createOrgImportService>
