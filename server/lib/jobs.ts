import pg from 'pg'
import PgBoss from 'pg-boss'

/** The background jobs of Kinerja; each handler is idempotent (any process may run it). */
export const JOB_NAMES = ['reminders.tick', 'mail.flush', 'progress.partitions'] as const
export type JobName = (typeof JOB_NAMES)[number]

export type JobsLog = {
  info(msg: string): void
  error(obj: object, msg: string): void
}

export type Jobs = {
  /** Registers what a job does; call before start (buildApp does, from the services). */
  handle(name: JobName, run: () => Promise<void>): void
  /** Creates the queues, stores the schedules and starts working. */
  start(log?: JobsLog): Promise<void>
  /** Asks for a run soon (e.g. mail.flush after an email was queued). Best effort: never throws. */
  trigger(name: JobName): void
  /** Stops polling, waits for running jobs (up to `timeoutMs`), closes pg-boss's connections. */
  stop(): Promise<void>
}

export type JobsOptions = {
  connectionString: string
  /** Cron of reminders.tick (REMINDER_CHECK_CRON); evaluated in UTC. */
  reminderCron: string
  /** How often an idle worker looks for work (seconds; pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number
  /** How often cron schedules are checked (seconds, 1–45); tests shorten it. */
  cronIntervalSeconds?: number
  /** How long stop() waits for running jobs. */
  stopTimeoutMs?: number
  /** PostgreSQL schema of pg-boss's tables. */
  schema?: string
}

const SCHEDULES = (o: JobsOptions): Record<JobName, string> => ({
  'reminders.tick': o.reminderCron,
  'mail.flush': '* * * * *',
  // Daily; also queued on every start (RUN_ON_START).
  'progress.partitions': '17 1 * * *',
})

/** Any fixed number: the advisory lock that serialises the job queue's set-up across processes. */
const JOBS_SETUP_LOCK = 7_202_612

/** Jobs queued once when the queue starts (the stately queue drops a second waiting one). */
const RUN_ON_START: readonly JobName[] = ['progress.partitions']

/**
 * A small wrapper over pg-boss 10 in the app's own database (schema `pgboss`). Schedules are
 * stored in the database and pg-boss sends each cron job once per slot across every process;
 * the queues are `stately` (one waiting and one running job at most), so a burst of triggers
 * collapses into one run. Handlers are still written to be idempotent (decision 0008).
 */
export function createJobs(opts: JobsOptions): Jobs {
  const handlers = new Map<JobName, () => Promise<void>>()
  let boss: PgBoss | null = null
  let state: 'new' | 'started' | 'stopped' = 'new'
  let log: JobsLog = { info: () => undefined, error: () => undefined }

  /**
   * pg-boss's schema, the queues (each one a table partition in pg-boss 10) and the schedules
   * are created by one process at a time: several processes starting together on one database
   * would otherwise deadlock on them. A session-level advisory lock on a connection of its own.
   */
  async function oneAtATime(work: () => Promise<void>) {
    const client = new pg.Client({
      connectionString: opts.connectionString,
      application_name: 'kinerja-jobs-setup',
    })
    await client.connect()
    try {
      await client.query('SELECT pg_advisory_lock($1)', [JOBS_SETUP_LOCK])
      await work()
    } finally {
      await client.end().catch(() => undefined) // closing the session releases the lock
    }
  }

  async function createQueues(b: PgBoss) {
    const schedules = SCHEDULES(opts)
    for (const name of JOB_NAMES) {
      await b.createQueue(name, {
        name,
        policy: 'stately',
        retryLimit: 1,
        retryDelay: 30,
        expireInSeconds: 15 * 60,
      })
      await b.schedule(name, schedules[name], {}, { tz: 'UTC' })
    }
  }

  async function setUp(b: PgBoss) {
    const schedules = SCHEDULES(opts)
    for (const name of JOB_NAMES) {
      const run = handlers.get(name)
      if (!run) continue
      await b.work(
        name,
        { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 5 },
        async () => {
          try {
            await run()
          } catch (err) {
            log.error({ err, job: name }, 'job failed')
            throw err
          }
        },
      )
    }
    for (const name of RUN_ON_START) if (handlers.has(name)) await b.send(name, {})
    log.info(`Jobs started: ${JOB_NAMES.map((n) => `${n} (${schedules[n]})`).join(', ')}`)
  }

  return {
    handle(name, run) {
      if (state !== 'new') throw new Error(`job ${name} registered after start`)
      handlers.set(name, run)
    },

    async start(logger) {
      if (state !== 'new') throw new Error('jobs already started')
      if (logger) log = logger
      const cron = opts.cronIntervalSeconds ?? 30
      const b = new PgBoss({
        connectionString: opts.connectionString,
        schema: opts.schema ?? 'pgboss',
        application_name: 'kinerja-jobs',
        max: 4,
        cronMonitorIntervalSeconds: cron,
        cronWorkerIntervalSeconds: Math.min(cron, 5),
      })
      // Without a listener an 'error' event would crash the process. Once stopping, lost
      // connections are expected (the embedded PostgreSQL stops on the same signal).
      b.on('error', (err) => {
        if (state !== 'stopped') log.error({ err }, 'job queue error')
      })
      await oneAtATime(async () => {
        await b.start()
        boss = b
        state = 'started'
        await createQueues(b)
      }).catch(async (e: unknown) => {
        await b.stop({ graceful: false, wait: true }).catch(() => undefined)
        boss = null
        state = 'stopped'
        throw e
      })
      try {
        await setUp(b)
      } catch (e) {
        // A half-started queue would keep polling: stop it before reporting the failure.
        await b.stop({ graceful: false, wait: true }).catch(() => undefined)
        boss = null
        state = 'stopped'
        throw e
      }
    },

    trigger(name) {
      const b = boss
      if (!b || state !== 'started') return
      b.send(name, {}).catch((err: unknown) => log.error({ err, job: name }, 'job not queued'))
    },

    async stop() {
      if (state !== 'started' || !boss) {
        state = 'stopped'
        return
      }
      state = 'stopped'
      await boss.stop({ graceful: true, wait: true, timeout: opts.stopTimeoutMs ?? 20_000 })
      boss = null
    },
  }
}
