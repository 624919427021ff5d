import { describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { instansi } from './modules/org/org.tables.ts'
import { registerErrorHandler } from './plugins/error-handler.ts'
import { setupTestApp } from './test/test-app.ts'

const t = await setupTestApp()

describe('health', () => {
  it('GET /api/health answers 200 with the app and database status', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ status: 'ok', db: 'ok' })
    expect(typeof body.version).toBe('string')
    // The time comes from the injected clock, not the machine's.
    expect(body.time).toBe(t.clock.now().toISOString())
  })

  it('needs no session', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { cookie: 'kinerja_session=not-a-session' },
    })
    expect(res.statusCode).toBe(200)
  })
})

describe('API documentation', () => {
  it('GET /api/openapi.json is an OpenAPI 3 document listing the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    const doc = JSON.parse(res.body) as {
      openapi: string
      info: { title: string }
      paths: Record<string, Record<string, unknown>>
    }
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/)
    expect(doc.info.title).toBeTruthy()
    expect(doc.paths['/api/auth/login']).toHaveProperty('post')
    expect(doc.paths['/api/org/pegawai']).toHaveProperty('get')
    expect(doc.paths['/api/org/pegawai']).toHaveProperty('post')
    expect(doc.paths['/api/org/pegawai/{pegawaiId}']).toHaveProperty('patch')
    // Hidden system routes stay out of the document.
    expect(doc.paths['/metrics']).toBeUndefined()
    expect(doc.paths['/api/openapi.json']).toBeUndefined()
  })

  it('describes request bodies from the zod schemas (login needs username and password)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const body = doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema
    expect(body.required).toEqual(expect.arrayContaining(['username', 'password']))
  })

  it('GET /api/docs serves the interactive documentation as HTML', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toMatch(/swagger/i)
  })
})

describe('metrics', () => {
  it('GET /metrics serves Prometheus text with the request-duration histogram', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' })
    const res = await t.app.inject({ method: 'GET', url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
    expect(res.body).toContain('# TYPE kinerja_http_request_duration_seconds histogram')
    // The health request above was observed under its route pattern.
    expect(res.body).toMatch(
      /kinerja_http_request_duration_seconds_count\{[^}]*route="\/api\/health"[^}]*\} [1-9]/,
    )
    expect(res.body).toMatch(/^kinerja_process_cpu_seconds_total /m)
  })

  it('with METRICS_TOKEN set, /metrics needs the bearer token', async () => {
    const guarded = await setupTestApp({ env: { METRICS_TOKEN: 's3cret-metrics' } })
    const without = await guarded.app.inject({ method: 'GET', url: '/metrics' })
    expect(without.statusCode).toBe(401)
    expect(without.json().error.code).toBe('UNAUTHENTICATED')
    const wrong = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer nope' },
    })
    expect(wrong.statusCode).toBe(401)
    const right = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer s3cret-metrics' },
    })
    expect(right.statusCode).toBe(200)
    expect(right.body).toContain('kinerja_http_request_duration_seconds')
  })
})

describe('unknown addresses', () => {
  it.each([
    ['GET', '/api/does-not-exist'],
    ['POST', '/api/does-not-exist'],
    ['GET', '/api/org/nothing-here'],
    ['GET', '/api'],
    ['DELETE', '/api/health'],
  ] as const)('%s %s → 404 with the error envelope', async (method, url) => {
    const res = await t.app.inject({ method, url })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    const body = res.json()
    expect(body.error.code).toBe('NOT_FOUND')
    expect(typeof body.error.message).toBe('string')
  })

  it('a non-API path without a built web app is a 404 envelope too (never a stack trace)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/skp/123' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
  })
})

describe('security headers', () => {
  it.each([
    ['an API answer', '/api/health'],
    ['an error answer', '/api/does-not-exist'],
    ['the documentation', '/api/openapi.json'],
  ])('are on %s', async (_what, url) => {
    const res = await t.app.inject({ method: 'GET', url })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('without HTTPS configured, HSTS is not sent (it would lock plain-HTTP installs out)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['strict-transport-security']).toBeUndefined()
  })

  it('with COOKIE_SECURE=true (HTTPS), HSTS is sent', async () => {
    const https = await setupTestApp({ env: { COOKIE_SECURE: 'true' } })
    const res = await https.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/)
  })
})

describe('database errors become the envelope, never a 500', () => {
  it('maps a constraint violation that drizzle wraps to 409 CONFLICT', async () => {
    const inst = await t.f.instansi()
    // A bare app with only our error handler and a route that breaks a unique constraint.
    const bare = Fastify({ logger: false })
    registerErrorHandler(bare)
    bare.post('/dup', async () => {
      await t.db.insert(instansi).values({ code: inst.code, name: 'Duplikat' })
      return { ok: true }
    })
    const res = await bare.inject({ method: 'POST', url: '/dup' })
    await bare.close()
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('CONFLICT')
    expect(res.json().error.reason).toMatch(/^DUPLICATE:/)
  })
})
