/**
 * The database rows of one village in one closed round: its people (office holders and candidates, or
 * the whole list where the village's register is loaded), its elections with their outcome, the votes
 * the engine counted (confirmed by the township), and the members of the villagers' committee (seated
 * from the confirmed results, as the app seats them), the Party committee and the supervision committee.
 */
import type { RuleSet } from '@huanjie/core';
import { BODY_OFFICES } from '../../bodies/offices.js';
import type { bodyMembers, elections, roundVillages, voteRounds, voters } from '../../db/schema.js';
import { nameInitials } from '../../registration/initials.js';
import { DEFAULT_ELECTION_PLAN, electionsFor } from '../../rounds/election-plan.js';
import type { DemoPerson } from './people.js';
import type { VillagePlan } from './plan.js';
import { addDays, type Rng } from './random.js';
import { type CountedVote, countVillage, seatsOf } from './votes.js';

const COUNTY = '331127';

export interface VillageRows {
  roundVillage: typeof roundVillages.$inferInsert;
  elections: (typeof elections.$inferInsert)[];
  voters: (typeof voters.$inferInsert)[];
  votes: (typeof voteRounds.$inferInsert)[];
  members: (typeof bodyMembers.$inferInsert)[];
  counted: CountedVote[];
  /** voter id by ID number, in this round and village */
  voterIds: Map<string, string>;
}

const at = (day: string, time: string) => `${day}T${time}+08:00`;

export function villageRows(
  r: Rng,
  ids: () => string,
  ruleSet: RuleSet,
  round: { id: string; name: string },
  plan: VillagePlan,
  /** the village's whole list (a loaded register), or null: office holders and candidates only */
  register: readonly DemoPerson[] | null,
): VillageRows {
  const v = plan.village;
  const voterIds = new Map<string, string>();
  const voterRows: (typeof voters.$inferInsert)[] = [];
  const add = (p: DemoPerson) => {
    if (voterIds.has(p.idNumber)) return voterIds.get(p.idNumber)!;
    const id = ids();
    voterIds.set(p.idNumber, id);
    const lives = p.register?.livesInVillage ?? true;
    voterRows.push({
      countyCode: COUNTY,
      id,
      roundId: round.id,
      villageCode: v.code,
      voterNo: register ? voterRows.length + 1 : null,
      idNumber: p.idNumber,
      name: p.name,
      nameInitials: nameInitials(p.name),
      sex: p.sex,
      birthDate: p.birthDate,
      householdNo: p.householdNo,
      relationToHead: p.register?.relation ?? null,
      groupName: p.groupName,
      hukouInVillage: p.register?.hukouInVillage ?? true,
      livesInVillage: lives,
      awayTo: p.register?.awayTo ?? null,
      phone: p.phone || null,
      ethnicity: p.ethnicity,
      politicalStatus: p.politicalStatus,
      education: p.education || null,
      declaredOn: lives ? null : addDays(plan.electionDay, -35),
      eligibility: 'eligible',
      category: lives ? '1' : '2',
      listStatus: 'listed',
      createdAt: at(addDays(plan.electionDay, -40), '09:00:00'),
      updatedAt: at(addDays(plan.electionDay, -40), '09:00:00'),
    });
    return id;
  };
  for (const p of register ?? []) add(p);
  for (const s of [...plan.winners, ...plan.losers, ...plan.party, ...plan.supervision]) add(s.person);

  const status =
    plan.outcome === 'failed'
      ? 'failed'
      : plan.outcome === 'postponed'
        ? 'postponed'
        : ('completed' as const);
  const electionRows = electionsFor(DEFAULT_ELECTION_PLAN, v.kind).map((e) => {
    const committeeDay =
      e.kind === 'party-org' ? plan.partyDay : e.seq === 2 ? plan.electionDay : plan.supervisionDay;
    const held =
      e.kind === 'party-org' || plan.outcome === 'done' || plan.outcome === 'runoff'
        ? 'held'
        : plan.outcome === 'failed' && e.seq === 2
          ? 'failed'
          : 'postponed';
    return {
      countyCode: COUNTY,
      id: ids(),
      roundId: round.id,
      villageCode: v.code,
      kind: e.kind,
      seq: e.seq,
      status: held as 'held' | 'failed' | 'postponed',
      scheduledDate: committeeDay,
    };
  });
  const electionOf = (kind: string) => electionRows.find((e) => e.kind === kind)!.id;
  const committeeKind = v.kind === 'community' ? 'residents-committee' : 'village-committee';

  const counted =
    plan.outcome === 'postponed'
      ? []
      : countVillage(r, plan, {
          ruleSet,
          roundName: round.name,
          villageName: v.name,
          body: committeeKind,
          idOf: add,
          newId: ids,
        });
  const confirmer = `${v.townshipName}换届办`;
  const votes = counted.map((c) => ({
    countyCode: COUNTY,
    id: c.id,
    electionId: electionOf(committeeKind),
    roundId: round.id,
    villageCode: v.code,
    seq: c.seq,
    kind: c.kind,
    tallyRound: c.kind === 'first' ? ('first' as const) : ('runoff' as const),
    parentId: c.parentId,
    pollingDate: c.pollingDate,
    offices: c.offices,
    candidates: c.candidates,
    electedBefore: c.electedBefore,
    registered: c.registered,
    countMode: 'sheets' as const,
    status: 'confirmed' as const,
    result: c.outcome.result,
    reasons: c.outcome.reasons,
    resultJson: c.resultJson,
    scenarioJson: c.scenarioJson,
    countedAt: at(c.pollingDate, c.seq === 1 ? '17:40:00' : '20:10:00'),
    reportedAt: at(c.pollingDate, c.seq === 1 ? '18:05:00' : '20:30:00'),
    confirmedAt: at(addDays(c.pollingDate, 1), '09:30:00'),
    confirmedByName: confirmer,
    createdAt: at(c.pollingDate, c.seq === 1 ? '07:30:00' : '18:30:00'),
    updatedAt: at(addDays(c.pollingDate, 1), '09:30:00'),
  }));

  const members: (typeof bodyMembers.$inferInsert)[] = [];
  if (plan.outcome === 'done' || plan.outcome === 'runoff') {
    const seats = seatsOf(counted);
    const planned = new Set(plan.winners.map((w) => voterIds.get(w.person.idNumber)));
    if (seats.length !== planned.size || seats.some((s) => !planned.has(s.voterId)))
      throw new Error(`demo history: ${v.name} did not elect its planned committee`);
    for (const s of seats)
      members.push({
        countyCode: COUNTY,
        electionId: electionOf(committeeKind),
        voterId: s.voterId,
        roundId: round.id,
        villageCode: v.code,
        office: s.office,
        officeTitle: s.title,
        rank: s.rank,
        voteRoundId: s.voteId,
        votes: s.votes,
        source: 'result',
        since: plan.electionDay,
      });
  }
  const manual = (
    body: 'party-org' | 'supervision',
    seats: VillagePlan['party'] | VillagePlan['supervision'],
    since: string,
  ) => {
    for (const s of seats) {
      const office = BODY_OFFICES[body].find((o) => o.id === s.office)!;
      members.push({
        countyCode: COUNTY,
        electionId: electionOf(body),
        voterId: voterIds.get(s.person.idNumber)!,
        roundId: round.id,
        villageCode: v.code,
        office: office.id,
        officeTitle: office.title,
        rank: office.rank,
        source: 'manual',
        since,
      });
    }
  };
  manual('party-org', plan.party, plan.partyDay);
  if (plan.outcome === 'done' || plan.outcome === 'runoff')
    manual('supervision', plan.supervision, plan.supervisionDay);

  return {
    roundVillage: {
      countyCode: COUNTY,
      roundId: round.id,
      villageCode: v.code,
      included: true,
      electionDay: plan.outcome === 'postponed' ? addDays(plan.electionDay, 70) : plan.electionDay,
      status,
      postponedReason: plan.postponedReason,
    },
    elections: electionRows,
    voters: voterRows,
    votes,
    members,
    counted,
    voterIds,
  };
}
