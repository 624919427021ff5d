// The baseline: a bare Fastify route doing one statement through `pg` on the same database as the
// app, run as its own process (started by bench/lib/processes.ts). No session, no validation, no
// audit — the floor the app's routes are compared with.
//   POST /insert  one INSERT of a daily progress row (same table, indexes and triggers)
//   GET  /select  one indexed SELECT of a person's entries of a day
import { randomUUID } from 'node:crypto'
import Fastify from 'fastify'
import pg from 'pg'

const url = process.env.BASELINE_DATABASE_URL
if (!url) throw new Error('BASELINE_DATABASE_URL is required')
const pool = new pg.Pool({
  connectionString: url,
  max: Number(process.env.BASELINE_POOL_MAX ?? 10),
})
pool.on('error', () => undefined)
const app = Fastify()

type InsertBody = {
  instansiId: string
  pegawaiId: string
  userId: string
  date: string
  description: string
}

app.get('/ready', async () => ({ ok: true }))

app.post<{ Body: InsertBody }>('/insert', async (req, reply) => {
  const b = req.body
  const r = await pool.query<{ id: string }>(
    `INSERT INTO daily_progress (instansi_id, pegawai_id, client_id, date, start_time, end_time,
       description, text_hash, realisasi, satuan, recorded_at, deadline_at, late, rule_version,
       created_by_user_id)
     VALUES ($1, $2, $3, $4, '08:00', '10:00', $5, md5($5), 1, 'kegiatan', now(), now() + interval '1 day',
       false, 1, $6)
     RETURNING id`,
    [b.instansiId, b.pegawaiId, randomUUID(), b.date, b.description, b.userId],
  )
  return reply.code(201).send({ id: r.rows[0]?.id })
})

app.get<{ Querystring: { instansiId: string; pegawaiId: string; date: string } }>(
  '/select',
  async (req) => {
    const q = req.query
    const r = await pool.query(
      `SELECT id, date, start_time, end_time, description, late, verification_status
       FROM daily_progress WHERE instansi_id = $1 AND pegawai_id = $2 AND date = $3`,
      [q.instansiId, q.pegawaiId, q.date],
    )
    return { items: r.rows }
  },
)

const shutdown = async () => {
  await app.close()
  await pool.end()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown())
process.on('SIGINT', () => void shutdown())

await app.listen({ port: Number(process.env.BASELINE_PORT ?? 3701), host: '127.0.0.1' })
