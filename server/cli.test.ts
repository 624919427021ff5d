import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type CliDatabase } from './cli.ts'
import { loadConfig } from './config.ts'
import { userAccounts } from './modules/auth/auth.tables.ts'
import { instansi, pegawai, units } from './modules/org/org.tables.ts'
import { makeNip } from './test/factories.ts'
import { setupTestApp } from './test/test-app.ts'
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

  it('backup then restore --yes brings the database back to the backup', async () => {
    const file = path.join(tmp, 'kinerja.dump')
    const backup = await cli(['backup', file], database)
    expect(backup.code, backup.err).toBe(0)
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP') // pg_dump custom format
    expect((await cli(['backup', file], database)).code).toBe(1) // never overwrites

    await fresh.db
      .insert(instansi)
      .values({ code: 'AFTER-BACKUP', name: 'Ditambahkan setelah backup' })
    const restore = await cli(['restore', file, '--yes'], database)
    expect(restore.code, restore.err).toBe(0)
    const codes = (await fresh.db.select({ code: instansi.code }).from(instansi)).map((r) => r.code)
    expect(codes).toEqual(['BKPSDM-TABANAN'])
  })
})
