import { describe, expect, it } from 'vitest'
import type { TreeNode } from '../../../../shared/skp.ts'
import { branchIds, countRhkBelow, filterTree } from './tree-view.ts'

const node = (
  id: string,
  text: string,
  children: TreeNode[] = [],
  owner: string | null = null,
): TreeNode => ({
  kind: id.startsWith('pk') ? 'pk_target' : 'rhk',
  id,
  text,
  ownerName: owner,
  ownerJabatan: owner ? 'Pelaksana' : null,
  children,
})

// PK target → Kepala Badan's RHK → two staff RHK; a second PK target with nothing below.
const tree = [
  node('pk1', 'Meningkatnya kualitas layanan', [
    node(
      'r1',
      'Layanan kepegawaian prima',
      [
        node('r2', 'Rekap absensi bulanan', [], 'Made Sudarsana'),
        node('r3', 'Arsip digital', [], 'Ni Luh Ayu'),
      ],
      'Kepala Badan',
    ),
  ]),
  node('pk2', 'Akuntabilitas anggaran'),
]

describe('tree helpers', () => {
  it('lists the ids of every node with children', () => {
    expect(branchIds(tree)).toEqual(['pk1', 'r1'])
  })
  it('counts the RHK below a node at any depth', () => {
    expect(countRhkBelow(tree[0]!)).toBe(3)
    expect(countRhkBelow(tree[1]!)).toBe(0)
  })
  it('keeps matches with the path to them and opens that path', () => {
    const r = filterTree(tree, 'sudarsana')
    expect(r.nodes.map((n) => n.id)).toEqual(['pk1'])
    expect(r.nodes[0]?.children[0]?.children.map((n) => n.id)).toEqual(['r2'])
    expect(r.open.sort()).toEqual(['pk1', 'r1'])
  })
  it('keeps the whole subtree of a matching node', () => {
    const r = filterTree(tree, 'layanan kepegawaian')
    expect(r.nodes[0]?.children[0]?.children).toHaveLength(2)
  })
  it('returns everything for an empty query', () => {
    expect(filterTree(tree, '  ').nodes).toHaveLength(2)
  })
})
