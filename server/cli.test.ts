import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { runCli, type CliDatabase } from './cli.ts'
import { loadConfig } from './config.ts'
import { closeDb, createDb } from './db/client.ts'
import { compareStats, readBackup, tableStats, type Manifest } from './lib/backup.ts'
import { userAccounts } from './modules/auth/auth.tables.ts'
import { instansi, pegawai, units } from './modules/org/org.tables.ts'
import { makeNip } from './test/factories.ts'
import { setupTestApp } from './test/test-app.ts'
import { dropTestDatabase } from './test/drop-db.ts'
import { createTestDatabase } from './test/test-db.ts'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'))
const t = await setupTestApp({ env: { DATA_DIR: tmp } })
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** Runs the CLI in-process against an open test database, capturing what it prints. */
async function cli(argv: string[], database: CliDatabase = { db: t.db, embedded: false }) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, {
    config: t.config,
    clock: t.clock,
    database,
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const write = (name: string, text: string) => {
  const file = path.join(tmp, name)
  fs.writeFileSync(file, text)
  return file
}

describe('command line', () => {
  it('prints usage: help → 0, unknown command or bad arguments → 2', async () => {
    const help = await cli(['help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('create-admin --instansi CODE --username NAME')
    const unknown = await cli(['frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('Unknown command "frobnicate"')
    expect(unknown.err).toContain('Usage:')
    expect((await cli(['import', 'pegawai', 'x.csv'])).code).toBe(2) // no --instansi
    expect((await cli(['import', 'jabatan', 'x.csv', '--instansi', 'X'])).code).toBe(2)
    expect((await cli(['create-admin', '--username', 'budi', '--bogus'])).code).toBe(2)
    const restore = await cli(['restore', 'backup.dump'])
    expect(restore.code).toBe(2)
    expect(restore.err).toContain('--yes')
  })

  it('create-admin prints a one-time password that signs in and must be changed', async () => {
    const inst = await t.f.instansi()
    const res = await cli([
      'create-admin',
      '--instansi',
      inst.code.toLowerCase(),
      '--username',
      'admin.cli',
    ])
    expect(res.code).toBe(0)
    const password = /One-time password: (\S+)/.exec(res.out)?.[1] as string
    expect(password).toMatch(/^[a-z]{4}-\d{4}-[a-z]{4}$/)
    const [account] = await t.db
      .select()
      .from(userAccounts)
      .where(eq(userAccounts.username, 'admin.cli'))
    expect(account).toMatchObject({
      instansiId: inst.id,
      roles: ['admin_instansi'],
      mustChangePassword: true,
    })
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.cli', password },
    })
    expect(login.statusCode).toBe(200)
    expect(login.json().user).toMatchObject({ mustChangePassword: true, instansiId: inst.id })

    const again = await cli(['create-admin', '--instansi', inst.code, '--username', 'ADMIN.CLI'])
    expect(again.code).toBe(1)
    expect(again.err).toContain('already taken')
    expect(
      (await cli(['create-admin', '--instansi', 'NO-SUCH-CODE', '--username', 'x.admin'])).code,
    ).toBe(1)
    expect(
      (await cli(['create-admin', '--instansi', inst.code, '--username', makeNip()])).code,
    ).toBe(2)

    const sup = await cli(['create-admin', '--super', '--username', 'root.cli'])
    expect(sup.code).toBe(0)
    const [root] = await t.db
      .select()
      .from(userAccounts)
      .where(eq(userAccounts.username, 'root.cli'))
    expect(root).toMatchObject({ instansiId: null, roles: ['super_admin'] })
  })

  it('import uses the web import rules: units, a pegawai dry run, row errors → 1, valid-only → rejected file', async () => {
    const inst = await t.f.instansi()
    const unitsFile = write(
      'units.csv',
      'kode_unit;nama_unit;kode_unit_induk\nDIN;Dinas;\nDIN-1;Bidang Satu;DIN\n',
    )
    const u = await cli(['import', 'units', unitsFile, '--instansi', inst.code])
    expect(u.code).toBe(0)
    expect(u.out).toContain('Imported: 2 rows, 2 valid, 2 new, 0 updated, 0 errors.')
    expect(await t.db.select().from(units).where(eq(units.instansiId, inst.id))).toHaveLength(2)

    const header = 'nip,nama,status,kode_unit,jabatan,jenis_jabatan'
    const good = `${makeNip()},Putu Dharma,PNS,DIN-1,Staf,Pelaksana`
    const dry = await cli([
      'import',
      'pegawai',
      write('p.csv', `${header}\n${good}\n`),
      '--instansi',
      inst.code,
      '--dry-run',
    ])
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('Dry run (nothing written): 1 rows, 1 valid, 1 new')
    expect(await t.db.select().from(pegawai).where(eq(pegawai.instansiId, inst.id))).toHaveLength(0)

    const bad = `198013402005011001,Salah Tanggal,PNS,DIN-1,Staf,Pelaksana`
    const failed = await cli([
      'import',
      'pegawai',
      write('p2.csv', `${header}\n${good}\n${bad}\n`),
      '--instansi',
      inst.code,
    ])
    expect(failed.code).toBe(1)
    expect(failed.err).toContain('row 3, nip: Angka 1–8 NIP (tanggal lahir')
    expect(await t.db.select().from(pegawai).where(eq(pegawai.instansiId, inst.id))).toHaveLength(0)

    const partial = await cli([
      'import',
      'pegawai',
      path.join(tmp, 'p2.csv'),
      '--instansi',
      inst.code,
      '--valid-only',
    ])
    expect(partial.code).toBe(0)
    const rejected = /Rejected rows: (\S+)/.exec(partial.out)?.[1] as string
    expect(rejected.startsWith(path.join(tmp, 'imports'))).toBe(true)
    expect(fs.readFileSync(rejected, 'utf8')).toContain('Salah Tanggal')
    expect(await t.db.select().from(pegawai).where(eq(pegawai.instansiId, inst.id))).toHaveLength(1)

    const missing = await cli([
      'import',
      'pegawai',
      path.join(tmp, 'nope.csv'),
      '--instansi',
      inst.code,
    ])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('Cannot read')
  })

  it('refuses to open the embedded database while another process holds DATA_DIR', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-lock-'))
    // The parent process is alive and is not us: exactly what a running app looks like.
    fs.writeFileSync(path.join(dataDir, 'kinerja.lock'), String(process.ppid))
    const err: string[] = []
    const code = await runCli(['migrate'], {
      config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      io: { out: () => undefined, err: (l) => err.push(l) },
    })
    expect(code).toBe(1)
    expect(err.join('\n')).toContain('stop the running Kinerja app')
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
})

describe('seed, backup and restore on a separate database', async () => {
  const fresh = await createTestDatabase()
  afterAll(() => fresh.drop())
  const database: CliDatabase = { db: fresh.db, url: fresh.url, embedded: false }

  it('seed on an empty server database creates the first admin (needs the instansi flags)', async () => {
    expect((await cli(['seed'], database)).code).toBe(2)
    const res = await cli(
      [
        'seed',
        '--instansi-code',
        'bkpsdm-tabanan',
        '--instansi-name',
        'Pemerintah Kabupaten Tabanan',
        '--time-zone',
        'Asia/Makassar',
        '--username',
        'admin.tabanan',
      ],
      database,
    )
    expect(res.code).toBe(0)
    expect(res.out).toMatch(/One-time password: \S+/)
    const [inst] = await fresh.db.select().from(instansi)
    expect(inst).toMatchObject({ code: 'BKPSDM-TABANAN', timeZone: 'Asia/Makassar' })
    const again = await cli(['seed'], database)
    expect(again.code).toBe(0)
    expect(again.out).toContain('already has data')
  })

  it('backup then restore --yes brings the database and the uploaded files back, verified', async () => {
    // Uploaded files of two stores, and the temp file of an unfinished upload (not backed up).
    const uploads = t.config.uploadDir
    const put = (rel: string, data: string) => {
      fs.mkdirSync(path.dirname(path.join(uploads, rel)), { recursive: true })
      fs.writeFileSync(path.join(uploads, rel), data)
    }
    const keyA = createHash('sha256').update('bukti A').digest('hex')
    const keyB = createHash('sha256').update('lampiran B').digest('hex')
    put(`${keyA.slice(0, 2)}/${keyA.slice(2, 4)}/${keyA}`, 'bukti A')
    put(`helpdesk/${keyB.slice(0, 2)}/${keyB.slice(2, 4)}/${keyB}`, 'lampiran B')
    put('tmp/unfinished.part', 'half an upload')

    const file = path.join(tmp, 'kinerja.backup')
    const backup = await cli(['backup', file], database)
    expect(backup.code, backup.err).toBe(0)
    expect(backup.out).toMatch(/Backup written to .* tables, .* rows, 2 uploaded files\./)
    expect(fs.readFileSync(file).subarray(257, 262).toString()).toBe('ustar') // a tar
    expect((await cli(['backup', file], database)).code).toBe(1) // never overwrites

    const staging = fs.mkdtempSync(path.join(tmp, 'read-'))
    const manifest = await readBackup(file, staging)
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [
        `uploads/${keyA.slice(0, 2)}/${keyA.slice(2, 4)}/${keyA}`,
        `uploads/helpdesk/${keyB.slice(0, 2)}/${keyB.slice(2, 4)}/${keyB}`,
      ].sort(),
    )
    expect(manifest.tables.find((x) => x.table === 'public.instansi')?.rows).toBe(1)
    expect(fs.readFileSync(path.join(staging, 'db.dump')).subarray(0, 5).toString()).toBe('PGDMP')

    await fresh.db
      .insert(instansi)
      .values({ code: 'AFTER-BACKUP', name: 'Ditambahkan setelah backup' })
    put('ff/ff/later', 'added after the backup')
    const restore = await cli(['restore', file, '--yes'], database)
    expect(restore.code, restore.err).toBe(0)
    expect(restore.out).toMatch(
      /Restored .*: \d+ tables and [\d,]+ rows verified, 2 uploaded files\./,
    )
    const codes = (await fresh.db.select({ code: instansi.code }).from(instansi)).map((r) => r.code)
    expect(codes).toEqual(['BKPSDM-TABANAN'])
    expect(
      fs.readFileSync(path.join(uploads, keyA.slice(0, 2), keyA.slice(2, 4), keyA), 'utf8'),
    ).toBe('bukti A')
    expect(fs.existsSync(path.join(uploads, 'ff/ff/later'))).toBe(false)
    // The files that were there are kept aside, not deleted.
    const aside = /kept in (\S+)\./.exec(restore.out)?.[1] as string
    expect(fs.readFileSync(path.join(aside, 'ff/ff/later'), 'utf8')).toBe('added after the backup')
  })

  it('restore refuses a corrupt or truncated backup and changes nothing', async () => {
    const file = path.join(tmp, 'kinerja.backup')
    const before = await fresh.db.transaction((tx) => tableStats(tx))
    fs.writeFileSync(path.join(t.config.uploadDir, 'marker'), 'still here')

    const flipped = fs.readFileSync(file)
    flipped[1024] = (flipped[1024] as number) ^ 0xff // inside db.dump
    fs.writeFileSync(path.join(tmp, 'corrupt.backup'), flipped)
    const corrupt = await cli(['restore', path.join(tmp, 'corrupt.backup'), '--yes'], database)
    expect(corrupt.code).toBe(1)
    expect(corrupt.err).toContain('corrupt or incomplete; nothing was restored')
    expect(corrupt.err).toContain('db.dump does not match its checksum')

    const whole = fs.readFileSync(file)
    fs.writeFileSync(path.join(tmp, 'cut.backup'), whole.subarray(0, Math.floor(whole.length / 2)))
    const cut = await cli(['restore', path.join(tmp, 'cut.backup'), '--yes'], database)
    expect(cut.code).toBe(1)
    expect(cut.err).toContain('The backup is incomplete')

    // A manifest that the restored tables do not match (rebuilt with GNU tar, which also reads
    // our format): the check inside the restore's transaction rolls everything back.
    const x = fs.mkdtempSync(path.join(tmp, 'x-'))
    execFileSync('tar', ['-xf', file, '-C', x])
    const m = JSON.parse(fs.readFileSync(path.join(x, 'manifest.json'), 'utf8')) as Manifest
    m.tables = m.tables.map((e) => (e.table === 'public.instansi' ? { ...e, checksum: '1' } : e))
    m.files = []
    fs.writeFileSync(path.join(x, 'manifest.json'), JSON.stringify(m))
    const tampered = path.join(tmp, 'tampered.backup')
    execFileSync('tar', ['--format=ustar', '-cf', tampered, '-C', x, 'db.dump', 'manifest.json'])
    const differs = await cli(['restore', tampered, '--yes'], database)
    expect(differs.code).toBe(1)
    expect(differs.err).toContain(
      "the restored tables differ from the backup's manifest: public.instansi",
    )

    const missing = await cli(['restore', path.join(tmp, 'nope.backup'), '--yes'], database)
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('does not exist')

    expect(await fresh.db.transaction((tx) => tableStats(tx))).toEqual(before)
    expect(fs.readFileSync(path.join(t.config.uploadDir, 'marker'), 'utf8')).toBe('still here')
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.kinerja-restore-'))).toEqual([])
  })

  it('restore into an empty database gives the same tables, rows and checksums', async () => {
    const file = path.join(tmp, 'kinerja.backup')
    const serverUrl = inject('testServerUrl')
    const name = `kt_restore_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const empty = createDb(url.toString(), 2)
    try {
      const res = await cli(['restore', file, '--yes'], {
        db: empty,
        url: url.toString(),
        embedded: false,
      })
      expect(res.code, res.err).toBe(0)
      const manifest = await readBackup(file, fs.mkdtempSync(path.join(tmp, 'read-')))
      expect(
        compareStats(manifest.tables, await empty.transaction((tx) => tableStats(tx))),
      ).toEqual([])
    } finally {
      await closeDb(empty)
      await dropTestDatabase(admin, name)
      await admin.end()
    }
  })
})
