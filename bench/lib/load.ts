// Load generation (autocannon) with exact percentiles from every response, and the memory of a
// process sampled from /proc while the load runs.
import fs from 'node:fs'
import autocannon from 'autocannon'

export type LoadResult = {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
  /** Peak resident memory of the watched process during the load (MiB). */
  peakRssMiB: number | null
}

export type RequestSpec = {
  method?: 'GET' | 'POST'
  path: string | (() => string)
  headers?: () => Record<string, string>
  body?: () => string
}

/** Resident and peak resident memory of a process (MiB), from /proc/<pid>/status. */
export function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** Samples the RSS of `pid` every 200 ms until stopped; returns the peak (MiB). */
export function watchMemory(pid: number | null): () => number | null {
  if (!pid) return () => null
  let peak = memoryOf(pid)?.rss ?? 0
  const timer = setInterval(() => {
    const m = memoryOf(pid)
    if (m) peak = Math.max(peak, m.rss)
  }, 200)
  return () => {
    clearInterval(timer)
    const m = memoryOf(pid)
    if (m) peak = Math.max(peak, m.rss)
    return Math.round(peak)
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

/** Runs `specs` (cycled per connection) against `baseUrl` for `duration` seconds. */
export async function runLoad(opts: {
  baseUrl: string
  specs: RequestSpec[]
  connections: number
  duration: number
  pid?: number | null
  /** Stop after this many requests (with duration as the upper bound). */
  amount?: number
}): Promise<LoadResult> {
  const latencies: number[] = []
  const stopWatch = watchMemory(opts.pid ?? null)
  const first = opts.specs[0]!
  let instance: autocannon.Instance | undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: opts.baseUrl,
        connections: opts.connections,
        duration: opts.duration,
        amount: opts.amount,
        timeout: 30,
        requests: opts.specs.map((s) => ({
          method: s.method ?? 'GET',
          path: typeof s.path === 'string' ? s.path : '/',
          setupRequest: (req) => {
            const next = { ...req }
            if (typeof s.path === 'function') next.path = s.path()
            if (s.headers) next.headers = { ...(req.headers ?? {}), ...s.headers() }
            if (s.body) next.body = s.body()
            return next
          },
        })),
        method: first.method ?? 'GET',
      },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    )
  })
  instance?.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime)
  })
  const result = await done
  const peakRssMiB = stopWatch()
  latencies.sort((a, b) => a - b)
  const seconds = result.duration || opts.duration
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    peakRssMiB,
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10
