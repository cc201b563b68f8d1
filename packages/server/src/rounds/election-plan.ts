/**
 * The order a village's elections happen in (seed 003): the Party organization first, then
 * the villagers' (or residents') committee together with the village representatives, then
 * the supervision committee and the economic co-operative. Equal `seq` = held together.
 */
export const ELECTION_KINDS = [
  'party-org',
  'village-committee',
  'residents-committee',
  'representatives',
  'supervision',
  'coop',
] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const ELECTION_TITLES: Record<ElectionKind, string> = {
  'party-org': '村党组织',
  'village-committee': '村民委员会',
  'residents-committee': '居民委员会',
  representatives: '村民代表',
  supervision: '村务监督委员会',
  coop: '经济合作社',
};

export interface PlannedElection {
  /** `committee` stands for the villagers' committee in a village, the residents' in a community */
  kind: Exclude<ElectionKind, 'village-committee' | 'residents-committee'> | 'committee';
  seq: number;
}

export const DEFAULT_ELECTION_PLAN: readonly PlannedElection[] = [
  { kind: 'party-org', seq: 1 },
  { kind: 'committee', seq: 2 },
  { kind: 'representatives', seq: 2 },
  { kind: 'supervision', seq: 3 },
  { kind: 'coop', seq: 3 },
];

export function electionsFor(plan: readonly PlannedElection[], villageKind: 'village' | 'community') {
  return plan.map((p) => ({
    kind: (p.kind === 'committee'
      ? villageKind === 'community'
        ? 'residents-committee'
        : 'village-committee'
      : p.kind) as ElectionKind,
    seq: p.seq,
  }));
}

/** The elections held on the village's election day (the committee and the representatives). */
export function heldOnElectionDay(kind: ElectionKind): boolean {
  return kind === 'village-committee' || kind === 'residents-committee' || kind === 'representatives';
}
