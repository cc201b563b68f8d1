CREATE TABLE "ballot_issues" (
	"county_code" text NOT NULL,
	"vote_round_id" text NOT NULL,
	"voter_id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"place_id" text NOT NULL,
	"via" text NOT NULL,
	"trustee_voter_id" text,
	"proxy_id" text,
	"found_by" text NOT NULL,
	"issued_by" text NOT NULL,
	"issued_by_name" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballot_issues_county_code_vote_round_id_voter_id_pk" PRIMARY KEY("county_code","vote_round_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "count_boxes" (
	"county_code" text NOT NULL,
	"vote_round_id" text NOT NULL,
	"place_id" text NOT NULL,
	"clerk1" text,
	"clerk2" text,
	"closed1_at" timestamp with time zone,
	"closed2_at" timestamp with time zone,
	"double_entry" boolean DEFAULT false NOT NULL,
	"comparison" text DEFAULT 'pending' NOT NULL,
	"difference" text,
	"accepted_set" smallint,
	"resolved_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "count_boxes_county_code_vote_round_id_place_id_pk" PRIMARY KEY("county_code","vote_round_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "count_entries" (
	"county_code" text NOT NULL,
	"vote_round_id" text NOT NULL,
	"place_id" text NOT NULL,
	"entry_set" smallint NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"void" boolean DEFAULT false NOT NULL,
	"marks" jsonb,
	"recall" text,
	"undoes" integer,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "count_entries_county_code_vote_round_id_place_id_entry_set_seq_pk" PRIMARY KEY("county_code","vote_round_id","place_id","entry_set","seq")
);
--> statement-breakpoint
CREATE TABLE "count_sheets" (
	"county_code" text NOT NULL,
	"vote_round_id" text NOT NULL,
	"place_id" text NOT NULL,
	"entry_set" smallint NOT NULL,
	"collected" integer NOT NULL,
	"void_ballots" integer NOT NULL,
	"recall_yes" integer,
	"recall_no" integer,
	"votes" jsonb NOT NULL,
	"entered_by" text NOT NULL,
	"entered_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "count_sheets_county_code_vote_round_id_place_id_entry_set_pk" PRIMARY KEY("county_code","vote_round_id","place_id","entry_set")
);
--> statement-breakpoint
CREATE TABLE "recall_requests" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"member_voter_id" text NOT NULL,
	"member_office" text NOT NULL,
	"reasons" text NOT NULL,
	"reply" text,
	"signed_by" text NOT NULL,
	"filed_on" date NOT NULL,
	"status" text DEFAULT 'collecting' NOT NULL,
	"status_note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recall_requests_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "recall_signatures" (
	"county_code" text NOT NULL,
	"request_id" text NOT NULL,
	"voter_id" text NOT NULL,
	"signed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recall_signatures_county_code_request_id_voter_id_pk" PRIMARY KEY("county_code","request_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "vote_rounds" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"election_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"tally_round" text NOT NULL,
	"parent_id" text,
	"recall_request_id" text,
	"by_election_meeting" text,
	"polling_date" date NOT NULL,
	"offices" jsonb NOT NULL,
	"candidates" jsonb NOT NULL,
	"elected_before" jsonb NOT NULL,
	"registered" integer NOT NULL,
	"count_mode" text DEFAULT 'ballots' NOT NULL,
	"status" text DEFAULT 'polling' NOT NULL,
	"result" jsonb,
	"reasons" jsonb,
	"result_json" text,
	"scenario_json" text,
	"counted_at" timestamp with time zone,
	"counted_by" text,
	"reported_at" timestamp with time zone,
	"reported_by" text,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" text,
	"confirmed_by_name" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vote_rounds_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "body_members" (
	"county_code" text NOT NULL,
	"election_id" text NOT NULL,
	"voter_id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"office" text NOT NULL,
	"office_title" text NOT NULL,
	"rank" integer NOT NULL,
	"vote_round_id" text,
	"votes" integer,
	"source" text DEFAULT 'result' NOT NULL,
	"since" date NOT NULL,
	"status" text DEFAULT 'serving' NOT NULL,
	"ended_on" date,
	"ended_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_members_county_code_election_id_voter_id_pk" PRIMARY KEY("county_code","election_id","voter_id")
);
--> statement-breakpoint
CREATE TABLE "village_posts" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_id" text NOT NULL,
	"post" text NOT NULL,
	"since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "village_posts_county_code_round_id_village_code_voter_id_post_pk" PRIMARY KEY("county_code","round_id","village_code","voter_id","post")
);
--> statement-breakpoint
CREATE INDEX "ballot_issues_place_idx" ON "ballot_issues" USING btree ("county_code","vote_round_id","place_id");--> statement-breakpoint
CREATE INDEX "ballot_issues_trustee_idx" ON "ballot_issues" USING btree ("county_code","vote_round_id","trustee_voter_id");--> statement-breakpoint
CREATE INDEX "recall_requests_village_idx" ON "recall_requests" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE UNIQUE INDEX "vote_rounds_election_seq_idx" ON "vote_rounds" USING btree ("county_code","election_id","seq");--> statement-breakpoint
CREATE INDEX "vote_rounds_village_idx" ON "vote_rounds" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "body_members_village_idx" ON "body_members" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
-- Entered ballots are a ledger: an undo is a new row, never an update or a delete, so what each clerk
-- entered and when stays as it was read aloud.
CREATE OR REPLACE FUNCTION count_entries_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'count_entries is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER count_entries_append_only
  BEFORE UPDATE OR DELETE ON count_entries
  FOR EACH ROW EXECUTE FUNCTION count_entries_refuse_change();
