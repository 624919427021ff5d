import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  flagEntries,
  normalizeDescription,
  type FlagInput,
} from '../../../shared/rules/alignment.ts'
import {
  DEFAULT_LATENESS_RULE,
  entryDeadlineIso,
  localDayOf,
  timeliness,
} from '../../../shared/rules/lateness.ts'
import {
  addDays,
  isWorkingDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import { fixedClock } from '../../lib/clock.ts'
import { createAuditService } from '../../modules/audit/audit.service.ts'
import { createPeriodsService } from '../../modules/periods/periods.service.ts'
import type { Db } from '../client.ts'
import { createDemoTestDatabase, createTestDatabase } from '../../test/test-db.ts'
import { seedDemo, type DemoSummary } from './demo.ts'
import { seedDemoActivities } from './demo-activities.ts'

type TestDatabase = Awaited<ReturnType<typeof createDemoTestDatabase>>

// ---------- expectations, from the issue, the brief and demo-data.md ----------

/** The test clock of server/test/test-app.ts: Friday 2026-11-27, 10:00 WITA. */
const TODAY = '2026-11-27'
const TZ = 'Asia/Makassar'
/** Nothing may be recorded after the end of the demo's today. */
const TODAY_END = new Date(`${TODAY}T23:59:59.999+08:00`).getTime()
const PELAKSANA_NIP = '199006092014081003'
const JF_NIP = '198002022009081009'
/** The two 2026 SKPs that have no approved RHK: their owners log unlinked work. */
const NO_RHK = ['Ni Komang Yulia Antari', 'Ni Wayan Sukerti']
const HABITUAL_SKIPPERS = ['I Wayan Mertayasa', 'I Komang Sumerta', 'I Kadek Yoga Pratama']
const WEEKEND_TEXT = 'seleksi kompetensi PPPK tahap II dengan metode CAT'

const ms = (v: string | Date | null | undefined) => (v == null ? Number.NaN : new Date(v).getTime())
const rowsOf = async <T>(db: Db, query: ReturnType<typeof sql>) =>
  (await db.execute(query)).rows as T[]

type Entry = {
  id: string
  pegawai_id: string
  name: string
  nip: string
  date: string
  start_time: string
  end_time: string
  description: string
  text_hash: string
  rhk_id: string | null
  flags: string[]
  recorded_at: string
  device_recorded_at: string | null
  deadline_at: string
  late: boolean
  synced_late: boolean
  rule_version: number
  verification_status: string
  verified_at: string | null
}

describe('seedDemo: daily progress, rencana aksi, verifications and umpan balik of 2026', () => {
  let t: TestDatabase
  let summary: DemoSummary
  let entries: Entry[] = []
  let cal: WorkingCalendar

  beforeAll(async () => {
    // The run's shared demo for TODAY (seedDemo into a template once, cloned per file); the
    // determinism test below seeds a second one from scratch. How long seeding takes is a
    // performance goal: `npm run bench` measures it (docs/decisions/0019-test-speed.md).
    t = await createDemoTestDatabase(TODAY)
    summary = t.summary
    cal = await createPeriodsService({
      db: t.db,
      clock: fixedClock(`${TODAY}T02:00:00Z`),
      audit: createAuditService({ db: t.db }),
      org: { instansiInfo: async () => ({ name: 'demo', timeZone: TZ }) },
    }).calendarFor(summary.instansiId, 2026)
    entries = await rowsOf<Entry>(
      t.db,
      sql`SELECT d.id, d.pegawai_id, p.name, p.nip, d.date, d.start_time, d.end_time,
            d.description, d.text_hash, d.rhk_id, d.flags, d.recorded_at, d.device_recorded_at,
            d.deadline_at, d.late, d.synced_late, d.rule_version, d.verification_status,
            d.verified_at
          FROM daily_progress d JOIN pegawai p ON p.id = d.pegawai_id`,
    )
  }, 240_000)

  afterAll(async () => {
    await t?.drop()
  }, 60_000)

  const share = (pred: (e: Entry) => boolean, list = entries) =>
    list.filter(pred).length / list.length
  const ofNip = (nip: string) => entries.filter((e) => e.nip === nip)

  it('logs the working days of 2026 for all 77 people: 30–45 thousand entries', () => {
    expect(entries.length).toBeGreaterThan(30_000)
    expect(entries.length).toBeLessThan(45_000)
    expect(new Set(entries.map((e) => e.pegawai_id)).size).toBe(77)
    const perDay = new Map<string, number>()
    for (const e of entries)
      perDay.set(`${e.pegawai_id}:${e.date}`, (perDay.get(`${e.pegawai_id}:${e.date}`) ?? 0) + 1)
    // 1–3 activities a day (plus a deliberate overlapping meeting now and then).
    for (const n of perDay.values()) {
      expect(n).toBeGreaterThanOrEqual(1)
      expect(n).toBeLessThanOrEqual(4)
    }
  })

  it('has most people on most working days, a few habitual skippers missing about a fifth', () => {
    const byPerson = new Map<string, { name: string; nip: string; days: Set<string> }>()
    for (const e of entries) {
      const p = byPerson.get(e.pegawai_id) ?? { name: e.name, nip: e.nip, days: new Set() }
      p.days.add(e.date)
      byPerson.set(e.pegawai_id, p)
    }
    const absence = new Map<string, number>()
    for (const p of byPerson.values()) {
      const first = [...p.days].sort()[0]!
      // Working days from the first entry to yesterday (today may not be logged yet).
      const possible = workingDaysBetween(addDays(first, -1), addDays(TODAY, -1), cal)
      const present = [...p.days].filter((d) => d < TODAY && isWorkingDay(d, cal)).length
      absence.set(p.name, 1 - present / possible)
      expect(p.days.size, p.name).toBeGreaterThan(100)
    }
    for (const name of HABITUAL_SKIPPERS) {
      expect(absence.get(name), name).toBeGreaterThan(0.12)
      expect(absence.get(name), name).toBeLessThan(0.3)
    }
    const others = [...absence].filter(([n]) => !HABITUAL_SKIPPERS.includes(n))
    const regular = others.filter(([, a]) => a < 0.05).length
    expect(regular / others.length).toBeGreaterThan(0.7)
    for (const [name, a] of others) expect(a, name).toBeLessThan(0.12)
  })

  it('never dates or records anything after the demo’s today', async () => {
    for (const e of entries) {
      expect(e.date <= TODAY).toBe(true)
      expect(ms(e.recorded_at)).toBeLessThanOrEqual(TODAY_END)
      if (e.verified_at) expect(ms(e.verified_at)).toBeLessThanOrEqual(TODAY_END)
    }
    const [late] = await rowsOf<{ ra: number; v: number; m: number; ev: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM rencana_aksi WHERE created_at > ${new Date(TODAY_END)}) AS ra,
            (SELECT count(*)::int FROM progress_verifications WHERE at > ${new Date(TODAY_END)}) AS v,
            (SELECT count(*)::int FROM feedback_messages WHERE created_at > ${new Date(TODAY_END)}) AS m,
            (SELECT count(*)::int FROM progress_evidence WHERE created_at > ${new Date(TODAY_END)}) AS ev`,
    )
    expect(late).toEqual({ ra: 0, v: 0, m: 0, ev: 0 })
    // Each entry is recorded after its activity ended (the same evening at the earliest).
    for (const e of entries) {
      const end = new Date(`${e.date}T${e.end_time}:00+08:00`).getTime()
      expect(ms(e.device_recorded_at ?? e.recorded_at)).toBeGreaterThan(end)
    }
  })

  it('keeps the demo Pelaksana free of an entry for today (the e2e test logs it)', () => {
    const pelaksana = ofNip(PELAKSANA_NIP)
    expect(pelaksana.length).toBeGreaterThan(300)
    expect(pelaksana.filter((e) => e.date === TODAY)).toEqual([])
  })

  it('logs only on working days, except the deliberate Saturday CAT selection', () => {
    const off = entries.filter((e) => !isWorkingDay(e.date, cal))
    expect(off.length).toBeGreaterThan(0)
    for (const e of off) {
      expect(e.description).toContain(WEEKEND_TEXT)
      expect(e.flags).toContain('too_long')
    }
    // Bali's days off are respected: nobody works on Nyepi or Galungan.
    expect(entries.filter((e) => e.date === '2026-03-19' || e.date === '2026-06-17')).toEqual([])
  })

  it('keeps times between 07:30 and 16:00 without overlaps, except deliberate ones', () => {
    const byDay = new Map<string, Entry[]>()
    for (const e of entries)
      byDay.set(`${e.pegawai_id}:${e.date}`, [...(byDay.get(`${e.pegawai_id}:${e.date}`) ?? []), e])
    let overlaps = 0
    for (const day of byDay.values()) {
      const sorted = [...day].sort((a, b) => a.start_time.localeCompare(b.start_time))
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]!.start_time < sorted[i - 1]!.end_time) {
          overlaps += 1
          // The deliberate case: a meeting logged on top of other work, both flagged.
          const pair = [sorted[i]!, sorted[i - 1]!]
          expect(pair.some((e) => e.description.includes('(disela pekerjaan lain)'))).toBe(true)
          for (const e of pair) expect(e.flags).toContain('overlap')
        }
      }
    }
    expect(overlaps).toBeGreaterThan(5)
    expect(overlaps).toBeLessThan(40)
    for (const e of entries) {
      expect(e.end_time > e.start_time).toBe(true)
      if (e.description.includes(WEEKEND_TEXT)) continue
      expect(e.start_time >= '07:30').toBe(true)
      expect(e.end_time <= '16:00').toBe(true)
    }
  })

  it('stores lateness exactly as timeliness() judges it with the instansi calendar', () => {
    const deadlines = new Map<string, string>()
    for (const e of entries) {
      let deadline = deadlines.get(e.date)
      if (!deadline) {
        deadline = entryDeadlineIso(e.date, DEFAULT_LATENESS_RULE, cal, TZ)
        deadlines.set(e.date, deadline)
      }
      expect(e.rule_version).toBe(1)
      expect(ms(e.deadline_at)).toBe(ms(deadline))
      // Every row, with the rule timeliness() applies (device time trusted when not later).
      const trusted =
        e.device_recorded_at && ms(e.device_recorded_at) <= ms(e.recorded_at)
          ? ms(e.device_recorded_at)
          : ms(e.recorded_at)
      expect(e.late).toBe(trusted > ms(deadline))
      expect(e.synced_late).toBe(!e.late && ms(e.recorded_at) > ms(deadline))
    }
    // And a sample through timeliness() itself.
    for (const e of entries.filter((_, i) => i % 37 === 0)) {
      const got = timeliness({
        day: e.date,
        receivedAt: e.recorded_at,
        deviceRecordedAt: e.device_recorded_at,
        rule: DEFAULT_LATENESS_RULE,
        cal,
        timeZone: TZ,
      })
      expect({ late: e.late, syncedLate: e.synced_late, deadline: ms(e.deadline_at) }).toEqual({
        late: got.late,
        syncedLate: got.syncedLate,
        deadline: ms(got.deadlineAt),
      })
    }
  })

  it('records most entries the same evening, 5–8% late and about 1% synced late', () => {
    const late = share((e) => e.late)
    expect(late).toBeGreaterThan(0.05)
    expect(late).toBeLessThan(0.08)
    const synced = share((e) => e.synced_late)
    expect(synced).toBeGreaterThan(0.004)
    expect(synced).toBeLessThan(0.02)
    // A synced-late entry was entered on the phone the same day.
    for (const e of entries.filter((x) => x.synced_late)) {
      expect(e.device_recorded_at).not.toBeNull()
      expect(localDayOf(e.device_recorded_at!, TZ)).toBe(e.date)
    }
    const sameEvening = share((e) => {
      const at = e.device_recorded_at ?? e.recorded_at
      const hour = Number(new Date(ms(at) + 8 * 3600_000).toISOString().slice(11, 13))
      return localDayOf(at, TZ) === e.date && hour >= 13 && hour < 22
    })
    expect(sameEvening).toBeGreaterThan(0.75)
  })

  it('stores the text hash and the alignment flags the app computes', () => {
    const byDay = new Map<string, Entry[]>()
    for (const e of entries) {
      expect(e.text_hash).toBe(
        createHash('md5').update(normalizeDescription(e.description)).digest('hex'),
      )
      byDay.set(`${e.pegawai_id}:${e.date}`, [...(byDay.get(`${e.pegawai_id}:${e.date}`) ?? []), e])
    }
    for (const day of byDay.values()) {
      const input: FlagInput[] = day.map((e) => ({
        id: e.id,
        date: e.date,
        startTime: e.start_time,
        endTime: e.end_time,
        description: e.description,
        rhkId: e.rhk_id,
        sameTextCount: 0,
      }))
      const want = flagEntries(input)
      for (const e of day) expect(e.flags, e.description).toEqual(want.get(e.id))
    }
  })

  it('has a few unlinked and vague entries, and one group of pasted text', async () => {
    const noRhk = entries.filter((e) => NO_RHK.includes(e.name))
    expect(noRhk.length).toBeGreaterThan(300)
    for (const e of noRhk) expect(e.rhk_id).toBeNull()
    const others = entries.filter((e) => !NO_RHK.includes(e.name))
    const unlinked = share((e) => e.rhk_id === null, others)
    expect(unlinked).toBeGreaterThan(0.005)
    expect(unlinked).toBeLessThan(0.03)
    const vague = entries.filter((e) => e.flags.includes('vague'))
    expect(vague.length).toBeGreaterThanOrEqual(5)
    expect(vague.length).toBeLessThan(100)
    expect(new Set(vague.map((e) => e.name)).size).toBeLessThanOrEqual(4)
    // The same text three times or more (the app flags "duplicate"): only the pasted group and
    // the one-word vague descriptions.
    const repeated = await rowsOf<{ description: string; n: number; people: number }>(
      t.db,
      sql`SELECT min(description) AS description, count(*)::int AS n,
            count(DISTINCT pegawai_id)::int AS people
          FROM daily_progress GROUP BY text_hash HAVING count(*) >= 3`,
    )
    const pasted = repeated.filter((r) => r.people > 1 && r.n >= 10)
    expect(pasted).toHaveLength(1)
    for (const r of repeated.filter((x) => !pasted.includes(x))) {
      expect(normalizeDescription(r.description).split(' ').length, r.description).toBeLessThan(3)
    }
  })

  it('keeps the demo Pelaksana and JF histories rich and clean', () => {
    for (const nip of [PELAKSANA_NIP, JF_NIP]) {
      const own = ofNip(nip)
      expect(own.length).toBeGreaterThan(350)
      expect(own.filter((e) => e.flags.length > 0)).toEqual([])
      expect(own.filter((e) => e.late || e.synced_late)).toEqual([])
      expect(own.filter((e) => e.verification_status === 'perlu_perbaikan')).toEqual([])
      // Their texts are their own (a routine one may repeat once): never "duplicate".
      const hashes = new Set(own.map((e) => e.text_hash))
      expect(entries.filter((e) => e.nip !== nip && hashes.has(e.text_hash))).toEqual([])
      const perHash = new Map<string, number>()
      for (const e of own) perHash.set(e.text_hash, (perHash.get(e.text_hash) ?? 0) + 1)
      expect(Math.max(...perHash.values())).toBeLessThanOrEqual(2)
    }
  })

  it('links entries only to RHK and rencana aksi of the person’s own 2026 SKP', async () => {
    const [wrong] = await rowsOf<Record<string, number>>(
      t.db,
      sql`SELECT
            count(*) FILTER (WHERE s.pegawai_id <> d.pegawai_id OR s.year <> 2026)::int AS skp,
            count(*) FILTER (WHERE (d.rhk_id IS NULL) <> (d.skp_id IS NULL))::int AS pair,
            count(*) FILTER (WHERE d.rhk_id IS NOT NULL AND r.skp_id <> d.skp_id)::int AS rhk,
            count(*) FILTER (WHERE d.rencana_aksi_id IS NOT NULL AND (ra.rhk_id <> d.rhk_id
              OR d.date NOT BETWEEN pe.start_date AND pe.end_date
              OR ra.created_at > d.recorded_at))::int AS ra,
            count(*) FILTER (WHERE d.rhk_id IS NOT NULL AND s.status NOT IN ('disetujui', 'diajukan'))::int AS draft
          FROM daily_progress d LEFT JOIN skp s ON s.id = d.skp_id
          LEFT JOIN rhk r ON r.id = d.rhk_id
          LEFT JOIN rencana_aksi ra ON ra.id = d.rencana_aksi_id
          LEFT JOIN periods pe ON pe.id = ra.period_id`,
    )
    expect(wrong).toEqual({ skp: 0, pair: 0, rhk: 0, ra: 0, draft: 0 })
    expect(share((e) => e.rhk_id !== null)).toBeGreaterThan(0.9)
  })

  it('writes 1–2 rencana aksi per RHK utama per started quarter, targets in the indikator’s satuan', async () => {
    const rows = await rowsOf<{
      skp_id: string
      status: string
      jenis: string
      rhk_id: string
      seq: number
      n: number
      units: string[]
      iki_units: string[] | null
      min_target: number
      max_seq: number
      seqs: number
    }>(
      t.db,
      sql`SELECT s.id AS skp_id, s.status, r.jenis, r.id AS rhk_id, pe.seq,
            count(ra.id)::int AS n, array_agg(DISTINCT ra.target_unit) AS units,
            (SELECT array_agg(k.target_unit) FROM indikator k WHERE k.rhk_id = r.id) AS iki_units,
            min(ra.target_value)::int AS min_target,
            coalesce(max(ra.seq), 0)::int AS max_seq, count(DISTINCT ra.seq)::int AS seqs
          FROM skp s JOIN rhk r ON r.skp_id = s.id
          CROSS JOIN periods pe
          LEFT JOIN rencana_aksi ra ON ra.rhk_id = r.id AND ra.period_id = pe.id
          WHERE s.year = 2026 AND pe.year = 2026 AND pe.kind = 'quarterly'
            AND pe.start_date <= ${TODAY}
          GROUP BY s.id, s.status, r.jenis, r.id, pe.seq`,
    )
    const approved = rows.filter((r) => r.status === 'disetujui')
    expect(approved.length).toBeGreaterThan(200 * 4 - 100)
    for (const r of approved) {
      expect(r.n).toBeLessThanOrEqual(2)
      if (r.jenis === 'utama') expect(r.n).toBeGreaterThanOrEqual(1)
      if (r.n === 0) continue
      // Numbered 1, 2 per RHK and period, as the app numbers them.
      expect([r.seqs, r.max_seq]).toEqual([r.n, r.n])
      expect(r.min_target).toBeGreaterThan(0)
      for (const u of r.units) expect([...(r.iki_units ?? []), 'Kegiatan']).toContain(u)
    }
    // None for the draft and the returned SKP.
    for (const r of rows.filter((x) => x.status === 'draft' || x.status === 'dikembalikan')) {
      expect(r.n).toBe(0)
    }
    // A volume RHK's quarterly targets add up to about its yearly indikator target.
    const [spj] = await rowsOf<{ yearly: number; q1: number }>(
      t.db,
      sql`SELECT max(k.target_value)::int AS yearly,
            sum(ra.target_value) FILTER (WHERE pe.seq = 1 AND ra.target_unit = 'Dokumen')::int AS q1
          FROM rhk r JOIN indikator k ON k.rhk_id = r.id AND k.target_unit = 'Dokumen'
          JOIN rencana_aksi ra ON ra.rhk_id = r.id JOIN periods pe ON pe.id = ra.period_id
          JOIN skp s ON s.id = r.skp_id
          WHERE r.text LIKE 'Terverifikasinya dokumen pertanggungjawaban belanja (SPJ)%'
            AND s.pegawai_name LIKE 'Ni Made Sri Wahyuni%'`,
    )
    expect(spj?.q1).toBeGreaterThan((spj?.yearly ?? 0) * 0.15)
    expect(spj?.q1).toBeLessThan((spj?.yearly ?? 0) * 0.3)
  })

  it('has the atasan verify most older entries, a few needing a fix, recent ones mostly pending', async () => {
    const mismatch = await rowsOf<{ id: string }>(
      t.db,
      sql`SELECT d.id FROM daily_progress d
          LEFT JOIN LATERAL (SELECT v.verdict, v.at FROM progress_verifications v
            WHERE v.progress_id = d.id ORDER BY v.at DESC LIMIT 1) last ON true
          WHERE (last.verdict IS NULL AND (d.verification_status <> 'pending' OR d.verified_at IS NOT NULL))
             OR (last.verdict IS NOT NULL AND (d.verification_status::text <> last.verdict::text
                 OR d.verified_at IS DISTINCT FROM last.at))`,
    )
    expect(mismatch).toEqual([])
    const [who] = await rowsOf<{ wrong: number; no_note: number; early: number }>(
      t.db,
      sql`SELECT count(*) FILTER (WHERE a.pegawai_id IS DISTINCT FROM s.atasan_pegawai_id)::int AS wrong,
            count(*) FILTER (WHERE v.verdict = 'perlu_perbaikan' AND coalesce(length(v.note), 0) < 3)::int AS no_note,
            count(*) FILTER (WHERE v.at <= d.recorded_at)::int AS early
          FROM progress_verifications v JOIN daily_progress d ON d.id = v.progress_id
          JOIN skp s ON s.pegawai_id = d.pegawai_id AND s.year = 2026 JOIN user_accounts a ON a.id = v.by_user_id`,
    )
    expect(who).toEqual({ wrong: 0, no_note: 0, early: 0 })
    const withAtasan = await rowsOf<{ id: string }>(
      t.db,
      sql`SELECT d.id FROM daily_progress d JOIN skp s ON s.pegawai_id = d.pegawai_id AND s.year = 2026
          WHERE s.atasan_pegawai_id IS NOT NULL`,
    )
    const supervised = new Set(withAtasan.map((r) => r.id))
    const old = entries.filter((e) => supervised.has(e.id) && e.date < addDays(TODAY, -14))
    const recent = entries.filter((e) => supervised.has(e.id) && e.date >= addDays(TODAY, -3))
    expect(share((e) => e.verification_status !== 'pending', old)).toBeGreaterThan(0.9)
    expect(share((e) => e.verification_status === 'pending', recent)).toBeGreaterThan(0.6)
    const perlu = entries.filter((e) => e.verification_status === 'perlu_perbaikan')
    expect(perlu.length).toBeGreaterThan(10)
    expect(perlu.length / entries.length).toBeLessThan(0.02)
    // The version counts what the app bumps it for: each verdict and each edit. Some entries
    // were fixed after "perlu perbaikan" (one edit) and verified again.
    const versions = await rowsOf<{ verdicts: number; version: number; n: number }>(
      t.db,
      sql`SELECT (SELECT count(*) FROM progress_verifications v WHERE v.progress_id = d.id)::int AS verdicts,
            d.version, count(*)::int AS n
          FROM daily_progress d GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    expect(versions.map(({ verdicts, version }) => [verdicts, version])).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
    ])
    expect(versions.find((v) => v.verdicts === 2)?.n).toBeGreaterThan(5)
  })

  it('attaches evidence links to about 30% of entries, no uploaded files', async () => {
    const [ev] = await rowsOf<{ entries: number; files: number; bad: number; wrong_owner: number }>(
      t.db,
      sql`SELECT count(DISTINCT e.progress_id)::int AS entries,
            count(*) FILTER (WHERE e.kind <> 'link')::int AS files,
            count(*) FILTER (WHERE e.url NOT LIKE 'https://%')::int AS bad,
            count(*) FILTER (WHERE e.pegawai_id <> d.pegawai_id)::int AS wrong_owner
          FROM progress_evidence e JOIN daily_progress d ON d.id = e.progress_id`,
    )
    expect(ev?.files).toBe(0)
    expect(ev?.bad).toBe(0)
    expect(ev?.wrong_owner).toBe(0)
    expect((ev?.entries ?? 0) / entries.length).toBeGreaterThan(0.22)
    expect((ev?.entries ?? 0) / entries.length).toBeLessThan(0.4)
  })

  it('opens about 15 umpan balik threads between SKP owners and their atasan', async () => {
    const threads = await rowsOf<{
      id: string
      owner_nip: string
      unit_name: string
      topic_kind: string
      rhk_ok: boolean | null
      creator: string | null
      atasan: string | null
      last_message_at: string
      last: string
    }>(
      t.db,
      sql`SELECT f.id, s.pegawai_nip AS owner_nip, s.unit_name, f.topic_kind,
            (SELECT r.skp_id = f.skp_id FROM rhk r WHERE r.id = f.rhk_id) AS rhk_ok,
            (SELECT a.pegawai_id FROM user_accounts a WHERE a.id = f.created_by_user_id) AS creator,
            s.atasan_pegawai_id AS atasan, f.last_message_at,
            (SELECT max(m.created_at) FROM feedback_messages m WHERE m.thread_id = f.id) AS last
          FROM feedback_threads f JOIN skp s ON s.id = f.skp_id AND s.pegawai_id = f.pegawai_id`,
    )
    expect(threads.length).toBeGreaterThanOrEqual(12)
    expect(threads.length).toBeLessThanOrEqual(20)
    expect(new Set(threads.map((x) => x.unit_name)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(threads.map((x) => x.topic_kind))).toEqual(new Set(['rhk', 'perilaku']))
    expect(threads.filter((x) => x.owner_nip === PELAKSANA_NIP).length).toBeGreaterThanOrEqual(1)
    expect(threads.filter((x) => x.owner_nip === JF_NIP).length).toBeGreaterThanOrEqual(1)
    for (const x of threads) {
      expect(x.creator).toBe(x.atasan)
      if (x.topic_kind === 'rhk') expect(x.rhk_ok).toBe(true)
      expect(ms(x.last_message_at)).toBe(ms(x.last))
    }
    const messages = await rowsOf<{
      thread_id: string
      author_role: string
      author: string
      owner: string
      atasan: string
    }>(
      t.db,
      sql`SELECT m.thread_id, m.author_role, a.pegawai_id AS author, f.pegawai_id AS owner,
            s.atasan_pegawai_id AS atasan
          FROM feedback_messages m JOIN feedback_threads f ON f.id = m.thread_id
          JOIN skp s ON s.id = f.skp_id JOIN user_accounts a ON a.id = m.author_user_id
          ORDER BY m.thread_id, m.created_at`,
    )
    const byThread = new Map<string, typeof messages>()
    for (const m of messages) byThread.set(m.thread_id, [...(byThread.get(m.thread_id) ?? []), m])
    for (const list of byThread.values()) {
      expect(list.length).toBeGreaterThanOrEqual(1)
      expect(list.length).toBeLessThanOrEqual(4)
      list.forEach((m, i) => {
        // The atasan opens; then they alternate.
        expect(m.author_role).toBe(i % 2 === 0 ? 'atasan' : 'pegawai')
        expect(m.author).toBe(m.author_role === 'atasan' ? m.atasan : m.owner)
      })
    }
  })

  it('refuses to seed the activities twice', async () => {
    await expect(
      seedDemoActivities(t.db, { instansiId: summary.instansiId, today: TODAY }),
    ).rejects.toThrow(/already exist/)
  })

  it('is deterministic: a second seed writes the same activities', async () => {
    const fingerprint = async (db: Db) =>
      (
        await rowsOf<{ f: string }>(
          db,
          sql`SELECT md5(string_agg(concat_ws('|', p.nip, d.date, d.start_time, d.end_time,
                d.description, d.realisasi, d.satuan, d.late, d.synced_late,
                d.verification_status, d.recorded_at), ',' ORDER BY p.nip, d.date, d.start_time,
                d.description)) AS f
              FROM daily_progress d JOIN pegawai p ON p.id = d.pegawai_id`,
        )
      )[0]?.f
    const other = await createTestDatabase()
    try {
      await seedDemo(other.db, { today: TODAY })
      expect(await fingerprint(other.db)).toBe(await fingerprint(t.db))
    } finally {
      await other.drop()
    }
  }, 240_000)
})
