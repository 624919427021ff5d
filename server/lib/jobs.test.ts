import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../test/test-db.ts'
import { createJobs, type JobName } from './jobs.ts'

const database = await createTestDatabase()
afterAll(() => database.drop())

/** Resolves when `name` has run `times` times; rejects after `ms`. */
function waitFor(runs: Map<JobName, number>, name: JobName, times: number, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const tick = setInterval(() => {
      if ((runs.get(name) ?? 0) >= times) {
        clearInterval(tick)
        resolve()
      } else if (Date.now() - started > ms) {
        clearInterval(tick)
        reject(new Error(`${name} ran ${runs.get(name) ?? 0} times, expected ${times}`))
      }
    }, 100)
  })
}

describe('jobs on pg-boss', () => {
  it('starts in the test database, runs a scheduled and a triggered job, and stops cleanly', async () => {
    const runs = new Map<JobName, number>()
    const errors: unknown[] = []
    const count = (name: JobName) => async () => {
      runs.set(name, (runs.get(name) ?? 0) + 1)
    }
    const jobs = createJobs({
      connectionString: database.url,
      // Every minute: pg-boss sends the current minute's slot as soon as it checks its crons.
      reminderCron: '* * * * *',
      pollingIntervalSeconds: 0.5,
      cronIntervalSeconds: 1,
      stopTimeoutMs: 5000,
    })
    jobs.handle('reminders.tick', count('reminders.tick'))
    jobs.handle('mail.flush', count('mail.flush'))
    jobs.handle('progress.partitions', count('progress.partitions'))
    await jobs.start({ info: () => undefined, error: (obj) => errors.push(obj) })

    // The schedules are stored in the database (so every process shares them).
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const schedules = await client.query<{ name: string; cron: string }>(
        'SELECT name, cron FROM pgboss.schedule ORDER BY name',
      )
      expect(schedules.rows).toEqual([
        { name: 'mail.flush', cron: '* * * * *' },
        { name: 'progress.partitions', cron: '17 1 * * *' },
        { name: 'reminders.tick', cron: '* * * * *' },
      ])

      // Both crons fire for the current minute…
      await waitFor(runs, 'reminders.tick', 1, 20_000)
      await waitFor(runs, 'mail.flush', 1, 20_000)
      // …and a trigger runs one more flush at once (the next cron slot is up to a minute away).
      const flushesBefore = runs.get('mail.flush') ?? 0
      jobs.trigger('mail.flush')
      await waitFor(runs, 'mail.flush', flushesBefore + 1, 10_000)
      // The partition job also runs once on start (its cron is daily at 01:17 UTC).
      await waitFor(runs, 'progress.partitions', 1, 10_000)
    } finally {
      await jobs.stop()
      await client.end()
    }
    expect(errors).toEqual([])

    // Stopped: pg-boss closed its connections and a trigger is a no-op.
    jobs.trigger('mail.flush')
    const admin = new pg.Client({ connectionString: database.url })
    await admin.connect()
    try {
      const left = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'kinerja-jobs'`,
      )
      expect(left.rows[0]?.n).toBe(0)
    } finally {
      await admin.end()
    }
  })
})
