import i18next from 'i18next'
import { z } from 'zod'
import { ASPEK, PERSPEKTIF, indikatorInputSchema, rhkInputSchema } from '../../../../shared/skp.ts'
import type {
  Aspek,
  Pendekatan,
  Perspektif,
  Rhk,
  RhkInput,
  RhkJenis,
  SkpVariant,
} from '../../../../shared/skp.ts'

/**
 * The RHK editor's values. Text inputs hold strings (never null) and the "penugasan dari"
 * switch is a screen-only field; `formToRhk` turns the values into the API's RhkInput.
 */
export type IndikatorFormValues = {
  id?: string | undefined
  aspek: Aspek | null
  text: string
  targetValue: number | null
  targetUnit: string
  targetText: string
}

export type RhkFormValues = {
  id?: string | undefined
  jenis: RhkJenis
  text: string
  perspektif: Perspektif | null
  pkTargetId: string | null
  penugasan: boolean
  penugasanDariPegawaiId: string | null
  interventionRhkIds: string[]
  indikator: IndikatorFormValues[]
}

export type RhkFormContext = {
  pendekatan: Pendekatan
  variant: SkpVariant
  /** Only when there is something to pick: a draft may wait for the atasan's RHK. */
  interventionRequired: boolean
}

export function emptyIndikator(): IndikatorFormValues {
  return { aspek: null, text: '', targetValue: null, targetUnit: '', targetText: '' }
}

export function emptyRhk(jenis: RhkJenis): RhkFormValues {
  return {
    jenis,
    text: '',
    perspektif: null,
    pkTargetId: null,
    penugasan: false,
    penugasanDariPegawaiId: null,
    interventionRhkIds: [],
    indikator: [emptyIndikator()],
  }
}

export function rhkToForm(rhk: Rhk): RhkFormValues {
  return {
    id: rhk.id,
    jenis: rhk.jenis,
    text: rhk.text,
    perspektif: rhk.perspektif,
    pkTargetId: rhk.pkTargetId,
    penugasan: rhk.penugasanDariPegawaiId !== null,
    penugasanDariPegawaiId: rhk.penugasanDariPegawaiId,
    interventionRhkIds: rhk.interventions.map((i) => i.rhkId),
    indikator:
      rhk.indikator.length > 0
        ? [...rhk.indikator]
            .sort((a, b) => a.seq - b.seq)
            .map((k) => ({
              id: k.id,
              aspek: k.aspek,
              text: k.text,
              targetValue: k.targetValue,
              targetUnit: k.targetUnit ?? '',
              targetText: k.targetText ?? '',
            }))
        : [emptyIndikator()],
  }
}

/**
 * The shared RHK schema, tightened by what depends on the SKP: kuantitatif indicators need
 * aspek, a target number and its satuan; kualitatif ones the expected result in words; a
 * JPT RHK its perspektif; a JA/JF RHK utama the atasan's RHK it intervenes (once there is
 * one to pick).
 * Built per render so the messages follow the UI language.
 */
export function rhkFormSchema(ctx: RhkFormContext) {
  const t = i18next.t.bind(i18next)
  const indikator =
    ctx.pendekatan === 'kuantitatif'
      ? indikatorInputSchema.extend({
          aspek: z.enum(ASPEK, t('skp.rhkForm.aspekRequired')),
          targetValue: z
            .number(t('skp.rhkForm.targetRequired'))
            .positive(t('skp.rhkForm.targetPositive')),
          targetUnit: z
            .string(t('skp.rhkForm.satuanRequired'))
            .trim()
            .min(1, t('skp.rhkForm.satuanRequired'))
            .max(60, t('skp.rhkForm.satuanTooLong')),
        })
      : indikatorInputSchema.extend({
          targetText: z
            .string(t('skp.rhkForm.targetTextRequired'))
            .trim()
            .min(3, t('skp.rhkForm.targetTextRequired'))
            .max(1000, t('skp.rhkForm.targetTextTooLong')),
        })
  return rhkInputSchema
    .extend({
      penugasan: z.boolean(),
      perspektif:
        ctx.variant === 'jpt'
          ? z.enum(PERSPEKTIF, t('skp.rhkForm.perspektifRequired'))
          : z.enum(PERSPEKTIF).nullish(),
      indikator: z
        .array(indikator)
        .min(1, t('skp.rhkForm.indikatorRequired'))
        .max(10, t('skp.rhkForm.indikatorTooMany')),
    })
    .superRefine((v, issue) => {
      if (ctx.variant !== 'ja_jf') return
      if (v.penugasan && !v.penugasanDariPegawaiId)
        issue.addIssue({
          code: 'custom',
          path: ['penugasanDariPegawaiId'],
          message: t('skp.rhkForm.penugasanRequired'),
        })
      // An RHK utama intervenes the atasan's (or the team lead's) RHK; a tambahan may not.
      if (ctx.interventionRequired && v.jenis === 'utama' && v.interventionRhkIds.length === 0)
        issue.addIssue({
          code: 'custom',
          path: ['interventionRhkIds'],
          message: t('skp.rhkForm.interventionRequired'),
        })
    })
}

const blankToNull = (s: string | null | undefined) => {
  const v = s?.trim() ?? ''
  return v === '' ? null : v
}

/** The API's RhkInput: only the fields that apply to this SKP's pendekatan and variant. */
export function formToRhk(
  values: RhkFormValues,
  ctx: Omit<RhkFormContext, 'interventionRequired'>,
): RhkInput {
  const jpt = ctx.variant === 'jpt'
  const kuantitatif = ctx.pendekatan === 'kuantitatif'
  const rhk: RhkInput = {
    jenis: values.jenis,
    text: values.text.trim(),
    perspektif: jpt ? values.perspektif : null,
    pkTargetId: jpt ? values.pkTargetId : null,
    penugasanDariPegawaiId: !jpt && values.penugasan ? values.penugasanDariPegawaiId : null,
    interventionRhkIds: jpt ? [] : [...values.interventionRhkIds],
    indikator: values.indikator.map((k) => {
      const ind: RhkInput['indikator'][number] = {
        aspek: kuantitatif ? k.aspek : null,
        text: k.text.trim(),
        targetValue: kuantitatif ? k.targetValue : null,
        targetUnit: kuantitatif ? blankToNull(k.targetUnit) : null,
        targetText: kuantitatif ? null : blankToNull(k.targetText),
      }
      if (k.id) ind.id = k.id
      return ind
    }),
  }
  if (values.id) rhk.id = values.id
  return rhk
}

/** A number typed into NumberInput ("12", "12,5", 12.5, "") → number or null. */
export function parseTargetNumber(v: string | number | null | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (v == null) return null
  const s = v.trim().replace(/\s/g, '')
  if (s === '') return null
  // Indonesian writing: "1.250,5" → 1250.5; a lone comma is the decimal separator.
  const normalised = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s
  const n = Number(normalised)
  return Number.isFinite(n) ? n : null
}
