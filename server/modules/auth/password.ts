import { hash, verify } from '@node-rs/argon2'
import { randomBytes, randomInt } from 'node:crypto'

/** argon2id with the library defaults (m=19456 KiB, t=2, p=1): OWASP's minimum. */
export const hashPassword = (plain: string) => hash(plain)
export const verifyPassword = async (hashed: string, plain: string) => {
  try {
    return await verify(hashed, plain)
  } catch {
    return false
  }
}

// Verifying against this when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | null = null
export const dummyVerify = async (plain: string) => {
  dummyHash ??= hash('kinerja-dummy-password')
  await verifyPassword(await dummyHash, plain)
}

/** A one-time password that is easy to read out over the phone: no 0/O, 1/l/I. */
export function oneTimePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz'
  const digits = '23456789'
  const pick = (set: string, n: number) =>
    Array.from({ length: n }, () => set[randomInt(set.length)]).join('')
  return `${pick(letters, 4)}-${pick(digits, 4)}-${pick(letters, 4)}`
}

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url')
