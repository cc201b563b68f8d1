/**
 * Households (户) and 村民小组 as the register shows them: the units representatives are chosen
 * by (C3-2). Everyone imported from the household register counts, voters or not: a household
 * is a household whatever the age of its members. Pure.
 */
import { compareGroups } from '../../documents/layout.js';

export interface RegisterPerson {
  householdNo: string;
  groupName: string;
  sex: 'M' | 'F';
  eligibility: string;
}

export interface Household {
  householdNo: string;
  /** the group of most of its members (a household split over groups is rare, and shown by its first) */
  groupName: string;
  people: number;
  voters: number;
}

export interface Group {
  groupName: string;
  households: number;
  people: number;
  voters: number;
}

export interface RegisterUnits {
  population: number;
  households: Household[];
  groups: Group[];
}

// Groups sort as on the printed list (第二组 before 第十组); 户号 naturally (H2 before H10).
const collator = new Intl.Collator('zh-CN', { numeric: true });

export function registerUnits(people: readonly RegisterPerson[]): RegisterUnits {
  const households = new Map<string, Household>();
  const groups = new Map<string, Group & { householdSet: Set<string> }>();
  for (const p of people) {
    const voter = p.eligibility === 'eligible' ? 1 : 0;
    const h = households.get(p.householdNo) ?? {
      householdNo: p.householdNo,
      groupName: p.groupName,
      people: 0,
      voters: 0,
    };
    h.people += 1;
    h.voters += voter;
    households.set(p.householdNo, h);
    const g = groups.get(p.groupName) ?? {
      groupName: p.groupName,
      households: 0,
      people: 0,
      voters: 0,
      householdSet: new Set(),
    };
    g.people += 1;
    g.voters += voter;
    g.householdSet.add(p.householdNo);
    groups.set(p.groupName, g);
  }
  return {
    population: people.length,
    households: [...households.values()].sort((a, b) => collator.compare(a.householdNo, b.householdNo)),
    groups: [...groups.values()]
      .map(({ householdSet, ...g }) => ({ ...g, households: householdSet.size }))
      .sort((a, b) => compareGroups(a.groupName, b.groupName)),
  };
}
