/**
 * Pure rules of the pegawai's assessment screens (/penilaian and /penilaian/$assessmentId):
 * how far the batas pengisian is (in the instansi's local days), which one button a period
 * card leads with, when a changed realisasi needs a reason, and how the server's field errors
 * land on the inputs. The pages only translate the results.
 */
import type {
  AssessmentDetail,
  AssessmentPeriod,
  AssessmentSummary,
  MyAssessments,
} from '../../../../shared/assessments.ts'
import {
  isRealisasiEditable,
  isResultVisibleToOwner,
} from '../../../../shared/rules/assessment-workflow.ts'
import { editReasonRequired } from '../../../../shared/rules/realisasi.ts'
import { dayNumber } from '../../../../shared/rules/working-days.ts'

export type MyAssessmentItem = MyAssessments['items'][number]

/** Days from `today` to `day` (both local YYYY-MM-DD); negative when `day` is past. */
export function daysFromTo(today: string, day: string): number {
  return dayNumber(day.slice(0, 10)) - dayNumber(today.slice(0, 10))
}

/** At most this many days left: the deadline is shown as urgent (red, with the count). */
export const URGENT_DAYS = 3

export type DeadlineInfo =
  /** Filling opens on the period's first day. */
  | { kind: 'not_started'; opensOn: string; daysUntilOpen: number; deadline: string }
  /** Open: `daysLeft` = 0 means the last day is today (until 23.59 local time). */
  | { kind: 'open'; deadline: string; daysLeft: number; urgent: boolean; extended: boolean }
  | { kind: 'passed'; deadline: string; extended: boolean }

/**
 * Where a period stands against its batas pengisian today. The effective deadline is the
 * period's or a later extension (per person or unit); `extended` says an extension applies.
 */
export function deadlineInfo(
  input: {
    period: Pick<AssessmentPeriod, 'startDate' | 'deadline'>
    effectiveDeadline?: string | null | undefined
    extendedUntil?: string | null | undefined
  },
  today: string,
): DeadlineInfo {
  const deadline = input.effectiveDeadline ?? input.period.deadline
  const extended = !!input.extendedUntil && input.extendedUntil > input.period.deadline
  const untilOpen = daysFromTo(today, input.period.startDate)
  if (untilOpen > 0)
    return {
      kind: 'not_started',
      opensOn: input.period.startDate,
      daysUntilOpen: untilOpen,
      deadline,
    }
  const daysLeft = daysFromTo(today, deadline)
  if (daysLeft < 0) return { kind: 'passed', deadline, extended }
  return { kind: 'open', deadline, daysLeft, urgent: daysLeft <= URGENT_DAYS, extended }
}

/** The one button a period card leads with. */
export type CardAction =
  /** Draft or reopened and open now: "Isi realisasi". */
  | 'fill'
  /** Final (finalised, objected, decided): "Lihat hasil". */
  | 'result'
  /** Anything else with an assessment (submitted, being rated, closed draft): "Lihat". */
  | 'view'
  /** No assessment: the SKP is missing or not approved — go to /skp. */
  | 'skp'

export function cardAction(item: MyAssessmentItem): CardAction {
  const a = item.assessment
  if (!a) return 'skp'
  if (isResultVisibleToOwner(a.status)) return 'result'
  if (isRealisasiEditable(a.status) && item.open) return 'fill'
  return 'view'
}

/**
 * The card whose button is the page's primary (filled) one: the first period that waits for
 * realisasi, else the first one with a result not yet accepted. Others get a light button.
 */
export function primaryCardIndex(items: readonly MyAssessmentItem[]): number {
  const fill = items.findIndex((i) => cardAction(i) === 'fill')
  if (fill >= 0) return fill
  return items.findIndex(
    (i) =>
      cardAction(i) === 'result' &&
      i.assessment?.status === 'finalised' &&
      !i.assessment.acknowledgedAt,
  )
}

/**
 * Whether a realisasi needs an edit reason: the number differs from the value pre-filled from
 * daily progress (the server's rule, shared/rules/realisasi.ts). Without a numeric suggestion
 * nothing was changed; an indikator left completely empty (no number, no text) is not a
 * change either — it is simply not filled in yet.
 */
export function needsEditReason(
  value: number | null,
  suggested: number | null | undefined,
  text = '',
): boolean {
  if (value === null && text.trim() === '') return false
  return editReasonRequired(value, suggested ?? null)
}

/** What the form holds per indikator. */
export type RealisasiDraft = { value: number | null; text: string; editReason: string }

type DetailIndikator = AssessmentDetail['rhk'][number]['indikator'][number]

/** Every indikator of the assessment in the order the form sends them (`items.N`). */
export function indikatorOrder(detail: Pick<AssessmentDetail, 'rhk'>): DetailIndikator[] {
  return detail.rhk.flatMap((r) => r.indikator)
}

/**
 * The form's starting values: what was saved, else the suggestion from daily progress and
 * rencana aksi (the pegawai checks it and saves).
 */
export function initialDrafts(
  detail: Pick<AssessmentDetail, 'rhk'>,
): Record<string, RealisasiDraft> {
  const out: Record<string, RealisasiDraft> = {}
  for (const ind of indikatorOrder(detail)) {
    const saved = ind.realisasi
    out[ind.id] = saved
      ? { value: saved.value, text: saved.text ?? '', editReason: saved.editReason ?? '' }
      : {
          value: ind.suggestion?.value ?? null,
          text: ind.suggestion?.text ?? '',
          editReason: '',
        }
  }
  return out
}

/** Whether the values on screen differ from what is saved (pre-filled but unsaved counts). */
export function differsFromSaved(
  detail: Pick<AssessmentDetail, 'rhk'>,
  drafts: Record<string, RealisasiDraft>,
): boolean {
  return indikatorOrder(detail).some((ind) => {
    const d = drafts[ind.id]
    if (!d) return false
    const saved = ind.realisasi
    if (!saved) return d.value !== null || d.text.trim() !== ''
    return (
      d.value !== saved.value ||
      d.text.trim() !== (saved.text ?? '') ||
      d.editReason.trim() !== (saved.editReason ?? '')
    )
  })
}

/**
 * A fingerprint of the saved realisasi: the form starts over when it changes (after a save,
 * or when the current version is loaded), and not when only evidence or feedback changed.
 */
export function savedRealisasiKey(detail: Pick<AssessmentDetail, 'id' | 'rhk'>): string {
  return JSON.stringify([
    detail.id,
    indikatorOrder(detail).map((i) =>
      i.realisasi ? [i.id, i.realisasi.value, i.realisasi.text, i.realisasi.editReason] : [i.id],
    ),
  ])
}

export type RealisasiField = 'value' | 'text' | 'editReason'
export type FieldErrors = Record<string, Partial<Record<RealisasiField, string>>>

const FIELD_NAMES: readonly RealisasiField[] = ['value', 'text', 'editReason']

/**
 * The body of PUT /realisasi from the form: every indikator, texts trimmed (empty → null),
 * the reason only where one is needed.
 */
export function realisasiItems(
  detail: Pick<AssessmentDetail, 'rhk'>,
  drafts: Record<string, RealisasiDraft>,
) {
  return indikatorOrder(detail).map((ind) => {
    const d = drafts[ind.id] ?? { value: null, text: '', editReason: '' }
    const text = d.text.trim()
    const reason = d.editReason.trim()
    return {
      indikatorId: ind.id,
      value: d.value,
      text: text === '' ? null : text,
      editReason:
        needsEditReason(d.value, ind.suggestion?.value, d.text) && reason !== '' ? reason : null,
    }
  })
}

/** Problems the form finds before asking the server (the server checks the same again). */
export function checkDrafts(
  detail: Pick<AssessmentDetail, 'rhk'>,
  drafts: Record<string, RealisasiDraft>,
  mode: 'save' | 'submit',
  messages: { editReason: string; incomplete: string },
): FieldErrors {
  const errors: FieldErrors = {}
  for (const ind of indikatorOrder(detail)) {
    const d = drafts[ind.id]
    if (!d) continue
    if (needsEditReason(d.value, ind.suggestion?.value, d.text) && d.editReason.trim() === '')
      errors[ind.id] = { ...errors[ind.id], editReason: messages.editReason }
    if (mode === 'submit' && d.value === null && d.text.trim() === '')
      errors[ind.id] = { ...errors[ind.id], value: messages.incomplete }
  }
  return errors
}

/**
 * The server's `fields` (`items.3.editReason`, or keys naming an indikator id) mapped onto
 * the inputs; `items.N` counts indikator in the order the form sends them. Keys that fit no
 * input are returned as `other` (shown above the form).
 */
export function mapServerFields(
  detail: Pick<AssessmentDetail, 'rhk'>,
  fields: Record<string, string>,
): { byIndikator: FieldErrors; other: string[] } {
  const order = indikatorOrder(detail)
  const ids = new Set(order.map((i) => i.id))
  const byIndikator: FieldErrors = {}
  const other: string[] = []
  const put = (id: string, field: RealisasiField, message: string) => {
    byIndikator[id] = { ...byIndikator[id], [field]: message }
  }
  for (const [key, message] of Object.entries(fields)) {
    const parts = key.split('.')
    const last = parts[parts.length - 1] ?? ''
    const field: RealisasiField = (FIELD_NAMES as readonly string[]).includes(last)
      ? (last as RealisasiField)
      : 'value'
    const itemsAt = parts[0] === 'items' && parts[1] !== undefined ? Number(parts[1]) : NaN
    const byIndex = Number.isInteger(itemsAt) ? order[itemsAt] : undefined
    const named = parts.find((p) => ids.has(p))
    if (byIndex) put(byIndex.id, field, message)
    else if (named) put(named, field, message)
    else other.push(message)
  }
  return { byIndikator, other }
}

/** Indikator ids with an error, in form order (to scroll to the first). */
export function erroredIndikator(detail: Pick<AssessmentDetail, 'rhk'>, errors: FieldErrors) {
  return indikatorOrder(detail)
    .map((i) => i.id)
    .filter((id) => Object.values(errors[id] ?? {}).some(Boolean))
}

/**
 * The owner may file a keberatan now: the workflow allows it (final, not acknowledged) and
 * the window (local days, inclusive) is still open.
 */
export function canObjectNow(
  a: Pick<AssessmentDetail, 'actions' | 'acknowledgedAt' | 'objectionOpenUntil'>,
  today: string,
): boolean {
  if (!a.actions.includes('object') || a.acknowledgedAt) return false
  return a.objectionOpenUntil === null || daysFromTo(today, a.objectionOpenUntil) >= 0
}

export const OBJECTION_MIN_CHARS = 20

/** A complete http(s) address (what the server accepts as a link). */
export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text.trim())
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== ''
  } catch {
    return false
  }
}

/** What the owner's page says the situation is (the guide at the top). */
export type OwnerStage =
  | 'fill'
  | 'not_started'
  | 'deadline_passed'
  | 'waiting'
  | 'result_new'
  | 'result_accepted'
  | 'objected'
  | 'decided'

export function ownerStage(
  a: Pick<
    AssessmentSummary,
    'status' | 'period' | 'effectiveDeadline' | 'extendedUntil' | 'acknowledgedAt'
  >,
  today: string,
): OwnerStage {
  switch (a.status) {
    case 'draft':
    case 'reopened': {
      const info = deadlineInfo(a, today)
      if (info.kind === 'not_started') return 'not_started'
      if (info.kind === 'passed') return 'deadline_passed'
      return 'fill'
    }
    case 'submitted':
    case 'rated':
      return 'waiting'
    case 'finalised':
      return a.acknowledgedAt ? 'result_accepted' : 'result_new'
    case 'objected':
      return 'objected'
    case 'decided':
      return 'decided'
  }
}
