-- UNLOGGED: staged rows are transient (a crash empties the table, as the sweep would): no WAL to write for them
CREATE UNLOGGED TABLE "voter_import_rows" (
	"county_code" text NOT NULL,
	"import_id" text NOT NULL,
	"row_no" integer NOT NULL,
	"voter_id" text NOT NULL,
	"kind" text NOT NULL,
	"base_updated_at" timestamp with time zone,
	"name" text NOT NULL,
	"name_initials" text NOT NULL,
	"sex" text NOT NULL,
	"id_number" text,
	"birth_date" date NOT NULL,
	"household_no" text NOT NULL,
	"relation_to_head" text,
	"group_name" text NOT NULL,
	"hukou_in_village" boolean NOT NULL,
	"lives_in_village" boolean NOT NULL,
	"away_to" text,
	"phone" text,
	"ethnicity" text,
	"political_status" text,
	"education" text,
	"note" text,
	"eligibility" text NOT NULL,
	"category" text,
	"ineligible_reasons" jsonb NOT NULL,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "voter_import_rows_county_code_import_id_row_no_pk" PRIMARY KEY("county_code","import_id","row_no")
);
--> statement-breakpoint
ALTER TABLE "voter_imports" ADD COLUMN "rows_read" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "voter_imports" ADD COLUMN "phase" text DEFAULT 'reading' NOT NULL;--> statement-breakpoint
ALTER TABLE "voter_imports" ADD COLUMN "progress" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "voter_imports" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;