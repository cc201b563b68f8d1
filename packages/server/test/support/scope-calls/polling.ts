/** Scope-test calls for the polling plan (投票安排) routes; ids are never looked up before the checks. */
import { day } from '../village-people.js';
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/polling`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/polling': (c) => ({ method: 'GET', url: base(c) }),
  'PUT /api/rounds/:id/villages/:code/polling/venue': (c) => ({
    method: 'PUT',
    url: `${base(c)}/venue`,
    body: { place: '村委会大会堂', opensAt: '08:00', closesAt: '12:00' },
  }),
  'POST /api/rounds/:id/villages/:code/polling/places': (c) => ({
    method: 'POST',
    url: `${base(c)}/places`,
    body: { kind: 'station', name: '第一投票站', place: '祠堂', groups: ['第一村民小组'] },
  }),
  'PUT /api/rounds/:id/villages/:code/polling/places/:placeId': (c) => ({
    method: 'PUT',
    url: `${base(c)}/places/none`,
    body: { name: '第一投票站', place: '祠堂', groups: ['第一村民小组'] },
  }),
  'DELETE /api/rounds/:id/villages/:code/polling/places/:placeId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/places/none`,
  }),
  'PUT /api/rounds/:id/villages/:code/polling/places/:placeId/voters': (c) => ({
    method: 'PUT',
    url: `${base(c)}/places/none/voters`,
    body: { voterIds: [] },
  }),
  'POST /api/rounds/:id/villages/:code/polling/places/:placeId/approve': (c) => ({
    method: 'POST',
    url: `${base(c)}/places/none/approve`,
    body: {},
  }),
  'POST /api/rounds/:id/villages/:code/polling/places/:placeId/return': (c) => ({
    method: 'POST',
    url: `${base(c)}/places/none/return`,
    body: { note: '路线不清' },
  }),
  'POST /api/rounds/:id/villages/:code/polling/staff': (c) => ({
    method: 'POST',
    url: `${base(c)}/staff`,
    body: { placeId: 'none', role: 'counter', voterId: 'none' },
  }),
  'DELETE /api/rounds/:id/villages/:code/polling/staff/:staffId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/staff/none`,
  }),
  'POST /api/rounds/:id/villages/:code/polling/publish': (c) => ({
    method: 'POST',
    url: `${base(c)}/publish`,
    body: { publishedOn: day(0) },
  }),
  'GET /api/rounds/:id/villages/:code/polling-plan.pdf': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/polling-plan.pdf`,
  }),
};
