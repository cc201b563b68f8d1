// Village representatives and the representatives' meeting (C3-1, C3-2, C3-6, C3-7).

import type { RepresentativesParams } from '../ruleset/sections/representatives.js';
import { meets } from '../ruleset/threshold.js';
import { collect, type Outcome, type Violation } from './outcome.js';

export interface MeetingPerson {
  readonly id: string;
  readonly name: string;
  readonly sex: 'M' | 'F';
}

export interface Representative extends MeetingPerson {
  /** 户号 */
  readonly household: string;
}

export interface RepresentativesMeeting {
  readonly population: number;
  readonly households: number;
  /** `households`: one per 5–15 households (C3-2); `groups`: several per 村民小组. */
  readonly chosenBy: 'households' | 'groups';
  readonly committeeMembers: readonly MeetingPerson[];
  readonly representatives: readonly Representative[];
}

export interface MeetingCounts {
  readonly members: number;
  readonly representatives: number;
  readonly womenRepresentatives: number;
}

/**
 * The meeting is the committee members plus the representatives (C3-1). A committee member also chosen
 * as a representative is counted once, as a committee member: their seat exists without the choice.
 * The women share counts women representatives (妇女村民代表), not women committee members.
 */
export function meetingCounts(meeting: RepresentativesMeeting): MeetingCounts {
  const committeeIds = new Set(meeting.committeeMembers.map((m) => m.id));
  const reps = meeting.representatives.filter((r) => !committeeIds.has(r.id));
  return {
    members: committeeIds.size + reps.length,
    representatives: reps.length,
    womenRepresentatives: reps.filter((r) => r.sex === 'F').length,
  };
}

/** The smallest number of representatives the rule set's floor asks for, or null when none applies. */
export function representativeFloor(
  params: RepresentativesParams,
  meeting: RepresentativesMeeting,
): number | null {
  const floor = params.floor.value;
  switch (floor.kind) {
    case 'none':
      return null;
    case 'fixed':
      return floor.min;
    case 'when-chosen-by-group':
      return meeting.chosenBy === 'groups' ? floor.min : null;
    case 'by-population': {
      let min: number | null = null;
      for (const tier of floor.tiers)
        if (meeting.population >= tier.fromPopulation) min = tier.minRepresentatives;
      return min;
    }
  }
}

export function checkRepresentatives(
  params: RepresentativesParams,
  meeting: RepresentativesMeeting,
): Outcome<MeetingCounts> {
  const v: Violation[] = [];
  const counts = meetingCounts(meeting);
  const { members, representatives: reps, womenRepresentatives: women } = counts;

  const range = params.householdsPerRepresentative.value;
  if (meeting.chosenBy === 'households' && reps > 0) {
    // reps*min <= households <= reps*max, i.e. every representative stands for min..max households.
    const tooMany = meeting.households < reps * range.min;
    const tooFew = range.max !== null && meeting.households > reps * range.max;
    if (tooMany || tooFew) {
      const lo = range.max === null ? 1 : Math.ceil(meeting.households / range.max);
      const hi = Math.floor(meeting.households / range.min);
      v.push({
        rule: params.householdsPerRepresentative.rule,
        field: '村民代表人数',
        reason: `按每${range.min}户至${range.max ?? '若干'}户推选一人，${meeting.households}户应推选${lo}至${hi}名代表，现为${reps}名`,
      });
    }
  }
  const womenShare = params.womenShareMin.value;
  if (!meets({ op: 'at-least', ...womenShare }, women, members)) {
    v.push({
      rule: params.womenShareMin.rule,
      field: '妇女村民代表',
      reason: `妇女村民代表应占村民代表会议组成人员的${womenShare.num}/${womenShare.den}以上：组成人员${members}人，妇女代表${women}人`,
    });
  }
  const repShare = params.representativesShareMin.value;
  if (!meets({ op: 'at-least', ...repShare }, reps, members)) {
    v.push({
      rule: params.representativesShareMin.rule,
      field: '村民代表',
      reason: `村民代表应占村民代表会议组成人员的${repShare.num}/${repShare.den}以上：组成人员${members}人，村民代表${reps}人`,
    });
  }
  if (params.onePerHousehold.value) {
    const byHousehold = new Map<string, string[]>();
    for (const r of meeting.representatives)
      byHousehold.set(r.household, [...(byHousehold.get(r.household) ?? []), r.name]);
    for (const [household, names] of byHousehold) {
      if (names.length > 1) {
        v.push({
          rule: params.onePerHousehold.rule,
          field: '户号',
          reason: `同户不得产生二名以上村民代表：户号${household}有${names.join('、')}`,
        });
      }
    }
  }
  const floor = representativeFloor(params, meeting);
  if (floor !== null && reps < floor) {
    v.push({
      rule: params.floor.rule,
      field: '村民代表人数',
      reason: `村民代表不得少于${floor}人（本村${meeting.population}人），现为${reps}人`,
    });
  }
  return collect(v, counts);
}
