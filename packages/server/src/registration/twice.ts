/**
 * Registered twice (law-rules A-3): the same 公民身份号码 on the lists (not removed) of two
 * villages, in rounds that are not closed, anywhere in the database. First the numbers
 * (see twice-numbers.ts), then every live row of those few numbers, for both villages.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';
import { twiceNumbers } from './twice-numbers.js';

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
  const rows = await db.transaction(async (tx) => {
    // a county's check groups about a million numbers: read in index order or sorted, they
    // stream; hashed (the planner's choice while the table is not yet vacuumed) they spill to
    // disk at the default work_mem and the check takes half as long again
    await tx.execute(sql`set local enable_hashagg = off`);
    return queryRows<{
      id_number: string;
      county_code: string;
      id: string;
      round_id: string;
      village_code: string;
      name: string;
    }>(
      tx,
      sql`
      with twice as materialized (${await twiceNumbers(tx, scope)})
      select w.county_code, w.id, w.round_id, w.village_code, w.id_number, w.name
      from voters w
      join rounds r on r.county_code = w.county_code and r.id = w.round_id and r.status <> 'closed'
      where w.id_number = any(array(select id_number from twice)) and w.list_status <> 'removed'
      order by w.id_number, w.village_code`,
    );
  });
  return rows.map((r) => ({
    idNumber: r.id_number,
    countyCode: r.county_code,
    voterId: r.id,
    roundId: r.round_id,
    villageCode: r.village_code,
    name: r.name,
  }));
}
