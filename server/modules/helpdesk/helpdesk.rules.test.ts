import { describe, expect, it } from 'vitest'
import {
  slaState,
  statusChangeActions,
  TICKET_STATUSES,
  ticketActions,
  type TicketAction,
  type TicketStatus,
} from '../../../shared/helpdesk.ts'

/** The pure rules of shared/helpdesk.ts the API authorises with and the web shows. */
const ME = 'u-me'
const reporter = { userId: ME, isReporter: true, isStaff: false }
const staff = { userId: ME, isReporter: false, isStaff: true }
const both = { userId: ME, isReporter: true, isStaff: true }
const stranger = { userId: ME, isReporter: false, isStaff: false }

describe('ticketActions', () => {
  // [status, assignee, satisfaction, reporter's actions, staff's actions]
  const table: [TicketStatus, string | null, number | null, TicketAction[], TicketAction[]][] = [
    ['baru', null, null, ['reply', 'close'], ['reply', 'take', 'set_status']],
    ['baru', 'u-other', null, ['reply', 'close'], ['reply', 'take', 'set_status']],
    ['baru', ME, null, ['reply', 'close'], ['reply', 'set_status']],
    ['diproses', ME, null, ['reply', 'close'], ['reply', 'set_status']],
    ['menunggu_pengguna', 'u-other', null, ['reply', 'close'], ['reply', 'take', 'set_status']],
    ['selesai', ME, null, ['reopen', 'rate'], ['set_status']],
    ['selesai', null, 4, ['reopen'], ['set_status']],
  ]
  it.each(table)(
    '%s, assignee %s, rated %s → reporter %j, PIC side %j',
    (status, assigneeUserId, satisfaction, forReporter, forStaff) => {
      const t = { status, assigneeUserId, satisfaction }
      expect(ticketActions(t, reporter)).toEqual(forReporter)
      expect(ticketActions(t, staff)).toEqual(forStaff)
      expect(ticketActions(t, stranger)).toEqual([])
      // Both (an admin's own ticket): the union, in the order of TICKET_ACTIONS.
      const union = new Set([...forReporter, ...forStaff])
      expect(ticketActions(t, both)).toEqual(
        (['reply', 'take', 'set_status', 'close', 'reopen', 'rate'] as const).filter((a) =>
          union.has(a),
        ),
      )
    },
  )
})

describe('statusChangeActions', () => {
  it('names the actions allowing each change', () => {
    const got = Object.fromEntries(
      TICKET_STATUSES.flatMap((from) =>
        TICKET_STATUSES.map((to) => [`${from}→${to}`, statusChangeActions(from, to)]),
      ),
    )
    expect(got).toEqual({
      'baru→baru': [],
      'baru→diproses': ['set_status'],
      'baru→menunggu_pengguna': ['set_status'],
      'baru→selesai': ['close', 'set_status'],
      'diproses→baru': [],
      'diproses→diproses': [],
      'diproses→menunggu_pengguna': ['set_status'],
      'diproses→selesai': ['close', 'set_status'],
      'menunggu_pengguna→baru': [],
      'menunggu_pengguna→diproses': ['set_status'],
      'menunggu_pengguna→menunggu_pengguna': [],
      'menunggu_pengguna→selesai': ['close', 'set_status'],
      'selesai→baru': [],
      'selesai→diproses': ['reopen', 'set_status'],
      'selesai→menunggu_pengguna': ['set_status'],
      'selesai→selesai': [],
    })
  })
})

describe('slaState', () => {
  const due = '2026-11-27T10:00:00.000Z'
  it.each([
    [null, '2026-11-27T09:59:59.999Z', 'running'],
    [null, '2026-11-27T10:00:00.000Z', 'running'],
    [null, '2026-11-27T10:00:00.001Z', 'breached'],
    ['2026-11-27T10:00:00.000Z', '2026-12-01T00:00:00Z', 'met'],
    ['2026-11-27T10:00:00.001Z', '2026-11-27T10:00:00.001Z', 'breached'],
    ['2026-11-27T03:00:00Z', '2026-11-27T03:00:00Z', 'met'],
  ] as const)('done %s, now %s → %s', (done, now, state) => {
    expect(slaState(due, done, new Date(now))).toBe(state)
  })
})
