import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '../../db/columns.ts'
import { instansi, pegawai } from '../org/org.tables.ts'

/**
 * A sign-in. Employees sign in with their NIP (username = NIP); admin accounts that are
 * not employees have a plain username. Roles beyond "pegawai" are granted here; atasan
 * powers come from the organisation, never from a role.
 */
export const userAccounts = pgTable(
  'user_accounts',
  {
    id: id(),
    instansiId: uuid('instansi_id').references(() => instansi.id),
    pegawaiId: uuid('pegawai_id').references(() => pegawai.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('user_accounts_username_unique').on(sql`lower(${t.username})`),
    uniqueIndex('user_accounts_pegawai_unique').on(t.pegawaiId),
    index('user_accounts_instansi_idx').on(t.instansiId),
    check(
      'user_accounts_tenant',
      sql`${t.instansiId} IS NOT NULL OR 'super_admin' = ANY(${t.roles})`,
    ),
  ],
)

/** Opaque sessions: the cookie holds a random token, the table its sha256. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => userAccounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
  ],
)
