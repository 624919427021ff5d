CREATE TYPE "public"."assessment_evidence_kind" AS ENUM('file', 'link', 'progress');--> statement-breakpoint
CREATE TYPE "public"."assessment_status" AS ENUM('draft', 'submitted', 'rated', 'finalised', 'objected', 'decided', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."distribution_enforcement" AS ENUM('warn', 'block');--> statement-breakpoint
CREATE TYPE "public"."objection_decision" AS ENUM('ditolak', 'dikabulkan');--> statement-breakpoint
CREATE TYPE "public"."org_predikat_value" AS ENUM('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang');--> statement-breakpoint
CREATE TYPE "public"."predikat" AS ENUM('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang');--> statement-breakpoint
CREATE TYPE "public"."rating" AS ENUM('di_atas', 'sesuai', 'di_bawah');--> statement-breakpoint
CREATE TYPE "public"."rating_hasil_source" AS ENUM('atasan', 'org_predikat');--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"kind" "assessment_evidence_kind" NOT NULL,
	"file_key" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"url" text,
	"progress_evidence_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_evidence_shape" CHECK ("assessment_evidence"."file_key" IS NOT NULL OR "assessment_evidence"."url" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "assessment_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"pegawai_id" uuid,
	"unit_id" uuid,
	"until" date NOT NULL,
	"reason" text NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_extensions_target" CHECK (("assessment_extensions"."pegawai_id" IS NULL) <> ("assessment_extensions"."unit_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assessment_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"rhk_id" uuid,
	"core_value" "core_value",
	"rating" "rating",
	"body" text,
	"by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_feedback_topic_key" UNIQUE NULLS NOT DISTINCT("assessment_id","rhk_id","core_value"),
	CONSTRAINT "assessment_feedback_topic" CHECK (("assessment_feedback"."rhk_id" IS NOT NULL AND "assessment_feedback"."core_value" IS NULL) OR ("assessment_feedback"."rhk_id" IS NULL AND "assessment_feedback"."core_value" IS NOT NULL AND "assessment_feedback"."rating" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assessment_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"filed_by_user_id" uuid NOT NULL,
	"decision" "objection_decision",
	"decision_note" text,
	"decided_by_user_id" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"previous_rating_hasil" "rating",
	"previous_rating_perilaku" "rating",
	"previous_predikat" "predikat",
	CONSTRAINT "assessment_objections_decided" CHECK (("assessment_objections"."decision" IS NULL) = ("assessment_objections"."decided_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "assessment_realisasi" (
	"instansi_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"indikator_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"value" numeric(18, 4),
	"text" text,
	"suggested_value" numeric(18, 4),
	"edit_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_realisasi_key" UNIQUE("assessment_id","indikator_id"),
	CONSTRAINT "assessment_realisasi_value" CHECK ("assessment_realisasi"."value" IS NULL OR "assessment_realisasi"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "assessment_settings" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"distribution_enforcement" "distribution_enforcement" DEFAULT 'warn' NOT NULL,
	"objection_days" smallint DEFAULT 14 NOT NULL,
	"pattern_version" smallint DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"annual" boolean DEFAULT false NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"status" "assessment_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"pegawai_name" text NOT NULL,
	"pegawai_nip" text NOT NULL,
	"pegawai_golongan" text,
	"jabatan_name" text NOT NULL,
	"jabatan_jenis" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"heads_unit_id" uuid,
	"assessor_pegawai_id" uuid,
	"assessor_name" text,
	"assessor_nip" text,
	"assessor_golongan" text,
	"assessor_jabatan_name" text,
	"assessor_unit_name" text,
	"reviewer_pegawai_id" uuid,
	"reviewer_name" text,
	"submitted_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"rating_hasil" "rating",
	"rating_perilaku" "rating",
	"predikat" "predikat",
	"rating_hasil_source" "rating_hasil_source",
	"rated_at" timestamp with time zone,
	"rated_by_user_id" uuid,
	"justification" text,
	"finalised_at" timestamp with time zone,
	"finalised_by_user_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_predikat_with_ratings" CHECK (("assessments"."predikat" IS NULL) = ("assessments"."rating_hasil" IS NULL OR "assessments"."rating_perilaku" IS NULL)),
	CONSTRAINT "assessments_rated_has_predikat" CHECK ("assessments"."status" NOT IN ('rated', 'finalised', 'objected', 'decided') OR "assessments"."predikat" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "org_predikat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"value" "org_predikat_value" NOT NULL,
	"note" text,
	"set_by_user_id" uuid NOT NULL,
	"set_by_name" text NOT NULL,
	"finalised_at" timestamp with time zone,
	"finalised_by_user_id" uuid,
	"justification" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_progress_evidence_id_progress_evidence_id_fk" FOREIGN KEY ("progress_evidence_id") REFERENCES "public"."progress_evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_extensions" ADD CONSTRAINT "assessment_extensions_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_extensions" ADD CONSTRAINT "assessment_extensions_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_extensions" ADD CONSTRAINT "assessment_extensions_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_extensions" ADD CONSTRAINT "assessment_extensions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_feedback" ADD CONSTRAINT "assessment_feedback_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_feedback" ADD CONSTRAINT "assessment_feedback_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_feedback" ADD CONSTRAINT "assessment_feedback_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_objections" ADD CONSTRAINT "assessment_objections_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_objections" ADD CONSTRAINT "assessment_objections_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_realisasi" ADD CONSTRAINT "assessment_realisasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_realisasi" ADD CONSTRAINT "assessment_realisasi_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_realisasi" ADD CONSTRAINT "assessment_realisasi_indikator_id_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "public"."indikator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_realisasi" ADD CONSTRAINT "assessment_realisasi_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_settings" ADD CONSTRAINT "assessment_settings_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_heads_unit_id_units_id_fk" FOREIGN KEY ("heads_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_pegawai_id_pegawai_id_fk" FOREIGN KEY ("assessor_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewer_pegawai_id_pegawai_id_fk" FOREIGN KEY ("reviewer_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predikat" ADD CONSTRAINT "org_predikat_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predikat" ADD CONSTRAINT "org_predikat_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_predikat" ADD CONSTRAINT "org_predikat_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_evidence_assessment_idx" ON "assessment_evidence" USING btree ("assessment_id","rhk_id");--> statement-breakpoint
CREATE INDEX "assessment_evidence_file_key_idx" ON "assessment_evidence" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "assessment_extensions_period_idx" ON "assessment_extensions" USING btree ("instansi_id","period_id");--> statement-breakpoint
CREATE INDEX "assessment_objections_assessment_idx" ON "assessment_objections" USING btree ("assessment_id","filed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_period_pegawai_unique" ON "assessments" USING btree ("period_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "assessments_instansi_period_status_idx" ON "assessments" USING btree ("instansi_id","period_id","status");--> statement-breakpoint
CREATE INDEX "assessments_assessor_idx" ON "assessments" USING btree ("instansi_id","assessor_pegawai_id","period_id");--> statement-breakpoint
CREATE INDEX "assessments_reviewer_idx" ON "assessments" USING btree ("instansi_id","reviewer_pegawai_id","period_id");--> statement-breakpoint
CREATE INDEX "assessments_pegawai_year_idx" ON "assessments" USING btree ("instansi_id","pegawai_id","year");--> statement-breakpoint
CREATE INDEX "assessments_unit_period_idx" ON "assessments" USING btree ("instansi_id","period_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_predikat_unit_period_unique" ON "org_predikat" USING btree ("unit_id","period_id");--> statement-breakpoint
CREATE INDEX "org_predikat_instansi_period_idx" ON "org_predikat" USING btree ("instansi_id","period_id");