import { eq, inArray } from 'drizzle-orm'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_NOTIFICATION_PREFERENCES } from '../shared/notifications.ts'
import { closeDb, createDb, migrateDb, type Db } from '../server/db/client.ts'
import { dayIn } from '../server/lib/clock.ts'
import { activitySettings } from '../server/modules/activities/activities.tables.ts'
import { localHour } from '../server/modules/activities/reminders.service.ts'
import {
  notificationPreferences,
  notifications,
  outboxEmail,
  reminderLog,
} from '../server/modules/notifications/notifications.tables.ts'
import { instansi, pegawai } from '../server/modules/org/org.tables.ts'
import { performanceYears, workCalendars } from '../server/modules/periods/periods.tables.ts'
import { evidenceFiles, multipart, progressBody } from '../server/test/activities-factories.ts'
import { factories, TEST_PASSWORD, type TestPerson } from '../server/test/factories.ts'
import { login, request, startApp, type AppProcess } from './lib/scale-app.ts'
import { destroyClusters, initPrimary, makeBaseDir, type Cluster } from './lib/scale-cluster.ts'
import { startNginx, type Nginx } from './lib/scale-nginx.ts'

/**
 * Scale-out (issue 7): two app processes behind nginx (round robin) on one PostgreSQL.
 * - sessions live in the database: signed in through one process, the session works on the
 *   other, CSRF included; signing out on one ends it on both;
 * - evidence uploaded through one process is downloaded through the other (shared UPLOAD_DIR);
 * - both processes run the job queue with a reminder check every minute, and each reminder is
 *   delivered once (one inbox row, one email) and each cron slot runs one reminders.tick.
 * Our own PostgreSQL cluster on 5440, the apps on 3500 and 3501, nginx on 3520.
 */
const PG_PORT = 5440
const APP_PORTS = [3500, 3501] as const
const NGINX_PORT = 3520
const DATABASE = 'scale_out'

let base = ''
let cluster: Cluster | null = null
let db: Db | null = null
let apps: AppProcess[] = []
let nginx: Nginx | null = null
let uploadDir = ''
let mailDir = ''
const timings: Record<string, number> = {}
const began = Date.now()

type Office = Awaited<ReturnType<ReturnType<typeof factories>['office']>>
/** Reminders are due for office A from the start; office B is used through the API. */
let a: Office
let b: Office
const everyone = (o: Office) => [o.kepala, o.kabid, o.kasub, o.staff1, o.staff2, o.staffB]
const emailOf = (p: TestPerson) => `${p.username}@scale.test`

/** An Indonesian time zone whose wall clock is not near midnight for the next half hour. */
function zoneAwayFromMidnight(now: Date): string {
  for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
    const hour = localHour(now, zone)
    if (hour >= 1 && hour <= 22) return zone
  }
  return 'Asia/Jakarta' // unreachable: the three zones are two hours apart
}

/** Office A: every day a working day, reminders from 00:00 local, email for "no entry today". */
async function arrangeDueReminders(d: Db, o: Office) {
  const now = new Date()
  const zone = zoneAwayFromMidnight(now)
  const today = dayIn(now, zone)
  const year = Number(today.slice(0, 4))
  await d.update(instansi).set({ timeZone: zone }).where(eq(instansi.id, o.instansi.id))
  await d.insert(performanceYears).values({
    instansiId: o.instansi.id,
    year,
    assessmentFrequency: 'monthly',
    skpStart: `${year}-01-01`,
    skpEnd: `${year}-12-31`,
  })
  await d
    .insert(workCalendars)
    .values({ instansiId: o.instansi.id, year, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] })
  await d.insert(activitySettings).values({ instansiId: o.instansi.id, reminderHour: 0 })
  for (const p of everyone(o)) {
    await d
      .update(pegawai)
      .set({ email: emailOf(p) })
      .where(eq(pegawai.id, p.pegawaiId))
    await d.insert(notificationPreferences).values({
      userId: p.userId,
      categories: {
        ...DEFAULT_NOTIFICATION_PREFERENCES,
        reminder_no_entry: { inApp: true, email: true },
      },
    })
  }
}

beforeAll(async () => {
  let t = Date.now()
  base = makeBaseDir('kinerja-scale-out-')
  uploadDir = path.join(base, 'uploads')
  mailDir = path.join(base, 'mail')
  cluster = initPrimary(base, 'pg', PG_PORT)
  await cluster.query(`CREATE DATABASE ${DATABASE}`)
  db = createDb(cluster.url(DATABASE), 4)
  await migrateDb(db)
  const f = factories(db)
  a = await f.office()
  b = await f.office()
  await arrangeDueReminders(db, a)
  timings.databaseReadyMs = Date.now() - t

  t = Date.now()
  const shared = {
    DATABASE_URL: cluster.url(DATABASE),
    UPLOAD_DIR: uploadDir,
    MAIL_DIR: mailDir,
    JOBS: 'on',
    REMINDER_CHECK_CRON: '* * * * *',
    // Each process looks at the schedules every 2 s, so a slot starts right after its minute.
    JOBS_CRON_CHECK_SECONDS: '2',
    TRUST_PROXY: 'true',
    COOKIE_SECURE: 'false',
  }
  // Both at once, as a deployment restarts them: migrations and the job queue start concurrently.
  const started = await Promise.allSettled(
    APP_PORTS.map((port) =>
      startApp(port, { ...shared, DATA_DIR: path.join(base, `app-${port}`) }),
    ),
  )
  apps = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  // One failed: stop the other too (afterAll stops `apps`), then report the failure.
  const failed = started.find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
  timings.appsReadyMs = Date.now() - t
  nginx = await startNginx({
    dir: path.join(base, 'nginx'),
    port: NGINX_PORT,
    upstreams: [...APP_PORTS],
  })
})

afterAll(async () => {
  await nginx?.stop()
  await Promise.all(apps.map((app) => app.stop()))
  if (db) await closeDb(db)
  destroyClusters(base, cluster ? [cluster] : [])
  console.log(
    `scale-out system test: ${JSON.stringify({ ...timings, totalMs: Date.now() - began })}`,
  )
})

const upstreamOf = (res: Response) => res.headers.get('x-upstream') ?? ''
const bothUpstreams = new Set(APP_PORTS.map((p) => `127.0.0.1:${p}`))

describe('two app processes behind nginx', () => {
  it('keeps a session across both processes, CSRF included, and ends it on both', async () => {
    const { session, res } = await login(nginx!.url, b.staff1.username, TEST_PASSWORD)
    expect(bothUpstreams.has(upstreamOf(res))).toBe(true)

    // Reads: round robin spreads them over both processes, each knows the session.
    const seen = new Set<string>()
    for (let i = 0; i < 6; i++) {
      const me = await request(nginx!.url, session, 'GET', '/api/auth/me')
      expect(me.status).toBe(200)
      expect(((await me.json()) as { username: string }).username).toBe(b.staff1.username)
      seen.add(upstreamOf(me))
    }
    expect(seen).toEqual(bothUpstreams)

    // A CSRF-protected write lands on each process and is accepted by each.
    const prefs = await request(nginx!.url, session, 'GET', '/api/notifications/preferences')
    expect(prefs.status).toBe(200)
    const { categories } = (await prefs.json()) as { categories: Record<string, unknown> }
    const writers = new Set<string>()
    for (let i = 0; i < 4; i++) {
      const put = await request(nginx!.url, session, 'PUT', '/api/notifications/preferences', {
        json: { categories },
      })
      expect(put.status, await put.clone().text()).toBe(200)
      writers.add(upstreamOf(put))
    }
    expect(writers).toEqual(bothUpstreams)
    // Without the token each process refuses the write.
    const refusers = new Set<string>()
    for (let i = 0; i < 4; i++) {
      const put = await request(nginx!.url, session, 'PUT', '/api/notifications/preferences', {
        json: { categories },
        csrf: false,
      })
      expect(put.status).toBe(403)
      expect(
        ((await put.json()) as { error: { code: string; reason: string } }).error,
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_MISMATCH' })
      refusers.add(upstreamOf(put))
    }
    expect(refusers).toEqual(bothUpstreams)

    // Signing out on one process ends the session on the other.
    const [first, second] = apps
    const out = await request(first!.url, session, 'POST', '/api/auth/logout')
    expect(out.status).toBe(200)
    const after = await request(second!.url, session, 'GET', '/api/auth/me')
    expect(after.status).toBe(401)
  })

  it('serves evidence uploaded through one process from the other', async () => {
    const [first, second] = apps
    const { session } = await login(first!.url, b.staff2.username, TEST_PASSWORD)
    const today = dayIn(new Date(), b.instansi.timeZone)
    const entry = await request(first!.url, session, 'POST', '/api/activities/progress', {
      json: progressBody({ date: today }),
    })
    expect(entry.status, await entry.clone().text()).toBe(201)
    const { id } = (await entry.json()) as { id: string }
    const photo = evidenceFiles.jpeg('scale-out', 4096)
    const form = multipart([
      { name: 'file', data: photo, filename: 'foto.jpg', contentType: 'image/jpeg' },
    ])
    const up = await request(
      first!.url,
      session,
      'POST',
      `/api/activities/progress/${id}/evidence`,
      {
        body: form.payload,
        headers: form.headers,
      },
    )
    expect(up.status, await up.clone().text()).toBe(201)
    const { downloadUrl } = (await up.json()) as { downloadUrl: string }

    const down = await request(second!.url, session, 'GET', downloadUrl)
    expect(down.status).toBe(200)
    expect(Buffer.from(await down.arrayBuffer()).equals(photo)).toBe(true)
    // And through nginx, from whichever process answers.
    const via = new Set<string>()
    for (let i = 0; i < 2; i++) {
      const res = await request(nginx!.url, session, 'GET', downloadUrl)
      expect(res.status).toBe(200)
      expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true)
      via.add(upstreamOf(res))
    }
    expect(via).toEqual(bothUpstreams)
  })

  it('sends each reminder once while both processes run the jobs', async () => {
    const t = Date.now()
    const people = everyone(a)
    const userIds = people.map((p) => p.userId)
    const addresses = new Set(people.map(emailOf))
    /** The .eml files written so far, by recipient. */
    const emailsByAddress = () => {
      const counts = new Map<string, number>()
      if (!fs.existsSync(mailDir)) return counts
      for (const file of fs.readdirSync(mailDir).filter((f) => f.endsWith('.eml'))) {
        const text = fs.readFileSync(path.join(mailDir, file), 'utf8')
        const to = /^To: (.+)$/m.exec(text)?.[1]?.trim() ?? ''
        counts.set(to, (counts.get(to) ?? 0) + 1)
      }
      return counts
    }
    const tickSlots = async () => {
      const rows = await cluster!.query<{ slot: string; n: number }>(
        `SELECT date_trunc('minute', created_on)::text AS slot, count(*)::int AS n
           FROM pgboss.job WHERE name = 'reminders.tick' AND state = 'completed'
          GROUP BY 1 ORDER BY 1`,
        [],
        DATABASE,
      )
      return rows
    }
    // Two cron slots at least (the first fires when the processes start, the next a minute on),
    // and every email of office A written.
    const until = Date.now() + 150_000
    for (;;) {
      const slots = await tickSlots()
      const mails = emailsByAddress()
      const written = [...addresses].filter((x) => (mails.get(x) ?? 0) > 0).length
      if (slots.length >= 2 && written === addresses.size) break
      if (Date.now() > until)
        throw new Error(
          `waited 150 s: reminder slots ${JSON.stringify(slots)}, emails for A ${written}/${addresses.size}`,
        )
      await new Promise((r) => setTimeout(r, 1000))
    }
    // Let any duplicate that was on its way arrive before counting.
    await new Promise((r) => setTimeout(r, 5000))
    timings.remindersMs = Date.now() - t

    const inbox = await db!
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(inArray(notifications.userId, userIds))
    expect(people.map((p) => inbox.filter((n) => n.userId === p.userId).length)).toEqual(
      people.map(() => 1),
    )
    const logged = await db!.select().from(reminderLog).where(inArray(reminderLog.userId, userIds))
    expect(logged.map((l) => l.kind)).toEqual(people.map(() => 'reminder.no_entry'))
    const outbox = await db!
      .select({ to: outboxEmail.toAddress, status: outboxEmail.status })
      .from(outboxEmail)
      .where(inArray(outboxEmail.userId, userIds))
    expect(outbox).toHaveLength(people.length)
    expect(outbox.every((o) => o.status === 'sent')).toBe(true)
    const mails = emailsByAddress()
    expect([...addresses].map((x) => mails.get(x) ?? 0)).toEqual(people.map(() => 1))

    // pg-boss sent one reminders.tick per cron slot although both processes watch the schedule.
    // Each slot is one `__pgboss__send-it` job (singleton per minute) whose worker inserts the
    // tick; a tick is created when that worker runs, so under load two slots' ticks may be
    // created in one minute: counted per send-it job, not per minute of the tick. In one
    // snapshot: no slot twice, and no more ticks than slots done or in flight (a send-it that
    // inserted its tick twice would show as one more).
    const [count] = await cluster!.query<{
      done: number
      active: number
      ticks: number
      twice: number
    }>(
      `SELECT
         (SELECT count(*)::int FROM pgboss.job WHERE name = '__pgboss__send-it'
            AND data->>'name' = 'reminders.tick' AND state = 'completed') AS done,
         (SELECT count(*)::int FROM pgboss.job WHERE name = '__pgboss__send-it'
            AND data->>'name' = 'reminders.tick' AND state = 'active') AS active,
         (SELECT count(*)::int FROM pgboss.job WHERE name = 'reminders.tick'
            AND state <> 'cancelled') AS ticks,
         (SELECT count(*)::int FROM (SELECT singleton_on FROM pgboss.job
            WHERE name = '__pgboss__send-it' AND data->>'name' = 'reminders.tick'
              AND state <> 'cancelled'
            GROUP BY 1 HAVING count(*) > 1) d) AS twice`,
      [],
      DATABASE,
    )
    timings.tickSlots = count!.done
    timings.ticks = count!.ticks
    expect(count!.twice, JSON.stringify(count)).toBe(0)
    expect(count!.done, JSON.stringify(count)).toBeGreaterThanOrEqual(2)
    expect(count!.ticks, JSON.stringify(count)).toBeLessThanOrEqual(count!.done + count!.active)
    expect((await tickSlots()).length).toBeGreaterThanOrEqual(2)
    for (const app of apps) expect(app.output()).toContain('Jobs started')
    // No one anywhere got a reminder twice.
    const dupes = await cluster!.query(
      `SELECT user_id, kind, key, count(*) FROM reminder_log GROUP BY 1, 2, 3 HAVING count(*) > 1`,
      [],
      DATABASE,
    )
    expect(dupes).toEqual([])
  })
})
