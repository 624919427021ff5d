// The result rows, the printed table and the JSON file under bench/results/.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { LoadResult } from './load.ts'

export type Row = {
  scenario: string
  /** The goal in words, e.g. "p99 ≤ 50 ms, ≥ 50 % of baseline". */
  target: string
  /** The measured figures the goal is about, in words. */
  measured: string
  pass: boolean
  load?: LoadResult
  baseline?: LoadResult
  ratio?: number
  seconds?: number
  peakRssMiB?: number | null
  note?: string
}

export function machine(pgVersion: string) {
  const cpus = os.cpus()
  let load = os.loadavg().map((n) => Number(n.toFixed(2)))
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    ramGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    postgres: pgVersion,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: load,
    kinerjaCommit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
      } catch {
        return null
      }
    })(),
    refreshLoad() {
      load = os.loadavg().map((n) => Number(n.toFixed(2)))
      return load
    },
  }
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n))

export function printTable(rows: readonly Row[], write: (line: string) => void) {
  write('')
  write(`${pad('scenario', 46)} ${pad('target', 34)} ${pad('measured', 52)} result`)
  write('-'.repeat(142))
  for (const r of rows) {
    write(
      `${pad(r.scenario, 46)} ${pad(r.target, 34)} ${pad(r.measured, 52)} ${r.pass ? 'pass' : 'MISS'}`,
    )
  }
  write('')
  write(
    `${pad('scenario', 46)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'base/s'.padStart(8)} ${'ratio'.padStart(6)} ${'RSS MiB'.padStart(8)} errors`,
  )
  for (const r of rows) {
    const l = r.load
    write(
      `${pad(r.scenario, 46)} ${(l ? l.rps.toFixed(0) : '-').padStart(8)} ${(l ? String(l.p50) : '-').padStart(7)} ${(l ? String(l.p95) : '-').padStart(7)} ${(l ? String(l.p99) : '-').padStart(7)} ${(r.baseline ? r.baseline.rps.toFixed(0) : '-').padStart(8)} ${(r.ratio !== undefined ? r.ratio.toFixed(2) : '-').padStart(6)} ${String(r.peakRssMiB ?? l?.peakRssMiB ?? '-').padStart(8)} ${l ? l.errors + l.non2xx : '-'}`,
    )
  }
}

export function writeResults(data: unknown): string {
  const dir = path.join(import.meta.dirname, '..', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  return file
}
