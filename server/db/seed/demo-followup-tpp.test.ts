import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type {
  RecommendationList,
  Talent,
  TppCalculation,
  TppSettings,
} from '../../../shared/followup.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { DEMO_PASSWORD, type DemoSummary } from './demo.ts'
import {
  DEMO_COACHING_PLAN,
  DEMO_POTENSI_COUNT,
  DEMO_TPP_BASIS,
  DEMO_TPP_NOTE,
  DEMO_TPP_PERCENT,
} from './demo-followup-tpp.ts'

/** The test clock of server/test/test-app.ts: Friday 2026-11-27, 10:00 WITA. */
const TODAY = '2026-11-27'
const FINAL = ['finalised', 'objected', 'decided']
const BELOW_BAIK = ['butuh_perbaikan', 'kurang', 'sangat_kurang']

// The demo is seeded once per run and shared (server/test/test-db.ts).
const t = await setupTestApp({ demoToday: TODAY })
const rowsOf = async <T>(query: ReturnType<typeof sql>) => (await t.db.execute(query)).rows as T[]

describe('demo: TPP example, talent potensi and coaching', () => {
  let summary: DemoSummary
  let admin: Session
  const get = async <T>(url: string) => {
    const res = await t.as(admin, { method: 'GET', url })
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    return res.json<T>()
  }

  beforeAll(async () => {
    summary = t.demo!
    admin = await t.login('admin', DEMO_PASSWORD)
  }, 120_000)

  it('ships the TPP table as an example, marked as such', async () => {
    const s = await get<TppSettings>('/api/followup/tpp/settings')
    expect(s).toMatchObject({
      isExample: true,
      note: DEMO_TPP_NOTE,
      performanceSharePercent: 60,
      percentByPredikat: {
        sangat_baik: 120,
        baik: 100,
        butuh_perbaikan: 80,
        kurang: 60,
        sangat_kurang: 40,
      },
      version: 0,
      updatedAt: null,
    })
    expect(s.note).toMatch(/^Contoh/)
    // Every jabatan jenis used in the demo has a basis; higher jabatan earn more.
    const used = await rowsOf<{ jenis: keyof typeof DEMO_TPP_BASIS }>(
      sql`SELECT DISTINCT jenis FROM jabatan WHERE instansi_id = ${summary.instansiId}`,
    )
    for (const { jenis } of used) expect(s.basisByJenis[jenis], jenis).toBeGreaterThan(0)
    const b = s.basisByJenis
    expect(b.jpt_pratama).toBeGreaterThan(b.administrator)
    expect(b.administrator).toBeGreaterThan(b.pengawas)
    expect(b.pengawas).toBeGreaterThan(b.pelaksana)
    expect(b.fungsional_ahli_madya).toBeGreaterThan(b.fungsional_ahli_muda)
    expect(b.fungsional_ahli_muda).toBeGreaterThan(b.fungsional_ahli_pertama)
    expect(b.fungsional_ahli_pertama).toBeGreaterThan(b.fungsional_terampil)
  })

  it('the TPP of the 2025 annual period matches an independent count from the tables', async () => {
    const [period] = await rowsOf<{ id: string; start_date: string; end_date: string }>(
      sql`SELECT id, start_date, end_date FROM periods
          WHERE instansi_id = ${summary.instansiId} AND year = 2025 AND kind = 'annual'`,
    )
    const calc = await get<TppCalculation>(`/api/followup/tpp?periodId=${period!.id}`)
    expect(calc.isExample).toBe(true)
    // Population: everyone with an SKP overlapping the period (2025: all 77).
    const [pop] = await rowsOf<{ n: number }>(
      sql`SELECT count(DISTINCT pegawai_id)::int AS n FROM skp
          WHERE instansi_id = ${summary.instansiId} AND year = 2025
            AND start_date <= ${period!.end_date} AND end_date >= ${period!.start_date}`,
    )
    expect(calc.rows).toHaveLength(pop!.n)
    expect(calc.rows).toHaveLength(77)
    const results = await rowsOf<{
      pegawai_id: string
      jabatan_jenis: keyof typeof DEMO_TPP_BASIS
      predikat: keyof typeof DEMO_TPP_PERCENT | null
      status: string
      months: number
    }>(
      sql`SELECT a.pegawai_id, a.jabatan_jenis, a.predikat, a.status FROM assessments a
          WHERE a.period_id = ${period!.id}`,
    )
    const byId = new Map(calc.rows.map((r) => [r.pegawaiId, r]))
    let total = 0
    for (const r of results) {
      const final = FINAL.includes(r.status) && r.predikat
      const part = Math.floor((DEMO_TPP_BASIS[r.jabatan_jenis] * 60) / 100)
      const perMonth = final ? Math.floor((part * DEMO_TPP_PERCENT[r.predikat!]) / 100) : 0
      const row = byId.get(r.pegawai_id)!
      expect(row).toMatchObject({
        basis: DEMO_TPP_BASIS[r.jabatan_jenis],
        performancePart: part,
        paidPerMonth: perMonth,
        months: 12,
        paidTotal: perMonth * 12,
      })
      total += perMonth * 12
    }
    expect(calc.totalPaid).toBe(total)
    expect(total).toBeGreaterThan(0)
  })

  it('the payroll export of the example says so in its header', async () => {
    const [period] = await rowsOf<{ id: string }>(
      sql`SELECT id FROM periods WHERE instansi_id = ${summary.instansiId}
          AND year = 2026 AND kind = 'quarterly' AND seq = 3`,
    )
    const res = await t.as(admin, {
      method: 'GET',
      url: `/api/followup/tpp/export.xlsx?periodId=${period!.id}`,
    })
    expect(res.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const lines: string[] = []
    wb.getWorksheet('TPP')!.eachRow((r) => lines.push(r.getCell(1).text))
    expect(lines.slice(0, 7).some((l) => l.startsWith('CONTOH'))).toBe(true)
    expect(lines.slice(0, 7)).toContain(`Catatan: ${DEMO_TPP_NOTE}`)
  })

  it(`potensi of 2025 for ${DEMO_POTENSI_COUNT} people with a final annual result, across units and levels`, async () => {
    const rows = await rowsOf<{
      pegawai_id: string
      potensi: string
      unit_id: string
      predikat: string
    }>(
      sql`SELECT tp.pegawai_id, tp.potensi, a.unit_id, a.predikat FROM talent_potensi tp
          JOIN assessments a ON a.pegawai_id = tp.pegawai_id AND a.year = 2025 AND a.annual
            AND a.status IN ('finalised', 'objected', 'decided')
          WHERE tp.instansi_id = ${summary.instansiId} AND tp.year = 2025`,
    )
    expect(rows).toHaveLength(DEMO_POTENSI_COUNT)
    const [all] = await rowsOf<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM talent_potensi WHERE instansi_id = ${summary.instansiId}`,
    )
    expect(all!.n).toBe(DEMO_POTENSI_COUNT)
    expect(new Set(rows.map((r) => r.potensi))).toEqual(new Set(['rendah', 'sedang', 'tinggi']))
    expect(new Set(rows.map((r) => r.unit_id)).size).toBeGreaterThanOrEqual(4)
    const talent = await get<Talent>('/api/followup/talent?year=2025')
    const boxed = talent.items.filter((i) => i.box !== null)
    expect(boxed).toHaveLength(DEMO_POTENSI_COUNT)
    expect(new Set(boxed.map((i) => i.box)).size).toBeGreaterThanOrEqual(3)
    // Everyone with a final 2025 result is on the board (77), with or without potensi.
    expect(talent.items).toHaveLength(77)
  })

  it('one coaching plan for the newest 2026 result below Baik, written by the pejabat penilai', async () => {
    const below = await rowsOf<{
      pegawai_id: string
      nip: string
      end_date: string
      predikat: string
      assessor_pegawai_id: string | null
    }>(
      sql`SELECT DISTINCT ON (a.pegawai_id) a.pegawai_id, a.pegawai_nip AS nip, p.end_date,
                 a.predikat, a.assessor_pegawai_id
          FROM assessments a JOIN periods p ON p.id = a.period_id
          WHERE a.instansi_id = ${summary.instansiId} AND a.year = 2026 AND NOT a.annual
            AND a.status IN ('finalised', 'objected', 'decided')
          ORDER BY a.pegawai_id, p.end_date DESC`,
    )
    const candidates = below
      .filter((r) => BELOW_BAIK.includes(r.predikat))
      .sort((x, y) => y.end_date.localeCompare(x.end_date) || x.nip.localeCompare(y.nip))
    const plans = await rowsOf<{
      pegawai_id: string
      plan: string
      follow_up_date: string
      status: string
      created_by_user_id: string
      created_at: Date
    }>(sql`SELECT * FROM coaching_plans WHERE instansi_id = ${summary.instansiId}`)
    if (candidates.length === 0) {
      expect(plans).toEqual([])
      return
    }
    expect(plans).toHaveLength(1)
    const plan = plans[0]!
    expect(plan).toMatchObject({
      pegawai_id: candidates[0]!.pegawai_id,
      plan: DEMO_COACHING_PLAN,
      status: 'direncanakan',
    })
    expect(plan.follow_up_date >= TODAY).toBe(true)
    expect(new Date(plan.created_at).getTime()).toBeLessThanOrEqual(
      new Date(`${TODAY}T02:00:00Z`).getTime(),
    )
    const [author] = await rowsOf<{ pegawai_id: string | null }>(
      sql`SELECT pegawai_id FROM user_accounts WHERE id = ${plan.created_by_user_id}`,
    )
    expect(author!.pegawai_id).toBe(candidates[0]!.assessor_pegawai_id)
    // The recommendation list shows it on the coaching item.
    const rec = await get<RecommendationList>('/api/followup/recommendations?year=2026')
    const item = rec.items.find((i) => i.pegawaiId === plan.pegawai_id)
    expect(item?.kind).toBe('coaching')
    expect(item?.coachingPlan?.plan).toBe(DEMO_COACHING_PLAN)
  })

  it('the recommendations of 2026 follow the rule on the demo history', async () => {
    const rec = await get<RecommendationList>('/api/followup/recommendations?year=2026')
    expect(new Set(rec.items.map((i) => i.kind))).toEqual(new Set(['reward', 'coaching']))
    for (const i of rec.items) {
      const [latest, previous] = i.history
      if (i.kind === 'reward') {
        expect(latest?.predikat).toBe('sangat_baik')
        expect(previous?.predikat).toBe('sangat_baik')
      } else expect(BELOW_BAIK).toContain(latest?.predikat)
    }
  })
})
