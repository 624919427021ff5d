CREATE TYPE "public"."acting_kind" AS ENUM('plt', 'plh');--> statement-breakpoint
CREATE TYPE "public"."exclusion_reason" AS ENUM('pensiun', 'mutasi_keluar', 'cuti_besar', 'cuti_luar_tanggungan', 'hukuman_disiplin', 'tugas_belajar', 'meninggal', 'lainnya');--> statement-breakpoint
CREATE TYPE "public"."jabatan_jenis" AS ENUM('jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana', 'fungsional_ahli_pertama', 'fungsional_ahli_muda', 'fungsional_ahli_madya', 'fungsional_ahli_utama', 'fungsional_pemula', 'fungsional_terampil', 'fungsional_mahir', 'fungsional_penyelia');--> statement-breakpoint
CREATE TYPE "public"."pegawai_status" AS ENUM('PNS', 'PPPK', 'CPNS');--> statement-breakpoint
CREATE TABLE "acting_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" "acting_kind" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acting_dates" CHECK ("acting_assignments"."end_date" IS NULL OR "acting_assignments"."end_date" >= "acting_assignments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "atasan_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"atasan_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "atasan_override_not_self" CHECK ("atasan_overrides"."pegawai_id" <> "atasan_overrides"."atasan_id"),
	CONSTRAINT "atasan_override_dates" CHECK ("atasan_overrides"."end_date" IS NULL OR "atasan_overrides"."end_date" >= "atasan_overrides"."start_date")
);
--> statement-breakpoint
CREATE TABLE "pegawai_exclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"reason" "exclusion_reason" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exclusions_dates" CHECK ("pegawai_exclusions"."end_date" IS NULL OR "pegawai_exclusions"."end_date" >= "pegawai_exclusions"."start_date")
);
--> statement-breakpoint
CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"org_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid,
	"name" text NOT NULL,
	"jenis" "jabatan_jenis" NOT NULL,
	"heads_unit" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jabatan_head_has_unit" CHECK (NOT "jabatan"."heads_unit" OR "jabatan"."unit_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nip" text NOT NULL,
	"name" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"status" "pegawai_status" NOT NULL,
	"golongan" text,
	"unit_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"email" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegawai_nip_18_digits" CHECK ("pegawai"."nip" ~ '^[0-9]{18}$')
);
--> statement-breakpoint
CREATE TABLE "position_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"code" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" IS NULL OR "units"."parent_id" <> "units"."id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"pegawai_id" uuid,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_accounts_tenant" CHECK ("user_accounts"."instansi_id" IS NOT NULL OR 'super_admin' = ANY("user_accounts"."roles"))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instansi_id" uuid,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acting_assignments" ADD CONSTRAINT "acting_assignments_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acting_assignments" ADD CONSTRAINT "acting_assignments_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acting_assignments" ADD CONSTRAINT "acting_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_overrides" ADD CONSTRAINT "atasan_overrides_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_overrides" ADD CONSTRAINT "atasan_overrides_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_overrides" ADD CONSTRAINT "atasan_overrides_atasan_id_pegawai_id_fk" FOREIGN KEY ("atasan_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai_exclusions" ADD CONSTRAINT "pegawai_exclusions_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai_exclusions" ADD CONSTRAINT "pegawai_exclusions_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "public"."jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_history" ADD CONSTRAINT "position_history_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "public"."jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_accounts" ADD CONSTRAINT "user_accounts_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_accounts" ADD CONSTRAINT "user_accounts_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acting_instansi_unit_idx" ON "acting_assignments" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE INDEX "atasan_overrides_instansi_pegawai_idx" ON "atasan_overrides" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "exclusions_instansi_pegawai_idx" ON "pegawai_exclusions" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "jabatan_instansi_unit_idx" ON "jabatan" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pegawai_nip_unique" ON "pegawai" USING btree ("nip");--> statement-breakpoint
CREATE INDEX "pegawai_instansi_unit_idx" ON "pegawai" USING btree ("instansi_id","unit_id");--> statement-breakpoint
CREATE INDEX "pegawai_instansi_name_idx" ON "pegawai" USING btree ("instansi_id","name");--> statement-breakpoint
CREATE INDEX "position_history_instansi_pegawai_idx" ON "position_history" USING btree ("instansi_id","pegawai_id","start_date");--> statement-breakpoint
CREATE INDEX "units_instansi_parent_idx" ON "units" USING btree ("instansi_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_unique" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_accounts_username_unique" ON "user_accounts" USING btree (lower("username"));--> statement-breakpoint
CREATE UNIQUE INDEX "user_accounts_pegawai_unique" ON "user_accounts" USING btree ("pegawai_id");--> statement-breakpoint
CREATE INDEX "user_accounts_instansi_idx" ON "user_accounts" USING btree ("instansi_id");--> statement-breakpoint
CREATE INDEX "audit_instansi_at_idx" ON "audit_log" USING btree ("instansi_id","at");--> statement-breakpoint
CREATE INDEX "audit_instansi_entity_idx" ON "audit_log" USING btree ("instansi_id","entity","entity_id");