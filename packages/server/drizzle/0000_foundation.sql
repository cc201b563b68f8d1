CREATE TABLE "audit_heads" (
	"county_code" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"county_code" text NOT NULL,
	"seq" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_code" text,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_county_code_seq_pk" PRIMARY KEY("county_code","seq")
);
--> statement-breakpoint
CREATE TABLE "elections" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"kind" text NOT NULL,
	"seq" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"scheduled_date" date,
	"attempt" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "elections_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_changes" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text NOT NULL,
	"region_codes" text[] NOT NULL,
	"details" jsonb NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_changes_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text,
	"parent_code" text,
	"county_code" text,
	"status" text DEFAULT 'active' NOT NULL,
	"source" text NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_villages" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"included" boolean DEFAULT true NOT NULL,
	"election_day" date,
	"status" text DEFAULT 'preparing' NOT NULL,
	"postponed_reason" text,
	CONSTRAINT "round_villages_county_code_round_id_village_code_pk" PRIMARY KEY("county_code","round_id","village_code")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"ruleset_id" text NOT NULL,
	"election_plan" jsonb NOT NULL,
	"status" text DEFAULT 'setup' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"region_code" text NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_region_idx" ON "audit_log" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "elections_village_idx" ON "elections" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_county_idx" ON "regions" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "round_villages_village_idx" ON "round_villages" USING btree ("county_code","village_code");--> statement-breakpoint
CREATE INDEX "rounds_region_idx" ON "rounds" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_region_idx" ON "users" USING btree ("region_code");