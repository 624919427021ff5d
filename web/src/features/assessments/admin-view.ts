/**
 * Pure logic of the leaders' and admins' assessment screens (/penilaian/organisasi,
 * /penilaian/pengaturan, the keberatan and reopen dialogs): which period opens first, what an
 * organisational predikat means for the unit, what a refused penetapan asks of the person, and
 * the requests the dialogs send. Rules come from shared/rules; nothing here is decided twice.
 */
import type {
  AssessmentDetail,
  AssessmentPeriod,
  DistributionView,
  Extension,
} from '../../../../shared/assessments.ts'
import type { ObjectionDecision } from '../../../../shared/rules/assessment-workflow.ts'
import { objectionOpenUntil } from '../../../../shared/rules/assessment-workflow.ts'
import { checkDistribution } from '../../../../shared/rules/distribution.ts'
import type { DistributionCheck } from '../../../../shared/rules/distribution.ts'
import {
  predikatOf,
  ratingHasilForUnitHead,
  type OrgPredikat,
  type Predikat,
  type Rating,
} from '../../../../shared/rules/predikat.ts'
import { ApiError } from '../../lib/api-client.ts'
import type { DecideInput, OrgPredikatInput, OrgPredikatItem } from './api.ts'

// ---------- periods ----------
type PeriodLike = Pick<AssessmentPeriod, 'id' | 'kind' | 'seq' | 'startDate' | 'endDate'>

/** Periodic periods in calendar order, then the annual evaluation of the year. */
export function orderPeriods<T extends PeriodLike>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => {
    const annual = Number(a.kind === 'annual') - Number(b.kind === 'annual')
    if (annual !== 0) return annual
    return a.startDate.localeCompare(b.startDate) || a.seq - b.seq
  })
}

/**
 * The period a leader most likely works on: the periodic one containing today; else the one
 * that ended last (the annual evaluation when it ends together with the last periodic one —
 * the year's final result); before the year starts, its first period.
 */
export function defaultPeriodId(periods: readonly PeriodLike[], today: string): string | null {
  const ordered = orderPeriods(periods)
  const running = ordered.find(
    (p) => p.kind !== 'annual' && p.startDate <= today && today <= p.endDate,
  )
  if (running) return running.id
  const ended = ordered.filter((p) => p.endDate < today)
  if (ended.length > 0) {
    const last = ended.reduce((best, p) =>
      p.endDate > best.endDate || (p.endDate === best.endDate && p.kind === 'annual') ? p : best,
    )
    return last.id
  }
  return ordered[0]?.id ?? null
}

// ---------- organisational predikat ----------
/** Statuses that count as done for the unit's penetapan (UNIT_NOT_COMPLETE otherwise). */
export const FINAL_STATUSES = ['finalised', 'objected', 'decided'] as const

/** People in the group whose assessment is not final yet. */
export function notFinalPeople(view: Pick<DistributionView, 'people'>): DistributionView['people'] {
  return view.people.filter((p) => !(FINAL_STATUSES as readonly string[]).includes(p.status))
}

/** A long list of names cut to the first `max`, with how many more there are. */
export function firstNames(
  names: readonly string[],
  max: number,
): { shown: string[]; more: number } {
  const shown = names.slice(0, Math.max(0, max))
  return { shown, more: names.length - shown.length }
}

/** The one-word verdict of a group's distribution next to its (possibly folded) chart. */
export function distributionVerdict(
  view: Pick<DistributionView, 'check'>,
): 'none' | 'within' | 'within_so_far' | 'outside' {
  if (!view.check) return 'none'
  if (!view.check.withinPattern) return 'outside'
  return view.check.pending > 0 ? 'within_so_far' : 'within'
}

export type OrgConsequence = {
  /** The rating hasil kerja the unit head gets from this value. */
  headRating: Rating
  /** The pattern of this value checked against the unit's predikat so far. */
  check: DistributionCheck
}

/**
 * What choosing `value` means: the pattern the unit's predikat must follow (limits in whole
 * people for this unit's size) and the unit head's rating hasil kerja (domain.md mapping).
 */
export function orgPredikatConsequence(
  value: OrgPredikat,
  view: Pick<DistributionView, 'counts' | 'total'>,
): OrgConsequence {
  const rated = Object.values(view.counts).reduce((s, n) => s + n, 0)
  return {
    headRating: ratingHasilForUnitHead(value),
    check: checkDistribution(value, view.counts, Math.max(view.total, rated)),
  }
}

export type OrgUnitState = {
  /** Penetapan done: the value and the unit's assessments are locked. */
  locked: boolean
  /** May set or change the value (the leader one level up; not after penetapan). */
  canEdit: boolean
  canFinalise: boolean
  /** Admins reopen a unit after penetapan. */
  canReopen: boolean
  /** The Format Penetapan documents exist once the unit is finalised. */
  canDownload: boolean
}

export function orgUnitState(
  item: Pick<OrgPredikatItem, 'canSet' | 'finalisedAt' | 'value'>,
  admin: boolean,
): OrgUnitState {
  const locked = item.finalisedAt !== null
  return {
    locked,
    canEdit: item.canSet && !locked,
    canFinalise: item.canSet && !locked && item.value !== null,
    canReopen: admin && locked,
    canDownload: locked,
  }
}

/** The PUT body: the row's version only when it exists (first setting omits it). */
export function orgPredikatInput(
  item: Pick<OrgPredikatItem, 'unitId' | 'value' | 'setAt' | 'version'>,
  periodId: string,
  value: OrgPredikat,
  note: string,
): OrgPredikatInput {
  const exists = item.value !== null || item.setAt !== null
  return {
    unitId: item.unitId,
    periodId,
    value,
    note: note.trim() === '' ? null : note.trim(),
    ...(exists ? { version: item.version } : {}),
  }
}

export type OrgSummary = { units: number; set: number; finalised: number; editable: number }

export function orgSummary(
  items: readonly Pick<OrgPredikatItem, 'value' | 'finalisedAt' | 'canSet'>[],
): OrgSummary {
  return {
    units: items.length,
    set: items.filter((i) => i.value !== null).length,
    finalised: items.filter((i) => i.finalisedAt !== null).length,
    editable: items.filter((i) => i.canSet).length,
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The group's distribution sent with DISTRIBUTION_OUTSIDE_PATTERN / DISTRIBUTION_BLOCKED. */
export function distributionOfError(error: unknown): DistributionView | null {
  if (!(error instanceof ApiError) || !isRecord(error.body)) return null
  const d = error.body.distribution
  if (!isRecord(d) || typeof d.unitId !== 'string' || !Array.isArray(d.people)) return null
  return d as DistributionView
}

export type FinaliseProblem =
  | { kind: 'not_complete'; message: string }
  | { kind: 'justify'; message: string; distribution: DistributionView | null }
  | { kind: 'blocked'; message: string; distribution: DistributionView | null }
  | { kind: 'not_set'; message: string }
  | { kind: 'locked'; message: string }
  | { kind: 'other' }

/** What a refused penetapan (or finalise) asks of the person, by the answer's reason. */
export function finaliseProblem(error: unknown): FinaliseProblem {
  if (!(error instanceof ApiError) || error.status !== 409) return { kind: 'other' }
  switch (error.reason) {
    case 'UNIT_NOT_COMPLETE':
      return { kind: 'not_complete', message: error.message }
    case 'DISTRIBUTION_OUTSIDE_PATTERN':
      return { kind: 'justify', message: error.message, distribution: distributionOfError(error) }
    case 'DISTRIBUTION_BLOCKED':
      return { kind: 'blocked', message: error.message, distribution: distributionOfError(error) }
    case 'ORG_PREDIKAT_NOT_SET':
      return { kind: 'not_set', message: error.message }
    case 'ORG_PREDIKAT_LOCKED':
      return { kind: 'locked', message: error.message }
    case undefined:
    default:
      return { kind: 'other' }
  }
}

/** The rules a justification has to explain (violated ones; all of them when none is). */
export function violatedRuleTexts(view: DistributionView | null): string[] {
  const rules = view?.check?.rules ?? []
  return rules.filter((r) => r.status === 'violated').map((r) => r.text)
}

// ---------- keberatan ----------
export type DecideValues = {
  decision: ObjectionDecision | null
  note: string
  ratingHasil: Rating | null
  ratingPerilaku: Rating | null
}

type DecideSubject = Pick<
  AssessmentDetail,
  'version' | 'ratingHasil' | 'ratingPerilaku' | 'predikat' | 'ratingHasilSource' | 'pegawai'
>

/**
 * A unit head's rating hasil kerja follows the unit's organisational predikat: granting a
 * keberatan changes only the rating perilaku for them.
 */
export function isHasilFromOrg(a: Pick<DecideSubject, 'ratingHasilSource' | 'pegawai'>): boolean {
  return a.ratingHasilSource === 'org_predikat' || a.pegawai.headsUnitId !== null
}

export function decideInitialValues(a: DecideSubject): DecideValues {
  return { decision: null, note: '', ratingHasil: a.ratingHasil, ratingPerilaku: a.ratingPerilaku }
}

/** The predikat after the decision: unchanged when refused, from the quadrant when granted. */
export function decidePreview(a: DecideSubject, values: DecideValues): Predikat | null {
  if (values.decision !== 'dikabulkan') return a.predikat
  const hasil = isHasilFromOrg(a) ? a.ratingHasil : values.ratingHasil
  if (!hasil || !values.ratingPerilaku) return null
  return predikatOf(hasil, values.ratingPerilaku)
}

/** Ratings a granted keberatan still needs. */
export function missingDecideRatings(
  a: DecideSubject,
  values: DecideValues,
): ('ratingHasil' | 'ratingPerilaku')[] {
  if (values.decision !== 'dikabulkan') return []
  const missing: ('ratingHasil' | 'ratingPerilaku')[] = []
  if (!isHasilFromOrg(a) && !values.ratingHasil) missing.push('ratingHasil')
  if (!values.ratingPerilaku) missing.push('ratingPerilaku')
  return missing
}

/** Granted with the same ratings: allowed, but worth a word to the reviewer. */
export function decideKeepsRatings(a: DecideSubject, values: DecideValues): boolean {
  if (values.decision !== 'dikabulkan') return false
  const hasilSame = isHasilFromOrg(a) || values.ratingHasil === a.ratingHasil
  return hasilSame && values.ratingPerilaku === a.ratingPerilaku
}

/** The POST body: ratings only when granted; never the org-derived rating hasil. */
export function decideRequest(
  a: DecideSubject,
  values: DecideValues & { decision: ObjectionDecision },
): DecideInput {
  const base = { version: a.version, decision: values.decision, note: values.note.trim() }
  if (values.decision === 'ditolak') return base
  return {
    ...base,
    ...(!isHasilFromOrg(a) && values.ratingHasil ? { ratingHasil: values.ratingHasil } : {}),
    ...(values.ratingPerilaku ? { ratingPerilaku: values.ratingPerilaku } : {}),
  }
}

// ---------- settings & extensions ----------
/** The keberatan window for an assessment finalised today, as the setting would make it. */
export function objectionExample(today: string, days: number): string | null {
  if (!Number.isInteger(days) || days < 1 || days > 60) return null
  return objectionOpenUntil(today, days)
}

export type UntilProblem = 'required' | 'invalid' | 'before_deadline'

/** An extension's end day: a real calendar day, not before the period's batas pengisian. */
export function extensionUntilProblem(until: string, deadline: string): UntilProblem | null {
  if (until.trim() === '') return 'required'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return 'invalid'
  const d = new Date(`${until}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== until) return 'invalid'
  if (until < deadline) return 'before_deadline'
  return null
}

export type ExtensionTarget = { kind: 'pegawai' | 'unit'; name: string }

export function extensionTarget(
  e: Pick<Extension, 'pegawaiId' | 'pegawaiName' | 'unitName'>,
): ExtensionTarget {
  if (e.pegawaiId !== null) return { kind: 'pegawai', name: e.pegawaiName ?? '—' }
  return { kind: 'unit', name: e.unitName ?? '—' }
}

/** Latest end day first; then units before people; then by name. */
export function sortExtensions<T extends Extension>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.until !== b.until) return b.until.localeCompare(a.until)
    const ta = extensionTarget(a)
    const tb = extensionTarget(b)
    if (ta.kind !== tb.kind) return ta.kind === 'unit' ? -1 : 1
    return ta.name.localeCompare(tb.name, 'id')
  })
}
