import { sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import type pg from 'pg'
import { describe, expect, it } from 'vitest'
import type { Progress } from '../../../shared/activities.ts'
import { ACTIVITIES, logProgress } from '../../test/activities-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { withTriggerDisabled } from '../../test/triggers.ts'
import { ensureProgressPartitions, maintainProgressPartitions } from './partitions.ts'
import { mulberry32 } from '../../lib/prng.ts'

/**
 * progress_text_counts (decision 0021) must always equal a live recount of daily_progress per
 * (instansi, text_hash): creates, text edits, moves across monthly partitions (and out of
 * DEFAULT), deletes, multi-row statements and concurrent transactions, through the API and by
 * direct SQL.
 */
const t = await setupTestApp()
const pool = t.db.$client

const dialect = new PgDialect()
const toQuery = (q: ReturnType<typeof sql>) => dialect.sqlToQuery(q)

type Count = { text_hash: string; n: number }

async function stored(instansiId: string): Promise<Count[]> {
  const r = await t.db.execute<Count>(sql`SELECT text_hash, n FROM progress_text_counts
    WHERE instansi_id = ${instansiId} ORDER BY text_hash`)
  return r.rows
}

async function recount(instansiId: string): Promise<Count[]> {
  const r = await t.db.execute<Count>(sql`SELECT text_hash, count(*)::int AS n
    FROM daily_progress WHERE instansi_id = ${instansiId} GROUP BY text_hash ORDER BY text_hash`)
  return r.rows
}

async function expectExact(instansiId: string, step: string) {
  expect(await stored(instansiId), step).toEqual(await recount(instansiId))
}

/** Copies of a template entry with other ids, days and texts: one multi-row INSERT. */
function insertCopies(templateId: string, rows: readonly { date: string; hash: string }[]) {
  const values = sql.join(
    rows.map((r) => sql`(${r.date}::date, ${r.hash})`),
    sql`, `,
  )
  return sql`INSERT INTO daily_progress (instansi_id, pegawai_id, client_id, date, start_time,
      end_time, description, text_hash, realisasi, satuan, recorded_at, deadline_at, late,
      rule_version, created_by_user_id)
    SELECT d.instansi_id, d.pegawai_id, gen_random_uuid(), v.date, d.start_time, d.end_time,
      d.description, v.hash, d.realisasi, d.satuan, d.recorded_at, d.deadline_at, d.late,
      d.rule_version, d.created_by_user_id
    FROM daily_progress d, (VALUES ${values}) AS v(date, hash)
    WHERE d.id = ${templateId}`
}

const TEXTS = [
  'Rapat koordinasi',
  'rapat koordinasi!',
  'Menyusun laporan',
  'Melayani tamu',
  'Mengarsip surat',
]
// Dates in three monthly partitions and in DEFAULT (2019: no partition until the job runs).
const DATES = ['2026-10-05', '2026-10-31', '2026-11-02', '2026-11-27', '2026-12-01', '2019-03-11']
/** The API refuses days after today (2026-11-27). */
const PAST = DATES.filter((d) => d <= '2026-11-27')

describe('progress_text_counts stays an exact count of daily_progress per text', () => {
  it('random creates, edits, moves and deletes through the API and SQL', async () => {
    await ensureProgressPartitions(t.db, { from: '2026-10-01', to: '2026-12-01' })
    const o = await t.f.office()
    const people = [await t.login(o.staff1.username), await t.login(o.staff2.username)]
    const random = mulberry32(7)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
    const live: { entry: Progress; session: (typeof people)[number] }[] = []
    let sqlHashes = 0

    for (let step = 0; step < 60; step++) {
      const op = random()
      if (live.length < 3 || op < 0.3) {
        const session = pick(people)
        live.push({
          session,
          entry: await logProgress(t, session, { date: pick(PAST), description: pick(TEXTS) }),
        })
      } else if (op < 0.45) {
        // Text edit (and sometimes the day: across partitions) through the API.
        const i = Math.floor(random() * live.length)
        const { entry, session } = live[i]!
        const payload: Record<string, unknown> = {
          version: entry.version,
          description: pick(TEXTS),
        }
        if (random() < 0.5) payload.date = pick(PAST)
        const res = await t.as(session, {
          method: 'PATCH',
          url: `${ACTIVITIES}/progress/${entry.id}`,
          payload,
        })
        expect(res.statusCode, res.body).toBe(200)
        live[i] = { session, entry: res.json<Progress>() }
      } else if (op < 0.55) {
        const i = Math.floor(random() * live.length)
        const { entry, session } = live.splice(i, 1)[0]!
        const res = await t.as(session, {
          method: 'DELETE',
          url: `${ACTIVITIES}/progress/${entry.id}`,
        })
        expect(res.statusCode, res.body).toBe(200)
      } else if (op < 0.7) {
        // A multi-row INSERT with repeated texts (an import), some of them new.
        const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
          date: pick(DATES),
          hash: random() < 0.5 ? pick(['h-a', 'h-b', 'h-c']) : `h-sql-${sqlHashes++}`,
        }))
        await t.db.execute(insertCopies(pick(live).entry.id, rows))
      } else if (op < 0.8) {
        // Many rows at once: move every entry of a day to another month (partition).
        await t.db.execute(sql`UPDATE daily_progress SET date = ${pick(DATES)}::date
          WHERE instansi_id = ${o.instansi.id} AND date = ${pick(DATES)}::date`)
      } else if (op < 0.9) {
        // One statement changing texts and days together, and one touching neither.
        await t.db.execute(sql`UPDATE daily_progress
          SET text_hash = CASE WHEN random() < 0.5 THEN 'h-a' ELSE text_hash END,
            date = CASE WHEN random() < 0.3 THEN ${pick(DATES)}::date ELSE date END
          WHERE instansi_id = ${o.instansi.id} AND text_hash LIKE 'h-%'`)
        await t.db.execute(sql`UPDATE daily_progress SET flags = flags
          WHERE instansi_id = ${o.instansi.id}`)
      } else {
        // Direct deletes of the SQL-made rows of a text (the API rows stay for the API ops).
        await t.db.execute(sql`DELETE FROM daily_progress
          WHERE instansi_id = ${o.instansi.id} AND text_hash = ${pick(['h-a', 'h-b', 'h-c'])}
            AND client_id NOT IN (SELECT unnest(${sql.param(live.map((l) => l.entry.clientId))}::uuid[]))`)
      }
      await expectExact(o.instansi.id, `step ${step}`)
    }
    // A count that reached 0 is deleted, never kept or negative.
    const [zero] = (
      await t.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM progress_text_counts WHERE n <= 0`,
      )
    ).rows
    expect(zero?.n).toBe(0)

    // The partition job moves the 2019 rows out of DEFAULT (DELETE + INSERT through the parent).
    const moved = await maintainProgressPartitions(t.db, { today: '2026-11-27', monthsAhead: 1 })
    expect(moved.created).toContain('daily_progress_y2019m03')
    await expectExact(o.instansi.id, 'after the partition job')
    // Other instansi are untouched by all this.
    const other = await t.f.office()
    expect(await stored(other.instansi.id)).toEqual(await recount(other.instansi.id))
  })

  it('the rebuild (the migration backfill) recounts rows the triggers never saw', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const entry = await logProgress(t, staff, { description: 'Rapat koordinasi' })
    const textHash = (
      await t.db.execute<{ h: string }>(
        sql`SELECT text_hash AS h FROM daily_progress WHERE id = ${entry.id}`,
      )
    ).rows[0]!.h
    // Rows written with the counters' trigger off (as a bulk load does): the counters miss them.
    await withTriggerDisabled(pool, 'daily_progress', 'progress_text_counts_ins', (client) => {
      const built = toQuery(
        insertCopies(entry.id, [
          { date: '2026-11-03', hash: textHash },
          { date: '2026-10-03', hash: 'h-bulk' },
        ]),
      )
      return client.query(built.sql, built.params)
    })
    expect(await stored(o.instansi.id)).not.toEqual(await recount(o.instansi.id))
    await t.db.execute(sql`SELECT progress_text_counts_rebuild(${o.instansi.id})`)
    await expectExact(o.instansi.id, 'after the rebuild')
    expect((await stored(o.instansi.id)).find((c) => c.text_hash === textHash)?.n).toBe(2)
  })

  it('concurrent multi-row statements with the same texts neither deadlock nor lose counts', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const tpl = await logProgress(t, staff, { description: 'Template' })
    const other = await logProgress(t, await t.login(o.staff2.username), {
      description: 'Template',
    })
    // Two people, so that only the text counters are shared between the two statements (the
    // report aggregates' row triggers lock per person and month, decision 0013).
    const hashes = Array.from({ length: 20 }, (_, i) => `h-c-${String(i).padStart(2, '0')}`)
    const rows = hashes.map((hash, i) => ({
      date: `2026-11-${String(i + 1).padStart(2, '0')}`,
      hash,
    }))
    const run = async (c: pg.PoolClient, q: ReturnType<typeof sql>) => {
      const built = toQuery(q)
      await c.query('BEGIN')
      await c.query(built.sql, built.params)
      await c.query('COMMIT')
    }
    const [c1, c2] = [await pool.connect(), await pool.connect()]
    try {
      // Same texts in opposite orders, several rounds: each statement locks the counter rows
      // in key order, so neither waits for the other while holding what it waits for.
      for (let round = 0; round < 5; round++)
        await Promise.all([
          run(c1, insertCopies(tpl.id, rows)),
          run(c2, insertCopies(other.id, [...rows].reverse())),
        ])
      await expectExact(o.instansi.id, 'after concurrent imports')
      expect((await stored(o.instansi.id)).find((c) => c.text_hash === 'h-c-00')?.n).toBe(10)

      // T1 holds the smallest text's counter; T2's statement [largest, smallest] waits for it
      // without taking the largest first, so T1 can still count the largest and commit.
      await c1.query('BEGIN')
      const first = toQuery(insertCopies(tpl.id, [{ date: '2026-11-03', hash: 'h-c-00' }]))
      await c1.query(first.sql, first.params)
      const second = toQuery(
        insertCopies(other.id, [
          { date: '2026-11-04', hash: 'h-c-19' },
          { date: '2026-11-04', hash: 'h-c-00' },
        ]),
      )
      const pid2 = (await c2.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid
      await c2.query('BEGIN')
      const waiting = c2.query(second.sql, second.params)
      let waited = false
      for (let i = 0; i < 100; i++) {
        const w = await pool.query<{ lock: boolean }>(
          `SELECT wait_event_type = 'Lock' AS lock FROM pg_stat_activity WHERE pid = $1`,
          [pid2],
        )
        waited = w.rows[0]?.lock === true
        if (waited) break
        await new Promise((r) => setTimeout(r, 20))
      }
      expect(waited).toBe(true)
      const third = toQuery(insertCopies(tpl.id, [{ date: '2026-11-05', hash: 'h-c-19' }]))
      await c1.query(third.sql, third.params)
      await c1.query('COMMIT')
      await waiting
      await c2.query('COMMIT')
      await expectExact(o.instansi.id, 'after the interleaved transactions')
      expect((await stored(o.instansi.id)).find((c) => c.text_hash === 'h-c-19')?.n).toBe(12)
    } finally {
      c1.release()
      c2.release()
    }
  })
})
