CREATE TABLE "ballot_ranges" (
	"county_code" text NOT NULL,
	"run_id" text NOT NULL,
	"place_id" text NOT NULL,
	"election_id" text NOT NULL,
	"place_kind" text NOT NULL,
	"place_name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"voters" integer NOT NULL,
	"reserve" integer NOT NULL,
	"from_no" integer NOT NULL,
	"to_no" integer NOT NULL,
	CONSTRAINT "ballot_ranges_county_code_run_id_place_id_pk" PRIMARY KEY("county_code","run_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_runs" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'current' NOT NULL,
	"layout" text NOT NULL,
	"paper" text NOT NULL,
	"reserve_kind" text NOT NULL,
	"reserve_value" integer NOT NULL,
	"model" jsonb NOT NULL,
	"generated_on" date NOT NULL,
	"generated_by" text,
	"generated_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballot_runs_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "ballot_settings" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"layout" text DEFAULT 'single' NOT NULL,
	"paper" text DEFAULT 'A4' NOT NULL,
	"reserve_kind" text DEFAULT 'percent' NOT NULL,
	"reserve_value" integer DEFAULT 0 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballot_settings_county_code_election_id_pk" PRIMARY KEY("county_code","election_id")
);
--> statement-breakpoint
CREATE TABLE "polling_box_voters" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"voter_id" text NOT NULL,
	"place_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polling_box_voters_county_code_election_id_voter_id_pk" PRIMARY KEY("county_code","election_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "polling_places" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"route" text,
	"opens_at" text,
	"closes_at" text,
	"approval_status" text,
	"approval_note" text,
	"decided_by" text,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polling_places_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "polling_plans" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"published_on" date,
	"due_on" date,
	"late" boolean DEFAULT false NOT NULL,
	"rule" text,
	"version" integer DEFAULT 0 NOT NULL,
	"published_by" text,
	"published_by_name" text,
	"changed_since_publication" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polling_plans_county_code_election_id_pk" PRIMARY KEY("county_code","election_id")
);
--> statement-breakpoint
CREATE TABLE "polling_staff" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"place_id" text NOT NULL,
	"role" text NOT NULL,
	"voter_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polling_staff_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE INDEX "ballot_ranges_election_idx" ON "ballot_ranges" USING btree ("county_code","election_id");--> statement-breakpoint
CREATE INDEX "ballot_runs_election_idx" ON "ballot_runs" USING btree ("county_code","election_id");--> statement-breakpoint
CREATE INDEX "polling_box_voters_place_idx" ON "polling_box_voters" USING btree ("county_code","place_id");--> statement-breakpoint
CREATE INDEX "polling_places_election_idx" ON "polling_places" USING btree ("county_code","election_id");--> statement-breakpoint
CREATE INDEX "polling_plans_village_idx" ON "polling_plans" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "polling_staff_election_idx" ON "polling_staff" USING btree ("county_code","election_id");