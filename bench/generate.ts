// `npm run bench:generate -- [--profile small|national] [--employees N]`: one instansi of N
// employees with a unit tree, jabatan, accounts, the year's periods and calendar, SKP + RHK +
// indikator + cascading + rencana aksi, assessments of the periods already past, and a year of
// daily progress (~250 entries a person: 25 million rows at 100 000) — all set-based SQL
// (INSERT … SELECT over generate_series), never row by row. Resumable: every step is one
// transaction recorded in bench.steps, daily progress one month at a time; a rerun skips what is
// done. Bulk steps run with session_replication_role = replica (no FK checks, no triggers): the
// data is consistent by construction, and the report aggregates are rebuilt at the end.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { hashPassword } from '../server/modules/auth/password.ts'
import { closeDb, createDb, migrateDb, MIGRATIONS_FOLDER, type Db } from '../server/db/client.ts'
import { systemActor } from '../server/lib/actor.ts'
import { dayIn, fixedClock, systemClock } from '../server/lib/clock.ts'
import { createAuditService } from '../server/modules/audit/audit.service.ts'
import { createPeriodsService } from '../server/modules/periods/periods.service.ts'
import { ensureProgressPartitions } from '../server/modules/activities/partitions.ts'
import { openCluster, type Cluster } from './lib/cluster.ts'
import { parseOptions, say, timed, type BenchOptions } from './lib/options.ts'

export const BENCH_PASSWORD = 'Bench-Kinerja-2026!'
export const BENCH_ADMIN = 'bench.admin'
export const TIME_ZONE = 'Asia/Jakarta'
/** Staff in the one big team (the atasan of the monitoring scenario). */
export const BIG_TEAM = 250

const FIRST_NAMES = [
  'Agus',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gede',
  'Hendra',
  'Indah',
  'Joko',
  'Kadek',
  'Lestari',
  'Made',
  'Nyoman',
  'Putu',
  'Ketut',
  'Rina',
  'Sari',
  'Taufik',
  'Utami',
  'Wayan',
  'Yudi',
  'Zainal',
  'Ahmad',
  'Bambang',
  'Dian',
  'Endang',
  'Fajar',
  'Gita',
  'Hadi',
  'Ika',
  'Kurniawan',
  'Lina',
  'Maya',
  'Nur',
  'Oka',
  'Pratiwi',
  'Rudi',
  'Siti',
  'Teguh',
  'Wahyu',
]
const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Pratama',
  'Saputra',
  'Lestari',
  'Hidayat',
  'Setiawan',
  'Kusuma',
  'Permana',
  'Suryani',
  'Wibowo',
  'Rahmawati',
  'Nugroho',
  'Utama',
  'Astuti',
  'Suharto',
  'Yuliani',
  'Purnomo',
  'Sudarsana',
  'Mahendra',
  'Arsana',
  'Wirawan',
  'Handayani',
  'Susanto',
  'Gunawan',
  'Maharani',
  'Putra',
  'Dewanti',
  'Firmansyah',
  'Anggraini',
]
const DINAS = [
  'Dinas Pendidikan',
  'Dinas Kesehatan',
  'Badan Kepegawaian',
  'Dinas Pekerjaan Umum',
  'Badan Perencanaan Pembangunan',
  'Dinas Sosial',
  'Dinas Perhubungan',
  'Badan Pendapatan',
  'Dinas Pertanian',
  'Dinas Pariwisata',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Lingkungan Hidup',
  'Badan Keuangan dan Aset',
  'Dinas Perindustrian dan Perdagangan',
  'Dinas Komunikasi dan Informatika',
  'Inspektorat',
]
const BIDANG = ['Perencanaan', 'Pelayanan', 'Pengembangan', 'Pengendalian', 'Umum dan Keuangan']
const SEKSI = ['Program', 'Data dan Informasi', 'Evaluasi', 'Pelaksanaan']
const VERBS = [
  'Menyusun',
  'Memverifikasi',
  'Mengolah',
  'Menginput',
  'Menganalisis',
  'Mengoordinasikan',
  'Melayani',
  'Memeriksa',
  'Merekapitulasi',
  'Mendokumentasikan',
  'Menyiapkan',
  'Memantau',
]
const OBJECTS = [
  'laporan kegiatan bulanan',
  'data kepegawaian unit',
  'usulan kenaikan pangkat',
  'surat masuk dan disposisi',
  'dokumen anggaran',
  'permohonan layanan masyarakat',
  'bahan rapat pimpinan',
  'laporan realisasi anggaran',
  'data aset barang milik daerah',
  'notulen rapat koordinasi',
  'jadwal pelayanan',
  'berkas pengadaan barang dan jasa',
  'aduan masyarakat',
  'data capaian indikator kinerja',
  'dokumen perjanjian kerja sama',
  'bahan publikasi kegiatan',
  'rekap absensi pegawai',
  'laporan monitoring lapangan',
]
/** The generic, pasted phrases people really type (vague: short or generic). */
const COMMON = [
  'Rapat koordinasi',
  'Apel pagi',
  'Rapat internal',
  'Mengikuti rapat',
  'Koordinasi dengan atasan',
  'Kegiatan rutin kantor',
  'Menyelesaikan tugas kantor',
  'Melaksanakan tugas lain',
  'Membuat laporan',
  'Mengerjakan administrasi',
]

type Plan = {
  dinas: number
  units: number
  heads: number
  staff: number
  bigTeam: number
  seksi: number
}

export function planFor(employees: number): Plan {
  const dinas = Math.max(2, Math.round(employees / 425))
  const seksi = dinas * 5 * 4
  const units = 1 + dinas + dinas * 5 + seksi
  const heads = units
  const staff = employees - heads
  const bigTeam = Math.min(BIG_TEAM, Math.floor(staff / 3))
  return { dinas, units, heads, staff, bigTeam, seksi }
}

const sqlArray = (items: readonly string[]) =>
  `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')}]::text[]`

type Ctx = {
  client: pg.Client
  instansiId: string
  year: number
  today: string
  plan: Plan
  /** Whether this run wrote anything (ANALYZE then). */
  changed: boolean
}

async function stepDone(client: pg.Client, step: string): Promise<boolean> {
  const r = await client.query('SELECT 1 FROM bench.steps WHERE step = $1', [step])
  return (r.rowCount ?? 0) > 0
}

/** One step in one transaction, recorded in bench.steps; skipped when already done. */
async function step(ctx: Ctx, name: string, run: (c: pg.Client) => Promise<unknown>) {
  const { client } = ctx
  if (await stepDone(client, name)) {
    say(`  ${name.padEnd(44)}    done`)
    return
  }
  ctx.changed = true
  await timed(name, async () => {
    await client.query('BEGIN')
    try {
      await client.query('SET LOCAL session_replication_role = replica')
      await client.query('SET LOCAL synchronous_commit = off')
      const started = performance.now()
      await run(client)
      await client.query('INSERT INTO bench.steps (step, seconds) VALUES ($1, $2)', [
        name,
        (performance.now() - started) / 1000,
      ])
      await client.query('COMMIT')
    } catch (e) {
      await client.query('ROLLBACK')
      throw new Error(`bench generator step "${name}" failed: ${(e as Error).message}`, {
        cause: e,
      })
    }
  })
}

async function setupInstansi(client: pg.Client, opts: BenchOptions, today: string) {
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`)
  await client.query(`CREATE TABLE IF NOT EXISTS bench.steps (
    step text PRIMARY KEY, seconds double precision NOT NULL, done_at timestamptz NOT NULL DEFAULT now())`)
  await client.query(
    `CREATE TABLE IF NOT EXISTS bench.meta (key text PRIMARY KEY, value text NOT NULL)`,
  )
  const meta = await client.query<{ key: string; value: string }>(
    'SELECT key, value FROM bench.meta',
  )
  const m = new Map(meta.rows.map((r) => [r.key, r.value]))
  if (m.has('instansi_id')) {
    if (m.get('employees') !== String(opts.employees))
      throw new Error(
        `database ${opts.database} holds a data set of ${m.get('employees')} employees, not ${opts.employees}`,
      )
    return { instansiId: m.get('instansi_id')!, today: m.get('today')! }
  }
  const year = Number(today.slice(0, 4))
  await client.query('BEGIN')
  const inst = await client.query<{ id: string }>(
    `INSERT INTO instansi (code, name, time_zone) VALUES ('BENCH', $1, $2) RETURNING id`,
    [`Kementerian Contoh (bench, ${opts.employees.toLocaleString('id-ID')} pegawai)`, TIME_ZONE],
  )
  const instansiId = inst.rows[0]!.id
  await client.query(`INSERT INTO activity_settings (instansi_id) VALUES ($1)`, [instansiId])
  await client.query(`INSERT INTO assessment_settings (instansi_id) VALUES ($1)`, [instansiId])
  await client.query(
    `INSERT INTO bench.meta (key, value) VALUES ('instansi_id', $1), ('employees', $2), ('today', $3), ('year', $4)`,
    [instansiId, String(opts.employees), today, String(year)],
  )
  await client.query('COMMIT')
  return { instansiId, today }
}

/** The year, its quarterly periods, working week and national holidays (idempotent). */
async function setupYear(db: Db, client: pg.Client, instansiId: string, year: number) {
  const found = await client.query(
    'SELECT 1 FROM performance_years WHERE instansi_id = $1 AND year = $2',
    [instansiId, year],
  )
  if ((found.rowCount ?? 0) > 0) return
  // The year, its quarterly periods, working week and national holidays: the real service, as
  // an admin would (a handful of rows).
  const periods = createPeriodsService({
    db,
    clock: fixedClock(`${year}-01-02T02:00:00Z`),
    audit: createAuditService({ db }),
    org: { instansiInfo: async () => ({ name: 'bench', timeZone: TIME_ZONE }) },
  })
  await periods.createYear(systemActor(instansiId), {
    year,
    assessmentFrequency: 'quarterly',
    loadNationalHolidays: true,
    loadLocalHolidays: null,
  })
}

async function genOrg(ctx: Ctx) {
  const { plan, instansiId } = ctx
  await step(ctx, 'units (badan/dinas → bidang → seksi)', async (c) => {
    await c.query(`CREATE TABLE bench.units_gen (
      code text PRIMARY KEY, parent_code text, level int NOT NULL, name text NOT NULL,
      seksi_no int, unit_id uuid NOT NULL DEFAULT gen_random_uuid())`)
    await c.query(
      `INSERT INTO bench.units_gen (code, parent_code, level, name) VALUES ('ROOT', NULL, 0, 'Sekretariat Jenderal')`,
    )
    await c.query(
      `INSERT INTO bench.units_gen (code, parent_code, level, name)
       SELECT 'U' || d, 'ROOT', 1, (${sqlArray(DINAS)})[1 + (d - 1) % ${DINAS.length}]
         || CASE WHEN d > ${DINAS.length} THEN ' ' || ((d - 1) / ${DINAS.length} + 1) ELSE '' END
       FROM generate_series(1, $1::int) d`,
      [plan.dinas],
    )
    await c.query(
      `INSERT INTO bench.units_gen (code, parent_code, level, name)
       SELECT u.code || '.' || b, u.code, 2, 'Bidang ' || (${sqlArray(BIDANG)})[b] || ' ' || u.name
       FROM bench.units_gen u, generate_series(1, 5) b WHERE u.level = 1`,
    )
    await c.query(
      `INSERT INTO bench.units_gen (code, parent_code, level, name)
       SELECT u.code || '.' || s, u.code, 3, 'Seksi ' || (${sqlArray(SEKSI)})[s] || ' ' || substr(u.name, 8)
       FROM bench.units_gen u, generate_series(1, 4) s WHERE u.level = 2`,
    )
    // Seksi 1 (U1.1.1) is the big team: a service unit of 250 staff under one head.
    await c.query(`UPDATE bench.units_gen SET name = 'Seksi Pelayanan Terpadu ' || substr(name, 15)
      WHERE code = 'U1.1.1'`)
    await c.query(`UPDATE bench.units_gen g SET seksi_no = x.n FROM (
        SELECT code, row_number() OVER (ORDER BY code = 'U1.1.1' DESC, code) AS n
        FROM bench.units_gen WHERE level = 3) x
      WHERE x.code = g.code`)
    await c.query(
      `INSERT INTO units (id, instansi_id, parent_id, name, code)
       SELECT g.unit_id, $1, p.unit_id, g.name, g.code
       FROM bench.units_gen g LEFT JOIN bench.units_gen p ON p.code = g.parent_code`,
      [instansiId],
    )
  })

  await step(ctx, 'jabatan (a head per unit, 3 staff jabatan per seksi)', async (c) => {
    await c.query(`CREATE TABLE bench.jabatan_gen (
      unit_code text NOT NULL, kind text NOT NULL, name text NOT NULL, jenis jabatan_jenis NOT NULL,
      heads boolean NOT NULL, jabatan_id uuid NOT NULL DEFAULT gen_random_uuid(),
      PRIMARY KEY (unit_code, kind))`)
    await c.query(`INSERT INTO bench.jabatan_gen (unit_code, kind, name, jenis, heads)
      SELECT code, 'head',
        CASE level WHEN 0 THEN 'Sekretaris Jenderal' WHEN 1 THEN 'Kepala ' || name
          WHEN 2 THEN 'Kepala Bidang' ELSE 'Kepala Seksi' END,
        (CASE level WHEN 0 THEN 'jpt_madya' WHEN 1 THEN 'jpt_pratama' WHEN 2 THEN 'administrator'
          ELSE 'pengawas' END)::jabatan_jenis,
        true
      FROM bench.units_gen`)
    await c.query(`INSERT INTO bench.jabatan_gen (unit_code, kind, name, jenis, heads)
      SELECT u.code, k.kind, k.name, k.jenis::jabatan_jenis, false
      FROM bench.units_gen u, (VALUES
        ('k0', 'Pengadministrasi Umum', 'pelaksana'),
        ('k1', 'Analis Kebijakan Ahli Pertama', 'fungsional_ahli_pertama'),
        ('k2', 'Pranata Komputer Terampil', 'fungsional_terampil')) k(kind, name, jenis)
      WHERE u.level = 3`)
    await c.query(
      `INSERT INTO jabatan (id, instansi_id, unit_id, name, jenis, heads_unit)
       SELECT j.jabatan_id, $1, u.unit_id, j.name, j.jenis, j.heads
       FROM bench.jabatan_gen j JOIN bench.units_gen u ON u.code = j.unit_code`,
      [instansiId],
    )
  })

  await step(ctx, 'pegawai, position history, exclusions', async (c) => {
    await c.query(`CREATE TABLE bench.people (
      ord int PRIMARY KEY, unit_code text NOT NULL, jab_kind text NOT NULL, is_head boolean NOT NULL,
      level int NOT NULL, atasan_ord int, nip text, name text, gelar_belakang text, full_name text,
      golongan text, status pegawai_status, active boolean NOT NULL DEFAULT true,
      cuti boolean NOT NULL DEFAULT false, skp_status skp_status,
      pegawai_id uuid NOT NULL DEFAULT gen_random_uuid(), user_id uuid NOT NULL DEFAULT gen_random_uuid(),
      skp_id uuid NOT NULL DEFAULT gen_random_uuid(), rhk uuid[], ra uuid[])`)
    await c.query(`INSERT INTO bench.people (ord, unit_code, jab_kind, is_head, level)
      SELECT row_number() OVER (ORDER BY level, code), code, 'head', true, level FROM bench.units_gen`)
    await c.query(
      `INSERT INTO bench.people (ord, unit_code, jab_kind, is_head, level)
       SELECT $1::int + 1 + k, s.code, 'k' || (k % 3), false, 4
       FROM generate_series(0, $2::int - 1) k
       JOIN bench.units_gen s ON s.level = 3 AND s.seksi_no =
         CASE WHEN k < $3::int THEN 1 ELSE 2 + (k - $3::int) % ($4::int - 1) END`,
      [plan.heads, plan.staff, plan.bigTeam, plan.seksi],
    )
    // Atasan: staff → the head of their unit; a head → the head of the parent unit.
    await c.query(`UPDATE bench.people p SET atasan_ord = h.ord FROM bench.people h
      WHERE NOT p.is_head AND h.is_head AND h.unit_code = p.unit_code`)
    await c.query(`UPDATE bench.people p SET atasan_ord = h.ord FROM bench.units_gen u, bench.people h
      WHERE p.is_head AND u.code = p.unit_code AND h.is_head AND h.unit_code = u.parent_code`)
    // NIP: birth date (8) + TMT year and month (6) + sex (1) + number (3), unique per ord.
    await c.query(`UPDATE bench.people SET
      nip = to_char(date '1970-01-01' + (ord % 9000), 'YYYYMMDD') || (1995 + (ord / 9000) % 25)::text
        || lpad((1 + ord % 12)::text, 2, '0') || (1 + ord % 2)::text || lpad((ord / 225000 + 1)::text, 3, '0'),
      name = (${sqlArray(FIRST_NAMES)})[1 + (ord * 7) % ${FIRST_NAMES.length}] || ' '
        || (${sqlArray(LAST_NAMES)})[1 + (ord * 13) % ${LAST_NAMES.length}],
      gelar_belakang = CASE WHEN is_head THEN (ARRAY['S.E., M.Si.', 'S.T., M.T.', 'S.H., M.H.', 'S.Sos., M.AP.'])[1 + ord % 4]
        WHEN ord % 3 = 0 THEN (ARRAY['S.Kom.', 'S.E.', 'A.Md.'])[1 + ord % 3] END,
      golongan = CASE level WHEN 0 THEN 'IV/d' WHEN 1 THEN 'IV/c' WHEN 2 THEN 'IV/a' WHEN 3 THEN 'III/d'
        ELSE CASE WHEN ord % 13 = 0 THEN 'IX' ELSE (ARRAY['II/c', 'III/a', 'III/b', 'III/c'])[1 + ord % 4] END END,
      status = (CASE WHEN NOT is_head AND ord % 13 = 0 THEN 'PPPK' ELSE 'PNS' END)::pegawai_status,
      -- Staff outside the big team: a few retire in October (inactive), a few are on cuti besar.
      active = NOT (NOT is_head AND unit_code <> 'U1.1.1' AND ord % 997 = 0),
      cuti = NOT is_head AND unit_code <> 'U1.1.1' AND ord % 499 = 0,
      skp_status = (CASE WHEN NOT is_head AND unit_code <> 'U1.1.1' AND ord % 100 = 0 THEN 'draft'
        WHEN NOT is_head AND unit_code <> 'U1.1.1' AND ord % 100 = 1 THEN 'diajukan'
        ELSE 'disetujui' END)::skp_status`)
    await c.query(
      `UPDATE bench.people SET full_name = name || coalesce(', ' || gelar_belakang, '')`,
    )
    await c.query(
      `INSERT INTO pegawai (id, instansi_id, nip, name, gelar_belakang, status, golongan, unit_id, jabatan_id, active)
       SELECT p.pegawai_id, $1, p.nip, p.name, p.gelar_belakang, p.status, p.golongan, u.unit_id, j.jabatan_id, p.active
       FROM bench.people p JOIN bench.units_gen u ON u.code = p.unit_code
       JOIN bench.jabatan_gen j ON j.unit_code = p.unit_code AND j.kind = p.jab_kind`,
      [ctx.instansiId],
    )
    await c.query(
      `INSERT INTO position_history (instansi_id, pegawai_id, unit_id, jabatan_id, start_date)
       SELECT $1, p.pegawai_id, u.unit_id, j.jabatan_id, date '2020-01-02'
       FROM bench.people p JOIN bench.units_gen u ON u.code = p.unit_code
       JOIN bench.jabatan_gen j ON j.unit_code = p.unit_code AND j.kind = p.jab_kind`,
      [ctx.instansiId],
    )
    await c.query(
      `INSERT INTO pegawai_exclusions (instansi_id, pegawai_id, reason, start_date, end_date, note)
       SELECT $1::uuid, pegawai_id, 'cuti_besar'::exclusion_reason, make_date($2::int, 3, 1), make_date($2::int, 8, 31), 'Cuti besar'
       FROM bench.people WHERE cuti
       UNION ALL
       SELECT $1::uuid, pegawai_id, 'pensiun'::exclusion_reason, make_date($2::int, 10, 1), NULL, 'Pensiun BUP'
       FROM bench.people WHERE NOT active`,
      [ctx.instansiId, ctx.year],
    )
  })

  await step(ctx, 'user accounts (one argon2 hash, reused)', async (c) => {
    const hash = await hashPassword(BENCH_PASSWORD)
    await c.query(
      `INSERT INTO user_accounts (id, instansi_id, pegawai_id, username, display_name, password_hash, roles, active, last_login_at)
       SELECT user_id, $1, pegawai_id, nip, full_name, $2, '{}', active,
         CASE WHEN ord % 12 <> 0 THEN make_timestamptz($3::int, 1, 10, 1, 0, 0, 'UTC') + (ord % 7000) * interval '1 hour' END
       FROM bench.people`,
      [ctx.instansiId, hash, ctx.year],
    )
    await c.query(
      `INSERT INTO user_accounts (instansi_id, username, display_name, password_hash, roles)
       VALUES ($1, $2, 'Admin bench', $3, '{admin_instansi}')`,
      [ctx.instansiId, BENCH_ADMIN, hash],
    )
  })
}

async function genSkp(ctx: Ctx) {
  const { instansiId, year } = ctx
  await step(ctx, 'SKP (snapshots of pegawai and atasan)', async (c) => {
    await c.query(
      `INSERT INTO skp (id, instansi_id, pegawai_id, year, start_date, end_date, pendekatan, variant,
         status, revision, submitted_at, approved_at, approved_by_user_id,
         pegawai_name, pegawai_nip, pegawai_golongan, unit_id, unit_name, jabatan_id, jabatan_name, jabatan_jenis,
         atasan_pegawai_id, atasan_name, atasan_nip, atasan_golongan, atasan_jabatan_name, atasan_jabatan_jenis,
         atasan_unit_name, created_at, updated_at)
       SELECT p.skp_id, $1, p.pegawai_id, $2::smallint, make_date($2::int, 1, 1), make_date($2::int, 12, 31), 'kuantitatif',
         (CASE WHEN p.level <= 1 THEN 'jpt' ELSE 'ja_jf' END)::skp_variant,
         p.skp_status, CASE WHEN p.skp_status = 'disetujui' THEN 1 ELSE 0 END,
         CASE WHEN p.skp_status <> 'draft' THEN make_timestamptz($2::int, 1, 15, 2, 0, 0, 'UTC') END,
         CASE WHEN p.skp_status = 'disetujui' THEN make_timestamptz($2::int, 1, 20, 3, 0, 0, 'UTC') END,
         CASE WHEN p.skp_status = 'disetujui' THEN a.user_id END,
         p.name, p.nip, p.golongan, u.unit_id, u.name, j.jabatan_id, j.name, j.jenis::text,
         a.pegawai_id, a.full_name, a.nip, a.golongan, aj.name, aj.jenis::text, au.name,
         make_timestamptz($2::int, 1, 8, 2, 0, 0, 'UTC'), make_timestamptz($2::int, 1, 20, 3, 0, 0, 'UTC')
       FROM bench.people p
       JOIN bench.units_gen u ON u.code = p.unit_code
       JOIN bench.jabatan_gen j ON j.unit_code = p.unit_code AND j.kind = p.jab_kind
       LEFT JOIN bench.people a ON a.ord = p.atasan_ord
       LEFT JOIN bench.units_gen au ON au.code = a.unit_code
       LEFT JOIN bench.jabatan_gen aj ON aj.unit_code = a.unit_code AND aj.kind = a.jab_kind`,
      [instansiId, year],
    )
  })

  await step(ctx, 'RHK, indikator, cascading', async (c) => {
    await c.query(
      `INSERT INTO rhk (instansi_id, skp_id, jenis, seq, text, perspektif)
       SELECT $1::uuid, p.skp_id, 'utama'::rhk_jenis, s,
         (ARRAY['Terlaksananya ', 'Tersusunnya ', 'Meningkatnya kualitas '])[s]
           || (${sqlArray(OBJECTS)})[1 + (p.ord + s * 5) % ${OBJECTS.length}] || ' yang tepat waktu dan akuntabel',
         CASE WHEN p.level <= 1 THEN (ARRAY['penerima_layanan', 'proses_bisnis', 'penguatan_internal'])[s]::rhk_perspektif END
       FROM bench.people p, generate_series(1, 3) s
       UNION ALL
       SELECT $1::uuid, p.skp_id, 'tambahan'::rhk_jenis, 1, 'Terlaksananya tugas tambahan sebagai anggota tim kerja', NULL
       FROM bench.people p WHERE p.ord % 5 = 0`,
      [instansiId],
    )
    await c.query(
      `UPDATE bench.people p SET rhk = x.ids FROM (
         SELECT skp_id, array_agg(id ORDER BY seq) AS ids FROM rhk
         WHERE instansi_id = $1 AND jenis = 'utama' GROUP BY skp_id) x
       WHERE x.skp_id = p.skp_id`,
      [instansiId],
    )
    await c.query(
      `INSERT INTO indikator (instansi_id, rhk_id, seq, aspek, text, target_value, target_unit)
       SELECT $1, r.id, 1, 'kuantitas', 'Jumlah dokumen/kegiatan yang diselesaikan', 12, 'dokumen'
       FROM rhk r WHERE r.instansi_id = $1`,
      [instansiId],
    )
    // JA/JF RHK intervene the atasan's RHK of the same number.
    await c.query(
      `INSERT INTO rhk_interventions (instansi_id, rhk_id, parent_rhk_id)
       SELECT $1, p.rhk[s], a.rhk[s]
       FROM bench.people p JOIN bench.people a ON a.ord = p.atasan_ord, generate_series(1, 3) s
       WHERE p.level >= 2`,
      [instansiId],
    )
  })

  await step(ctx, 'rencana aksi (per RHK per quarter)', async (c) => {
    await c.query(
      `INSERT INTO rencana_aksi (instansi_id, pegawai_id, skp_id, rhk_id, period_id, seq, description, target_value, target_unit)
       SELECT $1, p.pegawai_id, p.skp_id, p.rhk[s], per.id, 1,
         'Triwulan ' || per.seq || ': menyelesaikan ' || (${sqlArray(OBJECTS)})[1 + (p.ord + s * 5) % ${OBJECTS.length}],
         3 + (p.ord + s) % 3, 'dokumen'
       FROM bench.people p, generate_series(1, 3) s, periods per
       WHERE per.instansi_id = $1 AND per.year = $2::int AND per.kind = 'quarterly'`,
      [instansiId, year],
    )
    await c.query(
      `UPDATE bench.people p SET ra = x.ids FROM (
         SELECT ra.pegawai_id, array_agg(ra.id ORDER BY per.seq, r.seq) AS ids
         FROM rencana_aksi ra JOIN periods per ON per.id = ra.period_id JOIN rhk r ON r.id = ra.rhk_id
         WHERE ra.instansi_id = $1 GROUP BY ra.pegawai_id) x
       WHERE x.pegawai_id = p.pegawai_id`,
      [instansiId],
    )
  })

  await step(ctx, 'assessments of past periods', async (c) => {
    // Periods whose deadline has passed: mostly finalised, some only rated, submitted or never
    // submitted; 5 % submitted late under an extension. Ratings follow the kuadran.
    await c.query(
      `INSERT INTO assessments (instansi_id, period_id, year, annual, skp_id, pegawai_id, status,
         pegawai_name, pegawai_nip, pegawai_golongan, jabatan_name, jabatan_jenis, unit_id, unit_name,
         heads_unit_id, assessor_pegawai_id, assessor_name, assessor_nip, assessor_golongan,
         assessor_jabatan_name, assessor_unit_name, reviewer_pegawai_id, reviewer_name,
         submitted_at, late, rating_hasil, rating_perilaku, predikat, rating_hasil_source, rated_at,
         rated_by_user_id, finalised_at, finalised_by_user_id, created_at, updated_at)
       SELECT $1, x.period_id, $2::smallint, false, x.skp_id, x.pegawai_id, x.status,
         x.name, x.nip, x.golongan, x.jab_name, x.jenis, x.unit_id, x.unit_name,
         CASE WHEN x.is_head THEN x.unit_id END, x.a_id, x.a_name, x.a_nip, x.a_gol, x.a_jab, x.a_unit,
         x.r_id, x.r_name,
         CASE WHEN x.status <> 'draft' THEN
           CASE WHEN x.late THEN (x.deadline + 3 + time '10:00') AT TIME ZONE '${TIME_ZONE}'
             ELSE (x.deadline - 3 + time '10:00') AT TIME ZONE '${TIME_ZONE}' END END,
         x.late,
         CASE WHEN x.rated THEN x.hasil::rating END, CASE WHEN x.rated THEN x.perilaku::rating END,
         CASE WHEN x.rated THEN x.predikat::predikat END, CASE WHEN x.rated THEN 'atasan'::rating_hasil_source END,
         CASE WHEN x.rated THEN (x.deadline + 6 + time '09:00') AT TIME ZONE '${TIME_ZONE}' END,
         CASE WHEN x.rated THEN x.a_user END,
         CASE WHEN x.status = 'finalised' THEN (x.deadline + 10 + time '09:00') AT TIME ZONE '${TIME_ZONE}' END,
         CASE WHEN x.status = 'finalised' THEN x.a_user END,
         (x.start_date + time '08:00') AT TIME ZONE '${TIME_ZONE}', (x.deadline + 10 + time '09:00') AT TIME ZONE '${TIME_ZONE}'
       FROM (
         SELECT per.id AS period_id, per.deadline, per.start_date, p.skp_id, p.pegawai_id, p.name, p.nip,
           p.golongan, p.is_head, j.name AS jab_name, j.jenis::text AS jenis, u.unit_id, u.name AS unit_name,
           a.pegawai_id AS a_id, a.full_name AS a_name, a.nip AS a_nip, a.golongan AS a_gol,
           aj.name AS a_jab, au.name AS a_unit, a.user_id AS a_user, r.pegawai_id AS r_id, r.full_name AS r_name,
           (CASE WHEN h < 90 THEN 'finalised' WHEN h < 94 THEN 'rated' WHEN h < 97 THEN 'submitted'
             ELSE 'draft' END)::assessment_status AS status,
           h < 94 AS rated, h < 97 AND h % 20 = 0 AS late,
           CASE WHEN g < 15 THEN 'di_atas' WHEN g < 85 THEN 'sesuai' WHEN g < 95 THEN 'di_bawah'
             WHEN g < 99 THEN 'sesuai' ELSE 'di_bawah' END AS hasil,
           CASE WHEN g < 15 THEN 'di_atas' WHEN g < 95 THEN 'sesuai' ELSE 'di_bawah' END AS perilaku,
           CASE WHEN g < 15 THEN 'sangat_baik' WHEN g < 85 THEN 'baik' WHEN g < 95 THEN 'butuh_perbaikan'
             WHEN g < 99 THEN 'kurang' ELSE 'sangat_kurang' END AS predikat
         FROM bench.people p
         CROSS JOIN periods per
         CROSS JOIN LATERAL (SELECT (p.ord * 31 + per.seq * 7) % 100 AS h, (p.ord * 17 + per.seq * 3) % 100 AS g) hg
         JOIN bench.units_gen u ON u.code = p.unit_code
         JOIN bench.jabatan_gen j ON j.unit_code = p.unit_code AND j.kind = p.jab_kind
         LEFT JOIN bench.people a ON a.ord = p.atasan_ord
         LEFT JOIN bench.units_gen au ON au.code = a.unit_code
         LEFT JOIN bench.jabatan_gen aj ON aj.unit_code = a.unit_code AND aj.kind = a.jab_kind
         LEFT JOIN bench.people r ON r.ord = a.atasan_ord
         WHERE per.instansi_id = $1 AND per.year = $2::int AND per.kind = 'quarterly' AND per.deadline < $3::date
           AND p.skp_status = 'disetujui'
       ) x`,
      [instansiId, year, ctx.today],
    )
  })
}

/**
 * One month of daily progress: $1 instansi, $2 today, $3..$4 the month, $5 the year. The text
 * hash is md5 of the normalised text (activities.service textHashOf: lower case, runs of
 * non-alphanumerics → one space), built from the same parts instead of a regexp per row. Times
 * are local (WIB = UTC+7, no daylight saving) shifted by a constant, with the session in UTC.
 */
export const PROGRESS_MONTH_SQL = `INSERT INTO daily_progress (instansi_id, pegawai_id, client_id, date, start_time, end_time,
    description, text_hash, skp_id, rhk_id, rencana_aksi_id, realisasi, satuan, flags,
    recorded_at, device_recorded_at, deadline_at, late, synced_late, rule_version,
    verification_status, verified_at, created_by_user_id, created_at, updated_at)
  SELECT $1, x.pegawai_id, gen_random_uuid(), x.d, x.start_time, x.end_time,
    x.description, md5(x.norm),
    CASE WHEN x.linked THEN x.skp_id END, CASE WHEN x.linked THEN x.rhk[x.s] END,
    CASE WHEN x.linked THEN x.ra[(x.q - 1) * 3 + x.s] END, 1 + x.h % 3,
    (ARRAY['dokumen', 'kegiatan', 'laporan'])[x.s],
    CASE WHEN NOT x.linked THEN '{unlinked}'::text[] WHEN x.common THEN '{vague}'::text[] ELSE '{}'::text[] END,
    x.recorded_at, x.device_at, x.deadline_at, x.late, x.synced_late, 1,
    (CASE WHEN x.d >= $2::date - 14 THEN 'pending' WHEN x.h % 100 < 97 THEN 'sesuai'
      ELSE 'perlu_perbaikan' END)::progress_verification_status,
    CASE WHEN x.d < $2::date - 14 THEN x.recorded_at + interval '2 days' END,
    x.user_id, x.recorded_at, x.recorded_at
  FROM (
    SELECT y.*,
      CASE WHEN y.common THEN y.phrase
        ELSE y.verb || ' ' || y.obj || ' (' || to_char(y.d, 'DD-MM') || ', berkas ' || y.ord || '-' || y.n || '-' || y.k || ')'
      END AS description,
      CASE WHEN y.common THEN lower(y.phrase)
        ELSE lower(y.verb) || ' ' || y.obj || ' ' || to_char(y.d, 'DD MM') || ' berkas ' || y.ord || ' ' || y.n || ' ' || y.k
      END AS norm,
      CASE WHEN y.k = 1 THEN '0' || (7 + y.h % 3) || CASE WHEN y.h % 2 = 0 THEN ':00' ELSE ':30' END
        ELSE '13:' || CASE WHEN y.h % 2 = 0 THEN '00' ELSE '30' END END AS start_time,
      CASE WHEN y.k = 1 THEN (11 + y.h % 2) || ':00' ELSE (15 + y.h % 2) || ':30' END AS end_time,
      (CASE WHEN y.late THEN y.next_wd + 2 + time '09:00'
        WHEN y.synced_late THEN y.next_wd + 3 + time '08:00'
        ELSE y.d + time '16:30' + (y.h % 90) * interval '1 minute' END - interval '7 hours')::timestamptz AS recorded_at,
      CASE WHEN y.synced_late THEN (y.d + time '17:00' - interval '7 hours')::timestamptz END AS device_at,
      ((y.next_wd + 1)::timestamp - interval '7 hours 1 millisecond')::timestamptz AS deadline_at
    FROM (
      SELECT z.*,
        z.h >= 50 AS linked, z.h BETWEEN 50 AND 79 AS common,
        z.h BETWEEN 100 AND 149 AND z.next_wd + 3 < $2::date AS late,
        z.h BETWEEN 150 AND 159 AND z.next_wd + 4 < $2::date AS synced_late,
        (${sqlArray(COMMON)})[1 + (z.ord + z.n) % ${COMMON.length}] AS phrase,
        (${sqlArray(VERBS)})[1 + z.h % ${VERBS.length}] AS verb,
        (${sqlArray(OBJECTS)})[1 + (z.ord + z.n * 7 + z.k) % ${OBJECTS.length}] AS obj
      FROM (
        SELECT p.ord, p.pegawai_id, p.user_id, p.skp_id, p.rhk, p.ra, w.d, w.n,
          coalesce(w.next_wd, w.d + 1) AS next_wd, k, extract(quarter FROM w.d)::int AS q,
          1 + (p.ord + w.n) % 3 AS s,
          ((p.ord::bigint * 1103515245 + w.n::bigint * 12345 + k::bigint * 2654435761) % 1000)::int AS h
        FROM bench.people p
        JOIN bench.workdays w ON w.d >= $3::date AND w.d < $4::date AND w.d < $2::date
        CROSS JOIN LATERAL generate_series(1, CASE WHEN (p.ord * 7 + w.n * 13) % 10 = 0 THEN 2 ELSE 1 END) k
        WHERE (p.ord * 31 + w.n * 17) % 33 <> 0
          AND (p.active OR w.d < make_date($5::int, 10, 1))
          AND NOT (p.cuti AND w.d BETWEEN make_date($5::int, 3, 1) AND make_date($5::int, 8, 31))
      ) z
    ) y
  ) x`

async function genProgress(ctx: Ctx, db: Db) {
  const { instansiId, year, today } = ctx
  await step(ctx, 'working days of the year', async (c) => {
    await c.query(
      `CREATE TABLE bench.workdays AS
       SELECT d::date AS d, row_number() OVER (ORDER BY d)::int AS n,
         lead(d::date) OVER (ORDER BY d) AS next_wd
       FROM generate_series(make_date($2::int, 1, 1), make_date($2::int, 12, 31), interval '1 day') d
       WHERE extract(isodow FROM d)::smallint = ANY (
           SELECT unnest(working_weekdays) FROM work_calendars WHERE instansi_id = $1 AND year = $2)
         AND d::date NOT IN (SELECT date FROM holidays WHERE instansi_id = $1)`,
      [instansiId, year],
    )
  })
  const months = (
    await ctx.client.query<{ m: string }>(
      `SELECT DISTINCT to_char(d, 'YYYY-MM') AS m FROM bench.workdays WHERE d < $1 ORDER BY 1`,
      [today],
    )
  ).rows.map((r) => r.m)
  const pending = []
  for (const m of months) if (!(await stepDone(ctx.client, `daily progress ${m}`))) pending.push(m)
  if (pending.length > 0) {
    // A partition per month of the year (the app's own partition maintenance, issue 7).
    await timed('monthly partitions of daily_progress', () =>
      ensureProgressPartitions(db, { from: `${year}-01-01`, to: `${year}-12-01` }),
    )
    // Building the secondary indexes once after the load is several times faster than
    // maintaining them row by row; their definitions are kept in bench.index_defs until rebuilt.
    await step(ctx, 'set aside daily_progress indexes', async (c) => {
      await c.query(
        `CREATE TABLE IF NOT EXISTS bench.index_defs (name text PRIMARY KEY, def text NOT NULL)`,
      )
      await c.query(`INSERT INTO bench.index_defs (name, def)
        SELECT i.relname, replace(pg_get_indexdef(i.oid), ' ON ONLY ', ' ON ')
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = 'daily_progress'::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)`)
      const names = await c.query<{ name: string }>('SELECT name FROM bench.index_defs')
      for (const { name } of names.rows)
        await c.query(`DROP INDEX IF EXISTS ${c.escapeIdentifier(name)}`)
    })
  }
  for (const month of months) {
    await step(ctx, `daily progress ${month}`, async (c) => {
      // Per person and working day: one entry, a second on ~10 % of days, none on ~3 %.
      // h drives the mix: 5 % unlinked, 3 % generic pasted phrases, 5 % late, 1 % synced late.
      await c.query(`SET LOCAL timezone = 'UTC'`)
      await c.query(PROGRESS_MONTH_SQL, [instansiId, today, `${month}-01`, nextMonth(month), year])
    })
  }
  // Entries of the last days cannot have been received late yet: none recorded after today.
  // (Older data sets made before this rule get it here; the aggregates are then rebuilt.)
  await step(ctx, 'no entry recorded after today', async (c) => {
    const r = await c.query(
      `UPDATE daily_progress SET late = false, synced_late = false, device_recorded_at = NULL,
         recorded_at = (date + time '16:30' - interval '7 hours')::timestamptz,
         created_at = (date + time '16:30' - interval '7 hours')::timestamptz,
         updated_at = (date + time '16:30' - interval '7 hours')::timestamptz
       WHERE instansi_id = $1 AND date >= $2::date - 10
         AND recorded_at >= ($2::date - interval '7 hours')::timestamptz`,
      [instansiId, today],
    )
    if ((r.rowCount ?? 0) > 0)
      await c.query(`DELETE FROM bench.steps WHERE step = 'report aggregates'`)
  })
  const defs = await ctx.client
    .query<{ name: string; def: string }>(
      `SELECT d.name, d.def FROM bench.index_defs d
     WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.relname = d.name AND c.relkind IN ('i', 'I'))`,
    )
    .catch(() => ({ rows: [] as { name: string; def: string }[] }))
  for (const d of defs.rows) {
    await timed(`index ${d.name}`, async () => {
      await ctx.client.query(d.def)
    })
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

async function finish(ctx: Ctx, db: Db) {
  if (ctx.changed)
    await timed('ANALYZE', async () => {
      await ctx.client.query('ANALYZE')
    })
  if (await stepDone(ctx.client, 'report aggregates')) return
  // Issue 7's report pre-aggregates (H3): rebuilt from the source tables, since the bulk load
  // ran without triggers. Loaded by path so that the bench still runs before they exist.
  const modulePath = path.join(
    import.meta.dirname,
    '..',
    'server',
    'modules',
    'reports',
    'reports.aggregates.ts',
  )
  type Aggregates = { rebuildReportAggregates?: (db: Db, instansiId: string) => Promise<unknown> }
  const load = async (): Promise<Aggregates | null> => {
    try {
      return (await import(pathToFileURL(modulePath).href)) as Aggregates
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e
      return null
    }
  }
  const mod = await load()
  const rebuild = mod?.rebuildReportAggregates
  if (!rebuild) {
    say('  report aggregates: reports.aggregates.ts has no rebuildReportAggregates yet — skipped')
    return
  }
  await timed('report aggregates (rebuildReportAggregates)', async () => {
    await rebuild(db, ctx.instansiId)
  })
  // The duplicate-text counters (decision 0021) are kept by triggers too: rebuilt the same way.
  await timed('duplicate-text counters (progress_text_counts_rebuild)', async () => {
    await ctx.client.query('SELECT progress_text_counts_rebuild($1::uuid)', [ctx.instansiId])
  })
  // The monitoring months (decision 0026) read the text counts: rebuilt after them.
  await timed('monitoring aggregates (monitoring_months_rebuild)', async () => {
    await ctx.client.query('SELECT monitoring_months_rebuild($1::uuid)', [ctx.instansiId])
  })
  await ctx.client.query(`INSERT INTO bench.steps (step, seconds) VALUES ('report aggregates', 0)`)
}

/**
 * While an issue is in development its one new migration is regenerated in place (same index,
 * new timestamp and hash); drizzle would then run it again on a bench database generated
 * earlier and fail. When the database has exactly as many migrations applied as the journal
 * lists, the last one is taken as applied (with a warning: regenerate the data set if that
 * migration's schema changed). Released migrations never change, so this never triggers there.
 */
async function acceptEditedMigration(client: pg.Client) {
  const journalFile = path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { tag: string; when: number }[]
  }
  const last = journal.entries.at(-1)
  if (!last) return
  const table = await client.query(`SELECT to_regclass('drizzle.__drizzle_migrations') AS t`)
  if (!(table.rows[0] as { t: string | null }).t) return
  const applied = await client.query<{ id: number; created_at: string; n: number }>(
    `SELECT id, created_at::text, (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS n
     FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
  )
  const row = applied.rows[0]
  if (!row || row.n !== journal.entries.length || Number(row.created_at) >= last.when) return
  const hash = createHash('sha256')
    .update(fs.readFileSync(path.join(MIGRATIONS_FOLDER, `${last.tag}.sql`)))
    .digest('hex')
  await client.query(
    'UPDATE drizzle.__drizzle_migrations SET hash = $1, created_at = $2 WHERE id = $3',
    [hash, last.when, row.id],
  )
  say(
    `  warning: migration ${last.tag} was regenerated after this data set was made; taken as applied (regenerate the data set if its schema changed)`,
  )
}

/** Generates (or completes) the data set of `opts` on the open cluster; returns the instansi id. */
export async function generate(opts: BenchOptions, cluster: Cluster): Promise<string> {
  const plan = planFor(opts.employees)
  say(
    `\nGenerating ${opts.employees.toLocaleString('en')} employees into ${opts.database} (${plan.units} units, ${plan.dinas} badan/dinas, team of ${plan.bigTeam} under one atasan)`,
  )
  const started = performance.now()
  const db = createDb(cluster.url, 2)
  const client = new pg.Client({ connectionString: cluster.url })
  await client.connect()
  try {
    const su = await client.query<{ rolsuper: boolean }>(
      'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
    )
    if (!su.rows[0]?.rolsuper)
      throw new Error(
        'bulk loading needs a superuser role (SET session_replication_role); use the bench cluster (no --database-url) or a superuser URL',
      )
    await acceptEditedMigration(client)
    await timed('migrations (migrateDb)', () => migrateDb(db))
    const today = opts.today ?? dayIn(systemClock.now(), TIME_ZONE)
    const inst = await timed('instansi, year, periods, holidays', async () => {
      const found = await setupInstansi(client, opts, today)
      await setupYear(db, client, found.instansiId, Number(found.today.slice(0, 4)))
      return found
    })
    const ctx: Ctx = {
      client,
      instansiId: inst.instansiId,
      year: Number(inst.today.slice(0, 4)),
      today: inst.today,
      plan,
      changed: false,
    }
    await genOrg(ctx)
    await genSkp(ctx)
    await genProgress(ctx, db)
    await finish(ctx, db)
    const counts = await client.query<{ t: string; n: number }>(
      `SELECT 'daily_progress' AS t, count(*)::int AS n FROM daily_progress WHERE instansi_id = $1
       UNION ALL SELECT 'pegawai', count(*)::int FROM pegawai WHERE instansi_id = $1
       UNION ALL SELECT 'rencana_aksi', count(*)::int FROM rencana_aksi WHERE instansi_id = $1
       UNION ALL SELECT 'assessments', count(*)::int FROM assessments WHERE instansi_id = $1`,
      [inst.instansiId],
    )
    const size = await client.query<{ s: string }>(
      'SELECT pg_size_pretty(pg_database_size(current_database())) AS s',
    )
    say(
      `  rows: ${counts.rows.map((r) => `${r.t} ${r.n.toLocaleString('en')}`).join(', ')}; database ${size.rows[0]?.s}`,
    )
    say(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return inst.instansiId
  } finally {
    await client.end()
    await closeDb(db)
  }
}

async function main() {
  const opts = parseOptions()
  const cluster = await openCluster({
    database: opts.database,
    databaseUrl: opts.databaseUrl,
    dir: opts.dir,
    port: opts.pgPort,
    log: say,
  })
  try {
    await generate(opts, cluster)
  } finally {
    await cluster.stop()
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename
if (isEntry) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  })
}
