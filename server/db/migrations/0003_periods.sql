CREATE TYPE "public"."assessment_frequency" AS ENUM('monthly', 'quarterly', 'semester');--> statement-breakpoint
CREATE TYPE "public"."holiday_kind" AS ENUM('national', 'cuti_bersama', 'local');--> statement-breakpoint
CREATE TYPE "public"."period_kind" AS ENUM('monthly', 'quarterly', 'semester', 'annual');--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL,
	"kind" "holiday_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holidays_name_length" CHECK (char_length("holidays"."name") BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "performance_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"assessment_frequency" "assessment_frequency" NOT NULL,
	"skp_start" date NOT NULL,
	"skp_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_years_instansi_year_unique" UNIQUE("instansi_id","year"),
	CONSTRAINT "performance_years_year_range" CHECK ("performance_years"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "performance_years_skp_in_year" CHECK ("performance_years"."skp_start" <= "performance_years"."skp_end" AND extract(year FROM "performance_years"."skp_start") = "performance_years"."year" AND extract(year FROM "performance_years"."skp_end") = "performance_years"."year")
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" "period_kind" NOT NULL,
	"seq" smallint NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"deadline" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "periods_dates" CHECK ("periods"."start_date" <= "periods"."end_date" AND "periods"."end_date" <= "periods"."deadline"),
	CONSTRAINT "periods_seq_range" CHECK (("periods"."kind" = 'monthly' AND "periods"."seq" BETWEEN 1 AND 12)
        OR ("periods"."kind" = 'quarterly' AND "periods"."seq" BETWEEN 1 AND 4)
        OR ("periods"."kind" = 'semester' AND "periods"."seq" BETWEEN 1 AND 2)
        OR ("periods"."kind" = 'annual' AND "periods"."seq" = 1)),
	CONSTRAINT "periods_name_length" CHECK (char_length("periods"."name") BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE TABLE "work_calendars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"working_weekdays" smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_calendars_weekdays" CHECK (cardinality("work_calendars"."working_weekdays") BETWEEN 1 AND 7 AND "work_calendars"."working_weekdays" <@ '{1,2,3,4,5,6,7}'::smallint[])
);
--> statement-breakpoint
ALTER TABLE "holidays" ADD CONSTRAINT "holidays_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_years" ADD CONSTRAINT "performance_years_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_year_fk" FOREIGN KEY ("instansi_id","year") REFERENCES "public"."performance_years"("instansi_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_calendars" ADD CONSTRAINT "work_calendars_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_calendars" ADD CONSTRAINT "work_calendars_year_fk" FOREIGN KEY ("instansi_id","year") REFERENCES "public"."performance_years"("instansi_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "holidays_instansi_date_name_unique" ON "holidays" USING btree ("instansi_id","date","name");--> statement-breakpoint
CREATE UNIQUE INDEX "periods_instansi_year_kind_seq_unique" ON "periods" USING btree ("instansi_id","year","kind","seq");--> statement-breakpoint
CREATE INDEX "periods_instansi_kind_start_idx" ON "periods" USING btree ("instansi_id","kind","start_date");--> statement-breakpoint
CREATE INDEX "periods_instansi_deadline_idx" ON "periods" USING btree ("instansi_id","deadline");--> statement-breakpoint
CREATE UNIQUE INDEX "work_calendars_instansi_year_unique" ON "work_calendars" USING btree ("instansi_id","year");