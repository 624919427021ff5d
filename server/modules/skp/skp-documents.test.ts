import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { BERAKHLAK, CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import type { Skp } from '../../../shared/skp.ts'
import type { Db } from '../../db/client.ts'
import type { TestPerson } from '../../test/factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { instansi as instansiTable } from '../org/org.tables.ts'
import {
  placeFromInstansiName,
  renderSkpPdf,
  renderSkpXlsx,
  type SkpDocumentContext,
} from './skp-documents.ts'
import { indikator, rhk, rhkInterventions, skp, skpLampiran, skpPerilaku } from './skp.tables.ts'

const run = promisify(execFile)

/** The text a person would read in the PDF, as poppler extracts it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skp-pdf-'))
  try {
    const file = path.join(dir, 'skp.pdf')
    fs.writeFileSync(file, pdf)
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'])
    return stdout
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** How a NIP is grouped on paper: birth date, TMT, sex, sequence (domain.md "NIP"). */
const grouped = (nip: string) =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`

async function readSheet(data: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ArrayBuffer)
  const sheet = wb.getWorksheet('SKP')
  if (!sheet) throw new Error('no sheet SKP')
  const rows: string[][] = []
  sheet.eachRow((row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell) => {
      // A merged range reports its text in every cell; keep it once.
      if (!cell.isMerged || cell.master === cell) cells.push(cell.text)
    })
    rows.push(cells)
  })
  return { sheet, rows, workbook: wb }
}

// ---------------------------------------------------------------- pure rendering

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const ATASAN_ID = uuid(3)

function sampleSkp(over: Partial<Skp> = {}): Skp {
  return {
    id: uuid(1),
    pegawaiId: uuid(2),
    year: 2026,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    pendekatan: 'kuantitatif',
    variant: 'ja_jf',
    status: 'disetujui',
    version: 3,
    revision: 1,
    pegawai: {
      pegawaiId: uuid(2),
      name: 'I Made Sudarma, S.Kom.',
      nip: '198609262015051001',
      golongan: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
      jabatanName: 'Pranata Komputer Ahli Pertama',
      jabatanJenis: 'fungsional_ahli_pertama',
      unitName: 'Sub Bidang Data dan Informasi',
    },
    atasan: {
      pegawaiId: ATASAN_ID,
      name: 'Ni Luh Putu Ayu Lestari, S.E.',
      nip: '197805122003122002',
      golongan: 'III/d',
      pangkat: 'Penata Tingkat I',
      jabatanName: 'Kepala Sub Bidang Data',
      jabatanJenis: 'pengawas',
      unitName: 'Bidang Pengadaan dan Informasi',
    },
    rhkCount: 3,
    submittedAt: '2026-01-02T01:00:00Z',
    // 16:30 UTC on 2 January is 00:30 on 3 January in Gianyar (WITA, UTC+8).
    approvedAt: '2026-01-02T16:30:00Z',
    updatedAt: '2026-01-02T16:30:00Z',
    returnReason: null,
    rhk: [
      {
        id: uuid(10),
        seq: 1,
        jenis: 'utama',
        text: 'Data kepegawaian mutakhir',
        perspektif: null,
        pkTargetId: null,
        penugasanDariPegawaiId: null,
        interventions: [
          {
            rhkId: uuid(20),
            text: 'SIMPEG terintegrasi',
            ownerPegawaiId: ATASAN_ID,
            ownerName: 'x',
          },
        ],
        indikator: [
          {
            id: uuid(30),
            seq: 1,
            aspek: 'kuantitas',
            text: 'Data yang dimutakhirkan',
            targetValue: 1250,
            targetUnit: 'Data',
            targetText: null,
          },
          {
            id: uuid(31),
            seq: 2,
            aspek: 'kualitas',
            text: 'Data tanpa kesalahan',
            targetValue: 98.5,
            targetUnit: '%',
            targetText: null,
          },
        ],
      },
      {
        id: uuid(11),
        seq: 2,
        jenis: 'utama',
        text: 'Helpdesk aplikasi berjalan',
        perspektif: null,
        pkTargetId: null,
        penugasanDariPegawaiId: uuid(4),
        interventions: [
          {
            rhkId: uuid(21),
            text: 'Layanan digital',
            ownerPegawaiId: uuid(4),
            ownerName: 'Ketua Tim',
          },
        ],
        indikator: [
          {
            id: uuid(33),
            seq: 1,
            aspek: 'waktu',
            text: 'Tiket selesai',
            targetValue: 240,
            targetUnit: 'Tiket',
            targetText: null,
          },
        ],
      },
      {
        id: uuid(12),
        seq: 3,
        jenis: 'tambahan',
        text: '=HYPERLINK("http://x.example","klik")',
        perspektif: null,
        pkTargetId: null,
        penugasanDariPegawaiId: null,
        interventions: [],
        indikator: [
          {
            id: uuid(34),
            seq: 1,
            aspek: 'kuantitas',
            text: '+Laporan panitia',
            targetValue: 1,
            targetUnit: 'Laporan',
            targetText: null,
          },
        ],
      },
    ],
    perilaku: CORE_VALUES.map((v, i) => ({
      coreValue: v,
      label: BERAKHLAK[v].label,
      panduan: [...BERAKHLAK[v].panduan],
      ekspektasiKhusus: i === 0 ? 'Tiket dijawab dalam 1 hari' : null,
    })),
    lampiran: {
      dukunganSumberDaya: ['Akses SIASN'],
      skemaPertanggungjawaban: ['Laporan bulanan'],
      konsekuensi: [],
    },
    actions: [],
    canEditContent: false,
    canEditEkspektasi: false,
    ...over,
  }
}

const ctx: SkpDocumentContext = {
  instansiName: 'Pemerintah Kabupaten Gianyar',
  timeZone: 'Asia/Makassar',
  today: '2026-11-27',
}

describe('SKP PDF (pure)', () => {
  it('prints the JA/JF SKP in the official layout', async () => {
    const pdf = await renderSkpPdf(sampleSkp(), ctx)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await pdfText(pdf)
    for (const heading of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PEMERINTAH KABUPATEN GIANYAR',
      'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'PANGKAT/GOL. RUANG',
      'UNIT KERJA',
      'RHK ATASAN YANG DIINTERVENSI',
      'INDIKATOR KINERJA INDIVIDU',
      'A. UTAMA',
      'B. TAMBAHAN',
      'PERILAKU KERJA',
      'EKSPEKTASI KHUSUS PIMPINAN',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'DUKUNGAN SUMBER DAYA',
      'SKEMA PERTANGGUNGJAWABAN',
      'KONSEKUENSI',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
    ]) {
      expect(text, heading).toContain(heading)
    }
    expect(text).toContain('I Made Sudarma, S.Kom.')
    expect(text).toContain('Ni Luh Putu Ayu Lestari, S.E.')
    expect(text).toContain(grouped('198609262015051001'))
    expect(text).toContain(`NIP ${grouped('197805122003122002')}`)
    expect(text).toContain('Penata Muda Tingkat I, III/b')
    expect(text).toContain('Data kepegawaian mutakhir')
    expect(text).toContain('SIMPEG terintegrasi')
    // An RHK cascaded from a team lead rather than the atasan says whose it is.
    expect(text).toContain('(Penugasan dari Ketua Tim)')
    // Indonesian separators: thousands with a dot, decimals with a comma.
    expect(text).toContain('1.250 Data')
    expect(text).toContain('98,5%')
    for (const v of CORE_VALUES) {
      expect(text).toContain(BERAKHLAK[v].label)
      expect(text).toContain(BERAKHLAK[v].panduan[2])
    }
    expect(text).toContain('Tiket dijawab dalam 1 hari')
    expect(text).toContain('Akses SIASN')
    // Signed on the day of approval in the instansi's time zone, in the regency's name.
    expect(text).toContain('Gianyar, 3 Januari 2026')
    expect(text).toMatch(/Halaman 1 dari \d/)
    expect(text).not.toContain('DRAF')
  })

  it('prints the JPT variant with perspektif, kualitatif targets and a DRAF mark', async () => {
    const base = sampleSkp()
    const draft = sampleSkp({
      variant: 'jpt',
      pendekatan: 'kualitatif',
      status: 'diajukan',
      approvedAt: null,
      atasan: null,
      rhk: base.rhk.map((r) => ({
        ...r,
        perspektif: 'penerima_layanan',
        interventions: [],
        indikator: r.indikator.map((i) => ({
          ...i,
          aspek: null,
          targetValue: null,
          targetUnit: null,
          targetText: 'Seluruh OPD puas',
        })),
      })),
      lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    })
    const text = await pdfText(await renderSkpPdf(draft, ctx))
    expect(text).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
    expect(text).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI')
    expect(text).toContain('PERSPEKTIF')
    expect(text).toContain('Penerima Layanan')
    expect(text).toContain('Seluruh OPD puas')
    expect(text).not.toContain('RHK ATASAN YANG DIINTERVENSI')
    // Not approved: dated today and marked as a draft on every page.
    expect(text).toContain('Gianyar, 27 November 2026')
    expect(text.match(/· DRAF/g)?.length).toBeGreaterThanOrEqual(2)
  })

  it('pdfmake mutates its input, so two renders of one SKP give the same text', async () => {
    const s = sampleSkp()
    const a = await pdfText(await renderSkpPdf(s, ctx))
    const b = await pdfText(await renderSkpPdf(s, ctx))
    expect(b).toBe(a)
  })

  it('names the place after the kabupaten/kota in the instansi name', () => {
    expect(placeFromInstansiName('Pemerintah Kabupaten Gianyar')).toBe('Gianyar')
    expect(placeFromInstansiName('BKPSDM Kota Denpasar')).toBe('Denpasar')
    expect(placeFromInstansiName('Kementerian Contoh')).toBeNull()
  })
})

describe('SKP XLSX (pure)', () => {
  it('has one sheet SKP with the same sections, wrapped, widths set, formulas escaped', async () => {
    const { sheet, rows, workbook } = await readSheet(await renderSkpXlsx(sampleSkp(), ctx))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['SKP'])
    const firstCells = rows.map((r) => r[0] ?? '')
    for (const section of [
      'SASARAN KINERJA PEGAWAI',
      'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026',
      'HASIL KERJA',
      'A. UTAMA',
      'B. TAMBAHAN',
      'PERILAKU KERJA',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
    ]) {
      expect(firstCells, section).toContain(section)
    }
    const flat = rows.flat()
    expect(flat).toContain('PEGAWAI YANG DINILAI')
    expect(flat).toContain(grouped('198609262015051001'))
    expect(flat).toContain('SIMPEG terintegrasi')
    expect(flat).toContain('Data kepegawaian mutakhir')
    expect(flat).toContain('Tiket dijawab dalam 1 hari')
    // Typed text that a spreadsheet would run as a formula stays text.
    expect(flat).toContain(`'=HYPERLINK("http://x.example","klik")`)
    expect(flat).toContain(`'+Laporan panitia`)
    expect(flat.some((c) => c.startsWith('='))).toBe(false)
    let formulas = 0
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++
      }),
    )
    expect(formulas).toBe(0)
    // The header of the RHK table, one column each, and a readable width for text columns.
    const header = rows.find((r) => r[0] === 'NO' && r.includes('TARGET'))
    expect(header).toEqual([
      'NO',
      'RHK ATASAN YANG DIINTERVENSI',
      'RENCANA HASIL KERJA',
      'ASPEK',
      'INDIKATOR KINERJA INDIVIDU',
      'TARGET',
    ])
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(30)
    const rhkCell = sheet
      .getRows(1, sheet.rowCount)
      ?.flatMap((r) => [r.getCell(3)])
      .find((c) => c.text === 'Data kepegawaian mutakhir')
    expect(rhkCell?.alignment?.wrapText).toBe(true)
  })
})

// ---------------------------------------------------------------- routes

const t = await setupTestApp({ now: '2026-11-27T02:00:00Z' })

/** A small local factory: SKP rows written straight into the SKP tables. */
async function insertSkp(
  db: Db,
  o: { instansiId: string; unitName: string },
  owner: TestPerson,
  atasan: TestPerson | null,
  content: {
    rhk: { text: string; interventionOf?: string; indikator: string; target: number }[]
    ekspektasi?: string
    lampiran?: string
  },
) {
  const [row] = await db
    .insert(skp)
    .values({
      instansiId: o.instansiId,
      pegawaiId: owner.pegawaiId,
      year: 2026,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      pendekatan: 'kuantitatif',
      variant: 'ja_jf',
      status: 'draft',
      pegawaiName: owner.name,
      pegawaiNip: owner.username,
      pegawaiGolongan: 'III/a',
      unitId: owner.unitId,
      unitName: o.unitName,
      jabatanId: owner.jabatanId,
      jabatanName: 'Analis SDM Aparatur',
      jabatanJenis: 'pelaksana',
      atasanPegawaiId: atasan?.pegawaiId ?? null,
      atasanName: atasan?.name ?? null,
      atasanNip: atasan?.username ?? null,
      atasanGolongan: atasan ? 'III/d' : null,
      atasanJabatanName: atasan ? 'Kepala Sub Bidang' : null,
      atasanJabatanJenis: atasan ? 'pengawas' : null,
      atasanUnitName: atasan ? o.unitName : null,
    })
    .returning()
  const skpRow = row as typeof skp.$inferSelect
  const rhkIds: string[] = []
  for (const [i, r] of content.rhk.entries()) {
    const [rr] = await db
      .insert(rhk)
      .values({
        instansiId: o.instansiId,
        skpId: skpRow.id,
        jenis: 'utama',
        seq: i + 1,
        text: r.text,
      })
      .returning()
    const rhkId = (rr as { id: string }).id
    rhkIds.push(rhkId)
    await db.insert(indikator).values({
      instansiId: o.instansiId,
      rhkId,
      seq: 1,
      aspek: 'kuantitas',
      text: r.indikator,
      targetValue: r.target,
      targetUnit: 'Dokumen',
    })
    if (r.interventionOf) {
      await db
        .insert(rhkInterventions)
        .values({ instansiId: o.instansiId, rhkId, parentRhkId: r.interventionOf })
    }
  }
  if (content.ekspektasi) {
    await db.insert(skpPerilaku).values({
      instansiId: o.instansiId,
      skpId: skpRow.id,
      coreValue: 'kolaboratif',
      ekspektasiKhusus: content.ekspektasi,
    })
  }
  if (content.lampiran) {
    await db.insert(skpLampiran).values({
      instansiId: o.instansiId,
      skpId: skpRow.id,
      kind: 'dukungan_sumber_daya',
      seq: 1,
      text: content.lampiran,
    })
  }
  return { id: skpRow.id, rhkIds }
}

async function documentSetup() {
  const o = await t.f.office()
  await t.db
    .update(instansiTable)
    .set({ name: 'Pemerintah Kabupaten Gianyar' })
    .where(eq(instansiTable.id, o.instansi.id))
  const base = { instansiId: o.instansi.id, unitName: o.units.sub.name }
  const leader = await insertSkp(t.db, base, o.kasub, o.kabid, {
    rhk: [{ text: 'Layanan data kepegawaian', indikator: 'Laporan layanan', target: 4 }],
  })
  const own = await insertSkp(t.db, base, o.staff1, o.kasub, {
    rhk: [
      {
        text: 'Berkas mutasi terverifikasi',
        interventionOf: leader.rhkIds[0],
        indikator: 'Berkas lengkap',
        target: 120,
      },
    ],
    ekspektasi: 'Aktif berbagi data',
    lampiran: 'Akses aplikasi SIASN',
  })
  return { o, skpId: own.id }
}

describe('GET /api/skp/:id/pdf and /xlsx', () => {
  it('answers 401 to anonymous callers and 404 to a colleague', async () => {
    const { o, skpId } = await documentSetup()
    for (const kind of ['pdf', 'xlsx']) {
      const anon = await t.as(null, { method: 'GET', url: `/api/skp/${skpId}/${kind}` })
      expect(anon.statusCode).toBe(401)
      expect(anon.json().error.code).toBe('UNAUTHENTICATED')
      const colleague = await t.login(o.staff2.username)
      const res = await t.as(colleague, { method: 'GET', url: `/api/skp/${skpId}/${kind}` })
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('NOT_FOUND')
    }
  })

  it('gives the owner and the atasan the PDF as an attachment', async () => {
    const { o, skpId } = await documentSetup()
    for (const who of [o.staff1, o.kasub]) {
      const s = await t.login(who.username)
      const res = await t.as(s, { method: 'GET', url: `/api/skp/${skpId}/pdf` })
      expect(res.statusCode, who.name).toBe(200)
      expect(res.headers['content-type']).toBe('application/pdf')
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="SKP-2026-${o.staff1.username}.pdf"`,
      )
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      const text = await pdfText(res.rawPayload)
      expect(text).toContain('SASARAN KINERJA PEGAWAI')
      expect(text).toContain('PEMERINTAH KABUPATEN GIANYAR')
      expect(text).toContain(o.staff1.name)
      expect(text).toContain(o.kasub.name)
      expect(text).toContain(grouped(o.staff1.username))
      expect(text).toContain(grouped(o.kasub.username))
      expect(text).toContain('Berkas mutasi terverifikasi')
      // The atasan's RHK that this one intervenes, read from the atasan's own SKP.
      expect(text).toContain('Layanan data kepegawaian')
      expect(text).toContain('120 Dokumen')
      expect(text).toContain(BERAKHLAK.kolaboratif.label)
      expect(text).toContain('Aktif berbagi data')
      expect(text).toContain('Akses aplikasi SIASN')
      // A draft is dated today in the instansi's zone (10:00 WITA on 27 November) and marked.
      expect(text).toContain('Gianyar, 27 November 2026')
      expect(text).toContain('DRAF')
    }
  })

  it('exports the XLSX to the owner', async () => {
    const { o, skpId } = await documentSetup()
    const s = await t.login(o.staff1.username)
    const res = await t.as(s, { method: 'GET', url: `/api/skp/${skpId}/xlsx` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="SKP-2026-${o.staff1.username}.xlsx"`,
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const { rows } = await readSheet(res.rawPayload)
    const flat = rows.flat()
    expect(flat).toContain('Berkas mutasi terverifikasi')
    expect(flat).toContain('Layanan data kepegawaian')
    expect(flat).toContain(grouped(o.staff1.username))
  })

  it('answers 400 to an id that is not a UUID', async () => {
    const { o } = await documentSetup()
    const s = await t.login(o.staff1.username)
    const res = await t.as(s, { method: 'GET', url: '/api/skp/not-an-id/pdf' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })
})
