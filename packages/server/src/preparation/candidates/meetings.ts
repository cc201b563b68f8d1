/**
 * The candidates' meeting with villagers (候选人与村民见面, D-3: 村民选举委员会应当组织候选人与村民见面，
 * 由候选人介绍履行职责的设想，回答村民提出的问题): when, where, how many villagers came, which
 * candidates spoke, what was asked. Recorded by the committee's staff; a mistaken record is removed.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { candidateMeetings } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { committeeElection, nomineesOf } from '../committee-election.js';
import { isReviewee } from '../review/status.js';

export interface MeetingInput {
  heldOn: IsoDate;
  place: string;
  attendance: number;
  candidateIds: string[];
  notes: string | null;
}

export async function recordMeeting(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: MeetingInput,
  today: IsoDate,
) {
  if (input.heldOn > today)
    throw badRequest(`见面日期：${input.heldOn}晚于今天（${today}），请在见面会开过后记录`);
  if (vr.electionDay !== null && input.heldOn > vr.electionDay)
    throw badRequest(`见面日期：${input.heldOn}晚于选举日${vr.electionDay}`);
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const standing = new Map(
      (await nomineesOf(tx, vr, election.id)).filter(isReviewee).map((n) => [n.id, n]),
    );
    const stranger = input.candidateIds.find((id) => !standing.has(id));
    if (stranger) throw badRequest(`到会候选人：本村候选人中没有编号为 ${stranger} 的人员`);
    const [row] = await tx
      .insert(candidateMeetings)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        electionId: election.id,
        heldOn: input.heldOn,
        place: input.place.trim(),
        attendance: input.attendance,
        candidateIds: [...new Set(input.candidateIds)],
        notes: input.notes?.trim() || null,
        recordedBy: actor.id,
        recordedByName: actor.name,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'candidate-meeting.record',
      entity: 'candidate-meeting',
      entityId: row!.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, candidates: input.candidateIds.map((id) => standing.get(id)?.name) },
    });
    return row!;
  });
}

export async function deleteMeeting(db: Db, actor: Actor, vr: VillageCtx, meetingId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(candidateMeetings)
      .where(
        and(
          eq(candidateMeetings.countyCode, vr.countyCode),
          eq(candidateMeetings.id, meetingId),
          eq(candidateMeetings.roundId, vr.round.id),
          eq(candidateMeetings.villageCode, vr.villageCode),
        ),
      )
      .returning();
    if (!row) throw notFound(`本村没有编号为 ${meetingId} 的见面会记录`);
    await appendAudit(tx, {
      actor,
      action: 'candidate-meeting.delete',
      entity: 'candidate-meeting',
      entityId: row.id,
      regionCode: vr.villageCode,
      before: row,
      after: null,
    });
  });
}
