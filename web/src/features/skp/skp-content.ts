import type { RhkInput, RhkJenis, Skp } from '../../../../shared/skp.ts'

/**
 * The owner's editable part of an SKP as `PUT /api/skp/:id` takes it. Every change (one
 * RHK saved, one deleted, the lampiran) is applied to the content of the version the
 * person is looking at and sent whole with that version, so the server can refuse a stale
 * write (409) instead of silently overwriting someone else's change.
 */
export type SkpContent = {
  rhk: RhkInput[]
  lampiran: {
    dukunganSumberDaya: string[]
    skemaPertanggungjawaban: string[]
    konsekuensi: string[]
  }
}

export type LampiranKey = keyof SkpContent['lampiran']
export const LAMPIRAN_KEYS: readonly LampiranKey[] = [
  'dukunganSumberDaya',
  'skemaPertanggungjawaban',
  'konsekuensi',
]

export function contentFromSkp(skp: Pick<Skp, 'rhk' | 'lampiran'>): SkpContent {
  return {
    rhk: [...skp.rhk]
      .sort((a, b) => a.seq - b.seq)
      .map((r) => ({
        id: r.id,
        jenis: r.jenis,
        text: r.text,
        perspektif: r.perspektif,
        pkTargetId: r.pkTargetId,
        penugasanDariPegawaiId: r.penugasanDariPegawaiId,
        interventionRhkIds: r.interventions.map((i) => i.rhkId),
        indikator: [...r.indikator]
          .sort((a, b) => a.seq - b.seq)
          .map((k) => ({
            id: k.id,
            aspek: k.aspek,
            text: k.text,
            targetValue: k.targetValue,
            targetUnit: k.targetUnit,
            targetText: k.targetText,
          })),
      })),
    lampiran: {
      dukunganSumberDaya: [...skp.lampiran.dukunganSumberDaya],
      skemaPertanggungjawaban: [...skp.lampiran.skemaPertanggungjawaban],
      konsekuensi: [...skp.lampiran.konsekuensi],
    },
  }
}

/**
 * Puts an edited RHK back in place (matched by id) or appends a new one. An id that is no
 * longer in the content (deleted elsewhere meanwhile) is dropped so the RHK is saved as new.
 */
export function upsertRhk(content: SkpContent, rhk: RhkInput): SkpContent {
  const index = rhk.id ? content.rhk.findIndex((r) => r.id === rhk.id) : -1
  if (index === -1) {
    const fresh = { ...rhk }
    delete fresh.id
    return { ...content, rhk: [...content.rhk, fresh] }
  }
  return { ...content, rhk: content.rhk.map((r, i) => (i === index ? rhk : r)) }
}

export function removeRhk(content: SkpContent, id: string): SkpContent {
  return { ...content, rhk: content.rhk.filter((r) => r.id !== id) }
}

/**
 * Moves an RHK one place up or down among the RHK of the same jenis (the screen and the
 * document list utama and tambahan separately). Returns null when it cannot move.
 */
export function moveRhk(content: SkpContent, id: string, direction: -1 | 1): SkpContent | null {
  const index = content.rhk.findIndex((r) => r.id === id)
  const current = content.rhk[index]
  if (!current) return null
  let other = index + direction
  while (other >= 0 && other < content.rhk.length && content.rhk[other]?.jenis !== current.jenis)
    other += direction
  const neighbour = content.rhk[other]
  if (!neighbour) return null
  const rhk = [...content.rhk]
  rhk[index] = neighbour
  rhk[other] = current
  return { ...content, rhk }
}

/** Lampiran lines as typed: trimmed, empty lines left out. */
export function cleanLampiran(lampiran: SkpContent['lampiran']): SkpContent['lampiran'] {
  const clean = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== '')
  return {
    dukunganSumberDaya: clean(lampiran.dukunganSumberDaya),
    skemaPertanggungjawaban: clean(lampiran.skemaPertanggungjawaban),
    konsekuensi: clean(lampiran.konsekuensi),
  }
}

export function sameLampiran(a: SkpContent['lampiran'], b: SkpContent['lampiran']): boolean {
  const ca = cleanLampiran(a)
  const cb = cleanLampiran(b)
  return LAMPIRAN_KEYS.every(
    (k) => ca[k].length === cb[k].length && ca[k].every((line, i) => line === cb[k][i]),
  )
}

/**
 * Server field errors of a whole-content PUT (`rhk.2.indikator.0.targetValue`) grouped by
 * RHK position, so each message can be shown on the RHK it belongs to.
 */
export function fieldErrorsByRhk(fields: Record<string, string>): {
  byRhk: Map<number, string[]>
  other: string[]
} {
  const byRhk = new Map<number, string[]>()
  const other: string[] = []
  for (const [path, message] of Object.entries(fields)) {
    const m = /^rhk\.(\d+)(?:\.|$)/.exec(path)
    if (m) {
      const i = Number(m[1])
      byRhk.set(i, [...(byRhk.get(i) ?? []), message])
    } else {
      other.push(message)
    }
  }
  return { byRhk, other }
}

/**
 * The RHK at a position of the saved content (the server's field paths count RHK in
 * document order) as the screen numbers it: per jenis, from 1 ("RHK utama 2").
 */
export function rhkAt(
  skp: Pick<Skp, 'rhk'>,
  index: number,
): { id: string; jenis: RhkJenis; number: number } | null {
  const ordered = [...skp.rhk].sort((a, b) => a.seq - b.seq)
  const r = ordered[index]
  if (!r) return null
  const number = ordered.filter((x) => x.jenis === r.jenis).findIndex((x) => x.id === r.id) + 1
  return { id: r.id, jenis: r.jenis, number }
}
