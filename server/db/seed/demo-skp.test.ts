import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAtasanIndex } from '../../../shared/rules/atasan.ts'
import { skpRevisionSchema } from '../../../shared/skp.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import { jabatan, pegawai, units } from '../../modules/org/org.tables.ts'
import type { Db } from '../client.ts'
import { createTestDatabase } from '../../test/test-db.ts'
import { seedDemo, type DemoSummary } from './demo.ts'

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>

// ---------- expectations, from the issue and demo-data.md, not from the seed's content ----------

const TODAY = '2026-03-16'
const TODAY_END = new Date(`${TODAY}T23:59:59+08:00`).getTime()
/** Raw SQL returns timestamptz as text here; compare instants. */
const ms = (v: string | Date | null | undefined) => (v == null ? Number.NaN : new Date(v).getTime())
const ROOT_UNIT = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar'
/** The one Kepala Sub Bagian whose RHK are deliberately left for the coverage view. */
const UNCOVERED_UNIT = 'Sub Bagian Kepegawaian dan Umum'
const UNCOVERED_COUNT = 2
const PK_UNITS = [
  'Sekretariat',
  'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
  'Bidang Pendidikan, Pelatihan dan Informasi Pegawai',
  'Bidang Mutasi dan Kedudukan Hukum',
]

const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  (await db.execute(query)).rows as T[]

/** Everything the seed decides, without ids or clock times: two seeds must agree on it. */
async function projection(db: Db) {
  const skps = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT s.pegawai_nip, s.year, s.status, s.pendekatan, s.variant, s.start_date, s.atasan_nip,
          s.return_reason, s.revision, s.version,
          (SELECT json_agg(json_build_object('seq', r.seq, 'jenis', r.jenis, 'text', r.text,
              'perspektif', r.perspektif,
              'pk', (SELECT t.indikator FROM pk_targets t WHERE t.id = r.pk_target_id),
              'parents', (SELECT json_agg(pr.text ORDER BY pr.text) FROM rhk_interventions i
                            JOIN rhk pr ON pr.id = i.parent_rhk_id WHERE i.rhk_id = r.id),
              'iki', (SELECT json_agg(json_build_object('a', k.aspek, 't', k.text, 'v', k.target_value,
                        'u', k.target_unit, 'x', k.target_text) ORDER BY k.seq)
                      FROM indikator k WHERE k.rhk_id = r.id)) ORDER BY r.seq)
             FROM rhk r WHERE r.skp_id = s.id) AS rhk,
          (SELECT json_agg(json_build_object('v', p.core_value, 'e', p.ekspektasi_khusus)
                           ORDER BY p.core_value)
             FROM skp_perilaku p WHERE p.skp_id = s.id) AS perilaku,
          (SELECT json_agg(json_build_object('k', l.kind, 't', l.text) ORDER BY l.kind, l.seq)
             FROM skp_lampiran l WHERE l.skp_id = s.id) AS lampiran,
          (SELECT json_agg(json_build_object('a', d.author_name, 't', d.text) ORDER BY d.created_at)
             FROM skp_dialog_notes d WHERE d.skp_id = s.id) AS dialog
        FROM skp s ORDER BY s.year, s.pegawai_nip`,
  )
  const pk = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT u.name, k.year, t.seq, t.sasaran_strategis, t.indikator, t.target_value, t.target_unit
        FROM perjanjian_kinerja k JOIN units u ON u.id = k.unit_id JOIN pk_targets t ON t.pk_id = k.id
        ORDER BY k.year, u.name, t.seq`,
  )
  return { skps, pk }
}

describe('seedDemo: Perjanjian Kinerja and SKP 2024–2026', () => {
  let t: TestDatabase
  let summary: DemoSummary

  beforeAll(async () => {
    t = await createTestDatabase()
    // How long the seed takes is a benchmark (`npm run bench`), never a unit-test assertion.
    summary = await seedDemo(t.db, { today: TODAY })
  }, 180_000)

  afterAll(async () => {
    await t?.drop()
  }, 60_000)

  const countBy = async (year: number) => {
    const rows = await rowsOf<{ status: string; n: number }>(
      t.db,
      sql`SELECT status, count(*)::int AS n FROM skp WHERE instansi_id = ${summary.instansiId}
          AND year = ${year} GROUP BY status`,
    )
    return Object.fromEntries(rows.map((r) => [r.status, r.n]))
  }

  const demoPegawai = async () => {
    const accounts = await t.db
      .select({ username: userAccounts.username, pegawaiId: userAccounts.pegawaiId })
      .from(userAccounts)
      .where(eq(userAccounts.instansiId, summary.instansiId))
    const byLogin = new Map(accounts.map((a) => [a.username, a.pegawaiId]))
    return new Map(summary.accounts.map((a) => [a.role, byLogin.get(a.login) ?? null]))
  }

  it('seeds the 2026 SKP of all 77: approved but one draft, one submitted, one returned', async () => {
    expect(await countBy(2026)).toEqual({ disetujui: 74, draft: 1, diajukan: 1, dikembalikan: 1 })
    const [n] = await rowsOf<{ people: number }>(
      t.db,
      sql`SELECT count(DISTINCT pegawai_id)::int AS people FROM skp WHERE year = 2026`,
    )
    expect(n?.people).toBe(77)
  })

  it('keeps 32 SKPs for 2024 (every unit head among them) and 77 for 2025, all approved', async () => {
    expect(await countBy(2024)).toEqual({ disetujui: 32 })
    expect(await countBy(2025)).toEqual({ disetujui: 77 })
    const [heads] = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM skp s JOIN jabatan j ON j.id = s.jabatan_id
          WHERE s.year = 2024 AND j.heads_unit`,
    )
    expect(heads?.n).toBe(7)
  })

  it('leaves the non-approved 2026 SKPs to non-demo staff, except the JF account, which waits', async () => {
    const demo = await demoPegawai()
    const rows = await rowsOf<{
      pegawai_id: string
      status: string
      atasan_pegawai_id: string | null
      return_reason: string | null
      submitted_at: string | null
      approved_at: string | null
      revision: number
    }>(t.db, sql`SELECT * FROM skp WHERE year = 2026`)
    const statusOf = (id: string | null) => rows.find((r) => r.pegawai_id === id)?.status
    for (const [role, id] of demo) {
      if (role === 'Admin instansi') continue
      expect(statusOf(id), role).toBe(role === 'Pejabat Fungsional' ? 'diajukan' : 'disetujui')
    }
    // The JF account's atasan is the Kepala Bidang account: one SKP waits in their "SKP Bawahan".
    const jf = rows.find((r) => r.pegawai_id === demo.get('Pejabat Fungsional'))
    expect(jf?.atasan_pegawai_id).toBe(demo.get('Kepala Bidang'))
    expect(jf?.submitted_at).not.toBeNull()
    expect(jf?.approved_at).toBeNull()

    const demoIds = new Set(demo.values())
    const returned = rows.filter((r) => r.status === 'dikembalikan')
    const draft = rows.filter((r) => r.status === 'draft')
    for (const r of [...returned, ...draft]) expect(demoIds.has(r.pegawai_id)).toBe(false)
    expect(returned[0]?.return_reason?.length).toBeGreaterThan(20)
    expect(returned[0]?.submitted_at).not.toBeNull()
    expect(draft[0]?.submitted_at).toBeNull()
    for (const r of rows.filter((x) => x.status !== 'disetujui')) {
      expect(r.revision).toBe(0)
      expect(r.approved_at).toBeNull()
    }
  })

  it('cascades: every JA/JF RHK utama of 2026 intervenes an RHK of its snapshotted atasan', async () => {
    const [loose] = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM rhk r JOIN skp s ON s.id = r.skp_id
          WHERE s.year = 2026 AND s.variant = 'ja_jf' AND r.jenis = 'utama'
            AND NOT EXISTS (SELECT 1 FROM rhk_interventions i WHERE i.rhk_id = r.id)`,
    )
    expect(loose?.n).toBe(0)
    // In every year, an intervened RHK belongs to the SKP of the child's atasan, same year.
    const [all] = await rowsOf<{ n: number; wrong: number }>(
      t.db,
      sql`SELECT count(*)::int AS n,
            count(*) FILTER (WHERE ps.pegawai_id IS DISTINCT FROM cs.atasan_pegawai_id
                              OR ps.year <> cs.year)::int AS wrong
          FROM rhk_interventions i
          JOIN rhk c ON c.id = i.rhk_id JOIN skp cs ON cs.id = c.skp_id
          JOIN rhk p ON p.id = i.parent_rhk_id JOIN skp ps ON ps.id = p.skp_id`,
    )
    expect(all?.n).toBeGreaterThan(300)
    expect(all?.wrong).toBe(0)
    // History years: every JA/JF RHK intervenes too, so later assessments have a tree.
    const [history] = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM rhk r JOIN skp s ON s.id = r.skp_id
          WHERE s.year < 2026 AND s.variant = 'ja_jf'
            AND NOT EXISTS (SELECT 1 FROM rhk_interventions i WHERE i.rhk_id = r.id)`,
    )
    expect(history?.n).toBe(0)
  })

  it('snapshots pegawai and atasan as the app derives them (buildAtasanIndex on the org)', async () => {
    const unitRows = await t.db.select().from(units).where(eq(units.instansiId, summary.instansiId))
    const people = await t.db
      .select({
        id: pegawai.id,
        name: pegawai.name,
        gelarDepan: pegawai.gelarDepan,
        gelarBelakang: pegawai.gelarBelakang,
        nip: pegawai.nip,
        golongan: pegawai.golongan,
        unitId: pegawai.unitId,
        jabatanId: pegawai.jabatanId,
        jabatanName: jabatan.name,
        jenis: jabatan.jenis,
        headsUnit: jabatan.headsUnit,
      })
      .from(pegawai)
      .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
      .where(eq(pegawai.instansiId, summary.instansiId))
    const index = buildAtasanIndex(
      {
        units: unitRows.map((u) => ({ id: u.id, parentId: u.parentId })),
        people: people.map((p) => ({
          id: p.id,
          unitId: p.unitId,
          headsUnit: p.headsUnit,
          active: true,
        })),
        acting: [],
        overrides: [],
      },
      TODAY,
    )
    const byId = new Map(people.map((p) => [p.id, p]))
    const unitName = new Map(unitRows.map((u) => [u.id, u.name]))
    const withGelar = (p: (typeof people)[number]) =>
      `${p.gelarDepan ? `${p.gelarDepan} ` : ''}${p.name}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ''}`
    const skps = await rowsOf<Record<string, string | null>>(t.db, sql`SELECT * FROM skp`)
    expect(skps).toHaveLength(32 + 77 + 77)
    for (const s of skps) {
      const p = byId.get(s.pegawai_id ?? '')
      expect(p).toBeDefined()
      if (!p) continue
      expect(s).toMatchObject({
        pegawai_name: withGelar(p),
        pegawai_nip: p.nip,
        pegawai_golongan: p.golongan,
        unit_id: p.unitId,
        unit_name: unitName.get(p.unitId),
        jabatan_id: p.jabatanId,
        jabatan_name: p.jabatanName,
        jabatan_jenis: p.jenis,
      })
      const a = byId.get(index.atasanOf(p.id) ?? '')
      expect(s.atasan_pegawai_id, p.name).toBe(a?.id ?? null)
      if (!a) continue
      expect(s).toMatchObject({
        atasan_name: withGelar(a),
        atasan_nip: a.nip,
        atasan_golongan: a.golongan,
        atasan_jabatan_name: a.jabatanName,
        atasan_jabatan_jenis: a.jenis,
        atasan_unit_name: unitName.get(a.unitId),
      })
    }
  })

  it('gives the Kepala Badan a JPT SKP: perspektif on every RHK, PK targets of the root unit', async () => {
    const skps = await rowsOf<{ id: string; year: number; variant: string; atasan: string | null }>(
      t.db,
      sql`SELECT id, year, variant, atasan_pegawai_id AS atasan FROM skp
          WHERE jabatan_jenis = 'jpt_pratama' ORDER BY year`,
    )
    expect(skps.map((s) => s.year)).toEqual([2024, 2025, 2026])
    for (const s of skps) {
      expect(s.variant).toBe('jpt')
      expect(s.atasan).toBeNull()
      const rhkRows = await rowsOf<{
        jenis: string
        perspektif: string | null
        pk_target_id: string | null
        pk_ok: boolean
      }>(
        t.db,
        sql`SELECT r.jenis, r.perspektif, r.pk_target_id,
              r.pk_target_id IN (SELECT pt.id FROM pk_targets pt
                JOIN perjanjian_kinerja k ON k.id = pt.pk_id JOIN units u ON u.id = k.unit_id
                WHERE u.parent_id IS NULL AND k.year = ${s.year}) AS pk_ok
            FROM rhk r WHERE r.skp_id = ${s.id}`,
      )
      expect(rhkRows.length).toBeGreaterThanOrEqual(4)
      for (const r of rhkRows) {
        expect(r.perspektif).not.toBeNull()
        if (r.jenis === 'utama') expect(r.pk_target_id).not.toBeNull()
        if (r.pk_target_id) expect(r.pk_ok).toBe(true)
      }
      expect(new Set(rhkRows.map((r) => r.perspektif)).size).toBe(4)
    }
    const [others] = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM skp WHERE year = 2026 AND variant = 'ja_jf'`,
    )
    expect(others?.n).toBe(76)
  })

  it('records the Perjanjian Kinerja of the root unit, the Sekretariat and each bidang per year', async () => {
    const rows = await rowsOf<{
      unit: string
      parent: string | null
      year: number
      sasaran: number
      n: number
    }>(
      t.db,
      sql`SELECT u.name AS unit, u.parent_id AS parent, k.year,
            count(DISTINCT t.sasaran_strategis)::int AS sasaran, count(t.id)::int AS n
          FROM perjanjian_kinerja k JOIN units u ON u.id = k.unit_id
          JOIN pk_targets t ON t.pk_id = k.id
          WHERE t.target_value IS NOT NULL AND t.target_unit IS NOT NULL
          GROUP BY u.name, u.parent_id, k.year`,
    )
    for (const year of [2024, 2025, 2026]) {
      const ofYear = rows.filter((r) => r.year === year)
      expect(ofYear.map((r) => r.unit).sort()).toEqual([ROOT_UNIT, ...PK_UNITS].sort())
      const root = ofYear.find((r) => r.parent === null)
      expect(root?.sasaran).toBeGreaterThanOrEqual(3)
      expect(root?.sasaran).toBeLessThanOrEqual(5)
      for (const r of ofYear.filter((x) => x.parent !== null)) {
        expect(r.n, r.unit).toBeGreaterThanOrEqual(2)
        expect(r.n, r.unit).toBeLessThanOrEqual(3)
      }
    }
  })

  it('shapes each 2026 SKP: 2–4 RHK utama, at most one tambahan, 1–2 indicators each', async () => {
    const rows = await rowsOf<{
      variant: string
      utama: number
      tambahan: number
      min_iki: number
      max_iki: number
    }>(
      t.db,
      sql`SELECT s.variant,
            count(*) FILTER (WHERE r.jenis = 'utama')::int AS utama,
            count(*) FILTER (WHERE r.jenis = 'tambahan')::int AS tambahan,
            min((SELECT count(*) FROM indikator k WHERE k.rhk_id = r.id))::int AS min_iki,
            max((SELECT count(*) FROM indikator k WHERE k.rhk_id = r.id))::int AS max_iki
          FROM skp s JOIN rhk r ON r.skp_id = s.id WHERE s.year = 2026 GROUP BY s.id, s.variant`,
    )
    expect(rows).toHaveLength(77)
    for (const r of rows) {
      expect(r.utama).toBeGreaterThanOrEqual(2)
      expect(r.utama).toBeLessThanOrEqual(4)
      expect(r.tambahan).toBeLessThanOrEqual(1)
      expect(r.min_iki).toBeGreaterThanOrEqual(1)
      expect(r.max_iki).toBeLessThanOrEqual(2)
    }
    expect(rows.filter((r) => r.tambahan === 1).length).toBeGreaterThan(5)
    // The simpler history: two RHK each, the Kepala Badan keeps one per PK sasaran.
    const history = await rowsOf<{ variant: string; n: number }>(
      t.db,
      sql`SELECT s.variant, count(r.id)::int AS n FROM skp s JOIN rhk r ON r.skp_id = s.id
          WHERE s.year < 2026 GROUP BY s.id, s.variant`,
    )
    expect(history).toHaveLength(32 + 77)
    for (const h of history) expect(h.n).toBe(h.variant === 'jpt' ? 4 : 2)
  })

  it('gives every indicator a target: number and satuan (kuantitatif) or text (kualitatif)', async () => {
    const rows = await rowsOf<{
      pendekatan: string
      year: number
      aspek: string | null
      target_value: number | null
      target_unit: string | null
      target_text: string | null
    }>(
      t.db,
      sql`SELECT s.pendekatan, s.year, k.aspek, k.target_value, k.target_unit, k.target_text
          FROM indikator k JOIN rhk r ON r.id = k.rhk_id JOIN skp s ON s.id = r.skp_id`,
    )
    expect(rows.length).toBeGreaterThan(400)
    for (const r of rows) {
      if (r.pendekatan === 'kuantitatif') {
        expect(r.aspek).not.toBeNull()
        expect(Number(r.target_value)).toBeGreaterThan(0)
        expect(r.target_unit).toBeTruthy()
      } else {
        expect(r.target_text?.length).toBeGreaterThan(10)
      }
    }
    const aspek = new Set(rows.map((r) => r.aspek).filter(Boolean))
    expect([...aspek].sort()).toEqual(['kualitas', 'kuantitas', 'waktu'])
    const [kual] = await rowsOf<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM skp WHERE year = 2026 AND pendekatan = 'kualitatif'`,
    )
    expect(kual?.n).toBeGreaterThanOrEqual(2)
    expect(kual?.n).toBeLessThanOrEqual(3)
  })

  it('carries the 7 BerAKHLAK values on every SKP, some with ekspektasi khusus; some lampiran', async () => {
    const [p] = await rowsOf<{ skps: number; wrong: number; with_ekspektasi: number }>(
      t.db,
      sql`SELECT count(*)::int AS skps,
            count(*) FILTER (WHERE n <> 7)::int AS wrong,
            count(*) FILTER (WHERE e > 0)::int AS with_ekspektasi
          FROM (SELECT s.id, count(p.core_value) AS n, count(p.ekspektasi_khusus) AS e
                FROM skp s LEFT JOIN skp_perilaku p ON p.skp_id = s.id GROUP BY s.id) x`,
    )
    expect(p?.skps).toBe(186)
    expect(p?.wrong).toBe(0)
    expect(p?.with_ekspektasi).toBeGreaterThan(20)
    expect(p?.with_ekspektasi).toBeLessThan(186)
    const [l] = await rowsOf<{ skps: number; kinds: number }>(
      t.db,
      sql`SELECT count(DISTINCT skp_id)::int AS skps, count(DISTINCT kind)::int AS kinds FROM skp_lampiran`,
    )
    expect(l?.skps).toBeGreaterThan(20)
    expect(l?.skps).toBeLessThan(186)
    expect(l?.kinds).toBe(3)
  })

  it('keeps a revision of every approved SKP whose content is the SKP document', async () => {
    const rows = await rowsOf<{
      id: string
      status: string
      revision: number
      atasan_name: string | null
      atasan_pegawai_id: string | null
      rev: number | null
      approved_by_name: string | null
      content: unknown
      approved_at: string | null
      rev_approved_at: string | null
    }>(
      t.db,
      sql`SELECT s.id, s.status, s.revision, s.atasan_name, s.atasan_pegawai_id, s.approved_at,
            v.revision AS rev, v.approved_by_name, v.content, v.approved_at AS rev_approved_at
          FROM skp s LEFT JOIN skp_revisions v ON v.skp_id = s.id`,
    )
    expect(rows).toHaveLength(186)
    const rhkRows = await rowsOf<{ id: string; skp_id: string; text: string }>(
      t.db,
      sql`SELECT id, skp_id, text FROM rhk`,
    )
    for (const r of rows) {
      if (r.status !== 'disetujui') {
        expect(r.rev).toBeNull()
        continue
      }
      expect(r.revision).toBe(1)
      expect(r.rev).toBe(1)
      expect(ms(r.rev_approved_at)).toBe(ms(r.approved_at))
      expect(r.approved_by_name).toBe(r.atasan_name ?? 'Admin BKPSDM')
      const parsed = skpRevisionSchema.shape.content.safeParse(r.content)
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true)
      if (!parsed.success) continue
      const c = parsed.data
      expect(c.id).toBe(r.id)
      expect(c.status).toBe('disetujui')
      expect(c.atasan?.pegawaiId ?? null).toBe(r.atasan_pegawai_id)
      expect(c.perilaku).toHaveLength(7)
      const own = rhkRows.filter((x) => x.skp_id === r.id)
      expect(c.rhk.map((x) => [x.id, x.text]).sort()).toEqual(own.map((x) => [x.id, x.text]).sort())
      expect(c.rhkCount).toBe(own.length)
    }
  })

  it('leaves exactly the intended leader RHK uncovered, all on one Kepala Sub Bagian', async () => {
    const uncovered = (approvedOnly: boolean) =>
      rowsOf<{ text: string; unit_name: string; jabatan_jenis: string }>(
        t.db,
        sql`SELECT r.text, s.unit_name, s.jabatan_jenis FROM rhk r JOIN skp s ON s.id = r.skp_id
            WHERE s.year = 2026
              AND EXISTS (SELECT 1 FROM skp c WHERE c.year = 2026 AND c.atasan_pegawai_id = s.pegawai_id)
              AND NOT EXISTS (SELECT 1 FROM rhk_interventions i
                JOIN rhk cr ON cr.id = i.rhk_id JOIN skp cs ON cs.id = cr.skp_id
                WHERE i.parent_rhk_id = r.id AND (cs.status = 'disetujui' OR NOT ${approvedOnly}))`,
      )
    for (const approvedOnly of [false, true]) {
      const rows = await uncovered(approvedOnly)
      expect(rows).toHaveLength(UNCOVERED_COUNT)
      for (const r of rows)
        expect(r).toMatchObject({ unit_name: UNCOVERED_UNIT, jabatan_jenis: 'pengawas' })
    }
  })

  it('writes dialog kinerja notes on a few SKPs, by the pegawai or the atasan', async () => {
    const rows = await rowsOf<{
      skp_id: string
      author_is_atasan: boolean
      author_pegawai: string | null
      owner: string
      atasan: string | null
    }>(
      t.db,
      sql`SELECT d.skp_id, d.author_is_atasan, a.pegawai_id AS author_pegawai,
            s.pegawai_id AS owner, s.atasan_pegawai_id AS atasan
          FROM skp_dialog_notes d JOIN skp s ON s.id = d.skp_id
          JOIN user_accounts a ON a.id = d.author_user_id`,
    )
    const skps = new Set(rows.map((r) => r.skp_id))
    expect(skps.size).toBeGreaterThanOrEqual(2)
    expect(skps.size).toBeLessThanOrEqual(3)
    for (const r of rows) expect(r.author_pegawai).toBe(r.author_is_atasan ? r.atasan : r.owner)
  })

  it('dates everything in order and nothing after the demo’s today', async () => {
    const rows = await rowsOf<{
      id: string
      year: number
      created_at: string
      submitted_at: string | null
      approved_at: string | null
      atasan_approved_at: string | null
    }>(
      t.db,
      sql`SELECT s.id, s.year, s.created_at, s.submitted_at, s.approved_at,
            a.approved_at AS atasan_approved_at
          FROM skp s LEFT JOIN skp a ON a.pegawai_id = s.atasan_pegawai_id AND a.year = s.year`,
    )
    for (const r of rows) {
      expect(ms(r.created_at)).toBeLessThanOrEqual(TODAY_END)
      if (r.submitted_at) expect(ms(r.submitted_at)).toBeGreaterThanOrEqual(ms(r.created_at))
      if (r.approved_at && r.submitted_at) {
        expect(ms(r.approved_at)).toBeGreaterThan(ms(r.submitted_at))
        expect(ms(r.approved_at)).toBeLessThanOrEqual(TODAY_END)
      }
      // An atasan approves their own SKP before approving the subordinates'.
      if (r.approved_at && r.atasan_approved_at) {
        expect(ms(r.approved_at)).toBeGreaterThan(ms(r.atasan_approved_at))
      }
    }
  })

  it('is deterministic: a second seed writes the same SKPs, RHK, targets and notes', async () => {
    const other = await createTestDatabase()
    try {
      await seedDemo(other.db, { today: TODAY })
      expect(await projection(other.db)).toEqual(await projection(t.db))
    } finally {
      await other.drop()
    }
  })
})
