import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id } from '../../db/columns.ts'
import { instansi } from '../org/org.tables.ts'
import { userAccounts } from '../auth/auth.tables.ts'

/** In-app inbox: one row per recipient; written by listeners of domain events after commit. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    instansiId: uuid('instansi_id').references(() => instansi.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccounts.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Where the web app should open (a client route such as /skp/<id>). */
    link: text('link'),
    data: jsonb('data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    index('notifications_instansi_idx').on(t.instansiId, t.createdAt),
    // Every signed-in page polls the unread count: only the unread rows are indexed for it.
    index('notifications_user_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} IS NULL`),
  ],
)

/** Each person's choice per category and channel (absent row = the defaults). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => userAccounts.id),
  categories: jsonb('categories').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * Email outbox: written in the same transaction as the inbox row; a job sends pending rows
 * (FOR UPDATE SKIP LOCKED, so several app processes never send one twice) and retries with
 * backoff until `max attempts`, then marks the row failed.
 */
export const outboxEmail = pgTable(
  'outbox_email',
  {
    id: id(),
    instansiId: uuid('instansi_id').references(() => instansi.id),
    userId: uuid('user_id').references(() => userAccounts.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outbox_email_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    check('outbox_email_status', sql`${t.status} IN ('pending', 'sent', 'failed')`),
  ],
)

/**
 * Reminders sent: one row per (user, kind, key) — e.g. ('reminder.no_entry', '2026-11-27') —
 * inserted with ON CONFLICT DO NOTHING in the same transaction as the notification, so a
 * reminder goes out once even when several processes run the job.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: id(),
    instansiId: uuid('instansi_id').references(() => instansi.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccounts.id),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminder_log_once_idx').on(t.userId, t.kind, t.key)],
)
