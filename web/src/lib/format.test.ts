import { describe, expect, it } from 'vitest'
import { greetingName } from './format.ts'

describe('greetingName', () => {
  it.each([
    ['Dr. I Made Wisnu Wardhana, S.Sos., M.Si.', 'I Made Wisnu Wardhana'],
    ['I Made Sudarsana, S.Sos.', 'I Made Sudarsana'],
    ['Anak Agung Istri Mas Pradnyani, S.H., M.H.', 'Anak Agung Istri Mas Pradnyani'],
    ['Drs. H. Ketut Rai', 'Ketut Rai'],
    ['Admin BKPSDM', 'Admin BKPSDM'],
    ['Dr.', 'Dr.'],
  ])('%s → %s', (name, expected) => {
    expect(greetingName(name)).toBe(expected)
  })
})
