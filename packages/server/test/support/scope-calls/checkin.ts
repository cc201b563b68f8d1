/** Scope-test calls for the check-in (签到发票) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/votes/none`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/votes/:voteId/checkin/lookup': (c) => ({
    method: 'GET',
    url: `${base(c)}/checkin/lookup?q=${encodeURIComponent('张')}`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/checkin/issues': (c) => ({
    method: 'POST',
    url: `${base(c)}/checkin/issues`,
    body: { voterId: 'none', placeId: 'none', foundBy: 'search', ballots: ['none'] },
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/checkin/issues/:voterId/cancel': (c) => ({
    method: 'POST',
    url: `${base(c)}/checkin/issues/none/cancel`,
    body: { reason: '发错了人' },
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId/checkin/counts': (c) => ({
    method: 'GET',
    url: `${base(c)}/checkin/counts`,
  }),
  'POST /api/rounds/:id/villages/:code/votes/:voteId/close-polling': (c) => ({
    method: 'POST',
    url: `${base(c)}/close-polling`,
  }),
};
