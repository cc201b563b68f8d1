CREATE TABLE "nominees" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"election_id" text NOT NULL,
	"office" text NOT NULL,
	"voter_id" text NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"source" text NOT NULL,
	"nomination_votes" integer,
	"rank" integer,
	"status" text DEFAULT 'nominated' NOT NULL,
	"applied_on" date,
	"withdrawn_on" date,
	"withdrawn_reason" text,
	"replaces_id" text,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"bio" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominees_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "seat_plans" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"offices" jsonb NOT NULL,
	"nomination_mode" text NOT NULL,
	"one_shoulder_intent" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_note" text,
	"decided_on" date,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_plans_county_code_election_id_pk" PRIMARY KEY("county_code","election_id")
);
--> statement-breakpoint
CREATE INDEX "nominees_election_idx" ON "nominees" USING btree ("county_code","election_id");--> statement-breakpoint
CREATE INDEX "nominees_village_idx" ON "nominees" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "seat_plans_village_idx" ON "seat_plans" USING btree ("county_code","round_id","village_code");