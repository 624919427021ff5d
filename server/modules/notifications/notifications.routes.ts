import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { errorEnvelopeSchema, idSchema, pageSchema } from '../../../shared/common.ts'
import {
  notificationListQuerySchema,
  notificationPreferencesInputSchema,
  notificationPreferencesSchema,
  notificationSchema,
  readAllResultSchema,
  unreadCountSchema,
} from '../../../shared/notifications.ts'
import type { NotificationsService } from './notifications.service.ts'

export function notificationRoutes(service: NotificationsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications']
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Own notifications, newest first (?unreadOnly=true for unread only)',
          querystring: notificationListQuerySchema,
          response: { 200: pageSchema(notificationSchema) },
        },
      },
      async (req) => service.list(req.requireActor(), req.query),
    )
    app.get(
      '/unread-count',
      {
        schema: {
          tags,
          summary: 'Number of own unread notifications (polled by the bell)',
          response: { 200: unreadCountSchema },
        },
      },
      async (req) => service.unreadCount(req.requireActor()),
    )
    app.get(
      '/preferences',
      {
        schema: {
          tags,
          summary:
            'Own notification preferences per category and channel (defaults until saved) and the email address used',
          response: { 200: notificationPreferencesSchema },
        },
      },
      async (req) => service.getPreferences(req.requireActor()),
    )
    app.put(
      '/preferences',
      {
        schema: {
          tags,
          summary: 'Set own notification preferences (every category, in-app and email)',
          body: notificationPreferencesInputSchema,
          response: { 200: notificationPreferencesSchema, 400: errorEnvelopeSchema },
        },
      },
      async (req) => service.updatePreferences(req.requireActor(), req.body),
    )
    app.post(
      '/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one own notification read (404 for anyone else’s)',
          params: z.object({ id: idSchema }),
          response: { 200: notificationSchema, 404: errorEnvelopeSchema },
        },
      },
      async (req) => service.markRead(req.requireActor(), req.params.id),
    )
    app.post(
      '/read-all',
      {
        schema: {
          tags,
          summary: 'Mark every own unread notification read',
          response: { 200: readAllResultSchema },
        },
      },
      async (req) => service.markAllRead(req.requireActor()),
    )
  }
}
