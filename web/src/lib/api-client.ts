import type { ErrorCode } from '../../../shared/common.ts'

/**
 * The one HTTP client of the web app. Components never call fetch: feature `api.ts`
 * files wrap these calls in TanStack Query hooks.
 *
 * - every path is relative to `/api` (the server serves the SPA on the same origin);
 * - the session travels in the httpOnly cookie, so credentials are always included;
 * - state-changing requests carry the session's CSRF token (from login or /auth/me);
 * - the error envelope `{ error: { code, message, reason?, fields? } }` becomes an ApiError.
 */

const API_PREFIX = '/api'

/** Codes the server sends plus the ones this client produces on its own. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNKNOWN'

export class ApiError extends Error {
  readonly status: number
  readonly code: ApiErrorCode
  readonly reason: string | undefined
  readonly fields: Record<string, string>
  /** The parsed response body, for callers that need more than the envelope (imports). */
  readonly body: unknown

  constructor(init: {
    status: number
    code: ApiErrorCode
    message: string
    reason?: string | undefined
    fields?: Record<string, string> | undefined
    body?: unknown
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.reason = init.reason
    this.fields = init.fields ?? {}
    this.body = init.body
  }
}

let csrfToken: string | null = null

/** Called when a session starts (login, /auth/me) or ends (logout, 401). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>

/** Builds a same-origin URL under /api, dropping empty parameters. */
export function apiUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const qs = search.toString()
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

type RequestOptions = {
  query?: QueryParams
  body?: unknown
  signal?: AbortSignal
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function toApiError(status: number, body: unknown, fallbackMessage: string): ApiError {
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : null
  const fields: Record<string, string> = {}
  if (envelope && isRecord(envelope.fields)) {
    for (const [k, v] of Object.entries(envelope.fields)) if (typeof v === 'string') fields[k] = v
  }
  const code =
    envelope && typeof envelope.code === 'string'
      ? (envelope.code as ErrorCode)
      : (STATUS_CODES[status] ?? 'UNKNOWN')
  return new ApiError({
    status,
    code,
    message: envelope && typeof envelope.message === 'string' ? envelope.message : fallbackMessage,
    reason: envelope && typeof envelope.reason === 'string' ? envelope.reason : undefined,
    fields,
    body,
  })
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined
  const type = res.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    try {
      return (await res.json()) as unknown
    } catch {
      return undefined
    }
  }
  const text = await res.text()
  return text === '' ? undefined : text
}

/** The response of a request that succeeded (2xx); anything else becomes an ApiError. */
async function fetchOk(
  method: Method,
  path: string,
  init: RequestInit,
  query: QueryParams | undefined,
  accept: string,
): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('Accept', accept)
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken)
  let res: Response
  try {
    res = await fetch(apiUrl(path, query), { ...init, method, headers, credentials: 'include' })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' })
  }
  if (!res.ok) {
    const body = await readBody(res)
    throw toApiError(res.status, body, res.statusText || `HTTP ${res.status}`)
  }
  return res
}

async function send<T>(
  method: Method,
  path: string,
  init: RequestInit,
  query?: QueryParams,
): Promise<T> {
  const res = await fetchOk(method, path, init, query, 'application/json')
  return (await readBody(res)) as T
}

/** GET of a file (evidence, downloads) as a Blob; errors arrive as the usual envelope. */
async function getBlob(path: string, query?: QueryParams, signal?: AbortSignal): Promise<Blob> {
  // The file routes answer with the file's own type; errors still come as JSON.
  const res = await fetchOk('GET', path, { signal: signal ?? null }, query, '*/*')
  try {
    return await res.blob()
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' })
  }
}

function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = { signal: options.signal ?? null }
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body)
    init.headers = { 'Content-Type': 'application/json' }
  }
  return send<T>(method, path, init, options.query)
}

export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
    request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** Multipart upload (imports). The browser sets the boundary, so no Content-Type here. */
  upload: <T>(path: string, form: FormData) => send<T>('POST', path, { body: form }),
  /** A file's bytes (e.g. an evidence photo shown in the page), with the session. */
  blob: (path: string, query?: QueryParams, signal?: AbortSignal) => getBlob(path, query, signal),
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }
