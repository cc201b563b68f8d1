/**
 * Ballots that read exactly like a box's tally sheet, so a box counted on paper goes through the same
 * engine (and `huanjie tally`) as a box entered ballot by ballot: `collected` ballots, `voidBallots` of
 * them void, and per office each person marked on exactly as many ballots as the sheet says; no ballot
 * marks more people than an office's seats or a person twice in one office, and (under
 * `crossOffice = void-ballot`) no ballot marks one person in two offices, so the engine voids nothing
 * the sheet did not.
 *
 * Construction: a bipartite multigraph, people (or, when offices count independently, person-office
 * pairs) on one side and seat slots (an office's seats) on the other, one edge per mark, spread so no
 * slot holds more than the valid ballots. `checkSheet`'s limits make every degree at most the valid
 * ballots V; padded to a V-regular multigraph it splits into V perfect matchings (König), each one a
 * ballot. Equal matchings are taken together: the groups come out in at most as many steps as there
 * are distinct edges.
 */
import type { Violation } from '../rules/outcome.js';
import { err, ok, type Result } from '../ruleset/result.js';
import type { CrossOffice } from '../ruleset/tally-params.js';
import type { BallotGroup, RecallBallotGroup } from '../scenario/types.js';
import type { EnteredBallot } from './entered-ballot.js';
import { checkSheet, type SheetOffice, type TallySheet, validBallots } from './sheet-check.js';

interface Edge {
  readonly left: number;
  readonly right: number;
  mult: number;
  /** a real mark (person `left` in the office of slot `right`), or padding */
  readonly mark: { readonly person: string; readonly office: string } | null;
}

/** The ballots of an election sheet as scenario groups, or why no ballots can read like it. */
export function sheetBallotGroups(
  sheet: TallySheet,
  offices: readonly SheetOffice[],
  crossOffice: CrossOffice,
): Result<BallotGroup[], readonly Violation[]> {
  const check = checkSheet(sheet, {
    offices,
    recall: false,
    rules: {
      crossOffice: { value: crossOffice, rule: 'E-5' },
      overcollectionBase: { value: 'voted', rule: 'E-4' },
    },
  });
  if (check.errors.length > 0) return err(check.errors);
  const valid = validBallots(sheet);
  const groups: BallotGroup[] = [];
  if (sheet.voidBallots > 0) groups.push({ n: sheet.voidBallots, void: true });
  if (valid === 0) return ok(groups);
  for (const g of decompose(sheet, offices, crossOffice, valid)) groups.push(g);
  return ok(groups);
}

/** A recall sheet's ballots: yes, no and void. */
export function recallSheetGroups(sheet: TallySheet): Result<RecallBallotGroup[], readonly Violation[]> {
  const check = checkSheet(sheet, {
    offices: [],
    recall: true,
    rules: {
      crossOffice: { value: 'void-ballot', rule: 'E-5' },
      overcollectionBase: { value: 'voted', rule: 'E-4' },
    },
  });
  if (check.errors.length > 0) return err(check.errors);
  const out: RecallBallotGroup[] = [];
  if ((sheet.recallYes ?? 0) > 0) out.push({ n: sheet.recallYes!, recall: 'yes' });
  if ((sheet.recallNo ?? 0) > 0) out.push({ n: sheet.recallNo!, recall: 'no' });
  if (sheet.voidBallots > 0) out.push({ n: sheet.voidBallots, void: true });
  return ok(out);
}

/** Groups one by one, as the ballots the engine's ledger shape uses. */
export function expandBallotGroups(groups: Iterable<BallotGroup | RecallBallotGroup>): EnteredBallot[] {
  const out: EnteredBallot[] = [];
  for (const g of groups) {
    let b: EnteredBallot;
    if (g.void) b = { void: true };
    else if ('recall' in g) b = { void: false, recall: g.recall };
    else b = { void: false, marks: g.marks };
    for (let i = 0; i < g.n; i++) out.push(b);
  }
  return out;
}

function decompose(
  sheet: TallySheet,
  offices: readonly SheetOffice[],
  crossOffice: CrossOffice,
  valid: number,
): BallotGroup[] {
  // left nodes: people (void-ballot) or person-office pairs (independent); right: seat slots
  const leftIndex = new Map<string, number>();
  const left = (person: string, office: string) => {
    const key = crossOffice === 'void-ballot' ? person : `${office}\u0000${person}`;
    const known = leftIndex.get(key);
    if (known !== undefined) return known;
    const i = leftIndex.size;
    leftIndex.set(key, i);
    return i;
  };
  const edges: Edge[] = [];
  let rights = 0;
  const order = new Map<string, number>();
  for (const office of offices) {
    const people = Object.entries(sheet.votes[office.id] ?? {}).filter(([, n]) => n > 0);
    const first = rights;
    rights += office.seats;
    let slot = first;
    let room = valid;
    for (const [person, n] of people) {
      if (!order.has(person)) order.set(person, order.size);
      const l = left(person, office.id);
      let rest = n;
      while (rest > 0) {
        const take = Math.min(rest, room);
        edges.push({ left: l, right: slot, mult: take, mark: { person, office: office.id } });
        rest -= take;
        room -= take;
        if (room === 0) {
          slot++;
          room = valid;
        }
      }
    }
  }
  const size = Math.max(leftIndex.size, rights, 1);
  padToRegular(edges, size, valid);

  const adj: number[][] = Array.from({ length: size }, () => []);
  edges.forEach((e, i) => {
    adj[e.left]!.push(i);
  });
  const matchedEdgeOfLeft = new Int32Array(size).fill(-1);
  const matchedEdgeOfRight = new Int32Array(size).fill(-1);

  const groups = new Map<string, { n: number; marks: Record<string, string[]> }>();
  let remaining = valid;
  while (remaining > 0) {
    for (let l = 0; l < size; l++) {
      const e = matchedEdgeOfLeft[l]!;
      if (e >= 0 && edges[e]!.mult > 0) continue;
      if (e >= 0) {
        matchedEdgeOfRight[edges[e]!.right] = -1;
        matchedEdgeOfLeft[l] = -1;
      }
      if (!augment(l, edges, adj, matchedEdgeOfLeft, matchedEdgeOfRight, new Uint8Array(size)))
        throw new Error('sheetBallotGroups: no perfect matching in a regular graph');
    }
    let m = remaining;
    for (let l = 0; l < size; l++) m = Math.min(m, edges[matchedEdgeOfLeft[l]!]!.mult);
    const marks: Record<string, string[]> = {};
    for (let l = 0; l < size; l++) {
      const e = edges[matchedEdgeOfLeft[l]!]!;
      e.mult -= m;
      if (!e.mark) continue;
      const list = marks[e.mark.office] ?? [];
      list.push(e.mark.person);
      marks[e.mark.office] = list;
    }
    for (const people of Object.values(marks)) people.sort((a, b) => order.get(a)! - order.get(b)!);
    const canonical: Record<string, string[]> = {};
    for (const o of offices) if (marks[o.id]) canonical[o.id] = marks[o.id]!;
    const key = JSON.stringify(canonical);
    const g = groups.get(key);
    if (g) g.n += m;
    else groups.set(key, { n: m, marks: canonical });
    remaining -= m;
  }
  return [...groups.values()].map((g) => ({ n: g.n, marks: g.marks }));
}

/** Adds padding edges so every node on both sides (size each) has degree `degree`. */
function padToRegular(edges: Edge[], size: number, degree: number): void {
  const leftDeficit = new Array<number>(size).fill(degree);
  const rightDeficit = new Array<number>(size).fill(degree);
  for (const e of edges) {
    leftDeficit[e.left]! -= e.mult;
    rightDeficit[e.right]! -= e.mult;
  }
  let r = 0;
  for (let l = 0; l < size; l++) {
    while (leftDeficit[l]! > 0) {
      while (rightDeficit[r] === 0) r++;
      const take = Math.min(leftDeficit[l]!, rightDeficit[r]!);
      edges.push({ left: l, right: r, mult: take, mark: null });
      leftDeficit[l]! -= take;
      rightDeficit[r]! -= take;
    }
  }
}

/** Kuhn's augmenting path from left node `l` over edges still carrying ballots. */
function augment(
  l: number,
  edges: readonly Edge[],
  adj: readonly number[][],
  ofLeft: Int32Array,
  ofRight: Int32Array,
  seen: Uint8Array,
): boolean {
  // iterative DFS: a path can be as long as the graph
  const stack: { node: number; next: number }[] = [{ node: l, next: 0 }];
  const via: number[] = [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const list = adj[top.node]!;
    if (top.next >= list.length) {
      stack.pop();
      via.pop();
      continue;
    }
    const ei = list[top.next++]!;
    const e = edges[ei]!;
    if (e.mult === 0 || seen[e.right]) continue;
    seen[e.right] = 1;
    via.push(ei);
    const owner = ofRight[e.right]!;
    if (owner < 0) {
      for (const k of via) {
        const ek = edges[k]!;
        ofLeft[ek.left] = k;
        ofRight[ek.right] = k;
      }
      return true;
    }
    stack.push({ node: edges[owner]!.left, next: 0 });
  }
  return false;
}
