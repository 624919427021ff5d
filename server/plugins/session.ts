import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Actor } from '../lib/actor.ts'
import { AppError, unauthenticated } from '../lib/errors.ts'

export const SESSION_COOKIE = 'kinerja_session'
export const CSRF_HEADER = 'x-csrf-token'

declare module 'fastify' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor | null
    csrfToken: string | null
    /** The signed-in actor, or a 401. */
    requireActor(): Actor
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /** Reachable without signing in (login, health, API docs). */
    public?: boolean
  }
}

export type SessionResolver = (
  token: string,
  req: FastifyRequest,
) => Promise<{ actor: Actor; csrfToken: string } | null>

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the actor from the session cookie once per request. State-changing requests
 * made with a session must carry the session's CSRF token in X-CSRF-Token (the cookie
 * alone is not enough: SameSite=Lax plus a token bound to the session).
 */
export function registerSession(app: FastifyInstance, resolve: SessionResolver) {
  app.decorateRequest('actor', null)
  app.decorateRequest('csrfToken', null)
  app.decorateRequest('requireActor', function (this: FastifyRequest) {
    if (!this.actor) throw unauthenticated()
    return this.actor
  })
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return
    const token = req.cookies[SESSION_COOKIE]
    const found = token ? await resolve(token, req) : null
    if (!found) {
      // Every matched API route needs a session unless it says otherwise: 401 comes before
      // input validation, so anonymous callers never learn about fields or records.
      const isPublic = req.routeOptions.config.public === true || req.url.startsWith('/api/docs')
      if (req.routeOptions.url && !isPublic) throw unauthenticated()
      return
    }
    req.actor = found.actor
    req.csrfToken = found.csrfToken
    const exempt = req.url === '/api/auth/login'
    if (!SAFE_METHODS.has(req.method) && !exempt && req.headers[CSRF_HEADER] !== found.csrfToken) {
      throw new AppError(
        'FORBIDDEN',
        'Token keamanan (CSRF) tidak cocok; muat ulang halaman',
        'CSRF_MISMATCH',
      )
    }
  })
}
