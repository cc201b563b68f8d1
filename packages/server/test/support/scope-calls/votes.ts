/** Scope-test calls for the vote (投票) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/votes`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/votes': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/votes': (c) => ({
    method: 'POST',
    url: base(c),
    body: { countMode: 'ballots' },
  }),
  'GET /api/rounds/:id/villages/:code/votes/:voteId': (c) => ({ method: 'GET', url: `${base(c)}/none` }),
};
