/**
 * Reward and coaching recommendations from a person's predikat history (newest first).
 * Pure and explainable: every recommendation carries the rule that produced it in words.
 */
import { PREDIKAT_LABEL, type Predikat } from './predikat.ts'

export const RECOMMENDATION_KINDS = ['reward', 'coaching'] as const
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number]

export type PredikatHistoryItem = { periodId: string; periodName: string; predikat: Predikat }

export type RecommendationRule = {
  kind: RecommendationKind
  reason: string
}

const NEEDS_COACHING: readonly Predikat[] = ['butuh_perbaikan', 'kurang', 'sangat_kurang']

/**
 * `history` = final predikat of consecutive periods of one kind (all periodic, or all annual),
 * newest first. Sangat Baik in the last two → reward candidate; the latest below Baik → coaching.
 */
export function recommend(history: readonly PredikatHistoryItem[]): RecommendationRule | null {
  const [latest, previous] = history
  if (!latest) return null
  if (latest.predikat === 'sangat_baik' && previous?.predikat === 'sangat_baik')
    return {
      kind: 'reward',
      reason: `Sangat Baik dua kali berturut-turut (${previous.periodName} dan ${latest.periodName})`,
    }
  if (NEEDS_COACHING.includes(latest.predikat))
    return {
      kind: 'coaching',
      reason: `Predikat ${PREDIKAT_LABEL[latest.predikat]} pada ${latest.periodName}`,
    }
  return null
}

/** Kenaikan pangkat reguler: predikat at least Baik in each of the last two annual results. */
export function atLeastBaik(predikat: Predikat): boolean {
  return predikat === 'sangat_baik' || predikat === 'baik'
}
