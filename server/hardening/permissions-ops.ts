import type { InjectOptions } from 'fastify'
import { NOTIFICATION_CATEGORIES } from '../../shared/notifications.ts'
import { JABATAN_JENIS } from '../../shared/org.ts'
import { DEFAULT_AK_KOEFISIEN, DEFAULT_AK_SHARE } from '../../shared/rules/angka-kredit.ts'
import { evidenceFiles, multipart } from '../test/activities-factories.ts'
import type { TestApp } from '../test/test-app.ts'

/**
 * The requests of the permissions matrix (server/hardening/permissions-matrix.test.ts): one spec
 * per OpenAPI operation, built from a set of records ("target"). An operation of the OpenAPI
 * document without a spec here fails the matrix, so new routes get covered.
 */

/** Every kind of record the API addresses by id (path, query or body). */
export const KINDS = [
  'instansi',
  'unit',
  'jabatan',
  'pegawai',
  'user',
  'exclusion',
  'override',
  'acting',
  'importRejected',
  'period',
  'holiday',
  'skp',
  'rhk',
  'indikator',
  'rencanaAksi',
  'progress',
  'evidence',
  'template',
  'feedbackThread',
  'assessment',
  'assessmentEvidence',
  'extension',
  'notification',
  'akEntry',
  'coaching',
  'ticket',
  'attachment',
  'faq',
] as const
export type Kind = (typeof KINDS)[number]
export type Records = Partial<Record<Kind, string>>

/**
 * Kinds that are one person's own business: only the person, their atasan chain and the admin
 * (for tickets: the PIC) may see them. The others (units, jabatan, the pegawai directory,
 * periods, holidays, FAQ) are visible to every member of the instansi.
 */
export const PRIVATE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'skp',
  'rhk',
  'indikator',
  'rencanaAksi',
  'progress',
  'evidence',
  'template',
  'feedbackThread',
  'assessment',
  'assessmentEvidence',
  'extension',
  'notification',
  'akEntry',
  'coaching',
  'ticket',
  'attachment',
  'exclusion',
  'override',
])

/** Reads the current `version` of a row (for bodies that carry it); 0 when there is none. */
export type VersionOf = (table: string, id: string | undefined, column?: string) => Promise<number>

export type OpRequest = Pick<InjectOptions, 'method' | 'url' | 'headers'> & {
  payload?: InjectOptions['payload']
}

export type OpSpec = {
  /** The record kinds the request addresses (the target must hold all of them). */
  kinds: Kind[]
  /**
   * Personal data addressed through the kinds (someone outside the owner's chain must be
   * refused even inside the instansi). Default: true when any kind is private.
   */
  personal?: boolean
  /** Ends or changes sessions: the matrix signs in again afterwards. */
  touchesSessions?: boolean
  build: (r: Records, v: VersionOf) => OpRequest | Promise<OpRequest>
}

/** Operations anyone may call without a session. A new public route fails the matrix until listed. */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'GET /api/health',
  'POST /api/auth/login',
])

const YEAR = 2026
const json = (method: OpRequest['method'], url: string, payload?: unknown): OpRequest => ({
  method,
  url,
  ...(payload === undefined ? {} : { payload: payload as object }),
})
const get = (url: string) => json('GET', url)
const del = (url: string) => json('DELETE', url)
const upload = (url: string, file: { data: Buffer; filename: string; contentType: string }) => {
  const body = multipart([{ name: 'file', ...file }])
  return { method: 'POST' as const, url, payload: body.payload, headers: body.headers }
}
const pdf = () => ({
  data: evidenceFiles.pdf(),
  filename: 'bukti.pdf',
  contentType: 'application/pdf',
})
const csv = (text: string) => ({
  data: Buffer.from(text),
  filename: 'data.csv',
  contentType: 'text/csv',
})
const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams()
  for (const [k, val] of Object.entries(params)) if (val !== undefined) s.set(k, String(val))
  const text = s.toString()
  return text ? `?${text}` : ''
}
const spec = (kinds: Kind[], build: OpSpec['build'], extra: Partial<OpSpec> = {}): OpSpec => ({
  kinds,
  build,
  ...extra,
})
const none = (build: OpSpec['build'], extra: Partial<OpSpec> = {}) => spec([], build, extra)
const settings = {
  activities: {
    lateWorkingDays: 3,
    reminderHour: 16,
    deadlineReminderDays: 3,
    minDescriptionChars: 20,
    maxEntryHours: 12,
    staleRhkWeeks: 3,
    duplicateMinCount: 3,
  },
  share: DEFAULT_AK_SHARE,
  jenjang: DEFAULT_AK_KOEFISIEN,
  tppBasis: Object.fromEntries(JABATAN_JENIS.map((j) => [j, 1])),
}
const prefs = Object.fromEntries(
  NOTIFICATION_CATEGORIES.map((c) => [c, { inApp: true, email: false }]),
)

/** One spec per `METHOD /path` of the OpenAPI document. */
export const OPERATIONS: Record<string, OpSpec> = {
  // ---------- system, auth, users ----------
  'GET /api/health': none(() => get('/api/health')),
  'POST /api/auth/login': none(() =>
    json('POST', '/api/auth/login', { username: 'tidak-ada', password: 'salah-sekali' }),
  ),
  'POST /api/auth/logout': none(() => json('POST', '/api/auth/logout'), { touchesSessions: true }),
  'GET /api/auth/me': none(() => get('/api/auth/me')),
  'POST /api/auth/change-password': none(
    () =>
      json('POST', '/api/auth/change-password', {
        currentPassword: 'bukan-sandi-lama',
        newPassword: 'SandiBaru2026!x',
      }),
    { touchesSessions: true },
  ),
  'GET /api/users/': none(() => get('/api/users/')),
  'PATCH /api/users/{userId}': spec(
    ['user'],
    (r) => json('PATCH', `/api/users/${r.user}`, { roles: [] }),
    { personal: false, touchesSessions: true },
  ),
  'POST /api/users/{userId}/reset-password': spec(
    ['user'],
    (r) => json('POST', `/api/users/${r.user}/reset-password`),
    { personal: false, touchesSessions: true },
  ),

  // ---------- org ----------
  'GET /api/org/instansi': none(() => get('/api/org/instansi')),
  'PATCH /api/org/instansi': none(() =>
    json('PATCH', '/api/org/instansi', { timeZone: 'Asia/Makassar' }),
  ),
  'GET /api/org/units': none(() => get('/api/org/units')),
  'POST /api/org/units': spec(['unit'], (r) =>
    json('POST', '/api/org/units', { name: 'Unit Matriks', parentId: r.unit }),
  ),
  'PATCH /api/org/units/{unitId}': spec(['unit'], (r) =>
    json('PATCH', `/api/org/units/${r.unit}`, { code: 'MTX' }),
  ),
  'GET /api/org/jabatan': spec(['unit'], (r) => get(`/api/org/jabatan${q({ unitId: r.unit })}`)),
  'POST /api/org/jabatan': spec(['unit'], (r) =>
    json('POST', '/api/org/jabatan', {
      name: 'Jabatan Matriks',
      jenis: 'administrator',
      unitId: r.unit,
    }),
  ),
  'PATCH /api/org/jabatan/{jabatanId}': spec(['jabatan'], (r) =>
    json('PATCH', `/api/org/jabatan/${r.jabatan}`, { active: true }),
  ),
  'GET /api/org/pegawai': spec(['unit'], (r) => get(`/api/org/pegawai${q({ unitId: r.unit })}`)),
  'POST /api/org/pegawai': spec(['unit', 'jabatan'], (r) =>
    json('POST', '/api/org/pegawai', {
      nip: '199901012024011001',
      name: 'Pegawai Matriks',
      status: 'PNS',
      unitId: r.unit,
      jabatanId: r.jabatan,
    }),
  ),
  'GET /api/org/pegawai/{pegawaiId}': spec(['pegawai'], (r) =>
    get(`/api/org/pegawai/${r.pegawai}`),
  ),
  'PATCH /api/org/pegawai/{pegawaiId}': spec(['pegawai'], (r) =>
    json('PATCH', `/api/org/pegawai/${r.pegawai}`, { phone: '081234567890' }),
  ),
  'GET /api/org/pegawai/{pegawaiId}/exclusions': spec(
    ['pegawai'],
    (r) => get(`/api/org/pegawai/${r.pegawai}/exclusions`),
    { personal: true },
  ),
  'POST /api/org/pegawai/{pegawaiId}/exclusions': spec(
    ['pegawai'],
    (r) =>
      json('POST', `/api/org/pegawai/${r.pegawai}/exclusions`, {
        reason: 'cuti_besar',
        startDate: '2027-08-01',
        endDate: '2027-08-31',
      }),
    { personal: true },
  ),
  'DELETE /api/org/pegawai/{pegawaiId}/exclusions/{exclusionId}': spec(
    ['pegawai', 'exclusion'],
    (r) => del(`/api/org/pegawai/${r.pegawai}/exclusions/${r.exclusion}`),
  ),
  'GET /api/org/pegawai/{pegawaiId}/atasan-overrides': spec(
    ['pegawai'],
    (r) => get(`/api/org/pegawai/${r.pegawai}/atasan-overrides`),
    { personal: true },
  ),
  'POST /api/org/pegawai/{pegawaiId}/atasan-overrides': spec(
    ['pegawai'],
    // The atasan named is the target's own pegawai record: refused as a loop if ever reached.
    (r) =>
      json('POST', `/api/org/pegawai/${r.pegawai}/atasan-overrides`, {
        atasanId: r.pegawai,
        startDate: '2027-09-01',
      }),
    { personal: true },
  ),
  'DELETE /api/org/pegawai/{pegawaiId}/atasan-overrides/{overrideId}': spec(
    ['pegawai', 'override'],
    (r) => del(`/api/org/pegawai/${r.pegawai}/atasan-overrides/${r.override}`),
  ),
  'GET /api/org/acting': none(() => get('/api/org/acting')),
  'POST /api/org/acting': spec(['pegawai', 'unit'], (r) =>
    json('POST', '/api/org/acting', {
      pegawaiId: r.pegawai,
      unitId: r.unit,
      kind: 'plh',
      startDate: '2027-10-01',
      endDate: '2027-10-05',
    }),
  ),
  'DELETE /api/org/acting/{actingId}': spec(['acting'], (r) => del(`/api/org/acting/${r.acting}`)),
  'GET /api/org/me/profile': none(() => get('/api/org/me/profile')),
  'GET /api/org/me/subordinates': none(() => get('/api/org/me/subordinates')),
  'POST /api/org/import/pegawai': none(() =>
    upload('/api/org/import/pegawai', csv('nip,nama\n123,Tanpa Unit\n')),
  ),
  'POST /api/org/import/units': none(() =>
    upload('/api/org/import/units', csv('kode,nama,induk\n,,\n')),
  ),
  'GET /api/org/import/rejected/{id}': spec(
    ['importRejected'],
    (r) => get(`/api/org/import/rejected/${r.importRejected}`),
    { personal: false },
  ),
  'GET /api/org/export/pegawai': none(() => get('/api/org/export/pegawai?format=csv')),
  'GET /api/org/export/units': none(() => get('/api/org/export/units?format=xlsx')),

  // ---------- periods ----------
  'GET /api/periods/current': none(() => get('/api/periods/current')),
  'GET /api/periods/years': none(() => get('/api/periods/years')),
  'POST /api/periods/years': none(() =>
    json('POST', '/api/periods/years', { year: 2031, assessmentFrequency: 'quarterly' }),
  ),
  'GET /api/periods/years/{year}': none(() => get(`/api/periods/years/${YEAR}`)),
  'PATCH /api/periods/years/{year}': none(() =>
    json('PATCH', `/api/periods/years/${YEAR}`, { assessmentFrequency: 'quarterly' }),
  ),
  'PATCH /api/periods/periods/{periodId}': spec(['period'], (r) =>
    json('PATCH', `/api/periods/periods/${r.period}`, { name: 'Periode Matriks' }),
  ),
  'PUT /api/periods/years/{year}/calendar': none(() =>
    json('PUT', `/api/periods/years/${YEAR}/calendar`, { workingWeekdays: [1, 2, 3, 4, 5] }),
  ),
  'POST /api/periods/years/{year}/holidays': none(() =>
    json('POST', `/api/periods/years/${YEAR}/holidays`, {
      date: '2026-12-30',
      name: 'Libur Matriks',
      kind: 'local',
    }),
  ),
  'POST /api/periods/years/{year}/holidays/load-defaults': none(() =>
    json('POST', `/api/periods/years/${YEAR}/holidays/load-defaults`, {
      national: true,
      local: 'bali',
    }),
  ),
  'DELETE /api/periods/holidays/{holidayId}': spec(['holiday'], (r) =>
    del(`/api/periods/holidays/${r.holiday}`),
  ),
  'GET /api/audit/': spec(['pegawai'], (r) => get(`/api/audit/${q({ entityId: r.pegawai })}`), {
    personal: false,
  }),

  // ---------- SKP ----------
  'POST /api/skp/': spec(['skp'], (r) =>
    json('POST', '/api/skp/', { year: 2027, pendekatan: 'kuantitatif', copyFromSkpId: r.skp }),
  ),
  'GET /api/skp/': none(() => get('/api/skp/?scope=all&pageSize=200')),
  'POST /api/skp/bulk-approve': spec(['skp'], async (r, v) =>
    json('POST', '/api/skp/bulk-approve', {
      items: [{ id: r.skp, version: await v('skp', r.skp) }],
    }),
  ),
  'GET /api/skp/matriks': spec(['pegawai'], (r) =>
    get(`/api/skp/matriks${q({ year: YEAR, pegawaiId: r.pegawai })}`),
  ),
  'GET /api/skp/tree': spec(
    ['unit'],
    (r) => get(`/api/skp/tree${q({ year: YEAR, unitId: r.unit })}`),
    {
      personal: false,
    },
  ),
  'GET /api/skp/pk': spec(['unit'], (r) => get(`/api/skp/pk${q({ year: YEAR, unitId: r.unit })}`), {
    personal: false,
  }),
  'PUT /api/skp/pk/{unitId}/{year}': spec(['unit'], (r) =>
    json('PUT', `/api/skp/pk/${r.unit}/2027`, {
      targets: [{ sasaranStrategis: 'Sasaran matriks', indikator: 'Indikator matriks' }],
    }),
  ),
  'GET /api/skp/{id}': spec(['skp'], (r) => get(`/api/skp/${r.skp}`)),
  'PUT /api/skp/{id}': spec(['skp'], async (r, v) =>
    json('PUT', `/api/skp/${r.skp}`, {
      version: await v('skp', r.skp),
      rhk: [
        {
          jenis: 'utama',
          text: 'RHK matriks',
          indikator: [{ aspek: 'kuantitas', text: 'Indikator', targetValue: 1, targetUnit: 'Dok' }],
        },
      ],
    }),
  ),
  ...Object.fromEntries(
    (['submit', 'approve', 'revise'] as const).map((action) => [
      `POST /api/skp/{id}/${action}`,
      spec(['skp'], async (r, v) =>
        json('POST', `/api/skp/${r.skp}/${action}`, { version: await v('skp', r.skp) }),
      ),
    ]),
  ),
  ...Object.fromEntries(
    (['return', 'close'] as const).map((action) => [
      `POST /api/skp/{id}/${action}`,
      spec(['skp'], async (r, v) =>
        json('POST', `/api/skp/${r.skp}/${action}`, {
          version: await v('skp', r.skp),
          reason: 'Alasan matriks',
        }),
      ),
    ]),
  ),
  'PUT /api/skp/{id}/ekspektasi': spec(['skp'], async (r, v) =>
    json('PUT', `/api/skp/${r.skp}/ekspektasi`, {
      version: await v('skp', r.skp),
      items: [{ coreValue: 'akuntabel', ekspektasiKhusus: 'Ekspektasi matriks' }],
    }),
  ),
  'GET /api/skp/{id}/revisions': spec(['skp'], (r) => get(`/api/skp/${r.skp}/revisions`)),
  'GET /api/skp/{id}/atasan-rhk': spec(['skp'], (r) => get(`/api/skp/${r.skp}/atasan-rhk`)),
  'GET /api/skp/{id}/dialog': spec(['skp'], (r) => get(`/api/skp/${r.skp}/dialog`)),
  'POST /api/skp/{id}/dialog': spec(['skp'], (r) =>
    json('POST', `/api/skp/${r.skp}/dialog`, { text: 'Catatan matriks' }),
  ),
  'GET /api/skp/{id}/pdf': spec(['skp'], (r) => get(`/api/skp/${r.skp}/pdf`)),
  'GET /api/skp/{id}/xlsx': spec(['skp'], (r) => get(`/api/skp/${r.skp}/xlsx`)),

  // ---------- activities ----------
  'GET /api/activities/rencana-aksi': spec(['period', 'pegawai'], (r) =>
    get(`/api/activities/rencana-aksi${q({ periodId: r.period, pegawaiId: r.pegawai })}`),
  ),
  'POST /api/activities/rencana-aksi': spec(['rhk', 'period'], (r) =>
    json('POST', '/api/activities/rencana-aksi', {
      rhkId: r.rhk,
      periodId: r.period,
      description: 'Rencana aksi matriks',
      targetValue: 1,
      targetUnit: 'Dokumen',
    }),
  ),
  'PATCH /api/activities/rencana-aksi/{id}': spec(['rencanaAksi'], (r) =>
    json('PATCH', `/api/activities/rencana-aksi/${r.rencanaAksi}`, { targetValue: 2 }),
  ),
  'DELETE /api/activities/rencana-aksi/{id}': spec(['rencanaAksi'], (r) =>
    del(`/api/activities/rencana-aksi/${r.rencanaAksi}`),
  ),
  'GET /api/activities/progress': spec(['pegawai'], (r) =>
    get(`/api/activities/progress${q({ pegawaiId: r.pegawai, pageSize: 200 })}`),
  ),
  'POST /api/activities/progress': spec(['rhk'], (r) =>
    json('POST', '/api/activities/progress', {
      clientId: '6b0f8a52-4f7e-4c1b-9a53-6a1de0f0c001',
      date: '2026-11-26',
      startTime: '13:00',
      endTime: '14:00',
      description: 'Menyusun catatan uji matriks hak akses',
      rhkId: r.rhk,
      realisasi: 1,
      satuan: 'Dokumen',
    }),
  ),
  'GET /api/activities/progress/import/template': none(() =>
    get('/api/activities/progress/import/template'),
  ),
  'POST /api/activities/progress/import': none(() =>
    upload('/api/activities/progress/import?dryRun=true', csv('tanggal,uraian\n2026-11-26,x\n')),
  ),
  'GET /api/activities/progress/{id}': spec(['progress'], (r) =>
    get(`/api/activities/progress/${r.progress}`),
  ),
  'PATCH /api/activities/progress/{id}': spec(['progress'], async (r, v) =>
    json('PATCH', `/api/activities/progress/${r.progress}`, {
      version: await v('daily_progress', r.progress),
      realisasi: 2,
    }),
  ),
  'DELETE /api/activities/progress/{id}': spec(['progress'], (r) =>
    del(`/api/activities/progress/${r.progress}`),
  ),
  'POST /api/activities/progress/{id}/evidence': spec(['progress'], (r) =>
    upload(`/api/activities/progress/${r.progress}/evidence`, pdf()),
  ),
  'DELETE /api/activities/progress/{id}/evidence/{evidenceId}': spec(
    ['progress', 'evidence'],
    (r) => del(`/api/activities/progress/${r.progress}/evidence/${r.evidence}`),
  ),
  'GET /api/activities/evidence/{evidenceId}/file': spec(['evidence'], (r) =>
    get(`/api/activities/evidence/${r.evidence}/file`),
  ),
  'GET /api/activities/calendar': spec(['pegawai'], (r) =>
    get(
      `/api/activities/calendar${q({ from: '2026-11-01', to: '2026-11-30', pegawaiId: r.pegawai })}`,
    ),
  ),
  'GET /api/activities/templates': none(() => get('/api/activities/templates')),
  'POST /api/activities/templates': spec(['rhk'], (r) =>
    json('POST', '/api/activities/templates', {
      name: 'Templat matriks',
      description: 'Menyusun laporan mingguan',
      rhkId: r.rhk,
    }),
  ),
  'DELETE /api/activities/templates/{id}': spec(['template'], (r) =>
    del(`/api/activities/templates/${r.template}`),
  ),
  'GET /api/activities/settings': none(() => get('/api/activities/settings')),
  'PUT /api/activities/settings': spec(
    [],
    async (r, v) =>
      json('PUT', '/api/activities/settings', {
        ...settings.activities,
        version: await v('activity_settings', r.instansi, 'instansi_id'),
      }),
    { personal: false },
  ),
  'GET /api/activities/monitoring': none(() => get('/api/activities/monitoring?date=2026-11-26')),
  'POST /api/activities/progress/verify-bulk': spec(['progress'], (r) =>
    json('POST', '/api/activities/progress/verify-bulk', { ids: [r.progress], verdict: 'sesuai' }),
  ),
  'POST /api/activities/progress/{id}/verify': spec(['progress'], (r) =>
    json('POST', `/api/activities/progress/${r.progress}/verify`, { verdict: 'sesuai' }),
  ),
  'GET /api/activities/progress/{id}/verifications': spec(['progress'], (r) =>
    get(`/api/activities/progress/${r.progress}/verifications`),
  ),
  'GET /api/activities/feedback': spec(['skp'], (r) =>
    get(`/api/activities/feedback${q({ skpId: r.skp })}`),
  ),
  'POST /api/activities/feedback': spec(['skp', 'rhk'], (r) =>
    json('POST', '/api/activities/feedback', {
      skpId: r.skp,
      topicKind: 'rhk',
      rhkId: r.rhk,
      body: 'Umpan balik matriks',
    }),
  ),
  'POST /api/activities/feedback/{threadId}/messages': spec(['feedbackThread'], (r) =>
    json('POST', `/api/activities/feedback/${r.feedbackThread}/messages`, {
      body: 'Balasan matriks',
    }),
  ),

  // ---------- assessments ----------
  'GET /api/assessments/mine': none(() => get(`/api/assessments/mine?year=${YEAR}`)),
  'GET /api/assessments/settings': none(() => get('/api/assessments/settings')),
  'PUT /api/assessments/settings': spec(
    [],
    async (r, v) =>
      json('PUT', '/api/assessments/settings', {
        distributionEnforcement: 'warn',
        objectionDays: 14,
        version: await v('assessment_settings', r.instansi, 'instansi_id'),
      }),
    { personal: false },
  ),
  'GET /api/assessments/extensions': spec(['period'], (r) =>
    get(`/api/assessments/extensions${q({ periodId: r.period })}`),
  ),
  'POST /api/assessments/extensions': spec(['period', 'pegawai'], (r) =>
    json('POST', '/api/assessments/extensions', {
      periodId: r.period,
      pegawaiId: r.pegawai,
      until: '2027-02-27',
      reason: 'Perpanjangan matriks',
    }),
  ),
  'DELETE /api/assessments/extensions/{id}': spec(['extension'], (r) =>
    del(`/api/assessments/extensions/${r.extension}`),
  ),
  'GET /api/assessments/evidence/{evidenceId}/file': spec(['assessmentEvidence'], (r) =>
    get(`/api/assessments/evidence/${r.assessmentEvidence}/file`),
  ),
  'GET /api/assessments/{id}': spec(['assessment'], (r) => get(`/api/assessments/${r.assessment}`)),
  'PUT /api/assessments/{id}/realisasi': spec(['assessment', 'indikator'], async (r, v) =>
    json('PUT', `/api/assessments/${r.assessment}/realisasi`, {
      version: await v('assessments', r.assessment),
      items: [{ indikatorId: r.indikator, value: 1, text: 'Realisasi matriks' }],
    }),
  ),
  ...Object.fromEntries(
    (['submit', 'acknowledge', 'finalise'] as const).map((action) => [
      `POST /api/assessments/{id}/${action}`,
      spec(['assessment'], async (r, v) =>
        json('POST', `/api/assessments/${r.assessment}/${action}`, {
          version: await v('assessments', r.assessment),
        }),
      ),
    ]),
  ),
  ...Object.fromEntries(
    (['objection', 'reopen'] as const).map((action) => [
      `POST /api/assessments/{id}/${action}`,
      spec(['assessment'], async (r, v) =>
        json('POST', `/api/assessments/${r.assessment}/${action}`, {
          version: await v('assessments', r.assessment),
          reason: 'Alasan matriks yang cukup panjang',
        }),
      ),
    ]),
  ),
  'POST /api/assessments/{id}/evidence': spec(['assessment'], (r) =>
    upload(`/api/assessments/${r.assessment}/evidence`, pdf()),
  ),
  'POST /api/assessments/{id}/evidence/link': spec(['assessment', 'rhk'], (r) =>
    json('POST', `/api/assessments/${r.assessment}/evidence/link`, {
      rhkId: r.rhk,
      url: 'https://contoh.go.id/bukti',
      name: 'Tautan matriks',
    }),
  ),
  'POST /api/assessments/{id}/evidence/pick': spec(['assessment', 'rhk', 'evidence'], (r) =>
    json('POST', `/api/assessments/${r.assessment}/evidence/pick`, {
      rhkId: r.rhk,
      progressEvidenceId: r.evidence,
    }),
  ),
  'DELETE /api/assessments/{id}/evidence/{evidenceId}': spec(
    ['assessment', 'assessmentEvidence'],
    (r) => del(`/api/assessments/${r.assessment}/evidence/${r.assessmentEvidence}`),
  ),
  'GET /api/assessments/bawahan': spec(['period'], (r) =>
    get(`/api/assessments/bawahan${q({ periodId: r.period })}`),
  ),
  'GET /api/assessments/distribution': spec(
    ['period', 'unit'],
    (r) => get(`/api/assessments/distribution${q({ periodId: r.period, unitId: r.unit })}`),
    { personal: false },
  ),
  'POST /api/assessments/finalise-bulk': spec(['period', 'assessment'], async (r, v) =>
    json('POST', '/api/assessments/finalise-bulk', {
      periodId: r.period,
      items: [{ id: r.assessment, version: await v('assessments', r.assessment) }],
    }),
  ),
  'GET /api/assessments/org-predikat': spec(
    ['period'],
    (r) => get(`/api/assessments/org-predikat${q({ periodId: r.period })}`),
    { personal: false },
  ),
  'PUT /api/assessments/org-predikat': spec(['unit', 'period'], (r) =>
    json('PUT', '/api/assessments/org-predikat', {
      unitId: r.unit,
      periodId: r.period,
      value: 'baik',
      note: 'Predikat matriks',
    }),
  ),
  'POST /api/assessments/org-predikat/finalise': spec(['unit', 'period'], (r) =>
    json('POST', '/api/assessments/org-predikat/finalise', { unitId: r.unit, periodId: r.period }),
  ),
  'POST /api/assessments/org-predikat/reopen': spec(['unit', 'period'], (r) =>
    json('POST', '/api/assessments/org-predikat/reopen', {
      unitId: r.unit,
      periodId: r.period,
      reason: 'Dibuka kembali (matriks)',
    }),
  ),
  'PUT /api/assessments/{id}/feedback': spec(['assessment'], async (r, v) =>
    json('PUT', `/api/assessments/${r.assessment}/feedback`, {
      version: await v('assessments', r.assessment),
      perilaku: [{ coreValue: 'akuntabel', body: 'Umpan balik matriks' }],
    }),
  ),
  'POST /api/assessments/{id}/rate': spec(['assessment'], async (r, v) =>
    json('POST', `/api/assessments/${r.assessment}/rate`, {
      version: await v('assessments', r.assessment),
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
    }),
  ),
  'POST /api/assessments/{id}/objection/decide': spec(['assessment'], async (r, v) =>
    json('POST', `/api/assessments/${r.assessment}/objection/decide`, {
      version: await v('assessments', r.assessment),
      decision: 'ditolak',
      note: 'Keputusan matriks',
    }),
  ),
  'GET /api/assessments/{id}/document.pdf': spec(['assessment'], (r) =>
    get(`/api/assessments/${r.assessment}/document.pdf`),
  ),
  'GET /api/assessments/org-predikat/document.pdf': spec(
    ['period', 'unit'],
    (r) =>
      get(`/api/assessments/org-predikat/document.pdf${q({ periodId: r.period, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/assessments/org-predikat/document.xlsx': spec(
    ['period', 'unit'],
    (r) =>
      get(
        `/api/assessments/org-predikat/document.xlsx${q({ periodId: r.period, unitId: r.unit })}`,
      ),
    { personal: false },
  ),

  // ---------- notifications ----------
  'GET /api/notifications/': none(() => get('/api/notifications/')),
  'GET /api/notifications/unread-count': none(() => get('/api/notifications/unread-count')),
  'GET /api/notifications/preferences': none(() => get('/api/notifications/preferences')),
  'PUT /api/notifications/preferences': none(() =>
    json('PUT', '/api/notifications/preferences', { categories: prefs }),
  ),
  'POST /api/notifications/{id}/read': spec(['notification'], (r) =>
    json('POST', `/api/notifications/${r.notification}/read`),
  ),
  'POST /api/notifications/read-all': none(() => json('POST', '/api/notifications/read-all')),

  // ---------- follow-up ----------
  'GET /api/followup/angka-kredit/settings': none(() => get('/api/followup/angka-kredit/settings')),
  'PUT /api/followup/angka-kredit/settings': spec(
    [],
    async (r, v) =>
      json('PUT', '/api/followup/angka-kredit/settings', {
        sharePercent: settings.share,
        koefisien: settings.jenjang,
        akForNextJenjang: settings.jenjang,
        version: await v('ak_settings', r.instansi, 'instansi_id'),
      }),
    { personal: false },
  ),
  'GET /api/followup/angka-kredit/': spec(
    ['unit'],
    (r) => get(`/api/followup/angka-kredit/${q({ year: YEAR, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/followup/angka-kredit/pegawai/{pegawaiId}': spec(['pegawai'], (r) =>
    get(`/api/followup/angka-kredit/pegawai/${r.pegawai}`),
  ),
  'GET /api/followup/angka-kredit/pegawai/{pegawaiId}/pak.pdf': spec(['pegawai'], (r) =>
    get(`/api/followup/angka-kredit/pegawai/${r.pegawai}/pak.pdf?year=${YEAR}`),
  ),
  'POST /api/followup/angka-kredit/generate': none(() =>
    json('POST', '/api/followup/angka-kredit/generate', { year: 2025 }),
  ),
  'POST /api/followup/angka-kredit/pegawai/{pegawaiId}/entries': spec(['pegawai'], (r) =>
    json('POST', `/api/followup/angka-kredit/pegawai/${r.pegawai}/entries`, {
      year: 2025,
      jenjang: 'terampil',
      ak: 1,
      note: 'Koreksi matriks',
    }),
  ),
  'DELETE /api/followup/angka-kredit/entries/{id}': spec(['akEntry'], (r) =>
    del(`/api/followup/angka-kredit/entries/${r.akEntry}`),
  ),
  'GET /api/followup/siasn/': none(() => get(`/api/followup/siasn/?year=${YEAR}`)),
  'GET /api/followup/siasn/export.{format}': none(() =>
    get(`/api/followup/siasn/export.csv?year=${YEAR}`),
  ),
  'GET /api/followup/tpp/settings': none(() => get('/api/followup/tpp/settings')),
  'PUT /api/followup/tpp/settings': spec(
    [],
    async (r, v) =>
      json('PUT', '/api/followup/tpp/settings', {
        performanceSharePercent: 60,
        percentByPredikat: settings.share,
        basisByJenis: settings.tppBasis,
        note: 'Catatan matriks',
        version: await v('tpp_settings', r.instansi, 'instansi_id'),
      }),
    { personal: false },
  ),
  'GET /api/followup/tpp': spec(
    ['period', 'unit'],
    (r) => get(`/api/followup/tpp${q({ periodId: r.period, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/followup/tpp/export.{format}': spec(
    ['period', 'unit'],
    (r) => get(`/api/followup/tpp/export.csv${q({ periodId: r.period, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/followup/recommendations': spec(
    ['unit'],
    (r) => get(`/api/followup/recommendations${q({ year: YEAR, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/followup/coaching': spec(['pegawai'], (r) =>
    get(`/api/followup/coaching${q({ pegawaiId: r.pegawai })}`),
  ),
  'POST /api/followup/coaching': spec(['pegawai'], (r) =>
    json('POST', '/api/followup/coaching', {
      pegawaiId: r.pegawai,
      plan: 'Rencana pembinaan matriks',
      followUpDate: '2027-01-15',
    }),
  ),
  'PUT /api/followup/coaching/{id}': spec(['coaching'], async (r, v) =>
    json('PUT', `/api/followup/coaching/${r.coaching}`, {
      outcome: 'Hasil matriks',
      version: await v('coaching_plans', r.coaching),
    }),
  ),
  'GET /api/followup/talent': none(() => get(`/api/followup/talent?year=${YEAR}`)),
  'PUT /api/followup/talent/potensi': spec(['pegawai'], (r) =>
    json('PUT', '/api/followup/talent/potensi', {
      pegawaiId: r.pegawai,
      year: YEAR,
      potensi: 'sedang',
    }),
  ),

  // ---------- helpdesk ----------
  'POST /api/helpdesk/tickets': none(() =>
    json('POST', '/api/helpdesk/tickets', {
      category: 'akun',
      subject: 'Tiket matriks',
      description: 'Tiket dari uji matriks hak akses, abaikan.',
      context: { path: '/', userAgent: 'matriks', viewport: '360x740', online: true },
    }),
  ),
  'GET /api/helpdesk/tickets': none(() => get('/api/helpdesk/tickets?scope=queue&pageSize=100')),
  'GET /api/helpdesk/tickets/{id}': spec(['ticket'], (r) =>
    get(`/api/helpdesk/tickets/${r.ticket}`),
  ),
  'POST /api/helpdesk/tickets/{id}/messages': spec(['ticket'], (r) =>
    json('POST', `/api/helpdesk/tickets/${r.ticket}/messages`, { body: 'Pesan matriks' }),
  ),
  'POST /api/helpdesk/tickets/{id}/status': spec(['ticket'], async (r, v) =>
    json('POST', `/api/helpdesk/tickets/${r.ticket}/status`, {
      status: 'diproses',
      version: await v('helpdesk_tickets', r.ticket),
    }),
  ),
  'POST /api/helpdesk/tickets/{id}/assign': spec(['ticket'], (r) =>
    json('POST', `/api/helpdesk/tickets/${r.ticket}/assign`, {}),
  ),
  'POST /api/helpdesk/tickets/{id}/rating': spec(['ticket'], (r) =>
    json('POST', `/api/helpdesk/tickets/${r.ticket}/rating`, { satisfaction: 4 }),
  ),
  'POST /api/helpdesk/tickets/{id}/attachments': spec(['ticket'], (r) =>
    upload(`/api/helpdesk/tickets/${r.ticket}/attachments`, {
      data: evidenceFiles.png(),
      filename: 'layar.png',
      contentType: 'image/png',
    }),
  ),
  'GET /api/helpdesk/attachments/{id}/file': spec(['attachment'], (r) =>
    get(`/api/helpdesk/attachments/${r.attachment}/file`),
  ),
  'GET /api/helpdesk/staff': none(() => get('/api/helpdesk/staff')),
  'GET /api/helpdesk/settings': none(() => get('/api/helpdesk/settings')),
  'PUT /api/helpdesk/settings': none(() =>
    json('PUT', '/api/helpdesk/settings', { firstResponseHours: 8, resolutionHours: 40 }),
  ),
  'GET /api/helpdesk/stats': none(() => get('/api/helpdesk/stats')),
  'GET /api/helpdesk/faq': none(() => get('/api/helpdesk/faq')),
  'POST /api/helpdesk/faq': none(() =>
    json('POST', '/api/helpdesk/faq', {
      question: 'Pertanyaan matriks?',
      answer: 'Jawaban matriks.',
      category: 'akun',
      published: false,
    }),
  ),
  'PUT /api/helpdesk/faq/{id}': spec(['faq'], async (r, v) =>
    json('PUT', `/api/helpdesk/faq/${r.faq}`, {
      question: 'Pertanyaan matriks?',
      answer: 'Jawaban matriks.',
      category: 'akun',
      published: true,
      version: await v('helpdesk_faq', r.faq),
    }),
  ),
  'DELETE /api/helpdesk/faq/{id}': spec(['faq'], (r) => del(`/api/helpdesk/faq/${r.faq}`)),
  'GET /api/helpdesk/onboarding': none(() => get('/api/helpdesk/onboarding')),
  'POST /api/helpdesk/onboarding': none(() =>
    json('POST', '/api/helpdesk/onboarding', { done: true }),
  ),

  // ---------- reports ----------
  'GET /api/reports/scope': none(() => get('/api/reports/scope')),
  'GET /api/reports/dashboard': none(() => get(`/api/reports/dashboard?year=${YEAR}`)),
  'GET /api/reports/{key}': spec(
    ['unit'],
    (r) => get(`/api/reports/skp-status${q({ year: YEAR, unitId: r.unit })}`),
    { personal: false },
  ),
  'GET /api/reports/{key}/people': spec(
    ['unit'],
    (r) =>
      get(
        `/api/reports/skp-status/people${q({ year: YEAR, unitId: r.unit, rowKey: r.unit, column: 'employees' })}`,
      ),
    { personal: false },
  ),
  'GET /api/reports/{key}/export.{format}': spec(
    ['unit'],
    (r) => get(`/api/reports/skp-status/export.csv${q({ year: YEAR, unitId: r.unit })}`),
    { personal: false },
  ),
}

/** Every operation of the OpenAPI document as `METHOD /path` (HEAD left out). */
export async function openApiOperations(app: TestApp['app']): Promise<string[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>
  }>()
  return Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.keys(ops)
      .filter((m) => m !== 'head')
      .map((m) => `${m.toUpperCase()} ${p}`),
  )
}
