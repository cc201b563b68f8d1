/** Scope-test calls for the village-representative (村民代表) routes, and the entry they act on. */
import { addPeople, day, setElectionDay } from '../village-people.js';
import type { Call, Prepare } from './types.js';

const base = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/households': (c) => ({ method: 'GET', url: `${base(c)}/households` }),
  'GET /api/rounds/:id/villages/:code/representatives': (c) => ({
    method: 'GET',
    url: `${base(c)}/representatives?committeeMembers=5&committeeWomen=1`,
  }),
  'POST /api/rounds/:id/villages/:code/representatives': (c) => ({
    method: 'POST',
    url: `${base(c)}/representatives`,
    body: {
      voterId: c.ids.representativeVoter ?? 'none',
      unitKind: 'group',
      groupName: '第一村民小组',
      chosenOn: day(0),
    },
  }),
  'DELETE /api/rounds/:id/villages/:code/representatives/:representativeId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/representatives/${c.ids.representativeId ?? 'none'}?reason=${encodeURIComponent('测试')}`,
  }),
};

/** One person of 第一村民小组 recorded as its representative. */
export const prepare: Prepare = async (county, village, roundId) => {
  await setElectionDay(county, roundId, village, day(30));
  const ids = await addPeople(county, roundId, village, [
    { name: '代表甲', sex: 'F', householdNo: '代表户', groupName: '第一村民小组' },
  ]);
  const res = await county('POST', `${base({ roundId, village })}/representatives`, {
    voterId: ids.代表甲,
    unitKind: 'group',
    groupName: '第一村民小组',
    chosenOn: day(0),
  });
  if (res.status !== 201) throw new Error(`representative: ${res.status} ${JSON.stringify(res.body)}`);
  return { representativeId: res.body.id, representativeVoter: ids.代表甲! };
};
