import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AkGenerateResult, AkLedger, AkList, AkSettings } from '../../../shared/followup.ts'
import { setupTestApp, type Session } from '../../test/test-app.ts'
import { DEMO_PASSWORD, type DemoSummary } from './demo.ts'
import { seedDemoFollowupAk } from './demo-followup-ak.ts'

// ---------- expectations, written from domain.md "Follow-up" and the brief ----------

/** The test clock of server/test/test-app.ts: Friday 2026-11-27, 10:00 WITA. */
const TODAY = '2026-11-27'
const JF_NIP = '198002022009081009' // I Made Ardika, S.H., Analis SDM Aparatur Ahli Muda
const SHARE: Record<string, number> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
}
const KOEFISIEN: Record<string, number> = {
  fungsional_pemula: 3.75,
  fungsional_terampil: 5,
  fungsional_mahir: 12.5,
  fungsional_penyelia: 25,
  fungsional_ahli_pertama: 12.5,
  fungsional_ahli_muda: 25,
  fungsional_ahli_madya: 37.5,
  fungsional_ahli_utama: 50,
}
const FINAL = ['finalised', 'objected', 'decided']

/** Months of an SKP counted day by day: a month counts when ≥ 15 of its days are covered. */
function monthsByDays(start: string, end: string): number {
  const days = new Map<number, number>()
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`);) {
    days.set(d.getUTCMonth(), (days.get(d.getUTCMonth()) ?? 0) + 1)
    d = new Date(d.getTime() + 86_400_000)
  }
  return [...days.values()].filter((n) => n >= 15).length
}
const round2 = (n: number) => Math.round(n * 100 + 1e-9) / 100

type Annual = {
  id: string
  year: number
  pegawai_id: string
  nip: string
  status: string
  predikat: string | null
  jabatan_jenis: string
  start_date: string
  end_date: string
}
type Line = {
  id: string
  pegawai_id: string
  year: number
  source: string
  assessment_id: string | null
  jenjang: string
  predikat: string | null
  months: number | null
  share_percent: string | null
  koefisien: string | null
  ak: string
  note: string | null
  created_at: string
}

// The demo is seeded once per run and shared (server/test/test-db.ts).
const t = await setupTestApp({ demoToday: TODAY })

describe('seedDemo: the angka kredit ledger (2024–2025) and the AK tables', () => {
  let summary: DemoSummary
  let annual: Annual[]
  let lines: Line[]
  let admin: Session

  beforeAll(async () => {
    summary = t.demo!
    annual = (
      await t.db.execute(sql`
        select a.id, a.year, a.pegawai_id, a.pegawai_nip as nip, a.status, a.predikat,
               a.jabatan_jenis, s.start_date, s.end_date
        from assessments a join skp s on s.id = a.skp_id
        where a.instansi_id = ${summary.instansiId} and a.annual and a.year in (2024, 2025)`)
    ).rows as Annual[]
    lines = (
      await t.db.execute(
        sql`select * from ak_entries where instansi_id = ${summary.instansiId} order by year`,
      )
    ).rows as Line[]
    admin = await t.login('admin', DEMO_PASSWORD)
  }, 240_000)

  it('keeps the AK tables at their defaults (a settings row, version 0)', async () => {
    const res = await t.as(admin, { method: 'GET', url: '/api/followup/angka-kredit/settings' })
    expect(res.statusCode, res.body).toBe(200)
    const s = res.json<AkSettings>()
    expect(s.version).toBe(0)
    expect(s.updatedAt).not.toBeNull()
    expect(s.sharePercent).toEqual(SHARE)
    expect(
      Object.fromEntries(Object.entries(s.koefisien).map(([j, k]) => [`fungsional_${j}`, k])),
    ).toEqual(KOEFISIEN)
  })

  it('has exactly one line per final annual result of a JF in 2024 and 2025, none for others', () => {
    const jfFinal = annual.filter(
      (a) => a.jabatan_jenis.startsWith('fungsional_') && FINAL.includes(a.status) && a.predikat,
    )
    // The demo has JF people in both years (the analysts and pranata komputer).
    expect(jfFinal.filter((a) => a.year === 2024).length).toBeGreaterThan(0)
    expect(jfFinal.filter((a) => a.year === 2025).length).toBeGreaterThan(
      jfFinal.filter((a) => a.year === 2024).length,
    )
    const generated = lines.filter((l) => l.source === 'penilaian')
    expect(generated.map((l) => l.assessment_id).sort()).toEqual(jfFinal.map((a) => a.id).sort())
    expect(new Set(generated.map((l) => l.assessment_id)).size).toBe(generated.length)
  })

  it('computes every line by the rule: share × koefisien × months/12, two decimals', () => {
    const byId = new Map(annual.map((a) => [a.id, a]))
    for (const l of lines.filter((x) => x.source === 'penilaian')) {
      const a = byId.get(l.assessment_id!)!
      const months = monthsByDays(a.start_date, a.end_date)
      const expected = round2(
        ((SHARE[a.predikat!]! / 100) * KOEFISIEN[a.jabatan_jenis]! * months) / 12,
      )
      expect({ nip: a.nip, year: l.year, ak: Number(l.ak) }).toEqual({
        nip: a.nip,
        year: a.year,
        ak: expected,
      })
      expect(l.months).toBe(months)
      expect(l.predikat).toBe(a.predikat)
      expect(`fungsional_${l.jenjang}`).toBe(a.jabatan_jenis)
      expect(Number(l.share_percent)).toBe(SHARE[a.predikat!])
      expect(Number(l.koefisien)).toBe(KOEFISIEN[a.jabatan_jenis])
      expect(new Date(l.created_at).getTime()).toBeLessThan(
        new Date(`${TODAY}T00:00:00+08:00`).getTime(),
      )
    }
  })

  it('gives the JF demo account one manual "AK awal (konversi)" line', () => {
    const manual = lines.filter((l) => l.source === 'manual')
    expect(manual).toHaveLength(1)
    expect(manual[0]).toMatchObject({
      year: 2023,
      jenjang: 'ahli_muda',
      note: 'AK awal (konversi)',
      assessment_id: null,
      predikat: null,
    })
    expect(Number(manual[0]!.ak)).toBe(137.5)
    const jfId = annual.find((a) => a.nip === JF_NIP)?.pegawai_id
    expect(manual[0]!.pegawai_id).toBe(jfId)
  })

  it('is what the admin’s "generate" writes: regenerating 2024 and 2025 changes nothing', async () => {
    for (const year of [2024, 2025]) {
      const res = await t.as(admin, {
        method: 'POST',
        url: '/api/followup/angka-kredit/generate',
        payload: { year },
      })
      expect(res.statusCode, res.body).toBe(200)
      const r = res.json<AkGenerateResult>()
      expect(r.created).toBe(0)
      expect(r.updated).toBe(0)
      expect(r.unchanged).toBe(
        lines.filter((l) => l.year === year && l.source === 'penilaian').length,
      )
      for (const s of r.skipped)
        expect(s.reason).toMatch(/Bukan jabatan fungsional|belum final|Belum ada/)
    }
  })

  it('shows the JF account’s ledger: AK awal plus the years, with the hints', async () => {
    const list = await t.as(admin, { method: 'GET', url: '/api/followup/angka-kredit?year=2025' })
    expect(list.statusCode, list.body).toBe(200)
    const item = list.json<AkList>().items.find((i) => i.nip === JF_NIP)!
    expect(item.jenjang).toBe('ahli_muda')
    const jf = await t.login(JF_NIP, DEMO_PASSWORD)
    const res = await t.as(jf, {
      method: 'GET',
      url: `/api/followup/angka-kredit/pegawai/${item.pegawaiId}`,
    })
    expect(res.statusCode, res.body).toBe(200)
    const l = res.json<AkLedger>()
    const mine = lines.filter((x) => x.pegawai_id === item.pegawaiId)
    expect(l.entries.map((e) => e.year)).toEqual(mine.map((x) => x.year))
    expect(l.entries[0]).toMatchObject({ year: 2023, source: 'manual', ak: 137.5 })
    expect(l.total).toBe(round2(mine.reduce((s, x) => s + Number(x.ak), 0)))
    expect(item.akTotal).toBe(l.total)
    expect(l.promotion.jenjang).toMatchObject({
      next: 'ahli_madya',
      akNeeded: 200,
      akTotal: l.total,
    })
  })

  it('refuses to seed the ledger twice', async () => {
    await expect(
      seedDemoFollowupAk(t.db, { instansiId: summary.instansiId, today: TODAY }),
    ).rejects.toThrow(/already exists/)
  })
})
