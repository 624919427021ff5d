import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Progress, ProgressPage } from '../../../shared/activities.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import type { TestPerson } from '../../test/factories.ts'
import { skpKit } from '../../test/skp-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'

/**
 * `canVerify` on daily-progress entries (GET /progress and /progress/:id): the same policy as
 * the verify route (activities.policy `atasanAccess`), so the web shows the verify buttons
 * exactly to those whose verification the server accepts. Sub Bidang A1: staff 1 reports to the
 * kasub (also the pejabat penilai snapshotted on staff 1's SKP); the kabid and the kepala are
 * above and only read. Bidang B had no head when staff B wrote their SKP (snapshot: the
 * kepala); a PLT heads it now and is staff B's direct atasan.
 */
const t = await setupTestApp()
const k = skpKit(t)
const fx = atasanFixtures(t)

const o = await t.f.office()
const staffSkp = await k.skpWith(o.staff1, ['Menyusun laporan kepegawaian'])
const bSkp = await k.skpWith(o.staffB, ['Mengelola data aset'])
const plt = await t.f.pegawai(o.instansi.id, o.units.bidang.id, { name: 'Plt Kabid B' })
const acting = await k.post(o.admin, '/api/org/acting', {
  pegawaiId: plt.pegawaiId,
  unitId: o.units.bidangB.id,
  kind: 'plt',
  startDate: '2026-11-01',
})
expect(acting.statusCode, acting.body).toBe(201)

const linked = (who: TestPerson, skp: { id: string; rhk: { id: string }[] }) =>
  fx.progress(o.instansi.id, who, { skpId: skp.id, rhkId: skp.rhk[0]!.id })
const staffLinked = await linked(o.staff1, staffSkp)
const staffUnlinked = await fx.progress(o.instansi.id, o.staff1)
const bLinked = await linked(o.staffB, bSkp)
const bUnlinked = await fx.progress(o.instansi.id, o.staffB)

/** canVerify per entry id as `who` sees the person's list. */
async function listed(who: { username: string }, owner: TestPerson) {
  const res = await k.get(who, `/api/activities/progress?pegawaiId=${owner.pegawaiId}`)
  expect(res.statusCode, res.body).toBe(200)
  const page = res.json<ProgressPage>()
  return Object.fromEntries(page.items.map((e) => [e.id, e.canVerify]))
}

async function one(who: { username: string }, id: string) {
  const res = await k.get(who, `/api/activities/progress/${id}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<Progress>().canVerify
}

describe('canVerify on daily progress', () => {
  it('is false on the owner’s own entries, also in what creating one answers', async () => {
    expect(await listed(o.staff1, o.staff1)).toEqual({
      [staffLinked.id]: false,
      [staffUnlinked.id]: false,
    })
    expect(await one(o.staff1, staffLinked.id)).toBe(false)
    const created = await k.post(o.staff1, '/api/activities/progress', {
      clientId: randomUUID(),
      date: '2026-11-27',
      startTime: '13:00',
      endTime: '14:00',
      description: 'Memeriksa kelengkapan berkas usulan kenaikan pangkat pegawai',
      rhkId: null,
      rencanaAksiId: null,
      realisasi: 2,
      satuan: 'Berkas',
      links: [],
    })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json<Progress>().canVerify).toBe(false)
  })

  it('is true for the direct atasan on every entry of the subordinate', async () => {
    expect(await listed(o.kasub, o.staff1)).toMatchObject({
      [staffLinked.id]: true,
      [staffUnlinked.id]: true,
    })
    expect(await one(o.kasub, staffUnlinked.id)).toBe(true)
    // Today's direct atasan through a PLT assignment counts the same.
    expect(await listed(plt, o.staffB)).toEqual({ [bLinked.id]: true, [bUnlinked.id]: true })
  })

  it('is false for the atasan’s atasan, who reads but does not verify', async () => {
    expect(await listed(o.kabid, o.staff1)).toMatchObject({
      [staffLinked.id]: false,
      [staffUnlinked.id]: false,
    })
    expect(await one(o.kabid, staffLinked.id)).toBe(false)
    expect(await listed(o.kepala, o.staff1)).toMatchObject({
      [staffLinked.id]: false,
      [staffUnlinked.id]: false,
    })
    // The kabid is above staff B too (the PLT sits in Bidang A) and was never staff B's penilai.
    expect(await listed(o.kabid, o.staffB)).toEqual({ [bLinked.id]: false, [bUnlinked.id]: false })
  })

  it('is true for the SKP’s snapshotted atasan on the entries linked to that SKP only', async () => {
    // The kepala is above staff B today and the pejabat penilai of staff B's SKP.
    expect(await listed(o.kepala, o.staffB)).toEqual({ [bLinked.id]: true, [bUnlinked.id]: false })
    expect(await one(o.kepala, bLinked.id)).toBe(true)
    expect(await one(o.kepala, bUnlinked.id)).toBe(false)
  })

  it('is true for the instansi admin, who acts for the atasan', async () => {
    expect(await listed(o.admin, o.staff1)).toMatchObject({
      [staffLinked.id]: true,
      [staffUnlinked.id]: true,
    })
    expect(await one(o.admin, bUnlinked.id)).toBe(true)
  })

  it('matches what the verify route accepts', async () => {
    const cases: [{ username: string }, { id: string }, boolean][] = [
      [o.staff1, staffUnlinked, false],
      [o.kabid, staffLinked, false],
      [o.kepala, bUnlinked, false],
      [o.kepala, bLinked, true],
      [o.kasub, staffLinked, true],
      [o.admin, staffUnlinked, true],
    ]
    for (const [who, entry, expected] of cases) {
      expect(await one(who, entry.id)).toBe(expected)
      const res = await k.post(who, `/api/activities/progress/${entry.id}/verify`, {
        verdict: 'sesuai',
      })
      expect(res.statusCode, `${who.username}: ${res.body}`).toBe(expected ? 200 : 403)
    }
  })
})
