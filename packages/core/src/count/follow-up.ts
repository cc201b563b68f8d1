/**
 * What an election holds next after one vote's result, as data the server turns into votes:
 * - a vote that is not valid is held again as it was (scenario-format.md: "the round is held again");
 * - a tie at the cut-off: a revote among the tied people alone for the seats they compete for (F-4);
 * - a kinship pair with equal rank and votes (C1-5): a revote of the pair, each in the office they
 *   were elected to; the engine's kinship rule then keeps the one with more votes;
 * - unfilled seats: a runoff (另行选举, F-5, F-6) for the seats left. After the first vote its candidates
 *   are the engine's `runoffCandidates`; after a later vote the law names no new list, so they are again
 *   the people not yet elected with the most first-vote votes for that office (F-5: 第一次投票未当选的
 *   人员得票多的), seats + `runoffExtraCandidates` of them with everyone tied at the cut-off. A women-only
 *   office stays women-only while no woman is elected (F-9, `womenOfficeKept`); otherwise its seats join
 *   an ordinary office of the same rank. Once `vacancyMayRemain`, a further runoff is optional (F-8).
 * Plus the members elected so far: the next vote's `electedBefore`.
 */
import type { TallyParams } from '../ruleset/tally-params.js';
import type { ElectedBefore, Office } from '../scenario/types.js';
import type { ElectionResult } from '../tally/result-types.js';

export type FollowUpKind = 'repeat' | 'tie-revote' | 'kin-revote' | 'runoff';

export interface FollowUpCandidate {
  readonly person: string;
  readonly office: string;
}

export interface FollowUpVote {
  readonly kind: FollowUpKind;
  readonly offices: readonly Office[];
  /** the ballot's people per office, in the order they rank (most votes first) */
  readonly candidates: readonly FollowUpCandidate[];
  readonly electedBefore: readonly ElectedBefore[];
  /** the law lets the meeting leave the seats empty instead (F-8) */
  readonly optional: boolean;
  readonly rule: string;
}

export interface FollowUps {
  readonly votes: readonly FollowUpVote[];
  /** members elected in this vote and before it, for the next vote's `electedBefore` */
  readonly electedSoFar: readonly ElectedBefore[];
  readonly vacancyMayRemain: boolean | null;
}

export interface FollowUpInput {
  readonly result: ElectionResult;
  /** this vote's offices and ballot people */
  readonly offices: readonly Office[];
  readonly candidates: readonly FollowUpCandidate[];
  readonly electedBefore: readonly ElectedBefore[];
  /** the election's first vote's offices and result (this vote's own when it is the first) */
  readonly firstOffices: readonly Office[];
  readonly firstResult: ElectionResult;
  readonly isFemale: (person: string) => boolean;
  readonly tally: Pick<TallyParams, 'runoffExtraCandidates' | 'womenRule'>;
}

export function followUps(input: FollowUpInput): FollowUps {
  const { result, offices } = input;
  const officeOf = new Map(offices.map((o) => [o.id, o]));
  const removed = new Set(result.kinRemoved.map((k) => k.person));
  const electedSoFar: ElectedBefore[] = [
    ...input.electedBefore.filter((e) => !removed.has(e.person)),
    ...result.offices.flatMap((o) =>
      o.elected.map((person) => ({ person, office: o.id, rank: officeOf.get(o.id)?.rank ?? 3 })),
    ),
  ];
  if (!result.valid) {
    const repeat: FollowUpVote = {
      kind: 'repeat',
      offices,
      candidates: input.candidates,
      electedBefore: input.electedBefore,
      optional: false,
      rule: result.invalidReason === 'turnout' ? 'F-1' : 'E-4',
    };
    return { votes: [repeat], electedSoFar: input.electedBefore, vacancyMayRemain: null };
  }
  const votes: FollowUpVote[] = [];
  const tie = tieRevote(result, officeOf, electedSoFar);
  if (tie) votes.push(tie);
  const kin = kinRevote(result, officeOf, electedSoFar);
  if (kin) votes.push(kin);
  const runoff = runoffVote(input, officeOf, electedSoFar);
  if (runoff) votes.push(runoff);
  return { votes, electedSoFar, vacancyMayRemain: result.vacancyMayRemain };
}

function tieRevote(
  result: ElectionResult,
  officeOf: ReadonlyMap<string, Office>,
  electedBefore: readonly ElectedBefore[],
): FollowUpVote | null {
  const tied = result.offices.filter((o) => o.tieRevote !== null);
  if (tied.length === 0) return null;
  return {
    kind: 'tie-revote',
    offices: tied.map((o) => ({ ...officeOf.get(o.id)!, seats: o.tieRevote!.seats })),
    candidates: tied.flatMap((o) => o.tieRevote!.people.map((person) => ({ person, office: o.id }))),
    electedBefore,
    optional: false,
    rule: 'F-4',
  };
}

/** Each person of a kin pair sits in the office with a seat waiting for them where they had the most votes. */
function kinRevote(
  result: ElectionResult,
  officeOf: ReadonlyMap<string, Office>,
  electedBefore: readonly ElectedBefore[],
): FollowUpVote | null {
  if (result.kinRevote.length === 0) return null;
  const waiting = new Map(
    result.offices.map((o) => [
      o.id,
      (officeOf.get(o.id)?.seats ?? 0) - o.elected.length - o.unfilled - (o.tieRevote?.seats ?? 0),
    ]),
  );
  const seats = new Map<string, number>();
  const candidates: FollowUpCandidate[] = [];
  for (const pair of result.kinRevote)
    for (const person of pair.people) {
      let best: { office: string; votes: number } | null = null;
      for (const o of result.offices) {
        const v = o.votes[person] ?? 0;
        if (v > 0 && (waiting.get(o.id) ?? 0) > 0 && (!best || v > best.votes))
          best = { office: o.id, votes: v };
      }
      if (!best) continue;
      waiting.set(best.office, waiting.get(best.office)! - 1);
      seats.set(best.office, (seats.get(best.office) ?? 0) + 1);
      candidates.push({ person, office: best.office });
    }
  if (candidates.length === 0) return null;
  return {
    kind: 'kin-revote',
    offices: [...officeOf.values()]
      .filter((o) => seats.has(o.id))
      .map((o) => ({ ...o, seats: seats.get(o.id)! })),
    candidates,
    electedBefore,
    optional: false,
    rule: 'C1-5',
  };
}

function runoffVote(
  input: FollowUpInput,
  officeOf: ReadonlyMap<string, Office>,
  electedSoFar: readonly ElectedBefore[],
): FollowUpVote | null {
  const { result } = input;
  const open = result.offices.filter((o) => o.unfilled > 0);
  if (open.length === 0) return null;
  const seated = new Set(electedSoFar.map((e) => e.person));
  const waiting = new Set<string>([
    ...result.offices.flatMap((o) => o.tieRevote?.people ?? []),
    ...result.kinRevote.flatMap((k) => k.people),
    ...result.kinRemoved.map((k) => k.person),
  ]);
  const extra = input.tally.runoffExtraCandidates.value;
  const candidatesFor = (office: Office, seats: number): string[] => {
    if (result.round === 'first' && result.runoffCandidates)
      return [...(result.runoffCandidates[office.id] ?? [])];
    const first = input.firstResult.offices.find((o) => o.id === office.id);
    const ranked = Object.entries(first?.votes ?? {})
      .filter(
        ([p, v]) => v > 0 && !seated.has(p) && !waiting.has(p) && (!office.womenOnly || input.isFemale(p)),
      )
      .sort((a, b) => b[1] - a[1]);
    return topWithTies(ranked, seats + extra).map(([p]) => p);
  };

  const offices: Office[] = [];
  const candidates: FollowUpCandidate[] = [];
  const add = (office: Office, seats: number, people: readonly string[]) => {
    const at = offices.findIndex((o) => o.id === office.id);
    if (at >= 0) offices[at] = { ...offices[at]!, seats: offices[at]!.seats + seats };
    else offices.push({ ...office, seats });
    for (const person of people)
      if (!candidates.some((c) => c.office === office.id && c.person === person))
        candidates.push({ person, office: office.id });
  };
  // F-9: once a woman is on the committee the engine says the women column is not kept: its seats
  // join an ordinary office of the same rank (or stay a column open to everyone when there is none)
  const keepWomen = result.womenOfficeKept !== false;
  const womenLast = [...open].sort(
    (a, b) => Number(officeOf.get(a.id)!.womenOnly) - Number(officeOf.get(b.id)!.womenOnly),
  );
  for (const o of womenLast) {
    const office = officeOf.get(o.id)!;
    const people = candidatesFor(office, o.unfilled);
    if (!office.womenOnly || keepWomen) {
      add(office, o.unfilled, people);
      continue;
    }
    const peer =
      [...officeOf.values()].find((x) => x.rank === office.rank && !x.womenOnly) ??
      input.firstOffices.find((x) => x.rank === office.rank && !x.womenOnly);
    add({ ...(peer ?? office), womenOnly: false }, o.unfilled, people);
  }
  // the election's office order; an ordinary office that took women seats lists its own people first
  offices.sort(
    (a, b) =>
      input.firstOffices.findIndex((x) => x.id === a.id) - input.firstOffices.findIndex((x) => x.id === b.id),
  );
  return {
    kind: 'runoff',
    offices,
    candidates: offices.flatMap((o) => candidates.filter((c) => c.office === o.id)),
    electedBefore: electedSoFar,
    optional: result.round === 'runoff' && result.vacancyMayRemain === true,
    rule: 'F-5;F-6',
  };
}

/** The first `count` of a ranking and everyone tied with the last of them (tally-spec §6). */
function topWithTies<T>(ranked: readonly (readonly [T, number])[], count: number): (readonly [T, number])[] {
  if (ranked.length <= count) return [...ranked];
  if (count <= 0) return [];
  const cut = ranked[count - 1]![1];
  let end = count;
  while (end < ranked.length && ranked[end]![1] === cut) end++;
  return ranked.slice(0, end);
}
