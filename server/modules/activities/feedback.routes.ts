import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  feedbackInputSchema,
  feedbackListSchema,
  feedbackQuerySchema,
  feedbackReplySchema,
  feedbackThreadSchema,
} from '../../../shared/activities.ts'
import { idSchema } from '../../../shared/common.ts'
import type { FeedbackService } from './feedback.service.ts'

/**
 * Umpan balik berkelanjutan under /api/activities: threads per SKP per topic (an RHK or a
 * BerAKHLAK value) between the pegawai and their atasan. A thread the actor may not see answers
 * 404; one they read but may not write in, 403.
 */
export function feedbackRoutes(feedback: FeedbackService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['activities']

    app.get(
      '/feedback',
      {
        schema: {
          tags,
          summary: 'The umpan balik threads of an SKP with their messages',
          querystring: feedbackQuerySchema,
          response: { 200: feedbackListSchema },
        },
      },
      async (req) => feedback.list(req.requireActor(), req.query),
    )
    app.post(
      '/feedback',
      {
        schema: {
          tags,
          summary:
            'The atasan writes umpan balik on an RHK or a BerAKHLAK value (opens the topic’s thread or adds to it)',
          body: feedbackInputSchema,
          response: { 201: feedbackThreadSchema },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await feedback.start(req.requireActor(), req.body)),
    )
    app.post(
      '/feedback/:threadId/messages',
      {
        schema: {
          tags,
          summary: 'Reply in a thread: the SKP’s owner or the atasan side',
          params: z.object({ threadId: idSchema }),
          body: feedbackReplySchema,
          response: { 201: feedbackThreadSchema },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await feedback.reply(req.requireActor(), req.params.threadId, req.body)),
    )
  }
}
