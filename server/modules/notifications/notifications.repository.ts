import { and, asc, count, desc, eq, inArray, isNull, lte } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import {
  notificationPreferences,
  notifications,
  outboxEmail,
  reminderLog,
} from './notifications.tables.ts'

export type NotificationRow = typeof notifications.$inferSelect
export type NewNotificationRow = typeof notifications.$inferInsert

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

// ---------- preferences ----------
/** Stored choices of these accounts (absent = the defaults). */
export async function listPreferences(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return []
  return db
    .select({
      userId: notificationPreferences.userId,
      categories: notificationPreferences.categories,
    })
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, [...userIds]))
}

export async function upsertPreferences(
  db: Executor,
  userId: string,
  categories: Record<string, unknown>,
  at: Date,
) {
  await db
    .insert(notificationPreferences)
    .values({ userId, categories, updatedAt: at })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { categories, updatedAt: at },
    })
}

// ---------- batched writes of notify / notifyOnce ----------
export async function insertNotifications(db: Executor, values: readonly NewNotificationRow[]) {
  if (values.length === 0) return []
  return db
    .insert(notifications)
    .values([...values])
    .returning()
}

export type NewOutboxRow = typeof outboxEmail.$inferInsert
export type OutboxRow = typeof outboxEmail.$inferSelect

export async function insertOutbox(db: Executor, values: readonly NewOutboxRow[]) {
  if (values.length === 0) return
  await db.insert(outboxEmail).values([...values])
}

/**
 * Records reminders as sent; a (user, kind, key) already there is skipped. Returns the rows
 * actually inserted: only those are delivered, so a reminder goes out once even when several
 * processes run the job at the same moment (the second waits on the unique index, then skips).
 */
export async function insertReminderLog(
  db: Executor,
  values: readonly (typeof reminderLog.$inferInsert)[],
) {
  if (values.length === 0) return []
  return db
    .insert(reminderLog)
    .values([...values])
    .onConflictDoNothing({ target: [reminderLog.userId, reminderLog.kind, reminderLog.key] })
    .returning({ userId: reminderLog.userId, kind: reminderLog.kind, key: reminderLog.key })
}

// ---------- outbox ----------
/**
 * The oldest due pending email, locked for this transaction; rows another process is sending
 * are skipped (FOR UPDATE SKIP LOCKED), so no row is ever sent by two flushes at once.
 */
export async function claimDueEmail(db: Executor, now: Date) {
  const [row] = await db
    .select()
    .from(outboxEmail)
    .where(and(eq(outboxEmail.status, 'pending'), lte(outboxEmail.nextAttemptAt, now)))
    .orderBy(asc(outboxEmail.nextAttemptAt), asc(outboxEmail.id))
    .limit(1)
    .for('update', { skipLocked: true })
  return row
}

export async function updateEmail(
  db: Executor,
  id: string,
  patch: Partial<Pick<OutboxRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>>,
) {
  await db.update(outboxEmail).set(patch).where(eq(outboxEmail.id, id))
}
