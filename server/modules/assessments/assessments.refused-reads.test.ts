import { and, count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import {
  ASSESSMENTS,
  assessmentKit,
  finalState,
  forceAssessment,
} from '../../test/assessment-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { assessments, orgPredikat } from './assessments.tables.ts'

/**
 * "0 writes from rejected requests" (issue #7; decision 0010, addendum 2026-11-28): the reads
 * that create a period's missing assessments (ensurePeriod, lazily) decide first whether the
 * viewer may see what they ask for, and a refused one (404/403) — or a part of a request that is
 * refused and swallowed, like the group of an assessment's document — creates no row. Every GET
 * that used to call ensurePeriod is here: /distribution and the two penetapan documents built on
 * it, /:id/document.pdf (its group), /bawahan, /org-predikat and /mine. Each case counts the
 * instansi's assessments before and after; the last ones show the rows still appear for a viewer
 * who may see them.
 */
const t = await setupTestApp()
const a = assessmentKit(t)

// staff1 and staff2 have approved SKPs for 2026 and no assessment yet (nothing read them).
const s = await a.setupAssessmentOffice()
const { o } = s
const q4 = s.periods.q4
const sub = o.units.sub.id
const other = await t.f.office()
const bidangC = await t.f.unit(o.instansi.id, 'Bidang C', o.units.root.id)
const kabidC = await t.f.pegawai(o.instansi.id, bidangC.id, { head: true, name: 'Kabid C' })

const rowsOf = async (pegawaiId?: string) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(assessments)
    .where(
      and(
        eq(assessments.instansiId, o.instansi.id),
        pegawaiId ? eq(assessments.pegawaiId, pegawaiId) : undefined,
      ),
    )
  return row!.n
}

/** `who` asks `url` and gets `status`; the instansi has as many assessments afterwards. */
async function refused(who: TestPerson | { username: string }, url: string, status: number) {
  const before = await rowsOf()
  const res = await a.call(who, 'GET', `${ASSESSMENTS}${url}`)
  expect(res.statusCode, res.body).toBe(status)
  expect(await rowsOf(), `${url} as ${JSON.stringify(who)}`).toBe(before)
}

const distribution = `/distribution?periodId=${q4.id}&unitId=${sub}`
const penetapan = (ext: 'pdf' | 'xlsx') =>
  `/org-predikat/document.${ext}?periodId=${q4.id}&unitId=${sub}`

describe('a refused read creates no assessment', () => {
  it('GET /distribution: a colleague, the head of another unit, another instansi → 404, no row', async () => {
    expect(await rowsOf()).toBe(0)
    await refused(o.staff2, distribution, 404)
    await refused(kabidC, distribution, 404)
    await refused(other.admin, distribution, 404)
    expect(await rowsOf()).toBe(0)
  })

  it('GET /org-predikat/document.pdf and .xlsx (the distribution’s visibility) → 404, no row', async () => {
    for (const ext of ['pdf', 'xlsx'] as const) {
      await refused(o.staff1, penetapan(ext), 404)
      await refused(kabidC, penetapan(ext), 404)
    }
    expect(await rowsOf()).toBe(0)
  })

  it('GET /bawahan, /org-predikat: another instansi (404) or nobody to assess (200) → no row', async () => {
    for (const url of [`/bawahan?periodId=${q4.id}`, `/org-predikat?periodId=${q4.id}`]) {
      await refused(other.admin, url, 404)
      await refused(o.staff2, url, 200)
    }
    await refused(o.staff2, `/bawahan?periodId=${crypto.randomUUID()}`, 404)
    await refused(o.staff2, `/org-predikat?periodId=${crypto.randomUUID()}`, 404)
    expect(await rowsOf()).toBe(0)
  })

  it('GET /mine: an account without a pegawai → 404, no row', async () => {
    await refused(o.admin, '/mine', 404)
    expect(await rowsOf()).toBe(0)
  })

  it('GET /:id/document.pdf: the owner’s final result prints without the group, and creates no colleague’s row', async () => {
    const mine = await a.open(o.staff1, q4)
    await forceAssessment(t.db, mine.id, finalState())
    await t.db.insert(orgPredikat).values({
      instansiId: o.instansi.id,
      unitId: sub,
      periodId: q4.id,
      value: 'baik',
      setByUserId: crypto.randomUUID(),
      setByName: 'Kabid A',
    })
    const before = await rowsOf()
    expect(await rowsOf(o.staff2.pegawaiId)).toBe(0)
    const res = await a.call(o.staff1, 'GET', `${ASSESSMENTS}/${mine.id}/document.pdf`)
    expect(res.statusCode, res.body).toBe(200)
    expect(await rowsOf()).toBe(before)
    await refused(o.staff2, distribution, 404)
    expect(await rowsOf(o.staff2.pegawaiId)).toBe(0)
  })
})

describe('a permitted read or use case still creates them', () => {
  it('POST /org-predikat/finalise refused (409 UNIT_NOT_COMPLETE) counts the missing ones and leaves none', async () => {
    const before = await rowsOf()
    const res = await a.call(o.kabid, 'POST', `${ASSESSMENTS}/org-predikat/finalise`, {
      unitId: sub,
      periodId: q4.id,
    })
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_NOT_COMPLETE' })
    // staff1 (final) and staff2 (no row yet, counted as not final): 1 of 2.
    expect(res.json().error.message).toContain('1 dari 2')
    expect(await rowsOf()).toBe(before)
  })

  it('GET /distribution by the unit’s head (who may see it) creates the missing rows', async () => {
    expect(await rowsOf(o.staff2.pegawaiId)).toBe(0)
    const res = await a.call(o.kasub, 'GET', `${ASSESSMENTS}${distribution}`)
    expect(res.statusCode, res.body).toBe(200)
    expect(await rowsOf(o.staff2.pegawaiId)).toBe(1)
    const body = res.json<{ total: number; people: { name: string; status: string }[] }>()
    expect(body.total).toBe(2)
    expect(body.people.map((p) => p.status).sort()).toEqual(['draft', 'finalised'])
  })
})
