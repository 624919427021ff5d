import { ApiError } from '../../../lib/api-client.ts'
import { classifyFailure, filesToUpload, isDone, isSendable, itemsOf } from './queue.ts'
import type { QueueItem, QueuedFile } from './queue.ts'

/** What the sync needs from the outside world: the store and the two API calls. */
export type SyncDeps = {
  list: () => Promise<QueueItem[]>
  put: (item: QueueItem) => Promise<void>
  remove: (clientId: string) => Promise<void>
  /** POST /activities/progress; resolves with the stored entry (201 first time, 200 on a retry). */
  postEntry: (input: QueueItem['input']) => Promise<{ id: string }>
  /** POST /activities/progress/:id/evidence with the file's own client id. */
  uploadFile: (entryId: string, file: QueuedFile) => Promise<unknown>
  now: () => Date
}

export type SyncResult = {
  /** Items that reached the server completely and left the queue. */
  synced: string[]
  /** Items the server refused (kept with the error for the person). */
  rejected: string[]
  /** Why the run stopped early, if it did. */
  stoppedBy: 'network' | 'session' | null
  /** Items still in the queue for this person afterwards. */
  remaining: number
}

function failure(e: unknown): { status: number; message: string; reason?: string | undefined } {
  if (e instanceof ApiError) return { status: e.status, message: e.message, reason: e.reason }
  return { status: 0, message: e instanceof Error ? e.message : String(e) }
}

/**
 * Sends one person's queued entries, oldest first. Per item: the entry (idempotent by its
 * client id), then each file (idempotent by the file's client id). Progress is written back
 * after every step, so an interrupted run resumes where it stopped; an item is removed only
 * after the server confirmed the entry and every file. Network trouble or a busy server
 * stops the run (the next one retries); a refusal (400, 404, 409, 413) stays on the item for
 * the person to fix or discard, and the run goes on with the next item.
 */
export async function syncQueue(owner: string, deps: SyncDeps): Promise<SyncResult> {
  const result: SyncResult = { synced: [], rejected: [], stoppedBy: null, remaining: 0 }
  const items = itemsOf(await deps.list(), owner)
  for (const original of items) {
    if (!isSendable(original)) {
      if (isDone(original)) {
        await deps.remove(original.clientId)
        result.synced.push(original.clientId)
      }
      continue
    }
    let item: QueueItem = {
      ...original,
      attempts: original.attempts + 1,
      lastAttemptAt: deps.now().toISOString(),
    }

    if (item.serverId === null) {
      try {
        const created = await deps.postEntry(item.input)
        item = { ...item, serverId: created.id, lastNetworkError: null }
        await deps.put(item)
      } catch (e) {
        const f = failure(e)
        const action = classifyFailure(f.status, f.reason)
        if (action === 'reject') {
          const fields = e instanceof ApiError ? e.fields : {}
          await deps.put({ ...item, error: { status: f.status, message: f.message, fields } })
          result.rejected.push(item.clientId)
          continue
        }
        await deps.put({ ...item, lastNetworkError: action === 'retry' ? f.message : null })
        result.stoppedBy = action === 'retry' ? 'network' : 'session'
        break
      }
    }

    const entryId = item.serverId!
    let stopped = false
    for (const file of filesToUpload(item)) {
      try {
        await deps.uploadFile(entryId, file)
        item = {
          ...item,
          files: item.files.map((x) =>
            x.clientId === file.clientId ? { ...x, uploaded: true } : x,
          ),
          lastNetworkError: null,
        }
        await deps.put(item)
      } catch (e) {
        const f = failure(e)
        const action = classifyFailure(f.status, f.reason)
        if (action === 'reject') {
          item = {
            ...item,
            files: item.files.map((x) =>
              x.clientId === file.clientId ? { ...x, error: f.message } : x,
            ),
          }
          await deps.put(item)
          continue
        }
        await deps.put({ ...item, lastNetworkError: action === 'retry' ? f.message : null })
        result.stoppedBy = action === 'retry' ? 'network' : 'session'
        stopped = true
        break
      }
    }
    if (stopped) break

    if (isDone(item)) {
      await deps.remove(item.clientId)
      result.synced.push(item.clientId)
    } else {
      // Some files were refused: the entry is on the server, the item stays to say so.
      result.rejected.push(item.clientId)
    }
  }
  result.remaining = itemsOf(await deps.list(), owner).length
  return result
}
