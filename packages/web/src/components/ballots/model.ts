// Shapes of the ballots API (issue 5 item 9: /api/rounds/:id/villages/:code/ballots). The ballot
// itself is core's BallotModel, the same value the PDF is drawn from.
import type { BallotLayout, BallotModel, BallotPaper, BallotReserve, PollingPlaceKind } from '@huanjie/core';
import type { RuleReason } from '../registration/model.js';

export type { BallotLayout, BallotModel, BallotPaper, BallotReserve };

export interface BallotSettings {
  layout: BallotLayout;
  paper: BallotPaper;
  reserve: BallotReserve;
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

export interface BallotRange {
  placeId: string;
  placeName: string;
  placeKind: PollingPlaceKind;
  voters: number;
  reserve: number;
  fromNo: number;
  toNo: number;
}

export interface BallotRun {
  id: string;
  version: number;
  layout: BallotLayout;
  paper: BallotPaper;
  reserveKind: 'number' | 'percent';
  reserveValue: number;
  generatedOn: string;
  generatedByName: string | null;
  ranges: BallotRange[];
  /** why the run no longer matches the plan, candidates or settings; empty when it does */
  stale: string[];
}

export interface BallotsAnswer {
  electionId: string;
  seatPlan: { status: string; nominationMode: 'direct' | 'self' } | null;
  settings: BallotSettings;
  model: BallotModel | null;
  counts: PlaceCount[];
  totals: { voters: number; reserve: number; total: number; sheets: number };
  run: BallotRun | null;
  problems: (RuleReason & { field: string })[];
  warnings: (RuleReason & { field: string })[];
  pollingPlan: { publishedOn: string | null; changedSincePublication: boolean };
  committeeName: string;
}

export const ballotsApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}/ballots`;

export const samplePdf = (roundId: string, code: string, s?: { layout: BallotLayout; paper: BallotPaper }) =>
  `/api${ballotsApi(roundId, code)}/sample.pdf${s ? `?layout=${s.layout}&paper=${s.paper}` : ''}`;

export const runPdf = (roundId: string, code: string, runId: string, placeId?: string) =>
  `/api${ballotsApi(roundId, code)}/runs/${runId}/ballots.pdf${placeId ? `?place=${placeId}` : ''}`;

export const layoutLabels: Record<BallotLayout, string> = {
  single: '一张选票（各职位印在同一张上）',
  'per-office': '分职位印制（每个职位一张）',
};

export const serial = (n: number) => `No.${String(n).padStart(6, '0')}`;
