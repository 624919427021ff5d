import {
  CATEGORY_OF_KIND,
  DEFAULT_NOTIFICATION_PREFERENCES,
  NOTIFICATION_CATEGORIES,
  type Notification,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationPreferences,
  type NotificationPreferencesInput,
} from '../../../shared/notifications.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import type { Mailer } from '../../lib/mailer.ts'
import type { Db, Executor } from '../../db/client.ts'
import * as repo from './notifications.repository.ts'

type Deps = {
  db: Db
  clock: Clock
  /**
   * The email address behind each account: the linked pegawai's, from the org module (app.ts
   * composes it from the accounts port and org). Absent = no email is ever queued.
   */
  emailsOfAccounts?: (userIds: readonly string[]) => Promise<Map<string, string>>
  /** Sends the outbox; flushOutbox needs it. */
  mailer?: Mailer
  /** PUBLIC_URL: links in emails start with it; unset = emails carry no link. */
  publicUrl?: string | undefined
  /** After a commit that queued email (app.ts asks the job queue for a flush); best effort. */
  onEmailQueued?: () => void
}

export type NewNotification = {
  instansiId: string | null
  userId: string
  kind: NotificationKind
  title: string
  body: string
  link: string | null
  data?: Record<string, unknown>
}

/** A notification sent at most once per (user, dedupe.kind, dedupe.key), e.g. a daily reminder. */
export type OnceNotification = NewNotification & { dedupe: { kind: string; key: string } }

type Categories = NotificationPreferences['categories']
type Channels = Categories[keyof Categories]

/** Attempts of one email before it is marked failed, and the wait after each failed attempt. */
export const MAX_EMAIL_ATTEMPTS = 5
export const EMAIL_BACKOFF_MINUTES = [1, 5, 30, 120] as const

const toNotification = (r: repo.NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
})

const isChannels = (v: unknown): v is Channels =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Channels).inApp === 'boolean' &&
  typeof (v as Channels).email === 'boolean'

/**
 * Stored choices over the defaults, category by category: a category added after the person
 * saved keeps its default instead of being silently off.
 */
function mergeWithDefaults(stored: unknown): Categories {
  const out = { ...DEFAULT_NOTIFICATION_PREFERENCES }
  if (typeof stored !== 'object' || stored === null) return out
  for (const c of NOTIFICATION_CATEGORIES) {
    const v = (stored as Record<string, unknown>)[c]
    if (isChannels(v)) out[c] = { inApp: v.inApp, email: v.email }
  }
  return out
}

/** One planned delivery: the inbox row and/or the email address (null = no email). */
type Planned = { n: NewNotification; inApp: boolean; email: string | null }

/**
 * The in-app inbox, each person's notification preferences and the email outbox. Everyone
 * reads and marks only their own notifications and sets only their own preferences.
 */
export function createNotificationsService({
  db,
  clock,
  emailsOfAccounts,
  mailer,
  publicUrl,
  onEmailQueued,
}: Deps) {
  async function emailsOf(userIds: readonly string[]) {
    if (!emailsOfAccounts || userIds.length === 0) return new Map<string, string>()
    return emailsOfAccounts([...new Set(userIds)])
  }

  async function preferencesOf(ex: Executor, userIds: readonly string[]) {
    const rows = await repo.listPreferences(ex, [...new Set(userIds)])
    const stored = new Map(rows.map((r) => [r.userId, mergeWithDefaults(r.categories)]))
    return (userId: string) => stored.get(userId) ?? DEFAULT_NOTIFICATION_PREFERENCES
  }

  /** Which channels each notification goes out on, by the recipient's preferences. */
  async function plan(
    ex: Executor,
    items: readonly NewNotification[],
    emails: Map<string, string>,
  ) {
    const prefs = await preferencesOf(
      ex,
      items.map((n) => n.userId),
    )
    return items
      .map((n): Planned => {
        const channels = prefs(n.userId)[CATEGORY_OF_KIND[n.kind]]
        return {
          n,
          inApp: channels.inApp,
          email: channels.email ? (emails.get(n.userId) ?? null) : null,
        }
      })
      .filter((p) => p.inApp || p.email !== null)
  }

  function emailText(n: NewNotification) {
    const lines = [n.title, '', n.body]
    if (n.link && publicUrl) lines.push('', `Buka: ${publicUrl}${n.link}`)
    lines.push(
      '',
      '--',
      'Email ini dikirim otomatis oleh Kinerja.',
      publicUrl
        ? `Atur notifikasi yang Anda terima: ${publicUrl}/notifikasi/pengaturan`
        : 'Atur notifikasi yang Anda terima di Kinerja, menu Notifikasi > Pengaturan.',
    )
    return lines.join('\n')
  }

  /** Writes the inbox rows and outbox rows of a plan (the caller's transaction). */
  async function write(tx: Executor, planned: readonly Planned[]) {
    const now = clock.now()
    const rows = await repo.insertNotifications(
      tx,
      planned
        .filter((p) => p.inApp)
        .map(({ n }) => ({
          instansiId: n.instansiId,
          userId: n.userId,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          data: n.data ?? null,
          createdAt: now,
        })),
    )
    const emails = planned.flatMap(({ n, email }) =>
      email
        ? [
            {
              instansiId: n.instansiId,
              userId: n.userId,
              toAddress: email,
              subject: n.title,
              textBody: emailText(n),
              nextAttemptAt: now,
              createdAt: now,
            },
          ]
        : [],
    )
    await repo.insertOutbox(tx, emails)
    return { rows, emailed: emails.length }
  }

  /** After commit: queued email is sent soon (the every-minute flush catches what this misses). */
  function afterCommit(emailed: number) {
    if (emailed === 0 || !onEmailQueued) return
    try {
      onEmailQueued()
    } catch {
      // Best effort by design.
    }
  }

  async function sendOne(row: repo.OutboxRow) {
    if (!mailer) throw new Error('No mailer configured')
    await mailer.send({ to: row.toAddress, subject: row.subject, text: row.textBody })
  }

  const service = {
    /**
     * Delivers one notification by the recipient's preferences for its category: an inbox row
     * when in-app is on, an outbox email (same transaction) when email is on and the pegawai
     * linked to the account has an address. Returns the inbox entry, or null when in-app is off.
     * Called by event listeners and jobs, never by a route.
     */
    async notify(n: NewNotification): Promise<Notification | null> {
      const emails = await emailsOf([n.userId])
      const { rows, emailed } = await db.transaction(async (tx) =>
        write(tx, await plan(tx, [n], emails)),
      )
      afterCommit(emailed)
      const [row] = rows
      return row ? toNotification(row) : null
    },

    /**
     * Like notify, for many at once, each at most once per (user, dedupe.kind, dedupe.key):
     * reminder_log rows are inserted ON CONFLICT DO NOTHING and only the inserted ones are
     * delivered, in one transaction, so with several processes each reminder goes out once.
     * A person who switched the category off entirely gets nothing and nothing is logged.
     * Returns how many were delivered.
     */
    async notifyOnce(items: OnceNotification | readonly OnceNotification[]): Promise<number> {
      const list: readonly OnceNotification[] = Array.isArray(items)
        ? items
        : [items as OnceNotification]
      if (list.length === 0) return 0
      const emails = await emailsOf(list.map((n) => n.userId))
      const key = (n: { userId: string; kind: string; key: string }) =>
        `${n.userId}\u0000${n.kind}\u0000${n.key}`
      const { count, emailed } = await db.transaction(async (tx) => {
        const planned = await plan(tx, list, emails)
        const onceOf = (p: Planned) => (p.n as OnceNotification).dedupe
        // One order for every process, so two concurrent runs wait on each other, never deadlock.
        const logRows = planned
          .map((p) => ({
            instansiId: p.n.instansiId,
            userId: p.n.userId,
            kind: onceOf(p).kind,
            key: onceOf(p).key,
            sentAt: clock.now(),
          }))
          .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
        const inserted = new Set((await repo.insertReminderLog(tx, logRows)).map(key))
        const fresh = planned.filter((p) => inserted.has(key({ userId: p.n.userId, ...onceOf(p) })))
        const written = await write(tx, fresh)
        return { count: fresh.length, emailed: written.emailed }
      })
      afterCommit(emailed)
      return count
    },

    /**
     * Sends due emails of the outbox, each in its own transaction: the row is locked FOR UPDATE
     * SKIP LOCKED (a concurrent flush takes another one), sent, and marked sent; a failure
     * counts an attempt and waits 1, 5, 30, 120 minutes; the fifth failure marks it failed
     * with the last error. Sends at most `limit` emails.
     */
    async flushOutbox(limit = 50) {
      const result = { sent: 0, retried: 0, failed: 0 }
      for (let i = 0; i < limit; i++) {
        const outcome = await db.transaction(async (tx) => {
          const row = await repo.claimDueEmail(tx, clock.now())
          if (!row) return null
          const attempts = row.attempts + 1
          try {
            await sendOne(row)
          } catch (e) {
            const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 1000)
            if (attempts >= MAX_EMAIL_ATTEMPTS) {
              await repo.updateEmail(tx, row.id, { status: 'failed', attempts, lastError })
              return 'failed' as const
            }
            const wait = EMAIL_BACKOFF_MINUTES[attempts - 1] ?? 120
            await repo.updateEmail(tx, row.id, {
              attempts,
              lastError,
              nextAttemptAt: new Date(clock.now().getTime() + wait * 60_000),
            })
            return 'retried' as const
          }
          await repo.updateEmail(tx, row.id, {
            status: 'sent',
            attempts,
            sentAt: clock.now(),
            lastError: null,
          })
          return 'sent' as const
        })
        if (!outcome) break
        result[outcome]++
      }
      return result
    },

    /** The signed-in person's own choices (defaults when never saved) and their email address. */
    async getPreferences(actor: Actor): Promise<NotificationPreferences> {
      const [prefs, emails] = await Promise.all([
        preferencesOf(db, [actor.userId]),
        emailsOf([actor.userId]),
      ])
      return { categories: prefs(actor.userId), email: emails.get(actor.userId) ?? null }
    },

    /** Every signed-in person sets their own choices, per category and channel. */
    async updatePreferences(
      actor: Actor,
      input: NotificationPreferencesInput,
    ): Promise<NotificationPreferences> {
      const categories = mergeWithDefaults(input.categories)
      await db.transaction(async (tx) =>
        repo.upsertPreferences(tx, actor.userId, categories, clock.now()),
      )
      return service.getPreferences(actor)
    },

    /** The signed-in person's own notifications, newest first. */
    async list(actor: Actor, q: NotificationListQuery) {
      const { rows, total } = await repo.listForUser(db, { userId: actor.userId, ...q })
      return { items: rows.map(toNotification), total, page: q.page, pageSize: q.pageSize }
    },

    /** How many of the signed-in person's notifications are unread (the bell's badge). */
    async unreadCount(actor: Actor) {
      return { count: await repo.countUnread(db, actor.userId) }
    },

    /** Marks one own notification read; someone else's answers 404. */
    async markRead(actor: Actor, id: string): Promise<Notification> {
      const row = await repo.markRead(db, actor.userId, id, clock.now())
      if (!row) throw notFound('Notifikasi')
      return toNotification(row)
    },

    /** Marks every own unread notification read. */
    async markAllRead(actor: Actor) {
      return { updated: await repo.markAllRead(db, actor.userId, clock.now()) }
    },
  }
  return service
}
export type NotificationsService = ReturnType<typeof createNotificationsService>
