import type { TreeNode } from '../../../../shared/skp.ts'

/**
 * Helpers for the Pohon Kinerja: a nested list with expand/collapse, readable on a phone.
 */

/** Ids of every node that has children (for "buka semua"). */
export function branchIds(nodes: readonly TreeNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.id, ...branchIds(n.children)] : []))
}

/** How many RHK hang below a node, at any depth. */
export function countRhkBelow(node: TreeNode): number {
  return node.children.reduce((sum, c) => sum + (c.kind === 'rhk' ? 1 : 0) + countRhkBelow(c), 0)
}

function matches(n: TreeNode, q: string): boolean {
  return [n.text, n.ownerName ?? '', n.ownerJabatan ?? ''].some((s) => s.toLowerCase().includes(q))
}

/**
 * Nodes that match the search (text, owner name, jabatan) with the path that leads to them;
 * a match keeps its whole subtree. Also returns the branches to open so matches are visible.
 */
export function filterTree(
  nodes: readonly TreeNode[],
  query: string,
): { nodes: TreeNode[]; open: string[] } {
  const q = query.trim().toLowerCase()
  if (!q) return { nodes: [...nodes], open: [] }
  const open: string[] = []
  const walk = (list: readonly TreeNode[]): TreeNode[] =>
    list.flatMap((n) => {
      if (matches(n, q)) return [n]
      const children = walk(n.children)
      if (children.length === 0) return []
      open.push(n.id)
      return [{ ...n, children }]
    })
  const kept = walk(nodes)
  return { nodes: kept, open }
}
