/**
 * Publishing the list (选民榜): the date is checked against election day minus the rule set's
 * publication days (core's calendar); a late publication is recorded with the rule it breaks.
 * Voter numbers are given in the list's order: 村民小组, then 姓氏笔画 (core's stroke order).
 * A later publication keeps the numbers already given and numbers newcomers after them.
 */
import { randomUUID } from 'node:crypto';
import { compareByStrokes, type IsoDate, lastDayBeforeElection } from '@huanjie/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { listPublications, voters } from '../db/schema.js';
import { compareGroups } from '../documents/layout.js';
import { badRequest } from '../http/errors.js';
import { recordStepDone } from '../preparation/schedule/record.js';
import { latestPublication } from './list-changes.js';
import type { VillageCtx } from './village.js';

/** The list's order: group (第二组 before 第十组, as the printed 选民榜), then stroke order, then birth date. */
export function listOrder(a: { groupName: string; name: string; birthDate: string }, b: typeof a): number {
  return (
    compareGroups(a.groupName, b.groupName) ||
    compareByStrokes(a.name, b.name) ||
    a.birthDate.localeCompare(b.birthDate)
  );
}

export function publicationDue(ctx: VillageCtx): { due: IsoDate; rule: string } {
  if (ctx.electionDay === null) throw badRequest('本村尚未确定选举日，不能公布选民名单');
  const cal = ctx.ruleSet.calendar;
  return {
    due: lastDayBeforeElection(
      ctx.electionDay as IsoDate,
      cal.voterListDaysBefore.value,
      cal.beforeElectionBoundary.value,
    ),
    rule: cal.voterListDaysBefore.rule,
  };
}

export async function publishList(
  db: Db,
  actor: Actor,
  ctx: VillageCtx,
  publishedOn: string,
  today: IsoDate,
) {
  const { due, rule } = publicationDue(ctx);
  if (publishedOn > today) throw badRequest(`公布日期${publishedOn}晚于今天`);
  if (ctx.electionDay !== null && publishedOn >= ctx.electionDay)
    throw badRequest(`公布日期${publishedOn}不早于选举日${ctx.electionDay}`);
  return db.transaction(async (tx) => {
    const previous = await latestPublication(tx, ctx);
    const village = and(
      eq(voters.countyCode, ctx.countyCode),
      eq(voters.roundId, ctx.round.id),
      eq(voters.villageCode, ctx.villageCode),
    );
    const people = await tx
      .select({
        id: voters.id,
        name: voters.name,
        groupName: voters.groupName,
        birthDate: voters.birthDate,
        voterNo: voters.voterNo,
        listStatus: voters.listStatus,
      })
      .from(voters)
      .where(
        and(
          village,
          eq(voters.eligibility, 'eligible'),
          inArray(voters.listStatus, ['pending', 'listed', 'added']),
        ),
      );
    people.sort(listOrder);
    let next = previous ? Math.max(0, ...people.map((p) => p.voterNo ?? 0)) + 1 : 1;
    const ids: string[] = [];
    const nos: number[] = [];
    for (const p of people) {
      const no = previous && p.voterNo !== null ? p.voterNo : next++;
      ids.push(p.id);
      nos.push(no);
    }
    // one statement for the whole village: numbers and statuses from two parallel arrays
    if (ids.length > 0) {
      await tx.execute(sql`
        update voters set voter_no = n.no,
          list_status = case when voters.list_status = 'pending' then 'listed' else voters.list_status end,
          updated_at = now()
        from (select unnest(${sql.param(ids)}::text[]) as id, unnest(${sql.param(nos)}::int[]) as no) n
        where voters.county_code = ${ctx.countyCode} and voters.id = n.id`);
    }
    const [row] = await tx
      .insert(listPublications)
      .values({
        countyCode: ctx.countyCode,
        id: randomUUID(),
        roundId: ctx.round.id,
        villageCode: ctx.villageCode,
        publishedOn,
        dueOn: due,
        late: publishedOn > due,
        rule,
        version: (previous?.version ?? 0) + 1,
        publishedBy: actor.id,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'voter-list.publish',
      entity: 'list-publication',
      entityId: row!.id,
      regionCode: ctx.villageCode,
      before: previous ? { version: previous.version, publishedOn: previous.publishedOn } : null,
      after: { ...row, listed: ids.length },
    });
    // The schedule's B-1 step: the first publication's date stays (a reprint does not move it).
    await recordStepDone(tx, actor, ctx, {
      stepId: 'voter-list',
      doneOn: publishedOn,
      source: 'voter-list.publish',
    });
    return { ...row!, listed: ids.length };
  });
}

export async function publications(db: Db, ctx: VillageCtx) {
  return db
    .select()
    .from(listPublications)
    .where(
      and(
        eq(listPublications.countyCode, ctx.countyCode),
        eq(listPublications.roundId, ctx.round.id),
        eq(listPublications.villageCode, ctx.villageCode),
      ),
    )
    .orderBy(listPublications.version);
}
