import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Progress } from '../../../shared/activities.ts'
import { ACTIVITIES, logProgress, progressBody } from '../../test/activities-factories.ts'
import { buildApp } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import type { Jobs } from '../../lib/jobs.ts'
import { setupTestApp } from '../../test/test-app.ts'
import {
  addMonths,
  DEFAULT_PARTITION,
  ensureProgressPartitions,
  listProgressPartitions,
  maintainProgressPartitions,
  monthOf,
  monthsBetween,
  partitionName,
} from './partitions.ts'

const t = await setupTestApp()

async function rows<R>(query: ReturnType<typeof sql>) {
  return (await t.db.execute(query)).rows as R[]
}

/** The partition an entry is stored in. */
async function partitionOf(id: string) {
  const [r] = await rows<{ part: string }>(
    sql`SELECT tableoid::regclass::text AS part FROM daily_progress WHERE id = ${id}`,
  )
  return r?.part
}

async function evidenceOf(id: string) {
  return rows<{ progress_date: string; url: string }>(
    sql`SELECT progress_date, url FROM progress_evidence WHERE progress_id = ${id} ORDER BY url`,
  )
}

async function verificationsOf(id: string) {
  return rows<{ progress_date: string }>(
    sql`SELECT progress_date FROM progress_verifications WHERE progress_id = ${id}`,
  )
}

async function addVerification(entry: Progress, instansiId: string) {
  await t.db.execute(sql`INSERT INTO progress_verifications
    (instansi_id, progress_id, progress_date, verdict, by_user_id, by_name)
    VALUES (${instansiId}, ${entry.id}, ${entry.date}, 'perlu_perbaikan', ${randomUUID()}, 'Atasan')`)
}

describe('month arithmetic', () => {
  it('names and counts months', () => {
    expect(monthOf('2026-11-27')).toBe('2026-11-01')
    expect(addMonths('2026-11-01', 2)).toBe('2027-01-01')
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01')
    expect(monthsBetween('2026-11-30', '2027-02-01')).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ])
    expect(partitionName('2026-03-01')).toBe('daily_progress_y2026m03')
    expect(() => monthOf('2026-11')).toThrow()
  })
})

describe('daily_progress partitioned by month', () => {
  it('is partitioned by range of date, keyed (id, date), with a DEFAULT partition', async () => {
    const [kind] = await rows<{ strategy: string; key: string }>(sql`
      SELECT p.partstrat AS strategy, pg_get_partkeydef(p.partrelid) AS key
      FROM pg_partitioned_table p WHERE p.partrelid = 'daily_progress'::regclass`)
    expect(kind).toEqual({ strategy: 'r', key: 'RANGE (date)' })
    const [pk] = await rows<{ def: string }>(sql`
      SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conname = 'daily_progress_pkey' AND conrelid = 'daily_progress'::regclass`)
    expect(pk?.def).toBe('PRIMARY KEY (id, date)')
    const fks = await rows<{ name: string; def: string }>(sql`
      SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE confrelid = 'daily_progress'::regclass AND contype = 'f'
        AND conrelid IN ('progress_evidence'::regclass, 'progress_verifications'::regclass)
      ORDER BY conname`)
    expect(fks).toEqual([
      {
        name: 'progress_evidence_progress_fk',
        def: 'FOREIGN KEY (progress_id, progress_date) REFERENCES daily_progress(id, date) ON UPDATE CASCADE ON DELETE CASCADE',
      },
      {
        name: 'progress_verifications_progress_fk',
        def: 'FOREIGN KEY (progress_id, progress_date) REFERENCES daily_progress(id, date) ON UPDATE CASCADE ON DELETE CASCADE',
      },
    ])
    const parts = await listProgressPartitions(t.db)
    expect(parts).toContainEqual({ name: DEFAULT_PARTITION, from: null, to: null })
  })

  it('creates the coming months idempotently (the job, run directly)', async () => {
    const first = await maintainProgressPartitions(t.db, { today: '2031-05-20', monthsAhead: 2 })
    expect(first.created).toEqual([
      'daily_progress_y2031m05',
      'daily_progress_y2031m06',
      'daily_progress_y2031m07',
    ])
    expect(first.moved).toEqual([])
    const again = await maintainProgressPartitions(t.db, { today: '2031-05-20', monthsAhead: 2 })
    expect(again).toEqual({ created: [], moved: [] })
    const parts = await listProgressPartitions(t.db)
    expect(parts).toContainEqual({
      name: 'daily_progress_y2031m06',
      from: '2031-06-01',
      to: '2031-07-01',
    })
    // Two processes at once: each month is created once, neither run fails.
    const both = await Promise.all([
      ensureProgressPartitions(t.db, { from: '2032-01-01', to: '2032-04-01' }),
      ensureProgressPartitions(t.db, { from: '2032-01-01', to: '2032-04-01' }),
    ])
    expect([...both[0].created, ...both[1].created].sort()).toEqual([
      'daily_progress_y2032m01',
      'daily_progress_y2032m02',
      'daily_progress_y2032m03',
      'daily_progress_y2032m04',
    ])
  })

  it('moves an entry whose day is edited into the other month, with its evidence and verdicts', async () => {
    await ensureProgressPartitions(t.db, { from: '2026-10-01', to: '2026-11-01' })
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const entry = await logProgress(t, staff, {
      date: '2026-11-02',
      links: ['https://example.org/a', 'https://example.org/b'],
    })
    await addVerification(entry, o.instansi.id)
    expect(await partitionOf(entry.id)).toBe('daily_progress_y2026m11')

    const res = await t.as(staff, {
      method: 'PATCH',
      url: `${ACTIVITIES}/progress/${entry.id}`,
      payload: { version: entry.version, date: '2026-10-30' },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<Progress>().date).toBe('2026-10-30')
    expect(await partitionOf(entry.id)).toBe('daily_progress_y2026m10')
    expect(await evidenceOf(entry.id)).toEqual([
      { progress_date: '2026-10-30', url: 'https://example.org/a' },
      { progress_date: '2026-10-30', url: 'https://example.org/b' },
    ])
    expect(await verificationsOf(entry.id)).toEqual([{ progress_date: '2026-10-30' }])
    const read = await t.as(staff, { method: 'GET', url: `${ACTIVITIES}/progress/${entry.id}` })
    expect(read.statusCode).toBe(200)
    expect(read.json<Progress>().evidence).toHaveLength(2)

    // Deleting the entry still removes its evidence and verdicts (the composite key cascades).
    const del = await t.as(staff, { method: 'DELETE', url: `${ACTIVITIES}/progress/${entry.id}` })
    expect(del.statusCode, del.body).toBe(200)
    expect(await evidenceOf(entry.id)).toEqual([])
    expect(await verificationsOf(entry.id)).toEqual([])
  })

  it('keeps a day no partition covers in DEFAULT, then moves it into its month with its evidence', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const old = await logProgress(t, staff, {
      date: '2019-03-11',
      links: ['https://example.org/lama'],
    })
    await addVerification(old, o.instansi.id)
    const other = await logProgress(t, staff, { date: '2019-03-12' })
    expect(await partitionOf(old.id)).toBe(DEFAULT_PARTITION)
    // The report aggregates kept by row triggers on daily_progress (decision 0013).
    const aggregates = () =>
      rows<{ r: string }>(sql`
        SELECT row_to_json(m)::text AS r FROM report_progress_months m
        WHERE instansi_id = ${o.instansi.id}
        UNION ALL
        SELECT row_to_json(d)::text FROM report_progress_days d WHERE instansi_id = ${o.instansi.id}
        ORDER BY 1`)
    const aggregatesBefore = await aggregates()
    expect(aggregatesBefore.length).toBeGreaterThan(0)

    const r = await maintainProgressPartitions(t.db, { today: '2026-11-27', monthsAhead: 1 })
    expect(r.created).toContain('daily_progress_y2019m03')
    expect(r.moved).toContainEqual({ partition: 'daily_progress_y2019m03', rows: 2 })
    expect(await partitionOf(old.id)).toBe('daily_progress_y2019m03')
    expect(await partitionOf(other.id)).toBe('daily_progress_y2019m03')
    expect(await evidenceOf(old.id)).toEqual([
      { progress_date: '2019-03-11', url: 'https://example.org/lama' },
    ])
    expect(await verificationsOf(old.id)).toEqual([{ progress_date: '2019-03-11' }])
    const [left] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(DEFAULT_PARTITION)}
          WHERE date >= '2019-03-01' AND date < '2019-04-01'`,
    )
    expect(left?.n).toBe(0)
    // The move deleted and inserted the same rows through the parent: the aggregates balance.
    expect(await aggregates()).toEqual(aggregatesBefore)
    // The foreign keys are back and validated, and they still cascade.
    const fks = await rows<{ valid: boolean; update: string; del: string }>(sql`
      SELECT convalidated AS valid, confupdtype AS update, confdeltype AS del FROM pg_constraint
      WHERE conname IN ('progress_evidence_progress_fk', 'progress_verifications_progress_fk')`)
    expect(fks).toEqual([
      { valid: true, update: 'c', del: 'c' },
      { valid: true, update: 'c', del: 'c' },
    ])
    const wrongDay = await t.db
      .execute(
        sql`INSERT INTO progress_evidence
        (instansi_id, progress_id, progress_date, pegawai_id, kind, url)
        VALUES (${o.instansi.id}, ${old.id}, '2019-03-12', ${o.staff1.pegawaiId}, 'link', 'https://x.org')`,
      )
      .then(
        () => null,
        (e: unknown) => (e as { cause?: { constraint?: string } }).cause?.constraint,
      )
    expect(wrongDay).toBe('progress_evidence_progress_fk')
    const read = await t.as(staff, { method: 'GET', url: `${ACTIVITIES}/progress/${old.id}` })
    expect(read.statusCode).toBe(200)
    expect(read.json<Progress>().evidence).toHaveLength(1)
  })

  it('stores one entry for concurrent submits of the same clientId, on the same or other days', async () => {
    const o = await t.f.office()
    const staff = await t.login(o.staff1.username)
    const sameDay = progressBody({ date: '2026-11-26' })
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.as(staff, { method: 'POST', url: `${ACTIVITIES}/progress`, payload: sameDay }),
      ),
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.json<Progress>().id)).size).toBe(1)

    const clientId = randomUUID()
    const days = ['2026-11-20', '2026-11-23', '2026-10-30', '2026-11-24', '2026-11-25']
    const mixed = await Promise.all(
      days.map((date) =>
        t.as(staff, {
          method: 'POST',
          url: `${ACTIVITIES}/progress`,
          payload: progressBody({ clientId, date }),
        }),
      ),
    )
    expect(mixed.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201])
    const stored = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM daily_progress WHERE client_id = ${clientId}`,
    )
    expect(stored[0]?.n).toBe(1)
    // A later retry of that entry with yet another day still answers the stored one.
    const retry = await t.as(staff, {
      method: 'POST',
      url: `${ACTIVITIES}/progress`,
      payload: progressBody({ clientId, date: '2026-11-02' }),
    })
    expect(retry.statusCode).toBe(200)
    expect(retry.json<Progress>().id).toBe(mixed.find((r) => r.statusCode === 201)!.json().id)
  })

  it("prunes to one month's partition for a person's days (plan, no timing)", async () => {
    await ensureProgressPartitions(t.db, { from: '2026-09-01', to: '2026-12-01' })
    const o = await t.f.office()
    const plan = await rows<{ 'QUERY PLAN': string }>(sql`
      EXPLAIN (COSTS OFF) SELECT * FROM daily_progress
      WHERE instansi_id = ${sql.raw(`'${o.instansi.id}'`)}
        AND pegawai_id = ${sql.raw(`'${o.staff1.pegawaiId}'`)}
        AND date BETWEEN '2026-11-01' AND '2026-11-30'`)
    const text = plan.map((r) => r['QUERY PLAN']).join('\n')
    expect(text).toContain('daily_progress_y2026m11')
    expect(text).not.toMatch(/daily_progress_y2026m(09|10|12)|daily_progress_default/)
    // Every partition carries the person's index (instansi, pegawai, date) of the parent.
    const [idx] = await rows<{ def: string }>(sql`
      SELECT pg_get_indexdef(i.inhrelid) AS def FROM pg_inherits i
      WHERE i.inhparent = 'daily_progress_pegawai_date_idx'::regclass
        AND pg_get_indexdef(i.inhrelid) LIKE '%ON public.daily_progress_y2026m11 %'`)
    expect(idx?.def).toMatch(/USING btree \(instansi_id, pegawai_id, date\)$/)

    // A parameterised query (as the repository sends it) prunes too, at execution.
    const client = await t.db.$client.connect()
    try {
      await client.query('SET plan_cache_mode = force_generic_plan')
      await client.query(
        `PREPARE h4_days(uuid, uuid, date, date) AS SELECT * FROM daily_progress
         WHERE instansi_id = $1 AND pegawai_id = $2 AND date BETWEEN $3 AND $4`,
      )
      const generic = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
         EXECUTE h4_days('${o.instansi.id}', '${o.staff1.pegawaiId}', '2026-11-01', '2026-11-30')`,
      )
      const g = generic.rows.map((r) => r['QUERY PLAN']).join('\n')
      expect(g).toMatch(/Subplans Removed: \d+/)
      expect(g).toContain('daily_progress_y2026m11')
      expect(g).not.toMatch(/daily_progress_y2026m(09|10|12)/)
      await client.query('DEALLOCATE h4_days')
      await client.query('RESET plan_cache_mode')
    } finally {
      client.release()
    }
  })

  it('runs as the progress.partitions job of the app, for PROGRESS_PARTITION_MONTHS_AHEAD months', async () => {
    const handlers = new Map<string, () => Promise<void>>()
    const jobs: Jobs = {
      handle: (name, run) => handlers.set(name, run),
      start: async () => undefined,
      trigger: () => undefined,
      stop: async () => undefined,
    }
    const app = await buildApp({
      config: loadConfig({
        LOG_LEVEL: 'silent',
        DATA_DIR: '/nonexistent-test-data',
        WEB_DIST: '/nonexistent-web',
        PROGRESS_PARTITION_MONTHS_AHEAD: '14',
      }),
      db: t.db,
      clock: t.clock,
      jobs,
    })
    try {
      const run = handlers.get('progress.partitions')
      expect(run).toBeDefined()
      await run!()
      await run!()
      const names = new Set((await listProgressPartitions(t.db)).map((p) => p.name))
      // The test clock is 2026-11-27: November 2026 and the 14 months after it.
      for (const m of monthsBetween('2026-11-01', '2028-01-01'))
        expect(names.has(partitionName(m)), m).toBe(true)
      expect(names.has('daily_progress_y2028m02')).toBe(false)
    } finally {
      await app.close()
    }
  })
})
