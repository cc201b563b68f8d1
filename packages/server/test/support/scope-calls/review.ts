/** Scope-test calls for the joint review (联审) routes. Scope and role are checked before any lookup, so ids need not exist. */
import { day } from '../village-people.js';
import type { Call } from './types.js';

const village = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/review`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/review-settings': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/review-settings`,
  }),
  'PUT /api/rounds/:id/review-settings/lists/:listId': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/review-settings/lists/wbn`,
    body: { title: '五不能', items: [{ id: 'wbn-1', text: '受过刑事处罚的' }] },
  }),
  'PUT /api/rounds/:id/review-settings/departments': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/review-settings/departments`,
    body: { departments: [{ id: 'police', name: '公安' }] },
  }),
  'GET /api/rounds/:id/villages/:code/review': (c) => ({ method: 'GET', url: village(c) }),
  'PUT /api/rounds/:id/villages/:code/review/:nomineeId/verdicts/:departmentId': (c) => ({
    method: 'PUT',
    url: `${village(c)}/no-such-nominee/verdicts/police`,
    body: { verdict: 'pass', decidedOn: day(0) },
  }),
  'DELETE /api/rounds/:id/villages/:code/review/:nomineeId/verdicts/:departmentId': (c) => ({
    method: 'DELETE',
    url: `${village(c)}/no-such-nominee/verdicts/police`,
  }),
  'POST /api/rounds/:id/villages/:code/review/write-ins': (c) => ({
    method: 'POST',
    url: `${village(c)}/write-ins`,
    body: { voterId: 'no-such-voter', office: 'chair' },
  }),
  'GET /api/rounds/:id/areas/:code/review': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/areas/${c.village.slice(0, 9)}/review`,
  }),
};
