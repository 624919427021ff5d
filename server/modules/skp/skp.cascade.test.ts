import { describe, expect, it } from 'vitest'
import type { Matriks, PerjanjianKinerja, TreeNode } from '../../../shared/skp.ts'
import type { TestPerson } from '../../test/factories.ts'
import { rhk, skpKit, YEAR } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * Cascading (domain.md "SKP"; research §2.4, §2.8): the unit's Perjanjian Kinerja → JPT RHK →
 * subordinates' RHK intervening them; the Matriks Peran Hasil and the pohon kinerja read it.
 */
const t = await setupTestApp({ now: '2026-11-27T02:00:00Z' })
const k = skpKit(t)

type Res = { statusCode: number; body: string; json(): unknown }
type ErrorBody = {
  error: { code: string; reason?: string; message: string; fields?: Record<string, string> }
}
const errorOf = (res: Res) => (res.json() as ErrorBody).error
function expectError(res: Res, status: number, code: string, reason?: string) {
  expect(res.statusCode, res.body).toBe(status)
  expect(errorOf(res).code).toBe(code)
  if (reason) expect(errorOf(res).reason).toBe(reason)
}

const target = (sasaran: string, over: Record<string, unknown> = {}) => ({
  sasaranStrategis: sasaran,
  indikator: `Indeks ${sasaran.toLowerCase()}`,
  targetValue: 80,
  targetUnit: 'Indeks',
  ...over,
})

async function putPk(
  who: { username: string },
  unitId: string,
  targets: unknown[],
  version?: number,
) {
  return k.put(who, `/api/skp/pk/${unitId}/${YEAR}`, {
    ...(version === undefined ? {} : { version }),
    targets,
  })
}

/** The tree as indented lines of text, easy to compare. */
function outline(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.text}`, ...outline(n.children, depth + 1)])
}

// ---------------------------------------------------------------------------------------------
describe('Perjanjian Kinerja', () => {
  it('the head of the unit records it, upserting targets by id; every member reads it', async () => {
    const o = await t.f.office()
    const empty = await k.get(o.staff1, `/api/skp/pk?unitId=${o.units.root.id}&year=${YEAR}`)
    expect(empty.statusCode, empty.body).toBe(200)
    expect(empty.json()).toMatchObject({
      id: null,
      version: 0,
      targets: [],
      canEdit: false,
      unitName: 'Badan',
    })

    const first = await putPk(o.kepala, o.units.root.id, [
      target('Kualitas SDM aparatur'),
      target('Akuntabilitas kinerja'),
    ])
    expect(first.statusCode, first.body).toBe(200)
    let pk = first.json<PerjanjianKinerja>()
    expect(pk).toMatchObject({ version: 1, canEdit: true })
    expect(pk.targets.map((x) => [x.seq, x.sasaranStrategis, x.targetValue])).toEqual([
      [0, 'Kualitas SDM aparatur', 80],
      [1, 'Akuntabilitas kinerja', 80],
    ])

    const second = await putPk(
      o.kepala,
      o.units.root.id,
      [
        { ...target('Akuntabilitas kinerja organisasi'), id: pk.targets[1]!.id },
        target('Pelayanan publik', {
          targetValue: null,
          targetUnit: null,
          targetText: 'Tanpa keluhan berulang',
        }),
      ],
      pk.version,
    )
    expect(second.statusCode, second.body).toBe(200)
    pk = second.json<PerjanjianKinerja>()
    expect(pk.targets.map((x) => x.sasaranStrategis)).toEqual([
      'Akuntabilitas kinerja organisasi',
      'Pelayanan publik',
    ])
    expect(pk.targets[0]!.id).toBe(first.json().targets[1].id)
    expect(pk.targets[1]).toMatchObject({ targetValue: null, targetText: 'Tanpa keluhan berulang' })

    const read = await k.get(o.staffB, `/api/skp/pk?unitId=${o.units.root.id}&year=${YEAR}`)
    expect(read.json()).toMatchObject({ version: 2, canEdit: false, targets: [{}, {}] })
  })

  it('a stale version gets 409 VERSION_CONFLICT with the current agreement', async () => {
    const o = await t.f.office()
    await putPk(o.kepala, o.units.root.id, [target('Kualitas SDM aparatur')])
    const res = await putPk(o.admin, o.units.root.id, [target('Yang lain')], 0)
    expectError(res, 409, 'CONFLICT', 'VERSION_CONFLICT')
    expect(res.json<{ current: PerjanjianKinerja }>().current).toMatchObject({
      version: 1,
      targets: [{ sasaranStrategis: 'Kualitas SDM aparatur' }],
    })
  })

  it('others in the instansi see it but may not write (403); another instansi gets 404; PLT of a unit may write', async () => {
    const o = await t.f.office()
    const other = await t.f.office()
    expectError(await putPk(o.kabid, o.units.root.id, [target('Bukan wewenang')]), 403, 'FORBIDDEN')
    expectError(
      await putPk(o.staff1, o.units.root.id, [target('Bukan wewenang')]),
      403,
      'FORBIDDEN',
    )
    expectError(
      await putPk(other.admin, o.units.root.id, [target('Lintas instansi')]),
      404,
      'NOT_FOUND',
    )
    expectError(
      await k.get(other.kepala, `/api/skp/pk?unitId=${o.units.root.id}`),
      404,
      'NOT_FOUND',
    )
    expect((await putPk(o.admin, o.units.root.id, [target('Oleh admin')])).statusCode).toBe(200)

    // Bidang B has no head: a PLT is appointed and records its agreement.
    const plt = await k.post(o.admin, '/api/org/acting', {
      pegawaiId: o.staffB.pegawaiId,
      unitId: o.units.bidangB.id,
      kind: 'plt',
      startDate: '2026-01-01',
    })
    expect(plt.statusCode, plt.body).toBe(201)
    const res = await putPk(o.staffB, o.units.bidangB.id, [target('Sasaran bidang B')])
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ canEdit: true, unitName: 'Bidang B' })
  })

  it.each([
    [
      'a year that is not a number',
      (u: string) => `/api/skp/pk/${u}/tahun-ini`,
      { targets: [] },
      'year',
    ],
    [
      'a target with neither number nor text',
      (u: string) => `/api/skp/pk/${u}/${YEAR}`,
      { targets: [target('Tanpa target', { targetValue: null })] },
      'targets.0.targetValue',
    ],
    [
      'a negative target',
      (u: string) => `/api/skp/pk/${u}/${YEAR}`,
      { targets: [target('Minus', { targetValue: -1 })] },
      'targets.0.targetValue',
    ],
    [
      'a target id of another agreement',
      (u: string) => `/api/skp/pk/${u}/${YEAR}`,
      { targets: [{ ...target('Asing'), id: '00000000-0000-4000-8000-000000000000' }] },
      'targets.0.id',
    ],
  ])('rejects %s with 400 and writes nothing', async (_what, url, body, field) => {
    const o = await t.f.office()
    const res = await k.put(o.kepala, url(o.units.root.id), body)
    expect(res.statusCode, res.body).toBe(400)
    expect(errorOf(res).fields?.[field], JSON.stringify(errorOf(res).fields)).toBeTruthy()
    const pk = (await k.get(o.kepala, `/api/skp/pk?unitId=${o.units.root.id}&year=${YEAR}`)).json()
    expect(pk).toMatchObject({ version: 0, targets: [] })
  })

  it('a target a JPT RHK derives from cannot be removed (409 PK_TARGET_IN_USE naming the owner)', async () => {
    const o = await t.f.office()
    const pk = (
      await putPk(o.kepala, o.units.root.id, [target('Kualitas SDM aparatur')])
    ).json<PerjanjianKinerja>()
    await k.skpWith(o.kepala, ['Meningkatnya kompetensi ASN'], {
      rhk: () => ({ perspektif: 'penguatan_internal', pkTargetId: pk.targets[0]!.id }),
    })
    const res = await putPk(o.admin, o.units.root.id, [], pk.version)
    expectError(res, 409, 'CONFLICT', 'PK_TARGET_IN_USE')
    expect(errorOf(res).message).toMatch(/Kepala Badan/)
  })
})

// ---------------------------------------------------------------------------------------------
describe('JPT RHK derive from the unit’s Perjanjian Kinerja', () => {
  it('accepts a target of the own unit’s agreement of the year, refuses another unit’s', async () => {
    const o = await t.f.office()
    const rootPk = (
      await putPk(o.kepala, o.units.root.id, [target('Kualitas SDM aparatur')])
    ).json<PerjanjianKinerja>()
    const bidangPk = (
      await putPk(o.admin, o.units.bidang.id, [target('Sasaran bidang')])
    ).json<PerjanjianKinerja>()
    const skp = await k.create(o.kepala)
    const bad = await k.put(o.kepala, `/api/skp/${skp.id}`, {
      version: skp.version,
      rhk: [rhk('RHK JPT', [], { perspektif: 'anggaran', pkTargetId: bidangPk.targets[0]!.id })],
    })
    expect(bad.statusCode).toBe(400)
    expect(errorOf(bad).fields?.['rhk.0.pkTargetId']).toMatch(/Perjanjian Kinerja 2026 unit Badan/)
    const ok = await k.write(o.kepala, skp, [
      rhk('RHK JPT', [], { perspektif: 'anggaran', pkTargetId: rootPk.targets[0]!.id }),
    ])
    expect(ok.rhk[0]).toMatchObject({ pkTargetId: rootPk.targets[0]!.id, perspektif: 'anggaran' })

    // JA/JF do not derive from the agreement: they intervene their atasan's RHK.
    const kabid = await k.create(o.kabid)
    const res = await k.put(o.kabid, `/api/skp/${kabid.id}`, {
      version: 0,
      rhk: [rhk('RHK kabid', [ok.rhk[0]!.id], { pkTargetId: rootPk.targets[0]!.id })],
    })
    expect(res.statusCode).toBe(400)
    expect(Object.keys(errorOf(res).fields ?? {})).toEqual(['rhk.0.pkTargetId'])
  })
})

// ---------------------------------------------------------------------------------------------
describe('Matriks Peran Hasil', () => {
  async function world() {
    const o = await t.f.office()
    const staff3 = await t.f.pegawai(o.instansi.id, o.units.sub.id, { name: 'Staf Tiga' })
    const leader = await k.skpWith(o.kasub, [
      'R1 layanan administrasi',
      'R2 laporan kinerja',
      'R3 arsip digital',
    ])
    const [r1, r2] = leader.rhk.map((r) => r.id)
    const one = await k.skpWith(o.staff1, ['X1 laporan bulanan'], { intervene: [[r1!]] })
    const two = await k.skpWith(o.staff2, ['Y1 layanan loket', 'Y2 laporan triwulan'], {
      intervene: [[r1!], [r1!, r2!]],
    })
    return { o, staff3, leader, one, two }
  }

  it('crosses the leader’s RHK with the subordinates and lists the RHK nobody intervenes yet', async () => {
    const { o, staff3, leader, one, two } = await world()
    const res = await k.get(o.kasub, `/api/skp/matriks?year=${YEAR}`)
    expect(res.statusCode, res.body).toBe(200)
    const m = res.json<Matriks>()
    const [r1, r2, r3] = leader.rhk.map((r) => r.id) as [string, string, string]
    expect(m.skpId).toBe(leader.id)
    expect(m.leaderRhk.map((r) => r.id)).toEqual([r1, r2, r3])
    expect(m.subordinates).toEqual([
      {
        pegawaiId: o.staff2.pegawaiId,
        name: 'Staf Dua',
        jabatanName: expect.any(String),
        skpId: two.id,
        skpStatus: 'draft',
      },
      {
        pegawaiId: o.staff1.pegawaiId,
        name: 'Staf Satu',
        jabatanName: expect.any(String),
        skpId: one.id,
        skpStatus: 'draft',
      },
      {
        pegawaiId: staff3.pegawaiId,
        name: 'Staf Tiga',
        jabatanName: expect.any(String),
        skpId: null,
        skpStatus: null,
      },
    ])
    const text = (cell: { text: string }[] | undefined) => (cell ?? []).map((c) => c.text)
    expect(text(m.cells[r1]?.[o.staff1.pegawaiId])).toEqual(['X1 laporan bulanan'])
    expect(text(m.cells[r1]?.[o.staff2.pegawaiId])).toEqual([
      'Y1 layanan loket',
      'Y2 laporan triwulan',
    ])
    expect(text(m.cells[r2]?.[o.staff2.pegawaiId])).toEqual(['Y2 laporan triwulan'])
    expect(text(m.cells[r2]?.[o.staff1.pegawaiId])).toEqual([])
    expect(text(m.cells[r3]?.[staff3.pegawaiId])).toEqual([])
    expect(m.uncoveredRhkIds).toEqual([r3])
  })

  it('coverage follows the data: once someone intervenes R3 it is covered', async () => {
    const { o, leader, one } = await world()
    const [r1, , r3] = leader.rhk.map((r) => r.id)
    await k.write(o.staff1, one, [{ ...rhk('X1 laporan bulanan', [r1!, r3!]), id: one.rhk[0]!.id }])
    const m = (await k.get(o.kasub, '/api/skp/matriks')).json<Matriks>()
    expect(m.year).toBe(YEAR)
    expect(m.uncoveredRhkIds).toEqual([])
  })

  it('admins and supervisors look at another leader with ?pegawaiId; others get 404', async () => {
    const { o, leader } = await world()
    const url = `/api/skp/matriks?pegawaiId=${o.kasub.pegawaiId}`
    for (const who of [o.admin, o.kabid, o.kepala]) {
      const res = await k.get(who, url)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json<Matriks>().skpId).toBe(leader.id)
    }
    for (const who of [o.staff1, o.staffB] as TestPerson[])
      expectError(await k.get(who, url), 404, 'NOT_FOUND')
    // An admin without a pegawai record has no matriks of their own.
    expectError(await k.get(o.admin, '/api/skp/matriks'), 404, 'NOT_FOUND')
  })

  it('a leader without an SKP yet sees the subordinates and no rows', async () => {
    const { o } = await world()
    const m = (await k.get(o.kabid, '/api/skp/matriks')).json<Matriks>()
    expect(m).toMatchObject({ skpId: null, leaderRhk: [], uncoveredRhkIds: [], cells: {} })
    expect(m.subordinates.map((s) => s.name)).toEqual(['Kasubbid A1'])
  })
})

// ---------------------------------------------------------------------------------------------
describe('pohon kinerja', () => {
  async function world() {
    const o = await t.f.office()
    const pk = (
      await putPk(o.kepala, o.units.root.id, [
        target('T1 SDM aparatur'),
        target('T2 Akuntabilitas'),
      ])
    ).json<PerjanjianKinerja>()
    const [t1, t2] = pk.targets.map((x) => x.id)
    const kepala = await k.skpWith(o.kepala, ['K1 kompetensi ASN', 'K2 akuntabilitas kinerja'], {
      rhk: (i) => ({ perspektif: 'penguatan_internal', pkTargetId: i === 0 ? t1 : t2 }),
    })
    const [k1, k2] = kepala.rhk.map((r) => r.id)
    const kabid = await k.skpWith(o.kabid, ['B1 pengembangan kompetensi'], { intervene: [[k1!]] })
    const kasub = await k.skpWith(o.kasub, ['S1 diklat teknis'], {
      intervene: [[kabid.rhk[0]!.id]],
    })
    await k.skpWith(o.staff1, ['X1 jadwal diklat'], { intervene: [[kasub.rhk[0]!.id]] })
    await k.skpWith(o.staff2, ['Y1 evaluasi diklat'], { intervene: [[kasub.rhk[0]!.id]] })
    await k.skpWith(o.staffB, ['Z1 laporan akuntabilitas'], { intervene: [[k2!]] })
    return { o }
  }
  const T1 = 'T1 SDM aparatur — Indeks t1 sdm aparatur'
  const T2 = 'T2 Akuntabilitas — Indeks t2 akuntabilitas'

  it('runs from the unit’s Perjanjian Kinerja through the JPT RHK down to every pegawai (head and admin see all)', async () => {
    const { o } = await world()
    const full = [
      T1,
      '  K1 kompetensi ASN',
      '    B1 pengembangan kompetensi',
      '      S1 diklat teknis',
      '        Y1 evaluasi diklat',
      '        X1 jadwal diklat',
      T2,
      '  K2 akuntabilitas kinerja',
      '    Z1 laporan akuntabilitas',
    ]
    for (const who of [o.kepala, o.admin]) {
      const res = await k.get(who, `/api/skp/tree?year=${YEAR}&unitId=${o.units.root.id}`)
      expect(res.statusCode, res.body).toBe(200)
      expect(outline(res.json())).toEqual(full)
    }
    const node = (await k.get(o.kepala, `/api/skp/tree?unitId=${o.units.root.id}`)).json()[0]
      .children[0]
    expect(node).toMatchObject({ kind: 'rhk', ownerName: 'Kepala Badan' })
  })

  it('others see their own chain: up to the agreement and down through their subordinates', async () => {
    const { o } = await world()
    const tree = async (who: { username: string }) => {
      const res = await k.get(who, '/api/skp/tree')
      expect(res.statusCode, res.body).toBe(200)
      return outline(res.json())
    }
    expect(await tree(o.staff1)).toEqual([
      T1,
      '  K1 kompetensi ASN',
      '    B1 pengembangan kompetensi',
      '      S1 diklat teknis',
      '        X1 jadwal diklat',
      T2,
    ])
    expect(await tree(o.kasub)).toEqual([
      T1,
      '  K1 kompetensi ASN',
      '    B1 pengembangan kompetensi',
      '      S1 diklat teknis',
      '        Y1 evaluasi diklat',
      '        X1 jadwal diklat',
      T2,
    ])
    expect(await tree(o.staffB)).toEqual([
      T1,
      T2,
      '  K2 akuntabilitas kinerja',
      '    Z1 laporan akuntabilitas',
    ])
  })

  it('another instansi cannot read it (404), and an unknown unit is 404', async () => {
    const { o } = await world()
    const other = await t.f.office()
    expectError(
      await k.get(other.admin, `/api/skp/tree?unitId=${o.units.root.id}`),
      404,
      'NOT_FOUND',
    )
    expectError(
      await k.get(o.staff1, `/api/skp/tree?unitId=00000000-0000-4000-8000-000000000000`),
      404,
      'NOT_FOUND',
    )
    // A unit without an agreement has an empty tree.
    const res = await k.get(o.kepala, `/api/skp/tree?unitId=${o.units.bidangB.id}&year=${YEAR}`)
    expect(res.json()).toEqual([])
  })
})
