import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { evidenceFiles } from '../../server/test/activities-factories.ts'
import { authHeaders, type Session } from './crash-app.ts'

/**
 * The write load of the crash test: each worker is one signed-in pegawai who records daily
 * progress (idempotent by client id, with a link), edits its own entries (optimistic version)
 * and uploads evidence files (idempotent by client id). Every answer is recorded: what the
 * server acknowledged must survive any crash; what it never answered may be present or absent,
 * but only whole.
 */

/** One entry as the worker knows it. */
export type EntryRecord = {
  worker: number
  clientId: string
  date: string
  /** Set once the create was acknowledged (201/200). */
  id: string | null
  /** The content of the last acknowledged state (or of the create sent, before any ack). */
  description: string
  link: string
  version: number
  /**
   * An edit sent without an answer (the app died): the row is either still at `version` with
   * `description`, or at `version + 1` with this one. The entry is then left alone.
   */
  unansweredEdit: { description: string; link: string } | null
  evidenceCount: number
}

export type EvidenceRecord = {
  worker: number
  clientId: string
  progressId: string
  sha256: string
  size: number
  /** The evidence id, when the upload was acknowledged. */
  id: string | null
}

export type LoadStats = {
  sent: number
  acknowledged: number
  /** Requests that got no HTTP answer (connection reset or refused: the app was killed). */
  unanswered: number
  /** HTTP errors (4xx/5xx) by status. */
  statuses: Record<string, number>
  /** Acknowledged writes by kind. */
  acked: { create: number; edit: number; evidence: number }
}

export type LoadState = {
  entries: EntryRecord[]
  evidence: EvidenceRecord[]
  stats: LoadStats
  /** Unexpected answers (a 5xx, or a 4xx that the load never provokes), for the assertion. */
  errors: string[]
}

export function newLoadState(): LoadState {
  return {
    entries: [],
    evidence: [],
    stats: {
      sent: 0,
      acknowledged: 0,
      unanswered: 0,
      statuses: {},
      acked: { create: 0, edit: 0, evidence: 0 },
    },
    errors: [],
  }
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

type Answer = { status: number; body: unknown } | null

/** One request; null when no HTTP answer came (the process died or is down). */
async function send(
  state: LoadState,
  url: string,
  init: RequestInit & { headers: Record<string, string> },
): Promise<Answer> {
  state.stats.sent++
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* not JSON */
    }
    state.stats.statuses[res.status] = (state.stats.statuses[res.status] ?? 0) + 1
    return { status: res.status, body }
  } catch {
    state.stats.unanswered++
    return null
  }
}

export type LoadControl = {
  /** The running app's base URL; awaits while it is being restarted. */
  baseUrl(): Promise<string>
  stopped(): boolean
}

/**
 * Runs one worker until `control.stopped()`. `days` are the entries' dates (YYYY-MM-DD, not in
 * the instansi's future), used in turn so that no day gathers hundreds of entries (each write
 * recomputes the alignment flags of its day).
 */
export async function runWorker(
  worker: number,
  session: Session,
  days: readonly string[],
  state: LoadState,
  control: LoadControl,
  random: () => number,
) {
  const mine: EntryRecord[] = []
  const unexpected = (what: string, a: { status: number; body: unknown }) =>
    state.errors.push(`worker ${worker} ${what}: ${a.status} ${JSON.stringify(a.body)}`)
  let n = 0
  while (!control.stopped()) {
    const base = await control.baseUrl()
    if (control.stopped()) break
    const acked = mine.filter((e) => e.id && !e.unansweredEdit)
    // A create not answered yet is resent with the same client id (the offline queue's retry).
    const retry = mine.find((e) => !e.id)
    const roll = random()
    if (retry || acked.length === 0 || roll < 0.45) {
      const entry: EntryRecord = retry ?? {
        worker,
        clientId: randomUUID(),
        date: days[n % days.length] as string,
        id: null,
        description: `Uji crash pekerja ${worker} kegiatan ${++n} ${randomBytes(4).toString('hex')}`,
        link: `https://example.org/bukti/${worker}/${n}`,
        version: 0,
        unansweredEdit: null,
        evidenceCount: 0,
      }
      if (!retry) {
        mine.push(entry)
        state.entries.push(entry)
      }
      const a = await send(state, `${base}/api/activities/progress`, {
        method: 'POST',
        headers: authHeaders(session, { 'content-type': 'application/json' }),
        body: JSON.stringify({
          clientId: entry.clientId,
          date: entry.date,
          startTime: '08:00',
          endTime: '09:00',
          description: entry.description,
          rhkId: null,
          rencanaAksiId: null,
          realisasi: 1,
          satuan: 'Kegiatan',
          links: [entry.link],
        }),
      })
      if (!a) continue
      if (a.status === 201 || a.status === 200) {
        const p = a.body as { id: string; version: number; description: string }
        if (p.description !== entry.description) unexpected('create returned other content', a)
        entry.id = p.id
        entry.version = p.version
        state.stats.acknowledged++
        state.stats.acked.create++
      } else unexpected('create', a)
    } else if (roll < 0.75) {
      const entry = acked[Math.floor(random() * acked.length)] as EntryRecord
      const description = `${entry.description.replace(/ edit \d+$/, '')} edit ${entry.version + 1}`
      const link = `${entry.link.replace(/\?v=\d+$/, '')}?v=${entry.version + 1}`
      const a = await send(state, `${base}/api/activities/progress/${entry.id}`, {
        method: 'PATCH',
        headers: authHeaders(session, { 'content-type': 'application/json' }),
        body: JSON.stringify({ version: entry.version, description, links: [link] }),
      })
      if (!a) {
        entry.unansweredEdit = { description, link }
        continue
      }
      if (a.status === 200) {
        const p = a.body as { version: number; description: string }
        if (p.version !== entry.version + 1 || p.description !== description)
          unexpected('edit returned other content', a)
        entry.version = p.version
        entry.description = description
        entry.link = link
        state.stats.acknowledged++
        state.stats.acked.edit++
      } else unexpected('edit', a)
    } else {
      const entry = acked[Math.floor(random() * acked.length)] as EntryRecord
      if (entry.evidenceCount >= 8) continue
      const data = evidenceFiles.jpeg(randomBytes(8).toString('hex'), 2048 + (n % 7) * 1024)
      const ev: EvidenceRecord = {
        worker,
        clientId: randomUUID(),
        progressId: entry.id as string,
        sha256: sha256(data),
        size: data.length,
        id: null,
      }
      state.evidence.push(ev)
      entry.evidenceCount++
      const form = new FormData()
      form.append('clientId', ev.clientId)
      form.append('file', new Blob([new Uint8Array(data)]), `foto-${ev.clientId}.jpg`)
      const a = await send(state, `${base}/api/activities/progress/${entry.id}/evidence`, {
        method: 'POST',
        headers: authHeaders(session),
        body: form,
      })
      if (!a) continue
      if (a.status === 201 || a.status === 200) {
        ev.id = (a.body as { id: string }).id
        state.stats.acknowledged++
        state.stats.acked.evidence++
      } else unexpected('evidence', a)
    }
  }
}
