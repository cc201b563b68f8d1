/**
 * Everything the nomination page shows, read in one go: the seat plan's mode and the rule set's
 * nomination rules, the ballots and the running count (D-4, D-5), the ranking and slate per office
 * with the margin checked (D-2, D-6), people nominated for two offices still to confirm one (D-5),
 * ties at the cut, self-nominees with the E−10 deadline (D-8), the withdrawal deadline (B-5) and
 * the kinship warnings (C1-5, seed 003).
 */
import {
  allowedCandidates,
  checkCandidateMargins,
  compareByStrokes,
  type IsoDate,
  kinGraph,
  lastDayBeforeElection,
  minimumToMeet,
  NOMINATION_TURNOUT,
  nominationVotes,
  pickSlate,
  rankByVotes,
  sortByStrokes,
} from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { nominees, voters } from '../../db/schema.js';
import type { VillageCtx } from '../../registration/village.js';
import { uniqueRules } from '../../registration/violation-text.js';
import { committeeElection, type NomineeRow, type SeatPlanRow, seatPlanOf } from '../committee-election.js';
import { villageRelations } from '../kinship/service.js';
import { ballotsOf } from './ballots.js';
import { votersOnList } from './count.js';
import { type KinWarning, kinWarnings } from './kin-warnings.js';
import { byRanking, countOf, isEligible, slateSizeOf } from './slate.js';
import { withdrawalDeadline } from './withdraw.js';

export interface RankingLine {
  /** the nominees row, once counted (null in the running count before it) */
  nomineeId: string | null;
  voterId: string;
  name: string;
  sex: 'M' | 'F';
  voterNo: number | null;
  groupName: string;
  votes: number | null;
  rank: number | null;
  status: NomineeRow['status'] | null;
  reviewStatus: NomineeRow['reviewStatus'] | null;
  source: NomineeRow['source'] | null;
  appliedOn: string | null;
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  replacesName: string | null;
  /** also nominated for another office and not yet confirmed (D-5) */
  otherOffices: string[];
}

export interface OfficeView {
  id: string;
  title: string;
  seats: number;
  rank: 1 | 2 | 3;
  womenOnly: boolean;
  margin: { min: number; max: number | null; chosen: number; size: number; rule: string };
  ranking: RankingLine[];
  selected: number;
  /** names tied across the slate's last place */
  tiedAtCut: string[];
}

export interface BallotView {
  id: string;
  serial: string | null;
  voterId: string;
  voterName: string;
  voterNo: number | null;
  castOn: string;
  entries: { office: string; voterId: string; name: string }[];
  counted: number;
  rejected: { office: string; name: string; rule: string; reason: string }[];
  voidRule: string | null;
  voidReason: string | null;
  createdAt: string;
}

function cited<T>(c: { value: T; rule: string }) {
  return { value: c.value, rule: c.rule };
}

export async function nominationState(db: Tx, vr: VillageCtx, today: IsoDate) {
  const election = await committeeElection(db, vr);
  const plan: SeatPlanRow | null = await seatPlanOf(db, vr, election.id);
  const params = vr.ruleSet.nomination;
  const cal = vr.ruleSet.calendar;
  const rules = {
    modes: cited(params.modes),
    nominationsPerVoterMax: cited(params.nominationsPerVoterMax),
    sameNomineeTwoOfficesVoid: cited(params.sameNomineeTwoOfficesVoid),
    proxyNominationForbidden: cited(params.proxyNominationForbidden),
    selfNomineeOneOfficeOnly: cited(params.selfNomineeOneOfficeOnly),
    turnout: { rule: NOMINATION_TURNOUT.rule, text: '参加投票提名的选民须过半数（2×参加人数 > 选民数）' },
  };
  const base = {
    electionId: election.id,
    electionDay: vr.electionDay,
    today,
    rulesetId: vr.round.rulesetId,
    rules,
  };
  if (plan?.status !== 'approved') {
    return {
      ...base,
      plan: plan ? { status: plan.status, nominationMode: plan.nominationMode } : null,
      ready: false as const,
    };
  }

  const [rows, count, relations, voterCount] = await Promise.all([
    db
      .select()
      .from(nominees)
      .where(and(eq(nominees.countyCode, vr.countyCode), eq(nominees.electionId, election.id))),
    countOf(db, vr, election.id),
    villageRelations(db, vr),
    votersOnList(db, vr),
  ]);
  const ballots = plan.nominationMode === 'direct' ? await ballotsOf(db, vr, election.id) : [];
  const personIds = new Set<string>([
    ...rows.map((n) => n.voterId),
    ...ballots.flatMap((b) => [b.voterId, ...b.entries.map((e) => e.voterId)]),
  ]);
  const people = new Map(
    personIds.size === 0
      ? []
      : (
          await db
            .select({
              id: voters.id,
              name: voters.name,
              sex: voters.sex,
              voterNo: voters.voterNo,
              groupName: voters.groupName,
            })
            .from(voters)
            .where(and(eq(voters.countyCode, vr.countyCode), inArray(voters.id, [...personIds])))
        ).map((v) => [v.id, v]),
  );
  const titleOf = (id: string) => plan.offices.find((o) => o.id === id)?.title ?? id;
  const names = new Map(rows.map((n) => [n.id, n.name]));
  const counted = plan.nominationMode === 'direct' && Boolean(count?.countedOn);

  // People nominated for two or more offices who have not confirmed one (D-5).
  const openByPerson = new Map<string, NomineeRow[]>();
  for (const n of rows) {
    if (n.source !== 'nomination' || n.status === 'withdrawn' || n.status === 'declined') continue;
    openByPerson.set(n.voterId, [...(openByPerson.get(n.voterId) ?? []), n]);
  }
  const multiOffice = [...openByPerson.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({
      voterId: list[0]!.voterId,
      name: list[0]!.name,
      offices: list.map((n) => ({
        office: n.office,
        title: titleOf(n.office),
        votes: n.nominationVotes,
        rank: n.rank,
        status: n.status,
      })),
    }));

  // the running count of nomination ballots, before they are counted; self-nominees have no votes
  const running =
    plan.nominationMode !== 'direct' || counted
      ? null
      : nominationVotes(
          ballots.map((b) => ({ counted: b.counted.map((e) => ({ office: e.office, nominee: e.voterId })) })),
        );

  const offices: OfficeView[] = plan.offices.map((office) => {
    const allowed = allowedCandidates(params, office);
    const min = allowed.min - office.seats;
    const max = allowed.max === null ? null : allowed.max - office.seats;
    const size = slateSizeOf(vr, office, count?.margins?.[office.id]);
    const margin = { min, max, chosen: size - office.seats, size, rule: uniqueRules(allowed.rule) };
    const person = (id: string) => people.get(id);
    let ranking: RankingLine[];
    let tiedAtCut: string[] = [];
    if (running) {
      const ranked = rankByVotes(running.get(office.id) ?? new Map());
      ranking = ranked.map((r) => ({
        nomineeId: null,
        voterId: r.nominee,
        name: person(r.nominee)?.name ?? '',
        sex: person(r.nominee)?.sex ?? 'M',
        voterNo: person(r.nominee)?.voterNo ?? null,
        groupName: person(r.nominee)?.groupName ?? '',
        votes: r.votes,
        rank: r.rank,
        status: null,
        reviewStatus: null,
        source: null,
        appliedOn: null,
        withdrawnOn: null,
        withdrawnReason: null,
        replacesName: null,
        otherOffices: plan.offices
          .filter((o) => o.id !== office.id && (running.get(o.id)?.get(r.nominee) ?? 0) > 0)
          .map((o) => o.title),
      }));
      const cut = pickSlate(
        ranked.map((r) => ({ id: r.nominee, votes: r.votes })),
        size,
      );
      tiedAtCut = cut.tiedAtCut.map((id) => person(id)?.name ?? id);
    } else {
      const ofOffice = rows.filter((n) => n.office === office.id && n.source !== 'elected-write-in');
      const ordered =
        plan.nominationMode === 'direct'
          ? [...ofOffice].sort(
              (a, b) =>
                (b.nominationVotes ?? 0) - (a.nominationVotes ?? 0) || compareByStrokes(a.name, b.name),
            )
          : sortByStrokes(ofOffice, (n) => n.name);
      ranking = ordered.map((n) => ({
        nomineeId: n.id,
        voterId: n.voterId,
        name: n.name,
        sex: n.sex,
        voterNo: person(n.voterId)?.voterNo ?? null,
        groupName: person(n.voterId)?.groupName ?? '',
        votes: n.nominationVotes,
        rank: n.rank,
        status: n.status,
        reviewStatus: n.reviewStatus,
        source: n.source,
        appliedOn: n.appliedOn,
        withdrawnOn: n.withdrawnOn,
        withdrawnReason: n.withdrawnReason,
        replacesName: n.replacesId ? (names.get(n.replacesId) ?? null) : null,
        otherOffices: (openByPerson.get(n.voterId) ?? [])
          .filter((o) => o.id !== n.id && n.status !== 'declined' && n.status !== 'withdrawn')
          .map((o) => titleOf(o.office)),
      }));
      if (plan.nominationMode === 'direct') {
        const eligible = ofOffice.filter(isEligible).sort(byRanking);
        const cut = pickSlate(
          eligible.map((n) => ({ id: n.id, votes: n.nominationVotes ?? 0 })),
          size,
        );
        tiedAtCut = cut.tiedAtCut.map((id) => names.get(id) ?? id);
      }
    }
    return {
      id: office.id,
      title: office.title,
      seats: office.seats,
      rank: office.rank,
      womenOnly: office.womenOnly ?? false,
      margin,
      ranking,
      selected: ranking.filter((l) => l.status === 'selected').length,
      tiedAtCut,
    };
  });

  const marginCheck = counted
    ? (() => {
        const r = checkCandidateMargins(
          params,
          offices.map((o) => ({ title: o.title, rank: o.rank, seats: o.seats, candidates: o.selected })),
        );
        return r.ok
          ? []
          : r.error.map((v) => ({ rule: uniqueRules(v.rule), field: v.field ?? '', reason: v.reason }));
      })()
    : [];

  const warnings: KinWarning[] = kinWarnings(vr.ruleSet, plan, rows, kinGraph(relations));
  const electionDay = vr.electionDay as IsoDate | null;
  const selfDays = cal.selfNominationDaysBefore.value;
  const selfNominationDue =
    electionDay && selfDays !== null
      ? {
          due: lastDayBeforeElection(electionDay, selfDays, cal.beforeElectionBoundary.value),
          rule: uniqueRules(`${cal.selfNominationDaysBefore.rule};C-4`),
          basis: `选举日前${selfDays}日`,
        }
      : null;
  const listDays = cal.selfNomineeListDaysBefore.value;
  const selfListDue =
    electionDay && listDays !== null
      ? {
          due: lastDayBeforeElection(electionDay, listDays, cal.beforeElectionBoundary.value),
          rule: uniqueRules(`${cal.selfNomineeListDaysBefore.rule};C-4`),
          basis: `选举日前${listDays}日`,
        }
      : null;

  const ballotViews: BallotView[] = ballots
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((b) => ({
      id: b.id,
      serial: b.serial,
      voterId: b.voterId,
      voterName: people.get(b.voterId)?.name ?? '',
      voterNo: people.get(b.voterId)?.voterNo ?? null,
      castOn: b.castOn,
      entries: b.entries,
      counted: b.counted.length,
      rejected: b.rejected.map((r) => ({
        office: titleOf(r.office),
        name: r.name,
        rule: r.rule,
        reason: r.reason,
      })),
      voidRule: b.voidRule,
      voidReason: b.voidReason,
      createdAt: b.createdAt,
    }));

  return {
    ...base,
    ready: true as const,
    plan: {
      status: plan.status,
      nominationMode: plan.nominationMode,
      oneShoulderIntent: plan.oneShoulderIntent,
      offices: plan.offices,
      totalSeats: plan.offices.reduce((s, o) => s + o.seats, 0),
    },
    turnout: {
      voters: voterCount,
      ballots: ballots.length,
      needed: minimumToMeet(NOMINATION_TURNOUT.value, voterCount),
      rule: NOMINATION_TURNOUT.rule,
    },
    count: count?.countedOn
      ? { countedOn: count.countedOn, voterCount: count.voterCount, ballotCount: count.ballotCount }
      : null,
    margins: count?.margins ?? {},
    offices,
    marginCheck,
    multiOffice,
    kinWarnings: warnings,
    ballots: ballotViews,
    selfNominationDue,
    selfListDue,
    selfListPublishedOn: count?.selfListPublishedOn ?? null,
    withdrawalDue: await withdrawalDeadline(db, vr, today),
  };
}

export type NominationState = Awaited<ReturnType<typeof nominationState>>;
