import { and, count, desc, eq, isNull } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { notifications } from './notifications.tables.ts'

export type NotificationRow = typeof notifications.$inferSelect
export type NewNotificationRow = typeof notifications.$inferInsert

export async function insertNotification(db: Executor, values: NewNotificationRow) {
  const [row] = await db.insert(notifications).values(values).returning()
  return row as NotificationRow
}

/** A user's own notifications, newest first. */
export async function listForUser(
  db: Executor,
  f: { userId: string; unreadOnly: boolean; page: number; pageSize: number },
) {
  const where = f.unreadOnly
    ? and(eq(notifications.userId, f.userId), isNull(notifications.readAt))
    : eq(notifications.userId, f.userId)
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ])
  return { rows, total: total?.n ?? 0 }
}

export async function countUnread(db: Executor, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
  return row?.n ?? 0
}

/** Marks one of the user's notifications read (keeps the first read time); undefined when not theirs. */
export async function markRead(db: Executor, userId: string, id: string, at: Date) {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)),
    )
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .limit(1)
  return row
}

export async function markAllRead(db: Executor, userId: string, at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id })
  return rows.length
}
