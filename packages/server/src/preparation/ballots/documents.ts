/**
 * The ballots as PDFs: the sample (票样, marked 样票, for posting) from the current settings and
 * candidates, and a numbered run's ballots, all of them or one polling place's range.
 */
import type { BallotModel } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { ballotRuns } from '../../db/schema.js';
import { ballotPdf } from '../../documents/ballot.js';
import { badRequest, notFound } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import { requireElectionDay } from '../../registration/election-day.js';
import type { VillageCtx } from '../../registration/village.js';
import { committeeElection } from '../committee-election.js';
import { type BallotSettingsView, ballotState, committeeNameOf, rangesOf } from './state.js';

async function draw(input: Parameters<typeof ballotPdf>[0]): Promise<Buffer> {
  try {
    return await ballotPdf(input);
  } catch (err) {
    if (err instanceof RangeError) throw badRequest(`选票：${err.message}`);
    throw err;
  }
}

/** 票样: one of each sheet, with the settings given (the page previews a choice before saving it). */
export async function sampleBallotDocument(db: Tx, vr: VillageCtx, override: Partial<BallotSettingsView>) {
  const electionDay = requireElectionDay(vr);
  const state = await ballotState(db, vr, override);
  if (!state.model) throw badRequest(`选票：${state.problems.map((p) => p.reason).join('；')}`);
  const village = await getRegion(db, vr.villageCode);
  return draw({
    village: village.name,
    committeeName: state.committeeName,
    term: vr.round.name,
    electionDay,
    paper: state.settings.paper,
    model: state.model,
    serials: 'sample',
  });
}

/** A run's numbered ballots: every place's range in order, or the one place asked for. */
export async function runBallotsDocument(db: Tx, vr: VillageCtx, runId: string, placeId?: string) {
  const electionDay = requireElectionDay(vr);
  const election = await committeeElection(db, vr);
  const [run] = await db
    .select()
    .from(ballotRuns)
    .where(
      and(
        eq(ballotRuns.countyCode, vr.countyCode),
        eq(ballotRuns.electionId, election.id),
        eq(ballotRuns.id, runId),
      ),
    );
  if (!run) throw notFound(`选票印制批次 ${runId} 不存在`);
  const ranges = await rangesOf(db, vr, run.id);
  const chosen = placeId ? ranges.filter((r) => r.placeId === placeId) : ranges;
  if (placeId && chosen.length === 0) throw notFound(`该批次没有投票地点 ${placeId} 的选票`);
  const village = await getRegion(db, vr.villageCode);
  return draw({
    village: village.name,
    committeeName: committeeNameOf(election),
    term: vr.round.name,
    electionDay,
    paper: run.paper,
    model: run.model as BallotModel,
    serials: chosen.map((r) => ({ from: r.fromNo, to: r.toNo })),
  });
}
