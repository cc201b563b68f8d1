/** Scope-test calls for the foundation routes (regions, rounds, users, audit). */
import type { Call } from './types.js';

/** One call per route, aimed at `c.village` (or resources of it). */
export const calls: Record<string, Call> = {
  'GET /api/regions/:code': (c) => ({ method: 'GET', url: `/api/regions/${c.village}` }),
  'GET /api/regions/:code/children': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/children` }),
  'GET /api/regions/:code/villages': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/villages` }),
  'GET /api/regions/:code/history': (c) => ({ method: 'GET', url: `/api/regions/${c.village}/history` }),
  'POST /api/regions/:code/villages': (c) => ({
    method: 'POST',
    url: `/api/regions/${c.village.slice(0, 9)}/villages`,
    body: { code: `${c.village.slice(0, 9)}299`, name: '新村', kind: 'village', reason: '测试' },
  }),
  'PATCH /api/regions/:code': (c) => ({
    method: 'PATCH',
    url: `/api/regions/${c.village}`,
    body: { name: '改名村', reason: '测试' },
  }),
  'POST /api/regions/merge': (c) => ({
    method: 'POST',
    url: '/api/regions/merge',
    body: {
      fromCodes: [c.village],
      into: { code: `${c.village.slice(0, 9)}298`, name: '合并村' },
      reason: '测试',
      effectiveDate: '2026-12-01',
    },
  }),
  'POST /api/regions/:code/split': (c) => ({
    method: 'POST',
    url: `/api/regions/${c.village}/split`,
    body: {
      into: [
        { code: `${c.village.slice(0, 9)}296`, name: '甲村' },
        { code: `${c.village.slice(0, 9)}297`, name: '乙村' },
      ],
      reason: '测试',
      effectiveDate: '2026-12-01',
    },
  }),
  'GET /api/rounds': (c) => ({ method: 'GET', url: `/api/rounds?region=${c.village}` }),
  'POST /api/rounds': (c) => ({
    method: 'POST',
    url: '/api/rounds',
    body: { name: '测试换届', regionCode: c.village.slice(0, 9), rulesetId: 'zhejiang-2020' },
  }),
  'GET /api/rounds/:id': (c) => ({ method: 'GET', url: `/api/rounds/${c.roundId}` }),
  'PUT /api/rounds/:id/villages/:code': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/villages/${c.village}`,
    body: { electionDay: '2027-01-10', included: true },
  }),
  'POST /api/rounds/:id/villages/:code/postpone': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/postpone`,
    body: { newDate: '2027-02-10', reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/rerun': (c) => ({
    method: 'POST',
    url: `/api/rounds/${c.roundId}/villages/${c.village}/rerun`,
    body: { kind: 'village-committee', newDate: '2027-02-10', reason: '测试' },
  }),
  'GET /api/users': (c) => ({ method: 'GET', url: `/api/users?region=${c.village}` }),
  'POST /api/users': (c) => ({
    method: 'POST',
    url: '/api/users',
    body: {
      username: 'newclerk',
      displayName: '新登记员',
      role: 'clerk',
      regionCode: c.village,
      password: 'abc12345',
    },
  }),
  'PATCH /api/users/:id': (c) => ({
    method: 'PATCH',
    url: `/api/users/${c.otherUserId}`,
    body: { displayName: '改名' },
  }),
  'POST /api/users/:id/reset-password': (c) => ({
    method: 'POST',
    url: `/api/users/${c.otherUserId}/reset-password`,
  }),
  'GET /api/audit': (c) => ({ method: 'GET', url: `/api/audit?region=${c.village}` }),
};
