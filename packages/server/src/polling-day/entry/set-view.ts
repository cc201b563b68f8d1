/**
 * One entry set of a box as the clerk's screen resumes it: the ballots standing in reading order,
 * the next seq to use, who holds the set and whether it is closed, and the names of people written
 * in (另选他人) so the screen can show them.
 */
import { type EnteredBallot, foldEntries } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { countBoxes, voters } from '../../db/schema.js';
import { boxWhere, userName } from './claim.js';
import { type BoxKey, entryRowOf, setRows } from './rows.js';
import { boxPlace, type VoteMeta } from './vote-meta.js';

export interface SetView {
  placeId: string;
  entrySet: 1 | 2;
  ballots: { seq: number; ballot: EnteredBallot }[];
  /** rows written so far, undos included */
  rows: number;
  nextSeq: number;
  clerk: { id: string; name: string } | null;
  closedAt: string | null;
  doubleEntry: boolean;
  names: Record<string, string>;
}

export async function setView(db: Tx, meta: VoteMeta, placeId: string, entrySet: 1 | 2): Promise<SetView> {
  await boxPlace(db, meta, placeId);
  const box: BoxKey = { countyCode: meta.countyCode, voteId: meta.id, placeId };
  const [rows, [b]] = await Promise.all([
    setRows(db, box, entrySet),
    db.select().from(countBoxes).where(boxWhere(box)),
  ]);
  const ballots = foldEntries(rows.map(entryRowOf));
  const onBallot = new Set(meta.candidates.map((c) => c.voterId));
  const written = new Set<string>();
  for (const { ballot } of ballots)
    if (!ballot.void && 'marks' in ballot)
      for (const p of Object.values(ballot.marks).flat()) if (!onBallot.has(p)) written.add(p);
  const names =
    written.size === 0
      ? []
      : await db
          .select({ id: voters.id, name: voters.name })
          .from(voters)
          .where(and(eq(voters.countyCode, meta.countyCode), inArray(voters.id, [...written])));
  const clerkId = entrySet === 1 ? b?.clerk1 : b?.clerk2;
  return {
    placeId,
    entrySet,
    ballots,
    rows: rows.length,
    nextSeq: rows.reduce((m, r) => Math.max(m, r.seq), 0) + 1,
    clerk: clerkId ? { id: clerkId, name: await userName(db, clerkId) } : null,
    closedAt: (entrySet === 1 ? b?.closed1At : b?.closed2At) ?? null,
    doubleEntry: b?.doubleEntry ?? false,
    names: Object.fromEntries(names.map((n) => [n.id, n.name])),
  };
}
