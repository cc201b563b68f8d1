CREATE TABLE "decisions" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"body" text NOT NULL,
	"decided_on" date NOT NULL,
	"subject" text NOT NULL,
	"minutes_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "list_changes" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"changed_on" date NOT NULL,
	"objection_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_changes_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "list_publications" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"published_on" date NOT NULL,
	"due_on" date NOT NULL,
	"late" boolean NOT NULL,
	"rule" text NOT NULL,
	"version" integer NOT NULL,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_publications_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"filed_on" date NOT NULL,
	"filer_name" text NOT NULL,
	"filer_voter_id" text,
	"subject_voter_id" text,
	"subject_name" text NOT NULL,
	"subject_id_number" text,
	"claim" text NOT NULL,
	"content" text NOT NULL,
	"accepted" boolean NOT NULL,
	"refused_reason" text,
	"due_decision_on" date,
	"decided_on" date,
	"decision" text,
	"decision_note" text,
	"published_on" date,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "proxies" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"principal_voter_id" text NOT NULL,
	"trustee_voter_id" text NOT NULL,
	"relation" text NOT NULL,
	"reason" text NOT NULL,
	"applied_on" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_on" date,
	"decided_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proxies_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "representatives" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_id" text NOT NULL,
	"unit_kind" text NOT NULL,
	"unit_label" text NOT NULL,
	"household_nos" text[] DEFAULT '{}'::text[] NOT NULL,
	"chosen_on" date,
	"votes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "representatives_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "voter_imports" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"rejections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "voter_imports_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "voter_relations" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_id" text NOT NULL,
	"related_voter_id" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "voter_relations_county_code_voter_id_related_voter_id_kind_pk" PRIMARY KEY("county_code","voter_id","related_voter_id","kind")
);
--> statement-breakpoint
CREATE TABLE "voters" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voter_no" integer,
	"id_number" text,
	"name" text NOT NULL,
	"name_initials" text DEFAULT '' NOT NULL,
	"sex" text NOT NULL,
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
	"years_in_village" integer,
	"village_work_years" integer,
	"declared_on" date,
	"applied_on" date,
	"approval_decision_id" text,
	"deprived_of_political_rights" boolean DEFAULT false NOT NULL,
	"lost_capacity" boolean DEFAULT false NOT NULL,
	"unreachable" boolean DEFAULT false NOT NULL,
	"extra_category" text,
	"eligibility" text NOT NULL,
	"category" text,
	"ineligible_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"list_status" text DEFAULT 'pending' NOT NULL,
	"removed_reason" text,
	"removed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voters_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE INDEX "decisions_village_idx" ON "decisions" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "list_changes_village_idx" ON "list_changes" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "list_changes_voter_idx" ON "list_changes" USING btree ("county_code","voter_id");--> statement-breakpoint
CREATE INDEX "list_publications_village_idx" ON "list_publications" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "objections_village_idx" ON "objections" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "proxies_village_idx" ON "proxies" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "proxies_trustee_idx" ON "proxies" USING btree ("county_code","trustee_voter_id");--> statement-breakpoint
CREATE INDEX "representatives_village_idx" ON "representatives" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "voter_imports_village_idx" ON "voter_imports" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "voter_relations_village_idx" ON "voter_relations" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE UNIQUE INDEX "voters_round_village_idnumber_uq" ON "voters" USING btree ("county_code","round_id","village_code","id_number") WHERE "voters"."id_number" is not null;--> statement-breakpoint
CREATE INDEX "voters_id_number_idx" ON "voters" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "voters_village_group_idx" ON "voters" USING btree ("county_code","round_id","village_code","group_name");