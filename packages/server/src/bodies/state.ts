/**
 * A village's bodies as one value (村级组织班子): each body's serving and former members, the village
 * posts, and the kinship checks across them — seed 003 (Party organization, villagers' committee and
 * co-operative members not near relatives; a 一肩挑 person wider, crossBodyKinConflicts, C1-5) and
 * J2-1/J2-3 (who may not sit on the supervision committee, supervisionRecusals), with its size.
 */
import {
  checkSupervisionSize,
  crossBodyKinConflicts,
  type KinConflict,
  type PersonRef,
  type PostHolder,
  supervisionRecusals,
  type Withdrawal,
} from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { bodyMembers, elections, villagePosts } from '../db/schema.js';
import { villageKin } from '../preparation/polling/state.js';
import type { VillageCtx } from '../registration/village.js';
import { votersByIds } from '../registration/village-voters.js';
import type { Problem } from '../registration/violation-text.js';
import { uniqueRules } from '../registration/violation-text.js';
import { ELECTION_TITLES, type ElectionKind } from '../rounds/election-plan.js';
import { BODY_OFFICES, isManualBody, POST_LABELS, type RecordedPost } from './offices.js';

export type MemberRow = typeof bodyMembers.$inferSelect;

export interface MemberView extends MemberRow {
  name: string;
  sex: 'M' | 'F' | null;
  groupName: string | null;
}

export interface BodyView {
  electionId: string;
  kind: ElectionKind;
  title: string;
  /** false for the villagers' committee: its members are seated by the township's confirmation */
  manual: boolean;
  offices: readonly { id: string; title: string; rank: number }[];
  members: MemberView[];
}

export interface PostView {
  voterId: string;
  name: string;
  post: RecordedPost;
  postLabel: string;
  since: string | null;
}

export interface BodiesState {
  bodies: BodyView[];
  posts: PostView[];
  /** seed 003: pairs of serving members of the Party organization, committee and co-operative */
  crossBody: KinConflict[];
  /** J2-1, J2-3: supervision members who may not serve */
  supervision: Withdrawal[];
  /** the supervision committee's size against the rule set (J2-3), when it has members */
  supervisionSize: Problem[];
}

const COMMITTEE_KINDS = new Set<string>(['village-committee', 'residents-committee']);

export async function villageElections(db: Tx, vr: VillageCtx) {
  return db
    .select()
    .from(elections)
    .where(
      and(
        eq(elections.countyCode, vr.countyCode),
        eq(elections.roundId, vr.round.id),
        eq(elections.villageCode, vr.villageCode),
      ),
    );
}

export async function bodiesState(db: Tx, vr: VillageCtx): Promise<BodiesState> {
  const all = (await villageElections(db, vr)).filter((e) => e.kind !== 'representatives');
  all.sort((a, b) => a.seq - b.seq || a.kind.localeCompare(b.kind));
  const [members, posts, kin] = await Promise.all([
    db
      .select()
      .from(bodyMembers)
      .where(
        and(
          eq(bodyMembers.countyCode, vr.countyCode),
          eq(bodyMembers.roundId, vr.round.id),
          eq(bodyMembers.villageCode, vr.villageCode),
        ),
      ),
    db
      .select()
      .from(villagePosts)
      .where(
        and(
          eq(villagePosts.countyCode, vr.countyCode),
          eq(villagePosts.roundId, vr.round.id),
          eq(villagePosts.villageCode, vr.villageCode),
        ),
      ),
    villageKin(db, vr),
  ]);
  const people = new Map(
    (await votersByIds(db, vr, [...members.map((m) => m.voterId), ...posts.map((p) => p.voterId)])).map(
      (v) => [v.id, v],
    ),
  );
  const ref = (voterId: string): PersonRef => ({ id: voterId, name: people.get(voterId)?.name ?? voterId });

  const kindOf = new Map(all.map((e) => [e.id, e.kind]));
  const bodies: BodyView[] = all.map((e) => ({
    electionId: e.id,
    kind: e.kind,
    title: ELECTION_TITLES[e.kind],
    manual: isManualBody(e.kind),
    offices: isManualBody(e.kind) ? BODY_OFFICES[e.kind] : [],
    members: members
      .filter((m) => m.electionId === e.id)
      .sort((a, b) => Number(a.status !== 'serving') - Number(b.status !== 'serving') || a.rank - b.rank)
      .map((m) => {
        const v = people.get(m.voterId);
        return { ...m, name: v?.name ?? m.voterId, sex: v?.sex ?? null, groupName: v?.groupName ?? null };
      }),
  }));

  const serving = members.filter((m) => m.status === 'serving');
  const servingIn = (pred: (kind: string) => boolean) =>
    serving.filter((m) => pred(kindOf.get(m.electionId) ?? ''));
  const committee = servingIn((k) => COMMITTEE_KINDS.has(k));
  const party = servingIn((k) => k === 'party-org');
  const coop = servingIn((k) => k === 'coop');
  const supervisors = servingIn((k) => k === 'supervision');

  // 一肩挑: the Party secretary is also the committee's chair (rank 1 in both)
  const partyHeads = new Set(party.filter((m) => m.rank === 1).map((m) => m.voterId));
  const oneShoulder = new Set(
    committee.filter((m) => m.rank === 1 && partyHeads.has(m.voterId)).map((m) => m.voterId),
  );
  const holders = new Map<string, { person: PersonRef; oneShoulder: boolean }>();
  for (const m of [...party, ...committee, ...coop])
    holders.set(m.voterId, { person: ref(m.voterId), oneShoulder: oneShoulder.has(m.voterId) });
  const crossBody = crossBodyKinConflicts(vr.ruleSet.committee, [...holders.values()], kin).filter(
    // two posts held by one person are not a kinship conflict; pairs are of different people
    (c) => c.people[0].id !== c.people[1].id,
  );

  const postHolders: PostHolder[] = [
    ...committee.map((m) => ({ person: ref(m.voterId), post: 'committee-member' as const })),
    ...coop
      .filter((m) => m.rank === 1)
      .map((m) => ({ person: ref(m.voterId), post: 'collective-economy-manager' as const })),
    ...posts.map((p) => ({ person: ref(p.voterId), post: p.post })),
  ];
  const supervision = supervisionRecusals(
    vr.ruleSet.supervision,
    supervisors.map((m) => ref(m.voterId)),
    postHolders,
    kin,
  );
  const size =
    supervisors.length > 0 ? checkSupervisionSize(vr.ruleSet.supervision, supervisors.length) : null;
  const supervisionSize: Problem[] =
    size && !size.ok
      ? size.error.map((v) => ({ rule: uniqueRules(v.rule), field: '村务监督委员会', reason: v.reason }))
      : [];

  return {
    bodies,
    posts: posts.map((p) => ({
      voterId: p.voterId,
      name: ref(p.voterId).name,
      post: p.post,
      postLabel: POST_LABELS[p.post],
      since: p.since,
    })),
    crossBody,
    supervision,
    supervisionSize,
  };
}
