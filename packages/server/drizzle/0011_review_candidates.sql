CREATE TABLE "review_settings" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"template_id" text NOT NULL,
	"condition_lists" jsonb NOT NULL,
	"departments" jsonb NOT NULL,
	"used_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_settings_county_code_round_id_pk" PRIMARY KEY("county_code","round_id")
);
--> statement-breakpoint
CREATE TABLE "review_verdicts" (
	"county_code" text NOT NULL,
	"nominee_id" text NOT NULL,
	"department_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"department_name" text NOT NULL,
	"verdict" text NOT NULL,
	"condition_list_id" text,
	"condition_item_id" text,
	"condition_text" text,
	"note" text,
	"decided_on" date NOT NULL,
	"recorded_by" text,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_verdicts_county_code_nominee_id_department_id_pk" PRIMARY KEY("county_code","nominee_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "candidate_list_publications" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"election_id" text NOT NULL,
	"published_on" date NOT NULL,
	"due_on" date,
	"late" boolean NOT NULL,
	"rule" text NOT NULL,
	"version" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"published_by" text,
	"published_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_list_publications_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_meetings" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"election_id" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"attendance" integer NOT NULL,
	"candidate_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"recorded_by" text,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_meetings_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE INDEX "review_verdicts_village_idx" ON "review_verdicts" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "candidate_list_publications_village_idx" ON "candidate_list_publications" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "candidate_meetings_village_idx" ON "candidate_meetings" USING btree ("county_code","round_id","village_code");