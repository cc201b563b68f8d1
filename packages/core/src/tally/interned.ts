import type { ElectionScenario } from '../scenario/types.js';

/**
 * Offices and people turned into small integers once, so counting is array indexing
 * instead of string lookups per mark. Person indices follow the input `people` order,
 * which is also the order ties are listed in.
 */
export interface Interned {
  readonly officeIndex: ReadonlyMap<string, number>;
  readonly personIndex: ReadonlyMap<string, number>;
  readonly officeIds: readonly string[];
  readonly personIds: readonly string[];
  readonly seats: Int32Array;
  readonly ranks: Int32Array;
  readonly womenOnly: Uint8Array;
  readonly female: Uint8Array;
}

export function intern(scenario: ElectionScenario): Interned {
  const officeIds = scenario.offices.map((o) => o.id);
  const personIds = scenario.people.map((p) => p.id);
  return {
    officeIndex: new Map(officeIds.map((id, i) => [id, i])),
    personIndex: new Map(personIds.map((id, i) => [id, i])),
    officeIds,
    personIds,
    seats: Int32Array.from(scenario.offices, (o) => o.seats),
    ranks: Int32Array.from(scenario.offices, (o) => o.rank),
    womenOnly: Uint8Array.from(scenario.offices, (o) => (o.womenOnly ? 1 : 0)),
    female: Uint8Array.from(scenario.people, (p) => (p.sex === 'F' ? 1 : 0)),
  };
}
