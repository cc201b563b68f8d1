/**
 * Recording who holds office in the Party organization, the supervision committee and the co-operative
 * (the villagers' committee is seated by the township's confirmation of its result), and a member
 * leaving any body (resigned, terminated: H-4, H-5, H-9). A supervision member the law bars (J2-1,
 * J2-3: a committee member or a near relative of one, a clerk, a bookkeeper…) is refused.
 */
import type { IsoDate } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import type { Db } from '../db/connect.js';
import { bodyMembers } from '../db/schema.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import type { VillageCtx } from '../registration/village.js';
import { isOnList, requireVoter } from '../registration/village-voters.js';
import { ELECTION_TITLES } from '../rounds/election-plan.js';
import { BODY_OFFICES, isManualBody } from './offices.js';
import { bodiesState, villageElections } from './state.js';

export interface NewMember {
  voterId: string;
  office: string;
  since: IsoDate;
}

async function requireBody(db: Db, vr: VillageCtx, electionId: string) {
  const body = (await villageElections(db, vr)).find((e) => e.id === electionId);
  if (!body || body.kind === 'representatives') throw notFound(`本村没有编号为 ${electionId} 的组织`);
  return body;
}

export async function addMember(db: Db, actor: Actor, vr: VillageCtx, electionId: string, input: NewMember) {
  return db.transaction(async (tx) => {
    const body = await requireBody(tx, vr, electionId);
    if (!isManualBody(body.kind))
      throw badRequest(`${ELECTION_TITLES[body.kind]}成员由选举结果经乡镇确认后产生，不能手工登记`);
    const office = BODY_OFFICES[body.kind].find((o) => o.id === input.office);
    if (!office) throw badRequest(`职务：${ELECTION_TITLES[body.kind]}没有“${input.office}”这一职务`);
    const voter = await requireVoter(tx, vr, input.voterId, '成员');
    if (!isOnList(voter) && body.kind === 'supervision')
      throw badRequest(`成员：${voter.name}不在公布的选民名单上，村务监督委员会成员应在村民中推选（J2-1）`);
    const [row] = await tx
      .insert(bodyMembers)
      .values({
        countyCode: vr.countyCode,
        electionId,
        voterId: voter.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        office: office.id,
        officeTitle: office.title,
        rank: office.rank,
        since: input.since,
        source: 'manual',
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`${voter.name}已是${ELECTION_TITLES[body.kind]}成员`);
    if (body.kind === 'supervision') {
      const barred = (await bodiesState(tx, vr)).supervision.find((w) => w.person.id === voter.id);
      // throwing rolls the insert back: nothing half-written
      if (barred) throw badRequest(`成员：${barred.reason}（${barred.rule}）`);
    }
    await appendAudit(tx, {
      actor,
      action: 'body.member-add',
      entity: 'body-member',
      entityId: `${electionId}:${voter.id}`,
      regionCode: vr.villageCode,
      before: null,
      after: row,
    });
    return row;
  });
}

export async function endMember(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  electionId: string,
  voterId: string,
  input: { status: 'resigned' | 'terminated'; endedOn: IsoDate; reason: string },
) {
  return db.transaction(async (tx) => {
    await requireBody(tx, vr, electionId);
    const where = and(
      eq(bodyMembers.countyCode, vr.countyCode),
      eq(bodyMembers.electionId, electionId),
      eq(bodyMembers.voterId, voterId),
    );
    const [before] = await tx.select().from(bodyMembers).where(where).for('update');
    if (!before) throw notFound('该人员不是本组织成员');
    if (before.status !== 'serving') throw conflict('该成员已经离任');
    const [after] = await tx
      .update(bodyMembers)
      .set({ status: input.status, endedOn: input.endedOn, endedReason: input.reason, updatedAt: sql`now()` })
      .where(where)
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'body.member-end',
      entity: 'body-member',
      entityId: `${electionId}:${voterId}`,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after!;
  });
}

/** A member recorded by mistake (manual only): removed with a reason, kept in the audit log. */
export async function removeMember(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  electionId: string,
  voterId: string,
  reason: string,
) {
  return db.transaction(async (tx) => {
    await requireBody(tx, vr, electionId);
    const where = and(
      eq(bodyMembers.countyCode, vr.countyCode),
      eq(bodyMembers.electionId, electionId),
      eq(bodyMembers.voterId, voterId),
    );
    const [before] = await tx.select().from(bodyMembers).where(where).for('update');
    if (!before) throw notFound('该人员不是本组织成员');
    if (before.source !== 'manual') throw conflict('由选举结果产生的成员不能删除；离任请登记辞职或终止');
    await tx.delete(bodyMembers).where(where);
    await appendAudit(tx, {
      actor,
      action: 'body.member-remove',
      entity: 'body-member',
      entityId: `${electionId}:${voterId}`,
      regionCode: vr.villageCode,
      before: { ...before, reason },
      after: null,
    });
  });
}
