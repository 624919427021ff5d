/**
 * Realisasi against a target as a whole percentage for the progress bar and its label. A
 * target of 0 counts as reached by any realisasi; more than the target shows more than 100.
 */
export function percentOf(realisasi: number, target: number): number {
  if (target <= 0) return realisasi > 0 ? 100 : 0
  return Math.round((realisasi / target) * 100)
}
