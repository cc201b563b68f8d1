/** Scope-test calls for the recall (罢免) and by-election (补选) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const village = (c: { roundId: string; village: string }) => `/api/rounds/${c.roundId}/villages/${c.village}`;
const one = (c: { roundId: string; village: string }) => `${village(c)}/recall/requests/none`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/recall': (c) => ({ method: 'GET', url: `${village(c)}/recall` }),
  'POST /api/rounds/:id/villages/:code/recall/requests': (c) => ({
    method: 'POST',
    url: `${village(c)}/recall/requests`,
    body: { memberVoterId: 'none', reasons: '测试', signedBy: 'voters' },
  }),
  'POST /api/rounds/:id/villages/:code/recall/requests/:requestId/signatures': (c) => ({
    method: 'POST',
    url: `${one(c)}/signatures`,
    body: { voterIds: ['none'] },
  }),
  'DELETE /api/rounds/:id/villages/:code/recall/requests/:requestId/signatures/:voterId': (c) => ({
    method: 'DELETE',
    url: `${one(c)}/signatures/none`,
  }),
  'PUT /api/rounds/:id/villages/:code/recall/requests/:requestId/reply': (c) => ({
    method: 'PUT',
    url: `${one(c)}/reply`,
    body: { reply: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/recall/requests/:requestId/accept': (c) => ({
    method: 'POST',
    url: `${one(c)}/accept`,
  }),
  'POST /api/rounds/:id/villages/:code/recall/requests/:requestId/refuse': (c) => ({
    method: 'POST',
    url: `${one(c)}/refuse`,
    body: { reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/recall/requests/:requestId/withdraw': (c) => ({
    method: 'POST',
    url: `${one(c)}/withdraw`,
    body: { reason: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/recall/requests/:requestId/vote': (c) => ({
    method: 'POST',
    url: `${one(c)}/vote`,
    body: { countMode: 'ballots' },
  }),
  'POST /api/rounds/:id/villages/:code/by-elections': (c) => ({
    method: 'POST',
    url: `${village(c)}/by-elections`,
    body: { meeting: 'villagers-meeting', offices: [{ id: 'chair', seats: 1 }], candidates: [] },
  }),
};
