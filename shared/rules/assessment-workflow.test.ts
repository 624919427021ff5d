import { describe, expect, it } from 'vitest'
import {
  ASSESSMENT_ACTIONS,
  ASSESSMENT_STATUS_LABEL,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TRANSITIONS,
  availableAssessmentActions,
  canAssessmentTransition,
  hasPredikat,
  isFeedbackEditable,
  isRealisasiEditable,
  isResultVisibleToOwner,
  objectionOpenUntil,
  type AssessmentAction,
  type AssessmentActorRole,
  type AssessmentStatus,
} from './assessment-workflow.ts'

// The expected tables are written from the brief's state machine (draft → submitted → rated →
// finalised → objected → decided/reopened), one row per status, not derived from the code.

/** For each status: the actions allowed from it and the status each one leads to. */
const ALLOWED: Record<AssessmentStatus, Partial<Record<AssessmentAction, AssessmentStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { rate: 'rated' },
  rated: { rate: 'rated', finalise: 'finalised' },
  finalised: { acknowledge: 'finalised', object: 'objected', reopen: 'reopened' },
  objected: { decide: 'decided', reopen: 'reopened' },
  decided: { reopen: 'reopened' },
  reopened: { submit: 'submitted', rate: 'rated' },
}

const pairs = ASSESSMENT_STATUSES.flatMap((s) => ASSESSMENT_ACTIONS.map((a) => [s, a] as const))

describe('transition table: every (status, action) pair', () => {
  it('has 49 pairs', () => expect(pairs).toHaveLength(49))

  it.each(pairs)('%s + %s', (status, action) => {
    const to = ALLOWED[status][action]
    expect(canAssessmentTransition(status, action)).toBe(to !== undefined)
    if (to) expect(ASSESSMENT_TRANSITIONS[action].to).toBe(to)
  })

  it('names who may take each action', () => {
    const by: Record<AssessmentAction, AssessmentActorRole[]> = {
      submit: ['owner'],
      rate: ['assessor'],
      finalise: ['assessor'],
      acknowledge: ['owner'],
      object: ['owner'],
      decide: ['reviewer'],
      reopen: ['admin'],
    }
    for (const a of ASSESSMENT_ACTIONS) expect([...ASSESSMENT_TRANSITIONS[a].by]).toEqual(by[a])
  })

  it('labels every status in Bahasa Indonesia', () => {
    for (const s of ASSESSMENT_STATUSES) expect(ASSESSMENT_STATUS_LABEL[s]).toMatch(/\w/)
    expect(ASSESSMENT_STATUS_LABEL.finalised).toBe('Final')
  })
})

describe('availableAssessmentActions per role', () => {
  const expected: Record<AssessmentActorRole, Record<AssessmentStatus, AssessmentAction[]>> = {
    owner: {
      draft: ['submit'],
      submitted: [],
      rated: [],
      finalised: ['acknowledge', 'object'],
      objected: [],
      decided: [],
      reopened: ['submit'],
    },
    assessor: {
      draft: [],
      submitted: ['rate'],
      rated: ['rate', 'finalise'],
      finalised: [],
      objected: [],
      decided: [],
      reopened: ['rate'],
    },
    reviewer: {
      draft: [],
      submitted: [],
      rated: [],
      finalised: [],
      objected: ['decide'],
      decided: [],
      reopened: [],
    },
    admin: {
      draft: [],
      submitted: [],
      rated: [],
      finalised: ['reopen'],
      objected: ['reopen'],
      decided: ['reopen'],
      reopened: [],
    },
  }
  const cases = (Object.keys(expected) as AssessmentActorRole[]).flatMap((role) =>
    ASSESSMENT_STATUSES.map((s) => [role, s, expected[role][s]] as const),
  )
  it.each(cases)('%s in %s → %j', (role, status, actions) => {
    expect(availableAssessmentActions(status, [role])).toEqual(actions)
  })

  it('gives nothing to someone without a role (a supervisor above reads only)', () => {
    for (const s of ASSESSMENT_STATUSES) expect(availableAssessmentActions(s, [])).toEqual([])
  })

  it('combines roles (an admin at the top of the tree is assessor and reviewer too)', () => {
    const all: AssessmentActorRole[] = ['assessor', 'reviewer', 'admin']
    expect(availableAssessmentActions('rated', all)).toEqual(['rate', 'finalise'])
    expect(availableAssessmentActions('objected', all)).toEqual(['decide', 'reopen'])
    expect(availableAssessmentActions('finalised', all)).toEqual(['reopen'])
    // The owner who is also an admin may reopen their own result but not rate it.
    expect(availableAssessmentActions('finalised', ['owner', 'admin'])).toEqual([
      'acknowledge',
      'object',
      'reopen',
    ])
    expect(availableAssessmentActions('submitted', ['owner', 'admin'])).toEqual([])
  })
})

describe('what is editable and visible per status', () => {
  const table: [
    AssessmentStatus,
    realisasi: boolean,
    feedback: boolean,
    ownerSees: boolean,
    counted: boolean,
  ][] = [
    ['draft', true, true, false, false],
    ['submitted', false, true, false, false],
    ['rated', false, true, false, true],
    ['finalised', false, false, true, true],
    ['objected', false, false, true, true],
    ['decided', false, false, true, true],
    ['reopened', true, true, false, false],
  ]
  it('covers every status', () => {
    expect(table.map(([s]) => s)).toEqual([...ASSESSMENT_STATUSES])
  })
  it.each(table)(
    '%s: realisasi %s, feedback %s, owner sees result %s, counted %s',
    (status, realisasi, feedback, ownerSees, counted) => {
      expect(isRealisasiEditable(status)).toBe(realisasi)
      expect(isFeedbackEditable(status)).toBe(feedback)
      expect(isResultVisibleToOwner(status)).toBe(ownerSees)
      expect(hasPredikat(status)).toBe(counted)
    },
  )
})

describe('objectionOpenUntil (last local day a keberatan may be filed)', () => {
  it.each([
    ['2026-11-27', 14, '2026-12-11'],
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-11-27', 0, '2026-11-27'],
    // Month rollover, 30- and 31-day months.
    ['2026-04-25', 14, '2026-05-09'],
    ['2026-01-31', 1, '2026-02-01'],
    // February in a common and in a leap year.
    ['2026-02-15', 14, '2026-03-01'],
    ['2028-02-15', 14, '2028-02-29'],
    ['2028-02-28', 1, '2028-02-29'],
    // Year rollover.
    ['2026-12-20', 14, '2027-01-03'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-01', 60, '2027-01-30'],
  ])('finalised %s + %i days → %s', (day, days, until) => {
    expect(objectionOpenUntil(day, days)).toBe(until)
  })
})
