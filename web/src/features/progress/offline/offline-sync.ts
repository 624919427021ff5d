import type { QueryClient } from '@tanstack/react-query'
import i18next from 'i18next'
import { useSyncExternalStore } from 'react'
import { ApiError } from '../../../lib/api-client.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { meQueryKey, refreshSession } from '../../auth/api.ts'
import type { Me } from '../../auth/api.ts'
import { postProgress, progressKeys, uploadEvidence } from '../api.ts'
import type { Progress } from '../../../../../shared/activities.ts'
import { classifyFailure, itemsOf, isSendable, retryDelayMs } from './queue.ts'
import type { QueueItem, QueuedFile } from './queue.ts'
import {
  getQueueItem,
  listQueue,
  putQueueItem,
  queueAvailable,
  removeQueueItem,
  subscribeQueue,
} from './queue-store.ts'
import { syncQueue } from './sync-engine.ts'
import type { SyncResult } from './sync-engine.ts'

/**
 * The one sync loop of the offline queue in this tab. It runs when the app starts (the
 * signed-in layout calls `startOfflineSync` on every screen), on the browser's `online` event,
 * after every save, and on a back-off timer while items are waiting. A Web Lock keeps two tabs
 * from sending at the same time (the server's idempotency would absorb it, but it saves
 * requests). When the app was opened offline, the session is confirmed with the server first
 * (it brings the CSRF token): nothing is sent on the device's copy of the session.
 */

export type OfflineState = {
  owner: string | null
  online: boolean
  items: QueueItem[]
  syncing: boolean
  lastResult: SyncResult | null
  /** The queue could not be read (no IndexedDB): saving offline is not possible here. */
  unavailable: boolean
}

let state: OfflineState = {
  owner: null,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  items: [],
  syncing: false,
  lastResult: null,
  unavailable: !queueAvailable(),
}
const subscribers = new Set<() => void>()
let queryClient: QueryClient | null = null
let started = false
let running: Promise<void> | null = null
let again = false
let timer: ReturnType<typeof setTimeout> | null = null

function setState(patch: Partial<OfflineState>) {
  state = { ...state, ...patch }
  for (const s of subscribers) s()
}

async function reload() {
  try {
    setState({ items: await listQueue(), unavailable: false })
  } catch {
    setState({ unavailable: true })
  }
}

function toBlob(file: QueuedFile): Blob {
  return new Blob([file.data], { type: file.type })
}

const deps = {
  list: listQueue,
  put: putQueueItem,
  remove: removeQueueItem,
  postEntry: (input: QueueItem['input']) => postProgress(input),
  uploadFile: (entryId: string, file: QueuedFile) =>
    uploadEvidence(entryId, { clientId: file.clientId, blob: toBlob(file), name: file.name }),
  now: () => new Date(),
}

function schedule() {
  if (timer) clearTimeout(timer)
  timer = null
  const owner = state.owner
  if (!owner || !state.online) return
  const waiting = itemsOf(state.items, owner).filter(isSendable)
  if (waiting.length === 0) return
  const attempts = Math.max(...waiting.map((i) => i.attempts))
  timer = setTimeout(() => void requestSync(), retryDelayMs(attempts))
}

/**
 * Whether a session confirmed by the server is there to send with. After an offline start the
 * app runs on the device's copy: ask the server now (a 401 sends the person to sign in, no
 * answer keeps the queue waiting for the next `online` event or timer).
 */
async function sessionReady(): Promise<boolean> {
  const client = queryClient
  if (!client) return false
  const me = client.getQueryData<Me | null>(meQueryKey)
  // Signed out: the queue waits on the device for the person's next sign-in.
  if (!me) return false
  if (!me.offline) return true
  const fresh = await refreshSession(client)
  return !!fresh && !fresh.offline
}

async function runOnce(owner: string) {
  if (!(await sessionReady())) return
  const run = () => syncQueue(owner, deps)
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  const result: SyncResult | null = locks
    ? await locks.request('kinerja-progress-sync', { ifAvailable: true }, (lock) =>
        lock ? run() : null,
      )
    : await run()
  if (!result) return
  setState({ lastResult: result })
  // An ended session or a stale CSRF token: ask for the session again. A new token lets the
  // next run through; no session sends the person to sign in (the queue waits on the device).
  if (result.stoppedBy === 'session') {
    await queryClient?.invalidateQueries({ queryKey: meQueryKey })
  }
  if (result.synced.length > 0 || result.rejected.length > 0) {
    await queryClient?.invalidateQueries({ queryKey: progressKeys.all })
  }
  if (result.synced.length > 0) {
    notifySuccess(
      i18next.t('progress.offline.syncedToast', { count: result.synced.length }),
      i18next.t('progress.offline.syncedTitle'),
    )
  }
}

/** Sends what is waiting now; calls during a run make it run once more afterwards. */
export function requestSync(): Promise<void> {
  const owner = state.owner
  // Offline for sure: the `online` event starts the next run.
  if (!owner || state.unavailable || !state.online) return Promise.resolve()
  if (running) {
    again = true
    return running
  }
  setState({ syncing: true })
  running = (async () => {
    try {
      do {
        again = false
        await runOnce(owner)
      } while (again)
    } catch {
      // A broken store or an unexpected answer: the timer tries again later.
    } finally {
      running = null
      await reload()
      setState({ syncing: false })
      schedule()
    }
  })()
  return running
}

function onOnline() {
  setState({ online: true })
  void requestSync()
}
function onOffline() {
  setState({ online: false })
  schedule()
}

/** Starts the loop for the signed-in pegawai (again with another person after a switch). */
export function startOfflineSync(owner: string, client: QueryClient) {
  queryClient = client
  if (!started) {
    started = true
    window.addEventListener('online', onOnline)
    window.addEventListener('offline', onOffline)
    subscribeQueue(() => void reload().then(schedule))
  }
  if (state.owner !== owner) {
    setState({ owner, lastResult: null })
    void reload().then(() => requestSync())
  }
}

/** Adds an entry to the queue and tries to send it at once if the browser thinks it is online. */
export async function enqueue(item: QueueItem): Promise<void> {
  await putQueueItem(item)
  await reload()
  if (state.online) void requestSync()
  else schedule()
}

/**
 * The person changed a queued entry: it goes back in line without the error. When the sync
 * sent it meanwhile, the change is not applied here (it would be lost to the server's
 * idempotency): false tells the form to have the person edit the stored entry instead.
 */
export async function requeue(
  clientId: string,
  change: Pick<QueueItem, 'input' | 'display'>,
): Promise<boolean> {
  const current = await getQueueItem(clientId)
  if (!current || current.serverId !== null) return false
  await putQueueItem({
    ...current,
    input: { ...change.input, clientId },
    display: change.display,
    error: null,
    attempts: 0,
    lastNetworkError: null,
  })
  await reload()
  void requestSync()
  return true
}

export async function discard(clientId: string): Promise<void> {
  await removeQueueItem(clientId)
  await reload()
}

function snapshot() {
  return state
}
function subscribe(cb: () => void) {
  subscribers.add(cb)
  return () => {
    subscribers.delete(cb)
  }
}

/** The queue as this person sees it, plus whether the browser is online. */
export function useOfflineState(): OfflineState {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}

export function isOfflineNow(): boolean {
  return !state.online
}

/** A new entry with its files: to the server now, or into the queue when that is not possible. */
export type SaveOutcome =
  | { kind: 'saved'; entry: Progress; rejectedFiles: { name: string; message: string }[] }
  | { kind: 'queued'; filesOnly: boolean }

export type NewEntry = {
  owner: string
  input: QueueItem['input']
  files: { clientId: string; file: File }[]
  display: QueueItem['display']
}

async function toQueued(files: { clientId: string; file: File }[]): Promise<QueuedFile[]> {
  return Promise.all(
    files.map(async ({ clientId, file }) => ({
      clientId,
      name: file.name,
      type: file.type || 'application/octet-stream',
      size: file.size,
      data: await file.arrayBuffer(),
      uploaded: false,
      error: null,
    })),
  )
}

function queueItemOf(entry: NewEntry, files: QueuedFile[], serverId: string | null): QueueItem {
  return {
    clientId: entry.input.clientId,
    owner: entry.owner,
    input: entry.input,
    files,
    display: entry.display,
    queuedAt: new Date().toISOString(),
    serverId,
    attempts: 0,
    lastAttemptAt: null,
    lastNetworkError: null,
    error: null,
  }
}

/**
 * Saves a new entry. Offline (or when the request gets no answer, or the server is down) it
 * goes into the queue with its files; a refusal (400) is thrown for the form to show. When
 * the entry is stored but a file cannot be sent, the remaining files wait in the queue.
 */
export async function saveNewEntry(entry: NewEntry): Promise<SaveOutcome> {
  const canQueue = !state.unavailable && queueAvailable()
  if (!state.online && canQueue) {
    await enqueue(queueItemOf(entry, await toQueued(entry.files), null))
    return { kind: 'queued', filesOnly: false }
  }
  let created: Progress
  try {
    created = await postProgress(entry.input)
  } catch (e) {
    if (canQueue && e instanceof ApiError && classifyFailure(e.status, e.reason) === 'retry') {
      await enqueue(queueItemOf(entry, await toQueued(entry.files), null))
      return { kind: 'queued', filesOnly: false }
    }
    throw e
  }
  const rejectedFiles: { name: string; message: string }[] = []
  for (let i = 0; i < entry.files.length; i++) {
    const f = entry.files[i]!
    try {
      await uploadEvidence(created.id, { clientId: f.clientId, blob: f.file, name: f.file.name })
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0
      const reason = e instanceof ApiError ? e.reason : undefined
      if (canQueue && classifyFailure(status, reason) === 'retry') {
        const rest = await toQueued(entry.files.slice(i))
        await enqueue(queueItemOf(entry, rest, created.id))
        return { kind: 'queued', filesOnly: true }
      }
      rejectedFiles.push({
        name: f.file.name,
        message: e instanceof ApiError ? e.message : String(e),
      })
    }
  }
  return { kind: 'saved', entry: created, rejectedFiles }
}
