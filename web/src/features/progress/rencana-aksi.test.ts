import { describe, expect, it } from 'vitest'
import { percentOf } from './rencana-aksi.ts'

describe('percentOf', () => {
  it.each([
    [0, 40, 0],
    [10, 40, 25],
    [1, 3, 33],
    [2, 3, 67],
    [40, 40, 100],
    [50, 40, 125],
    [0, 0, 0],
    [3, 0, 100],
  ])('%d of %d → %d%%', (realisasi, target, expected) => {
    expect(percentOf(realisasi, target)).toBe(expected)
  })
})
