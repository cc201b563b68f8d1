/**
 * The county's targets for a round (一肩挑 ≥ 90%, 交叉任职 ≥ 85%: seed-requirements §9.2, 某县 2014) and
 * how an area's statistics meet them. Integer arithmetic only: met when 10000 × num ≥ bp × den; the gap
 * is in hundredths of a percentage point, as the seed's reports give it (+2.91 vs the county's 90%).
 */
import { educationRollUps } from './education.js';
import { gapToTarget, meetsTarget } from './format.js';
import type { AreaStatistics, IndicatorId, Ratio, TargetCheck } from './types.js';

export interface Indicator {
  id: IndicatorId;
  label: string;
  value: (a: AreaStatistics) => Ratio;
}

export const INDICATORS: readonly Indicator[] = [
  { id: 'turnout', label: '参选率', value: (a) => a.turnout },
  { id: 'one-shoulder', label: '一肩挑比例', value: (a) => a.oneShoulder },
  { id: 'cross-serving', label: '交叉任职比例', value: (a) => a.crossServing },
  {
    id: 'women-share',
    label: '两委女性占比',
    value: (a) => ({ num: a.twoCommittees.women, den: a.twoCommittees.people }),
  },
  {
    id: 'college-share',
    label: '两委大专及以上占比',
    value: (a) => ({
      num: educationRollUps(a.twoCommittees.education.parts).collegeOrAbove,
      den: a.twoCommittees.people,
    }),
  },
  {
    id: 'party-share',
    label: '两委党员占比',
    value: (a) => ({ num: a.twoCommittees.partyMembers, den: a.twoCommittees.people }),
  },
  {
    id: 'young-share',
    label: '有35岁及以下干部的村占比',
    value: (a) => ({ num: a.coverage.young, den: a.coverage.of }),
  },
  {
    id: 'first-vote-success',
    label: '一次选举成功率',
    value: (a) => ({ num: a.firstVoteSuccess, den: a.withResult }),
  },
];

export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as readonly IndicatorId[];

export function isIndicatorId(s: string): s is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(s);
}

export interface Target {
  indicator: IndicatorId;
  /** basis points: 9000 = 90.00% */
  targetBp: number;
}

/** Each target checked against the area, in the indicators' order; unknown indicators are skipped. */
export function checkTargets(area: AreaStatistics, targets: readonly Target[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const ind of INDICATORS) {
    const t = targets.find((x) => x.indicator === ind.id);
    if (!t) continue;
    const value = ind.value(area);
    out.push({
      indicator: ind.id,
      label: ind.label,
      value,
      targetBp: t.targetBp,
      met: meetsTarget(value, t.targetBp),
      gapCentiPoints: gapToTarget(value, t.targetBp),
    });
  }
  return out;
}
