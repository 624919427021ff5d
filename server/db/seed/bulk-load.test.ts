import { randomUUID } from 'node:crypto'
import { getTableName, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import {
  dailyProgress,
  feedbackMessages,
  feedbackThreads,
  progressEvidence,
  progressVerifications,
  rencanaAksi,
} from '../../modules/activities/activities.tables.ts'
import { logProgress } from '../../test/activities-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { bulkLoad, type BulkLoadMode } from './bulk-load.ts'

const t = await setupTestApp()

async function rows<R>(query: ReturnType<typeof sql>) {
  return (await t.db.execute(query)).rows as R[]
}

const superuser = async () =>
  (await rows<{ on: boolean }>(sql`SELECT current_setting('is_superuser') = 'on' AS on`))[0]!.on

/** The report aggregates (decision 0013), text counts (0021) and monitoring months (0026) of an
 *  instansi, as text. */
const aggregates = (instansiId: string) =>
  rows<{ r: string }>(sql`
    SELECT 'm' || row_to_json(m)::text AS r FROM report_progress_months m
    WHERE instansi_id = ${instansiId}
    UNION ALL
    SELECT 'd' || row_to_json(d)::text FROM report_progress_days d WHERE instansi_id = ${instansiId}
    UNION ALL
    SELECT 't' || row_to_json(c)::text FROM progress_text_counts c WHERE instansi_id = ${instansiId}
    UNION ALL
    SELECT 'n' || row_to_json(n)::text FROM monitoring_months n WHERE instansi_id = ${instansiId}
    ORDER BY 1`)

/** Every daily_progress row trigger (on the parent and its partitions) is enabled again. */
const triggerStates = () =>
  rows<{ tgenabled: string }>(sql`
    SELECT DISTINCT t.tgenabled FROM pg_trigger t
    WHERE t.tgname IN ('report_progress_ins_del', 'report_progress_upd')`)

/** The seed's tables (server/db/seed/demo-activities.ts). */
const ACTIVITY_TABLES = [
  rencanaAksi,
  dailyProgress,
  progressEvidence,
  progressVerifications,
  feedbackThreads,
  feedbackMessages,
].map((x) => getTableName(x))

describe('bulkLoad (the demo seed loading daily progress, decision 0023)', () => {
  it('stores the same rows and the same report aggregates in every mode', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const kasub = await t.login(o.kasub.username)
    await logProgress(t, staff, { date: '2026-11-25', links: ['https://example.org/a'] })
    await logProgress(t, staff, { date: '2026-11-26' })
    await logProgress(t, staff, { date: '2026-10-02' })
    await logProgress(t, kasub, { date: '2026-11-26' })
    const expected = await aggregates(o.instansi.id)
    expect(expected.length).toBeGreaterThan(0)
    const entries = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM daily_progress WHERE instansi_id = ${o.instansi.id}`,
    )

    const su = await superuser()
    for (const mode of ['replica', 'owner', 'plain'] as const) {
      // Take the rows out (the triggers subtract them), then load them back in `mode`.
      const used = await t.db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TEMP TABLE dp ON COMMIT DROP AS
          SELECT * FROM daily_progress WHERE instansi_id = ${o.instansi.id}`)
        await tx.execute(sql`CREATE TEMP TABLE ev ON COMMIT DROP AS
          SELECT * FROM progress_evidence WHERE instansi_id = ${o.instansi.id}`)
        await tx.execute(sql`DELETE FROM daily_progress WHERE instansi_id = ${o.instansi.id}`)
        return bulkLoad(
          tx,
          {
            instansiId: o.instansi.id,
            tables: ['daily_progress', 'progress_evidence'],
            modes: [mode],
          },
          async () => {
            await tx.execute(sql`INSERT INTO daily_progress SELECT * FROM dp`)
            await tx.execute(sql`INSERT INTO progress_evidence SELECT * FROM ev`)
          },
        )
      })
      expect(used).toBe(mode === 'replica' && !su ? 'plain' : mode)
      expect(await aggregates(o.instansi.id)).toEqual(expected)
      expect(await triggerStates()).toEqual([{ tgenabled: 'O' }])
      expect(
        await rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM daily_progress WHERE instansi_id = ${o.instansi.id}`,
        ),
      ).toEqual(entries)
    }
  })

  it('rejects rows that break a foreign key, as the per-row checks would', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const entry = await logProgress(t, staff, { date: '2026-11-25' })
    for (const mode of ['replica', 'owner'] satisfies BulkLoadMode[]) {
      const load = t.db.transaction((tx) =>
        bulkLoad(
          tx,
          { instansiId: o.instansi.id, tables: ['daily_progress'], modes: [mode] },
          async () => {
            // The entry again under a new id, for a pegawai that does not exist.
            await tx.execute(sql`CREATE TEMP TABLE x ON COMMIT DROP AS
              SELECT * FROM daily_progress WHERE id = ${entry.id}`)
            await tx.execute(
              sql`UPDATE x SET id = ${randomUUID()}, pegawai_id = ${randomUUID()}, client_id = ${randomUUID()}`,
            )
            await tx.execute(sql`INSERT INTO daily_progress SELECT * FROM x`)
          },
        ),
      )
      const error: unknown = await load.then(
        () => null,
        (e: unknown) => e,
      )
      const messages = (e: unknown): string =>
        e instanceof Error ? `${e.message} ${messages(e.cause)}` : ''
      expect(messages(error)).toMatch(/daily_progress_pegawai_id/)
    }
    expect(
      await rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM daily_progress WHERE instansi_id = ${o.instansi.id}`,
      ),
    ).toEqual([{ n: 1 }])
    expect(await triggerStates()).toEqual([{ tgenabled: 'O' }])
  })

  it('takes the fast path for the demo seed: no trigger it does not know on those tables', async () => {
    // A new trigger on these tables would silently send the first start back to per-row work:
    // teach server/db/seed/bulk-load.ts what it does (and how to redo it set-based) instead.
    const o = await t.f.office()
    const mode = await t.db.transaction((tx) =>
      bulkLoad(tx, { instansiId: o.instansi.id, tables: ACTIVITY_TABLES }, async () => undefined),
    )
    expect(mode).toBe((await superuser()) ? 'replica' : 'owner')
  })
})
