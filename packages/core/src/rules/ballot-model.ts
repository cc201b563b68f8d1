// The ballot (选票) as data: its sheets, the offices on each, the people in 姓氏笔画 order, the 另选他人
// lines, the instructions printed on it, and how many to print per polling place (E-1, E-2, E-3, E-5,
// E-6, E-7, F-9). The PDF is drawn from this model; the web app previews the same model.
import { sortByStrokes } from '../names/stroke-order.js';
import type { RuleSet } from '../ruleset/rule-set.js';
import { checkCandidateMargins } from './nomination.js';
import type { Violation } from './outcome.js';
import type { ScenarioOffice, SeatOfficeId, SeatPlanNominationMode } from './seat-plan.js';

/** One ballot with every office, or one ballot per office (the election committee chooses, E-3). */
export const BALLOT_LAYOUTS = ['single', 'per-office'] as const;
export type BallotLayout = (typeof BALLOT_LAYOUTS)[number];

export const BALLOT_PAPERS = ['A4', 'A3'] as const;
export type BallotPaper = (typeof BALLOT_PAPERS)[number];

/** Spare ballots per polling place: a number, or a percentage of its voters (rounded up). */
export interface BallotReserve {
  readonly kind: 'number' | 'percent';
  readonly value: number;
}

export interface BallotPerson {
  readonly id: string;
  readonly name: string;
}

export interface BallotCandidateInput extends BallotPerson {
  /** the seat plan's office id */
  readonly office: string;
}

export interface BallotPart {
  readonly office: SeatOfficeId;
  readonly title: string;
  readonly seats: number;
  readonly rank: 1 | 2 | 3;
  readonly womenOnly: boolean;
  /** 单列妇女委员: the women's office the rule set reserves (tally.womenRule = reserved-office, E-3, F-9) */
  readonly separate: boolean;
  /** e.g. 主任（应选1名） */
  readonly heading: string;
  /** formal candidates (self mode: self-nominees) in 姓氏笔画 order, each with a mark box */
  readonly candidates: readonly BallotPerson[];
  /** 另选他人: one line per seat, each with a mark box (E-2) */
  readonly writeInLines: number;
}

export interface BallotInstruction {
  readonly text: string;
  readonly rule: string;
}

export interface BallotSheet {
  /** 'all' for the single ballot, else the office on it */
  readonly id: 'all' | SeatOfficeId;
  readonly title: string;
  readonly parts: readonly BallotPart[];
  readonly instructions: readonly BallotInstruction[];
}

export interface BallotModel {
  readonly layout: BallotLayout;
  /** 候选人, or 自荐人 in a self-nomination election (D-8) */
  readonly candidateTitle: '候选人' | '自荐人';
  readonly sheets: readonly BallotSheet[];
  /** what bars printing numbered ballots (the sample can still be shown) */
  readonly problems: readonly Violation[];
  /** what the committee should know but that does not bar printing */
  readonly warnings: readonly Violation[];
}

export interface BallotModelInput {
  /** the approved seat plan's offices, in its order */
  readonly offices: readonly ScenarioOffice[];
  readonly nominationMode: SeatPlanNominationMode;
  /** formal candidates, or the qualified self-nominees in self mode */
  readonly candidates: readonly BallotCandidateInput[];
  readonly layout: BallotLayout;
}

type BallotRules = Pick<RuleSet, 'tally' | 'nomination'>;

function markInstruction(mode: SeatPlanNominationMode): BallotInstruction {
  return mode === 'self'
    ? {
        text: '可以选自荐人，也可以另选其他选民，也可以弃权。选自荐人的，在其姓名下方的方格内画“○”；不选的不画任何符号。',
        rule: 'E-2;D-8',
      }
    : {
        text: '对候选人，同意的在其姓名下方的方格内画“○”，不同意的画“×”，弃权的不画任何符号。',
        rule: 'E-2',
      };
}

const WRITE_IN: BallotInstruction = {
  text: '另选他人的，在“另选他人”栏的空格内写上本村其他选民的姓名，并在其下方的方格内画“○”。',
  rule: 'E-2',
};

function instructionsFor(
  rules: BallotRules,
  mode: SeatPlanNominationMode,
  layout: BallotLayout,
  parts: readonly BallotPart[],
  allOffices: readonly ScenarioOffice[],
): BallotInstruction[] {
  const { tally } = rules;
  const out: BallotInstruction[] = [
    { text: '请在秘密写票处写票。', rule: 'E-1' },
    markInstruction(mode),
    WRITE_IN,
  ];
  const limits = parts.map((p) => `${p.title}不超过${p.seats}名`).join('，');
  out.push({
    text:
      parts.length === 1
        ? `所选人数（含另选他人）不得多于应选人数：${limits}。`
        : `每个职位所选人数（含另选他人）不得多于应选人数：${limits}。`,
    rule: 'E-5',
  });
  if (parts.length === 1) {
    out.push({ text: '所选人数多于应选人数的，本张选票无效。', rule: tally.overvoteScope.rule });
  } else if (tally.overvoteScope.value === 'ballot') {
    out.push({ text: '任何一个职位所选人数多于应选人数的，整张选票无效。', rule: tally.overvoteScope.rule });
  } else {
    out.push({
      text: '某一职位所选人数多于应选人数的，该职位的选票无效，不影响其他职位。',
      rule: tally.overvoteScope.rule,
    });
  }
  if (allOffices.length > 1) {
    if (tally.crossOffice.value === 'void-ballot') {
      out.push({
        text:
          layout === 'single'
            ? '同一人被选为两项以上职务的，整张选票无效。'
            : '同一人被选为两项以上职务的（各职位选票按同一编号合并认定），该选民的各张选票均无效。',
        rule: tally.crossOffice.rule,
      });
    } else {
      out.push({
        text: '同一人在两个以上职位中得票的，各职位分别计票；已当选较高职位的，不再当选较低职位。',
        rule: tally.crossOffice.rule,
      });
    }
  }
  for (const p of parts) {
    if (!p.womenOnly) continue;
    out.push({
      text: `${p.title}只能选女性选民；选男性的，不计入任何人的得票，但计入该职位的所选人数。`,
      rule: tally.womenRule.rule,
    });
  }
  out.push({
    text: '请用黑色或蓝色笔填写，字迹清楚；无法辨认或者画其他符号的选票，由监票人提交村民选举委员会认定是否有效。',
    rule: 'E-7',
  });
  return out;
}

/**
 * The ballot for a plan and its candidates under a rule set. Each office lists its people in 姓氏笔画
 * order with as many 另选他人 lines as seats; the women's office the rule set reserves is its own
 * part (单列, E-3/F-9). In a direct election an office whose candidates do not meet the rule set's
 * margin bars printing (D-2, D-6).
 */
export function ballotModel(rules: BallotRules, input: BallotModelInput): BallotModel {
  const { tally, nomination } = rules;
  const reserved = tally.womenRule.value === 'reserved-office';
  const parts: BallotPart[] = input.offices.map((o) => {
    const people = input.candidates.filter((c) => c.office === o.id).map((c) => ({ id: c.id, name: c.name }));
    const womenOnly = o.womenOnly === true;
    return {
      office: o.id,
      title: o.title,
      seats: o.seats,
      rank: o.rank,
      womenOnly,
      separate: womenOnly && reserved,
      heading: `${o.title}（应选${o.seats}名）`,
      candidates: sortByStrokes(people, (p) => p.name),
      writeInLines: o.seats,
    };
  });

  const problems: Violation[] = [];
  const warnings: Violation[] = [];
  if (parts.length === 0) {
    problems.push({ rule: 'C1-1', field: '职数方案', reason: '职数方案中没有任何职位' });
  }
  if (reserved && !parts.some((p) => p.womenOnly)) {
    problems.push({
      rule: tally.womenRule.rule,
      field: '妇女委员',
      reason: '本规则集要求选票单列妇女委员职位，职数方案中没有妇女委员',
    });
  }
  if (input.nominationMode === 'direct') {
    const margins = checkCandidateMargins(
      nomination,
      parts.map((p) => ({ title: p.title, rank: p.rank, seats: p.seats, candidates: p.candidates.length })),
    );
    if (!margins.ok) problems.push(...margins.error);
  }
  if (input.layout === 'per-office' && parts.length > 1 && tally.crossOffice.value === 'void-ballot') {
    warnings.push({
      rule: `E-3;${tally.crossOffice.rule}`,
      field: '选票样式',
      reason:
        '本规则集一次性投票选举各职位，同一人被选为两项以上职务的选票无效：分职位印制时，同一选民领取的各张选票编号相同，计票时须按编号合并认定',
    });
  }

  const sheets: BallotSheet[] =
    input.layout === 'single'
      ? [
          {
            id: 'all',
            title: '选票',
            parts,
            instructions: instructionsFor(rules, input.nominationMode, input.layout, parts, input.offices),
          },
        ]
      : parts.map((p) => ({
          id: p.office,
          title: `${p.title}选票`,
          parts: [p],
          instructions: instructionsFor(rules, input.nominationMode, input.layout, [p], input.offices),
        }));

  return {
    layout: input.layout,
    candidateTitle: input.nominationMode === 'self' ? '自荐人' : '候选人',
    sheets,
    problems,
    warnings,
  };
}

/** Spare ballots for a place with `voters` voters: the number, or the percentage rounded up. */
export function reserveFor(voters: number, reserve: BallotReserve): number {
  if (reserve.kind === 'number') return reserve.value;
  return Math.floor((voters * reserve.value + 99) / 100);
}

export interface PrintCount {
  readonly placeId: string;
  readonly voters: number;
  readonly reserve: number;
  /** voters + reserve: ballots to print for the place (per office in the per-office layout) */
  readonly total: number;
}

/** Ballots to print per polling place: its voters plus the reserve the committee set. */
export function printCounts(
  places: readonly { id: string; voters: number }[],
  reserve: BallotReserve,
): PrintCount[] {
  return places.map((p) => {
    const spare = reserveFor(p.voters, reserve);
    return { placeId: p.id, voters: p.voters, reserve: spare, total: p.voters + spare };
  });
}

export interface SerialRange {
  readonly placeId: string;
  /** first and last number, inclusive; `to = from - 1` when the place gets no ballots */
  readonly from: number;
  readonly to: number;
}

/** Consecutive number ranges, one per place in the given order, starting at `firstNo`. */
export function serialRanges(counts: readonly PrintCount[], firstNo: number): SerialRange[] {
  let next = firstNo;
  return counts.map((c) => {
    const range = { placeId: c.placeId, from: next, to: next + c.total - 1 };
    next += c.total;
    return range;
  });
}

/** How a ballot's number is printed: 'No.000123' (six digits, more when needed). */
export function formatSerial(n: number): string {
  return `No.${String(n).padStart(6, '0')}`;
}
