import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-client.ts'
import { submitChecklist, submitRefusal } from './submit-check.ts'
import { rhk, skp, uuid } from './test-fixtures.ts'

describe('submitChecklist', () => {
  it('passes a complete JA/JF SKP', () => {
    expect(submitChecklist(skp()).every((c) => c.ok)).toBe(true)
  })

  it('counts RHK without targets and RHK utama without an intervened atasan RHK', () => {
    const doc = skp({
      rhk: [
        rhk(1, { interventions: [] }),
        // From a team lead's penugasan: needs no atasan RHK.
        rhk(4, { interventions: [], penugasanDariPegawaiId: uuid(7) }),
        // An RHK tambahan may stand alone.
        rhk(5, { jenis: 'tambahan', interventions: [] }),
        rhk(2, { indikator: [] }),
        rhk(3, {
          indikator: [
            {
              id: '1',
              seq: 1,
              aspek: 'kuantitas',
              text: 'x',
              targetValue: null,
              targetUnit: 'Laporan',
              targetText: null,
            },
          ],
        }),
      ],
    })
    const byKey = Object.fromEntries(submitChecklist(doc).map((c) => [c.key, c]))
    expect(byKey.targetsComplete).toMatchObject({ ok: false, missing: 2 })
    expect(byKey.interventions).toMatchObject({ ok: false, missing: 1 })
    expect(byKey.hasUtama?.ok).toBe(true)
  })

  it('asks a JA/JF SKP for an atasan', () => {
    const checks = submitChecklist(skp({ atasan: null }))
    expect(checks.filter((c) => !c.ok).map((c) => c.key)).toEqual(['hasAtasan'])
  })

  it('asks JPT for an RHK utama and a perspektif per RHK, not for interventions', () => {
    const doc = skp({
      variant: 'jpt',
      atasan: null,
      rhk: [rhk(1, { jenis: 'tambahan', interventions: [] })],
    })
    const checks = submitChecklist(doc)
    expect(checks.map((c) => c.key)).toEqual(['hasUtama', 'targetsComplete', 'perspektif'])
    expect(checks.filter((c) => !c.ok).map((c) => c.key)).toEqual(['hasUtama', 'perspektif'])
  })

  it('checks kualitatif indicators by their expected-result text', () => {
    const doc = skp({
      pendekatan: 'kualitatif',
      rhk: [
        rhk(1, {
          indikator: [
            {
              id: '1',
              seq: 1,
              aspek: null,
              text: 'x',
              targetValue: null,
              targetUnit: null,
              targetText: 'Tertib',
            },
          ],
        }),
      ],
    })
    expect(submitChecklist(doc).every((c) => c.ok)).toBe(true)
  })
})

describe('submitRefusal', () => {
  const err = (status: number, reason?: string, fields?: Record<string, string>) =>
    new ApiError({
      status,
      code: 'VALIDATION_FAILED',
      message: 'Atasan Anda, Ni Luh Putu, belum memiliki RHK',
      reason,
      fields,
    })

  it('reads a refusal with its reason and the server message', () => {
    expect(submitRefusal(err(400, 'ATASAN_HAS_NO_RHK'))).toEqual({
      reason: 'ATASAN_HAS_NO_RHK',
      message: 'Atasan Anda, Ni Luh Putu, belum memiliki RHK',
      fields: {},
    })
  })
  it('keeps the field messages of an incomplete SKP', () => {
    const r = submitRefusal(
      err(400, 'INCOMPLETE_CONTENT', { 'rhk.1.indikator.0.targetValue': 'Isi target' }),
    )
    expect(r?.reason).toBe('INCOMPLETE_CONTENT')
    expect(r?.fields).toEqual({ 'rhk.1.indikator.0.targetValue': 'Isi target' })
  })
  it('keeps an unknown 400 reason as a generic refusal', () => {
    expect(submitRefusal(err(400, 'SOMETHING_NEW'))?.reason).toBeNull()
  })
  it('ignores other errors and plain field validation', () => {
    expect(submitRefusal(err(409, 'VERSION_CONFLICT'))).toBeNull()
    expect(submitRefusal(err(400, undefined, { version: 'Wajib' }))).toBeNull()
    expect(submitRefusal(new Error('x'))).toBeNull()
  })
})
