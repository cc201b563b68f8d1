/** Scope-test calls for the round's statistics (统计分析) and the county's targets. */
import type { Call } from './types.js';

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/statistics': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/statistics?area=${c.village}`,
  }),
  'GET /api/rounds/:id/statistics.xlsx': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/statistics.xlsx?area=${c.village}&chart=age`,
  }),
  'GET /api/rounds/:id/targets': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/targets?area=${c.village}`,
  }),
  'PUT /api/rounds/:id/targets': (c) => ({
    method: 'PUT',
    url: `/api/rounds/${c.roundId}/targets`,
    body: { items: [{ indicator: 'one-shoulder', targetBp: 9000 }] },
  }),
};
