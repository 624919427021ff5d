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
    /** How CREATE DATABASE copies the template (see docs/decisions/0019-test-speed.md). */
    cloneStrategy: 'FILE_COPY' | 'WAL_LOG'
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
  if (embedded) {
    // A throwaway cluster: durability buys nothing here and costs most of the run (every DROP
    // DATABASE and FILE_COPY clone waits for a checkpoint's fsyncs). Never for a real database.
    for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes'])
      await admin.query(`ALTER SYSTEM SET ${setting} = off`)
    await admin.query('SELECT pg_reload_conf()')
  }
  // FILE_COPY clones a small template fastest, but checkpoints twice: only worth it when
  // checkpoints do not fsync (the embedded cluster above; CI's PostgreSQL 15 sets the same).
  const cloneStrategy = (await fsyncIsOff(admin, embedded !== null)) ? 'FILE_COPY' : 'WAL_LOG'
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE}`)
  const templateUrl = new URL(serverUrl)
  templateUrl.pathname = `/${TEMPLATE}`
  const db = createDb(templateUrl.toString(), 2)
  await migrateDb(db)
  await closeDb(db)
  project.provide('testServerUrl', serverUrl)
  project.provide('templateDatabase', TEMPLATE)
  project.provide('cloneStrategy', cloneStrategy)

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

/** Whether the server skips fsync; after our own ALTER SYSTEM, until the reload reaches us. */
async function fsyncIsOff(admin: pg.Client, justSet: boolean): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const { rows } = await admin.query<{ fsync: string }>('SHOW fsync')
    if (rows[0]?.fsync === 'off') return true
    if (!justSet || attempt >= 40) return false
    await new Promise((r) => setTimeout(r, 50))
  }
}
