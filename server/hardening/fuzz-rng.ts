import { mulberry32 } from '../lib/prng.ts'

/**
 * A small seeded PRNG (mulberry32) for the fuzz test: the same seed gives the same requests in
 * the same order, so a failure printed with its seed can be replayed (FUZZ_SEED=<seed>).
 */
export type Rng = {
  readonly seed: number
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** true with probability p. */
  chance(p: number): boolean
  /** A UUID (v4 layout) made from the stream. */
  uuid(): string
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    seed: seed >>> 0,
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    chance: (p) => next() < p,
    uuid() {
      const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16))
      hex[12] = '4'
      hex[16] = (8 + int(0, 3)).toString(16)
      const h = hex.join('')
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
    },
  }
}

/** FUZZ_SEED: a number, `random`, or unset (a fixed seed, so CI runs the same requests). */
export function resolveSeed(value: string | undefined, fallback: number): number {
  if (!value) return fallback
  if (value === 'random') return Math.floor(Math.random() * 2 ** 32)
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`FUZZ_SEED must be an integer or "random"`)
  return n >>> 0
}
