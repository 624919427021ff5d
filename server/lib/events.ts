import type { TicketStatus } from '../../shared/helpdesk.ts'
import type { ObjectionDecision } from '../../shared/rules/assessment-workflow.ts'
import type { Predikat } from '../../shared/rules/predikat.ts'
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
  /** The pegawai submitted realisasi for a period: the pejabat penilai hears of it. */
  'assessment.submitted': {
    instansiId: string
    assessmentId: string
    periodName: string
    pegawaiName: string
    assessorPegawaiId: string | null
    late: boolean
  }
  /** Finalised (one event per assessment, also in a bulk or unit finalise): the pegawai is told. */
  'assessment.finalised': {
    instansiId: string
    assessmentId: string
    periodName: string
    pegawaiId: string
    predikat: Predikat
    assessorName: string
    objectionOpenUntil: string
  }
  /** A keberatan was filed: the atasan pejabat penilai (reviewer) decides it. */
  'assessment.objected': {
    instansiId: string
    assessmentId: string
    periodName: string
    pegawaiName: string
    reviewerPegawaiId: string | null
  }
  'assessment.decided': {
    instansiId: string
    assessmentId: string
    periodName: string
    pegawaiId: string
    decision: ObjectionDecision
    predikat: Predikat
    deciderName: string
  }
  /** An admin reopened a final assessment (reason given): pegawai and assessor are told. */
  'assessment.reopened': {
    instansiId: string
    assessmentId: string
    periodName: string
    pegawaiId: string
    assessorPegawaiId: string | null
    reason: string
  }
  /** A pegawai opened a helpdesk ticket: the assigned PIC (or every PIC when unassigned) hears of it. */
  'helpdesk.created': {
    instansiId: string
    ticketId: string
    number: string
    subject: string
    reporterName: string
    /** Users to tell (the assignee, else all PIC of the instansi). */
    recipientUserIds: string[]
  }
  /** A reply on a ticket: the other side hears of it. */
  'helpdesk.replied': {
    instansiId: string
    ticketId: string
    number: string
    subject: string
    authorName: string
    excerpt: string
    recipientUserIds: string[]
    /** Where the recipient opens it: the reporter's page or the PIC queue page. */
    link: string
  }
  /** Status changed (diproses, menunggu pengguna, selesai, reopened): the reporter (or PIC) is told. */
  'helpdesk.status': {
    instansiId: string
    ticketId: string
    number: string
    subject: string
    status: TicketStatus
    byName: string
    recipientUserIds: string[]
    link: string
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
