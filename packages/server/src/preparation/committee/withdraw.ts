/**
 * A member leaving the election committee, and the vacancy filled from the original selection.
 * A recusal (回避) is recorded only when the rules require it now (C2-2; under zhejiang-2020 also
 * self-nominees and a nominee's spouse, parents, children and siblings, C2-6), with their rule and
 * reason. The seat goes to the next alternate in the selection's order who is not barred himself
 * (依次递补, C2-3); the 递补 is recorded with its date and the seat it takes.
 */
import { type IsoDate, kinGraph, nextAlternate } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { electionCommitteeMembers } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import {
  type MemberRow,
  reviewCommittee,
  selected,
  selectionOf,
  standingNominees,
  villageKinLinks,
} from './state.js';

export const WITHDRAWAL_TITLES: Record<NonNullable<MemberRow['withdrawalKind']>, string> = {
  recusal: '依法回避',
  resigned: '本人辞职',
  other: '其他原因',
};

export interface WithdrawInput {
  withdrawnOn: IsoDate;
  kind: 'recusal' | 'resigned' | 'other';
  /** required for resigned / other; a recusal's reason comes from the rule */
  reason?: string | null | undefined;
  /** seat the next alternate in the same act (递补) */
  fill: boolean;
}

async function update(tx: Tx, vr: VillageCtx, id: string, set: Partial<MemberRow>): Promise<MemberRow> {
  const [row] = await tx
    .update(electionCommitteeMembers)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(and(eq(electionCommitteeMembers.countyCode, vr.countyCode), eq(electionCommitteeMembers.id, id)))
    .returning();
  return row!;
}

function find(rows: readonly MemberRow[], id: string): MemberRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound(`本村选举委员会推选结果中没有编号为 ${id} 的人员`);
  return row;
}

/** The alternate the rules offer for the next vacancy, read from `rows` as they are now. */
async function offerOf(tx: Tx, vr: VillageCtx, rows: readonly MemberRow[]) {
  const [standing, links] = await Promise.all([standingNominees(tx, vr), villageKinLinks(tx, vr)]);
  const next = nextAlternate(vr.ruleSet.committee, selected(rows), standing, kinGraph(links));
  const id = next.offer?.person.id;
  return id === undefined ? null : (rows.find((r) => r.voterId === id) ?? null);
}

async function seat(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  vacated: MemberRow,
  alternate: MemberRow,
  filledOn: IsoDate,
): Promise<MemberRow> {
  const after = await update(tx, vr, alternate.id, {
    status: 'serving',
    seatedOn: filledOn,
    replacesId: vacated.id,
  });
  await appendAudit(tx, {
    actor,
    action: 'election-committee.fill',
    entity: 'election-committee-member',
    entityId: alternate.id,
    regionCode: vr.villageCode,
    before: alternate,
    after: { ...after, replacesName: vacated.name },
  });
  return after;
}

export async function withdrawMember(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  memberId: string,
  input: WithdrawInput,
  today: IsoDate,
): Promise<{ withdrawn: MemberRow; filledBy: MemberRow | null }> {
  if (input.withdrawnOn > today) throw badRequest(`退出日期：${input.withdrawnOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const { rows, required } = await reviewCommittee(tx, vr, true);
    const member = find(rows, memberId);
    if (member.status !== 'serving')
      throw conflict(
        `退出：${member.name}${member.status === 'withdrawn' ? '已退出' : '是候补人员，尚未'}任选举委员会成员`,
      );
    if (member.seatedOn && input.withdrawnOn < member.seatedOn)
      throw badRequest(`退出日期：不能早于${member.name}任职之日（${member.seatedOn}）`);
    let reason: string;
    let rule: string | null = null;
    if (input.kind === 'recusal') {
      const w = required.get(member.id);
      if (!w)
        throw badRequest(
          `退出原因：按本规则集，${member.name}目前无须回避；如因其他原因退出，请选择相应原因`,
        );
      reason = w.reason;
      rule = w.rule;
    } else {
      const text = input.reason?.trim();
      if (!text) throw badRequest('退出原因：请写明退出的原因');
      reason = text;
    }
    const withdrawn = await update(tx, vr, member.id, {
      status: 'withdrawn',
      withdrawnOn: input.withdrawnOn,
      withdrawalKind: input.kind,
      withdrawnReason: reason,
      withdrawalRule: rule,
    });
    await appendAudit(tx, {
      actor,
      action: 'election-committee.withdraw',
      entity: 'election-committee-member',
      entityId: member.id,
      regionCode: vr.villageCode,
      before: member,
      after: withdrawn,
    });
    if (!input.fill) return { withdrawn, filledBy: null };
    const now = rows.map((r) => (r.id === member.id ? withdrawn : r));
    const alternate = await offerOf(tx, vr, now);
    if (!alternate)
      throw badRequest('递补：原推选结果中已没有可以递补的人员，请只办理退出，再另行推选（C2-3）');
    const filledBy = await seat(tx, actor, vr, withdrawn, alternate, input.withdrawnOn);
    return { withdrawn, filledBy };
  });
}

/** Fills a vacancy left open earlier: only the alternate the order offers now may take it (C2-3). */
export async function fillVacancy(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { vacatedId: string; alternateId: string; filledOn: IsoDate },
  today: IsoDate,
): Promise<MemberRow> {
  if (input.filledOn > today) throw badRequest(`递补日期：${input.filledOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const rows = await selectionOf(tx, vr, true);
    const vacated = find(rows, input.vacatedId);
    if (vacated.status !== 'withdrawn') throw conflict(`递补：${vacated.name}没有退出，没有空缺可以递补`);
    const taken = rows.find((r) => r.replacesId === vacated.id);
    if (taken) throw conflict(`递补：${vacated.name}的空缺已由${taken.name}递补`);
    if (vacated.withdrawnOn && input.filledOn < vacated.withdrawnOn)
      throw badRequest(`递补日期：不能早于${vacated.name}退出之日（${vacated.withdrawnOn}）`);
    const alternate = find(rows, input.alternateId);
    const offer = await offerOf(tx, vr, rows);
    if (!offer) throw badRequest('递补：原推选结果中已没有可以递补的人员，请另行推选（C2-3）');
    if (offer.id !== alternate.id)
      throw conflict(`递补：应按原推选结果依次递补，现在应由${offer.name}递补（C2-3）`);
    return seat(tx, actor, vr, vacated, alternate, input.filledOn);
  });
}

/** The committee names its 主任 again when the 主任 has left (C2-1). */
export async function setChair(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { memberId: string; chosenOn: IsoDate; note?: string | null | undefined },
  today: IsoDate,
): Promise<MemberRow> {
  if (input.chosenOn > today) throw badRequest(`推选日期：${input.chosenOn}晚于今天（${today}）`);
  return db.transaction(async (tx) => {
    const rows = await selectionOf(tx, vr, true);
    const member = find(rows, input.memberId);
    if (member.status !== 'serving') throw badRequest(`主任：${member.name}不是现任选举委员会成员`);
    if (member.chair) throw conflict(`主任：${member.name}已是主任`);
    const previous = rows.find((r) => r.status === 'serving' && r.chair);
    if (previous) await update(tx, vr, previous.id, { chair: false });
    const after = await update(tx, vr, member.id, { chair: true });
    await appendAudit(tx, {
      actor,
      action: 'election-committee.chair',
      entity: 'election-committee-member',
      entityId: member.id,
      regionCode: vr.villageCode,
      before: { chair: previous ? { id: previous.id, name: previous.name } : null },
      after: {
        chair: { id: member.id, name: member.name },
        chosenOn: input.chosenOn,
        note: input.note ?? null,
      },
    });
    return after;
  });
}
