import { sql } from 'drizzle-orm'
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
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
