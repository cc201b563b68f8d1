import { err, ok, type Result } from '../ruleset/result.js';
import type { CrossOffice, OvervoteScope } from '../ruleset/tally-params.js';
import type { BallotGroup, ScenarioError } from '../scenario/types.js';
import type { Interned } from './interned.js';

export interface BallotCounts {
  readonly collected: number;
  readonly voidBallots: number;
  readonly voidByCommittee: number;
  readonly voidByCrossOffice: number;
  readonly voidByOvervote: number;
  /** votes[office * people + person] */
  readonly votes: Float64Array;
  /** per office: office parts void for an over-vote */
  readonly officePartsVoided: Float64Array;
  /** per office: marks for a man in a women-only office */
  readonly marksCreditingNoOne: Float64Array;
}

export interface CountRules {
  readonly overvoteScope: OvervoteScope;
  readonly crossOffice: CrossOffice;
}

function bad(i: number, where: string, message: string): Result<never, ScenarioError> {
  return err({ path: `ballots[${i}]${where}`, message });
}

/**
 * Applies tally-spec.md §3 to each group of identical ballots and adds up the votes.
 * The ballots may be any iterable (a stream of a million groups of one): nothing is kept
 * per ballot. The checks that also guard a streamed input (unknown ids, a person twice
 * in one office, a bad n) come out as an error value naming the group.
 */
export function countBallots(
  ballots: Iterable<BallotGroup>,
  ids: Interned,
  rules: CountRules,
): Result<BallotCounts, ScenarioError> {
  const officeCount = ids.officeIds.length;
  const peopleCount = ids.personIds.length;
  const { officeIndex, personIndex, seats, womenOnly, female } = ids;
  const votes = new Float64Array(officeCount * peopleCount);
  const officePartsVoided = new Float64Array(officeCount);
  const marksCreditingNoOne = new Float64Array(officeCount);
  // the group number that last marked a person, and in which office: finds a person
  // marked twice on one ballot without clearing anything between ballots
  const seenInGroup = new Float64Array(peopleCount);
  const seenInOffice = new Int32Array(peopleCount);
  const partOffice = new Int32Array(officeCount);
  const partEnd = new Int32Array(officeCount);
  const partOver = new Uint8Array(officeCount);
  let marked: Int32Array = new Int32Array(64);
  const wholeBallotOvervote = rules.overvoteScope === 'ballot';
  const crossOfficeVoids = rules.crossOffice === 'void-ballot';

  let collected = 0;
  let voidByCommittee = 0;
  let voidByCrossOffice = 0;
  let voidByOvervote = 0;
  let i = -1;
  for (const group of ballots) {
    i++;
    const n = group.n;
    if (!Number.isSafeInteger(n) || n < 1)
      return bad(i, '.n', `must be a whole number ≥ 1, got ${n}（应为不小于 1 的整数）`);
    collected += n;
    if (group.void === true) {
      voidByCommittee += n;
      continue;
    }
    const stamp = i + 1;
    const marks = group.marks;
    let parts = 0;
    let count = 0;
    let twoOffices = false;
    let anyOver = false;
    for (const officeId in marks) {
      const office = officeIndex.get(officeId);
      if (office === undefined)
        return bad(i, `.marks.${officeId}`, `unknown office "${officeId}"（没有此职务）`);
      const list = marks[officeId]!;
      const over = list.length > seats[office]! ? 1 : 0;
      anyOver ||= over === 1;
      for (let j = 0; j < list.length; j++) {
        const personId = list[j]!;
        const person = personIndex.get(personId);
        if (person === undefined) {
          return bad(i, `.marks.${officeId}[${j}]`, `unknown person "${personId}"（人员名单中没有此人）`);
        }
        if (seenInGroup[person] === stamp) {
          if (seenInOffice[person] === office) {
            return bad(
              i,
              `.marks.${officeId}[${j}]`,
              `person "${personId}" is marked twice in this office（同一职务中重复选同一人）`,
            );
          }
          twoOffices = true;
        }
        seenInGroup[person] = stamp;
        seenInOffice[person] = office;
        if (count === marked.length) marked = grow(marked);
        marked[count++] = person;
      }
      partOffice[parts] = office;
      partOver[parts] = over;
      partEnd[parts++] = count;
    }
    if (twoOffices && crossOfficeVoids) {
      voidByCrossOffice += n;
      continue;
    }
    if (anyOver && wholeBallotOvervote) {
      voidByOvervote += n;
      continue;
    }
    let start = 0;
    for (let p = 0; p < parts; p++) {
      const office = partOffice[p]!;
      const end = partEnd[p]!;
      if (partOver[p] === 1) {
        officePartsVoided[office] = officePartsVoided[office]! + n;
      } else {
        const base = office * peopleCount;
        const onlyWomen = womenOnly[office] === 1;
        for (let k = start; k < end; k++) {
          const person = marked[k]!;
          if (onlyWomen && female[person] === 0)
            marksCreditingNoOne[office] = marksCreditingNoOne[office]! + n;
          else votes[base + person] = votes[base + person]! + n;
        }
      }
      start = end;
    }
  }
  return ok({
    collected,
    voidBallots: voidByCommittee + voidByCrossOffice + voidByOvervote,
    voidByCommittee,
    voidByCrossOffice,
    voidByOvervote,
    votes,
    officePartsVoided,
    marksCreditingNoOne,
  });
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}
