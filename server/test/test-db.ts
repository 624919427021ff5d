import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { closeDb, createDb, type Db, type PoolSettings } from '../db/client.ts'
import { seedDemo, type DemoSummary } from '../db/seed/demo.ts'
import { dropTestDatabase } from './drop-db.ts'

/** FILE_COPY when the test server skips fsync (global-setup.ts), else PostgreSQL's default. */
const cloneStrategy = () => `STRATEGY ${inject('cloneStrategy') ?? 'WAL_LOG'}`

/**
 * A fresh, migrated database for one test file, cloned from the run's template. The pool: 5
 * connections; a request waiting 20 s for one fails (a stall is an error, not a hung test).
 */
export async function createTestDatabase(pool: PoolSettings = {}): Promise<{
  db: Db
  url: string
  drop(): Promise<void>
}> {
  const serverUrl = inject('testServerUrl')
  const template = inject('templateDatabase')
  const owner = template.replace('kinerja_template_', '')
  const name = `kt_${owner}_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template} ${cloneStrategy()}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = createDb(url.toString(), { max: 5, connectionTimeoutMillis: 20_000, ...pool })
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await closeDb(db)
      const a = new pg.Client({ connectionString: serverUrl })
      await a.connect()
      await dropTestDatabase(a, name)
      await a.end()
    },
  }
}

/**
 * A database holding the Gianyar demo seeded for `today`, cloned like createTestDatabase. The
 * demo is seeded once per run and `today` (≈15 s) into a second template, under an advisory
 * lock so parallel test files wait for the first one instead of seeding again.
 */
export async function createDemoTestDatabase(
  today: string,
): Promise<Awaited<ReturnType<typeof createTestDatabase>> & { summary: DemoSummary }> {
  const serverUrl = inject('testServerUrl')
  const template = inject('templateDatabase')
  const demoTemplate = `${template}_demo_${today.replaceAll('-', '')}`
  const dbUrl = (name: string) => {
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return url.toString()
  }
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  let summary: DemoSummary
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [demoTemplate])
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [demoTemplate],
    )
    if (found.rows[0]?.comment) {
      summary = JSON.parse(found.rows[0].comment) as DemoSummary
    } else {
      const building = `${demoTemplate}_build`
      await dropTestDatabase(admin, building)
      await dropTestDatabase(admin, demoTemplate)
      await admin.query(`CREATE DATABASE ${building} TEMPLATE ${template} ${cloneStrategy()}`)
      const db = createDb(dbUrl(building), 5)
      try {
        summary = await seedDemo(db, { today })
      } finally {
        await closeDb(db)
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${demoTemplate}`)
      const comment = JSON.stringify(summary).replaceAll("'", "''")
      await admin.query(`COMMENT ON DATABASE ${demoTemplate} IS '${comment}'`)
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [demoTemplate])
    await admin.end()
  }
  const owner = template.replace('kinerja_template_', '')
  const name = `kt_${owner}_${randomBytes(5).toString('hex')}`
  const creator = new pg.Client({ connectionString: serverUrl })
  await creator.connect()
  await creator.query(`CREATE DATABASE ${name} TEMPLATE ${demoTemplate} ${cloneStrategy()}`)
  await creator.end()
  const db = createDb(dbUrl(name), { max: 5, connectionTimeoutMillis: 20_000 })
  return {
    db,
    url: dbUrl(name),
    summary,
    drop: async () => {
      await closeDb(db)
      const a = new pg.Client({ connectionString: serverUrl })
      await a.connect()
      await dropTestDatabase(a, name)
      await a.end()
    },
  }
}
