CREATE TABLE "nomination_ballots" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"election_id" text NOT NULL,
	"serial" text,
	"voter_id" text NOT NULL,
	"entries" jsonb NOT NULL,
	"counted" jsonb NOT NULL,
	"rejected" jsonb NOT NULL,
	"void_rule" text,
	"void_reason" text,
	"cast_on" date NOT NULL,
	"entered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_ballots_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "nomination_counts" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"margins" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"voter_count" integer,
	"ballot_count" integer,
	"counted_on" date,
	"counted_by" text,
	"self_list_published_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_counts_county_code_election_id_pk" PRIMARY KEY("county_code","election_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_ballots_voter_uq" ON "nomination_ballots" USING btree ("county_code","election_id","voter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_ballots_serial_uq" ON "nomination_ballots" USING btree ("county_code","election_id","serial") WHERE "nomination_ballots"."serial" is not null;--> statement-breakpoint
CREATE INDEX "nomination_ballots_election_idx" ON "nomination_ballots" USING btree ("county_code","election_id");--> statement-breakpoint
CREATE INDEX "nomination_counts_village_idx" ON "nomination_counts" USING btree ("county_code","round_id","village_code");