CREATE TABLE "voter_counts" (
	"county_code" text NOT NULL,
	"round_id" text NOT NULL,
	"village_code" text NOT NULL,
	"voters" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "voter_counts_county_code_round_id_village_code_pk" PRIMARY KEY("county_code","round_id","village_code")
);
--> statement-breakpoint
-- Statement triggers on voters keep voter_counts exact in the same transaction: one grouped
-- upsert per statement (an import batch, an edit, a removal), from its transition tables.
-- An INSERT … ON CONFLICT DO UPDATE fires both the INSERT trigger (rows inserted) and the
-- UPDATE trigger (rows updated), so upserts count right too. An update only changes counts
-- when it moves people between villages or rounds.
CREATE OR REPLACE FUNCTION voter_counts_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO voter_counts AS c (county_code, round_id, village_code, voters)
    SELECT county_code, round_id, village_code, count(*) FROM new_rows GROUP BY 1, 2, 3
    ON CONFLICT (county_code, round_id, village_code) DO UPDATE SET voters = c.voters + excluded.voters;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE voter_counts c SET voters = c.voters - d.n
    FROM (SELECT county_code, round_id, village_code, count(*) AS n FROM old_rows GROUP BY 1, 2, 3) d
    WHERE c.county_code = d.county_code AND c.round_id = d.round_id AND c.village_code = d.village_code;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO voter_counts AS c (county_code, round_id, village_code, voters)
    SELECT county_code, round_id, village_code, sum(n) FROM (
      SELECT county_code, round_id, village_code, 1 AS n FROM new_rows
      UNION ALL
      SELECT county_code, round_id, village_code, -1 AS n FROM old_rows
    ) d
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0
    ON CONFLICT (county_code, round_id, village_code) DO UPDATE SET voters = c.voters + excluded.voters;
  ELSE -- TRUNCATE
    DELETE FROM voter_counts;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER voters_count_insert AFTER INSERT ON voters
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voter_counts_change();
--> statement-breakpoint
CREATE TRIGGER voters_count_delete AFTER DELETE ON voters
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION voter_counts_change();
--> statement-breakpoint
CREATE TRIGGER voters_count_update AFTER UPDATE ON voters
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION voter_counts_change();
--> statement-breakpoint
CREATE TRIGGER voters_count_truncate AFTER TRUNCATE ON voters
  FOR EACH STATEMENT EXECUTE FUNCTION voter_counts_change();
--> statement-breakpoint
-- the people already registered
INSERT INTO voter_counts (county_code, round_id, village_code, voters)
SELECT county_code, round_id, village_code, count(*) FROM voters GROUP BY 1, 2, 3;
