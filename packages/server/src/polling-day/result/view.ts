/**
 * A vote's result page: the vote and its status, whether each box is ready (and why not), the result
 * per office with every person's votes and name, the threshold, the reasons in Chinese, the votes it
 * calls for next, and the township's lock.
 */
import type { ElectionReasons, ElectionResult, RecallReasons, RecallResult } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { VOTE_KIND_LABELS, type VoteRow, votesOf } from '../votes.js';
import { type BoxReadiness, blockingBoxes, countReadiness } from './boxes.js';
import { type FollowUpPlan, type FollowUpWindow, followUpPlan, followUpWindow } from './follow-ups.js';
import { electionReasonLines, type ReasonLine, recallReasonLines } from './reasons-text.js';
import { votedCount } from './scenario.js';
import { STATUS_LABELS } from './status.js';

export interface OfficeRow {
  voterId: string;
  name: string;
  votes: number;
  elected: boolean;
  /** waiting for a revote among equal votes */
  tied: boolean;
  onBallot: boolean;
}

/** `counted`: the boxes as just read for the count, when the page follows computing the result. */
export async function resultView(db: Tx, vr: VillageCtx, vote: VoteRow, counted?: readonly BoxReadiness[]) {
  const boxes = counted ? [...counted] : await countReadiness(db, vr, vote);
  const voted = await votedCount(db, vr, vote.id);
  const result = vote.resultJson ? (JSON.parse(vote.resultJson) as ElectionResult | RecallResult) : null;
  const base = {
    vote: {
      ...vote,
      result: undefined,
      reasons: undefined,
      resultJson: undefined,
      scenarioJson: undefined,
      kindLabel: VOTE_KIND_LABELS[vote.kind],
      statusLabel: STATUS_LABELS[vote.status],
    },
    locked: vote.status === 'confirmed',
    voted,
    boxes,
    blocking: vote.status === 'counting' ? blockingBoxes(boxes) : [],
    result,
    reasonLines: [] as ReasonLine[],
    offices: [] as {
      id: string;
      title: string;
      seats: number;
      rank: number;
      womenOnly: boolean;
      minimumVotes: number;
      unfilled: number;
      tieRevote: { people: string[]; seats: number } | null;
      rows: OfficeRow[];
    }[],
    followUps: null as FollowUpPlan | null,
    followUpWindow: null as FollowUpWindow | null,
  };
  if (!result) return base;
  if (vote.kind === 'recall')
    return { ...base, reasonLines: recallReasonLines(result as RecallResult, vote.reasons as RecallReasons) };
  const r = result as ElectionResult;
  const why = vote.reasons as ElectionReasons;
  const ids = new Set([
    ...r.offices.flatMap((o) => Object.keys(o.votes)),
    ...r.kinRemoved.map((k) => k.keeps),
  ]);
  const names = new Map(vote.candidates.map((c) => [c.voterId, c.name]));
  for (const p of await votersByIds(
    db,
    vr,
    [...ids].filter((id) => !names.has(id)),
  ))
    names.set(p.id, p.name);
  const name = (id: string) => names.get(id) ?? id;
  const offices = r.offices.map((o) => {
    const def = vote.offices.find((x) => x.id === o.id);
    const onBallot = new Set(vote.candidates.filter((c) => c.office === o.id).map((c) => c.voterId));
    const rows: OfficeRow[] = Object.entries(o.votes).map(([voterId, votes]) => ({
      voterId,
      name: name(voterId),
      votes,
      elected: o.elected.includes(voterId),
      tied: o.tieRevote?.people.includes(voterId) ?? false,
      onBallot: onBallot.has(voterId),
    }));
    // people on the ballot without a vote are listed too (every person's votes are announced: F-13)
    for (const c of vote.candidates)
      if (c.office === o.id && !(c.voterId in o.votes))
        rows.push({
          voterId: c.voterId,
          name: c.name,
          votes: 0,
          elected: false,
          tied: false,
          onBallot: true,
        });
    return {
      id: o.id,
      title: def?.title ?? o.id,
      seats: def?.seats ?? 0,
      rank: def?.rank ?? 3,
      womenOnly: def?.womenOnly === true,
      minimumVotes: why.quota.minimumVotes,
      unfilled: o.unfilled,
      tieRevote: o.tieRevote ? { people: [...o.tieRevote.people], seats: o.tieRevote.seats } : null,
      rows,
    };
  });
  return {
    ...base,
    offices,
    reasonLines: electionReasonLines(r, why, vote.offices, name),
    followUps: await followUpPlan(db, vr, vote),
    followUpWindow: followUpWindow(vr, await votesOf(db, vr, vote.electionId), vote),
  };
}
