import type { Progress, ProgressInput } from '../../../../../shared/activities.ts'

/**
 * The offline queue of daily progress (issue #4): entries saved without a connection wait on
 * the device, with their photos, until they reach the server. This file holds the data shapes
 * and the pure decisions (what to retry, what to keep, what to show); `queue-store.ts` keeps
 * them in IndexedDB and `sync-engine.ts` sends them.
 *
 * Exactly once: every entry and every file carries a client id made on the device; the server
 * answers a repeated create with the same record (200), so sending again after a lost answer
 * never makes a duplicate, and an item leaves the queue only after the server confirmed it.
 */

/** A file waiting to be uploaded as evidence of a queued entry. */
export type QueuedFile = {
  clientId: string
  name: string
  type: string
  size: number
  /** The bytes (an ArrayBuffer survives IndexedDB in every browser, a Blob not always). */
  data: ArrayBuffer
  uploaded: boolean
  /** The server refused this file (type, size): it will not be sent again. */
  error: string | null
}

/** A problem the person has to look at: the server refused the entry as it is. */
export type QueueItemError = {
  status: number
  message: string
  fields: Record<string, string>
}

export type QueueItem = {
  /** The entry's client id, also the store's key. */
  clientId: string
  /** The pegawai who entered it: a shared phone never sends one person's entry as another's. */
  owner: string
  /** The create request exactly as it will be sent (clientId and deviceRecordedAt included). */
  input: ProgressInput & { clientId: string; deviceRecordedAt: string }
  files: QueuedFile[]
  /** Names shown on the pending card while the server has not answered yet. */
  display: { rhkText: string | null; rencanaAksiText: string | null }
  queuedAt: string
  /** Set once the server stored the entry (files may still be waiting). */
  serverId: string | null
  attempts: number
  lastAttemptAt: string | null
  /** Network trouble of the last attempt, for the banner ("will retry"). */
  lastNetworkError: string | null
  error: QueueItemError | null
}

/** What to do after a failed request of the sync. */
export type FailureAction =
  /** Network down, server busy or broken: keep the item as it is and try again later. */
  | 'retry'
  /** The session ended or its CSRF token is stale: stop until the person signs in again. */
  | 'session'
  /** The server refused this request as it is: keep it with the error for the person. */
  | 'reject'

/** How a failed request (HTTP status, 0 = no answer) is handled by the sync. */
export function classifyFailure(status: number, reason?: string): FailureAction {
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry'
  if (status === 401) return 'session'
  if (status === 403 && reason === 'CSRF_MISMATCH') return 'session'
  return 'reject'
}

/** Wait before the next automatic attempt: 5 s, 10 s, 20 s … at most 5 minutes. */
export function retryDelayMs(attempts: number): number {
  const base = 5_000
  return Math.min(base * 2 ** Math.max(0, attempts - 1), 5 * 60_000)
}

/** Whether an item is sent by the automatic sync (those with an error wait for the person). */
export function isSendable(item: QueueItem): boolean {
  return item.error === null && !isSettled(item)
}

/** The entry is on the server and every file is either uploaded or refused. */
export function isSettled(item: QueueItem): boolean {
  return item.serverId !== null && item.files.every((f) => f.uploaded || f.error !== null)
}

/** Files still to upload. */
export function filesToUpload(item: QueueItem): QueuedFile[] {
  return item.files.filter((f) => !f.uploaded && f.error === null)
}

/**
 * Whether the item may leave the queue: settled with nothing refused. Refused files keep the
 * item so the person sees which photo did not arrive, until they dismiss it.
 */
export function isDone(item: QueueItem): boolean {
  return isSettled(item) && item.files.every((f) => f.error === null)
}

/** Items of one person, oldest first (they are sent in the order they were entered). */
export function itemsOf(items: readonly QueueItem[], owner: string): QueueItem[] {
  return items
    .filter((i) => i.owner === owner)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.clientId.localeCompare(b.clientId))
}

/** The state of a queued item as the person reads it. */
export type PendingState = 'waiting' | 'rejected' | 'filesWaiting' | 'filesRejected'

export function pendingState(item: QueueItem): PendingState {
  if (item.error) return 'rejected'
  if (item.serverId === null) return 'waiting'
  if (item.files.some((f) => f.error !== null)) return 'filesRejected'
  return 'filesWaiting'
}

/**
 * One day's list: the server's entries plus the queued ones the server does not have yet.
 * An entry the server already stored (matched by client id) is shown once, from the server,
 * with its queue item beside it when files are still waiting.
 */
export function mergeDay(
  day: string,
  serverEntries: readonly Progress[],
  queued: readonly QueueItem[],
): {
  entries: { entry: Progress; queued: QueueItem | null }[]
  pending: QueueItem[]
} {
  const byClientId = new Map(queued.map((q) => [q.clientId, q]))
  const serverIds = new Set(serverEntries.map((e) => e.clientId))
  const entries = serverEntries
    .filter((e) => e.date === day)
    .map((entry) => ({ entry, queued: byClientId.get(entry.clientId) ?? null }))
  const pending = queued.filter((q) => q.input.date === day && !serverIds.has(q.clientId))
  return { entries, pending }
}

/** Queued entries per day that the server does not have yet (for the week strip). */
export function pendingCountByDay(
  queued: readonly QueueItem[],
  serverClientIds: ReadonlySet<string>,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const q of queued) {
    if (q.serverId !== null || serverClientIds.has(q.clientId)) continue
    out.set(q.input.date, (out.get(q.input.date) ?? 0) + 1)
  }
  return out
}
