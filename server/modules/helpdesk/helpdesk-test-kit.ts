import { expect } from 'vitest'
import type { TicketDetail } from '../../../shared/helpdesk.ts'
import { multipart } from '../../test/activities-factories.ts'
import type { TestPerson } from '../../test/factories.ts'
import type { Session, TestApp } from '../../test/test-app.ts'

export const HELPDESK = '/api/helpdesk'

type Who = TestPerson | { username: string }

/** A ticket body as the web sends it. */
export const ticketBody = (over: Record<string, unknown> = {}) => ({
  category: 'progres_harian',
  subject: 'Progres harian tidak tersimpan',
  description:
    'Saya mengisi progres harian lalu menekan Simpan, tetapi muncul pesan gagal dan entri hilang.',
  context: {
    path: '/progres-harian',
    userAgent: 'Mozilla/5.0 (Linux; Android 13) Chrome/120',
    viewport: '360x740',
    online: true,
  },
  ...over,
})

/** Helpdesk calls over the real API; each step asserts its status where it happens. */
export function helpdeskKit(t: Pick<TestApp, 'login' | 'as'>) {
  const sessions = new Map<string, Promise<Session>>()
  const session = (who: Who) => {
    let s = sessions.get(who.username)
    if (!s) {
      s = t.login(who.username)
      sessions.set(who.username, s)
    }
    return s
  }
  const call = async (
    who: Who | null,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    t.as(who ? await session(who) : null, {
      method,
      url: `${HELPDESK}${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  const ok = <T = TicketDetail>(
    res: { statusCode: number; body: string; json(): unknown },
    status = 200,
  ): T => {
    expect(res.statusCode, res.body).toBe(status)
    return res.json() as T
  }

  return {
    session,
    /** Drops the cached sessions (after moving the clock past their expiry). */
    forget: () => sessions.clear(),
    call,
    get: (who: Who | null, url: string) => call(who, 'GET', url),
    post: (who: Who | null, url: string, payload: unknown = {}) => call(who, 'POST', url, payload),
    put: (who: Who | null, url: string, payload: unknown) => call(who, 'PUT', url, payload),
    del: (who: Who | null, url: string) => call(who, 'DELETE', url),
    ok,

    async open(who: Who, over: Record<string, unknown> = {}): Promise<TicketDetail> {
      return ok(await call(who, 'POST', '/tickets', ticketBody(over)), 201)
    },
    async read(who: Who, id: string): Promise<TicketDetail> {
      return ok(await call(who, 'GET', `/tickets/${id}`))
    },
    async reply(who: Who, id: string, body: string, status?: string): Promise<TicketDetail> {
      return ok(
        await call(who, 'POST', `/tickets/${id}/messages`, { body, ...(status ? { status } : {}) }),
      )
    },
    async status(who: Who, ticket: TicketDetail, status: string): Promise<TicketDetail> {
      return ok(
        await call(who, 'POST', `/tickets/${ticket.id}/status`, {
          status,
          version: ticket.version,
        }),
      )
    },
    async take(who: Who, id: string): Promise<TicketDetail> {
      return ok(await call(who, 'POST', `/tickets/${id}/assign`, {}))
    },
    /** Uploads one file to a ticket; returns the raw response. */
    async upload(who: Who, id: string, file: { data: Buffer; filename: string }) {
      const body = multipart([{ name: 'file', data: file.data, filename: file.filename }])
      return t.as(await session(who), {
        method: 'POST',
        url: `${HELPDESK}/tickets/${id}/attachments`,
        payload: body.payload,
        headers: body.headers,
      })
    },
  }
}
export type HelpdeskKit = ReturnType<typeof helpdeskKit>
