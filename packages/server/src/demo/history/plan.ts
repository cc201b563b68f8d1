/**
 * What happens in each village of a closed round, decided before anything is counted: its size and
 * turnout, its committee's seats (3, 5 or 7 by size, with the 妇女委员 the Zhejiang rule set reserves),
 * who stands for which office (more candidates than seats), who is meant to win, the Party committee
 * (its secretary the committee chair in about nine villages in ten, most members also on the
 * committee), the supervision committee, and whether the vote succeeds at once, needs a runoff, fails
 * or is postponed. People carry over from the round before (about 70 % of seats to someone who held
 * that body's office then). The count itself is the engine's (votes.ts).
 */
import { type ScenarioOffice, type SeatOfficeId, scenarioOffices } from '@huanjie/core';
import type { DemoPerson, PeopleFactory } from './people.js';
import { addDays, ageOn, type Rng } from './random.js';

export type Outcome = 'done' | 'runoff' | 'failed' | 'postponed';
export type PartyOffice = 'secretary' | 'deputy-secretary' | 'member';
export type SupervisionOffice = 'chair' | 'member';

export interface Seat<O extends string> {
  office: O;
  person: DemoPerson;
}

export interface DemoVillage {
  code: string;
  name: string;
  kind: 'village' | 'community';
  townshipCode: string;
  townshipName: string;
}

export interface VillagePlan {
  village: DemoVillage;
  outcome: Outcome;
  electionDay: string;
  partyDay: string;
  supervisionDay: string;
  postponedReason: string | null;
  registered: number;
  voted: number;
  offices: ScenarioOffice[];
  /** the committee as planned (the engine's count decides; the plan's ballots make it so) */
  winners: Seat<SeatOfficeId>[];
  losers: Seat<SeatOfficeId>[];
  /** the member who falls short of half in the first vote and wins the runoff */
  runoffWinner: DemoPerson | null;
  oneShoulder: boolean;
  party: Seat<PartyOffice>[];
  supervision: Seat<SupervisionOffice>[];
}

/** A village's people who may hold office, kept across rounds (the same people, older). */
export class VillagePool {
  readonly people: DemoPerson[];

  constructor(
    private readonly village: DemoVillage,
    private readonly factory: PeopleFactory,
    private readonly r: Rng,
    /** from a full register: the adults to choose from; otherwise generated */
    register: DemoPerson[] | null,
    /** the day ages are counted for the generated people */
    private readonly onDate: string,
    /** the village's size: people on the list in the newest round */
    readonly baseRegistered: number,
  ) {
    if (register) {
      const adults = register.filter((p) => {
        const age = ageOn(p.birthDate, onDate);
        return age >= 26 && age <= 60 && p.register?.livesInVillage !== false;
      });
      this.people = r.shuffle(adults);
    } else {
      this.people = [];
      for (let i = 0; i < 30; i++) this.people.push(this.fresh(i < 20 ? 'M' : 'F'));
    }
  }

  private fresh(sex: 'M' | 'F'): DemoPerson {
    return this.factory.person(this.village.code, {
      sex,
      age: this.r.int(26, 60),
      onDate: this.onDate,
      party: sex === 'M' ? 0.72 : 0.55,
    });
  }

  /** Someone not yet `used` who fits; a new person joins the pool when nobody does. */
  take(used: Set<string>, fits: (p: DemoPerson) => boolean, sex: 'M' | 'F', party: boolean): DemoPerson {
    const found = this.people.find((p) => !used.has(p.idNumber) && fits(p));
    if (found) {
      used.add(found.idNumber);
      return found;
    }
    const p = this.fresh(sex);
    if (party) p.politicalStatus = '中共党员';
    this.people.push(p);
    used.add(p.idNumber);
    return p;
  }
}

export const isParty = (p: DemoPerson) =>
  p.politicalStatus === '中共党员' || p.politicalStatus === '中共预备党员';

/** The committee's seats by the village's size: 3 under 1,000 voters, 5 under 2,500, 7 above. */
export function seatLayout(
  registered: number,
  kind: 'village' | 'community',
): { id: SeatOfficeId; seats: number }[] {
  if (registered < 1000 && kind === 'village')
    return [
      { id: 'chair', seats: 1 },
      { id: 'women', seats: 1 },
      { id: 'member', seats: 1 },
    ];
  if (registered < 2500)
    return [
      { id: 'chair', seats: 1 },
      { id: 'vice', seats: 1 },
      { id: 'women', seats: 1 },
      { id: 'member', seats: 2 },
    ];
  return [
    { id: 'chair', seats: 1 },
    { id: 'vice', seats: 2 },
    { id: 'women', seats: 1 },
    { id: 'member', seats: 3 },
  ];
}

export interface PlanInput {
  village: DemoVillage;
  pool: VillagePool;
  previous: VillagePlan | null;
  outcome: Outcome;
  electionDay: string;
  /** people on the list: a full register's count, else drawn around the pool's size */
  registered: number;
  /** the share of seats given to people who held the body's office in the previous round */
  continuity: number;
}

export function planVillage(r: Rng, input: PlanInput): VillagePlan {
  const { village, pool, previous, outcome, electionDay } = input;
  const used = new Set<string>();
  const registered = input.registered;
  const turnout = outcome === 'failed' ? r.between(0.36, 0.47) : r.between(0.8, 0.95);
  const voted = Math.round(registered * turnout);
  const offices = scenarioOffices(seatLayout(registered, village.kind));

  const prevHolders = (list: readonly Seat<string>[] | undefined, office?: string) =>
    (list ?? []).filter((s) => office === undefined || s.office === office).map((s) => s.person);
  const heldBefore = new Set(
    [
      ...prevHolders(previous?.winners),
      ...prevHolders(previous?.party),
      ...prevHolders(previous?.supervision),
    ].map((p) => p.idNumber),
  );
  const prevCommittee = prevHolders(previous?.winners);

  const winners: Seat<SeatOfficeId>[] = [];
  for (const o of offices) {
    for (let i = 0; i < o.seats; i++) {
      const female = o.id === 'women' || (o.id === 'chair' ? r.chance(0.05) : r.chance(0.1));
      const sex = female ? 'F' : 'M';
      const party = o.id === 'chair' || r.chance(o.id === 'women' ? 0.55 : 0.82);
      const fits = (p: DemoPerson) => p.sex === sex && (!party || isParty(p));
      let person: DemoPerson | null = null;
      if (previous && r.chance(input.continuity)) {
        const same = prevHolders(previous.winners, o.id).filter((p) => !used.has(p.idNumber) && fits(p));
        const any = prevCommittee.filter((p) => !used.has(p.idNumber) && fits(p));
        person = same[0] ?? any[0] ?? null;
        if (person) used.add(person.idNumber);
      }
      person ??= pool.take(used, (p) => fits(p) && !heldBefore.has(p.idNumber), sex, party);
      winners.push({ office: o.id, person });
    }
  }
  const losers: Seat<SeatOfficeId>[] = offices.map((o) => {
    const sex = o.id === 'women' ? 'F' : 'M';
    return {
      office: o.id,
      person: pool.take(used, (p) => p.sex === sex && !heldBefore.has(p.idNumber), sex, false),
    };
  });
  const memberSeats = winners.filter((w) => w.office === 'member');
  const runoffWinner = outcome === 'runoff' && memberSeats.length >= 2 ? memberSeats[0]!.person : null;

  // the Party committee: 3 to 7 members, its secretary the committee chair in about 90 % of villages
  const c = winners.length;
  const partySize = c === 3 ? 3 : c === 5 ? (r.chance(0.7) ? 5 : 3) : r.chance(0.5) ? 7 : 5;
  const oneShoulder = outcome !== 'failed' && outcome !== 'postponed' && r.chance(0.9);
  const inParty = new Set<string>();
  const party: Seat<PartyOffice>[] = [];
  const partyUsed = new Set(used);
  const chair = winners.find((w) => w.office === 'chair')!.person;
  const outsider = () => {
    const prevParty = prevHolders(previous?.party).filter(
      (p) => !partyUsed.has(p.idNumber) && isParty(p) && ageOn(p.birthDate, electionDay) <= 62,
    );
    if (prevParty.length > 0 && r.chance(0.7)) {
      partyUsed.add(prevParty[0]!.idNumber);
      return prevParty[0]!;
    }
    return pool.take(partyUsed, isParty, 'M', true);
  };
  const secretary = oneShoulder ? chair : outsider();
  party.push({ office: 'secretary', person: secretary });
  inParty.add(secretary.idNumber);
  const onCommittee = r.shuffle(winners.map((w) => w.person).filter((p) => isParty(p) && p !== chair));
  // in a failed or postponed village the committee is not elected: the Party committee is its own people
  const crossRate = outcome === 'failed' || outcome === 'postponed' ? 0.5 : 0.9;
  while (party.length < partySize) {
    const fromCommittee = r.chance(crossRate) ? onCommittee.find((p) => !inParty.has(p.idNumber)) : undefined;
    const person =
      fromCommittee ?? (!inParty.has(chair.idNumber) && !oneShoulder && r.chance(0.8) ? chair : outsider());
    inParty.add(person.idNumber);
    party.push({ office: party.length === 1 && partySize >= 5 ? 'deputy-secretary' : 'member', person });
  }

  // the supervision committee: nobody from the villagers' committee (J2-3); its chair often a Party
  // committee member who is not on the villagers' committee
  const committeeIds = new Set(winners.map((w) => w.person.idNumber));
  const supUsed = new Set([...used, ...partyUsed]);
  const partyOutside = party.map((s) => s.person).filter((p) => !committeeIds.has(p.idNumber));
  const supChair =
    partyOutside.length > 0 && r.chance(0.6)
      ? partyOutside[0]!
      : pool.take(supUsed, (p) => !committeeIds.has(p.idNumber), 'M', true);
  const supervision: Seat<SupervisionOffice>[] = [{ office: 'chair', person: supChair }];
  supUsed.add(supChair.idNumber);
  const supSize = registered >= 3000 ? 5 : 3;
  while (supervision.length < supSize) {
    const female = supervision.length === 1 && r.chance(0.5);
    supervision.push({
      office: 'member',
      person: pool.take(
        supUsed,
        (p) => !committeeIds.has(p.idNumber) && p.sex === (female ? 'F' : 'M'),
        female ? 'F' : 'M',
        false,
      ),
    });
  }

  return {
    village,
    outcome,
    electionDay,
    partyDay: addDays(electionDay, -r.int(18, 40)),
    supervisionDay: addDays(electionDay, r.int(1, 6)),
    postponedReason:
      outcome === 'postponed' ? '村规模调整（拟与邻村合并）未完成，经县换届工作领导小组同意暂缓选举' : null,
    registered,
    voted,
    offices,
    winners,
    losers,
    runoffWinner,
    oneShoulder,
    party,
    supervision,
  };
}
