import type { Cited } from '../ruleset/cited.js';
import { formula, meets, minimumToMeet, type Threshold } from '../ruleset/threshold.js';

/**
 * Why the result is what it is, for a screen or a printed report: the thresholds with
 * the numbers used, and how many ballots each rule set aside. Never printed by the CLI's
 * JSON output, which is exactly `huanjie-result/1`.
 */
export interface ThresholdCheck {
  /** law-rules.md rule ID(s) */
  readonly rule: string;
  /** the comparison with names, e.g. `2*voted > registered` */
  readonly formula: string;
  readonly part: number;
  readonly whole: number;
  readonly met: boolean;
  /** the smallest `part` that would meet it */
  readonly minimum: number;
}

export interface QuotaRule {
  readonly rule: string;
  /** e.g. `2*votes > voted` */
  readonly formula: string;
  readonly whole: number;
  /** the fewest votes that qualify */
  readonly minimumVotes: number;
}

export interface VoidBreakdown {
  /** ruled void by the election committee (E-7) */
  readonly committee: number;
  /** the same person marked for two offices (E-5) */
  readonly crossOffice: number;
  /** more marks than seats, whole ballot void (E-5, E-6) */
  readonly overvote: number;
}

export interface ElectionReasons {
  readonly turnout: ThresholdCheck | null;
  readonly overcollection: {
    readonly rule: string;
    readonly formula: string;
    readonly collected: number;
    readonly limit: number;
    readonly met: boolean;
  };
  readonly quota: QuotaRule;
  readonly voidBallots: VoidBreakdown;
  /** office id → office parts void for an over-vote (overvoteScope = office) */
  readonly officePartsVoided: Readonly<Record<string, number>>;
  /** office id → marks for a man in a women-only office, which credit no one */
  readonly marksCreditingNoOne: Readonly<Record<string, number>>;
}

export interface RecallReasons {
  readonly quorum: ThresholdCheck;
  readonly approval: ThresholdCheck;
  readonly overcollection: ElectionReasons['overcollection'];
}

export function checkThreshold(
  t: Cited<Threshold>,
  part: number,
  whole: number,
  partName: string,
  wholeName: string,
): ThresholdCheck {
  return {
    rule: t.rule,
    formula: formula(t.value, partName, wholeName),
    part,
    whole,
    met: meets(t.value, part, whole),
    minimum: minimumToMeet(t.value, whole),
  };
}
