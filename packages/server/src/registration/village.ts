/** The round and village a registration action is about: election day and the rule set's parameters. */
import { getRuleSet, type RuleSet } from '@huanjie/core';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { rounds, roundVillages } from '../db/schema.js';
import { badRequest, notFound } from '../http/errors.js';
import type { RoundRow } from '../rounds/service.js';

export interface VillageCtx {
  countyCode: string;
  round: RoundRow;
  villageCode: string;
  electionDay: string | null;
  ruleSet: RuleSet;
}

export async function villageContext(db: Tx, roundId: string, villageCode: string): Promise<VillageCtx> {
  const [row] = await db
    .select({ round: rounds, rv: roundVillages })
    .from(roundVillages)
    .innerJoin(
      rounds,
      and(eq(rounds.countyCode, roundVillages.countyCode), eq(rounds.id, roundVillages.roundId)),
    )
    .where(and(eq(roundVillages.roundId, roundId), eq(roundVillages.villageCode, villageCode)));
  if (!row) throw notFound(`村 ${villageCode} 不在换届 ${roundId} 中`);
  if (!row.rv.included) throw badRequest(`村 ${villageCode} 未参加本次换届`);
  const ruleSet = getRuleSet(row.round.rulesetId);
  if (!ruleSet) throw badRequest(`规则集 ${row.round.rulesetId} 不存在`);
  return {
    countyCode: row.round.countyCode,
    round: row.round,
    villageCode,
    electionDay: row.rv.electionDay,
    ruleSet,
  };
}

/** The newest round that includes the village (the CLI's default). */
export async function newestRoundOf(db: Tx, villageCode: string): Promise<string | null> {
  const [row] = await db
    .select({ id: rounds.id })
    .from(roundVillages)
    .innerJoin(
      rounds,
      and(eq(rounds.countyCode, roundVillages.countyCode), eq(rounds.id, roundVillages.roundId)),
    )
    .where(and(eq(roundVillages.villageCode, villageCode), eq(roundVillages.included, true)))
    .orderBy(desc(rounds.createdAt))
    .limit(1);
  return row?.id ?? null;
}
