/** Scope-test calls for the nomination (提名) and kinship (亲属关系) routes. */
import type { Call } from './types.js';

const v = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;
const base = (c: { roundId: string; village: string }) => `${v(c)}/nomination`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/nomination': (c) => ({ method: 'GET', url: base(c) }),
  'GET /api/rounds/:id/villages/:code/nomination/people': (c) => ({
    method: 'GET',
    url: `${base(c)}/people`,
  }),
  'POST /api/rounds/:id/villages/:code/nomination/ballots': (c) => ({
    method: 'POST',
    url: `${base(c)}/ballots`,
    body: { voterId: 'none', entries: [] },
  }),
  'DELETE /api/rounds/:id/villages/:code/nomination/ballots/:ballotId': (c) => ({
    method: 'DELETE',
    url: `${base(c)}/ballots/none`,
  }),
  'POST /api/rounds/:id/villages/:code/nomination/count': (c) => ({
    method: 'POST',
    url: `${base(c)}/count`,
    body: {},
  }),
  'POST /api/rounds/:id/villages/:code/nomination/reopen': (c) => ({
    method: 'POST',
    url: `${base(c)}/reopen`,
    body: { reason: '测试' },
  }),
  'PUT /api/rounds/:id/villages/:code/nomination/margins': (c) => ({
    method: 'PUT',
    url: `${base(c)}/margins`,
    body: { margins: { chair: 1 } },
  }),
  'POST /api/rounds/:id/villages/:code/nomination/confirm-office': (c) => ({
    method: 'POST',
    url: `${base(c)}/confirm-office`,
    body: { voterId: 'none', office: 'chair' },
  }),
  'POST /api/rounds/:id/villages/:code/nomination/self-nominees': (c) => ({
    method: 'POST',
    url: `${base(c)}/self-nominees`,
    body: { voterId: 'none', office: 'chair' },
  }),
  'POST /api/rounds/:id/villages/:code/nomination/self-list/publish': (c) => ({
    method: 'POST',
    url: `${base(c)}/self-list/publish`,
    body: {},
  }),
  'GET /api/rounds/:id/villages/:code/nomination/ballots.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/ballots.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/self-nominees.pdf': (c) => ({
    method: 'GET',
    url: `${v(c)}/self-nominees.pdf`,
  }),
  'POST /api/rounds/:id/villages/:code/nomination/nominees/:nomineeId/withdraw': (c) => ({
    method: 'POST',
    url: `${base(c)}/nominees/none/withdraw`,
    body: { reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/kinship/derive': (c) => ({
    method: 'POST',
    url: `${v(c)}/kinship/derive`,
  }),
  'GET /api/rounds/:id/villages/:code/voters/:voterId/relations': (c) => ({
    method: 'GET',
    url: `${v(c)}/voters/none/relations`,
  }),
  'POST /api/rounds/:id/villages/:code/voters/:voterId/relations': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters/none/relations`,
    body: { relatedVoterId: 'none', kind: 'spouse' },
  }),
  'POST /api/rounds/:id/villages/:code/voters/:voterId/relations/remove': (c) => ({
    method: 'POST',
    url: `${v(c)}/voters/none/relations/remove`,
    body: { relatedVoterId: 'none', reason: '测试' },
  }),
};
