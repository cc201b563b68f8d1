/**
 * The ballots of a village's committee election as one value: the committee's settings, the ballot
 * model (core's ballotModel from the approved seat plan, the formal candidates and the rule set), the
 * number to print per polling place (its voters from the published polling plan plus the reserve),
 * the current numbered run and whether it still matches, and what bars printing.
 */
import {
  type BallotLayout,
  type BallotModel,
  type BallotPaper,
  type BallotReserve,
  ballotModel,
  type PollingPlaceKind,
  printCounts,
  type ScenarioOffice,
} from '@huanjie/core';
import { and, desc, eq } from 'drizzle-orm';
import { canonicalJson } from '../../audit/canonical.js';
import type { Tx } from '../../db/connect.js';
import { ballotRanges, ballotRuns, ballotSettings } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import type { Problem } from '../../registration/violation-text.js';
import { uniqueRules } from '../../registration/violation-text.js';
import {
  committeeElection,
  type ElectionRow,
  isFormalCandidate,
  nomineesOf,
  type SeatPlanRow,
  seatPlanOf,
} from '../committee-election.js';
import { pollingState } from '../polling/state.js';

export type BallotRunRow = typeof ballotRuns.$inferSelect;
export type BallotRangeRow = typeof ballotRanges.$inferSelect;

export interface BallotSettingsView {
  layout: BallotLayout;
  paper: BallotPaper;
  reserve: BallotReserve;
  /** false until the committee saves its choice */
  saved: boolean;
}

export interface PlaceCount {
  placeId: string;
  kind: PollingPlaceKind;
  name: string;
  voters: number;
  reserve: number;
  total: number;
}

export interface BallotState {
  election: ElectionRow;
  seatPlan: SeatPlanRow | null;
  settings: BallotSettingsView;
  /** null without an approved seat plan */
  model: BallotModel | null;
  counts: PlaceCount[];
  totals: { voters: number; reserve: number; total: number; sheets: number };
  run: (BallotRunRow & { ranges: BallotRangeRow[]; stale: string[] }) | null;
  /** what bars a numbered run, each with its rule */
  problems: Problem[];
  warnings: Problem[];
  /** the polling plan's publication, which fixes each place's voters */
  pollingPlan: { publishedOn: string | null; changedSincePublication: boolean };
  committeeName: string;
}

export const DEFAULT_SETTINGS: BallotSettingsView = {
  layout: 'single',
  paper: 'A4',
  reserve: { kind: 'percent', value: 0 },
  saved: false,
};

export async function settingsOf(db: Tx, vr: VillageCtx, electionId: string): Promise<BallotSettingsView> {
  const [row] = await db
    .select()
    .from(ballotSettings)
    .where(and(eq(ballotSettings.countyCode, vr.countyCode), eq(ballotSettings.electionId, electionId)));
  if (!row) return DEFAULT_SETTINGS;
  return {
    layout: row.layout,
    paper: row.paper,
    reserve: { kind: row.reserveKind, value: row.reserveValue },
    saved: true,
  };
}

export async function runsOf(db: Tx, vr: VillageCtx, electionId: string): Promise<BallotRunRow[]> {
  return db
    .select()
    .from(ballotRuns)
    .where(and(eq(ballotRuns.countyCode, vr.countyCode), eq(ballotRuns.electionId, electionId)))
    .orderBy(desc(ballotRuns.version));
}

export async function rangesOf(db: Tx, vr: VillageCtx, runId: string): Promise<BallotRangeRow[]> {
  const rows = await db
    .select()
    .from(ballotRanges)
    .where(and(eq(ballotRanges.countyCode, vr.countyCode), eq(ballotRanges.runId, runId)));
  return rows.sort((a, b) => a.sortOrder - b.sortOrder);
}

export function committeeNameOf(election: ElectionRow): string {
  return election.kind === 'residents-committee' ? '居民委员会' : '村民委员会';
}

/** Formal candidates (self mode: qualified self-nominees) as the ballot lists them. */
export async function ballotCandidates(db: Tx, vr: VillageCtx, electionId: string) {
  return (await nomineesOf(db, vr, electionId))
    .filter(isFormalCandidate)
    .map((n) => ({ office: n.office, id: n.id, name: n.name }));
}

function modelFor(
  vr: VillageCtx,
  plan: SeatPlanRow,
  layout: BallotLayout,
  candidates: { office: string; id: string; name: string }[],
) {
  return ballotModel(vr.ruleSet, {
    offices: plan.offices as ScenarioOffice[],
    nominationMode: plan.nominationMode,
    candidates,
    layout,
  });
}

export async function ballotState(
  db: Tx,
  vr: VillageCtx,
  override?: Partial<BallotSettingsView>,
): Promise<BallotState> {
  const election = await committeeElection(db, vr);
  const [seatPlan, saved, candidates, polling, runs] = await Promise.all([
    seatPlanOf(db, vr, election.id),
    settingsOf(db, vr, election.id),
    ballotCandidates(db, vr, election.id),
    pollingState(db, vr, election),
    runsOf(db, vr, election.id),
  ]);
  const settings = { ...saved, ...override };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let model: BallotModel | null = null;
  if (!seatPlan) {
    problems.push({
      rule: '',
      field: '职数方案',
      reason: '本村尚未制定职数方案：请先在“职数方案”页制定并报乡镇审核',
    });
  } else if (seatPlan.status !== 'approved') {
    problems.push({ rule: '', field: '职数方案', reason: '本村职数方案尚未经乡镇审核同意' });
  } else {
    model = modelFor(vr, seatPlan, settings.layout, candidates);
    for (const p of model.problems)
      problems.push({ rule: uniqueRules(p.rule), field: p.field ?? '选票', reason: p.reason });
    for (const w of model.warnings)
      warnings.push({ rule: uniqueRules(w.rule), field: w.field ?? '选票', reason: w.reason });
  }
  const plan = polling.plan;
  if (!plan || plan.version === 0) {
    problems.push({
      rule: 'B-7',
      field: '投票安排',
      reason: '投票安排尚未公布：各投票站、流动票箱的选民人数定下来后才能确定印票数',
    });
  } else if (plan.changedSincePublication) {
    problems.push({
      rule: 'B-7',
      field: '投票安排',
      reason: '投票安排公布后又有修改，请重新公布后再印制选票',
    });
  }

  const counts = printCounts(
    polling.places.map((p) => ({ id: p.id, voters: p.voters })),
    settings.reserve,
  ).map((c, i) => ({
    ...c,
    kind: polling.places[i]!.kind,
    name: polling.places[i]!.name,
  }));
  const sheetsPerVoter = model?.sheets.length ?? 1;
  const totals = counts.reduce(
    (t, c) => ({
      voters: t.voters + c.voters,
      reserve: t.reserve + c.reserve,
      total: t.total + c.total,
      sheets: t.sheets + c.total * sheetsPerVoter,
    }),
    { voters: 0, reserve: 0, total: 0, sheets: 0 },
  );

  const current = runs.find((r) => r.status === 'current') ?? null;
  let run: BallotState['run'] = null;
  if (current) {
    const ranges = await rangesOf(db, vr, current.id);
    const stale: string[] = [];
    if (model && canonicalJson((current.model as BallotModel).sheets) !== canonicalJson(model.sheets)) {
      stale.push('候选人、职位或选票样式与已印制的选票不一致');
    }
    const live = new Map(counts.map((c) => [c.placeId, c]));
    const changedPlaces = ranges.filter((r) => {
      const c = live.get(r.placeId);
      return !c || c.voters !== r.voters || c.reserve !== r.reserve;
    });
    if (changedPlaces.length > 0 || live.size !== ranges.length) {
      stale.push('投票地点或其选民人数、预留数与已印制的选票不一致');
    }
    if (current.paper !== settings.paper) stale.push('纸张与已印制的选票不一致');
    run = { ...current, ranges, stale };
  }

  return {
    election,
    seatPlan,
    settings,
    model,
    counts,
    totals,
    run,
    problems,
    warnings,
    pollingPlan: {
      publishedOn: plan?.publishedOn ?? null,
      changedSincePublication: plan?.changedSincePublication ?? false,
    },
    committeeName: committeeNameOf(election),
  };
}
