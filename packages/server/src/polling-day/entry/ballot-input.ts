/**
 * A ballot as the clerk sends it, checked for its shape against the vote: offices of this vote,
 * people on the ballot for that office or written in from the published list (另选他人, E-2), a
 * recall answer in a recall vote. Over-votes and the same person in two offices are NOT refused:
 * the ballot is entered as read and the engine applies the rules (tally-spec §3).
 */
import type { EnteredBallot } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { voters } from '../../db/schema.js';
import { badRequest } from '../../http/errors.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import type { VoteMeta } from './vote-meta.js';

export interface BallotInput {
  void?: boolean | undefined;
  marks?: Record<string, string[]> | undefined;
  recall?: 'yes' | 'no' | undefined;
}

/** Voter ids of `ids` that are on the village's published list. */
export async function listedAmong(db: Tx, meta: VoteMeta, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: voters.id })
    .from(voters)
    .where(
      and(
        eq(voters.countyCode, meta.countyCode),
        eq(voters.roundId, meta.roundId),
        eq(voters.villageCode, meta.villageCode),
        inArray(voters.id, ids),
        eq(voters.eligibility, 'eligible'),
        inArray(voters.listStatus, [...ON_LIST_STATUSES]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** The ballot to store, or a 400 naming the field (选票 › 职位 › 第 n 人). */
export async function checkBallot(db: Tx, meta: VoteMeta, input: BallotInput): Promise<EnteredBallot> {
  if (input.void) {
    if (input.recall || Object.values(input.marks ?? {}).some((p) => p.length > 0))
      throw badRequest('选票：废票不能同时带有选择');
    return { void: true };
  }
  if (meta.kind === 'recall') {
    if (!input.recall) throw badRequest('选票 › 罢免表决：请选择同意或不同意，或录为废票');
    if (input.marks && Object.keys(input.marks).length > 0) throw badRequest('选票：罢免表决票没有职位');
    return { void: false, recall: input.recall };
  }
  if (input.recall) throw badRequest('选票 › 罢免表决：这次投票不是罢免表决');
  const marks: Record<string, string[]> = {};
  const writeIns: { office: string; index: number; id: string }[] = [];
  for (const [officeId, people] of Object.entries(input.marks ?? {})) {
    const office = meta.offices.find((o) => o.id === officeId);
    if (!office) throw badRequest(`选票 › 职位：这次投票没有职位“${officeId}”`);
    if (new Set(people).size !== people.length)
      throw badRequest(`选票 › ${office.title}：同一人在一个职位上只能录一次`);
    if (people.length === 0) continue;
    const onBallot = meta.onBallot.get(officeId);
    people.forEach((id, index) => {
      if (!onBallot?.has(id)) writeIns.push({ office: office.title, index, id });
    });
    marks[officeId] = people;
  }
  const listed = await listedAmong(
    db,
    meta,
    writeIns.map((w) => w.id),
  );
  const stranger = writeIns.find((w) => !listed.has(w.id));
  if (stranger)
    throw badRequest(
      `选票 › ${stranger.office} › 第${stranger.index + 1}人：不是本职位的候选人，也不在本村公布的选民名单上，不能另选`,
    );
  return { void: false, marks };
}
