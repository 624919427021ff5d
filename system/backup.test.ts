import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../server/db/embedded.ts'
import { evidenceFiles } from '../server/test/activities-factories.ts'
import {
  appEnv,
  authHeaders,
  createExternalDatabase,
  login,
  startApp,
  stopApp,
  stopEmbeddedLeftover,
  withClient,
} from './lib/crash-app.ts'
import { fileDigests, runCli, tableDigests } from './lib/crash-backup.ts'
import { sha256 } from './lib/crash-load.ts'

/**
 * `backup` then `restore` into a fresh deployment gives identical data: every table's row count
 * and md5 (computed here, independently of the backup's own manifest) and every uploaded file's
 * sha256, for the embedded PostgreSQL (DATA_DIR) and an external one (DATABASE_URL), on the
 * seeded demo plus evidence files uploaded through the API. The restored deployment serves the
 * files; a corrupt backup is refused and leaves the target as it was. ~3–4 min on 2 cores
 * (mostly the demo seed, twice).
 */
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-backup-'))
// As root the embedded postgres runs as the postgres user, which must traverse to DATA_DIR.
fs.chmodSync(tmpRoot, 0o711)
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined)
  fs.rmSync(tmpRoot, { recursive: true, force: true })
})

type Deployment = {
  env: Record<string, string | undefined>
  uploadDir: string
  /** Runs `fn` with a connection to the deployment's database (starting it when embedded). */
  db<T>(fn: (c: pg.Client) => Promise<T>): Promise<T>
}

function embedded(name: string, port: number): Deployment {
  const dataDir = path.join(tmpRoot, name)
  cleanups.push(() => stopEmbeddedLeftover(dataDir))
  return {
    env: appEnv({ DATA_DIR: dataDir, PORT: String(port) }),
    uploadDir: path.join(dataDir, 'uploads'),
    async db(fn) {
      const pg = await startEmbeddedPostgres(dataDir)
      try {
        return await withClient(pg.url, fn)
      } finally {
        await pg.stop()
      }
    },
  }
}

async function external(name: string, port: number): Promise<Deployment> {
  const database = await createExternalDatabase(name)
  cleanups.push(database.drop)
  const dataDir = path.join(tmpRoot, name)
  return {
    env: appEnv({
      DATABASE_URL: database.url,
      DEMO_SEED: 'true',
      DATA_DIR: dataDir,
      PORT: String(port),
    }),
    uploadDir: path.join(dataDir, 'uploads'),
    db: (fn) => withClient(database.url, fn),
  }
}

/** The demo's pegawai accounts listed at first start (DATA_DIR/demo-accounts.json). */
function demoPegawaiLogin(env: Record<string, string | undefined>): string {
  const accounts = JSON.parse(
    fs.readFileSync(path.join(env.DATA_DIR as string, 'demo-accounts.json'), 'utf8'),
  ) as { login: string }[]
  const nip = accounts.find((a) => /^\d{18}$/.test(a.login))
  if (!nip) throw new Error('no pegawai among the demo accounts')
  return nip.login
}

async function seedWithEvidence(d: Deployment) {
  const app = await startApp(d.env, 180_000)
  try {
    const s = await login(app.url, demoPegawaiLogin(d.env), 'Gianyar2026!')
    const created = await fetch(`${app.url}/api/activities/progress`, {
      method: 'POST',
      headers: authHeaders(s, { 'content-type': 'application/json' }),
      body: JSON.stringify({
        clientId: randomUUID(),
        date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date()),
        startTime: '08:00',
        endTime: '09:00',
        description: 'Menyiapkan bahan uji cadangan dan pemulihan data',
        rhkId: null,
        rencanaAksiId: null,
        realisasi: 1,
        satuan: 'Kegiatan',
        links: [],
      }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const files: { id: string; sha256: string }[] = []
    for (let i = 0; i < 3; i++) {
      const data = evidenceFiles.jpeg(randomBytes(6).toString('hex'), 4096 + i * 1000)
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(data)]), `foto-${i}.jpg`)
      const res = await fetch(`${app.url}/api/activities/progress/${id}/evidence`, {
        method: 'POST',
        headers: authHeaders(s),
        body: form,
      })
      expect(res.status).toBe(201)
      files.push({ id: ((await res.json()) as { id: string }).id, sha256: sha256(data) })
    }
    return { pegawai: demoPegawaiLogin(d.env), files }
  } finally {
    await stopApp(app, 'SIGTERM')
  }
}

type Case = {
  name: string
  source: () => Promise<Deployment>
  target: () => Promise<Deployment>
}

const cases: Case[] = [
  {
    name: 'embedded PostgreSQL (DATA_DIR)',
    source: async () => embedded('embedded-source', 3610),
    target: async () => embedded('embedded-target', 3611),
  },
  {
    name: 'external PostgreSQL (DATABASE_URL)',
    source: () => external('crash_backup_source', 3612),
    target: () => external('crash_backup_target', 3613),
  },
]

describe.each(cases)('backup and restore: $name', (c) => {
  it('restores identical tables and files into a fresh deployment, and refuses a corrupt backup', async () => {
    const source = await c.source()
    const seeded = await seedWithEvidence(source)
    const file = path.join(tmpRoot, `${c.name.split(' ')[0]}.backup`)

    const backup = await runCli(['backup', file], source.env)
    expect(backup.code, backup.err).toBe(0)
    expect(backup.out).toMatch(/Backup written to .* 3 uploaded files\./)

    const target = await c.target()
    const restore = await runCli(['restore', file, '--yes'], target.env)
    expect(restore.code, restore.err).toBe(0)
    expect(restore.out).toMatch(/Restored .* rows verified, 3 uploaded files\./)

    // Identical data: every table (count + md5 of its rows), every file.
    const before = await source.db(tableDigests)
    const after = await target.db(tableDigests)
    expect(Object.keys(before).length).toBeGreaterThan(40)
    expect(after).toEqual(before)
    const filesBefore = fileDigests(source.uploadDir)
    expect(Object.values(filesBefore).sort()).toEqual(seeded.files.map((f) => f.sha256).sort())
    expect(fileDigests(target.uploadDir)).toEqual(filesBefore)

    // The restored deployment serves: sign in, download each evidence file.
    const app = await startApp(target.env, 180_000)
    try {
      const s = await login(app.url, seeded.pegawai, 'Gianyar2026!')
      for (const f of seeded.files) {
        const res = await fetch(`${app.url}/api/activities/evidence/${f.id}/file`, {
          headers: { cookie: s.cookie },
        })
        expect(res.status).toBe(200)
        expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(f.sha256)
      }
    } finally {
      await stopApp(app, 'SIGTERM')
    }
    // Serving wrote to it (a session, the sign-in's audit entry, jobs): the state to keep.
    const served = await target.db(tableDigests)

    // A corrupt backup (one byte flipped) is refused; the target stays as it was.
    const bytes = fs.readFileSync(file)
    bytes[Math.floor(bytes.length / 3)] = (bytes[Math.floor(bytes.length / 3)] as number) ^ 0xff
    const corrupt = path.join(tmpRoot, 'corrupt.backup')
    fs.writeFileSync(corrupt, bytes)
    const refused = await runCli(['restore', corrupt, '--yes'], target.env)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/corrupt|incomplete/)
    expect(await target.db(tableDigests)).toEqual(served)
    expect(fileDigests(target.uploadDir)).toEqual(filesBefore)
    console.log(
      JSON.stringify({
        mode: c.name,
        backupBytes: fs.statSync(file).size,
        tables: Object.keys(before).length,
        backupMs: backup.ms,
        restoreMs: restore.ms,
      }),
    )
  }, 900_000)
})
