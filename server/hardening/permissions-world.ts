import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { DEMO_PASSWORD } from '../db/seed/demo.ts'
import { notifications } from '../modules/notifications/notifications.tables.ts'
import { evidenceFiles, multipart } from '../test/activities-factories.ts'
import { setupAssessmentOffice } from '../test/assessment-factories.ts'
import { TEST_PASSWORD } from '../test/factories.ts'
import { setupTestApp, type Session } from '../test/test-app.ts'
import { KINDS, type Kind, type Records } from './permissions-ops.ts'

/**
 * The world of the permissions matrix: instansi A is the Gianyar demo (its people, a year of
 * progress, assessments, angka kredit, tickets…), instansi B a small office built with the test
 * factories. Each "target" is the set of records of one person, with the instansi-level records
 * (unit, jabatan, period, holiday, FAQ, acting, rejected import) of their instansi.
 */

export const ROLES = [
  'anonymous',
  'pegawai',
  'atasan',
  'atasanAtasan',
  'pic',
  'otherAdmin',
  'admin',
] as const
export type Role = (typeof ROLES)[number]
export const TARGETS = ['self', 'peer', 'outsider', 'otherInstansi', 'none'] as const
export type Target = (typeof TARGETS)[number]

type Account = { username: string; password: string }
type Person = Account & { pegawaiId: string; userId: string; unitId: string; jabatanId: string }

export async function buildWorld() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-matrix-'))
  const t = await setupTestApp({
    demoToday: '2026-11-27',
    env: { DATA_DIR: dataDir },
  })
  const rows = async <R>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as R[]
  const one = async (query: ReturnType<typeof sql>): Promise<string | undefined> =>
    (await rows<{ id: string }>(query))[0]?.id

  const sessions = new Map<string, Promise<Session>>()
  const session = (a: Account) => {
    let s = sessions.get(a.username)
    if (!s) {
      s = t.login(a.username, a.password)
      sessions.set(a.username, s)
    }
    return s
  }
  const call = async (a: Account, method: string, url: string, payload?: unknown) =>
    t.as(await session(a), {
      method: method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  const must = async (res: Awaited<ReturnType<typeof call>>, what: string) => {
    if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`)
    return res.json<Record<string, unknown>>()
  }
  /** Why a record could not be made (the matrix lists these when a kind is missing). */
  const notes: string[] = []
  const idOf = (what: string) => (res: Awaited<ReturnType<typeof call>>) => {
    if (res.statusCode < 300) return res.json<{ id: string }>().id
    notes.push(`${what}: ${res.statusCode} ${res.body.slice(0, 200)}`)
    return undefined
  }

  const personOf = async (pegawaiId: string, password: string): Promise<Person> => {
    const [p] = await rows<{ username: string; userId: string; unitId: string; jabatanId: string }>(
      sql`SELECT u.username, u.id AS "userId", p.unit_id AS "unitId", p.jabatan_id AS "jabatanId"
          FROM pegawai p JOIN user_accounts u ON u.pegawai_id = p.id WHERE p.id = ${pegawaiId}`,
    )
    if (!p) throw new Error(`no account for pegawai ${pegawaiId}`)
    return { ...p, pegawaiId, password }
  }
  const profile = async (a: Account) =>
    (await must(await call(a, 'GET', '/api/org/me/profile'), 'profile')) as {
      pegawai: { id: string; atasanId: string | null }
    }
  const demoLogin = (label: string) => {
    const acc = t.demo?.accounts.find((a) => a.role.startsWith(label))
    if (!acc) throw new Error(`no demo account ${label}`)
    return { username: acc.login, password: DEMO_PASSWORD }
  }

  // ---------- instansi A: the demo ----------
  const instansiA = t.demo!.instansiId
  const adminA: Account = { username: 'admin', password: DEMO_PASSWORD }
  const pelaksana = (await profile(demoLogin('Pelaksana'))).pegawai
  const pegawaiA = await personOf(pelaksana.id, DEMO_PASSWORD)
  const atasanA = await personOf(pelaksana.atasanId!, DEMO_PASSWORD)
  const atasanAtasanA = await personOf((await profile(atasanA)).pegawai.atasanId!, DEMO_PASSWORD)
  const picA = await personOf((await profile(demoLogin('PIC Helpdesk'))).pegawai.id, DEMO_PASSWORD)

  /** The atasan chain of a pegawai (by the profile each person sees of themselves). */
  const chainOf = async (p: Person) => {
    const chain: string[] = []
    let cur: Person | null = p
    while (cur) {
      const up: string | null = (await profile(cur)).pegawai.atasanId
      if (!up || chain.includes(up)) break
      chain.push(up)
      cur = await personOf(up, DEMO_PASSWORD)
    }
    return chain
  }
  const hasRecords = sql`EXISTS (SELECT 1 FROM progress_evidence e WHERE e.pegawai_id = p.id)
      AND EXISTS (SELECT 1 FROM assessments a WHERE a.pegawai_id = p.id)`
  // A colleague: same atasan, not the PIC.
  const peerId = await one(sql`SELECT p.id FROM pegawai p
      WHERE p.instansi_id = ${instansiA} AND p.unit_id = ${pegawaiA.unitId}
        AND p.id NOT IN (${pegawaiA.pegawaiId}, ${atasanA.pegawaiId}, ${picA.pegawaiId})
        AND p.jabatan_id NOT IN (SELECT id FROM jabatan WHERE heads_unit)
        AND ${hasRecords}
      ORDER BY p.nip LIMIT 1`)
  const peerA = await personOf(peerId!, DEMO_PASSWORD)
  if ((await profile(peerA)).pegawai.atasanId !== atasanA.pegawaiId)
    throw new Error('the peer does not share the atasan')
  // Someone in another part of the tree: neither the atasan nor their atasan above them.
  const candidates = await rows<{ id: string }>(sql`SELECT p.id FROM pegawai p
      WHERE p.instansi_id = ${instansiA} AND p.unit_id <> ${pegawaiA.unitId} AND ${hasRecords}
        AND p.id NOT IN (${picA.pegawaiId}, ${atasanAtasanA.pegawaiId})
      ORDER BY p.nip`)
  let outsiderA: Person | null = null
  for (const c of candidates) {
    const p = await personOf(c.id, DEMO_PASSWORD)
    const chain = await chainOf(p)
    if (
      !chain.includes(atasanAtasanA.pegawaiId) &&
      !chain.includes(atasanA.pegawaiId) &&
      !chain.includes(picA.pegawaiId)
    ) {
      outsiderA = p
      break
    }
  }
  if (!outsiderA) throw new Error('no outsider found in the demo')

  // ---------- instansi B: a small office ----------
  const b = await setupAssessmentOffice(t)
  const adminB: Account = { username: b.o.admin.username, password: TEST_PASSWORD }
  const staffB = await personOf(b.o.staff1.pegawaiId, TEST_PASSWORD)
  const instansiB = b.o.instansi.id

  // ---------- records ----------
  const q4Of = (instansiId: string) =>
    one(sql`SELECT id FROM periods WHERE instansi_id = ${instansiId} AND year = 2026
        AND start_date <= '2026-11-27' AND end_date >= '2026-11-27' AND kind <> 'annual'
        ORDER BY start_date DESC LIMIT 1`)

  async function instansiRecords(instansiId: string, admin: Account): Promise<Records> {
    const r: Records = { instansi: instansiId }
    r.period = await q4Of(instansiId)
    r.holiday = await one(
      sql`SELECT id FROM holidays WHERE instansi_id = ${instansiId} ORDER BY date DESC LIMIT 1`,
    )
    r.faq =
      (await one(sql`SELECT id FROM helpdesk_faq WHERE instansi_id = ${instansiId} LIMIT 1`)) ??
      ((
        await must(
          await call(admin, 'POST', '/api/helpdesk/faq', {
            question: 'Bagaimana cara masuk?',
            answer: 'Dengan NIP dan kata sandi.',
            category: 'akun',
            published: true,
          }),
          'faq',
        )
      ).id as string)
    const imp = multipart([
      { name: 'mode', data: 'valid-only' },
      {
        name: 'file',
        data: Buffer.from('nip,nama,unit,jabatan,status\nbukan-nip,Tanpa Nama,,,PNS\n'),
        filename: 'pegawai.csv',
        contentType: 'text/csv',
      },
    ])
    const res = t.as(await session(admin), {
      method: 'POST',
      url: '/api/org/import/pegawai',
      payload: imp.payload,
      headers: imp.headers,
    })
    const body = (await res).json<{ rejectedFileId?: string | null }>()
    r.importRejected = body.rejectedFileId ?? undefined
    if (!r.importRejected) notes.push(`rejected import: ${JSON.stringify(body).slice(0, 300)}`)
    return r
  }

  async function personRecords(
    p: Person,
    admin: Account,
    base: Records,
    atasan: Account,
  ): Promise<Records> {
    const r: Records = {
      ...base,
      unit: p.unitId,
      jabatan: p.jabatanId,
      pegawai: p.pegawaiId,
      user: p.userId,
    }
    const id = p.pegawaiId
    r.skp = await one(sql`SELECT id FROM skp WHERE pegawai_id = ${id} AND year = 2026
        AND status <> 'ditutup' ORDER BY (status = 'disetujui') DESC LIMIT 1`)
    r.rhk = await one(sql`SELECT id FROM rhk WHERE skp_id = ${r.skp ?? null} ORDER BY seq LIMIT 1`)
    r.indikator = await one(
      sql`SELECT id FROM indikator WHERE rhk_id = ${r.rhk ?? null} ORDER BY seq LIMIT 1`,
    )
    r.rencanaAksi = await one(sql`SELECT id FROM rencana_aksi WHERE pegawai_id = ${id} LIMIT 1`)
    if (!r.rencanaAksi && r.rhk && r.period) {
      r.rencanaAksi = (
        await must(
          await call(p, 'POST', '/api/activities/rencana-aksi', {
            rhkId: r.rhk,
            periodId: r.period,
            description: 'Menyusun draf laporan',
            targetValue: 3,
            targetUnit: 'Dokumen',
          }),
          'rencana aksi',
        )
      ).id as string
    }
    const [ev] = await rows<{ id: string; progress: string }>(sql`SELECT id, progress_id AS progress
        FROM progress_evidence WHERE pegawai_id = ${id} ORDER BY created_at DESC LIMIT 1`)
    if (ev) {
      r.evidence = ev.id
      r.progress = ev.progress
    } else {
      const entry = await must(
        await call(p, 'POST', '/api/activities/progress', {
          clientId: randomUUID(),
          date: '2026-11-26',
          startTime: '08:00',
          endTime: '10:00',
          description: 'Menyusun laporan pelaksanaan kegiatan pelayanan',
          rhkId: r.rhk ?? null,
          realisasi: 1,
          satuan: 'Laporan',
        }),
        'progress',
      )
      r.progress = entry.id as string
      const body = multipart([
        {
          name: 'file',
          data: evidenceFiles.pdf(),
          filename: 'a.pdf',
          contentType: 'application/pdf',
        },
      ])
      const up = await t.as(await session(p), {
        method: 'POST',
        url: `/api/activities/progress/${r.progress}/evidence`,
        payload: body.payload,
        headers: body.headers,
      })
      r.evidence = (await must(up, 'evidence')).id as string
    }
    r.template =
      (await one(sql`SELECT id FROM progress_templates WHERE pegawai_id = ${id} LIMIT 1`)) ??
      idOf('template')(
        await call(p, 'POST', '/api/activities/templates', {
          name: 'Rapat rutin',
          description: 'Mengikuti rapat koordinasi mingguan',
        }),
      )
    r.feedbackThread = await one(
      sql`SELECT id FROM feedback_threads WHERE pegawai_id = ${id} LIMIT 1`,
    )
    if (!r.feedbackThread && r.skp && r.rhk) {
      const res = await call(atasan, 'POST', '/api/activities/feedback', {
        skpId: r.skp,
        topicKind: 'rhk',
        rhkId: r.rhk,
        body: 'Mohon lengkapi bukti dukung.',
      })
      r.feedbackThread = idOf('feedback thread')(res)
    }
    if (!(await one(sql`SELECT id FROM assessments WHERE pegawai_id = ${id} LIMIT 1`)))
      await call(p, 'GET', '/api/assessments/mine?year=2026')
    r.assessment = await one(sql`SELECT a.id FROM assessments a WHERE a.pegawai_id = ${id}
        ORDER BY EXISTS (SELECT 1 FROM assessment_evidence e WHERE e.assessment_id = a.id) DESC,
          a.created_at DESC LIMIT 1`)
    r.assessmentEvidence = await one(
      sql`SELECT id FROM assessment_evidence WHERE assessment_id = ${r.assessment ?? null} LIMIT 1`,
    )
    if (!r.assessmentEvidence && r.assessment && r.rhk) {
      const res = await call(p, 'POST', `/api/assessments/${r.assessment}/evidence/link`, {
        rhkId: r.rhk,
        url: 'https://contoh.go.id/bukti',
        name: 'Bukti',
      })
      r.assessmentEvidence = idOf('assessment evidence')(res)
    }
    r.extension =
      (await one(sql`SELECT id FROM assessment_extensions WHERE pegawai_id = ${id} LIMIT 1`)) ??
      (await call(admin, 'POST', '/api/assessments/extensions', {
        periodId: r.period,
        pegawaiId: id,
        until: '2027-02-20',
        reason: 'Sakit',
      }).then(idOf(`extension of ${id}`)))
    // A manual angka kredit line (the API adds them only for jabatan fungsional).
    r.akEntry =
      (await one(sql`SELECT id FROM ak_entries WHERE pegawai_id = ${id} LIMIT 1`)) ??
      (await one(sql`INSERT INTO ak_entries
          (instansi_id, pegawai_id, year, source, jenjang, ak, note, created_by_name)
          VALUES (${base.instansi}, ${id}, 2025, 'manual', 'terampil', 1, 'Koreksi', 'Admin')
          RETURNING id`))
    r.coaching =
      (await one(sql`SELECT id FROM coaching_plans WHERE pegawai_id = ${id} LIMIT 1`)) ??
      (await call(admin, 'POST', '/api/followup/coaching', {
        pegawaiId: id,
        plan: 'Pendampingan penyusunan laporan',
        followUpDate: '2027-01-10',
      }).then(idOf(`coaching of ${id}`)))
    r.ticket =
      (await one(sql`SELECT id FROM helpdesk_tickets WHERE reporter_user_id = ${p.userId}
          AND status <> 'selesai' LIMIT 1`)) ??
      ((
        await must(
          await call(p, 'POST', '/api/helpdesk/tickets', {
            category: 'akun',
            subject: 'Tidak bisa mengunggah bukti',
            description: 'Unggahan bukti dukung gagal terus sejak pagi.',
            context: { path: '/', userAgent: 'test', viewport: '360x740', online: true },
          }),
          'ticket',
        )
      ).id as string)
    r.attachment = await one(
      sql`SELECT id FROM helpdesk_attachments WHERE ticket_id = ${r.ticket} LIMIT 1`,
    )
    if (!r.attachment) {
      const body = multipart([
        { name: 'file', data: evidenceFiles.png(), filename: 'l.png', contentType: 'image/png' },
      ])
      const up = await t.as(await session(p), {
        method: 'POST',
        url: `/api/helpdesk/tickets/${r.ticket}/attachments`,
        payload: body.payload,
        headers: body.headers,
      })
      r.attachment = (await must(up, 'attachment')).id as string
    }
    const [n] = await t.db
      .insert(notifications)
      .values({
        instansiId: base.instansi,
        userId: p.userId,
        kind: 'helpdesk',
        title: 'Tiket dibalas',
        body: 'Tiket Anda dibalas',
      })
      .returning({ id: notifications.id })
    r.notification = n!.id
    r.exclusion = await call(admin, 'POST', `/api/org/pegawai/${id}/exclusions`, {
      reason: 'cuti_besar',
      startDate: '2027-03-01',
      endDate: '2027-03-31',
    }).then(idOf(`exclusion of ${id}`))
    r.override = await call(admin, 'POST', `/api/org/pegawai/${id}/atasan-overrides`, {
      atasanId: (
        await rows<{ id: string }>(sql`SELECT p.id FROM pegawai p
          WHERE p.instansi_id = ${base.instansi} AND p.id <> ${id} AND p.active ORDER BY p.nip LIMIT 1`)
      )[0]!.id,
      startDate: '2027-04-01',
      endDate: '2027-04-30',
    }).then(idOf(`override of ${id}`))
    r.acting = await call(admin, 'POST', '/api/org/acting', {
      pegawaiId: id,
      unitId: p.unitId,
      kind: 'plh',
      startDate: '2027-05-03',
      endDate: '2027-05-07',
    }).then(idOf(`acting of ${id}`))
    return r
  }

  const baseA = await instansiRecords(instansiA, adminA)
  const baseB = await instansiRecords(instansiB, adminB)
  const targets: Record<Target, Records> = {
    self: await personRecords(pegawaiA, adminA, baseA, atasanA),
    peer: await personRecords(peerA, adminA, baseA, atasanA),
    outsider: await personRecords(outsiderA, adminA, baseA, adminA),
    otherInstansi: await personRecords(staffB, adminB, baseB, {
      username: b.o.kasub.username,
      password: TEST_PASSWORD,
    }),
    // Random ids of the right shape (a rejected import file is named by 32 hex digits).
    none: Object.fromEntries(
      KINDS.map((k) => [
        k,
        k === 'importRejected' ? randomBytes(16).toString('hex') : randomUUID(),
      ]),
    ),
  }
  const accounts: Record<Exclude<Role, 'anonymous'>, Account> = {
    pegawai: pegawaiA,
    atasan: atasanA,
    atasanAtasan: atasanAtasanA,
    pic: picA,
    otherAdmin: adminB,
    admin: adminA,
  }
  return {
    t,
    targets,
    accounts,
    dataDir,
    /** A signed-in session (cached; `forget` signs in again on next use). */
    session,
    forget: () => sessions.clear(),
    rows,
    notes,
  }
}
export type World = Awaited<ReturnType<typeof buildWorld>>

/** Which kinds of a target the record set lacks (the matrix reports them). */
export const missingKinds = (r: Records, kinds: readonly Kind[]) => kinds.filter((k) => !r[k])
