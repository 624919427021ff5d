/**
 * Domain events, emitted by services AFTER their transaction commits, so that listeners
 * (notifications, other modules' follow-ups) never act on a change that was rolled back.
 * In-process and typed; a listener's failure is logged and never breaks the emitter.
 */
export type DomainEvents = {
  'skp.submitted': {
    instansiId: string
    skpId: string
    year: number
    pegawaiId: string
    atasanPegawaiId: string | null
    pegawaiName: string
  }
  'skp.approved': {
    instansiId: string
    skpId: string
    year: number
    pegawaiId: string
    atasanName: string
  }
  'skp.returned': {
    instansiId: string
    skpId: string
    year: number
    pegawaiId: string
    atasanName: string
    reason: string
  }
  /** The atasan verified daily progress of one pegawai (one event per pegawai per request). */
  'progress.verified': {
    instansiId: string
    pegawaiId: string
    atasanName: string
    verdict: 'sesuai' | 'perlu_perbaikan'
    note: string | null
    count: number
    /** The earliest activity date among the verified entries. */
    firstDate: string
    progressIds: string[]
  }
  /** A message in an umpan balik thread; `toPegawaiId` is the other party. */
  'feedback.posted': {
    instansiId: string
    threadId: string
    skpId: string
    toPegawaiId: string
    authorName: string
    authorRole: 'atasan' | 'pegawai'
    topicLabel: string
    excerpt: string
  }
  /** A change of unit or jabatan (mutasi, promosi) took effect on `day`. */
  'pegawai.moved': {
    instansiId: string
    pegawaiId: string
    day: string
    actorUserId: string | null
  }
}
export type DomainEventName = keyof DomainEvents

type Listener<K extends DomainEventName> = (payload: DomainEvents[K]) => Promise<void> | void

export type EventBus = {
  emit<K extends DomainEventName>(name: K, payload: DomainEvents[K]): Promise<void>
  on<K extends DomainEventName>(name: K, listener: Listener<K>): void
}

export function createEventBus(
  onError: (name: string, error: unknown) => void = () => undefined,
): EventBus {
  const listeners = new Map<DomainEventName, Listener<DomainEventName>[]>()
  return {
    on(name, listener) {
      const list = listeners.get(name) ?? []
      list.push(listener as Listener<DomainEventName>)
      listeners.set(name, list)
    },
    /** Runs every listener; awaited so tests and jobs can rely on the effects being done. */
    async emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) {
        try {
          await listener(payload)
        } catch (e) {
          onError(name, e)
        }
      }
    },
  }
}
