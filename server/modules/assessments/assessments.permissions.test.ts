import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { evidenceFiles, logProgress, attachEvidence } from '../../test/activities-factories.ts'
import {
  ASSESSMENTS,
  assessmentKit,
  uploadAssessmentEvidence,
} from '../../test/assessment-factories.ts'
import { multipart } from '../../test/activities-factories.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { assessmentEvidence, assessments } from './assessments.tables.ts'

/**
 * Who may do what on the pegawai side of /api/assessments (quality.md "Authorisation"; the
 * policy is assessments.policy.ts). The assessment under test is staff1's ("owner") of
 * Triwulan IV 2026: the kasub is the snapshotted pejabat penilai ("assessor"), the kabid the
 * atasan pejabat penilai ("reviewer"), the kepala is above both ("supervisor", read only).
 * Decisions:
 * - reading an assessment (and its evidence files): owner, assessor, reviewer, admin and the
 *   supervisors above; anyone else 404 (never a hint that it exists);
 * - the pegawai's writes (realisasi, evidence, submit, acknowledge, keberatan): the owner only;
 *   those who may read get 403, everyone else 404;
 * - GET /mine needs a pegawai record (admin-only accounts 404) and lists only one's own;
 * - settings: every member reads, only the admin writes (others 403); extensions: admin only
 *   (members 403; another instansi's admin does not find the period or extension).
 *
 * To extend: add a row with the expected status for every role.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-assess-perm-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const a = assessmentKit(t)

const ROLES = [
  'anonymous',
  'owner',
  'assessor',
  'reviewer',
  'supervisor',
  'colleague',
  'outsider',
  'admin',
  'otherAdmin',
  'superAdmin',
] as const
type Role = (typeof ROLES)[number]
type Expect = Record<Role, number>

const s = await a.setupAssessmentOffice()
const { o } = s
const other = await t.f.office()
const superAdmin = await t.f.account(null, ['super_admin'])
const owner = await a.session(o.staff1)

// Triwulan IV (open) with realisasi filled; Triwulan III forced final for the owner's answers.
const q4 = await a.fill(o.staff1, await a.open(o.staff1, s.periods.q4))
const q3 = await a.open(o.staff1, s.periods.q3)
const rhkId = q4.rhk[0]!.id

const who: Record<Exclude<Role, 'anonymous'>, { username: string }> = {
  owner: o.staff1,
  assessor: o.kasub,
  reviewer: o.kabid,
  supervisor: o.kepala,
  colleague: o.staff2,
  outsider: o.staffB,
  admin: o.admin,
  otherAdmin: other.admin,
  superAdmin,
}
const sessionOf = async (role: Role): Promise<Session | null> =>
  role === 'anonymous' ? null : a.session(who[role])

const none: Expect = {
  anonymous: 401,
  owner: 404,
  assessor: 404,
  reviewer: 404,
  supervisor: 404,
  colleague: 404,
  outsider: 404,
  admin: 404,
  otherAdmin: 404,
  superAdmin: 404,
}
/** The owner's assessment: readers get `read`, the owner `own`; everyone else 404. */
const onOwners = (own: number, read: number): Expect => ({
  ...none,
  owner: own,
  assessor: read,
  reviewer: read,
  supervisor: read,
  admin: read,
})
const READ = onOwners(200, 200)
const WRITE = (status = 200) => onOwners(status, 403)
/** Every member of the instansi (the other admin and the super admin: their own, or none). */
const MEMBERS = (status: number): Expect => ({
  ...none,
  owner: status,
  assessor: status,
  reviewer: status,
  supervisor: status,
  colleague: status,
  outsider: status,
  admin: status,
})

/** Puts an assessment back in a state (the workflow is tested elsewhere) and returns its version. */
async function force(id: string, patch: Partial<typeof assessments.$inferInsert>) {
  const [row] = await t.db.update(assessments).set(patch).where(eq(assessments.id, id)).returning()
  return row!.version
}
const draft = async (id: string) => {
  // Evidence piles up over the rows (at most 20 per RHK): start each request without any.
  await t.db.delete(assessmentEvidence).where(eq(assessmentEvidence.assessmentId, id))
  return force(id, { status: 'draft', submittedAt: null })
}
const finalised = (id: string) =>
  force(id, {
    status: 'finalised',
    submittedAt: new Date('2026-10-05T02:00:00Z'),
    ratingHasil: 'sesuai',
    ratingPerilaku: 'sesuai',
    predikat: 'baik',
    ratingHasilSource: 'atasan',
    ratedAt: new Date('2026-11-20T02:00:00Z'),
    finalisedAt: new Date('2026-11-25T02:00:00Z'),
    acknowledgedAt: null,
  })
const link = async () => {
  const res = await t.as(owner, {
    method: 'POST',
    url: `${ASSESSMENTS}/${q4.id}/evidence/link`,
    payload: { rhkId, url: 'https://drive.example.go.id/laporan' },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}
const fileEvidence = async () => {
  await draft(q4.id)
  const res = await uploadAssessmentEvidence(t, owner, q4.id, rhkId, {
    data: evidenceFiles.png(),
    filename: 'bukti.png',
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}
const progressEvidence = async () => {
  const entry = await logProgress(t, owner, { rhkId, date: '2026-11-26' })
  return (await attachEvidence(t, owner, entry.id)).id
}
const extension = async () => {
  const res = await t.as(s.admin, {
    method: 'POST',
    url: `${ASSESSMENTS}/extensions`,
    payload: {
      periodId: s.periods.q3.id,
      pegawaiId: o.staff1.pegawaiId,
      until: '2026-12-31',
      reason: 'Sakit dengan surat dokter',
    },
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json<{ id: string }>().id
}

type Request = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  url: string
  payload?: object | Buffer
  headers?: Record<string, string>
}
type Row = { name: string; expect: Expect; request: (actor: Session | null) => Promise<Request> }

const ROWS: Row[] = [
  {
    name: 'GET /mine',
    // One's own list: a pegawai record is needed (admin-only accounts have none).
    expect: { ...MEMBERS(200), admin: 404 },
    request: async () => ({ method: 'GET', url: '/mine?year=2026' }),
  },
  {
    name: 'GET /:id',
    expect: READ,
    request: async () => ({ method: 'GET', url: `/${q4.id}` }),
  },
  {
    name: 'PUT /:id/realisasi',
    expect: WRITE(),
    request: async () => ({
      method: 'PUT',
      url: `/${q4.id}/realisasi`,
      payload: {
        version: await draft(q4.id),
        items: [{ indikatorId: q4.rhk[0]!.indikator[0]!.id, value: 12, text: 'Selesai' }],
      },
    }),
  },
  {
    name: 'POST /:id/submit',
    expect: WRITE(),
    request: async () => ({
      method: 'POST',
      url: `/${q4.id}/submit`,
      payload: { version: await draft(q4.id) },
    }),
  },
  {
    name: 'POST /:id/acknowledge',
    expect: WRITE(),
    request: async () => ({
      method: 'POST',
      url: `/${q3.id}/acknowledge`,
      payload: { version: await finalised(q3.id) },
    }),
  },
  {
    name: 'POST /:id/objection',
    expect: WRITE(),
    request: async () => ({
      method: 'POST',
      url: `/${q3.id}/objection`,
      payload: {
        version: await finalised(q3.id),
        reason: 'Realisasi laporan triwulan ini belum dipertimbangkan seluruhnya',
      },
    }),
  },
  {
    name: 'POST /:id/evidence',
    expect: WRITE(201),
    request: async () => {
      await draft(q4.id)
      const body = multipart([
        { name: 'rhkId', data: rhkId },
        { name: 'file', data: evidenceFiles.png(), filename: 'bukti.png' },
      ])
      return {
        method: 'POST',
        url: `/${q4.id}/evidence`,
        payload: body.payload,
        headers: body.headers,
      }
    },
  },
  {
    name: 'POST /:id/evidence/link',
    expect: WRITE(201),
    request: async () => {
      await draft(q4.id)
      return {
        method: 'POST',
        url: `/${q4.id}/evidence/link`,
        payload: { rhkId, url: 'https://drive.example.go.id/bukti' },
      }
    },
  },
  {
    name: 'POST /:id/evidence/pick',
    expect: WRITE(201),
    request: async () => {
      await draft(q4.id)
      return {
        method: 'POST',
        url: `/${q4.id}/evidence/pick`,
        payload: { rhkId, progressEvidenceId: await progressEvidence() },
      }
    },
  },
  {
    name: 'DELETE /:id/evidence/:evidenceId',
    expect: WRITE(),
    request: async () => {
      await draft(q4.id)
      return { method: 'DELETE', url: `/${q4.id}/evidence/${await link()}` }
    },
  },
  {
    name: 'GET /evidence/:evidenceId/file',
    // Someone else's evidence file answers 404, as if it did not exist.
    expect: READ,
    request: async () => ({ method: 'GET', url: `/evidence/${await fileEvidence()}/file` }),
  },
  {
    name: 'GET /settings',
    // Every member (the other admin reads their own instansi's).
    expect: { ...MEMBERS(200), otherAdmin: 200 },
    request: async () => ({ method: 'GET', url: '/settings' }),
  },
  {
    name: 'PUT /settings',
    expect: { ...MEMBERS(403), admin: 200, otherAdmin: 200 },
    request: async (actor) => {
      const current = actor
        ? (await t.as(actor, { method: 'GET', url: `${ASSESSMENTS}/settings` })).json()
        : {}
      return {
        method: 'PUT',
        url: '/settings',
        payload: {
          distributionEnforcement: 'warn',
          objectionDays: 14,
          version: current.version ?? 0,
        },
      }
    },
  },
  {
    name: 'GET /extensions',
    expect: { ...MEMBERS(403), admin: 200 },
    request: async () => ({ method: 'GET', url: `/extensions?periodId=${s.periods.q3.id}` }),
  },
  {
    name: 'POST /extensions',
    // Another instansi's admin names a period they do not have (a field error).
    expect: { ...MEMBERS(403), admin: 201, otherAdmin: 400 },
    request: async () => ({
      method: 'POST',
      url: '/extensions',
      payload: {
        periodId: s.periods.q3.id,
        unitId: o.units.sub.id,
        until: '2026-12-15',
        reason: 'Gangguan jaringan di kantor',
      },
    }),
  },
  {
    name: 'DELETE /extensions/:id',
    expect: { ...MEMBERS(403), admin: 200 },
    request: async () => ({ method: 'DELETE', url: `/extensions/${await extension()}` }),
  },
]

const CODE_FOR: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

/** Routes the assessor side and the documents own (tested in their files). */
const OTHER_SIDES =
  /\/(bawahan|distribution|org-predikat|finalise-bulk)(\/|$)|\/(feedback|rate|finalise|decide|reopen|document\.pdf)$/

describe('role × endpoint matrix', () => {
  const cases = ROWS.flatMap((row) =>
    ROLES.map((role) => ({ endpoint: row.name, role, status: row.expect[role], row })),
  )

  it.each(cases)('$endpoint as $role → $status', async ({ role, status, row }) => {
    const actor = await sessionOf(role)
    const req = await row.request(actor)
    const res = await t.as(actor, { ...req, url: `${ASSESSMENTS}${req.url}` })
    expect(res.statusCode, res.body).toBe(status)
    if (status >= 400) expect(res.json().error.code).toBe(CODE_FOR[status])
  })

  it('has a row for every pegawai-side route (from the OpenAPI document)', async () => {
    const covered = new Set(ROWS.map((r) => normalise(r.name)))
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>
    }>()
    const registered: string[] = []
    for (const [p, ops] of Object.entries(doc.paths)) {
      if (!p.startsWith(ASSESSMENTS) || OTHER_SIDES.test(p)) continue
      for (const method of Object.keys(ops))
        if (method !== 'head')
          registered.push(normalise(`${method.toUpperCase()} ${p.slice(ASSESSMENTS.length)}`))
    }
    expect(registered.length).toBeGreaterThanOrEqual(16)
    for (const route of registered) expect(covered, `no matrix row for ${route}`).toContain(route)
  })
})

describe('what each reader sees', () => {
  it('lists only one’s own assessments in /mine', async () => {
    const colleague = await a.mine(o.staff2, 2026)
    const ids = colleague.items.map((i) => i.assessment?.id)
    expect(ids).not.toContain(q4.id)
    expect(
      colleague.items.every((i) => i.assessment?.pegawai.pegawaiId === o.staff2.pegawaiId),
    ).toBe(true)
  })

  it('gives the supervisor above no role and no action (read only), the admin only its own', async () => {
    await draft(q4.id)
    const kepala = await a.read(o.kepala, q4.id)
    expect(kepala.roles).toEqual([])
    expect(kepala.actions).toEqual([])
    expect(kepala.canEditRealisasi).toBe(false)
    const admin = await a.read(o.admin, q4.id)
    expect(admin.roles).toEqual(['admin'])
    expect(admin.canEditRealisasi).toBe(false)
    const assessor = await a.read(o.kasub, q4.id)
    expect(assessor.roles).toEqual(['assessor'])
    expect(assessor.canEditFeedback).toBe(true)
    const mine = await a.read(o.staff1, q4.id)
    expect(mine.roles).toEqual(['owner'])
    expect(mine.canEditRealisasi).toBe(true)
    expect(mine.canEditFeedback).toBe(false)
  })
})

/** `/evidence/{evidenceId}/file`, `/evidence/:evidenceId/file` → one shape. */
function normalise(route: string) {
  return route.replace(/\/(:[^/]+|\{[^}]+\})/g, '/:id')
}
