import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Monitoring, Progress } from '../../../shared/activities.ts'
import { mulberry32 } from '../../lib/prng.ts'
import { ACTIVITIES, logProgress } from '../../test/activities-factories.ts'
import { atasanFixtures } from '../../test/activities-atasan-fixtures.ts'
import { setupTestApp } from '../../test/test-app.ts'
import { withTriggerDisabled } from '../../test/triggers.ts'
import { activitySettings } from './activities.tables.ts'
import { splitPeriod } from './monitoring.repository.ts'
import { ensureProgressPartitions, maintainProgressPartitions } from './partitions.ts'

/**
 * monitoring_months (decision 0026) must always equal its recount from daily_progress
 * (monitoring_months_recount: verified entries, entries with stored flags, entries without
 * them whose text is on ≥ 2 entries of the instansi) after any write: creates, edits, moves of
 * day, person and RHK, verification, flag changes, deletes, multi-row inserts (an import) and
 * the partition job; and the monitoring view built on it must show what a count over the
 * entries shows, also for periods that do not start or end on a month boundary.
 */
const t = await setupTestApp()
const fx = atasanFixtures(t)
const pool = t.db.$client

type Row = {
  pegawai_id: string
  month: string
  reviewed: number
  flagged: number
  duplicates: number
}

async function stored(instansiId: string): Promise<Row[]> {
  const r = await t.db.execute<Row>(sql`SELECT pegawai_id, month, reviewed, flagged, duplicates
    FROM monitoring_months WHERE instansi_id = ${instansiId} ORDER BY pegawai_id, month`)
  return r.rows
}

async function recount(instansiId: string): Promise<Row[]> {
  const r = await t.db.execute<Row>(sql`SELECT pegawai_id, month, reviewed, flagged, duplicates
    FROM monitoring_months_recount(${instansiId}) ORDER BY pegawai_id, month`)
  return r.rows
}

async function expectExact(instansiId: string, step: string) {
  expect(await stored(instansiId), step).toEqual(await recount(instansiId))
}

/** Copies of a template entry with other ids, days, texts and statuses: one multi-row INSERT. */
function insertCopies(
  templateId: string,
  rows: readonly { date: string; hash: string; status: string; flags: string }[],
) {
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.date}::date, ${r.hash}, ${r.status}::progress_verification_status, ${r.flags}::text[])`,
    ),
    sql`, `,
  )
  return sql`INSERT INTO daily_progress (instansi_id, pegawai_id, client_id, date, start_time,
      end_time, description, text_hash, realisasi, satuan, flags, recorded_at, deadline_at, late,
      rule_version, verification_status, created_by_user_id)
    SELECT d.instansi_id, d.pegawai_id, gen_random_uuid(), v.date, d.start_time, d.end_time,
      d.description, v.hash, d.realisasi, d.satuan, v.flags, d.recorded_at, d.deadline_at,
      d.late, d.rule_version, v.status, d.created_by_user_id
    FROM daily_progress d, (VALUES ${values}) AS v(date, hash, status, flags)
    WHERE d.id = ${templateId}`
}

const TEXTS = [
  'Rapat koordinasi bidang pelayanan',
  'rapat koordinasi bidang pelayanan!',
  'Menyusun laporan bulanan bidang',
  'Melayani tamu dinas dari kabupaten',
  'Mengarsip surat masuk dan keluar',
  'Memeriksa kelengkapan berkas usulan',
]
// Dates in three monthly partitions and in DEFAULT (2019: no partition until the job runs).
const DATES = ['2026-10-05', '2026-10-31', '2026-11-02', '2026-11-27', '2026-12-01', '2019-03-11']
/** The API refuses days after today (2026-11-27). */
const PAST = DATES.filter((d) => d <= '2026-11-27')

/**
 * The monitoring numbers of `pegawai` counted straight from the entries, as decision 0021 did:
 * period counts over [from, to], the day's entries and minutes, the last entry day up to `date`.
 */
async function bruteForce(
  instansiId: string,
  pegawaiId: string,
  date: string,
  period: { from: string; to: string },
  min: number,
) {
  const r = await t.db.execute<{
    entries_on_date: number
    minutes_on_date: number
    entries_in_period: number
    late_in_period: number
    pending: number
    flagged: number
    last: string | null
  }>(sql`
    SELECT
      count(*) FILTER (WHERE d.date = ${date}::date)::int AS entries_on_date,
      coalesce(sum((split_part(d.end_time, ':', 1)::int * 60 + split_part(d.end_time, ':', 2)::int)
        - (split_part(d.start_time, ':', 1)::int * 60 + split_part(d.start_time, ':', 2)::int))
        FILTER (WHERE d.date = ${date}::date), 0)::int AS minutes_on_date,
      count(*) FILTER (WHERE d.date BETWEEN ${period.from}::date AND ${period.to}::date)::int
        AS entries_in_period,
      count(*) FILTER (WHERE d.date BETWEEN ${period.from}::date AND ${period.to}::date
        AND d.late)::int AS late_in_period,
      count(*) FILTER (WHERE d.date BETWEEN ${period.from}::date AND ${period.to}::date
        AND d.verification_status = 'pending')::int AS pending,
      count(*) FILTER (WHERE d.date BETWEEN ${period.from}::date AND ${period.to}::date
        AND (cardinality(d.flags) > 0 OR (SELECT count(*) FROM daily_progress x
          WHERE x.instansi_id = d.instansi_id AND x.text_hash = d.text_hash) >= ${min}))::int
        AS flagged,
      max(d.date) FILTER (WHERE d.date <= ${date}::date)::text AS last
    FROM daily_progress d
    WHERE d.instansi_id = ${instansiId} AND d.pegawai_id = ${pegawaiId}`)
  const x = r.rows[0]!
  return {
    entriesOnDate: x.entries_on_date,
    minutesOnDate: x.minutes_on_date,
    entriesInPeriod: x.entries_in_period,
    lateInPeriod: x.late_in_period,
    pendingVerification: x.pending,
    flaggedInPeriod: x.flagged,
    lastEntryDate: x.last,
  }
}

describe('monitoring_months stays exact', () => {
  it('random creates, edits, moves, verification, flags, deletes and imports; the view matches a count over the entries', async () => {
    await ensureProgressPartitions(t.db, { from: '2026-10-01', to: '2026-12-01' })
    const o = await t.f.office()
    await fx.setUpYear(o.admin)
    const inst = o.instansi.id
    const staff = [o.staff1, o.staff2]
    const sessions = [await t.login(o.staff1.username), await t.login(o.staff2.username)]
    const kasub = await t.login(o.kasub.username)
    const random = mulberry32(26)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
    const live: { entry: Progress; who: number }[] = []
    let sqlHashes = 0

    for (let step = 0; step < 70; step++) {
      const op = random()
      if (live.length < 4 || op < 0.22) {
        const who = Math.floor(random() * 2)
        live.push({
          who,
          entry: await logProgress(t, sessions[who]!, {
            date: pick(PAST),
            description: pick(TEXTS),
          }),
        })
      } else if (op < 0.34) {
        // Text edit (and sometimes the day: across partitions) through the API.
        const i = Math.floor(random() * live.length)
        const { entry, who } = live[i]!
        const payload: Record<string, unknown> = {
          version: entry.version,
          description: pick(TEXTS),
        }
        if (random() < 0.5) payload.date = pick(PAST)
        const res = await t.as(sessions[who]!, {
          method: 'PATCH',
          url: `${ACTIVITIES}/progress/${entry.id}`,
          payload,
        })
        if (res.statusCode === 409) continue // verified entries may be locked for edits
        expect(res.statusCode, res.body).toBe(200)
        live[i] = { who, entry: res.json<Progress>() }
      } else if (op < 0.42) {
        const i = Math.floor(random() * live.length)
        const { entry, who } = live[i]!
        const res = await t.as(sessions[who]!, {
          method: 'DELETE',
          url: `${ACTIVITIES}/progress/${entry.id}`,
        })
        if (res.statusCode === 409) continue
        expect(res.statusCode, res.body).toBe(200)
        live.splice(i, 1)
      } else if (op < 0.54) {
        // The atasan verifies or rejects some entries (one or a bulk).
        const ids = [...new Set([pick(live), pick(live), pick(live)].map((l) => l.entry.id))]
        const verdict = random() < 0.6 ? 'sesuai' : 'perlu_perbaikan'
        const res = await t.as(kasub, {
          method: 'POST',
          url: `${ACTIVITIES}/progress/verify-bulk`,
          payload: { ids, verdict, note: 'Lengkapi bukti kegiatan' },
        })
        expect(res.statusCode, res.body).toBe(200)
      } else if (op < 0.62) {
        // Stored flags set or cleared (as the submit path's neighbour update does), or the
        // verification reset.
        const id = pick(live).entry.id
        if (random() < 0.7)
          await t.db.execute(sql`UPDATE daily_progress SET flags = CASE
              WHEN cardinality(flags) = 0 THEN '{vague}'::text[] ELSE '{}'::text[] END
            WHERE id = ${id}`)
        else
          await t.db.execute(sql`UPDATE daily_progress SET verification_status = 'pending'
            WHERE id = ${id}`)
      } else if (op < 0.7) {
        // Moved to the other person, or to no RHK, by SQL.
        const id = pick(live).entry.id
        if (random() < 0.5) {
          const to = pick(staff)
          await t.db.execute(sql`UPDATE daily_progress SET pegawai_id = ${to.pegawaiId}
            WHERE id = ${id}`)
          const i = live.findIndex((l) => l.entry.id === id)
          live.splice(i, 1) // its owner changed: keep the API ops on rows their session owns
        } else {
          await t.db.execute(sql`UPDATE daily_progress SET rhk_id = NULL WHERE id = ${id}`)
        }
      } else if (op < 0.82) {
        // A multi-row INSERT (an import) with repeated texts, statuses and flags.
        const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
          date: pick(DATES),
          hash: random() < 0.6 ? pick(['h-a', 'h-b', 'h-c']) : `h-sql-${sqlHashes++}`,
          status: pick(['pending', 'pending', 'sesuai', 'perlu_perbaikan']),
          flags: random() < 0.3 ? '{duplicate}' : '{}',
        }))
        await t.db.execute(insertCopies(pick(live).entry.id, rows))
      } else if (op < 0.9) {
        // Many rows at once: every entry of a day to another month (partition), or texts and
        // days together.
        if (random() < 0.5)
          await t.db.execute(sql`UPDATE daily_progress SET date = ${pick(DATES)}::date
            WHERE instansi_id = ${inst} AND date = ${pick(DATES)}::date`)
        else
          await t.db.execute(sql`UPDATE daily_progress
            SET text_hash = CASE WHEN random() < 0.5 THEN 'h-a' ELSE text_hash END,
              date = CASE WHEN random() < 0.3 THEN ${pick(DATES)}::date ELSE date END
            WHERE instansi_id = ${inst} AND text_hash LIKE 'h-%'`)
      } else {
        // Direct deletes of the SQL-made rows of a text (the API rows stay for the API ops).
        await t.db.execute(sql`DELETE FROM daily_progress
          WHERE instansi_id = ${inst} AND text_hash = ${pick(['h-a', 'h-b', 'h-c'])}
            AND client_id NOT IN (SELECT unnest(${sql.param(live.map((l) => l.entry.clientId))}::uuid[]))`)
      }
      await expectExact(inst, `step ${step}`)
    }
    const zero = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n
      FROM monitoring_months WHERE reviewed <= 0 AND flagged <= 0 AND duplicates <= 0`)
    expect(zero.rows[0]?.n).toBe(0)
    expect((await stored(inst)).length).toBeGreaterThan(2)

    // The partition job moves the 2019 rows out of DEFAULT (DELETE + INSERT through the parent).
    await maintainProgressPartitions(t.db, { today: '2026-11-27', monthsAhead: 1 })
    await expectExact(inst, 'after the partition job')

    // The view: whole-month periods, then one that starts and ends inside months; thresholds
    // 3 (default) and 2.
    const view = async (date: string) => {
      const res = await t.as(kasub, {
        method: 'GET',
        url: `${ACTIVITIES}/monitoring?date=${date}`,
      })
      expect(res.statusCode, res.body).toBe(200)
      return res.json<Monitoring>()
    }
    const compare = async (date: string, min: number) => {
      const m = await view(date)
      expect(m.period).not.toBeNull()
      const period = { from: m.period!.startDate, to: m.period!.endDate }
      for (const who of staff) {
        const row = m.rows.find((r) => r.pegawai.id === who.pegawaiId)!
        const { loggedOnDate, ...rest } = row
        const numbers = Object.fromEntries(
          Object.entries(rest).filter(([key]) => key !== 'pegawai' && key !== 'staleRhk'),
        )
        expect(numbers, `${date} ${JSON.stringify(period)} min ${min}`).toEqual(
          await bruteForce(inst, who.pegawaiId, date, period, min),
        )
        expect(loggedOnDate).toBe(row.entriesOnDate > 0)
      }
    }
    for (const date of ['2026-11-27', '2026-11-02', '2026-10-31', '2026-12-01'])
      await compare(date, 3)
    await t.db.execute(sql`UPDATE periods SET start_date = '2026-10-20', end_date = '2026-12-10',
        deadline = '2026-12-20'
      WHERE instansi_id = ${inst} AND kind = 'monthly' AND start_date = '2026-11-01'`)
    await t.db.execute(sql`UPDATE periods SET start_date = '2026-10-03', end_date = '2026-10-19'
      WHERE instansi_id = ${inst} AND kind = 'monthly' AND start_date = '2026-10-01'`)
    await compare('2026-11-27', 3)
    await compare('2026-10-05', 3)
    await t.db.insert(activitySettings).values({ instansiId: inst, duplicateMinCount: 2 })
    await compare('2026-11-27', 2)
    await compare('2026-10-05', 2)
  })

  it('the rebuild recounts rows the triggers never saw', async () => {
    const o = await t.f.office()
    const s = await t.login(o.staff1.username)
    const entry = await logProgress(t, s, { description: 'Rapat koordinasi bidang pelayanan' })
    await withTriggerDisabled(pool, 'daily_progress', 'progress_text_monitoring_upd', (client) =>
      client.query(`UPDATE daily_progress SET verification_status = 'sesuai' WHERE id = $1`, [
        entry.id,
      ]),
    )
    expect(await stored(o.instansi.id)).not.toEqual(await recount(o.instansi.id))
    await t.db.execute(sql`SELECT monitoring_months_rebuild(${o.instansi.id})`)
    await expectExact(o.instansi.id, 'after the rebuild')
    expect((await stored(o.instansi.id))[0]?.reviewed).toBe(1)
  })
})

describe('splitPeriod', () => {
  it('whole months and the days outside them', () => {
    expect(splitPeriod({ from: '2026-10-01', to: '2026-12-31' })).toEqual({
      months: { from: '2026-10-01', to: '2026-12-01' },
      ranges: [],
    })
    expect(splitPeriod({ from: '2026-02-01', to: '2026-02-28' })).toEqual({
      months: { from: '2026-02-01', to: '2026-02-01' },
      ranges: [],
    })
    expect(splitPeriod({ from: '2026-10-20', to: '2026-12-10' })).toEqual({
      months: { from: '2026-11-01', to: '2026-11-01' },
      ranges: [
        { from: '2026-10-20', to: '2026-10-31' },
        { from: '2026-12-01', to: '2026-12-10' },
      ],
    })
    expect(splitPeriod({ from: '2026-10-03', to: '2026-10-19' })).toEqual({
      months: null,
      ranges: [{ from: '2026-10-03', to: '2026-10-19' }],
    })
    expect(splitPeriod({ from: '2026-10-15', to: '2026-11-14' })).toEqual({
      months: null,
      ranges: [{ from: '2026-10-15', to: '2026-11-14' }],
    })
    expect(splitPeriod({ from: '2026-12-01', to: '2027-01-15' })).toEqual({
      months: { from: '2026-12-01', to: '2026-12-01' },
      ranges: [{ from: '2027-01-01', to: '2027-01-15' }],
    })
  })
})
