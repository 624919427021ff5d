import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../test/test-db.ts'
import { analyzeUnanalyzed } from './embedded.ts'

const database = await createTestDatabase()
afterAll(() => database.drop())

describe('analyzeUnanalyzed (statistics of a freshly loaded embedded database)', () => {
  const pool = database.db.$client
  const statsOf = async (table: string) =>
    Number(
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stats WHERE schemaname = 'public' AND tablename = $1`,
          [table],
        )
      ).rows[0]!.n,
    )

  it('analyzes the tables holding rows without statistics, partitions but not their parent', async () => {
    await pool.query(`CREATE TABLE scratch_loaded (id int, day date)`)
    await pool.query(`CREATE TABLE scratch_empty (id int)`)
    await pool.query(`CREATE TABLE scratch_parts (id int, day date) PARTITION BY RANGE (day)`)
    await pool.query(
      `CREATE TABLE scratch_parts_a PARTITION OF scratch_parts FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')`,
    )
    await pool.query(
      `CREATE TABLE scratch_parts_b PARTITION OF scratch_parts FOR VALUES FROM ('2026-02-01') TO ('2026-03-01')`,
    )
    await pool.query(
      `INSERT INTO scratch_loaded SELECT g, date '2026-01-01' + g % 31 FROM generate_series(1, 2000) g`,
    )
    await pool.query(
      `INSERT INTO scratch_parts SELECT g, date '2026-01-01' + g % 31 FROM generate_series(1, 2000) g`,
    )

    const analyzed = await analyzeUnanalyzed(pool)

    expect(analyzed).toContain('public.scratch_loaded')
    expect(analyzed).toContain('public.scratch_parts_a')
    expect(analyzed).not.toContain('public.scratch_parts_b') // no rows
    expect(analyzed).not.toContain('public.scratch_parts') // the partitioned parent
    expect(analyzed).not.toContain('public.scratch_empty')
    expect(await statsOf('scratch_loaded')).toBe(2)
    expect(await statsOf('scratch_parts_a')).toBe(2)
    expect(await statsOf('scratch_empty')).toBe(0)
  })

  it('has nothing left to do the second time', async () => {
    expect(await analyzeUnanalyzed(pool)).toEqual([])
  })
})
