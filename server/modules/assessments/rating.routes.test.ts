import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type {
  AssessmentDetail,
  BawahanList,
  DistributionView,
} from '../../../shared/assessments.ts'
import { ROUNDING_RULE_TEXT } from '../../../shared/rules/distribution.ts'
import { ASSESSMENTS, assessmentKit, atTime } from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { auditLog } from '../audit/audit.tables.ts'
import { assessments } from './assessments.tables.ts'

/**
 * The assessor's side of /api/assessments through the real app: the pejabat penilai's list,
 * umpan balik, ratings (and a unit head's rating hasil from the predikat kinerja organisasi),
 * finalising with the distribution rule (warn and block), bulk finalise, keberatan decisions,
 * reopening and the unit's penetapan. Staff1 and staff2 of Sub Bidang A1 are rated by the
 * kasub; the kabid is their atasan pejabat penilai and the leader one level up of the sub
 * bidang; Triwulan IV 2026 is open (test clock 27 Nov 2026).
 */
const t = await setupTestApp()
const a = assessmentKit(t)

type Who = TestPerson | { username: string }
type ErrorBody = {
  error: { code: string; reason?: string; message: string; fields?: Record<string, string> }
  current?: AssessmentDetail & { version: number }
  distribution?: DistributionView
}
type Res = Awaited<ReturnType<typeof a.call>>

const get = (who: Who | null, url: string) => a.call(who, 'GET', `${ASSESSMENTS}${url}`)
const post = (who: Who | null, url: string, body: unknown = {}) =>
  a.call(who, 'POST', `${ASSESSMENTS}${url}`, body)
const put = (who: Who | null, url: string, body: unknown) =>
  a.call(who, 'PUT', `${ASSESSMENTS}${url}`, body)

function expectError(res: Res, status: number, code: string, reason?: string) {
  expect(res.statusCode, res.body).toBe(status)
  const body = res.json<ErrorBody>()
  expect(body.error.code).toBe(code)
  if (reason) expect(body.error.reason).toBe(reason)
  return body
}
function expectFields(res: Res, ...fields: string[]) {
  const body = expectError(res, 400, 'VALIDATION_FAILED')
  for (const f of fields) expect(body.error.fields, res.body).toHaveProperty([f])
  return body
}
async function ok<T = AssessmentDetail>(res: Res | Promise<Res>, status = 200): Promise<T> {
  const r = await res
  expect(r.statusCode, r.body).toBe(status)
  return r.json<T>()
}

const JUSTIFICATION = 'Seluruh pegawai sub bidang melampaui target triwulan karena beban tambahan.'

/** The office with Triwulan IV submitted by staff1 (and staff2 unless `staff2: false`). */
async function office(opts: { staff2?: boolean } = {}) {
  const s = await a.setupAssessmentOffice()
  const q4 = s.periods.q4
  const staff1 = await a.submitted(s.o.staff1, q4)
  const staff2 =
    opts.staff2 === false ? await a.open(s.o.staff2, q4) : await a.submitted(s.o.staff2, q4)
  return { ...s, q4, staff1, staff2 }
}
type Office = Awaited<ReturnType<typeof office>>

const rate = (
  who: Who,
  d: { id: string; version: number },
  hasil: string | null,
  perilaku: string,
) =>
  post(who, `/${d.id}/rate`, {
    version: d.version,
    ...(hasil ? { ratingHasil: hasil } : {}),
    ratingPerilaku: perilaku,
  })
const finalise = (who: Who, d: { id: string; version: number }, justification?: string) =>
  post(who, `/${d.id}/finalise`, {
    version: d.version,
    ...(justification ? { justification } : {}),
  })
const setOrg = (
  who: Who | null,
  s: { q4: { id: string } },
  unitId: string,
  value: string,
  version?: number,
  note: string | null = null,
) =>
  put(who, '/org-predikat', {
    unitId,
    periodId: s.q4.id,
    value,
    note,
    ...(version === undefined ? {} : { version }),
  })

/** The kasub's own SKP approved by the kabid, and their Triwulan IV submitted. */
async function kasubSubmitted(s: Office) {
  const submitted = await a.k.submit(s.o.kasub, s.kasubSkp)
  await a.k.approve(s.o.kabid, submitted)
  return a.submitted(s.o.kasub, s.q4)
}

async function auditOf(entityId: string, action: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))
}

// ---------------------------------------------------------------------------------------------
describe('GET /bawahan', () => {
  it('lists the people I rate, the subordinates without an assessment and why, and their group', async () => {
    const s = await office({ staff2: false })
    const list = await ok<BawahanList>(get(s.o.kasub, `/bawahan?periodId=${s.q4.id}`))
    expect(list.period).toMatchObject({ id: s.q4.id, name: 'Triwulan IV 2026', kind: 'quarterly' })
    expect(list.items.map((i) => [i.pegawai.name, i.status])).toEqual([
      ['Staf Dua', 'draft'],
      ['Staf Satu', 'submitted'],
    ])
    expect(list.items[1]).toMatchObject({
      assessor: { pegawaiId: s.o.kasub.pegawaiId },
      reviewer: { pegawaiId: s.o.kabid.pegawaiId, name: 'Kabid A' },
      predikat: null,
    })
    expect(list.missing).toEqual([])
    // One group: the sub bidang itself while no unit above has a predikat kinerja organisasi.
    expect(list.distributions).toHaveLength(1)
    expect(list.distributions[0]).toMatchObject({
      unitId: s.o.units.sub.id,
      unitName: 'Sub Bidang A1',
      orgPredikat: null,
      check: null,
      total: 2,
      enforcement: 'warn',
      roundingRule: ROUNDING_RULE_TEXT,
    })
    expect(list.distributions[0]!.people.map((p) => p.name).sort()).toEqual([
      'Staf Dua',
      'Staf Satu',
    ])

    // The kabid rates the kasub, whose SKP is still a draft: missing, with the reason.
    const kabid = await ok<BawahanList>(get(s.o.kabid, `/bawahan?periodId=${s.q4.id}`))
    expect(kabid.items).toEqual([])
    expect(kabid.missing).toEqual([
      {
        pegawaiId: s.o.kasub.pegawaiId,
        name: 'Kasubbid A1',
        reason: expect.stringContaining('Draf'),
      },
    ])
    expect(kabid.distributions).toEqual([])

    // A staff member rates nobody.
    expect(await ok<BawahanList>(get(s.o.staff1, `/bawahan?periodId=${s.q4.id}`))).toMatchObject({
      items: [],
      missing: [],
      distributions: [],
    })
  })

  it('an admin sees the people nobody in the system rates (the top of the tree)', async () => {
    const s = await office()
    // The kepala's SKP (JPT, no atasan) approved by the admin.
    const top = await a.k.create(s.o.kepala)
    const written = await a.k.write(s.o.kepala, top, [
      {
        jenis: 'utama',
        text: 'Meningkatnya kinerja badan',
        perspektif: 'penerima_layanan',
        interventionRhkIds: [],
        indikator: [
          { aspek: 'kuantitas', text: 'Indeks kepuasan', targetValue: 90, targetUnit: 'Indeks' },
        ],
      },
    ])
    await a.k.approve(s.o.admin, await a.k.submit(s.o.kepala, written))
    const list = await ok<BawahanList>(get(s.o.admin, `/bawahan?periodId=${s.q4.id}`))
    expect(list.items.map((i) => [i.pegawai.name, i.assessor])).toEqual([['Kepala Badan', null]])
  })

  it('review: the keberatan I decide; bad query 400, unknown period 404, anonymous 401', async () => {
    const s = await office()
    expectFields(await get(s.o.kabid, '/bawahan'), 'periodId')
    expectFields(await get(s.o.kabid, `/bawahan?periodId=${s.q4.id}&scope=semua`), 'scope')
    expectError(await get(s.o.kabid, `/bawahan?periodId=${crypto.randomUUID()}`), 404, 'NOT_FOUND')
    expectError(await get(null, `/bawahan?periodId=${s.q4.id}`), 401, 'UNAUTHENTICATED')
    expect(
      (await ok<BawahanList>(get(s.o.kabid, `/bawahan?periodId=${s.q4.id}&scope=review`))).items,
    ).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('POST /:id/rate', () => {
  it('derives the predikat from the quadrant, rates again while rated, audits', async () => {
    const s = await office()
    const rated = await ok(rate(s.o.kasub, s.staff1, 'di_atas', 'di_atas'))
    expect(rated).toMatchObject({
      status: 'rated',
      version: s.staff1.version + 1,
      ratingHasil: 'di_atas',
      ratingPerilaku: 'di_atas',
      ratingHasilSource: 'atasan',
      predikat: 'sangat_baik',
      roles: ['assessor'],
      actions: ['rate', 'finalise'],
    })
    const again = await ok(rate(s.o.kasub, rated, 'sesuai', 'di_bawah'))
    expect(again).toMatchObject({ status: 'rated', predikat: 'kurang' })
    // The owner sees no rating until final.
    expect(await a.read(s.o.staff1, s.staff1.id)).toMatchObject({
      status: 'rated',
      ratingHasil: null,
      ratingPerilaku: null,
      predikat: null,
    })
    const rows = await auditOf(s.staff1.id, 'assessment.rated')
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => (r.after as { predikat: string }).predikat).sort()).toEqual([
      'kurang',
      'sangat_baik',
    ])
  })

  it('refuses a draft (409 INVALID_TRANSITION), bad input (400), a stale version (409 with current)', async () => {
    const s = await office({ staff2: false })
    expectError(
      await rate(s.o.kasub, s.staff2, 'sesuai', 'sesuai'),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
    expectFields(
      await post(s.o.kasub, `/${s.staff1.id}/rate`, { version: s.staff1.version }),
      'ratingPerilaku',
    )
    expectFields(await rate(s.o.kasub, s.staff1, 'bagus', 'sesuai'), 'ratingHasil')
    expectFields(
      await post(s.o.kasub, `/${s.staff1.id}/rate`, { ratingPerilaku: 'sesuai' }),
      'version',
    )
    expectFields(
      await post(s.o.kasub, '/bukan-uuid/rate', { version: 0, ratingPerilaku: 'sesuai' }),
      'id',
    )
    // The rating hasil is the atasan's for a pegawai who heads no unit.
    const missing = expectFields(await rate(s.o.kasub, s.staff1, null, 'sesuai'), 'ratingHasil')
    expect(missing.error.reason).toBe('RATING_REQUIRED')
    expectError(
      await rate(s.o.kasub, { id: crypto.randomUUID(), version: 0 }, 'sesuai', 'sesuai'),
      404,
      'NOT_FOUND',
    )
    const stale = expectError(
      await rate(s.o.kasub, { id: s.staff1.id, version: s.staff1.version + 5 }, 'sesuai', 'sesuai'),
      409,
      'CONFLICT',
      'VERSION_CONFLICT',
    )
    expect(stale.current).toMatchObject({
      id: s.staff1.id,
      version: s.staff1.version,
      status: 'submitted',
    })
  })

  it('only the snapshotted pejabat penilai rates: others who see it 403 NOT_ASSESSOR, the rest 404', async () => {
    const s = await office()
    expectError(
      await rate(s.o.kabid, s.staff1, 'sesuai', 'sesuai'),
      403,
      'FORBIDDEN',
      'NOT_ASSESSOR',
    )
    expectError(
      await rate(s.o.admin, s.staff1, 'sesuai', 'sesuai'),
      403,
      'FORBIDDEN',
      'NOT_ASSESSOR',
    )
    expectError(
      await rate(s.o.staff1, s.staff1, 'di_atas', 'di_atas'),
      403,
      'FORBIDDEN',
      'NOT_ASSESSOR',
    )
    expectError(await rate(s.o.staff2, s.staff1, 'sesuai', 'sesuai'), 404, 'NOT_FOUND')
  })

  it('two concurrent ratings with the same version: exactly one wins, the other gets 409', async () => {
    const s = await office()
    const results = await Promise.all([
      rate(s.o.kasub, s.staff1, 'di_atas', 'sesuai'),
      rate(s.o.kasub, s.staff1, 'di_bawah', 'sesuai'),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const lost = results.find((r) => r.statusCode === 409)!
    expect(lost.json<ErrorBody>().error.reason).toBe('VERSION_CONFLICT')
    const won = results.find((r) => r.statusCode === 200)!.json<AssessmentDetail>()
    const now = await a.read(s.o.kasub, s.staff1.id)
    expect(now).toMatchObject({ version: s.staff1.version + 1, predikat: won.predikat })
    expect(lost.json<ErrorBody>().current?.version).toBe(s.staff1.version + 1)
  })
})

// ---------------------------------------------------------------------------------------------
describe('PUT /:id/feedback', () => {
  it('writes umpan balik per RHK (with a judgement) and per value, clears with nulls, checks the RHK', async () => {
    const s = await office()
    const [r1, r2] = s.staff1.rhk
    const saved = await ok(
      put(s.o.kasub, `/${s.staff1.id}/feedback`, {
        version: s.staff1.version,
        rhk: [
          { rhkId: r1!.id, rating: 'di_atas', body: 'Laporan selalu tepat waktu.' },
          { rhkId: r2!.id, rating: null, body: 'Perlu lebih rinci.' },
        ],
        perilaku: [{ coreValue: 'berorientasi_pelayanan', body: 'Ramah kepada pemohon.' }],
      }),
    )
    expect(saved.version).toBe(s.staff1.version + 1)
    expect(saved.rhk.map((r) => [r.feedback?.rating ?? null, r.feedback?.body ?? null])).toEqual([
      ['di_atas', 'Laporan selalu tepat waktu.'],
      [null, 'Perlu lebih rinci.'],
    ])
    expect(
      saved.perilaku.find((p) => p.coreValue === 'berorientasi_pelayanan')?.feedback?.body,
    ).toBe('Ramah kepada pemohon.')
    // The owner does not see it before the result is final.
    const own = await a.read(s.o.staff1, s.staff1.id)
    expect(own.rhk.every((r) => r.feedback === null)).toBe(true)

    const cleared = await ok(
      put(s.o.kasub, `/${s.staff1.id}/feedback`, {
        version: saved.version,
        rhk: [
          { rhkId: r1!.id, rating: 'sesuai', body: 'Laporan tepat waktu.' },
          { rhkId: r2!.id, rating: null, body: null },
        ],
        perilaku: [{ coreValue: 'berorientasi_pelayanan', body: null }],
      }),
    )
    expect(cleared.rhk.map((r) => r.feedback?.rating ?? null)).toEqual(['sesuai', null])
    expect(cleared.rhk[1]!.feedback).toBeNull()
    expect(cleared.perilaku.every((p) => p.feedback === null)).toBe(true)

    // An RHK of another SKP (staff2's) and a repeated RHK: 400 with fields.
    expectFields(
      await put(s.o.kasub, `/${s.staff1.id}/feedback`, {
        version: cleared.version,
        rhk: [
          { rhkId: s.staff2.rhk[0]!.id, rating: null, body: 'Salah tempat' },
          { rhkId: r1!.id, body: 'a' },
          { rhkId: r1!.id, body: 'b' },
        ],
      }),
      'rhk.0.rhkId',
      'rhk.2.rhkId',
    )
    expectFields(
      await put(s.o.kasub, `/${s.staff1.id}/feedback`, {
        version: cleared.version,
        rhk: [{ rhkId: r1!.id, rating: 'luar_biasa', body: 'x' }],
        perilaku: [{ coreValue: 'jujur', body: 'x' }],
      }),
      'rhk.0.rating',
      'perilaku.0.coreValue',
    )
    expectError(
      await put(s.o.kabid, `/${s.staff1.id}/feedback`, { version: cleared.version }),
      403,
      'FORBIDDEN',
      'NOT_ASSESSOR',
    )
    expect((await auditOf(s.staff1.id, 'assessment.feedback_saved')).length).toBe(2)
  })

  it('is closed once final (409 INVALID_TRANSITION)', async () => {
    const s = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    const rated = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    const final = await ok(finalise(s.o.kasub, rated))
    expectError(
      await put(s.o.kasub, `/${s.staff1.id}/feedback`, {
        version: final.version,
        rhk: [{ rhkId: s.staff1.rhk[0]!.id, body: 'Terlambat' }],
      }),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('finalising and the distribution', () => {
  it('needs the group’s predikat kinerja organisasi (409 ORG_PREDIKAT_NOT_SET)', async () => {
    const s = await office()
    const rated = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    expectError(await finalise(s.o.kasub, rated), 409, 'CONFLICT', 'ORG_PREDIKAT_NOT_SET')
    expectError(await finalise(s.o.kasub, s.staff2), 409, 'CONFLICT', 'INVALID_TRANSITION')
  })

  it('within the pattern: final without a justification; the owner then sees the predikat', async () => {
    const s = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    const final = await ok(finalise(s.o.kasub, r1, 'Tidak perlu alasan karena masih dalam pola.'))
    expect(final).toMatchObject({ status: 'finalised', justification: null, actions: [] })
    expect(final.finalisedAt).toBe('2026-11-27T02:00:00.000Z')
    expect(await a.read(s.o.staff1, s.staff1.id)).toMatchObject({
      status: 'finalised',
      predikat: 'baik',
      ratingHasil: 'sesuai',
      objectionOpenUntil: '2026-12-11',
    })
    const [row] = await auditOf(s.staff1.id, 'assessment.finalised')
    expect(row?.after).toMatchObject({
      status: 'finalised',
      justification: null,
      distribution: { unitId: s.o.units.sub.id, withinPattern: true, total: 2 },
    })
    // Finalised results are locked: rating again is refused.
    expectError(
      await rate(s.o.kasub, final, 'di_atas', 'di_atas'),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
  })

  it('warn: outside the pattern needs a justification (409 with the distribution), which is kept', async () => {
    const s = await office()
    // Butuh Perbaikan: Sangat Baik at most 10 % (0 of 2), Butuh Perbaikan at least 60 % (1 of 2).
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'butuh_perbaikan'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'di_atas', 'di_atas'))
    await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    const refused = expectError(
      await finalise(s.o.kasub, r1),
      409,
      'CONFLICT',
      'DISTRIBUTION_OUTSIDE_PATTERN',
    )
    expect(refused.distribution).toMatchObject({
      unitId: s.o.units.sub.id,
      orgPredikat: { value: 'butuh_perbaikan', setByName: 'Kabid A' },
      total: 2,
      counts: { sangat_baik: 1, butuh_perbaikan: 1 },
      enforcement: 'warn',
      check: { withinPattern: false },
    })
    expect(
      refused.distribution!.check!.rules.map((r) => [r.text, r.limit, r.actual, r.status]),
    ).toEqual([
      ['Butuh Perbaikan paling sedikit 60% (1 dari 2 orang)', 1, 1, 'ok'],
      ['Sangat Baik paling banyak 10% (0 dari 2 orang)', 0, 1, 'violated'],
    ])
    expect(await a.read(s.o.kasub, s.staff1.id)).toMatchObject({ status: 'rated' })
    expectFields(await finalise(s.o.kasub, r1, 'Terlalu pendek'), 'justification')

    const final = await ok(finalise(s.o.kasub, r1, JUSTIFICATION))
    expect(final).toMatchObject({ status: 'finalised', justification: JUSTIFICATION })
    const [row] = await auditOf(s.staff1.id, 'assessment.finalised')
    expect(row?.after).toMatchObject({
      justification: JUSTIFICATION,
      distribution: { withinPattern: false },
    })
  })

  it('block: outside the pattern is refused even with a justification (409 DISTRIBUTION_BLOCKED)', async () => {
    const s = await office()
    const settings = await ok<{ version: number }>(get(s.o.admin, '/settings'))
    await ok(
      put(s.o.admin, '/settings', {
        distributionEnforcement: 'block',
        objectionDays: 14,
        version: settings.version,
      }),
    )
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'butuh_perbaikan'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'di_atas', 'di_atas'))
    const blocked = expectError(
      await finalise(s.o.kasub, r1, JUSTIFICATION),
      409,
      'CONFLICT',
      'DISTRIBUTION_BLOCKED',
    )
    expect(blocked.distribution).toMatchObject({
      enforcement: 'block',
      check: { withinPattern: false },
    })
    // Fixing the rating brings it back within the pattern.
    const fixed = await ok(rate(s.o.kasub, r1, 'di_bawah', 'sesuai'))
    expect(await ok(finalise(s.o.kasub, fixed))).toMatchObject({ status: 'finalised' })
  })

  it('bulk: per-item problems are skipped with a reason; one check per group; justification on all', async () => {
    const s = await office()
    const other = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'butuh_perbaikan'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'di_atas', 'di_atas'))
    const r2 = await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    const items = [
      { id: r1.id, version: r1.version },
      { id: r2.id, version: r2.version },
    ]
    const body = { periodId: s.q4.id, items }
    const refused = expectError(
      await post(s.o.kasub, '/finalise-bulk', body),
      409,
      'CONFLICT',
      'DISTRIBUTION_OUTSIDE_PATTERN',
    )
    expect(refused.distribution?.unitId).toBe(s.o.units.sub.id)
    expect((await a.read(s.o.kasub, r1.id)).status).toBe('rated')

    // Someone who may see them but does not rate them: every item skipped, nothing checked.
    const notMine = await ok<{
      finalised: string[]
      skipped: { id: string; name: string | null; reason: string }[]
    }>(post(s.o.kabid, '/finalise-bulk', body))
    expect(notMine.finalised).toEqual([])
    expect(notMine.skipped.map((x) => x.name)).toEqual(['Staf Satu', 'Staf Dua'])

    const result = await ok<{
      finalised: string[]
      skipped: { id: string; name: string | null; reason: string }[]
    }>(
      post(s.o.kasub, '/finalise-bulk', {
        ...body,
        items: [
          ...items,
          { id: other.staff1.id, version: other.staff1.version },
          { id: r1.id, version: r1.version },
        ],
        justification: JUSTIFICATION,
      }),
    )
    expect(result.finalised).toEqual([r1.id, r2.id])
    expect(result.skipped).toEqual([
      { id: other.staff1.id, name: null, reason: 'Penilaian tidak ditemukan' },
    ])
    for (const id of [r1.id, r2.id])
      expect(await a.read(s.o.kasub, id)).toMatchObject({
        status: 'finalised',
        justification: JUSTIFICATION,
      })
    const again = await ok<{ finalised: string[]; skipped: { name: string; reason: string }[] }>(
      post(s.o.kasub, '/finalise-bulk', { periodId: s.q4.id, items }),
    )
    expect(again.finalised).toEqual([])
    expect(again.skipped.map((x) => x.reason)).toEqual([
      expect.stringContaining('diubah di tempat lain'),
      expect.stringContaining('diubah di tempat lain'),
    ])
    expectFields(await post(s.o.kasub, '/finalise-bulk', { periodId: s.q4.id, items: [] }), 'items')
  })

  it('bulk: a status that cannot be finalised is skipped, the rest goes through', async () => {
    const s = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    const result = await ok<{ finalised: string[]; skipped: { name: string; reason: string }[] }>(
      post(s.o.kasub, '/finalise-bulk', {
        periodId: s.q4.id,
        items: [
          { id: r1.id, version: r1.version },
          { id: s.staff2.id, version: s.staff2.version },
        ],
      }),
    )
    expect(result.finalised).toEqual([r1.id])
    expect(result.skipped).toEqual([
      { id: s.staff2.id, name: 'Staf Dua', reason: expect.stringContaining('Diajukan') },
    ])
  })
})

// ---------------------------------------------------------------------------------------------
describe('predikat kinerja organisasi and unit heads', () => {
  it('a unit head’s rating hasil comes from the unit’s predikat, and follows a change of it', async () => {
    const s = await office()
    const kasub = await kasubSubmitted(s)
    expect(kasub.pegawai.headsUnitId).toBe(s.o.units.sub.id)
    expectError(
      await rate(s.o.kabid, kasub, null, 'sesuai'),
      409,
      'CONFLICT',
      'ORG_PREDIKAT_NOT_SET',
    )

    const set = await ok<{ version: number; value: string; canSet: boolean }>(
      setOrg(s.o.kabid, s, s.o.units.sub.id, 'istimewa', undefined, 'Capaian IKU 110%'),
    )
    expect(set).toMatchObject({
      value: 'istimewa',
      canSet: true,
      version: 0,
      note: 'Capaian IKU 110%',
    })
    // A rating hasil sent for a unit head is ignored: it comes from the organisational predikat.
    const rated = await ok(rate(s.o.kabid, kasub, 'di_bawah', 'sesuai'))
    expect(rated).toMatchObject({
      ratingHasil: 'di_atas',
      ratingHasilSource: 'org_predikat',
      predikat: 'baik',
    })

    const changed = await ok<{ version: number; value: string }>(
      setOrg(s.o.kabid, s, s.o.units.sub.id, 'butuh_perbaikan', set.version),
    )
    expect(changed).toMatchObject({ value: 'butuh_perbaikan', version: 1 })
    expect(await a.read(s.o.kabid, kasub.id)).toMatchObject({
      version: rated.version + 1,
      ratingHasil: 'di_bawah',
      ratingPerilaku: 'sesuai',
      predikat: 'butuh_perbaikan',
    })
    expect((await auditOf(kasub.id, 'assessment.rating_recomputed')).length).toBe(1)

    // A stale version of the organisational predikat: 409 with the current item.
    const stale = expectError(
      await setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik', set.version),
      409,
      'CONFLICT',
      'VERSION_CONFLICT',
    )
    expect(stale.current).toMatchObject({ value: 'butuh_perbaikan', version: 1 })

    // Once final, the head's result no longer follows the unit's predikat.
    const now = await a.read(s.o.kabid, kasub.id)
    expect(await ok(finalise(s.o.kabid, now))).toMatchObject({ status: 'finalised' })
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'istimewa', 1))
    expect(await a.read(s.o.kabid, kasub.id)).toMatchObject({
      status: 'finalised',
      predikat: 'butuh_perbaikan',
    })
  })

  it('only the leader one level up sets it (admin for a top unit): 403 NOT_UNIT_LEADER, 404, 400', async () => {
    const s = await office()
    const sub = s.o.units.sub.id
    expectError(await setOrg(s.o.kasub, s, sub, 'baik'), 403, 'FORBIDDEN', 'NOT_UNIT_LEADER')
    expectError(await setOrg(s.o.staff1, s, sub, 'baik'), 403, 'FORBIDDEN', 'NOT_UNIT_LEADER')
    expectError(await setOrg(s.o.admin, s, sub, 'baik'), 403, 'FORBIDDEN', 'NOT_UNIT_LEADER')
    expectError(await setOrg(s.o.kepala, s, sub, 'baik'), 403, 'FORBIDDEN', 'NOT_UNIT_LEADER')
    expect(await ok(setOrg(s.o.kepala, s, s.o.units.bidang.id, 'baik'))).toMatchObject({
      canSet: true,
    })
    expect(await ok(setOrg(s.o.admin, s, s.o.units.root.id, 'istimewa'))).toMatchObject({
      canSet: true,
      parentUnitName: null,
      headName: 'Kepala Badan',
    })
    expectError(await setOrg(s.o.kabid, s, crypto.randomUUID(), 'baik'), 404, 'NOT_FOUND')
    expectFields(await setOrg(s.o.kabid, s, sub, 'luar_biasa'), 'value')
    expectFields(await put(s.o.kabid, '/org-predikat', { unitId: sub, value: 'baik' }), 'periodId')
    expectError(await setOrg(null, s, sub, 'baik'), 401, 'UNAUTHENTICATED')
  })

  it('GET /org-predikat: what I set, my own unit read only; admin every unit', async () => {
    const s = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik', undefined, 'Catatan'))
    type List = {
      items: {
        unitId: string
        unitName: string
        canSet: boolean
        value: string | null
        distribution: DistributionView
      }[]
    }
    const kabid = await ok<List>(get(s.o.kabid, `/org-predikat?periodId=${s.q4.id}`))
    expect(kabid.items.map((i) => [i.unitName, i.canSet, i.value])).toEqual([
      ['Bidang A', false, null],
      ['Sub Bidang A1', true, 'baik'],
    ])
    expect(kabid.items[1]!.distribution).toMatchObject({ total: 2, check: { orgPredikat: 'baik' } })
    const kasub = await ok<List>(get(s.o.kasub, `/org-predikat?periodId=${s.q4.id}`))
    expect(kasub.items.map((i) => [i.unitName, i.canSet])).toEqual([['Sub Bidang A1', false]])
    expect((await ok<List>(get(s.o.staff1, `/org-predikat?periodId=${s.q4.id}`))).items).toEqual([])
    const admin = await ok<List>(get(s.o.admin, `/org-predikat?periodId=${s.q4.id}`))
    expect(admin.items.map((i) => [i.unitName, i.canSet])).toEqual([
      ['Badan', true],
      ['Bidang A', false],
      ['Sub Bidang A1', false],
      ['Bidang B', false],
    ])
  })

  it('penetapan: all final first (409 UNIT_NOT_COMPLETE), then locked; admin reopens with a reason', async () => {
    const s = await office()
    const sub = s.o.units.sub.id
    const unit = { unitId: sub, periodId: s.q4.id }
    expectError(
      await post(s.o.kabid, '/org-predikat/finalise', unit),
      409,
      'CONFLICT',
      'ORG_PREDIKAT_NOT_SET',
    )
    await ok(setOrg(s.o.kabid, s, sub, 'baik'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    const notComplete = expectError(
      await post(s.o.kabid, '/org-predikat/finalise', unit),
      409,
      'CONFLICT',
      'UNIT_NOT_COMPLETE',
    )
    expect(notComplete.error.message).toContain('2 dari 2')
    expectError(
      await post(s.o.kasub, '/org-predikat/finalise', unit),
      403,
      'FORBIDDEN',
      'NOT_UNIT_LEADER',
    )
    await ok(finalise(s.o.kasub, r1))
    const r2 = await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    expect(
      expectError(
        await post(s.o.kabid, '/org-predikat/finalise', unit),
        409,
        'CONFLICT',
        'UNIT_NOT_COMPLETE',
      ).error.message,
    ).toContain('1 dari 2')
    await ok(finalise(s.o.kasub, r2))

    const done = await ok<{ finalisedAt: string | null; version: number }>(
      post(s.o.kabid, '/org-predikat/finalise', unit),
    )
    expect(done.finalisedAt).toBe('2026-11-27T02:00:00.000Z')
    expectError(
      await setOrg(s.o.kabid, s, sub, 'istimewa', done.version),
      409,
      'CONFLICT',
      'ORG_PREDIKAT_LOCKED',
    )
    expectError(
      await post(s.o.kabid, '/org-predikat/finalise', unit),
      409,
      'CONFLICT',
      'ORG_PREDIKAT_LOCKED',
    )

    // A final assessment of a unit after its penetapan cannot be reopened on its own.
    const locked = await ok<{ version: number }>(get(s.o.admin, `/${r1.id}`))
    expectError(
      await post(s.o.admin, `/${r1.id}/reopen`, {
        version: locked.version,
        reason: 'Koreksi realisasi triwulan',
      }),
      409,
      'CONFLICT',
      'ORG_PREDIKAT_LOCKED',
    )

    const reason = { ...unit, reason: 'Koreksi capaian IKU bidang' }
    expectError(await post(s.o.kabid, '/org-predikat/reopen', reason), 403, 'FORBIDDEN')
    expectFields(
      await post(s.o.admin, '/org-predikat/reopen', { ...unit, reason: 'salah' }),
      'reason',
    )
    const reopened = await ok<{ finalisedAt: string | null; version: number }>(
      post(s.o.admin, '/org-predikat/reopen', reason),
    )
    expect(reopened.finalisedAt).toBeNull()
    expectError(
      await post(s.o.admin, '/org-predikat/reopen', reason),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
    expect(await ok(setOrg(s.o.kabid, s, sub, 'istimewa', reopened.version))).toMatchObject({
      value: 'istimewa',
    })
    const actions = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'org_predikat'))
      .orderBy(auditLog.id)
    const mine = actions.filter((r) => (r.after as { unitId?: string } | null)?.unitId === sub)
    expect(mine.map((r) => r.action)).toEqual([
      'assessment.org_predikat_set',
      'assessment.unit_finalised',
      'assessment.unit_reopened',
      'assessment.org_predikat_set',
    ])
  })

  it('penetapan outside the pattern needs a justification under warn', async () => {
    const s = await office()
    const sub = s.o.units.sub.id
    const unit = { unitId: sub, periodId: s.q4.id }
    await ok(setOrg(s.o.kabid, s, sub, 'butuh_perbaikan'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'di_atas', 'di_atas'))
    const r2 = await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    await ok(
      post(s.o.kasub, '/finalise-bulk', {
        periodId: s.q4.id,
        items: [r1, r2].map((r) => ({ id: r.id, version: r.version })),
        justification: JUSTIFICATION,
      }),
    )
    const refused = expectError(
      await post(s.o.kabid, '/org-predikat/finalise', unit),
      409,
      'CONFLICT',
      'DISTRIBUTION_OUTSIDE_PATTERN',
    )
    expect(refused.distribution?.check?.withinPattern).toBe(false)
    expect(
      await ok(
        post(s.o.kabid, '/org-predikat/finalise', { ...unit, justification: JUSTIFICATION }),
      ),
    ).toMatchObject({ finalisedAt: expect.any(String) })
  })
})

// ---------------------------------------------------------------------------------------------
describe('GET /distribution', () => {
  it('counts the units below without a predikat of their own; people only as far as the viewer may read', async () => {
    const s = await office()
    const kasub = await kasubSubmitted(s)
    // Both units have a predikat: the sub bidang's people (its head included) count in its own.
    await ok(setOrg(s.o.kepala, s, s.o.units.bidang.id, 'baik'))
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    await ok(rate(s.o.kabid, kasub, null, 'di_atas'))
    const url = `/distribution?periodId=${s.q4.id}&unitId=${s.o.units.sub.id}`
    const view = await ok<DistributionView>(get(s.o.kabid, url))
    expect(view).toMatchObject({
      unitId: s.o.units.sub.id,
      total: 3,
      counts: { baik: 2, sangat_baik: 0 },
      check: { orgPredikat: 'baik', total: 3, rated: 2, pending: 1, withinPattern: true },
    })
    expect(view.check!.rules.map((r) => [r.limit, r.actual, r.status])).toEqual([
      [2, 2, 'ok'],
      [1, 0, 'open'],
    ])
    expect(view.people.map((p) => [p.name, p.predikat])).toEqual([
      ['Kasubbid A1', 'baik'],
      ['Staf Dua', null],
      ['Staf Satu', 'baik'],
    ])
    // The kasub sees the people they assess, and themself without their own predikat.
    const own = await ok<DistributionView>(get(s.o.kasub, url))
    expect(own.people.map((p) => [p.name, p.predikat])).toEqual([
      ['Kasubbid A1', null],
      ['Staf Dua', null],
      ['Staf Satu', 'baik'],
    ])
    expect(own.counts.baik).toBe(2)
    // Bidang A (its own predikat): only the kabid's own assessment would count there.
    const bidang = await ok<DistributionView>(
      get(s.o.kepala, `/distribution?periodId=${s.q4.id}&unitId=${s.o.units.bidang.id}`),
    )
    expect(bidang).toMatchObject({ total: 0, check: { orgPredikat: 'baik' } })
    expectError(await get(s.o.staff1, url), 404, 'NOT_FOUND')
    expectError(
      await get(s.o.kasub, `/distribution?periodId=${s.q4.id}&unitId=${s.o.units.bidangB.id}`),
      404,
      'NOT_FOUND',
    )
    expectFields(await get(s.o.kabid, `/distribution?periodId=${s.q4.id}`), 'unitId')
  })
})

// ---------------------------------------------------------------------------------------------
describe('keberatan', () => {
  async function finalStaff1(s: Office) {
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    return ok(finalise(s.o.kasub, r1))
  }
  const REASON = 'Hasil kerja saya melebihi target di semua indikator triwulan ini.'

  it('opens for the configured days after finalising (inclusive), then closes', async () => {
    const s = await office()
    const final = await finalStaff1(s)
    // Signed in on the day itself (a session does not last two weeks).
    const objectAt = (iso: string) =>
      atTime(t, iso, async () =>
        t.as(await t.login(s.o.staff1.username), {
          method: 'POST',
          url: `${ASSESSMENTS}/${final.id}/objection`,
          payload: { version: final.version, reason: REASON },
        }),
      )
    // Finalised on 27 Nov (WITA), 14 days: open until the end of 11 Dec WITA (15:59:59Z).
    expectError(await objectAt('2026-12-11T16:00:00Z'), 409, 'CONFLICT', 'OBJECTION_WINDOW_CLOSED')
    const inTime = await objectAt('2026-12-11T15:00:00Z')
    expect(await ok(inTime)).toMatchObject({ status: 'objected' })
  })

  it('the atasan pejabat penilai decides: ditolak keeps the ratings, dikabulkan takes new ones', async () => {
    const s = await office()
    const final = await finalStaff1(s)
    const objected = await ok(
      post(s.o.staff1, `/${final.id}/objection`, { version: final.version, reason: REASON }),
    )
    const review = await ok<BawahanList>(
      get(s.o.kabid, `/bawahan?periodId=${s.q4.id}&scope=review`),
    )
    expect(review.items.map((i) => [i.pegawai.name, i.status])).toEqual([['Staf Satu', 'objected']])

    const decide = (who: Who, body: Record<string, unknown>) =>
      post(who, `/${final.id}/objection/decide`, { version: objected.version, ...body })
    const granted = { decision: 'dikabulkan', note: 'Bukti realisasi mendukung keberatan.' }
    expectError(await decide(s.o.kasub, granted), 403, 'FORBIDDEN', 'NOT_REVIEWER')
    expectError(await decide(s.o.staff1, granted), 403, 'FORBIDDEN', 'NOT_REVIEWER')
    expectError(await decide(s.o.staff2, granted), 404, 'NOT_FOUND')
    expectFields(await decide(s.o.kabid, granted), 'ratingHasil', 'ratingPerilaku')
    expectFields(await decide(s.o.kabid, { decision: 'ditunda', note: 'x' }), 'decision', 'note')
    expectError(
      await post(s.o.kabid, `/${final.id}/objection/decide`, { ...granted, version: 0 }),
      409,
      'CONFLICT',
      'VERSION_CONFLICT',
    )

    const decided = await ok(
      decide(s.o.kabid, { ...granted, ratingHasil: 'di_atas', ratingPerilaku: 'di_atas' }),
    )
    expect(decided).toMatchObject({
      status: 'decided',
      ratingHasil: 'di_atas',
      predikat: 'sangat_baik',
      objection: {
        decision: 'dikabulkan',
        decisionNote: 'Bukti realisasi mendukung keberatan.',
        decidedByName: 'Kabid A',
        previousRatingHasil: 'sesuai',
        previousRatingPerilaku: 'sesuai',
        previousPredikat: 'baik',
      },
    })
    expect(await a.read(s.o.staff1, final.id)).toMatchObject({
      status: 'decided',
      predikat: 'sangat_baik',
    })
    expectError(await decide(s.o.kabid, granted), 409, 'CONFLICT', 'VERSION_CONFLICT')
    expectError(
      await post(s.o.kabid, `/${final.id}/objection/decide`, {
        ...granted,
        version: decided.version,
      }),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
    expect((await auditOf(final.id, 'assessment.objection_decided')).length).toBe(1)
  })

  it('ditolak keeps the predikat; the pegawai is told', async () => {
    const s = await office()
    const final = await finalStaff1(s)
    const objected = await ok(
      post(s.o.staff1, `/${final.id}/objection`, { version: final.version, reason: REASON }),
    )
    const decided = await ok(
      post(s.o.kabid, `/${final.id}/objection/decide`, {
        version: objected.version,
        decision: 'ditolak',
        note: 'Realisasi sesuai target, bukan melebihi.',
        ratingHasil: 'di_atas',
      }),
    )
    expect(decided).toMatchObject({
      status: 'decided',
      predikat: 'baik',
      objection: { decision: 'ditolak', previousPredikat: 'baik' },
    })
    const inbox = await ok<{ items: { kind: string; title: string }[] }>(
      a.call(s.o.staff1, 'GET', '/api/notifications'),
    )
    expect(inbox.items.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['assessment.finalised', 'assessment.decided']),
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('POST /:id/reopen', () => {
  it('an admin reopens a final assessment with a reason; the assessor rates again', async () => {
    const s = await office()
    await ok(setOrg(s.o.kabid, s, s.o.units.sub.id, 'baik'))
    const r1 = await ok(rate(s.o.kasub, s.staff1, 'sesuai', 'sesuai'))
    expectError(
      await post(s.o.admin, `/${r1.id}/reopen`, {
        version: r1.version,
        reason: 'Salah input rating',
      }),
      409,
      'CONFLICT',
      'INVALID_TRANSITION',
    )
    await ok(rate(s.o.kasub, s.staff2, 'di_bawah', 'sesuai'))
    const final = await ok(finalise(s.o.kasub, r1))
    const body = { version: final.version, reason: 'Salah input rating hasil kerja' }
    expectError(await post(s.o.kasub, `/${final.id}/reopen`, body), 403, 'FORBIDDEN')
    expectError(await post(s.o.staff1, `/${final.id}/reopen`, body), 403, 'FORBIDDEN')
    expectError(await post(s.o.staff2, `/${final.id}/reopen`, body), 404, 'NOT_FOUND')
    expectFields(
      await post(s.o.admin, `/${final.id}/reopen`, { ...body, reason: 'salah' }),
      'reason',
    )
    const reopened = await ok(post(s.o.admin, `/${final.id}/reopen`, body))
    expect(reopened).toMatchObject({ status: 'reopened', finalisedAt: null, justification: null })
    const [row] = await auditOf(final.id, 'assessment.reopened')
    expect(row?.after).toMatchObject({
      status: 'reopened',
      reason: 'Salah input rating hasil kerja',
    })
    // The owner no longer sees the result; the assessor may rate again.
    expect(await a.read(s.o.staff1, final.id)).toMatchObject({ predikat: null, status: 'reopened' })
    const again = await ok(rate(s.o.kasub, reopened, 'di_atas', 'sesuai'))
    expect(again).toMatchObject({ status: 'rated', predikat: 'baik' })
    const inbox = await ok<{ items: { kind: string }[] }>(
      a.call(s.o.kasub, 'GET', '/api/notifications'),
    )
    expect(inbox.items.map((n) => n.kind)).toContain('assessment.reopened')
  })
})

// ---------------------------------------------------------------------------------------------
describe('small groups through the API (rounding)', () => {
  /**
   * A leader heading a unit with a sub-unit without a head: the `n` staff of the sub-unit are
   * rated by the leader (vacant unit → the head above) and counted in the sub-unit's group,
   * whose predikat (Baik) the leader sets.
   */
  async function team(n: number) {
    const inst = await t.f.instansi()
    const adminAccount = await t.f.account(inst.id)
    const admin = await a.session(adminAccount)
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/periods/years',
      payload: {
        year: 2026,
        assessmentFrequency: 'quarterly',
        loadNationalHolidays: false,
        loadLocalHolidays: null,
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    const q4 = res
      .json<{ periods: { id: string; kind: string; seq: number; year: number }[] }>()
      .periods.find((p) => p.kind === 'quarterly' && p.seq === 4)!
    const parent = await t.f.unit(inst.id, 'Bidang Pelayanan')
    const unit = await t.f.unit(inst.id, 'Seksi Tanpa Kepala', parent.id)
    const leader = await t.f.pegawai(inst.id, parent.id, { head: true, name: 'Kepala Bidang' })
    const leaderSkp = await a.k.skpWith(leader, ['Terselenggaranya pelayanan bidang'])
    const staff = []
    for (let i = 0; i < n; i++) {
      const p = await t.f.pegawai(inst.id, unit.id, { name: `Staf ${i + 1}` })
      await a.k.skpWith(p, ['Tersusunnya laporan layanan'], {
        intervene: [[leaderSkp.rhk[0]!.id]],
        approveBy: leader,
      })
      staff.push(await a.submitted(p, q4))
    }
    await ok(setOrg(leader, { q4 }, unit.id, 'baik'))
    return { leader, staff, unit, q4 }
  }
  type Team = Awaited<ReturnType<typeof team>>
  const view = (g: Team) =>
    ok<DistributionView>(get(g.leader, `/distribution?periodId=${g.q4.id}&unitId=${g.unit.id}`))

  it('1 person: Baik at most 70 % → 1; at least one Butuh Perbaikan/Kurang cannot be met → justification', async () => {
    const g = await team(1)
    const r = await ok(rate(g.leader, g.staff[0]!, 'sesuai', 'sesuai'))
    const v = await view(g)
    expect(v.check!.rules.map((x) => [x.text, x.limit, x.actual, x.status])).toEqual([
      ['Baik paling banyak 70% (1 dari 1 orang)', 1, 1, 'ok'],
      ['Harus ada paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct', 1, 0, 'violated'],
    ])
    expectError(await finalise(g.leader, r), 409, 'CONFLICT', 'DISTRIBUTION_OUTSIDE_PATTERN')
    expect(await ok(finalise(g.leader, r, JUSTIFICATION))).toMatchObject({ status: 'finalised' })
  })

  it('2 people: 70 % of 2 = 1.4 → 1 Baik; two Baik is outside the pattern', async () => {
    const g = await team(2)
    const r1 = await ok(rate(g.leader, g.staff[0]!, 'sesuai', 'sesuai'))
    // One rated, one pending: the minimum is still open, the ceiling holds.
    const half = await view(g)
    expect(half.check).toMatchObject({ total: 2, rated: 1, pending: 1, withinPattern: true })
    expect(half.check!.rules.map((x) => [x.limit, x.status])).toEqual([
      [1, 'ok'],
      [1, 'open'],
    ])
    const r2 = await ok(rate(g.leader, g.staff[1]!, 'di_atas', 'sesuai'))
    const full = await view(g)
    expect(full.check!.rules.map((x) => [x.limit, x.actual, x.status])).toEqual([
      [1, 2, 'violated'],
      [1, 0, 'violated'],
    ])
    expectError(await finalise(g.leader, r1), 409, 'CONFLICT', 'DISTRIBUTION_OUTSIDE_PATTERN')
    // One of them Butuh Perbaikan: within the pattern.
    await ok(rate(g.leader, r2, 'di_bawah', 'sesuai'))
    expect(await ok(finalise(g.leader, r1))).toMatchObject({
      status: 'finalised',
      justification: null,
    })
  })

  it('3 people: 70 % of 3 = 2.1 → 2 Baik allowed with one Butuh Perbaikan (bulk, no justification)', async () => {
    const g = await team(3)
    const rated = [
      await ok(rate(g.leader, g.staff[0]!, 'sesuai', 'sesuai')),
      await ok(rate(g.leader, g.staff[1]!, 'di_atas', 'sesuai')),
      await ok(rate(g.leader, g.staff[2]!, 'di_bawah', 'di_atas')),
    ]
    const v = await view(g)
    expect(v.check!.rules.map((x) => [x.text, x.limit, x.actual, x.status])).toEqual([
      ['Baik paling banyak 70% (2 dari 3 orang)', 2, 2, 'ok'],
      ['Harus ada paling sedikit 1 orang Butuh Perbaikan atau Kurang/Misconduct', 1, 1, 'ok'],
    ])
    const result = await ok<{ finalised: string[]; skipped: unknown[] }>(
      post(g.leader, '/finalise-bulk', {
        periodId: g.q4.id,
        items: rated.map((r) => ({ id: r.id, version: r.version })),
      }),
    )
    expect(result).toEqual({ finalised: rated.map((r) => r.id), skipped: [] })
    const rows = await t.db.select().from(assessments).where(eq(assessments.periodId, g.q4.id))
    expect(rows.every((r) => r.status === 'finalised' && r.justification === null)).toBe(true)
  })
})
