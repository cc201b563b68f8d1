/**
 * Entering a box's tally sheet (计票统计表): one entry per entry set, by two different people (the same
 * user may not enter both sets), only while the vote is being counted. The reconciliation runs on every
 * entry: a sheet that cannot be right is refused with every reason; one the result will act on (an
 * over-collected box) is saved with its warnings. A correction before the result is an update. Audited.
 */
import { checkSheet, type SheetCheck, type TallySheet } from '@huanjie/core';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db } from '../../db/connect.js';
import { countSheets } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { placeRows } from '../../preparation/polling/state.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { publish } from '../live/hub.js';
import { requireVote, type VoteRow } from '../votes.js';
import { issuedByPlace, sheetContext, sheetNames, sheetOf, sheetRows } from './rows.js';

export interface SheetInput {
  collected: number;
  voidBallots: number;
  votes: Record<string, Record<string, number>>;
  recallYes?: number | null;
  recallNo?: number | null;
}

/** Why nothing may be entered into the vote's boxes now, or null. */
export function sheetsClosedReason(vote: Pick<VoteRow, 'status' | 'countMode'>): string | null {
  if (vote.countMode !== 'sheets') return '本次投票按逐票唱票录入计票，不使用计票统计表';
  if (vote.status === 'polling') return '投票尚未结束，不能录入计票统计表';
  if (vote.status === 'confirmed') return '选举结果已经乡镇确认并锁定，修改须由乡镇说明理由退回';
  if (vote.status !== 'counting') return '选举结果已经计算，修改计票统计表须先撤回结果';
  return null;
}

export async function saveSheet(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  voteId: string,
  placeId: string,
  set: 1 | 2,
  input: SheetInput,
): Promise<SheetCheck> {
  const out = await db.transaction(async (tx) => {
    const vote = await requireVote(tx, vr, voteId, true);
    const closed = sheetsClosedReason(vote);
    if (closed) throw conflict(closed);
    const place = (await placeRows(tx, vr, vote.electionId)).find((p) => p.id === placeId);
    if (!place) throw notFound(`本次选举没有编号为 ${placeId} 的投票站（票箱）`);
    const rows = (await sheetRows(tx, vr, voteId)).filter((r) => r.placeId === placeId);
    const other = rows.find((r) => r.entrySet !== set);
    if (other && actor.id !== null && other.enteredBy === actor.id)
      throw conflict(
        `${place.name}的计票统计表第${set === 1 ? '二' : '一'}份是您录入的：两份须由两人分别录入`,
      );
    const sheet: TallySheet = {
      collected: input.collected,
      voidBallots: input.voidBallots,
      votes: withoutZeros(input.votes),
      recallYes: vote.kind === 'recall' ? (input.recallYes ?? 0) : null,
      recallNo: vote.kind === 'recall' ? (input.recallNo ?? 0) : null,
    };
    await requireVillageVoters(tx, vr, sheet);
    const names = await sheetNames(tx, vr, vote, [sheet]);
    const issued = (await issuedByPlace(tx, vr, voteId)).get(placeId) ?? 0;
    const check = checkSheet(sheet, sheetContext(vr, vote, names, issued));
    if (check.errors.length > 0)
      throw badRequest(
        `${place.name}计票统计表：${check.errors.map((e) => e.reason).join('；')}`,
        'SHEET_IMPOSSIBLE',
      );
    const before = rows.find((r) => r.entrySet === set) ?? null;
    const values = {
      ...sheet,
      recallYes: sheet.recallYes ?? null,
      recallNo: sheet.recallNo ?? null,
      votes: sheet.votes as Record<string, Record<string, number>>,
      enteredBy: actor.id ?? 'system',
      enteredByName: actor.name,
      updatedAt: new Date().toISOString(),
    };
    const [after] = await tx
      .insert(countSheets)
      .values({ countyCode: vr.countyCode, voteRoundId: voteId, placeId, entrySet: set, ...values })
      .onConflictDoUpdate({
        target: [countSheets.countyCode, countSheets.voteRoundId, countSheets.placeId, countSheets.entrySet],
        set: values,
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: before ? 'count.sheet.update' : 'count.sheet.enter',
      entity: 'count-sheet',
      entityId: `${voteId}/${placeId}/${set}`,
      regionCode: vr.villageCode,
      before: before ? sheetOf(before) : null,
      after: { ...sheetOf(after!), place: place.name, set, warnings: check.warnings.map((w) => w.reason) },
    });
    return check;
  });
  publish(voteId, { type: 'sheets' });
  return out;
}

function withoutZeros(votes: SheetInput['votes']): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [office, row] of Object.entries(votes)) {
    const kept = Object.entries(row).filter(([, n]) => n !== 0);
    if (kept.length > 0) out[office] = Object.fromEntries(kept);
  }
  return out;
}

async function requireVillageVoters(
  tx: Parameters<typeof votersByIds>[0],
  vr: VillageCtx,
  sheet: TallySheet,
) {
  const ids = [...new Set(Object.values(sheet.votes).flatMap((row) => Object.keys(row)))];
  const found = new Set((await votersByIds(tx, vr, ids)).map((v) => v.id));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length > 0) throw badRequest(`计票统计表中的得票人不是本村选民：${unknown.join('、')}`);
}
