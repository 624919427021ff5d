import { describe, expect, it } from 'vitest'
import { workingCalendar } from '../../../../shared/rules/working-days.ts'
import { latenessExamples } from './lateness-example.ts'

const monFri = workingCalendar([1, 2, 3, 4, 5])

describe('latenessExamples', () => {
  it('shows a weekday and the Friday before the weekend (next working day = Monday)', () => {
    // Wednesday 25 November 2026.
    expect(latenessExamples('2026-11-25', 1, monFri)).toEqual([
      { day: '2026-11-25', deadline: '2026-11-26' },
      { day: '2026-11-27', deadline: '2026-11-30' },
    ])
  })
  it('starts from the last working day when today is a weekend', () => {
    // Saturday 28 November 2026 → Friday 27 November.
    expect(latenessExamples('2026-11-28', 1, monFri)).toEqual([
      { day: '2026-11-27', deadline: '2026-11-30' },
    ])
  })
  it('0 working days keeps the same day', () => {
    expect(latenessExamples('2026-11-27', 0, monFri)).toEqual([
      { day: '2026-11-27', deadline: '2026-11-27' },
    ])
  })
  it('skips holidays of the instansi calendar', () => {
    // Thursday 24 December 2026 is working; 25 December is Christmas.
    const cal = workingCalendar([1, 2, 3, 4, 5], ['2026-12-25'])
    expect(latenessExamples('2026-12-23', 1, cal)).toEqual([
      { day: '2026-12-23', deadline: '2026-12-24' },
      { day: '2026-12-24', deadline: '2026-12-28' },
    ])
    expect(latenessExamples('2026-12-23', 2, cal)[1]).toEqual({
      day: '2026-12-24',
      deadline: '2026-12-29',
    })
  })
})
