import { z } from 'zod'
import { idSchema, isoDateTimeSchema, pageSchema, paginationQuerySchema } from './common.ts'

/**
 * Helpdesk (issue 6): tickets routed to the instansi's PIC, replies, SLA, satisfaction; the FAQ
 * kept by the PIC; the per-user onboarding state of the built-in guide. Routes /api/helpdesk.
 */
export const TICKET_STATUSES = ['baru', 'diproses', 'menunggu_pengguna', 'selesai'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]
export const TICKET_STATUS_LABEL: Record<TicketStatus, string> = {
  baru: 'Baru',
  diproses: 'Diproses',
  menunggu_pengguna: 'Menunggu pengguna',
  selesai: 'Selesai',
}

export const TICKET_CATEGORIES = [
  'akun',
  'skp',
  'progres_harian',
  'penilaian',
  'data_pegawai',
  'aplikasi',
  'lainnya',
] as const
export type TicketCategory = (typeof TICKET_CATEGORIES)[number]
export const TICKET_CATEGORY_LABEL: Record<TicketCategory, string> = {
  akun: 'Akun dan kata sandi',
  skp: 'SKP',
  progres_harian: 'Progres harian',
  penilaian: 'Penilaian',
  data_pegawai: 'Data pegawai/jabatan',
  aplikasi: 'Aplikasi error/lambat',
  lainnya: 'Lainnya',
}

/** What the app knows about where the person was when they asked (filled by the web). */
export const ticketClientContextSchema = z.object({
  /** The screen's path, e.g. /skp/…; never a full URL. */
  path: z.string().max(300).nullable(),
  userAgent: z.string().max(500).nullable(),
  viewport: z.string().max(40).nullable(),
  online: z.boolean().nullable(),
})
/** Server-side context added at creation (unit, current SKP, current period). */
export const ticketContextSchema = ticketClientContextSchema.extend({
  unitName: z.string().nullable(),
  jabatanName: z.string().nullable(),
  skpId: idSchema.nullable(),
  skpLabel: z.string().nullable(),
  periodId: idSchema.nullable(),
  periodName: z.string().nullable(),
})
export type TicketContext = z.infer<typeof ticketContextSchema>

/** POST /api/helpdesk/tickets → 201 ticketDetail. Attach a screenshot after with /attachments. */
export const ticketCreateSchema = z.object({
  category: z.enum(TICKET_CATEGORIES, 'Pilih kategori masalah'),
  subject: z
    .string()
    .trim()
    .min(5, 'Tulis judul singkat (minimal 5 karakter)')
    .max(150, 'Judul maksimal 150 karakter'),
  description: z
    .string()
    .trim()
    .min(10, 'Ceritakan masalahnya (minimal 10 karakter): apa yang dilakukan, apa yang terjadi')
    .max(5000, 'Maksimal 5000 karakter'),
  context: ticketClientContextSchema,
})
export type TicketCreate = z.infer<typeof ticketCreateSchema>

export const ticketAttachmentSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  /** GET /api/helpdesk/attachments/:id/file */
  url: z.string(),
  createdAt: isoDateTimeSchema,
})

export const ticketMessageSchema = z.object({
  id: idSchema,
  authorName: z.string(),
  authorRole: z.enum(['pelapor', 'pic', 'admin', 'sistem']),
  body: z.string(),
  createdAt: isoDateTimeSchema,
})

export const slaSchema = z.object({
  firstResponseDueAt: isoDateTimeSchema,
  resolutionDueAt: isoDateTimeSchema,
  firstResponseAt: isoDateTimeSchema.nullable(),
  resolvedAt: isoDateTimeSchema.nullable(),
  /** 'ok' running within time, 'breached' past a due time not met, 'met' answered/resolved in time. */
  firstResponseState: z.enum(['running', 'met', 'breached']),
  resolutionState: z.enum(['running', 'met', 'breached']),
})

export const ticketSummarySchema = z.object({
  id: idSchema,
  number: z.string(), // e.g. HD-2026-0007
  subject: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  status: z.enum(TICKET_STATUSES),
  reporterName: z.string(),
  reporterUnitName: z.string().nullable(),
  assigneeUserId: idSchema.nullable(),
  assigneeName: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  sla: slaSchema,
  satisfaction: z.number().int().min(1).max(5).nullable(),
  /** Messages not yet seen by the viewer's side. */
  waitingForViewer: z.boolean(),
})
export type TicketSummary = z.infer<typeof ticketSummarySchema>

export const TICKET_ACTIONS = ['reply', 'take', 'set_status', 'close', 'reopen', 'rate'] as const
export type TicketAction = (typeof TICKET_ACTIONS)[number]

export const ticketDetailSchema = ticketSummarySchema.extend({
  description: z.string(),
  reporterPegawaiId: idSchema.nullable(),
  reporterUserId: idSchema,
  context: ticketContextSchema,
  messages: z.array(ticketMessageSchema),
  attachments: z.array(ticketAttachmentSchema),
  satisfactionComment: z.string().nullable(),
  version: z.number().int(),
  /** What the viewer may do now (the web shows exactly these buttons). */
  actions: z.array(z.enum(TICKET_ACTIONS)),
})
export type TicketDetail = z.infer<typeof ticketDetailSchema>

/** GET /api/helpdesk/tickets?scope=mine|queue&status&q&page&pageSize (queue: PIC/admin). */
export const ticketListQuerySchema = paginationQuerySchema.extend({
  scope: z.enum(['mine', 'queue']).default('mine'),
  status: z.enum(TICKET_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Queue only: `me` = assigned to the viewer, `unassigned` = nobody yet (added by the server helper). */
  assignee: z.enum(['me', 'unassigned']).optional(),
})
export const ticketListSchema = pageSchema(ticketSummarySchema)
export type TicketList = z.infer<typeof ticketListSchema>

/** POST /api/helpdesk/tickets/:id/messages → detail. A reporter's reply to "menunggu pengguna" moves it back to "diproses". */
export const ticketReplySchema = z.object({
  body: z.string().trim().min(2, 'Tulis balasan').max(5000, 'Maksimal 5000 karakter'),
  /** PIC only: the status after this reply (default: diproses for PIC replies). */
  status: z.enum(['diproses', 'menunggu_pengguna', 'selesai']).optional(),
})
/** POST /api/helpdesk/tickets/:id/status (PIC/admin: diproses|menunggu_pengguna|selesai; reporter: selesai = close, diproses = reopen). */
export const ticketStatusSchema = z.object({
  status: z.enum(TICKET_STATUSES, 'Pilih status'),
  version: z.number().int(),
})
/** POST /api/helpdesk/tickets/:id/assign (PIC/admin): null = back to the queue; omit = take it. */
export const ticketAssignSchema = z.object({ userId: idSchema.nullable().optional() })
/** POST /api/helpdesk/tickets/:id/rating (reporter, after selesai). */
export const ticketRatingSchema = z.object({
  satisfaction: z.number().int().min(1, 'Pilih 1–5').max(5, 'Pilih 1–5'),
  comment: z.string().trim().max(1000).nullable().optional(),
})
// POST /api/helpdesk/tickets/:id/attachments (multipart `file`, image or PDF, 5 MB) → 201 attachment
// GET  /api/helpdesk/attachments/:id/file → bytes (reporter, PIC, admin; else 404)

/** GET/PUT /api/helpdesk/settings (PUT admin). SLA in hours (calendar hours). */
export const helpdeskSettingsSchema = z.object({
  firstResponseHours: z.number().int().min(1, 'Minimal 1 jam').max(720, 'Maksimal 720 jam'),
  resolutionHours: z.number().int().min(1, 'Minimal 1 jam').max(2160, 'Maksimal 2160 jam'),
  /** Sent back on PUT: a stale one → 409 VERSION_CONFLICT with `current` (0 until first saved). */
  version: z.number().int().optional(),
})
export type HelpdeskSettings = z.infer<typeof helpdeskSettingsSchema>

/** GET /api/helpdesk/stats?from&to (PIC/admin). */
export const helpdeskStatsQuerySchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
})
export const helpdeskStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  byStatus: z.object(
    Object.fromEntries(TICKET_STATUSES.map((s) => [s, z.number().int()])) as Record<
      TicketStatus,
      z.ZodNumber
    >,
  ),
  byCategory: z.array(
    z.object({ category: z.enum(TICKET_CATEGORIES), label: z.string(), count: z.number().int() }),
  ),
  /** Median and average minutes to the first PIC reply / to selesai (null when none). */
  firstResponseMinutes: z.object({ median: z.number().nullable(), average: z.number().nullable() }),
  resolutionMinutes: z.object({ median: z.number().nullable(), average: z.number().nullable() }),
  slaFirstResponseMetPercent: z.number().nullable(),
  slaResolutionMetPercent: z.number().nullable(),
  satisfactionAverage: z.number().nullable(),
  satisfactionCount: z.number().int(),
})
export type HelpdeskStats = z.infer<typeof helpdeskStatsSchema>

// ---------- FAQ ----------
export const faqSchema = z.object({
  id: idSchema,
  question: z.string(),
  answer: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  published: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: isoDateTimeSchema,
  version: z.number().int(),
})
export type Faq = z.infer<typeof faqSchema>
/** GET /api/helpdesk/faq?q (everyone: published; PIC/admin: all) → { items }. */
export const faqListQuerySchema = z.object({ q: z.string().trim().max(100).optional() })
export const faqListSchema = z.object({ items: z.array(faqSchema) })
/** POST /api/helpdesk/faq (PIC/admin) → 201; PUT /faq/:id (with version); DELETE /faq/:id. */
export const faqInputSchema = z.object({
  question: z.string().trim().min(5, 'Tulis pertanyaan (minimal 5 karakter)').max(300),
  answer: z.string().trim().min(5, 'Tulis jawaban (minimal 5 karakter)').max(10000),
  category: z.enum(TICKET_CATEGORIES, 'Pilih kategori'),
  published: z.boolean(),
  sortOrder: z.number().int().min(0).max(10000).default(0),
})
export const faqUpdateSchema = faqInputSchema.extend({ version: z.number().int() })

// ---------- onboarding (built-in guide) ----------
/** GET /api/helpdesk/onboarding → state; POST /api/helpdesk/onboarding {done} → state. */
export const onboardingSchema = z.object({
  tourDone: z.boolean(),
  completedAt: isoDateTimeSchema.nullable(),
})
export const onboardingUpdateSchema = z.object({ done: z.boolean() })

// ---------- pure rules (added by the helpdesk server helper; used by the API and the web) ----------

/** Defaults of decision 0011 until an admin saves the settings. */
export const DEFAULT_HELPDESK_SETTINGS = { firstResponseHours: 8, resolutionHours: 72 } as const

/** A screenshot (PNG, JPEG, WebP) or a PDF, recognised by content; at most 5 MB. */
export const HELPDESK_ATTACHMENT_MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
] as const
export const MAX_HELPDESK_ATTACHMENT_BYTES = 5 * 1024 * 1024
/** Files per ticket. */
export const MAX_HELPDESK_ATTACHMENTS = 10

/** What ticketActions needs to know about the ticket. */
export type TicketActionState = {
  status: TicketStatus
  assigneeUserId: string | null
  satisfaction: number | null
}
/** Who looks at it: the reporter, the PIC side (PIC or admin of the instansi), or both. */
export type TicketViewer = { userId: string; isReporter: boolean; isStaff: boolean }

/**
 * What the viewer may do on a ticket now — the ONE rule: the web shows exactly these buttons
 * and the API authorises with it.
 * - reporter: reply and close while not selesai; reopen and (once) rate when selesai;
 * - PIC/admin: reply while not selesai, take it when it is not already theirs (not selesai),
 *   change the status at any time (from selesai too: that reopens it).
 */
export function ticketActions(t: TicketActionState, viewer: TicketViewer): TicketAction[] {
  const done = t.status === 'selesai'
  const out = new Set<TicketAction>()
  if (viewer.isReporter) {
    if (!done) {
      out.add('reply')
      out.add('close')
    } else {
      out.add('reopen')
      if (t.satisfaction == null) out.add('rate')
    }
  }
  if (viewer.isStaff) {
    if (!done) out.add('reply')
    if (!done && t.assigneeUserId !== viewer.userId) out.add('take')
    out.add('set_status')
  }
  return TICKET_ACTIONS.filter((a) => out.has(a))
}

/**
 * The actions that allow a status change (any one of them suffices); empty = no such change
 * (the same status, or back to `baru`).
 */
export function statusChangeActions(from: TicketStatus, to: TicketStatus): TicketAction[] {
  if (from === to || to === 'baru') return []
  if (to === 'selesai') return ['close', 'set_status']
  if (from === 'selesai' && to === 'diproses') return ['reopen', 'set_status']
  return ['set_status']
}

export type SlaState = 'running' | 'met' | 'breached'
/** One SLA clock: met/breached once done, else running until the due time passes. */
export function slaState(dueAt: string | Date, doneAt: string | Date | null, now: Date): SlaState {
  const due = new Date(dueAt).getTime()
  if (doneAt != null) return new Date(doneAt).getTime() <= due ? 'met' : 'breached'
  return now.getTime() > due ? 'breached' : 'running'
}

/** The ticket's page for the reporter and for the PIC side (notification links). */
export const reporterTicketLink = (id: string) => `/bantuan/tiket/${id}`
export const staffTicketLink = (id: string) => `/helpdesk/tiket/${id}`

/** GET /api/helpdesk/staff (PIC/admin): who a ticket can be assigned to, with their open tickets. */
export const helpdeskStaffSchema = z.object({
  userId: idSchema,
  name: z.string(),
  role: z.enum(['pic', 'admin']),
  openTickets: z.number().int(),
})
export const helpdeskStaffListSchema = z.object({ items: z.array(helpdeskStaffSchema) })
export type HelpdeskStaff = z.infer<typeof helpdeskStaffSchema>
