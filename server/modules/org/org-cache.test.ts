import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { setupTestApp } from '../../test/test-app.ts'
import { instansi, pegawai } from './org.tables.ts'

const t = await setupTestApp()

describe('cached org structure', () => {
  it('sees a change made outside this process (another app process, a bulk import, manual SQL)', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const kabid = await t.login(o.kabid.username)
    const before = await t.as(kabid, {
      method: 'GET',
      url: `/api/org/pegawai/${o.staff1.pegawaiId}`,
    })
    expect(before.statusCode).toBe(200) // indirect subordinate through the Kasubbid
    expect(
      (await t.as(staff, { method: 'GET', url: '/api/org/me/profile' })).json().atasan.id,
    ).toBe(o.kasub.pegawaiId)

    const [{ orgVersion: v1 } = { orgVersion: -1 }] = await t.db
      .select({ orgVersion: instansi.orgVersion })
      .from(instansi)
      .where(eq(instansi.id, o.instansi.id))
    // Move staff1 to Bidang B directly in the database, bypassing the service.
    await t.db
      .update(pegawai)
      .set({ unitId: o.units.bidangB.id })
      .where(eq(pegawai.id, o.staff1.pegawaiId))
    const [{ orgVersion: v2 } = { orgVersion: -1 }] = await t.db
      .select({ orgVersion: instansi.orgVersion })
      .from(instansi)
      .where(eq(instansi.id, o.instansi.id))
    expect(v2).toBeGreaterThan(v1)

    // Bidang B has no head: the atasan is now the Kepala Badan, and the Kabid A lost sight of staff1.
    expect(
      (await t.as(staff, { method: 'GET', url: '/api/org/me/profile' })).json().atasan.id,
    ).toBe(o.kepala.pegawaiId)
    expect(
      (await t.as(kabid, { method: 'GET', url: `/api/org/pegawai/${o.staff1.pegawaiId}` }))
        .statusCode,
    ).toBe(404)
  })

  it('bumps the version once per statement, also for multi-row writes', async () => {
    const o = await t.f.office()
    const read = async () =>
      (
        await t.db
          .select({ v: instansi.orgVersion })
          .from(instansi)
          .where(eq(instansi.id, o.instansi.id))
      )[0]?.v ?? -1
    const v1 = await read()
    await t.db.execute(
      sql`update pegawai set phone = '081234567890' where instansi_id = ${o.instansi.id}`,
    )
    expect(await read()).toBe(v1 + 1)
  })
})
