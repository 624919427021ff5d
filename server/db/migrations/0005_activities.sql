CREATE TYPE "public"."evidence_kind" AS ENUM('file', 'link');--> statement-breakpoint
CREATE TYPE "public"."feedback_topic_kind" AS ENUM('rhk', 'perilaku');--> statement-breakpoint
CREATE TYPE "public"."progress_verdict" AS ENUM('sesuai', 'perlu_perbaikan');--> statement-breakpoint
CREATE TYPE "public"."progress_verification_status" AS ENUM('pending', 'sesuai', 'perlu_perbaikan');--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"categories" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_email" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_email_status" CHECK ("outbox_email"."status" IN ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "reminder_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_settings" (
	"instansi_id" uuid PRIMARY KEY NOT NULL,
	"late_working_days" smallint DEFAULT 1 NOT NULL,
	"reminder_hour" smallint DEFAULT 16 NOT NULL,
	"deadline_reminder_days" smallint DEFAULT 3 NOT NULL,
	"min_description_chars" smallint DEFAULT 20 NOT NULL,
	"max_entry_hours" smallint DEFAULT 10 NOT NULL,
	"stale_rhk_weeks" smallint DEFAULT 3 NOT NULL,
	"duplicate_min_count" smallint DEFAULT 3 NOT NULL,
	"rule_version" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "daily_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"description" text NOT NULL,
	"text_hash" text NOT NULL,
	"skp_id" uuid,
	"rhk_id" uuid,
	"rencana_aksi_id" uuid,
	"realisasi" integer NOT NULL,
	"satuan" text NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"device_recorded_at" timestamp with time zone,
	"deadline_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"synced_late" boolean DEFAULT false NOT NULL,
	"rule_version" integer NOT NULL,
	"verification_status" "progress_verification_status" DEFAULT 'pending' NOT NULL,
	"verified_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_progress_times" CHECK ("daily_progress"."end_time" > "daily_progress"."start_time"),
	CONSTRAINT "daily_progress_realisasi" CHECK ("daily_progress"."realisasi" >= 0)
);
--> statement-breakpoint
CREATE TABLE "feedback_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_role" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"topic_kind" "feedback_topic_kind" NOT NULL,
	"rhk_id" uuid,
	"core_value" "core_value",
	"created_by_user_id" uuid NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_threads_topic_key" UNIQUE NULLS NOT DISTINCT("skp_id","topic_kind","rhk_id","core_value"),
	CONSTRAINT "feedback_threads_topic" CHECK (("feedback_threads"."topic_kind" = 'rhk' AND "feedback_threads"."rhk_id" IS NOT NULL AND "feedback_threads"."core_value" IS NULL) OR ("feedback_threads"."topic_kind" = 'perilaku' AND "feedback_threads"."core_value" IS NOT NULL AND "feedback_threads"."rhk_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "progress_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"progress_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"client_id" uuid,
	"kind" "evidence_kind" NOT NULL,
	"file_key" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_evidence_shape" CHECK (("progress_evidence"."kind" = 'file' AND "progress_evidence"."file_key" IS NOT NULL AND "progress_evidence"."url" IS NULL) OR ("progress_evidence"."kind" = 'link' AND "progress_evidence"."url" IS NOT NULL AND "progress_evidence"."file_key" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "progress_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"rhk_id" uuid,
	"start_time" text,
	"end_time" text,
	"realisasi" integer,
	"satuan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"progress_id" uuid NOT NULL,
	"verdict" "progress_verdict" NOT NULL,
	"note" text,
	"by_user_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"description" text NOT NULL,
	"target_value" integer NOT NULL,
	"target_unit" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_aksi_target" CHECK ("rencana_aksi"."target_value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_email" ADD CONSTRAINT "outbox_email_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_email" ADD CONSTRAINT "outbox_email_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_log" ADD CONSTRAINT "reminder_log_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_log" ADD CONSTRAINT "reminder_log_user_id_user_accounts_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_settings" ADD CONSTRAINT "activity_settings_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_progress" ADD CONSTRAINT "daily_progress_rencana_aksi_id_rencana_aksi_id_fk" FOREIGN KEY ("rencana_aksi_id") REFERENCES "public"."rencana_aksi"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_messages" ADD CONSTRAINT "feedback_messages_thread_id_feedback_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."feedback_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_threads" ADD CONSTRAINT "feedback_threads_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_progress_id_daily_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."daily_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_evidence" ADD CONSTRAINT "progress_evidence_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_templates" ADD CONSTRAINT "progress_templates_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_templates" ADD CONSTRAINT "progress_templates_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_templates" ADD CONSTRAINT "progress_templates_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_verifications" ADD CONSTRAINT "progress_verifications_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_verifications" ADD CONSTRAINT "progress_verifications_progress_id_daily_progress_id_fk" FOREIGN KEY ("progress_id") REFERENCES "public"."daily_progress"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_email_pending_idx" ON "outbox_email" USING btree ("next_attempt_at") WHERE "outbox_email"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_log_once_idx" ON "reminder_log" USING btree ("user_id","kind","key");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_progress_client_idx" ON "daily_progress" USING btree ("pegawai_id","client_id");--> statement-breakpoint
CREATE INDEX "daily_progress_pegawai_date_idx" ON "daily_progress" USING btree ("instansi_id","pegawai_id","date");--> statement-breakpoint
CREATE INDEX "daily_progress_instansi_date_idx" ON "daily_progress" USING btree ("instansi_id","date");--> statement-breakpoint
CREATE INDEX "daily_progress_text_hash_idx" ON "daily_progress" USING btree ("instansi_id","text_hash");--> statement-breakpoint
CREATE INDEX "daily_progress_rhk_idx" ON "daily_progress" USING btree ("rhk_id","date");--> statement-breakpoint
CREATE INDEX "daily_progress_rencana_aksi_idx" ON "daily_progress" USING btree ("rencana_aksi_id");--> statement-breakpoint
CREATE INDEX "feedback_messages_thread_idx" ON "feedback_messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_threads_pegawai_idx" ON "feedback_threads" USING btree ("instansi_id","pegawai_id","last_message_at");--> statement-breakpoint
CREATE INDEX "progress_evidence_progress_idx" ON "progress_evidence" USING btree ("progress_id");--> statement-breakpoint
CREATE INDEX "progress_evidence_file_key_idx" ON "progress_evidence" USING btree ("file_key");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_evidence_client_idx" ON "progress_evidence" USING btree ("progress_id","client_id") WHERE "progress_evidence"."client_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "progress_templates_pegawai_idx" ON "progress_templates" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "progress_verifications_progress_idx" ON "progress_verifications" USING btree ("progress_id","at");--> statement-breakpoint
CREATE INDEX "rencana_aksi_pegawai_period_idx" ON "rencana_aksi" USING btree ("instansi_id","pegawai_id","period_id");--> statement-breakpoint
CREATE INDEX "rencana_aksi_rhk_idx" ON "rencana_aksi" USING btree ("rhk_id","period_id");