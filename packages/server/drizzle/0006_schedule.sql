CREATE TABLE "schedule_holiday_years" (
	"county_code" text NOT NULL,
	"year" integer NOT NULL,
	"weekends_off" boolean DEFAULT true NOT NULL,
	"entered_by" text,
	"entered_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_holiday_years_county_code_year_pk" PRIMARY KEY("county_code","year")
);
--> statement-breakpoint
CREATE TABLE "schedule_holidays" (
	"county_code" text NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "schedule_holidays_county_code_day_pk" PRIMARY KEY("county_code","day")
);
--> statement-breakpoint
CREATE TABLE "schedule_local_steps" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"anchor" text NOT NULL,
	"days" integer NOT NULL,
	"basis" text NOT NULL,
	"created_by" text,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_local_steps_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
ALTER TABLE "schedule_steps" ADD COLUMN "outcome" text DEFAULT 'done' NOT NULL;--> statement-breakpoint
CREATE INDEX "schedule_local_steps_round_idx" ON "schedule_local_steps" USING btree ("county_code","round_id");