import type { Matriks } from '../../../../shared/skp.ts'

type Subordinate = Matriks['subordinates'][number]
type SubRhk = { id: string; text: string }

export type MatriksRow = {
  rhk: Matriks['leaderRhk'][number]
  covered: boolean
  /** Subordinates with the RHK of theirs that intervene this leader RHK, in column order. */
  entries: { subordinate: Subordinate; rhk: SubRhk[] }[]
}

/**
 * The matrix read per leader RHK (the phone layout): under each of the leader's RHK, who
 * intervenes it with which RHK. "Covered" follows the server's list, falling back to the
 * cells when the list is missing an id.
 */
export function matriksRows(m: Matriks): MatriksRow[] {
  const uncovered = new Set(m.uncoveredRhkIds)
  return m.leaderRhk.map((rhk) => {
    const row = m.cells[rhk.id] ?? {}
    const entries = m.subordinates
      .map((subordinate) => ({ subordinate, rhk: row[subordinate.pegawaiId] ?? [] }))
      .filter((e) => e.rhk.length > 0)
    return { rhk, covered: !uncovered.has(rhk.id) && entries.length > 0, entries }
  })
}

/** Subordinates none of whose RHK intervene any of the leader's RHK (no SKP or not linked). */
export function subordinatesWithoutLinks(m: Matriks): Subordinate[] {
  return m.subordinates.filter(
    (s) => !m.leaderRhk.some((r) => (m.cells[r.id]?.[s.pegawaiId] ?? []).length > 0),
  )
}
