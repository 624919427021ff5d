import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { testDatabaseUrl } from '../config.ts'
import { closeDb, createDb, migrateDb } from '../db/client.ts'
import { startEmbeddedPostgres, type EmbeddedDb } from '../db/embedded.ts'
import { dropTestDatabase } from './drop-db.ts'

declare module 'vitest' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** Admin connection to the test server; per-file databases are cloned from the template. */
    testServerUrl: string
    templateDatabase: string
  }
}

const TEMPLATE = `kinerja_template_${process.pid}`

/**
 * Starts one PostgreSQL for the whole run (embedded by default, TEST_DATABASE_URL when set),
 * migrates a template database once; each test file then clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDb | null = null
  let tmp: string | null = null
  let serverUrl = testDatabaseUrl()
  if (!serverUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-test-'))
    embedded = await startEmbeddedPostgres(tmp, { database: 'postgres' })
    serverUrl = embedded.url
  }
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE}`)
  const templateUrl = new URL(serverUrl)
  templateUrl.pathname = `/${TEMPLATE}`
  const db = createDb(templateUrl.toString(), 2)
  await migrateDb(db)
  await closeDb(db)
  project.provide('testServerUrl', serverUrl)
  project.provide('templateDatabase', TEMPLATE)

  return async () => {
    // Drop what this run created, so a shared server (CI's PostgreSQL 15) stays clean.
    const leftovers = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2 OR datname LIKE $3`,
      [`kt_${process.pid}_%`, TEMPLATE, `${TEMPLATE}_demo_%`],
    )
    for (const { datname } of leftovers.rows) {
      await dropTestDatabase(admin, datname)
    }
    await admin.end()
    await embedded?.stop()
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }
}
