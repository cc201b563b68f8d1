/**
 * The election committee as it stands: the selection meetings, everyone chosen in order, the
 * nominees of the committee election and the kinship between voters, reviewed by core's rules
 * (size C2-4/C2-5, 主任 C2-1, withdrawals C2-2/C2-6, the next alternate C2-3).
 */
import {
  type ElectionCommitteeState,
  type KinLink,
  kinGraph,
  type Nominee,
  type PersonRef,
  reviewElectionCommittee,
  type SelectedPerson,
  type Withdrawal,
} from '@huanjie/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connect.js';
import {
  electionCommitteeMeetings,
  electionCommitteeMembers,
  electionCommitteePublications,
  nominees,
  voterRelations,
} from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { isStanding } from '../committee-election.js';

export type MeetingRow = typeof electionCommitteeMeetings.$inferSelect;
export type MemberRow = typeof electionCommitteeMembers.$inferSelect;
export type PublicationRow = typeof electionCommitteePublications.$inferSelect;

export const BODY_TITLES: Record<MeetingRow['body'], string> = {
  'villagers-meeting': '村民会议',
  'representatives-meeting': '村民代表会议',
  'group-meetings': '各村民小组会议',
};

interface VillageCols {
  countyCode: AnyPgColumn;
  roundId: AnyPgColumn;
  villageCode: AnyPgColumn;
}

export function inVillage(t: VillageCols, vr: VillageCtx) {
  return and(eq(t.countyCode, vr.countyCode), eq(t.roundId, vr.round.id), eq(t.villageCode, vr.villageCode));
}

export async function meetingsOf(db: Tx, vr: VillageCtx): Promise<MeetingRow[]> {
  return db
    .select()
    .from(electionCommitteeMeetings)
    .where(inVillage(electionCommitteeMeetings, vr))
    .orderBy(asc(electionCommitteeMeetings.heldOn), asc(electionCommitteeMeetings.createdAt));
}

/** Everyone chosen, in the order of the selection result. `lock` takes row locks for a write. */
export async function selectionOf(db: Tx, vr: VillageCtx, lock = false): Promise<MemberRow[]> {
  const q = db
    .select()
    .from(electionCommitteeMembers)
    .where(inVillage(electionCommitteeMembers, vr))
    .orderBy(asc(electionCommitteeMembers.seq));
  return lock ? q.for('update') : q;
}

export async function publicationsOf(db: Tx, vr: VillageCtx): Promise<PublicationRow[]> {
  return db
    .select()
    .from(electionCommitteePublications)
    .where(inVillage(electionCommitteePublications, vr))
    .orderBy(desc(electionCommitteePublications.publishedOn), desc(electionCommitteePublications.createdAt));
}

/**
 * Kinship between the village's voters (voter_relations: `relatedVoterId` is `voterId`'s `kind`,
 * as a scenario file's `relations[]` say it), as core's graph: a relation stated once holds both ways.
 */
export async function villageKinLinks(db: Tx, vr: VillageCtx): Promise<KinLink[]> {
  const rows = await db.select().from(voterRelations).where(inVillage(voterRelations, vr));
  return rows.map((r) => ({ from: r.voterId, to: r.relatedVoterId, kind: r.kind }));
}

/**
 * The nominees who make a committee member withdraw (C2-2, C2-6): people standing in the village's
 * committee election (nominated or put on the slate, `isStanding`), as candidates or self-nominees.
 * Every attempt of the election in the round counts: a re-run's nominees stand as much as the first's.
 */
export async function standingNominees(db: Tx, vr: VillageCtx): Promise<Nominee[]> {
  const rows = await db.select().from(nominees).where(inVillage(nominees, vr));
  const out = new Map<string, Nominee>();
  for (const n of rows) {
    if (!isStanding(n) || n.source === 'elected-write-in') continue;
    const kind = n.source === 'self-nomination' ? 'self-nominee' : 'candidate';
    // A person nominated by voters counts as a candidate even if also a self-nominee elsewhere.
    if (out.get(n.voterId)?.kind === 'candidate') continue;
    out.set(n.voterId, { person: { id: n.voterId, name: n.name }, kind });
  }
  return [...out.values()];
}

export function personOf(m: Pick<MemberRow, 'voterId' | 'name'>): PersonRef {
  return { id: m.voterId, name: m.name };
}

export function selected(rows: readonly MemberRow[]): SelectedPerson[] {
  return rows.map((m) => ({ person: personOf(m), seq: m.seq, status: m.status, chair: m.chair }));
}

export interface CommitteeReview {
  rows: MemberRow[];
  state: ElectionCommitteeState;
  /** member id → the withdrawal the rules require of that member */
  required: Map<string, Withdrawal>;
}

/** The selection reviewed against the rule set, the nominees and the kin graph. */
export async function reviewCommittee(db: Tx, vr: VillageCtx, lock = false): Promise<CommitteeReview> {
  const [rows, standing, links] = await Promise.all([
    selectionOf(db, vr, lock),
    standingNominees(db, vr),
    villageKinLinks(db, vr),
  ]);
  const state = reviewElectionCommittee(vr.ruleSet.committee, selected(rows), standing, kinGraph(links));
  const required = new Map<string, Withdrawal>();
  for (const w of state.withdrawals) {
    const member = rows.find((m) => m.voterId === w.person.id && m.status === 'serving');
    if (member) required.set(member.id, w);
  }
  return { rows, state, required };
}

/**
 * How many serving members must withdraw now (C2-2, C2-6): the warning count other pages show
 * (nomination, candidates, polling plan). Cheap enough to call on every page load.
 */
export async function committeeRecusalsRequired(db: Tx, vr: VillageCtx): Promise<Withdrawal[]> {
  return (await reviewCommittee(db, vr)).state.withdrawals as Withdrawal[];
}
