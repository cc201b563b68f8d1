-- pg_trgm (contrib) for the ID-digit search; trusted, so a database owner may create it. PGlite loads it in db/connect.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "voters_id_number_idx";--> statement-breakpoint
DROP INDEX "voters_village_group_idx";--> statement-breakpoint
CREATE INDEX "voters_live_id_number_idx" ON "voters" USING btree ("id_number","county_code","round_id","village_code") WHERE "voters"."list_status" <> 'removed' and "voters"."id_number" is not null;--> statement-breakpoint
CREATE INDEX "voters_list_order_idx" ON "voters" USING btree ("county_code","round_id","village_code","group_name","voter_no","name_initials","name","id");--> statement-breakpoint
CREATE INDEX "voters_name_chars_idx" ON "voters" USING gin (string_to_array("name", null));--> statement-breakpoint
CREATE INDEX "voters_id_number_trgm_idx" ON "voters" USING gin ("id_number" gin_trgm_ops);