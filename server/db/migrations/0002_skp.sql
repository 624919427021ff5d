CREATE TYPE "public"."iki_aspek" AS ENUM('kuantitas', 'kualitas', 'waktu', 'biaya');--> statement-breakpoint
CREATE TYPE "public"."core_value" AS ENUM('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif');--> statement-breakpoint
CREATE TYPE "public"."skp_lampiran_kind" AS ENUM('dukungan_sumber_daya', 'skema_pertanggungjawaban', 'konsekuensi');--> statement-breakpoint
CREATE TYPE "public"."skp_pendekatan" AS ENUM('kuantitatif', 'kualitatif');--> statement-breakpoint
CREATE TYPE "public"."rhk_perspektif" AS ENUM('penerima_layanan', 'proses_bisnis', 'penguatan_internal', 'anggaran');--> statement-breakpoint
CREATE TYPE "public"."rhk_jenis" AS ENUM('utama', 'tambahan');--> statement-breakpoint
CREATE TYPE "public"."skp_status" AS ENUM('draft', 'diajukan', 'dikembalikan', 'disetujui', 'ditutup');--> statement-breakpoint
CREATE TYPE "public"."skp_variant" AS ENUM('jpt', 'ja_jf');--> statement-breakpoint
CREATE TABLE "indikator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"aspek" "iki_aspek",
	"text" text NOT NULL,
	"target_value" numeric(18, 4),
	"target_unit" text,
	"target_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indikator_has_target" CHECK ("indikator"."target_value" IS NOT NULL OR "indikator"."target_text" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "perjanjian_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pk_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pk_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"sasaran_strategis" text NOT NULL,
	"indikator" text NOT NULL,
	"target_value" numeric(18, 4),
	"target_unit" text,
	"target_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" "rhk_jenis" NOT NULL,
	"seq" smallint NOT NULL,
	"text" text NOT NULL,
	"perspektif" "rhk_perspektif",
	"pk_target_id" uuid,
	"penugasan_dari_pegawai_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rhk_interventions" (
	"instansi_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"parent_rhk_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rhk_interventions_rhk_id_parent_rhk_id_pk" PRIMARY KEY("rhk_id","parent_rhk_id"),
	CONSTRAINT "rhk_intervention_not_self" CHECK ("rhk_interventions"."rhk_id" <> "rhk_interventions"."parent_rhk_id")
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"pendekatan" "skp_pendekatan" NOT NULL,
	"variant" "skp_variant" NOT NULL,
	"status" "skp_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"return_reason" text,
	"closed_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"pegawai_name" text NOT NULL,
	"pegawai_nip" text NOT NULL,
	"pegawai_golongan" text,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"jabatan_name" text NOT NULL,
	"jabatan_jenis" text NOT NULL,
	"atasan_pegawai_id" uuid,
	"atasan_name" text,
	"atasan_nip" text,
	"atasan_golongan" text,
	"atasan_jabatan_name" text,
	"atasan_jabatan_jenis" text,
	"atasan_unit_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_dates" CHECK ("skp"."start_date" <= "skp"."end_date"),
	CONSTRAINT "skp_return_reason" CHECK ("skp"."status" <> 'dikembalikan' OR "skp"."return_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "skp_dialog_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_is_atasan" boolean DEFAULT false NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_lampiran" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"kind" "skp_lampiran_kind" NOT NULL,
	"seq" smallint NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_perilaku" (
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"core_value" "core_value" NOT NULL,
	"ekspektasi_khusus" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skp_perilaku_skp_id_core_value_pk" PRIMARY KEY("skp_id","core_value")
);
--> statement-breakpoint
CREATE TABLE "skp_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"approved_by_user_id" uuid,
	"approved_by_name" text NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indikator" ADD CONSTRAINT "indikator_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perjanjian_kinerja" ADD CONSTRAINT "perjanjian_kinerja_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_targets" ADD CONSTRAINT "pk_targets_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pk_targets" ADD CONSTRAINT "pk_targets_pk_id_perjanjian_kinerja_id_fk" FOREIGN KEY ("pk_id") REFERENCES "public"."perjanjian_kinerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_pk_target_id_pk_targets_id_fk" FOREIGN KEY ("pk_target_id") REFERENCES "public"."pk_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_penugasan_dari_pegawai_id_pegawai_id_fk" FOREIGN KEY ("penugasan_dari_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk_interventions" ADD CONSTRAINT "rhk_interventions_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk_interventions" ADD CONSTRAINT "rhk_interventions_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk_interventions" ADD CONSTRAINT "rhk_interventions_parent_rhk_id_rhk_id_fk" FOREIGN KEY ("parent_rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "public"."jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_atasan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("atasan_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_dialog_notes" ADD CONSTRAINT "skp_dialog_notes_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_dialog_notes" ADD CONSTRAINT "skp_dialog_notes_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_lampiran" ADD CONSTRAINT "skp_lampiran_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_lampiran" ADD CONSTRAINT "skp_lampiran_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_revisions" ADD CONSTRAINT "skp_revisions_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_revisions" ADD CONSTRAINT "skp_revisions_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indikator_instansi_rhk_idx" ON "indikator" USING btree ("instansi_id","rhk_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "pk_instansi_unit_year_unique" ON "perjanjian_kinerja" USING btree ("instansi_id","unit_id","year");--> statement-breakpoint
CREATE INDEX "pk_targets_instansi_pk_idx" ON "pk_targets" USING btree ("instansi_id","pk_id","seq");--> statement-breakpoint
CREATE INDEX "rhk_instansi_skp_idx" ON "rhk" USING btree ("instansi_id","skp_id","seq");--> statement-breakpoint
CREATE INDEX "rhk_interventions_parent_idx" ON "rhk_interventions" USING btree ("instansi_id","parent_rhk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_one_open_per_year" ON "skp" USING btree ("pegawai_id","year") WHERE "skp"."status" <> 'ditutup';--> statement-breakpoint
CREATE INDEX "skp_instansi_year_status_idx" ON "skp" USING btree ("instansi_id","year","status");--> statement-breakpoint
CREATE INDEX "skp_instansi_atasan_idx" ON "skp" USING btree ("instansi_id","atasan_pegawai_id","year");--> statement-breakpoint
CREATE INDEX "skp_dialog_instansi_skp_idx" ON "skp_dialog_notes" USING btree ("instansi_id","skp_id","created_at");--> statement-breakpoint
CREATE INDEX "skp_lampiran_instansi_skp_idx" ON "skp_lampiran" USING btree ("instansi_id","skp_id","kind","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_revisions_skp_revision_unique" ON "skp_revisions" USING btree ("skp_id","revision");--> statement-breakpoint
CREATE INDEX "skp_revisions_instansi_idx" ON "skp_revisions" USING btree ("instansi_id","skp_id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_instansi_idx" ON "notifications" USING btree ("instansi_id","created_at");