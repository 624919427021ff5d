import fs from 'node:fs'
import path from 'node:path'
import { buildApp } from './app.ts'
import { loadConfig, loadDotEnv, type Config } from './config.ts'
import { closeDb, createDb, migrateDb, poolSettings, type Db } from './db/client.ts'
import { createReadDb } from './db/replica.ts'
import {
  analyzeUnanalyzed,
  DataDirInUseError,
  startLockedEmbedded,
  type EmbeddedDb,
  type LockedEmbeddedDb,
} from './db/embedded.ts'
import { isDatabaseEmpty, seedDemo } from './db/seed/demo.ts'
import { dayIn, systemClock } from './lib/clock.ts'
import { createJobs } from './lib/jobs.ts'

type DemoAccount = { role: string; login: string; password: string; name: string }

const say = (line: string) => process.stdout.write(`${line}\n`)

/**
 * Opens the database: the embedded PostgreSQL by default, or DATABASE_URL. `started` is the
 * embedded PostgreSQL when the caller already began starting it (server/start.ts).
 */
export async function openDatabase(
  config: Config,
  started?: Promise<LockedEmbeddedDb>,
): Promise<{ db: Db; embedded: EmbeddedDb | null; unlock: () => void }> {
  if (config.databaseUrl) {
    return {
      db: createDb(config.databaseUrl, poolSettings(config)),
      embedded: null,
      unlock: () => undefined,
    }
  }
  const { embedded, unlock } = await (started ?? startLockedEmbedded(config.dataDir, say))
  return { db: createDb(embedded.url, poolSettings(config)), embedded, unlock }
}

function accountsTable(accounts: DemoAccount[]): string[] {
  const width = (k: keyof DemoAccount) => Math.max(k.length, ...accounts.map((a) => a[k].length))
  const cols: (keyof DemoAccount)[] = ['role', 'login', 'password', 'name']
  return [
    `  ${cols.map((c) => c.padEnd(width(c))).join(' | ')}`,
    ...accounts.map((a) => `  ${cols.map((c) => a[c].padEnd(width(c))).join(' | ')}`),
  ]
}

/**
 * Starts Kinerja. From `npm start` (server/start.ts): `embedded` is the embedded PostgreSQL it
 * began starting before loading this module, and `webBuilt` the web build running meanwhile
 * (the app serves web/dist, so it is awaited before the app is built).
 */
export async function main(
  early: { embedded?: Promise<LockedEmbeddedDb>; webBuilt?: Promise<void> } = {},
) {
  loadDotEnv()
  const config = loadConfig()
  const { db, embedded, unlock } = await openDatabase(config, early.embedded)
  await migrateDb(db)
  const demoFile = path.join(config.dataDir, 'demo-accounts.json')
  const seedAllowed =
    config.demoSeed === 'true' || (config.demoSeed === 'auto' && !config.databaseUrl)
  const seeding =
    seedAllowed && (await isDatabaseEmpty(db))
      ? (async () => {
          say('Seeding the Gianyar demo (first start)…')
          const summary = await seedDemo(db, { today: dayIn(systemClock.now(), 'Asia/Makassar') })
          fs.mkdirSync(config.dataDir, { recursive: true })
          fs.writeFileSync(demoFile, JSON.stringify(summary.accounts, null, 2))
        })()
      : undefined
  // Reminders and the email outbox run on pg-boss in the same database (decision 0008).
  const databaseUrl = embedded?.url ?? config.databaseUrl
  const jobs =
    config.jobs && databaseUrl
      ? createJobs({
          connectionString: databaseUrl,
          reminderCron: config.reminderCheckCron,
          cronIntervalSeconds: config.jobsCronCheckSeconds,
        })
      : undefined
  // Reports read from a streaming replica when one is configured, falling back to the
  // primary while it is unreachable (decision 0015).
  const readDb = config.databaseReplicaUrl
    ? createReadDb(db, config.databaseReplicaUrl, {
        poolMax: config.poolMax,
        log: {
          info: (msg) => app.log.info(msg),
          warn: (obj, msg) => app.log.warn(obj, msg),
        },
      })
    : undefined
  // The app is built while the demo seed runs (decision 0023): building reads nothing from the
  // database, and nothing is served, no job started, before the seed has committed.
  const [seeded, built] = await Promise.allSettled([
    seeding,
    (async () => {
      await early.webBuilt
      return buildApp({ config, db, jobs, readDb })
    })(),
  ])
  if (seeded.status === 'rejected' || built.status === 'rejected') {
    if (built.status === 'fulfilled') await built.value.close()
    if (readDb) await closeDb(readDb)
    await closeDb(db)
    await embedded?.stop()
    unlock()
    throw seeded.status === 'rejected' ? seeded.reason : (built as PromiseRejectedResult).reason
  }
  const app = built.value
  let closing = false
  // Statistics of the tables loaded without any, e.g. by the demo seed (decision 0028), in the
  // background: the first start does not wait for them (decision 0023); a shutdown does.
  const analyzed = embedded
    ? analyzeUnanalyzed(db.$client).then(
        (tables) => {
          if (tables.length)
            app.log.info(`ANALYZE: statistics gathered for ${tables.length} tables`)
        },
        (e: unknown) => {
          if (!closing) app.log.warn({ err: e }, 'ANALYZE of the embedded database failed')
        },
      )
    : undefined
  try {
    await jobs?.start(app.log)
  } catch (e) {
    await app.close()
    await analyzed
    if (readDb) await closeDb(readDb)
    await closeDb(db)
    await embedded?.stop()
    unlock()
    throw new Error(
      `the job queue (pg-boss, schema pgboss) did not start: ${e instanceof Error ? e.message : String(e)}. Set JOBS=off to run without reminders and email.`,
      { cause: e },
    )
  }
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    say(`\n${signal}: stopping Kinerja…`)
    // Jobs first: running ones finish (or time out) while the database is still open.
    await jobs?.stop()
    await app.close()
    await analyzed
    if (readDb) await closeDb(readDb)
    await closeDb(db)
    await embedded?.stop()
    unlock()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  await app.listen({ port: config.port, host: config.host })
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  // One write, so that whoever watches the output sees the whole banner at once.
  const banner = [
    '',
    `Kinerja is running: http://${shownHost}:${port}/`,
    `  API docs: http://${shownHost}:${port}/api/docs`,
    `  Database: ${embedded ? `embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}` : 'DATABASE_URL'}`,
    `  Jobs: ${jobs ? 'on (reminders, email outbox)' : 'off (JOBS=off)'}`,
    `  Email: ${config.smtpUrl ? 'SMTP (SMTP_URL)' : `written to ${config.mailDir}`}`,
  ]
  if (fs.existsSync(demoFile) && embedded) {
    banner.push(
      '  Demo accounts:',
      ...accountsTable(JSON.parse(fs.readFileSync(demoFile, 'utf8')) as DemoAccount[]),
    )
  }
  say(banner.join('\n'))
}

const isEntry =
  process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('server', 'main.ts'))
if (isEntry) {
  main().catch((e: unknown) => {
    if (e instanceof DataDirInUseError) {
      process.stderr.write(`${e.message}\n`)
      process.exit(2)
    }
    process.stderr.write(
      `Kinerja failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    )
    process.exit(1)
  })
}
