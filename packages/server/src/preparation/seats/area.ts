/**
 * The township's (or county's) list of its villages' seat plans in a round: each village with its
 * plan's status and check, plans awaiting approval first, then returned, drafts, villages without a
 * plan, and approved ones last.
 */
import { checkSeatPlan, getRuleSet } from '@huanjie/core';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { elections, roundVillages, seatPlans } from '../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import { regionsByCodes } from '../../regions/queries.js';
import type { RoundRow } from '../../rounds/service.js';
import { draftOf, STATUS_TITLES } from './plan.js';

const ORDER = { submitted: 0, returned: 1, draft: 2, none: 3, approved: 4 } as const;
type AreaStatus = keyof typeof ORDER;

export async function areaSeatPlans(db: Tx, round: RoundRow, code: string) {
  const ruleSet = getRuleSet(round.rulesetId);
  if (!ruleSet) throw badRequest(`规则集 ${round.rulesetId} 不存在`);
  const under = `${code}%`;
  const [villages, electionRows, plans] = await Promise.all([
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
      .from(elections)
      .where(
        and(
          eq(elections.countyCode, round.countyCode),
          eq(elections.roundId, round.id),
          like(elections.villageCode, under),
          inArray(elections.kind, ['village-committee', 'residents-committee']),
        ),
      ),
    db
      .select()
      .from(seatPlans)
      .where(
        and(
          eq(seatPlans.countyCode, round.countyCode),
          eq(seatPlans.roundId, round.id),
          like(seatPlans.villageCode, under),
        ),
      ),
  ]);
  const names = new Map(
    (
      await regionsByCodes(
        db,
        villages.map((v) => v.villageCode),
      )
    ).map((r) => [r.code, r.name]),
  );
  // The newest attempt of each village's committee election is the one a plan is for.
  const election = new Map<string, (typeof electionRows)[number]>();
  for (const e of electionRows) {
    const seen = election.get(e.villageCode);
    if (!seen || seen.attempt < e.attempt) election.set(e.villageCode, e);
  }
  const items = villages
    .filter((v) => election.has(v.villageCode))
    .map((v) => {
      const e = election.get(v.villageCode)!;
      const plan = plans.find((p) => p.electionId === e.id) ?? null;
      const status: AreaStatus = plan ? plan.status : 'none';
      const review = plan ? checkSeatPlan(ruleSet, draftOf(plan)) : null;
      return {
        villageCode: v.villageCode,
        name: names.get(v.villageCode) ?? v.villageCode,
        electionDay: v.electionDay,
        electionId: e.id,
        status,
        statusTitle: plan ? STATUS_TITLES[plan.status] : '未制定',
        offices: plan?.offices ?? [],
        totalSeats: review?.totalSeats ?? 0,
        nominationMode: plan?.nominationMode ?? null,
        oneShoulderIntent: plan?.oneShoulderIntent ?? false,
        submittedAt: plan?.submittedAt ?? null,
        decidedOn: plan?.decidedOn ?? null,
        reviewNote: plan?.reviewNote ?? null,
        violations: review?.violations ?? [],
        warnings: review?.warnings ?? [],
      };
    })
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
        a.villageCode.localeCompare(b.villageCode),
    );
  const counts: Record<AreaStatus, number> = { submitted: 0, returned: 0, draft: 0, none: 0, approved: 0 };
  for (const i of items) counts[i.status]++;
  return {
    round: { id: round.id, name: round.name, rulesetId: round.rulesetId },
    ruleset: { id: ruleSet.id, title: ruleSet.title },
    counts,
    items,
  };
}
