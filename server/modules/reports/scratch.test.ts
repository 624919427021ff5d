import fs from 'node:fs'
import { it } from 'vitest'
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.ts'
import { setupTestApp } from '../../test/test-app.ts'

const t = await setupTestApp()
it('dump', async () => {
  await seedDemo(t.db, { today: '2026-11-27' })
  const admin = await t.login('admin', DEMO_PASSWORD)
  for (const [key, q] of [['periodic-completion', 'year=2025'], ['annual-completion', 'year=2025'], ['adoption', 'year=2026'], ['predikat-distribution', 'year=2026'], ['progress-discipline', 'year=2026'], ['skp-status', 'year=2026']]) {
    for (const f of ['pdf', 'xlsx', 'csv']) {
      const res = await t.as(admin, { method: 'GET', url: `/api/reports/${key}/export.${f}?${q}` })
      fs.writeFileSync(`/tmp/reports-pdf/${key}.${f}`, res.rawPayload)
    }
    const res = await t.as(admin, { method: 'GET', url: `/api/reports/${key}?${q}` })
    fs.writeFileSync(`/tmp/reports-pdf/${key}.json`, JSON.stringify(res.json(), null, 1))
  }
  const d = await t.as(admin, { method: 'GET', url: `/api/reports/dashboard` })
  fs.writeFileSync(`/tmp/reports-pdf/dashboard.json`, JSON.stringify(d.json(), null, 1))
}, 300_000)
