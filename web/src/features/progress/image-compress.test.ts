import { describe, expect, it } from 'vitest'
import {
  MAX_IMAGE_SIDE,
  SMALL_IMAGE_BYTES,
  fitWithin,
  isCompressibleImage,
  jpegName,
  keepCompressed,
  needsCompression,
} from './image-compress.ts'

describe('fitWithin', () => {
  it.each([
    // A 12 MP phone photo, landscape and portrait: the long side becomes 1600.
    [4000, 3000, 1600, 1200],
    [3000, 4000, 1200, 1600],
    // Exactly at the limit or below: unchanged.
    [1600, 1200, 1600, 1200],
    [800, 600, 800, 600],
    [1600, 1600, 1600, 1600],
    // Square and panorama; rounding to whole pixels, never below 1 px.
    [3200, 3200, 1600, 1600],
    [10000, 10, 1600, 2],
    [10000, 1, 1600, 1],
    // 4032 × 3024 (iPhone): 1600 × 1200 exactly (3:4).
    [4032, 3024, 1600, 1200],
    // 1601 wide: scaled by 1600/1601.
    [1601, 900, 1600, 899],
  ])('%d×%d → %d×%d', (w, h, ew, eh) => {
    const r = fitWithin(w, h)
    expect([r.width, r.height]).toEqual([ew, eh])
    expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE)
    expect(r.scaled).toBe(Math.max(w, h) > MAX_IMAGE_SIDE)
  })

  it('keeps the aspect ratio within a pixel', () => {
    const r = fitWithin(4000, 2250)
    expect(r.width).toBe(1600)
    expect(Math.abs(r.height - 900)).toBeLessThanOrEqual(1)
  })

  it('takes another limit', () => {
    expect(fitWithin(1000, 500, 500)).toEqual({ width: 500, height: 250, scaled: true })
  })

  it('refuses an empty image', () => {
    expect(() => fitWithin(0, 100)).toThrow(RangeError)
    expect(() => fitWithin(100, Number.NaN)).toThrow(RangeError)
  })
})

describe('needsCompression', () => {
  const jpeg = (size: number) => ({ type: 'image/jpeg', size })
  it.each([
    ['a big photo', jpeg(5_000_000), 4000, 3000, true],
    ['few pixels but many bytes', jpeg(SMALL_IMAGE_BYTES + 1), 1200, 900, true],
    ['many pixels, few bytes', jpeg(200_000), 2000, 100, true],
    ['already small', jpeg(SMALL_IMAGE_BYTES), 1600, 1200, false],
    ['a small PNG', { type: 'image/png', size: 50_000 }, 800, 600, false],
    ['a big PNG', { type: 'image/png', size: 3_000_000 }, 2400, 1800, true],
    [
      'HEIC cannot be decoded everywhere',
      { type: 'image/heic', size: 3_000_000 },
      4000,
      3000,
      false,
    ],
    ['a PDF is never an image', { type: 'application/pdf', size: 3_000_000 }, 4000, 3000, false],
  ])('%s', (_label, file, w, h, expected) => {
    expect(needsCompression(file, { width: w, height: h })).toBe(expected)
  })
})

describe('helpers', () => {
  it('knows which types a canvas can re-encode', () => {
    expect(isCompressibleImage('image/JPEG')).toBe(true)
    expect(isCompressibleImage('image/webp')).toBe(true)
    expect(isCompressibleImage('image/gif')).toBe(false)
  })

  it.each([
    ['IMG_2041.PNG', 'IMG_2041.jpg'],
    ['rapat.koordinasi.webp', 'rapat.koordinasi.jpg'],
    ['foto', 'foto.jpg'],
    ['.png', 'foto.jpg'],
  ])('renames %s → %s', (name, expected) => {
    expect(jpegName(name)).toBe(expected)
  })

  it('keeps the re-encoded file only when it is smaller', () => {
    expect(keepCompressed(1000, 999)).toBe(true)
    expect(keepCompressed(1000, 1000)).toBe(false)
    expect(keepCompressed(1000, 0)).toBe(false)
  })
})
