import type { TestApp } from './test-app.ts'

/** The `error.code` a role × endpoint matrix expects with each refusal status. */
export const ERROR_CODE_FOR: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

/**
 * Every route of the OpenAPI document whose path passes `include`, as `METHOD /path` with
 * `strip` cut from the front of the path (HEAD left out) — for "has a row for every route".
 */
export async function documentedRoutes(
  t: TestApp,
  include: (path: string) => boolean,
  strip = '',
): Promise<string[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>
  }>()
  const routes: string[] = []
  for (const [p, ops] of Object.entries(doc.paths)) {
    if (!include(p)) continue
    for (const method of Object.keys(ops))
      if (method !== 'head') routes.push(`${method.toUpperCase()} ${p.slice(strip.length)}`)
  }
  return routes
}
