import type { Unit } from '../../../../shared/org.ts'

/** The flat unit list from the API as a tree, built once per response. */
export type UnitNode = Unit & { children: UnitNode[]; depth: number; path: string[] }

export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>()
  for (const u of units) byId.set(u.id, { ...u, children: [], depth: 0, path: [] })
  const roots: UnitNode[] = []
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined
    // A unit whose parent is missing (or a cycle) is shown at the top rather than lost.
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const sortRec = (nodes: UnitNode[], depth: number, path: string[], seen: Set<string>) => {
    nodes.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'id'))
    for (const n of nodes) {
      if (seen.has(n.id)) continue
      seen.add(n.id)
      n.depth = depth
      n.path = [...path, n.name]
      sortRec(n.children, depth + 1, n.path, seen)
    }
  }
  const seen = new Set<string>()
  sortRec(roots, 0, [], seen)
  // Units in a parent cycle are unreachable from any root: cut the cycle and show them on top.
  for (const node of byId.values()) {
    if (seen.has(node.id)) continue
    const parent = node.parentId ? byId.get(node.parentId) : undefined
    if (parent) parent.children = parent.children.filter((c) => c !== node)
    roots.push(node)
    sortRec([node], 0, [], seen)
  }
  return roots
}

/** Depth-first order, as the tree is read. */
export function flattenTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = []
  const walk = (list: readonly UnitNode[]) => {
    for (const n of list) {
      out.push(n)
      walk(n.children)
    }
  }
  walk(nodes)
  return out
}

/** The unit and everything below it: a unit cannot move under its own descendant. */
export function descendantIds(node: UnitNode): Set<string> {
  const ids = new Set<string>()
  const walk = (n: UnitNode) => {
    ids.add(n.id)
    n.children.forEach(walk)
  }
  walk(node)
  return ids
}

/**
 * Options for unit pickers: the label is the unit's name, `parents` its path above, shown
 * under the name so same-named units can be told apart.
 */
export function unitOptions(
  units: readonly Unit[],
  opts: { exclude?: Set<string>; includeInactive?: boolean } = {},
) {
  return flattenTree(buildUnitTree(units))
    .filter((n) => (opts.includeInactive || n.active) && !opts.exclude?.has(n.id))
    .map((n) => ({ value: n.id, label: n.name, parents: n.path.slice(0, -1).join(' › ') }))
}
