import type {
  Notification,
  NotificationKind,
  NotificationListQuery,
} from '../../../shared/notifications.ts'
import type { Actor } from '../../lib/actor.ts'
import type { Clock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import type { Db } from '../../db/client.ts'
import * as repo from './notifications.repository.ts'

type Deps = { db: Db; clock: Clock }

export type NewNotification = {
  instansiId: string | null
  userId: string
  kind: NotificationKind
  title: string
  body: string
  link: string | null
  data?: Record<string, unknown>
}

const toNotification = (r: repo.NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt?.toISOString() ?? null,
})

/** The in-app inbox. Everyone reads and marks only their own notifications. */
export function createNotificationsService({ db, clock }: Deps) {
  return {
    /** Puts a notification in one account's inbox (called by event listeners, never by a route). */
    async notify(n: NewNotification): Promise<Notification> {
      const row = await repo.insertNotification(db, {
        instansiId: n.instansiId,
        userId: n.userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        data: n.data ?? null,
        createdAt: clock.now(),
      })
      return toNotification(row)
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
}
export type NotificationsService = ReturnType<typeof createNotificationsService>
