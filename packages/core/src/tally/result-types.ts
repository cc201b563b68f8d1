/** The `huanjie-result/1` document exactly as scenario-format.md defines it. */

export const RESULT_FORMAT = 'huanjie-result/1';

export type InvalidReason = 'turnout' | 'overcollected';

export interface TieRevote {
  readonly people: readonly string[];
  readonly seats: number;
}

export interface OfficeResult {
  readonly id: string;
  /** every person with at least one vote, most votes first */
  readonly votes: Readonly<Record<string, number>>;
  readonly elected: readonly string[];
  readonly unfilled: number;
  readonly tieRevote: TieRevote | null;
}

export interface KinRemoval {
  readonly person: string;
  readonly office: string;
  readonly keeps: string;
}

export interface KinRevotePair {
  readonly people: readonly [string, string];
}

interface CommonResult {
  readonly format: typeof RESULT_FORMAT;
  readonly ruleset: string;
  readonly round: 'first' | 'runoff';
  readonly valid: boolean;
  readonly invalidReason: InvalidReason | null;
  readonly registered: number;
  readonly voted: number;
  readonly issued: number;
  readonly collected: number;
  readonly voidBallots: number;
}

export interface ElectionResult extends CommonResult {
  readonly offices: readonly OfficeResult[];
  readonly kinRemoved: readonly KinRemoval[];
  readonly kinRevote: readonly KinRevotePair[];
  readonly noWomanElected: boolean | null;
  /** null in a runoff */
  readonly runoffCandidates: Readonly<Record<string, readonly string[]>> | null;
  readonly womenOfficeKept: boolean | null;
  readonly vacancyMayRemain: boolean | null;
}

export interface RecallResult extends CommonResult {
  readonly round: 'first';
  readonly yes: number;
  readonly no: number;
  readonly passed: boolean;
}

export type TallyResult = ElectionResult | RecallResult;
