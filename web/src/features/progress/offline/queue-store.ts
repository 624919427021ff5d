import { openDB } from 'idb'
import type { DBSchema, IDBPDatabase } from 'idb'
import type { QueueItem } from './queue.ts'

/**
 * The offline queue in IndexedDB: one object store of QueueItem keyed by the entry's client
 * id. Changes are announced to this tab's listeners and, through a BroadcastChannel, to other
 * tabs, so every open list shows the same pending entries.
 */

type QueueDb = DBSchema & {
  progress: { key: string; value: QueueItem; indexes: { owner: string } }
}

const DB_NAME = 'kinerja-offline'
const DB_VERSION = 1
const CHANNEL = 'kinerja-offline-queue'

let dbPromise: Promise<IDBPDatabase<QueueDb>> | null = null

function db(): Promise<IDBPDatabase<QueueDb>> {
  dbPromise ??= openDB<QueueDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      const store = database.createObjectStore('progress', { keyPath: 'clientId' })
      store.createIndex('owner', 'owner')
    },
  }).catch((e: unknown) => {
    dbPromise = null
    throw e
  })
  return dbPromise
}

/** Whether this browser can keep a queue at all (private modes of old browsers cannot). */
export function queueAvailable(): boolean {
  return typeof indexedDB !== 'undefined'
}

const listeners = new Set<() => void>()
let channel: BroadcastChannel | null = null

function announce() {
  for (const l of listeners) l()
  channel?.postMessage('changed')
}

/** Calls `listener` after every change of the queue (this tab or another). */
export function subscribeQueue(listener: () => void): () => void {
  listeners.add(listener)
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = () => {
      for (const l of listeners) l()
    }
  }
  return () => {
    listeners.delete(listener)
  }
}

export async function listQueue(): Promise<QueueItem[]> {
  return (await db()).getAll('progress')
}

export async function putQueueItem(item: QueueItem): Promise<void> {
  await (await db()).put('progress', item)
  announce()
}

export async function removeQueueItem(clientId: string): Promise<void> {
  await (await db()).delete('progress', clientId)
  announce()
}

export async function getQueueItem(clientId: string): Promise<QueueItem | undefined> {
  return (await db()).get('progress', clientId)
}
