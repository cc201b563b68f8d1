CREATE TABLE "voter_relation_exclusions" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_id" text NOT NULL,
	"related_voter_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voter_relation_exclusions_county_code_round_id_voter_id_related_voter_id_pk" PRIMARY KEY("county_code","round_id","voter_id","related_voter_id")
);
--> statement-breakpoint
CREATE INDEX "voter_relation_exclusions_village_idx" ON "voter_relation_exclusions" USING btree ("county_code","round_id","village_code");