-- the same as drizzle-kit's drop and create without WITH (...), without rebuilding the indexes:
-- the pending list's limit is now a connection setting (src/db/gin-pending.ts)
ALTER INDEX "voters_name_chars_idx" RESET (gin_pending_list_limit);--> statement-breakpoint
ALTER INDEX "voters_id_number_trgm_idx" RESET (gin_pending_list_limit);
