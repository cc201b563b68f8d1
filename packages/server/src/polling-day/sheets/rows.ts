/**
 * The stored tally sheets of a vote and what a sheet is checked against: the vote's offices, the rule
 * set's `crossOffice` and `overcollectionBase`, the people who voted at each box (ballot_issues by
 * polling place; one ballot per row, so issued = voted) and the names of everyone on a sheet.
 */
import type { SheetContext, TallySheet } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotIssues, countSheets } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import type { VoteRow } from '../votes.js';

export type SheetRow = typeof countSheets.$inferSelect;

export async function sheetRows(db: Tx, vr: VillageCtx, voteId: string): Promise<SheetRow[]> {
  return db
    .select()
    .from(countSheets)
    .where(and(eq(countSheets.countyCode, vr.countyCode), eq(countSheets.voteRoundId, voteId)));
}

/** Ballots issued per polling place of the vote (a row is one person voted and one ballot issued). */
export async function issuedByPlace(db: Tx, vr: VillageCtx, voteId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ placeId: ballotIssues.placeId, n: sql<number>`count(*)::int` })
    .from(ballotIssues)
    .where(and(eq(ballotIssues.countyCode, vr.countyCode), eq(ballotIssues.voteRoundId, voteId)))
    .groupBy(ballotIssues.placeId);
  return new Map(rows.map((r) => [r.placeId, Number(r.n)]));
}

export function sheetOf(
  row: Pick<SheetRow, 'collected' | 'voidBallots' | 'votes' | 'recallYes' | 'recallNo'>,
): TallySheet {
  return {
    collected: row.collected,
    voidBallots: row.voidBallots,
    votes: row.votes,
    recallYes: row.recallYes,
    recallNo: row.recallNo,
  };
}

/** The people named on sheets and on the ballot, id → name. */
export async function sheetNames(
  db: Tx,
  vr: VillageCtx,
  vote: Pick<VoteRow, 'candidates'>,
  sheets: readonly Pick<SheetRow, 'votes'>[],
): Promise<Map<string, string>> {
  const names = new Map(vote.candidates.map((c) => [c.voterId, c.name]));
  const missing = new Set<string>();
  for (const s of sheets)
    for (const row of Object.values(s.votes))
      for (const id of Object.keys(row)) if (!names.has(id)) missing.add(id);
  for (const v of await votersByIds(db, vr, [...missing])) names.set(v.id, v.name);
  return names;
}

export function sheetContext(
  vr: VillageCtx,
  vote: Pick<VoteRow, 'kind' | 'offices'>,
  names: ReadonlyMap<string, string>,
  issued: number | null,
): SheetContext {
  const t = vr.ruleSet.tally;
  return {
    offices: vote.offices,
    recall: vote.kind === 'recall',
    rules: { crossOffice: t.crossOffice, overcollectionBase: t.overcollectionBase },
    ...(issued === null ? {} : { box: { voted: issued, issued } }),
    nameOf: (id) => names.get(id) ?? id,
  };
}
