CREATE TABLE "election_committee_meetings" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"held_on" date NOT NULL,
	"minutes_ref" text,
	"decision_id" text,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_committee_meetings_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "election_committee_members" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"meeting_id" text NOT NULL,
	"voter_id" text NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"seq" integer NOT NULL,
	"votes" integer,
	"chair" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"seated_on" date,
	"replaces_id" text,
	"withdrawn_on" date,
	"withdrawal_kind" text,
	"withdrawn_reason" text,
	"withdrawal_rule" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_committee_members_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "election_committee_publications" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"published_on" date NOT NULL,
	"members" jsonb NOT NULL,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_committee_publications_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE INDEX "election_committee_meetings_village_idx" ON "election_committee_meetings" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE UNIQUE INDEX "election_committee_members_voter_uq" ON "election_committee_members" USING btree ("county_code","round_id","village_code","voter_id");--> statement-breakpoint
CREATE INDEX "election_committee_members_village_idx" ON "election_committee_members" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "election_committee_publications_village_idx" ON "election_committee_publications" USING btree ("county_code","round_id","village_code");