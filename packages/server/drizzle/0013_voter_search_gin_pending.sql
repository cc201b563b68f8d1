-- the same as drizzle-kit's drop and create WITH (gin_pending_list_limit=256), without rebuilding the indexes
ALTER INDEX "voters_name_chars_idx" SET (gin_pending_list_limit=256);--> statement-breakpoint
ALTER INDEX "voters_id_number_trgm_idx" SET (gin_pending_list_limit=256);
