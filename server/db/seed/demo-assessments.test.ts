import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkDistribution,
  distributionUnitOf,
  wholePeople,
  type PredikatCounts,
} from '../../../shared/rules/distribution.ts'
import { objectionOpenUntil } from '../../../shared/rules/assessment-workflow.ts'
import {
  predikatOf,
  ratingHasilForUnitHead,
  type OrgPredikat,
  type Predikat,
  type Rating,
} from '../../../shared/rules/predikat.ts'
import type { Db } from '../client.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { DEMO_PASSWORD, type DemoSummary } from './demo.ts'
import {
  DEMO_CURRENT_RATING,
  demoCurrentPeriodSeq,
  seedDemoAssessments,
} from './demo-assessments.ts'
import { DEMO_UNITS } from './demo-people.ts'

// ---------- expectations, from the issue and the brief ----------

/** The test clock of server/test/test-app.ts: Friday 2026-11-27, 10:00 WITA. */
const TODAY = '2026-11-27'
const TODAY_START = new Date(`${TODAY}T00:00:00+08:00`).getTime()
const ADMIN_NAME = 'Admin BKPSDM'
const KEPALA_BADAN = 'Dr. I Made Wisnu Wardhana, S.Sos., M.Si.'
const SEKRETARIS = 'Ni Luh Putu Ariani, S.E., M.M.'
const KEPEGAWAIAN = 'Sub Bagian Kepegawaian dan Umum'
const SUB_BAGIAN = ['Sub Bagian Keuangan dan Perencanaan', KEPEGAWAIAN]
const FINAL = ['finalised', 'objected', 'decided']

const ms = (v: string | Date | null | undefined) => (v == null ? Number.NaN : new Date(v).getTime())
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999+08:00`).getTime()
const localDay = (v: string) => new Date(ms(v) + 8 * 3_600_000).toISOString().slice(0, 10)
const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  (await db.execute(query)).rows as T[]

type Row = {
  id: string
  period_id: string
  period: string
  kind: string
  seq: number
  year: number
  start_date: string
  end_date: string
  deadline: string
  pegawai_id: string
  nip: string
  status: string
  version: number
  pegawai_name: string
  unit_id: string
  unit_name: string
  heads_unit_id: string | null
  heads_jabatan: boolean
  assessor_pegawai_id: string | null
  assessor_name: string | null
  assessor_nip: string | null
  reviewer_pegawai_id: string | null
  reviewer_name: string | null
  rater_user: string | null
  submitted_at: string | null
  late: boolean
  rating_hasil: Rating | null
  rating_perilaku: Rating | null
  predikat: Predikat | null
  rating_hasil_source: string | null
  rated_at: string | null
  rated_by_user_id: string | null
  finalised_at: string | null
  finalised_by_user_id: string | null
  acknowledged_at: string | null
  created_at: string
  skp_id: string
  skp_status: string
  skp_year: number
  skp_start: string
  skp_end: string
  skp_pegawai_name: string
  skp_unit_id: string
  skp_atasan_id: string | null
  skp_atasan_name: string | null
  skp_atasan_nip: string | null
}
type Org = {
  unit_id: string
  unit_name: string
  parent_id: string | null
  period_id: string
  value: OrgPredikat
  set_by_name: string
  set_by_user_id: string
  created_at: string
  finalised_at: string | null
}
type Period = {
  id: string
  name: string
  kind: string
  seq: number
  year: number
  start_date: string
  end_date: string
  deadline: string
}

async function loadAssessments(db: Db) {
  return rowsOf<Row>(
    db,
    sql`SELECT a.id, a.period_id, p.name AS period, p.kind, p.seq, p.year, p.start_date,
          p.end_date, p.deadline, a.pegawai_id, pg.nip, a.status, a.version, a.pegawai_name,
          a.unit_id, a.unit_name, a.heads_unit_id, (j.heads_unit AND j.unit_id = pg.unit_id) AS heads_jabatan,
          a.assessor_pegawai_id, a.assessor_name, a.assessor_nip, a.reviewer_pegawai_id,
          a.reviewer_name, ua.id AS rater_user, a.submitted_at, a.late, a.rating_hasil,
          a.rating_perilaku, a.predikat, a.rating_hasil_source, a.rated_at, a.rated_by_user_id,
          a.finalised_at, a.finalised_by_user_id, a.acknowledged_at, a.created_at,
          s.id AS skp_id, s.status AS skp_status, s.year AS skp_year, s.start_date AS skp_start,
          s.end_date AS skp_end, s.pegawai_name AS skp_pegawai_name, s.unit_id AS skp_unit_id,
          s.atasan_pegawai_id AS skp_atasan_id, s.atasan_name AS skp_atasan_name,
          s.atasan_nip AS skp_atasan_nip
        FROM assessments a
        JOIN periods p ON p.id = a.period_id
        JOIN pegawai pg ON pg.id = a.pegawai_id
        JOIN jabatan j ON j.id = pg.jabatan_id
        JOIN skp s ON s.id = a.skp_id
        LEFT JOIN user_accounts ua ON ua.pegawai_id = a.assessor_pegawai_id`,
  )
}

// The run's shared demo for TODAY (seedDemo into a template once, cloned per file). How long
// seeding takes is a performance goal: `npm run bench` measures it (docs/decisions/0019).
const t = await setupTestApp({ demoToday: TODAY })

describe('seedDemo: assessments of 2024–2026, organisational predikat and the current quarter', () => {
  let summary: DemoSummary
  let rows: Row[] = []
  let orgRows: Org[] = []
  let periodRows: Period[] = []
  let adminUserId = ''
  const completed = () => periodRows.filter((p) => p.deadline < TODAY)
  const current = () =>
    periodRows.find((p) => p.kind === 'quarterly' && p.start_date <= TODAY && TODAY <= p.end_date)!
  const inPeriod = (id: string) => rows.filter((r) => r.period_id === id)
  const orgOf = (periodId: string, unitId: string) =>
    orgRows.find((o) => o.period_id === periodId && o.unit_id === unitId)

  beforeAll(async () => {
    summary = t.demo!
    rows = await loadAssessments(t.db)
    orgRows = await rowsOf<Org>(
      t.db,
      sql`SELECT o.unit_id, u.name AS unit_name, u.parent_id, o.period_id, o.value, o.set_by_name,
            o.set_by_user_id, o.created_at, o.finalised_at
          FROM org_predikat o JOIN units u ON u.id = o.unit_id`,
    )
    periodRows = await rowsOf<Period>(
      t.db,
      sql`SELECT id, name, kind, seq, year, start_date, end_date, deadline FROM periods
          WHERE instansi_id = ${summary.instansiId} ORDER BY year, kind DESC, seq`,
    )
    const [admin] = await rowsOf<{ id: string }>(
      t.db,
      sql`SELECT id FROM user_accounts WHERE username = 'admin'`,
    )
    adminUserId = admin!.id
  }, 240_000)

  it('assesses the 32 of 2024 and the 77 of 2025 in every period, on their approved SKP', () => {
    for (const p of periodRows.filter((x) => x.year < 2026)) {
      const list = inPeriod(p.id)
      expect(list, p.name).toHaveLength(p.year === 2024 ? 32 : 77)
      expect(new Set(list.map((r) => r.pegawai_id)).size).toBe(list.length)
      for (const r of list) {
        expect(r.skp_status).toBe('disetujui')
        expect(r.skp_year).toBe(p.year)
        expect(r.skp_start <= p.end_date && r.skp_end >= p.start_date).toBe(true)
      }
    }
  })

  it('assesses the finished 2026 quarters for exactly the approved 2026 SKPs, nothing later', async () => {
    const approved = await rowsOf<{ pegawai_id: string }>(
      t.db,
      sql`SELECT pegawai_id FROM skp WHERE year = 2026 AND status = 'disetujui'`,
    )
    const ids = approved.map((a) => a.pegawai_id).sort()
    const finished = periodRows.filter((p) => p.year === 2026 && p.deadline < TODAY)
    expect(finished.map((p) => p.name)).toEqual([
      'Triwulan I 2026',
      'Triwulan II 2026',
      'Triwulan III 2026',
    ])
    for (const p of finished) {
      expect(
        inPeriod(p.id)
          .map((r) => r.pegawai_id)
          .sort(),
        p.name,
      ).toEqual(ids)
    }
    expect(ids.length).toBe(74)
    const annual = periodRows.find((p) => p.year === 2026 && p.kind === 'annual')!
    expect(inPeriod(annual.id)).toEqual([])
    // The current quarter holds only the kepegawaian group (other units come lazily).
    expect(new Set(inPeriod(current().id).map((r) => r.unit_name))).toEqual(new Set([KEPEGAWAIAN]))
    expect(rows.length).toBe(32 * 5 + 77 * 5 + 74 * 3 + inPeriod(current().id).length)
  })

  it('has the annual 2024 of 25 on time and 7 late, each within an admin’s extension', async () => {
    const annual = periodRows.find((p) => p.year === 2024 && p.kind === 'annual')!
    const list = inPeriod(annual.id)
    const late = list.filter((r) => r.late)
    expect(late).toHaveLength(7)
    expect(list.filter((r) => !r.late)).toHaveLength(25)
    const extensions = await rowsOf<{
      period_id: string
      pegawai_id: string | null
      unit_id: string | null
      until: string
      reason: string
      created_by_name: string
      created_by_user_id: string
      created_at: string
    }>(t.db, sql`SELECT * FROM assessment_extensions`)
    expect(extensions.length).toBeGreaterThan(0)
    for (const e of extensions) {
      expect(e.period_id).toBe(annual.id)
      expect(e.until > annual.deadline).toBe(true)
      expect(e.reason.length).toBeGreaterThan(20)
      expect(e.created_by_name).toBe(ADMIN_NAME)
      expect(e.created_by_user_id).toBe(adminUserId)
      expect(ms(e.created_at)).toBeLessThanOrEqual(endOfDay(annual.deadline))
    }
    const parent = new Map(orgRows.map((o) => [o.unit_id, o.parent_id]))
    const covering = (r: Row) =>
      extensions.filter((e) => {
        if (e.pegawai_id) return e.pegawai_id === r.pegawai_id
        for (let u: string | null = r.unit_id; u; u = parent.get(u) ?? null)
          if (u === e.unit_id) return true
        return false
      })
    for (const r of late) {
      expect(ms(r.submitted_at)).toBeGreaterThan(endOfDay(annual.deadline))
      const until = covering(r)
        .map((e) => e.until)
        .sort()
        .at(-1)
      expect(until, r.pegawai_name).toBeDefined()
      expect(ms(r.submitted_at)).toBeLessThanOrEqual(endOfDay(until!))
    }
    // Everyone else, in every period, submitted by the batas pengisian.
    for (const r of rows.filter((x) => !x.late && x.submitted_at)) {
      expect(ms(r.submitted_at), `${r.pegawai_name} ${r.period}`).toBeLessThanOrEqual(
        endOfDay(r.deadline),
      )
    }
  })

  it('finalises every completed period; a few acknowledge; two keberatan of 2025 are decided', async () => {
    const done = rows.filter((r) => completed().some((p) => p.id === r.period_id))
    for (const r of done) expect(FINAL, `${r.pegawai_name} ${r.period}`).toContain(r.status)
    const acknowledged = done.filter((r) => r.acknowledged_at).length / done.length
    expect(acknowledged).toBeGreaterThan(0.05)
    expect(acknowledged).toBeLessThan(0.3)
    const decided = done.filter((r) => r.status === 'decided')
    expect(decided).toHaveLength(2)
    const objections = await rowsOf<{
      assessment_id: string
      reason: string
      filed_at: string
      filed_by_user_id: string
      decision: string
      decision_note: string
      decided_by_user_id: string
      decided_by_name: string
      decided_at: string
      previous_rating_hasil: Rating
      previous_rating_perilaku: Rating
      previous_predikat: Predikat
      owner_user: string
      reviewer_user: string
    }>(
      t.db,
      sql`SELECT o.*, uo.id AS owner_user, ur.id AS reviewer_user
          FROM assessment_objections o JOIN assessments a ON a.id = o.assessment_id
          JOIN user_accounts uo ON uo.pegawai_id = a.pegawai_id
          JOIN user_accounts ur ON ur.pegawai_id = a.reviewer_pegawai_id`,
    )
    expect(objections.map((o) => o.decision).sort()).toEqual(['dikabulkan', 'ditolak'])
    for (const o of objections) {
      const a = decided.find((r) => r.id === o.assessment_id)!
      expect(a.year).toBe(2025)
      expect(a.acknowledged_at).toBeNull()
      expect(o.filed_by_user_id).toBe(o.owner_user)
      expect(o.decided_by_user_id).toBe(o.reviewer_user)
      expect(o.decided_by_name).toBe(a.reviewer_name)
      expect(localDay(o.filed_at) <= objectionOpenUntil(localDay(a.finalised_at!), 14)).toBe(true)
      expect(ms(o.filed_at)).toBeGreaterThan(ms(a.finalised_at))
      expect(ms(o.decided_at)).toBeGreaterThan(ms(o.filed_at))
      expect(o.previous_predikat).toBe(
        predikatOf(o.previous_rating_hasil, o.previous_rating_perilaku),
      )
      if (o.decision === 'ditolak') {
        expect([o.previous_rating_hasil, o.previous_rating_perilaku]).toEqual([
          a.rating_hasil,
          a.rating_perilaku,
        ])
      } else {
        expect(o.previous_predikat).not.toBe(a.predikat)
      }
    }
  })

  it('stores every predikat as predikatOf(ratings); unit heads follow their unit’s organisational predikat', () => {
    const withRatings = rows.filter((r) => r.rating_hasil || r.rating_perilaku || r.predikat)
    expect(withRatings.length).toBeGreaterThan(700)
    for (const r of withRatings) {
      expect(r.predikat).toBe(predikatOf(r.rating_hasil!, r.rating_perilaku!))
      expect(r.rated_at).not.toBeNull()
      // Rated by the pejabat penilai, or by the admin at the top of the tree.
      expect(r.rated_by_user_id).toBe(r.rater_user ?? adminUserId)
    }
    const heads = rows.filter((r) => r.heads_jabatan)
    expect(new Set(heads.map((r) => r.pegawai_id)).size).toBe(7)
    for (const r of rows) {
      expect(r.heads_unit_id, r.pegawai_name).toBe(r.heads_jabatan ? r.unit_id : null)
      if (!r.rating_hasil) continue
      if (r.heads_unit_id) {
        const org = orgOf(r.period_id, r.heads_unit_id)!
        expect(r.rating_hasil).toBe(ratingHasilForUnitHead(org.value))
        expect(r.rating_hasil_source).toBe('org_predikat')
        expect(ms(r.rated_at)).toBeGreaterThan(ms(org.created_at))
      } else {
        expect(r.rating_hasil_source).toBe('atasan')
      }
    }
  })

  it('sets the organisational predikat of all 7 units per completed period, by the leader one level up', () => {
    const kepalaBadan = (name: string) => name === KEPALA_BADAN
    const counts: Partial<Record<OrgPredikat, number>> = {}
    for (const p of completed()) {
      const list = orgRows.filter((o) => o.period_id === p.id)
      expect(list.map((o) => o.unit_name).sort(), p.name).toEqual(
        DEMO_UNITS.map((u) => u.name).sort(),
      )
      for (const o of list) {
        counts[o.value] = (counts[o.value] ?? 0) + 1
        if (!o.parent_id) expect(o.set_by_name).toBe(ADMIN_NAME)
        else if (SUB_BAGIAN.includes(o.unit_name)) expect(o.set_by_name).toBe(SEKRETARIS)
        else expect(kepalaBadan(o.set_by_name), o.unit_name).toBe(true)
        // Penetapan: after every result of the unit is final.
        expect(o.finalised_at).not.toBeNull()
        for (const r of inPeriod(p.id).filter((x) => x.unit_id === o.unit_id))
          expect(ms(o.finalised_at)).toBeGreaterThan(ms(r.finalised_at))
        // Set once the period is over (before its people are rated).
        expect(ms(o.created_at)).toBeGreaterThan(endOfDay(p.end_date))
      }
    }
    // Mostly Baik, some Istimewa, an occasional Butuh Perbaikan.
    expect(counts.baik).toBeGreaterThan((counts.istimewa ?? 0) - 10)
    expect(counts.istimewa).toBeGreaterThan(20)
    expect(counts.butuh_perbaikan).toBeGreaterThanOrEqual(1)
    expect(counts.butuh_perbaikan).toBeLessThanOrEqual(3)
    expect(counts.kurang ?? 0).toBe(0)
  })

  it('keeps every completed group within the pattern of its organisational predikat', () => {
    const parent = new Map(orgRows.map((o) => [o.unit_id, o.parent_id]))
    const predikatSpread: Partial<Record<Predikat, number>> = {}
    for (const p of completed()) {
      const withPredikat = new Set(
        orgRows.filter((o) => o.period_id === p.id).map((o) => o.unit_id),
      )
      const groups = new Map<string, Row[]>()
      for (const r of inPeriod(p.id)) {
        const g = distributionUnitOf(r.unit_id, parent, withPredikat)
        expect(g).not.toBeNull()
        groups.set(g!, [...(groups.get(g!) ?? []), r])
      }
      for (const [unitId, members] of groups) {
        const counts: Partial<PredikatCounts> = {}
        for (const r of members) {
          counts[r.predikat!] = (counts[r.predikat!] ?? 0) + 1
          predikatSpread[r.predikat!] = (predikatSpread[r.predikat!] ?? 0) + 1
        }
        const check = checkDistribution(orgOf(p.id, unitId)!.value, counts, members.length)
        expect(check.withinPattern, `${p.name} ${members[0]!.unit_name}`).toBe(true)
        expect(check.pending).toBe(0)
      }
    }
    // A realistic spread: Baik the most common, Sangat Baik and Butuh Perbaikan both present.
    expect(predikatSpread.baik).toBeGreaterThan(predikatSpread.sangat_baik!)
    expect(predikatSpread.sangat_baik).toBeGreaterThan(50)
    expect(predikatSpread.butuh_perbaikan).toBeGreaterThan(20)
  })

  it('snapshots the SKP: pegawai and unit, assessor = the SKP’s atasan, reviewer = the assessor’s atasan', () => {
    const skpAtasan = new Map(rows.map((r) => [`${r.pegawai_id}:${r.skp_year}`, r.skp_atasan_id]))
    for (const r of rows) {
      expect(r.pegawai_name).toBe(r.skp_pegawai_name)
      expect(r.unit_id).toBe(r.skp_unit_id)
      expect(r.assessor_pegawai_id).toBe(r.skp_atasan_id)
      expect(r.assessor_name).toBe(r.skp_atasan_name)
      expect(r.assessor_nip).toBe(r.skp_atasan_nip)
      const expected = r.assessor_pegawai_id
        ? (skpAtasan.get(`${r.assessor_pegawai_id}:${r.skp_year}`) ?? null)
        : null
      expect(r.reviewer_pegawai_id, `${r.pegawai_name} ${r.period}`).toBe(expected)
      if (r.status !== 'draft') expect(r.version).toBeGreaterThan(0)
    }
    // The top of the tree: the Kepala Badan is assessed by the admin, nobody reviews.
    const kb = rows.filter((r) => r.pegawai_name === KEPALA_BADAN)
    expect(kb.length).toBe(5 + 5 + 3)
    for (const r of kb) expect([r.assessor_pegawai_id, r.reviewer_pegawai_id]).toEqual([null, null])
  })

  it('fills realisasi for every indikator of the SKP, near the target, with a reason where the pre-fill changed', async () => {
    const realisasi = await rowsOf<{
      assessment_id: string
      indikator_id: string
      rhk_id: string
      value: number | null
      text: string | null
      suggested_value: number | null
      edit_reason: string | null
      created_at: string
      iki_rhk: string
      iki_skp: string
      target_value: number | null
      target_unit: string | null
      annual: boolean
      year: number
    }>(
      t.db,
      sql`SELECT r.assessment_id, r.indikator_id, r.rhk_id, r.value::float8 AS value, r.text,
            r.suggested_value::float8 AS suggested_value, r.edit_reason, r.created_at,
            i.rhk_id AS iki_rhk, k.skp_id AS iki_skp, i.target_value::float8 AS target_value,
            i.target_unit, a.annual, a.year
          FROM assessment_realisasi r JOIN indikator i ON i.id = r.indikator_id
          JOIN rhk k ON k.id = i.rhk_id JOIN assessments a ON a.id = r.assessment_id`,
    )
    const indikatorOf = await rowsOf<{ skp_id: string; id: string }>(
      t.db,
      sql`SELECT k.skp_id, i.id FROM indikator i JOIN rhk k ON k.id = i.rhk_id`,
    )
    const perSkp = new Map<string, string[]>()
    for (const i of indikatorOf) perSkp.set(i.skp_id, [...(perSkp.get(i.skp_id) ?? []), i.id])
    const byAssessment = new Map<string, typeof realisasi>()
    for (const r of realisasi)
      byAssessment.set(r.assessment_id, [...(byAssessment.get(r.assessment_id) ?? []), r])
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const a of rows) {
      const mine = byAssessment.get(a.id) ?? []
      if (a.status === 'draft') {
        expect(mine).toEqual([])
        continue
      }
      expect(mine.map((r) => r.indikator_id).sort(), a.pegawai_name).toEqual(
        [...(perSkp.get(a.skp_id) ?? [])].sort(),
      )
      for (const r of mine) expect(ms(r.created_at)).toBeLessThan(ms(a.submitted_at))
    }
    for (const r of realisasi) {
      expect(r.iki_skp).toBe(byId.get(r.assessment_id)!.skp_id)
      expect(r.rhk_id).toBe(r.iki_rhk)
      expect(r.value !== null || !!r.text).toBe(true)
      if (r.suggested_value !== null && r.value !== r.suggested_value)
        expect(r.edit_reason).toBeTruthy()
      if (r.target_unit === '%') expect(r.value).toBeLessThanOrEqual(100)
      // The annual realisasi of counted work is near the yearly target.
      if (r.annual && r.target_value && r.target_unit !== '%' && r.target_unit !== 'Nilai') {
        expect(r.value! / r.target_value).toBeGreaterThan(0.5)
        expect(r.value! / r.target_value).toBeLessThan(1.5)
      }
    }
    const reasons = realisasi.filter((r) => r.edit_reason)
    expect(reasons.length).toBeGreaterThan(5)
    expect(reasons.every((r) => r.year === 2026)).toBe(true)
    // 2026 takes the daily-progress pre-fill; the years before had no daily progress.
    expect(
      realisasi.filter((r) => r.year === 2026 && r.suggested_value !== null).length,
    ).toBeGreaterThan(500)
    expect(realisasi.filter((r) => r.year < 2026 && r.suggested_value !== null)).toEqual([])
  })

  it('writes umpan balik on every RHK of every rated assessment and some per BerAKHLAK value', async () => {
    const feedback = await rowsOf<{
      assessment_id: string
      rhk_id: string | null
      core_value: string | null
      rating: Rating | null
      body: string
      by_user_id: string
      rhk_skp: string | null
    }>(
      t.db,
      sql`SELECT f.assessment_id, f.rhk_id, f.core_value, f.rating, f.body, f.by_user_id,
            k.skp_id AS rhk_skp
          FROM assessment_feedback f LEFT JOIN rhk k ON k.id = f.rhk_id`,
    )
    const rhkCount = await rowsOf<{ skp_id: string; n: number }>(
      t.db,
      sql`SELECT skp_id, count(*)::int AS n FROM rhk GROUP BY skp_id`,
    )
    const nRhk = new Map(rhkCount.map((r) => [r.skp_id, r.n]))
    const byAssessment = new Map<string, typeof feedback>()
    for (const f of feedback)
      byAssessment.set(f.assessment_id, [...(byAssessment.get(f.assessment_id) ?? []), f])
    const rated = rows.filter((r) => r.predikat)
    let withPerilaku = 0
    for (const a of rated) {
      const mine = byAssessment.get(a.id) ?? []
      const perRhk = mine.filter((f) => f.rhk_id)
      expect(perRhk.length, a.pegawai_name).toBe(nRhk.get(a.skp_id))
      for (const f of perRhk) {
        expect(f.rhk_skp).toBe(a.skp_id)
        expect(f.rating).not.toBeNull()
      }
      if (mine.some((f) => f.core_value)) withPerilaku += 1
      for (const f of mine) {
        expect(f.by_user_id).toBe(a.rater_user ?? adminUserId)
        expect(f.body.length).toBeGreaterThan(20)
      }
    }
    for (const a of rows.filter((r) => !r.predikat)) expect(byAssessment.get(a.id)).toBeUndefined()
    expect(withPerilaku / rated.length).toBeGreaterThan(0.2)
    expect(withPerilaku / rated.length).toBeLessThan(0.6)
    expect(new Set(feedback.map((f) => f.body)).size).toBeGreaterThan(150)
  })

  it('attaches evidence links to some assessments, on RHK of the assessed SKP', async () => {
    const evidence = await rowsOf<{
      assessment_id: string
      kind: string
      url: string
      file_name: string
      skp_id: string
    }>(
      t.db,
      sql`SELECT e.assessment_id, e.kind, e.url, e.file_name, k.skp_id
          FROM assessment_evidence e JOIN rhk k ON k.id = e.rhk_id`,
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const e of evidence) {
      expect(e.kind).toBe('link')
      expect(e.url).toMatch(/^https:\/\//)
      expect(e.file_name.length).toBeGreaterThan(5)
      expect(e.skp_id).toBe(byId.get(e.assessment_id)!.skp_id)
    }
    const share = new Set(evidence.map((e) => e.assessment_id)).size / rows.length
    expect(share).toBeGreaterThan(0.2)
    expect(share).toBeLessThan(0.5)
  })

  it('dates everything in order, inside each period’s window (WITA) and before today', () => {
    for (const r of rows) {
      const at = `${r.pegawai_name} ${r.period}`
      const times = [r.created_at, r.submitted_at, r.rated_at, r.finalised_at, r.acknowledged_at]
        .filter((v): v is string => v !== null)
        .map(ms)
      expect(times, at).toEqual([...times].sort((a, b) => a - b))
      for (const v of times) expect(v, at).toBeLessThan(TODAY_START)
      if (r.submitted_at) {
        expect(ms(r.submitted_at), at).toBeGreaterThanOrEqual(ms(`${r.start_date}T00:00:00+08:00`))
        expect(ms(r.rated_at ?? r.submitted_at)).toBeGreaterThan(ms(r.submitted_at) - 1)
      }
      if (r.finalised_at) expect(r.finalised_by_user_id).toBe(r.rated_by_user_id)
    }
    for (const o of orgRows) {
      expect(ms(o.created_at)).toBeLessThan(TODAY_START)
      if (o.finalised_at) expect(ms(o.finalised_at)).toBeLessThan(TODAY_START)
    }
  })

  it('sets up the current quarter: the kepegawaian group half-way through rating (for the e2e flow)', async () => {
    const p = current()
    expect(p.seq).toBe(demoCurrentPeriodSeq(TODAY))
    expect(summary).toBeDefined()
    const list = inPeriod(p.id)
    const approved = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM skp s JOIN units u ON u.id = s.unit_id
          WHERE s.year = ${p.year} AND s.status = 'disetujui' AND u.name = ${KEPEGAWAIAN}`,
    )
    expect(list.length).toBe(approved[0]!.n)
    expect(list.length).toBe(18)
    // Its organisational predikat: Baik, set by the Sekretaris, not finalised; no other unit's.
    const org = orgRows.filter((o) => o.period_id === p.id)
    expect(org).toHaveLength(1)
    expect(org[0]).toMatchObject({
      unit_name: DEMO_CURRENT_RATING.groupUnitName,
      value: DEMO_CURRENT_RATING.orgPredikat,
      set_by_name: DEMO_CURRENT_RATING.orgPredikatSetByName,
      finalised_at: null,
    })
    const byNip = (nip: string) => list.find((r) => r.nip === nip)!
    const draft = byNip(DEMO_CURRENT_RATING.draftNip)
    expect(draft).toMatchObject({ status: 'draft', submitted_at: null, predikat: null })
    const colleague = byNip(DEMO_CURRENT_RATING.submittedColleagueNip)
    expect(colleague.pegawai_name).toBe(DEMO_CURRENT_RATING.submittedColleagueName)
    expect(colleague).toMatchObject({
      status: 'submitted',
      assessor_nip: DEMO_CURRENT_RATING.assessorNip,
      predikat: null,
    })
    const head = byNip(DEMO_CURRENT_RATING.assessorNip)
    expect(head).toMatchObject({ status: 'submitted', assessor_name: SEKRETARIS, predikat: null })
    expect(head.heads_unit_id).toBe(head.unit_id)
    const rated = list.filter((r) => ![draft, colleague, head].includes(r))
    for (const r of rated) {
      expect(r.status).toBe('rated')
      expect(r.assessor_nip).toBe(DEMO_CURRENT_RATING.assessorNip)
      expect(r.assessor_name).toBe(DEMO_CURRENT_RATING.assessorName)
      expect(r.finalised_at).toBeNull()
    }
    const limit = wholePeople(DEMO_CURRENT_RATING.baikCeilingPercent, list.length)
    const baik = rated.filter((r) => r.predikat === 'baik').length
    const sangatBaik = rated.filter((r) => r.predikat === 'sangat_baik').length
    expect(baik).toBe(limit)
    expect(sangatBaik).toBe(rated.length - limit)
    const check = checkDistribution('baik', { baik, sangat_baik: sangatBaik }, list.length)
    expect(check.withinPattern).toBe(true)
    // Rating one more as Baik crosses the ceiling: the atasan sees the warning.
    expect(
      checkDistribution('baik', { baik: baik + 1, sangat_baik: sangatBaik }, list.length)
        .withinPattern,
    ).toBe(false)
  })

  it('refuses to seed the assessments twice', async () => {
    await expect(
      seedDemoAssessments(t.db, { instansiId: summary.instansiId, today: TODAY }),
    ).rejects.toThrow(/already exist/)
  })

  it('is deterministic: seeding the assessments again writes the same', async () => {
    const projection = async () => ({
      assessments: await rowsOf(
        t.db,
        sql`SELECT p.name, a.pegawai_nip, a.status, a.version, a.late, a.rating_hasil,
              a.rating_perilaku, a.predikat, a.heads_unit_id, a.reviewer_name, a.submitted_at,
              a.rated_at, a.finalised_at, a.acknowledged_at, a.created_at,
              (SELECT string_agg(concat_ws('|', r.indikator_id, r.value, r.text, r.suggested_value,
                 r.edit_reason), ',' ORDER BY r.indikator_id) FROM assessment_realisasi r
                 WHERE r.assessment_id = a.id) AS realisasi,
              (SELECT string_agg(concat_ws('|', f.rhk_id, f.core_value, f.rating, f.body), ','
                 ORDER BY f.rhk_id, f.core_value) FROM assessment_feedback f
                 WHERE f.assessment_id = a.id) AS feedback,
              (SELECT string_agg(concat_ws('|', e.rhk_id, e.url, e.file_name), ',' ORDER BY e.url)
                 FROM assessment_evidence e WHERE e.assessment_id = a.id) AS evidence
            FROM assessments a JOIN periods p ON p.id = a.period_id
            ORDER BY p.name, a.pegawai_nip`,
      ),
      org: await rowsOf(
        t.db,
        sql`SELECT o.unit_id, p.name, o.value, o.note, o.set_by_name, o.created_at, o.finalised_at
            FROM org_predikat o JOIN periods p ON p.id = o.period_id ORDER BY p.name, o.unit_id`,
      ),
      extensions: await rowsOf(
        t.db,
        sql`SELECT pegawai_id, unit_id, until, reason, created_at FROM assessment_extensions
            ORDER BY created_at, reason`,
      ),
      objections: await rowsOf(
        t.db,
        sql`SELECT a.pegawai_nip, o.reason, o.filed_at, o.decision, o.decided_at, o.previous_predikat
            FROM assessment_objections o JOIN assessments a ON a.id = o.assessment_id
            ORDER BY o.filed_at`,
      ),
    })
    const before = await projection()
    // The angka kredit ledger (issue 6) points at the annual assessments; it is seeded after them.
    await t.db.execute(sql`DELETE FROM ak_entries`)
    await t.db.execute(sql`DELETE FROM assessment_objections`)
    await t.db.execute(sql`DELETE FROM assessment_evidence`)
    await t.db.execute(sql`DELETE FROM assessment_feedback`)
    await t.db.execute(sql`DELETE FROM assessment_realisasi`)
    await t.db.execute(sql`DELETE FROM assessments`)
    await t.db.execute(sql`DELETE FROM org_predikat`)
    await t.db.execute(sql`DELETE FROM assessment_extensions`)
    await seedDemoAssessments(t.db, { instansiId: summary.instansiId, today: TODAY })
    expect(await projection()).toEqual(before)
    rows = await loadAssessments(t.db)
  }, 60_000)

  it('lets the Kepala Sub Bagian rate in the current quarter: within pattern, one more Baik is outside', async () => {
    const p = current()
    const kasubbag = await t.login(DEMO_CURRENT_RATING.assessorNip, DEMO_PASSWORD)
    const res = await t.as(kasubbag, {
      method: 'GET',
      url: `/api/assessments/bawahan?periodId=${p.id}`,
    })
    expect(res.statusCode, res.body).toBe(200)
    const list = res.json<{
      items: { id: string; version: number; status: string; pegawai: { nip: string } }[]
      missing: { name: string }[]
      distributions: {
        unitId: string
        unitName: string
        total: number
        check: { withinPattern: boolean; counts: Record<Predikat, number> } | null
      }[]
    }>()
    // Her 17 subordinates with an approved SKP; the one with a returned SKP is missing.
    expect(list.items).toHaveLength(17)
    expect(list.missing.map((m) => m.name)).toEqual(['Ni Wayan Sukerti'])
    const group = list.distributions.find((d) => d.unitName === KEPEGAWAIAN)!
    expect(group.total).toBe(18)
    expect(group.check?.withinPattern).toBe(true)
    expect(group.check?.counts.baik).toBe(wholePeople(70, 18))

    const colleague = list.items.find(
      (i) => i.pegawai.nip === DEMO_CURRENT_RATING.submittedColleagueNip,
    )!
    expect(colleague.status).toBe('submitted')
    const rated = await t.as(kasubbag, {
      method: 'POST',
      url: `/api/assessments/${colleague.id}/rate`,
      payload: { version: colleague.version, ratingHasil: 'sesuai', ratingPerilaku: 'sesuai' },
    })
    expect(rated.statusCode, rated.body).toBe(200)
    expect(rated.json<{ predikat: string }>().predikat).toBe('baik')
    const after = await t.as(kasubbag, {
      method: 'GET',
      url: `/api/assessments/distribution?periodId=${p.id}&unitId=${group.unitId}`,
    })
    expect(after.statusCode, after.body).toBe(200)
    const view = after.json<{
      check: { withinPattern: boolean; counts: Record<Predikat, number> }
    }>()
    expect(view.check.counts.baik).toBe(wholePeople(70, 18) + 1)
    expect(view.check.withinPattern).toBe(false)
    // Finalising now needs a written justification (enforcement warn, the default).
    const final = await t.as(kasubbag, {
      method: 'POST',
      url: `/api/assessments/${colleague.id}/finalise`,
      payload: { version: rated.json<{ version: number }>().version },
    })
    expect(final.statusCode, final.body).toBe(409)
    expect(final.json<{ error: { reason: string } }>().error.reason).toBe(
      'DISTRIBUTION_OUTSIDE_PATTERN',
    )
  })
})
