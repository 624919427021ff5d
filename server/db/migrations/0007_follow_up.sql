CREATE TYPE "public"."ak_source" AS ENUM('penilaian', 'manual');--> statement-breakpoint
CREATE TYPE "public"."jf_jenjang" AS ENUM('pemula', 'terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama');--> statement-breakpoint
CREATE TYPE "public"."coaching_status" AS ENUM('direncanakan', 'selesai');--> statement-breakpoint
CREATE TYPE "public"."talent_level" AS ENUM('rendah', 'sedang', 'tinggi');--> statement-breakpoint
CREATE TYPE "public"."helpdesk_ticket_category" AS ENUM('akun', 'skp', 'progres_harian', 'penilaian', 'data_pegawai', 'aplikasi', 'lainnya');--> statement-breakpoint
CREATE TYPE "public"."helpdesk_ticket_status" AS ENUM('baru', 'diproses', 'menunggu_pengguna', 'selesai');--> statement-breakpoint
CREATE TABLE "ak_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"source" "ak_source" NOT NULL,
	"assessment_id" uuid,
	"jenjang" "jf_jenjang" NOT NULL,
	"predikat" "predikat",
	"months" smallint,
	"share_percent" numeric(8, 2),
	"koefisien" numeric(8, 2),
	"ak" numeric(10, 2) NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ak_entries_source_shape" CHECK (("ak_entries"."source" = 'manual' AND "ak_entries"."assessment_id" IS NULL) OR ("ak_entries"."source" = 'penilaian' AND "ak_entries"."assessment_id" IS NOT NULL AND "ak_entries"."predikat" IS NOT NULL AND "ak_entries"."months" BETWEEN 1 AND 12 AND "ak_entries"."share_percent" IS NOT NULL AND "ak_entries"."koefisien" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "ak_settings" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"share_percent" jsonb NOT NULL,
	"koefisien" jsonb NOT NULL,
	"ak_for_next_jenjang" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"plan" text NOT NULL,
	"follow_up_date" date NOT NULL,
	"status" "coaching_status" DEFAULT 'direncanakan' NOT NULL,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_plans_closed" CHECK ("coaching_plans"."status" <> 'selesai' OR ("coaching_plans"."outcome" IS NOT NULL AND "coaching_plans"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "talent_potensi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"potensi" "talent_level" NOT NULL,
	"note" text,
	"set_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_potensi_pegawai_year" UNIQUE("pegawai_id","year")
);
--> statement-breakpoint
CREATE TABLE "tpp_settings" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"is_example" boolean DEFAULT true NOT NULL,
	"performance_share_percent" numeric(7, 2) NOT NULL,
	"percent_by_predikat" jsonb NOT NULL,
	"basis_by_jenis" jsonb NOT NULL,
	"note" text,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tpp_settings_share" CHECK ("tpp_settings"."performance_share_percent" >= 0 AND "tpp_settings"."performance_share_percent" <= 1000)
);
--> statement-breakpoint
CREATE TABLE "guide_progress" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"instansi_id" uuid,
	"tour_done" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_faq" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"category" "helpdesk_ticket_category" NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"updated_by_user_id" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_settings" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"first_response_hours" smallint DEFAULT 8 NOT NULL,
	"resolution_hours" smallint DEFAULT 72 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_ticket_counters" (
	"instansi_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "helpdesk_ticket_counters_instansi_id_year_pk" PRIMARY KEY("instansi_id","year")
);
--> statement-breakpoint
CREATE TABLE "helpdesk_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"number" text NOT NULL,
	"year" smallint NOT NULL,
	"seq" integer NOT NULL,
	"status" "helpdesk_ticket_status" DEFAULT 'baru' NOT NULL,
	"category" "helpdesk_ticket_category" NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"reporter_user_id" uuid NOT NULL,
	"reporter_pegawai_id" uuid,
	"reporter_name" text NOT NULL,
	"context" jsonb NOT NULL,
	"assignee_user_id" uuid,
	"assignee_name" text,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"satisfaction" smallint,
	"satisfaction_comment" text,
	"rated_at" timestamp with time zone,
	"reporter_activity_at" timestamp with time zone NOT NULL,
	"staff_activity_at" timestamp with time zone,
	"reporter_seen_at" timestamp with time zone,
	"staff_seen_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helpdesk_tickets_satisfaction" CHECK ("helpdesk_tickets"."satisfaction" IS NULL OR "helpdesk_tickets"."satisfaction" BETWEEN 1 AND 5),
	CONSTRAINT "helpdesk_tickets_resolved" CHECK (("helpdesk_tickets"."status" = 'selesai') = ("helpdesk_tickets"."resolved_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "ak_entries" ADD CONSTRAINT "ak_entries_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ak_entries" ADD CONSTRAINT "ak_entries_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ak_entries" ADD CONSTRAINT "ak_entries_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ak_settings" ADD CONSTRAINT "ak_settings_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plans" ADD CONSTRAINT "coaching_plans_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plans" ADD CONSTRAINT "coaching_plans_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_potensi" ADD CONSTRAINT "talent_potensi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_potensi" ADD CONSTRAINT "talent_potensi_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tpp_settings" ADD CONSTRAINT "tpp_settings_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_progress" ADD CONSTRAINT "guide_progress_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guide_progress" ADD CONSTRAINT "guide_progress_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_attachments" ADD CONSTRAINT "helpdesk_attachments_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_attachments" ADD CONSTRAINT "helpdesk_attachments_ticket_id_helpdesk_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."helpdesk_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_faq" ADD CONSTRAINT "helpdesk_faq_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_messages" ADD CONSTRAINT "helpdesk_messages_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_messages" ADD CONSTRAINT "helpdesk_messages_ticket_id_helpdesk_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."helpdesk_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_settings" ADD CONSTRAINT "helpdesk_settings_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_ticket_counters" ADD CONSTRAINT "helpdesk_ticket_counters_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_tickets" ADD CONSTRAINT "helpdesk_tickets_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_tickets" ADD CONSTRAINT "helpdesk_tickets_reporter_user_id_user_accounts_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_tickets" ADD CONSTRAINT "helpdesk_tickets_reporter_pegawai_id_pegawai_id_fk" FOREIGN KEY ("reporter_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_tickets" ADD CONSTRAINT "helpdesk_tickets_assignee_user_id_user_accounts_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ak_entries_assessment_unique" ON "ak_entries" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "ak_entries_pegawai_idx" ON "ak_entries" USING btree ("instansi_id","pegawai_id","year");--> statement-breakpoint
CREATE INDEX "ak_entries_year_idx" ON "ak_entries" USING btree ("instansi_id","year");--> statement-breakpoint
CREATE INDEX "coaching_plans_pegawai_idx" ON "coaching_plans" USING btree ("instansi_id","pegawai_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_plans_one_open" ON "coaching_plans" USING btree ("pegawai_id") WHERE "coaching_plans"."status" = 'direncanakan';--> statement-breakpoint
CREATE INDEX "talent_potensi_instansi_year_idx" ON "talent_potensi" USING btree ("instansi_id","year");--> statement-breakpoint
CREATE INDEX "helpdesk_attachments_ticket_idx" ON "helpdesk_attachments" USING btree ("ticket_id","seq");--> statement-breakpoint
CREATE INDEX "helpdesk_attachments_file_key_idx" ON "helpdesk_attachments" USING btree ("file_key");--> statement-breakpoint
CREATE INDEX "helpdesk_faq_instansi_idx" ON "helpdesk_faq" USING btree ("instansi_id","published","sort_order");--> statement-breakpoint
CREATE INDEX "helpdesk_messages_ticket_idx" ON "helpdesk_messages" USING btree ("ticket_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "helpdesk_tickets_number_key" ON "helpdesk_tickets" USING btree ("instansi_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "helpdesk_tickets_seq_key" ON "helpdesk_tickets" USING btree ("instansi_id","year","seq");--> statement-breakpoint
CREATE INDEX "helpdesk_tickets_queue_idx" ON "helpdesk_tickets" USING btree ("instansi_id","status","created_at");--> statement-breakpoint
CREATE INDEX "helpdesk_tickets_reporter_idx" ON "helpdesk_tickets" USING btree ("instansi_id","reporter_user_id","updated_at");--> statement-breakpoint
CREATE INDEX "helpdesk_tickets_assignee_idx" ON "helpdesk_tickets" USING btree ("instansi_id","assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "helpdesk_tickets_created_idx" ON "helpdesk_tickets" USING btree ("instansi_id","created_at");--> statement-breakpoint
CREATE INDEX "skp_instansi_pegawai_year_idx" ON "skp" USING btree ("instansi_id","pegawai_id","year");