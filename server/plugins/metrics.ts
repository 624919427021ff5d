import type { FastifyInstance } from 'fastify'
import client from 'prom-client'
import { AppError } from '../lib/errors.ts'

/** Prometheus metrics at /metrics: process defaults plus one request histogram. */
export function registerMetrics(app: FastifyInstance, opts: { token: string | undefined }) {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry, prefix: 'kinerja_' })
  const duration = new client.Histogram({
    name: 'kinerja_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  app.addHook('onResponse', async (req, reply) => {
    duration.observe(
      {
        method: req.method,
        route: req.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    )
  })
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (opts.token && req.headers.authorization !== `Bearer ${opts.token}`) {
      throw new AppError('UNAUTHENTICATED', 'Token metrik salah')
    }
    void reply.header('content-type', registry.contentType)
    return registry.metrics()
  })
  return registry
}
