import type { Me } from '../../../../shared/auth.ts'
import type { Role } from '../../../../shared/org.ts'

/**
 * The copy of the last signed-in session kept on this device, so the installed app opens
 * without a connection (issue #4: daily progress entered offline). It holds what `GET
 * /api/auth/me` answered minus the CSRF token (a secret bound to the session cookie, kept in
 * memory only); the session itself stays in its httpOnly cookie and the server decides on
 * every request. Written after each successful /auth/me and login, removed on logout and on any
 * 401, replaced when someone else signs in on the device.
 *
 * One fixed, namespaced and versioned key in the origin's localStorage: nothing about the
 * person is in the key, and a value that is not exactly a session of this version (another
 * app's data, an older shape, a hand edit) is ignored and removed, never trusted.
 */
export const SESSION_COPY_KEY = 'kinerja.session-copy.v1'

export type SessionCopy = Omit<Me, 'csrfToken'>

/** The part of Web Storage used here (tests pass their own). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const ROLE_NAMES: Record<Role, true> = {
  pegawai: true,
  admin_instansi: true,
  pic_helpdesk: true,
  super_admin: true,
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    // Storage switched off (privacy settings): the app then simply needs a connection to open.
    return null
  }
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string'

/** Only the fields of the contract, each of its type; anything else (a token included) is dropped. */
function toCopy(v: unknown): SessionCopy | null {
  if (typeof v !== 'object' || v === null) return null
  const r = v as Record<string, unknown>
  const roles = r.roles
  if (
    !isString(r.id) ||
    !isString(r.username) ||
    !isString(r.displayName) ||
    !Array.isArray(roles) ||
    !roles.every((x) => isString(x) && Object.hasOwn(ROLE_NAMES, x)) ||
    !isNullableString(r.instansiId) ||
    !isNullableString(r.instansiName) ||
    !isNullableString(r.instansiTimeZone) ||
    !isNullableString(r.pegawaiId) ||
    typeof r.mustChangePassword !== 'boolean' ||
    typeof r.isAtasan !== 'boolean' ||
    typeof r.subordinateCount !== 'number'
  )
    return null
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    roles: roles as Role[],
    instansiId: r.instansiId,
    instansiName: r.instansiName,
    instansiTimeZone: r.instansiTimeZone,
    pegawaiId: r.pegawaiId,
    mustChangePassword: r.mustChangePassword,
    isAtasan: r.isAtasan,
    subordinateCount: r.subordinateCount,
  }
}

/** Keeps the session for the next start without a connection (never the CSRF token). */
export function rememberSession(me: SessionCopy, store = browserStore()): void {
  const copy = toCopy(me)
  if (!store || !copy) return
  try {
    store.setItem(SESSION_COPY_KEY, JSON.stringify(copy))
  } catch {
    // Full or refused storage: the app keeps working online.
  }
}

export function forgetSession(store = browserStore()): void {
  try {
    store?.removeItem(SESSION_COPY_KEY)
  } catch {
    // Nothing to do: a copy that cannot be removed cannot be read either.
  }
}

/** The kept session, or null when there is none (or it is not one this app wrote). */
export function rememberedSession(store = browserStore()): SessionCopy | null {
  if (!store) return null
  let raw: string | null
  try {
    raw = store.getItem(SESSION_COPY_KEY)
  } catch {
    return null
  }
  if (raw === null) return null
  let copy: SessionCopy | null = null
  try {
    copy = toCopy(JSON.parse(raw))
  } catch {
    copy = null
  }
  if (!copy) forgetSession(store)
  return copy
}
