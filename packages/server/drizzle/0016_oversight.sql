CREATE TABLE "archive_items" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"item" text NOT NULL,
	"present" boolean NOT NULL,
	"note" text,
	"recorded_on" date NOT NULL,
	"recorded_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archive_items_county_code_round_id_village_code_item_pk" PRIMARY KEY("county_code","round_id","village_code","item")
);
--> statement-breakpoint
CREATE TABLE "complaint_limits" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"category" text NOT NULL,
	"days" integer NOT NULL,
	"set_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_limits_county_code_round_id_category_pk" PRIMARY KEY("county_code","round_id","category")
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"serial" integer NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"category" text NOT NULL,
	"complainant_name" text,
	"complainant_phone" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"summary" text NOT NULL,
	"handler_id" text,
	"handler_name" text,
	"limit_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"escalated_to" text,
	"escalated_at" timestamp with time zone,
	"outcome" text,
	"reply" text,
	"replied_on" date,
	"risk_item_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"formed_on" date NOT NULL,
	"due_on" date NOT NULL,
	"checklist" jsonb NOT NULL,
	"outgoing" text,
	"incoming" text,
	"witness" text,
	"completed_on" date,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handovers_county_code_round_id_village_code_pk" PRIMARY KEY("county_code","round_id","village_code")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"region_code" text NOT NULL,
	"village_code" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "risk_items" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"level" text NOT NULL,
	"owner" text NOT NULL,
	"measures" text,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"closed_note" text,
	"complaint_id" text,
	"found_on" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_items_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "risk_rating_changes" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"from_level" text,
	"level" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"note" text,
	"rated_on" date NOT NULL,
	"rated_by" text,
	"rated_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_rating_changes_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "risk_ratings" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"level" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"rated_on" date NOT NULL,
	"rated_by" text,
	"rated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_ratings_county_code_round_id_village_code_pk" PRIMARY KEY("county_code","round_id","village_code")
);
--> statement-breakpoint
CREATE TABLE "risk_reports" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"report_date" date NOT NULL,
	"reporter_name" text NOT NULL,
	"reporter_phone" text,
	"has_issue" boolean NOT NULL,
	"situation" text NOT NULL,
	"suggested_level" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_reports_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
CREATE TABLE "stat_targets" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"indicator" text NOT NULL,
	"target_bp" integer NOT NULL,
	"set_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stat_targets_county_code_round_id_indicator_pk" PRIMARY KEY("county_code","round_id","indicator")
);
--> statement-breakpoint
CREATE TABLE "work_records" (
	"county_code" text NOT NULL,
	"id" text NOT NULL,
	"round_id" text NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_records_county_code_id_pk" PRIMARY KEY("county_code","id")
);
--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "previous_round_id" text;--> statement-breakpoint
CREATE INDEX "complaints_round_idx" ON "complaints" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "notifications_region_idx" ON "notifications" USING btree ("region_code","read_at");--> statement-breakpoint
CREATE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("county_code","dedupe_key");--> statement-breakpoint
CREATE INDEX "risk_items_village_idx" ON "risk_items" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "risk_rating_changes_village_idx" ON "risk_rating_changes" USING btree ("county_code","round_id","village_code");--> statement-breakpoint
CREATE INDEX "risk_reports_village_idx" ON "risk_reports" USING btree ("county_code","round_id","village_code","report_date");--> statement-breakpoint
CREATE INDEX "work_records_round_idx" ON "work_records" USING btree ("county_code","round_id","region_code");