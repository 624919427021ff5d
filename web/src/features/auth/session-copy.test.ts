import { describe, expect, it } from 'vitest'
import type { Me } from '../../../../shared/auth.ts'
import {
  SESSION_COPY_KEY,
  forgetSession,
  rememberSession,
  rememberedSession,
} from './session-copy.ts'
import type { KeyValueStore } from './session-copy.ts'

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}

const me: Me = {
  id: '00000000-0000-4000-8000-000000000001',
  username: '199006092014081003',
  displayName: 'I Made Sudarsana, S.Sos.',
  roles: ['pegawai'],
  instansiId: '00000000-0000-4000-8000-000000000002',
  instansiName: 'BKPSDM Kabupaten Gianyar',
  instansiTimeZone: 'Asia/Makassar',
  pegawaiId: '00000000-0000-4000-8000-000000000003',
  mustChangePassword: false,
  csrfToken: 'secret-token-bound-to-the-session',
  isAtasan: false,
  subordinateCount: 0,
}

describe('the session copy kept for offline starts', () => {
  it('keeps everything of /auth/me except the CSRF token', () => {
    const store = memoryStore()
    rememberSession(me, store)
    const raw = store.data.get(SESSION_COPY_KEY) ?? ''
    expect(raw).not.toContain('secret-token')
    expect(raw).not.toContain('csrfToken')
    const copy = rememberedSession(store)
    expect(copy).toEqual({ ...me, csrfToken: undefined })
    expect(copy).not.toHaveProperty('csrfToken')
  })

  it('is gone after forgetSession (logout, 401)', () => {
    const store = memoryStore()
    rememberSession(me, store)
    forgetSession(store)
    expect(store.data.size).toBe(0)
    expect(rememberedSession(store)).toBeNull()
  })

  it('ignores and removes what is not a session of this version', () => {
    for (const raw of [
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...me, roles: ['root'] }),
      JSON.stringify({ ...me, pegawaiId: 42 }),
      JSON.stringify({ id: me.id }),
    ]) {
      const store = memoryStore()
      store.data.set(SESSION_COPY_KEY, raw)
      expect(rememberedSession(store), raw).toBeNull()
      expect(store.data.has(SESSION_COPY_KEY), raw).toBe(false)
    }
  })

  it('drops unknown fields (a token included) when reading an edited copy', () => {
    const store = memoryStore()
    store.data.set(SESSION_COPY_KEY, JSON.stringify({ ...me, extra: 'x' }))
    const copy = rememberedSession(store)
    expect(copy).not.toBeNull()
    expect(Object.keys(copy!)).not.toContain('csrfToken')
    expect(Object.keys(copy!)).not.toContain('extra')
  })

  it('works without storage (switched off) and with a store that refuses writes', () => {
    expect(rememberedSession(null)).toBeNull()
    rememberSession(me, null)
    forgetSession(null)
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    expect(() => rememberSession(me, full)).not.toThrow()
  })
})
