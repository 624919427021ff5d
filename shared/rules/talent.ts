/**
 * Talent 9-box (kinerja × potensi), after the box numbering of the national talent-management
 * guidance (PermenPAN-RB 3/2020): kinerja from the predikat, potensi entered by an admin.
 */
import type { Predikat } from './predikat.ts'

export const TALENT_LEVELS = ['rendah', 'sedang', 'tinggi'] as const
export type TalentLevel = (typeof TALENT_LEVELS)[number]
export const TALENT_LEVEL_LABEL: Record<TalentLevel, string> = {
  rendah: 'Rendah',
  sedang: 'Sedang',
  tinggi: 'Tinggi',
}

/** Kinerja level of a predikat: Sangat Baik high, Baik middle, the rest low. */
export function kinerjaLevel(predikat: Predikat): TalentLevel {
  if (predikat === 'sangat_baik') return 'tinggi'
  if (predikat === 'baik') return 'sedang'
  return 'rendah'
}

/** Box number 1–9: BOX[kinerja][potensi]. */
export const TALENT_BOX: Record<TalentLevel, Record<TalentLevel, number>> = {
  rendah: { rendah: 1, sedang: 2, tinggi: 4 },
  sedang: { rendah: 3, sedang: 5, tinggi: 7 },
  tinggi: { rendah: 6, sedang: 8, tinggi: 9 },
}

export const TALENT_BOX_LABEL: Record<number, string> = {
  1: 'Kinerja di bawah ekspektasi dan potensi rendah',
  2: 'Kinerja di bawah ekspektasi dan potensi menengah',
  3: 'Kinerja sesuai ekspektasi dan potensi rendah',
  4: 'Kinerja di bawah ekspektasi dan potensi tinggi',
  5: 'Kinerja sesuai ekspektasi dan potensi menengah',
  6: 'Kinerja di atas ekspektasi dan potensi rendah',
  7: 'Kinerja sesuai ekspektasi dan potensi tinggi',
  8: 'Kinerja di atas ekspektasi dan potensi menengah',
  9: 'Kinerja di atas ekspektasi dan potensi tinggi',
}

export function talentBox(predikat: Predikat, potensi: TalentLevel): number {
  return TALENT_BOX[kinerjaLevel(predikat)][potensi]
}
