import { randomBytes } from 'node:crypto'
import type { InjectOptions } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type Session } from '../test/test-app.ts'
import { BOUNDARY, multipart, PNG } from './fuzz-uploads.ts'
import { installWriteLog, writeLogMark, writesSince } from './fuzz-writes.ts'
import {
  fillPath,
  listOperations,
  officeWithRoles,
  opName,
  stateChanging,
  type Operation,
} from './openapi-ops.ts'

/**
 * CSRF on every state-changing operation of /api/openapi.json (decision 0003): a request made
 * with a session cookie but without that session's token in X-CSRF-Token is refused with 403
 * CSRF_MISMATCH before anything runs, and writes nothing. The list comes from the OpenAPI
 * document, so a new route is covered without editing this file. Sign-in is the one exemption
 * (it has no session yet).
 */

const t = await setupTestApp()
/** Reachable without a session by design; a CSRF token cannot exist before sign-in. */
const EXEMPT = new Set(['POST /api/auth/login'])

let ops: Operation[] = []
let admin: Session
let pegawai: Session

beforeAll(async () => {
  const { logins } = await officeWithRoles(t)
  admin = await t.login(logins.admin)
  pegawai = await t.login(logins.pegawai)
  await installWriteLog(t.db)
  ops = stateChanging(await listOperations(t.app)).filter((o) => !EXEMPT.has(opName(o)))
})

/** A plausible request for the operation: random ids in the path, a body of the right kind. */
function requestFor(op: Operation): InjectOptions {
  const url = fillPath(
    op.path,
    Object.fromEntries(
      op.pathParams.map((p) => [p.name, (p.schema.enum?.[0] as string) ?? crypto.randomUUID()]),
    ),
  )
  if (op.body?.contentType === 'multipart/form-data')
    return {
      method: op.method,
      url,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart([
        { name: 'file', filename: 'a.png', contentType: 'image/png', data: PNG },
      ]),
    }
  return {
    method: op.method,
    url,
    ...(op.body ? { headers: { 'content-type': 'application/json' }, payload: '{}' } : {}),
  }
}

/** Sends with exactly the given cookie and CSRF header (no helper adds the right token). */
function send(op: Operation, session: Session, csrf: string | undefined) {
  const req = requestFor(op)
  const headers: Record<string, string> = {
    ...(req.headers as Record<string, string> | undefined),
    cookie: session.cookie,
  }
  if (csrf !== undefined) headers['x-csrf-token'] = csrf
  return t.app.inject({ ...req, headers })
}

describe('CSRF on every state-changing operation', () => {
  it('lists the state-changing operations from the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(50)
    const names = ops.map(opName)
    for (const known of [
      'POST /api/auth/logout',
      'PUT /api/skp/{id}',
      'DELETE /api/helpdesk/faq/{id}',
    ])
      expect(names).toContain(known)
  })

  const variants: { name: string; csrf: (own: Session, other: Session) => string | undefined }[] = [
    { name: 'no X-CSRF-Token', csrf: () => undefined },
    { name: 'an empty token', csrf: () => '' },
    { name: 'a made-up token', csrf: () => randomBytes(32).toString('base64url') },
    { name: "another session's token", csrf: (_own, other) => other.csrfToken },
    { name: 'the token in other letter case', csrf: (own) => swapCase(own.csrfToken) },
    { name: 'the token cut short', csrf: (own) => own.csrfToken.slice(0, -1) },
    { name: 'the session cookie value as token', csrf: (own) => own.cookie.split('=')[1] },
  ]

  for (const v of variants) {
    it(`refuses ${v.name}: 403 CSRF_MISMATCH and nothing written`, async () => {
      const problems: string[] = []
      let mark = await writeLogMark(t.db)
      for (const [i, op] of ops.entries()) {
        // Alternately as the admin and as a pegawai (two accounts, two sessions).
        const [own, other] = i % 2 === 0 ? [admin, pegawai] : [pegawai, admin]
        const res = await send(op, own, v.csrf(own, other))
        const body = res.json<{ error?: { code?: string; reason?: string } }>()
        if (res.statusCode !== 403 || body.error?.reason !== 'CSRF_MISMATCH')
          problems.push(
            `${opName(op)} as ${own.username}: ${res.statusCode} ${res.body.slice(0, 200)}`,
          )
        const w = await writesSince(t.db, mark)
        mark = w.mark
        if (Object.keys(w.writes).length > 0)
          problems.push(`${opName(op)} as ${own.username} wrote ${JSON.stringify(w.writes)}`)
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  }

  it('with the right token the same requests get past the CSRF check (the control)', async () => {
    const problems: string[] = []
    // Signing out ends the session the other requests use: last.
    const ordered = [...ops].sort(
      (a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'),
    )
    for (const op of ordered) {
      const res = await send(op, pegawai, pegawai.csrfToken)
      if (
        res.statusCode >= 500 ||
        res.json<{ error?: { reason?: string } }>().error?.reason === 'CSRF_MISMATCH'
      )
        problems.push(`${opName(op)}: ${res.statusCode} ${res.body.slice(0, 200)}`)
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('a signed-out session is refused even with its token', async () => {
    const s = await t.login(
      (await t.as(admin, { method: 'GET', url: '/api/auth/me' })).json<{ username: string }>()
        .username,
    )
    expect((await t.as(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBeLessThan(
      300,
    )
    const res = await t.as(s, { method: 'POST', url: '/api/notifications/read-all' })
    expect(res.statusCode).toBe(401)
    expect(res.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED')
  })
})

function swapCase(s: string): string {
  const swapped = s
    .split('')
    .map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))
    .join('')
  // A token without letters cannot change case: then flip its first character instead.
  return swapped === s ? `${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}` : swapped
}
