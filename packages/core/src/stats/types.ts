/**
 * The round's statistics (issue 7, seed-requirements §9): what goes in (person-level records of the
 * people in office after the round, and each village's participation from its confirmed first vote)
 * and what comes out. Every rate is a `Ratio` of two integers, never a float: the app formats it, a
 * target compares it with integer arithmetic, and a total is the sum of its parts by construction.
 */

/** numerator / denominator, both counts of people or villages; den 0 means "no data" (shown as —) */
export interface Ratio {
  num: number;
  den: number;
}

/** The bodies whose members count in the round's statistics. */
export type StatBody = 'party-org' | 'village-committee' | 'residents-committee' | 'supervision' | 'coop';

/** The education levels the reports use, lowest first (seed-requirements §9.2). */
export const EDUCATION_LEVELS = [
  'primary',
  'junior',
  'senior',
  'college',
  'bachelor',
  'postgraduate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * One person holding one office after the round (a body_members row joined to the person). The same
 * person on two bodies of a village appears twice with the same `personKey` (交叉任职, 一肩挑).
 */
export interface OfficeHolder {
  villageCode: string;
  /** the same person in the same village has the same key (the ID number, else the voter id) */
  personKey: string;
  body: StatBody;
  /** the office id of the body: chair / vice / women / member (committees); secretary / deputy-secretary / member (Party) */
  office: string;
  /** 1 head, 2 deputy, 3 member */
  rank: 1 | 2 | 3;
  sex: 'M' | 'F';
  birthDate: string;
  /** as registered (文化程度): normalized by `educationLevel` */
  education: string | null;
  /** as registered (政治面貌): 中共党员 and 中共预备党员 count as party members */
  politicalStatus: string | null;
  /** as registered (民族) */
  ethnicity: string | null;
  /** true: held an office of the same body in this village in the previous round (连选连任); null: no previous round */
  incumbent: boolean | null;
}

/** A village or community of the round and how its round went. */
export interface VillageRound {
  code: string;
  name: string;
  townshipCode: string;
  kind: 'village' | 'community';
  /** the step it is at (the round_villages status) */
  status: 'preparing' | 'scheduled' | 'postponed' | 'voting' | 'completed' | 'failed' | 'rerun';
  /** from the first vote's confirmed result: registered (登记选民) and voted (参加投票); null before the vote */
  registered: number | null;
  voted: number | null;
  /** the first vote filled every seat of the committee (一次选举成功) */
  firstVoteFilledAll: boolean | null;
  /** the same figures of the previous round, when there is one */
  previousRegistered: number | null;
  previousVoted: number | null;
}

/** Age bands for a report: the upper ages, inclusive (e.g. [35, 45, 55] → ≤35, 36–45, 46–55, ≥56). */
export type AgeBands = readonly number[];

export interface Count {
  /** people (or villages) counted */
  count: number;
}

/** A breakdown of people by a category, with the total it is a part of. */
export interface Breakdown<K extends string = string> {
  total: number;
  parts: { key: K; label: string; count: number }[];
}

/** The structure of one group of office holders (a body, an office, or everyone). */
export interface TeamStructure {
  people: number;
  women: number;
  partyMembers: number;
  incumbents: number;
  /** people with a previous-round answer (the incumbents' share is incumbents ÷ this) */
  incumbencyKnown: number;
  /** sum of ages in whole years on the reference day (average = ageSum ÷ people, shown to one decimal) */
  ageSum: number;
  ageBands: Breakdown;
  education: Breakdown<EducationLevel | 'unknown'>;
  ethnicity: Breakdown;
}

/** The statistics of one area (a village, a township, the county): every figure of §9. */
export interface AreaStatistics {
  code: string;
  name: string;
  level: 'village' | 'township' | 'county';
  villages: number;
  communities: number;
  /** villages whose round is completed; failed; postponed; the first vote filled all seats */
  completed: number;
  failed: number;
  postponed: number;
  firstVoteSuccess: number;
  /** villages with a confirmed first-vote result (the denominator of 一肩挑 and first-vote success) */
  withResult: number;
  registered: number;
  voted: number;
  /** 参选率 = voted ÷ registered, over villages with a result */
  turnout: Ratio;
  /** the previous round's figures over the same villages (null when none had one) */
  previousTurnout: Ratio | null;
  /** this round's voters over the villages that have a previous figure (change in people = this − previousTurnout.num) */
  comparableVoted: number;
  /** 一肩挑: villages whose Party secretary is also the committee chair ÷ villages with a result */
  oneShoulder: Ratio;
  /** 交叉任职: people on both the Party committee and the villagers' committee ÷ Party committee members */
  crossServing: Ratio;
  /** 两委 headcount (distinct people): Party committee + villagers' committee − both */
  twoCommitteesHeadcount: number;
  /** the villagers' (residents') committee members after the round, by office */
  committee: TeamStructure;
  committeeByOffice: { office: string; title: string; structure: TeamStructure }[];
  partyCommittee: TeamStructure;
  /** the Party committee by office (书记 / 副书记 / 委员) */
  partyByOffice: { office: string; title: string; structure: TeamStructure }[];
  /** 两委 distinct people */
  twoCommittees: TeamStructure;
  /** coverage flags: villages whose committee has a woman / a college graduate (大专及以上) / someone ≤ 35 */
  coverage: { woman: number; college: number; young: number; of: number };
}

/** An indicator a county can set a target for, and how it is read from an area's statistics. */
export type IndicatorId =
  | 'turnout'
  | 'one-shoulder'
  | 'cross-serving'
  | 'women-share'
  | 'college-share'
  | 'party-share'
  | 'young-share'
  | 'first-vote-success';

export interface TargetCheck {
  indicator: IndicatorId;
  label: string;
  value: Ratio;
  /** basis points, 9000 = 90.00% */
  targetBp: number;
  met: boolean;
  /** value − target in hundredths of a percentage point (integer; negative when short); null when no data */
  gapCentiPoints: number | null;
}
