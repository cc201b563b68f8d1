/**
 * Registered twice (law-rules A-3): the same 公民身份号码 on the lists (not removed) of two
 * villages, in rounds that are not closed, anywhere in the database. One query: the people
 * of the scope are matched against the whole table through the id_number index, grouped,
 * and only numbers seen in more than one village come back, with every village they are in.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';

export interface TwiceHit {
  idNumber: string;
  countyCode: string;
  voterId: string;
  roundId: string;
  villageCode: string;
  name: string;
}

export type TwiceScope =
  | { kind: 'region'; code: string }
  | { kind: 'village'; countyCode: string; roundId: string; villageCode: string };

export async function registeredTwice(db: Tx, scope: TwiceScope): Promise<TwiceHit[]> {
  const inScope =
    scope.kind === 'village'
      ? sql`s.county_code = ${scope.countyCode} and s.round_id = ${scope.roundId} and s.village_code = ${scope.villageCode}`
      : scope.code.length >= 6
        ? sql`s.county_code = ${scope.code.slice(0, 6)} and s.village_code like ${`${scope.code}%`}`
        : sql`s.village_code like ${`${scope.code}%`}`;
  const rows = await queryRows<{
    id_number: string;
    county_code: string;
    id: string;
    round_id: string;
    village_code: string;
    name: string;
  }>(
    db,
    sql`
    with mine as (
      select distinct s.id_number from voters s
      where ${inScope} and s.id_number is not null and s.list_status <> 'removed'
    ), live as (
      select w.county_code, w.id, w.round_id, w.village_code, w.id_number, w.name
      from mine
      join voters w on w.id_number = mine.id_number and w.list_status <> 'removed'
      join rounds r on r.county_code = w.county_code and r.id = w.round_id and r.status <> 'closed'
    ), twice as (
      select id_number from live group by id_number having min(village_code) <> max(village_code)
    )
    select live.* from live join twice using (id_number)
    order by live.id_number, live.village_code`,
  );
  return rows.map((r) => ({
    idNumber: r.id_number,
    countyCode: r.county_code,
    voterId: r.id,
    roundId: r.round_id,
    villageCode: r.village_code,
    name: r.name,
  }));
}
