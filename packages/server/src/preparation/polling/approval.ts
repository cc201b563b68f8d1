/**
 * The township's approval of a mobile ballot box (G-7: 由村民选举委员会提出，报乡、镇人民政府村民委员会
 * 选举工作指导机构批准同意). Approval is given only to a box whose voters are named and which has the
 * rule set's number of scrutineers (G-7, G-8); a box can also be returned with a note.
 */
import { POLLING_PLACE_TITLES } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { lockPlan, placeOf, touch, updatePlaceRow } from './edit.js';
import { pollingState } from './state.js';

export async function approveBox(db: Db, actor: Actor, vr: VillageCtx, placeId: string, note: string | null) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const before = await placeOf(tx, vr, locked.election.id, placeId);
    if (before.kind !== 'mobile')
      throw badRequest(`只有流动票箱需要乡镇批准，${POLLING_PLACE_TITLES[before.kind]}不需要`);
    if (before.approvalStatus === 'approved') throw conflict(`${before.name}已经批准`);
    const state = await pollingState(tx, vr, locked.election);
    const view = state.places.find((p) => p.id === placeId)!;
    if (view.voters === 0) {
      throw badRequest(`${before.name}：尚未确定使用流动票箱投票的选民，不能批准（G-7）`);
    }
    const min = vr.ruleSet.polling.mobileBoxMinStaff;
    if (min.value !== null && view.scrutineers < min.value) {
      throw badRequest(
        `${before.name}：每个流动票箱应当有${min.value}名以上监票人负责，现有${view.scrutineers}名，不能批准（${min.rule}）`,
      );
    }
    const after = await updatePlaceRow(tx, vr, placeId, {
      approvalStatus: 'approved',
      approvalNote: note,
      decidedBy: actor.id,
      decidedByName: actor.name,
      decidedAt: new Date().toISOString(),
    });
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.box-approve',
      entity: 'polling-place',
      entityId: placeId,
      regionCode: vr.villageCode,
      before,
      after: { ...after, voters: view.voters, scrutineers: view.scrutineers },
    });
    return after;
  });
}

export async function returnBox(db: Db, actor: Actor, vr: VillageCtx, placeId: string, note: string) {
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, vr);
    const before = await placeOf(tx, vr, locked.election.id, placeId);
    if (before.kind !== 'mobile')
      throw badRequest(`只有流动票箱需要乡镇批准，${POLLING_PLACE_TITLES[before.kind]}不需要`);
    const after = await updatePlaceRow(tx, vr, placeId, {
      approvalStatus: 'returned',
      approvalNote: note,
      decidedBy: actor.id,
      decidedByName: actor.name,
      decidedAt: new Date().toISOString(),
    });
    await touch(tx, vr, locked);
    await appendAudit(tx, {
      actor,
      action: 'polling-plan.box-return',
      entity: 'polling-place',
      entityId: placeId,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after;
  });
}
