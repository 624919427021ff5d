import { describe, expect, it } from 'vitest'
import type { Predikat } from './predikat.ts'
import { atLeastBaik, recommend, type PredikatHistoryItem } from './recommendations.ts'

// Written from the issue ("Sangat Baik twice → reward candidate; Butuh Perbaikan/Kurang →
// coaching plan") and decision 0011: the history is newest first; the two newest decide.

const NAMES = ['Triwulan IV 2026', 'Triwulan III 2026', 'Triwulan II 2026', 'Triwulan I 2026']
/** A history newest first: `h('sangat_baik', 'baik')` = TW IV Sangat Baik, TW III Baik. */
const h = (...predikat: Predikat[]): PredikatHistoryItem[] =>
  predikat.map((p, i) => ({ periodId: `p${i}`, periodName: NAMES[i] ?? `P${i}`, predikat: p }))

describe('recommend', () => {
  it.each<[string, Predikat[], 'reward' | 'coaching' | null]>([
    ['no history', [], null],
    ['one Sangat Baik only', ['sangat_baik'], null],
    ['Sangat Baik twice', ['sangat_baik', 'sangat_baik'], 'reward'],
    ['Sangat Baik twice, then older Kurang', ['sangat_baik', 'sangat_baik', 'kurang'], 'reward'],
    ['Sangat Baik after Baik', ['sangat_baik', 'baik'], null],
    ['Baik after Sangat Baik', ['baik', 'sangat_baik'], null],
    ['Sangat Baik not consecutive (older pair)', ['baik', 'sangat_baik', 'sangat_baik'], null],
    ['Baik', ['baik'], null],
    ['Baik twice', ['baik', 'baik'], null],
    ['latest Butuh Perbaikan', ['butuh_perbaikan'], 'coaching'],
    ['latest Kurang', ['kurang', 'baik'], 'coaching'],
    ['latest Sangat Kurang', ['sangat_kurang', 'sangat_baik'], 'coaching'],
    ['recovered to Baik after Kurang', ['baik', 'kurang'], null],
    ['Sangat Baik after Butuh Perbaikan', ['sangat_baik', 'butuh_perbaikan'], null],
  ])('%s → %s', (_name, predikat, kind) => {
    expect(recommend(h(...predikat))?.kind ?? null).toBe(kind)
  })

  it('explains a reward with both periods, older first', () => {
    expect(recommend(h('sangat_baik', 'sangat_baik'))?.reason).toBe(
      'Sangat Baik dua kali berturut-turut (Triwulan III 2026 dan Triwulan IV 2026)',
    )
  })

  it('explains coaching with the label of the latest predikat and its period', () => {
    expect(recommend(h('butuh_perbaikan', 'baik'))?.reason).toBe(
      'Predikat Butuh Perbaikan pada Triwulan IV 2026',
    )
    expect(recommend(h('kurang'))?.reason).toBe('Predikat Kurang/Misconduct pada Triwulan IV 2026')
    expect(recommend(h('sangat_kurang'))?.reason).toBe(
      'Predikat Sangat Kurang pada Triwulan IV 2026',
    )
  })
})

describe('atLeastBaik', () => {
  it.each<[Predikat, boolean]>([
    ['sangat_baik', true],
    ['baik', true],
    ['butuh_perbaikan', false],
    ['kurang', false],
    ['sangat_kurang', false],
  ])('%s → %s', (p, ok) => {
    expect(atLeastBaik(p)).toBe(ok)
  })
})
