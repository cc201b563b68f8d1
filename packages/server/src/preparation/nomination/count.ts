/**
 * The count of a direct nomination (D-5): more than half of the voters on the published list must have
 * handed in a ballot (2 × ballots > voters), else no candidate is fixed by the votes. Each person's
 * votes per office and the ranking become `nominees` rows; the slate follows (slate.ts). The election
 * committee fixes the margin per office within the rule set's range (D-6), and a person nominated for
 * two or more offices confirms one in writing (D-5); the other nominations are declined.
 */
import { randomUUID } from 'node:crypto';
import { checkNominationTurnout, type IsoDate, nominationVotes, rankByVotes, slateSize } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { nominationCounts, nominees, voters } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import { problemText, toProblem } from '../../registration/violation-text.js';
import { committeeElection, requireApprovedSeatPlan } from '../committee-election.js';
import { stepRecord } from '../schedule/record.js';
import { ballotsOf, openDirectNomination } from './ballots.js';
import { countOf, selectSlate } from './slate.js';

/** Voters on the village's published list (listed, or added since). */
export async function votersOnList(tx: Tx, vr: VillageCtx): Promise<number> {
  const rows = await tx
    .select({ id: voters.id })
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, vr.countyCode),
        eq(voters.roundId, vr.round.id),
        eq(voters.villageCode, vr.villageCode),
        inArray(voters.listStatus, [...ON_LIST_STATUSES]),
      ),
    );
  return rows.length;
}

export async function countNominations(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  countedOn: IsoDate,
  today: IsoDate,
) {
  if (countedOn > today) throw badRequest(`计票日期：${countedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const { electionId, plan } = await openDirectNomination(tx, vr);
    const voterCount = await votersOnList(tx, vr);
    if (voterCount === 0) throw badRequest('选民名单：本村选民名单尚未公布，不能统计提名结果');
    const ballots = await ballotsOf(tx, vr, electionId);
    const turnout = checkNominationTurnout(voterCount, ballots.length);
    if (!turnout.ok)
      throw badRequest(turnout.error.map((v) => problemText(toProblem(v, '参加提名人数'))).join('；'));
    const lastBallot =
      ballots
        .map((b) => b.castOn)
        .sort()
        .at(-1) ?? '';
    if (countedOn < lastBallot) throw badRequest(`计票日期：不能早于最后一张提名票的日期（${lastBallot}）`);

    const votes = nominationVotes(
      ballots.map((b) => ({ counted: b.counted.map((e) => ({ office: e.office, nominee: e.voterId })) })),
    );
    const ids = [...new Set([...votes.values()].flatMap((m) => [...m.keys()]))];
    const people = new Map(
      ids.length === 0
        ? []
        : (
            await tx
              .select({ id: voters.id, name: voters.name, sex: voters.sex })
              .from(voters)
              .where(and(eq(voters.countyCode, vr.countyCode), inArray(voters.id, ids)))
          ).map((v) => [v.id, v]),
    );
    const rows: (typeof nominees.$inferInsert)[] = [];
    for (const office of plan.offices) {
      for (const r of rankByVotes(votes.get(office.id) ?? new Map())) {
        const p = people.get(r.nominee)!;
        rows.push({
          countyCode: vr.countyCode,
          id: randomUUID(),
          roundId: vr.round.id,
          villageCode: vr.villageCode,
          electionId,
          office: office.id,
          voterId: p.id,
          name: p.name,
          sex: p.sex,
          source: 'nomination',
          nominationVotes: r.votes,
          rank: r.rank,
          status: 'nominated',
        });
      }
    }
    if (rows.length > 0) await tx.insert(nominees).values(rows);
    const values = {
      countyCode: vr.countyCode,
      electionId,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      voterCount,
      ballotCount: ballots.length,
      countedOn,
      countedBy: actor.id,
    };
    const [count] = await tx
      .insert(nominationCounts)
      .values(values)
      .onConflictDoUpdate({
        target: [nominationCounts.countyCode, nominationCounts.electionId],
        set: {
          voterCount,
          ballotCount: ballots.length,
          countedOn,
          countedBy: actor.id,
          updatedAt: new Date().toISOString(),
        },
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.count',
      entity: 'election',
      entityId: electionId,
      regionCode: vr.villageCode,
      before: null,
      after: {
        ...count,
        ranking: rows.map((r) => ({
          office: r.office,
          name: r.name,
          votes: r.nominationVotes,
          rank: r.rank,
        })),
      },
    });
    await selectSlate(tx, actor, vr, electionId);
    return count!;
  });
}

/**
 * Undoes a count to correct the ballots (a ballot missed or entered wrong): only while nothing has
 * been built on it — no review verdict, no withdrawal, no candidate list published.
 */
export async function reopenCount(db: Db, actor: Actor, vr: VillageCtx, reason: string) {
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    await requireApprovedSeatPlan(tx, vr, election.id);
    const count = await countOf(tx, vr, election.id);
    if (!count?.countedOn) throw conflict('撤销计票：本村尚未统计提名结果');
    const rows = (
      await tx
        .select()
        .from(nominees)
        .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, election.id)))
        .for('update')
    ).filter((n) => n.source === 'nomination');
    const reviewed = rows.filter((n) => n.reviewStatus !== 'pending');
    if (reviewed.length > 0)
      throw conflict(`撤销计票：${reviewed.map((n) => n.name).join('、')}已有联审结论，不能撤销计票`);
    const withdrawn = rows.filter((n) => n.status === 'withdrawn');
    if (withdrawn.length > 0)
      throw conflict(`撤销计票：${withdrawn.map((n) => n.name).join('、')}已退出候选，不能撤销计票`);
    if ((await stepRecord(tx, vr, 'candidate-list'))?.outcome === 'done')
      throw conflict('撤销计票：正式候选人名单已公布，不能撤销计票');
    if (rows.length > 0)
      await tx.delete(nominees).where(
        and(
          eq(nominees.countyCode, vr.countyCode),
          inArray(
            nominees.id,
            rows.map((n) => n.id),
          ),
        ),
      );
    const [after] = await tx
      .update(nominationCounts)
      .set({
        countedOn: null,
        countedBy: null,
        voterCount: null,
        ballotCount: null,
        updatedAt: new Date().toISOString(),
      })
      .where(
        and(eq(nominationCounts.countyCode, vr.countyCode), eq(nominationCounts.electionId, election.id)),
      )
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.reopen',
      entity: 'election',
      entityId: election.id,
      regionCode: vr.villageCode,
      before: {
        ...count,
        nominees: rows.map((n) => ({
          name: n.name,
          office: n.office,
          votes: n.nominationVotes,
          status: n.status,
        })),
      },
      after: { ...after, reason },
    });
  });
}

/** D-6: the election committee fixes each office's margin within the rule set's range. */
export async function setMargins(db: Db, actor: Actor, vr: VillageCtx, margins: Record<string, number>) {
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const plan = await requireApprovedSeatPlan(tx, vr, election.id);
    if (plan.nominationMode !== 'direct') throw badRequest('差额：自荐直选不确定正式候选人，无须确定差额');
    const problems: string[] = [];
    const clean: Record<string, number> = {};
    for (const [officeId, m] of Object.entries(margins)) {
      const office = plan.offices.find((o) => o.id === officeId);
      if (!office) throw badRequest(`差额：职数方案中没有职位“${officeId}”`);
      const r = slateSize(vr.ruleSet.nomination, office, m);
      if (!r.ok) problems.push(...r.error.map((v) => problemText(toProblem(v, `${office.title}差额`))));
      else clean[officeId] = m;
    }
    if (problems.length > 0) throw badRequest(problems.join('；'));
    const before = await countOf(tx, vr, election.id);
    const merged = { ...(before?.margins ?? {}), ...clean };
    const [after] = await tx
      .insert(nominationCounts)
      .values({
        countyCode: vr.countyCode,
        electionId: election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        margins: merged,
      })
      .onConflictDoUpdate({
        target: [nominationCounts.countyCode, nominationCounts.electionId],
        set: { margins: merged, updatedAt: new Date().toISOString() },
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'nomination.margins',
      entity: 'election',
      entityId: election.id,
      regionCode: vr.villageCode,
      before: before?.margins ?? null,
      after: merged,
    });
    await selectSlate(tx, actor, vr, election.id);
    return after!;
  });
}

/**
 * D-5: a person nominated for two or more offices confirms one in writing; the nominations for the
 * other offices are declined, and the slate is chosen again without them.
 */
export async function confirmOffice(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { voterId: string; office: string; confirmedOn: IsoDate },
  today: IsoDate,
) {
  if (input.confirmedOn > today) throw badRequest(`确认日期：${input.confirmedOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const plan = await requireApprovedSeatPlan(tx, vr, election.id);
    const rows = (
      await tx
        .select()
        .from(nominees)
        .where(
          and(
            eq(nominees.countyCode, vr.countyCode),
            eq(nominees.electionId, election.id),
            eq(nominees.voterId, input.voterId),
          ),
        )
        .for('update')
    ).filter((n) => n.source === 'nomination' && n.status !== 'withdrawn' && n.status !== 'declined');
    if (rows.length === 0) throw notFound('确认职位：此人不是本村的被提名人');
    if (rows.length < 2) throw badRequest(`确认职位：${rows[0]!.name}只被提名为一项职务的候选人，无须确认`);
    const keep = rows.find((n) => n.office === input.office);
    const title = (id: string) => plan.offices.find((o) => o.id === id)?.title ?? id;
    if (!keep) throw badRequest(`确认职位：${rows[0]!.name}未被提名为${title(input.office)}候选人`);
    const now = new Date().toISOString();
    const declined = rows.filter((n) => n !== keep);
    for (const n of declined) {
      await tx
        .update(nominees)
        .set({
          status: 'declined',
          withdrawnOn: input.confirmedOn,
          withdrawnReason: `本人书面确认作为${title(keep.office)}候选人（D-5）`,
          updatedAt: now,
        })
        .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.id, n.id)));
    }
    await appendAudit(tx, {
      actor,
      action: 'nomination.confirm-office',
      entity: 'nominee',
      entityId: keep.id,
      regionCode: vr.villageCode,
      before: rows.map((n) => ({ id: n.id, office: n.office, status: n.status })),
      after: {
        name: keep.name,
        keeps: keep.office,
        confirmedOn: input.confirmedOn,
        declined: declined.map((n) => n.office),
      },
    });
    await selectSlate(tx, actor, vr, election.id);
  });
}
