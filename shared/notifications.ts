import { z } from 'zod'
import { idSchema } from './common.ts'

/** What a notification is about; the web picks an icon by it. */
export const NOTIFICATION_KINDS = ['skp.submitted', 'skp.approved', 'skp.returned'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

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
