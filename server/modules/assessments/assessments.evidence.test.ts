import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_EVIDENCE_BYTES } from '../../../shared/activities.ts'
import type { AssessmentDetail, AssessmentEvidence } from '../../../shared/assessments.ts'
import {
  ACTIVITIES,
  addRencanaAksi,
  attachEvidence,
  evidenceFiles,
  logProgress,
} from '../../test/activities-factories.ts'
import {
  ASSESSMENTS,
  assessmentKit,
  uploadAssessmentEvidence,
} from '../../test/assessment-factories.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { assessmentEvidence, assessmentRealisasi } from './assessments.tables.ts'

/**
 * Realisasi pre-filled from daily progress and rencana aksi (decision 0010 "Realisasi"), and
 * bukti dukung: uploads (type by content, 10 MB, nothing left by a rejected upload), links,
 * picks from the period's daily progress (copied, so they outlive the entry), removal and the
 * download with attachment + nosniff.
 */
const uploadDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-assess-evidence-'))
const t = await setupTestApp({ env: { UPLOAD_DIR: uploadDir } })
afterAll(() => fs.rm(uploadDir, { recursive: true, force: true }))
const a = assessmentKit(t)
const storeDir = path.join(uploadDir, 'assessments')

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const storedPath = (key: string) => path.join(storeDir, key.slice(0, 2), key.slice(2, 4), key)
const isStored = (key: string) =>
  fs.access(storedPath(key)).then(
    () => true,
    () => false,
  )
/** Temp files of the assessments' store (a rejected upload must leave none). */
const tempFiles = () => fs.readdir(path.join(storeDir, 'tmp')).catch(() => [] as string[])

async function evidenceRows(assessmentId: string) {
  return t.db
    .select()
    .from(assessmentEvidence)
    .where(eq(assessmentEvidence.assessmentId, assessmentId))
}

type Res = { statusCode: number; body: string; json<T = unknown>(): T }
function expectError(res: Res, status: number, reason?: string, fields: string[] = []) {
  expect(res.statusCode, res.body).toBe(status)
  const body = res.json<{ error: { reason?: string; fields?: Record<string, string> } }>()
  if (reason) expect(body.error.reason).toBe(reason)
  for (const f of fields) expect(body.error.fields?.[f], JSON.stringify(body.error)).toBeTruthy()
}

async function setup() {
  const s = await a.setupAssessmentOffice()
  const owner = await a.session(s.o.staff1)
  const d = await a.open(s.o.staff1, s.periods.q4)
  return { s, owner, d, rhk1: d.rhk[0]!.id, rhk2: d.rhk[1]!.id }
}

// ---------------------------------------------------------------------------------------------
describe('pre-fill from daily progress', () => {
  /**
   * staff1 in Triwulan IV under RHK 1: 3 + 2 Laporan and 2 laporan (one satuan), 5 Dokumen;
   * 100 Laporan on 30 Sep (Triwulan III); 2 Laporan under RHK 2. Rencana aksi of RHK 1:
   * "3 Laporan" (reached by the first entry) and "5 Laporan" (nothing linked) in Triwulan IV,
   * "1 Laporan" in Triwulan III.
   */
  async function withProgress() {
    const x = await setup()
    const { s, owner, rhk1, rhk2 } = x
    const ra1 = await addRencanaAksi(t, owner, {
      rhkId: rhk1,
      periodId: s.periods.q4.id,
      description: 'Menyusun laporan bulanan Oktober',
      targetValue: 3,
      targetUnit: 'Laporan',
    })
    await addRencanaAksi(t, owner, {
      rhkId: rhk1,
      periodId: s.periods.q4.id,
      description: 'Menyusun laporan akhir tahun',
      targetValue: 5,
      targetUnit: 'Laporan',
    })
    await addRencanaAksi(t, owner, {
      rhkId: rhk1,
      periodId: s.periods.q3.id,
      description: 'Menyusun laporan September',
      targetValue: 1,
      targetUnit: 'Laporan',
    })
    const oct = await logProgress(t, owner, {
      rhkId: rhk1,
      rencanaAksiId: ra1.id,
      date: '2026-10-05',
      realisasi: 3,
      satuan: 'Laporan',
      links: ['https://drive.example.go.id/laporan-oktober'],
    })
    const nov = await logProgress(t, owner, {
      rhkId: rhk1,
      date: '2026-11-02',
      realisasi: 2,
      satuan: 'Laporan',
    })
    await logProgress(t, owner, {
      rhkId: rhk1,
      date: '2026-11-03',
      realisasi: 2,
      satuan: 'laporan',
    })
    await logProgress(t, owner, {
      rhkId: rhk1,
      date: '2026-11-04',
      realisasi: 5,
      satuan: 'Dokumen',
    })
    await logProgress(t, owner, {
      rhkId: rhk1,
      date: '2026-09-30',
      realisasi: 100,
      satuan: 'Laporan',
    })
    await logProgress(t, owner, {
      rhkId: rhk2,
      date: '2026-11-26',
      realisasi: 2,
      satuan: 'Laporan',
    })
    const photo = await attachEvidence(t, owner, nov.id)
    return { ...x, oct, nov, photo }
  }

  it('sums the period’s realisasi in the indikator’s unit and summarises entries and rencana aksi', async () => {
    const { s, d, oct, nov, photo } = await withProgress()
    const detail = await a.read(s.o.staff1, d.id)
    const [r1, r2] = detail.rhk
    expect(r1!.indikator[0]!.suggestion).toEqual({
      value: 7,
      satuan: 'Laporan',
      text: '4 kegiatan, 7 Laporan, 5 Dokumen; rencana aksi: 1 dari 2 tercapai',
    })
    expect(r1!.progress).toMatchObject({
      entries: 4,
      realisasiTotal: 7,
      satuan: 'Laporan',
      bySatuan: [
        { satuan: 'Laporan', realisasi: 7, entries: 3 },
        { satuan: 'Dokumen', realisasi: 5, entries: 1 },
      ],
      verifiedSesuai: 0,
      perluPerbaikan: 0,
      pending: 4,
      // Recorded today for days long past: late by the instansi's rule.
      late: 4,
      rencanaAksi: [
        {
          description: 'Menyusun laporan bulanan Oktober',
          targetValue: 3,
          satuan: 'Laporan',
          realisasi: 3,
        },
        {
          description: 'Menyusun laporan akhir tahun',
          targetValue: 5,
          satuan: 'Laporan',
          realisasi: 0,
        },
      ],
    })
    // Evidence to pick from, newest day first, with where to open it.
    expect(r1!.progress.evidence).toEqual([
      {
        id: photo.id,
        progressId: nov.id,
        date: '2026-11-02',
        name: 'foto.jpg',
        mimeType: 'image/jpeg',
        url: `${ACTIVITIES}/evidence/${photo.id}/file`,
      },
      {
        id: oct.evidence[0]!.id,
        progressId: oct.id,
        date: '2026-10-05',
        name: 'https://drive.example.go.id/laporan-oktober',
        mimeType: null,
        url: 'https://drive.example.go.id/laporan-oktober',
      },
    ])
    expect(r2!.indikator[0]!.suggestion).toMatchObject({ value: 2, satuan: 'Laporan' })
    // The annual assessment counts the whole year and every rencana aksi.
    const annual = await a.open(s.o.staff1, s.periods.annual)
    expect(annual.rhk[0]!.indikator[0]!.suggestion).toEqual({
      value: 107,
      satuan: 'Laporan',
      text: '5 kegiatan, 107 Laporan, 5 Dokumen; rencana aksi: 1 dari 3 tercapai',
    })
    // The colleague's assessment sees none of it.
    const colleague = await a.open(s.o.staff2, s.periods.q4)
    expect(colleague.rhk[0]!.progress.entries).toBe(0)
  })

  it('needs a reason for a value other than the pre-fill and stores both', async () => {
    const { s, d } = await withProgress()
    const [k1, k2] = d.rhk.map((r) => r.indikator[0]!.id)
    const put = (version: number, items: unknown[]) =>
      a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, { version, items })
    // The pre-fill as it is: no reason needed.
    const kept = await put(0, [{ indikatorId: k1, value: 7, text: 'Tujuh laporan' }])
    expect(kept.statusCode, kept.body).toBe(200)
    expect(kept.json<AssessmentDetail>().rhk[0]!.indikator[0]!.realisasi).toMatchObject({
      value: 7,
      suggestedValue: 7,
      editReason: null,
    })
    // A different value (or none) without a reason: 400 naming each item.
    expectError(
      await put(1, [
        { indikatorId: k1, value: 9, text: null },
        { indikatorId: k2, value: null, text: 'Hanya uraian' },
      ]),
      400,
      'EDIT_REASON_REQUIRED',
      ['items.0.editReason', 'items.1.editReason'],
    )
    expectError(
      await put(1, [{ indikatorId: k1, value: 9, text: null, editReason: '   ' }]),
      400,
      'EDIT_REASON_REQUIRED',
      ['items.0.editReason'],
    )
    const changed = await put(1, [
      { indikatorId: k1, value: 9, text: null, editReason: 'Dua laporan dicatat di aplikasi lain' },
    ])
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json<AssessmentDetail>().rhk[0]!.indikator[0]!.realisasi).toMatchObject({
      value: 9,
      suggestedValue: 7,
      editReason: 'Dua laporan dicatat di aplikasi lain',
    })
    const [row] = await t.db
      .select()
      .from(assessmentRealisasi)
      .where(eq(assessmentRealisasi.indikatorId, k1!))
    expect(row).toMatchObject({ value: 9, suggestedValue: 7, rhkId: d.rhk[0]!.id })
  })

  it('needs no reason where there is nothing to pre-fill', async () => {
    const { s, d } = await setup()
    const res = await a.call(s.o.staff1, 'PUT', `${ASSESSMENTS}/${d.id}/realisasi`, {
      version: 0,
      items: [{ indikatorId: d.rhk[0]!.indikator[0]!.id, value: 4, text: null }],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<AssessmentDetail>().rhk[0]!.indikator[0]!.realisasi).toMatchObject({
      value: 4,
      suggestedValue: null,
      editReason: null,
    })
  })
})

// ---------------------------------------------------------------------------------------------
describe('uploading evidence', () => {
  it('stores a file by its content, lists it under the RHK and serves it as an attachment', async () => {
    const { s, owner, d, rhk1 } = await setup()
    const data = evidenceFiles.pdf()
    const res = await uploadAssessmentEvidence(t, owner, d.id, rhk1, {
      data,
      filename: '../../Laporan akhir.pdf',
      contentType: 'text/html',
    })
    expect(res.statusCode, res.body).toBe(201)
    const ev = res.json<AssessmentEvidence>()
    expect(ev).toMatchObject({
      rhkId: rhk1,
      kind: 'file',
      name: 'Laporan akhir.pdf',
      mimeType: 'application/pdf',
      size: data.length,
      progressEvidenceId: null,
      url: `${ASSESSMENTS}/evidence/${ev.id}/file`,
    })
    expect(await isStored(sha(data))).toBe(true)
    expect((await a.read(s.o.staff1, d.id)).rhk[0]!.evidence).toEqual([ev])
    for (const who of [s.o.staff1, s.o.kasub]) {
      const dl = await a.call(who, 'GET', ev.url!)
      expect(dl.statusCode).toBe(200)
      expect(dl.rawPayload.equals(data)).toBe(true)
      expect(dl.headers['content-type']).toBe('application/pdf')
      expect(dl.headers['content-disposition']).toBe(
        `attachment; filename="Laporan akhir.pdf"; filename*=UTF-8''Laporan%20akhir.pdf`,
      )
      expect(dl.headers['x-content-type-options']).toBe('nosniff')
      expect(dl.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    }
    const audit = await t.as(s.admin, {
      method: 'GET',
      url: `/api/audit?entityId=${d.id}&action=assessment.evidence_added`,
    })
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(1)
  })

  it('leaves no file and no row behind when an upload is refused', async () => {
    const { s, owner, d, rhk1 } = await setup()
    const colleague = await a.open(s.o.staff2, s.periods.q4)
    const cases: [string, () => Promise<Res>, number, string | undefined, string[]][] = [
      [
        'HTML content named .pdf',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, rhk1, {
            data: evidenceFiles.html(),
            filename: 'laporan.pdf',
          }),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        ['file'],
      ],
      [
        'an executable',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, rhk1, {
            data: evidenceFiles.exe(),
            filename: 'setup.exe',
          }),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        ['file'],
      ],
      [
        'more than 10 MB',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, rhk1, {
            data: evidenceFiles.jpeg('b', MAX_EVIDENCE_BYTES + 1),
            filename: 'besar.jpg',
          }),
        413,
        'FILE_TOO_LARGE',
        [],
      ],
      [
        'without an RHK',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, null, {
            data: evidenceFiles.jpeg('c'),
            filename: 'foto.jpg',
          }),
        400,
        'RHK_REQUIRED',
        ['rhkId'],
      ],
      [
        'for an RHK of another SKP',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, colleague.rhk[0]!.id, {
            data: evidenceFiles.jpeg('d'),
            filename: 'foto.jpg',
          }),
        400,
        'RHK_NOT_IN_SKP',
        ['rhkId'],
      ],
      [
        'with a malformed RHK id',
        () =>
          uploadAssessmentEvidence(t, owner, d.id, 'rhk-1', {
            data: evidenceFiles.jpeg('e'),
            filename: 'foto.jpg',
          }),
        400,
        undefined,
        ['rhkId'],
      ],
      [
        'that is not multipart',
        () =>
          t.as(owner, {
            method: 'POST',
            url: `${ASSESSMENTS}/${d.id}/evidence`,
            payload: { rhkId: rhk1 },
          }),
        400,
        undefined,
        ['file'],
      ],
    ]
    for (const [name, send, status, reason, fields] of cases) {
      const res = await send()
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status)
      expectError(res, status, reason, fields)
    }
    for (const seed of ['b', 'c', 'd', 'e'])
      expect(
        await isStored(sha(evidenceFiles.jpeg(seed, seed === 'b' ? MAX_EVIDENCE_BYTES + 1 : 256))),
      ).toBe(false)
    expect(await isStored(sha(evidenceFiles.html()))).toBe(false)
    expect(await tempFiles()).toEqual([])
    expect(await evidenceRows(d.id)).toEqual([])
  })

  it('adds links; refuses what is not an http(s) address', async () => {
    const { s, d, rhk2 } = await setup()
    const res = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
      rhkId: rhk2,
      url: 'https://drive.example.go.id/folder/notulen',
      name: 'Notulen rapat',
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      kind: 'link',
      rhkId: rhk2,
      name: 'Notulen rapat',
      url: 'https://drive.example.go.id/folder/notulen',
      mimeType: null,
      size: null,
    })
    const unnamed = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
      rhkId: rhk2,
      url: 'http://intranet.example.go.id/laporan',
    })
    expect(unnamed.json()).toMatchObject({ name: 'http://intranet.example.go.id/laporan' })
    for (const url of ['ftp://files.example.go.id/a', 'javascript:alert(1)', 'bukan tautan'])
      expectError(
        await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
          rhkId: rhk2,
          url,
        }),
        400,
        undefined,
        ['url'],
      )
    expectError(
      await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
        url: 'https://a.example.go.id',
      }),
      400,
      undefined,
      ['rhkId'],
    )
  })

  it('refuses more than 20 items per RHK (409 EVIDENCE_LIMIT)', async () => {
    const { s, d, rhk1, rhk2 } = await setup()
    const add = (rhkId: string, i: number) =>
      a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
        rhkId,
        url: `https://drive.example.go.id/bukti/${i}`,
      })
    for (let i = 0; i < 20; i++) expect((await add(rhk1, i)).statusCode).toBe(201)
    expectError(await add(rhk1, 20), 409, 'EVIDENCE_LIMIT')
    expect((await add(rhk2, 21)).statusCode).toBe(201)
  })
})

// ---------------------------------------------------------------------------------------------
describe('picking evidence of daily progress', () => {
  it('copies a file of the period into the assessment; it outlives the entry', async () => {
    const { s, owner, d, rhk1 } = await setup()
    const entry = await logProgress(t, owner, { rhkId: rhk1, date: '2026-11-20' })
    const data = evidenceFiles.jpeg('pick', 1024)
    const photo = await attachEvidence(t, owner, entry.id, {
      data,
      filename: 'rapat koordinasi.jpg',
    })
    const pick = (over: Record<string, unknown> = {}) =>
      a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/pick`, {
        rhkId: rhk1,
        progressEvidenceId: photo.id,
        ...over,
      })
    const res = await pick()
    expect(res.statusCode, res.body).toBe(201)
    const ev = res.json<AssessmentEvidence>()
    expect(ev).toMatchObject({
      kind: 'progress',
      rhkId: rhk1,
      name: 'rapat koordinasi.jpg',
      mimeType: 'image/jpeg',
      size: data.length,
      progressEvidenceId: photo.id,
      url: `${ASSESSMENTS}/evidence/${ev.id}/file`,
    })
    expect(await isStored(sha(data))).toBe(true)
    // The same pick again answers the stored item (200), not a second copy.
    const again = await pick()
    expect(again.statusCode).toBe(200)
    expect(again.json<AssessmentEvidence>().id).toBe(ev.id)
    expect(await evidenceRows(d.id)).toHaveLength(1)
    // The pegawai deletes the entry: the assessment keeps its copy.
    const del = await t.as(owner, { method: 'DELETE', url: `${ACTIVITIES}/progress/${entry.id}` })
    expect(del.statusCode, del.body).toBe(200)
    const dl = await a.call(s.o.kasub, 'GET', ev.url!)
    expect(dl.statusCode).toBe(200)
    expect(dl.rawPayload.equals(data)).toBe(true)
    expect((await a.read(s.o.staff1, d.id)).rhk[0]!.evidence[0]!.progressEvidenceId).toBeNull()
  })

  it('picks a link as a link', async () => {
    const { s, owner, d, rhk2 } = await setup()
    const entry = await logProgress(t, owner, {
      rhkId: rhk2,
      date: '2026-11-25',
      links: ['https://drive.example.go.id/rapat'],
    })
    const res = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/pick`, {
      rhkId: rhk2,
      progressEvidenceId: entry.evidence[0]!.id,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({
      kind: 'progress',
      url: 'https://drive.example.go.id/rapat',
      name: 'https://drive.example.go.id/rapat',
      mimeType: null,
    })
  })

  it('refuses evidence outside the period or of someone else (400 PROGRESS_EVIDENCE_NOT_FOUND)', async () => {
    const { s, owner, d, rhk1 } = await setup()
    const september = await logProgress(t, owner, { rhkId: rhk1, date: '2026-09-30' })
    const old = await attachEvidence(t, owner, september.id)
    const colleague = await a.session(s.o.staff2)
    const theirs = await attachEvidence(
      t,
      colleague,
      (await logProgress(t, colleague, { date: '2026-11-26' })).id,
    )
    for (const progressEvidenceId of [old.id, theirs.id, '00000000-0000-4000-8000-000000000000'])
      expectError(
        await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/pick`, {
          rhkId: rhk1,
          progressEvidenceId,
        }),
        400,
        'PROGRESS_EVIDENCE_NOT_FOUND',
        ['progressEvidenceId'],
      )
    expect(await evidenceRows(d.id)).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
describe('removing evidence', () => {
  it('deletes the item and its file once nothing refers to it', async () => {
    const { s, owner, d, rhk1, rhk2 } = await setup()
    const data = evidenceFiles.png()
    const up = async (rhkId: string) => {
      const res = await uploadAssessmentEvidence(t, owner, d.id, rhkId, { data, filename: 'x.png' })
      expect(res.statusCode).toBe(201)
      return res.json<AssessmentEvidence>()
    }
    const one = await up(rhk1)
    const two = await up(rhk2)
    const del = (id: string, assessmentId = d.id) =>
      a.call(s.o.staff1, 'DELETE', `${ASSESSMENTS}/${assessmentId}/evidence/${id}`)
    expect((await del(one.id)).json()).toEqual({ ok: true })
    // The same content is still the evidence of RHK 2.
    expect(await isStored(sha(data))).toBe(true)
    expectError(await a.call(s.o.kasub, 'GET', one.url!), 404)
    expect((await del(two.id)).statusCode).toBe(200)
    expect(await isStored(sha(data))).toBe(false)
    expectError(await del(two.id), 404)
    // An item of another assessment is not found under this one.
    const q3 = await a.open(s.o.staff1, s.periods.q3)
    const other = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${q3.id}/evidence/link`, {
      rhkId: rhk1,
      url: 'https://drive.example.go.id/x',
    })
    expectError(await del(other.json<AssessmentEvidence>().id), 404)
    const audit = await t.as(s.admin, {
      method: 'GET',
      url: `/api/audit?entityId=${d.id}&action=assessment.evidence_deleted`,
    })
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(2)
  })

  it('is closed with everything else once submitted (409 INVALID_TRANSITION), storing nothing', async () => {
    const { s, owner, d, rhk1 } = await setup()
    const link = await a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
      rhkId: rhk1,
      url: 'https://drive.example.go.id/y',
    })
    const entry = await logProgress(t, owner, { rhkId: rhk1, date: '2026-11-26' })
    const photo = await attachEvidence(t, owner, entry.id)
    await a.submit(s.o.staff1, await a.fill(s.o.staff1, await a.read(s.o.staff1, d.id)))
    const data = evidenceFiles.jpeg('late', 512)
    const attempts: [string, () => Promise<Res>][] = [
      ['upload', () => uploadAssessmentEvidence(t, owner, d.id, rhk1, { data, filename: 'a.jpg' })],
      [
        'link',
        () =>
          a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/link`, {
            rhkId: rhk1,
            url: 'https://drive.example.go.id/z',
          }),
      ],
      [
        'pick',
        () =>
          a.call(s.o.staff1, 'POST', `${ASSESSMENTS}/${d.id}/evidence/pick`, {
            rhkId: rhk1,
            progressEvidenceId: photo.id,
          }),
      ],
      [
        'delete',
        () =>
          a.call(
            s.o.staff1,
            'DELETE',
            `${ASSESSMENTS}/${d.id}/evidence/${link.json<AssessmentEvidence>().id}`,
          ),
      ],
    ]
    for (const [, send] of attempts) expectError(await send(), 409, 'INVALID_TRANSITION')
    expect(await isStored(sha(data))).toBe(false)
    expect(await evidenceRows(d.id)).toHaveLength(1)
  })
})
