import { isRealDate } from './date.ts'

/**
 * NIP (PNS) and NI PPPK are 18 digits: 1–8 birth date YYYYMMDD, 9–14 TMT (CPNS or PPPK
 * appointment) YYYYMM, 15 sex (1 male, 2 female), 16–18 sequence number.
 * Source: domain.md "NIP"; research/domain-research.md.
 */
export type NipParts = {
  birthDate: string
  tmt: string
  sex: 'L' | 'P'
  sequence: string
}

export type NipProblem =
  | 'NIP_NOT_18_DIGITS'
  | 'NIP_BIRTH_DATE_INVALID'
  | 'NIP_TMT_INVALID'
  | 'NIP_TMT_TOO_EARLY'
  | 'NIP_SEX_INVALID'
  | 'NIP_SEQUENCE_INVALID'

export type NipResult =
  { ok: true; nip: string; parts: NipParts } | { ok: false; problem: NipProblem; message: string }

const MESSAGES: Record<NipProblem, string> = {
  NIP_NOT_18_DIGITS: 'NIP harus 18 angka (contoh: 19860926 201505 1 001).',
  NIP_BIRTH_DATE_INVALID: 'Angka 1–8 NIP (tanggal lahir, YYYYMMDD) bukan tanggal yang ada.',
  NIP_TMT_INVALID: 'Angka 9–14 NIP (TMT pengangkatan, YYYYMM) tidak valid.',
  NIP_TMT_TOO_EARLY:
    'TMT pengangkatan (angka 9–14) harus setelah usia 18 tahun menurut tanggal lahir.',
  NIP_SEX_INVALID: 'Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).',
  NIP_SEQUENCE_INVALID: 'Angka 16–18 NIP (nomor urut) tidak boleh 000.',
}

export function nipProblemMessage(problem: NipProblem): string {
  return MESSAGES[problem]
}

/** Removes the spaces people type when copying a grouped NIP. */
export function normaliseNip(input: string): string {
  return input.replace(/[\s.-]/g, '')
}

/**
 * Validates and decodes a NIP/NI PPPK. `maxTmtYear` bounds the appointment year
 * (normally the current year) so a typo like 2105 is caught.
 */
export function parseNip(input: string, maxTmtYear = 2100): NipResult {
  const nip = normaliseNip(input)
  const fail = (problem: NipProblem): NipResult => ({
    ok: false,
    problem,
    message: MESSAGES[problem],
  })
  if (!/^\d{18}$/.test(nip)) return fail('NIP_NOT_18_DIGITS')
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`
  const birthYear = Number(nip.slice(0, 4))
  if (birthYear < 1900 || !isRealDate(birth)) return fail('NIP_BIRTH_DATE_INVALID')
  const tmtYear = Number(nip.slice(8, 12))
  const tmtMonth = Number(nip.slice(12, 14))
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < 1900 || tmtYear > maxTmtYear) {
    return fail('NIP_TMT_INVALID')
  }
  // Appointment needs the person to be at least 18 on the TMT, which is the first day of its
  // month: compare YYYYMMDD strings (born 26 Sep 1986 → TMT 2004-09 is too early, 2004-10 is not).
  const eighteenthBirthday = `${birthYear + 18}${nip.slice(4, 8)}`
  if (`${nip.slice(8, 14)}01` < eighteenthBirthday) return fail('NIP_TMT_TOO_EARLY')
  const sexDigit = nip[14]
  if (sexDigit !== '1' && sexDigit !== '2') return fail('NIP_SEX_INVALID')
  const sequence = nip.slice(15, 18)
  if (sequence === '000') return fail('NIP_SEQUENCE_INVALID')
  return {
    ok: true,
    nip,
    parts: {
      birthDate: birth,
      tmt: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence,
    },
  }
}

/** Shows a NIP the way it is printed on documents: `19860926 201505 1 001`. */
export function formatNip(nip: string): string {
  const n = normaliseNip(nip)
  if (n.length !== 18) return nip
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`
}
