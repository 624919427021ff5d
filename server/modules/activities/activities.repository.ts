import { and, asc, count, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm'
import type { PgInsertValue } from 'drizzle-orm/pg-core'
import { DEFAULT_ACTIVITY_SETTINGS, type VerificationStatus } from '../../../shared/activities.ts'
import type { RhkRef } from '../skp/skp.service.ts'
import type { Executor } from '../../db/client.ts'
import { progressTextCounts } from './text-counts.tables.ts'
import {
  activitySettings,
  dailyProgress,
  progressEvidence,
  progressTemplates,
  progressVerifications,
  rencanaAksi,
} from './activities.tables.ts'

export type SettingsRow = typeof activitySettings.$inferSelect
export type RencanaAksiRow = typeof rencanaAksi.$inferSelect
export type ProgressRow = typeof dailyProgress.$inferSelect
export type ProgressInsert = typeof dailyProgress.$inferInsert
export type EvidenceRow = typeof progressEvidence.$inferSelect
/** Insert values (columns may be SQL, e.g. a created_at relative to now()). */
export type EvidenceInsert = PgInsertValue<typeof progressEvidence>
export type TemplateRow = typeof progressTemplates.$inferSelect

// ---------- settings ----------
/** The settings the service uses (rules, thresholds, versions). */
export type SettingsFields = Pick<
  SettingsRow,
  | 'lateWorkingDays'
  | 'reminderHour'
  | 'deadlineReminderDays'
  | 'minDescriptionChars'
  | 'maxEntryHours'
  | 'staleRhkWeeks'
  | 'duplicateMinCount'
  | 'ruleVersion'
  | 'version'
>

/** The instansi's settings as one JSON object (null without a row), for folded reads. */
const settingsJson = (instansiId: string) =>
  sql`(select json_build_object('lateWorkingDays', s.late_working_days, 'reminderHour', s.reminder_hour,
    'deadlineReminderDays', s.deadline_reminder_days, 'minDescriptionChars', s.min_description_chars,
    'maxEntryHours', s.max_entry_hours, 'staleRhkWeeks', s.stale_rhk_weeks,
    'duplicateMinCount', s.duplicate_min_count, 'ruleVersion', s.rule_version, 'version', s.version)
    from ${activitySettings} s where s.instansi_id = ${instansiId})`

/** UTC ISO-8601 with milliseconds, as a JS Date prints it (for timestamps inside JSON). */
const isoOf = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

export async function findSettings(db: Executor, instansiId: string) {
  const [row] = await db
    .select()
    .from(activitySettings)
    .where(eq(activitySettings.instansiId, instansiId))
  return row
}

/** The instansi's settings row, created with the defaults when missing, locked for the transaction. */
export async function lockSettings(db: Executor, instansiId: string) {
  await db.insert(activitySettings).values({ instansiId }).onConflictDoNothing()
  const [row] = await db
    .select()
    .from(activitySettings)
    .where(eq(activitySettings.instansiId, instansiId))
    .for('update')
  return row as SettingsRow
}

export async function updateSettings(
  db: Executor,
  instansiId: string,
  patch: Partial<typeof activitySettings.$inferInsert>,
) {
  const [row] = await db
    .update(activitySettings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(activitySettings.instansiId, instansiId))
    .returning()
  return row as SettingsRow
}

// ---------- rencana aksi ----------
const raRealisasi = sql<number>`coalesce(sum(${dailyProgress.realisasi}), 0)::int`
const raEntries = sql<number>`count(${dailyProgress.id})::int`

/** A person's rencana aksi of a period with the realisasi and entries of the progress linked to each. */
export async function listRencanaAksi(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  periodId: string,
) {
  return db
    .select({ ra: rencanaAksi, realisasi: raRealisasi, entryCount: raEntries })
    .from(rencanaAksi)
    .leftJoin(dailyProgress, eq(dailyProgress.rencanaAksiId, rencanaAksi.id))
    .where(
      and(
        eq(rencanaAksi.instansiId, instansiId),
        eq(rencanaAksi.pegawaiId, pegawaiId),
        eq(rencanaAksi.periodId, periodId),
      ),
    )
    .groupBy(rencanaAksi.id)
    .orderBy(asc(rencanaAksi.rhkId), asc(rencanaAksi.seq))
}

/** One rencana aksi with its totals. */
export async function findRencanaAksiWithTotals(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select({ ra: rencanaAksi, realisasi: raRealisasi, entryCount: raEntries })
    .from(rencanaAksi)
    .leftJoin(dailyProgress, eq(dailyProgress.rencanaAksiId, rencanaAksi.id))
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))
    .groupBy(rencanaAksi.id)
  return row
}

export async function findRencanaAksi(
  db: Executor,
  instansiId: string,
  id: string,
  opts: { lock?: boolean } = {},
) {
  const q = db
    .select()
    .from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))
  const [row] = opts.lock ? await q.for('update') : await q
  return row
}

/** Serialises writers of one RHK's rencana aksi in a period (the next `seq`). */
export async function lockRencanaAksiSlot(db: Executor, rhkId: string, periodId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`rencana_aksi:${rhkId}:${periodId}`}, 0))`,
  )
}

export async function nextRencanaAksiSeq(db: Executor, rhkId: string, periodId: string) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${rencanaAksi.seq}), 0)::int` })
    .from(rencanaAksi)
    .where(and(eq(rencanaAksi.rhkId, rhkId), eq(rencanaAksi.periodId, periodId)))
  return (row?.n ?? 0) + 1
}

export async function insertRencanaAksi(db: Executor, values: typeof rencanaAksi.$inferInsert) {
  const [row] = await db.insert(rencanaAksi).values(values).returning()
  return row as RencanaAksiRow
}

export async function updateRencanaAksi(
  db: Executor,
  id: string,
  patch: Partial<Pick<RencanaAksiRow, 'description' | 'targetValue' | 'targetUnit'>>,
) {
  const [row] = await db
    .update(rencanaAksi)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(rencanaAksi.id, id))
    .returning()
  return row as RencanaAksiRow
}

export async function deleteRencanaAksi(db: Executor, id: string) {
  await db.delete(rencanaAksi).where(eq(rencanaAksi.id, id))
}

export async function countProgressOfRencanaAksi(db: Executor, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(dailyProgress)
    .where(eq(dailyProgress.rencanaAksiId, id))
  return row?.n ?? 0
}

/**
 * Per RHK of one person: realisasi and entries within [from, to] and the latest activity date up
 * to `upTo`, in one aggregate over the person's entries.
 */
export async function rhkActivity(
  db: Executor,
  p: {
    instansiId: string
    pegawaiId: string
    rhkIds: readonly string[]
    from: string
    to: string
    upTo: string
  },
) {
  if (p.rhkIds.length === 0) return []
  const inPeriod = sql`${dailyProgress.date} BETWEEN ${p.from} AND ${p.to}`
  return db
    .select({
      rhkId: sql<string>`${dailyProgress.rhkId}`,
      realisasi: sql<number>`coalesce(sum(${dailyProgress.realisasi}) FILTER (WHERE ${inPeriod}), 0)::int`,
      entryCount: sql<number>`(count(*) FILTER (WHERE ${inPeriod}))::int`,
      lastDate: sql<string | null>`max(${dailyProgress.date})`,
    })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, p.instansiId),
        eq(dailyProgress.pegawaiId, p.pegawaiId),
        lte(dailyProgress.date, p.upTo),
        inArray(dailyProgress.rhkId, [...p.rhkIds]),
      ),
    )
    .groupBy(dailyProgress.rhkId)
}

// ---------- daily progress ----------
export async function findProgress(
  db: Executor,
  instansiId: string,
  id: string,
  opts: { lock?: boolean } = {},
) {
  const q = db
    .select()
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), eq(dailyProgress.id, id)))
  const [row] = opts.lock ? await q.for('update') : await q
  return row
}

type Prior = { id: string; instansiId: string }

/** An RHK with its SKP, as the link checks need it. */
export type SubmitRhk = RhkRef

export type DayEntry = {
  id: string
  date: string
  startTime: string
  endTime: string
  description: string
  rhkId: string | null
  flags: string[]
}

/**
 * What recording an entry needs, in one statement (no transaction; decision 0027): an entry
 * already stored under this clientId (a retry, on any day), the instansi's settings (null:
 * defaults), the rencana aksi asked for with its period (null when none or not in the
 * instansi), the RHK named or implied by the rencana aksi with its SKP, the person's entries of
 * the day (the alignment flags) with their fingerprint (activities_record_progress checks it
 * under the person's lock), and how many entries of the instansi carry the text.
 * The SQL is activities_submit_context (migration 0010, fragment 40-submit.sql): a PL/pgSQL
 * function keeps its plans per connection instead of planning over every partition each time.
 * It reads the skp and periods modules' tables (read only).
 */
export async function submitContext(
  db: Executor,
  p: {
    instansiId: string
    pegawaiId: string
    clientId: string
    rhkId: string | null
    rencanaAksiId: string | null
    date: string
    textHash: string
  },
) {
  const r = await db.execute<{
    c: {
      prior: Prior | null
      settings: SettingsFields | null
      ra: Pick<RencanaAksiRow, 'id' | 'pegawaiId' | 'rhkId' | 'periodId' | 'description'> | null
      period: { id: string; name: string; startDate: string; endDate: string } | null
      rhk: SubmitRhk | null
      day: DayEntry[]
      dayKey: string
      sameText: number
    }
  }>(sql`select activities_submit_context(${p.instansiId}::uuid, ${p.pegawaiId}::uuid,
    ${p.clientId}::uuid, ${p.rhkId}::uuid, ${p.rencanaAksiId}::uuid, ${p.date}::date,
    ${p.textHash}) as c`)
  const row = r.rows[0]?.c
  return {
    prior: row?.prior ?? null,
    settings: row?.settings ?? null,
    ra: row?.ra ?? null,
    period: row?.period ?? null,
    rhk: row?.rhk ?? null,
    day: row?.day ?? [],
    dayKey: row?.dayKey ?? '',
    sameText: row?.sameText ?? 0,
  }
}

/** A row as JSON carries its timestamps as ISO strings. */
type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K]
}

/** An entry as activities_progress_json gives it (migration 0010) back as the row drizzle reads. */
function progressFromJson(s: Json<ProgressRow>): ProgressRow {
  const date = (v: string | null) => (v === null ? null : new Date(v))
  return {
    ...s,
    recordedAt: new Date(s.recordedAt),
    deviceRecordedAt: date(s.deviceRecordedAt),
    deadlineAt: new Date(s.deadlineAt),
    verifiedAt: date(s.verifiedAt),
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
  }
}

/**
 * Records a new entry in one statement (activities_record_progress, migration 0010): under the
 * person's lock, a clientId stored on any day answers `prior`; a day changed since `dayKey`
 * was read answers `dayChanged` (read again); else the entry, its links, the neighbours' new
 * flags and the audit row are written together and the stored row comes back.
 */
export async function recordProgress(
  db: Executor,
  p: {
    row: Omit<
      ProgressRow,
      'verificationStatus' | 'verifiedAt' | 'version' | 'createdAt' | 'updatedAt'
    >
    dayKey: string
    links: readonly string[]
    neighbours: readonly { id: string; date: string; flags: string[] }[]
    audit: {
      instansiId: string | null
      actorUserId: string | null
      actorLabel: string
      ip: string | null
    }
  },
): Promise<{ prior: Prior } | { dayChanged: true } | { row: ProgressRow; links: EvidenceItem[] }> {
  const v = p.row
  const row = {
    id: v.id,
    instansi_id: v.instansiId,
    pegawai_id: v.pegawaiId,
    client_id: v.clientId,
    date: v.date,
    start_time: v.startTime,
    end_time: v.endTime,
    description: v.description,
    text_hash: v.textHash,
    skp_id: v.skpId,
    rhk_id: v.rhkId,
    rencana_aksi_id: v.rencanaAksiId,
    realisasi: v.realisasi,
    satuan: v.satuan,
    flags: v.flags,
    recorded_at: v.recordedAt.toISOString(),
    device_recorded_at: v.deviceRecordedAt?.toISOString() ?? null,
    deadline_at: v.deadlineAt.toISOString(),
    late: v.late,
    synced_late: v.syncedLate,
    rule_version: v.ruleVersion,
    created_by_user_id: v.createdByUserId,
  }
  const audit = {
    instansi_id: p.audit.instansiId,
    actor_user_id: p.audit.actorUserId,
    actor_label: p.audit.actorLabel,
    ip: p.audit.ip,
  }
  const r = await db.execute<{
    r:
      | { prior: Prior }
      | { dayChanged: true }
      | { row: Json<ProgressRow>; links: Json<EvidenceItem>[] }
  }>(sql`select activities_record_progress(${JSON.stringify(row)}::jsonb, ${p.dayKey},
    ${sql.param([...new Set(p.links)])}::text[], ${JSON.stringify(p.neighbours)}::jsonb,
    ${JSON.stringify(audit)}::jsonb) as r`)
  const out = r.rows[0]?.r
  if (!out) throw new Error('activities_record_progress answered nothing')
  if (!('row' in out)) return out
  return {
    row: progressFromJson(out.row),
    links: out.links.map((l) => ({ ...l, createdAt: new Date(l.createdAt) })),
  }
}

/**
 * Serialises one person's new entries until the transaction ends. The unique index on
 * (pegawai, clientId, date) catches a retry of the same day by itself; a clientId sent again
 * with another day (partitioned table: a key must include the date, decision 0014) is caught
 * by looking it up under this lock before inserting. activities_record_progress (one submit)
 * takes the same lock, by the same key.
 */
export async function lockNewProgress(db: Executor, pegawaiId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`progress:new:${pegawaiId}`}, 0))`,
  )
}

/** Bulk insert (import); rows whose clientId exists are skipped. Returns the inserted rows. */
export async function insertProgressMany(db: Executor, rows: readonly ProgressInsert[]) {
  const out: { id: string; date: string; clientId: string }[] = []
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(dailyProgress)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({
        target: [dailyProgress.pegawaiId, dailyProgress.clientId, dailyProgress.date],
      })
      .returning({
        id: dailyProgress.id,
        date: dailyProgress.date,
        clientId: dailyProgress.clientId,
      })
    out.push(...inserted)
  }
  return out
}

export async function existingClientIds(
  db: Executor,
  pegawaiId: string,
  clientIds: readonly string[],
) {
  if (clientIds.length === 0) return new Set<string>()
  const rows = await db
    .select({ clientId: dailyProgress.clientId })
    .from(dailyProgress)
    .where(
      and(eq(dailyProgress.pegawaiId, pegawaiId), inArray(dailyProgress.clientId, [...clientIds])),
    )
  return new Set(rows.map((r) => r.clientId))
}

export async function updateProgress(db: Executor, id: string, patch: Partial<ProgressInsert>) {
  const [row] = await db
    .update(dailyProgress)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(dailyProgress.id, id))
    .returning()
  return row as ProgressRow
}

export async function deleteProgress(db: Executor, id: string) {
  await db.delete(dailyProgress).where(eq(dailyProgress.id, id))
}

export type ProgressFilter = {
  instansiId: string
  pegawaiId: string
  from?: string | undefined
  to?: string | undefined
  rhkId?: string | undefined
  verification?: VerificationStatus | undefined
  lateOnly?: boolean
}

function progressWhere(f: ProgressFilter): SQL | undefined {
  return and(
    eq(dailyProgress.instansiId, f.instansiId),
    eq(dailyProgress.pegawaiId, f.pegawaiId),
    f.from ? gte(dailyProgress.date, f.from) : undefined,
    f.to ? lte(dailyProgress.date, f.to) : undefined,
    f.rhkId ? eq(dailyProgress.rhkId, f.rhkId) : undefined,
    f.verification ? eq(dailyProgress.verificationStatus, f.verification) : undefined,
    f.lateOnly ? eq(dailyProgress.late, true) : undefined,
  )
}

export type ProgressWithText = { p: ProgressRow; rencanaAksiText: string | null }

/**
 * A page of entries, newest day first and by start time within a day, each with everything it
 * is presented with, in one statement (decision 0027): the number of entries the filter
 * matches (all pages), the rencana aksi and RHK texts, the evidence (oldest first), the latest
 * verification and whether the text reaches the instansi's duplicate threshold (as
 * presentationExtras). The SQL is activities_progress_page (migration 0010, fragment
 * 40-submit.sql): a PL/pgSQL function keeps its plan per connection. It reads the skp
 * module's rhk table (read only).
 */
export async function listProgressPagePresented(
  db: Executor,
  f: ProgressFilter,
  limit: number,
  offset: number,
) {
  const r = await db.execute<{
    page: {
      p: Json<ProgressRow>
      total: number
      rencanaAksiText: string | null
      rhkText: string | null
      evidence: Json<EvidenceItem>[]
      verification: Json<LatestVerification> | null
      duplicate: boolean
    }[]
  }>(sql`select activities_progress_page(${f.instansiId}::uuid, ${f.pegawaiId}::uuid,
    ${f.from ?? null}::date, ${f.to ?? null}::date, ${f.rhkId ?? null}::uuid,
    ${f.verification ?? null}::text, ${f.lateOnly ?? false}, ${limit}::int, ${offset}::int,
    ${DEFAULT_ACTIVITY_SETTINGS.duplicateMinCount}::int) as page`)
  return (r.rows[0]?.page ?? []).map((x) => ({
    ...x,
    p: progressFromJson(x.p),
    evidence: x.evidence.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
    verification: x.verification && { ...x.verification, at: new Date(x.verification.at) },
  }))
}

export type EvidenceItem = Pick<
  EvidenceRow,
  'id' | 'progressId' | 'kind' | 'fileName' | 'mimeType' | 'size' | 'url' | 'createdAt'
>
export type LatestVerification = {
  progressId: string
  verdict: 'sesuai' | 'perlu_perbaikan'
  note: string | null
  byName: string
  at: Date
}

/**
 * What presenting some entries needs besides the rows, in one statement: their evidence (oldest
 * first), the latest verification of each, and which of the text hashes reach the instansi's
 * duplicate threshold (each counted only up to it).
 */
export async function presentationExtras(
  db: Executor,
  instansiId: string,
  progressIds: readonly string[],
  textHashes: readonly string[],
) {
  if (progressIds.length === 0)
    return { evidence: [], verifications: [], duplicates: new Set<string>() }
  const ids = sql`${sql.param([...progressIds])}::uuid[]`
  const r = await db.execute<{
    evidence: (Omit<EvidenceItem, 'createdAt'> & { createdAt: string })[]
    verifications: (Omit<LatestVerification, 'at'> & { at: string })[]
    duplicates: string[]
  }>(sql`select
    coalesce((select json_agg(json_build_object('id', e.id, 'progressId', e.progress_id, 'kind', e.kind,
        'fileName', e.file_name, 'mimeType', e.mime_type, 'size', e.size, 'url', e.url,
        'createdAt', ${isoOf(sql`e.created_at`)}) order by e.created_at, e.id)
      from ${progressEvidence} e where e.progress_id = any(${ids})), '[]') as evidence,
    coalesce((select json_agg(json_build_object('progressId', v.progress_id, 'verdict', v.verdict,
        'note', v.note, 'byName', v.by_name, 'at', ${isoOf(sql`v.at`)}))
      from (select distinct on (pv.progress_id) pv.* from ${progressVerifications} pv
        where pv.progress_id = any(${ids}) order by pv.progress_id, pv.at desc, pv.id desc) v), '[]') as verifications,
    coalesce((select json_agg(c.text_hash) from ${progressTextCounts} c
      where c.instansi_id = ${instansiId} and c.text_hash = any(${sql.param([...new Set(textHashes)])}::text[])
        and c.n >= m.n and c.n >= 2), '[]') as duplicates
    from (select coalesce((select s.duplicate_min_count from ${activitySettings} s
      where s.instansi_id = ${instansiId}), ${DEFAULT_ACTIVITY_SETTINGS.duplicateMinCount})::int as n) m`)
  const row = r.rows[0]
  return {
    evidence: (row?.evidence ?? []).map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
    verifications: (row?.verifications ?? []).map((v) => ({ ...v, at: new Date(v.at) })),
    duplicates: new Set(row?.duplicates ?? []),
  }
}

/** The instansi's settings and, per day of a range, a person's entries, minutes and late entries. */
export async function calendarDays(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  from: string,
  to: string,
) {
  const r = await db.execute<{
    settings: SettingsFields | null
    totals: { date: string; entries: number; minutes: number; late: number }[]
  }>(sql`select ${settingsJson(instansiId)} as settings,
    coalesce((select json_agg(json_build_object('date', t.date, 'entries', t.entries,
        'minutes', t.minutes, 'late', t.late))
      from (select d.date, count(*)::int as entries,
          coalesce(sum(extract(epoch from (d.end_time::time - d.start_time::time)) / 60), 0)::int as minutes,
          (count(*) filter (where d.late))::int as late
        from ${dailyProgress} d
        where d.instansi_id = ${instansiId} and d.pegawai_id = ${pegawaiId}
          and d.date >= ${from}::date and d.date <= ${to}::date
        group by d.date) t), '[]') as totals`)
  const row = r.rows[0]
  return { settings: row?.settings ?? null, totals: row?.totals ?? [] }
}

export async function countProgress(db: Executor, f: ProgressFilter) {
  const [row] = await db.select({ n: count() }).from(dailyProgress).where(progressWhere(f))
  return row?.n ?? 0
}

/** Entries by id with their rencana aksi text (to present a few). */
export async function listProgressByIds(
  db: Executor,
  instansiId: string,
  ids: readonly string[],
): Promise<ProgressWithText[]> {
  if (ids.length === 0) return []
  return db
    .select({ p: dailyProgress, rencanaAksiText: rencanaAksi.description })
    .from(dailyProgress)
    .leftJoin(rencanaAksi, eq(rencanaAksi.id, dailyProgress.rencanaAksiId))
    .where(and(eq(dailyProgress.instansiId, instansiId), inArray(dailyProgress.id, [...ids])))
}

/** A person's entries on some days (for the alignment flags, which look at whole days). */
export async function entriesOnDays(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  days: readonly string[],
) {
  if (days.length === 0) return []
  return db
    .select({
      id: dailyProgress.id,
      date: dailyProgress.date,
      startTime: dailyProgress.startTime,
      endTime: dailyProgress.endTime,
      description: dailyProgress.description,
      rhkId: dailyProgress.rhkId,
      flags: dailyProgress.flags,
    })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, instansiId),
        eq(dailyProgress.pegawaiId, pegawaiId),
        inArray(dailyProgress.date, [...days]),
      ),
    )
}

/** Sets the stored flags of many entries in one statement (the days prune the partitions). */
export async function setFlags(
  db: Executor,
  rows: readonly { id: string; date: string; flags: string[] }[],
) {
  if (rows.length === 0) return
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.date}::date, ${`{${r.flags.join(',')}}`}::text[])`),
    sql`, `,
  )
  const days = sql.join(
    [...new Set(rows.map((r) => r.date))].map((d) => sql`${d}::date`),
    sql`, `,
  )
  await db.execute(
    sql`UPDATE daily_progress AS d SET flags = v.flags FROM (VALUES ${values}) AS v(id, date, flags)
        WHERE d.id = v.id AND d.date = v.date AND d.date IN (${days})`,
  )
}

/**
 * A person's most frequent descriptions (by normalised text) since a day, with the newest
 * entry's wording, RHK and satuan.
 */
export async function frequentDescriptions(
  db: Executor,
  p: { instansiId: string; pegawaiId: string; since: string; minCount: number; limit: number },
) {
  const order = sql`${dailyProgress.date} DESC, ${dailyProgress.createdAt} DESC`
  return db
    .select({
      description: sql<string>`(array_agg(${dailyProgress.description} ORDER BY ${order}))[1]`,
      rhkId: sql<string | null>`(array_agg(${dailyProgress.rhkId} ORDER BY ${order}))[1]`,
      satuan: sql<string>`(array_agg(${dailyProgress.satuan} ORDER BY ${order}))[1]`,
      count: sql<number>`count(*)::int`,
    })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, p.instansiId),
        eq(dailyProgress.pegawaiId, p.pegawaiId),
        gte(dailyProgress.date, p.since),
      ),
    )
    .groupBy(dailyProgress.textHash)
    .having(sql`count(*) >= ${p.minCount}`)
    .orderBy(sql`count(*) DESC`, sql`max(${dailyProgress.date}) DESC`)
    .limit(p.limit)
}

// ---------- evidence ----------
export async function findEvidence(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(progressEvidence)
    .where(and(eq(progressEvidence.instansiId, instansiId), eq(progressEvidence.id, id)))
  return row
}

export async function findEvidenceByClientId(db: Executor, progressId: string, clientId: string) {
  const [row] = await db
    .select()
    .from(progressEvidence)
    .where(
      and(eq(progressEvidence.progressId, progressId), eq(progressEvidence.clientId, clientId)),
    )
  return row
}

export async function countFileEvidence(db: Executor, progressId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(progressEvidence)
    .where(and(eq(progressEvidence.progressId, progressId), eq(progressEvidence.kind, 'file')))
  return row?.n ?? 0
}

export async function insertEvidence(db: Executor, rows: readonly EvidenceInsert[]) {
  if (rows.length === 0) return []
  return db
    .insert(progressEvidence)
    .values([...rows])
    .returning()
}

/**
 * Link evidence of entries, each entry's links in the order given: rows of one statement share
 * now(), so each link is a microsecond later than the one before and lists in that order.
 */
export async function insertLinks(
  db: Executor,
  items: readonly {
    instansiId: string
    progressId: string
    progressDate: string
    pegawaiId: string
    urls: readonly string[]
  }[],
) {
  return insertEvidence(
    db,
    items.flatMap((item) =>
      [...new Set(item.urls)].map((url, i) => ({
        instansiId: item.instansiId,
        progressId: item.progressId,
        progressDate: item.progressDate,
        pegawaiId: item.pegawaiId,
        kind: 'link' as const,
        url,
        createdAt: sql`now() + ${i} * interval '1 microsecond'`,
      })),
    ),
  )
}

export async function deleteEvidence(db: Executor, id: string) {
  await db.delete(progressEvidence).where(eq(progressEvidence.id, id))
}

export async function deleteLinkEvidence(db: Executor, progressId: string) {
  return db
    .delete(progressEvidence)
    .where(and(eq(progressEvidence.progressId, progressId), eq(progressEvidence.kind, 'link')))
    .returning()
}

export async function fileKeysOfProgress(db: Executor, progressId: string) {
  const rows = await db
    .select({ key: progressEvidence.fileKey })
    .from(progressEvidence)
    .where(and(eq(progressEvidence.progressId, progressId), isNotNull(progressEvidence.fileKey)))
  return rows.map((r) => r.key).filter((k): k is string => !!k)
}

/**
 * Serialises everything that places or removes one stored file: an upload holds it from before
 * the rename until its row commits; a cleanup holds it while it counts references and deletes.
 */
export async function lockFileKey(db: Executor, key: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`evidence:${key}`}, 0))`)
}

export async function countFileKeyRefs(db: Executor, key: string) {
  const [row] = await db
    .select({ n: count() })
    .from(progressEvidence)
    .where(eq(progressEvidence.fileKey, key))
  return row?.n ?? 0
}

// ---------- templates ----------
export async function listTemplates(db: Executor, instansiId: string, pegawaiId: string) {
  return db
    .select()
    .from(progressTemplates)
    .where(
      and(eq(progressTemplates.instansiId, instansiId), eq(progressTemplates.pegawaiId, pegawaiId)),
    )
    .orderBy(asc(progressTemplates.name), asc(progressTemplates.id))
}

export async function countTemplates(db: Executor, instansiId: string, pegawaiId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(progressTemplates)
    .where(
      and(eq(progressTemplates.instansiId, instansiId), eq(progressTemplates.pegawaiId, pegawaiId)),
    )
  return row?.n ?? 0
}

/** Serialises one person's template writes (the per-person maximum). */
export async function lockTemplates(db: Executor, pegawaiId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`templates:${pegawaiId}`}, 0))`,
  )
}

export async function insertTemplate(db: Executor, values: typeof progressTemplates.$inferInsert) {
  const [row] = await db.insert(progressTemplates).values(values).returning()
  return row as TemplateRow
}

export async function deleteTemplate(
  db: Executor,
  instansiId: string,
  pegawaiId: string,
  id: string,
) {
  const [row] = await db
    .delete(progressTemplates)
    .where(
      and(
        eq(progressTemplates.instansiId, instansiId),
        eq(progressTemplates.pegawaiId, pegawaiId),
        eq(progressTemplates.id, id),
      ),
    )
    .returning()
  return row
}

// ---------- read port for assessments (aggregates of one person's period) ----------
type PeriodScope = {
  instansiId: string
  pegawaiId: string
  rhkIds: readonly string[]
  from: string
  to: string
}

/**
 * Per RHK and satuan (spellings equal up to case and spaces are one), the person's entries of
 * [from, to]: count, realisasi, verification states and late entries, in one aggregate.
 */
export async function periodEntryTotals(db: Executor, p: PeriodScope) {
  if (p.rhkIds.length === 0) return []
  const key = sql`lower(regexp_replace(${dailyProgress.satuan}, '\\s+', '', 'g'))`
  return db
    .select({
      rhkId: sql<string>`${dailyProgress.rhkId}`,
      satuan: sql<string>`mode() WITHIN GROUP (ORDER BY ${dailyProgress.satuan})`,
      entries: sql<number>`count(*)::int`,
      realisasi: sql<number>`coalesce(sum(${dailyProgress.realisasi}), 0)::int`,
      sesuai: sql<number>`(count(*) FILTER (WHERE ${dailyProgress.verificationStatus} = 'sesuai'))::int`,
      perluPerbaikan: sql<number>`(count(*) FILTER (WHERE ${dailyProgress.verificationStatus} = 'perlu_perbaikan'))::int`,
      pending: sql<number>`(count(*) FILTER (WHERE ${dailyProgress.verificationStatus} = 'pending'))::int`,
      late: sql<number>`(count(*) FILTER (WHERE ${dailyProgress.late}))::int`,
    })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, p.instansiId),
        eq(dailyProgress.pegawaiId, p.pegawaiId),
        inArray(dailyProgress.rhkId, [...p.rhkIds]),
        gte(dailyProgress.date, p.from),
        lte(dailyProgress.date, p.to),
      ),
    )
    .groupBy(dailyProgress.rhkId, key)
}

/**
 * The person's rencana aksi under these RHK (of one period, or of every period when
 * `periodId` is null) with the realisasi of the entries linked to each.
 */
export async function rencanaAksiOfRhk(
  db: Executor,
  p: { instansiId: string; pegawaiId: string; rhkIds: readonly string[]; periodId: string | null },
) {
  if (p.rhkIds.length === 0) return []
  return db
    .select({ ra: rencanaAksi, realisasi: raRealisasi })
    .from(rencanaAksi)
    .leftJoin(dailyProgress, eq(dailyProgress.rencanaAksiId, rencanaAksi.id))
    .where(
      and(
        eq(rencanaAksi.instansiId, p.instansiId),
        eq(rencanaAksi.pegawaiId, p.pegawaiId),
        inArray(rencanaAksi.rhkId, [...p.rhkIds]),
        p.periodId ? eq(rencanaAksi.periodId, p.periodId) : undefined,
      ),
    )
    .groupBy(rencanaAksi.id)
    .orderBy(asc(rencanaAksi.rhkId), asc(rencanaAksi.createdAt), asc(rencanaAksi.seq))
}

/** Evidence of the person's entries of [from, to] per RHK, newest first, at most `limit` per RHK. */
export async function periodEvidence(db: Executor, p: PeriodScope & { limit: number }) {
  if (p.rhkIds.length === 0) return []
  const ranked = db
    .select({
      id: progressEvidence.id,
      progressId: progressEvidence.progressId,
      date: dailyProgress.date,
      rhkId: sql<string>`${dailyProgress.rhkId}`.as('rhk_id'),
      kind: progressEvidence.kind,
      fileName: progressEvidence.fileName,
      mimeType: progressEvidence.mimeType,
      url: progressEvidence.url,
      rank: sql<number>`row_number() OVER (PARTITION BY ${dailyProgress.rhkId} ORDER BY ${dailyProgress.date} DESC, ${progressEvidence.createdAt} DESC, ${progressEvidence.id})`.as(
        'rank',
      ),
    })
    .from(progressEvidence)
    .innerJoin(
      dailyProgress,
      and(
        eq(dailyProgress.id, progressEvidence.progressId),
        eq(dailyProgress.date, progressEvidence.progressDate),
      ),
    )
    .where(
      and(
        eq(dailyProgress.instansiId, p.instansiId),
        eq(dailyProgress.pegawaiId, p.pegawaiId),
        inArray(dailyProgress.rhkId, [...p.rhkIds]),
        gte(dailyProgress.date, p.from),
        lte(dailyProgress.date, p.to),
      ),
    )
    .as('ranked')
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, p.limit))
    .orderBy(asc(ranked.rhkId), asc(ranked.rank))
}

/** One evidence item with the day and RHK of its entry. */
export async function findEvidenceWithEntry(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select({ e: progressEvidence, date: dailyProgress.date, rhkId: dailyProgress.rhkId })
    .from(progressEvidence)
    .innerJoin(
      dailyProgress,
      and(
        eq(dailyProgress.id, progressEvidence.progressId),
        eq(dailyProgress.date, progressEvidence.progressDate),
      ),
    )
    .where(and(eq(progressEvidence.instansiId, instansiId), eq(progressEvidence.id, id)))
  return row
}
