import { timestamp, uuid } from 'drizzle-orm/pg-core'

/** Shared column helpers: every table gets a UUID key and timestamps. */
export const id = () => uuid('id').primaryKey().defaultRandom()
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}
