/** Scope-test calls for the round's progress (换届进度). */
import type { Call } from './types.js';

const township = (village: string) => village.slice(0, 9);

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/progress': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/progress?area=${township(c.village)}`,
  }),
};
