// Helpdesk tables (issue 6) — owned by the helpdesk helper.
import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { TICKET_CATEGORIES, TICKET_STATUSES, type TicketContext } from '../../../shared/helpdesk.ts'
import { id, timestamps } from '../../db/columns.ts'
import { userAccounts } from '../auth/auth.tables.ts'
import { instansi, pegawai } from '../org/org.tables.ts'

export const ticketStatus = pgEnum('helpdesk_ticket_status', TICKET_STATUSES)
export const ticketCategory = pgEnum('helpdesk_ticket_category', TICKET_CATEGORIES)

/**
 * A helpdesk ticket of one instansi (decision 0011 "Helpdesk"). Numbered HD-<year>-<seq> per
 * instansi and year (the seq comes from helpdesk_ticket_counters, taken under a row lock).
 * Names are snapshots at the time of writing (as on feedback messages), so a list never joins
 * the accounts. The SLA due times are fixed at creation from the settings of that moment.
 */
export const helpdeskTickets = pgTable(
  'helpdesk_tickets',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    /** e.g. HD-2026-0007 */
    number: text('number').notNull(),
    year: smallint('year').notNull(),
    seq: integer('seq').notNull(),
    status: ticketStatus('status').notNull().default('baru'),
    category: ticketCategory('category').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    reporterUserId: uuid('reporter_user_id')
      .notNull()
      .references(() => userAccounts.id),
    reporterPegawaiId: uuid('reporter_pegawai_id').references(() => pegawai.id),
    reporterName: text('reporter_name').notNull(),
    /** Where the person was (client) plus unit, jabatan, SKP and period (server). */
    context: jsonb('context').$type<TicketContext>().notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => userAccounts.id),
    assigneeName: text('assignee_name'),
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }).notNull(),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }).notNull(),
    /** The first reply of a PIC or admin. */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    /** Set by `selesai`, cleared by a reopen. */
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    satisfaction: smallint('satisfaction'),
    satisfactionComment: text('satisfaction_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** Last message or change by the reporter / by the PIC side ("waiting for the viewer"). */
    reporterActivityAt: timestamp('reporter_activity_at', { withTimezone: true }).notNull(),
    staffActivityAt: timestamp('staff_activity_at', { withTimezone: true }),
    /** When each side last opened the ticket. */
    reporterSeenAt: timestamp('reporter_seen_at', { withTimezone: true }),
    staffSeenAt: timestamp('staff_seen_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('helpdesk_tickets_number_key').on(t.instansiId, t.number),
    uniqueIndex('helpdesk_tickets_seq_key').on(t.instansiId, t.year, t.seq),
    // The PIC queue: open tickets first, filtered by status.
    index('helpdesk_tickets_queue_idx').on(t.instansiId, t.status, t.createdAt),
    index('helpdesk_tickets_reporter_idx').on(t.instansiId, t.reporterUserId, t.updatedAt),
    // Routing (open tickets per PIC) and "assigned to me".
    index('helpdesk_tickets_assignee_idx').on(t.instansiId, t.assigneeUserId, t.status),
    // Stats over a date range.
    index('helpdesk_tickets_created_idx').on(t.instansiId, t.createdAt),
    check(
      'helpdesk_tickets_satisfaction',
      sql`${t.satisfaction} IS NULL OR ${t.satisfaction} BETWEEN 1 AND 5`,
    ),
    check(
      'helpdesk_tickets_resolved',
      sql`(${t.status} = 'selesai') = (${t.resolvedAt} IS NOT NULL)`,
    ),
  ],
)

/** The last number given per instansi and year (locked by the upsert that takes the next one). */
export const helpdeskTicketCounters = pgTable(
  'helpdesk_ticket_counters',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    year: smallint('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.instansiId, t.year] })],
)

export const helpdeskMessages = pgTable(
  'helpdesk_messages',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => helpdeskTickets.id, { onDelete: 'cascade' }),
    /** Null for system lines (status changes, assignment). */
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role', { enum: ['pelapor', 'pic', 'admin', 'sistem'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: a reply and the status line it causes share one instant. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('helpdesk_messages_ticket_idx').on(t.ticketId, t.seq)],
)

/** Screenshots and PDFs of a ticket (content-addressed in the helpdesk FileStore). */
export const helpdeskAttachments = pgTable(
  'helpdesk_attachments',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => helpdeskTickets.id, { onDelete: 'cascade' }),
    uploadedByUserId: uuid('uploaded_by_user_id').notNull(),
    /** sha256 of the content: the FileStore key. */
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Upload order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('helpdesk_attachments_ticket_idx').on(t.ticketId, t.seq),
    index('helpdesk_attachments_file_key_idx').on(t.fileKey),
  ],
)

/** The FAQ / knowledge base kept by the PIC. */
export const helpdeskFaq = pgTable(
  'helpdesk_faq',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    category: ticketCategory('category').notNull(),
    published: boolean('published').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    createdByUserId: uuid('created_by_user_id'),
    updatedByUserId: uuid('updated_by_user_id'),
    version: integer('version').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('helpdesk_faq_instansi_idx').on(t.instansiId, t.published, t.sortOrder)],
)

/** SLA of an instansi in calendar hours (defaults 8 h first response, 72 h resolution). */
export const helpdeskSettings = pgTable('helpdesk_settings', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id),
  firstResponseHours: smallint('first_response_hours').notNull().default(8),
  resolutionHours: smallint('resolution_hours').notNull().default(72),
  version: integer('version').notNull().default(0),
  ...timestamps,
})

/** The built-in guide's first-login tour, remembered per account. */
export const guideProgress = pgTable('guide_progress', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => userAccounts.id, { onDelete: 'cascade' }),
  instansiId: uuid('instansi_id').references(() => instansi.id),
  tourDone: boolean('tour_done').notNull().default(false),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  ...timestamps,
})
