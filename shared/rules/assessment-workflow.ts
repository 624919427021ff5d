/**
 * The assessment workflow as data plus pure functions, like skp-workflow.ts: the API asserts
 * transitions inside the transaction (row locked, version checked) and the UI asks the same
 * table which buttons to show.
 *
 *   draft ──submit──▶ submitted ──rate──▶ rated ──finalise──▶ finalised ──object──▶ objected
 *     ▲                   ▲  (rate again while rated)          │  acknowledge        │ decide
 *     └──── reopened ◀────┴───────────── reopen (admin, reason) ┴──────────────────▶ decided
 *
 * "reopened" behaves like draft for the pegawai (realisasi editable, submit again) and like
 * submitted for the atasan (may rate again).
 */
export const ASSESSMENT_STATUSES = [
  'draft',
  'submitted',
  'rated',
  'finalised',
  'objected',
  'decided',
  'reopened',
] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

export const ASSESSMENT_ACTIONS = [
  'submit',
  'rate',
  'finalise',
  'acknowledge',
  'object',
  'decide',
  'reopen',
] as const
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number]

/**
 * owner = the assessed pegawai; assessor = the snapshotted pejabat penilai; reviewer = the
 * snapshotted atasan pejabat penilai (decides a keberatan); admin = admin instansi.
 */
export type AssessmentActorRole = 'owner' | 'assessor' | 'reviewer' | 'admin'

type Transition = {
  from: readonly AssessmentStatus[]
  to: AssessmentStatus
  by: readonly AssessmentActorRole[]
}

export const ASSESSMENT_TRANSITIONS: Record<AssessmentAction, Transition> = {
  submit: { from: ['draft', 'reopened'], to: 'submitted', by: ['owner'] },
  rate: { from: ['submitted', 'rated', 'reopened'], to: 'rated', by: ['assessor'] },
  finalise: { from: ['rated'], to: 'finalised', by: ['assessor'] },
  // Acknowledging keeps the status and records the date; no keberatan afterwards.
  acknowledge: { from: ['finalised'], to: 'finalised', by: ['owner'] },
  object: { from: ['finalised'], to: 'objected', by: ['owner'] },
  decide: { from: ['objected'], to: 'decided', by: ['reviewer'] },
  reopen: { from: ['finalised', 'objected', 'decided'], to: 'reopened', by: ['admin'] },
}

export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = {
  draft: 'Belum diajukan',
  submitted: 'Diajukan',
  rated: 'Sudah dinilai',
  finalised: 'Final',
  objected: 'Keberatan diajukan',
  decided: 'Keberatan diputuskan',
  reopened: 'Dibuka kembali',
}

export function canAssessmentTransition(status: AssessmentStatus, action: AssessmentAction) {
  return ASSESSMENT_TRANSITIONS[action].from.includes(status)
}

/** The actions an actor with these roles may take in this status (for the buttons). */
export function availableAssessmentActions(
  status: AssessmentStatus,
  roles: readonly AssessmentActorRole[],
): AssessmentAction[] {
  return ASSESSMENT_ACTIONS.filter(
    (a) =>
      canAssessmentTransition(status, a) &&
      ASSESSMENT_TRANSITIONS[a].by.some((r) => roles.includes(r)),
  )
}

/** The pegawai edits realisasi and evidence only before submitting (or after a reopen). */
export const isRealisasiEditable = (status: AssessmentStatus) =>
  status === 'draft' || status === 'reopened'

/** The assessor writes umpan balik until the assessment is final. */
export const isFeedbackEditable = (status: AssessmentStatus) =>
  status === 'draft' || status === 'submitted' || status === 'rated' || status === 'reopened'

/** Ratings and predikat are shown to the pegawai only once final (never while being rated). */
export const isResultVisibleToOwner = (status: AssessmentStatus) =>
  status === 'finalised' || status === 'objected' || status === 'decided'

/** Counted in the unit's distribution: every assessment that has a predikat. */
export const hasPredikat = (status: AssessmentStatus) =>
  status === 'rated' || status === 'finalised' || status === 'objected' || status === 'decided'

export const OBJECTION_DECISIONS = ['ditolak', 'dikabulkan'] as const
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number]
export const OBJECTION_DECISION_LABEL: Record<ObjectionDecision, string> = {
  ditolak: 'Ditolak (predikat tetap)',
  dikabulkan: 'Dikabulkan (rating diubah)',
}

/**
 * The keberatan window: open until the end of the `days`-th calendar day after finalising,
 * in the instansi's local calendar (`finalisedDay` is that local day). Default 14.
 */
export function objectionOpenUntil(finalisedDay: string, days: number): string {
  const d = new Date(`${finalisedDay}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
