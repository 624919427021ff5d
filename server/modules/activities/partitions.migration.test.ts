import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { afterAll, describe, expect, it, inject } from 'vitest'
import { closeDb, createDb, MIGRATIONS_FOLDER, migrateDb } from '../../db/client.ts'
import { createTestDatabase } from '../../test/test-db.ts'
import { dropTestDatabase } from '../../test/drop-db.ts'

/**
 * Migration 0008 on an existing install: a database at 0007 holding daily progress (three
 * years of months), evidence and verifications is migrated to the partitioned table; every row,
 * every evidence link and every verdict is kept, and the schema ends equal to a fresh install's.
 */
const serverUrl = inject('testServerUrl')
const owner = inject('templateDatabase').replace('kinerja_template_', '')
const name = `kt_${owner}_h4mig_${randomBytes(4).toString('hex')}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'h4-migrations-'))
const url = new URL(serverUrl)
url.pathname = `/${name}`

async function admin<T>(fn: (c: pg.Client) => Promise<T>) {
  const c = new pg.Client({ connectionString: serverUrl })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

/** The migrations folder as it was at 0007 (journal cut before 0008). */
function folderAt0007() {
  fs.cpSync(MIGRATIONS_FOLDER, tmp, { recursive: true })
  for (const f of fs.readdirSync(tmp)) if (/^0008_/.test(f)) fs.rmSync(path.join(tmp, f))
  for (const f of fs.readdirSync(path.join(tmp, 'meta')))
    if (/^0008_/.test(f)) fs.rmSync(path.join(tmp, 'meta', f))
  const journalFile = path.join(tmp, 'meta', '_journal.json')
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number }[]
  }
  journal.entries = journal.entries.filter((e) => e.idx < 8)
  fs.writeFileSync(journalFile, JSON.stringify(journal))
  return tmp
}

const SEED = `
  INSERT INTO instansi (id, code, name) VALUES ('00000000-0000-4000-8000-000000000001', 'MIG', 'Migrasi');
  INSERT INTO units (id, instansi_id, name)
    VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Unit');
  INSERT INTO jabatan (id, instansi_id, unit_id, name, jenis)
    VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001',
            '00000000-0000-4000-8000-000000000002', 'Pelaksana', 'pelaksana');
  INSERT INTO pegawai (id, instansi_id, nip, name, status, unit_id, jabatan_id)
    SELECT ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid,
           '00000000-0000-4000-8000-000000000001', '19800101200501' || lpad(i::text, 4, '0'),
           'Pegawai ' || i, 'PNS', '00000000-0000-4000-8000-000000000002',
           '00000000-0000-4000-8000-000000000003'
    FROM generate_series(1, 3) i;
  -- 600 entries from January 2024 to November 2026, three people.
  INSERT INTO daily_progress (instansi_id, pegawai_id, client_id, date, start_time, end_time,
      description, text_hash, realisasi, satuan, recorded_at, deadline_at, late, rule_version,
      created_by_user_id, verification_status)
    SELECT '00000000-0000-4000-8000-000000000001',
           ('00000000-0000-4000-8001-' || lpad((1 + i % 3)::text, 12, '0'))::uuid,
           gen_random_uuid(), DATE '2024-01-03' + i * 175 / 100, '08:00', '09:30',
           'Kegiatan nomor ' || i, md5('kegiatan ' || i), i % 5, 'Dokumen',
           now(), now(), i % 7 = 0, 1, gen_random_uuid(),
           CASE WHEN i % 2 = 0 THEN 'sesuai' ELSE 'pending' END::progress_verification_status
    FROM generate_series(0, 599) i;
  INSERT INTO progress_evidence (instansi_id, progress_id, pegawai_id, kind, url)
    SELECT instansi_id, id, pegawai_id, 'link', 'https://example.org/' || id
    FROM daily_progress;
  INSERT INTO progress_evidence (instansi_id, progress_id, pegawai_id, kind, file_key, file_name,
      mime_type, size, client_id)
    SELECT instansi_id, id, pegawai_id, 'file', md5(id::text), 'foto.jpg', 'image/jpeg', 10,
           gen_random_uuid()
    FROM daily_progress WHERE realisasi = 1;
  INSERT INTO progress_verifications (instansi_id, progress_id, verdict, by_user_id, by_name)
    SELECT instansi_id, id, 'sesuai', gen_random_uuid(), 'Atasan'
    FROM daily_progress WHERE verification_status = 'sesuai';
`

const FINGERPRINT = {
  progress: `SELECT id::text, md5(row_to_json(d)::text) AS h FROM daily_progress d ORDER BY id`,
  evidence: `SELECT e.id::text, e.progress_id::text, e.kind::text, coalesce(e.url, e.file_key) AS v
             FROM progress_evidence e ORDER BY e.id`,
  verifications: `SELECT v.id::text, v.progress_id::text, v.verdict::text
                  FROM progress_verifications v ORDER BY v.id`,
}

/** Indexes and constraints of the three tables, as a fresh install must have them too. */
const SHAPE = `
  SELECT 'index ' || indexname || ': ' || regexp_replace(indexdef, 'INDEX \\S+ ON ', 'INDEX ON ') AS item
  FROM pg_indexes
  WHERE tablename IN ('daily_progress', 'progress_evidence', 'progress_verifications')
  UNION ALL
  SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid)
  FROM pg_constraint
  WHERE conrelid IN ('daily_progress'::regclass, 'progress_evidence'::regclass,
                     'progress_verifications'::regclass)
    AND conparentid = 0 -- not the per-partition clones of a foreign key
  UNION ALL
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
         || ' ' || coalesce(column_default, '')
  FROM information_schema.columns
  WHERE table_name IN ('daily_progress', 'progress_evidence', 'progress_verifications')
  ORDER BY 1`

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true })
  await admin((c) => dropTestDatabase(c, name))
})

describe('migration 0008 on a database with daily progress', () => {
  it('keeps every entry, evidence link and verdict, in monthly partitions', async () => {
    await admin((c) => c.query(`CREATE DATABASE ${name}`))
    const db = createDb(url.toString(), 2)
    const fresh = await createTestDatabase()
    try {
      await migrate(db, { migrationsFolder: folderAt0007() })
      await db.$client.query(SEED)
      const q = async (text: string) => (await db.$client.query(text)).rows as unknown[]
      const before = {
        progress: await q(FINGERPRINT.progress),
        evidence: await q(FINGERPRINT.evidence),
        verifications: await q(FINGERPRINT.verifications),
      }
      expect(before.progress).toHaveLength(600)
      expect(before.evidence.length).toBeGreaterThan(600)
      expect(before.verifications).toHaveLength(300)
      const months = (await q(
        `SELECT DISTINCT to_char(date, 'YYYY"m"MM') AS m FROM daily_progress ORDER BY 1`,
      )) as { m: string }[]
      expect(months.length).toBeGreaterThan(24)

      await migrateDb(db)

      expect(await q(FINGERPRINT.progress)).toEqual(before.progress)
      expect(await q(FINGERPRINT.evidence)).toEqual(before.evidence)
      expect(await q(FINGERPRINT.verifications)).toEqual(before.verifications)
      // Evidence and verdicts carry their entry's day, and each entry sits in its month.
      expect(
        await q(`SELECT count(*)::int AS n FROM progress_evidence e
                 JOIN daily_progress d ON d.id = e.progress_id AND d.date = e.progress_date`),
      ).toEqual([{ n: before.evidence.length }])
      expect(
        await q(`SELECT count(*)::int AS n FROM progress_verifications v
                 JOIN daily_progress d ON d.id = v.progress_id AND d.date = v.progress_date`),
      ).toEqual([{ n: 300 }])
      expect(
        await q(`SELECT count(*)::int AS n FROM daily_progress
                 WHERE tableoid::regclass::text <> 'daily_progress_y' || to_char(date, 'YYYY"m"MM')`),
      ).toEqual([{ n: 0 }])
      expect(await q(`SELECT to_regclass('daily_progress_unpartitioned') AS t`)).toEqual([
        { t: null },
      ])
      // Same indexes, constraints and columns as a fresh install (and as drizzle's snapshot).
      const shape = (await q(SHAPE)) as { item: string }[]
      const freshShape = (await fresh.db.$client.query(SHAPE)).rows as { item: string }[]
      expect(shape).toEqual(freshShape)
      expect(shape.map((r) => r.item)).toContainEqual(
        'constraint daily_progress_pkey: PRIMARY KEY (id, date)',
      )
    } finally {
      await closeDb(db)
      await fresh.drop()
    }
  })
})
