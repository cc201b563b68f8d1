// The seat plan (职数方案) of a villagers' committee election: offices and seats, the women's place,
// the nomination mode and the 一肩挑 intent, checked against the rule set (C1-1, C1-2, E-3, F-9, D-1, D-8).
import type { RuleSet } from '../ruleset/rule-set.js';
import type { NominationMode } from '../ruleset/sections/nomination.js';
import type { Violation } from './outcome.js';

/** Office ids as the scenario format names them (scenario-format.md `offices[].id`). */
export const SEAT_OFFICE_IDS = ['chair', 'vice', 'women', 'member'] as const;
export type SeatOfficeId = (typeof SEAT_OFFICE_IDS)[number];

/** Each office's title and rank (tally-spec §5: 1 chair, 2 vice-chair, 3 member, the women member included). */
export const SEAT_OFFICES: Readonly<
  Record<SeatOfficeId, { title: string; rank: 1 | 2 | 3; womenOnly: boolean }>
> = {
  chair: { title: '主任', rank: 1, womenOnly: false },
  vice: { title: '副主任', rank: 2, womenOnly: false },
  women: { title: '妇女委员', rank: 3, womenOnly: true },
  member: { title: '委员', rank: 3, womenOnly: false },
};

/** How candidates are found: direct nomination by voters (D-1) or 自荐直选 (D-8). */
export type SeatPlanNominationMode = 'direct' | 'self';

/** The rule set's name for each seat-plan nomination mode. */
export const NOMINATION_MODE_OF: Readonly<Record<SeatPlanNominationMode, NominationMode>> = {
  direct: 'candidates',
  self: 'self-nomination',
};

export interface PlannedSeats {
  readonly id: SeatOfficeId;
  readonly seats: number;
}

export interface SeatPlanDraft {
  readonly offices: readonly PlannedSeats[];
  readonly nominationMode: SeatPlanNominationMode;
  /** The Party organization's secretary is meant to stand for 主任 as well (一肩挑). */
  readonly oneShoulderIntent: boolean;
}

/** One office in the scenario format's shape (what the count on polling day reads). */
export interface ScenarioOffice {
  readonly id: SeatOfficeId;
  readonly title: string;
  readonly seats: number;
  readonly rank: 1 | 2 | 3;
  readonly womenOnly?: boolean;
}

export interface SeatPlanReview {
  /** Bars: a plan with any of these cannot be submitted or approved. */
  readonly violations: readonly Violation[];
  /** Things the township should see but that do not bar the plan. */
  readonly warnings: readonly Violation[];
  /** What the plan implies under this rule set (e.g. the wider kin bar of a 一肩挑 plan). */
  readonly notes: readonly Violation[];
  readonly totalSeats: number;
  /** The offices with seats, in rank order, in the scenario format's shape. */
  readonly offices: readonly ScenarioOffice[];
}

type SeatPlanRules = Pick<RuleSet, 'committee' | 'nomination' | 'tally'>;

const KIN_WORDS: Record<string, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
};

/** The offices with at least one seat, in the order of SEAT_OFFICE_IDS, as the count and the ballot read them. */
export function scenarioOffices(offices: readonly PlannedSeats[]): ScenarioOffice[] {
  const out: ScenarioOffice[] = [];
  for (const id of SEAT_OFFICE_IDS) {
    const seats = offices.filter((o) => o.id === id).reduce((n, o) => n + o.seats, 0);
    if (seats <= 0) continue;
    const { title, rank, womenOnly } = SEAT_OFFICES[id];
    out.push(womenOnly ? { id, title, seats, rank, womenOnly } : { id, title, seats, rank });
  }
  return out;
}

/**
 * Every failure of the plan, each with its rule: the committee's size (C1-1), one 主任 and at least one
 * 委员 (C1-1), the women's office where the rule set reserves one (`tally.womenRule` = reserved-office,
 * E-3/F-9), otherwise the woman member rule (C1-2) as a warning, and a nomination mode the rule set
 * allows (D-1, D-8).
 */
export function checkSeatPlan(rules: SeatPlanRules, plan: SeatPlanDraft): SeatPlanReview {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  const notes: Violation[] = [];
  const { committee, nomination, tally } = rules;

  for (const o of plan.offices) {
    if (!Number.isInteger(o.seats) || o.seats < 0) {
      violations.push({
        rule: committee.size.rule,
        field: SEAT_OFFICES[o.id].title,
        reason: `${SEAT_OFFICES[o.id].title}职数应为不小于0的整数，现为${o.seats}`,
      });
    }
  }
  const seen = new Set<SeatOfficeId>();
  for (const o of plan.offices) {
    if (seen.has(o.id)) {
      violations.push({
        rule: committee.size.rule,
        field: SEAT_OFFICES[o.id].title,
        reason: `${SEAT_OFFICES[o.id].title}在职数方案中出现了两次`,
      });
    }
    seen.add(o.id);
  }
  const offices = scenarioOffices(plan.offices.filter((o) => Number.isInteger(o.seats) && o.seats > 0));
  const seatsOf = (id: SeatOfficeId) => offices.find((o) => o.id === id)?.seats ?? 0;
  const total = offices.reduce((n, o) => n + o.seats, 0);

  const size = committee.size.value;
  if (total < size.min || (size.max !== null && total > size.max)) {
    const range = size.max === null ? `${size.min}人以上` : `${size.min}至${size.max}人`;
    violations.push({
      rule: committee.size.rule,
      field: '职数合计',
      reason: `村民委员会由主任、副主任和委员共${range}组成，职数方案合计${total}人`,
    });
  }
  if (seatsOf('chair') !== 1) {
    violations.push({
      rule: committee.size.rule,
      field: '主任',
      reason: `村民委员会设主任1名，职数方案为${seatsOf('chair')}名`,
    });
  }
  if (seatsOf('member') + seatsOf('women') < 1) {
    violations.push({
      rule: committee.size.rule,
      field: '委员',
      reason: '村民委员会由主任、副主任和委员组成，职数方案至少应设1名委员',
    });
  }

  const women = seatsOf('women');
  if (tally.womenRule.value === 'reserved-office') {
    if (women < 1) {
      violations.push({
        rule: tally.womenRule.rule,
        field: '妇女委员',
        reason: '本规则集要求选票单列妇女委员职位，职数方案应设妇女委员（至少1名）',
      });
    }
  } else if (committee.womanMemberRequired.value && women < 1) {
    warnings.push({
      rule: committee.womanMemberRequired.rule,
      field: '妇女成员',
      reason:
        '村民委员会成员中应当有妇女成员：职数方案未单列妇女委员职位，须在提名和选举中保证妇女当选，选举结果没有妇女成员时系统将提示',
    });
  }

  const mode = NOMINATION_MODE_OF[plan.nominationMode];
  if (!nomination.modes.value.includes(mode)) {
    violations.push({
      rule: nomination.modes.rule,
      field: '提名方式',
      reason:
        plan.nominationMode === 'self'
          ? '本规则集不实行无候选人自荐直选，请选择由选民直接提名候选人'
          : '本规则集不实行由选民直接提名候选人的方式',
    });
  }

  if (plan.oneShoulderIntent) {
    const bar = committee.crossBodyKinBar.value;
    notes.push(
      bar === null
        ? {
            rule: committee.crossBodyKinBar.rule,
            field: '一肩挑',
            reason: '本规则集未规定村两委成员之间的亲属任职回避',
          }
        : {
            rule: committee.crossBodyKinBar.rule,
            field: '一肩挑',
            reason: `主任人选与其${bar.oneShoulderRelations.map((r) => KIN_WORDS[r]).join('、')}不得同时担任村两委及经济合作社成员`,
          },
    );
  }

  return { violations, warnings, notes, totalSeats: total, offices };
}

/**
 * A starting plan for a village that has none yet: 主任 1, 副主任 1, the women's office where the rule
 * set reserves one, and 委员 so the total is 5 (or the nearest size the rule set allows).
 */
export function proposedSeatPlan(rules: SeatPlanRules): SeatPlanDraft {
  const size = rules.committee.size.value;
  const wanted = Math.max(size.min, size.max === null ? 5 : Math.min(5, size.max));
  const women = rules.tally.womenRule.value === 'reserved-office' ? 1 : 0;
  const rest = wanted - 1 - women;
  const vice = rest >= 2 ? 1 : 0;
  const offices: PlannedSeats[] = [
    { id: 'chair', seats: 1 },
    { id: 'vice', seats: vice },
    ...(women > 0 ? [{ id: 'women' as const, seats: women }] : []),
    { id: 'member', seats: Math.max(1, rest - vice) },
  ];
  const modes = rules.nomination.modes.value;
  return {
    offices,
    nominationMode: modes.includes('candidates') ? 'direct' : 'self',
    oneShoulderIntent: false,
  };
}
