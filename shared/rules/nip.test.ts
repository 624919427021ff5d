import { describe, expect, it } from 'vitest'
import { formatNip, nipProblemMessage, normaliseNip, parseNip, type NipProblem } from './nip.ts'

// Every expected value below is read off the rule in domain.md ("NIP"): digits 1–8 birth date
// YYYYMMDD (a real date), 9–14 TMT YYYYMM (plausible, the person is 18 by then), 15 sex
// (1 male, 2 female), 16–18 sequence (not 000). The reference NIP is the one in domain.md:
// 19860926 201505 1 001 = born 26 Sep 1986, TMT May 2015, male, sequence 001.

describe('parseNip: valid numbers', () => {
  it.each([
    {
      what: 'the PNS example from domain.md',
      input: '198609262015051001',
      nip: '198609262015051001',
      parts: { birthDate: '1986-09-26', tmt: '2015-05', sex: 'L', sequence: '001' },
    },
    {
      what: 'a PPPK-like number (female, TMT 2022-06, sequence 004)',
      input: '199203152022062004',
      nip: '199203152022062004',
      parts: { birthDate: '1992-03-15', tmt: '2022-06', sex: 'P', sequence: '004' },
    },
    {
      what: 'born on 29 Feb of a leap year (1984)',
      input: '198402292006011002',
      nip: '198402292006011002',
      parts: { birthDate: '1984-02-29', tmt: '2006-01', sex: 'L', sequence: '002' },
    },
    {
      what: 'the highest sequence 999, TMT in December',
      input: '197001011995122999',
      nip: '197001011995122999',
      parts: { birthDate: '1970-01-01', tmt: '1995-12', sex: 'P', sequence: '999' },
    },
    {
      what: 'grouped with spaces as printed on documents',
      input: '19860926 201505 1 001',
      nip: '198609262015051001',
      parts: { birthDate: '1986-09-26', tmt: '2015-05', sex: 'L', sequence: '001' },
    },
    {
      what: 'grouped with dots',
      input: '19860926.201505.1.001',
      nip: '198609262015051001',
      parts: { birthDate: '1986-09-26', tmt: '2015-05', sex: 'L', sequence: '001' },
    },
    {
      what: 'grouped with dashes and surrounded by white space (tab, newline)',
      input: '\t19860926-201505-1-001 \n',
      nip: '198609262015051001',
      parts: { birthDate: '1986-09-26', tmt: '2015-05', sex: 'L', sequence: '001' },
    },
  ])('accepts $what', ({ input, nip, parts }) => {
    const r = parseNip(input)
    expect(r).toEqual({ ok: true, nip, parts })
  })
})

describe('parseNip: each wrong part has its own problem', () => {
  it.each<{ what: string; input: string; problem: NipProblem; maxTmtYear?: number }>([
    // Length and characters
    { what: 'empty', input: '', problem: 'NIP_NOT_18_DIGITS' },
    { what: '17 digits', input: '19860926201505100', problem: 'NIP_NOT_18_DIGITS' },
    { what: '19 digits', input: '1986092620150510011', problem: 'NIP_NOT_18_DIGITS' },
    {
      what: 'a letter in place of a digit',
      input: '19860926201505100A',
      problem: 'NIP_NOT_18_DIGITS',
    },
    {
      what: 'the letter O typed for zero',
      input: '1986O9262015051001',
      problem: 'NIP_NOT_18_DIGITS',
    },
    {
      what: 'a slash separator (not a grouping character)',
      input: '19860926/201505/1/001',
      problem: 'NIP_NOT_18_DIGITS',
    },
    { what: 'a sign', input: '+198609262015051001', problem: 'NIP_NOT_18_DIGITS' },
    {
      what: 'full-width digits',
      input: '１９８６０９２６２０１５０５１００１',
      problem: 'NIP_NOT_18_DIGITS',
    },
    // Digits 1–8: birth date must be a real date, year from 1900
    { what: '30 February', input: '198602302015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    {
      what: '29 February of a non-leap year (1985)',
      input: '198502292015051001',
      problem: 'NIP_BIRTH_DATE_INVALID',
    },
    {
      what: '29 February 1900 (not a leap year)',
      input: '190002291925011001',
      problem: 'NIP_BIRTH_DATE_INVALID',
    },
    { what: '31 April', input: '198604312015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    { what: 'birth month 13', input: '198613012015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    { what: 'birth month 00', input: '198600102015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    { what: 'birth day 00', input: '198609002015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    {
      what: 'birth year 1899 (before 1900)',
      input: '189912311925011001',
      problem: 'NIP_BIRTH_DATE_INVALID',
    },
    { what: 'birth year 0000', input: '000001012015051001', problem: 'NIP_BIRTH_DATE_INVALID' },
    // Digits 9–14: TMT must be a plausible YYYYMM
    { what: 'TMT month 00', input: '198609262015001001', problem: 'NIP_TMT_INVALID' },
    { what: 'TMT month 13', input: '198609262015131001', problem: 'NIP_TMT_INVALID' },
    { what: 'TMT year 1899', input: '198609261899121001', problem: 'NIP_TMT_INVALID' },
    {
      what: 'TMT year after the given maximum (2027 > 2026)',
      input: '198609262027011001',
      problem: 'NIP_TMT_INVALID',
      maxTmtYear: 2026,
    },
    {
      what: 'TMT year 2105 with the default maximum (a typo for 2015)',
      input: '198609262105051001',
      problem: 'NIP_TMT_INVALID',
    },
    // TMT must be on or after the 18th birthday (26 Sep 2004 for the reference NIP)
    {
      what: 'TMT August 2004, before the 18th birthday',
      input: '198609262004081001',
      problem: 'NIP_TMT_TOO_EARLY',
    },
    {
      what: 'TMT 1 Sep 2004, still 25 days before the 18th birthday',
      input: '198609262004091001',
      problem: 'NIP_TMT_TOO_EARLY',
    },
    {
      what: 'TMT before the birth date',
      input: '198609261980011001',
      problem: 'NIP_TMT_TOO_EARLY',
    },
    {
      what: 'born 29 Feb 1984, TMT Feb 2002 (17 years old on 1 Feb)',
      input: '198402292002021001',
      problem: 'NIP_TMT_TOO_EARLY',
    },
    // Digit 15: sex is 1 or 2
    { what: 'sex digit 0', input: '198609262015050001', problem: 'NIP_SEX_INVALID' },
    { what: 'sex digit 3', input: '198609262015053001', problem: 'NIP_SEX_INVALID' },
    { what: 'sex digit 9', input: '198609262015059001', problem: 'NIP_SEX_INVALID' },
    // Digits 16–18: sequence is never 000
    { what: 'sequence 000', input: '198609262015051000', problem: 'NIP_SEQUENCE_INVALID' },
  ])('rejects $what → $problem', ({ input, problem, maxTmtYear }) => {
    const r = parseNip(input, maxTmtYear)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe(problem)
    expect(r.message).toBe(nipProblemMessage(problem))
  })

  it.each([
    { what: 'TMT in the maximum year itself', input: '198609262026011001', maxTmtYear: 2026 },
    {
      what: 'TMT in the month after the 18th birthday',
      input: '198609262004101001',
      maxTmtYear: undefined,
    },
    {
      what: 'TMT on the 18th birthday (born on the 1st)',
      input: '198609012004091001',
      maxTmtYear: undefined,
    },
    {
      what: 'born 29 Feb 1984, TMT March 2002 (18 on 1 Mar)',
      input: '198402292002031001',
      maxTmtYear: undefined,
    },
    {
      what: 'born 1 Jan 1900, the earliest birth year',
      input: '190001011918011001',
      maxTmtYear: undefined,
    },
  ])('accepts the boundary: $what', ({ input, maxTmtYear }) => {
    expect(parseNip(input, maxTmtYear).ok).toBe(true)
  })

  it('checks the parts in order, so one wrong part is named even when later parts are wrong too', () => {
    // Birth date and sex are both wrong: the birth date (digits 1–8) is reported first.
    const r = parseNip('198602302015050000')
    expect(r.ok ? null : r.problem).toBe('NIP_BIRTH_DATE_INVALID')
  })
})

describe('nipProblemMessage', () => {
  it.each<[NipProblem, RegExp]>([
    ['NIP_NOT_18_DIGITS', /18 angka/],
    ['NIP_BIRTH_DATE_INVALID', /1–8.*tanggal lahir/],
    ['NIP_TMT_INVALID', /9–14.*TMT/],
    ['NIP_TMT_TOO_EARLY', /18 tahun/],
    ['NIP_SEX_INVALID', /ke-15.*jenis kelamin/],
    ['NIP_SEQUENCE_INVALID', /16–18.*nomor urut/],
  ])('%s names the wrong part of the NIP', (problem, pattern) => {
    expect(nipProblemMessage(problem)).toMatch(pattern)
  })

  it('gives a different message for every problem', () => {
    const problems: NipProblem[] = [
      'NIP_NOT_18_DIGITS',
      'NIP_BIRTH_DATE_INVALID',
      'NIP_TMT_INVALID',
      'NIP_TMT_TOO_EARLY',
      'NIP_SEX_INVALID',
      'NIP_SEQUENCE_INVALID',
    ]
    expect(new Set(problems.map(nipProblemMessage)).size).toBe(problems.length)
  })
})

describe('normaliseNip', () => {
  it.each([
    ['19860926 201505 1 001', '198609262015051001'],
    ['19860926.201505.1.001', '198609262015051001'],
    ['19860926-201505-1-001', '198609262015051001'],
    ['  198609262015051001  ', '198609262015051001'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseNip(input)).toBe(expected)
  })
})

describe('formatNip', () => {
  it.each([
    ['198609262015051001', '19860926 201505 1 001'],
    ['199203152022062004', '19920315 202206 2 004'],
    ['19860926 201505 1 001', '19860926 201505 1 001'],
    ['19860926.201505.1.001', '19860926 201505 1 001'],
  ])('groups %j as %j', (input, expected) => {
    expect(formatNip(input)).toBe(expected)
  })

  it.each(['12345', '', '1986092620150510011'])(
    'leaves %j (not 18 characters) as typed',
    (input) => {
      expect(formatNip(input)).toBe(input)
    },
  )
})
