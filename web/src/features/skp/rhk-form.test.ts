import { describe, expect, it } from 'vitest'
import { emptyRhk, formToRhk, parseTargetNumber, rhkFormSchema, rhkToForm } from './rhk-form.ts'
import type { RhkFormValues } from './rhk-form.ts'
import { rhk, uuid } from './test-fixtures.ts'

const valid = (over: Partial<RhkFormValues> = {}): RhkFormValues => ({
  ...emptyRhk('utama'),
  text: 'Tersusunnya laporan kehadiran bulanan',
  interventionRhkIds: [uuid(901)],
  indikator: [
    {
      aspek: 'kuantitas',
      text: 'Jumlah laporan',
      targetValue: 12,
      targetUnit: 'Laporan',
      targetText: '',
    },
  ],
  ...over,
})

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => i.path.join('.')).sort()

describe('rhkFormSchema', () => {
  const jaJf = { pendekatan: 'kuantitatif', variant: 'ja_jf', interventionRequired: true } as const

  it('accepts a complete kuantitatif JA/JF RHK', () => {
    expect(rhkFormSchema(jaJf).safeParse(valid()).success).toBe(true)
  })

  it('needs aspek, target number and satuan for kuantitatif, all reported at once', () => {
    const r = rhkFormSchema(jaJf).safeParse(
      valid({
        indikator: [
          {
            aspek: null,
            text: 'Jumlah laporan',
            targetValue: null,
            targetUnit: ' ',
            targetText: '',
          },
        ],
      }),
    )
    expect(paths(r)).toEqual([
      'indikator.0.aspek',
      'indikator.0.targetUnit',
      'indikator.0.targetValue',
    ])
  })

  it('needs the expected result in words for kualitatif (and no number)', () => {
    const ctx = { ...jaJf, pendekatan: 'kualitatif' } as const
    const ind = {
      aspek: null,
      text: 'Tertib administrasi',
      targetValue: null,
      targetUnit: '',
      targetText: '',
    }
    expect(paths(rhkFormSchema(ctx).safeParse(valid({ indikator: [ind] })))).toEqual([
      'indikator.0.targetText',
    ])
    expect(
      rhkFormSchema(ctx).safeParse(
        valid({ indikator: [{ ...ind, targetText: 'Tanpa berkas kembali' }] }),
      ).success,
    ).toBe(true)
  })

  it('needs an intervened atasan RHK for an RHK utama, once there is one to pick', () => {
    expect(
      rhkFormSchema(jaJf).safeParse(valid({ jenis: 'tambahan', interventionRhkIds: [] })).success,
    ).toBe(true)
    const none = valid({ interventionRhkIds: [] })
    expect(paths(rhkFormSchema(jaJf).safeParse(none))).toEqual(['interventionRhkIds'])
    expect(rhkFormSchema({ ...jaJf, interventionRequired: false }).safeParse(none).success).toBe(
      true,
    )
  })

  it('needs the team lead when "penugasan dari" is on', () => {
    expect(paths(rhkFormSchema(jaJf).safeParse(valid({ penugasan: true })))).toEqual([
      'penugasanDariPegawaiId',
    ])
  })

  it('needs a perspektif for JPT', () => {
    const jpt = { pendekatan: 'kuantitatif', variant: 'jpt', interventionRequired: false } as const
    expect(paths(rhkFormSchema(jpt).safeParse(valid()))).toEqual(['perspektif'])
    expect(rhkFormSchema(jpt).safeParse(valid({ perspektif: 'proses_bisnis' })).success).toBe(true)
  })

  it('keeps the shared rules: RHK text and at least one indicator', () => {
    expect(paths(rhkFormSchema(jaJf).safeParse(valid({ text: 'ab', indikator: [] })))).toEqual([
      'indikator',
      'text',
    ])
  })
})

describe('formToRhk', () => {
  it('sends only what applies to the pendekatan and variant', () => {
    const values = valid({
      perspektif: 'anggaran',
      pkTargetId: uuid(5),
      indikator: [
        {
          id: uuid(101),
          aspek: 'waktu',
          text: ' Tepat waktu ',
          targetValue: 12,
          targetUnit: ' Bulan ',
          targetText: 'x',
        },
      ],
    })
    expect(formToRhk(values, { pendekatan: 'kuantitatif', variant: 'ja_jf' })).toEqual({
      jenis: 'utama',
      text: 'Tersusunnya laporan kehadiran bulanan',
      perspektif: null,
      pkTargetId: null,
      penugasanDariPegawaiId: null,
      interventionRhkIds: [uuid(901)],
      indikator: [
        {
          id: uuid(101),
          aspek: 'waktu',
          text: 'Tepat waktu',
          targetValue: 12,
          targetUnit: 'Bulan',
          targetText: null,
        },
      ],
    })
    const jpt = formToRhk(values, { pendekatan: 'kualitatif', variant: 'jpt' })
    expect(jpt.perspektif).toBe('anggaran')
    expect(jpt.pkTargetId).toBe(uuid(5))
    expect(jpt.interventionRhkIds).toEqual([])
    expect(jpt.indikator[0]).toMatchObject({
      aspek: null,
      targetValue: null,
      targetUnit: null,
      targetText: 'x',
    })
  })

  it('keeps the team lead only while "penugasan dari" is on', () => {
    const on = valid({ penugasan: true, penugasanDariPegawaiId: uuid(7) })
    expect(
      formToRhk(on, { pendekatan: 'kuantitatif', variant: 'ja_jf' }).penugasanDariPegawaiId,
    ).toBe(uuid(7))
    expect(
      formToRhk({ ...on, penugasan: false }, { pendekatan: 'kuantitatif', variant: 'ja_jf' })
        .penugasanDariPegawaiId,
    ).toBeNull()
  })

  it('round-trips an RHK from the server', () => {
    const r = rhk(3, { penugasanDariPegawaiId: uuid(7) })
    const form = rhkToForm(r)
    expect(form.penugasan).toBe(true)
    expect(form.indikator[0]?.targetUnit).toBe('Laporan')
    const back = formToRhk(form, { pendekatan: 'kuantitatif', variant: 'ja_jf' })
    expect(back.id).toBe(r.id)
    expect(back.interventionRhkIds).toEqual([uuid(903)])
  })
})

describe('parseTargetNumber', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['12,5', 12.5],
    ['1.250,5', 1250.5],
    ['', null],
    [null, null],
    ['abc', null],
    [Number.NaN, null],
  ])('%s → %s', (input, expected) => {
    expect(parseTargetNumber(input)).toBe(expected)
  })
})
