import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  changePasswordSchema,
  loginResponseSchema,
  loginSchema,
  meSchema,
  resetPasswordResponseSchema,
  updateUserSchema,
  userSchema,
} from '../../../shared/auth.ts'
import { idSchema, okSchema, pageSchema } from '../../../shared/common.ts'
import { SESSION_COOKIE } from '../../plugins/session.ts'
import type { AuthService } from './auth.service.ts'

type CookieOpts = {
  secure: 'auto' | 'true' | 'false'
  ttlHours: number
  loginRatePerMinute: number
}

export function authRoutes(auth: AuthService, opts: CookieOpts): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/login',
      {
        config: {
          public: true,
          rateLimit: { max: opts.loginRatePerMinute, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with NIP (or username) and password; sets the session cookie',
          body: loginSchema,
          response: { 200: loginResponseSchema },
        },
      },
      async (req, reply) => {
        const result = await auth.login(req.body, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
        })
        void reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: opts.secure === 'auto' ? req.protocol === 'https' : opts.secure === 'true',
          maxAge: opts.ttlHours * 3600,
        })
        return { user: result.user, csrfToken: result.csrfToken }
      },
    )

    app.post(
      '/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign out (revokes the session)',
          response: { 200: okSchema },
        },
      },
      async (req, reply) => {
        await auth.logout(req.requireActor())
        void reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return { ok: true as const }
      },
    )

    app.get(
      '/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in actor with roles and scope',
          response: { 200: meSchema },
        },
      },
      async (req) => auth.me(req.requireActor(), req.csrfToken ?? ''),
    )

    app.post(
      '/change-password',
      {
        schema: {
          tags: ['auth'],
          summary: 'Change own password (other sessions are signed out)',
          body: changePasswordSchema,
          response: { 200: okSchema },
        },
      },
      async (req) => {
        await auth.changePassword(req.requireActor(), req.body)
        return { ok: true as const }
      },
    )
  }
}

export function userRoutes(auth: AuthService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['users'],
          summary: 'Accounts of the instansi (admins)',
          querystring: z.object({
            q: z.string().trim().max(100).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: pageSchema(userSchema) },
        },
      },
      async (req) => auth.listUsers(req.requireActor(), req.query),
    )
    app.patch(
      '/:userId',
      {
        schema: {
          tags: ['users'],
          summary: 'Grant roles or (de)activate an account (admins)',
          params: z.object({ userId: idSchema }),
          body: updateUserSchema,
          response: { 200: userSchema },
        },
      },
      async (req) => auth.updateUser(req.requireActor(), req.params.userId, req.body),
    )
    app.post(
      '/:userId/reset-password',
      {
        schema: {
          tags: ['users'],
          summary: 'Reset a password to a one-time password (admins)',
          params: z.object({ userId: idSchema }),
          response: { 200: resetPasswordResponseSchema },
        },
      },
      async (req) => auth.resetPassword(req.requireActor(), req.params.userId),
    )
  }
}
