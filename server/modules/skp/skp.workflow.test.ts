import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Skp } from '../../../shared/skp.ts'
import { indikator, rhk, skpKit, YEAR } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { rhk as rhkTable, skp as skpTable, skpRevisions } from './skp.tables.ts'

/**
 * The SKP lifecycle through the API on a real database (domain.md "SKP"; issue #3):
 * draft → diajukan → dikembalikan → diajukan → disetujui → revisi → disetujui, with the
 * refusals that keep cascading honest, version conflicts, bad input and mutasi.
 * The clock is 27 Nov 2026, 10:00 WITA (the test instansi is in Asia/Makassar).
 */
const t = await setupTestApp({ now: '2026-11-27T02:00:00Z' })
const k = skpKit(t)

type ErrorBody = {
  error: { code: string; reason?: string; message: string; fields?: Record<string, string> }
  current?: Skp
}
const errorOf = (res: { json(): unknown }) => (res.json() as ErrorBody).error

function expectError(
  res: { statusCode: number; body: string; json(): unknown },
  status: number,
  code: string,
  reason?: string,
) {
  expect(res.statusCode, res.body).toBe(status)
  expect(errorOf(res).code).toBe(code)
  if (reason) expect(errorOf(res).reason).toBe(reason)
}

function expectFields(
  res: { statusCode: number; body: string; json(): unknown },
  ...paths: string[]
) {
  expectError(res, 400, 'VALIDATION_FAILED')
  const fields = errorOf(res).fields ?? {}
  for (const p of paths) expect(fields[p], `fields.${p} in ${JSON.stringify(fields)}`).toBeTruthy()
}

type AuditItem = {
  action: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  actorLabel: string
}
async function auditOf(admin: { username: string }, entityId: string, action: string) {
  const res = await k.get(admin, `/api/audit?entityId=${entityId}&action=${action}&pageSize=200`)
  expect(res.statusCode).toBe(200)
  return res.json<{ items: AuditItem[] }>().items
}

async function rhkRowsOf(skpId: string) {
  return t.db.select().from(rhkTable).where(eq(rhkTable.skpId, skpId))
}

/** An office whose kasub has a 2026 SKP with two RHK (so the staff can intervene them). */
async function officeWithAtasanRhk() {
  const o = await t.f.office()
  const kasubSkp = await k.skpWith(o.kasub, [
    'Terselenggaranya layanan administrasi kepegawaian yang tepat waktu',
    'Tersusunnya laporan kinerja sub bidang',
  ])
  return { o, kasubSkp, kasubRhk: kasubSkp.rhk.map((r) => r.id) }
}

// ---------------------------------------------------------------------------------------------
describe('create', () => {
  it('snapshots the pegawai and the derived atasan, with the year as period and seven perilaku', async () => {
    const o = await t.f.office()
    const skp = await k.create(o.staff1)
    expect(skp).toMatchObject({
      year: YEAR,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      status: 'draft',
      version: 0,
      revision: 0,
      pendekatan: 'kuantitatif',
      variant: 'ja_jf',
      pegawai: {
        pegawaiId: o.staff1.pegawaiId,
        name: 'Staf Satu',
        golongan: 'III/a',
        pangkat: 'Penata Muda',
        unitName: 'Sub Bidang A1',
        jabatanJenis: 'pelaksana',
      },
      atasan: {
        pegawaiId: o.kasub.pegawaiId,
        name: 'Kasubbid A1',
        unitName: 'Sub Bidang A1',
        jabatanJenis: 'pengawas',
      },
      rhk: [],
      actions: ['submit'],
      canEditContent: true,
      canEditEkspektasi: false,
    })
    expect(skp.perilaku.map((p) => p.coreValue)).toEqual([
      'berorientasi_pelayanan',
      'akuntabel',
      'kompeten',
      'harmonis',
      'loyal',
      'adaptif',
      'kolaboratif',
    ])
    expect(skp.perilaku.every((p) => p.panduan.length === 3 && p.ekspektasiKhusus === null)).toBe(
      true,
    )
  })

  it('gives the JPT variant to a JPT and to the head of a top-level unit, JA/JF to everyone else', async () => {
    const o = await t.f.office()
    expect((await k.create(o.kepala)).variant).toBe('jpt')
    expect((await k.create(o.kabid)).variant).toBe('ja_jf')
    // A camat-like head of a unit with no parent whose jabatan is not JPT.
    const lone = await t.f.unit(o.instansi.id, 'Kecamatan Lepas')
    const camat = await t.f.pegawai(o.instansi.id, lone.id, { head: true, jenis: 'administrator' })
    const skp = await k.create(camat)
    expect(skp.variant).toBe('jpt')
    expect(skp.atasan).toBeNull()
  })

  it('refuses a second running SKP for the same year with 409 SKP_EXISTS', async () => {
    const o = await t.f.office()
    await k.create(o.staff1)
    const res = await k.post(o.staff1, '/api/skp', { year: YEAR, pendekatan: 'kualitatif' })
    expectError(res, 409, 'CONFLICT', 'SKP_EXISTS')
    const rows = await t.db
      .select()
      .from(skpTable)
      .where(eq(skpTable.pegawaiId, o.staff1.pegawaiId))
    expect(rows).toHaveLength(1)
  })

  it('answers 404 to an account without a pegawai record (an admin has no SKP of their own)', async () => {
    const o = await t.f.office()
    expectError(
      await k.post(o.admin, '/api/skp', { year: YEAR, pendekatan: 'kuantitatif' }),
      404,
      'NOT_FOUND',
    )
  })

  it.each([
    ['year as a date', { year: '2026-01-01', pendekatan: 'kuantitatif' }, 'year'],
    ['year out of range', { year: 1999, pendekatan: 'kuantitatif' }, 'year'],
    ['unknown pendekatan', { year: YEAR, pendekatan: 'campuran' }, 'pendekatan'],
    [
      'copyFromSkpId not an id',
      { year: YEAR, pendekatan: 'kuantitatif', copyFromSkpId: '2025' },
      'copyFromSkpId',
    ],
  ])('rejects %s with a field error and creates nothing', async (_what, body, field) => {
    const o = await t.f.office()
    expectFields(await k.post(o.staff1, '/api/skp', body), field)
    expect(
      await t.db.select().from(skpTable).where(eq(skpTable.pegawaiId, o.staff1.pegawaiId)),
    ).toEqual([])
  })

  it('copies RHK, indicators and lampiran from last year, but never the interventions', async () => {
    const o = await t.f.office()
    // 2025: kasub's SKP, staff1 intervening it, with lampiran.
    let kasub25 = await k.create(o.kasub, { year: 2025 })
    kasub25 = await k.write(o.kasub, kasub25, [rhk('Layanan administrasi 2025')])
    let mine25 = await k.create(o.staff1, { year: 2025 })
    mine25 = await k.write(
      o.staff1,
      mine25,
      [
        rhk('Menyusun laporan kepegawaian', [kasub25.rhk[0]!.id], {
          indikator: [
            indikator(),
            indikator({
              aspek: 'waktu',
              text: 'Ketepatan waktu',
              targetValue: 12,
              targetUnit: 'Bulan',
            }),
          ],
        }),
        rhk('Menjadi panitia seleksi', [], { jenis: 'tambahan' }),
      ],
      {
        dukunganSumberDaya: ['Aplikasi SIASN'],
        skemaPertanggungjawaban: ['Laporan bulanan'],
        konsekuensi: ['Teguran tertulis'],
      },
    )
    const copy = await k.create(o.staff1, { year: YEAR, copyFromSkpId: mine25.id })
    expect(copy.rhk.map((r) => [r.jenis, r.text, r.indikator.length])).toEqual([
      ['utama', 'Menyusun laporan kepegawaian', 2],
      ['tambahan', 'Menjadi panitia seleksi', 1],
    ])
    expect(copy.rhk[0]!.indikator[1]).toMatchObject({
      aspek: 'waktu',
      targetValue: 12,
      targetUnit: 'Bulan',
    })
    expect(copy.rhk.every((r) => r.interventions.length === 0)).toBe(true)
    expect(copy.rhk.map((r) => r.id)).not.toContain(mine25.rhk[0]!.id)
    expect(copy.lampiran).toEqual({
      dukunganSumberDaya: ['Aplikasi SIASN'],
      skemaPertanggungjawaban: ['Laporan bulanan'],
      konsekuensi: ['Teguran tertulis'],
    })
    // The 2025 SKP is untouched.
    expect((await k.read(o.staff1, mine25.id)).rhk[0]!.interventions).toHaveLength(1)
  })

  it('refuses to copy someone else’s SKP (400 on copyFromSkpId)', async () => {
    const o = await t.f.office()
    const theirs = await k.create(o.staff2, { year: 2025 })
    expectFields(
      await k.post(o.staff1, '/api/skp', {
        year: YEAR,
        pendekatan: 'kuantitatif',
        copyFromSkpId: theirs.id,
      }),
      'copyFromSkpId',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('the full lifecycle', () => {
  it('draft → submit → return → edit → resubmit → approve → revise → approve (revision 2, two revision rows)', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    let skp = await k.create(o.staff1)
    skp = await k.write(o.staff1, skp, [
      rhk('Menyusun laporan kepegawaian bulanan', [kasubRhk[0]!]),
    ])
    expect(skp.rhk[0]!.interventions).toEqual([
      {
        rhkId: kasubRhk[0],
        text: 'Terselenggaranya layanan administrasi kepegawaian yang tepat waktu',
        ownerPegawaiId: o.kasub.pegawaiId,
        ownerName: 'Kasubbid A1',
      },
    ])

    skp = await k.submit(o.staff1, skp)
    expect(skp).toMatchObject({ status: 'diajukan', actions: [], canEditContent: false })
    expect(skp.submittedAt).toBe('2026-11-27T02:00:00.000Z')
    const asAtasan = await k.read(o.kasub, skp.id)
    expect(asAtasan.actions).toEqual(['approve', 'return'])
    expect(asAtasan.canEditEkspektasi).toBe(true)
    const inbox = await k.get(o.kasub, '/api/skp?scope=bawahan&status=diajukan')
    expect(inbox.json().items.map((s: { id: string }) => s.id)).toEqual([skp.id])

    const returned = await k.post(o.kasub, `/api/skp/${skp.id}/return`, {
      version: skp.version,
      reason: 'Indikator belum menyebut kualitas laporan',
    })
    expect(returned.statusCode, returned.body).toBe(200)
    skp = returned.json()
    expect(skp).toMatchObject({
      status: 'dikembalikan',
      returnReason: 'Indikator belum menyebut kualitas laporan',
    })
    expect((await k.read(o.staff1, skp.id)).actions).toEqual(['submit'])

    skp = await k.write(o.staff1, skp, [
      {
        ...rhk('Menyusun laporan kepegawaian bulanan', [kasubRhk[0]!]),
        id: skp.rhk[0]!.id,
        indikator: [
          { ...indikator(), id: skp.rhk[0]!.indikator[0]!.id },
          indikator({
            aspek: 'kualitas',
            text: 'Laporan diterima tanpa revisi',
            targetValue: 100,
            targetUnit: '%',
          }),
        ],
      },
    ])
    expect(skp.rhk[0]!.indikator).toHaveLength(2)
    skp = await k.submit(o.staff1, skp)
    skp = await k.approve(o.kasub, skp)
    expect(skp).toMatchObject({ status: 'disetujui', revision: 1, returnReason: null })
    expect((await k.read(o.staff1, skp.id)).actions).toEqual(['revise'])

    // A change to an approved SKP is a new revision that needs approval again.
    const revised = await k.post(o.staff1, `/api/skp/${skp.id}/revise`, { version: skp.version })
    expect(revised.statusCode, revised.body).toBe(200)
    skp = revised.json()
    expect(skp).toMatchObject({ status: 'draft', revision: 1, canEditContent: true })
    skp = await k.write(o.staff1, skp, [
      {
        ...rhk('Menyusun laporan kepegawaian bulanan dan triwulanan', [kasubRhk[0]!]),
        id: skp.rhk[0]!.id,
      },
    ])
    skp = await k.submit(o.staff1, skp)
    skp = await k.approve(o.kasub, skp)
    expect(skp).toMatchObject({ status: 'disetujui', revision: 2 })

    const revisions = await k.get(o.staff1, `/api/skp/${skp.id}/revisions`)
    expect(revisions.statusCode).toBe(200)
    const list = revisions.json<{ revision: number; approvedByName: string; content: Skp }[]>()
    expect(list.map((r) => r.revision)).toEqual([1, 2])
    expect(list.map((r) => r.content.rhk[0]!.text)).toEqual([
      'Menyusun laporan kepegawaian bulanan',
      'Menyusun laporan kepegawaian bulanan dan triwulanan',
    ])
    expect(list[0]).toMatchObject({
      approvedByName: 'Kasubbid A1',
      content: { status: 'disetujui', revision: 1 },
    })
    expect(list[0]!.content).not.toHaveProperty('actions')
    expect(
      await t.db.select().from(skpRevisions).where(eq(skpRevisions.skpId, skp.id)),
    ).toHaveLength(2)

    // Every step is in the audit log.
    const admin = o.admin
    expect(await auditOf(admin, skp.id, 'skp.submitted')).toHaveLength(3)
    expect(await auditOf(admin, skp.id, 'skp.approved')).toHaveLength(2)
    expect(await auditOf(admin, skp.id, 'skp.revised')).toHaveLength(1)
    const [ret] = await auditOf(admin, skp.id, 'skp.returned')
    expect(ret).toMatchObject({
      before: { status: 'diajukan' },
      after: { status: 'dikembalikan', reason: 'Indikator belum menyebut kualitas laporan' },
    })
  })
})

// ---------------------------------------------------------------------------------------------
describe('submission rules', () => {
  it('refuses while the atasan has no SKP with RHK, naming the atasan (400 ATASAN_HAS_NO_RHK)', async () => {
    const o = await t.f.office()
    let skp = await k.create(o.staff1)
    skp = await k.write(o.staff1, skp, [rhk('Menyusun laporan kepegawaian')])
    const res = await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: skp.version })
    expectError(res, 400, 'VALIDATION_FAILED', 'ATASAN_HAS_NO_RHK')
    expect(errorOf(res).message).toMatch(
      /^Atasan Anda, Kasubbid A1, belum memiliki RHK di SKP 2026 untuk diintervensi/,
    )

    // An SKP without RHK is not enough either.
    await k.create(o.kasub)
    expectError(
      await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: skp.version }),
      400,
      'VALIDATION_FAILED',
      'ATASAN_HAS_NO_RHK',
    )
    expect((await k.read(o.staff1, skp.id)).status).toBe('draft')
  })

  it('once the atasan has RHK, each JA/JF RHK utama must intervene one (400 RHK_WITHOUT_INTERVENTION), tambahan need not', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    let skp = await k.create(o.staff1)
    skp = await k.write(o.staff1, skp, [
      rhk('Menyusun laporan kepegawaian', [kasubRhk[0]!]),
      rhk('Mengelola arsip kepegawaian'),
      rhk('Menjadi panitia seleksi', [], { jenis: 'tambahan' }),
    ])
    const res = await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: skp.version })
    expectError(res, 400, 'VALIDATION_FAILED', 'RHK_WITHOUT_INTERVENTION')
    expect(Object.keys(errorOf(res).fields ?? {})).toEqual(['rhk.1.interventionRhkIds'])
  })

  it('refuses an SKP without RHK (400 NO_RHK)', async () => {
    const { o } = await officeWithAtasanRhk()
    const skp = await k.create(o.staff1)
    expectError(
      await k.post(o.staff1, `/api/skp/${skp.id}/submit`, { version: 0 }),
      400,
      'VALIDATION_FAILED',
      'NO_RHK',
    )
  })

  it('refuses a JA/JF SKP without atasan (400 NO_ATASAN)', async () => {
    const o = await t.f.office()
    const orphanUnit = await t.f.unit(o.instansi.id, 'UPT tanpa kepala')
    const orphan = await t.f.pegawai(o.instansi.id, orphanUnit.id)
    let skp = await k.create(orphan)
    expect(skp).toMatchObject({ variant: 'ja_jf', atasan: null })
    skp = await k.write(orphan, skp, [rhk('Melayani pengunjung UPT')])
    expectError(
      await k.post(orphan, `/api/skp/${skp.id}/submit`, { version: skp.version }),
      400,
      'VALIDATION_FAILED',
      'NO_ATASAN',
    )
  })

  it('a JPT SKP needs a perspektif on every RHK to be submitted, and its approval is done by an admin when no atasan is in the system', async () => {
    const o = await t.f.office()
    let skp = await k.create(o.kepala)
    skp = await k.write(o.kepala, skp, [rhk('Meningkatnya kualitas layanan ASN')])
    const res = await k.post(o.kepala, `/api/skp/${skp.id}/submit`, { version: skp.version })
    expectFields(res, 'rhk.0.perspektif')
    expect(errorOf(res).reason).toBe('INCOMPLETE_CONTENT')
    skp = await k.write(o.kepala, skp, [
      rhk('Meningkatnya kualitas layanan ASN', [], {
        perspektif: 'penerima_layanan',
        id: skp.rhk[0]!.id,
      }),
    ])
    skp = await k.submit(o.kepala, skp)
    skp = await k.approve(o.admin, skp)
    expect(skp.status).toBe('disetujui')
    const [entry] = await auditOf(o.admin, skp.id, 'skp.approved')
    expect(entry!.after).toMatchObject({ actingFor: 'Pejabat penilai di luar sistem' })
  })
})

// ---------------------------------------------------------------------------------------------
describe('content validation', () => {
  it('accepts only RHK of the atasan’s SKP of the year as intervened RHK (400 rhk.N.interventionRhkIds)', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const kabidSkp = await k.skpWith(o.kabid, ['RHK kabid'])
    const colleague = await k.skpWith(o.staff2, ['RHK rekan'], { intervene: [[kasubRhk[0]!]] })
    const skp = await k.create(o.staff1)
    for (const foreign of [
      kabidSkp.rhk[0]!.id,
      colleague.rhk[0]!.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await k.put(o.staff1, `/api/skp/${skp.id}`, {
        version: skp.version,
        rhk: [rhk('RHK sah', [kasubRhk[0]!]), rhk('RHK keliru', [foreign])],
      })
      expectFields(res, 'rhk.1.interventionRhkIds')
      expect(errorOf(res).fields?.['rhk.1.interventionRhkIds']).toMatch(/Kasubbid A1/)
      expect(errorOf(res).fields).not.toHaveProperty('rhk.0.interventionRhkIds')
    }
    expect(await rhkRowsOf(skp.id)).toEqual([])
  })

  it('accepts the RHK of a team lead named in "penugasan dari", and only for that RHK', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const lead = await k.skpWith(o.staffB, ['Tim reformasi birokrasi'], { intervene: [[]] })
    let skp = await k.create(o.staff1)
    const options = await k.get(
      o.staff1,
      `/api/skp/${skp.id}/atasan-rhk?penugasanDari=${o.staffB.pegawaiId}`,
    )
    expect(options.statusCode).toBe(200)
    expect(options.json()).toMatchObject({
      atasan: { name: 'Kasubbid A1' },
      skpStatus: 'draft',
      rhk: [
        { id: kasubRhk[0] },
        { id: kasubRhk[1] },
        { id: lead.rhk[0]!.id, text: 'Tim reformasi birokrasi' },
      ],
    })
    skp = await k.write(o.staff1, skp, [
      rhk('Anggota tim reformasi', [lead.rhk[0]!.id], {
        penugasanDariPegawaiId: o.staffB.pegawaiId,
      }),
    ])
    expect(skp.rhk[0]).toMatchObject({
      penugasanDariPegawaiId: o.staffB.pegawaiId,
      interventions: [{ ownerName: lead.pegawai.name }],
    })
    // The same RHK id without the penugasan is not the atasan's.
    expectFields(
      await k.put(o.staff1, `/api/skp/${skp.id}`, {
        version: skp.version,
        rhk: [rhk('Tanpa penugasan', [lead.rhk[0]!.id])],
      }),
      'rhk.0.interventionRhkIds',
    )
    expectFields(
      await k.put(o.staff1, `/api/skp/${skp.id}`, {
        version: skp.version,
        rhk: [
          rhk('Penugasan fiktif', [], {
            penugasanDariPegawaiId: '00000000-0000-4000-8000-000000000000',
          }),
        ],
      }),
      'rhk.0.penugasanDariPegawaiId',
    )
    expectFields(
      await k.get(o.staff1, `/api/skp/${skp.id}/atasan-rhk?penugasanDari=${o.staff1.userId}`),
      'penugasanDari',
    )
  })

  const badRhk: [string, Record<string, unknown>, string][] = [
    ['an empty RHK text', { ...rhk('ok'), text: '' }, 'rhk.1.text'],
    [
      'a target that is not a number',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ targetValue: 'abc' })] },
      'rhk.1.indikator.0.targetValue',
    ],
    [
      'a target of 0',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ targetValue: 0 })] },
      'rhk.1.indikator.0.targetValue',
    ],
    [
      'an unknown aspek',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ aspek: 'kecepatan' })] },
      'rhk.1.indikator.0.aspek',
    ],
    [
      'a kuantitatif indicator without aspek',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ aspek: null })] },
      'rhk.1.indikator.0.aspek',
    ],
    [
      'a kuantitatif indicator without satuan',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ targetUnit: '' })] },
      'rhk.1.indikator.0.targetUnit',
    ],
    [
      'a kuantitatif indicator without target',
      { ...rhk('Menyusun laporan'), indikator: [indikator({ targetValue: null })] },
      'rhk.1.indikator.0.targetValue',
    ],
    ['an RHK without indicators', { ...rhk('Menyusun laporan'), indikator: [] }, 'rhk.1.indikator'],
    ['an unknown jenis', { ...rhk('Menyusun laporan'), jenis: 'pokok' }, 'rhk.1.jenis'],
    [
      'an intervened RHK id that is not an id',
      rhk('Menyusun laporan', ['2026-01-01']),
      'rhk.1.interventionRhkIds.0',
    ],
    [
      'a perspektif on a JA/JF SKP',
      rhk('Menyusun laporan', [], { perspektif: 'anggaran' }),
      'rhk.1.perspektif',
    ],
    [
      'an RHK id from another SKP',
      { ...rhk('Menyusun laporan'), id: '00000000-0000-4000-8000-000000000000' },
      'rhk.1.id',
    ],
  ]
  it.each(badRhk)('rejects %s with a field error and writes nothing', async (_what, bad, field) => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.create(o.staff1)
    const res = await k.put(o.staff1, `/api/skp/${skp.id}`, {
      version: skp.version,
      rhk: [rhk('RHK yang benar', [kasubRhk[0]!]), bad],
    })
    expectFields(res, field)
    expect(await rhkRowsOf(skp.id)).toEqual([])
    expect((await k.read(o.staff1, skp.id)).version).toBe(0)
  })

  it('a kualitatif SKP needs a narrative target instead of a number', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.create(o.staff1, { pendekatan: 'kualitatif' })
    expectFields(
      await k.put(o.staff1, `/api/skp/${skp.id}`, {
        version: 0,
        rhk: [rhk('Menyusun laporan', [kasubRhk[0]!])],
      }),
      'rhk.0.indikator.0.targetText',
    )
    const saved = await k.write(o.staff1, skp, [
      rhk('Menyusun laporan', [kasubRhk[0]!], {
        indikator: [
          {
            text: 'Kualitas laporan',
            targetText: 'Laporan diterima pimpinan tanpa revisi',
            targetValue: 5,
          },
        ],
      }),
    ])
    // Only the target that fits the pendekatan is kept.
    expect(saved.rhk[0]!.indikator[0]).toMatchObject({
      targetText: 'Laporan diterima pimpinan tanpa revisi',
      targetValue: null,
      targetUnit: null,
    })
  })

  it.each([
    ['GET /api/skp?year=2026-01-01', 'GET', '/api/skp?year=2026-01-01', 'year'],
    ['GET /api/skp?status=selesai', 'GET', '/api/skp?status=selesai', 'status'],
    ['GET /api/skp/:id with a non-uuid id', 'GET', '/api/skp/123', 'id'],
    ['GET /api/skp/matriks?year=abc', 'GET', '/api/skp/matriks?year=abc', 'year'],
    ['GET /api/skp/tree?unitId=xyz', 'GET', '/api/skp/tree?unitId=xyz', 'unitId'],
    [
      'POST /api/skp/:id/submit without version',
      'POST',
      '/api/skp/00000000-0000-4000-8000-000000000000/submit',
      'version',
    ],
  ] as const)('%s → 400 with the field', async (_name, method, url, field) => {
    const o = await t.f.office()
    expectFields(await k.call(o.staff1, method, url, method === 'POST' ? {} : undefined), field)
  })

  it('keeps RHK and indicator ids on update, deletes what was left out, and replaces lampiran', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    let skp = await k.create(o.staff1)
    skp = await k.write(o.staff1, skp, [
      rhk('Pertama', [kasubRhk[0]!], {
        indikator: [indikator(), indikator({ text: 'Indikator kedua' })],
      }),
      rhk('Kedua', [kasubRhk[1]!]),
    ])
    const [first, second] = skp.rhk
    skp = await k.write(
      o.staff1,
      skp,
      [
        {
          ...rhk('Kedua, kini pertama', [kasubRhk[1]!]),
          id: second!.id,
          indikator: [{ ...indikator(), id: second!.indikator[0]!.id }],
        },
        {
          ...rhk('Pertama diubah', [kasubRhk[0]!, kasubRhk[1]!]),
          id: first!.id,
          indikator: [{ ...indikator({ text: 'Indikator kedua' }), id: first!.indikator[1]!.id }],
        },
      ],
      { konsekuensi: ['Teguran'] },
    )
    expect(skp.rhk.map((r) => [r.id, r.seq, r.text])).toEqual([
      [second!.id, 0, 'Kedua, kini pertama'],
      [first!.id, 1, 'Pertama diubah'],
    ])
    expect(skp.rhk[1]!.indikator.map((i) => i.id)).toEqual([first!.indikator[1]!.id])
    expect(skp.rhk[1]!.interventions.map((i) => i.rhkId)).toEqual([kasubRhk[0], kasubRhk[1]])
    expect(skp.lampiran).toEqual({
      dukunganSumberDaya: [],
      skemaPertanggungjawaban: [],
      konsekuensi: ['Teguran'],
    })
    expect(skp.version).toBe(2)
  })

  it('refuses to delete an RHK that a subordinate intervenes (409 RHK_INTERVENED naming them); editing its text keeps the link', async () => {
    const { o, kasubSkp, kasubRhk } = await officeWithAtasanRhk()
    await k.skpWith(o.staff1, ['Laporan staf'], { intervene: [[kasubRhk[0]!]] })
    const res = await k.put(o.kasub, `/api/skp/${kasubSkp.id}`, {
      version: kasubSkp.version,
      rhk: [{ ...rhk('Tersusunnya laporan kinerja sub bidang'), id: kasubRhk[1] }],
    })
    expectError(res, 409, 'CONFLICT', 'RHK_INTERVENED')
    expect(errorOf(res).message).toMatch(/Staf Satu/)
    expect(await rhkRowsOf(kasubSkp.id)).toHaveLength(2)

    await k.write(o.kasub, kasubSkp, [
      { ...rhk('Layanan administrasi kepegawaian prima'), id: kasubRhk[0] },
      { ...rhk('Tersusunnya laporan kinerja sub bidang'), id: kasubRhk[1] },
    ])
    const staffSkp = (await k.get(o.staff1, '/api/skp')).json().items[0]
    expect((await k.read(o.staff1, staffSkp.id)).rhk[0]!.interventions[0]!.text).toBe(
      'Layanan administrasi kepegawaian prima',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('concurrency and the transition table', () => {
  it('a stale version gets 409 VERSION_CONFLICT with the current document, and changes nothing', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const base = await k.create(o.staff1)
    await k.write(o.staff1, base, [rhk('Ditulis di laptop', [kasubRhk[0]!])])
    const res = await k.put(o.staff1, `/api/skp/${base.id}`, {
      version: base.version,
      rhk: [rhk('Ditulis di ponsel', [kasubRhk[0]!])],
    })
    expectError(res, 409, 'CONFLICT', 'VERSION_CONFLICT')
    const { current } = res.json<ErrorBody>()
    expect(current).toMatchObject({
      id: base.id,
      version: 1,
      rhk: [{ text: 'Ditulis di laptop' }],
      canEditContent: true,
    })
    expect((await k.read(o.staff1, base.id)).rhk.map((r) => r.text)).toEqual(['Ditulis di laptop'])

    const submitted = await k.submit(o.staff1, current!)
    const stale = await k.post(o.kasub, `/api/skp/${base.id}/approve`, {
      version: current!.version,
    })
    expectError(stale, 409, 'CONFLICT', 'VERSION_CONFLICT')
    expect(stale.json<ErrorBody>().current).toMatchObject({
      status: 'diajukan',
      version: submitted.version,
      actions: ['approve', 'return'],
    })
  })

  it.each([
    ['approve a draft', 'draft', 'approve', 'kasub'],
    ['return a draft', 'draft', 'return', 'kasub'],
    ['revise a draft', 'draft', 'revise', 'staff1'],
    ['submit what is already submitted', 'diajukan', 'submit', 'staff1'],
    ['revise a submitted SKP', 'diajukan', 'revise', 'staff1'],
    ['approve an approved SKP', 'disetujui', 'approve', 'kasub'],
    ['submit an approved SKP', 'disetujui', 'submit', 'staff1'],
  ] as const)('%s → 409 INVALID_TRANSITION, nothing changes', async (_name, state, action, who) => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: state !== 'draft',
      ...(state === 'disetujui' ? { approveBy: o.kasub } : {}),
    })
    const res = await k.post(o[who], `/api/skp/${skp.id}/${action}`, {
      version: skp.version,
      reason: 'Alasan yang cukup panjang',
    })
    expectError(res, 409, 'CONFLICT', 'INVALID_TRANSITION')
    expect(await k.read(o.staff1, skp.id)).toMatchObject({ status: state, version: skp.version })
  })

  it('content cannot change once submitted or approved (409 SKP_LOCKED)', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const res = await k.put(o.staff1, `/api/skp/${skp.id}`, { version: skp.version, rhk: [] })
    expectError(res, 409, 'CONFLICT', 'SKP_LOCKED')
    expect(await rhkRowsOf(skp.id)).toHaveLength(1)
  })

  it('two approvals racing for the same version: exactly one wins', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const [a, b] = await Promise.all([
      k.post(o.kasub, `/api/skp/${skp.id}/approve`, { version: skp.version }),
      k.post(o.admin, `/api/skp/${skp.id}/approve`, { version: skp.version }),
    ])
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409])
    const rows = await t.db.select().from(skpRevisions).where(eq(skpRevisions.skpId, skp.id))
    expect(rows.map((r) => r.revision)).toEqual([1])
  })
})

// ---------------------------------------------------------------------------------------------
describe('who approves', () => {
  it('only the snapshotted atasan; a supervisor higher up sees it but gets 403, a colleague 404', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const body = { version: skp.version }
    expectError(
      await k.post(o.kabid, `/api/skp/${skp.id}/approve`, body),
      403,
      'FORBIDDEN',
      'NOT_ALLOWED',
    )
    expectError(
      await k.post(o.kepala, `/api/skp/${skp.id}/return`, {
        ...body,
        reason: 'Tidak setuju sama sekali',
      }),
      403,
      'FORBIDDEN',
    )
    expectError(await k.post(o.staff1, `/api/skp/${skp.id}/approve`, body), 403, 'FORBIDDEN')
    expectError(await k.post(o.staff2, `/api/skp/${skp.id}/approve`, body), 404, 'NOT_FOUND')
    expectError(await k.post(o.staffB, `/api/skp/${skp.id}/approve`, body), 404, 'NOT_FOUND')
    expect((await k.read(o.staff1, skp.id)).status).toBe('diajukan')
  })

  it('keeps the atasan of the snapshot when the organisation changes afterwards', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    // From today on, the kabid is staff1's atasan (an override): the SKP still goes to the kasub.
    const override = await k.post(
      o.admin,
      `/api/org/pegawai/${o.staff1.pegawaiId}/atasan-overrides`,
      {
        atasanId: o.kabid.pegawaiId,
        startDate: '2026-11-01',
      },
    )
    expect(override.statusCode, override.body).toBe(201)
    expectError(
      await k.post(o.kabid, `/api/skp/${skp.id}/approve`, { version: skp.version }),
      403,
      'FORBIDDEN',
    )
    expect((await k.approve(o.kasub, skp)).status).toBe('disetujui')
  })

  it('an admin of the instansi may act for the atasan, and the audit says for whom', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    let skp = await k.skpWith(o.staff1, ['Laporan'], { intervene: [[kasubRhk[0]!]], submit: true })
    const asAdmin = await k.read(o.admin, skp.id)
    expect(asAdmin.actions).toEqual(['approve', 'return', 'close'])
    skp = await k.approve(o.admin, skp)
    expect(skp.status).toBe('disetujui')
    const [entry] = await auditOf(o.admin, skp.id, 'skp.approved')
    expect(entry!.actorLabel).toContain(o.admin.username)
    expect(entry!.after).toMatchObject({
      status: 'disetujui',
      actingFor: 'Kasubbid A1',
      actingForPegawaiId: o.kasub.pegawaiId,
    })
    const [revision] = (await k.get(o.staff1, `/api/skp/${skp.id}/revisions`)).json<
      {
        approvedByName: string
      }[]
    >()
    expect(revision!.approvedByName).toMatch(/a\.n\. Kasubbid A1/)
    // The real atasan approving leaves no actingFor.
    const other = await k.skpWith(o.staff2, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    await k.approve(o.kasub, other)
    const [plain] = await auditOf(o.admin, other.id, 'skp.approved')
    expect(plain!.after).not.toHaveProperty('actingFor')
  })

  it('an admin who is also a pegawai cannot approve their own SKP', async () => {
    const o = await t.f.office()
    const adminPegawai = await t.f.pegawai(o.instansi.id, o.units.sub.id, {
      roles: ['admin_instansi'],
      name: 'Admin Berpegawai',
    })
    const kasubSkp = await k.skpWith(o.kasub, ['RHK kasub'])
    const skp = await k.skpWith(adminPegawai, ['Laporan admin'], {
      intervene: [[kasubSkp.rhk[0]!.id]],
      submit: true,
    })
    expect((await k.read(adminPegawai, skp.id)).actions).toEqual(['close'])
    expectError(
      await k.post(adminPegawai, `/api/skp/${skp.id}/approve`, { version: skp.version }),
      403,
      'FORBIDDEN',
    )
  })

  it('bulk approve: each item on its own — a stale version and an invisible SKP fail, the rest are approved', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const one = await k.skpWith(o.staff1, ['Laporan satu'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const two = await k.skpWith(o.staff2, ['Laporan dua'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const notMine = await k.skpWith(o.staffB, ['Laporan B'], { submit: false })
    const res = await k.post(o.kasub, '/api/skp/bulk-approve', {
      items: [
        { id: one.id, version: one.version },
        { id: two.id, version: two.version - 1 },
        { id: notMine.id, version: notMine.version },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().results).toEqual([
      { id: one.id, ok: true, code: null, message: null },
      { id: two.id, ok: false, code: 'VERSION_CONFLICT', message: expect.any(String) },
      { id: notMine.id, ok: false, code: 'NOT_FOUND', message: 'SKP tidak ditemukan' },
    ])
    expect((await k.read(o.staff1, one.id)).status).toBe('disetujui')
    expect((await k.read(o.staff2, two.id)).status).toBe('diajukan')
  })
})

// ---------------------------------------------------------------------------------------------
describe('ekspektasi, dialog, close', () => {
  it('the atasan writes ekspektasi khusus until approval; the owner cannot', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    let skp = await k.skpWith(o.staff1, ['Laporan'], { intervene: [[kasubRhk[0]!]], submit: true })
    const items = [{ coreValue: 'akuntabel', ekspektasiKhusus: 'Laporan keuangan tanpa temuan' }]
    expectError(
      await k.put(o.staff1, `/api/skp/${skp.id}/ekspektasi`, { version: skp.version, items }),
      403,
      'FORBIDDEN',
    )
    const res = await k.put(o.kasub, `/api/skp/${skp.id}/ekspektasi`, {
      version: skp.version,
      items,
    })
    expect(res.statusCode, res.body).toBe(200)
    skp = res.json()
    expect(skp.perilaku.find((p) => p.coreValue === 'akuntabel')?.ekspektasiKhusus).toBe(
      'Laporan keuangan tanpa temuan',
    )
    expect(skp.version).toBe(3)
    expectFields(
      await k.put(o.kasub, `/api/skp/${skp.id}/ekspektasi`, {
        version: skp.version,
        items: [{ coreValue: 'disiplin', ekspektasiKhusus: 'x' }],
      }),
      'items.0.coreValue',
    )
    skp = await k.approve(o.kasub, skp)
    expectError(
      await k.put(o.kasub, `/api/skp/${skp.id}/ekspektasi`, { version: skp.version, items }),
      409,
      'CONFLICT',
      'SKP_LOCKED',
    )
  })

  it('dialog kinerja: owner and atasan write, the admin reads, a supervisor higher up may not', async () => {
    const { o } = await officeWithAtasanRhk()
    const skp = await k.create(o.staff1)
    const url = `/api/skp/${skp.id}/dialog`
    expect((await k.post(o.staff1, url, { text: 'Mohon arahan untuk RHK kedua' })).statusCode).toBe(
      201,
    )
    const reply = await k.post(o.kasub, url, { text: 'Fokus pada ketepatan waktu laporan' })
    expect(reply.statusCode).toBe(201)
    expect(reply.json()).toMatchObject({ authorName: 'Kasubbid A1', authorIsAtasan: true })
    expectError(await k.post(o.admin, url, { text: 'Catatan admin' }), 403, 'FORBIDDEN')
    expectFields(await k.post(o.staff1, url, { text: '   ' }), 'text')
    const read = await k.get(o.admin, url)
    expect(
      read.json().map((n: { text: string; authorIsAtasan: boolean }) => [n.text, n.authorIsAtasan]),
    ).toEqual([
      ['Mohon arahan untuk RHK kedua', false],
      ['Fokus pada ketepatan waktu laporan', true],
    ])
    expectError(await k.get(o.kabid, url), 403, 'FORBIDDEN')
    expectError(await k.get(o.staff2, url), 404, 'NOT_FOUND')
  })

  it('an admin closes an SKP with a reason; it ends today and can no longer move', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const skp = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      approveBy: o.kasub,
    })
    expectError(
      await k.post(o.staff1, `/api/skp/${skp.id}/close`, {
        version: skp.version,
        reason: 'Pensiun dini',
      }),
      403,
      'FORBIDDEN',
    )
    expectFields(
      await k.post(o.admin, `/api/skp/${skp.id}/close`, { version: skp.version }),
      'reason',
    )
    const res = await k.post(o.admin, `/api/skp/${skp.id}/close`, {
      version: skp.version,
      reason: 'Pensiun dini',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'ditutup', endDate: '2026-11-27', actions: [] })
    expectError(
      await k.post(o.admin, `/api/skp/${skp.id}/close`, {
        version: res.json().version,
        reason: 'Sekali lagi',
      }),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
    const [row] = await t.db.select().from(skpTable).where(eq(skpTable.id, skp.id))
    expect(row!.closedReason).toBe('Pensiun dini')
  })
})

// ---------------------------------------------------------------------------------------------
describe('lists', () => {
  it('mine, bawahan and all (admins only) with year and status filters', async () => {
    const { o, kasubSkp, kasubRhk } = await officeWithAtasanRhk()
    const one = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      submit: true,
    })
    const two = await k.create(o.staff2)
    const old = await k.create(o.staff1, { year: 2025 })
    const ids = async (who: { username: string }, q: string) => {
      const res = await k.get(who, `/api/skp?${q}`)
      expect(res.statusCode, res.body).toBe(200)
      return (res.json().items as { id: string }[]).map((s) => s.id).sort()
    }
    expect(await ids(o.staff1, 'scope=mine')).toEqual([one.id, old.id].sort())
    expect(await ids(o.staff1, 'scope=mine&year=2025')).toEqual([old.id])
    expect(await ids(o.kasub, 'scope=bawahan')).toEqual([one.id, two.id, old.id].sort())
    expect(await ids(o.kasub, 'scope=bawahan&year=2026')).toEqual([one.id, two.id].sort())
    expect(await ids(o.kasub, 'scope=bawahan&status=diajukan')).toEqual([one.id])
    // The kabid is above, not the snapshotted atasan: their bawahan list holds only the kasub's SKP.
    expect(await ids(o.kabid, 'scope=bawahan')).toEqual([kasubSkp.id])
    expect(await ids(o.admin, 'scope=all')).toEqual([one.id, two.id, old.id, kasubSkp.id].sort())
    expectError(await k.get(o.kasub, '/api/skp?scope=all'), 404, 'NOT_FOUND')
    const page = (await k.get(o.admin, '/api/skp?scope=all&pageSize=2&page=2')).json()
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 })
    expect(page.items).toHaveLength(2)
    expect(page.items[0]).toHaveProperty('rhkCount')
  })

  it('counts the RHK of each SKP in the list', async () => {
    const o = await t.f.office()
    const kabidSkp = await k.skpWith(o.kabid, ['RHK satu', 'RHK dua', 'RHK tiga'])
    const res = await k.get(o.kabid, '/api/skp?scope=mine')
    expect(res.statusCode).toBe(200)
    const item = (res.json().items as { id: string; rhkCount: number }[]).find(
      (i) => i.id === kabidSkp.id,
    )
    expect(item?.rhkCount).toBe(3)
  })
})

// ---------------------------------------------------------------------------------------------
describe('mutasi', () => {
  it('a move closes the running SKP the day before and opens a draft for the new position on the move day with the new atasan', async () => {
    const { o, kasubRhk } = await officeWithAtasanRhk()
    const before = await k.skpWith(o.staff1, ['Laporan'], {
      intervene: [[kasubRhk[0]!]],
      approveBy: o.kasub,
    })
    const moved = await k.call(
      o.admin,
      'PATCH' as 'PUT',
      `/api/org/pegawai/${o.staff1.pegawaiId}`,
      {
        unitId: o.units.bidangB.id,
        jabatanId: o.staffB.jabatanId,
      },
    )
    expect(moved.statusCode, moved.body).toBe(200)
    const closed = await k.read(o.staff1, before.id)
    expect(closed).toMatchObject({
      status: 'ditutup',
      endDate: '2026-11-26',
      revision: 1,
      actions: [],
    })
    const [row] = await t.db.select().from(skpTable).where(eq(skpTable.id, before.id))
    expect(row!.closedReason).toBe('Mutasi/perubahan jabatan')
    const [entry] = await auditOf(o.admin, before.id, 'skp.closed')
    expect(entry!.after).toMatchObject({ status: 'ditutup', movedOn: '2026-11-27' })

    // The new SKP for the new position is already open as a draft; a second one is refused.
    const mine = await k.get(o.staff1, `/api/skp?scope=mine&year=${YEAR}&status=draft`)
    expect(mine.statusCode).toBe(200)
    expect(mine.json().items).toHaveLength(1)
    const next = await k.read(o.staff1, mine.json().items[0].id)
    const again = await k.post(o.staff1, '/api/skp', { year: YEAR, pendekatan: 'kuantitatif' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.reason).toBe('SKP_EXISTS')
    expect(next).toMatchObject({
      startDate: '2026-11-27',
      endDate: '2026-12-31',
      status: 'draft',
      pegawai: { unitName: 'Bidang B' },
      atasan: { pegawaiId: o.kepala.pegawaiId },
    })
    const open = await t.db
      .select()
      .from(skpTable)
      .where(and(eq(skpTable.pegawaiId, o.staff1.pegawaiId), eq(skpTable.year, YEAR)))
    expect(open.map((s) => s.status).sort()).toEqual(['ditutup', 'draft'])
  })

  it('an edit that is not a move leaves the SKP alone', async () => {
    const o = await t.f.office()
    const skp = await k.create(o.staff1)
    const res = await k.call(o.admin, 'PATCH' as 'PUT', `/api/org/pegawai/${o.staff1.pegawaiId}`, {
      phone: '081234567890',
    })
    expect(res.statusCode).toBe(200)
    expect((await k.read(o.staff1, skp.id)).status).toBe('draft')
  })
})
