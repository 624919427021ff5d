import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AssessmentDetail } from '../../../shared/assessments.ts'
import { addRencanaAksi, attachEvidence, logProgress } from '../../test/activities-factories.ts'
import { ASSESSMENTS, assessmentKit } from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { statementRecorder } from '../../test/statements.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { assessmentFeedback } from './assessments.tables.ts'

/**
 * GET /api/assessments/:id is the atasan's one screen per subordinate: its statement count must
 * not grow with the number of RHK (no N+1). Every SQL statement of the app goes through a pooled
 * client's `query`; the pool's `acquire` event lets the test wrap each client once, so the
 * count covers the whole request through the real app (session, org, periods, skp, activities
 * and assessments), whatever module issues it.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-assess-queries-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const a = assessmentKit(t)

const record = statementRecorder(t.db.$client)

async function count(who: TestPerson, id: string) {
  const session = await a.session(who)
  const url = `${ASSESSMENTS}/${id}`
  // Warm up: the org structure cache and the session are then in their steady state.
  expect((await t.as(session, { method: 'GET', url })).statusCode).toBe(200)
  const { result: res, statements } = await record(() => t.as(session, { method: 'GET', url }))
  expect(res.statusCode, res.body).toBe(200)
  return { n: statements.length, statements, body: res.json<AssessmentDetail>() }
}

/**
 * staff1 with `rhk` RHK; under each: a rencana aksi, two entries of Triwulan IV (one with a
 * photo), an evidence link in the assessment, the assessor's umpan balik, and realisasi.
 */
async function assessmentWith(rhk: number) {
  const s = await a.setupAssessmentOffice({ rhk })
  const owner = await a.session(s.o.staff1)
  let d = await a.open(s.o.staff1, s.periods.q4)
  for (const r of d.rhk) {
    const ra = await addRencanaAksi(t, owner, { rhkId: r.id, periodId: s.periods.q4.id })
    const entry = await logProgress(t, owner, {
      rhkId: r.id,
      rencanaAksiId: ra.id,
      date: '2026-11-02',
      realisasi: 2,
    })
    await attachEvidence(t, owner, entry.id)
    await logProgress(t, owner, { rhkId: r.id, date: '2026-11-26', satuan: 'Dokumen' })
    const link = await t.as(owner, {
      method: 'POST',
      url: `${ASSESSMENTS}/${d.id}/evidence/link`,
      payload: { rhkId: r.id, url: `https://drive.example.go.id/${r.id}` },
    })
    expect(link.statusCode, link.body).toBe(201)
    await t.db.insert(assessmentFeedback).values({
      instansiId: s.o.instansi.id,
      assessmentId: d.id,
      rhkId: r.id,
      rating: 'sesuai',
      body: 'Sesuai rencana',
      byUserId: s.o.kasub.userId,
    })
  }
  d = await a.fill(s.o.staff1, await a.read(s.o.staff1, d.id))
  return { s, d }
}

describe('queries per assessment detail', () => {
  it('do not grow with the number of RHK (2 vs 12)', async () => {
    const small = await assessmentWith(2)
    const large = await assessmentWith(12)
    for (const who of ['owner', 'assessor'] as const) {
      const person = (x: typeof small) => (who === 'owner' ? x.s.o.staff1 : x.s.o.kasub)
      const one = await count(person(small), small.d.id)
      const many = await count(person(large), large.d.id)
      // The detail is real: every RHK with its progress, evidence, realisasi and feedback.
      expect(many.body.rhk).toHaveLength(12)
      for (const r of many.body.rhk) {
        expect(r.progress.entries).toBe(2)
        expect(r.progress.rencanaAksi).toHaveLength(1)
        expect(r.progress.evidence).toHaveLength(1)
        expect(r.evidence).toHaveLength(1)
        expect(r.indikator[0]!.realisasi?.value).toBe(2)
        expect(r.feedback === null).toBe(who === 'owner')
      }
      expect(many.n, many.statements.join('\n')).toBe(one.n)
      // A fixed handful: session, org, period, settings, extensions, SKP, activities, assessment.
      expect(one.n).toBeLessThanOrEqual(25)
    }
  })
})
