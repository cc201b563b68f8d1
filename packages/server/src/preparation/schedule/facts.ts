/**
 * What the schedule is computed from, loaded for every village of a round under one code in a
 * handful of queries (a county's 200 villages as cheaply as one): election days, step records, the
 * voter list's first publication, objections, the seat plans' nomination mode, local steps, holidays.
 */
import { getRuleSet, type RuleSet } from '@huanjie/core';
import { and, eq, inArray, like, min, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import {
  elections,
  listPublications,
  objections,
  roundVillages,
  scheduleSteps,
  seatPlans,
} from '../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import { regionsByCodes } from '../../regions/queries.js';
import type { RoundRow } from '../../rounds/service.js';
import type { RoundFacts, VillageFacts } from './compute.js';
import { countyHolidays } from './holidays.js';
import { localSteps } from './local-steps.js';
import type { StepRecordRow } from './record.js';

export interface VillageRow extends VillageFacts {
  name: string;
  townshipName: string;
  status: string;
}

export interface AreaFacts {
  round: RoundFacts;
  /** years for which the county entered its holidays */
  holidayYears: number[];
  villages: VillageRow[];
}

export function ruleSetOf(round: RoundRow): RuleSet {
  const ruleSet = getRuleSet(round.rulesetId);
  if (!ruleSet) throw badRequest(`规则集 ${round.rulesetId} 不存在`);
  return ruleSet;
}

/** Facts for the round's included villages whose code starts with `code` (a county, township or village). */
export async function loadFacts(db: Tx, round: RoundRow, code: string): Promise<AreaFacts> {
  const under = `${code}%`;
  const [villageRows, records, firstLists, objectionCounts, plans, locals, holidays] = await Promise.all([
    db
      .select()
      .from(roundVillages)
      .where(
        and(
          eq(roundVillages.countyCode, round.countyCode),
          eq(roundVillages.roundId, round.id),
          eq(roundVillages.included, true),
          like(roundVillages.villageCode, under),
        ),
      ),
    db
      .select()
      .from(scheduleSteps)
      .where(
        and(
          eq(scheduleSteps.countyCode, round.countyCode),
          eq(scheduleSteps.roundId, round.id),
          like(scheduleSteps.villageCode, under),
        ),
      ),
    db
      .select({ villageCode: listPublications.villageCode, first: min(listPublications.publishedOn) })
      .from(listPublications)
      .where(
        and(
          eq(listPublications.countyCode, round.countyCode),
          eq(listPublications.roundId, round.id),
          like(listPublications.villageCode, under),
        ),
      )
      .groupBy(listPublications.villageCode),
    db
      .select({
        villageCode: objections.villageCode,
        accepted: sql<number>`count(*) filter (where ${objections.accepted})`.mapWith(Number),
        open: sql<number>`count(*) filter (where ${objections.accepted} and ${objections.decision} is null)`.mapWith(
          Number,
        ),
      })
      .from(objections)
      .where(
        and(
          eq(objections.countyCode, round.countyCode),
          eq(objections.roundId, round.id),
          like(objections.villageCode, under),
        ),
      )
      .groupBy(objections.villageCode),
    db
      .select({
        villageCode: seatPlans.villageCode,
        mode: seatPlans.nominationMode,
        attempt: elections.attempt,
      })
      .from(seatPlans)
      .innerJoin(
        elections,
        and(eq(elections.countyCode, seatPlans.countyCode), eq(elections.id, seatPlans.electionId)),
      )
      .where(
        and(
          eq(seatPlans.countyCode, round.countyCode),
          eq(seatPlans.roundId, round.id),
          like(seatPlans.villageCode, under),
          inArray(elections.kind, ['village-committee', 'residents-committee']),
        ),
      ),
    localSteps(db, round, code),
    countyHolidays(db, round.countyCode),
  ]);
  const codes = villageRows.map((v) => v.villageCode);
  const names = new Map(
    (await regionsByCodes(db, [...new Set(codes.flatMap((c) => [c, c.slice(0, 9)]))])).map((r) => [
      r.code,
      r.name,
    ]),
  );
  const recordsOf = new Map<string, StepRecordRow[]>();
  for (const r of records) recordsOf.set(r.villageCode, [...(recordsOf.get(r.villageCode) ?? []), r]);
  const firstList = new Map(firstLists.map((l) => [l.villageCode, l.first]));
  const objectionsOf = new Map(objectionCounts.map((o) => [o.villageCode, o]));
  // the newest attempt's plan, when the election was re-run
  const modeOf = new Map<string, { mode: 'direct' | 'self'; attempt: number }>();
  for (const p of plans) {
    const seen = modeOf.get(p.villageCode);
    if (!seen || seen.attempt < p.attempt) modeOf.set(p.villageCode, { mode: p.mode, attempt: p.attempt });
  }
  const villages = villageRows
    .map((v) => ({
      code: v.villageCode,
      name: names.get(v.villageCode) ?? v.villageCode,
      townshipName: names.get(v.villageCode.slice(0, 9)) ?? '',
      status: v.status,
      electionDay: v.electionDay,
      records: recordsOf.get(v.villageCode) ?? [],
      voterListPublishedOn: firstList.get(v.villageCode) ?? null,
      objections: {
        accepted: objectionsOf.get(v.villageCode)?.accepted ?? 0,
        open: objectionsOf.get(v.villageCode)?.open ?? 0,
      },
      nominationMode: modeOf.get(v.villageCode)?.mode ?? null,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    round: { ruleSet: ruleSetOf(round), holidays: holidays.set, localSteps: locals },
    holidayYears: holidays.years,
    villages,
  };
}
