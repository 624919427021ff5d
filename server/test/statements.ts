import type pg from 'pg'

/** One statement sent through a pooled client: its SQL text and bind values. */
export type RecordedCall = { text: string; values: unknown[] }

/**
 * Records the SQL statements the app sends through `pool`. Every statement goes through a
 * pooled client's `query`; the pool's `acquire` event wraps each client once, so a count
 * covers a whole request through the real app, whatever module issues it. The answer of
 * `record(run)` holds only what was sent while `run` ran: `statements` (the SQL texts) and
 * `calls` (the texts with their bind values, from the query config or the second argument).
 */
export function statementRecorder(pool: pg.Pool) {
  const calls: RecordedCall[] = []
  let recording = false
  const wrapped = new WeakSet<pg.PoolClient>()
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return
    wrapped.add(client)
    const original = client.query.bind(client) as (...args: unknown[]) => unknown
    ;(client as { query: unknown }).query = (...args: unknown[]) => {
      if (recording) {
        const q = args[0] as string | { text?: string; values?: unknown[] }
        const params = Array.isArray(args[1]) ? (args[1] as unknown[]) : []
        calls.push(
          typeof q === 'string'
            ? { text: q, values: params }
            : { text: q.text ?? '?', values: q.values ?? params },
        )
      }
      return original(...args)
    }
  })
  return async <T>(run: () => Promise<T>) => {
    calls.length = 0
    recording = true
    try {
      const result = await run()
      return { result, statements: calls.map((c) => c.text), calls: [...calls] }
    } finally {
      recording = false
    }
  }
}
