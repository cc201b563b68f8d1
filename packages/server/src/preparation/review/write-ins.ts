/**
 * People elected without having stood (另选他人 or, in a self-nomination election, someone who did not
 * self-nominate) are reviewed after the vote like the candidates (D-9; seed 003 三(二): “对另选他人或
 * 未参加自荐而选出的人员，也要进行资格条件审查”). This adds such a person — a voter on the village's
 * published list, for one office of the seat plan — to the review as a nominee with source
 * 'elected-write-in'. Issue 6 (the result) calls `addWriteInForReview` inside its own transaction.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { nominees } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, requireVoter } from '../../registration/village-voters.js';
import { committeeElection, type NomineeRow, requireApprovedSeatPlan } from '../committee-election.js';
import { isReviewee } from './status.js';

export interface WriteInInput {
  voterId: string;
  /** the seat plan's office id the person was elected to */
  office: string;
}

/** In the caller's transaction (issue 6 adds the write-ins of a count in one go). */
export async function addWriteInForReview(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  input: WriteInInput,
  today: IsoDate,
): Promise<NomineeRow> {
  if (vr.electionDay === null) throw badRequest('本村尚未确定选举日，不能登记另选他人当选人');
  if (today < vr.electionDay)
    throw badRequest(`另选他人当选人在投票之后登记：本村选举日为${vr.electionDay}，今天是${today}`);
  const election = await committeeElection(tx, vr);
  const plan = await requireApprovedSeatPlan(tx, vr, election.id);
  const office = plan.offices.find((o) => o.id === input.office);
  if (!office) throw badRequest(`职务：本村职数方案中没有职务 ${input.office}`);
  const voter = await requireVoter(tx, vr, input.voterId, '当选人');
  if (!isOnList(voter)) throw badRequest(`当选人：${voter.name}不在本村公布的选民名单上`);
  if (office.womenOnly && voter.sex !== 'F')
    throw badRequest(`职务：${office.title}应为女性，${voter.name}为男性`);
  const existing = await tx
    .select()
    .from(nominees)
    .where(
      and(
        eq(nominees.countyCode, vr.countyCode),
        eq(nominees.electionId, election.id),
        eq(nominees.voterId, voter.id),
      ),
    );
  const standing = existing.find(isReviewee);
  if (standing)
    throw conflict(
      standing.source === 'elected-write-in'
        ? `${voter.name}已登记为另选他人当选人，正在联审`
        : `${voter.name}是本村的候选人（自荐人），已在联审之列，不是另选他人`,
    );
  const [row] = await tx
    .insert(nominees)
    .values({
      countyCode: vr.countyCode,
      id: randomUUID(),
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      electionId: election.id,
      office: office.id,
      voterId: voter.id,
      name: voter.name,
      sex: voter.sex,
      source: 'elected-write-in',
      // on the (post-vote) list of people the review looks at; the slate never counts write-ins
      status: 'selected',
      reviewStatus: 'pending',
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'review.write-in-add',
    entity: 'nominee',
    entityId: row!.id,
    regionCode: vr.villageCode,
    before: null,
    after: row,
  });
  return row!;
}

export async function addWriteIn(db: Db, actor: Actor, vr: VillageCtx, input: WriteInInput, today: IsoDate) {
  return db.transaction((tx) => addWriteInForReview(tx, actor, vr, input, today));
}
