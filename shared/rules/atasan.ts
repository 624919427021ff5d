/**
 * Atasan langsung is derived from the organisation (domain.md "Atasan langsung"):
 * the head of the employee's unit; for the head, the head of the parent unit. Acting
 * heads (PLT/PLH) count as heads while their assignment runs; a vacant unit passes the
 * question up to its parent. An admin override for the employee wins over everything.
 */
export type OrgUnit = { id: string; parentId: string | null }
export type OrgPerson = { id: string; unitId: string; headsUnit: boolean; active: boolean }
export type ActingHead = {
  pegawaiId: string
  unitId: string
  startDate: string
  endDate: string | null
}
export type AtasanOverride = {
  pegawaiId: string
  atasanId: string
  startDate: string
  endDate: string | null
}

export type OrgSnapshot = {
  units: readonly OrgUnit[]
  people: readonly OrgPerson[]
  acting: readonly ActingHead[]
  overrides: readonly AtasanOverride[]
}

const runsOn = (a: { startDate: string; endDate: string | null }, day: string) =>
  a.startDate <= day && (a.endDate === null || a.endDate >= day)

export type AtasanIndex = {
  /** The derived atasan of a person on the index's day, or null at the top. */
  atasanOf(pegawaiId: string): string | null
  /** The heads (definitive first, then acting) of a unit on the index's day. */
  headsOf(unitId: string): string[]
  /** People whose atasan is the given person. */
  directSubordinatesOf(pegawaiId: string): string[]
  /** Everyone below the given person, breadth first (direct subordinates first). */
  allSubordinatesOf(pegawaiId: string): string[]
}

/** Builds the atasan relation for one day once, so each lookup is O(depth). */
export function buildAtasanIndex(org: OrgSnapshot, day: string): AtasanIndex {
  const parent = new Map(org.units.map((u) => [u.id, u.parentId]))
  const people = new Map(org.people.map((p) => [p.id, p]))
  const heads = new Map<string, string[]>()
  const addHead = (unitId: string, id: string) => {
    const list = heads.get(unitId) ?? []
    if (!list.includes(id)) list.push(id)
    heads.set(unitId, list)
  }
  for (const p of org.people) if (p.active && p.headsUnit) addHead(p.unitId, p.id)
  for (const a of org.acting) {
    if (runsOn(a, day) && people.get(a.pegawaiId)?.active) addHead(a.unitId, a.pegawaiId)
  }
  const overrides = new Map<string, string>()
  for (const o of org.overrides) {
    if (runsOn(o, day) && people.get(o.atasanId)?.active) overrides.set(o.pegawaiId, o.atasanId)
  }

  const derive = (pegawaiId: string): string | null => {
    const override = overrides.get(pegawaiId)
    if (override && override !== pegawaiId) return override
    const person = people.get(pegawaiId)
    if (!person) return null
    let unitId: string | null = person.unitId
    // Walk up until a unit has a head other than the person (guard against cycles).
    const seen = new Set<string>()
    while (unitId && !seen.has(unitId)) {
      seen.add(unitId)
      const h = (heads.get(unitId) ?? []).find((id) => id !== pegawaiId)
      const personHeadsHere = (heads.get(unitId) ?? []).includes(pegawaiId)
      if (h && !personHeadsHere) return h
      unitId = parent.get(unitId) ?? null
    }
    return null
  }

  const atasan = new Map<string, string | null>()
  const subs = new Map<string, string[]>()
  for (const p of org.people) {
    const a = derive(p.id)
    atasan.set(p.id, a)
    if (a) {
      const list = subs.get(a) ?? []
      list.push(p.id)
      subs.set(a, list)
    }
  }

  return {
    atasanOf: (id) => atasan.get(id) ?? null,
    headsOf: (unitId) => heads.get(unitId) ?? [],
    directSubordinatesOf: (id) => subs.get(id) ?? [],
    allSubordinatesOf: (id) => {
      const out: string[] = []
      const seen = new Set<string>([id])
      const queue = [...(subs.get(id) ?? [])]
      while (queue.length > 0) {
        const next = queue.shift() as string
        if (seen.has(next)) continue
        seen.add(next)
        out.push(next)
        queue.push(...(subs.get(next) ?? []))
      }
      return out
    },
  }
}
