/**
 * Whether every box of a vote is ready for the result, whichever way it is counted: ballot by ballot
 * (ballot entry's `boxStatuses` / `acceptedBallots`) or from tally sheets (sheets/boxes.ts). Every box
 * that issued ballots, or has anything entered, must count; the others are left out. Also each
 * counting box's ballots as scenario groups.
 */
import { type BallotGroup, groupBallots, groupRecallBallots, type RecallBallotGroup } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import type { VillageCtx } from '../../registration/village.js';
import { acceptedBallots, type BoxStatus, boxStatuses, type CountState } from '../entry/ledger.js';
import { sheetBallotGroupsByBox, sheetBoxStatuses } from '../sheets/boxes.js';
import type { VoteRow } from '../votes.js';

export interface BoxReadiness {
  placeId: string;
  name: string;
  issued: number;
  counts: boolean;
  /** whether the result waits for this box */
  required: boolean;
  /** why it does not count yet, in Chinese */
  waiting: string | null;
}

type VoteRef = Pick<VoteRow, 'id' | 'electionId' | 'kind' | 'offices' | 'candidates' | 'countMode'>;

/** `state`: a ballot-by-ballot vote's count already read (computing a result reads it once). */
export async function countReadiness(
  db: Tx,
  vr: VillageCtx,
  vote: VoteRef,
  state?: CountState,
): Promise<BoxReadiness[]> {
  if (vote.countMode === 'sheets') {
    const { boxes } = await sheetBoxStatuses(db, vr, vote);
    return boxes.map((b) => ({
      placeId: b.placeId,
      name: b.name,
      issued: b.issued,
      counts: b.counts,
      required: b.issued > 0 || b.sheets.some((s) => s !== null),
      waiting: b.waiting,
    }));
  }
  return (await boxStatuses(db, vr, vote, state)).map((b) => ({
    placeId: b.placeId,
    name: b.name,
    issued: b.issued,
    counts: b.counts,
    required: b.issued > 0 || b.entered[0] > 0 || b.entered[1] > 0,
    waiting: b.counts ? null : ballotsWaiting(b),
  }));
}

function ballotsWaiting(b: BoxStatus): string {
  if (!b.closedAt[0]) return b.entered[0] > 0 ? '第一份录入尚未结束' : '尚未开始录入选票';
  if (b.doubleEntry && !b.closedAt[1]) return '第二份录入尚未结束';
  if (b.comparison === 'differ')
    return `两份录入不一致，待选委会处理${b.difference ? `：${b.difference}` : ''}`;
  return '两份录入尚未比对';
}

/** Boxes the result still waits for, as `名称：原因`. */
export function blockingBoxes(boxes: readonly BoxReadiness[]): string[] {
  return boxes.filter((b) => b.required && !b.counts).map((b) => `${b.name}：${b.waiting ?? '尚未完成计票'}`);
}

/** Each counting box's ballots as scenario groups, by polling place. */
export async function ballotGroupsByBox(
  db: Tx,
  vr: VillageCtx,
  vote: VoteRef,
  state?: CountState,
): Promise<Map<string, BallotGroup[] | RecallBallotGroup[]>> {
  if (vote.countMode === 'sheets') return sheetBallotGroupsByBox(db, vr, vote);
  const ballots = await acceptedBallots(db, vr, vote, state);
  return new Map(
    [...ballots].map(([place, list]) => [
      place,
      vote.kind === 'recall' ? groupRecallBallots(list) : groupBallots(list),
    ]),
  );
}
