// What every scenario gets: the options, the bench database with its generated instansi, the app
// and baseline processes, and the load users.
import type pg from 'pg'
import type { Cluster } from '../lib/cluster.ts'
import type { BenchOptions } from '../lib/options.ts'
import type { Child } from '../lib/processes.ts'

export type LoadUser = {
  nip: string
  pegawaiId: string
  userId: string
  rhkId: string
  /** The rencana aksi of that RHK for the quarter of `ctx.lastWorkday`. */
  rencanaAksiId: string
}

export type BenchContext = {
  opts: BenchOptions
  cluster: Cluster
  client: pg.Client
  instansiId: string
  year: number
  /** The generated data's today: entries exist before it. */
  today: string
  /** The last working day before today (the day the monitoring and baseline look at). */
  lastWorkday: string
  /** Monday … Sunday of the week of lastWorkday (the pegawai's daily page). */
  week: { from: string; to: string }
  users: LoadUser[]
  atasanNip: string
  app: Child
  baseline: Child
  /** A counter for unique descriptions and client ids across scenarios. */
  seq: { n: number }
}

/** Staff with an approved SKP, active, not on leave, spread over the instansi (not the big team). */
export async function loadUsers(client: pg.Client, count: number, lastWorkday: string) {
  const r = await client.query<LoadUser>(
    `SELECT p.nip, p.pegawai_id AS "pegawaiId", p.user_id AS "userId", p.rhk[1] AS "rhkId",
       p.ra[(extract(quarter FROM $2::date)::int - 1) * 3 + 1] AS "rencanaAksiId"
     FROM bench.people p
     WHERE NOT p.is_head AND p.active AND NOT p.cuti AND p.skp_status = 'disetujui'
       AND p.unit_code <> 'U1.1.1'
     ORDER BY (p.ord::bigint * 7919) % 100003
     LIMIT $1`,
    [count, lastWorkday],
  )
  return r.rows
}
