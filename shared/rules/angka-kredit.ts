/**
 * Angka kredit of jabatan fungsional (design/domain.md "Follow-up"; PermenPAN-RB 1/2023):
 * AK = share(predikat) × koefisien(jenjang) × months / 12. Both tables are data an admin may
 * edit per instansi; these are the defaults. Pure: server and web compute the same number.
 */
import type { JabatanJenis } from '../org.ts'
import type { Predikat } from './predikat.ts'

export const JF_JENJANG = [
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
] as const
export type JfJenjang = (typeof JF_JENJANG)[number]

export const JF_JENJANG_LABEL: Record<JfJenjang, string> = {
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
}

/** The jenjang of a jabatan fungsional, or null for structural/pelaksana positions. */
export function jenjangOfJenis(jenis: JabatanJenis): JfJenjang | null {
  if (!jenis.startsWith('fungsional_')) return null
  return jenis.slice('fungsional_'.length) as JfJenjang
}

/** Percent of the koefisien earned per predikat. */
export const DEFAULT_AK_SHARE: Record<Predikat, number> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
}

/** Koefisien per year. Pemula 3.75 is unconfirmed (domain.md); admins may correct it. */
export const DEFAULT_AK_KOEFISIEN: Record<JfJenjang, number> = {
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
}

/**
 * Cumulative AK needed for kenaikan jenjang (the next jenjang), PermenPAN-RB 1/2023 lampiran;
 * used only for a hint. null = top of the ladder.
 */
export const DEFAULT_AK_FOR_NEXT_JENJANG: Record<JfJenjang, number | null> = {
  pemula: 15,
  terampil: 20,
  mahir: 50,
  penyelia: null,
  ahli_pertama: 100,
  ahli_muda: 200,
  ahli_madya: 450,
  ahli_utama: null,
}

export const NEXT_JENJANG: Record<JfJenjang, JfJenjang | null> = {
  pemula: 'terampil',
  terampil: 'mahir',
  mahir: 'penyelia',
  penyelia: null,
  ahli_pertama: 'ahli_muda',
  ahli_muda: 'ahli_madya',
  ahli_madya: 'ahli_utama',
  ahli_utama: null,
}

/** Rounded to two decimals, halves up (Ahli Pertama, Baik, 2 months → 2.08). */
export function roundAk(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100
}

/** AK earned: share % × koefisien × months / 12, months 1–12. */
export function angkaKredit(sharePercent: number, koefisien: number, months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > 12)
    throw new RangeError('months must be 1–12')
  return roundAk(((sharePercent / 100) * koefisien * months) / 12)
}

/**
 * Whole months of a date range within one year: every calendar month the range covers for at
 * least 15 days counts (a full month always does; a started or ended month when ≥ 15 of its
 * days are inside the range).
 */
export function monthsCovered(startDate: string, endDate: string): number {
  const [sy, sm, sd] = startDate.split('-').map(Number) as [number, number, number]
  const [ey, em, ed] = endDate.split('-').map(Number) as [number, number, number]
  if (sy !== ey || endDate < startDate) throw new RangeError('range must lie within one year')
  const daysIn = (month: number) => new Date(Date.UTC(sy, month, 0)).getUTCDate()
  if (sm === em) return ed - sd + 1 >= 15 ? 1 : 0
  let months = em - sm - 1 // the months strictly between are covered whole
  if (daysIn(sm) - sd + 1 >= 15) months += 1
  if (ed >= 15) months += 1
  return months
}
