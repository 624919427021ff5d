import { sql } from 'drizzle-orm'
import { it } from 'vitest'
import { seedDemo } from '../../db/seed/demo.ts'
import { setupTestApp } from '../../test/test-app.ts'
import * as q from './reports.queries.ts'

const t = await setupTestApp()
it('explain', async () => {
  const s = await seedDemo(t.db, { today: '2026-11-27' })
  const n = await t.db.execute(sql`select count(*) from daily_progress`)
  process.stderr.write(`ROWS ${JSON.stringify(n.rows)}\n`)
  const p = { instansiId: s.instansiId, day: '2026-11-27', activeOnly: true, unitIds: null, from: '2026-01-01', to: '2026-11-27' }
  for (let i = 0; i < 2; i++) {
    let st = performance.now()
    await q.progressCounts(t.db, p)
    process.stderr.write(`progressCounts ${performance.now() - st}\n`)
    st = performance.now()
    await q.disciplinePeople(t.db, { ...p, workingDays: ['2026-01-05', '2026-01-06'] })
    process.stderr.write(`discipline ${performance.now() - st}\n`)
  }
  const orig = t.db.execute.bind(t.db)
  let captured: any = null
  ;(t.db as any).execute = (query: any) => { captured = query; return orig(query) }
  await q.disciplinePeople(t.db, { ...p, workingDays: ['2026-01-05', '2026-01-06'] })
  ;(t.db as any).execute = orig
  const r = await t.db.execute(sql`EXPLAIN ANALYZE ${captured}`)
  process.stderr.write(r.rows.map((x) => Object.values(x)[0]).join('\n') + '\n')
}, 300_000)
