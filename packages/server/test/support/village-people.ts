/**
 * Sets up one village of the demo round for objection, proxy and representative tests through
 * the API: its election day, people entered by hand, and (optionally) the published list.
 * Dates are relative to the real day in China, because the routes take "today" from the clock.
 */
import { addDays, type IsoDate } from '@huanjie/core';
import { chinaToday } from '../../src/registration/today.js';
import { idNumber } from './registration.js';
import type { Caller } from './scope-calls/types.js';

export interface PersonSpec {
  name: string;
  sex: 'M' | 'F';
  householdNo?: string;
  groupName?: string;
  /** a different day in the 1960s for each person when not given */
  birth?: string;
}

let seq = 1;

/** The real "today" the routes use, moved by `days`. */
export function day(days: number): IsoDate {
  return addDays(chinaToday(), days);
}

export async function demoRoundId(county: Caller): Promise<string> {
  const res = await county('GET', '/api/rounds?region=331127205');
  return res.body.items[0].id;
}

export async function setElectionDay(county: Caller, roundId: string, code: string, electionDay: string) {
  const res = await county('PUT', `/api/rounds/${roundId}/villages/${code}`, { electionDay, included: true });
  if (res.status !== 200) throw new Error(`election day: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Enters each person by hand; returns their voter ids by name. */
export async function addPeople(
  caller: Caller,
  roundId: string,
  code: string,
  people: readonly PersonSpec[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const p of people) {
    const n = seq++;
    const birth = p.birth ?? addDays('1960-01-01' as IsoDate, n);
    const res = await caller('POST', `/api/rounds/${roundId}/villages/${code}/voters`, {
      name: p.name,
      sex: p.sex,
      idNumber: idNumber(birth, n, p.sex, code.slice(0, 6)),
      householdNo: p.householdNo ?? `户${p.name}`,
      groupName: p.groupName ?? '第一村民小组',
      hukouInVillage: true,
      livesInVillage: true,
    });
    if (res.status !== 201) throw new Error(`voter ${p.name}: ${res.status} ${JSON.stringify(res.body)}`);
    ids[p.name] = res.body.id;
  }
  return ids;
}

export async function publishList(caller: Caller, roundId: string, code: string, publishedOn: string) {
  const res = await caller('POST', `/api/rounds/${roundId}/villages/${code}/publications`, { publishedOn });
  if (res.status !== 201) throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`);
}
