import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DataDirInUseError } from './db/embedded.ts'
import { main } from './main.ts'

/**
 * `npm start`: builds the web app when its build is missing or older than its sources,
 * then starts the server (embedded PostgreSQL, migrations, demo seed on first start).
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
if (stale) {
  process.stdout.write('Building the web app…\n')
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
}

main().catch((e: unknown) => {
  if (e instanceof DataDirInUseError) {
    process.stderr.write(`${e.message}\n`)
    process.exit(2)
  }
  process.stderr.write(
    `Kinerja failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  )
  process.exit(1)
})
