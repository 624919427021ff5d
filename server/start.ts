import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { loadConfig, loadDotEnv } from './config.ts'
import { DataDirInUseError, startLockedEmbedded } from './db/embedded.ts'

/**
 * `npm start`: builds the web app when its build is missing or older than its sources, and
 * starts the server (embedded PostgreSQL, migrations, demo seed on first start). What does not
 * depend on the rest starts at once and runs side by side (decision 0023): the web build (a
 * child process), initdb and the embedded PostgreSQL (child processes), and Node loading the
 * app's modules; the server awaits the build before it builds the app that serves it.
 */
function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)
  }
  return newest
}

const root = path.resolve(import.meta.dirname, '..')
const built = path.join(root, 'web', 'dist', 'index.html')
const sources = [path.join(root, 'web', 'src'), path.join(root, 'shared')]
const stale =
  !fs.existsSync(built) || Math.max(...sources.map(newestMtime)) > fs.statSync(built).mtimeMs

function buildWeb(): Promise<void> {
  process.stdout.write('Building the web app…\n')
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  )
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`the web build (vite build) failed: ${signal ?? `exit code ${code}`}`)),
    )
  })
}

async function run() {
  const webBuilt = stale ? buildWeb() : undefined
  loadDotEnv()
  const config = loadConfig()
  const embedded = config.databaseUrl
    ? undefined
    : startLockedEmbedded(config.dataDir, (line) => process.stdout.write(`${line}\n`))
  // Handled where main awaits them; until then a failure must not count as unhandled.
  webBuilt?.catch(() => undefined)
  embedded?.catch(() => undefined)
  const { main } = await import('./main.ts')
  await main({ embedded, webBuilt })
}

run().catch((e: unknown) => {
  if (e instanceof DataDirInUseError) {
    process.stderr.write(`${e.message}\n`)
    process.exit(2)
  }
  process.stderr.write(
    `Kinerja failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  )
  process.exit(1)
})
