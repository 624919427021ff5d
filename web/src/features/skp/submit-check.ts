import type { Rhk, Skp } from '../../../../shared/skp.ts'
import { ApiError } from '../../lib/api-client.ts'

/**
 * What the owner can check before pressing "Ajukan": the conditions the server enforces on
 * submission (an RHK, complete indicators, a perspektif for JPT, an atasan and an intervened
 * atasan RHK for every RHK utama of a JA/JF SKP), shown as a checklist so a refusal is
 * never a surprise.
 */
export type SubmitCheckKey =
  'hasUtama' | 'targetsComplete' | 'perspektif' | 'hasAtasan' | 'interventions'
export type SubmitCheck = { key: SubmitCheckKey; ok: boolean; missing: number }

type CheckedSkp = Pick<Skp, 'rhk' | 'variant' | 'pendekatan' | 'atasan'>

function indikatorComplete(skp: CheckedSkp, k: Rhk['indikator'][number]): boolean {
  if (skp.pendekatan === 'kuantitatif')
    return k.targetValue != null && Boolean(k.targetUnit?.trim()) && k.aspek !== null
  return Boolean(k.targetText?.trim())
}

/**
 * An RHK utama of a JA/JF SKP must intervene an atasan RHK or come from a team lead's
 * penugasan; RHK tambahan may stand alone.
 */
export function needsIntervention(variant: Skp['variant'], r: Rhk): boolean {
  return (
    variant === 'ja_jf' &&
    r.jenis === 'utama' &&
    r.interventions.length === 0 &&
    r.penugasanDariPegawaiId === null
  )
}

export function submitChecklist(skp: CheckedSkp): SubmitCheck[] {
  const incomplete = skp.rhk.filter(
    (r) => r.indikator.length === 0 || r.indikator.some((k) => !indikatorComplete(skp, k)),
  ).length
  const checks: SubmitCheck[] = [
    { key: 'hasUtama', ok: skp.rhk.some((r) => r.jenis === 'utama'), missing: 0 },
    { key: 'targetsComplete', ok: incomplete === 0, missing: incomplete },
  ]
  if (skp.variant === 'jpt') {
    const without = skp.rhk.filter((r) => !r.perspektif).length
    checks.push({ key: 'perspektif', ok: without === 0, missing: without })
  } else {
    const without = skp.rhk.filter((r) => needsIntervention(skp.variant, r)).length
    checks.push({ key: 'hasAtasan', ok: skp.atasan !== null, missing: 0 })
    checks.push({ key: 'interventions', ok: without === 0, missing: without })
  }
  return checks
}

/** Why the server refused a submission (400 with one of these reasons). */
export const SUBMIT_REFUSALS = [
  'NO_RHK',
  'NO_ATASAN',
  'ATASAN_HAS_NO_RHK',
  'INCOMPLETE_CONTENT',
  'RHK_WITHOUT_INTERVENTION',
] as const
export type SubmitRefusal = (typeof SUBMIT_REFUSALS)[number]

export type Refusal = {
  reason: SubmitRefusal | null
  /** The server's message; it names the atasan where that matters. */
  message: string
  /** Field messages (`rhk.2.indikator.0.targetValue` → text), to point at the RHK. */
  fields: Record<string, string>
}

/** A refused submission as the screen shows it, or null for any other error. */
export function submitRefusal(error: unknown): Refusal | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  const reason = SUBMIT_REFUSALS.find((r) => r === error.reason) ?? null
  if (!reason && Object.keys(error.fields).length > 0) return null
  return { reason, message: error.message, fields: error.fields }
}
