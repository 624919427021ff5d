import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-client.ts'
import { conflictCurrent, isVersionConflict } from './version-conflict.ts'

const conflict = (body: unknown, reason?: string) =>
  new ApiError({ status: 409, code: 'CONFLICT', message: 'Versi berubah', reason, body })

describe('version conflict', () => {
  it('finds the current document sent with a VERSION_CONFLICT', () => {
    const e = conflict(
      { error: { code: 'CONFLICT' }, current: { id: 'a', version: 7 } },
      'VERSION_CONFLICT',
    )
    expect(isVersionConflict(e)).toBe(true)
    expect(conflictCurrent<{ version: number }>(e)?.version).toBe(7)
  })
  it('is a conflict without a body too (the screen reloads instead)', () => {
    const e = conflict(undefined, 'VERSION_CONFLICT')
    expect(isVersionConflict(e)).toBe(true)
    expect(conflictCurrent(e)).toBeNull()
  })
  it('is not a version conflict for other 409s or other errors', () => {
    expect(isVersionConflict(conflict({ error: {} }, 'SKP_ALREADY_EXISTS'))).toBe(false)
    expect(
      isVersionConflict(new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: '' })),
    ).toBe(false)
    expect(isVersionConflict(new Error('x'))).toBe(false)
  })
})
