CREATE TABLE "schedule_steps" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"step_id" text NOT NULL,
	"done_on" date NOT NULL,
	"done_by" text,
	"done_by_name" text,
	"source" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_steps_county_code_round_id_village_code_step_id_pk" PRIMARY KEY("county_code","round_id","village_code","step_id")
);
--> statement-breakpoint
CREATE INDEX "schedule_steps_round_idx" ON "schedule_steps" USING btree ("county_code","round_id");