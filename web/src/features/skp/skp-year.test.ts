import { describe, expect, it } from 'vitest'
import type { SkpStatus } from '../../../../shared/rules/skp-workflow.ts'
import { copySource, creatableYears, defaultNewYear, groupByYear, hasOpenSkp } from './skp-year.ts'

const s = (id: string, year: number, status: SkpStatus, updatedAt = '2026-01-01') => ({
  id,
  year,
  status,
  updatedAt,
})

describe('SKP years', () => {
  const list = [
    s('a', 2024, 'disetujui'),
    s('b', 2025, 'ditutup', '2025-06-01'),
    s('c', 2025, 'disetujui', '2025-03-01'),
    s('d', 2025, 'draft', '2025-09-01'),
    s('e', 2026, 'ditutup'),
  ]

  it('counts a closed SKP as none (a mutasi opens a new one)', () => {
    expect(hasOpenSkp(list, 2025)).toBe(true)
    expect(hasOpenSkp(list, 2026)).toBe(false)
  })

  it('groups newest year first, open before closed, newest change first', () => {
    expect(groupByYear(list).map((g) => [g.year, g.items.map((x) => x.id)])).toEqual([
      [2026, ['e']],
      [2025, ['d', 'c', 'b']],
      [2024, ['a']],
    ])
  })

  it('offers last, this and next year; defaults to this year unless it has an SKP', () => {
    expect(creatableYears(2026)).toEqual([2025, 2026, 2027])
    expect(defaultNewYear(list, 2026)).toBe(2026)
    expect(defaultNewYear(list, 2025)).toBe(2026)
  })

  it('copies from the newest earlier year, preferring the approved SKP', () => {
    expect(copySource(list, 2026)?.id).toBe('c')
    expect(copySource(list, 2025)?.id).toBe('a')
    expect(copySource(list, 2024)).toBeNull()
    expect(
      copySource([s('x', 2025, 'draft'), s('y', 2025, 'ditutup', '2025-12-01')], 2026)?.id,
    ).toBe('x')
  })
})
