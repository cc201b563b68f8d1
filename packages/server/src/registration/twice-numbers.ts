/**
 * The ID numbers registered twice (A-3) that concern a scope: live (not removed) in two
 * villages, in rounds that are not closed, at least one of those rows in scope.
 *
 * Live rows are read through voters_live_id_number_idx (id_number, county, round, village;
 * partial on live rows), in id_number order, so the grouping needs no sort and, once the
 * table is vacuumed, no heap. Closed rounds are a filter on that scan (a join would lose
 * the index order), given as constants so that the planner can estimate it: as a subquery
 * it guesses half the rows and hashes a million groups to disk.
 */
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';
import type { TwiceScope } from './twice.js';

export async function twiceNumbers(db: Tx, scope: TwiceScope): Promise<SQL> {
  const closed = await queryRows<{ id: string }>(db, sql`select id from rounds where status = 'closed'`);
  const ids = closed.map((r) => r.id);
  // the ids pick out the few rows to check; the pair (county, round) is the round's key
  const openRound = sql`not (w.round_id = any(${sql.param(ids)}::text[]) and (w.county_code, w.round_id) in (
    select county_code, id from rounds where status = 'closed'))`;
  if (scope.kind === 'village') {
    // one village (the check after an import): only its own numbers are looked up
    return sql`
      select w.id_number from voters w
      where w.id_number in (
          select s.id_number from voters s
          where s.county_code = ${scope.countyCode} and s.round_id = ${scope.roundId}
            and s.village_code = ${scope.villageCode}
            and s.id_number is not null and s.list_status <> 'removed')
        and w.list_status <> 'removed' and ${openRound}
      group by w.id_number
      having min(w.village_code) <> max(w.village_code)`;
  }
  // a county or township: one pass over every live row is cheaper than a lookup per person
  const inScope =
    scope.code.length >= 6
      ? sql`w.county_code = ${scope.code.slice(0, 6)} and w.village_code like ${`${scope.code}%`}`
      : sql`w.village_code like ${`${scope.code}%`}`;
  return sql`
    select w.id_number from voters w
    where w.list_status <> 'removed' and w.id_number is not null and ${openRound}
    group by w.id_number
    having min(w.village_code) <> max(w.village_code) and bool_or(${inScope})`;
}
