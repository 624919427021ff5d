CREATE TABLE "monitoring_months" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"month" date NOT NULL,
	"reviewed" integer NOT NULL,
	"flagged" integer NOT NULL,
	"duplicates" integer NOT NULL,
	CONSTRAINT "monitoring_months_pkey" PRIMARY KEY("instansi_id","pegawai_id","month")
);

--> statement-breakpoint
-- 30-monitoring.sql
-- monitoring_months (decision 0026, table in server/modules/activities/monitoring.tables.ts):
-- per person and month the entries already verified, those with stored flags, and those without
-- stored flags whose text is on at least two entries of the instansi. Kept exact in the
-- writer's transaction by three statement triggers on the partitioned parent (one function,
-- as progress_text_counts of decision 0021): they fire for every partition, see a row moved to
-- another partition as one old and one new row. Their names sort after progress_text_counts_*
-- (statement triggers of one event fire in name order, after the row triggers), so
-- progress_text_counts already holds the statement's counts when they run.
-- Per statement: the rows' own contributions (old rows -1 with the text's count before the
-- statement, new rows +1 with the count after it), plus, for a text whose count crossed 2, the
-- entries of that text the statement did not touch (at most one on the way up or down, found
-- through daily_progress_text_hash_idx). The net change per person-month is upserted in key
-- order; a row whose counts all reach 0 is deleted while still locked by the upsert.
-- The rows of a statement, whatever the event, as one array of monitoring_delta (sign, key, text,
-- without stored flags, verified): the function counts them in one statement for every event.
CREATE TYPE monitoring_delta AS (
  s integer, id uuid, d date, i uuid, p uuid, h text, free boolean, rev boolean
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION monitoring_months_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas monitoring_delta[];
  zero_i uuid[];
  zero_p uuid[];
  zero_m date[];
  x_i uuid[];
  x_h text[];
  x_up boolean[];
  new_ids uuid[];
BEGIN
  -- The statement's rows as deltas (each branch names only the transition tables its trigger
  -- has; old rows -1, new rows +1).
  IF TG_OP = 'INSERT' THEN
    -- The usual entry (waiting for verification, no stored flags, a text used once) changes
    -- nothing: a cheap check first.
    IF NOT EXISTS (
      SELECT 1 FROM new_rows n
      WHERE n.verification_status <> 'pending' OR cardinality(n.flags) > 0
        OR EXISTS (SELECT 1 FROM progress_text_counts c
                   WHERE c.instansi_id = n.instansi_id AND c.text_hash = n.text_hash AND c.n >= 2)
    ) THEN
      RETURN NULL;
    END IF;
    SELECT array_agg(ROW(1, n.id, n.date, n.instansi_id, n.pegawai_id, n.text_hash,
        cardinality(n.flags) = 0, n.verification_status <> 'pending')::monitoring_delta)
    INTO deltas FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(ROW(-1, o.id, o.date, o.instansi_id, o.pegawai_id, o.text_hash,
        cardinality(o.flags) = 0, o.verification_status <> 'pending')::monitoring_delta)
    INTO deltas FROM old_rows o;
  ELSE
    -- Only rows whose counted attributes changed (the others would add -1 and +1 to the same
    -- key): an update of other columns (the usual one) gives none and returns at once.
    SELECT array_agg(v.x) INTO deltas
    FROM old_rows o
    FULL JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (
      SELECT ROW(-1, o.id, o.date, o.instansi_id, o.pegawai_id, o.text_hash,
          cardinality(o.flags) = 0, o.verification_status <> 'pending')::monitoring_delta
      WHERE o.id IS NOT NULL
      UNION ALL
      SELECT ROW(1, n.id, n.date, n.instansi_id, n.pegawai_id, n.text_hash,
          cardinality(n.flags) = 0, n.verification_status <> 'pending')::monitoring_delta
      WHERE n.id IS NOT NULL
    ) v(x)
    WHERE o.id IS NULL OR n.id IS NULL
      OR n.instansi_id <> o.instansi_id OR n.pegawai_id <> o.pegawai_id
      OR date_trunc('month', n.date) <> date_trunc('month', o.date)
      OR n.text_hash <> o.text_hash
      OR (cardinality(n.flags) = 0) <> (cardinality(o.flags) = 0)
      OR (n.verification_status <> 'pending') <> (o.verification_status <> 'pending');
  END IF;
  IF deltas IS NULL THEN
    RETURN NULL;
  END IF;
  -- Each text's count after the statement (progress_text_counts, already updated) and before
  -- it, the net change per person-month upserted in key order; answers the rows that reached 0
  -- and the texts whose count crossed 2.
  WITH r AS (SELECT * FROM unnest(deltas)),
  t AS (
    SELECT r.i, r.h, sum(r.s)::integer AS delta FROM r
    GROUP BY 1, 2 HAVING bool_or(r.free) OR sum(r.s) <> 0
  ),
  tn AS (
    SELECT t.i, t.h, coalesce(c.n, 0) - t.delta AS before, coalesce(c.n, 0) AS after
    FROM t LEFT JOIN progress_text_counts c ON c.instansi_id = t.i AND c.text_hash = t.h
  ),
  k AS (
    SELECT r.i, r.p, date_trunc('month', r.d)::date AS m,
      sum(CASE WHEN r.rev THEN r.s ELSE 0 END)::integer AS rv,
      sum(CASE WHEN r.free THEN 0 ELSE r.s END)::integer AS fl,
      sum(CASE WHEN r.free AND CASE WHEN r.s < 0 THEN tn.before ELSE tn.after END >= 2
        THEN r.s ELSE 0 END)::integer AS dp
    FROM r LEFT JOIN tn ON tn.i = r.i AND tn.h = r.h
    GROUP BY 1, 2, 3
    HAVING sum(CASE WHEN r.rev THEN r.s ELSE 0 END) <> 0
      OR sum(CASE WHEN r.free THEN 0 ELSE r.s END) <> 0
      OR sum(CASE WHEN r.free AND CASE WHEN r.s < 0 THEN tn.before ELSE tn.after END >= 2
        THEN r.s ELSE 0 END) <> 0
  ),
  up AS (
    INSERT INTO monitoring_months AS mm
      (instansi_id, pegawai_id, month, reviewed, flagged, duplicates)
    SELECT i, p, m, rv, fl, dp FROM k ORDER BY 1, 2, 3
    ON CONFLICT (instansi_id, pegawai_id, month) DO UPDATE SET
      reviewed = mm.reviewed + EXCLUDED.reviewed,
      flagged = mm.flagged + EXCLUDED.flagged,
      duplicates = mm.duplicates + EXCLUDED.duplicates
    RETURNING mm.instansi_id, mm.pegawai_id, mm.month, mm.reviewed, mm.flagged, mm.duplicates
  )
  SELECT z.i, z.p, z.m, x.i, x.h, x.up, x.new_ids
  INTO zero_i, zero_p, zero_m, x_i, x_h, x_up, new_ids
  FROM (
    SELECT array_agg(instansi_id) AS i, array_agg(pegawai_id) AS p, array_agg(month) AS m
    FROM up WHERE reviewed = 0 AND flagged = 0 AND duplicates = 0
  ) z, (
    SELECT array_agg(tn.i) AS i, array_agg(tn.h) AS h, array_agg(tn.after >= 2) AS up,
      CASE WHEN count(*) > 0 THEN (SELECT array_agg(r.id) FROM r WHERE r.s > 0) END AS new_ids
    FROM tn WHERE (tn.before >= 2) <> (tn.after >= 2)
  ) x;
  -- A text whose count crossed 2: its entries the statement did not touch change too (at most
  -- one untouched entry on the way up or down, found through daily_progress_text_hash_idx).
  IF x_i IS NOT NULL THEN
    WITH x AS (
      SELECT d.instansi_id AS i, d.pegawai_id AS p, date_trunc('month', d.date)::date AS m,
        sum(CASE WHEN t.up THEN 1 ELSE -1 END)::integer AS dp
      FROM unnest(x_i, x_h, x_up) AS t(i, h, up)
      JOIN daily_progress d ON d.instansi_id = t.i AND d.text_hash = t.h
      WHERE cardinality(d.flags) = 0 AND d.id <> ALL (coalesce(new_ids, '{}'::uuid[]))
      GROUP BY 1, 2, 3
      HAVING sum(CASE WHEN t.up THEN 1 ELSE -1 END) <> 0
    ),
    up AS (
      INSERT INTO monitoring_months AS mm
        (instansi_id, pegawai_id, month, reviewed, flagged, duplicates)
      SELECT i, p, m, 0, 0, dp FROM x ORDER BY 1, 2, 3
      ON CONFLICT (instansi_id, pegawai_id, month) DO UPDATE SET
        duplicates = mm.duplicates + EXCLUDED.duplicates
      RETURNING mm.instansi_id, mm.pegawai_id, mm.month, mm.reviewed, mm.flagged, mm.duplicates
    )
    SELECT coalesce(zero_i, '{}') || array_agg(instansi_id),
      coalesce(zero_p, '{}') || array_agg(pegawai_id), coalesce(zero_m, '{}') || array_agg(month)
    INTO zero_i, zero_p, zero_m
    FROM up WHERE reviewed = 0 AND flagged = 0 AND duplicates = 0;
  END IF;
  -- Still locked by the upserts above: nobody can have counted them up again in between.
  IF cardinality(zero_i) > 0 THEN
    DELETE FROM monitoring_months mm USING unnest(zero_i, zero_p, zero_m) AS z(i, p, m)
    WHERE mm.instansi_id = z.i AND mm.pegawai_id = z.p AND mm.month = z.m
      AND mm.reviewed = 0 AND mm.flagged = 0 AND mm.duplicates = 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS progress_text_monitoring_ins ON daily_progress;
--> statement-breakpoint
CREATE TRIGGER progress_text_monitoring_ins AFTER INSERT ON daily_progress
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION monitoring_months_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS progress_text_monitoring_del ON daily_progress;
--> statement-breakpoint
CREATE TRIGGER progress_text_monitoring_del AFTER DELETE ON daily_progress
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION monitoring_months_trigger();
--> statement-breakpoint
DROP TRIGGER IF EXISTS progress_text_monitoring_upd ON daily_progress;
--> statement-breakpoint
CREATE TRIGGER progress_text_monitoring_upd AFTER UPDATE ON daily_progress
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION monitoring_months_trigger();
--> statement-breakpoint
-- What the table must equal, recounted from daily_progress (and progress_text_counts, exact by
-- its own triggers): the tests compare with it, the rebuild below inserts it.
CREATE OR REPLACE FUNCTION monitoring_months_recount(p_instansi uuid)
RETURNS TABLE (instansi_id uuid, pegawai_id uuid, month date, reviewed integer,
  flagged integer, duplicates integer)
LANGUAGE sql STABLE AS $$
  SELECT d.instansi_id, d.pegawai_id, date_trunc('month', d.date)::date,
    (count(*) FILTER (WHERE d.verification_status <> 'pending'))::integer,
    (count(*) FILTER (WHERE cardinality(d.flags) > 0))::integer,
    (count(*) FILTER (WHERE cardinality(d.flags) = 0 AND c.text_hash IS NOT NULL))::integer
  FROM daily_progress d
  LEFT JOIN (SELECT t.instansi_id, t.text_hash FROM progress_text_counts t
             WHERE t.n >= 2 AND (p_instansi IS NULL OR t.instansi_id = p_instansi)) c
    ON c.instansi_id = d.instansi_id AND c.text_hash = d.text_hash
  WHERE p_instansi IS NULL OR d.instansi_id = p_instansi
  GROUP BY 1, 2, 3
  HAVING count(*) FILTER (WHERE d.verification_status <> 'pending') > 0
    OR count(*) FILTER (WHERE cardinality(d.flags) > 0) > 0
    OR count(*) FILTER (WHERE cardinality(d.flags) = 0 AND c.text_hash IS NOT NULL) > 0
$$;
--> statement-breakpoint
-- Set-based rebuild of one instansi (or all when NULL), after progress_text_counts_rebuild when
-- both are rebuilt (bulk loads with triggers off). SHARE lock on daily_progress: writers wait
-- until the rebuild commits (their trigger then applies their change on top of it).
CREATE OR REPLACE FUNCTION monitoring_months_rebuild(p_instansi uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE daily_progress IN SHARE MODE;
  DELETE FROM monitoring_months m WHERE p_instansi IS NULL OR m.instansi_id = p_instansi;
  INSERT INTO monitoring_months (instansi_id, pegawai_id, month, reviewed, flagged, duplicates)
  SELECT * FROM monitoring_months_recount(p_instansi) r ORDER BY 1, 2, 3;
END $$;
--> statement-breakpoint
-- Backfill (the CREATE TRIGGERs above already hold off writers until the migration commits).
SELECT monitoring_months_rebuild(NULL);

--> statement-breakpoint
-- 40-submit.sql
-- Recording a daily-progress entry in one statement (decision 0027). The service reads and
-- validates first (no transaction), then calls activities_record_progress: the function takes
-- the person's lock, re-checks the clientId and that the day it computed the flags from is
-- unchanged, then inserts the entry, its links, its neighbours' new flags and the audit row.
-- One statement is one transaction: all of it or nothing.

-- The person's entries of a day as flagEntries reads them (md5 of their JSON; '' for none).
-- PL/pgSQL with a generic plan: planned once per connection (pruned to the day's partition when
-- run). A SQL function, or PL/pgSQL's default custom plans, would plan it over every partition
-- on each call, which costs far more than the query.
CREATE OR REPLACE FUNCTION activities_day_fingerprint(p_instansi uuid, p_pegawai uuid, p_date date)
RETURNS text LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN (SELECT coalesce(md5(json_agg(json_build_array(d.id, d.start_time, d.end_time,
      d.description, d.rhk_id, d.flags) ORDER BY d.id)::text), '')
    FROM daily_progress d
    WHERE d.instansi_id = p_instansi AND d.pegawai_id = p_pegawai AND d.date = p_date);
END
$$;
--> statement-breakpoint
-- What recording an entry needs (repository submitContext), in one call whose plans are cached
-- per connection (generic plans: pruned when run): an entry already stored under the clientId
-- (a retry, any day), the settings, the rencana aksi with its period, the RHK named or implied
-- with its SKP, the person's entries of the day with their fingerprint, the text's count.
CREATE OR REPLACE FUNCTION activities_submit_context(p_instansi uuid, p_pegawai uuid,
  p_client uuid, p_rhk uuid, p_rencana_aksi uuid, p_date date, p_text_hash text)
RETURNS json LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN json_build_object(
    'prior', (SELECT json_build_object('id', d.id, 'instansiId', d.instansi_id)
      FROM daily_progress d WHERE d.pegawai_id = p_pegawai AND d.client_id = p_client LIMIT 1),
    'settings', (SELECT json_build_object('lateWorkingDays', s.late_working_days,
        'reminderHour', s.reminder_hour, 'deadlineReminderDays', s.deadline_reminder_days,
        'minDescriptionChars', s.min_description_chars, 'maxEntryHours', s.max_entry_hours,
        'staleRhkWeeks', s.stale_rhk_weeks, 'duplicateMinCount', s.duplicate_min_count,
        'ruleVersion', s.rule_version, 'version', s.version)
      FROM activity_settings s WHERE s.instansi_id = p_instansi),
    'ra', (SELECT json_build_object('id', r.id, 'pegawaiId', r.pegawai_id, 'rhkId', r.rhk_id,
        'periodId', r.period_id, 'description', r.description)
      FROM rencana_aksi r WHERE r.instansi_id = p_instansi AND r.id = p_rencana_aksi),
    'period', (SELECT json_build_object('id', pe.id, 'name', pe.name, 'startDate', pe.start_date,
        'endDate', pe.end_date)
      FROM rencana_aksi r JOIN periods pe ON pe.id = r.period_id AND pe.instansi_id = r.instansi_id
      WHERE r.instansi_id = p_instansi AND r.id = p_rencana_aksi),
    'rhk', (SELECT json_build_object('id', h.id, 'seq', h.seq, 'jenis', h.jenis, 'text', h.text,
        'skpId', k.id, 'pegawaiId', k.pegawai_id, 'year', k.year, 'status', k.status)
      FROM rhk h JOIN skp k ON k.id = h.skp_id
      WHERE h.instansi_id = p_instansi AND h.id = coalesce(p_rhk, (SELECT r.rhk_id
        FROM rencana_aksi r WHERE r.instansi_id = p_instansi AND r.id = p_rencana_aksi))),
    'day', coalesce((SELECT json_agg(json_build_object('id', d.id, 'date', d.date,
        'startTime', d.start_time, 'endTime', d.end_time, 'description', d.description,
        'rhkId', d.rhk_id, 'flags', d.flags))
      FROM daily_progress d
      WHERE d.instansi_id = p_instansi AND d.pegawai_id = p_pegawai AND d.date = p_date), '[]'),
    'dayKey', activities_day_fingerprint(p_instansi, p_pegawai, p_date),
    'sameText', coalesce((SELECT c.n FROM progress_text_counts c
      WHERE c.instansi_id = p_instansi AND c.text_hash = p_text_hash), 0));
END
$$;
--> statement-breakpoint
-- An entry as the application names its fields (timestamps: UTC ISO with milliseconds).
CREATE OR REPLACE FUNCTION activities_progress_json(d daily_progress)
RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'id', d.id, 'instansiId', d.instansi_id, 'pegawaiId', d.pegawai_id, 'clientId', d.client_id,
    'date', d.date, 'startTime', d.start_time, 'endTime', d.end_time,
    'description', d.description, 'textHash', d.text_hash, 'skpId', d.skp_id, 'rhkId', d.rhk_id,
    'rencanaAksiId', d.rencana_aksi_id, 'realisasi', d.realisasi, 'satuan', d.satuan,
    'flags', to_jsonb(d.flags),
    'recordedAt', to_char(d.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'deviceRecordedAt', to_char(d.device_recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'deadlineAt', to_char(d.deadline_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'late', d.late, 'syncedLate', d.synced_late, 'ruleVersion', d.rule_version,
    'verificationStatus', d.verification_status,
    'verifiedAt', to_char(d.verified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'createdByUserId', d.created_by_user_id, 'version', d.version,
    'createdAt', to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'updatedAt', to_char(d.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
$$;
--> statement-breakpoint
-- p_row: the entry's columns (snake_case JSON); p_day: the fingerprint of the day the flags were
-- computed from; p_links: link evidence in order; p_neighbours: [{id, date, flags}] whose flags
-- change; p_audit: instansi_id, actor_user_id, actor_label, ip. Answers {prior} (a retry),
-- {dayChanged} (read again and recompute) or {row, links}.
CREATE OR REPLACE FUNCTION activities_record_progress(
  p_row jsonb, p_day text, p_links text[], p_neighbours jsonb, p_audit jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  r daily_progress := jsonb_populate_record(null::daily_progress, p_row);
  ins daily_progress;
  prior record;
  links jsonb;
  entry jsonb;
BEGIN
  -- The same lock as the import (lockNewProgress); each statement below sees what committed
  -- before it (read committed), so a concurrent submit of this person is seen once it ends.
  PERFORM pg_advisory_xact_lock(hashtextextended('progress:new:' || r.pegawai_id::text, 0));
  SELECT d.id, d.instansi_id INTO prior FROM daily_progress d
    WHERE d.pegawai_id = r.pegawai_id AND d.client_id = r.client_id LIMIT 1;
  IF FOUND THEN
    RETURN jsonb_build_object('prior', jsonb_build_object('id', prior.id, 'instansiId', prior.instansi_id));
  END IF;
  IF activities_day_fingerprint(r.instansi_id, r.pegawai_id, r.date) IS DISTINCT FROM p_day THEN
    RETURN jsonb_build_object('dayChanged', true);
  END IF;
  INSERT INTO daily_progress (id, instansi_id, pegawai_id, client_id, date, start_time, end_time,
      description, text_hash, skp_id, rhk_id, rencana_aksi_id, realisasi, satuan, flags,
      recorded_at, device_recorded_at, deadline_at, late, synced_late, rule_version,
      created_by_user_id)
    VALUES (r.id, r.instansi_id, r.pegawai_id, r.client_id, r.date, r.start_time, r.end_time,
      r.description, r.text_hash, r.skp_id, r.rhk_id, r.rencana_aksi_id, r.realisasi, r.satuan,
      r.flags, r.recorded_at, r.device_recorded_at, r.deadline_at, r.late, r.synced_late,
      r.rule_version, r.created_by_user_id)
    ON CONFLICT (pegawai_id, client_id, date) DO NOTHING
    RETURNING * INTO ins;
  IF NOT FOUND THEN
    -- Checked under the lock above, so not expected; answer as a retry all the same.
    SELECT d.id, d.instansi_id INTO prior FROM daily_progress d
      WHERE d.pegawai_id = r.pegawai_id AND d.client_id = r.client_id LIMIT 1;
    RETURN jsonb_build_object('prior', jsonb_build_object('id', prior.id, 'instansiId', prior.instansi_id));
  END IF;
  IF jsonb_array_length(p_neighbours) > 0 THEN
    UPDATE daily_progress d SET flags = n.flags
      FROM jsonb_to_recordset(p_neighbours) AS n(id uuid, date date, flags text[])
      WHERE d.id = n.id AND d.date = n.date AND d.date = ins.date;
  END IF;
  -- Rows of one statement share now(): each link a microsecond later lists in the order given.
  links := '[]';
  IF cardinality(p_links) > 0 THEN
    WITH added AS (
      INSERT INTO progress_evidence (instansi_id, progress_id, progress_date, pegawai_id, kind, url,
          created_at)
        SELECT ins.instansi_id, ins.id, ins.date, ins.pegawai_id, 'link', u.url,
            now() + (u.n - 1) * interval '1 microsecond'
          FROM unnest(p_links) WITH ORDINALITY AS u(url, n)
        RETURNING *)
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'progressId', a.progress_id,
        'kind', a.kind, 'fileName', a.file_name, 'mimeType', a.mime_type, 'size', a.size,
        'url', a.url,
        'createdAt', to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ORDER BY a.created_at), '[]') INTO links
      FROM added a;
  END IF;
  entry := activities_progress_json(ins);
  INSERT INTO audit_log (instansi_id, actor_user_id, actor_label, action, entity, entity_id,
      before, after, ip)
    VALUES ((p_audit->>'instansi_id')::uuid, (p_audit->>'actor_user_id')::uuid,
      p_audit->>'actor_label', 'progress.created', 'daily_progress', ins.id::text, NULL,
      entry || jsonb_build_object('links',
        (SELECT coalesce(jsonb_agg(l.v->'url' ORDER BY l.n), '[]')
          FROM jsonb_array_elements(links) WITH ORDINALITY AS l(v, n))),
      p_audit->>'ip');
  RETURN jsonb_build_object('row', entry, 'links', links);
END
$$;
--> statement-breakpoint
-- A page of a person's entries (repository listProgressPagePresented), newest day first, each
-- with what it is presented with: the filter's total, the rencana aksi and RHK texts, the
-- evidence (oldest first), the latest verification and the duplicate flag (the text on at
-- least max(duplicate_min_count, 2) entries of the instansi). Generic plans, cached per
-- connection (the partitions are pruned when run). Optional filters: null. p_duplicate_default:
-- the threshold without a settings row (DEFAULT_ACTIVITY_SETTINGS).
CREATE OR REPLACE FUNCTION activities_progress_page(p_instansi uuid, p_pegawai uuid,
  p_from date, p_to date, p_rhk uuid, p_verification text, p_late_only boolean,
  p_limit int, p_offset int, p_duplicate_default int)
RETURNS json LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  RETURN (
    WITH page AS MATERIALIZED (
      SELECT d AS row, (count(*) OVER ())::int AS total FROM daily_progress d
      WHERE d.instansi_id = p_instansi AND d.pegawai_id = p_pegawai
        AND (p_from IS NULL OR d.date >= p_from) AND (p_to IS NULL OR d.date <= p_to)
        AND (p_rhk IS NULL OR d.rhk_id = p_rhk)
        AND (p_verification IS NULL OR d.verification_status::text = p_verification)
        AND (NOT p_late_only OR d.late)
      ORDER BY d.date DESC, d.start_time, d.id
      LIMIT p_limit OFFSET p_offset),
    m AS (SELECT coalesce((SELECT s.duplicate_min_count FROM activity_settings s
      WHERE s.instansi_id = p_instansi), p_duplicate_default)::int AS n)
    SELECT coalesce(json_agg(json_build_object(
      'p', activities_progress_json(pg.row),
      'total', pg.total,
      'rencanaAksiText', (SELECT r.description FROM rencana_aksi r
        WHERE r.id = (pg.row).rencana_aksi_id),
      'rhkText', (SELECT h.text FROM rhk h
        WHERE h.id = (pg.row).rhk_id AND h.instansi_id = (pg.row).instansi_id),
      'evidence', coalesce((SELECT json_agg(json_build_object('id', e.id,
          'progressId', e.progress_id, 'kind', e.kind, 'fileName', e.file_name,
          'mimeType', e.mime_type, 'size', e.size, 'url', e.url,
          'createdAt', to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          ORDER BY e.created_at, e.id)
        FROM progress_evidence e WHERE e.progress_id = (pg.row).id), '[]'),
      'verification', (SELECT json_build_object('progressId', v.progress_id,
          'verdict', v.verdict, 'note', v.note, 'byName', v.by_name,
          'at', to_char(v.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        FROM progress_verifications v WHERE v.progress_id = (pg.row).id
        ORDER BY v.at DESC, v.id DESC LIMIT 1),
      'duplicate', coalesce((SELECT c.n >= m.n AND c.n >= 2 FROM progress_text_counts c
        WHERE c.instansi_id = (pg.row).instansi_id AND c.text_hash = (pg.row).text_hash), false))
      ORDER BY (pg.row).date DESC, (pg.row).start_time, (pg.row).id), '[]')
    FROM page pg, m);
END
$$;
