import { expect } from 'vitest'
import type { Skp } from '../../shared/skp.ts'
import type { TestPerson } from './factories.ts'
import type { Session, TestApp } from './test-app.ts'

type Who = TestPerson | { username: string }
type RhkBody = Record<string, unknown> & { text: string }

export const YEAR = 2026

/** One kuantitatif indicator with a real target ("12 Laporan"). */
export const indikator = (over: Record<string, unknown> = {}) => ({
  aspek: 'kuantitas',
  text: 'Jumlah laporan yang diselesaikan',
  targetValue: 12,
  targetUnit: 'Laporan',
  ...over,
})

/** An RHK utama with one indicator; `intervene` are the RHK ids of the atasan it supports. */
export const rhk = (
  text: string,
  intervene: string[] = [],
  over: Record<string, unknown> = {},
) => ({
  jenis: 'utama',
  text,
  interventionRhkIds: intervene,
  indikator: [indikator()],
  ...over,
})

/**
 * SKP helpers over the real API: every step asserts its status, so a broken precondition
 * fails where it happens, not three steps later.
 */
export function skpKit(t: Pick<TestApp, 'login' | 'as'>) {
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
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ) =>
    t.as(who ? await session(who) : null, {
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })

  async function ok<T = Skp>(
    res: { statusCode: number; body: string; json(): unknown },
    status = 200,
  ): Promise<T> {
    expect(res.statusCode, res.body).toBe(status)
    return res.json() as T
  }

  const kit = {
    session,
    call,
    get: (who: Who | null, url: string) => call(who, 'GET', url),
    post: (who: Who | null, url: string, payload: unknown = {}) => call(who, 'POST', url, payload),
    put: (who: Who | null, url: string, payload: unknown) => call(who, 'PUT', url, payload),

    async create(who: Who, body: Record<string, unknown> = {}): Promise<Skp> {
      return ok(
        await call(who, 'POST', '/api/skp', { year: YEAR, pendekatan: 'kuantitatif', ...body }),
        201,
      )
    },
    async read(who: Who, id: string): Promise<Skp> {
      return ok(await call(who, 'GET', `/api/skp/${id}`))
    },
    async write(
      who: Who,
      skp: Skp,
      rhkList: RhkBody[],
      lampiran?: Record<string, string[]>,
    ): Promise<Skp> {
      return ok(
        await call(who, 'PUT', `/api/skp/${skp.id}`, {
          version: skp.version,
          rhk: rhkList,
          ...(lampiran ? { lampiran } : {}),
        }),
      )
    },
    async submit(who: Who, skp: Skp): Promise<Skp> {
      return ok(await call(who, 'POST', `/api/skp/${skp.id}/submit`, { version: skp.version }))
    },
    async approve(who: Who, skp: Skp): Promise<Skp> {
      return ok(await call(who, 'POST', `/api/skp/${skp.id}/approve`, { version: skp.version }))
    },

    /** Creates, fills (each RHK intervening `intervene[i]`) and optionally submits/approves an SKP. */
    async skpWith(
      who: Who,
      texts: string[],
      opts: {
        intervene?: string[][]
        approveBy?: Who
        submit?: boolean
        rhk?: (i: number) => Record<string, unknown>
      } = {},
    ): Promise<Skp> {
      let skp = await kit.create(who)
      skp = await kit.write(
        who,
        skp,
        texts.map((text, i) => rhk(text, opts.intervene?.[i] ?? [], opts.rhk?.(i))),
      )
      if (opts.submit || opts.approveBy) skp = await kit.submit(who, skp)
      if (opts.approveBy) skp = await kit.approve(opts.approveBy, skp)
      return skp
    },
  }
  return kit
}
export type SkpKit = ReturnType<typeof skpKit>
