import type { FastifyInstance } from 'fastify'
import { encodeAny } from './fuzz-gen.ts'
import type { Session, TestApp } from '../test/test-app.ts'

/**
 * Shared helpers of the hardening tests: the operations of /api/openapi.json (so a new route is
 * covered without editing a list), filling path templates, and signing in the demo's roles.
 */

/** The subset of JSON Schema that zod's OpenAPI output uses. */
export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  nullable?: boolean
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number | boolean
  exclusiveMaximum?: number | boolean
  minItems?: number
  maxItems?: number
  default?: unknown
  additionalProperties?: boolean | JsonSchema
  $ref?: string
}

export type Param = { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }

export type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** The OpenAPI path, e.g. `/api/skp/{id}/submit`. */
  path: string
  pathParams: Param[]
  queryParams: Param[]
  /** The request body, when the operation declares one. */
  body: { contentType: string; schema: JsonSchema } | null
  /** The content types of the 200/201 answer (JSON, PDF, XLSX, CSV…). */
  responseTypes: string[]
  /** Declared `security: []` (reachable without a session). */
  public: boolean
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

type OpenApiOperation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[]
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
  responses?: Record<string, { content?: Record<string, unknown> }>
  security?: unknown[]
}

/** Every operation of the app's OpenAPI document (HEAD left out: Fastify adds it to each GET). */
export async function listOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' })
  if (res.statusCode !== 200) throw new Error(`openapi.json: ${res.statusCode}`)
  const doc = res.json<{ paths: Record<string, Record<string, OpenApiOperation>> }>()
  const ops: Operation[] = []
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase()
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue
      const params = (op.parameters ?? []).map((p): Param => ({
        name: p.name,
        in: p.in === 'path' ? 'path' : 'query',
        required: p.required === true || p.in === 'path',
        schema: p.schema ?? {},
      }))
      const content = op.requestBody?.content ?? {}
      const contentType = Object.keys(content)[0]
      const okResponse = op.responses?.['200'] ?? op.responses?.['201']
      ops.push({
        method: upper as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: contentType ? { contentType, schema: content[contentType]?.schema ?? {} } : null,
        responseTypes: Object.keys(okResponse?.content ?? {}),
        public: Array.isArray(op.security) && op.security.length === 0,
      })
    }
  }
  return ops
}

/** The state-changing operations (POST/PUT/PATCH/DELETE). */
export const stateChanging = (ops: Operation[]) => ops.filter((o) => STATE_CHANGING.has(o.method))

/** `METHOD /path`, the name an operation is reported under. */
export const opName = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`

/**
 * Fills `{name}` placeholders; values are URL-encoded unless `raw` (to send `../` or `%00`
 * exactly as given).
 */
export function fillPath(path: string, values: Record<string, string>, raw = false): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = values[name] ?? '00000000-0000-4000-8000-000000000000'
    return raw ? v : encodeAny(v)
  })
}

/** The roles the fuzz and CSRF tests act as (each one account of a factory office). */
export type RoleName = 'admin' | 'atasan' | 'pegawai' | 'pic'
export const ROLE_NAMES: readonly RoleName[] = ['admin', 'atasan', 'pegawai', 'pic']

/**
 * A factory office (server/test/factories.ts) with one account per role: the instansi admin,
 * the atasan (kepala sub bidang), a pegawai (staff1) and a helpdesk PIC. Returns the login of
 * each role.
 */
export async function officeWithRoles(t: TestApp) {
  const o = await t.f.office()
  const pic = await t.f.pegawai(o.instansi.id, o.units.root.id, { roles: ['pic_helpdesk'] })
  const logins: Record<RoleName, string> = {
    admin: o.admin.username,
    atasan: o.kasub.username,
    pegawai: o.staff1.username,
    pic: pic.username,
  }
  return { o, pic, logins }
}

/** The account and pegawai ids behind a session (GET /api/auth/me). */
export async function whoAmI(
  t: TestApp,
  session: Session,
): Promise<{ id: string; pegawaiId: string | null }> {
  const res = await t.as(session, { method: 'GET', url: '/api/auth/me' })
  if (res.statusCode !== 200) throw new Error(`me: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string; pegawaiId: string | null }>()
}
