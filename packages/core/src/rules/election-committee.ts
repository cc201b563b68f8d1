// The village election committee (村民选举委员会) as it stands: its size, its 主任, who must withdraw
// once the nominees are known, and who fills a vacancy from the original selection (C2-1..C2-6).
import type { CommitteeParams } from '../ruleset/sections/committee.js';
import { checkElectionCommitteeSize } from './body-size.js';
import type { KinGraph, PersonRef } from './kin-graph.js';
import {
  electionCommitteeRecusals,
  type KinConflict,
  type Nominee,
  type Withdrawal,
} from './kinship-recusal.js';
import type { Violation } from './outcome.js';

/** One person of the selection result, in its order (1 = chosen first). */
export interface SelectedPerson {
  readonly person: PersonRef;
  readonly seq: number;
  /** serving: on the committee; alternate: chosen but not seated (候补); withdrawn: left it. */
  readonly status: 'serving' | 'alternate' | 'withdrawn';
  readonly chair: boolean;
}

export interface AlternateOffer {
  /** The next person of the selection who may take the seat; null when none is left (另行推选, C2-3). */
  readonly offer: SelectedPerson | null;
  /** Alternates passed over because they would have to withdraw at once (C2-2, C2-6). */
  readonly skipped: readonly Withdrawal[];
}

export interface ElectionCommitteeState {
  readonly serving: number;
  /** Outside the rule set's size: a bar (C2-4, C2-5). */
  readonly sizeViolations: readonly Violation[];
  /** An even size (以奇数为宜), near relatives serving together (不宜): warnings (C2-4). */
  readonly advisories: readonly Violation[];
  readonly kinAdvisories: readonly KinConflict[];
  /** The committee has no serving 主任 (C2-1). */
  readonly chairVacant: Violation | null;
  /** Serving members who must withdraw now (C2-2, C2-6). */
  readonly withdrawals: readonly Withdrawal[];
  /** Who would fill the next vacancy, in the order of the original selection (C2-3). */
  readonly next: AlternateOffer;
}

function bySeq(a: SelectedPerson, b: SelectedPerson): number {
  return a.seq - b.seq;
}

/** C2-3: the first alternate in selection order who is not barred by the recusal rule. */
export function nextAlternate(
  params: CommitteeParams,
  selection: readonly SelectedPerson[],
  nominees: readonly Nominee[],
  graph: KinGraph,
): AlternateOffer {
  const alternates = selection.filter((p) => p.status === 'alternate').sort(bySeq);
  const barred = electionCommitteeRecusals(
    params,
    alternates.map((a) => a.person),
    nominees,
    graph,
  ).withdrawals;
  const skipped: Withdrawal[] = [];
  for (const a of alternates) {
    const bar = barred.find((w) => w.person.id === a.person.id);
    if (!bar) return { offer: a, skipped };
    skipped.push(bar);
  }
  return { offer: null, skipped };
}

/** Everything the committee page shows about the committee's make-up, from the rule set. */
export function reviewElectionCommittee(
  params: CommitteeParams,
  selection: readonly SelectedPerson[],
  nominees: readonly Nominee[],
  graph: KinGraph,
): ElectionCommitteeState {
  const serving = selection.filter((p) => p.status === 'serving').sort(bySeq);
  const size = checkElectionCommitteeSize(params, serving.length);
  const recusal = electionCommitteeRecusals(
    params,
    serving.map((p) => p.person),
    nominees,
    graph,
  );
  const chairs = serving.filter((p) => p.chair);
  const chairVacant: Violation | null =
    chairs.length === 1
      ? null
      : {
          rule: 'C2-1',
          field: '主任',
          reason:
            chairs.length === 0
              ? '村民选举委员会由主任和委员组成，现无主任，请由选举委员会推选主任'
              : `村民选举委员会只设主任1名，现有${chairs.length}名`,
        };
  return {
    serving: serving.length,
    sizeViolations: size.violations,
    advisories: [
      ...size.advisories,
      ...recusal.advisories.map((a) => ({ rule: a.rule, field: '近亲属', reason: a.reason })),
    ],
    kinAdvisories: recusal.advisories,
    chairVacant,
    withdrawals: recusal.withdrawals,
    next: nextAlternate(params, selection, nominees, graph),
  };
}
