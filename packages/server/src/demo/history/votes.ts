/**
 * A village's committee votes in a closed round, counted by the engine: ballots grouped as a paper
 * tally would give them (most voters marking the winning slate, the rest splitting), built into the
 * same `huanjie-scenario/1` document the app builds on polling day, parsed and counted exactly as
 * `huanjie tally` does, so the stored scenario re-tallies to the stored result. A village planned for a
 * runoff leaves one member seat short of half in the first vote and fills it in the 另行选举.
 */
import {
  type BallotGroup,
  type ElectionResult,
  electionVoteScenario,
  formatScenarioError,
  parseScenario,
  type RuleSet,
  type TallyOutcome,
  tally,
} from '@huanjie/core';
import type { VoteCandidate, VoteElectedBefore, VoteOffice } from '../../db/schema.js';
import type { DemoPerson } from './people.js';
import type { VillagePlan } from './plan.js';
import type { Rng } from './random.js';

export interface CountedVote {
  id: string;
  seq: number;
  kind: 'first' | 'runoff';
  parentId: string | null;
  pollingDate: string;
  offices: VoteOffice[];
  candidates: VoteCandidate[];
  electedBefore: VoteElectedBefore[];
  registered: number;
  voted: number;
  outcome: TallyOutcome;
  result: ElectionResult;
  resultJson: string;
  scenarioJson: string;
}

type Marks = Record<string, string[]>;

/** Counts a scenario document the way `huanjie tally` does (server's countScenario without a village). */
export function countDocument(ruleSet: RuleSet, doc: Record<string, unknown>) {
  const parsed = parseScenario(doc, (id) => id === ruleSet.id);
  if (!parsed.ok) throw new Error(`demo scenario: ${parsed.error.map(formatScenarioError).join('; ')}`);
  const out = tally(parsed.value, ruleSet);
  if (!out.ok) throw new Error(`demo scenario: ${formatScenarioError(out.error)}`);
  return {
    outcome: out.value,
    result: out.value.result as ElectionResult,
    resultJson: JSON.stringify(out.value.result, null, 2),
    scenarioJson: JSON.stringify(doc, null, 2),
  };
}

function split(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  const out = shares.map((s) => Math.floor((total * s) / sum));
  out[0]! += total - out.reduce((s, x) => s + x, 0);
  return out;
}

function groups(slates: readonly { n: number; marks: Marks }[]): BallotGroup[] {
  return slates.filter((s) => s.n > 0).map((s) => ({ n: s.n, marks: s.marks }));
}

export interface VoteContext {
  ruleSet: RuleSet;
  roundName: string;
  villageName: string;
  body: 'village-committee' | 'residents-committee';
  idOf: (p: DemoPerson) => string;
  newId: () => string;
}

function scenario(
  ctx: VoteContext,
  label: string,
  round: 'first' | 'runoff',
  totals: { registered: number; voted: number },
  offices: VoteOffice[],
  candidates: VoteCandidate[],
  electedBefore: VoteElectedBefore[],
  people: Map<string, { name: string; sex: 'M' | 'F' }>,
  ballots: BallotGroup[],
) {
  const built = electionVoteScenario({
    name: `${ctx.villageName} ${ctx.roundName} ${label}`,
    ruleset: ctx.ruleSet.id,
    body: ctx.body,
    round,
    registered: totals.registered,
    voted: totals.voted,
    issued: totals.voted,
    offices,
    candidates,
    electedBefore,
    people,
    relations: [],
    boxes: [ballots],
  });
  if (!built.ok) throw new Error(`demo scenario: unknown person ${built.error.personId}`);
  return countDocument(ctx.ruleSet, JSON.parse(JSON.stringify(built.value)) as Record<string, unknown>);
}

/** The first vote (and the runoff, when the plan has one) of a village that voted. */
export function countVillage(r: Rng, plan: VillagePlan, ctx: VoteContext): CountedVote[] {
  const offices: VoteOffice[] = plan.offices.map((o) => ({
    id: o.id,
    title: o.title,
    seats: o.seats,
    rank: o.rank,
    ...(o.womenOnly ? { womenOnly: true } : {}),
  }));
  const people = new Map<string, { name: string; sex: 'M' | 'F' }>();
  const candidates: VoteCandidate[] = [];
  const winnersOf = new Map<string, string[]>();
  const loserOf = new Map<string, string>();
  for (const o of offices) {
    const ws = plan.winners.filter((w) => w.office === o.id).map((w) => w.person);
    const l = plan.losers.find((x) => x.office === o.id)!.person;
    // print order on the ballot: 姓氏笔画 in the app; here winners and loser shuffled
    for (const p of r.shuffle([...ws, l])) {
      const id = ctx.idOf(p);
      people.set(id, { name: p.name, sex: p.sex });
      candidates.push({ voterId: id, name: p.name, sex: p.sex, office: o.id });
    }
    winnersOf.set(
      o.id,
      ws.map((p) => ctx.idOf(p)),
    );
    loserOf.set(o.id, ctx.idOf(l));
  }
  const weak = plan.runoffWinner ? ctx.idOf(plan.runoffWinner) : null;

  const { registered, voted } = plan;
  const collected = voted - r.int(0, Math.min(3, voted));
  const voidN = Math.round(collected * r.between(0.002, 0.008));
  const blank = Math.round(collected * r.between(0.002, 0.01));
  const valid = collected - voidN - blank;
  const a = r.between(0.64, 0.8);
  const [slate, rest1, rest2] = split(valid, [a, (1 - a) * 0.6, (1 - a) * 0.4]) as [number, number, number];

  const all = (o: string) => winnersOf.get(o)!;
  const markSlate: Marks = Object.fromEntries(offices.map((o) => [o.id, all(o.id)]));
  // the second bloc prefers the other chair candidate and one other member
  const markB: Marks = Object.fromEntries(
    offices.map((o) => {
      const ws = all(o.id);
      const l = loserOf.get(o.id)!;
      if (o.id === 'chair' || o.id === 'vice') return [o.id, [l, ...ws.slice(1)]];
      if (o.id === 'member') return [o.id, [...ws.slice(1), l]];
      return [o.id, ws];
    }),
  );
  const markC: Marks = Object.fromEntries(
    offices.map((o) => {
      const ws = all(o.id);
      const l = loserOf.get(o.id)!;
      if (o.id === 'chair') return [o.id, ws];
      return [o.id, [l, ...ws.slice(1)]];
    }),
  );
  const ballots: BallotGroup[] = [];
  if (voidN > 0) ballots.push({ n: voidN, void: true });
  if (weak) {
    // the slate splits: part of it leaves one member's line empty, and that member falls short of half
    const [full, partial] = split(slate, [r.between(0.4, 0.5), 0.5]) as [number, number];
    const without: Marks = { ...markSlate, member: all('member').filter((id) => id !== weak) };
    ballots.push(
      ...groups([
        { n: full, marks: markSlate },
        { n: partial, marks: without },
      ]),
    );
  } else ballots.push(...groups([{ n: slate, marks: markSlate }]));
  ballots.push(
    ...groups([
      { n: rest1, marks: markB },
      { n: rest2, marks: markC },
    ]),
  );
  if (blank > 0) ballots.push({ n: blank, marks: {} });

  const firstId = ctx.newId();
  const first = scenario(
    ctx,
    '第一次投票（第1次投票）',
    'first',
    { registered, voted },
    offices,
    candidates,
    [],
    people,
    ballots,
  );
  const votes: CountedVote[] = [
    {
      id: firstId,
      seq: 1,
      kind: 'first',
      parentId: null,
      pollingDate: plan.electionDay,
      offices,
      candidates,
      electedBefore: [],
      registered,
      voted,
      ...first,
    },
  ];
  const unfilled = first.result.offices.filter((o) => o.unfilled > 0);
  if (!first.result.valid || unfilled.length === 0) return votes;

  // 另行选举 the same day: the seats left, among the result's runoff candidates
  const runoffCandidates = first.result.runoffCandidates ?? {};
  const rOffices: VoteOffice[] = unfilled.map((u) => ({
    ...offices.find((o) => o.id === u.id)!,
    seats: u.unfilled,
  }));
  const rCandidates: VoteCandidate[] = rOffices.flatMap((o) =>
    (runoffCandidates[o.id] ?? []).map((id) => ({ voterId: id, ...people.get(id)!, office: o.id })),
  );
  const electedBefore: VoteElectedBefore[] = first.result.offices.flatMap((o) =>
    o.elected.map((id) => ({ voterId: id, office: o.id, rank: offices.find((x) => x.id === o.id)!.rank })),
  );
  const voted2 = Math.round(voted * r.between(0.86, 0.95));
  const collected2 = voted2 - r.int(0, 2);
  const void2 = Math.round(collected2 * r.between(0.002, 0.006));
  const rBallots: BallotGroup[] = [];
  if (void2 > 0) rBallots.push({ n: void2, void: true });
  const marked = collected2 - void2;
  const favourite = (o: VoteOffice) => {
    const ids = runoffCandidates[o.id] ?? [];
    return weak && ids.includes(weak) ? weak : ids[0]!;
  };
  const [win, other] = split(marked, [r.between(0.58, 0.7), 0.35]) as [number, number];
  rBallots.push({ n: win, marks: Object.fromEntries(rOffices.map((o) => [o.id, [favourite(o)]])) });
  const others: Marks = Object.fromEntries(
    rOffices.map((o) => [
      o.id,
      (runoffCandidates[o.id] ?? []).filter((id) => id !== favourite(o)).slice(0, o.seats),
    ]),
  );
  if (other > 0) rBallots.push({ n: other, marks: others });
  const runoff = scenario(
    ctx,
    '另行选举（第2次投票）',
    'runoff',
    { registered, voted: voted2 },
    rOffices,
    rCandidates,
    electedBefore,
    people,
    rBallots,
  );
  votes.push({
    id: ctx.newId(),
    seq: 2,
    kind: 'runoff',
    parentId: firstId,
    pollingDate: plan.electionDay,
    offices: rOffices,
    candidates: rCandidates,
    electedBefore,
    registered,
    voted: voted2,
    ...runoff,
  });
  return votes;
}

/** Who the village's confirmed votes seat, as the app seats them (polling-day/result/members.ts). */
export function seatsOf(votes: readonly CountedVote[]) {
  const seats = new Map<
    string,
    { voterId: string; office: string; title: string; rank: number; votes: number; voteId: string }
  >();
  for (const v of votes) {
    for (const k of v.result.kinRemoved) seats.delete(k.person);
    for (const o of v.result.offices) {
      const office = v.offices.find((x) => x.id === o.id)!;
      for (const p of o.elected)
        seats.set(p, {
          voterId: p,
          office: o.id,
          title: office.title,
          rank: office.rank,
          votes: o.votes[p] ?? 0,
          voteId: v.id,
        });
    }
  }
  return [...seats.values()];
}
