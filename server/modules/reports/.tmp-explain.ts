import { sql } from 'drizzle-orm'
import { createDb } from '../../db/client.ts'
import * as q from './reports.queries.ts'
const db = createDb('postgres://kinerja_bench:kinerja_bench@127.0.0.1:5470/bench_e100000', 2)
const inst = 'fa97a79b-dcae-4004-8b5b-eea64f81393a'
const quarters = ['acdf5b30-8c34-4560-8b1e-70ca29decef2','c5685e81-9f38-4da1-9e97-66de86f3de48','059379b1-3925-4169-b2b1-87171cf5706f','fab3b1b8-adf4-4d98-82be-fd3f8f3b6e28']
const base = { instansiId: inst, day: '2026-11-28', activeOnly: true, unitIds: null }
const which = process.argv[2] ?? 'all'
const queries: Record<string, ReturnType<typeof sql>> = {
  completionCounts: q.completionCountsSql({ instansiId: inst, periodIds: quarters, unitIds: null }),
  completionExclusions: q.completionExclusionsSql({ instansiId: inst, periodIds: quarters, unitIds: null }),
  adoptionCounts: q.adoptionCountsSql({ ...base, year: 2026 }),
  onDayExclusions: q.onDayExclusionsSql(base),
  progressCountsYear: q.progressCountsSql({ ...base, from: '2026-01-01', to: '2026-11-28' }),
  progressCounts30: q.progressCountsSql({ ...base, from: '2026-10-30', to: '2026-11-28' }),
}
for (const [name, query] of Object.entries(queries)) {
  if (which !== 'all' && which !== name) continue
  const r = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`)
    return (await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)).rows as { 'QUERY PLAN': string }[]
  })
  const lines = r.map((x) => x['QUERY PLAN'])
  console.log(`== ${name}: ${lines.at(-1)}`)
  if (which !== 'all') console.log(lines.join('\n'))
}
process.exit(0)
