/** Scope-test calls for the proxy (委托投票) routes, and the application they act on. */
import { addPeople, day, publishList, setElectionDay } from '../village-people.js';
import type { Call, Prepare } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/proxies`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/proxies': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/proxies': (c) => ({
    method: 'POST',
    url: base(c),
    body: {
      principalVoterId: c.ids.proxyPrincipal ?? 'none',
      trusteeVoterId: c.ids.proxyTrustee ?? 'none',
      relation: 'spouse',
      reason: 'away',
      appliedOn: day(0),
    },
  }),
  'POST /api/rounds/:id/villages/:code/proxies/:proxyId/approve': (c) => ({
    method: 'POST',
    url: `${base(c)}/${c.ids.proxyId ?? 'none'}/approve`,
    body: {},
  }),
  'POST /api/rounds/:id/villages/:code/proxies/:proxyId/refuse': (c) => ({
    method: 'POST',
    url: `${base(c)}/${c.ids.proxyId ?? 'none'}/refuse`,
    body: { reason: '测试' },
  }),
  'GET /api/rounds/:id/villages/:code/proxies.pdf': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/proxies.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/proxy-certificates.pdf': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/proxy-certificates.pdf`,
  }),
};

/** A married couple on the published list and a pending application between them. */
export const prepare: Prepare = async (county, village, roundId) => {
  await setElectionDay(county, roundId, village, day(30));
  const ids = await addPeople(county, roundId, village, [
    { name: '委托甲', sex: 'M', householdNo: '委托户' },
    { name: '委托乙', sex: 'F', householdNo: '委托户' },
  ]);
  await publishList(county, roundId, village, day(0));
  const res = await county('POST', base({ roundId, village }), {
    principalVoterId: ids.委托甲,
    trusteeVoterId: ids.委托乙,
    relation: 'spouse',
    reason: 'away',
    appliedOn: day(0),
  });
  if (res.status !== 201) throw new Error(`proxy: ${res.status} ${JSON.stringify(res.body)}`);
  return { proxyId: res.body.id, proxyPrincipal: ids.委托甲!, proxyTrustee: ids.委托乙! };
};
