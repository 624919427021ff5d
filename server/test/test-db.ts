import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { closeDb, createDb, type Db } from '../db/client.ts'

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<{
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
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const db = createDb(url.toString(), 5)
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await closeDb(db)
      const a = new pg.Client({ connectionString: serverUrl })
      await a.connect()
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await a.end()
    },
  }
}
