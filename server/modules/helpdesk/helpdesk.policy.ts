import type { TicketViewer } from '../../../shared/helpdesk.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'

/** The admin of the instansi (a super admin works inside an instansi like any admin). */
export const isHelpdeskAdmin = (actor: Actor, instansiId: string) =>
  actor.instansiId === instansiId &&
  (hasRole(actor, 'admin_instansi') || hasRole(actor, 'super_admin'))

/** The PIC side of an instansi's helpdesk: its PIC helpdesk and its admins. */
export const isHelpdeskStaff = (actor: Actor, instansiId: string) =>
  isHelpdeskAdmin(actor, instansiId) ||
  (actor.instansiId === instansiId && hasRole(actor, 'pic_helpdesk'))

/** How the actor stands to a ticket; neither reporter nor staff = may not see it (404). */
export function ticketViewer(
  actor: Actor,
  t: { instansiId: string; reporterUserId: string },
): TicketViewer {
  return {
    userId: actor.userId,
    isReporter: actor.instansiId === t.instansiId && t.reporterUserId === actor.userId,
    isStaff: isHelpdeskStaff(actor, t.instansiId),
  }
}

/** How a staff member signs a message: PIC when they hold the role, else admin. */
export const staffRole = (actor: Actor): 'pic' | 'admin' =>
  hasRole(actor, 'pic_helpdesk') ? 'pic' : 'admin'
