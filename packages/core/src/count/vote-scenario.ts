/**
 * The `huanjie-scenario/1` document of one vote on polling day: everything the engine needs and
 * nothing else, so the app's result and `huanjie tally` on the downloaded file are the same. People are
 * the ballot's candidates (in print order), then members elected in earlier votes, then everyone else
 * marked on a ballot (另选他人), by pinyin of the name; ties in the result's orderings follow this order
 * (scenario-format.md). Relations among them come from the village's kinship records.
 */

import { compareByPinyin } from '../names/pinyin-order.js';
import type { KinLink } from '../rules/kin-graph.js';
import {
  type BallotGroup,
  type CommitteeBody,
  type ElectionScenario,
  type Marks,
  type Person,
  type RecallBallotGroup,
  type RecallScenario,
  type Relation,
  type Round,
  SCENARIO_FORMAT,
  type Sex,
} from '../scenario/types.js';

export interface VoteScenarioOffice {
  readonly id: string;
  readonly title: string;
  readonly seats: number;
  readonly rank: number;
  readonly womenOnly?: boolean;
}

export interface VoteScenarioInput {
  readonly name: string;
  readonly ruleset: string;
  readonly body: CommitteeBody;
  readonly round: Round;
  readonly registered: number;
  readonly voted: number;
  readonly issued: number;
  readonly offices: readonly VoteScenarioOffice[];
  /** the ballot's people in print order */
  readonly candidates: readonly { readonly voterId: string }[];
  readonly electedBefore: readonly {
    readonly voterId: string;
    readonly office: string;
    readonly rank: number;
  }[];
  /** name and sex of everyone in `voteScenarioPeopleIds` */
  readonly people: ReadonlyMap<string, { readonly name: string; readonly sex: Sex }>;
  /** the village's kinship; only pairs of people in the scenario are kept */
  readonly relations: readonly KinLink[];
  /** each counting box's ballots */
  readonly boxes: readonly (readonly BallotGroup[])[];
}

export interface RecallScenarioInput {
  readonly name: string;
  readonly ruleset: string;
  readonly registered: number;
  readonly voted: number;
  readonly issued: number;
  readonly boxes: readonly (readonly RecallBallotGroup[])[];
}

/** Everyone the scenario names, so the caller can look up their names and sexes. */
export function voteScenarioPeopleIds(
  input: Pick<VoteScenarioInput, 'candidates' | 'electedBefore' | 'boxes'>,
): string[] {
  const ids = new Set<string>();
  for (const c of input.candidates) ids.add(c.voterId);
  for (const e of input.electedBefore) ids.add(e.voterId);
  for (const box of input.boxes)
    for (const g of box)
      for (const people of Object.values(g.marks ?? {})) for (const p of people) ids.add(p);
  return [...ids];
}

export type VoteScenarioError = { readonly kind: 'unknown-person'; readonly personId: string };

/** The election scenario, or the first person the caller gave no name and sex for. */
export function electionVoteScenario(
  input: VoteScenarioInput,
):
  | { ok: true; value: ElectionScenario & { ballots: BallotGroup[] } }
  | { ok: false; error: VoteScenarioError } {
  const first = new Set<string>([
    ...input.candidates.map((c) => c.voterId),
    ...input.electedBefore.map((e) => e.voterId),
  ]);
  const others = voteScenarioPeopleIds(input).filter((id) => !first.has(id));
  for (const id of [...first, ...others])
    if (!input.people.has(id)) return { ok: false, error: { kind: 'unknown-person', personId: id } };
  others.sort(
    (a, b) =>
      compareByPinyin(input.people.get(a)!.name, input.people.get(b)!.name) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const order = [...first, ...others];
  const inScenario = new Set(order);
  const relations = new Map<string, Relation[]>();
  const stated = new Set<string>();
  for (const link of input.relations) {
    if (link.from === link.to || !inScenario.has(link.from) || !inScenario.has(link.to)) continue;
    const pair = link.from < link.to ? `${link.from}\u0000${link.to}` : `${link.to}\u0000${link.from}`;
    if (stated.has(pair)) continue;
    stated.add(pair);
    const list = relations.get(link.from) ?? [];
    list.push({ to: link.to, kind: link.kind });
    relations.set(link.from, list);
  }
  const people: Person[] = order.map((id) => {
    const p = input.people.get(id)!;
    return { id, name: p.name, sex: p.sex, relations: relations.get(id) ?? [] };
  });
  return {
    ok: true,
    value: {
      format: SCENARIO_FORMAT,
      name: input.name,
      ruleset: input.ruleset,
      body: input.body,
      round: input.round,
      registered: input.registered,
      voted: input.voted,
      issued: input.issued,
      offices: input.offices.map((o) => ({
        id: o.id,
        title: o.title,
        seats: o.seats,
        rank: o.rank,
        womenOnly: o.womenOnly === true,
      })),
      people,
      electedBefore: input.electedBefore.map((e) => ({ person: e.voterId, office: e.office, rank: e.rank })),
      ballots: mergeGroups(
        input.boxes,
        input.offices.map((o) => o.id),
        new Map(order.map((id, i) => [id, i])),
      ),
    },
  };
}

export function recallVoteScenario(
  input: RecallScenarioInput,
): RecallScenario & { ballots: RecallBallotGroup[] } {
  const counts = { yes: 0, no: 0, void: 0 };
  for (const box of input.boxes)
    for (const g of box) {
      if (g.void) counts.void += g.n;
      else counts[g.recall] += g.n;
    }
  const ballots: RecallBallotGroup[] = [];
  if (counts.yes > 0) ballots.push({ n: counts.yes, recall: 'yes' });
  if (counts.no > 0) ballots.push({ n: counts.no, recall: 'no' });
  if (counts.void > 0) ballots.push({ n: counts.void, void: true });
  return {
    format: SCENARIO_FORMAT,
    name: input.name,
    ruleset: input.ruleset,
    body: 'recall',
    round: 'first',
    registered: input.registered,
    voted: input.voted,
    issued: input.issued,
    ballots,
  };
}

/**
 * All boxes' groups with identical ballots together (a ballot's marks read as sets per office):
 * void first, then marked ballots in the order they first appear, blank ones last.
 */
function mergeGroups(
  boxes: readonly (readonly BallotGroup[])[],
  officeOrder: readonly string[],
  personOrder: ReadonlyMap<string, number>,
): BallotGroup[] {
  let voidCount = 0;
  let blank = 0;
  const marked = new Map<string, { n: number; marks: Marks }>();
  for (const box of boxes)
    for (const g of box) {
      if (g.void) {
        voidCount += g.n;
        continue;
      }
      const marks: Record<string, string[]> = {};
      for (const office of officeOrder) {
        const people = g.marks[office];
        if (people && people.length > 0)
          marks[office] = [...people].sort((a, b) => (personOrder.get(a) ?? 0) - (personOrder.get(b) ?? 0));
      }
      for (const office of Object.keys(g.marks))
        if (!officeOrder.includes(office) && (g.marks[office]?.length ?? 0) > 0)
          marks[office] = [...g.marks[office]!];
      if (Object.keys(marks).length === 0) {
        blank += g.n;
        continue;
      }
      const key = JSON.stringify(marks);
      const seen = marked.get(key);
      if (seen) seen.n += g.n;
      else marked.set(key, { n: g.n, marks });
    }
  const out: BallotGroup[] = [];
  if (voidCount > 0) out.push({ n: voidCount, void: true });
  for (const g of marked.values()) out.push({ n: g.n, marks: g.marks });
  if (blank > 0) out.push({ n: blank, marks: {} });
  return out;
}
