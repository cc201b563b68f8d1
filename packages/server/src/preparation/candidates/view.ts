/**
 * The candidate list as it stands (正式候选人名单 B-4, or 自荐人名单 B-6 in a self-nomination
 * election): the formal candidates per office, by nomination votes or in 姓氏笔画 order as the rule set
 * says (B-4, B-6; isFormalCandidate: on the slate and
 * through the joint review, D-9), what still stands in the way of publishing it (reviews not done,
 * the margin D-2/D-6), its deadline from the calendar, its publications and the candidates' meetings
 * with villagers (D-3).
 */
import {
  type CalendarStep,
  type CandidateListKind,
  candidateListDeadline,
  checkCandidateMargins,
  type IsoDate,
  listOrderOf,
  orderCandidateList,
  type Violation,
} from '@huanjie/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import {
  candidateListPublications,
  candidateMeetings,
  type NomineeBio,
  type PublishedCandidate,
  scheduleSteps,
} from '../../db/schema.js';
import { ApiError } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import {
  committeeElection,
  type ElectionRow,
  isFormalCandidate,
  type NomineeRow,
  nomineesOf,
  type SeatPlanRow,
  seatPlanOf,
} from '../committee-election.js';
import { countOf } from '../nomination/slate.js';

export type PublicationRow = typeof candidateListPublications.$inferSelect;
export type MeetingRow = typeof candidateMeetings.$inferSelect;

export const LIST_TITLES: Record<CandidateListKind, string> = {
  direct: '正式候选人名单',
  self: '自荐人名单',
};

export interface CandidateView {
  id: string;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  office: string;
  officeTitle: string;
  birthDate: string | null;
  groupName: string | null;
  /** the bio as saved, with education and political status from the register when not filled in */
  bio: NomineeBio;
  /** a back-filled candidate (B-5): whom it replaced */
  replacesName: string | null;
  /** nomination votes (direct nomination); null in a self-nomination election */
  nominationVotes: number | null;
}

/** Formal candidates only: people elected without having stood are reviewed after the vote, not listed. */
export function isListed(n: NomineeRow): boolean {
  return isFormalCandidate(n) && n.source !== 'elected-write-in';
}

export interface CandidateListState {
  election: ElectionRow;
  plan: SeatPlanRow;
  kind: CandidateListKind;
  /** the printed order (B-4 by votes under Zhejiang, B-6 strokes), with its rule */
  order: { by: 'votes' | 'strokes'; rule: string };
  offices: { id: string; title: string; seats: number; rank: 1 | 2 | 3; candidates: CandidateView[] }[];
  /** on the slate but the review has not finished */
  inReview: { id: string; name: string; officeTitle: string }[];
  /** what bars publication now */
  problems: Violation[];
  deadline: CalendarStep | null;
}

/** The list from the database; null when the village has no committee election or seat plan yet. */
export async function candidateListState(db: Tx, vr: VillageCtx): Promise<CandidateListState | null> {
  let election: ElectionRow;
  try {
    election = await committeeElection(db, vr);
  } catch (err) {
    if (err instanceof ApiError) return null;
    throw err;
  }
  const plan = await seatPlanOf(db, vr, election.id);
  if (!plan) return null;
  const kind: CandidateListKind = plan.nominationMode;
  const rows = await nomineesOf(db, vr, election.id);
  const listed = rows.filter(isListed);
  const people = new Map(
    (
      await votersByIds(
        db,
        vr,
        listed.map((n) => n.voterId),
      )
    ).map((v) => [v.id, v]),
  );
  const names = new Map(rows.map((n) => [n.id, n.name]));
  const titles = new Map<string, string>(plan.offices.map((o) => [o.id, o.title]));
  const views: CandidateView[] = listed.map((n) => {
    const v = people.get(n.voterId);
    return {
      id: n.id,
      voterId: n.voterId,
      name: n.name,
      sex: n.sex,
      office: n.office,
      officeTitle: titles.get(n.office) ?? n.office,
      birthDate: v?.birthDate ?? null,
      groupName: v?.groupName ?? null,
      bio: {
        ...(v?.education && { education: v.education }),
        ...(v?.politicalStatus && { politicalStatus: v.politicalStatus }),
        ...n.bio,
      },
      replacesName: n.replacesId ? (names.get(n.replacesId) ?? null) : null,
      nominationVotes: kind === 'direct' ? (n.nominationVotes ?? 0) : null,
    };
  });
  const order = listOrderOf(kind, vr.ruleSet.nomination.candidateListOrder.value);
  const ordered = orderCandidateList(
    plan.offices,
    views,
    (c) => c.office,
    (c) => c.name,
    order === 'votes' ? (c) => c.nominationVotes ?? 0 : undefined,
  );
  const offices = ordered.map((o) => {
    const planned = plan.offices.find((p) => p.id === o.office.id)!;
    return {
      id: planned.id,
      title: planned.title,
      seats: planned.seats,
      rank: planned.rank,
      candidates: [...o.candidates],
    };
  });
  const inReview = rows
    .filter((n) => n.status === 'selected' && n.source !== 'elected-write-in' && n.reviewStatus === 'pending')
    .map((n) => ({ id: n.id, name: n.name, officeTitle: titles.get(n.office) ?? n.office }));

  const problems: Violation[] = [];
  if (vr.electionDay === null)
    problems.push({ rule: 'B-4', field: '选举日', reason: '本村尚未确定选举日，无法确定公布期限' });
  if (plan.status !== 'approved')
    problems.push({ rule: 'C1-1', field: '职数方案', reason: '本村职数方案尚未经乡镇审核同意' });
  if (inReview.length > 0)
    problems.push({
      rule: 'D-9',
      field: '联审',
      reason: `${inReview.map((n) => n.name).join('、')}的联审尚未完成，完成后才能确定名单`,
    });
  if (kind === 'direct') {
    const count = await countOf(db, vr, election.id);
    if (!count?.countedOn) problems.push({ rule: 'D-5', field: '提名', reason: '本村尚未完成提名计票' });
    else if (inReview.length === 0) {
      const margins = checkCandidateMargins(
        vr.ruleSet.nomination,
        offices.map((o) => ({
          title: o.title,
          rank: o.rank,
          seats: o.seats,
          candidates: o.candidates.length,
        })),
      );
      if (!margins.ok) problems.push(...margins.error);
    }
  } else if (listed.length === 0) {
    problems.push({ rule: 'D-8', field: '自荐人', reason: '尚无通过资格审查的自荐人' });
  }
  const deadline =
    vr.electionDay === null ? null : candidateListDeadline(vr.ruleSet, vr.electionDay as IsoDate, kind);
  const orderRule = kind === 'self' ? 'B-6' : vr.ruleSet.nomination.candidateListOrder.rule;
  return {
    election,
    plan,
    kind,
    order: { by: order, rule: orderRule },
    offices,
    inReview,
    problems,
    deadline,
  };
}

export async function publicationsOf(db: Tx, vr: VillageCtx): Promise<PublicationRow[]> {
  return db
    .select()
    .from(candidateListPublications)
    .where(
      and(
        eq(candidateListPublications.countyCode, vr.countyCode),
        eq(candidateListPublications.roundId, vr.round.id),
        eq(candidateListPublications.villageCode, vr.villageCode),
      ),
    )
    .orderBy(desc(candidateListPublications.version));
}

export async function meetingsOf(db: Tx, vr: VillageCtx): Promise<MeetingRow[]> {
  return db
    .select()
    .from(candidateMeetings)
    .where(
      and(
        eq(candidateMeetings.countyCode, vr.countyCode),
        eq(candidateMeetings.roundId, vr.round.id),
        eq(candidateMeetings.villageCode, vr.villageCode),
      ),
    )
    .orderBy(asc(candidateMeetings.heldOn), asc(candidateMeetings.createdAt));
}

/** The list in print order, as a publication keeps it. */
export function snapshotOf(state: Pick<CandidateListState, 'offices'>): PublishedCandidate[] {
  return state.offices.flatMap((o) =>
    o.candidates.map((c) => ({ nomineeId: c.id, office: o.id, officeTitle: o.title, name: c.name })),
  );
}

function sameList(a: readonly PublishedCandidate[], b: readonly PublishedCandidate[]): boolean {
  return (
    a.length === b.length && a.every((x, i) => x.nomineeId === b[i]?.nomineeId && x.office === b[i]?.office)
  );
}

/** The schedule's record of the 自荐人名单 (B-6), which the nomination page's publication makes. */
async function selfListRecord(db: Tx, vr: VillageCtx) {
  const [row] = await db
    .select()
    .from(scheduleSteps)
    .where(
      and(
        eq(scheduleSteps.countyCode, vr.countyCode),
        eq(scheduleSteps.roundId, vr.round.id),
        eq(scheduleSteps.villageCode, vr.villageCode),
        eq(scheduleSteps.stepId, 'self-nominee-list'),
        eq(scheduleSteps.outcome, 'done'),
      ),
    );
  return row ?? null;
}

export async function candidatesView(db: Tx, vr: VillageCtx, today: IsoDate) {
  const state = await candidateListState(db, vr);
  const [publications, meetings] = await Promise.all([publicationsOf(db, vr), meetingsOf(db, vr)]);
  if (!state) {
    return {
      ready: false as const,
      electionDay: vr.electionDay,
      today,
      publications,
      meetings,
    };
  }
  const latest = publications[0] ?? null;
  const current = snapshotOf(state);
  // In a self-nomination election the 自荐人名单 is published on the nomination page (B-6).
  const [selfRecord, count] =
    state.kind === 'self'
      ? await Promise.all([selfListRecord(db, vr), countOf(db, vr, state.election.id)])
      : [null, null];
  const publishedOn =
    state.kind === 'self'
      ? (count?.selfListPublishedOn ?? selfRecord?.doneOn ?? null)
      : (latest?.publishedOn ?? null);
  return {
    ready: true as const,
    electionId: state.election.id,
    electionDay: vr.electionDay,
    today,
    kind: state.kind,
    order: state.order,
    title: LIST_TITLES[state.kind],
    seatPlanStatus: state.plan.status,
    offices: state.offices,
    inReview: state.inReview,
    problems: state.problems,
    deadline: state.deadline
      ? {
          due: state.deadline.due,
          rule: state.deadline.rule,
          basis: state.deadline.basis,
          title: state.deadline.title,
        }
      : null,
    /** not published and its day has passed */
    overdue: state.deadline !== null && publishedOn === null && today > state.deadline.due,
    publishedOn,
    publications,
    /** the list changed after its last publication (a back-fill, a late failing verdict): publish again */
    changedSincePublication:
      state.kind === 'direct' && latest !== null && !sameList(latest.candidates, current),
    meetings,
  };
}
