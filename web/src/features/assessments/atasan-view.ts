/**
 * Pure helpers of the atasan's assessment screens (`/penilaian/bawahan` and the one-screen
 * assessment of a subordinate): which period to open, the live distribution preview with the
 * predikat being chosen, the warnings it raises, the umpan balik draft, and reading the 409
 * answers of finalising. No React here, so every rule is tested on its own.
 */
import type {
  AssessmentDetail,
  AssessmentSummary,
  DistributionView,
  FeedbackInput,
} from '../../../../shared/assessments.ts'
import { CORE_VALUES } from '../../../../shared/rules/berakhlak.ts'
import type { CoreValue } from '../../../../shared/rules/berakhlak.ts'
import {
  checkDistribution,
  emptyCounts,
  type DistributionCheck,
  type PredikatCounts,
  type RuleResult,
} from '../../../../shared/rules/distribution.ts'
import { hasPredikat } from '../../../../shared/rules/assessment-workflow.ts'
import type { AssessmentStatus } from '../../../../shared/rules/assessment-workflow.ts'
import {
  PREDIKAT,
  predikatOf,
  ratingHasilForUnitHead,
  suggestRatingHasil,
  type Predikat,
  type Rating,
} from '../../../../shared/rules/predikat.ts'
import { ApiError } from '../../lib/api-client.ts'

// ---------- period ----------
type PeriodLike = {
  id: string
  kind: string
  startDate: string
  endDate: string
  deadline: string
}

/**
 * The period the list opens on: the one containing today (a periodic one before the annual,
 * which spans the whole year), else the latest that has ended (the later batas pengisian
 * first, so at the end of a past year that is the annual evaluation), else the first one.
 */
export function defaultPeriodId(periods: readonly PeriodLike[], today: string): string | null {
  const containing = periods.filter((p) => p.startDate <= today && today <= p.endDate)
  const running = containing.find((p) => p.kind !== 'annual') ?? containing[0]
  if (running) return running.id
  const past = periods
    .filter((p) => p.endDate < today)
    .sort((a, b) => b.endDate.localeCompare(a.endDate) || b.deadline.localeCompare(a.deadline))
  if (past[0]) return past[0].id
  const upcoming = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate))
  return upcoming[0]?.id ?? null
}

// ---------- ratings ----------
/** The rating hasil kerja that counts: a unit head's comes from the unit's organisational predikat. */
export function effectiveRatingHasil(
  detail: Pick<AssessmentDetail, 'pegawai' | 'orgPredikat'>,
  chosen: Rating | null,
): Rating | null {
  if (detail.pegawai.headsUnitId) {
    const org = detail.orgPredikat
    return org && org.unitId === detail.pegawai.headsUnitId
      ? ratingHasilForUnitHead(org.value)
      : null
  }
  return chosen
}

/** The predikat the quadrant gives for the two ratings, or null until both are chosen. */
export function previewPredikat(hasil: Rating | null, perilaku: Rating | null): Predikat | null {
  return hasil && perilaku ? predikatOf(hasil, perilaku) : null
}

// ---------- distribution ----------
export type DistributionPreview = {
  counts: PredikatCounts
  total: number
  /** Null while the group has no organisational predikat. */
  check: DistributionCheck | null
  /** The person's predikat as counted now (before the preview), if any. */
  previous: Predikat | null
  /** The predikat the preview puts in its place. */
  next: Predikat | null
  /** Whether the preview differs from what the server counts. */
  changed: boolean
}

/**
 * The group's distribution as it would be with `preview.predikat` for this person: their
 * current predikat (counted only when its status has one) is taken out, the preview put in,
 * and the pattern checked again with the same function the server uses.
 */
export function previewDistribution(
  view: DistributionView,
  preview: { assessmentId: string; predikat: Predikat | null } | null,
): DistributionPreview {
  const counts: PredikatCounts = { ...emptyCounts(), ...view.counts }
  const orgPredikat = view.check?.orgPredikat ?? view.orgPredikat?.value ?? null
  let total = view.check?.total ?? view.total
  let previous: Predikat | null = null
  let next: Predikat | null = null
  const person = preview
    ? view.people.find((p) => p.assessmentId === preview.assessmentId)
    : undefined
  if (person && person.predikat && hasPredikat(person.status)) previous = person.predikat
  next = previous
  // Nothing chosen yet: the group stays as the server counts it.
  if (preview?.predikat) {
    if (previous) counts[previous] = Math.max(0, counts[previous] - 1)
    next = preview.predikat
    counts[next] += 1
    // Someone the view does not list yet (just created) still belongs to the group.
    const rated = PREDIKAT.reduce((s, p) => s + counts[p], 0)
    if (rated > total) total = rated
  }
  const changed = previous !== next
  // Always checked here with the server's own function (same pattern, same rounding), so the
  // preview and the unchanged view read alike.
  const check = orgPredikat === null ? null : checkDistribution(orgPredikat, counts, total)
  return { counts: check?.counts ?? counts, total, check, previous, next, changed }
}

/** The rules a check breaks, and those still open (a minimum that unrated people may meet). */
export function distributionWarnings(check: DistributionCheck | null): {
  violated: RuleResult[]
  open: RuleResult[]
} {
  if (!check) return { violated: [], open: [] }
  return {
    violated: check.rules.filter((r) => r.status === 'violated'),
    open: check.rules.filter((r) => r.status === 'open'),
  }
}

/** A share of the group as a whole percentage for the bar labels (0 when the group is empty). */
export function sharePercent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0
}

export type RuleMarker = { predikat: Predikat; kind: 'max' | 'min'; limit: number }

/**
 * Limit lines on the bars: only rules about one predikat can be drawn on its bar (a limit on
 * "Kurang + Butuh Perbaikan" together is written out in words instead). "None" is a maximum
 * of zero.
 */
export function ruleMarkers(check: DistributionCheck | null): RuleMarker[] {
  if (!check) return []
  const out: RuleMarker[] = []
  for (const r of check.rules) {
    const [only, ...more] = r.rule.predikat
    if (!only || more.length > 0) continue
    if (r.rule.kind === 'max' || r.rule.kind === 'none')
      out.push({ predikat: only, kind: 'max', limit: r.limit })
    else out.push({ predikat: only, kind: 'min', limit: r.limit })
  }
  return out
}

// ---------- the bawahan list ----------
const STATUS_ORDER: Record<AssessmentStatus, number> = {
  submitted: 0,
  reopened: 1,
  rated: 2,
  objected: 3,
  draft: 4,
  decided: 5,
  finalised: 6,
}

/** Who needs the atasan first: submitted (to rate), then rated (to finalise), then the rest. */
export function sortBawahan<T extends Pick<AssessmentSummary, 'status' | 'pegawai'>>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.pegawai.name.localeCompare(b.pegawai.name, 'id'),
  )
}

/** Only rated assessments can be finalised (the workflow's `finalise` transition). */
export const isBulkFinalisable = (a: Pick<AssessmentSummary, 'status'>) => a.status === 'rated'

// ---------- umpan balik draft ----------
export type FeedbackDraft = {
  rhk: Record<string, { rating: Rating | null; body: string }>
  perilaku: Record<CoreValue, string>
}

/** The form's starting point: what the server has for each RHK and BerAKHLAK value. */
export function feedbackDraftOf(detail: Pick<AssessmentDetail, 'rhk' | 'perilaku'>): FeedbackDraft {
  const perilaku = Object.fromEntries(CORE_VALUES.map((v) => [v, ''])) as Record<CoreValue, string>
  for (const p of detail.perilaku) perilaku[p.coreValue] = p.feedback?.body ?? ''
  return {
    rhk: Object.fromEntries(
      detail.rhk.map((r) => [
        r.id,
        { rating: r.feedback?.rating ?? null, body: r.feedback?.body ?? '' },
      ]),
    ),
    perilaku,
  }
}

const clean = (s: string) => (s.trim() === '' ? null : s.trim())

/** The PUT /feedback body for a draft (empty text is sent as null). */
export function feedbackInputOf(
  draft: FeedbackDraft,
  detail: Pick<AssessmentDetail, 'rhk' | 'perilaku' | 'version'>,
): FeedbackInput {
  return {
    version: detail.version,
    rhk: detail.rhk.map((r) => ({
      rhkId: r.id,
      rating: draft.rhk[r.id]?.rating ?? null,
      body: clean(draft.rhk[r.id]?.body ?? ''),
    })),
    perilaku: detail.perilaku.map((p) => ({
      coreValue: p.coreValue,
      body: clean(draft.perilaku[p.coreValue]),
    })),
  }
}

/** Whether the draft says something other than what is saved (ignoring surrounding spaces). */
export function isFeedbackDirty(
  draft: FeedbackDraft,
  detail: Pick<AssessmentDetail, 'rhk' | 'perilaku'>,
): boolean {
  const saved = feedbackDraftOf(detail)
  const rhkDirty = detail.rhk.some((r) => {
    const a = draft.rhk[r.id]
    const b = saved.rhk[r.id]
    return (
      (a?.rating ?? null) !== (b?.rating ?? null) || clean(a?.body ?? '') !== clean(b?.body ?? '')
    )
  })
  return (
    rhkDirty ||
    detail.perilaku.some(
      (p) => clean(draft.perilaku[p.coreValue]) !== clean(saved.perilaku[p.coreValue]),
    )
  )
}

/** The rating hasil suggested by the per-RHK judgements of the draft (never binding). */
export function suggestedRatingHasil(
  draft: FeedbackDraft,
  detail: Pick<AssessmentDetail, 'rhk'>,
): Rating | null {
  return suggestRatingHasil(
    detail.rhk.map((r) => ({ jenis: r.jenis, rating: draft.rhk[r.id]?.rating ?? null })),
  )
}

// ---------- 409 answers of finalising ----------
export type FinaliseRefusal =
  | { kind: 'outside'; distribution: DistributionView | null; message: string }
  | { kind: 'blocked'; distribution: DistributionView | null; message: string }
  | { kind: 'version'; message: string }
  | { kind: 'other'; message: string }

function distributionOf(body: unknown): DistributionView | null {
  if (typeof body !== 'object' || body === null || !('distribution' in body)) return null
  const d = body.distribution
  return typeof d === 'object' && d !== null && 'counts' in d && 'people' in d
    ? (d as DistributionView)
    : null
}

/** What a failed finalise means for the screen: justify, refused by setting, reload, or other. */
export function finaliseRefusal(error: unknown): FinaliseRefusal | null {
  if (!(error instanceof ApiError)) return null
  if (error.status === 409 && error.reason === 'DISTRIBUTION_OUTSIDE_PATTERN')
    return { kind: 'outside', distribution: distributionOf(error.body), message: error.message }
  if (error.status === 409 && error.reason === 'DISTRIBUTION_BLOCKED')
    return { kind: 'blocked', distribution: distributionOf(error.body), message: error.message }
  if (error.status === 409 && error.reason === 'VERSION_CONFLICT')
    return { kind: 'version', message: error.message }
  return { kind: 'other', message: error.message }
}

/** The justification rule of the API (finaliseInputSchema): at least 20 letters after trimming. */
export const JUSTIFICATION_MIN = 20
export const isJustificationValid = (text: string) => text.trim().length >= JUSTIFICATION_MIN

/**
 * Before a bulk finalise: whether any group that someone chosen counts in is outside its
 * pattern already (the chosen are rated, so their predikat is counted). The first such group
 * is shown; "block" wins over "warn" (the instansi setting is the same for every group).
 */
export function bulkFinaliseNeed(
  distributions: readonly DistributionView[],
  chosenIds: ReadonlySet<string>,
): { need: 'none' | 'outside' | 'blocked'; distribution: DistributionView | null } {
  for (const g of distributions) {
    if (!g.people.some((p) => chosenIds.has(p.assessmentId))) continue
    if (g.check && !g.check.withinPattern)
      return { need: g.enforcement === 'block' ? 'blocked' : 'outside', distribution: g }
  }
  return { need: 'none', distribution: null }
}

/** The period choices in reading order: the periodic ones by start date, the annual one last. */
export function orderedPeriods<T extends Pick<PeriodLike, 'kind' | 'startDate'>>(
  periods: readonly T[],
): T[] {
  return [...periods].sort(
    (a, b) =>
      Number(a.kind === 'annual') - Number(b.kind === 'annual') ||
      a.startDate.localeCompare(b.startDate),
  )
}
