CREATE TABLE "report_progress_days" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"month" date NOT NULL,
	"entries" integer[] NOT NULL,
	"late_entries" integer[] NOT NULL,
	"unlinked" integer[] NOT NULL,
	CONSTRAINT "report_progress_days_instansi_id_month_pegawai_id_pk" PRIMARY KEY("instansi_id","month","pegawai_id"),
	CONSTRAINT "report_progress_days_31" CHECK (cardinality("report_progress_days"."entries") = 31 AND cardinality("report_progress_days"."late_entries") = 31 AND cardinality("report_progress_days"."unlinked") = 31)
);
--> statement-breakpoint
CREATE TABLE "report_progress_months" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"month" date NOT NULL,
	"entries" integer NOT NULL,
	"late_entries" integer NOT NULL,
	"unlinked" integer NOT NULL,
	"day_bits" integer NOT NULL,
	CONSTRAINT "report_progress_months_instansi_id_pegawai_id_month_pk" PRIMARY KEY("instansi_id","pegawai_id","month"),
	CONSTRAINT "report_progress_months_first_day" CHECK (extract(day FROM "report_progress_months"."month") = 1)
);
--> statement-breakpoint
CREATE INDEX "report_progress_months_month_idx" ON "report_progress_months" USING btree ("instansi_id","month");

--> statement-breakpoint
-- 10-partitions.sql
-- Daily progress partitioned by month of `date` (decision 0014). Owner: activities module.
-- drizzle-kit cannot express PARTITION BY and emits an invalid primary-key change (a commented-out
-- DROP of the old key), so this fragment replaces drizzle's statements on the three tables and
-- brings the database to exactly the state of the snapshot (same constraint and index names):
-- replaces-drizzle: ^ALTER TABLE "(daily_progress|progress_evidence|progress_verifications)"
-- replaces-drizzle: ^(DROP|CREATE|CREATE UNIQUE) INDEX "daily_progress_client_idx"
-- replaces-drizzle: Unfortunately in current drizzle-kit version we can't automatically get name for primary key
-- Works on an existing install with data: the old table is kept aside, every row is copied into
-- monthly partitions (one per month that has rows, plus last month to three months ahead, plus
-- a DEFAULT partition so that no write is ever refused), evidence and verifications get the
-- entry's date and a composite foreign key, then the old table is dropped.
ALTER TABLE "progress_evidence" DROP CONSTRAINT "progress_evidence_progress_id_daily_progress_id_fk";
ALTER TABLE "progress_verifications" DROP CONSTRAINT "progress_verifications_progress_id_daily_progress_id_fk";
ALTER TABLE "daily_progress" RENAME TO "daily_progress_unpartitioned";
ALTER TABLE "daily_progress_unpartitioned" RENAME CONSTRAINT "daily_progress_pkey" TO "daily_progress_unpartitioned_pkey";
DROP INDEX "daily_progress_client_idx";
DROP INDEX "daily_progress_pegawai_date_idx";
DROP INDEX "daily_progress_instansi_date_idx";
DROP INDEX "daily_progress_text_hash_idx";
DROP INDEX "daily_progress_rhk_idx";
DROP INDEX "daily_progress_rencana_aksi_idx";
--> statement-breakpoint
CREATE TABLE "daily_progress" (
  LIKE "daily_progress_unpartitioned" INCLUDING DEFAULTS INCLUDING CONSTRAINTS
) PARTITION BY RANGE ("date");
CREATE TABLE "daily_progress_default" PARTITION OF "daily_progress" DEFAULT;
DO $$
DECLARE
  m date;
BEGIN
  FOR m IN
    SELECT DISTINCT date_trunc('month', "date")::date FROM "daily_progress_unpartitioned"
    UNION
    SELECT generate_series(date_trunc('month', now()) - interval '1 month',
                           date_trunc('month', now()) + interval '3 months',
                           interval '1 month')::date
  LOOP
    EXECUTE format(
      'CREATE TABLE %I PARTITION OF "daily_progress" FOR VALUES FROM (%L) TO (%L)',
      'daily_progress_y' || to_char(m, 'YYYY') || 'm' || to_char(m, 'MM'),
      m,
      (m + interval '1 month')::date
    );
  END LOOP;
END
$$;
--> statement-breakpoint
-- Keys, foreign keys and indexes after the copy: built and checked in bulk, not row by row.
INSERT INTO "daily_progress" SELECT * FROM "daily_progress_unpartitioned";
--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_pkey" PRIMARY KEY ("id", "date");
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE no action ON UPDATE no action;
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_rencana_aksi_id_rencana_aksi_id_fk" FOREIGN KEY ("rencana_aksi_id") REFERENCES "public"."rencana_aksi"("id") ON DELETE set null ON UPDATE no action;
CREATE UNIQUE INDEX "daily_progress_client_idx" ON "daily_progress" USING btree ("pegawai_id","client_id","date");
CREATE INDEX "daily_progress_pegawai_date_idx" ON "daily_progress" USING btree ("instansi_id","pegawai_id","date");
CREATE INDEX "daily_progress_instansi_date_idx" ON "daily_progress" USING btree ("instansi_id","date");
CREATE INDEX "daily_progress_text_hash_idx" ON "daily_progress" USING btree ("instansi_id","text_hash");
CREATE INDEX "daily_progress_rhk_idx" ON "daily_progress" USING btree ("rhk_id","date");
CREATE INDEX "daily_progress_rencana_aksi_idx" ON "daily_progress" USING btree ("rencana_aksi_id");
--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD COLUMN "progress_date" date;
UPDATE "progress_evidence" e SET "progress_date" = d."date"
  FROM "daily_progress_unpartitioned" d WHERE d."id" = e."progress_id";
ALTER TABLE "progress_evidence" ALTER COLUMN "progress_date" SET NOT NULL;
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_progress_fk" FOREIGN KEY ("progress_id","progress_date") REFERENCES "public"."daily_progress"("id","date") ON DELETE cascade ON UPDATE cascade;
ALTER TABLE "progress_verifications" ADD COLUMN "progress_date" date;
UPDATE "progress_verifications" v SET "progress_date" = d."date"
  FROM "daily_progress_unpartitioned" d WHERE d."id" = v."progress_id";
ALTER TABLE "progress_verifications" ALTER COLUMN "progress_date" SET NOT NULL;
ALTER TABLE "progress_verifications" ADD CONSTRAINT "progress_verifications_progress_fk" FOREIGN KEY ("progress_id","progress_date") REFERENCES "public"."daily_progress"("id","date") ON DELETE cascade ON UPDATE cascade;
--> statement-breakpoint
DROP TABLE "daily_progress_unpartitioned";

--> statement-breakpoint
-- 20-report-aggregates.sql
-- Report aggregates (decision 0013): report_progress_months / report_progress_days (tables in
-- server/modules/reports/reports.tables.ts) are kept exact by row triggers on daily_progress, in
-- the writer's transaction. Works on the plain table and on the table partitioned by month
-- (fragment 10 runs first; row triggers on a partitioned parent apply to every partition, and a
-- row moved to another partition fires AFTER DELETE + AFTER INSERT).

-- Room on each page for the updates of its rows (HOT updates stay on the page), so the rows of
-- one month, inserted together when the month starts, stay together: a report reads a month's
-- rows from adjacent pages, not from pages scattered over the whole table.
ALTER TABLE report_progress_months SET (fillfactor = 75);
ALTER TABLE report_progress_days SET (fillfactor = 75);
--> statement-breakpoint
-- a[k] + delta for every k >= d: the running totals of a month after one entry on day d.
CREATE FUNCTION report_cum_add(a integer[], d integer, delta integer) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_agg(CASE WHEN t.i >= d THEN t.v + delta ELSE t.v END ORDER BY t.i)::integer[]
  FROM unnest(a) WITH ORDINALITY AS t(v, i)
$$;
--> statement-breakpoint
-- Running totals over the 31 days of a month from (day, count) pairs sorted by day.
CREATE FUNCTION report_running_totals(days integer[], counts bigint[]) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  result integer[] := array_fill(0, ARRAY[31]);
  acc integer := 0;
  j integer := 1;
  n integer := coalesce(cardinality(days), 0);
BEGIN
  FOR k IN 1..31 LOOP
    WHILE j <= n AND days[j] <= k LOOP
      acc := acc + counts[j];
      j := j + 1;
    END LOOP;
    result[k] := acc;
  END LOOP;
  RETURN result;
END $$;
--> statement-breakpoint
-- One entry added (sign 1) or removed (sign -1). The upsert of the month row comes first: it
-- locks the person-month, so every writer of the same person-month runs the rest in turn, and
-- each later statement (READ COMMITTED: a new snapshot) sees what the others committed — the
-- "is any entry left on that day" check cannot miss a concurrent insert or delete.
CREATE FUNCTION report_progress_change(
  p_instansi uuid, p_pegawai uuid, p_date date, p_late boolean, p_unlinked boolean, p_sign integer
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', p_date)::date;
  d integer := extract(day FROM p_date)::integer;
  b integer := 1 << (d - 1);
  l integer := CASE WHEN p_late THEN p_sign ELSE 0 END;
  u integer := CASE WHEN p_unlinked THEN p_sign ELSE 0 END;
  zero integer[] := array_fill(0, ARRAY[31]);
BEGIN
  INSERT INTO report_progress_months AS r
    (instansi_id, pegawai_id, month, entries, late_entries, unlinked, day_bits)
  VALUES (p_instansi, p_pegawai, m, p_sign, l, u, CASE WHEN p_sign > 0 THEN b ELSE 0 END)
  ON CONFLICT (instansi_id, pegawai_id, month) DO UPDATE SET
    entries = r.entries + EXCLUDED.entries,
    late_entries = r.late_entries + EXCLUDED.late_entries,
    unlinked = r.unlinked + EXCLUDED.unlinked,
    day_bits = r.day_bits | EXCLUDED.day_bits;
  IF p_sign < 0 THEN
    IF NOT EXISTS (
      SELECT 1 FROM daily_progress
      WHERE instansi_id = p_instansi AND pegawai_id = p_pegawai AND date = p_date
    ) THEN
      UPDATE report_progress_months SET day_bits = day_bits & ~b
      WHERE instansi_id = p_instansi AND pegawai_id = p_pegawai AND month = m;
    END IF;
    DELETE FROM report_progress_months
    WHERE instansi_id = p_instansi AND pegawai_id = p_pegawai AND month = m AND entries = 0;
  END IF;
  INSERT INTO report_progress_days AS r
    (instansi_id, pegawai_id, month, entries, late_entries, unlinked)
  VALUES (p_instansi, p_pegawai, m, report_cum_add(zero, d, p_sign), report_cum_add(zero, d, l),
    report_cum_add(zero, d, u))
  ON CONFLICT (instansi_id, month, pegawai_id) DO UPDATE SET
    entries = report_cum_add(r.entries, d, p_sign),
    late_entries = CASE WHEN l = 0 THEN r.late_entries ELSE report_cum_add(r.late_entries, d, l) END,
    unlinked = CASE WHEN u = 0 THEN r.unlinked ELSE report_cum_add(r.unlinked, d, u) END;
  IF p_sign < 0 THEN
    DELETE FROM report_progress_days
    WHERE instansi_id = p_instansi AND month = m AND pegawai_id = p_pegawai AND entries[31] = 0;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION report_progress_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM report_progress_change(OLD.instansi_id, OLD.pegawai_id, OLD.date, OLD.late,
      OLD.rhk_id IS NULL, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM report_progress_change(NEW.instansi_id, NEW.pegawai_id, NEW.date, NEW.late,
      NEW.rhk_id IS NULL, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_progress_ins_del AFTER INSERT OR DELETE ON daily_progress
  FOR EACH ROW EXECUTE FUNCTION report_progress_trigger();
--> statement-breakpoint
-- Updates of other columns (flags on every write of a day, verification, text) cost nothing.
CREATE TRIGGER report_progress_upd AFTER UPDATE OF instansi_id, pegawai_id, date, late, rhk_id
  ON daily_progress FOR EACH ROW
  WHEN (OLD.instansi_id IS DISTINCT FROM NEW.instansi_id
    OR OLD.pegawai_id IS DISTINCT FROM NEW.pegawai_id
    OR OLD.date IS DISTINCT FROM NEW.date
    OR OLD.late IS DISTINCT FROM NEW.late
    OR (OLD.rhk_id IS NULL) IS DISTINCT FROM (NEW.rhk_id IS NULL))
  EXECUTE FUNCTION report_progress_trigger();
--> statement-breakpoint
-- Set-based recomputation of one instansi (or all when NULL). EXCLUSIVE locks on the aggregate
-- tables: writers of daily_progress wait in their trigger until the rebuild commits and then
-- apply their change on top; writers that got there first are waited for and then counted.
-- Rows are written in month order (see fillfactor above).
CREATE FUNCTION report_rebuild_progress(p_instansi uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE report_progress_months, report_progress_days IN EXCLUSIVE MODE;
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
END $$;
--> statement-breakpoint
SELECT report_rebuild_progress(NULL);
