import { z } from 'zod'
import { idSchema } from './common.ts'

/** What a notification is about; the web picks an icon by it. */
export const NOTIFICATION_KINDS = [
  'skp.submitted',
  'skp.approved',
  'skp.returned',
  'progress.verified',
  'feedback.posted',
  'reminder.no_entry',
  'reminder.deadline',
  'reminder.waiting',
  'assessment.submitted',
  'assessment.finalised',
  'assessment.objected',
  'assessment.decided',
  'assessment.reopened',
  'helpdesk.created',
  'helpdesk.replied',
  'helpdesk.status',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/**
 * What a person can switch on or off: each category in the in-app inbox and by email.
 * Reminders are their own categories so a person can keep SKP news and silence reminders.
 */
export const NOTIFICATION_CATEGORIES = [
  'skp',
  'verification',
  'feedback',
  'reminder_no_entry',
  'reminder_deadline',
  'reminder_waiting',
  'assessment',
  'helpdesk',
] as const
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number]

export const CATEGORY_OF_KIND: Record<NotificationKind, NotificationCategory> = {
  'skp.submitted': 'skp',
  'skp.approved': 'skp',
  'skp.returned': 'skp',
  'progress.verified': 'verification',
  'feedback.posted': 'feedback',
  'reminder.no_entry': 'reminder_no_entry',
  'reminder.deadline': 'reminder_deadline',
  'reminder.waiting': 'reminder_waiting',
  'assessment.submitted': 'assessment',
  'assessment.finalised': 'assessment',
  'assessment.objected': 'assessment',
  'assessment.decided': 'assessment',
  'assessment.reopened': 'assessment',
  'helpdesk.created': 'helpdesk',
  'helpdesk.replied': 'helpdesk',
  'helpdesk.status': 'helpdesk',
}

const channelSchema = z.object({ inApp: z.boolean(), email: z.boolean() })
export const notificationPreferencesSchema = z.object({
  categories: z.object(
    Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, channelSchema])) as Record<
      NotificationCategory,
      typeof channelSchema
    >,
  ),
  /** The address email goes to (from the pegawai record); null = no email possible. */
  email: z.string().nullable(),
})
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>
export const notificationPreferencesInputSchema = notificationPreferencesSchema.pick({
  categories: true,
})
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInputSchema>

/** Everything on in the inbox; email on for events, off for the daily reminder. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences['categories'] = {
  skp: { inApp: true, email: true },
  verification: { inApp: true, email: true },
  feedback: { inApp: true, email: true },
  reminder_no_entry: { inApp: true, email: false },
  reminder_deadline: { inApp: true, email: true },
  reminder_waiting: { inApp: true, email: true },
  assessment: { inApp: true, email: true },
  helpdesk: { inApp: true, email: true },
}

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A client route such as `/skp/<id>`, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
})
export type Notification = z.infer<typeof notificationSchema>

/** `?unreadOnly`, `?unreadOnly=true` and `?unreadOnly=1` all mean yes. */
const flagSchema = z
  .enum(['', 'true', 'false', '1', '0'], 'Gunakan true atau false')
  .optional()
  .transform((v) => v === '' || v === 'true' || v === '1')

export const notificationListQuerySchema = z.object({
  unreadOnly: flagSchema,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})
export type NotificationListQuery = z.output<typeof notificationListQuerySchema>

export const unreadCountSchema = z.object({ count: z.number().int().nonnegative() })
export type UnreadCount = z.infer<typeof unreadCountSchema>

export const readAllResultSchema = z.object({ updated: z.number().int().nonnegative() })
