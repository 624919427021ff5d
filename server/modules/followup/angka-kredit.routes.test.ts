import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type {
  AkEntry,
  AkGenerateResult,
  AkLedger,
  AkList,
  AkSettings,
} from '../../../shared/followup.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { assessments } from '../assessments/assessments.tables.ts'
import { auditLog } from '../audit/audit.tables.ts'
import {
  patchAssessment,
  setupFollowupOffice,
  type FollowupOffice,
} from './angka-kredit.test-fixtures.ts'
import { akEntries } from './angka-kredit.tables.ts'

/**
 * /api/followup/angka-kredit over the real app: the tables (settings), generation from final
 * annual results with the numbers of the rule, the ledger with promotion hints, manual lines,
 * the JF list and the PAK-style PDF read back. Permissions per role are in
 * followup.permissions.test.ts.
 */
const t = await setupTestApp()
const AK = '/api/followup/angka-kredit'
let f: FollowupOffice
let admin: Session

const run = promisify(execFile)
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-pak-'))
  try {
    const file = path.join(dir, 'pak.pdf')
    fs.writeFileSync(file, pdf)
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'])
    return stdout.replace(/\s+/g, ' ')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The PUT body of settings: everything but updatedAt. */
const bodyOf = ({ sharePercent, koefisien, akForNextJenjang, version }: AkSettings) => ({
  sharePercent,
  koefisien,
  akForNextJenjang,
  version,
})
const get = (s: Session | null, url: string) => t.as(s, { method: 'GET', url })
const send = (
  s: Session | null,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => t.as(s, { method, url, ...(payload ? { payload } : {}) })

async function auditActions(instansiId: string) {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.instansiId, instansiId))
  return rows.map((r) => r.action)
}

beforeAll(async () => {
  f = await setupFollowupOffice(t)
  admin = f.s.admin
}, 120_000)

describe('settings', () => {
  it('reads the defaults (version 0) until an admin saves', async () => {
    const res = await get(await f.a.session(f.o.staff1), `${AK}/settings`)
    expect(res.statusCode, res.body).toBe(200)
    const s = res.json<AkSettings>()
    expect(s.version).toBe(0)
    expect(s.updatedAt).toBeNull()
    expect(s.sharePercent.sangat_baik).toBe(150)
    expect(s.koefisien.ahli_pertama).toBe(12.5)
    expect(s.akForNextJenjang.ahli_pertama).toBe(100)
    expect(s.akForNextJenjang.ahli_utama).toBeNull()
  })

  it('saves (audited), then answers a stale version with 409 and the current tables', async () => {
    const before = (await get(admin, `${AK}/settings`)).json<AkSettings>()
    const body = bodyOf(before)
    const saved = await send(admin, 'PUT', `${AK}/settings`, {
      ...body,
      koefisien: { ...body.koefisien, pemula: 4 },
    })
    expect(saved.statusCode, saved.body).toBe(200)
    const after = saved.json<AkSettings>()
    expect(after.version).toBe(before.version + 1)
    expect(after.koefisien.pemula).toBe(4)
    expect(after.updatedAt).not.toBeNull()

    const stale = await send(admin, 'PUT', `${AK}/settings`, body)
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_CONFLICT' })
    expect(stale.json().current).toMatchObject({ version: after.version, koefisien: { pemula: 4 } })

    // Back to the default for the numbers below.
    const back = await send(admin, 'PUT', `${AK}/settings`, { ...body, version: after.version })
    expect(back.statusCode, back.body).toBe(200)
    expect(await auditActions(f.o.instansi.id)).toContain('followup.ak.settings_updated')
  })

  it('refuses bad tables with 400 and the fields', async () => {
    const body = bodyOf((await get(admin, `${AK}/settings`)).json<AkSettings>())
    const res = await send(admin, 'PUT', `${AK}/settings`, {
      ...body,
      sharePercent: { ...body.sharePercent, baik: -5 },
      koefisien: { pemula: 3.75 },
    })
    expect(res.statusCode).toBe(400)
    const error = res.json().error
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(error.fields).join(' ')).toMatch(/sharePercent\.baik|koefisien/)
    const noVersion = await send(admin, 'PUT', `${AK}/settings`, { ...body, version: 'x' })
    expect(noVersion.statusCode).toBe(400)
    expect(noVersion.json().error.fields).toHaveProperty('version')
  })
})

describe('generate', () => {
  it('writes one line per final annual result of a JF, with the rule’s numbers', async () => {
    const res = await send(admin, 'POST', `${AK}/generate`, { year: 2026 })
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json<AkGenerateResult>()
    expect(r.created).toBe(1)
    expect(r.updated).toBe(0)
    expect(r.unchanged).toBe(0)
    const reasons = Object.fromEntries(r.skipped.map((x) => [x.pegawaiId, x.reason]))
    expect(reasons[f.o.staff1.pegawaiId]).toMatch(/Bukan jabatan fungsional/)
    expect(reasons[f.jfB.pegawaiId]).toMatch(/belum final/)
    expect(reasons[f.o.staff2.pegawaiId]).toBeUndefined()

    const [line] = await t.db
      .select()
      .from(akEntries)
      .where(eq(akEntries.assessmentId, f.ids.annual2))
    // Ahli Pertama, Sangat Baik, 12 months: 150 % × 12.5 × 12/12 = 18.75 (domain.md).
    expect(line).toMatchObject({
      pegawaiId: f.o.staff2.pegawaiId,
      year: 2026,
      source: 'penilaian',
      jenjang: 'ahli_pertama',
      predikat: 'sangat_baik',
      months: 12,
      sharePercent: 150,
      koefisien: 12.5,
      ak: 18.75,
    })
  })

  it('pro-rates a partial year: Ahli Pertama, Baik, SKP from 1 July → 6.25', async () => {
    const res = await send(admin, 'POST', `${AK}/generate`, { year: 2025 })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<AkGenerateResult>().created).toBe(1)
    const [line] = await t.db
      .select()
      .from(akEntries)
      .where(eq(akEntries.assessmentId, f.annual2025))
    expect(line).toMatchObject({ months: 6, predikat: 'baik', sharePercent: 100, ak: 6.25 })
  })

  it('is idempotent, keeps the snapshotted tables, and recomputes a changed predikat', async () => {
    // Editing the tables later never rewrites a line whose result is unchanged.
    const body = bodyOf((await get(admin, `${AK}/settings`)).json<AkSettings>())
    const edited = await send(admin, 'PUT', `${AK}/settings`, {
      ...body,
      koefisien: { ...body.koefisien, ahli_pertama: 10 },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const again = (
      await send(admin, 'POST', `${AK}/generate`, { year: 2026 })
    ).json<AkGenerateResult>()
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
    const lines = await t.db
      .select()
      .from(akEntries)
      .where(eq(akEntries.pegawaiId, f.o.staff2.pegawaiId))
    expect(lines.filter((l) => l.year === 2026)).toHaveLength(1)
    expect(lines.find((l) => l.year === 2026)?.ak).toBe(18.75)

    // A keberatan granted changes the predikat: the line is recomputed with the tables in force.
    await patchAssessment(t, f.ids.annual2, {
      status: 'decided',
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
      predikat: 'baik',
    })
    const changed = (
      await send(admin, 'POST', `${AK}/generate`, { year: 2026 })
    ).json<AkGenerateResult>()
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 })
    const [line] = await t.db
      .select()
      .from(akEntries)
      .where(eq(akEntries.assessmentId, f.ids.annual2))
    expect(line).toMatchObject({ predikat: 'baik', koefisien: 10, ak: 10 })

    // Back to Sangat Baik and the default tables for the tests below.
    const latest = (await get(admin, `${AK}/settings`)).json<AkSettings>()
    await send(admin, 'PUT', `${AK}/settings`, { ...body, version: latest.version })
    await patchAssessment(t, f.ids.annual2, {
      status: 'finalised',
      ratingHasil: 'di_atas',
      ratingPerilaku: 'di_atas',
      predikat: 'sangat_baik',
    })
    const restored = (
      await send(admin, 'POST', `${AK}/generate`, { year: 2026 })
    ).json<AkGenerateResult>()
    expect(restored.updated).toBe(1)
    const [back] = await t.db
      .select()
      .from(akEntries)
      .where(eq(akEntries.assessmentId, f.ids.annual2))
    expect(back?.ak).toBe(18.75)
    expect(await auditActions(f.o.instansi.id)).toContain('followup.ak.generated')
  })

  it('lists a JF without an annual assessment of the year as skipped; an empty year creates nothing', async () => {
    // jfB keeps the 2026 quarters but loses the annual assessment (draft, nothing attached).
    await t.db.delete(assessments).where(eq(assessments.id, f.ids.annualB))
    const res = await send(admin, 'POST', `${AK}/generate`, { year: 2026 })
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json<AkGenerateResult>()
    expect(r.skipped.find((x) => x.pegawaiId === f.jfB.pegawaiId)?.reason).toBe(
      'Belum ada penilaian tahunan 2026',
    )
    const empty = await send(admin, 'POST', `${AK}/generate`, { year: 2024 })
    expect(empty.statusCode, empty.body).toBe(200)
    expect(empty.json<AkGenerateResult>()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: [],
    })
  })

  it('refuses a bad year with 400 and the field', async () => {
    for (const payload of [{}, { year: 'dua ribu' }, { year: 1999 }, { year: 2026.5 }]) {
      const res = await send(admin, 'POST', `${AK}/generate`, payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.json().error.code).toBe('VALIDATION_FAILED')
      expect(res.json().error.fields).toHaveProperty('year')
    }
  })
})

describe('ledger and manual lines', () => {
  it('shows a person’s lines across years, the annual predikat and the promotion hints', async () => {
    const res = await get(admin, `${AK}/pegawai/${f.o.staff2.pegawaiId}`)
    expect(res.statusCode, res.body).toBe(200)
    const l = res.json<AkLedger>()
    expect(l).toMatchObject({
      pegawaiId: f.o.staff2.pegawaiId,
      name: 'Staf Dua',
      jenjang: 'ahli_pertama',
    })
    expect(l.entries.map((e) => [e.year, e.ak])).toEqual([
      [2025, 6.25],
      [2026, 18.75],
    ])
    expect(l.total).toBe(25)
    expect(l.annual).toEqual([
      { year: 2026, predikat: 'sangat_baik' },
      { year: 2025, predikat: 'baik' },
    ])
    expect(l.promotion.pangkat.eligible).toBe(true)
    expect(l.promotion.pangkat.reason).toContain('2025: Baik')
    expect(l.promotion.pangkat.reason).toContain('2026: Sangat Baik')
    expect(l.promotion.jenjang).toMatchObject({
      eligible: false,
      next: 'ahli_muda',
      akNeeded: 100,
      akTotal: 25,
    })
    expect(l.promotion.jenjang?.reason).toMatch(/25 \(diperlukan 100 untuk Ahli Muda\)/)
    expect(l.promotion.jenjang?.reason).toContain('kurang 75 AK')
  })

  it('adds a manual AK awal line (201, audited) that counts toward the jenjang, and deletes it', async () => {
    const res = await send(admin, 'POST', `${AK}/pegawai/${f.o.staff2.pegawaiId}/entries`, {
      year: 2023,
      jenjang: 'ahli_pertama',
      ak: 80.255,
      note: 'AK awal (konversi)',
    })
    expect(res.statusCode, res.body).toBe(201)
    const entry = res.json<AkEntry>()
    expect(entry).toMatchObject({
      source: 'manual',
      year: 2023,
      ak: 80.26,
      assessmentId: null,
      predikat: null,
      months: null,
      note: 'AK awal (konversi)',
    })
    const l = (await get(admin, `${AK}/pegawai/${f.o.staff2.pegawaiId}`)).json<AkLedger>()
    expect(l.entries[0]?.id).toBe(entry.id)
    expect(l.total).toBe(105.26)
    expect(l.promotion.jenjang).toMatchObject({ eligible: true, akTotal: 105.26 })
    expect(l.promotion.jenjang?.reason).toMatch(/^Memenuhi: predikat 2026: Sangat Baik/)

    // The list of 2023 has the person through the manual line.
    const list2023 = (await get(admin, `${AK}?year=2023`)).json<AkList>()
    expect(list2023.items.map((i) => [i.pegawaiId, i.akYear])).toEqual([
      [f.o.staff2.pegawaiId, 80.26],
    ])

    const del = await send(admin, 'DELETE', `${AK}/entries/${entry.id}`)
    expect(del.statusCode, del.body).toBe(200)
    expect(del.json()).toEqual({ ok: true })
    const again = await send(admin, 'DELETE', `${AK}/entries/${entry.id}`)
    expect(again.statusCode).toBe(404)
    expect(again.json().error.code).toBe('NOT_FOUND')
    const actions = await auditActions(f.o.instansi.id)
    expect(actions).toContain('followup.ak.entry_created')
    expect(actions).toContain('followup.ak.entry_deleted')
  })

  it('never deletes a line generated from an assessment (409)', async () => {
    const [line] = await t.db
      .select()
      .from(akEntries)
      .where(and(eq(akEntries.assessmentId, f.ids.annual2)))
    const res = await send(admin, 'DELETE', `${AK}/entries/${line!.id}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', reason: 'AK_ENTRY_NOT_MANUAL' })
  })

  it('refuses a bad manual line with 400 and the fields; an unknown person 404', async () => {
    const url = `${AK}/pegawai/${f.o.staff2.pegawaiId}/entries`
    const res = await send(admin, 'POST', url, { year: 1900, jenjang: 'guru', ak: 'x', note: 'a' })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['ak', 'jenjang', 'note', 'year'])
    const unknown = await send(admin, 'POST', `${AK}/pegawai/${crypto.randomUUID()}/entries`, {
      year: 2023,
      jenjang: 'ahli_pertama',
      ak: 10,
      note: 'AK awal (konversi)',
    })
    expect(unknown.statusCode).toBe(404)
    expect((await get(admin, `${AK}/pegawai/${crypto.randomUUID()}`)).statusCode).toBe(404)
    expect((await get(admin, `${AK}/pegawai/bukan-id`)).statusCode).toBe(400)
    expect((await send(admin, 'DELETE', `${AK}/entries/bukan-id`)).statusCode).toBe(400)
  })

  it('gives a person without a jabatan fungsional no jenjang hint', async () => {
    const l = (await get(admin, `${AK}/pegawai/${f.o.staff1.pegawaiId}`)).json<AkLedger>()
    expect(l.jenjang).toBeNull()
    expect(l.entries).toEqual([])
    expect(l.promotion.jenjang).toBeNull()
    expect(l.promotion.pangkat).toMatchObject({ eligible: false })
    expect(l.promotion.pangkat.reason).toContain(
      'Baru ada satu hasil penilaian tahunan yang final (2026: Baik)',
    )
  })
})

describe('the JF list of a year', () => {
  it('lists JF people (admin: the instansi) with the year’s AK, cumulative AK and hints', async () => {
    const res = await get(admin, `${AK}?year=2026`)
    expect(res.statusCode, res.body).toBe(200)
    const list = res.json<AkList>()
    expect(list.year).toBe(2026)
    expect(list.items.map((i) => i.name)).toEqual(['Analis Bidang B', 'Staf Dua'])
    const staff2 = list.items.find((i) => i.pegawaiId === f.o.staff2.pegawaiId)!
    expect(staff2).toMatchObject({
      jenjang: 'ahli_pertama',
      predikat: 'sangat_baik',
      akYear: 18.75,
      akTotal: 25,
      unitName: 'Sub Bidang A1',
    })
    expect(staff2.promotion.pangkat.eligible).toBe(true)
    const jfB = list.items.find((i) => i.pegawaiId === f.jfB.pegawaiId)!
    expect(jfB).toMatchObject({ jenjang: 'ahli_muda', predikat: null, akYear: null, akTotal: 0 })
  })

  it('reads the hints as of the year asked', async () => {
    const list = (await get(admin, `${AK}?year=2025`)).json<AkList>()
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({ akYear: 6.25, akTotal: 6.25, predikat: 'baik' })
    expect(list.items[0]!.promotion.pangkat.eligible).toBe(false)
    expect(list.items[0]!.promotion.pangkat.reason).toContain('(2025: Baik)')
  })

  it('confines a leader to their units and filters by unit (with sub-units)', async () => {
    const kabid = await f.a.session(f.o.kabid)
    const mine = (await get(kabid, `${AK}?year=2026`)).json<AkList>()
    expect(mine.items.map((i) => i.pegawaiId)).toEqual([f.o.staff2.pegawaiId])
    const byUnit = (
      await get(admin, `${AK}?year=2026&unitId=${f.o.units.bidang.id}`)
    ).json<AkList>()
    expect(byUnit.items.map((i) => i.pegawaiId)).toEqual([f.o.staff2.pegawaiId])
    const bidangB = (
      await get(admin, `${AK}?year=2026&unitId=${f.o.units.bidangB.id}`)
    ).json<AkList>()
    expect(bidangB.items.map((i) => i.pegawaiId)).toEqual([f.jfB.pegawaiId])
    const kabidC = await f.a.session(f.kabidC)
    expect((await get(kabidC, `${AK}?year=2026`)).json<AkList>().items).toEqual([])
    const outside = await get(kabid, `${AK}?year=2026&unitId=${f.o.units.bidangB.id}`)
    expect(outside.statusCode).toBe(404)
    expect(outside.json().error.code).toBe('NOT_FOUND')
  })

  it('answers 400 for a bad year or unit, 404 for an unknown unit, 403 for a non-leader', async () => {
    for (const q of ['', '?year=abc', '?year=1999', `?year=2026&unitId=x`]) {
      const res = await get(admin, `${AK}${q}`)
      expect(res.statusCode, q).toBe(400)
      expect(res.json().error.code).toBe('VALIDATION_FAILED')
    }
    expect((await get(admin, `${AK}?year=abc`)).json().error.fields).toHaveProperty('year')
    const unknown = await get(admin, `${AK}?year=2026&unitId=${crypto.randomUUID()}`)
    expect(unknown.statusCode).toBe(404)
    const staff = await get(await f.a.session(f.o.staff1), `${AK}?year=2026`)
    expect(staff.statusCode).toBe(403)
    expect(staff.json().error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_LEADER' })
  })
})

describe('the PAK-style PDF', () => {
  it('prints the identity, the ledger with its numbers, the total, the hints and the signer', async () => {
    const res = await get(admin, `${AK}/pegawai/${f.o.staff2.pegawaiId}/pak.pdf`)
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(String(res.headers['content-disposition'])).toMatch(
      /attachment; filename="pak-\d{18}\.pdf"/,
    )
    const text = await pdfText(res.rawPayload)
    expect(text).toContain('PENETAPAN ANGKA KREDIT')
    expect(text).toContain('Staf Dua')
    expect(text).toContain('Ahli Pertama')
    expect(text).toContain('Sub Bidang A1')
    expect(text).toMatch(
      /2025 Konversi predikat kinerja tahunan 2025 Ahli Pertama Baik 100% 12,5 6\/12 6,25/,
    )
    expect(text).toMatch(
      /2026 Konversi predikat kinerja tahunan 2026 Ahli Pertama Sangat Baik 150% 12,5 12\/12 18,75/,
    )
    expect(text).toMatch(/JUMLAH ANGKA KREDIT KUMULATIF 25/)
    expect(text).toContain('Kenaikan pangkat MEMENUHI')
    expect(text).toContain('Kenaikan jenjang ke Ahli Muda BELUM MEMENUHI')
    // Signed by the head of the top unit (the pejabat), with the date of today (WITA).
    expect(text).toContain('Kepala Badan')
    expect(text).toContain('27 November 2026')
  })

  it('is the person’s own to download, and nobody else’s outside the scope', async () => {
    const own = await get(
      await f.a.session(f.o.staff2),
      `${AK}/pegawai/${f.o.staff2.pegawaiId}/pak.pdf`,
    )
    expect(own.statusCode).toBe(200)
    const colleague = await get(
      await f.a.session(f.o.staff1),
      `${AK}/pegawai/${f.o.staff2.pegawaiId}/pak.pdf`,
    )
    expect(colleague.statusCode).toBe(404)
    expect(colleague.json().error.code).toBe('NOT_FOUND')
  })
})
