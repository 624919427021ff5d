import { describe, expect, it } from 'vitest'
import { relativeTime } from './relative-time.ts'

const NOW = new Date('2026-11-27T10:00:00Z')
const absolute = (iso: string) => `pada ${iso.slice(0, 10)}`

describe('relativeTime', () => {
  it.each([
    ['2026-11-27T09:59:30Z', 'sekarang'],
    ['2026-11-27T09:55:00Z', '5 menit yang lalu'],
    ['2026-11-27T07:00:00Z', '3 jam yang lalu'],
    ['2026-11-26T10:00:00Z', 'kemarin'],
    ['2026-11-24T10:00:00Z', '3 hari yang lalu'],
    ['2026-11-10T10:00:00Z', 'pada 2026-11-10'],
  ])('%s → %s in Indonesian', (iso, expected) => {
    expect(relativeTime(iso, NOW, 'id', absolute)).toBe(expected)
  })

  it('speaks English when asked', () => {
    expect(relativeTime('2026-11-26T10:00:00Z', NOW, 'en', absolute)).toBe('yesterday')
    expect(relativeTime('2026-11-27T08:00:00Z', NOW, 'en', absolute)).toBe('2 hours ago')
  })

  it('leaves an unreadable timestamp as it is', () => {
    expect(relativeTime('kemarin sore', NOW, 'id', absolute)).toBe('kemarin sore')
  })
})
