/**
 * Sheets mode, box by box: each polling place's two entries of its tally sheet (计票统计表), their
 * reconciliation and comparison, and whether the box counts (both entries in, equal, and possible);
 * and the ballots of the boxes that count, synthesized from their sheets (core sheet-ballots), in the
 * shape ballot entry gives for ballots mode.
 */
import {
  type BallotGroup,
  checkSheet,
  compareSheets,
  type EnteredBallot,
  expandBallotGroups,
  type RecallBallotGroup,
  recallSheetGroups,
  type SheetDifference,
  sheetBallotGroups,
  type Violation,
} from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { placeRows } from '../../preparation/polling/state.js';
import type { VillageCtx } from '../../registration/village.js';
import type { VoteRow } from '../votes.js';
import { issuedByPlace, type SheetRow, sheetContext, sheetNames, sheetOf, sheetRows } from './rows.js';

export interface SheetEntryView {
  set: 1 | 2;
  collected: number;
  voidBallots: number;
  votes: Record<string, Record<string, number>>;
  recallYes: number | null;
  recallNo: number | null;
  enteredBy: string;
  enteredByName: string;
  updatedAt: string;
  errors: readonly Violation[];
  warnings: readonly Violation[];
}

export interface SheetBoxStatus {
  placeId: string;
  name: string;
  kind: 'central' | 'station' | 'mobile';
  /** ballots issued at this place (check-in) */
  issued: number;
  sheets: [SheetEntryView | null, SheetEntryView | null];
  /** null until both entries are in */
  differences: SheetDifference[] | null;
  counts: boolean;
  /** why the box does not count yet, in Chinese (null when it counts or has nothing to count) */
  waiting: string | null;
}

export async function sheetBoxStatuses(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'id' | 'electionId' | 'kind' | 'offices' | 'candidates'>,
): Promise<{ boxes: SheetBoxStatus[]; names: Map<string, string> }> {
  const [places, rows, issued] = await Promise.all([
    placeRows(db, vr, vote.electionId),
    sheetRows(db, vr, vote.id),
    issuedByPlace(db, vr, vote.id),
  ]);
  const names = await sheetNames(db, vr, vote, rows);
  const boxes = places.map((p) => {
    const n = issued.get(p.id) ?? 0;
    const ctx = sheetContext(vr, vote, names, n);
    const view = (set: 1 | 2): SheetEntryView | null => {
      const row = rows.find((r) => r.placeId === p.id && r.entrySet === set);
      return row ? entryView(row, checkSheet(sheetOf(row), ctx)) : null;
    };
    const sheets: [SheetEntryView | null, SheetEntryView | null] = [view(1), view(2)];
    const differences = sheets[0] && sheets[1] ? compareSheets(sheets[0], sheets[1], ctx) : null;
    const waiting = waitingReason(n, sheets, differences);
    return {
      placeId: p.id,
      name: p.name,
      kind: p.kind,
      issued: n,
      sheets,
      differences,
      counts: waiting === null && sheets[0] !== null,
      waiting,
    };
  });
  return { boxes, names };
}

function entryView(row: SheetRow, check: ReturnType<typeof checkSheet>): SheetEntryView {
  return {
    set: row.entrySet as 1 | 2,
    collected: row.collected,
    voidBallots: row.voidBallots,
    votes: row.votes,
    recallYes: row.recallYes,
    recallNo: row.recallNo,
    enteredBy: row.enteredBy,
    enteredByName: row.enteredByName,
    updatedAt: row.updatedAt,
    errors: check.errors,
    warnings: check.warnings,
  };
}

function waitingReason(
  issued: number,
  sheets: [SheetEntryView | null, SheetEntryView | null],
  differences: SheetDifference[] | null,
): string | null {
  if (!sheets[0] && !sheets[1]) return issued > 0 ? '计票统计表尚未录入' : null;
  if (!sheets[0] || !sheets[1]) return `计票统计表第${sheets[0] ? '二' : '一'}份尚未录入（须两人分别录入）`;
  if (sheets[0].errors.length > 0 || sheets[1].errors.length > 0) return '计票统计表不能成立，请核对后更正';
  if (differences && differences.length > 0)
    return `两份计票统计表不一致：${differences.map((d) => `${d.label} ${d.first} / ${d.second}`).join('；')}`;
  return null;
}

/** The ballot groups of every box that counts, by polling place (sheets mode). */
export async function sheetBallotGroupsByBox(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'id' | 'electionId' | 'kind' | 'offices' | 'candidates'>,
): Promise<Map<string, BallotGroup[] | RecallBallotGroup[]>> {
  const { boxes } = await sheetBoxStatuses(db, vr, vote);
  const out = new Map<string, BallotGroup[] | RecallBallotGroup[]>();
  for (const b of boxes) {
    if (!b.counts) continue;
    const sheet = b.sheets[0]!;
    const groups =
      vote.kind === 'recall'
        ? recallSheetGroups(sheet)
        : sheetBallotGroups(sheet, vote.offices, vr.ruleSet.tally.crossOffice.value);
    if (!groups.ok) throw new Error(`box ${b.placeId}: a counting sheet has errors`);
    out.set(b.placeId, groups.value);
  }
  return out;
}

/** Sheets mode in ballot entry's shape: `acceptedBallots` for boxes counted from tally sheets. */
export async function acceptedSheetBallots(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'id' | 'electionId' | 'kind' | 'offices' | 'candidates'>,
): Promise<Map<string, EnteredBallot[]>> {
  const groups = await sheetBallotGroupsByBox(db, vr, vote);
  return new Map([...groups].map(([place, g]) => [place, expandBallotGroups(g)]));
}
