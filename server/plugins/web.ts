import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../lib/errors.ts'
import { toEnvelope } from './error-handler.ts'

/** Serves the built web app; unknown non-API paths get index.html (client-side routes). */
export async function registerWeb(app: FastifyInstance, webDist: string) {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'))
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        // Hashed assets are immutable; index.html must always be fresh.
        res.setHeader(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        )
      },
    })
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || req.method !== 'GET' || !hasWeb) {
      return reply.code(404).send(toEnvelope(new AppError('NOT_FOUND', 'Alamat tidak ditemukan')))
    }
    void reply.header('cache-control', 'no-cache')
    return reply.sendFile('index.html')
  })
}
