-- instansi.org_version moves on every change to the organisation structure, whichever code
-- path made it (services, bulk imports, seeds, manual SQL). App processes cache the derived
-- atasan structure per instansi and compare this number before reusing it (decision 0004).
CREATE FUNCTION bump_org_version_from_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE instansi SET org_version = org_version + 1 WHERE id IN (SELECT DISTINCT instansi_id FROM new_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_org_version_from_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE instansi SET org_version = org_version + 1 WHERE id IN (SELECT DISTINCT instansi_id FROM old_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['units', 'jabatan', 'pegawai', 'acting_assignments', 'atasan_overrides'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version_from_new()', t || '_org_version_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version_from_new()', t || '_org_version_upd', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version_from_old()', t || '_org_version_del', t);
  END LOOP;
END $$;
