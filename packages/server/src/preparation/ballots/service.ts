/**
 * The election committee's ballot acts: its choice of layout, paper and reserve; and a numbered print
 * run, which records the serial range each polling place gets (voters there + reserve), continuing
 * the numbers of any earlier run so that no number is ever printed twice.
 */
import { randomUUID } from 'node:crypto';
import {
  type BallotLayout,
  type BallotPaper,
  type BallotReserve,
  type IsoDate,
  serialRanges,
} from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { ballotRanges, ballotRuns, ballotSettings } from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { problemText } from '../../registration/violation-text.js';
import { committeeElection } from '../committee-election.js';
import { ballotState, rangesOf, runsOf } from './state.js';

export interface SettingsInput {
  layout: BallotLayout;
  paper: BallotPaper;
  reserve: BallotReserve;
}

/** Locks the election's settings row (created with the defaults on first use): ballot acts run one at a time. */
async function lockSettings(tx: Tx, vr: VillageCtx, electionId: string) {
  await tx
    .insert(ballotSettings)
    .values({ countyCode: vr.countyCode, electionId, roundId: vr.round.id, villageCode: vr.villageCode })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(ballotSettings)
    .where(and(eq(ballotSettings.countyCode, vr.countyCode), eq(ballotSettings.electionId, electionId)))
    .for('update');
  return row!;
}

export async function saveSettings(db: Db, actor: Actor, vr: VillageCtx, input: SettingsInput) {
  if (input.reserve.kind === 'percent' && input.reserve.value > 100) {
    throw badRequest('预留数：按比例预留不能超过100%');
  }
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    const before = await lockSettings(tx, vr, election.id);
    const [after] = await tx
      .update(ballotSettings)
      .set({
        layout: input.layout,
        paper: input.paper,
        reserveKind: input.reserve.kind,
        reserveValue: input.reserve.value,
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(and(eq(ballotSettings.countyCode, vr.countyCode), eq(ballotSettings.electionId, election.id)))
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'ballots.settings',
      entity: 'ballot-settings',
      entityId: election.id,
      regionCode: vr.villageCode,
      before,
      after,
    });
    return after!;
  });
}

/** A numbered print run from the current settings; refused while anything bars printing. */
export async function generateRun(db: Db, actor: Actor, vr: VillageCtx, today: IsoDate) {
  return db.transaction(async (tx) => {
    const election = await committeeElection(tx, vr);
    await lockSettings(tx, vr, election.id);
    const state = await ballotState(tx, vr);
    if (state.problems.length > 0 || !state.model) {
      throw conflict(`还不能印制选票：${state.problems.map(problemText).join('；')}`);
    }
    const runs = await runsOf(tx, vr, election.id);
    let last = 0;
    for (const r of runs) for (const g of await rangesOf(tx, vr, r.id)) last = Math.max(last, g.toNo);
    const ranges = serialRanges(state.counts, last + 1);
    await tx
      .update(ballotRuns)
      .set({ status: 'superseded' })
      .where(
        and(
          eq(ballotRuns.countyCode, vr.countyCode),
          eq(ballotRuns.electionId, election.id),
          eq(ballotRuns.status, 'current'),
        ),
      );
    const previous = runs.find((r) => r.status === 'current') ?? null;
    const [run] = await tx
      .insert(ballotRuns)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        electionId: election.id,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        version: (runs[0]?.version ?? 0) + 1,
        layout: state.settings.layout,
        paper: state.settings.paper,
        reserveKind: state.settings.reserve.kind,
        reserveValue: state.settings.reserve.value,
        model: state.model,
        generatedOn: today,
        generatedBy: actor.id,
        generatedByName: actor.name,
      })
      .returning();
    const rows = state.counts.map((c, i) => ({
      countyCode: vr.countyCode,
      runId: run!.id,
      placeId: c.placeId,
      electionId: election.id,
      placeKind: c.kind,
      placeName: c.name,
      sortOrder: i,
      voters: c.voters,
      reserve: c.reserve,
      fromNo: ranges[i]!.from,
      toNo: ranges[i]!.to,
    }));
    if (rows.length > 0) await tx.insert(ballotRanges).values(rows);
    await appendAudit(tx, {
      actor,
      action: 'ballots.generate',
      entity: 'ballot-run',
      entityId: run!.id,
      regionCode: vr.villageCode,
      before: previous ? { runId: previous.id, version: previous.version } : null,
      after: {
        version: run!.version,
        layout: run!.layout,
        paper: run!.paper,
        reserve: state.settings.reserve,
        sheetsPerVoter: state.model.sheets.length,
        ranges: rows.map((r) => ({
          place: r.placeName,
          voters: r.voters,
          reserve: r.reserve,
          from: r.fromNo,
          to: r.toNo,
        })),
      },
    });
    return { ...run!, ranges: rows };
  });
}
