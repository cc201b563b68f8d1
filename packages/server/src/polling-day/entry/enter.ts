/**
 * Entering a ballot as it is read aloud (唱票录入), or undoing one, into a box's entry set. One
 * statement does the work (insert-row.ts): the row goes in only while the vote is counting, the set is
 * not closed and the caller is the set's clerk, and `ON CONFLICT DO NOTHING` on (box, set, seq) makes a
 * retried request harmless. When nothing is inserted the slower path says why: a replay of the same row (200 as before), a different row under
 * that seq (409), the set still unclaimed (the first writer claims it), someone else's set, a closed
 * set or a vote not counting. The ledger table is the record of who entered what and when; entries
 * are not written to the audit log one by one.
 */
import { type EntryRow, sameBallot, undoRefusal } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { countEntries, voteRounds } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import { entryCommitted } from '../live/state.js';
import { type BallotInput, checkBallot } from './ballot-input.js';
import { type Clerk, claimSet } from './claim.js';
import { insertEntry, type NewRow } from './insert-row.js';
import { type BoxKey, ballotColumns, ballotOfRow, type CountEntryRow, entryRowOf, setRows } from './rows.js';
import { boxPlace, type VoteMeta } from './vote-meta.js';

export interface EntryInput {
  seq: number;
  ballot?: BallotInput | undefined;
  undoes?: number | undefined;
}

export interface EntryDone {
  seq: number;
  kind: 'ballot' | 'undo';
  /** the same request had been stored before (a retry) */
  replay: boolean;
}

const STATUS_REFUSALS: Record<string, string> = {
  polling: '投票尚未结束（仍在签到发票），不能唱票录入',
  counted: '本次投票已经计算结果，不能再录入',
  reported: '本次投票的结果已经上报，不能再录入',
  confirmed: '本次投票的结果已经乡镇确认，不能再录入',
};

function sameRow(had: CountEntryRow, row: NewRow): boolean {
  if (had.kind !== row.kind) return false;
  if (row.kind === 'undo') return had.undoes === row.undoes;
  return sameBallot(ballotOfRow(had), ballotOfRow(row));
}

async function existingRow(db: Db, box: BoxKey, entrySet: 1 | 2, seq: number) {
  const [had] = await db
    .select()
    .from(countEntries)
    .where(
      and(
        eq(countEntries.countyCode, box.countyCode),
        eq(countEntries.voteRoundId, box.voteId),
        eq(countEntries.placeId, box.placeId),
        eq(countEntries.entrySet, entrySet),
        eq(countEntries.seq, seq),
      ),
    );
  return had ?? null;
}

/** Why nothing was inserted: 'replay', 'retry' (the set was just claimed), or an error thrown. */
async function diagnose(
  db: Db,
  actor: Clerk,
  meta: VoteMeta,
  box: BoxKey,
  entrySet: 1 | 2,
  seq: number,
  row: NewRow,
): Promise<'replay' | 'retry'> {
  const had = await existingRow(db, box, entrySet, seq);
  if (had) {
    if (sameRow(had, row)) return 'replay';
    throw conflict(`第${entrySet}次录入的第 ${seq} 号操作已录入了不同的内容：请刷新后核对`);
  }
  const [vote] = await db
    .select({ status: voteRounds.status })
    .from(voteRounds)
    .where(and(eq(voteRounds.countyCode, box.countyCode), eq(voteRounds.id, box.voteId)));
  const status = vote?.status ?? 'polling';
  if (status !== 'counting') throw conflict(STATUS_REFUSALS[status] ?? '本次投票现在不能唱票录入');
  // refuses someone else's set or a closed one; claims a set nobody holds yet
  await claimSet(db, actor, meta, box, entrySet);
  return 'retry';
}

/** Enters one ballot, or the undo of one, into entry set `entrySet` of the box `placeId`. */
export async function enterRow(
  db: Db,
  actor: Clerk,
  meta: VoteMeta,
  placeId: string,
  entrySet: 1 | 2,
  input: EntryInput,
): Promise<EntryDone> {
  await boxPlace(db, meta, placeId);
  const box: BoxKey = { countyCode: meta.countyCode, voteId: meta.id, placeId };
  if ((input.ballot === undefined) === (input.undoes === undefined))
    throw badRequest('录入：请给出一张选票（ballot）或要撤销的序号（undoes），二者选一');
  let row: NewRow;
  let entry: EntryRow;
  if (input.ballot !== undefined) {
    const ballot = await checkBallot(db, meta, input.ballot);
    row = { kind: 'ballot', ...ballotColumns(ballot), undoes: null };
    entry = { seq: input.seq, kind: 'ballot', ballot };
  } else {
    const undoes = input.undoes!;
    row = { kind: 'undo', void: false, marks: null, recall: null, undoes };
    entry = { seq: input.seq, kind: 'undo', undoes };
    const rows = await setRows(db, box, entrySet);
    const had = rows.find((r) => r.seq === input.seq);
    if (!had) {
      const refusal = undoRefusal(rows.map(entryRowOf), undoes);
      if (refusal === 'missing') throw badRequest(`撤销：本次录入没有第 ${undoes} 号选票`);
      if (refusal === 'not-a-ballot') throw badRequest(`撤销：第 ${undoes} 号是一次撤销，不能再撤销`);
      if (refusal === 'already-undone') throw conflict(`撤销：第 ${undoes} 号选票已经撤销过了`);
    }
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await insertEntry(db, box, entrySet, input.seq, actor.id, row)) {
      await entryCommitted(db, meta, placeId, entrySet, entry);
      return { seq: input.seq, kind: row.kind, replay: false };
    }
    if ((await diagnose(db, actor, meta, box, entrySet, input.seq, row)) === 'replay') {
      await entryCommitted(db, meta, placeId, entrySet, entry);
      return { seq: input.seq, kind: row.kind, replay: true };
    }
  }
  throw conflict('录入未能保存，请重试');
}
