import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type {
  AssessmentDetail,
  AssessmentSettings,
  Extension,
} from '../../../shared/assessments.ts'
import { createEventBus, type EventBus } from '../../lib/events.ts'
import {
  ASSESSMENTS,
  assessmentKit,
  finalState,
  forceAssessment,
  type AssessmentOffice,
} from '../../test/assessment-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import {
  assessmentFeedback,
  assessmentObjections,
  assessmentRealisasi,
  assessments,
} from './assessments.tables.ts'

/**
 * The pegawai side of /api/assessments through the real app: my periods and the lazy creation
 * of assessments with their snapshots, the detail, realisasi with the edit-reason rule,
 * submit, acknowledge, keberatan, the admin's settings and extensions. Deadlines and the
 * pre-fill from daily progress have their own files; permissions are in the matrix.
 */
const seen: { name: string; payload: unknown }[] = []
const inner = createEventBus()
const events: EventBus = {
  on: (name, listener) => inner.on(name, listener),
  async emit(name, payload) {
    seen.push({ name, payload })
    await inner.emit(name, payload)
  },
}
const t = await setupTestApp({ events })
const a = assessmentKit(t)

type Res = { statusCode: number; body: string; json<T = unknown>(): T }
function expectError(res: Res, status: number, reason?: string, fields: string[] = []) {
  expect(res.statusCode, res.body).toBe(status)
  const body = res.json<{
    error: { code: string; reason?: string; fields?: Record<string, string> }
  }>()
  if (reason) expect(body.error.reason).toBe(reason)
  for (const f of fields)
    expect(
      body.error.fields?.[f],
      `fields.${f} in ${JSON.stringify(body.error.fields)}`,
    ).toBeTruthy()
  return body
}

async function auditOf(s: AssessmentOffice, entityId: string, action: string) {
  const res = await t.as(s.admin, {
    method: 'GET',
    url: `/api/audit?entityId=${entityId}&action=${action}&pageSize=50`,
  })
  expect(res.statusCode).toBe(200)
  return res.json<{ items: { action: string; before: unknown; after: unknown }[] }>().items
}

const realisasiOf = (d: AssessmentDetail) => d.rhk.flatMap((r) => r.indikator)

// ---------------------------------------------------------------------------------------------
describe('GET /mine', () => {
  it('lists the periods of the year, periodic first then annual, creating the assessments once', async () => {
    const s = await a.setupAssessmentOffice()
    const mine = await a.mine(s.o.staff1)
    expect(mine.year).toBe(2026)
    expect(mine.years).toEqual([2026])
    expect(mine.items.map((i) => i.period.name)).toEqual([
      'Triwulan I 2026',
      'Triwulan II 2026',
      'Triwulan III 2026',
      'Triwulan IV 2026',
      'Tahunan 2026',
    ])
    expect(mine.items.every((i) => i.assessment?.status === 'draft' && !i.missingReason)).toBe(true)
    // Today (27 Nov) Triwulan IV and the annual period are open; I–III are past their deadline.
    expect(mine.items.map((i) => i.open)).toEqual([false, false, false, true, true])
    // A second read creates nothing new.
    const again = await a.mine(s.o.staff1, 2026)
    expect(again.items.map((i) => i.assessment?.id)).toEqual(
      mine.items.map((i) => i.assessment?.id),
    )
    const rows = await t.db
      .select()
      .from(assessments)
      .where(eq(assessments.pegawaiId, s.o.staff1.pegawaiId))
    expect(rows).toHaveLength(5)
    expect(rows.filter((r) => r.annual).map((r) => r.periodId)).toEqual([s.periods.annual.id])
  })

  it('snapshots the pegawai, the pejabat penilai (SKP atasan) and the atasan pejabat penilai', async () => {
    const s = await a.setupAssessmentOffice()
    const item = (await a.mine(s.o.staff1)).items.find((i) => i.period.id === s.periods.q4.id)!
    expect(item.assessment).toMatchObject({
      skpId: s.skp1.id,
      version: 0,
      late: false,
      submittedAt: null,
      effectiveDeadline: s.periods.q4.deadline,
      extendedUntil: null,
      pegawai: {
        pegawaiId: s.o.staff1.pegawaiId,
        name: 'Staf Satu',
        nip: s.o.staff1.username,
        golongan: 'III/a',
        pangkat: 'Penata Muda',
        unitId: s.o.units.sub.id,
        unitName: 'Sub Bidang A1',
        headsUnitId: null,
      },
      assessor: { pegawaiId: s.o.kasub.pegawaiId, name: 'Kasubbid A1', unitName: 'Sub Bidang A1' },
      reviewer: { pegawaiId: s.o.kabid.pegawaiId, name: 'Kabid A' },
      period: {
        id: s.periods.q4.id,
        kind: 'quarterly',
        seq: 4,
        startDate: '2026-10-01',
        endDate: '2026-12-31',
        deadline: s.periods.q4.deadline,
      },
    })
  })

  it('marks a unit head with the unit they head (their rating hasil comes from it)', async () => {
    const s = await a.setupAssessmentOffice()
    let kasubSkp = s.kasubSkp
    kasubSkp = await a.k.submit(s.o.kasub, kasubSkp)
    await a.k.approve(s.o.kabid, kasubSkp)
    const item = (await a.mine(s.o.kasub)).items.find((i) => i.period.id === s.periods.q4.id)!
    expect(item.assessment?.pegawai.headsUnitId).toBe(s.o.units.sub.id)
    expect(item.assessment?.assessor?.pegawaiId).toBe(s.o.kabid.pegawaiId)
    expect(item.assessment?.reviewer?.pegawaiId).toBe(s.o.kepala.pegawaiId)
  })

  it('says why there is no assessment: no SKP, or an SKP not approved yet', async () => {
    const s = await a.setupAssessmentOffice()
    const none = await a.mine(s.o.staffB)
    expect(none.items.every((i) => i.assessment === null)).toBe(true)
    expect(none.items[0]!.missingReason).toMatch(/Belum ada SKP tahun 2026/)
    // kabid's SKP is a draft.
    const draft = await a.mine(s.o.kabid)
    expect(draft.items.every((i) => i.assessment === null)).toBe(true)
    expect(draft.items[3]!.missingReason).toMatch(/"Draf".*setelah SKP disetujui/)
    expect(
      await t.db.select().from(assessments).where(eq(assessments.pegawaiId, s.o.kabid.pegawaiId)),
    ).toEqual([])
  })

  it('answers a year without periods with no items, and refuses a malformed year', async () => {
    const s = await a.setupAssessmentOffice()
    const empty = await a.mine(s.o.staff1, 2025)
    expect(empty).toEqual({ year: 2025, years: [2026], items: [] })
    expectError(await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/mine?year=dua`), 400, undefined, [
      'year',
    ])
    expectError(await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/mine?year=1999`), 400, undefined, [
      'year',
    ])
  })
})

// ---------------------------------------------------------------------------------------------
describe('GET /:id', () => {
  it('shows targets, labels, sources, BerAKHLAK, actions and no suggestion value without progress', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    expect(d.rhk.map((r) => r.label)).toEqual(['Utama 1', 'Utama 2'])
    expect(d.rhk[0]!.source).toBe(
      'RHK atasan yang diintervensi: Terselenggaranya layanan sub bidang A1',
    )
    expect(d.rhk[0]!.indikator[0]).toMatchObject({
      targetValue: 12,
      targetUnit: 'Laporan',
      realisasi: null,
      suggestion: { value: null, satuan: null, text: 'Belum ada progres harian pada periode ini' },
    })
    expect(d.perilaku).toHaveLength(7)
    expect(d.roles).toEqual(['owner'])
    expect(d.actions).toEqual(['submit'])
    expect(d.canEditRealisasi).toBe(true)
    expect(d.objection).toBeNull()
  })

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const s = await a.setupAssessmentOffice()
    expectError(
      await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/00000000-0000-4000-8000-000000000000`),
      404,
    )
    expectError(await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/bukan-id`), 400)
  })

  it('hides ratings, predikat, umpan balik and justification from the owner until final', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    await forceAssessment(t.db, d.id, {
      status: 'rated',
      submittedAt: new Date('2026-11-20T02:00:00Z'),
      ratingHasil: 'di_atas',
      ratingPerilaku: 'di_atas',
      predikat: 'sangat_baik',
      ratingHasilSource: 'atasan',
      ratedAt: new Date('2026-11-26T02:00:00Z'),
      justification: 'Seluruh unit melampaui target tahun ini',
    })
    await t.db.insert(assessmentFeedback).values([
      {
        instansiId: s.o.instansi.id,
        assessmentId: d.id,
        rhkId: d.rhk[0]!.id,
        rating: 'di_atas',
        body: 'Laporan selalu tepat waktu',
        byUserId: s.o.kasub.userId,
      },
      {
        instansiId: s.o.instansi.id,
        assessmentId: d.id,
        coreValue: 'akuntabel',
        body: 'Cermat dan jujur',
        byUserId: s.o.kasub.userId,
      },
    ])
    const owner = await a.read(s.o.staff1, d.id)
    expect(owner).toMatchObject({
      status: 'rated',
      ratingHasil: null,
      ratingPerilaku: null,
      predikat: null,
      ratingHasilSource: null,
      ratedAt: null,
      justification: null,
      actions: [],
      canEditRealisasi: false,
    })
    expect(owner.rhk[0]!.feedback).toBeNull()
    expect(owner.perilaku.find((p) => p.coreValue === 'akuntabel')!.feedback).toBeNull()
    const assessor = await a.read(s.o.kasub, d.id)
    expect(assessor).toMatchObject({
      ratingHasil: 'di_atas',
      ratingPerilaku: 'di_atas',
      predikat: 'sangat_baik',
      justification: 'Seluruh unit melampaui target tahun ini',
    })
    expect(assessor.rhk[0]!.feedback).toMatchObject({
      rating: 'di_atas',
      body: 'Laporan selalu tepat waktu',
    })
    expect(assessor.perilaku.find((p) => p.coreValue === 'akuntabel')!.feedback?.body).toBe(
      'Cermat dan jujur',
    )
    // The supervisor above reads them too (read only).
    expect((await a.read(s.o.kepala, d.id)).predikat).toBe('sangat_baik')
    // Final: the owner sees everything, the window to object and the actions.
    await forceAssessment(t.db, d.id, finalState(new Date('2026-11-26T02:00:00Z')))
    const final = await a.read(s.o.staff1, d.id)
    expect(final).toMatchObject({
      ratingHasil: 'sesuai',
      ratingPerilaku: 'di_atas',
      predikat: 'baik',
      objectionOpenUntil: '2026-12-10',
      actions: ['acknowledge', 'object'],
    })
    expect(final.rhk[0]!.feedback?.body).toBe('Laporan selalu tepat waktu')
    const mineItem = (await a.mine(s.o.staff1)).items.find((i) => i.assessment?.id === d.id)!
    expect(mineItem.assessment?.predikat).toBe('baik')
  })
})

// ---------------------------------------------------------------------------------------------
describe('PUT /:id/realisasi', () => {
  it('stores value and text per indikator, bumps the version and audits', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    const [k1, k2] = realisasiOf(d)
    const res = await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
      version: d.version,
      items: [
        { indikatorId: k1!.id, value: 10.5, text: '  Sepuluh setengah laporan  ' },
        { indikatorId: k2!.id, value: null, text: 'Uraian saja' },
      ],
    })
    expect(res.statusCode, res.body).toBe(200)
    const after = res.json<AssessmentDetail>()
    expect(after.version).toBe(d.version + 1)
    expect(realisasiOf(after).map((k) => k.realisasi)).toMatchObject([
      { value: 10.5, text: 'Sepuluh setengah laporan', suggestedValue: null, editReason: null },
      { value: null, text: 'Uraian saja', suggestedValue: null, editReason: null },
    ])
    const audit = await auditOf(s, d.id, 'assessment.realisasi_saved')
    expect(audit).toHaveLength(1)
    expect(audit[0]!.after).toHaveLength(2)
    // An item with neither value nor text clears the indikator.
    const cleared = await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
      version: after.version,
      items: [{ indikatorId: k2!.id, value: null, text: '' }],
    })
    expect(cleared.statusCode, cleared.body).toBe(200)
    expect(
      realisasiOf(cleared.json<AssessmentDetail>()).map((k) => k.realisasi?.value ?? null),
    ).toEqual([10.5, null])
    expect(
      await t.db
        .select()
        .from(assessmentRealisasi)
        .where(
          and(
            eq(assessmentRealisasi.assessmentId, d.id),
            eq(assessmentRealisasi.indikatorId, k2!.id),
          ),
        ),
    ).toEqual([])
  })

  it('refuses indikator of another SKP, the same indikator twice and malformed items (400)', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    const colleague = await a.open(s.o.staff2, s.periods.q4)
    const mine = realisasiOf(d)[0]!.id
    const put = (payload: unknown) =>
      a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, payload)
    expectError(
      await put({
        version: 0,
        items: [{ indikatorId: realisasiOf(colleague)[0]!.id, value: 1, text: null }],
      }),
      400,
      'INDIKATOR_NOT_IN_SKP',
      ['items.0.indikatorId'],
    )
    expectError(
      await put({
        version: 0,
        items: [
          { indikatorId: mine, value: 1, text: null },
          { indikatorId: mine, value: 2, text: null },
        ],
      }),
      400,
      'INDIKATOR_NOT_IN_SKP',
      ['items.1.indikatorId'],
    )
    expectError(
      await put({ version: 0, items: [{ indikatorId: mine, value: -1, text: null }] }),
      400,
      undefined,
      ['items.0.value'],
    )
    expectError(
      await put({ version: 0, items: [{ indikatorId: mine, value: '7', text: null }] }),
      400,
      undefined,
      ['items.0.value'],
    )
    expectError(await put({ version: 0, items: [] }), 400, undefined, ['items'])
    expectError(
      await put({ items: [{ indikatorId: mine, value: 1, text: null }] }),
      400,
      undefined,
      ['version'],
    )
    expectError(
      await put({ version: 0, items: [{ indikatorId: 'x', value: 1, text: null }] }),
      400,
      undefined,
      ['items.0.indikatorId'],
    )
    expect((await a.read(s.o.staff1, d.id)).version).toBe(0)
  })

  it('answers a stale version with 409 VERSION_CONFLICT and the current assessment', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.fill(s.o.staff1, await a.open(s.o.staff1, s.periods.q4))
    const res = await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
      version: d.version - 1,
      items: [{ indikatorId: realisasiOf(d)[0]!.id, value: 3, text: null }],
    })
    const body = expectError(res, 409, 'VERSION_CONFLICT') as unknown as {
      current: AssessmentDetail
    }
    expect(body.current.id).toBe(d.id)
    expect(body.current.version).toBe(d.version)
    expect(realisasiOf(body.current)[0]!.realisasi?.value).toBe(12)
  })

  it('is closed once submitted (409 INVALID_TRANSITION) and open again after a reopen', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.submitted(s.o.staff1, s.periods.q4)
    const put = (version: number) =>
      a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
        version,
        items: [{ indikatorId: realisasiOf(d)[0]!.id, value: 3, text: null }],
      })
    expectError(await put(d.version), 409, 'INVALID_TRANSITION')
    const reopened = await forceAssessment(t.db, d.id, { status: 'reopened' })
    expect((await put(reopened.version)).statusCode).toBe(200)
  })
})

// ---------------------------------------------------------------------------------------------
describe('POST /:id/submit', () => {
  it('needs every indikator filled (400 REALISASI_INCOMPLETE naming the missing ones)', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    const [k1, k2] = realisasiOf(d)
    const saved = await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
      version: d.version,
      items: [{ indikatorId: k1!.id, value: 12, text: null }],
    })
    const after = saved.json<AssessmentDetail>()
    const res = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/submit`, {
      version: after.version,
    })
    const body = expectError(res, 400, 'REALISASI_INCOMPLETE', [`indikator.${k2!.id}`])
    expect(Object.keys(body.error.fields ?? {})).toEqual([`indikator.${k2!.id}`])
    expect((await a.read(s.o.staff1, d.id)).status).toBe('draft')
  })

  it('submits on time, audits, tells the pejabat penilai and cannot submit twice', async () => {
    const s = await a.setupAssessmentOffice()
    const filled = await a.fill(s.o.staff1, await a.open(s.o.staff1, s.periods.q4))
    seen.length = 0
    const d = await a.submit(s.o.staff1, filled)
    expect(d).toMatchObject({
      status: 'submitted',
      late: false,
      submittedAt: '2026-11-27T02:00:00.000Z',
      actions: [],
      canEditRealisasi: false,
    })
    expect(seen).toEqual([
      {
        name: 'assessment.submitted',
        payload: {
          instansiId: s.o.instansi.id,
          assessmentId: d.id,
          periodName: 'Triwulan IV 2026',
          pegawaiName: 'Staf Satu',
          assessorPegawaiId: s.o.kasub.pegawaiId,
          late: false,
        },
      },
    ])
    const audit = await auditOf(s, d.id, 'assessment.submitted')
    expect(audit).toMatchObject([{ before: { status: 'draft' }, after: { status: 'submitted' } }])
    // The assessor now may rate.
    expect((await a.read(s.o.kasub, d.id)).actions).toEqual(['rate'])
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/submit`, { version: d.version }),
      409,
      'INVALID_TRANSITION',
    )
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/submit`, { version: 0 }),
      409,
      'VERSION_CONFLICT',
    )
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/submit`, {}),
      400,
      undefined,
      ['version'],
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('POST /:id/acknowledge', () => {
  it('accepts a final result once; not before it is final', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.submitted(s.o.staff1, s.periods.q4)
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/acknowledge`, {
        version: d.version,
      }),
      409,
      'INVALID_TRANSITION',
    )
    const final = await forceAssessment(t.db, d.id, finalState())
    const res = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/acknowledge`, {
      version: final.version,
    })
    expect(res.statusCode, res.body).toBe(200)
    const acknowledged = res.json<AssessmentDetail>()
    expect(acknowledged).toMatchObject({
      status: 'finalised',
      acknowledgedAt: '2026-11-27T02:00:00.000Z',
      objectionOpenUntil: null,
      actions: [],
    })
    expect(await auditOf(s, d.id, 'assessment.acknowledged')).toHaveLength(1)
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/acknowledge`, {
        version: acknowledged.version,
      }),
      409,
      'ALREADY_ACKNOWLEDGED',
    )
    // No keberatan after accepting.
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, {
        version: acknowledged.version,
        reason: 'Saya tidak setuju dengan rating perilaku yang diberikan',
      }),
      409,
      'ALREADY_ACKNOWLEDGED',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('POST /:id/objection', () => {
  const reason = 'Realisasi laporan bulan November belum dipertimbangkan dalam penilaian'

  it('files a keberatan on a final result: objected, audited, the reviewer is told', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q3)
    const final = await forceAssessment(t.db, d.id, finalState())
    seen.length = 0
    const res = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, {
      version: final.version,
      reason,
    })
    expect(res.statusCode, res.body).toBe(200)
    const after = res.json<AssessmentDetail>()
    expect(after).toMatchObject({
      status: 'objected',
      objectionOpenUntil: null,
      objection: {
        reason,
        filedAt: '2026-11-27T02:00:00.000Z',
        decision: null,
        decidedAt: null,
      },
      actions: [],
    })
    // The reviewer (kabid) may decide now.
    expect((await a.read(s.o.kabid, d.id)).actions).toEqual(['decide'])
    expect(seen).toEqual([
      {
        name: 'assessment.objected',
        payload: {
          instansiId: s.o.instansi.id,
          assessmentId: d.id,
          periodName: 'Triwulan III 2026',
          pegawaiName: 'Staf Satu',
          reviewerPegawaiId: s.o.kabid.pegawaiId,
        },
      },
    ])
    expect(await auditOf(s, d.id, 'assessment.objected')).toHaveLength(1)
    const rows = await t.db
      .select()
      .from(assessmentObjections)
      .where(eq(assessmentObjections.assessmentId, d.id))
    expect(rows).toHaveLength(1)
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, {
        version: after.version,
        reason,
      }),
      409,
      'INVALID_TRANSITION',
    )
  })

  it('is open until the end of the 14th local day after finalising (WITA)', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q3)
    const file = (version: number) =>
      a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, { version, reason })
    // 12 Nov 23:59 WITA (15:59 UTC): the window ended on 26 Nov; today is 27 Nov.
    let row = await forceAssessment(t.db, d.id, finalState(new Date('2026-11-12T15:59:00Z')))
    const closed = await a.read(s.o.staff1, d.id)
    expect(closed.objectionOpenUntil).toBe('2026-11-26')
    expect(closed.actions).toEqual(['acknowledge'])
    expectError(await file(row.version), 409, 'OBJECTION_WINDOW_CLOSED')
    // 13 Nov 00:01 WITA (12 Nov 16:01 UTC): open until 27 Nov, today.
    row = await forceAssessment(t.db, d.id, finalState(new Date('2026-11-12T16:01:00Z')))
    expect((await a.read(s.o.staff1, d.id)).objectionOpenUntil).toBe('2026-11-27')
    expect((await file(row.version)).statusCode).toBe(200)
  })

  it('follows the instansi’s objectionDays setting', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q3)
    const row = await forceAssessment(t.db, d.id, finalState(new Date('2026-11-01T02:00:00Z')))
    const file = () =>
      a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, {
        version: row.version,
        reason,
      })
    expectError(await file(), 409, 'OBJECTION_WINDOW_CLOSED')
    const put = await a.call(s.o.admin, 'PUT', `${ASSESSMENTS}/settings`, {
      distributionEnforcement: 'warn',
      objectionDays: 30,
      version: 0,
    })
    expect(put.statusCode, put.body).toBe(200)
    expect((await a.read(s.o.staff1, d.id)).objectionOpenUntil).toBe('2026-12-01')
    expect((await file()).statusCode).toBe(200)
  })

  it('refuses a keberatan before the result is final and a reason that is too short', async () => {
    const s = await a.setupAssessmentOffice()
    const d = await a.open(s.o.staff1, s.periods.q4)
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, { version: 0, reason }),
      409,
      'INVALID_TRANSITION',
    )
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/objection`, {
        version: 0,
        reason: 'Tidak adil',
      }),
      400,
      undefined,
      ['reason'],
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('settings', () => {
  it('has the defaults until an admin saves; the first save creates the row (audited)', async () => {
    const s = await a.setupAssessmentOffice()
    const get = await a.call(s.o.staff1, 'GET', `${ASSESSMENTS}/settings`)
    expect(get.json()).toEqual({ distributionEnforcement: 'warn', objectionDays: 14, version: 0 })
    const put = await a.call(s.o.admin, 'PUT', `${ASSESSMENTS}/settings`, {
      distributionEnforcement: 'block',
      objectionDays: 7,
      version: 0,
    })
    expect(put.statusCode, put.body).toBe(200)
    expect(put.json()).toEqual({ distributionEnforcement: 'block', objectionDays: 7, version: 1 })
    expect((await a.call(s.o.staff2, 'GET', `${ASSESSMENTS}/settings`)).json()).toEqual(put.json())
    const audit = await auditOf(s, s.o.instansi.id, 'assessment_settings.updated')
    expect(audit).toMatchObject([
      {
        before: { objectionDays: 14, distributionEnforcement: 'warn' },
        after: { objectionDays: 7 },
      },
    ])
  })

  it('answers a stale version with 409 and the current settings; refuses bad values', async () => {
    const s = await a.setupAssessmentOffice()
    const body = { distributionEnforcement: 'warn', objectionDays: 10 }
    expect(
      (await a.call(s.o.admin, 'PUT', `${ASSESSMENTS}/settings`, { ...body, version: 0 }))
        .statusCode,
    ).toBe(200)
    const stale = await a.call(s.o.admin, 'PUT', `${ASSESSMENTS}/settings`, { ...body, version: 0 })
    const err = expectError(stale, 409, 'VERSION_CONFLICT') as unknown as {
      current: AssessmentSettings
    }
    expect(err.current).toEqual({ distributionEnforcement: 'warn', objectionDays: 10, version: 1 })
    for (const [bad, field] of [
      [{ ...body, objectionDays: 0, version: 1 }, 'objectionDays'],
      [{ ...body, objectionDays: 61, version: 1 }, 'objectionDays'],
      [{ ...body, objectionDays: 1.5, version: 1 }, 'objectionDays'],
      [{ ...body, distributionEnforcement: 'strict', version: 1 }, 'distributionEnforcement'],
      [body, 'version'],
    ] as const)
      expectError(await a.call(s.o.admin, 'PUT', `${ASSESSMENTS}/settings`, bad), 400, undefined, [
        field,
      ])
    expectError(
      await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/settings`, { ...body, version: 1 }),
      403,
      'NOT_ADMIN',
    )
  })
})

// ---------------------------------------------------------------------------------------------
describe('extensions', () => {
  it('extends a period for a pegawai or a unit, lists and removes them (audited)', async () => {
    const s = await a.setupAssessmentOffice()
    const q3 = s.periods.q3
    const forPerson = await a.call(s.o.admin, 'POST', `${ASSESSMENTS}/extensions`, {
      periodId: q3.id,
      pegawaiId: s.o.staff1.pegawaiId,
      until: '2026-12-05',
      reason: 'Cuti melahirkan',
    })
    expect(forPerson.statusCode, forPerson.body).toBe(201)
    expect(forPerson.json()).toMatchObject({
      periodId: q3.id,
      pegawaiId: s.o.staff1.pegawaiId,
      pegawaiName: 'Staf Satu',
      unitId: null,
      unitName: null,
      until: '2026-12-05',
      reason: 'Cuti melahirkan',
    })
    const forUnit = await a.call(s.o.admin, 'POST', `${ASSESSMENTS}/extensions`, {
      periodId: q3.id,
      unitId: s.o.units.bidang.id,
      until: q3.deadline,
      reason: 'Banjir di kantor bidang',
    })
    expect(forUnit.statusCode, forUnit.body).toBe(201)
    expect(forUnit.json()).toMatchObject({ unitName: 'Bidang A', pegawaiId: null })
    const list = await a.call(s.o.admin, 'GET', `${ASSESSMENTS}/extensions?periodId=${q3.id}`)
    expect(list.json<{ items: Extension[] }>().items.map((e) => e.reason)).toEqual([
      'Cuti melahirkan',
      'Banjir di kantor bidang',
    ])
    expect(
      await auditOf(s, forPerson.json<Extension>().id, 'assessment_extension.created'),
    ).toHaveLength(1)
    const id = forPerson.json<Extension>().id
    expect((await a.call(s.o.admin, 'DELETE', `${ASSESSMENTS}/extensions/${id}`)).json()).toEqual({
      ok: true,
    })
    expect(await auditOf(s, id, 'assessment_extension.deleted')).toHaveLength(1)
    expectError(await a.call(s.o.admin, 'DELETE', `${ASSESSMENTS}/extensions/${id}`), 404)
    const left = await a.call(s.o.admin, 'GET', `${ASSESSMENTS}/extensions?periodId=${q3.id}`)
    expect(left.json<{ items: Extension[] }>().items).toHaveLength(1)
  })

  it('validates the target, the period and the date', async () => {
    const s = await a.setupAssessmentOffice()
    const other = await t.f.office()
    const q3 = s.periods.q3
    const post = (body: Record<string, unknown>) =>
      a.call(s.o.admin, 'POST', `${ASSESSMENTS}/extensions`, {
        periodId: q3.id,
        until: '2026-12-31',
        reason: 'Gangguan aplikasi',
        ...body,
      })
    expectError(await post({}), 400, undefined, ['pegawaiId'])
    expectError(
      await post({ pegawaiId: s.o.staff1.pegawaiId, unitId: s.o.units.sub.id }),
      400,
      undefined,
      ['pegawaiId'],
    )
    expectError(await post({ pegawaiId: other.staff1.pegawaiId }), 400, 'PEGAWAI_NOT_FOUND', [
      'pegawaiId',
    ])
    expectError(await post({ unitId: other.units.sub.id }), 400, 'UNIT_NOT_FOUND', ['unitId'])
    expectError(
      await post({
        pegawaiId: s.o.staff1.pegawaiId,
        periodId: '00000000-0000-4000-8000-000000000000',
      }),
      400,
      'PERIOD_NOT_FOUND',
      ['periodId'],
    )
    expectError(
      await post({ pegawaiId: s.o.staff1.pegawaiId, until: '2026-10-01' }),
      400,
      'EXTENSION_BEFORE_DEADLINE',
      ['until'],
    )
    expectError(
      await post({ pegawaiId: s.o.staff1.pegawaiId, until: '2026-02-30' }),
      400,
      undefined,
      ['until'],
    )
    expectError(await post({ pegawaiId: s.o.staff1.pegawaiId, reason: 'ok' }), 400, undefined, [
      'reason',
    ])
    expectError(await a.call(s.o.admin, 'GET', `${ASSESSMENTS}/extensions`), 400, undefined, [
      'periodId',
    ])
    expectError(
      await a.call(
        s.o.admin,
        'GET',
        `${ASSESSMENTS}/extensions?periodId=00000000-0000-4000-8000-000000000000`,
      ),
      404,
    )
  })
})
