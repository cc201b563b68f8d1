/** Scope-test calls for the seat plan (职数方案) routes, the township's list included. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/seat-plan`;

const plan = {
  offices: [
    { id: 'chair', seats: 1 },
    { id: 'women', seats: 1 },
    { id: 'member', seats: 3 },
  ],
  nominationMode: 'direct',
  oneShoulderIntent: false,
};

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/seat-plan': (c) => ({ method: 'GET', url: base(c) }),
  'POST /api/rounds/:id/villages/:code/seat-plan/check': (c) => ({
    method: 'POST',
    url: `${base(c)}/check`,
    body: plan,
  }),
  'PUT /api/rounds/:id/villages/:code/seat-plan': (c) => ({ method: 'PUT', url: base(c), body: plan }),
  'POST /api/rounds/:id/villages/:code/seat-plan/submit': (c) => ({
    method: 'POST',
    url: `${base(c)}/submit`,
  }),
  'POST /api/rounds/:id/villages/:code/seat-plan/approve': (c) => ({
    method: 'POST',
    url: `${base(c)}/approve`,
    body: {},
  }),
  'POST /api/rounds/:id/villages/:code/seat-plan/return': (c) => ({
    method: 'POST',
    url: `${base(c)}/return`,
    body: { note: '测试' },
  }),
  'POST /api/rounds/:id/villages/:code/seat-plan/reopen': (c) => ({
    method: 'POST',
    url: `${base(c)}/reopen`,
    body: { reason: '测试' },
  }),
  // The township's list: aimed at the township the target village belongs to.
  'GET /api/rounds/:id/areas/:code/seat-plans': (c) => ({
    method: 'GET',
    url: `/api/rounds/${c.roundId}/areas/${c.village.slice(0, 9)}/seat-plans`,
  }),
};
