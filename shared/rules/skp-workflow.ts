/**
 * The SKP workflow as data plus one pure function (design/domain.md "Workflow"; research §3).
 * The API asserts transitions inside the transaction; the UI asks the same table which
 * buttons to show. "ditutup" ends an SKP for good (mutasi, exit): a new SKP is opened.
 */
export const SKP_STATUSES = ['draft', 'diajukan', 'dikembalikan', 'disetujui', 'ditutup'] as const
export type SkpStatus = (typeof SKP_STATUSES)[number]

export const SKP_ACTIONS = ['submit', 'approve', 'return', 'revise', 'close'] as const
export type SkpAction = (typeof SKP_ACTIONS)[number]

/** Who may take an action: the owner, the snapshotted atasan (or an admin acting for them), or an admin. */
export type SkpActorRole = 'owner' | 'atasan' | 'admin'

type Transition = { from: readonly SkpStatus[]; to: SkpStatus; by: readonly SkpActorRole[] }

export const SKP_TRANSITIONS: Record<SkpAction, Transition> = {
  submit: { from: ['draft', 'dikembalikan'], to: 'diajukan', by: ['owner'] },
  approve: { from: ['diajukan'], to: 'disetujui', by: ['atasan'] },
  return: { from: ['diajukan'], to: 'dikembalikan', by: ['atasan'] },
  // A change to an approved SKP starts a new revision that needs approval again.
  revise: { from: ['disetujui'], to: 'draft', by: ['owner'] },
  close: { from: ['draft', 'diajukan', 'dikembalikan', 'disetujui'], to: 'ditutup', by: ['admin'] },
}

export const SKP_STATUS_LABEL: Record<SkpStatus, string> = {
  draft: 'Draf',
  diajukan: 'Diajukan',
  dikembalikan: 'Dikembalikan',
  disetujui: 'Disetujui',
  ditutup: 'Ditutup',
}

export function canTransition(status: SkpStatus, action: SkpAction): boolean {
  return SKP_TRANSITIONS[action].from.includes(status)
}

/** The actions an actor with these roles may take on an SKP in this status (for the buttons). */
export function availableActions(status: SkpStatus, roles: readonly SkpActorRole[]): SkpAction[] {
  return SKP_ACTIONS.filter(
    (a) => canTransition(status, a) && SKP_TRANSITIONS[a].by.some((r) => roles.includes(r)),
  )
}

/** The owner edits the content only while the SKP is a draft or was returned. */
export const isSkpEditable = (status: SkpStatus) => status === 'draft' || status === 'dikembalikan'
