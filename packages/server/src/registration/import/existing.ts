/** The people already on a village's register that a set of rows are about, by ID number or, without one, name + birth date + household. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { voters } from '../../db/schema.js';
import type { VillageCtx } from '../village.js';
import type { RegisterFacts } from './check-row.js';
import { personKey, type VoterRow } from './commit.js';

type Key = Pick<RegisterFacts, 'idNumber' | 'name' | 'birthDate' | 'householdNo'>;

export async function findExisting(
  tx: Tx,
  ctx: VillageCtx,
  rows: readonly Key[],
): Promise<Map<string, VoterRow>> {
  const village = and(
    eq(voters.countyCode, ctx.countyCode),
    eq(voters.roundId, ctx.round.id),
    eq(voters.villageCode, ctx.villageCode),
  );
  const ids: string[] = [];
  const others: { name: string; birth_date: string; household_no: string }[] = [];
  for (const r of rows) {
    if (r.idNumber) ids.push(r.idNumber);
    else others.push({ name: r.name, birth_date: r.birthDate, household_no: r.householdNo });
  }
  const found: VoterRow[] = [];
  // one array parameter, not one parameter per number: PGlite binds thousands of parameters slowly
  if (ids.length > 0)
    found.push(
      ...(await tx
        .select()
        .from(voters)
        .where(and(village, sql`${voters.idNumber} = any(${sql.param(ids)}::text[])`))),
    );
  if (others.length > 0)
    found.push(
      ...(await tx
        .select()
        .from(voters)
        .where(
          and(
            village,
            isNull(voters.idNumber),
            sql`(${voters.name}, ${voters.birthDate}, ${voters.householdNo}) in (
              select k.name, k.birth_date, k.household_no
              from jsonb_to_recordset(${JSON.stringify(others)}::jsonb) k(name text, birth_date date, household_no text))`,
          ),
        )),
    );
  return new Map(found.map((v) => [personKey(v), v]));
}
