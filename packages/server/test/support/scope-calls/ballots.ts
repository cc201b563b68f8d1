/** Scope-test calls for the ballot (选票) routes; ids are never looked up before the checks. */
import type { Call } from './types.js';

const base = (c: { roundId: string; village: string }) =>
  `/api/rounds/${c.roundId}/villages/${c.village}/ballots`;

export const calls: Record<string, Call> = {
  'GET /api/rounds/:id/villages/:code/ballots': (c) => ({ method: 'GET', url: base(c) }),
  'PUT /api/rounds/:id/villages/:code/ballots/settings': (c) => ({
    method: 'PUT',
    url: `${base(c)}/settings`,
    body: { layout: 'single', paper: 'A4', reserve: { kind: 'percent', value: 5 } },
  }),
  'POST /api/rounds/:id/villages/:code/ballots/runs': (c) => ({ method: 'POST', url: `${base(c)}/runs` }),
  'GET /api/rounds/:id/villages/:code/ballots/sample.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/sample.pdf`,
  }),
  'GET /api/rounds/:id/villages/:code/ballots/runs/:runId/ballots.pdf': (c) => ({
    method: 'GET',
    url: `${base(c)}/runs/none/ballots.pdf`,
  }),
};
