/** The typed form of a `huanjie-scenario/1` document (shared/domain/scenario-format.md). */

export const SCENARIO_FORMAT = 'huanjie-scenario/1';

export type Sex = 'M' | 'F';
export type Round = 'first' | 'runoff';
export type CommitteeBody = 'village-committee' | 'residents-committee';

export const RELATION_KINDS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;
/** `parent`: `to` is this person's parent; a relation stated on one side holds both ways */
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface Relation {
  readonly to: string;
  readonly kind: RelationKind;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly sex: Sex;
  readonly relations: readonly Relation[];
}

export interface Office {
  readonly id: string;
  readonly title: string;
  readonly seats: number;
  /** 1 chair, 2 vice-chair, 3 member; offices may share a rank */
  readonly rank: number;
  /** 单列妇女委员: a mark for a man here credits no one */
  readonly womenOnly: boolean;
}

export interface ElectedBefore {
  readonly person: string;
  readonly office: string;
  readonly rank: number;
}

/** office id → the people marked there */
export type Marks = Readonly<Record<string, readonly string[]>>;

/** `n` identical ballots: ruled void by the committee, or carrying marks (none: blank) */
export type BallotGroup =
  | { readonly n: number; readonly void: true; readonly marks?: Marks }
  | { readonly n: number; readonly void?: false; readonly marks: Marks };

export type RecallBallotGroup =
  | { readonly n: number; readonly void: true }
  | { readonly n: number; readonly void?: false; readonly recall: 'yes' | 'no' };

interface Totals {
  readonly registered: number;
  readonly voted: number;
  readonly issued: number;
}

export interface ElectionScenario extends Totals {
  readonly format: typeof SCENARIO_FORMAT;
  readonly name: string;
  readonly ruleset: string;
  readonly body: CommitteeBody;
  readonly round: Round;
  readonly offices: readonly Office[];
  readonly people: readonly Person[];
  readonly electedBefore: readonly ElectedBefore[];
  /** any iterable, so a caller can stream millions of groups without an array */
  readonly ballots: Iterable<BallotGroup>;
}

export interface RecallScenario extends Totals {
  readonly format: typeof SCENARIO_FORMAT;
  readonly name: string;
  readonly ruleset: string;
  readonly body: 'recall';
  readonly round: 'first';
  readonly ballots: Iterable<RecallBallotGroup>;
}

export type Scenario = ElectionScenario | RecallScenario;

/** A refusal naming the exact place, e.g. `ballots[3].marks.vice[0]` */
export interface ScenarioError {
  readonly path: string;
  readonly message: string;
}

export function formatScenarioError(e: ScenarioError): string {
  return e.path === '' ? e.message : `${e.path}: ${e.message}`;
}
