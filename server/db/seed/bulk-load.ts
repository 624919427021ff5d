import { sql } from 'drizzle-orm'
import { rebuildReportAggregates } from '../../modules/reports/reports.aggregates.ts'
import type { Tx } from '../client.ts'

/**
 * How a seed step bulk-loads tens of thousands of rows quickly without changing what ends up in
 * the database (decision 0023). Per row, PostgreSQL runs the foreign-key checks (one indexed
 * lookup each; against the partitioned daily_progress a good deal more) and the report
 * aggregates' row trigger (decision 0013: two upserts). For the demo's ~75 000 activity rows that
 * was most of the first start. Instead, in the seed's own transaction:
 *
 * - `replica` (a superuser — the embedded PostgreSQL's role is one): the referenced tables are
 *   locked against writers (SHARE, as the per-row checks' key-share locks would hold them), the
 *   load runs with `session_replication_role = replica` (no per-row triggers), then every foreign
 *   key of the loaded tables is checked set-based for the instansi's rows — a violation aborts
 *   the transaction as the per-row check would have — and the report aggregates are rebuilt
 *   set-based (report_rebuild_progress, the recount the triggers are tested against), and so are
 *   the text counts (progress_text_counts_rebuild, decision 0021). Only when the loaded tables
 *   carry no trigger besides those known ones: an unknown trigger would be skipped silently, so
 *   then the next mode is used.
 * - `owner` (the role owns daily_progress, e.g. CI's `kinerja_ci`): only the aggregate trigger is
 *   switched off (ALTER TABLE is transactional: no other session sees it off) and the aggregates
 *   rebuilt afterwards; foreign keys are checked per row.
 * - `plain`: everything per row, as the app itself writes.
 */
export type BulkLoadMode = 'replica' | 'owner' | 'plain'

const AGGREGATE_TABLE = 'daily_progress'
/** The report aggregates' row triggers (decision 0013), redone by report_rebuild_progress. */
const REPORT_TRIGGERS = ['report_progress_ins_del', 'report_progress_upd']
/** The text counts' statement triggers (decision 0021), redone by progress_text_counts_rebuild. */
const TEXT_COUNT_TRIGGERS = [
  'progress_text_counts_ins',
  'progress_text_counts_del',
  'progress_text_counts_upd',
]
/** The monitoring months' statement triggers (decision 0026), redone by monitoring_months_rebuild. */
const MONITORING_TRIGGERS = [
  'progress_text_monitoring_ins',
  'progress_text_monitoring_del',
  'progress_text_monitoring_upd',
]
/** Every trigger `replica` mode may skip, because it redoes their work set-based afterwards. */
const KNOWN_TRIGGERS = new Set([...REPORT_TRIGGERS, ...TEXT_COUNT_TRIGGERS, ...MONITORING_TRIGGERS])

type Row = Record<string, unknown>
const rowsOf = async <T extends Row>(tx: Tx, query: ReturnType<typeof sql>) =>
  (await tx.execute(query)).rows as T[]

/** Runs `fn` in a savepoint; false (and the savepoint rolled back) when it throws. */
async function attempt(tx: Tx, fn: (sp: Tx) => Promise<unknown>): Promise<boolean> {
  try {
    await tx.transaction(async (sp) => {
      await fn(sp)
    })
    return true
  } catch {
    return false
  }
}

/** The mode to load in, and the names of the loaded tables' own triggers. */
async function chooseMode(
  tx: Tx,
  tables: readonly string[],
  allowed: readonly BulkLoadMode[],
): Promise<{ mode: BulkLoadMode; triggers: string[] }> {
  const found = await rowsOf<{ tgname: string; tbl: string }>(
    tx,
    sql`SELECT t.tgname, c.relname AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND t.tgparentid = 0
          AND t.tgrelid = ANY(SELECT to_regclass(x) FROM unnest(${toArray(tables)}::text[]) x)`,
  )
  const triggers = found.map((t) => t.tgname)
  if (allowed.includes('replica')) {
    const [su] = await rowsOf<{ on: boolean }>(
      tx,
      sql`SELECT current_setting('is_superuser') = 'on' AS on`,
    )
    const unknown = found.filter(
      (t) => !(t.tbl === AGGREGATE_TABLE && KNOWN_TRIGGERS.has(t.tgname)),
    )
    if (su?.on && unknown.length === 0) return { mode: 'replica', triggers }
  }
  if (allowed.includes('owner') && triggers.includes('report_progress_ins_del')) {
    const off = await attempt(tx, (sp) =>
      sp.execute(sql.raw(`ALTER TABLE ${AGGREGATE_TABLE} DISABLE TRIGGER report_progress_ins_del`)),
    )
    if (off) return { mode: 'owner', triggers }
  }
  return { mode: 'plain', triggers }
}

const toArray = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`

type ForeignKey = {
  name: string
  child: string
  parent: string
  cols: string[]
  refcols: string[]
  scoped: boolean
}

/** The foreign keys declared on `tables` (partitions inherit their parent's). */
async function foreignKeys(tx: Tx, tables: readonly string[]): Promise<ForeignKey[]> {
  return rowsOf<ForeignKey>(
    tx,
    sql`SELECT con.conname AS name, con.conrelid::regclass::text AS child,
          con.confrelid::regclass::text AS parent,
          array_agg(a.attname::text ORDER BY k.ord) AS cols,
          array_agg(af.attname::text ORDER BY k.ord) AS refcols,
          EXISTS (SELECT 1 FROM pg_attribute i WHERE i.attrelid = con.conrelid
            AND i.attname = 'instansi_id' AND NOT i.attisdropped) AS scoped
        FROM pg_constraint con
        CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(ck, fk, ord)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.ck
        JOIN pg_attribute af ON af.attrelid = con.confrelid AND af.attnum = k.fk
        WHERE con.contype = 'f' AND con.conparentid = 0
          AND con.conrelid = ANY(SELECT to_regclass(x) FROM unnest(${toArray(tables)}::text[]) x)
        GROUP BY con.oid, con.conname, con.conrelid, con.confrelid
        ORDER BY con.conname`,
  )
}

/** The names of the foreign keys some loaded row of the instansi breaks (MATCH SIMPLE). */
async function brokenForeignKeys(
  tx: Tx,
  fks: readonly ForeignKey[],
  instansiId: string,
): Promise<string[]> {
  if (fks.length === 0) return []
  const checks = fks.map((fk) => {
    const notNull = fk.cols.map((c) => sql`c.${sql.identifier(c)} IS NOT NULL`)
    const match = fk.cols.map(
      (c, i) => sql`p.${sql.identifier(fk.refcols[i]!)} = c.${sql.identifier(c)}`,
    )
    const scope = fk.scoped ? [sql`c.instansi_id = ${instansiId}`] : []
    return sql`SELECT ${fk.name}::text AS name WHERE EXISTS (
      SELECT 1 FROM ${sql.raw(fk.child)} c
      WHERE ${sql.join([...scope, ...notNull], sql` AND `)}
        AND NOT EXISTS (SELECT 1 FROM ${sql.raw(fk.parent)} p WHERE ${sql.join(match, sql` AND `)}))`
  })
  const rows = await rowsOf<{ name: string }>(tx, sql.join(checks, sql` UNION ALL `))
  return rows.map((r) => r.name)
}

/**
 * Runs `load` (bulk inserts of the instansi's rows into `tables`, in `tx`) in the fastest mode
 * the role allows; the rows, the foreign-key guarantees and the report aggregates are the same
 * in every mode. Returns the mode used. Partitions must exist before (DDL inside `load` would
 * meet a disabled trigger's clone).
 */
export async function bulkLoad(
  tx: Tx,
  opts: { instansiId: string; tables: readonly string[]; modes?: readonly BulkLoadMode[] },
  load: () => Promise<void>,
): Promise<BulkLoadMode> {
  const { instansiId, tables } = opts
  const { mode, triggers } = await chooseMode(
    tx,
    tables,
    opts.modes ?? ['replica', 'owner', 'plain'],
  )
  if (mode === 'replica') {
    const fks = await foreignKeys(tx, tables)
    const parents = [...new Set(fks.map((f) => f.parent))].sort()
    if (parents.length) await tx.execute(sql.raw(`LOCK TABLE ${parents.join(', ')} IN SHARE MODE`))
    await tx.execute(sql`SET LOCAL session_replication_role = replica`)
    await load()
    await tx.execute(sql`SET LOCAL session_replication_role = origin`)
    const broken = await brokenForeignKeys(tx, fks, instansiId)
    if (broken.length) {
      throw new Error(`bulk load: rows break the foreign key(s) ${broken.join(', ')}`)
    }
  } else {
    await load()
  }
  if (mode === 'owner') {
    await tx.execute(
      sql.raw(`ALTER TABLE ${AGGREGATE_TABLE} ENABLE TRIGGER report_progress_ins_del`),
    )
  }
  // What the skipped triggers would have written, recounted set-based for the instansi.
  if (mode !== 'plain' && triggers.some((t) => REPORT_TRIGGERS.includes(t))) {
    await rebuildReportAggregates(tx, instansiId)
  }
  if (mode === 'replica' && triggers.some((t) => TEXT_COUNT_TRIGGERS.includes(t))) {
    await tx.execute(sql`SELECT progress_text_counts_rebuild(${instansiId}::uuid)`)
  }
  // After the text counts: the monitoring months read them (duplicate candidates).
  if (mode === 'replica' && triggers.some((t) => MONITORING_TRIGGERS.includes(t))) {
    await tx.execute(sql`SELECT monitoring_months_rebuild(${instansiId}::uuid)`)
  }
  return mode
}
