import type { Pegawai } from '../../../../shared/org.ts'
import { normaliseNip } from '../../../../shared/rules/nip.ts'

/** Client-side match on name, NIP (with or without spaces), jabatan and unit. */
export function matchesPegawai(p: Pegawai, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  const digits = normaliseNip(q)
  if (/^\d+$/.test(digits) && p.nip.includes(digits)) return true
  return [p.fullName, p.name, p.jabatanName, p.unitName].some((s) => s.toLowerCase().includes(q))
}
