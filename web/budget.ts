// Checks the first-load budget after `vite build` (design/quality.md "Performance"):
// the JS and CSS that index.html loads before any route chunk, gzipped.
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = Number(process.argv[2] ?? 300)
const dist = path.resolve(import.meta.dirname, 'dist')
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1] as string,
)
let total = 0
for (const a of assets) {
  const gz = gzipSync(fs.readFileSync(path.join(dist, a))).length
  total += gz
  console.log(`${(gz / 1024).toFixed(1).padStart(8)} kB  ${a}`)
}
console.log(
  `${(total / 1024).toFixed(1).padStart(8)} kB  first load (gzip), budget ${BUDGET_KB} kB`,
)
if (assets.length === 0) {
  console.error('No assets found in index.html: is the build missing?')
  process.exit(1)
}
if (total > BUDGET_KB * 1024) {
  console.error(`First load is over budget: ${(total / 1024).toFixed(1)} kB > ${BUDGET_KB} kB`)
  process.exit(1)
}
