/**
 * 换届进度 (issue 7 item 1): where every village of a township or county stands in a round — its status
 * (preparing, voting, completed, failed, postponed), the step it is at and the steps that are late (from
 * the schedule, with their rule), whether the first vote filled every seat, its risk rating, and what is
 * left — with counts per township. A constant number of queries for the whole area: the schedule's facts
 * (preparation/schedule/facts.ts), the committee elections and their votes, the ratings, the handovers.
 */
import type { ElectionResult, IsoDate } from '@huanjie/core';
import { type AnyColumn, and, eq, inArray, like } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { elections, handovers, riskRatings, roundVillages, voteRounds } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { computeSchedule, isLate, type ScheduleStep } from '../preparation/schedule/compute.js';
import { loadFacts } from '../preparation/schedule/facts.js';
import { getRegion, regionsByCodes, villagesUnder } from '../regions/queries.js';
import type { RoundRow } from '../rounds/service.js';

export const PROGRESS_STATUSES = ['preparing', 'voting', 'completed', 'failed', 'postponed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  preparing: '筹备中',
  voting: '投票选举中',
  completed: '已完成',
  failed: '选举未成功',
  postponed: '暂缓选举',
};

export interface ProgressStep {
  id: string;
  title: string;
  due: string | null;
  state: string;
  rule: string;
  daysLate: number;
  reason: string;
}

export interface VillageProgress {
  code: string;
  name: string;
  kind: 'village' | 'community';
  townshipCode: string;
  townshipName: string;
  electionDay: string | null;
  status: ProgressStatus;
  /** the step it is at, in words (the schedule's next step, or the vote's stage) */
  current: string;
  currentDue: string | null;
  /** steps past their day, not done or done after it, each with its rule */
  late: ProgressStep[];
  /** the first vote: held (a result counted), and whether it filled every seat (一次选举成功) */
  firstVote: { held: boolean; success: boolean | null; registered: number | null; voted: number | null };
  /** a runoff, revote or by-election was needed */
  followUpVotes: number;
  risk: { level: 'green' | 'orange' | 'red'; reasons: string[]; ratedOn: string } | null;
  /** what is left to do, in words, most urgent first */
  left: string[];
  leftCount: number;
  postponedReason: string | null;
}

export interface ProgressCounts {
  villages: number;
  preparing: number;
  voting: number;
  completed: number;
  failed: number;
  postponed: number;
  /** villages whose first vote has a result, and those where it filled every seat */
  firstVoteHeld: number;
  firstVoteSuccess: number;
  /** villages with a step late (not done past its day) */
  withLate: number;
  lateSteps: number;
  red: number;
  orange: number;
}

export interface TownshipProgress extends ProgressCounts {
  code: string;
  name: string;
}

export interface AreaProgress {
  round: { id: string; name: string; status: string; regionCode: string };
  area: { code: string; name: string; level: string };
  today: string;
  summary: ProgressCounts;
  townships: TownshipProgress[];
  villages: VillageProgress[];
}

type VoteRow = Pick<
  typeof voteRounds.$inferSelect,
  'villageCode' | 'electionId' | 'kind' | 'seq' | 'status' | 'result' | 'offices'
>;

const COUNTED = new Set(['counted', 'reported', 'confirmed']);

function filledEverySeat(r: ElectionResult): boolean {
  return (
    r.valid &&
    r.offices.every((o) => o.unfilled === 0 && o.tieRevote === null) &&
    r.kinRevote.length === 0 &&
    r.kinRemoved.length === 0
  );
}

/** Where the village's committee votes leave it: null when no vote is open yet. */
function voteStage(
  votes: readonly VoteRow[],
): { status: ProgressStatus; current: string; left: string[] } | null {
  const live = votes.filter((v) => v.kind !== 'recall').sort((a, b) => a.seq - b.seq);
  if (live.length === 0) return null;
  const last = live.at(-1)!;
  const label = last.kind === 'first' ? '第一次投票' : '另行选举';
  if (last.status === 'polling')
    return { status: 'voting', current: `${label}：投票中`, left: ['计票', '乡镇确认结果'] };
  if (last.status !== 'confirmed')
    return {
      status: 'voting',
      current: `${label}：${last.status === 'counting' ? '计票中' : last.status === 'counted' ? '已计票，待报送' : '已报送，待乡镇确认'}`,
      left: last.status === 'reported' ? ['乡镇确认结果'] : ['报送乡镇', '乡镇确认结果'],
    };
  const result = last.result as ElectionResult | null;
  if (result && !result.valid)
    return { status: 'failed', current: '选举无效，须重新选举', left: ['重新选举'] };
  const seats = live[0]!.offices.reduce((n, o) => n + o.seats, 0);
  let elected = 0;
  for (const v of live) {
    const r = v.result as ElectionResult | null;
    if (v.status !== 'confirmed' || !r) continue;
    elected += r.offices.reduce((n, o) => n + o.elected.length, 0) - r.kinRemoved.length;
  }
  if (elected < seats && result?.vacancyMayRemain !== true)
    return { status: 'voting', current: `已选出${elected}名，尚缺${seats - elected}名`, left: ['另行选举'] };
  return { status: 'completed', current: '选举完成', left: [] };
}

function stepView(s: ScheduleStep): ProgressStep {
  return {
    id: s.id,
    title: s.title,
    due: s.due,
    state: s.state,
    rule: s.rule,
    daysLate: s.daysLate,
    reason: s.reason,
  };
}

const OPEN_STATES = new Set(['late', 'due-soon', 'upcoming']);

export async function areaProgress(
  db: Tx,
  round: RoundRow,
  code: string,
  today: IsoDate,
): Promise<AreaProgress> {
  if (!code.startsWith(round.regionCode) && !round.regionCode.startsWith(code))
    throw notFound(`区域 ${code} 不在换届「${round.name}」的范围内`);
  const under = `${code}%`;
  const inRound = (t: { countyCode: AnyColumn; roundId: AnyColumn; villageCode: AnyColumn }) =>
    and(eq(t.countyCode, round.countyCode), eq(t.roundId, round.id), like(t.villageCode, under));
  const [region, facts, regionRows, committeeElections, votes, ratings, handoverRows, postponed] =
    await Promise.all([
      getRegion(db, code),
      loadFacts(db, round, code),
      villagesUnder(db, code),
      db
        .select({ id: elections.id, villageCode: elections.villageCode, attempt: elections.attempt })
        .from(elections)
        .where(
          and(inRound(elections), inArray(elections.kind, ['village-committee', 'residents-committee'])),
        ),
      db
        .select({
          villageCode: voteRounds.villageCode,
          electionId: voteRounds.electionId,
          kind: voteRounds.kind,
          seq: voteRounds.seq,
          status: voteRounds.status,
          result: voteRounds.result,
          offices: voteRounds.offices,
        })
        .from(voteRounds)
        .where(inRound(voteRounds)),
      db.select().from(riskRatings).where(inRound(riskRatings)),
      db
        .select({
          villageCode: handovers.villageCode,
          completedOn: handovers.completedOn,
          dueOn: handovers.dueOn,
        })
        .from(handovers)
        .where(inRound(handovers)),
      db
        .select({ villageCode: roundVillages.villageCode, reason: roundVillages.postponedReason })
        .from(roundVillages)
        .where(and(inRound(roundVillages), eq(roundVillages.status, 'postponed'))),
    ]);
  const kindOf = new Map(regionRows.map((r) => [r.code, r.kind ?? 'village']));
  const townshipCodes = [...new Set(facts.villages.map((v) => v.code.slice(0, 9)))].sort();
  const townshipNames = new Map((await regionsByCodes(db, townshipCodes)).map((r) => [r.code, r.name]));
  // the newest attempt of each village's committee election
  const electionOf = new Map<string, { id: string; attempt: number }>();
  for (const e of committeeElections) {
    const seen = electionOf.get(e.villageCode);
    if (!seen || seen.attempt < e.attempt) electionOf.set(e.villageCode, e);
  }
  const votesOf = new Map<string, VoteRow[]>();
  for (const v of votes) {
    if (electionOf.get(v.villageCode)?.id !== v.electionId) continue;
    votesOf.set(v.villageCode, [...(votesOf.get(v.villageCode) ?? []), v]);
  }
  const ratingOf = new Map(ratings.map((r) => [r.villageCode, r]));
  const handoverOf = new Map(handoverRows.map((h) => [h.villageCode, h]));
  const postponedReason = new Map(postponed.map((p) => [p.villageCode, p.reason]));
  const villages: VillageProgress[] = facts.villages.map((v) => {
    const mine = votesOf.get(v.code) ?? [];
    const first = mine.find((x) => x.kind === 'first');
    const firstResult = first && COUNTED.has(first.status) ? (first.result as ElectionResult | null) : null;
    const stage = voteStage(mine);
    const stored = v.status;
    let status: ProgressStatus =
      stored === 'postponed'
        ? 'postponed'
        : stored === 'failed'
          ? 'failed'
          : stored === 'completed'
            ? 'completed'
            : 'preparing';
    if (status === 'preparing' && stage) status = stage.status;
    let current = '';
    let currentDue: string | null = null;
    let left: string[] = [];
    let late: ProgressStep[] = [];
    if (status === 'preparing') {
      const steps = computeSchedule(facts.round, v, today);
      late = steps.filter((s) => isLate(s)).map(stepView);
      const open = steps.filter((s) => OPEN_STATES.has(s.state));
      const next = open.find((s) => s.state === 'late') ?? open[0];
      current = next ? next.title : v.electionDay ? '等待选举日' : '确定选举日';
      currentDue = next?.due ?? null;
      left = open.map((s) => s.title);
      if (!v.electionDay) left = ['确定选举日', ...left];
      left.push('投票选举');
    } else if (status === 'voting') {
      current = stage?.current ?? '投票选举中';
      currentDue = v.electionDay;
      left = stage?.left ?? [];
    } else if (status === 'completed') {
      const h = handoverOf.get(v.code);
      if (h?.completedOn) current = '换届完成';
      else {
        current = '工作移交';
        currentDue = h?.dueOn ?? null;
        left = ['工作移交'];
      }
    } else if (status === 'failed') {
      current = stage?.status === 'failed' ? stage.current : '选举未成功，须重新选举';
      left = ['重新选举'];
    } else {
      current = '暂缓选举';
      currentDue = v.electionDay;
      left = ['确定新的选举日', '投票选举'];
    }
    const r = ratingOf.get(v.code);
    return {
      code: v.code,
      name: v.name,
      kind: kindOf.get(v.code) ?? 'village',
      townshipCode: v.code.slice(0, 9),
      townshipName: v.townshipName,
      electionDay: v.electionDay,
      status,
      current,
      currentDue,
      late,
      firstVote: {
        held: firstResult !== null,
        success: firstResult ? filledEverySeat(firstResult) : null,
        registered: firstResult?.registered ?? null,
        voted: firstResult?.voted ?? null,
      },
      followUpVotes: mine.filter((x) => x.kind !== 'first' && x.kind !== 'recall').length,
      risk: r ? { level: r.level, reasons: r.reasons, ratedOn: r.ratedOn } : null,
      left,
      leftCount: left.length,
      postponedReason: postponedReason.get(v.code) ?? null,
    };
  });

  const count = (list: readonly VillageProgress[]): ProgressCounts => ({
    villages: list.length,
    preparing: list.filter((v) => v.status === 'preparing').length,
    voting: list.filter((v) => v.status === 'voting').length,
    completed: list.filter((v) => v.status === 'completed').length,
    failed: list.filter((v) => v.status === 'failed').length,
    postponed: list.filter((v) => v.status === 'postponed').length,
    firstVoteHeld: list.filter((v) => v.firstVote.held).length,
    firstVoteSuccess: list.filter((v) => v.firstVote.success === true).length,
    withLate: list.filter((v) => v.late.some((s) => s.state === 'late')).length,
    lateSteps: list.reduce((n, v) => n + v.late.filter((s) => s.state === 'late').length, 0),
    red: list.filter((v) => v.risk?.level === 'red').length,
    orange: list.filter((v) => v.risk?.level === 'orange').length,
  });
  return {
    round: { id: round.id, name: round.name, status: round.status, regionCode: round.regionCode },
    area: { code, name: region.name, level: region.level },
    today,
    summary: count(villages),
    townships: townshipCodes.map((t) => ({
      code: t,
      name: townshipNames.get(t) ?? t,
      ...count(villages.filter((v) => v.townshipCode === t)),
    })),
    villages,
  };
}
