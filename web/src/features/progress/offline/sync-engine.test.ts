import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-client.ts'
import {
  classifyFailure,
  isDone,
  isSendable,
  mergeDay,
  pendingCountByDay,
  pendingState,
  retryDelayMs,
} from './queue.ts'
import type { QueueItem, QueuedFile } from './queue.ts'
import { syncQueue } from './sync-engine.ts'
import type { SyncDeps } from './sync-engine.ts'
import type { Progress } from '../../../../../shared/activities.ts'

const OWNER = '00000000-0000-4000-8000-0000000000aa'
const OTHER = '00000000-0000-4000-8000-0000000000bb'

let seq = 0
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`

function file(name = 'foto.jpg'): QueuedFile {
  return {
    clientId: uuid(),
    name,
    type: 'image/jpeg',
    size: 3,
    data: new Uint8Array([1, 2, 3]).buffer,
    uploaded: false,
    error: null,
  }
}

function item(over: Partial<QueueItem> = {}): QueueItem {
  const clientId = over.clientId ?? uuid()
  return {
    clientId,
    owner: OWNER,
    input: {
      clientId,
      date: '2026-11-27',
      startTime: '08:00',
      endTime: '09:00',
      description: 'Memverifikasi berkas usulan kenaikan pangkat periode Oktober',
      realisasi: 3,
      satuan: 'Berkas',
      deviceRecordedAt: '2026-11-27T01:00:00.000Z',
    },
    files: [],
    display: { rhkText: null, rencanaAksiText: null },
    queuedAt: `2026-11-27T01:00:${String(seq).padStart(2, '0')}.000Z`,
    serverId: null,
    attempts: 0,
    lastAttemptAt: null,
    lastNetworkError: null,
    error: null,
    ...over,
  }
}

type Failure = { status: number; reason?: string; fields?: Record<string, string> }

/**
 * A fake of the two endpoints that keeps the server's idempotency (one record per client id)
 * and can fail a request before it arrives, or lose the answer after it was stored.
 */
function fakeWorld(initial: QueueItem[]) {
  const store = new Map(initial.map((i) => [i.clientId, structuredClone(i)]))
  const entries = new Map<string, string>() // clientId → server id
  const evidence = new Map<string, string>() // file clientId → entry id
  const calls: string[] = []
  let entryFailures: (Failure & { afterStore?: boolean })[] = []
  let fileFailures: (Failure & { afterStore?: boolean })[] = []
  const error = (f: Failure) =>
    new ApiError({
      status: f.status,
      code: f.status === 0 ? 'NETWORK_ERROR' : 'VALIDATION_FAILED',
      message: `HTTP ${f.status}`,
      reason: f.reason,
      fields: f.fields,
    })
  const deps: SyncDeps = {
    list: async () => [...store.values()].map((i) => structuredClone(i)),
    put: async (i) => {
      store.set(i.clientId, structuredClone(i))
    },
    remove: async (id) => {
      store.delete(id)
    },
    postEntry: async (input) => {
      calls.push(`entry:${input.clientId}`)
      const f = entryFailures.shift()
      if (f && !f.afterStore) throw error(f)
      const id = entries.get(input.clientId) ?? `srv-${input.clientId}`
      entries.set(input.clientId, id)
      if (f) throw error(f)
      return { id }
    },
    uploadFile: async (entryId, qf) => {
      calls.push(`file:${qf.clientId}`)
      const f = fileFailures.shift()
      if (f && !f.afterStore) throw error(f)
      evidence.set(qf.clientId, entryId)
      if (f) throw error(f)
      return {}
    },
    now: () => new Date('2026-11-28T02:00:00Z'),
  }
  return {
    deps,
    store,
    entries,
    evidence,
    calls,
    failEntry: (...f: (Failure & { afterStore?: boolean })[]) => {
      entryFailures = f
    },
    failFile: (...f: (Failure & { afterStore?: boolean })[]) => {
      fileFailures = f
    },
  }
}

describe('classifyFailure', () => {
  it.each([
    [0, undefined, 'retry'],
    [408, undefined, 'retry'],
    [429, undefined, 'retry'],
    [500, undefined, 'retry'],
    [502, undefined, 'retry'],
    [503, undefined, 'retry'],
    [401, undefined, 'session'],
    [403, 'CSRF_MISMATCH', 'session'],
    [403, undefined, 'reject'],
    [400, undefined, 'reject'],
    [404, undefined, 'reject'],
    [409, undefined, 'reject'],
    [413, undefined, 'reject'],
  ] as const)('%d %s → %s', (status, reason, expected) => {
    expect(classifyFailure(status, reason)).toBe(expected)
  })
})

describe('retryDelayMs', () => {
  it('backs off from 5 s and stops at 5 minutes', () => {
    expect([0, 1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 5_000, 10_000, 20_000, 40_000])
    expect(retryDelayMs(20)).toBe(300_000)
  })
})

describe('syncQueue', () => {
  it('sends the entry, then its files, and empties the queue', async () => {
    const a = item({ files: [file('a.jpg'), file('b.pdf')] })
    const w = fakeWorld([a])
    const r = await syncQueue(OWNER, w.deps)
    expect(r).toEqual({ synced: [a.clientId], rejected: [], stoppedBy: null, remaining: 0 })
    expect(w.calls).toEqual([
      `entry:${a.clientId}`,
      `file:${a.files[0]!.clientId}`,
      `file:${a.files[1]!.clientId}`,
    ])
    expect(w.entries.size).toBe(1)
    expect(w.evidence.size).toBe(2)
    expect(w.store.size).toBe(0)
  })

  it('keeps the item when the network is down and stops the run', async () => {
    const a = item()
    const b = item()
    const w = fakeWorld([a, b])
    w.failEntry({ status: 0 })
    const r = await syncQueue(OWNER, w.deps)
    expect(r.stoppedBy).toBe('network')
    expect(r.remaining).toBe(2)
    // The second item is not tried while the network is down.
    expect(w.calls).toEqual([`entry:${a.clientId}`])
    const kept = w.store.get(a.clientId)!
    expect(kept.attempts).toBe(1)
    expect(kept.serverId).toBeNull()
    expect(kept.error).toBeNull()
    expect(kept.lastNetworkError).toBe('HTTP 0')
  })

  it.each([500, 503, 429])('retries later on %d', async (status) => {
    const a = item()
    const w = fakeWorld([a])
    w.failEntry({ status })
    expect((await syncQueue(OWNER, w.deps)).stoppedBy).toBe('network')
    expect(isSendable(w.store.get(a.clientId)!)).toBe(true)
    expect((await syncQueue(OWNER, w.deps)).synced).toEqual([a.clientId])
  })

  it('creates the entry exactly once when the answer was lost (retry gets the same record)', async () => {
    const a = item({ files: [file()] })
    const w = fakeWorld([a])
    // The server stored the entry, but the phone never heard back.
    w.failEntry({ status: 0, afterStore: true })
    expect((await syncQueue(OWNER, w.deps)).stoppedBy).toBe('network')
    expect(w.entries.size).toBe(1)
    expect(w.store.get(a.clientId)!.serverId).toBeNull()
    // The next run sends the same client id again: still one entry, and the item is done.
    const r = await syncQueue(OWNER, w.deps)
    expect(r.synced).toEqual([a.clientId])
    expect(w.entries.size).toBe(1)
    expect(w.evidence.size).toBe(1)
    expect(w.calls.filter((c) => c.startsWith('entry:'))).toEqual([
      `entry:${a.clientId}`,
      `entry:${a.clientId}`,
    ])
    // A third run has nothing to do.
    const again = await syncQueue(OWNER, w.deps)
    expect(again).toEqual({ synced: [], rejected: [], stoppedBy: null, remaining: 0 })
  })

  it('does not post the entry again when only a file upload failed', async () => {
    const a = item({ files: [file('a.jpg'), file('b.jpg')] })
    const w = fakeWorld([a])
    w.failFile({ status: 0 }, { status: 0 })
    await syncQueue(OWNER, w.deps)
    const kept = w.store.get(a.clientId)!
    expect(kept.serverId).toBe(`srv-${a.clientId}`)
    expect(kept.files.map((f) => f.uploaded)).toEqual([false, false])
    expect(pendingState(kept)).toBe('filesWaiting')
    w.failFile()
    const r = await syncQueue(OWNER, w.deps)
    expect(r.synced).toEqual([a.clientId])
    expect(w.calls.filter((c) => c.startsWith('entry:'))).toHaveLength(1)
    expect(w.evidence.size).toBe(2)
  })

  it('uploads a file once when its answer was lost', async () => {
    const f = file()
    const a = item({ files: [f] })
    const w = fakeWorld([a])
    w.failFile({ status: 0, afterStore: true })
    await syncQueue(OWNER, w.deps)
    await syncQueue(OWNER, w.deps)
    expect(w.calls.filter((c) => c === `file:${f.clientId}`)).toHaveLength(2)
    expect(w.evidence.size).toBe(1)
    expect(w.store.size).toBe(0)
  })

  it('keeps a refused entry with the error and goes on with the next one', async () => {
    const a = item()
    const b = item()
    const w = fakeWorld([a, b])
    w.failEntry({ status: 400, fields: { endTime: 'Jam selesai harus setelah jam mulai' } })
    const r = await syncQueue(OWNER, w.deps)
    expect(r).toEqual({
      synced: [b.clientId],
      rejected: [a.clientId],
      stoppedBy: null,
      remaining: 1,
    })
    const kept = w.store.get(a.clientId)!
    expect(kept.error).toEqual({
      status: 400,
      message: 'HTTP 400',
      fields: { endTime: 'Jam selesai harus setelah jam mulai' },
    })
    expect(pendingState(kept)).toBe('rejected')
    // Not sent again until the person fixes it.
    expect(isSendable(kept)).toBe(false)
    const again = await syncQueue(OWNER, w.deps)
    expect(again.synced).toEqual([])
    expect(w.calls.filter((c) => c === `entry:${a.clientId}`)).toHaveLength(1)
  })

  it('records a refused file, keeps the item to tell the person, and never resends it', async () => {
    const big = file('besar.pdf')
    const ok = file('ok.jpg')
    const a = item({ files: [big, ok] })
    const w = fakeWorld([a])
    w.failFile({ status: 413 })
    const r = await syncQueue(OWNER, w.deps)
    expect(r.rejected).toEqual([a.clientId])
    const kept = w.store.get(a.clientId)!
    expect(kept.files.map((f) => [f.uploaded, f.error])).toEqual([
      [false, 'HTTP 413'],
      [true, null],
    ])
    expect(pendingState(kept)).toBe('filesRejected')
    expect(isDone(kept)).toBe(false)
    await syncQueue(OWNER, w.deps)
    expect(w.calls.filter((c) => c === `file:${big.clientId}`)).toHaveLength(1)
  })

  it('stops on an ended session without marking anything refused', async () => {
    const a = item()
    const w = fakeWorld([a])
    w.failEntry({ status: 401 })
    const r = await syncQueue(OWNER, w.deps)
    expect(r.stoppedBy).toBe('session')
    const kept = w.store.get(a.clientId)!
    expect(kept.error).toBeNull()
    expect(isSendable(kept)).toBe(true)
  })

  it("sends only the signed-in person's items, oldest first", async () => {
    const mine2 = item({ queuedAt: '2026-11-27T03:00:00.000Z' })
    const theirs = item({ owner: OTHER, queuedAt: '2026-11-27T01:00:00.000Z' })
    const mine1 = item({ queuedAt: '2026-11-27T02:00:00.000Z' })
    const w = fakeWorld([mine2, theirs, mine1])
    const r = await syncQueue(OWNER, w.deps)
    expect(r.synced).toEqual([mine1.clientId, mine2.clientId])
    expect(w.store.has(theirs.clientId)).toBe(true)
    expect(w.calls).toEqual([`entry:${mine1.clientId}`, `entry:${mine2.clientId}`])
  })
})

describe('mergeDay', () => {
  const server = (clientId: string, date = '2026-11-27') =>
    ({ id: `srv-${clientId}`, clientId, date, startTime: '08:00' }) as Progress

  it('shows a synced entry once, from the server, with its waiting files', () => {
    const synced = item({ serverId: 'srv-x', files: [file()] })
    const waiting = item()
    const otherDay = item({ input: { ...item().input, date: '2026-11-26' } })
    const r = mergeDay(
      '2026-11-27',
      [server(synced.clientId), server('y', '2026-11-26')],
      [synced, waiting, otherDay],
    )
    expect(r.entries.map((e) => [e.entry.clientId, e.queued?.clientId ?? null])).toEqual([
      [synced.clientId, synced.clientId],
    ])
    expect(r.pending.map((p) => p.clientId)).toEqual([waiting.clientId])
  })

  it('hides a queued entry the server already has even before the queue learnt its id', () => {
    const q = item()
    const r = mergeDay('2026-11-27', [server(q.clientId)], [q])
    expect(r.pending).toEqual([])
    expect(r.entries).toHaveLength(1)
  })

  it('counts what the calendar cannot know yet', () => {
    const a = item()
    const b = item()
    const onServer = item()
    const stored = item({ serverId: 'srv' })
    const counts = pendingCountByDay([a, b, onServer, stored], new Set([onServer.clientId]))
    expect([...counts]).toEqual([['2026-11-27', 2]])
  })
})
