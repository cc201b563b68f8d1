/**
 * The round's statistics (seed-requirements §9) computed from person-level records. A village's
 * figures come from its office holders and its first vote (`villageStatistics`); a township's and a
 * county's are the sums of their villages (`rollUp`), never computed another way, so a total always
 * equals the sum of its parts.
 *
 * Definitions (verified against the seed's 某县 figures, §9.2):
 * - 参选率 = voted ÷ registered over villages with a confirmed first-vote result.
 * - 一肩挑 = villages whose Party secretary (party-org rank 1) is the committee chair (rank 1), the same
 *   person ÷ villages with a result (105/113 = 92.92%).
 * - 交叉任职 = people on both the Party committee and the villagers' (residents') committee ÷ Party
 *   committee members (299/339 = 88.2%), not ÷ the 两委 headcount.
 * - 两委 headcount = Party committee + committee − both (339 + 389 − 299 = 429).
 * - Coverage: the committee has a woman (每个村委会至少有一位妇女干部); the 两委 have a college graduate
 *   (大专及以上) and someone aged 35 or under (村村都有大学生、村村都有35周岁以下年轻干部).
 */
import { ageOn } from '../rules/age.js';
import type { IsoDate } from '../rules/civil-date.js';
import { ageBandIndex, ageBandList, YOUNG_CADRE_MAX_AGE } from './age-bands.js';
import { EDUCATION_KEYS, EDUCATION_LABELS, educationLevel, isCollegeOrAbove } from './education.js';
import type {
  AgeBands,
  AreaStatistics,
  Breakdown,
  OfficeHolder,
  TeamStructure,
  VillageRound,
} from './types.js';

/** 中共党员 and 中共预备党员 are party members; 共青团员, 群众, 民主党派 are not. */
export function isPartyMember(politicalStatus: string | null | undefined): boolean {
  const t = (politicalStatus ?? '').replace(/\s+/g, '');
  return /中共(预备)?党员|中国共产党(预备)?党员|^(预备)?党员$/.test(t);
}

/** 汉 → 汉族, '' → unknown; the registered text otherwise. */
export function ethnicityLabel(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, '');
  if (!t) return null;
  return t.endsWith('族') ? t : `${t}族`;
}

const UNKNOWN_ETHNICITY = { key: 'unknown', label: '未填' };

export const COMMITTEE_BODIES = ['village-committee', 'residents-committee'] as const;

export const COMMITTEE_OFFICES: readonly { id: string; title: string }[] = [
  { id: 'chair', title: '主任' },
  { id: 'vice', title: '副主任' },
  { id: 'women', title: '妇女委员' },
  { id: 'member', title: '委员' },
];

export const PARTY_OFFICES: readonly { id: string; title: string }[] = [
  { id: 'secretary', title: '书记' },
  { id: 'deputy-secretary', title: '副书记' },
  { id: 'member', title: '委员' },
];

function isCommittee(h: OfficeHolder): boolean {
  return h.body === 'village-committee' || h.body === 'residents-committee';
}

/** What the statistics read of a person, worked out once per person (not once per group they are in). */
interface Facts {
  woman: boolean;
  party: boolean;
  age: number;
  band: number;
  education: number;
  college: boolean;
  ethnicityKey: string;
  ethnicityLabel: string;
}

/** One person of a group: incumbent when any of their holdings in the group is. */
interface Person {
  key: string;
  incumbent: boolean | null;
}

function factsOf(h: OfficeHolder, bands: AgeBands, referenceDate: IsoDate): Facts {
  const age = ageOn(h.birthDate as IsoDate, referenceDate);
  const edu = educationLevel(h.education);
  const label = ethnicityLabel(h.ethnicity);
  return {
    woman: h.sex === 'F',
    party: isPartyMember(h.politicalStatus),
    age,
    band: ageBandIndex(bands, age),
    education: EDUCATION_KEYS.indexOf(edu),
    college: isCollegeOrAbove(edu),
    ethnicityKey: label ?? UNKNOWN_ETHNICITY.key,
    ethnicityLabel: label ?? UNKNOWN_ETHNICITY.label,
  };
}

function distinctPeople(holders: readonly OfficeHolder[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const h of holders) {
    const p = byKey.get(h.personKey);
    if (!p) byKey.set(h.personKey, { key: h.personKey, incumbent: h.incumbent });
    else if (h.incumbent !== null) p.incumbent = (p.incumbent ?? false) || h.incumbent;
  }
  return [...byKey.values()];
}

const bandCache = new Map<string, { key: string; label: string }[]>();
const EDUCATION_PARTS = EDUCATION_KEYS.map((k) => ({ key: k, label: EDUCATION_LABELS[k] }));

function bandParts(bands: AgeBands) {
  const id = bands.join(',');
  let parts = bandCache.get(id);
  if (!parts) {
    parts = ageBandList(bands).map((b) => ({ key: b.key, label: b.label }));
    if (bandCache.size > 100) bandCache.clear();
    bandCache.set(id, parts);
  }
  return parts;
}

export function emptyStructure(bands: AgeBands): TeamStructure {
  return {
    people: 0,
    women: 0,
    partyMembers: 0,
    incumbents: 0,
    incumbencyKnown: 0,
    ageSum: 0,
    ageBands: { total: 0, parts: bandParts(bands).map((b) => ({ key: b.key, label: b.label, count: 0 })) },
    education: { total: 0, parts: EDUCATION_PARTS.map((e) => ({ key: e.key, label: e.label, count: 0 })) },
    ethnicity: { total: 0, parts: [] },
  };
}

/** The structure of a group of people from their facts. */
function teamStructure(people: readonly Person[], facts: Map<string, Facts>, bands: AgeBands): TeamStructure {
  const s = emptyStructure(bands);
  const ethnic = new Map<string, { key: string; label: string; count: number }>();
  for (const p of people) {
    const f = facts.get(p.key)!;
    s.people++;
    if (f.woman) s.women++;
    if (f.party) s.partyMembers++;
    if (p.incumbent !== null) {
      s.incumbencyKnown++;
      if (p.incumbent) s.incumbents++;
    }
    s.ageSum += f.age;
    s.ageBands.parts[f.band]!.count++;
    s.education.parts[f.education]!.count++;
    const part = ethnic.get(f.ethnicityKey);
    if (part) part.count++;
    else ethnic.set(f.ethnicityKey, { key: f.ethnicityKey, label: f.ethnicityLabel, count: 1 });
  }
  s.ageBands.total = s.people;
  s.education.total = s.people;
  s.ethnicity.total = s.people;
  s.ethnicity.parts = sortEthnicity([...ethnic.values()]);
  return s;
}

/** Most people first; the unknown last; ties by the label's code points (stable across roll-ups). */
function sortEthnicity<T extends { key: string; label: string; count: number }>(parts: T[]): T[] {
  return parts.sort((a, b) => {
    if ((a.key === 'unknown') !== (b.key === 'unknown')) return a.key === 'unknown' ? 1 : -1;
    return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  });
}

function byOffice(
  offices: readonly { id: string; title: string }[],
  holders: readonly OfficeHolder[],
  facts: Map<string, Facts>,
  bands: AgeBands,
) {
  const known = new Set(offices.map((o) => o.id));
  const extra = [...new Set(holders.map((h) => h.office).filter((o) => !known.has(o)))].sort();
  return [...offices, ...extra.map((id) => ({ id, title: id }))].map((o) => ({
    office: o.id,
    title: o.title,
    structure: teamStructure(distinctPeople(holders.filter((h) => h.office === o.id)), facts, bands),
  }));
}

/**
 * One village's statistics: its office holders after the round (any order; holders of other
 * villages are ignored), its round, the report's age bands and the reference day for ages.
 */
export function villageStatistics(
  holders: readonly OfficeHolder[],
  village: VillageRound,
  bands: AgeBands,
  referenceDate: IsoDate,
): AreaStatistics {
  const own = holders.filter((h) => h.villageCode === village.code);
  const facts = new Map<string, Facts>();
  for (const h of own) if (!facts.has(h.personKey)) facts.set(h.personKey, factsOf(h, bands, referenceDate));
  const committeeHolders = own.filter(isCommittee);
  const partyHolders = own.filter((h) => h.body === 'party-org');
  const committee = distinctPeople(committeeHolders);
  const party = distinctPeople(partyHolders);
  const committeeKeys = new Set(committee.map((p) => p.key));
  const both = party.filter((p) => committeeKeys.has(p.key)).length;
  const two = distinctPeople([...partyHolders, ...committeeHolders]);

  const secretary = partyHolders.find((h) => h.rank === 1);
  const chair = committeeHolders.find((h) => h.rank === 1);
  const withResult = village.registered !== null ? 1 : 0;
  const oneShoulder = withResult && secretary && chair && secretary.personKey === chair.personKey ? 1 : 0;

  const youngMax = YOUNG_CADRE_MAX_AGE.value;
  const hasPeople = two.length > 0 ? 1 : 0;
  const hasPrevious = withResult && village.previousRegistered !== null && village.previousVoted !== null;

  return {
    code: village.code,
    name: village.name,
    level: 'village',
    villages: village.kind === 'village' ? 1 : 0,
    communities: village.kind === 'community' ? 1 : 0,
    completed: village.status === 'completed' ? 1 : 0,
    failed: village.status === 'failed' ? 1 : 0,
    postponed: village.status === 'postponed' ? 1 : 0,
    firstVoteSuccess: withResult && village.firstVoteFilledAll ? 1 : 0,
    withResult,
    registered: village.registered ?? 0,
    voted: withResult ? (village.voted ?? 0) : 0,
    turnout: { num: withResult ? (village.voted ?? 0) : 0, den: village.registered ?? 0 },
    previousTurnout: hasPrevious ? { num: village.previousVoted!, den: village.previousRegistered! } : null,
    comparableVoted: hasPrevious ? (village.voted ?? 0) : 0,
    oneShoulder: { num: oneShoulder, den: withResult },
    crossServing: { num: both, den: party.length },
    twoCommitteesHeadcount: party.length + committee.length - both,
    committee: teamStructure(committee, facts, bands),
    committeeByOffice: byOffice(COMMITTEE_OFFICES, committeeHolders, facts, bands),
    partyCommittee: teamStructure(party, facts, bands),
    partyByOffice: byOffice(PARTY_OFFICES, partyHolders, facts, bands),
    twoCommittees: teamStructure(two, facts, bands),
    coverage: {
      woman: committee.some((p) => facts.get(p.key)!.woman) ? 1 : 0,
      college: two.some((p) => facts.get(p.key)!.college) ? 1 : 0,
      young: two.some((p) => facts.get(p.key)!.age <= youngMax) ? 1 : 0,
      of: hasPeople,
    },
  };
}

function sumBreakdown<K extends string>(parts: readonly Breakdown<K>[], keepOrder: boolean): Breakdown<K> {
  const merged = new Map<K, { key: K; label: string; count: number }>();
  let total = 0;
  for (const b of parts) {
    total += b.total;
    for (const p of b.parts) {
      const m = merged.get(p.key);
      if (m) m.count += p.count;
      else merged.set(p.key, { ...p });
    }
  }
  const list = [...merged.values()];
  return { total, parts: keepOrder ? list : sortEthnicity(list) };
}

export function sumStructures(parts: readonly TeamStructure[], bands: AgeBands): TeamStructure {
  const s = emptyStructure(bands);
  for (const p of parts) {
    s.people += p.people;
    s.women += p.women;
    s.partyMembers += p.partyMembers;
    s.incumbents += p.incumbents;
    s.incumbencyKnown += p.incumbencyKnown;
    s.ageSum += p.ageSum;
  }
  s.ageBands = sumBreakdown([s.ageBands, ...parts.map((p) => p.ageBands)], true);
  s.education = sumBreakdown([s.education, ...parts.map((p) => p.education)], true);
  s.ethnicity = sumBreakdown(
    parts.map((p) => p.ethnicity),
    false,
  );
  return s;
}

function sumByOffice(
  children: readonly AreaStatistics[],
  pick: (a: AreaStatistics) => AreaStatistics['committeeByOffice'],
  bands: AgeBands,
): AreaStatistics['committeeByOffice'] {
  const order: { office: string; title: string }[] = [];
  const groups = new Map<string, TeamStructure[]>();
  for (const c of children)
    for (const o of pick(c)) {
      if (!groups.has(o.office)) {
        groups.set(o.office, []);
        order.push({ office: o.office, title: o.title });
      }
      groups.get(o.office)!.push(o.structure);
    }
  return order.map((o) => ({ ...o, structure: sumStructures(groups.get(o.office)!, bands) }));
}

const add = (children: readonly AreaStatistics[], f: (a: AreaStatistics) => number) =>
  children.reduce((n, c) => n + f(c), 0);

/** A township's or county's statistics: the sum of its children's, field by field. */
export function rollUp(
  children: readonly AreaStatistics[],
  code: string,
  name: string,
  level: 'township' | 'county',
  bands: AgeBands,
): AreaStatistics {
  const withPrevious = children.filter((c) => c.previousTurnout !== null);
  return {
    code,
    name,
    level,
    villages: add(children, (c) => c.villages),
    communities: add(children, (c) => c.communities),
    completed: add(children, (c) => c.completed),
    failed: add(children, (c) => c.failed),
    postponed: add(children, (c) => c.postponed),
    firstVoteSuccess: add(children, (c) => c.firstVoteSuccess),
    withResult: add(children, (c) => c.withResult),
    registered: add(children, (c) => c.registered),
    voted: add(children, (c) => c.voted),
    turnout: { num: add(children, (c) => c.turnout.num), den: add(children, (c) => c.turnout.den) },
    previousTurnout:
      withPrevious.length === 0
        ? null
        : {
            num: add(withPrevious, (c) => c.previousTurnout!.num),
            den: add(withPrevious, (c) => c.previousTurnout!.den),
          },
    comparableVoted: add(children, (c) => c.comparableVoted),
    oneShoulder: {
      num: add(children, (c) => c.oneShoulder.num),
      den: add(children, (c) => c.oneShoulder.den),
    },
    crossServing: {
      num: add(children, (c) => c.crossServing.num),
      den: add(children, (c) => c.crossServing.den),
    },
    twoCommitteesHeadcount: add(children, (c) => c.twoCommitteesHeadcount),
    committee: sumStructures(
      children.map((c) => c.committee),
      bands,
    ),
    committeeByOffice: sumByOffice(children, (c) => c.committeeByOffice, bands),
    partyCommittee: sumStructures(
      children.map((c) => c.partyCommittee),
      bands,
    ),
    partyByOffice: sumByOffice(children, (c) => c.partyByOffice, bands),
    twoCommittees: sumStructures(
      children.map((c) => c.twoCommittees),
      bands,
    ),
    coverage: {
      woman: add(children, (c) => c.coverage.woman),
      college: add(children, (c) => c.coverage.college),
      young: add(children, (c) => c.coverage.young),
      of: add(children, (c) => c.coverage.of),
    },
  };
}
