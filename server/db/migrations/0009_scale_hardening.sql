CREATE TABLE "progress_text_counts" (
	"instansi_id" uuid NOT NULL,
	"text_hash" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "progress_text_counts_pkey" PRIMARY KEY("instansi_id","text_hash")
);
--> statement-breakpoint
CREATE TABLE "report_completion" (
	"instansi_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"excluded" boolean NOT NULL,
	"submitted" boolean NOT NULL,
	"late" boolean NOT NULL,
	CONSTRAINT "report_completion_period_id_pegawai_id_pk" PRIMARY KEY("period_id","pegawai_id")
);
--> statement-breakpoint
CREATE TABLE "report_progress_years" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"entries" integer NOT NULL,
	"late_entries" integer NOT NULL,
	"unlinked" integer NOT NULL,
	"day_bits" integer[] NOT NULL,
	CONSTRAINT "report_progress_years_instansi_id_year_pegawai_id_pk" PRIMARY KEY("instansi_id","year","pegawai_id"),
	CONSTRAINT "report_progress_years_12" CHECK (cardinality("report_progress_years"."day_bits") = 12)
);
--> statement-breakpoint
CREATE INDEX "progress_text_counts_dup_idx" ON "progress_text_counts" USING btree ("instansi_id","text_hash") WHERE "progress_text_counts"."n" >= 2;--> statement-breakpoint
CREATE INDEX "report_completion_pegawai_idx" ON "report_completion" USING btree ("pegawai_id");
--> statement-breakpoint
-- 30-reports.sql
-- Reports at national size (issue 7, decision 0022).
--
-- 1. Indexes that let the "position on a day" and "open SKP of the year" populations be read in
--    pegawai order from the index alone (DISTINCT ON without a sort of 100 000 rows), and the
--    inactive people be an anti-join against a tiny partial index.
CREATE INDEX IF NOT EXISTS position_history_report_day_idx ON position_history
  (instansi_id, pegawai_id, start_date DESC, created_at DESC) INCLUDE (unit_id, jabatan_id, end_date);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS skp_report_open_idx ON skp
  (instansi_id, year, pegawai_id, end_date DESC, created_at DESC) INCLUDE (status)
  WHERE status <> 'ditutup';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS pegawai_inactive_idx ON pegawai (id) WHERE NOT active;
--> statement-breakpoint
-- 2. report_completion (reports.tables.ts): the completion population per period and person.
CREATE INDEX IF NOT EXISTS report_completion_counts_idx ON report_completion
  (instansi_id, period_id, unit_id) INCLUDE (excluded, submitted, late);
--> statement-breakpoint
-- Recomputes the rows of some people (all their periods). Serialised per person by a
-- transaction-scoped advisory lock taken in a fixed order (no deadlock between two refreshes);
-- the DELETE and INSERT are new statements, so under READ COMMITTED they see what a concurrent
-- writer of the same person committed while we waited. Plain, index-driven statements: the
-- people's SKP by (pegawai_id, year), their assessments by (period_id, pegawai_id).
CREATE OR REPLACE FUNCTION report_completion_refresh(p_pegawai uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_pegawai IS NULL OR cardinality(p_pegawai) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(2201, h)
    FROM (SELECT DISTINCT hashtext(x::text) AS h FROM unnest(p_pegawai) x) k ORDER BY h;
  DELETE FROM report_completion WHERE pegawai_id = ANY(p_pegawai);
  INSERT INTO report_completion
    (instansi_id, period_id, pegawai_id, unit_id, skp_id, excluded, submitted, late)
  SELECT pop.instansi_id, pop.period_id, pop.pegawai_id, pop.unit_id, pop.skp_id,
    EXISTS (SELECT 1 FROM pegawai_exclusions e
      WHERE e.instansi_id = pop.instansi_id AND e.pegawai_id = pop.pegawai_id
        AND e.start_date <= pop.end_date AND (e.end_date IS NULL OR e.end_date >= pop.end_date)),
    a.submitted_at IS NOT NULL, coalesce(a.late, false)
  FROM (
    SELECT DISTINCT ON (per.id, s.pegawai_id)
      s.instansi_id, per.id AS period_id, per.end_date, s.pegawai_id, s.unit_id, s.id AS skp_id
    FROM skp s
    JOIN periods per ON per.instansi_id = s.instansi_id AND per.year = s.year
      AND s.start_date <= per.end_date AND s.end_date >= per.start_date
    WHERE s.pegawai_id = ANY(p_pegawai)
    ORDER BY per.id, s.pegawai_id, (s.end_date >= per.end_date) DESC,
      (s.status <> 'ditutup') DESC, s.start_date DESC, s.created_at DESC
  ) pop
  LEFT JOIN assessments a ON a.period_id = pop.period_id AND a.pegawai_id = pop.pegawai_id;
END $$;
--> statement-breakpoint
-- Set-based recomputation of one instansi and year (either NULL = all). EXCLUSIVE lock: the
-- per-person refreshes of other transactions wait until it commits and then apply on top.
CREATE OR REPLACE FUNCTION report_completion_rebuild(p_instansi uuid, p_year integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE report_completion IN EXCLUSIVE MODE;
  DELETE FROM report_completion rc
  WHERE (p_instansi IS NULL OR rc.instansi_id = p_instansi)
    AND (p_year IS NULL OR NOT EXISTS (SELECT 1 FROM periods per
      WHERE per.id = rc.period_id AND per.year <> p_year));
  INSERT INTO report_completion
    (instansi_id, period_id, pegawai_id, unit_id, skp_id, excluded, submitted, late)
  SELECT pop.instansi_id, pop.period_id, pop.pegawai_id, pop.unit_id, pop.skp_id,
    ex.pegawai_id IS NOT NULL, a.submitted_at IS NOT NULL, coalesce(a.late, false)
  FROM (
    SELECT DISTINCT ON (per.id, s.pegawai_id)
      s.instansi_id, per.id AS period_id, per.end_date, s.pegawai_id, s.unit_id, s.id AS skp_id
    FROM periods per
    JOIN skp s ON s.instansi_id = per.instansi_id AND s.year = per.year
      AND s.start_date <= per.end_date AND s.end_date >= per.start_date
    WHERE (p_instansi IS NULL OR per.instansi_id = p_instansi)
      AND (p_year IS NULL OR per.year = p_year)
    ORDER BY per.id, s.pegawai_id, (s.end_date >= per.end_date) DESC,
      (s.status <> 'ditutup') DESC, s.start_date DESC, s.created_at DESC
  ) pop
  LEFT JOIN (
    SELECT DISTINCT per.id AS period_id, e.pegawai_id
    FROM periods per
    JOIN pegawai_exclusions e ON e.instansi_id = per.instansi_id
      AND e.start_date <= per.end_date AND (e.end_date IS NULL OR e.end_date >= per.end_date)
    WHERE (p_instansi IS NULL OR per.instansi_id = p_instansi)
      AND (p_year IS NULL OR per.year = p_year)
  ) ex ON ex.period_id = pop.period_id AND ex.pegawai_id = pop.pegawai_id
  LEFT JOIN assessments a ON a.period_id = pop.period_id AND a.pegawai_id = pop.pegawai_id
  ORDER BY pop.instansi_id, pop.period_id, pop.unit_id;
END $$;
--> statement-breakpoint
-- Statement triggers with transition tables (bulk writes, e.g. creating a period's assessments,
-- cost one set-based refresh, not one per row). One trigger per event: PostgreSQL allows
-- transition tables only on single-event triggers without column lists, so an UPDATE that
-- changes none of the inputs is filtered inside (old and new rows compared by id).
CREATE OR REPLACE FUNCTION report_completion_people_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  people uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT pegawai_id) INTO people FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT pegawai_id) INTO people FROM old_rows;
  ELSIF TG_TABLE_NAME = 'skp' THEN
    SELECT array_agg(DISTINCT x) INTO people FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL unnest(ARRAY[o.pegawai_id, n.pegawai_id]) x
    WHERE (o.instansi_id, o.pegawai_id, o.year, o.start_date, o.end_date, o.status, o.unit_id,
        o.created_at)
      IS DISTINCT FROM (n.instansi_id, n.pegawai_id, n.year, n.start_date, n.end_date, n.status,
        n.unit_id, n.created_at);
  ELSIF TG_TABLE_NAME = 'assessments' THEN
    SELECT array_agg(DISTINCT x) INTO people FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL unnest(ARRAY[o.pegawai_id, n.pegawai_id]) x
    WHERE (o.period_id, o.pegawai_id, o.submitted_at IS NULL, o.late)
      IS DISTINCT FROM (n.period_id, n.pegawai_id, n.submitted_at IS NULL, n.late);
  ELSE -- pegawai_exclusions
    SELECT array_agg(DISTINCT x) INTO people FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL unnest(ARRAY[o.pegawai_id, n.pegawai_id]) x
    WHERE (o.instansi_id, o.pegawai_id, o.start_date, o.end_date)
      IS DISTINCT FROM (n.instansi_id, n.pegawai_id, n.start_date, n.end_date);
  END IF;
  PERFORM report_completion_refresh(people);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_skp_ins ON skp;
--> statement-breakpoint
CREATE TRIGGER report_completion_skp_ins AFTER INSERT ON skp REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_skp_upd ON skp;
--> statement-breakpoint
CREATE TRIGGER report_completion_skp_upd AFTER UPDATE ON skp
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_skp_del ON skp;
--> statement-breakpoint
CREATE TRIGGER report_completion_skp_del AFTER DELETE ON skp REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_assessments_ins ON assessments;
--> statement-breakpoint
CREATE TRIGGER report_completion_assessments_ins AFTER INSERT ON assessments
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_assessments_upd ON assessments;
--> statement-breakpoint
CREATE TRIGGER report_completion_assessments_upd AFTER UPDATE ON assessments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_assessments_del ON assessments;
--> statement-breakpoint
CREATE TRIGGER report_completion_assessments_del AFTER DELETE ON assessments
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_exclusions_ins ON pegawai_exclusions;
--> statement-breakpoint
CREATE TRIGGER report_completion_exclusions_ins AFTER INSERT ON pegawai_exclusions
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_exclusions_upd ON pegawai_exclusions;
--> statement-breakpoint
CREATE TRIGGER report_completion_exclusions_upd AFTER UPDATE ON pegawai_exclusions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_exclusions_del ON pegawai_exclusions;
--> statement-breakpoint
CREATE TRIGGER report_completion_exclusions_del AFTER DELETE ON pegawai_exclusions
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_people_trigger();
--> statement-breakpoint
-- Periods (created, re-dated, deleted: an admin's rare action): rebuild the instansi-years.
CREATE OR REPLACE FUNCTION report_completion_periods_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR r IN SELECT DISTINCT instansi_id, year FROM new_rows ORDER BY 1, 2 LOOP
      PERFORM report_completion_rebuild(r.instansi_id, r.year);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR r IN SELECT DISTINCT instansi_id, year FROM old_rows ORDER BY 1, 2 LOOP
      PERFORM report_completion_rebuild(r.instansi_id, r.year);
    END LOOP;
  ELSE
    FOR r IN
      SELECT DISTINCT x.instansi_id, x.year
      FROM old_rows o JOIN new_rows n ON n.id = o.id,
        LATERAL (VALUES (o.instansi_id, o.year), (n.instansi_id, n.year)) x(instansi_id, year)
      WHERE (o.instansi_id, o.year, o.start_date, o.end_date)
        IS DISTINCT FROM (n.instansi_id, n.year, n.start_date, n.end_date)
      ORDER BY 1, 2
    LOOP
      PERFORM report_completion_rebuild(r.instansi_id, r.year);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_periods_ins ON periods;
--> statement-breakpoint
CREATE TRIGGER report_completion_periods_ins AFTER INSERT ON periods
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_periods_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_periods_upd ON periods;
--> statement-breakpoint
CREATE TRIGGER report_completion_periods_upd AFTER UPDATE ON periods
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_periods_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS report_completion_periods_del ON periods;
--> statement-breakpoint
CREATE TRIGGER report_completion_periods_del AFTER DELETE ON periods
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_completion_periods_trigger();
--> statement-breakpoint
-- Backfill (set-based; measured on the national bench set, see decision 0022).
SELECT report_completion_rebuild(NULL, NULL);
--> statement-breakpoint
-- 3. The predikat counts (distribution, dashboard) per period, status, unit: index-only.
CREATE INDEX IF NOT EXISTS assessments_report_predikat_idx ON assessments
  (instansi_id, period_id, status) INCLUDE (predikat, unit_id);

--> statement-breakpoint
-- 40-text-counts.sql
-- Exact per-(instansi, text) entry counts (decision 0021; table progress_text_counts in
-- server/modules/activities/text-counts.tables.ts): the `duplicate` flag ("the same normalised
-- text on at least duplicateMinCount entries of the instansi, any day") becomes one primary-key
-- lookup instead of a count over every monthly partition of daily_progress.
--
-- Kept in the writer's transaction by STATEMENT triggers with transition tables on the
-- partitioned parent. They fire for every statement on daily_progress whatever partition the
-- rows are in (also partitions created later: the trigger belongs to the parent), and an UPDATE
-- that moves a row to another partition appears in the parent's transition tables as one old and
-- one new row. Each statement applies its aggregated deltas in (instansi_id, text_hash) order,
-- so two concurrent multi-row statements (an XLSX import, say) lock the counter rows in the same
-- order and cannot deadlock on them. A count that reaches 0 is deleted: the table always equals
-- `SELECT instansi_id, text_hash, count(*) FROM daily_progress GROUP BY 1, 2`.
-- Bulk loads that disable triggers (session_replication_role = replica) must call
-- progress_text_counts_rebuild afterwards, like report_rebuild_progress.
ALTER TABLE progress_text_counts SET (fillfactor = 80);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION progress_text_counts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d_i uuid[];
  d_h text[];
  d_n integer[];
  zero_i uuid[];
  zero_h text[];
BEGIN
  -- The net change per (instansi, text) of the statement, from its transition tables: new_rows
  -- (INSERT, UPDATE) and old_rows (DELETE, UPDATE). Each branch names only the tables its
  -- trigger has.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(instansi_id), array_agg(text_hash), array_agg(delta) INTO d_i, d_h, d_n
    FROM (SELECT instansi_id, text_hash, count(*)::int AS delta FROM new_rows GROUP BY 1, 2) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(instansi_id), array_agg(text_hash), array_agg(delta) INTO d_i, d_h, d_n
    FROM (SELECT instansi_id, text_hash, -count(*)::int AS delta FROM old_rows GROUP BY 1, 2) x;
  ELSE
    SELECT array_agg(instansi_id), array_agg(text_hash), array_agg(delta) INTO d_i, d_h, d_n
    FROM (
      SELECT instansi_id, text_hash, sum(delta)::int AS delta
      FROM (
        SELECT instansi_id, text_hash, -1 AS delta FROM old_rows
        UNION ALL
        SELECT instansi_id, text_hash, 1 FROM new_rows
      ) u
      GROUP BY 1, 2
      HAVING sum(delta) <> 0
    ) x;
  END IF;
  IF d_i IS NULL THEN
    RETURN NULL;
  END IF;
  -- In key order: concurrent statements lock shared counter rows in the same order.
  WITH up AS (
    INSERT INTO progress_text_counts AS c (instansi_id, text_hash, n)
    SELECT i, h, n FROM unnest(d_i, d_h, d_n) z(i, h, n) ORDER BY i, h
    ON CONFLICT (instansi_id, text_hash) DO UPDATE SET n = c.n + EXCLUDED.n
    RETURNING c.instansi_id, c.text_hash, c.n
  )
  SELECT array_agg(instansi_id), array_agg(text_hash) INTO zero_i, zero_h FROM up WHERE n <= 0;
  -- Still locked by the upsert above: nobody can have counted them up again in between.
  IF zero_i IS NOT NULL THEN
    DELETE FROM progress_text_counts c USING unnest(zero_i, zero_h) z(i, h)
    WHERE c.instansi_id = z.i AND c.text_hash = z.h AND c.n <= 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- PostgreSQL allows only one event per trigger with transition tables: three triggers, one function.
CREATE TRIGGER progress_text_counts_ins AFTER INSERT ON daily_progress
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_text_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER progress_text_counts_del AFTER DELETE ON daily_progress
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_text_counts_trigger();
--> statement-breakpoint
-- No column list (not allowed with transition tables): an update of other columns (flags,
-- verification) aggregates to no delta and writes nothing.
CREATE TRIGGER progress_text_counts_upd AFTER UPDATE ON daily_progress
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION progress_text_counts_trigger();
--> statement-breakpoint
-- Set-based recount of one instansi (or all when NULL). SHARE lock on daily_progress: writers
-- wait until the recount commits (their trigger then applies their change on top of it).
CREATE OR REPLACE FUNCTION progress_text_counts_rebuild(p_instansi uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE daily_progress IN SHARE MODE;
  DELETE FROM progress_text_counts WHERE p_instansi IS NULL OR instansi_id = p_instansi;
  INSERT INTO progress_text_counts (instansi_id, text_hash, n)
  SELECT instansi_id, text_hash, count(*)::int
  FROM daily_progress
  WHERE p_instansi IS NULL OR instansi_id = p_instansi
  GROUP BY 1, 2
  ORDER BY 1, 2;
END $$;
--> statement-breakpoint
-- Backfill (the CREATE TRIGGERs above already hold off writers until the migration commits).
SELECT progress_text_counts_rebuild(NULL);

--> statement-breakpoint
-- 50-report-years.sql
-- report_progress_years (decision 0022, table in server/modules/reports/reports.tables.ts): one
-- row per instansi, person and year beside report_progress_months, kept exact by the same row
-- trigger in the writer's transaction. Lock order of every writer: the person-year row first
-- (its upsert), then the person-month and person-day rows (report_progress_change of 0008), so
-- the year row serialises the writers of one person-year and adds no lock cycle; the rebuild
-- locks the tables in the same order (years, months, days).
-- Element k of day_bits is the day_bits of month k: copied from the month row after its change
-- (that row is locked by this transaction, so the copy is its value at commit).
CREATE OR REPLACE FUNCTION report_progress_year_change(
  p_instansi uuid, p_pegawai uuid, p_date date, p_late boolean, p_unlinked boolean, p_sign integer
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  y integer := extract(year FROM p_date)::integer;
  k integer := extract(month FROM p_date)::integer;
  b integer := 1 << (extract(day FROM p_date)::integer - 1);
  l integer := CASE WHEN p_late THEN p_sign ELSE 0 END;
  u integer := CASE WHEN p_unlinked THEN p_sign ELSE 0 END;
  bits integer[] := array_fill(0, ARRAY[12]);
BEGIN
  IF p_sign > 0 THEN
    bits[k] := b;
  END IF;
  INSERT INTO report_progress_years AS r
    (instansi_id, pegawai_id, year, entries, late_entries, unlinked, day_bits)
  VALUES (p_instansi, p_pegawai, y, p_sign, l, u, bits)
  ON CONFLICT (instansi_id, year, pegawai_id) DO UPDATE SET
    entries = r.entries + EXCLUDED.entries,
    late_entries = r.late_entries + EXCLUDED.late_entries,
    unlinked = r.unlinked + EXCLUDED.unlinked,
    day_bits[k] = r.day_bits[k] | EXCLUDED.day_bits[k];
  PERFORM report_progress_change(p_instansi, p_pegawai, p_date, p_late, p_unlinked, p_sign);
  IF p_sign < 0 THEN
    DELETE FROM report_progress_years
    WHERE instansi_id = p_instansi AND year = y AND pegawai_id = p_pegawai AND entries = 0;
    IF NOT FOUND THEN
      UPDATE report_progress_years SET day_bits[k] = coalesce((SELECT m.day_bits
          FROM report_progress_months m WHERE m.instansi_id = p_instansi
            AND m.pegawai_id = p_pegawai AND m.month = make_date(y, k, 1)), 0)
      WHERE instansi_id = p_instansi AND year = y AND pegawai_id = p_pegawai;
    END IF;
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION report_progress_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM report_progress_year_change(OLD.instansi_id, OLD.pegawai_id, OLD.date, OLD.late,
      OLD.rhk_id IS NULL, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM report_progress_year_change(NEW.instansi_id, NEW.pegawai_id, NEW.date, NEW.late,
      NEW.rhk_id IS NULL, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The year rows of one instansi (or all) from its month rows, set-based. The caller holds the
-- locks (report_rebuild_progress below, the backfill at the end).
CREATE OR REPLACE FUNCTION report_rebuild_years(p_instansi uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_progress_years WHERE p_instansi IS NULL OR instansi_id = p_instansi;
  INSERT INTO report_progress_years
    (instansi_id, pegawai_id, year, entries, late_entries, unlinked, day_bits)
  SELECT instansi_id, pegawai_id, extract(year FROM month)::integer, sum(entries), sum(late_entries),
    sum(unlinked),
    ARRAY[
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 1), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 2), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 3), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 4), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 5), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 6), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 7), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 8), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 9), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 10), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 11), 0),
      coalesce(max(day_bits) FILTER (WHERE extract(month FROM month) = 12), 0)
    ]
  FROM report_progress_months
  WHERE p_instansi IS NULL OR instansi_id = p_instansi
  GROUP BY 1, 3, 2
  ORDER BY 1, 3, 2;
END $$;
--> statement-breakpoint
-- 0008's rebuild, with the year rows: the three tables locked in the writers' order.
CREATE OR REPLACE FUNCTION report_rebuild_progress(p_instansi uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE report_progress_years, report_progress_months, report_progress_days
    IN EXCLUSIVE MODE;
  DELETE FROM report_progress_months WHERE p_instansi IS NULL OR instansi_id = p_instansi;
  DELETE FROM report_progress_days WHERE p_instansi IS NULL OR instansi_id = p_instansi;
  WITH per_day AS (
    SELECT instansi_id, pegawai_id, date_trunc('month', date)::date AS month,
      extract(day FROM date)::integer AS d, count(*) AS n,
      count(*) FILTER (WHERE late) AS l, count(*) FILTER (WHERE rhk_id IS NULL) AS u
    FROM daily_progress
    WHERE p_instansi IS NULL OR instansi_id = p_instansi
    GROUP BY 1, 2, 3, 4
  ),
  months AS (
    INSERT INTO report_progress_months
      (instansi_id, pegawai_id, month, entries, late_entries, unlinked, day_bits)
    SELECT instansi_id, pegawai_id, month, sum(n), sum(l), sum(u), bit_or(1 << (d - 1))
    FROM per_day GROUP BY 1, 2, 3
    ORDER BY 1, 3, 2
  )
  INSERT INTO report_progress_days (instansi_id, pegawai_id, month, entries, late_entries, unlinked)
  SELECT instansi_id, pegawai_id, month,
    report_running_totals(array_agg(d ORDER BY d), array_agg(n ORDER BY d)),
    report_running_totals(array_agg(d ORDER BY d), array_agg(l ORDER BY d)),
    report_running_totals(array_agg(d ORDER BY d), array_agg(u ORDER BY d))
  FROM per_day GROUP BY 1, 2, 3
  ORDER BY 1, 3, 2;
  PERFORM report_rebuild_years(p_instansi);
END $$;
--> statement-breakpoint
-- Backfill from the month rows (exact: kept by the triggers until now).
LOCK TABLE report_progress_years, report_progress_months IN EXCLUSIVE MODE;
--> statement-breakpoint
SELECT report_rebuild_years(NULL);
