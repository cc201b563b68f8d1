/**
 * The representatives' checks for the web app: core's `checkRepresentatives` with the rule set
 * (C3-1 women and representatives' shares, C3-2 households per representative, C3-6/C3-7 one per
 * household and minimum counts), plus each household unit's size and the meeting threshold.
 * Pure: the caller reads the register and the recorded representatives.
 */
import {
  checkRepresentatives,
  type MeetingCounts,
  type MeetingPerson,
  meetingCounts,
  type RepresentativesParams,
  representativeFloor,
} from '@huanjie/core';
import { type Problem, toProblem } from '../violation-text.js';

export interface ChosenRepresentative {
  id: string;
  name: string;
  sex: 'M' | 'F';
  householdNo: string;
  unitKind: 'households' | 'group';
  unitLabel: string;
  householdNos: readonly string[];
}

/**
 * The villagers' committee members sit in the meeting too (C3-1), but they are not in the data
 * model yet: the caller gives their number and how many are women (0 when not given). Only women
 * *representatives* count towards the 1/3 (妇女村民代表, C3-1), so `women` is carried, not counted.
 */
export interface CommitteeSeats {
  members: number;
  women: number;
}

/** One check the rule set asks for here, passed or not, with the rule it comes from. */
export interface CheckLine {
  field: string;
  title: string;
  rule: string;
  ok: boolean;
  details: string[];
}

export interface RepresentativesCheck {
  ok: boolean;
  problems: Problem[];
  /** every check that applies under this rule set, so a passed one shows its rule too */
  checks: CheckLine[];
  counts: MeetingCounts;
  chosenBy: 'households' | 'groups';
  population: number;
  households: number;
  /** the smallest number of representatives the rule set asks for here, if any */
  floor: number | null;
  committee: CommitteeSeats;
}

function committeePeople(c: CommitteeSeats): MeetingPerson[] {
  return Array.from({ length: c.members }, (_, i) => ({
    id: `committee-${i + 1}`,
    name: `村民委员会成员${i + 1}`,
    sex: i < c.women ? 'F' : 'M',
  }));
}

function unitProblems(params: RepresentativesParams, reps: readonly ChosenRepresentative[]): Problem[] {
  const range = params.householdsPerRepresentative;
  return reps
    .filter((r) => r.unitKind === 'households')
    .filter(
      (r) =>
        r.householdNos.length < range.value.min ||
        (range.value.max !== null && r.householdNos.length > range.value.max),
    )
    .map((r) => ({
      rule: range.rule,
      field: '推选单位',
      reason: `${r.name}的推选单位（${r.unitLabel}）有${r.householdNos.length}户，应为每${range.value.min}户至${range.value.max ?? '若干'}户推选一人`,
    }));
}

function thresholdProblem(params: RepresentativesParams, population: number, households: number): Problem[] {
  const t = params.meetingThreshold.value;
  if (t === null) return [];
  const have = t.kind === 'population' ? population : households;
  if (have >= t.min) return [];
  const unit = t.kind === 'population' ? '人' : '户';
  return [
    {
      rule: params.meetingThreshold.rule,
      field: '村民代表会议',
      reason: `本村${have}${unit}，不足${t.min}${unit}，按规定不设立村民代表会议`,
    },
  ];
}

function fraction(f: { num: number; den: number }): string {
  const cn = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return `${cn[f.den] ?? f.den}分之${cn[f.num] ?? f.num}`;
}

/**
 * The checklist the page shows: the rule set decides which checks apply and cites them; each
 * line gathers the problems raised under its field and rule.
 */
function checkLines(
  params: RepresentativesParams,
  chosenBy: 'households' | 'groups',
  floor: number | null,
  problems: readonly Problem[],
): CheckLine[] {
  // `also`: other fields core raises under the same rule (the household count is 村民代表人数)
  const lines: (Omit<CheckLine, 'ok' | 'details'> & { also?: string })[] = [
    {
      field: '妇女村民代表',
      title: `妇女村民代表占村民代表会议组成人员${fraction(params.womenShareMin.value)}以上`,
      rule: params.womenShareMin.rule,
    },
    {
      field: '村民代表',
      title: `村民代表占村民代表会议组成人员${fraction(params.representativesShareMin.value)}以上`,
      rule: params.representativesShareMin.rule,
    },
  ];
  if (params.onePerHousehold.value)
    lines.push({ field: '户号', title: '同一户只产生一名村民代表', rule: params.onePerHousehold.rule });
  if (chosenBy === 'households') {
    const range = params.householdsPerRepresentative.value;
    lines.push({
      field: '推选单位',
      title: `每${range.min}户至${range.max ?? '若干'}户推选一名村民代表`,
      rule: params.householdsPerRepresentative.rule,
      also: '村民代表人数',
    });
  }
  if (floor !== null)
    lines.push({ field: '村民代表人数', title: `村民代表不少于${floor}人`, rule: params.floor.rule });
  const matches = (l: (typeof lines)[number], p: Problem) =>
    p.rule === l.rule && (p.field === l.field || p.field === l.also);
  return [
    ...lines.map(({ also: _, ...l }) => {
      const failed = problems.filter((p) => matches({ ...l, also: _ }, p));
      return { ...l, ok: failed.length === 0, details: failed.map((p) => p.reason) };
    }),
    // a problem no line names (e.g. the meeting threshold) gets a line of its own
    ...problems
      .filter((p) => !lines.some((l) => matches(l, p)))
      .map((p) => ({ field: p.field, title: p.field, rule: p.rule, ok: false, details: [p.reason] })),
  ];
}

export function representativesCheck(
  params: RepresentativesParams,
  reps: readonly ChosenRepresentative[],
  register: { population: number; households: number },
  committee: CommitteeSeats,
): RepresentativesCheck {
  // Chosen by 村民小组 only when every unit is a group; any household unit keeps the 5–15 rule in force.
  const chosenBy = reps.length > 0 && reps.every((r) => r.unitKind === 'group') ? 'groups' : 'households';
  const meeting = {
    population: register.population,
    households: register.households,
    chosenBy,
    committeeMembers: committeePeople(committee),
    representatives: reps.map((r) => ({ id: r.id, name: r.name, sex: r.sex, household: r.householdNo })),
  } as const;
  const outcome = checkRepresentatives(params, meeting);
  const problems = [
    ...(outcome.ok ? [] : outcome.error.map((v) => toProblem(v, '村民代表'))),
    ...unitProblems(params, reps),
    ...thresholdProblem(params, register.population, register.households),
  ];
  const counts = outcome.ok ? outcome.value : meetingCounts(meeting);
  const floor = representativeFloor(params, meeting);
  return {
    ok: problems.length === 0,
    problems,
    checks: checkLines(params, chosenBy, floor, problems),
    counts,
    chosenBy,
    population: register.population,
    households: register.households,
    floor,
    committee,
  };
}
