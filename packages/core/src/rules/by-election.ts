// By-election (补选) of vacant seats (H-6..H-8): which seats are vacant, the meeting's quorum as
// information for the committee, and whether the meeting may leave the seats empty.
import type { RecallParams } from '../ruleset/sections/recall.js';
import { formula, minimumToMeet } from '../ruleset/threshold.js';

/** An office of the seat plan. */
export interface PlannedOffice {
  readonly id: string;
  readonly title: string;
  readonly seats: number;
  readonly rank: number;
  readonly womenOnly?: boolean;
}

export interface Vacancy {
  readonly office: string;
  readonly title: string;
  readonly rank: number;
  readonly womenOnly: boolean;
  /** seats of the plan */
  readonly seats: number;
  /** members serving in it now */
  readonly serving: number;
  readonly vacant: number;
}

/** Seats of the plan minus the members serving, per office, in the plan's order (offices with none vacant included). */
export function vacancies(
  offices: readonly PlannedOffice[],
  serving: readonly { readonly office: string }[],
): Vacancy[] {
  return offices.map((o) => {
    const n = serving.filter((m) => m.office === o.id).length;
    return {
      office: o.id,
      title: o.title,
      rank: o.rank,
      womenOnly: o.womenOnly === true,
      seats: o.seats,
      serving: n,
      vacant: Math.max(0, o.seats - n),
    };
  });
}

export type ByElectionMeeting = 'villagers-meeting' | 'representatives-meeting';

export const BY_ELECTION_MEETING_TITLES: Record<ByElectionMeeting, string> = {
  'villagers-meeting': '村民会议',
  'representatives-meeting': '村民代表会议',
};

/** The quorum the meeting needs, with the numbers: shown to the committee, not enforced by the count. */
export interface ByElectionQuorumInfo {
  readonly meeting: ByElectionMeeting;
  readonly members: number;
  readonly minimum: number;
  readonly rule: string;
  /** e.g. `2*投票人数 > 村民会议成员` */
  readonly formula: string;
  /** e.g. “村民会议成员 120 人，须有 61 人以上参加投票” */
  readonly text: string;
}

export function byElectionQuorum(
  params: RecallParams,
  meeting: ByElectionMeeting,
  members: number,
): ByElectionQuorumInfo {
  const t =
    meeting === 'villagers-meeting'
      ? params.byElectionQuorum.value.villagersMeeting
      : params.byElectionQuorum.value.representativesMeeting;
  const whole = meeting === 'villagers-meeting' ? '村民会议成员' : '村民代表会议组成人员';
  const minimum = minimumToMeet(t, members);
  return {
    meeting,
    members,
    minimum,
    rule: params.byElectionQuorum.rule,
    formula: formula(t, '投票人数', whole),
    text: `${whole} ${members} 人，须有 ${minimum} 人以上参加投票`,
  };
}

/** H-8: whether the meeting may decide not to by-elect, or by when it must. */
export interface ByElectionWaiver {
  /** null when the rule set has no such rule */
  readonly mayWaive: boolean | null;
  readonly withinMonths: number | null;
  readonly rule: string;
  readonly text: string | null;
}

export function byElectionWaiver(params: RecallParams, serving: number): ByElectionWaiver {
  const from = params.byElectionWaiverFrom.value;
  const months = params.byElectionWithinMonths.value;
  const rule = [params.byElectionWaiverFrom.rule, params.byElectionWithinMonths.rule]
    .filter((r, i, all) => all.indexOf(r) === i)
    .join(';');
  if (from === null) return { mayWaive: null, withinMonths: null, rule, text: null };
  if (serving >= from)
    return {
      mayWaive: true,
      withinMonths: null,
      rule,
      text: `现有成员 ${serving} 人（${from} 人以上），村民代表会议可以决定不再补选`,
    };
  return {
    mayWaive: false,
    withinMonths: months,
    rule,
    text: `现有成员 ${serving} 人（不足 ${from} 人），应当${months === null ? '' : `在 ${months} 个月内`}补选`,
  };
}
