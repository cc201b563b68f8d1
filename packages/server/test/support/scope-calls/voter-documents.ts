/** Scope-test calls for the printed 选民榜 and 选民证. */
import type { Call } from './types.js';

const v = (c: Parameters<Call>[0]) => `/api/rounds/${c.roundId}/villages/${c.village}`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/voter-list.pdf': (c) => ({
    method: 'GET',
    url: `${v(c)}/voter-list.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/voter-cards.pdf': (c) => ({
    method: 'GET',
    url: `${v(c)}/voter-cards.pdf`,
  }),
};
