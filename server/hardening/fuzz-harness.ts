import type { InjectOptions } from 'fastify'
import { ERROR_CODES } from '../../shared/common.ts'
import type { Session, TestApp } from '../test/test-app.ts'
import { fileChanges, listFiles, writesSince } from './fuzz-writes.ts'
import { fillPath, whoAmI, type RoleName, type Operation } from './openapi-ops.ts'
import { sample, type GenContext } from './fuzz-gen.ts'
import type { Rng } from './fuzz-rng.ts'

/**
 * The fuzz test's harness: signed-in roles, ids harvested from the API for path parameters,
 * and `send`, which checks every answer (no 5xx, the error envelope on 4xx, no write and no
 * file from a rejected request) and records each failure with the request that caused it.
 */

export type FuzzRole = RoleName | 'anonymous'

export type FuzzRequest = {
  op: string
  role: FuzzRole
  method: string
  url: string
  contentType?: string | null
  payload?: string | Buffer
  note: string
}

export type Failure = { problem: string; request: string; response: string }

/** Writes a rejected request may make by design (and why). */
export const ALLOWED_REJECTED_WRITES: {
  what: string
  applies: (r: FuzzRequest, status: number, reason: string | undefined) => boolean
  tables: string[]
  why: string
}[] = [
  {
    what: 'POST /api/auth/login → 401',
    applies: (r, status) => r.op === 'POST /api/auth/login' && status === 401,
    tables: ['public.audit_log:INSERT', 'public.user_accounts:UPDATE'],
    why: 'a failed sign-in is audited and counts toward the account lock (decision 0003)',
  },
]

const preview = (v: string | Buffer | undefined, n = 300) => {
  if (v === undefined) return ''
  const s = Buffer.isBuffer(v) ? v.subarray(0, n).toString('latin1') : v.slice(0, n)
  const len = Buffer.isBuffer(v) ? v.length : v.length
  return `${JSON.stringify(s)}${len > n ? ` …(${len} chars/bytes)` : ''}`
}

export function describeRequest(r: FuzzRequest, seed: number, index: number): string {
  return [
    `seed=${seed} #${index} role=${r.role} [${r.note}]`,
    `${r.method} ${r.url.length > 400 ? `${r.url.slice(0, 400)}…(${r.url.length})` : r.url}`,
    r.contentType !== undefined ? `content-type: ${r.contentType}` : '',
    r.payload !== undefined ? `body: ${preview(r.payload)}` : '',
  ]
    .filter(Boolean)
    .join('\n  ')
}

type Pools = { byKey: Map<string, Set<string>>; byPath: Map<string, Set<string>> }

export async function createHarness(
  t: TestApp,
  opts: { logins: Record<RoleName, string>; dataDir: string; seed: number; mark: number },
) {
  const sessions = new Map<RoleName, Session>()
  const roles = Object.keys(opts.logins) as RoleName[]
  /** Account and pegawai ids of the signed-in roles: never targets of a write (a fuzzed
   * deactivation or password reset would end the run's own sessions). */
  const protectedIds = new Set<string>()
  for (const role of roles) {
    const s = await t.login(opts.logins[role])
    sessions.set(role, s)
    const me = await whoAmI(t, s)
    protectedIds.add(me.id)
    if (me.pegawaiId) protectedIds.add(me.pegawaiId)
  }
  const pools = new Map<FuzzRole, Pools>()
  const poolOf = (role: FuzzRole) => {
    let p = pools.get(role)
    if (!p) pools.set(role, (p = { byKey: new Map(), byPath: new Map() }))
    return p
  }

  let mark = opts.mark
  let files = listFiles(opts.dataDir)
  let index = 0
  let relogins = 0
  const failures: Failure[] = []
  const statusCounts = new Map<number, number>()
  const perOp = new Map<string, number>()
  const msPerOp = new Map<string, number>()

  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
  function harvest(role: FuzzRole, path: string, value: unknown) {
    const pool = poolOf(role)
    const add = (map: Map<string, Set<string>>, key: string, v: string) => {
      let set = map.get(key)
      if (!set) map.set(key, (set = new Set()))
      if (set.size < 200) set.add(v)
    }
    // `depth` counts objects: the answer's own id or its items' ids (a list, or `items` of a
    // page) are what `GET <path>` lists; ids nested deeper belong to other resources.
    // `parent.id` is kept too (`assessment.id` of GET /api/assessments/mine) for `{id}` params.
    const walk = (v: unknown, key: string, depth: number, parent: string) => {
      if (Array.isArray(v)) for (const x of v) walk(x, key, depth, parent)
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, k, depth + 1, key)
      else if (typeof v === 'string' && UUID.test(v)) {
        add(pool.byKey, key, v)
        if (key === 'id' && parent) add(pool.byKey, `${parent}.id`, v)
        if (key === 'id' && depth <= 2) add(pool.byPath, path.replace(/\/$/, ''), v)
      }
    }
    walk(value, '', 0, '')
  }

  /** An id for a parameter: same-named fields seen in answers, or ids listed by the GET
   * that shares the longest path prefix (`/api/skp/{id}` ← ids of `GET /api/skp/`). */
  function idFor(role: FuzzRole, op: Operation, name: string, rng: Rng): string | undefined {
    const pool = poolOf(role)
    const candidates: string[] = []
    if (name !== 'id') candidates.push(...(pool.byKey.get(name) ?? []))
    const at = op.path.indexOf(`{${name}}`)
    // The collection the parameter names an item of: `/api/skp/{id}/submit` ← `GET /api/skp/`.
    const collection = op.path.slice(0, at).replace(/\/$/, '')
    const listed = at > 0 ? pool.byPath.get(collection) : undefined
    const segment = collection.split('/').pop() ?? ''
    const named = [segment, segment.replace(/s$/, '')].flatMap((k) => [
      ...(pool.byKey.get(`${k}.id`) ?? []),
    ])
    if (listed && listed.size > 0) candidates.push(...listed)
    else if (named.length > 0) candidates.push(...named)
    else if (at > 0) {
      const prefix = op.path.slice(0, at).split('/').filter(Boolean)
      let best = 1
      let bestIds: string[] = []
      for (const [p, ids] of pool.byPath) {
        const segs = p.split('/').filter(Boolean)
        let n = 0
        while (n < prefix.length && n < segs.length && segs[n] === prefix[n]) n++
        if (n > best) {
          best = n
          bestIds = [...ids]
        } else if (n === best && n > 1) bestIds.push(...ids)
      }
      candidates.push(...bestIds)
    }
    const usable =
      op.method === 'GET' ? candidates : candidates.filter((id) => !protectedIds.has(id))
    return usable.length > 0 ? rng.pick(usable) : undefined
  }

  function genContext(role: FuzzRole, op: Operation, rng: Rng, text?: string): GenContext {
    return { rng, idFor: (name) => idFor(role, op, name, rng), text }
  }

  /** Valid-looking values for the path and query of an operation (optional query keys
   * half the time, never when `requiredOnly`). */
  function validParams(role: FuzzRole, op: Operation, rng: Rng, requiredOnly = false) {
    const ctx = genContext(role, op, rng)
    const path: Record<string, string> = {}
    for (const p of op.pathParams) path[p.name] = String(sample(p.schema, p.name, ctx))
    const query: string[] = []
    for (const q of op.queryParams) {
      if (!q.required && (requiredOnly || rng.chance(0.5))) continue
      const v = sample(q.schema, q.name, ctx)
      if (v !== undefined && v !== null)
        query.push(
          `${encodeURIComponent(q.name)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`,
        )
    }
    return { path, query }
  }

  function urlOf(op: Operation, path: Record<string, string>, query: string[], raw = false) {
    const base = fillPath(op.path, path, raw)
    return query.length > 0 ? `${base}?${query.join('&')}` : base
  }

  function validBody(role: FuzzRole, op: Operation, rng: Rng, text?: string): unknown {
    return op.body ? sample(op.body.schema, 'body', genContext(role, op, rng, text)) : undefined
  }

  async function ensureSession(role: RoleName) {
    const s = sessions.get(role)
    if (s) {
      const me = await t.as(s, { method: 'GET', url: '/api/auth/me' })
      if (me.statusCode === 200) return
    }
    relogins++
    sessions.set(role, await t.login(opts.logins[role]))
  }

  function checkEnvelope(
    status: number,
    body: string,
    contentType: string | undefined,
  ): string | null {
    if (!contentType?.includes('application/json')) return `content-type ${contentType ?? '(none)'}`
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      return 'body is not JSON'
    }
    const err = (parsed as { error?: { code?: unknown; message?: unknown } }).error
    if (
      !err ||
      typeof err.message !== 'string' ||
      !(ERROR_CODES as readonly unknown[]).includes(err.code)
    )
      return `no { error: { code, message } } in ${status}`
    return null
  }

  /** Sends one request and checks the answer; returns the response. */
  async function send(r: FuzzRequest) {
    const i = index++
    perOp.set(r.op, (perOp.get(r.op) ?? 0) + 1)
    const headers: Record<string, string> = {}
    if (r.contentType) headers['content-type'] = r.contentType
    const session = r.role === 'anonymous' ? null : (sessions.get(r.role) ?? null)
    const options: InjectOptions = {
      method: r.method,
      url: r.url,
      headers,
      ...(r.payload !== undefined ? { payload: r.payload } : {}),
    }
    let res
    const t0 = performance.now()
    try {
      res = await t.as(session, options)
    } catch (e) {
      failures.push({
        problem: `inject threw ${(e as Error).message}`,
        request: describeRequest(r, opts.seed, i),
        response: '',
      })
      return null
    }
    msPerOp.set(r.op, (msPerOp.get(r.op) ?? 0) + performance.now() - t0)
    statusCounts.set(res.statusCode, (statusCounts.get(res.statusCode) ?? 0) + 1)
    const fail = (problem: string) =>
      failures.push({
        problem,
        request: describeRequest(r, opts.seed, i),
        response: `${res.statusCode} ${res.body.slice(0, 400)}`,
      })
    if (res.statusCode >= 500) fail(`${res.statusCode}`)
    else if (res.statusCode >= 400) {
      const bad = checkEnvelope(
        res.statusCode,
        res.body,
        res.headers['content-type'] as string | undefined,
      )
      if (bad) fail(`error envelope: ${bad}`)
    }
    const w = await writesSince(t.db, mark)
    mark = w.mark
    const after = listFiles(opts.dataDir)
    const changed = fileChanges(files, after)
    files = after
    if (res.statusCode >= 400) {
      let reason: string | undefined
      try {
        reason = res.json<{ error?: { reason?: string } }>().error?.reason
      } catch {
        reason = undefined
      }
      const allowed = ALLOWED_REJECTED_WRITES.filter((a) => a.applies(r, res.statusCode, reason))
      const wrote = Object.keys(w.writes).filter((k) => !allowed.some((a) => a.tables.includes(k)))
      if (wrote.length > 0)
        fail(
          `rejected (${res.statusCode}) but wrote ${wrote.map((k) => `${k}×${w.writes[k]}`).join(', ')}`,
        )
      if (changed.length > 0)
        fail(`rejected (${res.statusCode}) but changed files ${changed.join(', ')}`)
    }
    if (res.statusCode === 401 && r.role !== 'anonymous') {
      await ensureSession(r.role)
      // A new sign-in writes (session, audit): not the fuzzed request's doing.
      mark = (await writesSince(t.db, mark)).mark
    }
    return res
  }

  return {
    sessions,
    protectedIds,
    harvest,
    idFor,
    validParams,
    validBody,
    urlOf,
    send,
    failures,
    stats: () => ({ requests: index, relogins, statusCounts, perOp, msPerOp }),
  }
}
export type Harness = Awaited<ReturnType<typeof createHarness>>
