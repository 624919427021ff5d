import { describe, expect, it } from 'vitest'
import {
  buildAtasanIndex,
  type ActingHead,
  type AtasanOverride,
  type OrgPerson,
  type OrgSnapshot,
  type OrgUnit,
} from './atasan.ts'

// The rule (domain.md "Atasan langsung"): the head of the employee's unit; for the head, the
// head of the parent unit. PLT/PLH count as heads while their assignment runs; an admin
// override for the employee wins. A vacant unit passes the question to its parent.
//
// The office used below:
//   badan (kepala)
//   ├── bidangA (kabid)
//   │   └── subA1 (kasub) — staff1, staff2
//   └── bidangB (no head) — staffB
const DAY = '2026-06-15'

const units: OrgUnit[] = [
  { id: 'badan', parentId: null },
  { id: 'bidangA', parentId: 'badan' },
  { id: 'subA1', parentId: 'bidangA' },
  { id: 'bidangB', parentId: 'badan' },
]
const person = (id: string, unitId: string, headsUnit = false, active = true): OrgPerson => ({
  id,
  unitId,
  headsUnit,
  active,
})
const people: OrgPerson[] = [
  person('kepala', 'badan', true),
  person('kabid', 'bidangA', true),
  person('kasub', 'subA1', true),
  person('staff1', 'subA1'),
  person('staff2', 'subA1'),
  person('staffB', 'bidangB'),
]

function office(
  change: Partial<OrgSnapshot> & { patchPeople?: Record<string, Partial<OrgPerson>> } = {},
): OrgSnapshot {
  const patched = people.map((p) => ({ ...p, ...(change.patchPeople?.[p.id] ?? {}) }))
  return {
    units: change.units ?? units,
    people: change.people ?? patched,
    acting: change.acting ?? [],
    overrides: change.overrides ?? [],
  }
}

const atasanOf = (org: OrgSnapshot, id: string, day = DAY) =>
  buildAtasanIndex(org, day).atasanOf(id)

describe('derived atasan', () => {
  it.each<[string, string | null, string]>([
    ['staff1', 'kasub', 'staff → head of own unit'],
    ['staff2', 'kasub', 'staff → head of own unit'],
    ['kasub', 'kabid', 'head → head of the parent unit'],
    ['kabid', 'kepala', 'head → head of the parent unit'],
    ['staffB', 'kepala', 'staff of a vacant unit → head of the parent unit'],
    ['kepala', null, 'the head of the root unit has no atasan'],
  ])('%s → %s (%s)', (id, expected) => {
    expect(atasanOf(office(), id)).toBe(expected)
  })

  it('walks up over several vacant levels', () => {
    const org = office({
      patchPeople: { kasub: { headsUnit: false }, kabid: { headsUnit: false } },
    })
    expect(atasanOf(org, 'staff1')).toBe('kepala')
    // The former heads are now plain staff of their units, whose units are vacant too.
    expect(atasanOf(org, 'kasub')).toBe('kepala')
  })

  it('answers null for an unknown person and for a person whose unit chain has no head', () => {
    expect(atasanOf(office(), 'nobody')).toBeNull()
    const org = office({ patchPeople: { kepala: { headsUnit: false } } })
    expect(atasanOf(org, 'staffB')).toBeNull()
    expect(atasanOf(org, 'kabid')).toBeNull()
  })

  it('ignores an inactive head: the question passes to the parent unit', () => {
    const org = office({ patchPeople: { kasub: { active: false } } })
    expect(atasanOf(org, 'staff1')).toBe('kabid')
    expect(buildAtasanIndex(org, DAY).headsOf('subA1')).toEqual([])
  })
})

describe('PLT/PLH acting heads', () => {
  const pltBidangB: ActingHead = {
    pegawaiId: 'kabid',
    unitId: 'bidangB',
    startDate: '2026-06-01',
    endDate: '2026-06-30',
  }

  it.each([
    ['2026-05-31', 'kepala', 'the day before the assignment'],
    ['2026-06-01', 'kabid', 'the first day'],
    ['2026-06-15', 'kabid', 'a day within'],
    ['2026-06-30', 'kabid', 'the last day'],
    ['2026-07-01', 'kepala', 'the day after'],
  ])('on %s the staff of the unit report to %s (%s)', (day, expected) => {
    expect(atasanOf(office({ acting: [pltBidangB] }), 'staffB', day)).toBe(expected)
  })

  it('an open-ended assignment runs from its start with no end', () => {
    const org = office({ acting: [{ ...pltBidangB, endDate: null }] })
    expect(atasanOf(org, 'staffB', '2026-05-31')).toBe('kepala')
    expect(atasanOf(org, 'staffB', '2030-01-01')).toBe('kabid')
  })

  it('a staff member acting as PLH of their own vacant unit reports to the head of the parent unit', () => {
    const org = office({
      patchPeople: { kasub: { active: false } },
      acting: [{ pegawaiId: 'staff2', unitId: 'subA1', startDate: '2026-06-01', endDate: null }],
    })
    expect(atasanOf(org, 'staff1')).toBe('staff2')
    expect(atasanOf(org, 'staff2')).toBe('kabid')
  })

  it("the acting head's own atasan is unchanged by the assignment", () => {
    expect(atasanOf(office({ acting: [pltBidangB] }), 'kabid')).toBe('kepala')
  })

  it('an inactive person is not an acting head', () => {
    const org = office({ acting: [pltBidangB], patchPeople: { kabid: { active: false } } })
    expect(atasanOf(org, 'staffB')).toBe('kepala')
  })

  it('headsOf lists the definitive head first, then acting heads, without duplicates', () => {
    const org = office({
      acting: [
        { pegawaiId: 'staff1', unitId: 'subA1', startDate: '2026-06-01', endDate: null },
        { pegawaiId: 'kasub', unitId: 'subA1', startDate: '2026-06-01', endDate: null },
      ],
    })
    expect(buildAtasanIndex(org, DAY).headsOf('subA1')).toEqual(['kasub', 'staff1'])
    expect(buildAtasanIndex(org, DAY).headsOf('bidangB')).toEqual([])
  })
})

describe('admin overrides', () => {
  const override = (o: Partial<AtasanOverride> = {}): AtasanOverride => ({
    pegawaiId: 'staff1',
    atasanId: 'kepala',
    startDate: '2026-06-01',
    endDate: '2026-06-30',
    ...o,
  })

  it.each([
    ['2026-05-31', 'kasub', 'before the override'],
    ['2026-06-01', 'kepala', 'on its first day'],
    ['2026-06-30', 'kepala', 'on its last day'],
    ['2026-07-01', 'kasub', 'after it expired'],
  ])('on %s staff1 reports to %s (%s)', (day, expected) => {
    expect(atasanOf(office({ overrides: [override()] }), 'staff1', day)).toBe(expected)
  })

  it('wins over a running PLT/PLH', () => {
    const org = office({
      overrides: [override({ pegawaiId: 'staffB', atasanId: 'kasub' })],
      acting: [{ pegawaiId: 'kabid', unitId: 'bidangB', startDate: '2026-01-01', endDate: null }],
    })
    expect(atasanOf(org, 'staffB')).toBe('kasub')
  })

  it('an open-ended override runs from its start', () => {
    expect(
      atasanOf(office({ overrides: [override({ endDate: null })] }), 'staff1', '2031-01-01'),
    ).toBe('kepala')
  })

  it('is ignored when the named atasan is inactive', () => {
    const org = office({
      overrides: [override({ atasanId: 'kabid' })],
      patchPeople: { kabid: { active: false } },
    })
    expect(atasanOf(org, 'staff1')).toBe('kasub')
  })

  it('is ignored when it names the person themselves', () => {
    expect(atasanOf(office({ overrides: [override({ atasanId: 'staff1' })] }), 'staff1')).toBe(
      'kasub',
    )
  })

  it('moves the person between the atasans’ subordinate lists', () => {
    const index = buildAtasanIndex(office({ overrides: [override()] }), DAY)
    expect(index.directSubordinatesOf('kasub')).toEqual(['staff2'])
    expect(index.directSubordinatesOf('kepala')).toContain('staff1')
  })
})

describe('cycles never hang', () => {
  it('units that are each other’s parent: a vacant cycle answers null', () => {
    const loop: OrgUnit[] = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ]
    const org: OrgSnapshot = { units: loop, people: [person('p', 'x')], acting: [], overrides: [] }
    expect(atasanOf(org, 'p')).toBeNull()
  })

  it('units that are each other’s parent: the head of the other unit is found', () => {
    const loop: OrgUnit[] = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ]
    const org: OrgSnapshot = {
      units: loop,
      people: [person('p', 'x'), person('h', 'y', true)],
      acting: [],
      overrides: [],
    }
    expect(atasanOf(org, 'p')).toBe('h')
    // The head of y looks at x (vacant), then back at y (seen): no atasan, no endless loop.
    expect(atasanOf(org, 'h')).toBeNull()
  })

  it('a unit that is its own parent', () => {
    const org: OrgSnapshot = {
      units: [{ id: 'x', parentId: 'x' }],
      people: [person('h', 'x', true), person('p', 'x')],
      acting: [],
      overrides: [],
    }
    expect(atasanOf(org, 'h')).toBeNull()
    expect(atasanOf(org, 'p')).toBe('h')
  })

  it('overrides that make two people each other’s atasan: subordinates stop at the cycle and exclude self', () => {
    const org = office({
      overrides: [
        { pegawaiId: 'staff1', atasanId: 'staff2', startDate: '2026-01-01', endDate: null },
        { pegawaiId: 'staff2', atasanId: 'staff1', startDate: '2026-01-01', endDate: null },
      ],
    })
    const index = buildAtasanIndex(org, DAY)
    expect(index.atasanOf('staff1')).toBe('staff2')
    expect(index.atasanOf('staff2')).toBe('staff1')
    expect(index.allSubordinatesOf('staff1')).toEqual(['staff2'])
    expect(index.allSubordinatesOf('staff2')).toEqual(['staff1'])
  })
})

describe('subordinates', () => {
  const index = buildAtasanIndex(office(), DAY)

  it.each([
    ['kepala', ['kabid', 'staffB']],
    ['kabid', ['kasub']],
    ['kasub', ['staff1', 'staff2']],
    ['staff1', []],
    ['nobody', []],
  ])('direct subordinates of %s are %j', (id, expected) => {
    expect([...index.directSubordinatesOf(id)].sort()).toEqual([...expected].sort())
  })

  it('all subordinates of the kepala, breadth first: level 1, then level 2, then level 3', () => {
    const all = index.allSubordinatesOf('kepala')
    expect(all).toHaveLength(5)
    expect(new Set(all.slice(0, 2))).toEqual(new Set(['kabid', 'staffB']))
    expect(all[2]).toBe('kasub')
    expect(new Set(all.slice(3))).toEqual(new Set(['staff1', 'staff2']))
  })

  it.each(['kepala', 'kabid', 'kasub', 'staff1', 'staffB'])(
    'all subordinates of %s: no duplicates, never the person',
    (id) => {
      const all = index.allSubordinatesOf(id)
      expect(new Set(all).size).toBe(all.length)
      expect(all).not.toContain(id)
    },
  )

  it('all subordinates of the kabid are the kasub and the kasub’s staff', () => {
    expect(index.allSubordinatesOf('kabid')).toEqual([
      'kasub',
      ...index.directSubordinatesOf('kasub'),
    ])
    expect(new Set(index.allSubordinatesOf('kabid'))).toEqual(
      new Set(['kasub', 'staff1', 'staff2']),
    )
  })

  it('a PLT gains the staff of the unit they act for, only while it runs', () => {
    const org = office({
      acting: [
        { pegawaiId: 'kasub', unitId: 'bidangB', startDate: '2026-06-01', endDate: '2026-06-30' },
      ],
    })
    expect(buildAtasanIndex(org, DAY).directSubordinatesOf('kasub').sort()).toEqual([
      'staff1',
      'staff2',
      'staffB',
    ])
    expect(buildAtasanIndex(org, '2026-07-01').directSubordinatesOf('kasub').sort()).toEqual([
      'staff1',
      'staff2',
    ])
    // The kabid now reaches staffB through the kasub.
    expect(buildAtasanIndex(org, DAY).allSubordinatesOf('kabid')).toContain('staffB')
  })
})
